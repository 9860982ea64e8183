"""The sources table follows the registry without losing history."""

from __future__ import annotations

from pathlib import Path

from tracker.models import Authority, Profession, Source
from tracker.store.db import open_db, transaction
from tracker.store.snapshots import sync_sources


def source(source_id: str) -> Source:
    return Source(
        source_id, "VT", Profession.PHYSICAL_THERAPIST, Authority.RULE, "Board", f"https://x.gov/{source_id}"
    )


def test_a_source_that_leaves_the_registry_is_kept_inactive(tmp_path: Path) -> None:
    db = open_db(tmp_path / "sw.db")
    with transaction(db):
        sync_sources(db, [source("a"), source("b")], "2026-01-01T00:00:00Z")
    with transaction(db):
        sync_sources(db, [source("a")], "2026-01-02T00:00:00Z")
    rows = {r["id"]: (r["active"], r["added_at"]) for r in db.query("select * from sources")}
    assert rows == {"a": (1, "2026-01-01T00:00:00Z"), "b": (0, "2026-01-01T00:00:00Z")}
    with transaction(db):
        sync_sources(db, [source("a"), source("b")], "2026-01-03T00:00:00Z")
    assert db.execute("select active from sources where id = 'b'").fetchone()[0] == 1
