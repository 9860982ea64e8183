"""The labelled corpus: one case per ``tests/corpus/<name>.txt`` with ``<name>.json`` beside it.

The JSON keys are described in ``tracker.analysis.classify.corpus``; every key present is
asserted (status, evidence, effective and enacted dates, awaiting_rules, conditions). Cases
named ``bN-*`` came from blind batch N (see ``tests/corpus/BATCHES.md``).

A status is always asserted. ``tests/corpus/KNOWN_MISSES.json`` lists, per case, the other
parts (evidence, a date, a condition) the classifier does not yet produce; those are the open
work, reported in BATCHES.md. A listed miss that starts passing fails the test, so the list
only shrinks (regenerate it with ``scripts/corpus_misses.py``).
"""

from __future__ import annotations

import json
import pathlib

import pytest

from tracker.analysis.classify.corpus import Case, aspect, problems
from tracker.models import Profession

CORPUS = pathlib.Path(__file__).parents[1] / "corpus"
CASES = sorted(CORPUS.glob("*.txt"))
KNOWN_MISSES: dict[str, list[str]] = json.loads((CORPUS / "KNOWN_MISSES.json").read_text(encoding="utf-8"))


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 350
    for path in CASES:
        assert path.with_suffix(".json").exists(), f"{path.name} has no expectation"
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert Profession(expected["profession"])
        assert expected["status"] in ("permitted", "prohibited", "unaddressed"), path.name
    assert set(KNOWN_MISSES) <= {p.stem for p in CASES}
    assert all("status" not in aspects for aspects in KNOWN_MISSES.values())


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_corpus_case(path: pathlib.Path) -> None:
    case = Case.load(path)
    finding = case.classify()
    explain = f"{finding.status.value} {finding.confidence} {finding.rules} evidence={finding.evidence!r}"
    assert finding.profession is Profession(case.expected["profession"])
    found = problems(case, finding)
    known = set(KNOWN_MISSES.get(case.name, []))
    assert [p for p in found if aspect(p) not in known] == [], explain
    assert {aspect(p) for p in found} == known, (
        f"a known miss now passes: update KNOWN_MISSES.json ({explain})"
    )
