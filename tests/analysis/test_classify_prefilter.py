"""No pre-filter ever blocks a pattern that would match (issue 12, item 2).

Every row with ``needs`` (the classifier's rules and the condition rules) is checked on text
generated from its own pattern: wherever the pattern matches, one of its ``needs`` words must be
in the text as the pre-filter reads it. The alphabet is printable ASCII, the text the classifier
sees after ``typography.normalise``.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.analysis.classify.conditions import CONDITION_RULES, ConditionRule
from tracker.analysis.classify.rules import RULES, Rule
from tracker.analysis.classify.sentences import Span
from tracker.analysis.classify.votes import match

ALPHABET = st.sampled_from(string.ascii_letters + string.digits + string.punctuation + " ")
RULES_WITH_NEEDS = [rule for rule in RULES if rule.needs]
CONDITIONS_WITH_NEEDS = [rule for rule in CONDITION_RULES if rule.needs]


def _rule_prefilter(rule: Rule, text: str) -> bool:
    # as ``votes.match`` reads a clause: lower-cased, any run of whitespace one space
    lowered = " ".join(text.lower().split())
    return any(word in lowered for word in rule.needs)


def _condition_prefilter(rule: ConditionRule, text: str) -> bool:
    # as ``conditions.extract`` reads a sentence
    lowered = text.lower()
    return any(word in lowered for word in rule.needs)


@pytest.mark.parametrize("rule", RULES_WITH_NEEDS, ids=[r.id for r in RULES_WITH_NEEDS])
def test_rule_prefilter_lets_every_match_through(rule: Rule) -> None:
    @settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(rule.regex, alphabet=ALPHABET))
    def check(text: str) -> None:
        if rule.regex.search(text):
            assert _rule_prefilter(rule, text), f"{rule.id} needs {rule.needs} block {text!r}"

    check()


@pytest.mark.parametrize("rule", CONDITIONS_WITH_NEEDS, ids=[r.id for r in CONDITIONS_WITH_NEEDS])
def test_condition_prefilter_lets_every_match_through(rule: ConditionRule) -> None:
    @settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(rule.regex, alphabet=ALPHABET))
    def check(text: str) -> None:
        if rule.regex.search(text):
            assert _condition_prefilter(rule, text), f"{rule.id} needs {rule.needs} block {text!r}"

    check()


@pytest.mark.parametrize("text", ["H B 1234 would allow dry needling.", "S B 898 expands the scope."])
def test_pending_bill_with_spaced_letters_passes_its_prefilter(text: str) -> None:
    """The case issue 12 named: the pattern reads "H B 1234", so the pre-filter must too."""
    (rule,) = [r for r in RULES if r.id == "pending-bill"]
    assert rule.regex.search(text)
    hits = match(text, Span(0, len(text)), (rule,))
    assert [r.id for r, _, _ in hits] == ["pending-bill"]
