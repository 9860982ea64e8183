from __future__ import annotations

import json
import os
import re
import stat
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from tests.dbfactory import add_check, add_run, quiet_run, two_runs
from tracker.errors import UsageError
from tracker.outputs import report
from tracker.outputs.report import usmap
from tracker.sources import jurisdictions

SVG_NS = "{http://www.w3.org/2000/svg}"
TOP_KEYS = {
    "run", "generated_at", "failing_after", "summary", "status_changes", "needs_review", "uncertain_findings",
    "wording_changes", "failed_sources", "moved_sources", "blocked_sources", "skipped_sources",
    "article", "staleness", "map", "timeline",
}  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return two_runs(tmp_path / "sw.db")


def map_of(html: str) -> ET.Element:
    match = re.search(r"<svg id=\"us-map\".*?</svg>", html, re.DOTALL)
    assert match, "no map in the page"
    return ET.fromstring(match.group())


def test_summary_of_a_busy_night(db: Database) -> None:
    assert report.build(db, 2)["summary"] == (
        "2 status changes, 1 needs review, 1 wording change, 1 failing source, "
        "2 other sources did not answer (run partial)"
    )


def test_summary_of_a_quiet_night(db: Database) -> None:
    quiet_run(db)
    assert report.build(db, 3)["summary"] == (
        "Quiet night: no status changes, nothing to review, all 6 sources answered."
    )


def test_summary_counts_failing_only_after_n_runs(db: Database) -> None:
    assert report.build(db, 1)["summary"] == "No status changes, 1 source did not answer (run partial)"
    assert report.build(db, 2, failing_after=3)["summary"] == (
        "2 status changes, 1 needs review, 1 wording change, 3 sources did not answer (run partial)"
    )


def test_sections_hold_the_run(db: Database) -> None:
    r = report.build(db, 2)
    assert set(r) == TOP_KEYS
    assert r["run"]["as_of"] == "2024-05-02" and r["run"]["status"] == "partial"
    assert r["run"]["counts"] == {
        "pages_total": 6, "pages_fetched": 3, "pages_not_modified": 0, "pages_failed": 3,
        "changes": 3, "sources_checked": 6,
    }  # fmt: skip
    co = r["status_changes"][0]
    assert (co["jurisdiction"], co["state"], co["old_status"], co["new_status"]) == (
        "CO",
        "Colorado",
        "permitted",
        "prohibited",
    )
    assert (co["authority"], co["source_id"], co["change_id"]) == ("rule", "co-pt-rule-11", 1)
    assert co["url"] == "https://example.test/co/rule-11.html"
    assert [c["jurisdiction"] for c in r["status_changes"]] == ["CO", "WA"]
    assert [(c["jurisdiction"], c["status"], c["reason"]) for c in r["needs_review"]] == [
        ("TX", "permitted", "page gone (404)")
    ]
    wording = r["wording_changes"][0]
    assert (wording["source_id"], wording["state"]) == ("ca-pt-statute", "California")
    assert wording["diff"] == "Tissue penetration [-is-] {+remains+} limited to evaluation."


def test_failed_sources_count_back_through_checks(db: Database) -> None:
    r = report.build(db, 2)
    failed = {s["source_id"]: s for s in r["failed_sources"]}
    assert set(failed) == {"fl-pt-statute", "tx-pt-faq"}
    fl = failed["fl-pt-statute"]
    assert (fl["consecutive_failures"], fl["failing"], fl["last_success"]) == (2, True, None)
    assert (fl["outcome"], fl["http_status"], fl["error"]) == ("failed", None, "timeout after 30 s")
    tx = failed["tx-pt-faq"]
    assert (tx["outcome"], tx["http_status"], tx["consecutive_failures"], tx["failing"]) == (
        "gone",
        404,
        1,
        False,
    )
    assert tx["last_success"] == "2024-05-01T02:01:00Z"
    assert [s["source_id"] for s in r["blocked_sources"]] == ["ny-pt-board"]
    assert r["moved_sources"] == [] and r["skipped_sources"] == []


def test_article_section_joined_and_left(db: Database) -> None:
    art = report.build(db, 2)["article"]
    # the article's list is the published one (run 2's changes wait for review) ...
    published = db.query(
        "SELECT jurisdiction FROM legality WHERE profession = 'physical_therapist' "
        "AND published_status IN ('prohibited', 'not_yet_in_effect')"
    )
    assert art["not_allowed"] == sorted(jurisdictions.name(r["jurisdiction"]) for r in published)
    assert art["not_allowed"] == ["California", "New York", "Washington"]
    # ... and the sources' reading, pending changes included, stands beside it
    assert art["sources_not_allowed"] == ["California", "Colorado", "New York"]
    assert art["joined"] == ["Colorado"] and art["left"] == ["Washington"]
    assert art["before"] == ["California", "New York", "Washington"]
    # Rebuilt after run 2, run 1's report still speaks for run 1.
    assert report.build(db, 1)["article"]["not_allowed"] == ["California", "New York", "Washington"]


def test_staleness_section(db: Database) -> None:
    stale = report.build(db, 2)["staleness"]
    assert [s["source_id"] for s in stale["never_fetched"]] == ["fl-pt-statute"]
    assert len(stale["no_source"]) == 45
    assert {"jurisdiction": "AL", "state": "Alabama"} in stale["no_source"]
    assert stale["stale"] == []


def test_html_escapes_page_text_and_markdown_neutralises_it(db: Database) -> None:
    r = report.build(db, 2)
    html = report.render(r, "html")
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    md = report.render(r, "md")
    assert "| blocked | HTTP 403 | 1 |" in md
    assert '\\<script\\>alert("x")\\</script\\>' in md
    assert "<script>" not in md


def test_map_tiles_carry_class_and_title(db: Database) -> None:
    svg = map_of(report.render(report.build(db, 2), "html"))
    aria = svg.get("aria-label", "")
    assert svg.get("role") == "img" and "Map of published dry needling status" in aria
    assert aria.endswith("; 3 awaiting review")
    tiles = {g.get("id"): g for g in svg.iter(f"{SVG_NS}g") if (g.get("class") or "").startswith("tile ")}
    assert len(tiles) == 51
    # CO's change to prohibited awaits review: the tile shows what is published, marked pending
    co = tiles["tile-CO"]
    assert co.get("class") == "tile status-permitted pending"
    title = "Colorado: permitted published; the sources say prohibited, awaiting review (rule)"
    assert co.find(f"{SVG_NS}title").text == title
    assert co.find(f"{SVG_NS}text").text == "CO"
    assert co.find(f"{SVG_NS}circle").get("class") == "pending-mark"
    assert tiles["tile-WA"].get("class") == "tile status-prohibited pending"
    assert tiles["tile-TX"].get("class") == "tile status-permitted pending"  # its page is gone
    assert tiles["tile-CA"].get("class") == "tile status-prohibited"
    assert tiles["tile-CA"].find(f"{SVG_NS}circle") is None
    assert tiles["tile-FL"].get("class") == "tile status-no_data"
    assert tiles["tile-FL"].find(f"{SVG_NS}title").text == "Florida: no data"
    legend = [t.text for t in svg.iter(f"{SVG_NS}text") if t.text and "(" in t.text]
    assert legend == [
        "Permitted (2)", "Prohibited (3)", "Not yet in effect (0)", "Contested (0)", "Unaddressed (0)",
        "No data (46)", "Awaiting review (3)",
    ]  # fmt: skip


def test_usmap_escapes_its_text() -> None:
    svg = usmap.svg({"CA": {"status": "contested", "authority": "<b>&"}})
    root = ET.fromstring(svg)
    tile = next(g for g in root.iter(f"{SVG_NS}g") if g.get("id") == "tile-CA")
    assert tile.get("class") == "tile status-contested"
    assert tile.find(f"{SVG_NS}title").text == "California: contested (<b>&)"


def test_write_dated_folder_and_latest(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    paths = report.write(db, 2, out)
    names = sorted(str(p.relative_to(out)) for p in paths)
    assert names == [
        "2024-05-02-run2/change-report.html", "2024-05-02-run2/change-report.json",
        "2024-05-02-run2/change-report.md", "latest/change-report.html", "latest/change-report.json",
        "latest/change-report.md", "latest/changes.atom", "latest/index.html",
    ]  # fmt: skip
    data = json.loads((out / "2024-05-02-run2/change-report.json").read_text())
    built = report.build(db, 2)
    data.pop("generated_at"), built.pop("generated_at")
    assert data == built
    assert (out / "latest/change-report.md").read_text() == (
        out / "2024-05-02-run2/change-report.md"
    ).read_text()
    html = (out / "latest/change-report.html").read_text()
    for section in (
        "status-changes",
        "needs-review",
        "wording-changes",
        "failed-sources",
        "blocked-sources",
        "article",
        "map",
        "timeline",
        "staleness",
    ):
        assert f'<section id="{section}">' in html
    assert "<link" not in html and "src=" not in html  # self-contained


def test_old_run_does_not_rewind_latest_and_two_runs_on_one_date_keep_two_reports(
    db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "reports"
    report.write(db, 2, out)
    paths = report.write(db, 1, out)
    assert all("latest" not in p.parts for p in paths)
    assert json.loads((out / "latest/change-report.json").read_text())["run"]["id"] == 2
    assert json.loads((out / "2024-05-01-run1/change-report.json").read_text())["run"]["id"] == 1
    report.write(db, 2, out, formats="md")  # one format again, same run: the others stay
    assert [p.name for p in sorted((out / "2024-05-02-run2").glob("change-report.*"))] == [
        "change-report.html",
        "change-report.json",
        "change-report.md",
    ]
    quiet_run(db, 3, "2024-05-02")  # a second run for the same night gets its own folder
    report.write(db, 3, out, formats=("json",))
    first = json.loads((out / "2024-05-02-run2/change-report.json").read_text())
    second = json.loads((out / "2024-05-02-run3/change-report.json").read_text())
    assert (first["run"]["id"], len(first["status_changes"])) == (2, 2)
    assert (second["run"]["id"], second["status_changes"]) == (3, [])
    assert sorted(p.name for p in (out / "latest").iterdir()) == [
        ".run-id",
        "change-report.json",
        "changes.atom",
        "index.html",
    ]


def test_report_files_are_world_readable_and_follow_the_umask(db: Database, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        paths = report.write(db, 2, tmp_path / "a")
        assert paths and all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in paths)
        os.umask(0o027)
        paths = report.write(db, 2, tmp_path / "b")
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o640 for p in paths)
    finally:
        os.umask(old)


def test_atom_feed_lists_status_changes_newest_first(db: Database, tmp_path: Path) -> None:
    report.write(db, 2, tmp_path)
    root = ET.parse(tmp_path / "latest/changes.atom").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = root.findall(f"{atom}entry")
    titles = [e.find(f"{atom}title").text for e in entries]
    assert titles == [
        "Washington (physical therapist): prohibited -> permitted",
        "Colorado (physical therapist): permitted -> prohibited",
    ]
    link = entries[1].find(f"{atom}link").get("href")
    assert re.fullmatch(r"\.\./2024-05-02-run2/change-report\.html#change-\d+", link)
    assert (tmp_path / "latest" / link).resolve().parent == (tmp_path / "2024-05-02-run2").resolve()
    assert "Review: pending; published now: permitted." in entries[1].find(f"{atom}summary").text


def test_index_overview_table_and_timeline(db: Database, tmp_path: Path) -> None:
    report.write(db, 2, tmp_path)
    index = (tmp_path / "latest/index.html").read_text()
    row = re.search(r'<tr id="row-CO">.*?</tr>', index).group()
    assert "Colorado" in row and "50 h training, written consent" in row
    assert '<td class="published"><span class="status status-permitted">' in row
    assert '<td class="current"><span class="status status-prohibited">' in row
    assert '<td class="review"><span class="pending-mark">pending</span>' in row
    assert "2024-05-02T02:01:00Z" in row and "<td>rule</td>" in row
    assert len(re.findall(r'<tr id="row-', index)) == 51
    assert (
        '<tr id="row-FL"><td>Florida</td><td class="published"><span class="status status-no_data">' in index
    )
    timeline = re.search(r'<ol class="timeline">.*?</ol>', index, re.DOTALL).group()
    assert re.findall(r"<strong>(\w+)</strong>", timeline) == ["Colorado", "Washington"]
    assert map_of(index).get("id") == "us-map"


def test_timeline_and_unknown_run(db: Database) -> None:
    add_run(db, 4, "2024-05-04")
    assert [c["state"] for c in report.timeline(db)] == ["Colorado", "Washington"]
    assert report.timeline(db, 1) == []
    with pytest.raises(UsageError, match="unknown run id 9: valid run ids are 1, 2, 4"):
        report.build(db, 9)


def test_moved_and_skipped_sources_have_their_own_sections(db: Database) -> None:
    at = "2024-05-03T02:01:00Z"
    add_run(db, 3, "2024-05-03", "partial")
    add_check(db, 3, "ca-pt-statute", "moved", at, http_status=301, error="redirected to the home page")
    add_check(db, 3, "co-pt-rule-11", "skipped", at, http_status=None, error="robots.txt disallows")
    add_check(db, 3, "fl-pt-statute", "failed", at, http_status=500, error="HTTP 500")
    for sid in ("ny-pt-board", "tx-pt-faq", "wa-pt-rule"):
        add_check(db, 3, sid, "not_modified", at, http_status=304)
    r = report.build(db, 3)
    assert r["summary"] == "No status changes, 1 failing source, 2 other sources did not answer (run partial)"
    assert [(s["source_id"], s["http_status"], s["error"]) for s in r["moved_sources"]] == [
        ("ca-pt-statute", 301, "redirected to the home page")
    ]
    assert [(s["source_id"], s["consecutive_failures"]) for s in r["skipped_sources"]] == [
        ("co-pt-rule-11", 1)
    ]
    assert [(s["source_id"], s["consecutive_failures"]) for s in r["failed_sources"]] == [
        ("fl-pt-statute", 3)
    ]
    assert r["blocked_sources"] == []
    html = report.render(r, "html")
    assert '<section id="moved-sources">' in html and '<section id="skipped-sources">' in html
    assert '<section id="blocked-sources">' not in html
    md = report.render(r, "md")
    assert "## Skipped sources (robots.txt) (1)" in md
    assert "| skipped | robots.txt disallows | 1 |" in md
    assert "| moved | HTTP 301; redirected to the home page | 1 |" in md
    assert (
        "| fl-pt-statute | Florida | <https://example.test/fl/486-117.html> | failed | HTTP 500 "
        "| 3 (failing) | never |" in md
    )


def test_staleness_and_failures_of_a_few_hundred_sources_match_coverage(db: Database) -> None:
    """The report reads its staleness one source at a time and the health of this run's
    failures only; with a few hundred sources (ids in awkward orders, never-fetched, stale and
    failing ones) it says what coverage(), holding every source's line, says."""
    from tests.sources.test_coverage import _many_sources
    from tracker.sources.coverage import coverage

    _many_sources(db)
    for stale_days, failing_after in ((30, 2), (7, 1), (0, 3)):
        r = report.build(db, 2, stale_days=stale_days, failing_after=failing_after)
        cov = coverage(
            db, None, stale_days, now="2024-05-02T02:05:00Z", failing_after=failing_after, run_id=2
        )
        by_id = {s["id"]: s for s in cov["sources"]}

        def ref(sid: str, by_id: dict[str, Any] = by_id) -> dict[str, object]:
            s = by_id[sid]
            return {"source_id": sid, "jurisdiction": s["jurisdiction"], "state": s["state"], "url": s["url"]}

        assert r["staleness"] == {
            "stale_days": stale_days,
            "no_source": [{"jurisdiction": c, "state": jurisdictions.name(c)} for c in cov["no_source"]],
            "never_fetched": [ref(sid) for sid in cov["never_fetched"]],
            "stale": [{**ref(sid), "last_success": by_id[sid]["last_success"]} for sid in cov["stale"]],
        }
        failures = [f for key in ("failed_sources", "moved_sources", "blocked_sources", "skipped_sources")
                    for f in r[key]]  # fmt: skip
        assert len(failures) > 50
        for f in failures:
            if f["source_id"] in by_id:
                assert f["consecutive_failures"] == by_id[f["source_id"]]["consecutive_failures"]
                assert f["last_success"] == by_id[f["source_id"]]["last_success"]
        assert r["staleness"]["never_fetched"]
        assert r["staleness"]["stale"]
