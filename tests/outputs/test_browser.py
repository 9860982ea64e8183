"""The web UI and the HTML reports in a real browser (Debian's headless Chromium via Playwright).

The database comes from the real pipeline: two nights of `scopewatch run` against a loopback
site, where on night two Colorado's rule page turns from permitting dry needling to
prohibiting it. Then `scopewatch serve` runs as a real process, and an editor's
`scopewatch review accept` is a real process too.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import cli
from tests.outputs.test_web import Server, start_server
from tests.pages import board_page, registry
from tests.site import Route, TestSite

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (CI installs Debian's chromium)"
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

PERMIT = "The Board has determined that dry needling is within the scope of practice of physical therapy."
PROHIBIT = (
    "Dry needling is not within the scope of practice of physical therapy. "
    "A physical therapist shall not perform dry needling."
)
NY_SAYS = (
    "Dry needling is the practice of acupuncture and is not within the scope of practice of physical therapy."
)


def scopewatch(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return cli.scopewatch(*args, db=db, check=True)


@pytest.fixture
def two_nights(site: TestSite, tmp_path: Path) -> dict[str, Any]:
    """Night one: CO permitted, NY prohibited, VT permitted. Night two: CO prohibited."""
    co = "/co/rule-11"
    site.routes[co] = Route(board_page("Colorado Physical Therapy Board", "Rule 11: Dry needling", PERMIT))
    site.routes["/ny/position"] = Route(board_page("New York Board", "Dry needling", NY_SAYS))
    site.routes["/vt/board"] = Route(board_page("Vermont Board", "Dry needling", PERMIT))
    reg = registry(
        tmp_path / "sources.toml",
        site,
        [
            ("co-pt-rule-11", "CO", "rule", co, "main"),
            ("ny-pt-board", "NY", "board_position", "/ny/position", "main"),
            ("vt-pt-board", "VT", "board_position", "/vt/board", "main"),
        ],
    )
    db, reports = tmp_path / "sw.db", tmp_path / "reports"
    run = ["run", "--sources", str(reg), "--reports", str(reports), "--delay", "0", "--timeout", "5"]
    first = scopewatch(*run, db=db)
    assert "0 status changes" in first.stdout
    site.routes[co] = Route(board_page("Colorado Physical Therapy Board", "Rule 11: Dry needling", PROHIBIT))
    second = scopewatch(*run, db=db)
    assert "1 status change;" in second.stdout
    report_dir = Path(re.search(r"; report (\S+)", second.stdout).group(1))  # type: ignore[union-attr]
    return {
        "db": db,
        "report": report_dir / "change-report.html",
        "index": reports / "latest" / "index.html",
        "co_url": site.url(co),
    }


@pytest.fixture
def server(two_nights: dict[str, Any]) -> Iterator[Server]:
    srv = start_server(two_nights["db"])
    yield srv
    code, err = srv.stop()
    assert code == 0, err


@pytest.fixture
def page() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1000})
        context.set_default_timeout(10_000)
        try:
            yield context.new_page()
        finally:
            context.close()
            browser.close()


def cell(page: Any, jurisdiction: str, column: str) -> Any:
    row = page.locator("table.rows-and-columns tbody tr").filter(
        has=page.locator("td.col-jurisdiction", has_text=re.compile(f"^{jurisdiction}$"))
    )
    return row.locator(f"td.col-{column}")


def test_editor_finds_the_new_prohibition_reviews_it_and_analyst_downloads_csv(
    server: Server, two_nights: dict[str, Any], page: Any, tmp_path: Path
) -> None:
    expect = sync_api.expect

    # the legality table: Colorado is prohibited now, and the status facet narrows to it
    page.goto(server.url + "/legality")
    expect(page.locator("h1")).to_have_text("Legality: one row per jurisdiction and profession")
    expect(cell(page, "CO", "status")).to_have_text("prohibited")
    expect(cell(page, "CO", "review_state")).to_have_text("pending")
    expect(cell(page, "VT", "status")).to_have_text("permitted")
    page.locator(".facet-scopewatch-legality-status a", has_text="prohibited").first.click()
    page.wait_for_url(re.compile(r"status=prohibited"))
    expect(page.locator("td.col-jurisdiction")).to_have_text(["CO", "NY"])
    page.screenshot(path=str(tmp_path / "legality.png"), full_page=True)

    # the analyst downloads that filtered view as CSV through the export form
    page.locator("#export input[name=_dl]").check()
    with page.expect_download() as info:
        page.locator("#export input[type=submit][value='Export CSV']").click()
    download = info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.suffix == ".csv"
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8"))))
    assert list(rows[0])[:3] == ["jurisdiction", "profession", "status"]
    assert {r["jurisdiction"]: r["status"] for r in rows} == {"CO": "prohibited", "NY": "prohibited"}

    # the database page links the canned queries by title; the published list does not have
    # Colorado yet (its change awaits review), and shows what the sources say beside it
    page.goto(server.url)
    page.get_by_role("link", name="States where it is not allowed", exact=True).click()
    page.wait_for_url(server.url + "/prohibited_states")
    expect(page.locator("h1")).to_have_text("States where it is not allowed")
    expect(cell(page, "NY", "state_name")).to_have_text("New York")
    expect(cell(page, "NY", "published_status")).to_have_text("prohibited")
    expect(cell(page, "NY", "sources_say")).to_have_text("prohibited")
    expect(page.locator("td.col-jurisdiction", has_text="CO")).to_have_count(0)
    expect(page.locator("td.col-jurisdiction", has_text="VT")).to_have_count(0)
    query_csv = page.request.get(page.locator(".export-links a", has_text="CSV").evaluate("a => a.href"))
    assert query_csv.ok
    lines = query_csv.text().splitlines()
    assert lines[0].startswith(
        "jurisdiction,state_name,published_status,sources_say,pending,status_words,authority"
    )
    assert [line.split(",")[0] for line in lines[1:]] == ["NY"]

    page.goto(server.url)
    page.get_by_role("link", name="Changes awaiting review", exact=True).click()
    page.wait_for_url(server.url + "/changes_awaiting_review")
    expect(cell(page, "CO", "old_status")).to_have_text("permitted")
    expect(cell(page, "CO", "new_status")).to_have_text("prohibited")
    expect(cell(page, "CO", "review_state")).to_have_text("pending")
    change_id = cell(page, "CO", "id").inner_text().strip()
    page.screenshot(path=str(tmp_path / "awaiting-review.png"), full_page=True)

    # the editor accepts it on the command line; the queue in the browser empties
    accepted = scopewatch("review", "accept", change_id, "--by", "editor", db=two_nights["db"])
    assert f"accepted change {change_id}: CO permitted -> prohibited" in accepted.stdout
    page.reload()
    expect(page.locator("td.col-jurisdiction", has_text="CO")).to_have_count(0)
    expect(page.locator("body")).to_contain_text("0 results")
    page.goto(server.url + "/legality?jurisdiction=CO")
    expect(cell(page, "CO", "review_state")).to_have_text("accepted")
    expect(cell(page, "CO", "published_status")).to_have_text("prohibited")
    page.goto(server.url + "/prohibited_states")
    expect(cell(page, "CO", "published_status")).to_have_text("prohibited")
    expect(cell(page, "CO", "evidence")).to_contain_text("shall not perform dry needling")
    expect(cell(page, "CO", "url")).to_have_text(two_nights["co_url"])
    expect(cell(page, "CO", "pending")).to_have_text("")

    # an editor's override outranks the sources, and shows as such
    overridden = scopewatch(
        "review",
        "override",
        "VT",
        "--status",
        "prohibited",
        "--note",
        "board vote pending",
        "--by",
        "editor",
        db=two_nights["db"],
    )
    assert overridden.returncode == 0, overridden.stderr
    page.goto(server.url + "/legality?jurisdiction=VT")
    expect(cell(page, "VT", "status")).to_have_text("prohibited")
    expect(cell(page, "VT", "source_status")).to_have_text("permitted")
    expect(cell(page, "VT", "review_state")).to_have_text("overridden")
    page.goto(server.url + "/overrides")
    expect(page.locator("body")).to_contain_text("board vote pending")

    for name in ("legality.png", "awaiting-review.png"):
        shot = tmp_path / name
        assert shot.exists() and shot.stat().st_size > 1000
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_reports_map_shows_the_published_status_and_marks_the_pending_one(
    two_nights: dict[str, Any], page: Any, tmp_path: Path
) -> None:
    expect = sync_api.expect
    for name, path in (("change-report", two_nights["report"]), ("index", two_nights["index"])):
        assert path.exists(), path
        page.goto(path.as_uri())
        expect(page.locator("#us-map")).to_be_visible()
        # CO's move to prohibited awaits review: published permitted, with the pending mark
        tile = page.locator("#us-map #tile-CO")
        expect(tile).to_have_class(re.compile(r"\bstatus-permitted\b.*\bpending\b"))
        expect(tile.locator("circle.pending-mark")).to_have_count(1)
        expect(tile.locator("title")).to_contain_text(
            "Colorado: permitted published; the sources say prohibited"
        )
        expect(page.locator("#us-map #tile-NY")).to_have_class(re.compile(r"\bstatus-prohibited\b"))
        expect(page.locator("#us-map #tile-VT")).to_have_class(re.compile(r"\bstatus-permitted\b"))
        shot = tmp_path / f"{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.exists() and shot.stat().st_size > 1000
    expect(page.locator("h1")).to_have_text("Dry needling by state")
