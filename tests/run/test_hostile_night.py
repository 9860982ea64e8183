"""A whole night with a hostile page of each kind among good pages (issue 17): every good
source is recorded, and each hostile page fails alone or is read right.

The pages' verdicts come from their own sentences, written here; nothing is hard-coded
about any real state.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from tests.pages import board_page, registry
from tests.site import Route, TestSite
from tracker.fetch.options import CrawlOptions
from tracker.run.pipeline import RunOptions
from tracker.run.pipeline import run as run_pipeline

PERMITS = "The Board has determined that dry needling is within the scope of practice of physical therapy."
FORBIDS = "Physical therapists may not perform dry needling."
GOOD = ["vt-good", "nh-good", "me-good", "ri-good"]


def cookie_flood(h: BaseHTTPRequestHandler) -> None:
    body = board_page("Board", "Dry needling", PERMITS).encode()
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    for i in range(100):
        h.send_header("Set-Cookie", f"c{i}={'x' * 4000}; Path=/")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def picky(text: str):  # type: ignore[no-untyped-def]
    """A good page on a server that answers 431 to oversized cookies, as real servers do."""

    def handler(h: BaseHTTPRequestHandler) -> None:
        too_big = len(h.headers.get("Cookie") or "") > 8192
        body = b"Request Header Fields Too Large" if too_big else board_page("Board", "DN", text).encode()
        h.send_response(431 if too_big else 200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handler


def hostile_site(site: TestSite) -> None:
    r = site.routes
    r["/flood"] = cookie_flood  # before the good pages on the same host
    for sid in GOOD:
        r[f"/{sid}"] = picky(PERMITS)
    divs = "<div>x " * 20_000 + f"<p>{FORBIDS}</p>" + "</div>" * 20_000
    r["/deep"] = Route(f"<html><body><main>{divs}</main></body></html>")
    r["/fonts"] = Route(f"<html><body><main>{'<font>' * 300}<p>{FORBIDS}</p></main></body></html>")
    r["/footnote"] = Route(
        f"<html><body><main><p>{FORBIDS}[1] The board met in May.</p></main></body></html>"
    )
    r["/nul"] = Route(f"<html><body><main><p>{FORBIDS}\x00</p>\x00<p>Minutes.</p></main></body></html>")
    r["/utf16"] = Route(
        f"<html><body><main><p>{FORBIDS}</p></main></body></html>".encode("utf-16-le"),
        "text/html; charset=utf-16",
    )


ENTRIES = [
    ("flood", "CT", "board_position", "/flood", "main"),
    *[(sid, sid[:2].upper(), "board_position", f"/{sid}", "main") for sid in GOOD],
    ("deep", "NY", "board_position", "/deep", "main"),
    ("fonts", "NJ", "board_position", "/fonts", "main"),
    ("footnote", "PA", "board_position", "/footnote", "main"),
    ("nul", "OH", "board_position", "/nul", "main"),
    ("utf16", "MI", "board_position", "/utf16", "main"),
]


def test_a_night_of_hostile_pages_records_every_good_source(site: TestSite, tmp_path: Path) -> None:
    hostile_site(site)
    sources = registry(tmp_path / "sources.toml", site, ENTRIES)
    db = tmp_path / "sw.db"
    options = RunOptions(
        db_path=db,
        sources_path=sources,
        reports_dir=tmp_path / "reports",
        crawl=CrawlOptions(delay=0, timeout=30, concurrency=1),  # one at a time: the flood comes first
    )
    summary = run_pipeline(options)
    conn = sqlite3.connect(db)
    outcomes = dict(conn.execute("select source_id, outcome from checks"))
    assert outcomes == dict.fromkeys(outcomes, "fetched"), outcomes
    statuses = dict(conn.execute("select source_id, status from findings"))
    for sid in ["flood", *GOOD]:
        assert statuses[sid] == "permitted", sid
    # read right, not silently dropped (deep), split (footnote, NUL) or refused (UTF-16)
    for sid in ("deep", "fonts", "footnote", "nul", "utf16"):
        assert statuses[sid] == "prohibited", sid
    assert summary.status.value == "ok"


def test_a_bad_port_entry_is_refused_before_any_request(site: TestSite, tmp_path: Path) -> None:
    hostile_site(site)
    sources = registry(tmp_path / "sources.toml", site, ENTRIES)
    text = sources.read_text().replace(f"127.0.0.1:{site.port}/deep", "127.0.0.1:99999/deep")
    sources.write_text(text)
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "run", "--sources", str(sources), "--db", str(tmp_path / "sw.db")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ),
    )
    assert result.returncode == 2
    assert "source 'deep': key 'url'" in result.stderr and "Port out of range" in result.stderr
    assert "Traceback" not in result.stderr
    assert sum(site.hits.values()) == 0  # refused whole, before any request


def test_past_the_registry_a_bad_port_fails_alone_among_hostile_and_good_pages(site: TestSite) -> None:
    """The same night straight into the crawler, with a bad-port source the registry would have
    refused: it fails alone, and every good page (and every hostile one) is still fetched."""
    from tracker.fetch.crawl import crawl
    from tracker.models import Authority, FetchOutcome, FetchRequest, Profession, Source

    hostile_site(site)

    def source(sid: str, url: str) -> Source:
        return Source(
            sid, "CO", Profession.PHYSICAL_THERAPIST, Authority.BOARD_POSITION, "Board", url, "main"
        )

    requests = [FetchRequest(source(sid, site.url(route))) for sid, _, _, route, _ in ENTRIES]
    requests.insert(1, FetchRequest(source("bad-port", f"http://127.0.0.1:{site.port + 70000}/deep")))
    results = {r.source_id: r for r in crawl(requests, CrawlOptions(delay=0, timeout=30, concurrency=1))}
    assert results["bad-port"].outcome is FetchOutcome.FAILED
    assert "the URL cannot be requested" in (results["bad-port"].error or "")
    fetched = {sid for sid, r in results.items() if r.outcome is FetchOutcome.FETCHED}
    assert fetched == {sid for sid, *_ in ENTRIES}
