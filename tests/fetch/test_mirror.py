"""The bundled mirror replays offline into a legality row with evidence for every jurisdiction.

No test here asserts any state's real-world status: the pages say what the law is.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tracker.fetch import mirror
from tracker.fetch.crawl import CrawlOptions
from tracker.run.pipeline import RunOptions, run
from tracker.sources import registry
from tracker.sources.jurisdictions import core_codes

ROOT = Path(__file__).resolve().parents[2]
MIRROR = ROOT / "data" / "mirror"
SOURCES = ROOT / "data" / "sources.toml"


def test_every_night_answers_every_registry_url() -> None:
    urls = {s.url for s in registry.load(SOURCES)}
    nights = mirror.list_nights(MIRROR)
    assert len(nights) >= 2
    for night in nights:
        manifest = json.loads((night / "manifest.json").read_text())
        assert urls <= set(manifest["pages"]), night.name
        for entry in manifest["pages"].values():
            if entry.get("published") is False:
                continue  # a page that did not exist yet on that night has no file
            assert (night / entry["file"]).is_file()


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list]:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("mirror")
    db, reports = tmp / "sw.db", tmp / "reports"
    summaries = [
        run(
            RunOptions(
                db_path=db,
                sources_path=SOURCES,
                reports_dir=reports,
                replay=night,
                crawl=CrawlOptions(delay=0),
            )
        )
        for night in mirror.list_nights(MIRROR)
    ]
    return db, reports, summaries


def test_every_jurisdiction_gets_a_legality_row_and_evidence_only_from_words(replayed) -> None:  # type: ignore[no-untyped-def]
    """Every jurisdiction has a source and so a row; a row has evidence where a page carries words
    on dry needling, and a row whose pages all say nothing is unaddressed with no evidence."""
    db, _reports, _summaries = replayed
    conn = sqlite3.connect(db)
    rows = {
        code: (status, evidence)
        for code, status, evidence in conn.execute(
            "select jurisdiction, status, evidence from legality where profession = 'physical_therapist'"
        )
    }
    assert set(core_codes()) <= set(rows)
    without = {code for code, (_status, evidence) in rows.items() if not (evidence or "").strip()}
    assert {rows[code][0] for code in without} <= {"unaddressed"}
    assert len(without) < len(rows) // 4  # most jurisdictions have a page that speaks


def _page_text(night: Path, url: str, selector: str | None) -> str:
    from tracker.fetch.extract import extract_text

    entry = mirror.load_manifest(night)[url]
    return extract_text(entry.path.read_bytes(), entry.content_type, url=url, selector=selector)


def test_home_page_stand_ins_say_nothing_about_dry_needling() -> None:
    """A source known only as a board home page must not put words on dry needling in its
    stand-in: an exported evidence link would overstate what the real page says."""
    homes = [s for s in registry.load(SOURCES) if (s.cites or "").startswith("Board home page")]
    assert len(homes) >= 5
    for night in mirror.list_nights(MIRROR):
        manifest = mirror.load_manifest(night)
        for s in homes:
            text = _page_text(night, s.url, s.selector).lower()
            assert text.strip(), (night.name, s.id)
            assert "needl" not in text, (night.name, s.id)
            whole = manifest[s.url].path.read_text(encoding="utf-8").lower()  # chrome included
            assert "needl" not in whole, (night.name, s.id)


def test_one_page_may_serve_two_professions(replayed) -> None:  # type: ignore[no-untyped-def]
    """Two sources of different professions may share a URL (one rule naming both); the crawl
    fetches it for each source and each profession gets its own row."""
    db, _reports, _summaries = replayed
    sources = registry.load(SOURCES)
    by_url: dict[str, set[str]] = {}
    for s in sources:
        by_url.setdefault(s.url, set()).add(s.profession.value)
    shared = {url: profs for url, profs in by_url.items() if len(profs) > 1}
    assert shared, "the bundled registry has a page that speaks to two professions"
    assert len({(s.url, s.profession.value) for s in sources}) == len(sources)
    conn = sqlite3.connect(db)
    for url in shared:
        ids = [s.id for s in sources if s.url == url]
        fetched = {
            r[0] for r in conn.execute("select distinct source_id from snapshots where url = ?", [url])
        }
        assert fetched == set(ids)


def test_the_newest_report_lists_what_changed_since_the_older_night(replayed) -> None:  # type: ignore[no-untyped-def]
    db, reports, summaries = replayed
    newest = summaries[-1]
    assert newest.as_of == mirror.list_nights(MIRROR)[-1].name
    data = json.loads((reports / f"{newest.as_of}-run{newest.run_id}" / "change-report.json").read_text())
    conn = sqlite3.connect(db)
    recorded = {
        (r[0], r[1])
        for r in conn.execute(
            "select jurisdiction, profession from changes where kind = 'status' and run_id = ?",
            [newest.run_id],
        )
    }
    assert recorded, "the two nights differ, so the newest run must record status changes"
    assert {(c["jurisdiction"], c["profession"]) for c in data["status_changes"]} == recorded
    # the baseline night records none
    assert (
        conn.execute("select count(*) from changes where run_id = ?", [summaries[0].run_id]).fetchone()[0]
        == 0
    )


def _build_mirror_module():  # type: ignore[no-untyped-def]
    import importlib.util
    import sys

    if "build_mirror" in sys.modules:
        return sys.modules["build_mirror"]
    spec = importlib.util.spec_from_file_location("build_mirror", ROOT / "scripts" / "build_mirror.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_mirror"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


SHARED_CONTENT = """
[[source]]
id = "de-pt-rule"
jurisdiction = "DE"
profession = "physical_therapist"
authority = "rule"
board = "Examining Board"
url = "https://example.gov/2600"
cites = "Rule 15.4"
format = "html"
verified = "test"

[[source]]
id = "de-at-rule"
jurisdiction = "DE"
profession = "{at_profession}"
authority = "rule"
board = "Examining Board"
url = "https://example.gov/2600"
cites = "Rule 15.4.1"
format = "html"
verified = "test"
{page_of}
[[page]]
source = "de-pt-rule"
night = "2017-06-01"
title = "Rule 15"
last_updated = "2017-01-01"
body = "Rule text."

[[page]]
source = "de-pt-rule"
night = "2026-11-28"
title = "Rule 15"
last_updated = "2026-01-01"
body = "Rule text."
"""


@pytest.mark.parametrize(
    ("at_profession", "page_of", "error"),
    [
        ("athletic_trainer", "", "same url as 'de-pt-rule'"),
        ("physical_therapist", 'page_of = "de-pt-rule"', "two sources of one profession"),
        ("athletic_trainer", 'page_of = "de-nope"', "is not a source with pages"),
    ],
)
def test_build_mirror_refuses_a_shared_url_unless_another_profession_shares_the_page(
    tmp_path: Path, at_profession: str, page_of: str, error: str
) -> None:
    build_mirror = _build_mirror_module()
    content = tmp_path / "content"
    content.mkdir()
    (content / "de.toml").write_text(SHARED_CONTENT.format(at_profession=at_profession, page_of=page_of))
    with pytest.raises(build_mirror.ContentError, match=error):
        build_mirror.load_content(content)


def test_build_mirror_writes_one_page_for_two_professions(tmp_path: Path) -> None:
    build_mirror = _build_mirror_module()
    content = tmp_path / "content"
    content.mkdir()
    text = SHARED_CONTENT.format(at_profession="athletic_trainer", page_of='page_of = "de-pt-rule"')
    (content / "de.toml").write_text(text)
    n_sources, n_pages = build_mirror.build(content, tmp_path / "sources.toml", tmp_path / "mirror")
    assert (n_sources, n_pages) == (2, 2)
    written = registry.load(tmp_path / "sources.toml")
    assert {s.id: s.profession.value for s in written} == {
        "de-pt-rule": "physical_therapist",
        "de-at-rule": "athletic_trainer",
    }
    manifest = json.loads((tmp_path / "mirror" / "2026-11-28" / "manifest.json").read_text())
    assert list(manifest["pages"]) == ["https://example.gov/2600"]


def test_every_date_the_replays_record_is_a_replayed_night(replayed) -> None:  # type: ignore[no-untyped-def]
    """Dates of the night: detection, first seen and last checked are the nights' dates, not today."""
    db, _reports, _summaries = replayed
    nights = {night.name for night in mirror.list_nights(MIRROR)}
    conn = sqlite3.connect(db)
    detected = {row[0] for row in conn.execute("select detected_at from changes")}
    assert detected and detected <= nights
    assert {row[0] for row in conn.execute("select as_of from runs")} == nights
    seen = {d for row in conn.execute("select first_seen, last_checked from legality") for d in row}
    assert seen <= nights


def test_a_page_not_published_yet_is_neither_a_failure_nor_gone(tmp_path: Path) -> None:
    """A night that predates a page marks it ``published: false``: the run is ok, no check is
    recorded for it, and when a later night carries the page it decides with no review flag."""
    url = "https://board.example.gov/rule"
    (tmp_path / "sources.toml").write_text(
        f'''[[source]]
id = "xx-pt-rule"
jurisdiction = "OH"
profession = "physical_therapist"
authority = "rule"
board = "Example Board"
url = "{url}"
cites = "Example rule"
'''
    )
    older = mirror.NightWriter(tmp_path / "mirror" / "2017-06-01")
    older.add_unpublished(url)
    newer = mirror.NightWriter(tmp_path / "mirror" / "2026-11-28")
    newer.add(
        url=url,
        name="xx-pt-rule",
        ext="html",
        body=b"<main><p>A physical therapist may perform dry needling under this rule.</p></main>",
        status=200,
        content_type="text/html; charset=utf-8",
        final_url=url,
        headers={},
    )
    db = tmp_path / "sw.db"
    summaries = [
        run(
            RunOptions(
                db_path=db, sources_path=tmp_path / "sources.toml", replay=night, crawl=CrawlOptions(delay=0)
            )
        )
        for night in mirror.list_nights(tmp_path / "mirror")
    ]
    first, second = summaries
    assert first.status.value == "ok" and first.counts.failed == 0 and first.counts.not_published == 1
    assert "1 not published yet" in first.line()
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from checks where run_id = ?", (first.run_id,)).fetchone() == (0,)
    assert second.counts.fetched == 1
    row = conn.execute(
        "select status, review_state from legality where jurisdiction = 'OH' and profession = ?",
        ("physical_therapist",),
    ).fetchone()
    assert row[0] == "permitted" and row[1] != "needs_review"
