"""A labelled case of the corpus, and how a finding is checked against it.

One case is ``<name>.txt`` (the page) with ``<name>.json`` beside it (the expectation):
``profession``, ``status``, ``effective_date`` (ISO or null), ``conditions`` (only the keys
asserted), ``evidence_contains`` (a distinctive piece of the deciding sentence, or null), and
optionally ``board`` (the publisher hint), ``jurisdiction`` (USPS code), ``enacted_date``,
``awaiting_rules``, ``needs_review`` and ``genre`` (not asserted). The corpus test and the
scripts that measure blind batches use the same check, so a score means the same thing
everywhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.analysis.classify.engine import classify_text
from tracker.models import CONDITION_FIELDS, Finding, FindingStatus, Profession

CONFIDENT = 0.8  # a wrong permitted/prohibited at or above this is "confident wrong"


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    expected: dict[str, Any]

    @classmethod
    def load(cls, txt: Path) -> Case:
        expected = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        return cls(txt.stem, txt.read_text(encoding="utf-8"), expected)

    def classify(self) -> Finding:
        return classify_text(
            self.text,
            Profession(self.expected["profession"]),
            board=self.expected.get("board"),
            jurisdiction=self.expected.get("jurisdiction"),
        )


def cases(directory: Path) -> list[Case]:
    """Every case in ``directory`` (a ``.txt`` with its ``.json``), sorted by name."""
    return [Case.load(p) for p in sorted(directory.glob("*.txt")) if p.with_suffix(".json").exists()]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def problems(case: Case, finding: Finding) -> list[str]:
    """What in ``finding`` differs from the case's expectation (empty: the case passes)."""
    want = case.expected
    out: list[str] = []
    if finding.status.value != want["status"]:
        out.append(f"status: expected {want['status']}, got {finding.status.value}")
    if finding.evidence is not None and _ws(finding.evidence) not in _ws(case.text):
        out.append("evidence is not quoted from the page")
    piece = want.get("evidence_contains")
    if piece and (finding.evidence is None or _ws(piece) not in _ws(finding.evidence)):
        out.append(f"evidence: expected {piece!r} in {finding.evidence!r}")
    if _iso(finding.effective_date) != want.get("effective_date"):
        out.append(
            f"effective_date: expected {want.get('effective_date')}, got {_iso(finding.effective_date)}"
        )
    if "enacted_date" in want and _iso(finding.enacted_date) != want["enacted_date"]:
        out.append(f"enacted_date: expected {want['enacted_date']}, got {_iso(finding.enacted_date)}")
    if "awaiting_rules" in want and finding.awaiting_rules is not bool(want["awaiting_rules"]):
        out.append(f"awaiting_rules: expected {want['awaiting_rules']}, got {finding.awaiting_rules}")
    for key, value in (want.get("conditions") or {}).items():
        if key not in CONDITION_FIELDS:
            out.append(f"conditions: unknown key {key!r}")
        elif getattr(finding.conditions, key) != value:
            out.append(f"conditions.{key}: expected {value!r}, got {getattr(finding.conditions, key)!r}")
    if "needs_review" in want and finding.needs_review is not want["needs_review"]:
        out.append(f"needs_review: expected {want['needs_review']}, got {finding.needs_review}")
    return out


def aspect(problem: str) -> str:
    """The part of the expectation a problem is about: "status", "evidence", "conditions.<key>" ..."""
    return problem.split(":", 1)[0]


def confident_wrong(case: Case, finding: Finding) -> bool:
    """A decided status that is wrong, stated with confidence: the worst kind of miss."""
    return (
        finding.status.value != case.expected["status"]
        and finding.status in (FindingStatus.PERMITTED, FindingStatus.PROHIBITED)
        and finding.confidence >= CONFIDENT
    )
