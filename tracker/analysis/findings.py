"""Classify each new snapshot for its source's profession and store the finding."""

from __future__ import annotations

from sqlite_utils import Database

from tracker.analysis.reading import reading
from tracker.models import Source
from tracker.store.db import insert
from tracker.store.snapshots import StoredSnapshot

__all__ = ["classify_snapshots", "reading"]


def classify_snapshots(
    db: Database, run_id: int, snapshots: list[StoredSnapshot], sources: dict[str, Source]
) -> None:
    """Insert one finding per new snapshot, read for its source's profession."""
    for snapshot in snapshots:
        source = sources[snapshot.source_id]
        row = {
            "snapshot_id": snapshot.id,
            "source_id": snapshot.source_id,
            "run_id": run_id,
            **reading(snapshot.text, source),
        }
        insert(db, "findings", row)
