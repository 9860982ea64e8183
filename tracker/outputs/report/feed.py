"""An Atom feed of status changes (``reports/latest/changes.atom``), built with feedgen.

One entry per status change, newest first, linking to the change in its run's report
folder (relative links: the feed lives in ``latest/``, beside the run folders' parent).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from feedgen.feed import FeedGenerator
from sqlite_utils import Database

from tracker.outputs.report.data import folder_name
from tracker.sources import jurisdictions

FEED_NAME = "changes.atom"
MAX_ENTRIES = 200
FEED_ID = "urn:scopewatch:status-changes"


def _when(value: str | None) -> dt.datetime:
    if not value:
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def entries(db: Database, limit: int = MAX_ENTRIES) -> list[dict[str, Any]]:
    """The newest status changes with their run, newest first."""
    rows = db.query(
        "SELECT c.*, r.as_of, r.started_at, r.id AS rid, l.published_status FROM changes c "
        "LEFT JOIN runs r ON r.id = c.run_id LEFT JOIN legality l "
        "ON l.jurisdiction = c.jurisdiction AND l.profession = c.profession "
        "WHERE c.kind = 'status' ORDER BY c.id DESC LIMIT ?",
        [limit],
    )
    return [dict(r) for r in rows]


def atom(db: Database) -> str:
    """The feed as Atom XML text."""
    fg = FeedGenerator()
    fg.id(FEED_ID)
    fg.title("scopewatch: dry needling status changes")
    fg.author({"name": "scopewatch"})
    fg.link(href=FEED_NAME, rel="self")
    fg.link(href="index.html", rel="alternate")
    fg.language("en")
    rows = entries(db)
    fg.updated(max((_when(r["detected_at"]) for r in rows), default=_when(None)))
    for row in reversed(rows):  # feedgen prepends: add oldest first, newest ends on top
        state = jurisdictions.name(row["jurisdiction"])
        profession = str(row["profession"]).replace("_", " ")
        title = f"{state} ({profession}): {row['old_status']} -> {row['new_status']}"
        folder = folder_name({"id": row["rid"], "as_of": row["as_of"], "started_at": row["started_at"]})
        entry = fg.add_entry()
        entry.id(f"{FEED_ID}:change-{row['id']}")
        entry.title(title)
        entry.updated(_when(row["detected_at"]))
        entry.link(href=f"../{folder}/change-report.html#change-{row['id']}", rel="alternate")
        summary = (
            f"{row['evidence'] or 'No evidence sentence.'} Source: {row['url'] or row['source_id']} "
            f"({row['authority'] or 'unknown authority'}). Review: {row['review_state']}; "
            f"published now: {row['published_status'] or 'unknown'}."
        )
        entry.summary(summary)
    return str(fg.atom_str(pretty=True).decode("utf-8"))
