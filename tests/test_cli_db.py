"""`--db` anywhere on the command line wins over SCOPEWATCH_DB; the env var is only the default."""

from __future__ import annotations

from pathlib import Path

from tests.cli import scopewatch
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
    result = scopewatch(
        "--db", str(chosen), "report", "--run", "1", "--out", str(tmp_path / "r"),
        env={"SCOPEWATCH_DB": str(other)},
    )  # fmt: skip
    # Run 1 exists only in chosen.db; other.db does not exist at all.
    assert result.returncode == 0, result.stderr
    assert str(other) not in result.stderr
    assert (tmp_path / "r" / "2026-11-28-run1" / "change-report.json").exists()


def test_command_db_option_beats_env_var(tmp_path: Path) -> None:
    chosen = _db_with_run(tmp_path / "chosen.db")
    result = scopewatch("status", "--json", db=chosen, env={"SCOPEWATCH_DB": str(tmp_path / "other.db")})
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "other.db").exists()


def test_env_var_is_the_default(tmp_path: Path) -> None:
    chosen = _db_with_run(tmp_path / "chosen.db")
    missing = scopewatch(
        "status", "--json", env={"SCOPEWATCH_DB": str(tmp_path / "missing.db")}, cwd=tmp_path
    )
    assert missing.returncode == 2 and "missing.db" in missing.stderr
    ok = scopewatch("status", "--json", env={"SCOPEWATCH_DB": str(chosen)}, cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
