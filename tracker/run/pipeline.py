"""One run, start to end: registry -> crawl -> snapshot -> finding -> legality -> change -> report.

The crawl happens outside any transaction (it may take an hour); everything it produced is
then written in one transaction, so a run lands whole or not at all. The run row itself is
committed first, so a killed run is visible and marked ``aborted`` by the next one.
"""

from __future__ import annotations

import datetime as dt
import logging
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlite_utils import Database

from tracker.analysis import changes, findings, legality, wording
from tracker.errors import CrawlError, DatabaseBusy, ScopewatchError, describe_sqlite_error
from tracker.fetch import mirror
from tracker.fetch.crawl import crawl
from tracker.fetch.options import CrawlOptions
from tracker.models import FetchResult, RunStatus, Source, Trigger
from tracker.outputs import notify, outbox, report
from tracker.sources import registry
from tracker.store import runs
from tracker.store import snapshots as store
from tracker.store.db import default_busy_timeout, default_path, open_db, transaction, utcnow
from tracker.store.lock import run_lock

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
    reports: list[Path] = field(default_factory=list)
    interrupted: bool = False  # a SIGTERM/SIGINT arrived while the run was being written
    report_error: str | None = None  # the run was recorded but its report could not be written

    def line(self) -> str:
        c = self.counts
        failed = f" ({', '.join(c.failed_ids)})" if c.failed_ids else ""
        text = (
            f"run {self.run_id} {self.status.value}: {c.total} sources, {c.fetched} fetched, "
            f"{c.not_modified} not modified, {c.failed} failed{failed}; {self.changes} status change"
            f"{'' if self.changes == 1 else 's'}"
        )
        if self.reports:
            text += f"; report {self.reports[0].parent}"
        if self.report_error:
            text += f"; {self.report_error}"
        return text


def run(options: RunOptions, on_result: Callable[[FetchResult], None] | None = None) -> RunSummary:
    sources = registry.load(options.sources_path)  # refused before any request
    notify_config = notify.load_config(options.notify_config)  # a typo fails now, not after the crawl
    night = mirror.resolve_night(options.replay) if options.replay else None
    crawl_options = options.crawl
    if night is not None or options.record is not None:
        crawl_options = replace(crawl_options, replay=night, record=options.record)
    as_of = night.name if night is not None else dt.datetime.now(dt.UTC).date().isoformat()

    with run_lock(options.db_path), closing(open_db(options.db_path)) as db:
        with transaction(db):
            runs.abort_stale(db, utcnow())
            store.sync_sources(db, sources, utcnow())
            run_id = runs.start(db, options.trigger, utcnow(), as_of, str(night) if night else None)
        outbox.deliver(db, notify_config)  # what an earlier run could not send goes first
        try:
            results = crawl(store.fetch_requests(db, sources), crawl_options, on_result)
        except BaseException as exc:
            status = RunStatus.FAILED if isinstance(exc, CrawlError) else RunStatus.ABORTED
            with transaction(db):
                runs.finish(db, run_id, utcnow(), status, error=str(exc) or type(exc).__name__)
                if status is RunStatus.FAILED:
                    outbox.enqueue(db, run_id, notify_config)
            outbox.deliver(db, notify_config)
            raise

        # From here on the run finishes whole: a SIGTERM or SIGINT waits until it is written.
        with deferred_signals() as stop:
            summary = _finish(db, run_id, as_of, sources, results, options, notify_config)
            outbox.deliver(db, notify_config)
        summary.interrupted = stop.requested
        return summary


def _finish(
    db: Database,
    run_id: int,
    as_of: str,
    sources: list[Source],
    results: list[FetchResult],
    options: RunOptions,
    notify_config: notify.NotifyConfig | None,
) -> RunSummary:
    """Everything the crawl produced, in one transaction (retried while another process holds
    the database); then the run's reports. A write that cannot be done marks the run failed
    with the reason; a report that cannot be written is logged and noted on the run."""
    by_id = {s.id: s for s in sources}
    diffs = wording.prepare(db, results)  # the slow part, before the write lock is taken
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with transaction(db):
                new = store.record_results(db, run_id, results)
                counts = runs.Counts.of(results, {s.source_id for s in new})
                findings.classify_snapshots(db, run_id, new, by_id)
                wording.record(db, run_id, new, diffs)
                now = utcnow()
                transitions = legality.update(db, run_id, now)
                n_changes = changes.record(db, run_id, transitions, now)
                runs.finish(db, run_id, utcnow(), counts.status, counts, n_changes)
                outbox.enqueue(db, run_id, notify_config)
            break
        except sqlite3.OperationalError as exc:
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
            _fail(db, run_id, _write_failure(error, exc, attempt), notify_config)
            raise error from None
        except sqlite3.DatabaseError as exc:  # a full disk, an I/O error, a damaged file
            error = describe_sqlite_error(exc, options.db_path)
            _fail(db, run_id, _write_failure(error, exc, attempt), notify_config)
            raise error from None
    summary = RunSummary(run_id, counts.status, counts, n_changes, as_of)
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
    tried = (
        f" (tried {attempts} time{'s' if attempts > 1 else ''})" if isinstance(error, DatabaseBusy) else ""
    )
    return f"the run's results could not be written{tried}: {error} [{exc}]; the pages are fetched again"


def _fail(db: Database, run_id: int, reason: str, notify_config: notify.NotifyConfig | None) -> None:
    """Mark the run failed with ``reason`` and announce it; if even that cannot be written,
    log it (the next run then finds the run unfinished)."""
    log.error("run %s failed: %s", run_id, reason)
    try:
        with transaction(db):
            runs.finish(db, run_id, utcnow(), RunStatus.FAILED, error=reason)
            outbox.enqueue(db, run_id, notify_config)
        outbox.deliver(db, notify_config)
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
