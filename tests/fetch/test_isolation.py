"""One source's fault stays with that source: a URL Scrapy refuses, a cookie flood, the
child's log levels, and no network for the public-suffix list."""

from __future__ import annotations

import logging
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.site import TestSite
from tracker.fetch.crawl import CrawlOptions, FetchRequest, crawl
from tracker.models import Authority, FetchOutcome, Profession, Source

PAGE = "<html><body><main><p>Physical therapists may perform dry needling.</p></main></body></html>"


def source(url: str, sid: str) -> Source:
    return Source(
        id=sid,
        jurisdiction="CO",
        profession=Profession.PHYSICAL_THERAPIST,
        authority=Authority.RULE,
        board="Test Board",
        url=url,
        selector="main",
    )


def cookie_flood(h: BaseHTTPRequestHandler) -> None:
    body = PAGE.encode()
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    for i in range(100):
        h.send_header("Set-Cookie", f"c{i}={'x' * 4000}; Path=/; Domain=127.0.0.1")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def picky(h: BaseHTTPRequestHandler) -> None:
    """A server that refuses oversized request headers, as real ones do."""
    cookies = h.headers.get("Cookie") or ""
    status, body = (431, b"too big") if len(cookies) > 8192 else (200, PAGE.encode())
    h.send_response(status)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def test_one_bad_url_and_one_cookie_flood_fail_nobody_else(
    site: TestSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # no tldextract cache: offline, its first use would download the suffix list and fail
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("SCOPEWATCH_CRAWL_LOG_LEVEL", "INFO")
    site.routes["/flood"] = cookie_flood
    for i in range(3):
        site.routes[f"/good{i}"] = picky
    sources = [
        source(site.url("/flood"), "flood"),
        source(f"http://127.0.0.1:{site.port + 70000}/x", "bad-port"),  # past the registry's check
        source("http://[::1/x", "bad-ipv6"),
        *(source(site.url(f"/good{i}"), f"good{i}") for i in range(3)),
    ]
    caplog.set_level(logging.DEBUG, logger="tracker")
    results = {
        r.source_id: r
        for r in crawl(
            [FetchRequest(s) for s in sources], CrawlOptions(timeout=5, retries=0, delay=0, concurrency=1)
        )
    }
    assert results["flood"].outcome is FetchOutcome.FETCHED
    for sid in ("bad-port", "bad-ipv6"):
        assert results[sid].outcome is FetchOutcome.FAILED
        assert "the URL cannot be requested" in (results[sid].error or "")
    for i in range(3):
        assert results[f"good{i}"].outcome is FetchOutcome.FETCHED, results[f"good{i}"]
        assert "Cookie" not in site.headers[f"/good{i}"]  # the flood's jar is its own
    crawler_lines = [r for r in caplog.records if r.getMessage().startswith("[crawler]")]
    text = "\n".join(r.getMessage() for r in crawler_lines)
    assert "Traceback" not in text and "public_suffix_list" not in text
    # the child's INFO lines arrive as INFO, not WARNING
    assert any(r.levelno == logging.INFO and "Spider opened" in r.getMessage() for r in crawler_lines)
    assert not any(r.levelno >= logging.WARNING and "Spider opened" in r.getMessage() for r in crawler_lines)
