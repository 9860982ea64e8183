"""Silence is not a change; a change is a candidate until an editor acts; overrides outrank sources."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli import scopewatch
from tests.pages import board_page, registry
from tests.site import Route, TestSite

IN_SCOPE = "The Board has determined that dry needling is within the scope of practice of physical therapy."
OUT_OF_SCOPE = (
    "The Board has determined that dry needling is not within the scope of practice of physical therapy."
)
ARTICLE = "Intro.\n\nThere are some states where dry needling is not allowed, like Hawaii, because reasons.\n"


def sw(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return scopewatch(*args, db=db, env={"USER": "editor-ann"})


def nightly(db: Path, reg: Path, tmp: Path) -> None:
    result = sw(
        db, "run", "--sources", str(reg), "--reports", str(tmp / "reports"), "--delay", "0", "--timeout", "5"
    )
    assert result.returncode == 0, result.stderr


def row(db: Path, code: str) -> dict[str, object]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return dict(conn.execute("select * from legality where jurisdiction = ?", [code]).fetchone())


@pytest.fixture
def setup(site: TestSite, tmp_path: Path) -> tuple[Path, Path]:
    site.routes["/vt"] = Route(board_page("Board", "DN", IN_SCOPE))
    site.routes["/nh"] = Route(board_page("Board", "DN", IN_SCOPE))
    reg = registry(
        tmp_path / "sources.toml",
        site,
        [
            ("vt-board", "VT", "board_position", "/vt", "main"),
            ("nh-board", "NH", "board_position", "/nh", "main"),
        ],
    )
    db = tmp_path / "sw.db"
    nightly(db, reg, tmp_path)
    return db, reg


def test_vanished_or_silent_deciding_page_keeps_status_and_needs_review(
    site: TestSite, tmp_path: Path, setup: tuple[Path, Path]
) -> None:
    db, reg = setup
    site.routes["/vt"] = Route(status=404)
    site.routes["/nh"] = Route(
        board_page("Board", "DN", "The board has not taken a position on dry needling.")
    )
    nightly(db, reg, tmp_path)
    for code, reason in (
        ("VT", "the deciding page vt-board is gone (HTTP 404)"),
        ("NH", "the deciding page nh-board no longer decides the question"),
    ):
        r = row(db, code)
        assert (r["status"], r["review_state"], r["review_reason"]) == ("permitted", "needs_review", reason)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from changes where kind = 'status'").fetchone()[0] == 0
    assert conn.execute("select count(*) from changes where kind = 'needs_review'").fetchone()[0] == 2
    # the next quiet night raises nothing new
    nightly(db, reg, tmp_path)
    assert conn.execute("select count(*) from changes where kind = 'needs_review'").fetchone()[0] == 2
    listed = json.loads(sw(db, "review", "list", "--json").stdout)
    assert sorted(item["jurisdiction"] for item in listed) == ["NH", "VT"]


def test_accept_reject_override_and_reviewed_only_article(
    site: TestSite, tmp_path: Path, setup: tuple[Path, Path]
) -> None:
    db, reg = setup
    site.routes["/vt"] = Route(board_page("Board", "DN", OUT_OF_SCOPE))
    site.routes["/nh"] = Route(board_page("Board", "DN", OUT_OF_SCOPE))
    nightly(db, reg, tmp_path)
    changes = {c["jurisdiction"]: c["id"] for c in json.loads(sw(db, "review", "list", "--json").stdout)}
    assert set(changes) == {"VT", "NH"}
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)

    # before review: the published statuses are still the baseline's (nobody prohibited)
    unreviewed = sw(db, "article", str(article), "--reviewed-only")
    assert unreviewed.returncode == 0 and "like none at present, because" in unreviewed.stdout

    assert sw(db, "review", "accept", str(changes["VT"])).returncode == 0
    result = sw(
        db, "review", "reject", str(changes["NH"]), "--note", "the board page is a draft", "--by", "bob"
    )
    assert result.returncode == 0, result.stderr
    assert row(db, "VT")["published_status"] == "prohibited"
    assert (row(db, "NH")["status"], row(db, "NH")["published_status"]) == ("prohibited", "permitted")
    assert "like Vermont, because" in sw(db, "article", str(article), "--reviewed-only").stdout
    assert "like New Hampshire and Vermont, because" in sw(db, "article", str(article)).stdout

    result = sw(db, "review", "override", "NH", "--status", "permitted", "--note", "court stayed the rule")
    assert result.returncode == 0, result.stderr
    r = row(db, "NH")
    assert (r["status"], r["source_status"], r["review_state"]) == ("permitted", "prohibited", "overridden")
    nightly(db, reg, tmp_path)  # the sources still say prohibited: the override holds
    assert row(db, "NH")["status"] == "permitted"
    story = json.loads(sw(db, "status", "NH", "--json").stdout)
    assert story["override"]["note"] == "court stayed the rule" and story["override"]["by"] == "editor-ann"

    conn = sqlite3.connect(db)
    log = conn.execute("select action, by, note from reviews order by id").fetchall()
    assert log == [
        ("accept", "editor-ann", None),
        ("reject", "bob", "the board page is a draft"),
        ("override", "editor-ann", "court stayed the rule"),
    ]
    cleared = sw(db, "review", "override", "NH", "--clear")  # the documented form: no --status, no --note
    assert cleared.returncode == 0, cleared.stderr
    assert "override removed for NH" in cleared.stdout
    assert row(db, "NH")["status"] == "prohibited"
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from overrides").fetchone()[0] == 0
    unset = sw(db, "review", "override", "NH", "--status", "permitted")  # setting still needs a note
    assert unset.returncode == 2 and "--note" in unset.stderr


def test_an_uncertain_reading_is_listed_for_review(
    site: TestSite, tmp_path: Path, setup: tuple[Path, Path]
) -> None:
    db, reg = setup
    # mentions dry needling, decides nothing any rule can read
    site.routes["/nh"] = Route(
        board_page(
            "Board",
            "DN",
            "Dry needling was discussed at length by the board on Tuesday.",
            "Members asked staff about dry needling fees and the parking garage.",
        )
    )
    nightly(db, reg, tmp_path)
    data = json.loads((tmp_path / "reports" / "latest" / "change-report.json").read_text())
    assert [(f["source_id"], f["jurisdiction"]) for f in data["uncertain_findings"]] == [("nh-board", "NH")]
    assert data["uncertain_findings"][0]["confidence"] < 0.5
    assert "Uncertain readings (1)" in (tmp_path / "reports" / "latest" / "change-report.md").read_text()
    assert row(db, "NH")["status"] == "permitted"  # and the row keeps its status, flagged
    assert row(db, "NH")["review_state"] == "needs_review"


def test_one_item_per_row_and_run_decisions_idempotent_and_force_to_redecide(
    site: TestSite, tmp_path: Path
) -> None:
    site.routes["/id-statute"] = Route(board_page("Legislature", "DN", IN_SCOPE))
    site.routes["/id-board"] = Route(board_page("Board", "DN", IN_SCOPE))
    site.routes["/nj"] = Route(board_page("Board", "DN", IN_SCOPE))
    reg = registry(
        tmp_path / "sources.toml",
        site,
        [
            ("id-pt-statute", "ID", "statute", "/id-statute", "main"),
            ("id-pt-board", "ID", "board_position", "/id-board", "main"),
            ("nj-board", "NJ", "board_position", "/nj", "main"),
        ],
    )
    db = tmp_path / "sw.db"
    nightly(db, reg, tmp_path)
    # Idaho's board page vanishes, but its statute decides the row: nothing to review
    site.routes["/id-board"] = Route(status=404)
    site.routes["/nj"] = Route(board_page("Board", "DN", OUT_OF_SCOPE))
    nightly(db, reg, tmp_path)
    items = json.loads(sw(db, "review", "list", "--json").stdout)
    assert [(i["jurisdiction"], i["kind"], i["published_status"]) for i in items] == [
        ("NJ", "status", "permitted")
    ]
    first = items[0]["id"]
    # NJ moves again before anyone looked: the older item is superseded, one item stays open
    site.routes["/nj"] = Route(board_page("Board", "DN", IN_SCOPE))
    nightly(db, reg, tmp_path)
    items = json.loads(sw(db, "review", "list", "--json").stdout)
    assert [(i["jurisdiction"], i["old_status"], i["new_status"]) for i in items] == [
        ("NJ", "prohibited", "permitted")
    ]
    refused = sw(db, "review", "accept", str(first))
    assert refused.returncode == 2 and f"superseded by change {items[0]['id']}" in refused.stderr
    site.routes["/nj"] = Route(board_page("Board", "DN", OUT_OF_SCOPE))
    nightly(db, reg, tmp_path)
    (nj,) = json.loads(sw(db, "review", "list", "--json").stdout)

    rejected = sw(db, "review", "reject", str(nj["id"]))  # interfaces.md: `reject ID`, the note optional
    assert rejected.returncode == 0, rejected.stderr
    assert (row(db, "NJ")["published_status"], row(db, "NJ")["review_state"]) == ("permitted", "rejected")
    again = sw(db, "review", "reject", str(nj["id"]), "--note", "draft page")
    assert again.returncode == 0 and "already rejected: nothing to do" in again.stdout
    flip = sw(db, "review", "accept", str(nj["id"]))
    assert flip.returncode == 2 and "pass --force" in flip.stderr
    assert row(db, "NJ")["review_state"] == "rejected"
    assert sw(db, "review", "accept", str(nj["id"]), "--force").returncode == 0
    assert (row(db, "NJ")["published_status"], row(db, "NJ")["review_state"]) == ("prohibited", "accepted")
    twice = sw(db, "review", "accept", str(nj["id"]))
    assert "already accepted: nothing to do" in twice.stdout
    conn = sqlite3.connect(db)
    log = conn.execute("select action, change_id, status from reviews order by id").fetchall()
    assert log == [("reject", nj["id"], "permitted"), ("accept", nj["id"], "prohibited")]
    states = conn.execute("select review_state from changes where jurisdiction = 'NJ' order by id").fetchall()
    assert [s for (s,) in states] == ["superseded", "superseded", "accepted"]
    assert conn.execute("select count(*) from changes where jurisdiction = 'ID'").fetchone()[0] == 0
