"""Sources, checks and snapshots: what was fetched, stored only when its text changes.

As in git-history: a stable id per source, a hash of its extracted text, and a new snapshot
row only when the hash moves. Every attempt is a ``checks`` row, whatever it came to.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from tracker.errors import DatabaseError
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
        if result.outcome is FetchOutcome.NOT_PUBLISHED:
            continue  # not part of the replayed night: no check, nothing to count against the source
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


_SNAPSHOT_COLUMNS = (
    "source_id",
    "run_id",
    "fetched_at",
    "url",
    "final_url",
    "http_status",
    "content_type",
    "sha256",
    "text",
    "etag",
    "last_modified",
)
_CHECK_COLUMNS = (
    "run_id",
    "source_id",
    "checked_at",
    "url",
    "final_url",
    "outcome",
    "http_status",
    "error",
    "snapshot_id",
    "new_snapshot",
    "etag",
    "last_modified",
    "retry_after",
)


def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    return f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})"


class ResultWriter:
    """Checks and new snapshots written as results arrive, committed in batches.

    A run killed mid-crawl keeps every batch committed before it died: its pages are not
    fetched again, and their validators make the next run's requests conditional. The
    legality, change and report stage is not here: it stays one transaction at the end.
    Nothing is held per page but each source's newest snapshot id and hash.
    """

    def __init__(self, db: Database, run_id: int, *, batch: int = 200, interval: float = 1.0) -> None:
        self.db = db
        self.run_id = run_id
        self.batch = batch
        self.interval = interval
        self.latest = latest_snapshots(db)
        self._open = False
        self._pending = 0
        self._opened = 0.0
        self._snapshot_sql = _insert_sql("snapshots", _SNAPSHOT_COLUMNS)
        self._check_sql = _insert_sql("checks", _CHECK_COLUMNS)

    def add(self, result: FetchResult) -> StoredSnapshot | None:
        """Write ``result``'s check (and its snapshot when the text is new); the new snapshot.

        A page the replayed night had not published yet is not part of the night: no check."""
        if result.outcome is FetchOutcome.NOT_PUBLISHED:
            return None
        self._begin()
        conn = self.db.conn
        previous = self.latest.get(result.source_id)
        snapshot_id = previous[0] if previous else None
        new: StoredSnapshot | None = None
        if result.outcome is FetchOutcome.FETCHED and result.text is not None:
            digest = text_hash(result.text)
            if previous is None or previous[1] != digest:
                cursor = conn.execute(
                    self._snapshot_sql,
                    (
                        result.source_id,
                        self.run_id,
                        result.fetched_at,
                        result.url,
                        result.final_url,
                        result.http_status,
                        result.content_type,
                        digest,
                        result.text,
                        result.etag,
                        result.last_modified,
                    ),
                )
                snapshot_id = _rowid(cursor)
                self.latest[result.source_id] = (snapshot_id, digest)
                new = StoredSnapshot(
                    snapshot_id, result.source_id, result.text, previous[0] if previous else None
                )
        conn.execute(
            self._check_sql,
            (
                self.run_id,
                result.source_id,
                result.fetched_at,
                result.url,
                result.final_url,
                result.outcome.value,
                result.http_status,
                result.error,
                snapshot_id,
                int(new is not None),
                result.etag,
                result.last_modified,
                result.retry_after,
            ),
        )
        self._written()
        return new

    def execute(self, sql: str, values: tuple[Any, ...]) -> int:
        """Another row that belongs to a page (its finding), in the current batch; its id."""
        self._begin()
        cursor = self.db.conn.execute(sql, values)
        self._written()
        return _rowid(cursor)

    def commit_if_due(self) -> None:
        """Commit the open batch if it is older than ``interval`` (call it while waiting)."""
        if self._open and time.monotonic() - self._opened >= self.interval:
            self.commit()

    def commit(self) -> None:
        """Commit the open batch, if any."""
        if self._open:
            self._open, self._pending = False, 0
            self.db.conn.commit()

    def rollback(self) -> None:
        """Drop the open batch (on an error inside it)."""
        if self._open:
            self._open, self._pending = False, 0
            self.db.conn.rollback()

    def _begin(self) -> None:
        if not self._open:
            if self.db.conn.in_transaction:  # a batch is a transaction of its own, never a part
                raise RuntimeError("ResultWriter: the database is already inside a transaction")
            self.db.conn.execute("BEGIN IMMEDIATE")
            self._open = True
            self._opened = time.monotonic()

    def _written(self) -> None:
        self._pending += 1
        if self._pending >= self.batch or time.monotonic() - self._opened >= self.interval:
            self.commit()


def replacing_snapshots(db: Database, run_id: int, also: list[int] | None = None) -> Iterator[StoredSnapshot]:
    """The snapshots a run added (and the ids in ``also``) that replace an earlier one, each
    with its text, read one at a time."""
    ids = [
        row[0]
        for row in db.execute(
            "select snapshot_id from checks where run_id = ? and new_snapshot = 1 order by id", [run_id]
        )
    ]
    for snapshot_id in sorted(set(ids) | set(also or [])):
        (previous,) = db.execute(
            """select (select max(p.id) from snapshots p where p.source_id = s.source_id and p.id < s.id)
               from snapshots s where s.id = ?""",
            [snapshot_id],
        ).fetchone()
        if previous is not None:
            yield stored(db, snapshot_id, previous)


def unread_snapshots(db: Database) -> list[int]:
    """Ids of sources' newest snapshots that have no finding: a killed run stored them
    and died before reading them."""
    sql = """
        select s.id from snapshots s
        join (select source_id, max(id) as id from snapshots group by source_id) last on last.id = s.id
        where not exists (select 1 from findings f where f.source_id = s.source_id and f.snapshot_id = s.id)
        order by s.id
    """
    return [row[0] for row in db.execute(sql).fetchall()]


def stored(db: Database, snapshot_id: int, previous_id: int | None = None) -> StoredSnapshot:
    """One snapshot with its text; ``previous_id`` looked up unless given."""
    source_id, text = db.execute(
        "select source_id, text from snapshots where id = ?", [snapshot_id]
    ).fetchone()
    if previous_id is None:
        row = db.execute(
            "select max(id) from snapshots where source_id = ? and id < ?", [source_id, snapshot_id]
        ).fetchone()
        previous_id = row[0] if row else None
    return StoredSnapshot(snapshot_id, source_id, text, previous_id)


def _rowid(cursor: sqlite3.Cursor) -> int:
    if cursor.lastrowid is None:
        raise DatabaseError("an insert returned no row id")
    return cursor.lastrowid
