"""The crawler end to end: a real Scrapy crawl in a child process against a real
loopback site. Most faults share one batch crawl (module fixture) to keep this fast."""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.site import HOSTS_ENV, PUBLIC_HOST, Route, TestSite, make_pdf
from tracker.errors import UsageError
from tracker.fetch.crawl import CrawlOptions, FetchRequest, FetchResult, crawl
from tracker.models import Authority, FetchOutcome, Profession, Source

FAST = CrawlOptions(timeout=2, retries=1, delay=0, concurrency=32)

BOILERPLATE = """<html><head><title>Board</title></head><body>
<nav class="navbar">NAV LINKS</nav><div class="sidebar">SIDEBAR LINKS</div>
<main><h1>Dry needling</h1><p>Physical therapists may perform dry needling.</p></main>
<footer>FOOTER TEXT</footer></body></html>"""
CHALLENGE = """<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>
<h1>Checking your browser before accessing board.example.gov</h1>
<noscript>Enable JavaScript and cookies to continue</noscript>
<div id="challenge-platform"></div></body></html>"""
FANCY = "Caf\u00e9 \u2019dry needling\u2019 \u2013 permitted"
LAST_MODIFIED = "Wed, 01 Jan 2025 00:00:00 GMT"


def source(url: str, sid: str = "src", selector: str | None = None) -> Source:
    return Source(
        id=sid,
        jurisdiction="CO",
        profession=Profession.PHYSICAL_THERAPIST,
        authority=Authority.RULE,
        board="Test Board",
        url=url,
        selector=selector,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Batch:
    site: TestSite
    results: dict[str, FetchResult]
    seconds: float


@pytest.fixture(scope="module")
def batch() -> Iterator[Batch]:
    """One crawl over every fault the site can produce; tests assert on its results."""
    site = TestSite().start()
    pdf = make_pdf("Dry needling is within the scope of physical therapy.")
    r = site.routes
    r["/robots.txt"] = Route("User-agent: *\nDisallow: /private/\n", "text/plain")
    r["/boiler"] = Route(BOILERPLATE)
    r["/doc.pdf"] = Route(pdf, "application/pdf")
    r["/cp1252-header"] = Route(f"<p>{FANCY}</p>".encode("cp1252"), "text/html; charset=windows-1252")
    r["/cp1252-meta"] = Route(
        f'<html><head><meta charset="windows-1252"></head><body><p>{FANCY}</p></body></html>'.encode(
            "cp1252"
        ),
        "text/html",
    )
    r["/gone"] = Route(status=404)
    r["/gone410"] = Route("gone", status=410)
    r["/err"] = Route("oops", status=500)
    r["/old"] = Route(redirect="/boiler", status=301)
    r["/"] = Route("<p>Welcome to the board.</p>")
    r["/to-home"] = Route(redirect="/")
    r["/to-login"] = Route(redirect="/login?next=/rules")
    r["/login"] = Route("<form>Sign in</form><p>Please sign in.</p>")
    r["/forbidden"] = Route("no", status=403)
    r["/slow-down"] = Route("slow down", status=429, headers={"Retry-After": "1"})
    r["/much-later"] = Route("later", status=429, headers={"Retry-After": "3600"})
    r["/challenge"] = Route(CHALLENGE, status=503)
    r["/challenge200"] = Route(CHALLENGE)
    r["/private/rules"] = Route("<p>secret</p>")
    r["/hang"] = Route("<p>late</p>", delay=30)
    r["/huge"] = Route(stream_bytes=3 * 1024 * 1024)
    r["/huge-declared"] = Route(b"<p>" + b"x" * (3 * 1024 * 1024) + b"</p>")
    r["/random"] = Route(os.urandom(8192), "text/html")
    r["/html-as-pdf"] = Route("<html><body><p>Served as PDF.</p></body></html>", "application/pdf")
    r["/pdf-as-html"] = Route(pdf, "text/html; charset=utf-8")
    r["/empty"] = Route("<html><body>  </body></html>")
    r["/bad.pdf"] = Route(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n" + b"\x00\xff" * 100, "application/pdf")
    r["/loop-a"] = Route(redirect="/loop-b")
    r["/loop-b"] = Route(redirect="/loop-a")
    r["/to-private"] = Route(redirect=site.url("/boiler"))  # absolute: 127.0.0.1
    r["/reset"] = Route(reset=True)
    r["/refresh"] = Route(
        '<html><head><meta http-equiv="refresh" content="0; url=/boiler">'
        "</head><body><p>This page has moved.</p></body></html>"
    )
    cases = {
        "selector": source(site.url("/boiler"), "selector", selector="main"),
        "no-selector": source(site.url("/boiler"), "no-selector"),
        "pdf": source(site.url("/doc.pdf"), "pdf"),
        "cp1252-header": source(site.url("/cp1252-header"), "cp1252-header"),
        "cp1252-meta": source(site.url("/cp1252-meta"), "cp1252-meta"),
        "gone": source(site.url("/gone"), "gone"),
        "gone410": source(site.url("/gone410"), "gone410"),
        "err": source(site.url("/err"), "err"),
        "redirect": source(site.url("/old"), "redirect"),
        "to-home": source(site.url("/to-home"), "to-home"),
        "to-login": source(site.url("/to-login"), "to-login"),
        "forbidden": source(site.url("/forbidden"), "forbidden"),
        "slow-down": source(site.url("/slow-down"), "slow-down"),
        "much-later": source(site.url("/much-later"), "much-later"),
        "challenge": source(site.url("/challenge"), "challenge"),
        "challenge200": source(site.url("/challenge200"), "challenge200"),
        "robots": source(site.url("/private/rules"), "robots"),
        "hang": source(site.url("/hang"), "hang"),
        "huge": source(site.url("/huge"), "huge"),
        "huge-declared": source(site.url("/huge-declared"), "huge-declared"),
        "random": source(site.url("/random"), "random"),
        "html-as-pdf": source(site.url("/html-as-pdf"), "html-as-pdf"),
        "pdf-as-html": source(site.url("/pdf-as-html"), "pdf-as-html"),
        "empty": source(site.url("/empty"), "empty"),
        "bad-pdf": source(site.url("/bad.pdf"), "bad-pdf"),
        "loop": source(site.url("/loop-a"), "loop"),
        "to-private": source(site.url("/to-private", host=PUBLIC_HOST), "to-private"),
        "reset": source(site.url("/reset"), "reset"),
        "meta-refresh": source(site.url("/refresh"), "meta-refresh", selector="main"),
        "refused": source(f"http://127.0.0.1:{free_port()}/x", "refused"),
        "same-url": source(site.url("/boiler"), "same-url", selector="h1"),
        "ftp": source("ftp://example.gov/rules.txt", "ftp"),
    }
    seen: list[str] = []
    options = CrawlOptions(timeout=2, retries=1, delay=0, concurrency=32, max_bytes=1024 * 1024)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(*HOSTS_ENV)
        start = time.monotonic()
        results = crawl(
            [FetchRequest(s) for s in cases.values()],
            options,
            on_result=lambda res: seen.append(res.source_id),
        )
        seconds = time.monotonic() - start
    try:
        assert len(results) == len(cases)
        assert sorted(seen) == sorted(cases)  # on_result saw each one, once
        yield Batch(site, {res.source_id: res for res in results}, seconds)
    finally:
        site.stop()


def check(batch: Batch, sid: str, outcome: FetchOutcome, reason: str | None = None) -> FetchResult:
    res = batch.results[sid]
    assert res.outcome is outcome, res
    if reason is not None:
        assert res.error is not None and reason in res.error, res
    if outcome is not FetchOutcome.FETCHED:
        assert res.text is None
    return res


def test_selector_region_without_boilerplate(batch: Batch) -> None:
    res = check(batch, "selector", FetchOutcome.FETCHED)
    assert res.text == "Dry needling\n\nPhysical therapists may perform dry needling."
    assert res.error is None and res.http_status == 200
    assert res.content_type == "text/html; charset=utf-8"
    body = check(batch, "no-selector", FetchOutcome.FETCHED).text or ""
    assert "Physical therapists may perform dry needling." in body
    for furniture in ("NAV LINKS", "SIDEBAR LINKS", "FOOTER TEXT"):
        assert furniture not in body
    # two sources on one URL are both answered, each with its own selector
    assert check(batch, "same-url", FetchOutcome.FETCHED).text == "Dry needling"


def test_pdf(batch: Batch) -> None:
    res = check(batch, "pdf", FetchOutcome.FETCHED)
    assert "Dry needling is within the scope of physical therapy." in (res.text or "")


def test_windows_1252_header_and_meta(batch: Batch) -> None:
    assert check(batch, "cp1252-header", FetchOutcome.FETCHED).text == FANCY
    assert check(batch, "cp1252-meta", FetchOutcome.FETCHED).text == FANCY


def test_gone(batch: Batch) -> None:
    assert check(batch, "gone", FetchOutcome.GONE, "HTTP 404").http_status == 404
    check(batch, "gone410", FetchOutcome.GONE, "HTTP 410")


def test_server_error_retried_then_failed(batch: Batch) -> None:
    check(batch, "err", FetchOutcome.FAILED, "HTTP 500")
    assert batch.site.hits["/err"] == 1 + FAST.retries


def test_redirect_records_final_url(batch: Batch) -> None:
    res = check(batch, "redirect", FetchOutcome.FETCHED)
    assert res.url == batch.site.url("/old")
    assert res.final_url == batch.site.url("/boiler")


def test_meta_refresh_is_followed(batch: Batch) -> None:
    res = check(batch, "meta-refresh", FetchOutcome.FETCHED)
    assert res.final_url == batch.site.url("/boiler")
    assert res.text == "Dry needling\n\nPhysical therapists may perform dry needling."


def test_redirect_to_home_or_login_is_moved(batch: Batch) -> None:
    res = check(batch, "to-home", FetchOutcome.MOVED, "redirected to the site's home page")
    assert res.final_url == batch.site.url("/")
    check(batch, "to-login", FetchOutcome.MOVED, "redirected to a login page")


def test_blocked(batch: Batch) -> None:
    check(batch, "forbidden", FetchOutcome.BLOCKED, "HTTP 403")
    check(batch, "challenge", FetchOutcome.BLOCKED, "bot challenge")
    check(batch, "challenge200", FetchOutcome.BLOCKED, "bot challenge")


def test_429_waits_once_then_blocked(batch: Batch) -> None:
    res = check(batch, "slow-down", FetchOutcome.BLOCKED, "HTTP 429")
    assert res.retry_after == 1.0
    assert batch.site.hits["/slow-down"] == 2  # one wait, one retry
    assert batch.seconds >= 1.0
    late = check(batch, "much-later", FetchOutcome.BLOCKED, "over the cap")
    assert late.retry_after == 3600.0
    assert batch.site.hits["/much-later"] == 1  # not worth waiting for


def test_robots_disallow_is_skipped(batch: Batch) -> None:
    url = batch.site.url("/private/rules")
    check(batch, "robots", FetchOutcome.SKIPPED, f"robots.txt disallows {url}")
    assert batch.site.hits["/private/rules"] == 0


def test_timeout(batch: Batch) -> None:
    check(batch, "hang", FetchOutcome.FAILED, "timed out after 2 s")


def test_size_cap(batch: Batch) -> None:
    check(batch, "huge", FetchOutcome.FAILED, "larger than the 1 MB cap")
    check(batch, "huge-declared", FetchOutcome.FAILED, "larger than the 1 MB cap")


def test_unusable_bodies_fail(batch: Batch) -> None:
    check(batch, "random", FetchOutcome.FAILED, "binary content")
    check(batch, "empty", FetchOutcome.FAILED, "no text in the page")
    check(batch, "bad-pdf", FetchOutcome.FAILED, "unparsable PDF")


def test_kind_comes_from_the_bytes(batch: Batch) -> None:
    assert check(batch, "html-as-pdf", FetchOutcome.FETCHED).text == "Served as PDF."
    res = check(batch, "pdf-as-html", FetchOutcome.FETCHED)
    assert "Dry needling is within the scope of physical therapy." in (res.text or "")


def test_redirect_loop(batch: Batch) -> None:
    check(batch, "loop", FetchOutcome.FAILED, "redirect loop")


def test_public_to_private_redirect_refused(batch: Batch) -> None:
    res = check(batch, "to-private", FetchOutcome.FAILED, "refused redirect")
    assert "127.0.0.1" in (res.error or "")


def test_connection_errors(batch: Batch) -> None:
    check(batch, "reset", FetchOutcome.FAILED, "reset or closed")
    check(batch, "refused", FetchOutcome.FAILED, "connection refused")
    check(batch, "ftp", FetchOutcome.FAILED, "not an http(s) URL")


def test_private_redirect_allowed_when_asked(site: TestSite, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(*HOSTS_ENV)
    site.routes["/page"] = Route("<p>Reached.</p>")
    site.routes["/to-private"] = Route(redirect=site.url("/page"))
    options = CrawlOptions(timeout=2, retries=0, delay=0, allow_private_redirects=True)
    [res] = crawl([FetchRequest(source(site.url("/to-private", host=PUBLIC_HOST)))], options)
    assert res.outcome is FetchOutcome.FETCHED and res.text == "Reached."


def test_etag_conditional_request(site: TestSite) -> None:
    site.routes["/tagged"] = Route("<p>Tagged page.</p>", etag='"v1"')
    src = source(site.url("/tagged"))
    [first] = crawl([FetchRequest(src)], FAST)
    assert first.outcome is FetchOutcome.FETCHED and first.etag == '"v1"'
    [second] = crawl([FetchRequest(src, etag=first.etag)], FAST)
    assert second.outcome is FetchOutcome.NOT_MODIFIED and second.http_status == 304
    assert second.text is None and second.error is None
    assert site.headers["/tagged"]["If-None-Match"] == '"v1"'


def test_last_modified_conditional_request(site: TestSite) -> None:
    site.routes["/dated"] = Route("<p>Dated page.</p>", last_modified=LAST_MODIFIED)
    src = source(site.url("/dated"))
    [first] = crawl([FetchRequest(src)], FAST)
    assert first.outcome is FetchOutcome.FETCHED and first.last_modified == LAST_MODIFIED
    [second] = crawl([FetchRequest(src, last_modified=first.last_modified)], FAST)
    assert second.outcome is FetchOutcome.NOT_MODIFIED
    assert site.headers["/dated"]["If-Modified-Since"] == LAST_MODIFIED


def write_night(root: Path, pages: dict[str, dict[str, object]], files: dict[str, bytes]) -> Path:
    night = root / "2025-03-01"
    (night / "pages").mkdir(parents=True)
    for name, body in files.items():
        (night / "pages" / name).write_bytes(body)
    (night / "manifest.json").write_text(json.dumps({"night": night.name, "pages": pages}))
    return night


def test_replay_answers_from_the_mirror_without_network(tmp_path: Path) -> None:
    base = f"http://127.0.0.1:{free_port()}"  # nothing listens here
    write_night(
        tmp_path / "mirror",
        {
            f"{base}/rule": {
                "file": "pages/rule.html",
                "status": 200,
                "content_type": "text/html; charset=utf-8",
                "final_url": f"{base}/rule",
                "headers": {"Last-Modified": LAST_MODIFIED, "ETag": '"r1"'},
            },
            f"{base}/moved": {
                "file": "pages/home.html",
                "status": 200,
                "content_type": "text/html",
                "final_url": f"{base}/",
            },
            f"{base}/gone": {
                "file": "pages/gone.html",
                "status": 404,
                "content_type": "text/html",
                "final_url": f"{base}/gone",
            },
            f"{base}/lost": {  # in the manifest, its file never written
                "file": "pages/lost.html",
                "status": 200,
                "content_type": "text/html",
                "final_url": f"{base}/lost",
            },
            f"{base}/unborn": {"published": False},  # the night predates this page
        },
        {
            "rule.html": b"<main><p>Replayed rule text.</p></main>",
            "home.html": b"<p>Home.</p>",
            "gone.html": b"<p>Not found</p>",
        },
    )
    options = CrawlOptions(replay=tmp_path / "mirror", delay=1.0)  # root: newest night
    results = {
        r.source_id: r
        for r in crawl(
            [
                FetchRequest(source(f"{base}/rule", "rule")),
                FetchRequest(source(f"{base}/rule", "rule-etag"), etag='"r1"'),
                FetchRequest(source(f"{base}/rule", "rule-date"), last_modified=LAST_MODIFIED),
                FetchRequest(source(f"{base}/moved", "moved")),
                FetchRequest(source(f"{base}/gone", "gone")),
                FetchRequest(source(f"{base}/absent", "absent")),
                FetchRequest(source(f"{base}/lost", "lost")),
                FetchRequest(source(f"{base}/unborn", "unborn")),
            ],
            options,
        )
    }
    assert results["rule"].outcome is FetchOutcome.FETCHED
    assert results["rule"].text == "Replayed rule text."
    assert results["rule"].last_modified == LAST_MODIFIED
    assert results["rule-etag"].outcome is FetchOutcome.NOT_MODIFIED
    assert results["rule-date"].outcome is FetchOutcome.NOT_MODIFIED
    assert results["moved"].outcome is FetchOutcome.MOVED
    assert results["gone"].outcome is FetchOutcome.GONE
    assert results["absent"].outcome is FetchOutcome.FAILED
    assert "not in the mirror" in (results["absent"].error or "")
    # a manifest entry whose file is missing is the same kind of answer, not a real 404
    assert results["lost"].outcome is FetchOutcome.FAILED
    assert "not in the mirror" in (results["lost"].error or "")
    # a page the night marks as not published yet is not part of it: neither failed nor gone
    assert results["unborn"].outcome is FetchOutcome.NOT_PUBLISHED
    assert "not published yet" in (results["unborn"].error or "")


def test_replay_of_something_that_is_not_a_mirror(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not a mirror"):
        crawl([FetchRequest(source("http://x.test/"))], CrawlOptions(replay=tmp_path))


def test_record_then_replay_gives_the_same_texts(site: TestSite, tmp_path: Path) -> None:
    site.routes["/page"] = Route(BOILERPLATE, etag='"p1"', last_modified=LAST_MODIFIED)
    site.routes["/doc.pdf"] = Route(make_pdf("Recorded PDF text."), "application/pdf")
    site.routes["/old"] = Route(redirect="/page")
    site.routes["/cp"] = Route(f"<p>{FANCY}</p>".encode("cp1252"), "text/html; charset=cp1252")
    requests = [
        FetchRequest(source(site.url("/page"), "page", selector="main"), etag='"p1"'),
        FetchRequest(source(site.url("/doc.pdf"), "doc")),
        FetchRequest(source(site.url("/old"), "old")),
        FetchRequest(source(site.url("/cp"), "cp")),
    ]
    live = {r.source_id: r for r in crawl(requests, CrawlOptions(record=tmp_path, delay=0))}
    # a recording is complete: conditional headers are not sent, every page is fetched
    assert {r.outcome for r in live.values()} == {FetchOutcome.FETCHED}
    [night] = [p for p in tmp_path.iterdir() if p.is_dir()]
    manifest = json.loads((night / "manifest.json").read_text())
    assert manifest["night"] == night.name
    page = manifest["pages"][site.url("/page")]
    assert page["file"] == "pages/page.html" and page["status"] == 200
    assert page["headers"] == {"ETag": '"p1"', "Last-Modified": LAST_MODIFIED}
    assert manifest["pages"][site.url("/doc.pdf")]["file"] == "pages/doc.pdf"
    assert manifest["pages"][site.url("/old")]["final_url"] == site.url("/page")
    hits = sum(site.hits.values())
    replayed = {r.source_id: r for r in crawl(requests, CrawlOptions(replay=night))}
    assert sum(site.hits.values()) == hits  # nothing reached the site
    assert replayed["page"].outcome is FetchOutcome.NOT_MODIFIED  # etag matches the mirror
    for sid in ("doc", "old", "cp"):
        assert replayed[sid].outcome is FetchOutcome.FETCHED
        assert replayed[sid].text == live[sid].text
        assert replayed[sid].final_url == live[sid].final_url
    assert replayed["cp"].text == FANCY


def test_crawl_twice_in_one_process(site: TestSite) -> None:
    """Twisted's reactor cannot restart in-process; each crawl runs in its own child."""
    site.routes["/a"] = Route("<p>Once.</p>")
    for _ in range(2):
        [res] = crawl([FetchRequest(source(site.url("/a")))], FAST)
        assert res.outcome is FetchOutcome.FETCHED and res.text == "Once."
    assert site.hits["/a"] == 2


def test_no_requests() -> None:
    assert crawl([], FAST) == []


def _runner_children() -> list[int]:
    """Crawler children of this test process still alive."""
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        ppid = next(int(ln.split()[1]) for ln in status.splitlines() if ln.startswith("PPid:"))
        if b"scrapers.runner" in cmdline and ppid == os.getpid():  # ours, not a neighbour's
            pids.append(int(pid))
    return pids


def test_child_is_killed_when_the_caller_fails(site: TestSite) -> None:
    site.routes["/fast"] = Route("<p>Fast.</p>")
    site.routes["/hang"] = Route("<p>late</p>", delay=30)

    def explode(result: FetchResult) -> None:
        raise RuntimeError(f"caller broke on {result.source_id}")

    start = time.monotonic()
    with pytest.raises(RuntimeError, match="caller broke on fast"):
        crawl(
            [
                FetchRequest(source(site.url("/fast"), "fast")),
                FetchRequest(source(site.url("/hang"), "hang")),
            ],
            CrawlOptions(timeout=20, retries=0, delay=0),
            on_result=explode,
        )
    assert time.monotonic() - start < 15
    assert _runner_children() == []


def test_crashed_child_raises_crawl_error(site: TestSite, monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker.errors import CrawlError

    monkeypatch.setenv("SCOPEWATCH_CRAWL_LOG_LEVEL", "NOT-A-LEVEL")  # the child dies at start
    with pytest.raises(CrawlError, match="NOT-A-LEVEL"):
        crawl([FetchRequest(source(site.url("/a")))], FAST)
