"""Who a hit is about: the professions named around it, or the page's own profession.

``attribute`` tries, in order: the profession named in the hit's scope phrase ("... within
the scope of practice of athletic trainers"), in the match, before it in the clause, in the
clause, in the sentence (people before practices), then a body's name, and last the page's
profession (``inferred``). ``Mentions`` computes the mentions of a sentence or a page once.
"""

from __future__ import annotations

import re

from tracker.analysis.classify.grammar import Rule
from tracker.analysis.classify.professions import (
    INSTITUTION,
    KINDS,
    PERSON,
    PRACTICE,
    Mention,
    mentions,
    pick,
)
from tracker.analysis.classify.sentences import Sentence, Span
from tracker.models import Profession

_SCOPED_TAIL = re.compile(
    r"\s*(?:(?:the\s+)?(?:\w+\s+){0,2}?(?:scope|practice|definition|purview)\b|of\b|for\b|by\b)",
    re.IGNORECASE,
)
_TAIL_END = re.compile(
    r",|\b(?:and|but|while|whereas)\b(?=\s+(?:is|are|may|shall|must|does|do|should|can|cannot|it|"
    r"the|dry|this)\b)",
    re.IGNORECASE,
)


_TAIL_REACH = 40  # characters from the end of the hit to the field that owns its scope


class Mentions:
    """Profession mentions, computed on demand: per sentence, or for the whole page."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_sentence: dict[int, list[Mention]] = {}
        self._page: list[Mention] | None = None

    def sentence(self, s: Sentence) -> list[Mention]:
        if s.index not in self._by_sentence:
            self._by_sentence[s.index] = [
                Mention(m.profession, m.kind, m.start + s.start, m.end + s.start)
                for m in mentions(self.text[s.start : s.end])
            ]
        return self._by_sentence[s.index]

    def page(self) -> list[Mention]:
        if self._page is None:
            self._page = mentions(self.text)
        return self._page


def attribute(
    text: str,
    found: list[Mention],
    sentence: Sentence,
    span: Span,
    start: int,
    end: int,
    rule: Rule,
    page: Profession,
) -> tuple[frozenset[Profession], bool]:
    """The professions a hit at ``[start, end)`` is about, and whether that was inferred."""
    regions: list[tuple[int, int]] = []
    ignore = set(rule.ignore_for)
    if _SCOPED_TAIL.match(text, end, span.end) or re.search(r"\b(?:by|of|for)\s*$", text[start:end]):
        stop = _TAIL_END.search(text, end, span.end)
        tail_end = stop.start() if stop else span.end
        # the field named first owns the scope: "not within the practice of acupuncture when
        # performed by a physical therapist" is about acupuncture
        first = next((m for m in found if m.kind in KINDS and end <= m.start < tail_end), None)
        if first is not None and first.start - end <= _TAIL_REACH and first.profession not in ignore:
            return frozenset({first.profession}), False
        regions.append((end, tail_end))
    regions += [(start, end), (span.start, start), (span.start, span.end), (sentence.start, sentence.end)]
    if ignore:
        # a row that reserves dry needling to some professions ("constitutes the practice of
        # medicine", "only by physicians") is about its subject, else about everyone else
        regions = [(span.start, start)]
        if not rule.reserves and pick(found, span.start, start, KINDS) == {Profession.OTHER}:
            # ... and its subject is another licensee's field: "Massage therapy does not include
            # any procedure that penetrates the skin, such as dry needling"
            return frozenset({Profession.OTHER}), False
        ignore.add(Profession.OTHER)
    for a, b in regions:
        for kinds in ((PERSON,), (PRACTICE,)):
            named = pick(found, a, b, kinds) - ignore
            if named:
                return frozenset(named), False
    for a, b in ((span.start, span.end), (sentence.start, sentence.end)):
        named = pick(found, a, b, (INSTITUTION,)) - ignore
        if named:
            return frozenset(named), False
    if page in ignore:
        # "should only be performed by physicians and acupuncturists", said of nobody else:
        # it is about everyone but the professions it reserves dry needling to
        return frozenset(p for p in Profession if p not in ignore and p is not Profession.OTHER), True
    return frozenset({page}), True
