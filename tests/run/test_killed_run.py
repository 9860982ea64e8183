"""A run killed mid-crawl keeps what it fetched, and the next run builds on it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.pages import board_page, registry
from tests.run.test_pipeline import run_args, scopewatch
from tests.site import Route, TestSite

PERMIT = "The Board has determined that dry needling is within the scope of practice of physical therapy."
PROHIBIT = "Dry needling is not within the scope of practice of physical therapy."


def test_a_killed_runs_snapshots_are_kept_and_reused(site: TestSite, tmp_path: Path) -> None:
    site.routes["/a"] = Route(board_page("Board A", "Dry needling", PERMIT), etag='"a1"')
    site.routes["/b"] = Route(board_page("Board B", "Dry needling", PROHIBIT), etag='"b1"')
    site.routes["/c"] = Route(
        board_page("Board C", "FAQ", PERMIT), last_modified="Wed, 01 Jan 2025 00:00:00 GMT"
    )
    site.routes["/slow"] = Route(board_page("Board D", "Dry needling", PERMIT), etag='"d1"', delay=60)
    reg = registry(
        tmp_path / "sources.toml",
        site,
        [
            ("aa-board", "VT", "board_position", "/a", "main"),
            ("bb-board", "NH", "board_position", "/b", "main"),
            ("cc-faq", "ME", "faq", "/c", ""),
            ("dd-board", "MA", "board_position", "/slow", "main"),
        ],
    )
    db = tmp_path / "sw.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "tracker", *run_args(reg, tmp_path), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    # the three fast pages are committed while the slow one still hangs: then kill the run
    deadline = time.monotonic() + 60
    kept = 0
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    kept = conn.execute("select count(*) from snapshots").fetchone()[0]
            except sqlite3.OperationalError:  # tables not created yet
                kept = 0
            if kept == 3:
                break
        time.sleep(0.2)
    assert proc.poll() is None, proc.communicate()
    assert kept == 3, "the fast pages were not written while the crawl went on"
    assert site.hits["/slow"] == 1
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)

    conn = sqlite3.connect(db)
    assert conn.execute("select status from runs").fetchall() == [("running",)]
    stored = dict(conn.execute("select source_id, run_id from snapshots"))
    assert stored == {"aa-board": 1, "bb-board": 1, "cc-faq": 1}
    checks = dict(conn.execute("select source_id, outcome from checks where run_id = 1"))
    assert checks == dict.fromkeys(["aa-board", "bb-board", "cc-faq"], "fetched")
    conn.close()

    site.routes["/slow"] = Route(board_page("Board D", "Dry needling", PERMIT), etag='"d1"')
    after = scopewatch(*run_args(reg, tmp_path), db=db)
    assert after.returncode == 0, after.stderr
    assert "4 sources, 1 fetched, 3 not modified, 0 failed" in after.stdout

    # the next run asked conditionally for what the killed run fetched, and got 304s
    assert site.headers["/a"]["If-None-Match"] == '"a1"'
    assert site.headers["/b"]["If-None-Match"] == '"b1"'
    assert site.headers["/c"]["If-Modified-Since"] == "Wed, 01 Jan 2025 00:00:00 GMT"
    assert site.headers["/slow"].get("If-None-Match") is None
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("select status from runs order by id")] == ["aborted", "ok"]
    assert dict(conn.execute("select source_id, outcome from checks where run_id = 2")) == {
        "aa-board": "not_modified",
        "bb-board": "not_modified",
        "cc-faq": "not_modified",
        "dd-board": "fetched",
    }
    # no page stored twice, and every kept snapshot was read (by the run that stored it,
    # or by the next one if it was killed first) into exactly one finding
    assert conn.execute("select count(*) from snapshots").fetchone()[0] == 4
    per_snapshot = conn.execute(
        "select s.source_id, count(f.id) from snapshots s left join findings f on f.snapshot_id = s.id "
        "group by s.id order by s.source_id"
    ).fetchall()
    assert per_snapshot == [("aa-board", 1), ("bb-board", 1), ("cc-faq", 1), ("dd-board", 1)]
    legality = dict(conn.execute("select jurisdiction, source_status from legality"))
    assert legality["VT"] == "permitted" and legality["NH"] == "prohibited"
    assert set(legality) == {"VT", "NH", "ME", "MA"}
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
