"""`--db` anywhere on the command line wins over SCOPEWATCH_DB; the env var is only the default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tracker.store.db import open_db


def _db_with_run(path: Path) -> Path:
    database = open_db(path)
    database["runs"].insert(
        {
            "id": 1,
            "status": "ok",
            "as_of": "2026-11-28",
            "trigger": "manual",
            "started_at": "2026-11-28T02:30:00Z",
            "finished_at": "2026-11-28T02:31:00Z",
        }
    )
    database.conn.commit()
    database.conn.close()
    return path


def test_root_db_option_beats_env_var(tmp_path: Path) -> None:
    chosen = _db_with_run(tmp_path / "chosen.db")
    other = tmp_path / "other.db"
    env = {**os.environ, "SCOPEWATCH_DB": str(other)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tracker",
            "--db",
            str(chosen),
            "report",
            "--run",
            "1",
            "--out",
            str(tmp_path / "r"),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    # Run 1 exists only in chosen.db; other.db does not exist at all.
    assert result.returncode == 0, result.stderr
    assert str(other) not in result.stderr
    assert (tmp_path / "r" / "2026-11-28-run1" / "change-report.json").exists()


def test_command_db_option_beats_env_var(tmp_path: Path) -> None:
    chosen = _db_with_run(tmp_path / "chosen.db")
    env = {**os.environ, "SCOPEWATCH_DB": str(tmp_path / "other.db")}
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "status", "--json", "--db", str(chosen)],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "other.db").exists()


def test_env_var_is_the_default(tmp_path: Path) -> None:
    chosen = _db_with_run(tmp_path / "chosen.db")
    env = {**os.environ, "SCOPEWATCH_DB": str(tmp_path / "missing.db")}
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "status", "--json"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 2 and "missing.db" in result.stderr
    env["SCOPEWATCH_DB"] = str(chosen)
    ok = subprocess.run(
        [sys.executable, "-m", "tracker", "status", "--json"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert ok.returncode == 0, ok.stderr
