"""One run, start to end: registry -> crawl -> snapshot -> finding -> legality -> change -> report.

The run row is committed first, so a killed run is visible and marked ``aborted`` by the
next one. While the crawl goes on (it may take an hour), each result's check, its new
snapshot and that snapshot's finding are written as they arrive, in batched transactions:
a run killed mid-crawl keeps what it fetched, and the next run makes conditional requests
from it and reads what it left unread. Legality, changes and the run's end are then one
transaction, so the outcome of a run lands whole or not at all. A worker process extracts
and classifies the pages while this process crawls (:mod:`tracker.run.workers`); nothing is
held per page, so memory does not grow with the number of sources.
"""

from __future__ import annotations

import collections
import datetime as dt
import logging
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import BrokenExecutor, Executor, Future
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlite_utils import Database

from tracker.analysis import changes, findings, legality, wording
from tracker.errors import CrawlError, DatabaseBusy, ScopewatchError, UsageError, describe_sqlite_error
from tracker.fetch import mirror
from tracker.fetch.crawl import crawl
from tracker.fetch.options import CrawlOptions
from tracker.models import FetchResult, RunStatus, Source, Trigger
from tracker.outputs import notify, outbox, report
from tracker.run.workers import worker_pool
from tracker.sources import registry
from tracker.store import runs
from tracker.store import snapshots as store
from tracker.store.db import default_busy_timeout, default_path, open_db, transaction, utcnow
from tracker.store.lock import run_lock
from tracker.store.rows import FindingReading

log = logging.getLogger(__name__)


@dataclass
class RunOptions:
    db_path: Path = field(default_factory=default_path)
    sources_path: Path = registry.DEFAULT_REGISTRY
    reports_dir: Path | None = Path("reports")
    replay: Path | None = None
    record: Path | None = None
    trigger: Trigger = Trigger.MANUAL
    crawl: CrawlOptions = field(default_factory=CrawlOptions)
    notify_config: Path | None = None  # None: data/notify.toml if present, else SCOPEWATCH_* env


@dataclass
class RunSummary:
    run_id: int
    status: RunStatus
    counts: runs.Counts
    changes: int
    as_of: str
    digest: runs.Digest | None = None  # what the night came to (None before it is written)
    reports: list[Path] = field(default_factory=list)
    interrupted: bool = False  # a SIGTERM/SIGINT arrived while the run was being written
    report_error: str | None = None  # the run was recorded but its report could not be written

    @property
    def quiet(self) -> bool:
        return self.digest is not None and self.digest.quiet

    def line(self) -> str:
        c = self.counts
        failed = f" ({', '.join(c.failed_ids)})" if c.failed_ids else ""
        unborn = f", {c.not_published} not published yet" if c.not_published else ""
        text = (
            f"run {self.run_id} {self.status.value}: {c.total} sources, {c.fetched} fetched, "
            f"{c.not_modified} not modified, {c.failed} failed{failed}{unborn}; {self.changes} status change"
            f"{'' if self.changes == 1 else 's'}"
        )
        if self.quiet:
            text += ", a quiet night"
        if self.reports:
            text += f"; report {self.reports[0].parent}"
        if self.report_error:
            text += f"; {self.report_error}"
        return text


def _refuse_older_night(db: Database, as_of: str, db_path: Path) -> None:
    """A night older than the newest one already recorded would be read as a change back in
    time (every status it differs on dated to the older night): refuse it."""
    newest = runs.newest_as_of(db)
    if newest is not None and as_of < newest:
        raise UsageError(
            f"this run's as-of date {as_of} is older than the newest run in {db_path} ({newest}): "
            "nights must be recorded oldest first, so replay history into a fresh --db"
        )


def run(options: RunOptions, on_result: Callable[[FetchResult], None] | None = None) -> RunSummary:
    sources = registry.load(options.sources_path)  # refused before any request
    notify_config = notify.load_config(options.notify_config)  # a typo fails now, not after the crawl
    night = mirror.resolve_night(options.replay) if options.replay else None
    crawl_options = options.crawl
    if night is not None or options.record is not None:
        crawl_options = replace(crawl_options, replay=night, record=options.record)
    as_of = night.name if night is not None else dt.datetime.now(dt.UTC).date().isoformat()
    if options.record is not None:
        mirror.check_writable(mirror.record_target(options.record))  # before a run row exists

    with run_lock(options.db_path), closing(open_db(options.db_path)) as db:
        with transaction(db):
            runs.abort_stale(db, utcnow())
            _refuse_older_night(db, as_of, options.db_path)
            store.sync_sources(db, sources, utcnow())
            run_id = runs.start(db, options.trigger, utcnow(), as_of, str(night) if night else None)
        outbox.deliver(db, notify_config)  # what an earlier run could not send goes first
        requests = store.fetch_requests(db, sources)
        by_id = {s.id: s for s in sources}
        with worker_pool() as pool:
            if sum(1 for r in requests if not (r.etag or r.last_modified)) > pool.read_here:
                pool.start()  # many pages to read (no validators): the workers start with Scrapy
            stream = _Stream(db, run_id, by_id, pool)

            def take(result: FetchResult) -> None:
                stream.add(result)
                if on_result is not None:
                    on_result(result)

            try:
                crawl(
                    requests,
                    crawl_options,
                    take,
                    # extraction stays in the crawling process, classification goes to the
                    # worker: at 10,000 pages with both in the worker it used 2.6 times the CPU
                    # of the crawling process (bench/README.md), and every body crossed a pipe
                    executor=None,
                    keep=False,
                    on_idle=stream.idle,
                )
                stream.close()
            except BaseException as exc:
                stream.keep()  # what was fetched stays, for the next run
                if isinstance(exc, sqlite3.Error):  # a streamed write met a lock or a full disk
                    error = describe_sqlite_error(exc, options.db_path)
                    _fail(db, run_id, _write_failure(error, exc, 1), stream.counts, notify_config)
                    raise error from None
                status = RunStatus.FAILED if isinstance(exc, CrawlError) else RunStatus.ABORTED
                reason = str(exc) or type(exc).__name__
                if status is RunStatus.FAILED:
                    _fail(db, run_id, reason, stream.counts, notify_config)
                else:
                    with transaction(db):
                        runs.finish(db, run_id, utcnow(), status, stream.counts, error=reason)
                raise

        # From here on the run finishes whole: a SIGTERM or SIGINT waits until it is written.
        with deferred_signals() as stop:
            summary = _finish(db, run_id, as_of, by_id, stream.counts, options, notify_config)
            outbox.deliver(db, notify_config, run_id)  # earlier ones were tried when the run began
        summary.interrupted = stop.requested
        return summary


MAX_PENDING = 64  # texts sent to the worker and not read yet


class _Stream:
    """Each result written as it arrives; each new text's finding written when it is read.

    Texts go to the worker pool (or are read here without one); the findings come back in
    the order they were sent and are written into the current batch.
    """

    def __init__(self, db: Database, run_id: int, sources: dict[str, Source], pool: Executor | None) -> None:
        self.writer = store.ResultWriter(db, run_id)
        self.run_id = run_id
        self.sources = sources
        self.pool = pool
        self.counts = runs.Counts()
        self.pending: collections.deque[tuple[int, str, Future[FindingReading]]] = collections.deque()
        self._sql: dict[tuple[str, ...], str] = {}

    def add(self, result: FetchResult) -> None:
        new = self.writer.add(result)
        self.counts.add(result, new is not None)
        if new is not None and (source := self.sources.get(new.source_id)) is not None:
            if self.pool is not None:
                future = self.pool.submit(findings.reading, new.text, source)
            else:
                future = Future()
                future.set_result(findings.reading(new.text, source))
            self.pending.append((new.id, new.source_id, future))
        self._collect(wait=False)

    def idle(self) -> None:
        """While the crawl waits: write the findings read meanwhile, commit a batch that is due."""
        self._collect(wait=False)
        self.writer.commit_if_due()

    def close(self) -> None:
        """Wait for the findings still being read, write them, commit."""
        self._collect(wait=True)
        self.writer.commit()

    def keep(self) -> None:
        """On the way out of a failed or stopped run: commit what is written, if it can be;
        the findings not read yet are read by the next run."""
        for _, _, future in self.pending:
            future.cancel()
        try:
            self._collect(wait=False)
            self.writer.commit()
        except Exception:
            self.writer.rollback()

    def _collect(self, *, wait: bool) -> None:
        """Write the findings read so far; with ``wait``, all of them. Never more than
        ``MAX_PENDING`` texts wait to be read: past that the crawl waits for the worker,
        so memory does not grow with the number of pages when reading is the slower side."""
        while self.pending and (wait or self.pending[0][2].done() or len(self.pending) > MAX_PENDING):
            snapshot_id, source_id, future = self.pending.popleft()
            if future.cancelled():
                continue
            try:
                reading = future.result()
            except BrokenExecutor:  # the worker died: the end of the run reads this snapshot
                log.warning("the worker died before reading %s; it is read at the end of the run", source_id)
                continue
            row = {
                "snapshot_id": snapshot_id,
                "source_id": source_id,
                "run_id": self.run_id,
                **reading,
            }
            keys = tuple(row)
            sql = self._sql.get(keys)
            if sql is None:
                sql = self._sql[keys] = (
                    f"insert into findings ({', '.join(keys)}) values ({', '.join('?' for _ in keys)})"
                )
            self.writer.execute(sql, tuple(row.values()))


def _finish(
    db: Database,
    run_id: int,
    as_of: str,
    sources: dict[str, Source],
    counts: runs.Counts,
    options: RunOptions,
    notify_config: notify.NotifyConfig | None = None,
) -> RunSummary:
    """Legality, changes, the run's end and its notification in one transaction, retried while
    another process holds the database; then the run's reports.

    Snapshots a killed run stored but never read are read here first. A write that cannot be
    done (a lock that does not clear, a full disk) marks the run failed with the reason; a
    report that cannot be written is logged and noted on the run, and the notification still
    goes out."""
    counts.failed_ids.sort()
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        log.debug("writing run %s: legality, changes and the run's end (attempt %d)", run_id, attempt)
        try:
            with transaction(db):
                unread = store.unread_snapshots(db)
                stored = (store.stored(db, snapshot_id) for snapshot_id in unread)
                findings.classify_snapshots(
                    db, run_id, [s for s in stored if s.source_id in sources], sources
                )
                wording.record(db, run_id, store.replacing_snapshots(db, run_id, unread))
                transitions = legality.update(db, run_id, as_of)
                n_changes = changes.record(db, run_id, transitions, as_of, utcnow())
                runs.finish(db, run_id, utcnow(), counts.status, counts, n_changes)
                outbox.enqueue(db, run_id, notify_config)
            break
        except sqlite3.Error as exc:
            error = describe_sqlite_error(exc, options.db_path)
            if isinstance(error, DatabaseBusy) and attempt < WRITE_ATTEMPTS:
                log.warning(
                    "the database %s is locked by another process; writing run %s again (attempt %d of %d)",
                    options.db_path,
                    run_id,
                    attempt + 1,
                    WRITE_ATTEMPTS,
                )
                time.sleep(min(2.0**attempt, max(default_busy_timeout(), 0.1)))
                continue
            _fail(db, run_id, _write_failure(error, exc, attempt), counts, notify_config)
            raise error from None
    summary = RunSummary(run_id, counts.status, counts, n_changes, as_of, runs.digest(db, run_id))
    if options.reports_dir is not None:
        try:
            summary.reports = report.write(db, run_id, options.reports_dir)
        except OSError as exc:
            where = exc.filename or options.reports_dir
            summary.report_error = f"the report could not be written to {where}: {exc.strerror or exc}"
            log.error("%s; the run's data and notification are kept", summary.report_error)
            with transaction(db):
                db.table("runs").update(run_id, {"error": summary.report_error})
        outbox.attach_report(db, run_id, summary.reports, notify_config)
    return summary


WRITE_ATTEMPTS = 4  # each waits up to the busy timeout (30 s) for the lock


def _write_failure(error: ScopewatchError, exc: BaseException, attempts: int) -> str:
    tried = f" (tried {attempts} times)" if isinstance(error, DatabaseBusy) and attempts > 1 else ""
    return f"the run's results could not be written{tried}: {error} [{exc}]"


def _fail(
    db: Database,
    run_id: int,
    reason: str,
    counts: runs.Counts,
    notify_config: notify.NotifyConfig | None,
) -> None:
    """Mark the run failed with ``reason`` and announce it; if even that cannot be written,
    log it (the next run then finds the run unfinished)."""
    log.error("run %s failed: %s", run_id, reason)
    try:
        with transaction(db):
            runs.finish(db, run_id, utcnow(), RunStatus.FAILED, counts, error=reason)
            outbox.enqueue(db, run_id, notify_config)
        outbox.deliver(db, notify_config, run_id)
    except sqlite3.Error as exc:
        log.error("run %s could not be marked failed either: %s", run_id, exc)


@dataclass
class _Stop:
    requested: bool = False


@contextmanager
def deferred_signals() -> Iterator[_Stop]:
    """Note SIGTERM and SIGINT instead of acting on them until the block ends.

    Python runs signal handlers in the main thread only; elsewhere this does nothing.
    """
    stop = _Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def note(_signum: int, _frame: object) -> None:
        stop.requested = True

    previous = {sig: signal.signal(sig, note) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
