"""The web UI's canned queries name `not_yet_in_effect` rows as not allowed, in their own words."""

from __future__ import annotations

from pathlib import Path

from tests.dbfactory import add_source, set_legality, two_runs
from tests.outputs.test_web import start_server


def test_not_yet_in_effect_rows_are_listed_with_their_words(tmp_path: Path) -> None:
    db = two_runs(tmp_path / "sw.db")
    add_source(db, "or-pt-statute", "OR", "statute", "https://example.test/or/hb.html")
    add_source(db, "vt-pt-statute", "VT", "statute", "https://example.test/vt/law.html")
    set_legality(
        db, "OR", "or-pt-statute", "not_yet_in_effect", "The Board shall adopt rules.", 2, "2024-05-02",
        effective_date=None, awaiting_rules=1,
    )  # fmt: skip
    set_legality(
        db, "VT", "vt-pt-statute", "not_yet_in_effect", "Takes effect July 1, 2027.", 2, "2024-05-02",
        effective_date="2027-07-01", awaiting_rules=0,
    )  # fmt: skip
    db.close()
    server = start_server(tmp_path / "sw.db")
    try:
        listed = server.json("/scopewatch/prohibited_states.json?_shape=array")
        article = server.json("/scopewatch/article_list.json?_shape=array")
    finally:
        code, err = server.stop()
    assert code == 0, err
    assert [(r["jurisdiction"], r["status"], r["status_words"]) for r in listed] == [
        ("CA", "prohibited", "prohibited"),
        ("CO", "prohibited", "prohibited"),
        ("NY", "prohibited", "prohibited"),
        ("OR", "not_yet_in_effect", "authorised, awaiting rules"),
        ("VT", "not_yet_in_effect", "in force from 2027-07-01"),
    ]
    assert [r["state_name"] for r in article] == ["California", "Colorado", "New York", "Oregon", "Vermont"]
