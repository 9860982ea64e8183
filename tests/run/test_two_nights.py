"""Two nights of a loopback site, from `scopewatch run` alone: changes, failures, contest,
boilerplate, the report and the article.

Night two: VT's board turns against dry needling, NH's statute starts permitting it, ME's
page fails to fetch, RI keeps a same-rank conflict, CT changes only its footer date, DE's
rule changes its hour count (a wording change), NJ stays prohibited throughout.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from tests.cli import scopewatch
from tests.pages import board_page, registry
from tests.site import Route, TestSite

IN_SCOPE = "The Board has determined that dry needling is within the scope of practice of physical therapy."
OUT_OF_SCOPE = (
    "The Board has determined that dry needling is not within the scope of practice of physical therapy."
)
SILENT = (
    "The physical therapy practice act does not address dry needling, and the board has not taken a position."
)
NH_LAW = (
    "A physical therapist may perform dry needling after completing at least 50 hours of in-person "
    "dry needling instruction, effective July 1, 2025."
)
DE_RULE = (
    "A physical therapist may perform dry needling only after {hours} hours "
    "of approved dry needling training."
)

ARTICLE = (
    "Needles compared\n\n"
    "There are some states where dry needling is not allowed, like California, New Jersey, and Hawaii, "
    "because "
    "of board decisions.\n\nThe end.\n"
)

SOURCES = [
    ("vt-pt-board", "VT", "board_position", "/vt", "main"),
    ("nh-pt-statute", "NH", "statute", "/nh", "main"),
    ("me-pt-board", "ME", "board_position", "/me", "main"),
    ("ri-pt-board", "RI", "board_position", "/ri-a", "main"),
    ("ri-pt-council", "RI", "board_position", "/ri-b", "main"),
    ("ct-pt-board", "CT", "board_position", "/ct", "main"),
    ("de-pt-rule", "DE", "rule", "/de", "main"),
    ("nj-pt-board", "NJ", "board_position", "/nj", "main"),
]


def night(site: TestSite, n: int) -> None:
    def page(*paras: str, updated: str = "March 1, 2025") -> Route:
        return Route(board_page("Board of Physical Therapy", "Dry needling", *paras, updated=updated))

    site.routes["/vt"] = page(IN_SCOPE if n == 1 else OUT_OF_SCOPE)
    site.routes["/nh"] = page(SILENT if n == 1 else NH_LAW)
    site.routes["/me"] = page(IN_SCOPE) if n == 1 else Route(status=500)
    site.routes["/ri-a"] = page(IN_SCOPE)
    site.routes["/ri-b"] = page(OUT_OF_SCOPE)
    # the date and counter sit inside the selected region: the text hash moves, the wording does not
    stamp = (
        "Last updated: March 1, 2025. Visitors: 1,204"
        if n == 1
        else "Last updated: November 2, 2026. Visitors: 9,877"
    )
    site.routes["/ct"] = page(IN_SCOPE, stamp)
    site.routes["/de"] = page(DE_RULE.format(hours=24 if n == 1 else 30))
    site.routes["/nj"] = page(OUT_OF_SCOPE)


@pytest.fixture(scope="module")
def two_nights(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.site import TestSite

    tmp = tmp_path_factory.mktemp("nights")
    site = TestSite().start()
    try:
        reg = registry(tmp / "sources.toml", site, SOURCES)
        db, reports = tmp / "sw.db", tmp / "reports"
        outputs = []
        for n in (1, 2):
            night(site, n)
            result = scopewatch(
                "run",
                "--sources",
                str(reg),
                "--reports",
                str(reports),
                "--delay",
                "0",
                "--timeout",
                "5",
                db=db,
            )
            assert result.returncode == 0, result.stderr
            outputs.append(result.stdout)
        yield tmp, db, reports, outputs
    finally:
        site.stop()


def legality(db: Path) -> dict[str, dict[str, object]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return {r["jurisdiction"]: dict(r) for r in conn.execute("select * from legality")}


def test_night_one_is_the_baseline(two_nights) -> None:  # type: ignore[no-untyped-def]
    _tmp, db, _reports, outputs = two_nights
    assert "run 1 ok: 8 sources, 8 fetched, 0 not modified, 0 failed; 0 status changes" in outputs[0]
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from changes where run_id = 1").fetchone()[0] == 0


def test_night_two_changes_exactly_what_moved(two_nights) -> None:  # type: ignore[no-untyped-def]
    _tmp, db, _reports, outputs = two_nights
    assert "run 2 partial:" in outputs[1] and "1 failed (me-pt-board)" in outputs[1]
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "select jurisdiction, old_status, new_status, review_state from changes "
        "where kind = 'status' order by jurisdiction"
    ).fetchall()
    assert rows == [
        ("NH", "unaddressed", "permitted", "pending"),
        ("VT", "permitted", "prohibited", "pending"),
    ]
    run = conn.execute("select status, pages_failed, changes from runs where id = 2").fetchone()
    assert run == ("partial", 1, 2)


def test_failed_fetch_leaves_status_untouched(two_nights) -> None:  # type: ignore[no-untyped-def]
    _tmp, db, _reports, _outputs = two_nights
    me = legality(db)["ME"]
    assert me["status"] == "permitted" and me["review_state"] == "baseline"
    outcome = (
        sqlite3.connect(db)
        .execute("select outcome, http_status from checks where run_id = 2 and source_id = 'me-pt-board'")
        .fetchone()
    )
    assert outcome == ("failed", 500)


def test_same_rank_conflict_stays_contested(two_nights) -> None:  # type: ignore[no-untyped-def]
    _tmp, db, _reports, _outputs = two_nights
    ri = legality(db)["RI"]
    assert ri["status"] == "contested"
    assert sorted(json.loads(str(ri["conflicting_sources"]))) == ["ri-pt-board", "ri-pt-council"]


def test_conditions_and_dates_come_from_the_deciding_source(two_nights) -> None:  # type: ignore[no-untyped-def]
    _tmp, db, _reports, _outputs = two_nights
    nh = legality(db)["NH"]
    assert nh["min_training_hours"] == 50 and nh["in_person_training"] == 1
    assert nh["effective_date"] == "2025-07-01"
    assert nh["source_id"] == "nh-pt-statute" and "50 hours" in str(nh["evidence"])


def test_boilerplate_is_quiet_and_wording_is_listed(two_nights) -> None:  # type: ignore[no-untyped-def]
    _tmp, db, _reports, _outputs = two_nights
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from snapshots where source_id = 'ct-pt-board'").fetchone()[0] == 2
    wording = conn.execute("select source_id, diff from wording_changes").fetchall()
    assert [w[0] for w in wording] == ["de-pt-rule"]
    assert "[-24-] {+30+}" in wording[0][1]


def test_report_has_every_section(two_nights) -> None:  # type: ignore[no-untyped-def]
    _tmp, db, reports, _outputs = two_nights
    data = json.loads((reports / "latest" / "change-report.json").read_text())
    assert [(c["jurisdiction"], c["old_status"], c["new_status"]) for c in data["status_changes"]] == [
        ("NH", "unaddressed", "permitted"),
        ("VT", "permitted", "prohibited"),
    ]
    assert [f["source_id"] for f in data["failed_sources"]] == ["me-pt-board"]
    assert [w["source_id"] for w in data["wording_changes"]] == ["de-pt-rule"]
    # The report's article list is the published one: the same as `article --reviewed-only` and
    # the map's tiles; the sources' reading (the change waiting for review) stands beside it.
    article = data["article"]
    tiles = data["map"]["states"]
    not_allowed = ("prohibited", "not_yet_in_effect")
    assert article["not_allowed"] == sorted(t["state"] for t in tiles.values() if t["status"] in not_allowed)
    assert article["sources_not_allowed"] == sorted(
        t["state"] for t in tiles.values() if t["current"] in not_allowed
    )
    moved_in = [c["state"] for c in data["status_changes"] if c["new_status"] in not_allowed]
    assert moved_in and article["joined"] == moved_in and article["left"] == []
    assert all(c["review_state"] == "pending" for c in data["status_changes"])
    assert set(moved_in) <= set(article["sources_not_allowed"])
    assert not set(moved_in) & set(article["not_allowed"])  # pending: not published yet
    published = sqlite3.connect(db).execute(
        "select jurisdiction from legality where profession = 'physical_therapist' "
        "and published_status in ('prohibited', 'not_yet_in_effect')"
    )
    assert article["not_allowed"] == sorted(tiles[code]["state"] for (code,) in published)
    md = (reports / "latest" / "change-report.md").read_text()
    assert "The sources' reading, changes pending review included" in md
    for needle in [
        "Vermont",
        "permitted -> prohibited",
        "New Hampshire",
        "me-pt-board",
        "HTTP 500",
        "de-pt-rule",
    ]:
        assert needle in md, needle
    html = (reports / "latest" / "change-report.html").read_text()
    assert 'id="tile-VT"' in html and "status-prohibited" in html


def test_csv_export_columns(two_nights) -> None:  # type: ignore[no-untyped-def]
    tmp, db, _reports, _outputs = two_nights
    out = tmp / "legality.csv"
    result = scopewatch("export", "legality", "--format", "csv", "--out", str(out), db=db)
    assert result.returncode == 0, result.stderr
    frame = pd.read_csv(out)
    assert list(frame.columns[:4]) == ["jurisdiction", "state", "profession", "status"]
    assert frame.set_index("jurisdiction").loc["VT", "state"] == "Vermont"


def test_article_sentence_rewritten_byte_for_byte(two_nights) -> None:  # type: ignore[no-untyped-def]
    tmp, db, _reports, _outputs = two_nights
    path = tmp / "article.txt"
    path.write_text(ARTICLE)
    result = scopewatch("article", str(path), "--write", db=db)
    assert result.returncode == 0, result.stderr
    assert path.read_text() == ARTICLE.replace("California, New Jersey, and Hawaii", "New Jersey and Vermont")
    assert (tmp / "article.txt.bak").read_text() == ARTICLE
    again = scopewatch("article", str(path), "--write", db=db)
    assert again.returncode == 0 and path.read_text().count("New Jersey and Vermont") == 1


def test_status_table_story_and_changes_from_the_cli(two_nights) -> None:  # type: ignore[no-untyped-def]
    _tmp, db, _reports, _outputs = two_nights
    table = scopewatch("status", db=db)  # piped: plain TSV
    assert table.returncode == 0, table.stderr
    header, *body = [line.split("\t") for line in table.stdout.splitlines()]
    assert header[:5] == ["jurisdiction", "state", "published_status", "status", "review_state"]
    lines = {cells[1]: dict(zip(header, cells, strict=True)) for cells in body}
    vt = lines["Vermont"]
    assert (vt["published_status"], vt["status"], vt["review_state"]) == (
        "permitted",
        "prohibited",
        "pending",
    )
    assert lines["Rhode Island"]["status"] == "contested"
    assert "50 h training" in lines["New Hampshire"]["conditions"]

    story = json.loads(scopewatch("status", "vt", "--json", db=db).stdout)
    assert (story["status"], story["authority"], story["review_state"]) == (
        "prohibited",
        "board_position",
        "pending",
    )
    assert story["evidence"] == OUT_OF_SCOPE
    assert [(c["old_status"], c["new_status"]) for c in story["changes"]] == [("permitted", "prohibited")]
    text = scopewatch("status", "Vermont", db=db).stdout
    assert "evidence:" in text and "history: 1 change" in text

    rows = json.loads(scopewatch("status", "--json", db=db).stdout)
    assert [r["jurisdiction"] for r in rows] == ["CT", "DE", "ME", "NH", "NJ", "RI", "VT"]
    changes = json.loads(scopewatch("changes", "--json", "--since", "2000-01-01", db=db).stdout)
    assert [c["jurisdiction"] for c in changes] == ["NH", "VT"]
    assert json.loads(scopewatch("changes", "--json", "--since", "2999-01-01", db=db).stdout) == []


def test_sources_check_shows_gaps(two_nights) -> None:  # type: ignore[no-untyped-def]
    tmp, db, _reports, _outputs = two_nights
    result = scopewatch("sources", "check", "--sources", str(tmp / "sources.toml"), "--json", db=db)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "TX" in data["no_source"] and "VT" not in data["no_source"]
    assert "me-pt-board" not in json.dumps(data["never_fetched"])
