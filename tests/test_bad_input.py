"""Bad user input gets exit 2 and a message saying what is valid; never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.store.db import open_db


def scopewatch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args], check=False, capture_output=True, text=True, timeout=60
    )


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
    assert f"Error: {bad} is not a scopewatch SQLite database" in result.stderr
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
