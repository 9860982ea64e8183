from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.dbfactory import PT, add_change, two_runs
from tracker.errors import UsageError
from tracker.store import queries as read


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return two_runs(tmp_path / "sw.db")


def test_legality_rows_are_json_ready(db: Database) -> None:
    rows = read.legality_rows(db, "physical_therapist")
    assert [r["state"] for r in rows] == ["California", "Colorado", "New York", "Texas", "Washington"]
    co = rows[1]
    assert co["conditions"] == {
        "min_training_hours": 50, "min_practice_years": None, "in_person_training": None,
        "registration_required": None, "informed_consent": True, "delegation_prohibited": None,
    }  # fmt: skip
    assert co["conditions_summary"] == "50 h training, written consent"
    assert co["conflicting_sources"] == []
    assert "min_training_hours" not in co
    json.dumps(rows)  # JSON-ready
    assert read.legality_rows(db, "chiropractor") == []
    assert [r["jurisdiction"] for r in read.legality_rows(db, PT, state="new york")] == ["NY"]


def test_unknown_state_and_profession_list_valid_values(db: Database) -> None:
    with pytest.raises(
        UsageError, match="unknown profession 'dentist': use one of physical_therapist, chiropractor"
    ):
        read.legality_rows(db, "dentist")
    with pytest.raises(UsageError, match=r"unknown state 'Atlantis'.*AL, AK"):
        read.state_story(db, "Atlantis", PT)


def test_state_story(db: Database) -> None:
    db["legality"].update(("CO", PT), {"conflicting_sources": json.dumps(["co-pt-faq"])})
    db["overrides"].insert(
        {"jurisdiction": "CO", "profession": PT, "status": "permitted", "note": "rule stayed", "by": "ed",
         "at": "2024-05-03T09:00:00Z"}
    )  # fmt: skip
    story = read.state_story(db, "co", "physical therapist")
    assert (story["status"], story["authority"], story["source_id"]) == (
        "prohibited",
        "rule",
        "co-pt-rule-11",
    )
    assert story["evidence"].startswith("A physical therapist shall not perform dry needling")
    assert story["url"] == "https://example.test/co/rule-11.html"
    assert (story["effective_date"], story["first_seen"], story["last_checked"]) == (
        "2020-07-01",
        "2024-05-02T02:01:00Z",
        "2024-05-02T02:01:00Z",
    )
    assert story["conflicting_sources"] == ["co-pt-faq"]
    assert story["review_state"] == "pending" and story["board"] == "CO Board"
    assert story["override"] == {
        "status": "permitted",
        "note": "rule stayed",
        "by": "ed",
        "at": "2024-05-03T09:00:00Z",
    }
    assert [(c["old_status"], c["new_status"], c["as_of"]) for c in story["changes"]] == [
        ("permitted", "prohibited", "2024-05-02")
    ]


def test_state_story_without_data(db: Database) -> None:
    story = read.state_story(db, "Florida", PT)
    assert (story["jurisdiction"], story["state"], story["status"]) == ("FL", "Florida", None)
    assert story["changes"] == [] and story["override"] is None


def test_list_changes_since_and_kind(db: Database) -> None:
    add_change(
        db, 1, "CA", "ca-pt-statute", "status", "unaddressed", "prohibited", "old", "2024-04-20T02:00:00Z"
    )
    assert [c["state"] for c in read.list_changes(db, None)] == ["California", "Colorado", "Washington"]
    assert [c["state"] for c in read.list_changes(db, dt.date(2024, 5, 2))] == ["Colorado", "Washington"]
    assert [c["state"] for c in read.list_changes(db, "2024-05-03")] == []
    assert [c["kind"] for c in read.list_changes(db, None, kind="needs_review")] == ["needs_review"]
    assert len(read.list_changes(db, None, kind=None)) == 4
    with pytest.raises(UsageError, match="bad date '2024-13-01': use YYYY-MM-DD"):
        read.list_changes(db, "2024-13-01")
    with pytest.raises(UsageError, match="unknown change kind 'wording'"):
        read.list_changes(db, None, kind="wording")


@pytest.mark.parametrize(
    ("last_success", "days", "stale"),
    [
        (None, "7", False),  # never succeeded: "never fetched", not stale
        ("2026-11-24T12:00:00Z", "7", False),  # 7 days exactly is not older than 7 days
        ("2026-11-24T11:59:00Z", "7", True),
        ("2026-11-30T12:00:00Z", "1", False),
        ("2026-11-01T12:00:00Z", "100", False),
    ],
)
def test_stale_means_the_same_in_python_and_sql(last_success: str | None, days: str, stale: bool) -> None:
    now = "2026-12-01T12:00:00Z"
    parsed = dt.datetime.fromisoformat(last_success) if last_success else None
    assert read.is_stale(parsed, dt.datetime.fromisoformat(now), int(days)) is stale
    conn = sqlite3.connect(":memory:")
    sql = read.stale_sql("?", now="?", days="?")  # days as text, as a web form sends it
    assert bool(conn.execute(f"SELECT {sql}", [last_success, now, last_success, days]).fetchone()[0]) is stale
