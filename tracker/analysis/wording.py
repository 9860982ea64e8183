"""Wording changes: a source's text moved while its finding did not.

Boilerplate must not count: dates, "last updated" lines, visitor counters, copyright years and
page numbers are masked before comparing, so a page whose only change is its footer date is
quiet. The diff shown to editors is word-level and short.
"""

from __future__ import annotations

import re
from typing import Any

from sqlite_utils import Database

from tracker.analysis import worddiff
from tracker.models import FetchOutcome, FetchResult
from tracker.store.snapshots import StoredSnapshot

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_BOILERPLATE = [
    re.compile(
        r"(?im)^.{0,80}\b(?:last\s+(?:updated|modified|revised|reviewed)|page\s+updated|printed|"
        r"retrieved|accessed|generated)\b.{0,60}$"
    ),
    re.compile(r"(?i)\b(?:visitors?|views?|hits?)\s*[:#]?\s*\d[\d,]*"),
    re.compile(r"(?i)(?:©|\(c\)|copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?"),
    re.compile(r"(?i)\bpage\s+\d+\s+of\s+\d+\b"),
    re.compile(rf"(?i)\b{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b"),
    re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b"),
    re.compile(r"(?i)\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?\b"),
]
MAX_DIFF_WORDS = 60


def normalise(text: str) -> str:
    for pattern in _BOILERPLATE:
        text = pattern.sub(" ", text)
    return " ".join(text.split())


def word_diff(old: str, new: str, limit: int = MAX_DIFF_WORDS) -> str:
    """``[-removed-] {+added+}`` with a few words of context, cut at ``limit`` changed words.

    Bounded on any input (:mod:`tracker.analysis.worddiff`); a diff cut short says so.
    """
    a, b = old.split(), new.split()
    result = worddiff.diff(a, b)
    out: list[str] = []
    changed = 0
    for op, i1, i2, j1, j2 in result.opcodes:
        if op == "equal":
            span = a[i1:i2]
            if len(span) > 8:
                span = [*span[:3], "…", *span[-3:]] if out else ["…", *span[-3:]]
            out.extend(span)
            continue
        room = max(limit - changed, 1)
        if i2 > i1:
            out.append("[-" + _cut(a[i1:i2], room) + "-]")
        if j2 > j1:
            out.append("{+" + _cut(b[j1:j2], room) + "+}")
        changed += (i2 - i1) + (j2 - j1)
        if changed >= limit:
            out.append("…")
            break
    text = " ".join(out).strip()
    if result.truncated:
        text += f" (diff truncated: {result.truncated})"
    return text


def _cut(words: list[str], room: int) -> str:
    return " ".join(words[:room]) + (" …" if len(words) > room else "")


Prepared = dict[tuple[str, str], tuple[str, str]]  # (source id, new text) -> (old text, diff)


def prepare(db: Database, results: list[FetchResult]) -> Prepared:
    """The word diffs of every fetched text against its source's current snapshot, computed
    before the run's write transaction (so a slow diff never holds the database)."""
    ids = [r.source_id for r in results if r.outcome is FetchOutcome.FETCHED and r.text]
    if not ids:
        return {}
    latest: dict[str, str] = {}
    for row in db.query(
        f"""select s.source_id, s.text from snapshots s
            join (select source_id, max(id) as id from snapshots
                  where source_id in ({", ".join("?" * len(ids))}) group by source_id) l on l.id = s.id""",
        ids,
    ):
        latest[row["source_id"]] = row["text"]
    out: Prepared = {}
    for r in results:
        old = latest.get(r.source_id)
        if r.outcome is not FetchOutcome.FETCHED or not r.text or old is None or old == r.text:
            continue
        before, after = normalise(old), normalise(r.text)
        if before != after:
            out[(r.source_id, r.text)] = (old, word_diff(before, after))
    return out


def record(
    db: Database, run_id: int, snapshots: list[StoredSnapshot], prepared: Prepared | None = None
) -> int:
    """Insert a wording change for each new snapshot whose finding kept its status."""
    prepared = prepared or {}
    count = 0
    for snap in snapshots:
        if snap.previous_id is None:
            continue
        old = _snapshot(db, snap.previous_id)
        new_finding = _finding(db, snap.id)
        old_finding = _finding(db, snap.previous_id)
        if not old or not new_finding or not old_finding:
            continue
        if new_finding["status"] != old_finding["status"]:
            continue
        ready = prepared.get((snap.source_id, snap.text))
        if ready is not None and ready[0] == old["text"]:
            diff = ready[1]
        else:
            before, after = normalise(old["text"]), normalise(snap.text)
            if before == after:
                continue
            diff = word_diff(before, after)
        db.table("wording_changes").insert(
            {
                "run_id": run_id,
                "source_id": snap.source_id,
                "old_snapshot_id": snap.previous_id,
                "new_snapshot_id": snap.id,
                "status": new_finding["status"],
                "diff": diff,
            }
        )
        count += 1
    return count


def _snapshot(db: Database, snapshot_id: int) -> dict[str, Any] | None:
    rows = list(db.query("select id, text from snapshots where id = ?", [snapshot_id]))
    return rows[0] if rows else None


def _finding(db: Database, snapshot_id: int) -> dict[str, Any] | None:
    rows = list(
        db.query("select status from findings where snapshot_id = ? order by id desc limit 1", [snapshot_id])
    )
    return rows[0] if rows else None
