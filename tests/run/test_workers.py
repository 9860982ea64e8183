"""The worker processes that read pages during a run: same text, same findings as reading
in the crawling process, in another process; a run whose pages all go to a worker."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.pages import board_page
from tests.run.test_pipeline import four_sources, run_args, scopewatch  # noqa: F401 - fixture
from tests.site import TestSite
from tracker.analysis import findings
from tracker.fetch.extract import extract_page
from tracker.models import Authority, Profession, Source
from tracker.run.workers import Workers

PAGE = board_page(
    "Board of Physical Therapy",
    "Dry needling",
    "Dry needling is within the scope of practice of a physical therapist"
    " who completed 50 hours of training.",
).encode()
SOURCE = Source(
    id="vt-board",
    jurisdiction="VT",
    profession=Profession.PHYSICAL_THERAPIST,
    authority=Authority.BOARD_POSITION,
    board="VT Board of Physical Therapy",
    url="http://127.0.0.1/board",
    selector="main",
)


def test_a_worker_reads_as_this_process_does() -> None:
    workers = Workers(1, read_here=1)
    try:
        here = workers.submit(os.getpid).result(timeout=60)
        assert here == os.getpid() and not workers.started  # the first call ran here
        there = workers.submit(os.getpid).result(timeout=60)
        assert workers.started and there != os.getpid()  # then in a worker process
        text = workers.submit(extract_page, PAGE, "text/html", SOURCE.url, "main", None).result(timeout=60)
        assert text == extract_page(PAGE, "text/html", SOURCE.url, "main", None)
        assert "50 hours of training" in text
        row = workers.submit(findings.reading, text, SOURCE).result(timeout=60)
        assert row == findings.reading(text, SOURCE)
        assert row["status"] == "permitted"
    finally:
        workers.shutdown()


def test_no_workers_reads_everything_here() -> None:
    workers = Workers(0, read_here=0)
    assert workers.submit(os.getpid).result() == os.getpid()
    assert not workers.started


def test_a_run_with_every_page_read_by_a_worker_stores_the_same(
    site: TestSite,
    tmp_path: Path,
    four_sources: Path,  # noqa: F811 - the fixture
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    here_db, there_db = tmp_path / "here.db", tmp_path / "there.db"
    assert scopewatch(*run_args(four_sources, tmp_path), db=here_db).returncode == 0
    monkeypatch.setenv("SCOPEWATCH_READ_HERE_FIRST", "0")
    there = scopewatch(*run_args(four_sources, tmp_path), db=there_db)
    assert there.returncode == 0, there.stderr
    assert "4 sources, 4 fetched, 0 not modified, 0 failed" in there.stdout

    def stored(db: Path) -> list[tuple[str, ...]]:
        with sqlite3.connect(db) as conn:
            return conn.execute(
                "select s.source_id, s.sha256, f.status, f.evidence from snapshots s "
                "join findings f on f.snapshot_id = s.id order by s.source_id"
            ).fetchall()

    assert stored(there_db) == stored(here_db)
    assert len(stored(there_db)) == 4
