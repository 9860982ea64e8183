"""The engine: sentences -> rule hits -> attributed votes -> one ``Finding``.

Steps, for one page and one profession:

1. ``sentences.segment`` cuts the text into paragraphs, sentences and clauses. Chrome lines
   (titles, menus, footers) never vote.
2. A sentence is *on topic* when it names dry needling or a synonym, or refers back to it
   ("the procedure") right after one that does. Rows with ``topical=True`` only look at
   on-topic sentences.
3. Every rule row is matched against every clause; ``suppresses`` and vetoes drop hits.
4. Each ``PERMITS``/``PROHIBITS`` hit is attributed to the professions it is about
   (``professions.py``): the one named in its scope phrase ("... of athletic trainers"), in the
   match, before it in the clause, elsewhere in the sentence, a body's name, and finally the
   page's own profession.
   Before that, ``polarity.py`` decides whether a negator governs the hit: a ``FLIP`` row
   becomes the opposite vote ("does not consider dry needling to be within the scope"), any
   other row is dropped; a hit inside an indirect question ("whether ...") never votes.
5. ``PENDING``/``FORMER``/``QUESTION``/``CLAIM`` cancel their clause's votes;
   ``RESCINDS_PREVIOUS`` cancels the nearest earlier on-topic clause's votes (or its own,
   when it states the old position itself); a live vote of a ``defers`` row ("may not ...
   until the rules take effect") cancels its profession's contrary votes. When both
   directions remain, a ``HOLDING`` ("Holding:", "Conclusion:") beats what the page only
   recounts, and a side that is only dated history (or older) loses to a newer one.
6. The two sides are scored and compared; see "Confidence" below.

Confidence
----------
``confidence`` is how sure the page's own words make us of ``status``:

- **0.8 and above**: an explicit, decisive wording for this profession ("is within the scope
  of physical therapy", "may not perform dry needling", "shall not ... unless ...") and
  nothing on the page against it; also a page that never mentions dry needling (0.95), which
  is cleanly ``unaddressed``.
- **0.5 to 0.8**: decided, but on weaker or hedged wording ("does not appear to be
  prohibited", "must not ... until rules are adopted"), with the profession inferred from the
  page rather than named, or against a weaker contrary signal; or ``unaddressed`` that the
  page states outright ("has not taken a position", a pending bill, a ruling only about other
  professions).
- **below 0.5** (``tracker.models.REVIEW_THRESHOLD``): the page talks about dry needling but
  nothing decides it for this profession, or the signals conflict. The status is then always
  ``unaddressed`` with ``needs_review=True``; a weak lean is never presented as a finding.

A vote's weight is its row's ``weight`` times its modifiers (hedge 0.8, advocacy 0.5, dated
history 0.95, profession inferred 0.9, topic by reference 0.9). A side's strength is its best
vote plus 0.03 per extra agreeing vote (max 0.97); with a contrary side of strength L, the
winner's confidence is multiplied by ``1 - 0.7 * L``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from tracker.analysis.classify import conditions as conditions_mod
from tracker.analysis.classify import dates as dates_mod
from tracker.analysis.classify import places
from tracker.analysis.classify import structure as structure_mod
from tracker.analysis.classify.attribution import Mentions, attribute
from tracker.analysis.classify.grammar import OPPOSITE, Negated
from tracker.analysis.classify.polarity import Polarity, elsewhere_after, polarity
from tracker.analysis.classify.professions import PERSON, PRACTICE, Mention, page_profession
from tracker.analysis.classify.rules import (
    ANAPHOR,
    ANAPHOR_RE,
    DECISIVE,
    DN_TERM,
    DN_TERM_RE,
    MODIFIER_FACTORS,
    RULES,
    Meaning,
    Rule,
)
from tracker.analysis.classify.sentences import Document, Sentence, Span, segment
from tracker.analysis.classify.typography import Normalised, normalise, rewrite
from tracker.models import REVIEW_THRESHOLD, Conditions, Finding, FindingStatus, Profession

NO_MENTION_CONFIDENCE = 0.95
CHROME_ONLY_CONFIDENCE = 0.9
SILENT_CONFIDENCE = 0.75
PENDING_CONFIDENCE = 0.7
OTHERS_ONLY_CONFIDENCE = 0.7
FORMER_ONLY_CONFIDENCE = 0.6
UNDECIDED_CONFIDENCE = 0.3
INFERRED_FACTOR = 0.9
ANAPHORIC_FACTOR = 0.9
NON_AUTHORITY_FACTOR = 0.6
CONFLICT_PENALTY = 0.7
DECISIVE_CONFIDENCE = 0.8
SUBJECT_BONUS = 0.06  # evidence only: not a vote's strength

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a marker's reach within its clause ends at a coordination: "X concluded ..., and a review
# did not recommend a proposed endorsement" (the proposal does not cancel the conclusion)
_COORDINATION = re.compile(
    r",\s+(?:and|but)\s+(?!(?:by|to|in|with|for|of|from|on|as|\w+ing)\b)", re.IGNORECASE
)
_CAPTION = re.compile(r"\s(?:v\.|vs\.?|versus)\s|\bex\s+rel\.", re.IGNORECASE)
_NON_AUTHORITY = re.compile(
    r"\b(?:association|society|alliance|coalition|academy|federation|institute|advocates?|"
    r"news|blog|magazine|seminars?|forums?|message\s+boards?|discussion\s+threads?)\b",
    re.IGNORECASE,
)


@dataclass
class Vote:
    rule: Rule
    meaning: Meaning  # the row's, or its opposite when a negator governs a FLIP row
    sentence: Sentence
    clause: int  # global clause number, in reading order
    professions: frozenset[Profession]
    inferred: bool
    weight: float = 0.0
    tier: int = 1  # 0 dated history, 1 plain, 2 marked current, 3 a holding or conclusion
    year: int = 0
    at: int = 0  # offset of the match in the text
    cancelled: str | None = None  # why it no longer counts
    subject: bool = False  # the profession is named as a person before the end of the match
    quote_from: int | None = None  # evidence starts here instead of at the sentence
    source: Vote | None = None  # the vote an elliptical contrast copies its predicate from
    reported: bool = False  # read through an answer key or an editor's banner: never decisive


@dataclass
class _Clause:
    number: int
    sentence: Sentence
    span: Span
    votes: list[Vote] = field(default_factory=list)
    markers: dict[Meaning, str] = field(default_factory=dict)  # meaning -> rule id
    marker_at: dict[Meaning, int] = field(default_factory=dict)  # meaning -> offset in text
    topical: bool = False
    enactable: dict[str, int] = field(default_factory=dict)  # bill markers: rule id -> offset


# Off the topic only these rows can matter (votes that need no mention of dry needling, a
# rescission of an earlier statement, an explicit silence); the rest only qualify votes.
_INTRO = tuple(r for r in RULES if r.intro)
_CONTEXT = tuple(r for r in RULES if r.meaning in (Meaning.PENDING, Meaning.CLAIM, Meaning.QUESTION))
_READ = tuple(r for r in RULES if not r.intro)
_ANYWHERE = tuple(
    r
    for r in _READ
    if not r.topical
    and r.meaning
    in (Meaning.PERMITS, Meaning.PROHIBITS, Meaning.RESCINDS_PREVIOUS, Meaning.SILENT, Meaning.AWAITING)
)
_DN_NEEDLES = ("needl", "tdn", "tpdn", "fdn", "imt", "intramuscular")
_LABELS = tuple(r for r in RULES if r.label)


Hit = tuple[Rule, "re.Match[str]", Meaning]


def _match_rules(text: str, span: Span, topical: bool) -> list[Hit]:
    hits = _match(text, span, _READ if topical else _ANYWHERE)
    if not topical and any(r.meaning in DECISIVE for r, _, _ in hits):
        hits = _match(text, span, tuple(r for r in _READ if not r.topical))
    return hits


_SUBJECT_FIRST = re.compile(rf"\W*(?:{DN_TERM}|{ANAPHOR})", re.IGNORECASE)


def _vote_meaning(rule: Rule, clause: str, m: re.Match[str]) -> Meaning | None:
    """The meaning of a vote after polarity (``None``: the hit does not vote)."""
    matched = m.group(0)
    negated = rule.negated_in(m)
    if negated:  # the row's own {NOT} slot: judge the rest of the match without it
        for name, value in m.groupdict().items():
            if name.startswith("neg") and value:
                a, b = m.span(name)
                matched = matched[: a - m.start()] + " " * (b - a) + matched[b - m.start() :]
    if rule.veto_regex and rule.veto_regex.search(matched):
        return None
    subject_first = bool(_SUBJECT_FIRST.match(matched))
    state = polarity(clause[: m.start()], matched, subject_first=subject_first)
    if state is Polarity.DROP or elsewhere_after(clause[m.end() :]):
        return None
    if state is Polarity.NEGATED and rule.negated is not Negated.KEEP:
        negated = not negated
    if not negated:
        return rule.meaning
    return OPPOSITE[rule.meaning] if rule.negated is Negated.FLIP else None


def _match(text: str, span: Span, rules: tuple[Rule, ...]) -> list[Hit]:
    clause = text[span.start : span.end]
    # the pre-filter reads the clause as the patterns do: any run of whitespace is one space
    lowered = " ".join(clause.lower().split())
    hits: list[Hit] = []
    for rule in rules:
        if rule.needs and not any(map(lowered.__contains__, rule.needs)):
            continue
        m = rule.regex.search(clause)
        if not m:
            continue
        if rule.veto_after_regex and rule.veto_after_regex.search(clause[m.end() :]):
            continue
        if rule.veto_before_regex and rule.veto_before_regex.search(clause[: m.start()]):
            continue
        if rule.meaning in DECISIVE:
            meaning = _vote_meaning(rule, clause, m)
            if meaning is None:
                continue
        else:
            if rule.veto_regex and rule.veto_regex.search(m.group(0)):
                continue
            meaning = rule.meaning
        hits.append((rule, m, meaning))
    suppressed = {target for rule, _, _ in hits for target in rule.suppresses}
    return [hit for hit in hits if hit[0].id not in suppressed]


# "it" as the object of a judgement refers back too: "The Board considers it outside their scope."
_JUDGED_IT = re.compile(
    r"\b(?:consider|deem|regard|treat|find|found|view|hold|held)\w*\s+it\s+(?:to\s+(?:be|fall)\s+|as\s+"
    r"(?:being\s+)?)?(?:outside|beyond|within|part\s+of|not\s+within)\b",
    re.IGNORECASE,
)


def _topicality(doc: Document) -> tuple[list[bool], list[bool]]:
    direct = []
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        lowered = piece.lower()
        direct.append(any(n in lowered for n in _DN_NEEDLES) and bool(DN_TERM_RE.search(piece)))
    anaphoric = [False] * len(doc.sentences)
    for i, s in enumerate(doc.sentences):
        if direct[i] or s.chrome or i == 0:
            continue
        prev = doc.sentences[i - 1]
        piece = doc.slice(s.start, s.end)
        if direct[i - 1] and not prev.chrome and (ANAPHOR_RE.search(piece) or _JUDGED_IT.search(piece)):
            anaphoric[i] = True
    return direct, anaphoric


def _scan(
    doc: Document,
    profession_page: Profession,
    direct: list[bool],
    anaphoric: list[bool],
    page_mentions: Mentions,
) -> list[_Clause]:
    text = doc.text
    clauses: list[_Clause] = []
    for s in doc.sentences:
        only: tuple[Rule, ...] | None = None
        if s.chrome:
            # a table row or heading that carries a guide's status after its state ("Illinois |
            # Prohibited | -", "TEXAS - PERMITTED"): only the label rows read it
            if places.heading_state(doc.slice(s.start, s.end)) in (None, "*"):
                continue
            only = _LABELS
        found: list[Mention] | None = None  # computed only when a vote needs attributing
        topical = direct[s.index] or anaphoric[s.index]
        for span in s.clauses:
            clause = _Clause(len(clauses), s, span, topical=topical)
            hits = _match(text, span, only) if only is not None else _match_rules(text, span, topical)
            for rule, m, meaning in hits:
                if meaning in DECISIVE:
                    if found is None:
                        found = page_mentions.sentence(s)
                    start, end = span.start + m.start(), span.start + m.end()
                    profs, inferred = attribute(text, found, s, span, start, end, rule, profession_page)
                    # a guide's label speaks of the guide's own profession by construction
                    vote = Vote(rule, meaning, s, clause.number, profs, inferred and not rule.label, at=start)
                    # who, what and predicate all in one place: "Physical therapists may not perform ..."
                    vote.subject = any(
                        m.kind == PERSON and m.profession in profs and span.start <= m.start < end
                        for m in found
                    )
                    clause.votes.append(vote)
                    reserved = _reserved_to(rule, found, start, span.end)
                    if reserved and meaning is Meaning.PROHIBITS:
                        # "constitutes the practice of medicine and should only be performed by a
                        # physician": a permission for the professions it is reserved to
                        keep = Vote(rule, Meaning.PERMITS, s, clause.number, reserved, False, at=start)
                        clause.votes.append(keep)
                elif rule.meaning is Meaning.PENDING and rule.enactable:
                    clause.enactable.setdefault(rule.id, span.start + m.start())
                else:
                    clause.markers.setdefault(rule.meaning, rule.id)
                    clause.marker_at.setdefault(rule.meaning, span.start + m.start())
            clauses.append(clause)
    _list_items(doc, clauses, direct, page_mentions, profession_page)
    _elliptical(doc, clauses, profession_page)
    _contrast(doc, clauses, page_mentions)
    return clauses


_OTHERS_ALLOW = re.compile(
    r"\b(?:most|many|some|several|other|all|\d+|the\s+other)\s+(?:[\w-]+\s+){0,2}?(?:states|jurisdictions)\b[^.;]{0,40}?"
    r"\b(?:allow|permit|authori[sz]e|let|can|may)\b",
    re.IGNORECASE,
)
_BUT_NOT_HERE = re.compile(
    r"^\W*(?:[Bb]ut\s+)?(?:[Hh]ere\s+)?(?:[Ii]n\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+)?(?:[A-Z][\w']*(?:\s+[A-Z][\w']*)?|"
    r"this\s+state|the\s+state|our\s+state|(?:physical\s+)?therapists|PTs)\s+(?:still\s+)?"
    r"(?:(?:does|do|has|is|are)\s*(?:not|n't)|cannot|can't|may\s+not)\b(?:\s+(?:do\s+so|yet|one\s+of\s+them|"
    r"among\s+them|allow\s+it))?\s*[.;]?\s*$"
)
_ELLIPTICAL = Rule("proh-elliptical-clause", r"$^", Meaning.PROHIBITS, 0.8, topical=False)


def _elliptical(doc: Document, clauses: list[_Clause], page: Profession) -> None:
    """ "Most western states now allow it; California does not.": a prohibition by ellipsis."""
    by_sentence: dict[int, list[_Clause]] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    pairs: list[tuple[_Clause, _Clause]] = []
    for parts in by_sentence.values():
        pairs += list(itertools.pairwise(parts))
    sentences = sorted(by_sentence)
    for a, b in itertools.pairwise(sentences):  # "PTs in 39 states can dry needle. But here, PTs cannot."
        # ... or the next paragraph's opening: "... 39 states now allow it.\n\nNew York is not one of them."
        gap = doc.sentences[b].paragraph - doc.sentences[a].paragraph
        opens = gap == 1 and doc.sentences[b - 1].paragraph != doc.sentences[b].paragraph
        if b == a + 1 and (gap == 0 or opens):
            pairs.append((by_sentence[a][-1], by_sentence[b][0]))
    for first, second in pairs:
        if True:
            if any(v for v in second.votes):
                continue
            if _OTHERS_ALLOW.search(doc.slice(first.span.start, first.span.end)) and _BUT_NOT_HERE.match(
                doc.slice(second.span.start, second.span.end)
            ):
                vote = Vote(
                    _ELLIPTICAL, Meaning.PROHIBITS, second.sentence, second.number, frozenset({page}), True
                )
                vote.at = second.span.start
                second.votes.append(vote)


# an elliptical contrast between professions: "Physical therapists may perform dry needling;
# physical therapist assistants may not." / "Athletic trainers may not dry needle. Physical
# therapists may." The second part copies the first's predicate with its own polarity, for
# the professions it names; the predicate is elided, so it is never decisive alone.
_CONTRAST = Rule("contrast-ellipsis", r"$^", Meaning.PROHIBITS, 0.75, topical=False)
_CONTRAST_PART = re.compile(
    r"\W*(?:but|however|whereas|while)?,?\s*(?P<who>(?:[\w'’-]+\s+){1,6}?)(?:(?:may|can|shall|do|does|are|is)"
    r"(?P<neg>\s*(?:not|n't|never))?|(?P<cannot>cannot|can't))(?:\s+(?:do\s+so|perform\s+it|too|also|either))?"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)
_NOT_FIELD = re.compile(
    r"\W*(?:but\s+)?not\s+(?:(?:for|of|by|to|in|within)\s+)?(?:the\s+)?(?P<who>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)
# ... and within one clause: "is within the scope of physical therapy but not occupational therapy"
_BUT_NOT = re.compile(
    r"\s*,?\s*but\s+not\s+(?:(?:for|of|by|to|in)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
)


def _contrast(doc: Document, clauses: list[_Clause], page_mentions: Mentions) -> None:
    """Votes for the professions an elliptical contrast names (see ``_CONTRAST_PART``)."""
    text = doc.text
    by_sentence: dict[int, list[_Clause]] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    pairs: list[tuple[_Clause, _Clause]] = []
    for parts in by_sentence.values():
        pairs += list(itertools.pairwise(parts))
    for a, b in itertools.pairwise(sorted(by_sentence)):
        if b == a + 1 and doc.sentences[a].paragraph == doc.sentences[b].paragraph:
            pairs.append((by_sentence[a][-1], by_sentence[b][0]))
    for first, second in pairs:
        source = next((v for v in first.votes if v.meaning in DECISIVE and v.rule is not _CONTRAST), None)
        if source is None or second.votes:
            continue
        m = _CONTRAST_PART.match(text, second.span.start, second.span.end)
        kinds: tuple[str, ...] = (PERSON,)
        if m:
            meaning = Meaning.PROHIBITS if m.group("neg") or m.group("cannot") else Meaning.PERMITS
        else:  # "... within the scope of physical therapy, but not occupational therapy."
            m = _NOT_FIELD.match(text, second.span.start, second.span.end)
            if not m or source.meaning is not Meaning.PERMITS:
                continue
            meaning, kinds = Meaning.PROHIBITS, (PERSON, PRACTICE)
        who = {
            x.profession
            for x in page_mentions.sentence(second.sentence)
            if x.kind in kinds and m.start("who") <= x.start < m.end("who")
        }
        if not who or who & source.professions:
            continue
        vote = Vote(_CONTRAST, meaning, second.sentence, second.number, frozenset(who), False)
        vote.at, vote.source, vote.quote_from = second.span.start, source, source.sentence.start
        second.votes.append(vote)
    for clause in clauses:
        for v in list(clause.votes):
            if v.meaning is not Meaning.PERMITS or v.rule is _CONTRAST:
                continue
            end = text.find(".", v.at, clause.span.end)
            tail = text[v.at : end if end >= 0 else clause.span.end]
            cut = tail.lower().find(" but not ")
            if cut < 0:
                continue
            m = _BUT_NOT.match(text, v.at + cut)
            if not m:
                continue
            named = {
                x.profession
                for x in page_mentions.sentence(v.sentence)
                if x.kind in (PERSON, PRACTICE) and m.start() <= x.start < m.end()
            } - v.professions
            if named:
                vote = Vote(
                    _CONTRAST, Meaning.PROHIBITS, v.sentence, v.clause, frozenset(named), False, at=v.at
                )
                vote.source = v
                clause.votes.append(vote)


_SUBJECT_WORDS = 8
_ITEM_LEAD = 6  # words before the term in an item that is dry needling: "(f) the use of dry needling"
_ITEM_WORDS = 30
_ITEM = re.compile(r"\s*(?:\(?[0-9a-zA-Z]{1,4}[.)]|[-•*])\s")


def _reserved_to(rule: Rule, found: list[Mention], start: int, end: int) -> frozenset[Profession]:
    """The professions an exclusivity row reserves dry needling to, named after its start."""
    if not rule.reserves:
        return frozenset()
    return frozenset(
        m.profession
        for m in found
        if m.kind in (PERSON, PRACTICE) and start <= m.start < end and m.profession in rule.ignore_for
    )


def _list_items(
    doc: Document, clauses: list[_Clause], direct: list[bool], page_mentions: Mentions, page: Profession
) -> None:
    """Give the items of a list the vote of its introduction ("... means any of the following:")."""
    text = doc.text
    intro: tuple[Sentence, Rule, re.Match[str], Meaning] | None = None
    context: list[Hit] = []  # the intro's own context ("amended this measure by:"), for its items
    by_sentence: dict[int, list[_Clause]] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if _ITEM.match(piece):
            for c in by_sentence.get(s.index, []):
                for rule, m, _meaning in context:
                    if rule.enactable:
                        c.enactable.setdefault(rule.id, c.span.start)
                    else:
                        c.markers.setdefault(rule.meaning, rule.id)
                        c.marker_at.setdefault(rule.meaning, c.span.start)
        if piece.rstrip().endswith(":") and not s.chrome:
            context = _match(text, Span(s.start, s.end), _CONTEXT)
            intro = None
            if not any(c.votes for c in by_sentence.get(s.index, [])):  # an intro that decides itself
                for rule, m, meaning in _match(text, Span(s.start, s.end), _INTRO):
                    intro = (s, rule, m, meaning)
                    break
            continue
        if not _ITEM.match(piece):
            intro, context = None, []
            continue
        mine = by_sentence.get(s.index, [])
        if intro is None or not direct[s.index] or not mine or any(c.votes for c in mine):
            continue
        term = DN_TERM_RE.search(piece)
        if (
            term is None
            or len(piece[: term.start()].split()) > _ITEM_LEAD
            or len(piece.split()) > _ITEM_WORDS
        ):
            continue  # an item that names dry needling in passing is not the item that is dry needling
        head, rule, m, meaning = intro
        found = page_mentions.sentence(head)
        span = Span(head.start, head.end)
        start, end = head.start + m.start(), head.start + m.end()
        profs, inferred = attribute(text, found, head, span, start, end, rule, page)
        clause = mine[0]
        vote = Vote(rule, meaning, s, clause.number, profs, inferred, at=clause.span.start)
        vote.quote_from = head.start  # the evidence runs from the introduction to the item
        clause.votes.append(vote)


def _elsewhere(doc: Document, jurisdiction: str | None) -> set[int]:
    """Sentences in another state's section: their dates are not this state's."""
    sectioned = places.sections(doc)
    if not jurisdiction or len(set(sectioned.values())) < 2:
        return set()
    return {i for i, code in sectioned.items() if code != jurisdiction.upper()}


def _place(doc: Document, clauses: list[_Clause], jurisdiction: str | None) -> None:
    """Cancel the votes that speak of another state (see ``places.py``)."""
    sectioned = places.sections(doc)
    if len(set(sectioned.values())) < 2:
        sectioned = {}
    here = jurisdiction.upper() if jurisdiction else None
    if here and places.about_elsewhere(doc, here):
        for clause in clauses:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "other-state-page"
        return
    all_sections = places.sections(doc)
    for clause in clauses:
        for vote in clause.votes:
            if vote.rule.label and clause.sentence.index not in all_sections:
                vote.cancelled = vote.cancelled or "label-outside-guide"
            # a relative clause on another state: "Unlike Ohio, where physical therapists may ..."
            where = places.relative_state(doc.text[clause.sentence.start : vote.at])
            if here and where and where != here:
                vote.cancelled = vote.cancelled or "other-state"
        if not clause.votes:
            continue
        named = places.states_in(doc.slice(clause.span.start, clause.span.end))
        section = sectioned.get(clause.sentence.index)
        if here and here in named:
            continue
        if here and named:
            why = "other-state"
        elif section and section != here:  # another state's section, or one of several states
            why = "other-state-section"
        else:
            continue
        for vote in clause.votes:
            vote.cancelled = vote.cancelled or why


def _reaches(text: str, a: int, b: int) -> bool:
    return not _COORDINATION.search(text, min(a, b), max(a, b))


_ENACTED_ROWS = tuple(r for r in RULES if r.meaning is Meaning.ENACTED)


def _page_enacted(doc: Document) -> bool:
    """Whether any line of the page, headings included, says its bill became law."""
    text = doc.text
    return any(_match(text, Span(s.start, s.end), _ENACTED_ROWS) for s in doc.sentences)


# where a page's proposed text begins: a bill's enacting clause, a rulemaking notice's "full
# text of the proposed rule"; what follows is a proposal unless the page says it became law
_PROPOSAL_BODY = re.compile(
    r"\bproposed\s+(?:[\w-]+\s+){0,2}?(?:rules?|regulations?|amendments?)\b[^.]{0,40}\bas\s+follows\b|"
    r"\bbe\s+it\s+enacted\b|\bit\s+is\s+enacted\s+by\b|\bdo\s+enact\b|\bhereby\s+enacts?\b|\benacts\s+as\s+follows\b|\benacts\s*:\s*$|\b(?:full\s+)?text\s+of\s+(?:the\s+)?proposed\s+(?:rules?|regulations?|amendments?)\b|"
    r"\bnotice\s+of\s+proposed\s+(?:rule\s*making|rules?|regulations?)\b|^\W*(?:section\s+[IVX]+\s*-\s*)?(?:re-?)?proposed\s+"
    r"(?:rules?|regulations?)\W*$|^\W*statement\s+of\s+purpose\b|^\W*(?:house|senate|assembly)\s+bill\s+(?:no\.?\s*)?\d+\W*$",
    re.IGNORECASE,
)
_HEAD_LINES = 8
_ENACTING_CLAUSE = re.compile(
    r"\bbe\s+it\s+enacted\b|\bit\s+is\s+enacted\s+by\b|\bdo\s+enact\b|\bhereby\s+enacts?\b|\benacts\s+as\s+follows\b|"
    r"\benacts\s*:\s*$",
    re.IGNORECASE,
)
_ADOPTED = re.compile(
    r"\bnotice\s+of\s+(?:adoption|final\s+(?:rule|action))\b|\bfinal\s+rule(?:making)?\b|\b(?:rule|regulation)s?\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+adopted\b",
    re.IGNORECASE,
)


_BILL_PAGE = re.compile(
    r"^\W*(?:(?:(?:house|senate|assembly)\s+)?bill\s+(?:status|information|text|history|summary|analysis|report)|(?:H|S|A)B\s+_{2,}\W*$|bill\s*(?:no\.?)?\s*:|fiscal\s+note\b|introduced\W*$|a\s+bill\s+for\s+an\s+act\b|"
    r"a\s+bill\s+to\s+be\s+entitled\b|(?:house|senate|assembly)\s+bill\s*(?:no\.?)?\s*$|"
    r"(?:H|S|A)\.?\s?B\.?\s?(?:No\.?\s*)?\d+(?:\s*[-–]\s*(?:H|S|A)\.?\s?B\.?\s?\d+)?\W*$|status\s*:\s*(?:filed|introduced|referred|pending|in\s+committee)|"
    r"(?:\d{4}\s+)?(?:house|senate|assembly)\s+bill\s+(?:no\.?\s*)?[\d_]+(?:\W|\s+by\b.*)*$|as\s+introduced\W*$|.{0,40}\bintroduced\s+by\b|"
    r"(?:house|senate|assembly)\s*,?\s+no\.\s*\d+\W*$|pre-?filed\s+for\s+introduction\b|bill\s+number\s*:|"
    r"memorandum\s+in\s+support\s+of\s+legislation|[AS]\d{4,5}\s+memo\b|"
    # a bill's status page: "S. 0917", "General Bill", "Introduced in the Senate on ..."
    r"(?:H|S)\.\s?\d{2,5}\W*$|(?:general|local)\s+bill\W*$|introduced\s+(?:in|into)\s+the\s+(?:house|senate|assembly)\b|"
    r"\d{4}\s*-+\s*[HS]\s*[\d_]+\W*$)",
    re.IGNORECASE | re.MULTILINE,
)


def _proposal_start(doc: Document, enacted: bool) -> int | None:
    """The offset where the page's proposed text begins, or None (no proposal, or it became law)."""
    if enacted or _ADOPTED.search(doc.text):
        return None
    head_text = "\n".join(doc.text.lstrip().splitlines()[: _HEAD_LINES * 2])
    if _BILL_PAGE.search(head_text):  # a bill's own page: all of it is the proposal
        return 0
    if structure_mod.vetoed(head_text):  # a vetoed bill did not become law: what it says is proposed
        return 0
    # a page that quotes a proposal (a court deciding a challenge to it) is not one: the
    # proposal must announce itself in the page's first lines, or be a bill's enacting clause
    head = "\n".join(doc.text.lstrip().splitlines()[:_HEAD_LINES])
    announced = bool(
        re.search(
            r"\bpropos(?:ed|al)\b|\bbill\b|\bnotice\s+of\s+(?:a\s+)?(?:public\s+)?hearing\b|"
            r"\bnotice\s+of\s+intent(?:ion)?\s+to\s+(?:adopt|amend|promulgate)\b",
            head,
            re.IGNORECASE,
        )
    )
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if not announced and not _ENACTING_CLAUSE.search(piece):
            continue
        if _PROPOSAL_BODY.search(piece):
            return s.start
    return None


_CURRENT_LAW = re.compile(
    r"\W*(?:[A-Za-z][\w ]{0,30}:\s*)?(?:(?:under|in)\s+(?:the\s+)?(?:current|existing|present)\s+"
    r"(?:law|statutes?)|(?:current|existing|present)\s+(?:[A-Z][a-z]+\s+){0,2}(?:law|statutes?)\s+(?!would\b)\w+|"
    r"currently|at\s+present|presently)\b(?![^.;]{0,200}\b(?:would|this\s+bill)\b)",
    re.IGNORECASE,
)
_WOULD_CONCLUDE = re.compile(
    r"\bwould\s+(?:likely\s+|probably\s+)?(?:conclude|hold|find|determine|uphold)\b", re.IGNORECASE
)


_COMMENT_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:(?:speakers\s+and\s+)?summary\s+of\s+(?:public\s+)?comments|public\s+"
    r"comments?|comments?\s+received|testimony|speakers|written\s+comments)\b(?:\s+[\w&]+){0,4}\W*$",
    re.IGNORECASE,
)


_MOTION = re.compile(
    r"^\W*motion\b|\bmoved\s+(?:to|that)\b|\bmotion\s+(?:was\s+)?made\b|\ba\s+motion\s+(?:to|that)\b", re.I
)
_MOTION_FAILED = re.compile(
    r"\bmotion\s+(?:failed|died|was\s+defeated|was\s+withdrawn|was\s+tabled|did\s+not\s+(?:pass|carry))\b|"
    r"\bvote\s*:?\s*(?P<yes>\d+)\s+(?:in\s+favor|yes|aye)\w*\s*,?\s*(?P<no>\d+)\s+(?:opposed|no|nay)",
    re.IGNORECASE,
)
_MOTION_WINDOW = 4  # sentences after a motion where its outcome is recorded


def _failed_motions(doc: Document) -> set[int]:
    """Sentences holding a motion that the minutes then record as failed."""
    out: set[int] = set()
    sentences = doc.sentences
    for s in sentences:
        if not _MOTION.search(doc.slice(s.start, s.end)):
            continue
        for t in sentences[s.index : s.index + _MOTION_WINDOW + 1]:
            if t.paragraph != s.paragraph:
                break
            m = _MOTION_FAILED.search(doc.slice(t.start, t.end))
            if m and (not m.group("yes") or int(m.group("yes")) <= int(m.group("no"))):
                out.add(s.index)
                break
    return out


_NATIONAL_PAGE = re.compile(
    r"^\W*(?:the\s+)?(?:world|american|national|international|federation)\b[\w\s&,.-]{0,80}?\b(?:association|federation|"
    r"society|societies|academy|alliance|council|commission|college|organization)\b|"
    # a federal agency's policy binds its own facilities, not a state's licensees
    r"^\W*(?:(?:the\s+)?(?:U\.?S\.?\s+)?department\s+of\s+(?:veterans\s+affairs|defense)|veterans\s+health\s+"
    r"administration|defense\s+health\s+agency|indian\s+health\s+service)\b",
    re.IGNORECASE,
)
_PETITION_PAGE = re.compile(
    r"^\W*(?:(?:re|subject)\s*:\s*)?(?:petition|open\s+letter|public\s+comments?)\b|"
    # a comment letter: "Re: Comments on Draft Position Statement", "I write to comment on ..."
    r"^\W*(?:re|subject)\s*:\s*(?:[\w-]+\s+){0,2}?comments?\s+(?:on|regarding|concerning|to|about)\b|"
    r"\b(?:I|we)\s+(?:write|am\s+writing|are\s+writing)\s+to\s+(?:comment|oppose|object|urge)\b|"
    r"\b(?:have|has)\s+signed\b|\bsign\s+(?:the|our|this)\s+petition\b",
    re.IGNORECASE | re.MULTILINE,
)


# a petition site's furniture, lower in a page's head: "1,284 have signed", "[Sign this petition]"
_PETITION_SITE = re.compile(
    r"\b\d[\d,]*\s+(?:people\s+|supporters\s+)?have\s+signed\b|\bsign\s+(?:the|our|this)\s+petition\b|"
    r"\bstart\s+a\s+petition\b",
    re.IGNORECASE,
)


# a dissent is what one judge said, not what the court held: "Dissenting Opinion by Whitlow, J."
_DISSENT_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+)?(?:dissenting\s+opinion|dissent|(?:\w+,\s+)?J\.,\s+dissenting)\b[^\n]{0,60}$",
    re.IGNORECASE,
)


_EXISTING_LAW_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:existing|current|present)\s+law\W*$|^\W*present\s+situation\W*$|"
    # a bill report's or fiscal note's "Background" states the law as it stands, not the bill
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?background\W*$",
    re.IGNORECASE,
)
_SECTION_HEADING = re.compile(r"^\W*[A-Z][A-Z ,&/()-]{2,60}:\W*$|^\W*[A-Z][\w ,&/()-]{2,40}:\s*$")


def _existing_law(doc: Document) -> set[int]:
    """Sentences under a bill analysis's "Existing law:" heading, or after its "Background:"
    label up to the next label ("Summary of Bill:"): the law as it stands, not what the bill
    proposes."""
    out: set[int] = set()
    inside = False
    paragraph = -1
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if s.chrome or _SECTION_HEADING.match(piece) or _EXISTING_LAW_HEADING.match(piece):
            inside = bool(_EXISTING_LAW_HEADING.match(piece))
            continue
        if s.paragraph != paragraph:
            paragraph = s.paragraph
            label = _INLINE_LABEL.match(piece)
            if label:
                inside = bool(_EXISTING_LABEL.match(label.group(0)))
        if inside:
            out.add(s.index)
    return out


_INLINE_LABEL = re.compile(r"^\W*[A-Z][\w ]{2,40}:\s")
_EXISTING_LABEL = re.compile(
    r"^\W*(?:background|existing\s+law|current\s+law|present\s+law|present\s+situation)\s*:", re.IGNORECASE
)


def _comment_sections(doc: Document) -> set[int]:
    """Sentences under a "Public Comment", "Testimony" or "Dissenting Opinion" heading: what
    others said."""
    out: set[int] = set()
    inside = False
    inline: int | None = None  # "2. Public comment. ..." heads only its own paragraph
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if inline is not None and s.paragraph != inline:
            inside, inline = False, None
        others = _COMMENT_HEADING.match(piece) or _DISSENT_HEADING.match(piece)
        heading = len(piece.split()) <= 8 and (_OTHER_HEADING.match(piece) or others)
        if s.chrome or heading:
            inside = bool(others)
            # a heading that is its own paragraph heads what follows; one that opens a
            # paragraph ("2. Public comment. ...") heads only that paragraph
            alone = not any(t.paragraph == s.paragraph and t.index != s.index for t in doc.sentences)
            inline = s.paragraph if inside and not s.chrome and not alone else None
            continue
        if inside:
            out.add(s.index)
    return out


def _cancel(
    doc: Document, clauses: list[_Clause], enacted: bool, proposal: int | None, holdings: set[int]
) -> None:
    text = doc.text
    last_topical: _Clause | None = None
    comments = _comment_sections(doc)
    existing = _existing_law(doc)
    first_line = doc.text.lstrip().split("\n", 1)[0]
    if _NATIONAL_PAGE.match(first_line):  # a national or world body's page: its views, no state's law
        comments = {s.index for s in doc.sentences}
    failed = _failed_motions(doc)
    head_lines = doc.text.lstrip().splitlines()
    if _PETITION_PAGE.search("\n".join(head_lines[:_HEAD_LINES])) or _PETITION_SITE.search(
        "\n".join(head_lines[: _HEAD_LINES * 2])
    ):
        comments = {s.index for s in doc.sentences}  # a petition page: all of it is what it asks for
    for clause in clauses:
        if clause.sentence.index in failed:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "motion-failed"
        if clause.sentence.index in comments:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "public-comment"
        if (
            proposal is not None
            and clause.span.start >= proposal
            and not _CURRENT_LAW.match(text[clause.sentence.start : clause.sentence.end])
            and clause.sentence.index not in existing
        ):
            # a bill's statement of the law as it stands ("Under current law, ... are not
            # authorized") is not proposed text
            clause.markers.setdefault(Meaning.PENDING, "proposed-text")
            clause.marker_at.setdefault(Meaning.PENDING, clause.span.start)
            for vote in clause.votes:  # the whole proposed text, whatever its coordination
                vote.cancelled = vote.cancelled or "proposed-text"
        if clause.enactable and not enacted and Meaning.PENDING not in clause.markers:
            rule_id, at = next(iter(clause.enactable.items()))
            clause.markers[Meaning.PENDING] = rule_id
            clause.marker_at[Meaning.PENDING] = at
        rescinds = clause.markers.get(Meaning.RESCINDS_PREVIOUS)
        if rescinds:
            # "This law replaced the position that ... outside": the position follows, in the
            # clause itself; otherwise ("that position was rescinded") it is the nearest
            # earlier statement on the topic
            at = clause.marker_at[Meaning.RESCINDS_PREVIOUS]
            own = [v for v in clause.votes if v.at > at]
            for vote in own or (last_topical.votes if last_topical else []):
                vote.cancelled = vote.cancelled or rescinds
        for meaning in (Meaning.PENDING, Meaning.FORMER, Meaning.QUESTION, Meaning.CLAIM):
            # what an opinion concludes a court "would likely conclude" is its conclusion
            if (
                meaning is Meaning.PENDING
                and clause.markers.get(meaning) in ("hypothetical", "pending-proposal")
                and clause.sentence.index in holdings
                and _WOULD_CONCLUDE.search(text, clause.sentence.start, clause.sentence.end)
            ):
                continue
            if meaning in clause.markers:
                for vote in clause.votes:
                    if _reaches(text, clause.marker_at[meaning], vote.at):
                        vote.cancelled = vote.cancelled or clause.markers[meaning]
        if clause.topical:
            last_topical = clause
    # "may not perform dry needling until the board's rules take effect": the law permits it
    # and practice waits; the deferral counts as a permission, and cancels the page's
    # prohibitions for its professions (they say the same wait)
    deferring = [v for c in clauses for v in c.votes if v.rule.defers and not v.cancelled]
    for d in deferring:
        d.meaning = Meaning.PERMITS
    for vote in (v for c in clauses for v in c.votes if not v.cancelled):
        for d in deferring:
            if vote.meaning is Meaning.PROHIBITS and vote.professions & d.professions:
                vote.cancelled = d.rule.id


_ANSWERED_ROW = "perm-question-form"
_ANSWER = re.compile(
    r"\W*(?:A(?:nswer)?\s*[:.-]\s*)?(?P<word>yes|no)\b(?!\s+(?:one|longer|more|statute|rule|law|board|position|"
    r"specific|formal|action|decision)\b)",
    re.IGNORECASE,
)


def _answered(doc: Document, clauses: list[_Clause]) -> None:
    """A question the page answers at once ("Can a chiropractor perform dry needling?" then
    "A: No."): the question's own vote stands, turned around by a "No"."""
    for clause in clauses:
        sentence = clause.sentence
        if not doc.slice(sentence.start, sentence.end).rstrip().endswith("?"):
            continue
        after = [s for s in doc.sentences if s.index > sentence.index and not s.chrome][:1]
        m = _ANSWER.match(doc.slice(after[0].start, after[0].end)) if after else None
        if not m:
            continue
        for vote in clause.votes:
            if vote.cancelled != "question" or vote.meaning not in OPPOSITE:
                continue
            vote.cancelled = None
            if m.group("word").lower() == "no":
                vote.meaning = OPPOSITE[vote.meaning]
            # quoted as question and answer: "Q: May an athletic trainer ...? A: Yes, after ..."
            vote.quote_from = sentence.start
            vote.sentence = after[0]


def _structures(doc: Document, clauses: list[_Clause]) -> None:
    """What the page's structure does to its votes (see ``structure.py``): an institution's own
    policy is no state's law; a page bannered as superseded states an old law and the banner's
    replacement decides; a quiz's statements are questions its key answers."""
    if structure_mod.institution_policy(structure_mod.head(doc)):
        for clause in clauses:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "institution-policy"
    flag = structure_mod.banner(doc)
    if flag is not None:
        for clause in clauses:
            if clause.sentence.index != flag.sentence:
                for vote in clause.votes:
                    vote.cancelled = vote.cancelled or "superseded-page"
                continue
            replaced = [v for v in clause.votes if flag.replacement is not None and v.at >= flag.replacement]
            for vote in replaced:  # "SUPERSEDED BY STATUTE - P.L.2021 ... authorizes ...": the new law
                if vote.cancelled in (None, "former"):
                    vote.cancelled, vote.reported = None, True
            if replaced:
                clause.markers.pop(Meaning.FORMER, None)
    test = structure_mod.quiz(doc)
    if test is None:
        return
    sentences = doc.sentences
    for clause in clauses:
        number = test.items.get(clause.sentence.index)
        if number is None:
            continue
        answer = test.answers.get(number)
        for vote in clause.votes:
            if vote.cancelled not in (None, "question"):
                continue
            if answer is None:
                vote.cancelled = "quiz-statement"
            elif answer.true:
                vote.cancelled, vote.reported = None, True
            elif vote.meaning is Meaning.PROHIBITS:
                # "Florida law prohibits ...: False": the ban is not the law
                vote.cancelled, vote.reported = None, True
                vote.meaning = Meaning.PERMITS
                vote.sentence, vote.quote_from = sentences[answer.sentence], answer.at
            else:  # a permission said to be false may be false only for its conditions
                vote.cancelled = "quiz-false"


_HISTORY_ROWS = tuple(r for r in RULES if r.meaning is Meaning.HISTORY)
_CURRENT_RE = re.compile(r"\b(?:now|currently|presently|today|at\s+present|as\s+of\s+today)\b", re.IGNORECASE)
# headings of the part of a page that recounts how things stood before ("Present Situation"
# in a bill analysis, "Background", "History"), and of the parts that do not
_HISTORY_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:present\s+situation|current\s+law|prior\s+law|background|"
    r"history|procedural\s+history|facts|background\s+facts)\b(?:\s+[\w&]+){0,4}\W*$",
    re.IGNORECASE,
)
_OTHER_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:effect|changes|summary|conclusions?|analysis|discussion|holding|"
    r"answer|section\s+directory|opinion|order|decision|ruling|short\s+answer|brief\s+answer|very\s+truly|"
    r"sincerely)\b",
    re.IGNORECASE,
)


_HOLDING_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:short\s+answer|brief\s+answer|answer|conclusions?|holding|"
    r"summary\s+of\s+conclusions?|summary|disposition|order|opinion)\W*$",
    re.IGNORECASE,
)


def _holdings(doc: Document) -> set[int]:
    """Sentences under a "Short Answer", "Conclusion" or "Holding" heading: what was decided."""
    out: set[int] = set()
    inside = False
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if re.fullmatch(r"(?:\w\s)+\w\W*", piece.strip()):  # "S U M M A R Y"
            piece = piece.replace(" ", "")
        if s.chrome or (len(piece.split()) <= 6 and _OTHER_HEADING.match(piece)):
            inside = bool(_HOLDING_HEADING.match(piece))
            continue
        if inside:
            out.add(s.index)
    return out


_SUMMARY_HEADING = re.compile(
    r"^\W*(?:bill\s+summary|summary\s+analysis|summary\s+of\s+(?:the\s+)?(?:bill|act|legislation|measure)|digest)\b",
    re.IGNORECASE,
)


_RESTS_ON = re.compile(
    r"\b(?:in\s+light\s+of|following|pursuant\s+to|based\s+on|in\s+accordance\s+with|as\s+a\s+result\s+of|"
    r"consistent\s+with)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:opinion|ruling|decision|order|judgment)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",\s*(?:which|that)\s+(?:\w+\s+)?$|\bwho\s+(?:is\s+|are\s+)?$", re.IGNORECASE)
_CONSEQUENCE = re.compile(
    r"\b(?:subject\s+to\s+(?:\w+\s+)?(?:disciplin|sanction|penalt)|disciplinary\s+action)\w*", re.I
)
_FIELD_LABEL = re.compile(
    r"^\W*(?:caption|title|subject|short\s+title|description|re|statement\s+of\s+purpose)\b[^:.]{0,30}:",
    re.IGNORECASE,
)


# the title of an act or a bill, which lists what the act does: "An act relating to health
# occupations; authorizing physical therapists to perform dry needling; ..."
_ACT_TITLE = re.compile(
    r"^\W*(?:an?\s+act|a\s+bill\s+for\s+an\s+act)\s+(?:relating\s+to|concerning|to\s+amend)\b", re.IGNORECASE
)


def _summaries(doc: Document) -> dict[int, int]:
    """Sentences that only summarise (1: a bill's summary; 2: a labelled field such as
    "Caption: ..."): evidence comes from the operative text when there is one."""
    out: dict[int, int] = {}
    inside = False
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if _FIELD_LABEL.match(piece):  # "Caption: ...", "Title: ...": a label, not the text
            out[s.index] = 2
            continue
        if _ACT_TITLE.match(piece):  # "An act relating to ...; authorizing ...": the act's title
            out[s.index] = 1
            continue
        if _SUMMARY_HEADING.match(piece):
            inside = True
            if not s.chrome:
                out[s.index] = 1
            continue
        if s.chrome and len(piece.split()) <= 8:
            inside = False
            continue
        if inside:
            out[s.index] = 1
    return out


def _recounted(doc: Document) -> dict[int, int]:
    """Sentences that carry on recounting the past: sentence index -> year (0: unknown).

    After "In 2019, an administrative law judge found ...", the next sentences of the paragraph
    ("As a result, the board has not been able to ...") are history too, until one says "now"
    or names a later year; so is everything under a "Present Situation" or "Background" heading,
    and a paragraph that opens with such a label ("Background: The practice of physical therapy
    does not include ...", as a bill report states the law before the bill).
    """
    text = doc.text
    out: dict[int, int] = {}
    year: int | None = None
    section = labelled = False
    paragraph = -1
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if s.chrome or len(piece.split()) <= 6:
            if _HISTORY_HEADING.match(piece):
                section = True
            elif _OTHER_HEADING.match(piece) or (s.chrome and len(piece.split()) >= 2):
                section = False  # a new section begins ("What this means for licensees")
            if s.chrome:
                continue
        if s.paragraph != paragraph:
            paragraph, year = s.paragraph, None
            labelled = bool(_EXISTING_LABEL.match(piece))
        years = [int(y) for y in _YEAR.findall(piece)]
        if _match(text, Span(s.start, s.end), _HISTORY_ROWS):
            year = max(years, default=0)
            continue
        if _CURRENT_RE.search(piece) or (year is not None and years and max(years) > year):
            year = None
        if year is not None:
            out[s.index] = year
        elif section or labelled:
            out[s.index] = 0
    return out


def _weigh(
    vote: Vote,
    clause: _Clause,
    text: str,
    anaphoric: list[bool],
    authority: float,
    recounted: dict[int, int],
    holdings: set[int],
    page_year: int = 0,
) -> None:
    weight = vote.rule.weight * authority
    for meaning, factor in MODIFIER_FACTORS.items():
        if meaning in clause.markers:
            weight *= factor
    if vote.inferred:
        weight *= INFERRED_FACTOR
    if anaphoric[vote.sentence.index]:
        weight *= ANAPHORIC_FACTOR
    vote.weight = weight
    markers = clause.markers
    vote.tier = (
        3
        if Meaning.HOLDING in markers
        else 0
        if Meaning.HISTORY in markers
        else 2
        if Meaning.CURRENT in markers
        else 1
    )
    years = _YEAR.findall(text[clause.span.start : clause.span.end]) or _YEAR.findall(
        text[vote.sentence.start : vote.sentence.end]
    )
    vote.year = max((int(y) for y in years), default=0)
    if vote.sentence.index in holdings:
        vote.tier = 3
    elif vote.tier == 1 and vote.year and page_year and vote.year < page_year:
        # "The Board issued a statement in 2011 ..." in an opinion dated 2014: what it recounts
        vote.tier = 0
    elif vote.tier == 1 and vote.sentence.index in recounted:
        vote.tier = 0
        vote.year = vote.year or recounted[vote.sentence.index]


def _strength(votes: list[Vote]) -> float:
    if not votes:
        return 0.0
    best = max(v.weight for v in votes)
    return min(0.97, best + 0.03 * (len(votes) - 1))


def _resolve(perm: list[Vote], proh: list[Vote]) -> tuple[list[Vote], list[Vote]]:
    """Drop the side that is only older history when the other side is newer."""
    if not perm or not proh:
        return perm, proh
    # a permission only implied by structure (a definition) yields to one said outright
    explicit_perm = any(not v.rule.implicit and v.tier > 0 for v in perm)
    explicit_proh = any(not v.rule.implicit and v.tier > 0 for v in proh)
    if explicit_perm != explicit_proh:
        return (perm, []) if explicit_perm else ([], proh)
    holding_perm, holding_proh = (any(v.tier == 3 for v in side) for side in (perm, proh))
    if holding_perm != holding_proh:  # what was held beats what the page recounts
        return (perm, []) if holding_perm else ([], proh)
    key_perm = max((v.tier, v.year) for v in perm)
    key_proh = max((v.tier, v.year) for v in proh)
    newer_perm = key_perm[0] > key_proh[0] or (
        key_perm[0] == key_proh[0] and key_perm[1] and key_proh[1] and key_perm[1] > key_proh[1]
    )
    newer_proh = key_proh[0] > key_perm[0] or (
        key_perm[0] == key_proh[0] and key_perm[1] and key_proh[1] and key_proh[1] > key_perm[1]
    )
    only_history_perm = all(v.tier == 0 for v in perm)
    only_history_proh = all(v.tier == 0 for v in proh)
    if newer_perm and (only_history_proh or key_proh[1]):
        return perm, []
    if newer_proh and (only_history_perm or key_perm[1]):
        return [], proh
    return perm, proh


def _lead_part(text: str, clauses: list[_Clause], lead: Vote) -> Span:
    """The coordinated part of the lead vote's clause that holds its match."""
    span = next(c.span for c in clauses if c.number == lead.clause)
    start, end = span.start, span.end
    for m in _COORDINATION.finditer(text, span.start, span.end):
        if m.end() <= lead.at:
            start = m.end()
        elif m.start() >= lead.at:
            end = m.start()
            break
    return Span(start, end)


def _sentence_text(doc: Document, s: Sentence) -> str:
    return doc.quote(s.start, s.end).strip()


def _conditions(
    doc: Document,
    winners: list[Vote],
    direct: list[bool],
    excluded: set[int],
    profession: Profession,
    page_mentions: Mentions,
) -> Conditions:
    paragraphs = {v.sentence.paragraph for v in winners}
    # ... and the next paragraph with text: a heading between ("Practice requirement") is none
    content = sorted({s.paragraph for s in doc.sentences if not s.chrome})
    for s in doc.sentences:
        if direct[s.index] and not s.chrome:
            after = content[bisect.bisect_right(content, s.paragraph) :][:1]
            paragraphs.update({s.paragraph, s.paragraph + 1, *after})
    # the items of a list a winner introduces ("... shall not perform dry needling unless:")
    intros = {
        v.sentence.index
        for v in winners
        if doc.slice(v.sentence.start, v.sentence.end).rstrip().endswith(":")
    }
    for i in sorted(intros):
        for s in doc.sentences[i + 1 :]:
            if not _ITEM.match(doc.slice(s.start, s.end)):
                break
            paragraphs.add(s.paragraph)
    picked: list[str] = []
    for s in doc.sentences:
        if s.chrome or s.paragraph not in paragraphs or s.index in excluded:
            continue
        sentence = doc.slice(s.start, s.end)
        # a sentence whose subject is another profession states its conditions, not ours
        lead = s.start + len(" ".join(sentence.split()[:_SUBJECT_WORDS]))
        named = {m.profession for m in page_mentions.sentence(s) if m.kind == PERSON and m.start < lead}
        if named and not named & {profession, Profession.OTHER}:
            continue
        picked.append(sentence)
    return conditions_mod.extract(picked)


# a class the page puts dry needling in: "The Board considers dry needling to be a physical
# agent modality", "dry needling is an invasive procedure"; what the same paragraph then says
# of that class ("an occupational therapist may use physical agent modalities when ...") it
# says of dry needling. Only a class of two or more words: "a technique" names nothing.
_CLASS = re.compile(
    rf"(?:\b(?:consider|deem|regard|treat|classif(?:y|ie))\w*\s+(?:{DN_TERM})(?:\s+(?:to\s+be|as))?|(?:{DN_TERM})\s+"
    r"(?:is|constitutes)(?:\s+(?:therefore|thus|also|clearly))?)\s+(?:an?\s+)?(?P<cls>(?:[a-z][\w-]*\s+){1,2}?"
    r"(?:modalit(?:y|ies)|procedures?|interventions?|techniques?))\b",
    re.IGNORECASE,
)
_PARAGRAPH_END = re.compile(r"\n\s*\n")
_ALIAS = "dry needling"


def _aliased(plain: Normalised) -> tuple[Normalised, tuple[int, int, int] | None]:
    """The page with a class it puts dry needling in read as dry needling, in the rest of
    that paragraph (offsets still point into the original page, so evidence is verbatim),
    and (where the class is named, where the reading starts, where it ends) when it did."""
    m = _CLASS.search(plain.text)
    if not m:
        return plain, None
    words = m.group("cls").split()
    stem = re.sub(r"(?:y|ies|s)$", "", words[-1].lower())
    head = r"\s+".join(re.escape(w) for w in words[:-1])
    pattern = re.compile(rf"\b{head}\s+{re.escape(stem)}(?:y|ies|s)?\b", re.IGNORECASE)
    end = _PARAGRAPH_END.search(plain.text, m.end())
    stop = end.start() if end else len(plain.text)
    before, after = plain.text[: m.end()], plain.text[m.end() : stop]
    text, where = rewrite(after, list(plain.offsets[m.end() : stop]), pattern, lambda _: _ALIAS)
    if text == after:
        return plain, None
    aliased = Normalised(
        plain.original,
        before + text + plain.text[stop:],
        (*plain.offsets[: m.end()], *where, *plain.offsets[stop:]),
    )
    return aliased, (m.start(), m.end(), m.end() + len(text))


def classify_text(
    text: str, profession: Profession, *, board: str | None = None, jurisdiction: str | None = None
) -> Finding:
    """Decide whether ``text`` permits, prohibits or leaves unaddressed dry needling.

    ``jurisdiction`` (a USPS code such as ``"OR"``) is the state the page is read for, so
    that what it says about other states does not count as this state's law.
    Pure and total: any ``str`` gives a ``Finding``; see the module docstring for the
    meaning of ``confidence``.
    """
    profession = Profession(profession)
    plain, alias = _aliased(normalise(text))
    doc = segment(plain.text, plain)
    text = plain.text
    direct, anaphoric = _topicality(doc)
    body = [s for s in doc.sentences if direct[s.index] and not s.chrome]
    if not body:
        chrome = any(direct[s.index] for s in doc.sentences)
        return Finding(
            profession,
            FindingStatus.UNADDRESSED,
            confidence=CHROME_ONLY_CONFIDENCE if chrome else NO_MENTION_CONFIDENCE,
            rules=("chrome-only",) if chrome else ("no-mention",),
        )
    page_mentions = Mentions(text)
    page = page_profession(doc.title(), board, page_mentions.page, profession)
    clauses = _scan(doc, page, direct, anaphoric, page_mentions)
    enacted = _page_enacted(doc)
    holdings = _holdings(doc)
    _cancel(doc, clauses, enacted, _proposal_start(doc, enacted), holdings)
    _answered(doc, clauses)
    _structures(doc, clauses)
    _place(doc, clauses, jurisdiction)
    for clause in clauses:  # a contrast stands or falls with the statement it copies
        for vote in clause.votes:
            if vote.source is not None and vote.source.cancelled:
                vote.cancelled = vote.cancelled or vote.source.cancelled
    title = doc.title()
    # a case caption ("Association v. Board") names the parties, not the publisher
    publisher = f"{board or ''} {'' if _CAPTION.search(title) else title}"
    authority = NON_AUTHORITY_FACTOR if _NON_AUTHORITY.search(publisher) else 1.0
    mine: list[Vote] = []
    recounted = _recounted(doc)
    page_year = dates_mod.page_year(doc)
    for clause in clauses:
        for vote in clause.votes:
            _weigh(vote, clause, text, anaphoric, authority, recounted, holdings, page_year)
            if profession in vote.professions:
                mine.append(vote)
    by_class: set[int] = set()  # votes read through a class the page puts dry needling in
    if alias:
        named = next((s.start for s in doc.sentences if s.start <= alias[0] < s.end), alias[1])
        for vote in mine:
            if alias[1] <= vote.at < alias[2]:
                vote.quote_from = min(named, vote.sentence.start)
                by_class.add(id(vote))
    live = [v for v in mine if not v.cancelled]
    perm = [v for v in live if v.meaning is Meaning.PERMITS]
    proh = [v for v in live if v.meaning is Meaning.PROHIBITS]
    perm, proh = _resolve(perm, proh)
    kept = {id(v) for v in perm + proh}
    excluded = {v.sentence.index for v in mine if id(v) not in kept and v.cancelled != "label-outside-guide"}
    for clause in clauses:
        if Meaning.PENDING in clause.markers or Meaning.FORMER in clause.markers:
            excluded.add(clause.sentence.index)

    s_perm, s_proh = _strength(perm), _strength(proh)
    if perm or proh:
        if s_perm == s_proh:
            winners, status, conf = perm + proh, None, min(s_perm, 0.4)
        elif s_perm > s_proh:
            winners, status = perm, FindingStatus.PERMITTED
            conf = s_perm * (1 - CONFLICT_PENALTY * s_proh)
        else:
            winners, status = proh, FindingStatus.PROHIBITED
            conf = s_proh * (1 - CONFLICT_PENALTY * s_perm)
        summaries = _summaries(doc)
        newest = max(v.year for v in winners)
        lead = max(
            winners,
            key=lambda v: (
                not v.reported,  # the page's own sentence, before an answer key or a banner
                v.rule.id != _ANSWERED_ROW,  # a sentence that says it, before a question answered
                not v.rule.label,  # a sentence that says it, before a guide's one-word label
                v.tier == 3,  # what was held or concluded
                v.tier > 0,  # not what is only recounted
                not v.rule.defers,  # the permission itself, before the wait for rules
                -summaries.get(v.sentence.index, 0),  # the operative text, not a bill's summary
                not _CONSEQUENCE.search(text, v.sentence.start, v.sentence.end),  # the rule, not its sanction
                # said, not described ("..., which authorizes ..., was signed"), unless it introduces the
                # conditions that follow ("..., which authorizes ... if the physical therapist:")
                not _RELATIVE.search(text, v.sentence.start, v.at) or text[v.sentence.end - 1] == ":",
                not v.year or v.year == newest,  # not an older statement the page also recounts
                # the sentence that names who, what and what may be done, among equals
                round(v.weight + (SUBJECT_BONUS if v.subject else 0.0), 3),
                v.tier,
                v.year,
                -v.sentence.index,
            ),
        )
        evidence = (
            doc.quote(lead.quote_from, lead.sentence.end).strip()
            if lead.quote_from is not None
            else _sentence_text(doc, lead.sentence)
        )
        rules = tuple(
            dict.fromkeys(
                v.rule.id if v.meaning is v.rule.meaning or v.rule.defers else f"{v.rule.id}/negated"
                for v in winners
            )
        )
        conf = max(0.0, min(1.0, conf))
        # "considers it outside ...": what "it" is, the page says only nearby
        by_pronoun = anaphoric[lead.sentence.index] and not ANAPHOR_RE.search(
            text[lead.sentence.start : lead.sentence.end]
        )
        if conf >= DECISIVE_CONFIDENCE and (
            not _decisive(lead, authority)
            or _tentative(doc, jurisdiction)
            or id(lead) in by_class
            or by_pronoun
        ):
            # decisive needs who, what, predicate and polarity, said by this page as current,
            # for this jurisdiction, on a page that is not itself a proposal, a record of a
            # debate or a survey of several states
            conf = DECISIVE_CONFIDENCE - 0.01
        if (
            status is not None
            and all(v.rule.implicit for v in winners)
            and _says_silent(clauses, direct, anaphoric)
        ):
            # "not expressly addressed" outweighs a permission only implied by a definition
            return _unaddressed(doc, clauses, [], profession, direct, anaphoric)
        if status is None or conf < REVIEW_THRESHOLD:
            return Finding(
                profession,
                FindingStatus.UNADDRESSED,
                evidence=evidence,
                confidence=round(conf, 3),
                needs_review=True,
                rules=rules,
            )
        # "may not perform dry needling until the board's rules take effect": the law permits
        # it, and practice waits for the rules
        awaiting = status is FindingStatus.PERMITTED and (
            any(v.rule.defers for v in winners) or _awaits_rules(clauses, direct, anaphoric, text)
        )
        part = _lead_part(text, clauses, lead)
        # dates of what the page only recounts are not the deciding authority's, unless the
        # decision rests on what it recounts (then the winners' paragraphs); a bare month and
        # year (a dateline) comes last
        kept_paragraphs = {v.sentence.paragraph for v in winners}
        lead_paragraph = [t for t in doc.sentences if t.paragraph == lead.sentence.paragraph]
        if _RESTS_ON.search(text, lead_paragraph[0].start, lead_paragraph[-1].end):
            # "In light of the opinion, ...": the decision rests on the opinion recounted above
            kept_paragraphs |= set(range(lead.sentence.paragraph))
        others = {s.index for s in doc.sentences if s.paragraph not in kept_paragraphs}
        excluded |= _elsewhere(doc, jurisdiction)
        not_recounted = excluded | set(recounted) | _dated_history(clauses)
        date = None
        for skip, vague in ((not_recounted, False), (excluded | others, False), (not_recounted, True)):
            date = dates_mod.effective_date(
                doc, lead.sentence, part, skip, in_force_only=awaiting, vague=vague
            )
            if date:
                break
        enacted_on = dates_mod.enacted_date(doc, lead.sentence, excluded, date)
        conds = (
            _conditions(doc, winners, direct, excluded, profession, page_mentions)
            if status is FindingStatus.PERMITTED
            else Conditions()
        )
        return Finding(
            profession,
            status,
            evidence=evidence,
            effective_date=date,
            enacted_date=enacted_on,
            awaiting_rules=awaiting,
            confidence=round(conf, 3),
            conditions=conds,
            rules=rules,
        )
    return _unaddressed(doc, clauses, mine, profession, direct, anaphoric)


def _dated_history(clauses: list[_Clause]) -> set[int]:
    return {c.sentence.index for c in clauses if Meaning.HISTORY in c.markers}


def _decisive(lead: Vote, authority: float) -> bool:
    """Whether the deciding vote has every part a decisive finding needs: the profession named
    (not inferred from the page), an assertive current statement (not recounted, hedged or a
    label), from the page's own authority (not an association, a news story or a guide)."""
    return (
        not lead.inferred
        and lead.tier > 0
        and authority == 1.0
        and not lead.rule.label
        and not lead.rule.implicit
        and lead.rule.id != _ANSWERED_ROW  # a one-word answer to a question
        and not lead.reported  # a quiz's key, an editor's banner
    )


# a page whose genre makes any reading of it less than decisive: a bill or proposal (enacted
# or not: its summary and title read like law), minutes of a debate, a petition or comment,
# a question put to someone
_TENTATIVE = re.compile(
    r"\b(?:H|S|A|L)\.?\s?[BDF]\.?\s?(?:No\.?\s*)?\d+\b|\b(?:house|senate|assembly)\s+(?:bill|file)\b|\bbill\s+(?:no\.?\s*)?\d+|"
    r"\bveto(?:es|ed)?\b|"
    r"\bpropos(?:ed|als?|es|ing)\b|\bfiscal\s+note\b|\bstatement\s+of\s+purpose\b|\bminutes\b|\bmotion\b|"
    r"\bpetition(?:s|ers?|ed)?\b|\b(?:public\s+)?comments?\s+(?:received|period|from)\b|\bpublic\s+comments?\b|"
    r"\btestimony\b|\btestified\b|\bintroduced\b|\breferred\s+to\b[^.;]{0,40}\bcommittee\b|\bpre-?filed\b|\bsynopsis\b|"
    r"\bwould\s+(?:allow|permit|authorize|add|prohibit|bar|ban|expand|require)\b",
    re.IGNORECASE,
)
_SURVEY_STATES = 2  # other states named beyond which a page surveys, rather than states, law


def _tentative(doc: Document, jurisdiction: str | None) -> bool:
    """A page whose genre or reach keeps even an explicit wording below decisive."""
    if _TENTATIVE.search(doc.text):
        return True
    named = places.states_in(doc.text)
    others = named - {jurisdiction} if jurisdiction else named
    return len(others) >= _SURVEY_STATES + (0 if jurisdiction else 1)


def _says_silent(clauses: list[_Clause], direct: list[bool], anaphoric: list[bool]) -> bool:
    return any(
        Meaning.SILENT in c.markers and (direct[c.sentence.index] or anaphoric[c.sentence.index])
        for c in clauses
    )


_RULES_ADOPTED = re.compile(
    r"\brules?\b[^.;]{0,60}\b(?:were|was|have\s+been|has\s+been)\s+adopted\b|\brule\b[^.;]{0,60}\btook\s+effect\b|"
    r"\bboard\s+(?:adopted|completed\s+its\s+rulemaking)\b",
    re.IGNORECASE,
)


def _awaits_rules(clauses: list[_Clause], direct: list[bool], anaphoric: list[bool], text: str = "") -> bool:
    """A live "rules have not been adopted" on the topic (its paragraph names dry needling),
    on a page that does not also say the rules were adopted."""
    if _RULES_ADOPTED.search(text):
        return False
    topical_paragraphs = {
        c.sentence.paragraph for c in clauses if direct[c.sentence.index] or anaphoric[c.sentence.index]
    }
    return any(
        Meaning.AWAITING in c.markers
        and c.sentence.paragraph in topical_paragraphs
        and not ({Meaning.PENDING, Meaning.FORMER, Meaning.QUESTION, Meaning.CLAIM} & set(c.markers))
        for c in clauses
    )


def _unaddressed(
    doc: Document,
    clauses: list[_Clause],
    mine: list[Vote],
    profession: Profession,
    direct: list[bool],
    anaphoric: list[bool],
) -> Finding:
    """No live vote for this profession: say why, and how sure we are that nothing decides."""

    def on_topic(c: _Clause) -> bool:
        i = c.sentence.index
        return direct[i] or anaphoric[i]

    reasons = (
        (Meaning.SILENT, SILENT_CONFIDENCE),
        (Meaning.PENDING, PENDING_CONFIDENCE),
    )
    for meaning, conf in reasons:
        for clause in clauses:
            if meaning in clause.markers and (on_topic(clause) or meaning is Meaning.SILENT):
                return Finding(
                    profession,
                    FindingStatus.UNADDRESSED,
                    evidence=_sentence_text(doc, clause.sentence),
                    confidence=conf,
                    rules=(clause.markers[meaning],),
                )
    all_votes = [v for c in clauses for v in c.votes]
    if any(not v.cancelled for v in all_votes):
        return Finding(
            profession,
            FindingStatus.UNADDRESSED,
            confidence=OTHERS_ONLY_CONFIDENCE,
            rules=("other-professions-only",),
        )
    if mine or all_votes:
        former = next(v for v in (mine or all_votes) if v.cancelled)
        return Finding(
            profession,
            FindingStatus.UNADDRESSED,
            evidence=_sentence_text(doc, former.sentence),
            confidence=FORMER_ONLY_CONFIDENCE,
            rules=(former.cancelled or "former",),
        )
    first = next(s for s in doc.sentences if direct[s.index] and not s.chrome)
    return Finding(
        profession,
        FindingStatus.UNADDRESSED,
        evidence=_sentence_text(doc, first),
        confidence=UNDECIDED_CONFIDENCE,
        needs_review=True,
        rules=("undecided",),
    )
