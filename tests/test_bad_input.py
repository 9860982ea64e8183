"""Bad user input gets exit 2 and a message saying what is valid; never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import scopewatch
from tracker.store.db import open_db


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "sw.db"
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
    return path


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["status", "XX"], "unknown state 'XX': use a USPS code or name, one of AL, AK"),
        (["status", "--profession", "dentist"], "'dentist' is not one of 'physical_therapist'"),
        (
            ["review", "override", "WA", "--status", "legal", "--note", "x"],
            "'legal' is not one of 'permitted'",
        ),
        (["changes", "--since", "yesterday"], "'yesterday' does not match the format '%Y-%m-%d'"),
        (["report", "--run", "99"], "unknown run id 99: valid run ids are 1"),
        (["review", "accept", "7"], "unknown change id 7: pending ids are none pending"),
        (["export", "everything"], "'everything' is not one of 'legality'"),
    ],
)
def test_unknown_values_exit_2_listing_valid_ones(db: Path, args: list[str], needle: str) -> None:
    result = scopewatch(*args, "--db", str(db))
    assert result.returncode == 2, result.stdout + result.stderr
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 100)
    result = scopewatch("status", "--db", str(bad))
    assert result.returncode == 2
    assert f"Error: {bad} is corrupt or not an SQLite database" in result.stderr
    assert "Traceback" not in result.stderr
    assert bad.read_text().startswith("these are my notes")  # untouched


def test_a_database_from_a_newer_schema(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("insert into migrations (name, applied_at) values ('9999_future', '2030-01-01')")
    conn.commit()
    result = scopewatch("status", "--db", str(db))
    assert result.returncode == 2
    assert "written by a newer scopewatch (migration 9999_future); upgrade scopewatch" in result.stderr


def test_a_missing_database_is_not_created_by_readers(tmp_path: Path) -> None:
    result = scopewatch("status", "--db", str(tmp_path / "typo.db"))
    assert result.returncode == 2
    assert "no database at" in result.stderr
    assert not (tmp_path / "typo.db").exists()


def test_a_malformed_article(db: Path, tmp_path: Path) -> None:
    binary = tmp_path / "article.txt"
    binary.write_bytes(b"\xff\xfe\x00\x00garbage\x00" * 50)
    result = scopewatch("article", str(binary), "--db", str(db))
    assert result.returncode in (1, 2) and result.stderr.startswith("Error: ")
    assert "Traceback" not in result.stderr
    no_sentence = tmp_path / "other.txt"
    no_sentence.write_text("An article about something else entirely.\n")
    result = scopewatch("article", str(no_sentence), "--db", str(db))
    assert result.returncode == 1
    assert "Error: " in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["run", "--timeout", "-1"], "'-1' must be a finite number of seconds, above 0"),
        (["run", "--timeout", "0"], "must be a finite number of seconds, above 0"),
        (["run", "--timeout", "nan"], "'nan' must be a finite number of seconds"),
        (["run", "--timeout", "inf"], "'inf' must be a finite number of seconds"),
        (["run", "--delay", "-5"], "'-5' must be a finite number of seconds, 0 or more"),
        (["run", "--timeout", "soon"], "'soon' is not a number of seconds"),
        (["serve", "--port", "99999"], "99999 is not in the range 1<=x<=65535"),
        (["serve", "--port", "0"], "0 is not in the range 1<=x<=65535"),
        (["schedule", "--next", "100000000"], "100000000 is not in the range 1<=x<=1000"),
        (["sources", "check", "--stale-days", "-3"], "-3 is not in the range x>=1"),
        (["report", "--run", "99999999999999999999999"], "is not in the range 1<=x<="),
        (["run", "--sources", "/dev/zero"], "registry /dev/zero is not a regular file"),
    ],
)
def test_bad_options_exit_2_with_a_sentence(tmp_path: Path, args: list[str], needle: str) -> None:
    result = scopewatch(*args, "--db", str(tmp_path / "sw.db"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_a_fifo_registry_is_refused_without_blocking(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "sources.toml"
    os.mkfifo(fifo)
    result = scopewatch("run", "--sources", str(fifo), "--db", str(tmp_path / "sw.db"))
    assert result.returncode == 2
    assert "is not a regular file (a device, FIFO or socket)" in result.stderr


def test_a_locked_database_is_a_sentence(db: Path) -> None:
    holder = sqlite3.connect(db)
    holder.execute("begin immediate")  # another writer (readers still read: WAL)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tracker", "review", "override", "WA", "--status", "permitted"]
            + ["--note", "x", "--db", str(db)],
            check=False,
            capture_output=True,
            text=True,
            timeout=120,
            env={**__import__("os").environ, "SCOPEWATCH_BUSY_TIMEOUT": "0.1"},
        )
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1, result.stderr
    assert f"Error: the database {db} stayed locked by another process" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_read_only_database_is_a_sentence(db: Path, tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        # root ignores file modes; a read-only SQLite open is what a read-only file system gives
        ro = f"file:{db}?mode=ro"
        conn = sqlite3.connect(ro, uri=True)
        with pytest.raises(sqlite3.OperationalError) as info:
            conn.execute("insert into runs (status) values ('ok')")
        from tracker.errors import describe_sqlite_error

        message = str(describe_sqlite_error(info.value, db))
        assert message.startswith(f"cannot write the database {db}: the file or its folder is read-only")
        return
    db.chmod(0o444)
    result = scopewatch("review", "override", "WA", "--status", "permitted", "--note", "x", "--db", str(db))
    assert result.returncode == 2
    assert "read-only" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("what", ["report", "export"])
def test_an_unwritable_output_is_a_sentence(db: Path, what: str) -> None:
    args = (
        ["report", "--out", "/proc/scopewatch-reports"]
        if what == "report"
        else ["export", "legality", "--out", "/proc/scopewatch/legality.csv"]
    )
    result = scopewatch(*args, "--db", str(db))
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("Error: ") and "Traceback" not in result.stderr
