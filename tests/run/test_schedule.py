"""The scheduler: fire times, and a real daemon process firing real runs against a loopback site.

The daemon tests start the real daemon with an interval trigger (``tests/run/interval_daemon.py``,
every N seconds) because cron cannot fire more often than once a minute.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.pages import board_page, registry
from tests.site import Route, TestSite
from tracker.cli import cli
from tracker.errors import UsageError
from tracker.outputs import notify
from tracker.run.schedule import cron_weekdays, describe, next_fire_times
from tracker.store.lock import run_lock

UTC = dt.UTC
ROOT = Path(__file__).resolve().parents[2]
IN_SCOPE = "The board has determined that dry needling is within the scope of practice of physical therapy."
TOKEN = "T0KEN-zz9"
OUT_OF_SCOPE = "Dry needling is not within the scope of practice of physical therapy."


# --- fire times --------------------------------------------------------------------------


def test_next_fire_times_nightly_utc() -> None:
    now = dt.datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    assert next_fire_times("30 2 * * *", "UTC", 3, now=now) == [
        dt.datetime(2024, 5, d, 2, 30, tzinfo=UTC) for d in (2, 3, 4)
    ]
    times = next_fire_times("30 2 * * *", "UTC", 3)  # from the real clock
    assert all((t.hour, t.minute, t.utcoffset()) == (2, 30, dt.timedelta(0)) for t in times)
    assert [b - a for a, b in itertools.pairwise(times)] == [dt.timedelta(days=1)] * 2
    assert times[0] > dt.datetime.now(UTC)


def test_next_fire_times_in_a_timezone_across_dst() -> None:
    now = dt.datetime(2024, 3, 9, 12, 0, tzinfo=UTC)  # US DST starts on 2024-03-10
    times = next_fire_times("30 2 * * *", "America/Chicago", 3, now=now)
    # 02:30 does not exist on 2024-03-10 in Chicago: that night fires an hour later, 03:30 CDT
    assert [t.astimezone(UTC).strftime("%m-%d %H:%M") for t in times] == [
        "03-10 08:30",
        "03-11 07:30",
        "03-12 07:30",
    ]


@pytest.mark.parametrize(
    ("cron", "tz", "message"),
    [
        ("61 2 * * *", "UTC", "bad cron expression '61 2 * * *'"),
        ("30 2 * *", "UTC", "got 4, expected 5"),
        ("0 4 * * 8", "UTC", "bad day of week '8'"),
        ("0 4 * * 5-1", "UTC", "bad range '5-1'"),
        ("every night", "UTC", "bad cron expression"),
        ("30 2 * * *", "Mars/Olympus_Mons", "unknown timezone 'Mars/Olympus_Mons'"),
    ],
)
def test_bad_cron_or_timezone(cron: str, tz: str, message: str) -> None:
    with pytest.raises(UsageError) as info:
        next_fire_times(cron, tz, 3)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("field", "days"),
    [
        ("1", "mon"),
        ("0", "sun"),
        ("7", "sun"),
        ("1-5", "mon,tue,wed,thu,fri"),
        ("*/2", "sun,tue,thu,sat"),
        ("5-7", "sun,fri,sat"),
        ("sat,SUN", "sun,sat"),
        ("mon-wed", "mon,tue,wed"),
        ("1/3", "mon,thu"),
        ("*", "*"),
    ],
)
def test_weekdays_count_from_sunday_like_cron(field: str, days: str) -> None:
    assert cron_weekdays(field) == days


def test_cli_next() -> None:
    result = CliRunner().invoke(cli, ["schedule", "--next", "3", "--cron", "0 4 * * 1"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) == 3
    times = [dt.datetime.fromisoformat(line) for line in lines]
    assert all(
        t.weekday() == 0 and (t.hour, t.minute) == (4, 0) and t.utcoffset() == dt.timedelta(0) for t in times
    )
    assert [b - a for a, b in itertools.pairwise(times)] == [dt.timedelta(days=7)] * 2
    assert lines[0].endswith("T04:00:00+00:00")

    bad = CliRunner().invoke(cli, ["schedule", "--next", "2", "--cron", "0 25 * * *"])
    assert bad.exit_code == 2
    assert "Error: bad cron expression '0 25 * * *'" in bad.output


def test_daemon_refuses_bad_settings_before_starting(tmp_path: Path) -> None:
    args = ["schedule", "--db", str(tmp_path / "sw.db"), "--log-dir", str(tmp_path / "logs")]
    missing = CliRunner().invoke(cli, [*args, "--sources", str(tmp_path / "nope.toml")])
    assert missing.exit_code == 2
    assert f"Error: registry {tmp_path / 'nope.toml'} not found" in missing.output

    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[source]]\nid = "x"\njurisdiction = "CO"\nprofession = "physical_therapist"\n'
        'authority = "rule"\nboard = "B"\nurl = "https://example.test/x"\n'
    )
    config = tmp_path / "notify.toml"
    config.write_text('[email]\nhost = "mail.example.test"\nport = "25"\n')
    bad = CliRunner().invoke(cli, [*args, "--sources", str(sources), "--notify-config", str(config)])
    assert bad.exit_code == 2
    assert "key 'email.port' must be an integer" in bad.output
    assert not (tmp_path / "sw.db").exists()


def test_describe_outcomes() -> None:
    assert describe(0, "run 3 ok: 2 sources\n", "").line == "run 3 ok: 2 sources"
    busy = describe(1, "", "Error: another run (pid 42) is in progress on data/x.db; wait\n")
    assert busy.skipped and "pid 42" in busy.line
    assert (
        describe(2, "", "noise\nError: registry x not found: pass --sources PATH\n").line
        == "Error: registry x not found: pass --sources PATH"
    )
    assert describe(-9, "", "").line == "killed by SIGKILL"


# --- a real daemon -----------------------------------------------------------------------


class DaemonProc:
    def __init__(self, tmp_path: Path, sources: Path, every: float, env: dict[str, str]) -> None:
        self.db = tmp_path / "sw.db"
        self.log_dir = tmp_path / "logs"
        self.stdout_path = tmp_path / "daemon.out"
        env = {
            **{k: v for k, v in os.environ.items() if k not in notify.ENV and k != "SCOPEWATCH_DB"},
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
            **env,
        }
        self._out = self.stdout_path.open("w")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.run.interval_daemon",
                str(every),
                str(self.db),
                str(sources),
                str(tmp_path / "reports"),
                str(self.log_dir),
            ],
            cwd=tmp_path,
            env=env,
            stdout=self._out,
            stderr=subprocess.STDOUT,
        )

    def runs(self) -> list[dict[str, Any]]:
        if not self.db.exists():
            return []
        conn = sqlite3.connect(self.db, timeout=10)
        conn.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in conn.execute("select * from runs order by id")]
        except sqlite3.OperationalError:  # not migrated yet
            return []
        finally:
            conn.close()

    def log(self) -> str:
        path = self.log_dir / "scopewatch.log"
        return path.read_text() if path.exists() else ""

    def wait_for(self, what: Callable[[], bool], timeout: float, label: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if what():
                return
            assert self.proc.poll() is None, f"daemon exited early:\n{self.stdout_path.read_text()}"
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {label}; log:\n{self.log()}")

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=30)
        finally:
            self._out.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._out.close()


@pytest.fixture
def start_daemon(tmp_path: Path) -> Iterator[Callable[..., DaemonProc]]:
    started: list[DaemonProc] = []

    def start(sources: Path, every: float, **env: str) -> DaemonProc:
        daemon = DaemonProc(tmp_path, sources, every, env)
        started.append(daemon)
        return daemon

    yield start
    for daemon in started:
        daemon.kill()


def _sources(tmp_path: Path, site: TestSite, gone: bool = False) -> Path:
    site.routes["/co"] = Route(board_page("Board of Physical Therapy", "Dry needling", IN_SCOPE))
    site.routes["/wa"] = Route(board_page("Board of Physical Therapy", "Dry needling", OUT_OF_SCOPE))
    entries = [
        ("co-pt-board", "CO", "board_position", "/co", "main"),
        ("wa-pt-board", "WA", "board_position", "/wa", "main"),
    ]
    if gone:
        entries.append(("gone-pt-board", "OR", "board_position", "/gone", "main"))  # 404
    return registry(tmp_path / "sources.toml", site, entries)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_daemon_fires_runs_skips_a_locked_night_and_stops_on_sigterm(
    tmp_path: Path, site: TestSite, start_daemon: Callable[..., DaemonProc]
) -> None:
    sources = _sources(tmp_path, site, gone=True)
    db = tmp_path / "sw.db"
    # the gone page makes every night partial, so each run tries to notify a dead webhook
    hook = f"http://127.0.0.1:{_closed_port()}/services/{TOKEN}?token={TOKEN}"
    with run_lock(db):  # someone else's run holds the lock: the first fires must skip
        daemon = start_daemon(sources, 2, SCOPEWATCH_WEBHOOK_URL=hook)
        daemon.wait_for(lambda: "skipped: another run is in progress" in daemon.log(), 20, "a skipped fire")
    daemon.wait_for(lambda: daemon.log().count("run finished (exit status 0") >= 2, 40, "two scheduled runs")

    assert daemon.stop() == 0
    runs = daemon.runs()
    assert len([r for r in runs if r["status"] == "partial"]) >= 2
    assert not [r for r in runs if r["status"] == "running"]
    assert {r["trigger"] for r in runs} == {"schedule"}

    log = daemon.log()
    assert f"another run (pid {os.getpid()}) is in progress" in log
    assert "next run at " in log
    assert "run finished (exit status 0, " in log
    assert "run 1 partial: 3 sources, 2 fetched, 0 not modified, 1 failed (gone-pt-board)" in log
    assert "run 2 partial: 3 sources" in log
    assert "run: WARNING tracker.outputs.outbox: notification of run 1 via " in log
    assert "(127.0.0.1) failed" in log and TOKEN not in log
    assert "SIGTERM received: stopping" in log and log.rstrip().endswith("scheduler stopped")
    assert "run 1 partial" in daemon.stdout_path.read_text()  # stdout gets the same lines


def test_slow_runs_never_overlap_and_sigterm_aborts_the_run_in_progress(
    tmp_path: Path, site: TestSite, start_daemon: Callable[..., DaemonProc]
) -> None:
    sources = _sources(tmp_path, site)
    site.routes["/wa"].delay = 3.0  # type: ignore[union-attr]  # each run outlasts the 1 s interval
    daemon = start_daemon(sources, 1)
    daemon.wait_for(lambda: daemon.log().count("run finished (exit status 0") >= 2, 45, "two slow runs")
    daemon.wait_for(
        lambda: any(r["status"] == "running" for r in daemon.runs()), 20, "a third run in progress"
    )

    assert daemon.stop() == 0
    runs = daemon.runs()
    assert not [r for r in runs if r["status"] == "running"]
    assert runs[-1]["status"] == "aborted" and runs[-1]["error"] == "stopped by SIGTERM"
    for before, after in itertools.pairwise(runs):
        assert after["started_at"] >= before["finished_at"], (before, after)

    log = daemon.log()
    assert "skipped: another run is in progress (fire at " in log
    assert "a run is in progress (pid " in log and "sending SIGTERM" in log
    assert "run stopped (exit status 1" in log
