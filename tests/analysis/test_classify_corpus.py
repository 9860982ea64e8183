"""The labelled corpus: one case per ``tests/corpus/<name>.txt`` with ``<name>.json`` beside it.

The JSON holds the expectation: ``profession``, ``status``, ``effective_date`` (ISO or null),
``conditions`` (only the keys asserted), ``evidence_contains`` (a distinctive piece of the
deciding sentence, or null), and optionally ``board`` (the publisher hint) and
``needs_review``.
"""

from __future__ import annotations

import json
import pathlib
import re

import pytest

from tracker.analysis.classify import classify_text
from tracker.models import CONDITION_FIELDS, Profession

CORPUS = pathlib.Path(__file__).parents[1] / "corpus"
CASES = sorted(CORPUS.glob("*.txt"))


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 110
    for path in CASES:
        assert path.with_suffix(".json").exists(), f"{path.name} has no expectation"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_corpus_case(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    profession = Profession(expected["profession"])

    finding = classify_text(text, profession, board=expected.get("board"))

    explain = f"{finding.status.value} {finding.confidence} {finding.rules} evidence={finding.evidence!r}"
    assert finding.profession is profession
    assert finding.status.value == expected["status"], explain
    if finding.evidence is not None:
        assert _ws(finding.evidence) in _ws(text)
    if expected.get("evidence_contains"):
        assert finding.evidence is not None, explain
        assert _ws(expected["evidence_contains"]) in _ws(finding.evidence), explain
    effective = finding.effective_date.isoformat() if finding.effective_date else None
    assert effective == expected.get("effective_date"), explain
    for key, value in expected.get("conditions", {}).items():
        assert key in CONDITION_FIELDS
        assert getattr(finding.conditions, key) == value, f"{key}: {finding.conditions}"
    if "needs_review" in expected:
        assert finding.needs_review is expected["needs_review"], explain
