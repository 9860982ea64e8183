"""Record what moved: status changes and rows whose deciding page went silent."""

from __future__ import annotations

from sqlite_utils import Database

from tracker.analysis.legality import Transition
from tracker.clock import utcnow


def record(
    db: Database, run_id: int, transitions: list[Transition], as_of: str, now: str | None = None
) -> int:
    """Insert a ``changes`` row per status change or fresh silence; return the status changes.

    ``detected_at`` is the run's as-of date (the replayed night's under ``--replay``);
    ``recorded_at`` the wall-clock time (``now``, default the current UTC time).
    """
    now = now or utcnow()
    count = 0
    for t in transitions:
        base = {
            "run_id": run_id,
            "jurisdiction": t.jurisdiction,
            "profession": t.profession,
            "detected_at": as_of,
            "recorded_at": now,
            "evidence": t.row.get("evidence"),
            "url": t.row.get("url"),
            "source_id": t.row.get("source_id"),
            "authority": t.row.get("authority"),
        }
        if t.status_changed:
            db.table("changes").insert(
                {
                    **base,
                    "kind": "status",
                    "old_status": t.old_status,
                    "new_status": t.new_status,
                    "review_state": "pending",
                    "note": t.note,
                }
            )
            count += 1
        if t.needs_review:
            db.table("changes").insert(
                {
                    **base,
                    "kind": "needs_review",
                    "old_status": t.old_status,
                    "new_status": t.new_status,
                    "review_state": "needs_review",
                    "note": t.needs_review,
                }
            )
    return count
