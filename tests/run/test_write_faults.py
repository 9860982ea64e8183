"""Faults while a run writes: a database locked by another process, a disk that fills up.
Either way the run ends ``failed`` with the true reason, announced, and the next run works."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.pages import board_page, registry
from tests.site import Route, TestSite
from tracker.errors import DatabaseBusy
from tracker.fetch.options import CrawlOptions
from tracker.run.pipeline import RunOptions
from tracker.run.pipeline import run as run_pipeline

IN_SCOPE = "The Board has determined that dry needling is within the scope of practice of physical therapy."


class LockHolder(logging.Handler):
    """Another writer: takes the write lock when the run starts its final write, and lets go
    only once the run has given up on it (so the lock "does not clear" for the run's retries)."""

    def __init__(self, db: Path) -> None:
        super().__init__(level=logging.DEBUG)
        self.conn = sqlite3.connect(db, isolation_level=None)
        self.held = False
        self.retries: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("writing run") and not self.held and "attempt 1)" in message:
            self.conn.execute("BEGIN IMMEDIATE")
            self.held = True
        elif "is locked by another process; writing run" in message:
            self.retries.append(message)
        elif self.held and record.levelno >= logging.ERROR and "failed:" in message:
            self.conn.execute("ROLLBACK")
            self.held = False


def test_a_lock_that_does_not_clear_fails_the_run_with_the_reason(
    site: TestSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCOPEWATCH_BUSY_TIMEOUT", "0.05")
    site.routes["/co"] = Route(board_page("Board", "Dry needling", IN_SCOPE))
    sources = registry(
        tmp_path / "sources.toml", site, [("co-pt-board", "CO", "board_position", "/co", "main")]
    )
    db = tmp_path / "sw.db"
    options = RunOptions(
        db_path=db, sources_path=sources, reports_dir=tmp_path / "reports", crawl=CrawlOptions(delay=0)
    )
    run_pipeline(options)  # creates the database
    holder = LockHolder(db)
    logger = logging.getLogger("tracker")
    logger.addHandler(holder)
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        with pytest.raises(DatabaseBusy, match=f"the database {db} stayed locked by another process"):
            run_pipeline(options)
    finally:
        logger.removeHandler(holder)
        logger.setLevel(old_level)
    assert len(holder.retries) == 3  # bounded: four attempts in all
    conn = sqlite3.connect(db)
    status, error = conn.execute("select status, error from runs order by id desc limit 1").fetchone()
    assert status == "failed"
    assert "could not be written (tried 4 times)" in error and "stayed locked" in error
    # the next run, the lock gone, records the night whole
    summary = run_pipeline(options)
    assert summary.status.value == "ok"
    assert conn.execute("select count(*) from runs where status = 'running'").fetchone()[0] == 0


FULL_DISK = """
import resource, signal, sys
from pathlib import Path
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) like a full disk
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from tracker.fetch.options import CrawlOptions
from tracker.run.pipeline import RunOptions, run
from tracker.errors import ScopewatchError
try:
    run(RunOptions(db_path=Path(sys.argv[2]), sources_path=Path(sys.argv[3]), reports_dir=None,
                   crawl=CrawlOptions(delay=0)))
except ScopewatchError as exc:
    print("Error:", exc)
    sys.exit(exc.exit_code)
"""


def test_a_full_disk_fails_the_run_with_the_reason(site: TestSite, tmp_path: Path) -> None:
    small = board_page("Board", "Dry needling", IN_SCOPE)
    site.routes["/co"] = Route(small)
    sources = registry(
        tmp_path / "sources.toml", site, [("co-pt-board", "CO", "board_position", "/co", "main")]
    )
    db = tmp_path / "sw.db"
    script = tmp_path / "full.py"
    script.write_text(textwrap.dedent(FULL_DISK))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    def run(limit: int) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(script), str(limit), str(db), str(sources)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )

    first = run(50 * 1024 * 1024)
    assert first.returncode == 0, first.stderr
    # tonight's page is 3 MB of text: no room for it under a 2 MB file-size limit
    site.routes["/co"] = Route(
        board_page("Board", "Dry needling", IN_SCOPE, *[f"Paragraph {i} " * 300 for i in range(1000)])
    )
    second = run(2 * 1024 * 1024)
    assert second.returncode in (1, 2), second.stdout + second.stderr
    assert "Traceback" not in second.stderr
    conn = sqlite3.connect(db)
    status, error = conn.execute("select status, error from runs order by id desc limit 1").fetchone()
    assert status == "failed", (status, error, second.stdout, second.stderr)
    assert "could not be written" in error and ("full" in error or "disk" in error)
