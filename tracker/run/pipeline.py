"""One run, start to end: registry -> crawl -> snapshot -> finding -> legality -> change -> report.

The crawl happens outside any transaction (it may take an hour); everything it produced is
then written in one transaction, so a run lands whole or not at all. The run row itself is
committed first, so a killed run is visible and marked ``aborted`` by the next one.
"""

from __future__ import annotations

import datetime as dt
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlite_utils import Database

from tracker.analysis import changes, findings, legality, wording
from tracker.errors import CrawlError
from tracker.fetch import mirror
from tracker.fetch.crawl import crawl
from tracker.fetch.options import CrawlOptions
from tracker.models import FetchResult, RunStatus, Source, Trigger
from tracker.outputs import notify, report
from tracker.sources import registry
from tracker.store import runs
from tracker.store import snapshots as store
from tracker.store.db import default_path, open_db, transaction, utcnow
from tracker.store.lock import run_lock


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

    @property
    def quiet(self) -> bool:
        return self.digest is not None and self.digest.quiet

    def line(self) -> str:
        c = self.counts
        failed = f" ({', '.join(c.failed_ids)})" if c.failed_ids else ""
        text = (
            f"run {self.run_id} {self.status.value}: {c.total} sources, {c.fetched} fetched, "
            f"{c.not_modified} not modified, {c.failed} failed{failed}; {self.changes} status change"
            f"{'' if self.changes == 1 else 's'}"
        )
        if self.quiet:
            text += ", a quiet night"
        if self.reports:
            text += f"; report {self.reports[0].parent}"
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
        try:
            results = crawl(store.fetch_requests(db, sources), crawl_options, on_result)
        except BaseException as exc:
            status = RunStatus.FAILED if isinstance(exc, CrawlError) else RunStatus.ABORTED
            with transaction(db):
                runs.finish(db, run_id, utcnow(), status, error=str(exc) or type(exc).__name__)
            if status is RunStatus.FAILED:
                notify.notify_run(db, run_id, [], notify_config)
            raise

        # From here on the run finishes whole: a SIGTERM or SIGINT waits until it is written.
        with deferred_signals() as stop:
            summary = _finish(db, run_id, as_of, sources, results, options)
            notify.notify_run(db, run_id, summary.reports, notify_config)
        summary.interrupted = stop.requested
        return summary


def _finish(
    db: Database,
    run_id: int,
    as_of: str,
    sources: list[Source],
    results: list[FetchResult],
    options: RunOptions,
) -> RunSummary:
    """Everything the crawl produced, in one transaction; then the run's reports."""
    by_id = {s.id: s for s in sources}
    with transaction(db):
        new = store.record_results(db, run_id, results)
        counts = runs.Counts.of(results, {s.source_id for s in new})
        findings.classify_snapshots(db, run_id, new, by_id)
        wording.record(db, run_id, new)
        transitions = legality.update(db, run_id, as_of)
        n_changes = changes.record(db, run_id, transitions, as_of, utcnow())
        runs.finish(db, run_id, utcnow(), counts.status, counts, n_changes)
    summary = RunSummary(run_id, counts.status, counts, n_changes, as_of, runs.digest(db, run_id))
    if options.reports_dir is not None:
        summary.reports = report.write(db, run_id, options.reports_dir)
    return summary


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
