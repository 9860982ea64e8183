"""Record what moved: one review item per legality row and run (see ``tracker.editorial.workflow``)."""

from __future__ import annotations

from sqlite_utils import Database

from tracker.analysis.legality import Transition
from tracker.clock import utcnow
from tracker.editorial.workflow import ItemKind, open_item, settle
from tracker.models import ReviewState


def record(
    db: Database, run_id: int, transitions: list[Transition], as_of: str, now: str | None = None
) -> int:
    """Insert a review item per status change or fresh silence; return the status changes.

    A row whose status moved *and* whose deciding page went silent in the same run gets one
    item, of kind ``status``, with the silence as its ``note``; a status moved by the date
    alone (no page changed) says so in ``note`` ("took effect on DATE").

    ``detected_at`` is the run's as-of date (the replayed night's under ``--replay``);
    ``recorded_at`` the wall-clock time (``now``, default the current UTC time).
    """
    now = now or utcnow()
    count = 0
    for t in transitions:
        if not (t.status_changed or t.needs_review):
            settle(db, t.jurisdiction, t.profession)
            continue
        kind = ItemKind.STATUS if t.status_changed else ItemKind.NEEDS_REVIEW
        state = ReviewState.PENDING if t.status_changed else ReviewState.NEEDS_REVIEW
        open_item(
            db,
            {
                "run_id": run_id,
                "jurisdiction": t.jurisdiction,
                "profession": t.profession,
                "detected_at": as_of,
                "recorded_at": now,
                "evidence": t.row.get("evidence"),
                "url": t.row.get("url"),
                "source_id": t.row.get("source_id"),
                "authority": t.row.get("authority"),
                "kind": kind.value,
                "old_status": t.old_status,
                "new_status": t.new_status,
                "review_state": state.value,
                "note": t.needs_review or t.note,
            },
        )
        count += t.status_changed
    return count
