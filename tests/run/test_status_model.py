"""The status model on replayed nights: a law in force later is `not_yet_in_effect` until its
date, then `permitted` with a change row and no new fetch; conditions come from every agreeing
source, each with its source; every date a run records is its night's date.

Two nights of a mirror (2027-06-30 and 2027-07-01) carry the same pages with the same ETags,
so the second night answers 304 to every conditional request: nothing is fetched again.

- VT: a statute permits dry needling from July 1, 2027.
- NH: a statute in force since 2020 permits it (30 hours); a rule adds in-person training,
  written consent and no delegation, and asks 54 hours (the statute, the higher authority,
  governs the hours).
"""

from __future__ import annotations

import html
import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli import scopewatch
from tracker.fetch.mirror import NightWriter

VT_LAW = (
    "A physical therapist may perform dry needling after completing at least 50 hours of in-person "
    "dry needling instruction. This section takes effect July 1, 2027."
)
NH_LAW = (
    "A physical therapist may perform dry needling after completing 30 hours of dry needling "
    "instruction. This section took effect on January 1, 2020."
)
NH_RULE = (
    "A physical therapist may perform dry needling only after completing 54 hours of dry needling "
    "instruction, of which at least 24 hours are in person, and shall obtain the patient's written "
    "informed consent. Dry needling may not be delegated to a physical therapist assistant."
)
PAGES = {
    "vt-pt-statute": ("VT", "statute", "https://legislature.vt.example/statutes/26/071", VT_LAW),
    "nh-pt-statute": ("NH", "statute", "https://gencourt.nh.example/rsa/328-A", NH_LAW),
    "nh-pt-rule": ("NH", "rule", "https://oplc.nh.example/rules/phy-402", NH_RULE),
}
NIGHTS = ("2027-06-30", "2027-07-01")
ARTICLE = (
    "Needles compared\n\nThere are some states where dry needling is not allowed, like California, "
    "because of board decisions.\n"
)


def page(title: str, text: str) -> bytes:
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><main><h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(text)}</p></main><footer>Copyright 2027</footer></body></html>"
    ).encode()


def write_mirror(root: Path) -> None:
    for night in NIGHTS:
        writer = NightWriter(root / night)
        for sid, (_code, _authority, url, text) in PAGES.items():
            writer.add(
                url=url,
                name=sid,
                ext="html",
                body=page(sid, text),
                status=200,
                content_type="text/html; charset=utf-8",
                final_url=url,
                headers={"ETag": f'"{sid}-v1"'},
            )


def write_registry(path: Path) -> Path:
    blocks = [
        "\n".join(
            [
                "[[source]]",
                f'id = "{sid}"',
                f'jurisdiction = "{code}"',
                'profession = "physical_therapist"',
                f'authority = "{authority}"',
                f'board = "{code} Board of Physical Therapy"',
                f'url = "{url}"',
                'selector = "main"',
            ]
        )
        for sid, (code, authority, url, _text) in PAGES.items()
    ]
    path.write_text("\n\n".join(blocks) + "\n")
    return path


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[str]]:
    tmp = tmp_path_factory.mktemp("status-model")
    write_mirror(tmp / "mirror")
    reg = write_registry(tmp / "sources.toml")
    db, reports = tmp / "sw.db", tmp / "reports"
    articles = []
    for night in NIGHTS:
        result = scopewatch(
            "run",
            "--sources",
            str(reg),
            "--reports",
            str(reports),
            "--replay",
            str(tmp / "mirror" / night),
            db=db,
        )
        assert result.returncode == 0, result.stderr
        article = tmp / f"article-{night}.md"
        article.write_text(ARTICLE)
        shown = scopewatch("article", str(article), "--write", db=db)
        assert shown.returncode == 0, shown.stderr
        articles.append(article.read_text())
    return db, reports, articles


def rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_a_law_in_force_later_is_not_yet_in_effect_then_takes_effect_without_a_fetch(nights) -> None:  # type: ignore[no-untyped-def]
    db, _reports, articles = nights
    assert rows(db, "select id, as_of from runs order by id") == [(1, "2027-06-30"), (2, "2027-07-01")]
    # night 2 fetched nothing: every page answered 304, no new snapshot, no new finding
    assert rows(db, "select distinct outcome from checks where run_id = 2") == [("not_modified",)]
    assert rows(db, "select count(*) from snapshots where run_id = 2") == [(0,)]
    assert rows(db, "select count(*) from findings where run_id = 2") == [(0,)]
    # yet Vermont moved, on its effective date, with a change row saying why
    assert rows(
        db,
        "select run_id, kind, old_status, new_status, detected_at, note from changes "
        "where jurisdiction = 'VT'",
    ) == [(2, "status", "not_yet_in_effect", "permitted", "2027-07-01", "took effect on 2027-07-01")]
    vt = rows(
        db,
        "select status, source_id, effective_date, first_seen, last_checked from legality "
        "where jurisdiction = 'VT'",
    )
    assert vt == [("permitted", "vt-pt-statute", "2027-07-01", "2027-07-01", "2027-07-01")]
    # the article counted Vermont as not allowed the night before, and not after (California,
    # which no source here speaks for, leaves the list)
    assert "not allowed, like Vermont, because" in articles[0]
    assert "not allowed, like none at present, because" in articles[1]


def test_status_and_reports_speak_of_the_wait_in_words(nights) -> None:  # type: ignore[no-untyped-def]
    db, reports, _articles = nights
    first = json.loads((reports / "2027-06-30-run1" / "change-report.json").read_text())
    assert first["map"]["states"]["VT"]["status"] == "not_yet_in_effect"
    assert first["article"]["not_allowed"] == ["Vermont"]
    html_report = (reports / "2027-06-30-run1" / "change-report.html").read_text()
    assert 'class="tile status-not_yet_in_effect"' in html_report
    assert "<title>Vermont: in force from 2027-07-01 (statute)</title>" in html_report
    assert "Not yet in effect (1)" in html_report
    second = json.loads((reports / "2027-07-01-run2" / "change-report.json").read_text())
    [change] = second["status_changes"]
    assert (change["state"], change["note"], change["detected_at"]) == (
        "Vermont",
        "took effect on 2027-07-01",
        "2027-07-01",
    )
    assert second["article"]["joined"] == [] and second["article"]["left"] == ["Vermont"]
    md = (reports / "2027-07-01-run2" / "change-report.md").read_text()
    assert "- Took effect on 2027-07-01; no page changed" in md
    assert "- Condition: 50 h training (vt-pt-statute, statute)\n" in md
    assert (
        "- 2027-07-01: Vermont (physical therapist) not yet in effect -> permitted [pending] "
        "took effect on 2027-07-01\n"
    ) in md
    story = scopewatch("status", "VT", db=db)
    assert story.returncode == 0, story.stderr
    assert "Vermont (VT), physical_therapist: permitted" in story.stdout
    assert (
        "2027-07-01 status: not_yet_in_effect -> permitted [pending] took effect on 2027-07-01"
        in story.stdout
    )


def test_conditions_come_from_every_agreeing_source_with_their_sources(nights) -> None:  # type: ignore[no-untyped-def]
    db, reports, _articles = nights
    [nh] = rows(
        db,
        "select status, source_id, min_training_hours, in_person_training, informed_consent, "
        "delegation_prohibited, condition_sources from legality where jurisdiction = 'NH'",
    )
    assert nh[:6] == ("permitted", "nh-pt-statute", 30, 1, 1, 1)
    sources = json.loads(str(nh[6]))
    assert [(e["source_id"], e["value"], e["governing"]) for e in sources["min_training_hours"]] == [
        ("nh-pt-statute", 30, True),
        ("nh-pt-rule", 54, False),
    ]
    for name in ("in_person_training", "informed_consent", "delegation_prohibited"):
        assert [e["source_id"] for e in sources[name]] == ["nh-pt-rule"], name
    story = scopewatch("status", "NH", "--json", db=db)
    assert story.returncode == 0, story.stderr
    row = json.loads(story.stdout)
    governing = [(c["text"], c["source_id"]) for c in row["condition_sources"]]
    assert governing == [
        ("30 h training", "nh-pt-statute"),
        ("in-person training", "nh-pt-rule"),
        ("written consent", "nh-pt-rule"),
        ("no delegation", "nh-pt-rule"),
    ]
    assert row["condition_sources"][0]["differing"] == [
        {"source_id": "nh-pt-rule", "authority": "rule", "value": 54, "text": "54 h training"}
    ]
    text = " ".join(scopewatch("status", "NH", db=db).stdout.split())
    assert "30 h training nh-pt-statute (statute); nh-pt-rule (rule) says 54 h training" in text
    assert "no delegation nh-pt-rule (rule)" in text
    index = (reports / "latest" / "index.html").read_text()
    assert '30 h training <span class="note">[nh-pt-statute]</span>' in index
    assert 'no delegation <span class="note">[nh-pt-rule]</span>' in index


def test_every_date_a_run_records_is_its_night(nights) -> None:  # type: ignore[no-untyped-def]
    db, _reports, _articles = nights
    first_seen = dict(rows(db, "select jurisdiction, first_seen from legality"))  # type: ignore[arg-type]
    assert first_seen == {"NH": "2027-06-30", "VT": "2027-07-01"}
    # the wall clock keeps its own columns
    [(recorded, started)] = rows(
        db, "select c.recorded_at, r.started_at from changes c join runs r on r.id = c.run_id"
    )
    assert (
        str(recorded) >= str(started) and str(recorded).endswith("Z") and not str(recorded).startswith("2027")
    )
    changes = scopewatch("changes", "--json", db=db)
    assert [(c["state"], c["detected_at"]) for c in json.loads(changes.stdout)] == [("Vermont", "2027-07-01")]
    assert scopewatch("changes", "--since", "2027-07-02", "--json", db=db).stdout.strip() == "[]"
    history = Path(db).with_name("history.json")
    assert scopewatch("export", "history", "--format", "json", "--out", str(history), db=db).returncode == 0
    assert {(h["source_id"], h["as_of"]) for h in json.loads(history.read_text())} == {
        ("vt-pt-statute", "2027-06-30"),
        ("nh-pt-statute", "2027-06-30"),
        ("nh-pt-rule", "2027-06-30"),
    }
