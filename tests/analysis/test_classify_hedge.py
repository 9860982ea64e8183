"""The hedge of seeming ("appears to", "does not seem to be") has one spelling (``grammar.SEEM``,
``SEEMS``, ``NOT_SEEM``); every reader of it agrees on the same wordings: the hedge row, the
hedged "not prohibited" (a permission, never a ban), polarity's negated belief and the
expletive "it" that refers to nothing."""

from __future__ import annotations

import pytest

from tracker.analysis.classify.grammar import Meaning
from tracker.analysis.classify.rules import ANAPHOR_RE, RULES_BY_ID
from tracker.analysis.classify.sentences import Span
from tracker.analysis.classify.votes import match

NEGATED = ["does not appear", "doesn't seem", "did not appear", "didn't seem", "does not seem"]


def _read(rule_id: str, text: str) -> list[Meaning]:
    return [meaning for _, _, meaning in match(text, Span(0, len(text)), (RULES_BY_ID[rule_id],))]


@pytest.mark.parametrize("seeming", NEGATED)
def test_every_reader_knows_the_negated_hedge(seeming: str) -> None:
    expletive = f"It {seeming} that dry needling is within the scope of physical therapy."
    assert _read("hedge", expletive) == [Meaning.HEDGE]
    # the negated belief turns the scope around, and the "it" refers back to nothing
    assert _read("perm-within-scope", expletive) == [Meaning.PROHIBITS]
    assert ANAPHOR_RE.search(expletive) is None
    hedged = f"Dry needling {seeming} to be prohibited by the practice act."
    assert _read("perm-not-prohibited", hedged) == [Meaning.PERMITS]
    assert _read("proh-is-prohibited", hedged) == []


@pytest.mark.parametrize("seeming", ["appears", "seems", "appeared", "seemed"])
def test_every_reader_knows_the_plain_hedge(seeming: str) -> None:
    expletive = f"It {seeming} that dry needling is within the scope of physical therapy."
    assert _read("hedge", expletive) == [Meaning.HEDGE]
    assert _read("perm-within-scope", expletive) == [Meaning.PERMITS]
    assert ANAPHOR_RE.search(expletive) is None
