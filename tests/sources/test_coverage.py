from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rich.console import Console
from sqlite_utils import Database

from tests.dbfactory import add_check, add_run, add_source, two_runs
from tracker.models import Authority, Profession, Source
from tracker.outputs.terminal import print_coverage, to_rich, to_text
from tracker.sources.coverage import coverage, iter_coverage, source_health

NOW = "2024-05-09T00:00:00Z"  # 7 days after 2024-05-02T00:00


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return two_runs(tmp_path / "sw.db")


def test_jurisdiction_with_no_source(db: Database) -> None:
    cov = coverage(db, None, now=NOW)
    assert len(cov["jurisdictions"]) == 51
    assert "AL" in cov["no_source"] and "CA" not in cov["no_source"]
    assert len(cov["no_source"]) == 45
    al = next(p for p in cov["jurisdictions"] if p["jurisdiction"] == "AL")
    assert al["has_source"] is False
    assert al["professions"] == [
        {"profession": "physical_therapist", "sources": [], "authorities": [],
         "missing": ["statute", "rule", "board_position"]}
    ]  # fmt: skip


def test_covered_and_missing_authorities(db: Database) -> None:
    add_source(db, "ca-pt-board", "CA", "board_position", "https://example.test/ca/pos.html")
    add_source(db, "ca-pt-court", "CA", "court", "https://example.test/ca/court.html")
    cov = coverage(db, None, now=NOW)
    ca = next(p for p in cov["jurisdictions"] if p["jurisdiction"] == "CA")["professions"][0]
    assert ca["authorities"] == ["court", "statute", "board_position"]
    assert ca["missing"] == ["rule"]
    assert ca["sources"] == ["ca-pt-board", "ca-pt-court", "ca-pt-statute"]


def test_stale_failing_never_fetched_and_pdf(db: Database) -> None:
    cov = coverage(db, None, stale_days=7, now=NOW)
    # NY (blocked) and TX (gone) last succeeded on 2024-05-01: more than 7 days before NOW.
    assert cov["stale"] == ["ny-pt-board", "tx-pt-faq"]
    assert cov["never_fetched"] == ["fl-pt-statute"]
    assert cov["failing"] == ["fl-pt-statute"]
    assert cov["pdf"] == ["tx-pt-faq"]
    ny = next(s for s in cov["sources"] if s["id"] == "ny-pt-board")
    assert (ny["last_outcome"], ny["consecutive_failures"], ny["last_success"]) == (
        "blocked",
        1,
        "2024-05-01T02:01:00Z",
    )
    assert coverage(db, None, stale_days=30, now=NOW)["stale"] == []
    assert coverage(db, None, now=NOW, failing_after=1)["failing"] == [
        "fl-pt-statute",
        "ny-pt-board",
        "tx-pt-faq",
    ]


def test_registry_sources_and_pdf_by_url_when_never_fetched(db: Database) -> None:
    sources = [
        Source("ga-pt-rule", "GA", Profession.PHYSICAL_THERAPIST, Authority.RULE, "GA Board",
               "https://example.test/ga/Rule-490.PDF"),
        Source("ca-pt-statute", "CA", Profession.PHYSICAL_THERAPIST, Authority.STATUTE, "CA Board",
               "https://example.test/ca/bpc-2620.html"),
    ]  # fmt: skip
    cov = coverage(db, sources, now=dt.datetime(2024, 5, 3, tzinfo=dt.UTC))
    assert [s["id"] for s in cov["sources"]] == ["ga-pt-rule", "ca-pt-statute"]
    assert cov["pdf"] == ["ga-pt-rule"]
    assert cov["never_fetched"] == ["ga-pt-rule"]
    assert "GA" not in cov["no_source"] and "CO" in cov["no_source"]


def test_health_as_of_a_run(db: Database) -> None:
    assert source_health(db, 1)["fl-pt-statute"].consecutive_failures == 1
    assert source_health(db)["fl-pt-statute"].consecutive_failures == 2
    assert source_health(db)["ca-pt-statute"].last_success == "2024-05-02T02:01:00Z"


def test_health_over_a_long_history_matches_reading_every_check(tmp_path: Path) -> None:
    """source_health reads each source's checks back to its newest success only; over a
    history of 40 runs (a failure streak, a recovery, a source never answered, runs a
    report looks back at) it says what reading every check newest first says."""
    import random

    db = two_runs(tmp_path / "long.db")
    rng = random.Random(15)
    outcomes = ["fetched", "not_modified", "failed", "blocked", "gone"]
    for run_id in range(3, 43):
        add_run(db, run_id, f"2024-06-{run_id - 2:02d}", "partial")
        for sid in ("ca-pt-statute", "co-pt-rule-11", "fl-pt-statute", "ny-pt-board"):
            outcome = "failed" if sid == "fl-pt-statute" else rng.choice(outcomes)
            add_check(db, run_id, sid, outcome, f"2024-06-{run_id - 2:02d}T02:00:{run_id:02d}Z")

    def by_reading_everything(up_to: int) -> dict[str, tuple[object, ...]]:
        rows = db.query(
            "SELECT * FROM checks WHERE run_id <= ? ORDER BY source_id, run_id DESC, id DESC", [up_to]
        )
        seen: dict[str, list[object]] = {}
        for r in rows:
            ok = r["outcome"] in ("fetched", "not_modified")
            s = seen.setdefault(r["source_id"], [r["run_id"], r["outcome"], r["checked_at"], 0, None, True])
            if ok:
                s[5] = False
                s[4] = s[4] or r["checked_at"]
            elif s[5]:
                s[3] = int(str(s[3])) + 1
        return {sid: tuple(s[:5]) for sid, s in seen.items()}

    streaks = set()
    for up_to in (1, 2, 17, 42):
        health = source_health(db, up_to)
        got = {
            sid: (h.last_run_id, h.last_outcome, h.last_checked, h.consecutive_failures, h.last_success)
            for sid, h in health.items()
        }
        assert got == by_reading_everything(up_to)
        streaks |= {h.consecutive_failures for h in health.values()}
    assert source_health(db)["fl-pt-statute"].consecutive_failures == 42
    assert source_health(db)["fl-pt-statute"].last_success is None
    assert len(streaks) > 3  # the history has streaks of several lengths


def test_renderers(db: Database) -> None:
    cov = coverage(db, None, now=NOW)
    text = to_text(cov)
    assert "Not verified for more than 7 days (2): ny-pt-board, tx-pt-faq" in text
    assert "Jurisdictions with no source (45): AL, AK," in text
    assert "fl-pt-statute" in text and "FAILING x2 (failed)" in text
    console = Console(record=True, width=200)
    console.print(to_rich(cov))
    rendered = console.export_text()
    assert "tx-pt-faq: PDF, failed x1 (gone), stale since 2024-05-01T02:01:00Z" in rendered
    assert "no source" in rendered


def test_print_coverage(db: Database) -> None:
    console = Console(record=True, width=200)
    print_coverage(coverage(db, None, now=NOW), console)
    out = console.export_text()
    assert "Source coverage as of 2024-05-09T00:00:00Z" in out
    assert "PDF sources (1): tx-pt-faq" in out
    assert out.rstrip().endswith(
        "Verified URLs: 0 of 6 (0%); unverified: 6"
    )  # no source says how it was checked
    assert "Failing (1): fl-pt-statute" in out


def _many_sources(db: Database, n: int = 300) -> None:
    """``n`` more sources whose ids sort in awkward ways (upper case, digits, '_', non-ASCII)
    with a history of answers, failures and snapshots, some never checked."""
    import random

    from tests.dbfactory import add_snapshot

    rng = random.Random(300)
    codes = ["TX", "AL", "GU", "XX", "ME", "CA"]
    stems = ["src", "Src", "_src", "0src", "é-src", "z-src", "ZZ-src", "src~"]
    for i in range(n):
        sid = f"{rng.choice(stems)}-{i:03d}"
        url = f"https://example.test/{i}.{'pdf' if i % 5 == 0 else 'html'}"
        add_source(db, sid, rng.choice(codes), rng.choice(["statute", "rule", "faq"]), url)
        for run_id in (1, 2):
            roll = rng.random()
            if roll < 0.15:
                continue
            day = "2024-04-01" if run_id == 1 else "2024-05-02"
            outcome = "failed" if roll < 0.4 else "not_modified"
            add_check(db, run_id, sid, outcome, f"{day}T02:00:00Z")
            if roll > 0.8:
                kind = "application/pdf" if roll > 0.9 else "text/html"
                add_snapshot(db, run_id, sid, f"{day}T02:00:00Z", "text", "unaddressed", "", kind)


def test_iter_coverage_is_coverage_one_line_at_a_time(db: Database) -> None:
    """The report walks the sources with iter_coverage (three cursors side by side in id
    order); over a few hundred sources it yields exactly coverage()'s lines, in its order."""
    _many_sources(db)
    for run_id, stale_days, failing_after in ((1, 30, 2), (2, 7, 1), (2, 30, 2), (None, 0, 3)):
        want = coverage(db, None, stale_days, now=NOW, failing_after=failing_after, run_id=run_id)["sources"]
        got = list(iter_coverage(db, stale_days, NOW, failing_after=failing_after, run_id=run_id))
        assert got == want
    assert len(want) > 300
    assert {r["pdf"] for r in want} == {True, False} and {r["stale"] for r in want} == {True, False}
    assert {r["never_fetched"] for r in want} == {True, False}
    assert max(r["consecutive_failures"] for r in want) == 2
