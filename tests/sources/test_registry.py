"""The registry is validated whole before anything is fetched."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.errors import RegistryError
from tracker.models import Authority, Profession
from tracker.sources import registry

GOOD = """
[[source]]
id = "co-pt-rule-11"
jurisdiction = "CO"
profession = "physical_therapist"
authority = "rule"
board = "Colorado Physical Therapy Board"
url = "https://example.gov/rule-11"
selector = "main"
cites = "4 CCR 732-1   Rule 11"
verified = "pages search: exact URL, rule text"

[[source]]
id = "tx-ag"
jurisdiction = "tx"
profession = "physical_therapist"
authority = "ag_opinion"
board = "Texas Attorney General"
url = "https://example.gov/kp-0082.pdf"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text)
    return path


def test_good_registry_loads(tmp_path: Path) -> None:
    sources = registry.load(write(tmp_path, GOOD))
    assert [s.id for s in sources] == ["co-pt-rule-11", "tx-ag"]
    assert sources[1].jurisdiction == "TX"
    assert sources[1].authority is Authority.AG_OPINION
    assert sources[0].profession is Profession.PHYSICAL_THERAPIST
    assert sources[0].selector == "main" and sources[1].selector is None
    assert sources[0].cites == "4 CCR 732-1 Rule 11" and sources[1].cites is None
    assert registry.verified_share(sources) == (1, 2)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (('selector = "main"', 'selectr = "main"'), "source 'co-pt-rule-11': unknown key 'selectr'"),
        (
            ('board = "Colorado Physical Therapy Board"\n', ""),
            "source 'co-pt-rule-11': missing or empty key 'board'",
        ),
        (
            ('jurisdiction = "CO"', 'jurisdiction = "XX"'),
            "source 'co-pt-rule-11': key 'jurisdiction': unknown code 'XX'",
        ),
        (
            (
                'profession = "physical_therapist"\nauthority = "rule"',
                'profession = "dentist"\nauthority = "rule"',
            ),
            "source 'co-pt-rule-11': key 'profession': unknown value 'dentist'",
        ),
        (
            ('authority = "rule"', 'authority = "blog"'),
            "source 'co-pt-rule-11': key 'authority': unknown value 'blog'",
        ),
        (('id = "tx-ag"', 'id = "co-pt-rule-11"'), "source 'co-pt-rule-11': duplicate id"),
        (
            ('url = "https://example.gov/rule-11"', 'url = "ftp://example.gov/rule-11"'),
            "source 'co-pt-rule-11': key 'url': 'ftp://example.gov/rule-11' is not an http(s) URL",
        ),
        (('url = "https://example.gov/rule-11"', 'url = "not a url"'), "key 'url'"),
        (('cites = "4 CCR 732-1   Rule 11"', 'cites = ""'), "source 'co-pt-rule-11': key 'cites' must be"),
        (('cites = "4 CCR 732-1   Rule 11"', "cites = 11"), "source 'co-pt-rule-11': key 'cites' must be"),
        (('verified = "pages search: exact URL, rule text"', 'verified = " "'), "key 'verified' must be"),
    ],
)
def test_bad_registry_names_source_and_key(tmp_path: Path, edit: tuple[str, str], message: str) -> None:
    old, new = edit
    assert old in GOOD
    with pytest.raises(RegistryError) as info:
        registry.load(write(tmp_path, GOOD.replace(old, new, 1)))
    assert message in str(info.value)
    assert info.value.exit_code == 2


def test_not_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="not valid TOML"):
        registry.load(write(tmp_path, "[[source]\nid="))
    with pytest.raises(RegistryError, match="not found"):
        registry.load(tmp_path / "nope.toml")
    with pytest.raises(RegistryError, match=r"no \[\[source\]\] entries"):
        registry.load(write(tmp_path, "# empty\n"))


def test_bundled_registry_is_valid_and_covers_every_jurisdiction() -> None:
    from tracker.sources.jurisdictions import core_codes

    path = Path(__file__).resolve().parents[2] / "data" / "sources.toml"
    sources = registry.load(path)
    pt = {s.jurisdiction for s in sources if s.profession is Profession.PHYSICAL_THERAPIST}
    assert set(core_codes()) <= pt
    assert all(s.url.startswith("https://") for s in sources)
    assert [s.id for s in sources if not s.cites] == []  # every source says what authority it carries


def test_cites_and_verified_reach_the_sources_table_and_sources_check(tmp_path: Path) -> None:
    from tracker.sources import coverage
    from tracker.store import db as store_db
    from tracker.store.snapshots import sync_sources

    sources = registry.load(write(tmp_path, GOOD))
    database = store_db.open_db(tmp_path / "sw.db")
    sync_sources(database, sources, "2026-12-01T00:00:00Z")
    rows = {r["id"]: r for r in database.query("select id, cites, verified from sources")}
    assert rows["co-pt-rule-11"]["cites"] == "4 CCR 732-1 Rule 11"
    assert rows["tx-ag"]["verified"] is None
    cov = coverage.coverage(database)
    assert cov["verified"] == {"count": 1, "total": 2, "unverified": ["tx-ag"]}
    assert "Verified URLs: 1 of 2 (50%)" in coverage.to_text(cov)
