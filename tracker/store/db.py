"""Open the SQLite database, refuse what is not ours, and apply pending migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tracker.clock import utcnow
from tracker.errors import DatabaseError, describe_sqlite_error
from tracker.store.migrations import MIGRATIONS

__all__ = ["default_path", "insert", "migrate", "open_db", "transaction", "utcnow"]

DEFAULT_DB = Path("data/scopewatch.db")
BUSY_TIMEOUT = 30.0


def default_path() -> Path:
    return Path(os.environ.get("SCOPEWATCH_DB") or DEFAULT_DB)


def default_busy_timeout() -> float:
    """Seconds to wait for another process's write lock: ``SCOPEWATCH_BUSY_TIMEOUT`` or 30."""
    raw = os.environ.get("SCOPEWATCH_BUSY_TIMEOUT", "").strip()
    if not raw:
        return BUSY_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < 86400:
        raise DatabaseError(f"SCOPEWATCH_BUSY_TIMEOUT={raw!r}: use a number of seconds from 0 to 86400")
    return value


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """All writes inside commit together, or roll back together on any exception.

    Nesting is sqlite-utils' (4.x): inside a transaction, its own writes and an inner
    ``transaction`` are ``Database.atomic()`` savepoints, so a run's results land all at once
    or not at all. The outermost block takes the write lock up front (``BEGIN IMMEDIATE``,
    where ``atomic()`` says ``BEGIN``): a deferred transaction that reads first cannot wait
    for another writer's lock (SQLITE_BUSY at once), an immediate one waits ``busy_timeout``.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.rollback()
        raise
    try:
        db.commit()
    except sqlite3.Error:  # a full disk can refuse the commit itself: leave nothing half-open
        if db.conn.in_transaction:
            db.rollback()
        raise


def insert(db: Database, table: str, row: Mapping[str, Any]) -> int:
    """Insert ``row`` (a dict or a typed row) and return its integer primary key."""
    pk = db.table(table).insert(dict(row)).last_pk
    if pk is None:
        raise DatabaseError(f"insert into {table} returned no row id")
    return int(pk)


def open_db(
    path: Path | str | None = None, *, create: bool = True, busy_timeout: float | None = None
) -> Database:
    """Open (and migrate) the database at ``path``.

    ``create=False`` refuses a missing file, for read-only commands: a typo in ``--db`` should
    not silently make an empty database. ``busy_timeout`` is how long (seconds) a statement
    waits for another process's write lock before failing with "database is locked"
    [default: ``SCOPEWATCH_BUSY_TIMEOUT`` or 30].
    """
    path = Path(path) if path is not None else default_path()
    if not path.exists() and not create:
        raise DatabaseError(f"no database at {path}: run `scopewatch run` first, or pass --db PATH")
    if path.exists() and path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database file")
    if path.exists() and not path.is_file():
        raise DatabaseError(f"{path} is not a regular file (a device or FIFO?); pass another --db PATH")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"cannot create the folder of {path}: {exc.strerror}; pass another --db PATH"
        ) from None
    if busy_timeout is None:
        busy_timeout = default_busy_timeout()
    try:
        conn = sqlite3.connect(str(path), timeout=busy_timeout)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        db = Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        if db.journal_mode != "wal":
            db.enable_wal()
        migrate(db, path)
    except sqlite3.Error as exc:
        raise describe_sqlite_error(exc, path) from None
    return db


def migrate(db: Database, path: Path | str = "database") -> list[str]:
    """Apply the migrations not yet recorded; return their names."""
    if "migrations" not in db.table_names():
        if db.table_names():
            raise DatabaseError(f"{path} holds another application's tables; pass another --db PATH")
        db.table("migrations").create({"name": str, "applied_at": str}, pk="name")
    applied = {row["name"] for row in db.table("migrations").rows}
    known = {name for name, _ in MIGRATIONS}
    newer = sorted(applied - known)
    if newer:
        raise DatabaseError(
            f"{path} was written by a newer scopewatch (migration {newer[-1]}); upgrade scopewatch"
        )
    done: list[str] = []
    for name, step in MIGRATIONS:
        if name in applied:
            continue
        with transaction(db):
            step(db)
            db.table("migrations").insert({"name": name, "applied_at": utcnow()})
        done.append(name)
    return done
