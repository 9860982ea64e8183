"""Who a hit is about: the professions named around it, or the page's own profession.

``attribute`` tries, in order: the profession named in the hit's scope phrase ("... within
the scope of practice of athletic trainers"), in the match, before it in the clause, in the
clause, in the sentence (people before practices), then a body's name, and last the page's
profession (``inferred``). ``Mentions`` computes the mentions of a sentence or a page once.
"""

from __future__ import annotations

import bisect
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


# a scope named only by pointing back: "outside that scope", "beyond this field", "within its practice"
_THAT_SCOPE = re.compile(
    r"\b(?:that|this|the\s+same|such)\s+(?:scope|practice|field|profession)\b", re.IGNORECASE
)
# the words between two coordinated fields: "occupational therapy or athletic training", "physical
# therapy, chiropractic, and athletic training", "of acupuncture or the practice of medicine"
_COORDINATED = re.compile(
    r"\s*(?:,\s*(?:(?:and|or|nor)\s+)?|(?:and|or|nor)\s+)(?:the\s+)?(?:(?:practice|scope)\s+of\s+)?",
    re.IGNORECASE,
)
_TAIL_REACH = 40  # characters from the end of the hit to the field that owns its scope
# the law of a field, right before the field's name: "the definition of", "the practice act of"
_DEFINITION_OF = re.compile(
    r"\b(?:(?:statutory\s+)?definition|practice\s+act)\s+of\s+(?:the\s+practice\s+of\s+)?\Z", re.IGNORECASE
)

# a hit that opens a relative clause: its antecedent (the words right before "who"/"that") is
# who it is about; "... refer patients to other providers who may perform dry needling"
_RELATIVE_SUBJECT = re.compile(
    r"(?P<head>(?:[\w.'-]+\s+){1,3})(?:who|that)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# ... a relative clause's own verb: "who may perform", not "advised providers that dry needling is ..."
_RELATIVE_VERB = re.compile(
    r"(?:may|can|cannot|could|shall|should|must|will|would|are|is|were|was|have|has|had|do|does|did)\b",
    re.IGNORECASE,
)
# people the page does not license: the relative clause is about someone else
_OTHER_PEOPLE = re.compile(
    r"\b(?:providers?|practitioners?|professionals?|clinicians?|specialists?|persons?|individuals?|people|"
    r"those|others?)\s+$",
    re.IGNORECASE,
)


# the page's licensee named by no profession, as a board's rule names its own: "A licensee may
# ...", "The licensee shall not ...", "Licensees who ...", "a license holder"
_LICENSEE_SUBJECT = re.compile(
    r"\W*(?:\([a-z0-9]{1,4}\)\s*|\d{1,3}[.)]\s*)?(?:(?:a|an|the|each|every|any|no)\s+)?"
    r"(?:licensees?|license\s+holders?|licensed\s+practitioners?)\b",
    re.IGNORECASE,
)
_MASTHEAD_LINES = 14
_LICENSING = re.compile(r"\b(?:board|examiners|commission)\b", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|that|this|such|each)\s+$", re.IGNORECASE)
_BARE_PHYSICIAN = re.compile(r"physicians?", re.IGNORECASE)
_PHYSICIAN_WORD = re.compile(r"physician", re.IGNORECASE)


class Mentions:
    """Profession mentions, computed on demand: per sentence, or for the whole page."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._by_sentence: dict[int, list[Mention]] = {}
        self._page: list[Mention] | None = None
        self._physician_ends: list[int] | None = None  # ends of the page's people named "... physician"
        self._physicians: list[Mention] = []
        self._licensor: tuple[Profession, ...] | None = None

    def sentence(self, s: Sentence) -> list[Mention]:
        if s.index not in self._by_sentence:
            found = [
                Mention(m.profession, m.kind, m.start + s.start, m.end + s.start)
                for m in mentions(self.text[s.start : s.end])
            ]
            self._by_sentence[s.index] = [self._referent(m) for m in found]
        return self._by_sentence[s.index]

    def _referent(self, m: Mention) -> Mention:
        """A definite "the physician" names whoever "physician" last named: after "a chiropractic
        physician", the chiropractor."""
        if m.profession is not Profession.PHYSICIAN or m.kind != PERSON:
            return m
        if not _DEFINITE.search(self.text, max(0, m.start - 12), m.start):
            return m
        if not _BARE_PHYSICIAN.fullmatch(self.text, m.start, m.end):
            return m
        if self._physician_ends is None:
            # page mentions are sorted and do not overlap, so their ends are sorted too: one
            # bisection per "the physician" keeps a long page linear
            self._physicians = [
                x
                for x in self.page()
                if x.kind == PERSON and _PHYSICIAN_WORD.search(self.text, x.start, x.end)
            ]
            self._physician_ends = [x.end for x in self._physicians]
        i = bisect.bisect_right(self._physician_ends, m.start) - 1
        if i >= 0 and self._physicians[i].profession is Profession.CHIROPRACTOR:
            return Mention(Profession.CHIROPRACTOR, PERSON, m.start, m.end)
        return m

    def licensor(self) -> Profession | None:
        """The profession of the first licensing board the page's masthead names ("TEXAS BOARD OF
        CHIROPRACTIC EXAMINERS"), or None."""
        if self._licensor is None:
            head = "\n".join(self.text.lstrip().splitlines()[:_MASTHEAD_LINES])
            boards = [
                m for m in mentions(head) if m.kind == INSTITUTION and _LICENSING.search(head, m.start, m.end)
            ]
            self._licensor = (boards[0].profession,) if boards else ()
        return self._licensor[0] if self._licensor else None

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
    licensor: Profession | None = None,
) -> tuple[frozenset[Profession], bool]:
    """The professions a hit at ``[start, end)`` is about, and whether that was inferred.

    ``licensor``: the profession of the licensing board in the page's masthead, if any (whose
    "licensee" an unnamed licensee is)."""
    regions: list[tuple[int, int]] = []
    ignore = set(rule.ignore_for)
    relative = (
        _RELATIVE_SUBJECT.search(text, span.start, start) if _RELATIVE_VERB.match(text, start) else None
    )
    if relative and not ignore:
        # "Athletic trainers may refer athletes to providers who may perform dry needling": the
        # relative clause's subject is its antecedent, not the sentence's subject
        named = pick(found, relative.start(), relative.end(), (PERSON,))
        if named:
            return frozenset(named), False
        if _OTHER_PEOPLE.search(relative.group("head")):
            return frozenset({Profession.OTHER}), False
    own = licensor or page
    if (
        not ignore
        and _LICENSEE_SUBJECT.match(text, span.start, start)
        and not pick(found, span.start, start, (PERSON, PRACTICE, INSTITUTION))
        and own not in pick(found, span.start, span.end, (PRACTICE, INSTITUTION))
    ):
        # "A licensee may practice acupuncture, including ... dry needling, ...": the licensee of
        # the board whose page it is (else the page's profession) is the subject; the field named
        # as the object is what is done, not who does it. Inferred: never decisive alone
        return frozenset({own}), True
    if _SCOPED_TAIL.match(text, end, span.end) or re.search(r"\b(?:by|of|for)\s*$", text[start:end]):
        stop = _TAIL_END.search(text, end, span.end)
        tail_end = stop.start() if stop else span.end
        # the field named first owns the scope: "not within the practice of acupuncture when
        # performed by a physical therapist" is about acupuncture
        fields = [m for m in found if m.kind in KINDS and end <= m.start < tail_end]
        first = fields[0] if fields else None
        if first is not None and first.start - end <= _TAIL_REACH and first.profession not in ignore:
            # ... with the fields coordinated with it: "not within the scope of practice of
            # occupational therapy or athletic training" is about both
            owners = {first.profession}
            last = first
            for m in fields[1:]:
                if not _COORDINATED.fullmatch(text, last.end, m.start) or m.profession in ignore:
                    break
                owners.add(m.profession)
                last = m
            return frozenset(owners), False
        regions.append((end, tail_end))
    if rule.subject_only:
        regions = [(start, end), (span.start, start)]
    else:
        regions += [(start, end), (span.start, start), (span.start, span.end), (sentence.start, sentence.end)]
    if ignore:
        # a law whose definition the match names is its field's: "The definition of occupational
        # therapy in AS 08.84.190 does not support dry needling" is about occupational therapists
        owner = next(
            (
                m
                for m in found
                if m.kind == PRACTICE
                and start <= m.start < end
                and m.profession not in ignore
                and _DEFINITION_OF.search(text, start, m.start)
            ),
            None,
        )
        if owner is not None and not pick(found, span.start, start, KINDS):
            return frozenset({owner.profession}), False
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
    for a, b in (
        ((span.start, start),)
        if rule.subject_only
        else ((span.start, span.end), (sentence.start, sentence.end))
    ):
        named = pick(found, a, b, (INSTITUTION,)) - ignore
        if named:
            return frozenset(named), False
    if _THAT_SCOPE.search(text, start, span.end):
        # "we conclude dry needling is outside that scope": the scope the paragraph named before
        # ("The definition of occupational therapy ..."), not the page's profession
        back = text.rfind("\n\n", 0, sentence.start)
        before = [m.profession for m in mentions(text[back + 1 : sentence.start]) if m.kind in KINDS]
        if before and page not in before:
            return frozenset({before[-1]}), False
    if page in ignore:
        # "should only be performed by physicians and acupuncturists", said of nobody else:
        # it is about everyone but the professions it reserves dry needling to
        return frozenset(p for p in Profession if p not in ignore and p is not Profession.OTHER), True
    return frozenset({page}), True
