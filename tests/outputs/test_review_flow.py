"""The editors' workflow end to end (issue 14's "done when").

Two nights are recorded from a loopback site into a mirror, then replayed into a fresh
database with `scopewatch run --replay`. Editors accept, reject and override from the command
line and from the browser (logged in through datasette-auth-passwords; an anonymous attempt
is refused). Afterwards `status`, the report (table and map), the web UI and `article
--reviewed-only` all name the same published list. The browser takes the README's screenshot.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.cli import scopewatch
from tests.outputs.test_browser import ARGS, CHROMIUM
from tests.outputs.test_web import Server, start_server
from tests.pages import board_page, registry
from tests.site import Route, TestSite

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

README_SHOT = Path(__file__).resolve().parents[2] / "docs" / "review-in-the-browser.png"
PERMIT = "The Board has determined that dry needling is within the scope of practice of physical therapy."
PROHIBIT = (
    "Dry needling is not within the scope of practice of physical therapy. "
    "A physical therapist shall not perform dry needling."
)
STATES = ("CO", "NJ", "NY", "VT", "WA")
NIGHTS = {
    "2017-03-01": {"CO": PERMIT, "NJ": PERMIT, "NY": PROHIBIT, "VT": PERMIT, "WA": PROHIBIT},
    "2026-11-02": {"CO": PROHIBIT, "NJ": PROHIBIT, "NY": PROHIBIT, "VT": PROHIBIT, "WA": PERMIT},
}
ARTICLE = "Intro.\n\nThere are some states where dry needling is not allowed, like Hawaii, because reasons.\n"
PASSWORD = "correct horse battery"
NOT_ALLOWED = ("prohibited", "not_yet_in_effect")


def sw(*args: str, db: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return scopewatch(*args, db=db, stdin=stdin, env={"USER": "cli-editor"}, umask=0o022, check=True)


@pytest.fixture
def replayed(site: TestSite, tmp_path: Path) -> dict[str, Any]:
    reg = registry(
        tmp_path / "sources.toml",
        site,
        [(f"{c.lower()}-pt-board", c, "board_position", f"/{c.lower()}", "main") for c in STATES],
    )
    mirror = tmp_path / "mirror"
    for night, pages in NIGHTS.items():  # record each night from a live crawl into the mirror
        for code, text in pages.items():
            site.routes[f"/{code.lower()}"] = Route(board_page(f"{code} Board", "Dry needling", text))
        scratch = tmp_path / f"scratch-{night}"
        sw("run", "--sources", str(reg), "--record", str(mirror / night), "--reports", str(scratch),
           "--delay", "0", "--timeout", "5", db=scratch.with_suffix(".db"))  # fmt: skip
    site.routes.clear()  # the replay needs no network
    db, reports = tmp_path / "sw.db", tmp_path / "reports"
    for night in NIGHTS:
        sw("run", "--sources", str(reg), "--replay", str(mirror / night), "--reports", str(reports), db=db)
    editors = tmp_path / "editors.toml"
    sw("editors", "add", "ann", "--editors", str(editors), "--password-stdin", stdin=PASSWORD + "\n")
    assert stat.S_IMODE(editors.stat().st_mode) == 0o600 and PASSWORD not in editors.read_text()
    return {"db": db, "reports": reports, "editors": editors, "reg": reg}


@pytest.fixture
def server(replayed: dict[str, Any]) -> Iterator[Server]:
    srv = start_server(replayed["db"], 30, "--editors", str(replayed["editors"]))
    yield srv
    code, err = srv.stop()
    assert code == 0, err


@pytest.fixture
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield instance
        finally:
            instance.close()


def items(db: Path) -> dict[str, int]:
    """Open review items by state."""
    return {i["jurisdiction"]: i["id"] for i in json.loads(sw("review", "list", "--json", db=db).stdout)}


def legality(db: Path) -> dict[str, dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return {r["jurisdiction"]: dict(r) for r in conn.execute("select * from legality")}


def test_cli_and_browser_decisions_agree_everywhere(
    replayed: dict[str, Any], server: Server, browser: Any, tmp_path: Path
) -> None:
    expect = sync_api.expect
    db = replayed["db"]
    runs = sqlite3.connect(db).execute("select id, as_of from runs order by id").fetchall()
    assert [r[1] for r in runs] == list(NIGHTS)
    waiting = items(db)
    assert sorted(waiting) == ["CO", "NJ", "VT", "WA"]  # NY did not move

    # the command line: accept CO, reject NJ, override NY
    sw("review", "accept", str(waiting["CO"]), db=db)
    sw("review", "reject", str(waiting["NJ"]), "--note", "the board page is a draft", db=db)
    sw("review", "override", "NY", "--status", "permitted", "--note", "court stayed the position", db=db)

    # an anonymous visitor sees the queue but cannot decide
    anonymous = browser.new_context(viewport={"width": 1200, "height": 900})
    page = anonymous.new_page()
    page.goto(server.root + "/-/review")
    expect(page.locator("#who")).to_contain_text("Log in")
    page.get_by_role("button", name=f"Accept #{waiting['WA']}").click()
    expect(page.locator("#refused")).to_contain_text("you are not logged in")
    assert legality(db)["WA"]["review_state"] == "pending"
    anonymous.close()

    # an editor logs in and decides in the browser
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.goto(server.root + "/-/login")
    page.fill("#id_username", "ann")
    page.fill("#id_password", "not the password")
    page.get_by_role("button", name="Log in").click()
    expect(page.locator("body")).to_contain_text("Invalid username or password")
    page.fill("#id_username", "ann")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(server.root + "/-/review")
    expect(page.locator("#who")).to_contain_text("Signed in as ann")
    expect(page.locator(f"#item-{waiting['WA']} .published")).to_have_text("prohibited")
    expect(page.locator(f"#item-{waiting['WA']} .current")).to_have_text("permitted")
    shot = tmp_path / "review.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("SCOPEWATCH_README_SCREENSHOTS"):
        README_SHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, README_SHOT)

    # a logged-in POST without the form's CSRF token (as a forged cross-site form would send)
    forged = page.request.post(
        server.root + "/-/review", form={"action": "accept", "change_id": str(waiting["WA"])}
    )
    assert forged.status == 403 and "did not match cookie" in forged.text()  # asgi-csrf
    assert legality(db)["WA"]["review_state"] == "pending"

    page.get_by_role("button", name=f"Accept #{waiting['WA']}").click()
    expect(page.locator(".message-info")).to_contain_text(
        f"accepted change {waiting['WA']}: WA prohibited -> permitted"
    )
    vt = page.locator(f"#item-{waiting['VT']}")
    vt.get_by_placeholder("why (required)").fill("a draft position, not adopted")
    vt.get_by_role("button", name=f"Reject #{waiting['VT']}").click()
    expect(page.locator(".message-info")).to_contain_text(
        f"rejected change {waiting['VT']}: VT stays permitted"
    )
    # accepting a rejected change needs force, in the browser as on the command line
    form = page.locator("#redecide")
    form.locator("input[name=change_id]").fill(str(waiting["NJ"]))
    form.locator("select[name=action]").select_option("accept")
    form.get_by_role("button", name="Decide").click()
    expect(page.locator(".message-error")).to_contain_text("pass --force")
    assert legality(db)["NJ"]["review_state"] == "rejected"
    override = page.locator("#override")
    override.locator("input[name=state]").fill("VT")
    override.locator("select[name=status]").select_option("prohibited")
    override.locator("input[name=note]").fill("the board voted last night")
    override.get_by_role("button", name="Override").click()
    expect(page.locator(".message-info")).to_contain_text("override: VT is prohibited")
    expect(page.locator("#nothing")).to_have_text("Nothing awaits review.")

    # every decision recorded the same way, with who and when
    conn = sqlite3.connect(db)
    log = conn.execute(
        "select by, action, jurisdiction, status, note, at from reviews order by id"
    ).fetchall()
    assert [row[:5] for row in log] == [
        ("cli-editor", "accept", "CO", "prohibited", None),
        ("cli-editor", "reject", "NJ", "permitted", "the board page is a draft"),
        ("cli-editor", "override", "NY", "permitted", "court stayed the position"),
        ("ann", "accept", "WA", "permitted", None),
        ("ann", "reject", "VT", "permitted", "a draft position, not adopted"),
        ("ann", "override", "VT", "prohibited", "the board voted last night"),
    ]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", row[5]) for row in log)

    # one published list everywhere: the legality rows, status, the report, the map, the web UI
    # and the article
    expected = ["CO", "VT"]
    rows = legality(db)
    assert sorted(c for c, r in rows.items() if r["published_status"] in NOT_ALLOWED) == expected
    assert {c: r["review_state"] for c, r in rows.items()} == {
        "CO": "accepted", "NJ": "rejected", "NY": "overridden", "VT": "overridden", "WA": "accepted",
    }  # fmt: skip
    status = json.loads(sw("status", "--json", db=db).stdout)
    assert sorted(r["jurisdiction"] for r in status if r["published_status"] in NOT_ALLOWED) == expected

    sw("report", "--out", str(replayed["reports"]), db=db)
    index = (replayed["reports"] / "latest" / "index.html").read_text()
    published = dict(
        re.findall(r'<tr id="row-(\w\w)">.*?<td class="published"><span class="status status-(\w+)">', index)
    )
    assert sorted(c for c in STATES if published[c] in NOT_ALLOWED) == expected
    page.goto((replayed["reports"] / "latest" / "index.html").as_uri())
    for code in STATES:
        tile = page.locator(f"#us-map #tile-{code}")
        wanted = "prohibited" if code in expected else "permitted"
        expect(tile).to_have_class(re.compile(rf"\bstatus-{wanted}\b"))
        expect(tile.locator("circle.pending-mark")).to_have_count(0)

    page.goto(server.url + "/prohibited_states")
    expect(page.locator("td.col-jurisdiction")).to_have_text(expected)
    assert [
        r["jurisdiction"] for r in server.json("/scopewatch/prohibited_states.json?_shape=array")
    ] == expected

    article = tmp_path / "article.txt"
    article.write_text(ARTICLE)
    assert (
        "like Colorado and Vermont, because" in sw("article", str(article), "--reviewed-only", db=db).stdout
    )
    sw("article", str(article), "--reviewed-only", "--write", db=db)
    assert stat.S_IMODE(article.stat().st_mode) & 0o044 == 0o044  # world-readable
    report_files = [p for p in (replayed["reports"]).rglob("*") if p.is_file() and p.name != ".run-id"]
    assert report_files and all(stat.S_IMODE(p.stat().st_mode) == 0o644 for p in report_files)
    context.close()
