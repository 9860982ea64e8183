"""Wording changes: a source's text moved while its finding did not.

Boilerplate must not count: dates, "last updated" lines, visitor counters, copyright years and
page numbers are masked before comparing, so a page whose only change is its footer date is
quiet. The diff shown to editors is word-level and short.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

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
    """``[-removed-] {+added+}`` with a few words of context, cut at ``limit`` changed words."""
    a, b = old.split(), new.split()
    out: list[str] = []
    changed = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            span = a[i1:i2]
            if len(span) > 8:
                span = [*span[:3], "…", *span[-3:]] if out else ["…", *span[-3:]]
            out.extend(span)
            continue
        if i2 > i1:
            out.append("[-" + " ".join(a[i1:i2]) + "-]")
        if j2 > j1:
            out.append("{+" + " ".join(b[j1:j2]) + "+}")
        changed += (i2 - i1) + (j2 - j1)
        if changed >= limit:
            out.append("…")
            break
    return " ".join(out).strip()


def record(db: Database, run_id: int, snapshots: Iterable[StoredSnapshot]) -> int:
    """Insert a wording change for each new snapshot whose finding kept its status."""
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
        before, after = normalise(old["text"]), normalise(snap.text)
        if before == after:
            continue
        db.table("wording_changes").insert(
            {
                "run_id": run_id,
                "source_id": snap.source_id,
                "old_snapshot_id": snap.previous_id,
                "new_snapshot_id": snap.id,
                "status": new_finding["status"],
                "diff": word_diff(before, after),
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
