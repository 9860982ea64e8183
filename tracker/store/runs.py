"""The ``runs`` table: one row per run, opened before the crawl and closed in its last commit."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from tracker.errors import UsageError
from tracker.models import ANSWERED_VALUES, FetchOutcome, FetchResult, RunStatus, Trigger
from tracker.store.db import insert
from tracker.store.rows import RunRow, as_rows


@dataclass
class Counts:
    total: int = 0
    fetched: int = 0
    not_modified: int = 0
    failed: int = 0
    failed_ids: list[str] = field(default_factory=list)
    not_published: int = 0  # pages the replayed night had not published yet: neither answered nor failed

    @classmethod
    def of(cls, results: list[FetchResult], changed: set[str]) -> Counts:
        """``fetched`` counts pages whose text changed (``changed`` source ids); a 304 or an
        identical text counts as ``not_modified``; a page the replayed night had not published
        yet as ``not_published``; every other outcome as ``failed``."""
        counts = cls()
        for r in sorted(results, key=lambda r: r.source_id):
            counts.add(r, r.source_id in changed)
        return counts

    def add(self, result: FetchResult, changed: bool) -> None:
        """Count one result as it arrives; ``changed``: it stored a new snapshot."""
        self.total += 1
        if result.outcome is FetchOutcome.FETCHED and changed:
            self.fetched += 1
        elif result.outcome in (FetchOutcome.FETCHED, FetchOutcome.NOT_MODIFIED):
            self.not_modified += 1
        elif result.outcome is FetchOutcome.NOT_PUBLISHED:
            self.not_published += 1
        else:
            self.failed += 1
            self.failed_ids.append(result.source_id)

    @property
    def status(self) -> RunStatus:
        if self.failed and self.failed == self.total - self.not_published:
            return RunStatus.FAILED
        return RunStatus.PARTIAL if self.failed else RunStatus.OK


def abort_stale(db: Database, now: str) -> list[int]:
    """Runs left ``running`` by a killed process become ``aborted`` (call with the run lock held)."""
    stale = [row["id"] for row in db.table("runs").rows_where("status = ?", [RunStatus.RUNNING.value])]
    for run_id in stale:
        db.table("runs").update(
            run_id,
            {
                "status": RunStatus.ABORTED.value,
                "finished_at": now,
                "error": "the run's process died before it finished",
            },
        )
    return stale


def start(db: Database, trigger: Trigger, now: str, as_of: str, replay: str | None) -> int:
    return insert(
        db,
        "runs",
        {
            "started_at": now,
            "trigger": trigger.value,
            "status": RunStatus.RUNNING.value,
            "as_of": as_of,
            "replay": replay,
            "pid": os.getpid(),
            "pages_total": 0,
            "pages_fetched": 0,
            "pages_not_modified": 0,
            "pages_failed": 0,
            "changes": 0,
        },
    )


def finish(
    db: Database,
    run_id: int,
    now: str,
    status: RunStatus,
    counts: Counts | None = None,
    changes: int = 0,
    error: str | None = None,
) -> None:
    values: dict[str, Any] = {"finished_at": now, "status": status.value, "changes": changes, "error": error}
    if counts is not None:
        values.update(
            pages_total=counts.total,
            pages_fetched=counts.fetched,
            pages_not_modified=counts.not_modified,
            pages_failed=counts.failed,
        )
    db.table("runs").update(run_id, values)


def newest_as_of(db: Database) -> str | None:
    """The latest as-of date among runs that recorded findings (``ok`` or ``partial``)."""
    row = db.execute(
        "SELECT max(as_of) FROM runs WHERE status IN (?, ?)",
        [RunStatus.OK.value, RunStatus.PARTIAL.value],
    ).fetchone()
    return str(row[0]) if row and row[0] else None


def get(db: Database, run_id: int | None) -> RunRow:
    """A run by id, or the newest finished one; unknown ids are a UsageError listing valid ones."""
    if run_id is None:
        rows = as_rows(
            RunRow, db.table("runs").rows_where("status != 'running'", order_by="id desc", limit=1)
        )
        if not rows:
            raise UsageError("no finished run in the database yet: run `scopewatch run` first")
        return rows[0]
    rows = as_rows(RunRow, db.table("runs").rows_where("id = ?", [run_id]))
    if not rows:
        ids = [str(r["id"]) for r in db.table("runs").rows_where(order_by="id")]
        valid = ", ".join(ids[-20:]) if ids else "none yet"
        raise UsageError(f"unknown run id {run_id}: valid run ids are {valid}")
    return rows[0]


@dataclass(frozen=True)
class Digest:
    """What a finished run came to, in counts: the one definition of a quiet night, shared by
    the run's summary and its report (:attr:`quiet`), and of a night with nothing new, which
    is when a notification stays silent (:attr:`nothing_new`)."""

    run_id: int
    status: str
    sources_checked: int
    status_changes: int
    needs_review: int
    wording_changes: int
    failed_sources: tuple[str, ...]  # ids of the sources that did not answer, sorted
    started_failing: tuple[str, ...] = ()  # failed now, answered (or new) the run before
    recovered: tuple[str, ...] = ()  # answered now, failed the run before
    first_failed_run: bool = False  # the run failed as a whole, the one before it did not

    @property
    def quiet(self) -> bool:
        """Nothing to read: the run ended ``ok`` (every source answered), no status moved,
        nothing waits for review, and no page's wording changed."""
        return self.status == RunStatus.OK.value and not (
            self.status_changes or self.needs_review or self.wording_changes or self.failed_sources
        )

    @property
    def nothing_new(self) -> bool:
        """Quiet but for what was already known: sources still failing since an earlier run,
        or a run failing again, are not news; a failure starting or ending is."""
        return not (
            self.status_changes
            or self.needs_review
            or self.wording_changes
            or self.started_failing
            or self.recovered
            or (self.status == RunStatus.FAILED.value and self.first_failed_run)
        )


def episodes(db: Database, run_id: int) -> list[dict[str, Any]]:
    """This run's checks (``source_id``, ``outcome``, ``http_status``, ``error``), each with the
    outcome of the same source's check before this run (``previous``, None the first time)."""
    return list(
        db.query(
            """
            select c.source_id, c.outcome, c.http_status, c.error,
              (select p.outcome from checks p where p.source_id = c.source_id and p.run_id < c.run_id
               order by p.run_id desc, p.id desc limit 1) as previous
            from checks c where c.run_id = ? order by c.source_id
            """,
            [run_id],
        )
    )


def digest(db: Database, run_id: int) -> Digest:
    """The :class:`Digest` of ``run_id`` (a UsageError for an unknown run)."""
    run = get(db, run_id)
    marks = ", ".join("?" for _ in ANSWERED_VALUES)
    failed = [
        r["source_id"]
        for r in db.query(
            f"SELECT source_id FROM checks WHERE run_id = ? AND outcome NOT IN ({marks}) ORDER BY source_id",
            [run_id, *ANSWERED_VALUES],
        )
    ]

    def count(sql: str) -> int:
        return int(next(iter(db.query(sql, [run_id])))["n"])

    answered = set(ANSWERED_VALUES)
    started, recovered = [], []
    for check in episodes(db, run_id):
        before = check["previous"]
        if check["outcome"] not in answered and (before is None or before in answered):
            started.append(check["source_id"])
        elif check["outcome"] in answered and before is not None and before not in answered:
            recovered.append(check["source_id"])
    previous = next(
        iter(
            db.query(
                "SELECT status FROM runs WHERE id < ? AND status != 'running' ORDER BY id DESC LIMIT 1",
                [run_id],
            )
        ),
        None,
    )
    return Digest(
        run_id=run_id,
        status=run["status"],
        sources_checked=count("SELECT count(*) AS n FROM checks WHERE run_id = ?"),
        status_changes=count("SELECT count(*) AS n FROM changes WHERE run_id = ? AND kind = 'status'"),
        needs_review=count("SELECT count(*) AS n FROM changes WHERE run_id = ? AND kind = 'needs_review'"),
        wording_changes=count("SELECT count(*) AS n FROM wording_changes WHERE run_id = ?"),
        failed_sources=tuple(failed),
        started_failing=tuple(started),
        recovered=tuple(recovered),
        first_failed_run=previous is None or previous["status"] != RunStatus.FAILED.value,
    )
