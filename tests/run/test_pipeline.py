"""`scopewatch run` end to end: a real crawl of a loopback site into a real SQLite file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli import scopewatch
from tests.pages import board_page, registry
from tests.site import Route, TestSite, make_pdf
from tracker.store.lock import run_lock

PERMIT = "The Board has determined that dry needling is within the scope of practice of physical therapy."


def run_args(reg: Path, tmp_path: Path) -> list[str]:
    return [
        "run",
        "--sources",
        str(reg),
        "--reports",
        str(tmp_path / "reports"),
        "--delay",
        "0",
        "--timeout",
        "5",
    ]


@pytest.fixture
def four_sources(site: TestSite, tmp_path: Path) -> Path:
    site.routes["/board"] = Route(
        board_page("Board of Physical Therapy", "Dry needling", PERMIT), etag='"b1"'
    )
    site.routes["/rule.pdf"] = Route(
        make_pdf(
            "Rule 11. Dry needling.",
            "A physical therapist may perform dry needling after 46 hours of training.",
        ),
        "application/pdf",
        last_modified="Wed, 01 Jan 2025 00:00:00 GMT",
    )
    site.routes["/cp1252"] = Route(
        board_page(
            "Board", "Café rules", "Physical therapists’ scope includes dry needling.", charset="windows-1252"
        ).encode("cp1252"),
        "text/html",
        etag='"w1"',
    )
    site.routes["/faq"] = Route(
        board_page("Board", "FAQ", "The board has not taken a position on dry needling."),
        last_modified="Wed, 01 Jan 2025 00:00:00 GMT",
    )
    return registry(
        tmp_path / "sources.toml",
        site,
        [
            ("aa-board", "VT", "board_position", "/board", "main"),
            ("aa-rule", "VT", "rule", "/rule.pdf", ""),
            ("bb-1252", "NH", "board_position", "/cp1252", "main"),
            ("bb-faq", "NH", "faq", "/faq", ""),
        ],
    )


def test_run_stores_a_snapshot_per_source_then_not_modified(
    site: TestSite, tmp_path: Path, four_sources: Path
) -> None:
    db = tmp_path / "sw.db"
    first = scopewatch(*run_args(four_sources, tmp_path), db=db)
    assert first.returncode == 0, first.stderr
    assert "4 sources, 4 fetched, 0 not modified, 0 failed" in first.stdout

    conn = sqlite3.connect(db)
    texts = dict(conn.execute("select source_id, text from snapshots"))
    assert set(texts) == {"aa-board", "aa-rule", "bb-1252", "bb-faq"}
    assert PERMIT in texts["aa-board"]
    assert "Dry Needling FAQ" not in texts["aa-board"] and "Related news" not in texts["aa-board"]
    assert "is not within the scope" not in texts["aa-board"]  # the <script> is not text
    assert "46 hours of training" in texts["aa-rule"]  # PDF text extracted
    assert "Café rules" in texts["bb-1252"] and "therapists’ scope" in texts["bb-1252"]
    assert "Copyright 2025" not in texts["bb-faq"]  # no selector: footer boilerplate dropped
    assert conn.execute("select count(*) from findings").fetchone()[0] == 4
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"

    second = scopewatch(*run_args(four_sources, tmp_path), db=db)
    assert second.returncode == 0, second.stderr
    assert "4 sources, 0 fetched, 4 not modified, 0 failed" in second.stdout
    assert site.headers["/board"]["If-None-Match"] == '"b1"'
    assert site.headers["/rule.pdf"]["If-Modified-Since"] == "Wed, 01 Jan 2025 00:00:00 GMT"
    assert conn.execute("select count(*) from snapshots").fetchone()[0] == 4
    outcomes = dict(conn.execute("select source_id, outcome from checks where run_id = 2"))
    assert outcomes == dict.fromkeys(["aa-board", "aa-rule", "bb-1252", "bb-faq"], "not_modified")
    assert conn.execute("select count(*) from findings").fetchone()[0] == 4  # nothing re-classified


def test_bad_registry_is_refused_before_any_request(
    site: TestSite, tmp_path: Path, four_sources: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(four_sources.read_text().replace('authority = "faq"', 'authority = "blog"'))
    result = scopewatch(*run_args(bad, tmp_path), db=tmp_path / "sw.db")
    assert result.returncode == 2
    assert "source 'bb-faq': key 'authority': unknown value 'blog'" in result.stderr
    assert sum(site.hits.values()) == 0


def test_a_second_run_while_one_is_active_exits_1(tmp_path: Path, four_sources: Path) -> None:
    db = tmp_path / "sw.db"
    with run_lock(db):
        result = scopewatch(*run_args(four_sources, tmp_path), db=db)
    assert result.returncode == 1
    assert f"another run (pid {os.getpid()}) is in progress" in result.stderr
    # the lock is gone with its holder: the next run goes ahead
    assert scopewatch(*run_args(four_sources, tmp_path), db=db).returncode == 0


def test_sigkill_mid_crawl_leaves_a_sound_database(
    site: TestSite, tmp_path: Path, four_sources: Path
) -> None:
    db = tmp_path / "sw.db"
    assert scopewatch(*run_args(four_sources, tmp_path), db=db).returncode == 0
    site.routes["/board"] = Route(board_page("Board", "Dry needling", PERMIT, "Changed."), delay=20)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tracker", *run_args(four_sources, tmp_path), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while site.hits["/board"] < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert site.hits["/board"] >= 2, "the second crawl never reached the slow page"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)

    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select status from runs order by id").fetchall() == [("ok",), ("running",)]
    conn.close()

    site.routes["/board"] = Route(board_page("Board", "Dry needling", PERMIT), etag='"b1"')
    after = scopewatch(*run_args(four_sources, tmp_path), db=db)
    assert after.returncode == 0, after.stderr
    conn = sqlite3.connect(db)
    assert [r[0] for r in conn.execute("select status from runs order by id")] == ["ok", "aborted", "ok"]
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_stop_signal_during_the_write_phase_waits_for_it() -> None:
    from tracker.run.pipeline import deferred_signals

    written = []
    with deferred_signals() as stop:
        os.kill(os.getpid(), signal.SIGTERM)  # a real signal, held until the block ends
        time.sleep(0.05)
        written.append("all of it")
    assert written == ["all of it"] and stop.requested
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the usual handling is back


def test_classify_prints_the_interface_fields(tmp_path: Path) -> None:
    page = tmp_path / "board.html"
    page.write_text(
        board_page(
            "Board",
            "Dry needling",
            "A physical therapist shall not perform dry needling unless "
            "the therapist has completed twenty-four (24) hours of in-person training, "
            "effective January 1, 2024.",
        )
    )
    pdf = tmp_path / "rule.pdf"
    pdf.write_bytes(make_pdf("Dry needling is not within the scope of practice of physical therapy."))
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "classify", str(page), str(pdf), "--json"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert list(first) == [
        "file",
        "profession",
        "status",
        "conditions",
        "evidence",
        "effective_date",
        "enacted_date",
        "confidence",
    ]
    assert (first["status"], first["effective_date"]) == ("permitted", "2024-01-01")
    assert (
        first["conditions"]["min_training_hours"] == 24 and first["conditions"]["in_person_training"] is True
    )
    assert second["status"] == "prohibited" and second["file"] == str(pdf)


def test_record_then_replay_through_run(site: TestSite, tmp_path: Path, four_sources: Path) -> None:
    mirror_root = tmp_path / "mirror"
    mirror_root.mkdir()
    recorded = scopewatch(
        *run_args(four_sources, tmp_path), "--record", str(mirror_root), db=tmp_path / "live.db"
    )
    assert recorded.returncode == 0, recorded.stderr
    nights = [p for p in mirror_root.iterdir() if p.is_dir()]
    assert len(nights) == 1 and (nights[0] / "manifest.json").is_file()  # data/mirror/YYYY-MM-DD layout
    hits = sum(site.hits.values())
    replayed = scopewatch(
        *run_args(four_sources, tmp_path), "--replay", str(mirror_root), db=tmp_path / "offline.db"
    )
    assert replayed.returncode == 0, replayed.stderr
    assert sum(site.hits.values()) == hits  # not one request
    texts = [
        dict(sqlite3.connect(tmp_path / name).execute("select source_id, text from snapshots"))
        for name in ("live.db", "offline.db")
    ]
    assert texts[0] == texts[1] and len(texts[0]) == 4
