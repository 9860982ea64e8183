"""The README's CLI reference is generated from --help and must not drift."""

from __future__ import annotations

from tracker import clidoc


def test_readme_cli_reference_matches_help() -> None:
    readme = clidoc.README.read_text()
    assert clidoc.splice(readme, clidoc.render()) == readme, "run: python -m tracker.clidoc --write"


def test_reference_covers_every_command() -> None:
    text = clidoc.render()
    for name in [
        "run",
        "classify",
        "status",
        "changes",
        "report",
        "export",
        "article",
        "review list",
        "review accept",
        "review reject",
        "review override",
        "sources check",
        "schedule",
        "serve",
    ]:
        assert f"### `scopewatch {name}`" in text
