"""Migration 0004 on a database written before it: a change's detected_at becomes its run's
as-of date, the wall-clock time it held moves to recorded_at."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from tracker.store.db import open_db
from tracker.store.migrations import MIGRATIONS


def test_detected_at_becomes_the_nights_date_and_the_wall_clock_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(sqlite3.connect(path))
    old.table("migrations").create({"name": str, "applied_at": str}, pk="name")
    before = [(name, step) for name, step in MIGRATIONS if name < "0004"]
    for name, step in before:
        step(old)
        old.table("migrations").insert({"name": name, "applied_at": "2026-11-30T00:00:00Z"})
    old.table("runs").insert({"id": 1, "started_at": "2026-12-01T09:00:00Z", "as_of": "2017-06-01"})
    old.table("changes").insert(
        {"id": 1, "run_id": 1, "jurisdiction": "FL", "profession": "physical_therapist",
         "kind": "status", "old_status": "unaddressed", "new_status": "prohibited",
         "detected_at": "2026-12-01T09:00:05Z", "review_state": "pending"}
    )  # fmt: skip
    old.conn.commit()
    old.close()

    db = open_db(path)
    row = db.execute("select detected_at, recorded_at from changes where id = 1").fetchone()
    assert row == ("2017-06-01", "2026-12-01T09:00:05Z")
    assert {"enacted_date", "awaiting_rules", "condition_sources", "first_seen_run_id"} <= set(
        db.table("legality").columns_dict
    )
    assert {"enacted_date", "awaiting_rules"} <= set(db.table("findings").columns_dict)
