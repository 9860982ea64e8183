"""Old migrations are frozen (no live model code), and m0007 dates legality rows by the night."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

from sqlite_utils import Database

import tracker.store.migrations as migrations
from tracker.store.db import open_db
from tracker.store.migrations import MIGRATIONS


def test_migrations_import_no_tracker_module() -> None:
    # a migration that calls live code changes what it did when that code changes
    tree = ast.parse(Path(migrations.__file__).read_text())
    imported = [
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    ]
    assert [m for m in imported if m and m.startswith("tracker")] == []


def _before(path: Path, first_new: str) -> Database:
    old = Database(sqlite3.connect(path))
    old.table("migrations").create({"name": str, "applied_at": str}, pk="name")
    for name, step in MIGRATIONS:
        if name >= first_new:
            break
        step(old)
        old.table("migrations").insert({"name": name, "applied_at": "2026-11-30T00:00:00Z"})
    return old


def test_first_seen_and_last_checked_become_the_runs_as_of_dates(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = _before(path, "0007")
    old.table("runs").insert_all(
        [
            {"id": 1, "started_at": "2026-12-01T09:00:00Z", "as_of": "2017-06-01"},
            {"id": 2, "started_at": "2026-12-01T09:05:00Z", "as_of": "2026-06-01"},
            {"id": 3, "started_at": "2026-12-01T09:10:00Z", "as_of": "2026-07-01"},
        ]
    )
    old.table("sources").insert(
        {"id": "fl-pt", "jurisdiction": "FL", "profession": "physical_therapist", "authority": "statute"}
    )
    old.table("checks").insert_all(
        [
            {"id": 1, "run_id": 1, "source_id": "fl-pt", "outcome": "fetched"},
            {"id": 2, "run_id": 2, "source_id": "fl-pt", "outcome": "not_modified"},
            {"id": 3, "run_id": 3, "source_id": "fl-pt", "outcome": "failed"},  # reached nothing
        ]
    )
    old.table("legality").insert_all(
        [
            {"jurisdiction": "FL", "profession": "physical_therapist", "status": "prohibited",
             "first_seen": "2026-12-01T09:00:07Z", "first_seen_run_id": 1,
             "last_checked": "2026-12-01T09:10:09Z"},
            # no run known and no check: the row keeps its dates
            {"jurisdiction": "GA", "profession": "physical_therapist", "status": "permitted",
             "first_seen": "2026-11-01T02:00:00Z", "first_seen_run_id": None,
             "last_checked": "2026-11-01T02:00:00Z"},
        ]
    )  # fmt: skip
    old.conn.commit()
    old.close()

    db = open_db(path)
    rows = db.execute("select jurisdiction, first_seen, last_checked from legality order by 1").fetchall()
    assert rows == [
        ("FL", "2017-06-01", "2026-06-01"),
        ("GA", "2026-11-01T02:00:00Z", "2026-11-01T02:00:00Z"),
    ]
