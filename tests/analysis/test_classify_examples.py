"""Every row of the rule table and every page-level family, run on its documented examples."""

from __future__ import annotations

import pytest

from tracker.analysis.classify import classify_text
from tracker.analysis.classify.examples import (
    DATE_EXAMPLES,
    DECISIVE_EXAMPLES,
    EVIDENCE_EXAMPLES,
    PAGE_EXAMPLES,
    RULE_EXAMPLES,
    UNDECISIVE_EXAMPLES,
)
from tracker.analysis.classify.rules import RULES, RULES_BY_ID
from tracker.analysis.classify.sentences import Span
from tracker.analysis.classify.typography import normalise
from tracker.analysis.classify.votes import match
from tracker.models import Profession

CASES = [(rid, text, True) for rid, (must, _) in RULE_EXAMPLES.items() for text in must] + [
    (rid, text, False) for rid, (_, must_not) in RULE_EXAMPLES.items() for text in must_not
]


def test_every_rule_has_an_example() -> None:
    missing = [r.id for r in RULES if not RULE_EXAMPLES.get(r.id, ((), ()))[0]]
    assert missing == []
    assert set(RULE_EXAMPLES) <= set(RULES_BY_ID)


@pytest.mark.parametrize(("rule_id", "text", "must"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_example(rule_id: str, text: str, must: bool) -> None:
    rule = RULES_BY_ID[rule_id]
    plain = normalise(text).text
    hits = match(plain, Span(0, len(plain)), (rule,))  # the pre-filter is part of the match
    read = [meaning for r, _, meaning in hits if r.id == rule_id]
    if must:
        assert rule.meaning in read, f"{rule_id} does not read {text!r} as {rule.meaning.value}"
    else:
        assert rule.meaning not in read, f"{rule_id} reads {text!r} as {rule.meaning.value}"


def test_no_prefilter_blocks_a_match() -> None:
    """Wherever a row's pattern matches a clause of an example, its ``needs`` let it through."""
    texts = [t for must, must_not in RULE_EXAMPLES.values() for t in (*must, *must_not)]
    for text in texts:
        plain = normalise(text).text
        lowered = " ".join(plain.lower().split())
        for rule in RULES:
            if rule.regex.search(plain) and rule.needs:
                assert any(w in lowered for w in rule.needs), f"{rule.id} needs {rule.needs} block {text!r}"


@pytest.mark.parametrize(("page", "profession", "jurisdiction", "status"), PAGE_EXAMPLES)
def test_page_example(page: str, profession: str, jurisdiction: str | None, status: str) -> None:
    finding = classify_text(page, Profession(profession), jurisdiction=jurisdiction)
    assert finding.status.value == status, f"{finding.status.value} {finding.rules}"


DATE_CASES = [(family, *example) for family, examples in DATE_EXAMPLES.items() for example in examples]


@pytest.mark.parametrize(
    ("family", "page", "profession", "effective", "enacted"),
    DATE_CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(DATE_CASES)],
)
def test_date_example(
    family: str, page: str, profession: str, effective: str | None, enacted: str | None
) -> None:
    finding = classify_text(page, Profession(profession))
    assert finding.status.value != "unaddressed", f"{family}: {finding.rules}"
    got = (
        finding.effective_date.isoformat() if finding.effective_date else None,
        finding.enacted_date.isoformat() if finding.enacted_date else None,
    )
    assert got == (effective, enacted), f"{family}: {page!r}"


@pytest.mark.parametrize(("page", "profession", "jurisdiction", "status"), UNDECISIVE_EXAMPLES)
def test_undecisive_example(page: str, profession: str, jurisdiction: str | None, status: str) -> None:
    """Right, but not decisive: the page does not itself assert it as current law here."""
    finding = classify_text(page, Profession(profession), jurisdiction=jurisdiction)
    assert finding.status.value == status, f"{finding.status.value} {finding.rules}"
    assert finding.confidence < 0.8, f"{finding.confidence} {finding.rules}"


@pytest.mark.parametrize(("page", "profession", "jurisdiction", "status"), DECISIVE_EXAMPLES)
def test_decisive_example(page: str, profession: str, jurisdiction: str | None, status: str) -> None:
    """Explicit and current, from the state's own authority: decisive, whatever the page's context
    words ("Policy Statement", "withdrawn" in the deciding sentence) might suggest."""
    finding = classify_text(page, Profession(profession), jurisdiction=jurisdiction)
    assert finding.status.value == status, f"{finding.status.value} {finding.rules}"
    assert finding.confidence >= 0.8, f"{finding.confidence} {finding.rules}"


EVIDENCE_CASES = [
    (family, *example) for family, examples in EVIDENCE_EXAMPLES.items() for example in examples
]


@pytest.mark.parametrize(
    ("family", "page", "profession", "must", "must_not"),
    EVIDENCE_CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(EVIDENCE_CASES)],
)
def test_evidence_example(family: str, page: str, profession: str, must: str, must_not: str | None) -> None:
    finding = classify_text(page, Profession(profession))
    assert finding.evidence is not None and must in finding.evidence, f"{family}: {finding.evidence!r}"
    assert must_not is None or must_not not in finding.evidence, f"{family}: {finding.evidence!r}"


def test_another_states_wait_for_rules_is_not_this_ones() -> None:
    """ "Oregon PTs should not needle until rules are adopted" on a guide read for Kansas: Kansas's
    permission does not wait; read for Oregon, the wait is Oregon's."""
    page = (
        "Where can you needle?\n\nPhysical therapists may dry needle in Kansas after a 30-hour course.\n\n"
        "Oregon authorized dry needling by physical therapists in 2025, but its rules are pending. Oregon"
        " physical therapists should not needle until rules are adopted."
    )
    kansas = classify_text(page, Profession.PHYSICAL_THERAPIST, jurisdiction="KS")
    assert (kansas.status.value, kansas.awaiting_rules) == ("permitted", False)
    oregon = classify_text(page, Profession.PHYSICAL_THERAPIST, jurisdiction="OR")
    assert oregon.awaiting_rules is True
