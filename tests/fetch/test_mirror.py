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


def test_every_jurisdiction_gets_a_legality_row_with_evidence(replayed) -> None:  # type: ignore[no-untyped-def]
    db, _reports, _summaries = replayed
    conn = sqlite3.connect(db)
    rows = dict(
        conn.execute("select jurisdiction, evidence from legality where profession = 'physical_therapist'")
    )
    assert set(core_codes()) <= set(rows)
    assert [code for code in core_codes() if not (rows[code] or "").strip()] == []


def test_the_newest_report_lists_what_changed_since_the_older_night(replayed) -> None:  # type: ignore[no-untyped-def]
    db, reports, summaries = replayed
    newest = summaries[-1]
    assert newest.as_of == mirror.list_nights(MIRROR)[-1].name
    data = json.loads((reports / newest.as_of / "change-report.json").read_text())
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
