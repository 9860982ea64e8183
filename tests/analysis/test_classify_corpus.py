"""The labelled corpus: one case per ``tests/corpus/<name>.txt`` with ``<name>.json`` beside it.

The JSON keys are described in ``tracker.analysis.classify.corpus``; every key present is
asserted (status, evidence, effective and enacted dates, awaiting_rules, conditions).
Cases named ``bN-*`` came from blind batch N (see ``tests/corpus/BATCHES.md``).
"""

from __future__ import annotations

import json
import pathlib

import pytest

from tracker.analysis.classify.corpus import Case, problems
from tracker.models import Profession

CORPUS = pathlib.Path(__file__).parents[1] / "corpus"
CASES = sorted(CORPUS.glob("*.txt"))


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 110
    for path in CASES:
        assert path.with_suffix(".json").exists(), f"{path.name} has no expectation"
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert Profession(expected["profession"])
        assert expected["status"] in ("permitted", "prohibited", "unaddressed"), path.name


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_corpus_case(path: pathlib.Path) -> None:
    case = Case.load(path)
    finding = case.classify()
    explain = f"{finding.status.value} {finding.confidence} {finding.rules} evidence={finding.evidence!r}"
    assert finding.profession is Profession(case.expected["profession"])
    assert problems(case, finding) == [], explain
