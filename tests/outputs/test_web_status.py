"""`not_yet_in_effect` rows in the readers' outputs: the web UI's canned queries list them as
not allowed, and `scopewatch status` says why they wait, in words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dbfactory import add_source, set_legality, two_runs
from tests.outputs.test_web import start_server


@pytest.fixture
def waiting(tmp_path: Path) -> Path:
    db = two_runs(tmp_path / "sw.db")
    add_source(db, "or-pt-statute", "OR", "statute", "https://example.test/or/hb.html")
    add_source(db, "vt-pt-statute", "VT", "statute", "https://example.test/vt/law.html")
    set_legality(
        db, "OR", "or-pt-statute", "not_yet_in_effect", "The Board shall adopt rules.", 2, "2024-05-02",
        effective_date=None, enacted_date="2024-03-01", awaiting_rules=1,
    )  # fmt: skip
    set_legality(
        db, "VT", "vt-pt-statute", "not_yet_in_effect", "Takes effect July 1, 2027.", 2, "2024-05-02",
        effective_date="2027-07-01", awaiting_rules=0,
    )  # fmt: skip
    db.close()
    return tmp_path / "sw.db"


def test_canned_queries_list_them_as_not_allowed_with_their_words(waiting: Path) -> None:
    server = start_server(waiting)
    try:
        listed = server.json("/scopewatch/prohibited_states.json?_shape=array")
        article = server.json("/scopewatch/article_list.json?_shape=array")
    finally:
        code, err = server.stop()
    assert code == 0, err
    # published statuses (CO's move to prohibited and WA's to permitted await review)
    assert [(r["jurisdiction"], r["published_status"], r["status_words"]) for r in listed] == [
        ("CA", "prohibited", "prohibited"),
        ("NY", "prohibited", "prohibited"),
        ("OR", "not_yet_in_effect", "authorised, awaiting rules"),
        ("VT", "not_yet_in_effect", "in force from 2027-07-01"),
        ("WA", "prohibited", "prohibited"),
    ]
    assert [r["state_name"] for r in article] == [
        "California", "New York", "Oregon", "Vermont", "Washington", "Colorado",
    ]  # fmt: skip


def status(*args: str, db: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "status", *args, "--db", str(db)],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "COLUMNS": "200"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_status_says_why_they_wait(waiting: Path) -> None:
    story = status("OR", db=waiting)
    assert "Oregon (OR), physical_therapist: not_yet_in_effect (authorised, awaiting rules)" in story
    assert "enacted:      2024-03-01" in story
    rows = {r["jurisdiction"]: r for r in json.loads(status("--json", db=waiting))}
    assert (rows["VT"]["status_words"], rows["VT"]["awaiting_rules"]) == ("in force from 2027-07-01", False)
    assert rows["CA"]["status_words"] == "prohibited"
    table = " ".join(status("--format", "table", db=waiting).split())
    assert "not_yet_in_effect (in force from 2027-07-01)" in table
