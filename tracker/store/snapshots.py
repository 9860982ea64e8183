"""Sources, checks and snapshots: what was fetched, stored only when its text changes.

As in git-history: a stable id per source, a hash of its extracted text, and a new snapshot
row only when the hash moves. Every attempt is a ``checks`` row, whatever it came to.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlite_utils import Database

from tracker.models import FetchOutcome, FetchRequest, FetchResult, Source
from tracker.store.db import insert


@dataclass(frozen=True)
class StoredSnapshot:
    id: int
    source_id: str
    text: str
    previous_id: int | None  # the snapshot this one replaces, if any


def sync_sources(db: Database, sources: list[Source], now: str) -> None:
    """Upsert the registry; sources that left it stay (history) but become inactive."""
    added = {row["id"]: row["added_at"] for row in db.query("select id, added_at from sources")}
    rows = [{**s.as_row(), "active": 1, "added_at": added.get(s.id) or now} for s in sources]
    db.table("sources").upsert_all(rows, pk="id")
    gone = set(added) - {s.id for s in sources}
    if gone:
        marks = ", ".join("?" for _ in gone)
        db.execute(f"update sources set active = 0 where id in ({marks})", sorted(gone))


def fetch_requests(db: Database, sources: list[Source]) -> list[FetchRequest]:
    """Requests with validators from each source's last successful fetch, when we hold its text."""
    validators: dict[str, tuple[str | None, str | None]] = {}
    sql = """
        select c.source_id, c.etag, c.last_modified from checks c
        join (select source_id, max(id) as id from checks where outcome = 'fetched'
              group by source_id) last on last.id = c.id
        where c.snapshot_id is not null
    """
    for source_id, etag, last_modified in db.execute(sql).fetchall():
        validators[source_id] = (etag, last_modified)
    requests = []
    for source in sources:
        etag, last_modified = validators.get(source.id, (None, None))
        requests.append(FetchRequest(source=source, etag=etag, last_modified=last_modified))
    return requests


def latest_snapshots(db: Database) -> dict[str, tuple[int, str]]:
    """Each source's newest snapshot as (id, sha256), in one query and without its text."""
    sql = """
        select s.source_id, s.id, s.sha256 from snapshots s
        join (select source_id, max(id) as id from snapshots group by source_id) last on last.id = s.id
    """
    return {source_id: (snap_id, digest) for source_id, snap_id, digest in db.execute(sql).fetchall()}


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_results(db: Database, run_id: int, results: list[FetchResult]) -> list[StoredSnapshot]:
    """Write one check per result and a snapshot per changed text; return the new snapshots."""
    new: list[StoredSnapshot] = []
    latest = latest_snapshots(db)
    for result in results:
        previous = latest.get(result.source_id)
        snapshot_id = previous[0] if previous else None
        is_new = False
        if result.outcome is FetchOutcome.FETCHED and result.text is not None:
            digest = text_hash(result.text)
            if previous is None or previous[1] != digest:
                snapshot_id = insert(
                    db,
                    "snapshots",
                    {
                        "source_id": result.source_id,
                        "run_id": run_id,
                        "fetched_at": result.fetched_at,
                        "url": result.url,
                        "final_url": result.final_url,
                        "http_status": result.http_status,
                        "content_type": result.content_type,
                        "sha256": digest,
                        "text": result.text,
                        "etag": result.etag,
                        "last_modified": result.last_modified,
                    },
                )
                is_new = True
                new.append(
                    StoredSnapshot(
                        id=snapshot_id,
                        source_id=result.source_id,
                        text=result.text,
                        previous_id=previous[0] if previous else None,
                    )
                )
        db.table("checks").insert(
            {
                "run_id": run_id,
                "source_id": result.source_id,
                "checked_at": result.fetched_at,
                "url": result.url,
                "final_url": result.final_url,
                "outcome": result.outcome.value,
                "http_status": result.http_status,
                "error": result.error,
                "snapshot_id": snapshot_id,
                "new_snapshot": int(is_new),
                "etag": result.etag,
                "last_modified": result.last_modified,
                "retry_after": result.retry_after,
            }
        )
    return new
