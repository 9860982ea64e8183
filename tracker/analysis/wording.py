"""Wording changes: a source's text moved while its finding did not.

Boilerplate must not count, and nothing else may be hidden. Only *boilerplate lines* are
dropped before comparing (a short line that says when the page was last updated, printed or
retrieved), and inside a line only visitor counters, copyright years and "page N of M". Every
date of the body stays: for a legal page, "take effect on January 1, 2027" becoming "July 1,
2027" is among the most important edits, and it is a wording change like any other.

:func:`segments` is the word diff as data (the HTML report colours it); :func:`word_diff` the
same as one line of ``[-removed-] {+added+}`` text, stored in ``wording_changes.diff``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from tracker.analysis import worddiff
from tracker.store.snapshots import StoredSnapshot

# a whole line that only stamps the page: "Page last updated: March 1, 2025", "Printed 3/4/25"
_STAMP_LINE = re.compile(
    r"(?im)^[^\S\n]*(?:[\w.,]+[^\S\n]+){0,3}?"
    r"(?:last[^\S\n]+(?:updated|modified|revised|reviewed)|page[^\S\n]+updated|"
    r"printed|retrieved|accessed|generated)\b"
    r"(?=[^\n]*\d)[\w \t,./:;()-]{0,40}$"  # the rest is a short date or time, nothing else
)
_IN_LINE = [
    re.compile(r"(?i)\b(?:visitors?|views?|hits?|page\s+views?)\s*[:#]?\s*\d[\d,]*"),
    re.compile(r"(?i)(?:©|\(c\)|copyright)\s*\d{4}(?:\s*[-–]\s*\d{4})?"),
    re.compile(r"(?i)\bpage\s+\d+\s+of\s+\d+\b"),
]
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"(?i)\b{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\b")
_GLUE = "\u2060"  # word joiner: never in extracted text as a separator
MAX_DIFF_WORDS = 60
CONTEXT_WORDS = 3


def normalise(text: str) -> str:
    """The text as compared and shown: boilerplate lines and counters out, every body date in."""
    text = _STAMP_LINE.sub(" ", text)
    for pattern in _IN_LINE:
        text = pattern.sub(" ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Segment:
    """A run of words: ``equal`` (context, maybe elided with "…"), ``delete`` or ``insert``."""

    op: str
    text: str

    def as_dict(self) -> dict[str, str]:
        return {"op": self.op, "text": self.text}


def segments(old: str, new: str, limit: int = MAX_DIFF_WORDS) -> list[Segment]:
    """The word diff of ``old`` and ``new`` with a few words of context, cut after ``limit``
    changed words (a final ``equal`` "…" says it was cut)."""
    a, b = _words(old), _words(new)
    result = worddiff.diff(a, b)  # bounded on any input, unlike difflib (quadratic or worse)
    out: list[Segment] = []
    changed = 0
    for op, i1, i2, j1, j2 in result.opcodes:
        if op == "equal":
            span = a[i1:i2]
            if len(span) > 2 * CONTEXT_WORDS + 2:
                tail = span[-CONTEXT_WORDS:]
                span = [*span[:CONTEXT_WORDS], "…", *tail] if out else ["…", *tail]
            out.append(Segment("equal", " ".join(span)))
            continue
        room = max(limit - changed, 1)
        if i2 > i1:
            out.append(Segment("delete", _cut(a[i1:i2], room)))
        if j2 > j1:
            out.append(Segment("insert", _cut(b[j1:j2], room)))
        changed += (i2 - i1) + (j2 - j1)
        if changed >= limit:
            out.append(Segment("equal", "…"))
            break
    if result.truncated:
        out.append(Segment("equal", f"(diff truncated: {result.truncated})"))
    return out


def _cut(words: list[str], room: int) -> str:
    return " ".join(words[:room]) + (" …" if len(words) > room else "")


def _words(text: str) -> list[str]:
    """Whitespace-separated words, except that a date ("January 1, 2027") is one word, so a
    changed date shows whole on both sides of the diff."""
    glued = _DATE.sub(lambda m: _GLUE.join(m.group(0).split()), text)
    return [w.replace(_GLUE, " ") for w in glued.split()]


def word_diff(old: str, new: str, limit: int = MAX_DIFF_WORDS) -> str:
    """``[-removed-] {+added+}`` with a few words of context, cut at ``limit`` changed words."""
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return " ".join(marks[s.op].format(s.text) for s in segments(old, new, limit)).strip()


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
