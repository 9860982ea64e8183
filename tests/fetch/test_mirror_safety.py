"""A mirror night can name only files inside it; recording never lets two sources share a file;
credentials in a redirect never reach a result."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tests.site import Route, TestSite
from tracker.errors import UsageError
from tracker.fetch import crawl as crawl_module
from tracker.fetch import mirror
from tracker.fetch.crawl import CrawlOptions, crawl
from tracker.models import Authority, FetchOutcome, FetchRequest, Profession, Source


def night_with(tmp_path: Path, file: str) -> Path:
    night = tmp_path / "2026-11-30"
    (night / "pages").mkdir(parents=True)
    (night / "pages" / "ok.html").write_text("<p>ok</p>")
    pages = {"https://a.gov/ok": {"file": "pages/ok.html"}, "https://a.gov/x": {"file": file}}
    (night / "manifest.json").write_text(json.dumps({"night": night.name, "pages": pages}))
    return night


@pytest.mark.parametrize("file", ["../../../../etc/passwd", "/etc/passwd", "pages/../../outside.html", "."])
def test_a_manifest_entry_outside_its_night_is_refused(tmp_path: Path, file: str) -> None:
    (tmp_path / "outside.html").write_text("<p>not the night's</p>")
    night = night_with(tmp_path, file)
    with pytest.raises(UsageError, match="outside its night"):
        mirror.load_manifest(night)


def test_a_symlink_out_of_the_night_is_refused(tmp_path: Path) -> None:
    night = night_with(tmp_path, "pages/link.html")
    (night / "pages" / "link.html").symlink_to("/etc/hostname")
    with pytest.raises(UsageError, match="outside its night"):
        mirror.load_manifest(night)


def test_ids_that_sanitise_alike_get_their_own_files(tmp_path: Path) -> None:
    writer = mirror.NightWriter(tmp_path / "2026-11-30")
    common = {"ext": "html", "status": 200, "content_type": "text/html", "headers": {}}
    one = writer.add(
        url="https://a.gov/1", name="co pt", body=b"<p>one</p>", final_url="https://a.gov/1", **common
    )
    two = writer.add(
        url="https://a.gov/2", name="co-pt", body=b"<p>two</p>", final_url="https://a.gov/2", **common
    )
    again = writer.add(
        url="https://a.gov/1", name="co pt", body=b"<p>1b</p>", final_url="https://a.gov/1", **common
    )
    assert one != two and again == one
    pages = mirror.load_manifest(tmp_path / "2026-11-30")
    assert pages["https://a.gov/1"].path.read_bytes() == b"<p>1b</p>"
    assert pages["https://a.gov/2"].path.read_bytes() == b"<p>two</p>"


def test_credentials_in_a_redirect_are_not_kept(site: TestSite, caplog: pytest.LogCaptureFixture) -> None:
    site.routes["/login-redirect"] = Route(redirect=f"http://editor:hunter22@127.0.0.1:{site.port}/page")
    site.routes["/page"] = Route("<main><p>Physical therapists may perform dry needling.</p></main>")
    source = Source(
        id="cred",
        jurisdiction="CO",
        profession=Profession.PHYSICAL_THERAPIST,
        authority=Authority.RULE,
        board="Board",
        url=site.url("/login-redirect"),
    )
    with caplog.at_level(logging.DEBUG):
        (result,) = crawl([FetchRequest(source)], CrawlOptions(timeout=5, retries=0, delay=0))
    # Scrapy itself refuses such a URL; either way the secret goes nowhere
    assert result.outcome in (FetchOutcome.FETCHED, FetchOutcome.FAILED)
    assert "hunter22" not in repr(result) and "hunter22" not in caplog.text
    assert (
        crawl_module.scrub_userinfo("GET http://u:p@h.gov/x and u:p@h.gov") == "GET http://h.gov/x and h.gov"
    )
