"""Votes: rule hits in a page's clauses, with their polarity, attributed to professions.

``scan`` matches every rule row against every clause (``match``: the pre-filter, the row's
vetoes, ``polarity.py``), turns each ``PERMITS``/``PROHIBITS`` hit into a ``Vote`` for the
professions ``attribution.py`` finds, and marks the clause with the other rows' meanings
(pending, claim, history ...). Page-level readings that make votes of their own: the items of a
list take their introduction's vote (``list_items``), an elliptical clause takes the other
states' predicate turned around (``elliptical``), and a contrast between professions copies
the predicate with its own polarity (``contrast``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from tracker.analysis.classify import places
from tracker.analysis.classify.attribution import Mentions, attribute
from tracker.analysis.classify.grammar import OPPOSITE, Negated, expand
from tracker.analysis.classify.polarity import Polarity, elsewhere_after, elsewhere_before, polarity
from tracker.analysis.classify.professions import PERSON, PRACTICE, Mention, mentions
from tracker.analysis.classify.rules import (
    ANAPHOR,
    ANAPHOR_RE,
    DECISIVE,
    DN_TERM,
    DN_TERM_RE,
    RULES,
    RULES_BY_ID,
    Meaning,
    Rule,
)
from tracker.analysis.classify.sentences import Document, Sentence, Span
from tracker.models import Profession

# a marker's reach within its clause ends at a coordination: "X concluded ..., and a review
# did not recommend a proposed endorsement" (the proposal does not cancel the conclusion)
COORDINATION = re.compile(
    r",\s+(?:and|but)\s+(?!(?:by|to|in|with|for|of|from|on|as|\w+ing)\b)", re.IGNORECASE
)
# ... but a claim's ", and that ..." joins a second that-clause to the same verb of saying ("the
# Association's position is that X, and that Y"): the claim reaches the second
CLAIM_COORDINATION = re.compile(
    r",\s+(?:and(?!\s+that\b)|but)\s+(?!(?:by|to|in|with|for|of|from|on|as|\w+ing)\b)", re.IGNORECASE
)
# ... and a recommendation's "that" governs a whole series, its last ", and ..." item included:
# "recommends that any legislation include training standards, a process for approving programs,
# and a check of competency before a physical therapist may perform dry needling"
_SERIES_ITEM = re.compile(r",\s+[^,;.:]{1,80}$")
# the markers (rule ids) whose reach runs through a series
SERIES_MARKERS = frozenset({"recommendation"})


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
    end: int = 0  # ... and of its end (0: not recorded)
    cancelled: str | None = None  # why it no longer counts
    subject: bool = False  # the profession is named as a person before the end of the match
    quote_from: int | None = None  # evidence starts here instead of at the sentence
    source: Vote | None = None  # the vote an elliptical contrast copies its predicate from
    reported: bool = False  # read through an answer key or an editor's banner: never decisive


@dataclass
class Clause:
    number: int
    sentence: Sentence
    span: Span
    votes: list[Vote] = field(default_factory=list)
    markers: dict[Meaning, str] = field(default_factory=dict)  # meaning -> rule id
    marker_at: dict[Meaning, int] = field(default_factory=dict)  # meaning -> offset in text
    # the clause's other markers of a meaning ``markers`` already holds: (meaning, rule id, offset)
    more_markers: list[tuple[Meaning, str, int]] = field(default_factory=list)
    topical: bool = False
    enactable: dict[str, int] = field(default_factory=dict)  # bill markers: rule id -> offset

    def all_markers(self, meaning: Meaning) -> list[tuple[str, int]]:
        """Every marker of ``meaning`` in the clause, the one ``markers`` holds first."""
        if meaning not in self.markers:
            return []
        first = (self.markers[meaning], self.marker_at[meaning])
        return [first, *((rule_id, at) for m, rule_id, at in self.more_markers if m is meaning)]


# Off the topic only these rows can matter (votes that need no mention of dry needling, a
# rescission of an earlier statement, an explicit silence); the rest only qualify votes.
INTRO = tuple(r for r in RULES if r.intro)

CONTEXT = tuple(r for r in RULES if r.meaning in (Meaning.PENDING, Meaning.CLAIM, Meaning.QUESTION))

READ = tuple(r for r in RULES if not r.intro)

ANYWHERE = tuple(
    r
    for r in READ
    if not r.topical
    and r.meaning
    in (Meaning.PERMITS, Meaning.PROHIBITS, Meaning.RESCINDS_PREVIOUS, Meaning.SILENT, Meaning.AWAITING)
)

DN_NEEDLES = ("needl", "tdn", "tpdn", "fdn", "imt", "intramuscular", "dn", "punci")

LABELS = tuple(r for r in RULES if r.label)

Hit = tuple[Rule, "re.Match[str]", Meaning]


def match_rules(text: str, span: Span, topical: bool) -> list[Hit]:
    hits = match(text, span, READ if topical else ANYWHERE)
    if not topical and any(r.meaning in DECISIVE for r, _, _ in hits):
        hits = match(text, span, tuple(r for r in READ if not r.topical))
    return hits


SUBJECT_FIRST = re.compile(rf"\W*(?:{DN_TERM}|{ANAPHOR})", re.IGNORECASE)


def vote_meaning(rule: Rule, clause: str, m: re.Match[str]) -> Meaning | None:
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
    subject_first = bool(SUBJECT_FIRST.match(matched))
    state = polarity(clause[: m.start()], matched, subject_first=subject_first)
    if state is Polarity.DROP or elsewhere_after(clause[m.end() :]) or elsewhere_before(clause[: m.start()]):
        return None
    if state is Polarity.NEGATED and rule.negated is not Negated.KEEP:
        negated = not negated
    if not negated:
        return rule.meaning
    return OPPOSITE[rule.meaning] if rule.negated is Negated.FLIP else None


def match(text: str, span: Span, rules: tuple[Rule, ...]) -> list[Hit]:
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
            meaning = vote_meaning(rule, clause, m)
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
JUDGED_IT = re.compile(
    r"\b(?:consider|deem|regard|treat|find|found|view|hold|held)\w*\s+it\s+(?:to\s+(?:be|fall)\s+|as\s+"
    r"(?:being\s+)?)?(?:outside|beyond|within|part\s+of|not\s+within)\b",
    re.IGNORECASE,
)


def topicality(doc: Document) -> tuple[list[bool], list[bool]]:
    direct = []
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        lowered = piece.lower()
        direct.append(any(n in lowered for n in DN_NEEDLES) and bool(DN_TERM_RE.search(piece)))
    anaphoric = [False] * len(doc.sentences)
    for i, s in enumerate(doc.sentences):
        if direct[i] or s.chrome or i == 0:
            continue
        prev = doc.sentences[i - 1]
        piece = doc.slice(s.start, s.end)
        if direct[i - 1] and not prev.chrome and (ANAPHOR_RE.search(piece) or JUDGED_IT.search(piece)):
            anaphoric[i] = True
    return direct, anaphoric


def scan(
    doc: Document,
    profession_page: Profession,
    direct: list[bool],
    anaphoric: list[bool],
    page_mentions: Mentions,
) -> list[Clause]:
    text = doc.text
    clauses: list[Clause] = []
    symbols = legend_symbols(text)
    listed = who_items(doc, direct)
    for s in doc.sentences:
        only: tuple[Rule, ...] | None = None
        if s.chrome:
            # a table row or heading that carries a guide's status after its state ("Illinois |
            # Prohibited | -", "TEXAS - PERMITTED"): only the label rows read it (and a row led by
            # a legend's symbol, read by ``legend``)
            line = doc.slice(s.start, s.end)
            if s.index in listed:
                # a short item of a who-may list ("- Licensed acupuncturists"): a clause for
                # ``who_lists`` to vote in, read by no row
                clauses.extend(Clause(len(clauses) + i, s, span) for i, span in enumerate(s.clauses))
                continue
            if places.heading_state(line) in (None, "*") and not (symbols and legend_row(line, symbols)):
                continue
            only = LABELS
        found: list[Mention] | None = None  # computed only when a vote needs attributing
        topical = direct[s.index] or anaphoric[s.index]
        for span in s.clauses:
            clause = Clause(len(clauses), s, span, topical=topical)
            hits = match(text, span, only) if only is not None else match_rules(text, span, topical)
            for rule, m, meaning in hits:
                if meaning in DECISIVE:
                    if found is None:
                        found = page_mentions.sentence(s)
                    start, end = span.start + m.start(), span.start + m.end()
                    profs, inferred = attribute(
                        text, found, s, span, start, end, rule, profession_page, page_mentions.licensor()
                    )
                    # a guide's label speaks of the guide's own profession by construction
                    vote = Vote(
                        rule, meaning, s, clause.number, profs, inferred and not rule.label, at=start, end=end
                    )
                    # who, what and predicate all in one place: "Physical therapists may not perform ..."
                    vote.subject = any(
                        m.kind == PERSON and m.profession in profs and span.start <= m.start < end
                        for m in found
                    )
                    clause.votes.append(vote)
                    reserved = reserved_to(rule, found, start, span.end)
                    if reserved and meaning is Meaning.PROHIBITS:
                        # "constitutes the practice of medicine and should only be performed by a
                        # physician": a permission for the professions it is reserved to
                        keep = Vote(rule, Meaning.PERMITS, s, clause.number, reserved, False, at=start)
                        clause.votes.append(keep)
                elif rule.meaning is Meaning.PENDING and rule.enactable:
                    clause.enactable.setdefault(rule.id, span.start + m.start())
                elif rule.meaning in clause.markers:
                    clause.more_markers.append((rule.meaning, rule.id, span.start + m.start()))
                else:
                    clause.markers[rule.meaning] = rule.id
                    clause.marker_at[rule.meaning] = span.start + m.start()
            clauses.append(clause)
    list_items(doc, clauses, direct, page_mentions, profession_page)
    semicolon_lists(doc, clauses, direct, page_mentions, profession_page)
    who_lists(doc, clauses, listed, page_mentions)
    grid(doc, clauses, profession_page)
    legend(doc, clauses, profession_page, symbols)
    elliptical(doc, clauses, profession_page)
    contrast(doc, clauses, page_mentions)
    quoted_speech(doc, clauses)
    return clauses


# a quotation of several sentences closed by who said it, someone who is not the authority:
# '"Dry needling is acupuncture. A new name changes nothing," said a local acupuncturist'. The
# "claim-quote" row sees the speaker only in the sentence that closes the quotation; the
# sentences before it, inside the same quotation, are the same speaker's claim.
_QUOTED_SPEECH = re.compile(
    r'"(?P<said>[^"\n]{3,400}?[.!?]\s[^"\n]{3,400}?)"\s*,?\s*(?:said|says|added|argued|wrote|told\s+\w+)\b'
    r"(?=[^.;\n]{0,80}\b(?:acupuncturists?|therapists?|patients?|owners?|members?|opponents?|supporters?|"
    r"practitioners?|chiropractors?|advocates?|critics?|lobbyists?|residents?|association|society)\b)",
)


def quoted_speech(doc: Document, clauses: list[Clause]) -> None:
    for m in _QUOTED_SPEECH.finditer(doc.text):
        a = m.start("said")
        for clause in clauses:
            if (
                a <= clause.span.start + 1
                and clause.span.end <= m.end()
                and Meaning.CLAIM not in clause.markers
            ):
                clause.markers[Meaning.CLAIM] = "claim-quote"
                clause.marker_at[Meaning.CLAIM] = max(a, clause.span.start)


# a chart of what each profession may do: "Intervention | PT | PTA | Notes" over "Dry needling | Yes
# | No | ...", or "Activity | Yes | No | Notes" over "Perform dry needling | | No | ...". The row
# that is dry needling itself (not "Perineural dry needling", not "Refer ... for dry needling")
# votes by its cells: a terse predicate, never decisive alone.
GRID = {
    Meaning.PERMITS: Rule("grid-cell-yes", r"$^", Meaning.PERMITS, 0.75, topical=False),
    Meaning.PROHIBITS: Rule("grid-cell-no", r"$^", Meaning.PROHIBITS, 0.75, topical=False),
}
_GRID_ROW = re.compile(r"^[^|\n]*(?:\|[^|\n]*){2,}$", re.MULTILINE)
_GRID_TERM = re.compile(
    rf"^\W*(?:(?:perform|provide|use|practi[cs]e)(?:\s+of)?\s+)?(?:trigger[- ]point\s+)?(?:{DN_TERM})"
    # ... and another name for it after a slash: "Dry needling / trigger point needling"
    r"(?:\s*/\s*(?:[\w-]+\s+){0,2}?needling)?\W*$",
    re.IGNORECASE,
)
_GRID_YES = re.compile(r"^\W*(?:yes|permitted|allowed|authori[sz]ed)\b", re.IGNORECASE)
_GRID_NO = re.compile(r"^\W*(?:no|not\s+(?:permitted|allowed|authori[sz]ed)|prohibited)\b", re.IGNORECASE)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def grid(doc: Document, clauses: list[Clause], page: Profession) -> None:
    """Votes of a chart's dry-needling row, read through its header (see ``GRID``)."""
    text = doc.text
    header: list[str] | None = None
    by_sentence: dict[int, Clause] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence.index, c)
    starts = [s.start for s in doc.sentences]
    last_end = -1
    for m in _GRID_ROW.finditer(text):
        cells = _cells(m.group(0))
        if header is None or text[last_end : m.start()].count("\n") > 2 or len(cells) != len(header):
            header = cells  # a new chart (or none yet): this row is its header
            last_end = m.end()
            continue
        last_end = m.end()
        if not _GRID_TERM.match(cells[0]):
            continue
        votes: list[tuple[Meaning, frozenset[Profession], bool]] = []
        marks = [h.lower() for h in header]
        if "yes" in marks and "no" in marks:  # the mark's column says it
            yes, no = cells[marks.index("yes")], cells[marks.index("no")]
            if bool(yes) != bool(no):
                votes.append((Meaning.PERMITS if yes else Meaning.PROHIBITS, frozenset({page}), True))
        else:  # one column per profession
            for head, cell in zip(header[1:], cells[1:], strict=True):
                named = {x.profession for x in mentions(head) if x.kind == PERSON}
                if len(named) != 1:
                    continue
                if _GRID_YES.match(cell):
                    votes.append((Meaning.PERMITS, frozenset(named), False))
                elif _GRID_NO.match(cell):
                    votes.append((Meaning.PROHIBITS, frozenset(named), False))
        i = bisect.bisect_right(starts, m.start()) - 1
        clause = by_sentence.get(i)
        if clause is None or doc.sentences[i].chrome:
            continue
        for meaning, who, inferred in votes:
            vote = Vote(GRID[meaning], meaning, clause.sentence, clause.number, who, inferred, at=m.start())
            clause.votes.append(vote)


# a guide whose rows are marked by a legend's symbols: "Legend" over "● allowed by statute or rule
# ◐ reported allowed / unclear ○ not allowed", then "○ Nebraska - Att'y Gen. Op. 16-9". A row led
# by a symbol whose label says allowed or not allowed votes for the state it names (a hedged
# label, "reported allowed / unclear", votes nothing); a symbol is terse, never decisive alone.
LEGEND = {
    Meaning.PERMITS: Rule("legend-symbol-permitted", r"$^", Meaning.PERMITS, 0.75, topical=False),
    Meaning.PROHIBITS: Rule("legend-symbol-prohibited", r"$^", Meaning.PROHIBITS, 0.75, topical=False),
}
_SYMBOL = r"[^\w\s\"'(),.;:|/\[\]{}<>?!&%$#@+=~^]"
_LEGEND_HEAD = re.compile(
    r"^\W*(?:legend|key(?:\s+to\s+symbols)?|symbols)\s*:?\s*(?P<rest>.*)$", re.IGNORECASE
)
_LEGEND_ENTRY = re.compile(
    rf"(?P<sym>{_SYMBOL})\s*(?P<label>[A-Za-z][^\n]*?)(?=\s+{_SYMBOL}\s*[A-Za-z]|\s*$)"
)
_LEGEND_NO = re.compile(
    r"^(?:not\s+(?:currently\s+)?(?:allowed|permitted|authori[sz]ed|legal)|prohibited|banned|illegal|no)\b"
    r"(?!\s+(?:information|data|info|rule|law|position|guidance|ruling|statement|entry)\b)",
    re.IGNORECASE,
)
_LEGEND_YES = re.compile(r"^(?:allowed|permitted|authori[sz]ed|legal|yes)\b", re.IGNORECASE)
_LEGEND_HEDGE = re.compile(
    r"\b(?:reported|unclear|unknown|uncertain|pending|may|might|varies|likely|probably|possibly|limited|"
    r"restricted|partial|some|conditions?|unless|except|not\s+addressed|silent)\b|\?",
    re.IGNORECASE,
)
_LEGEND_LINES = 6  # lines after a "Legend" heading that may hold its entries


def legend_symbols(text: str) -> dict[str, Meaning]:
    """The page's legend: symbol -> what its label says (only labels that plainly say it)."""
    lines = text.splitlines()
    out: dict[str, Meaning] = {}
    for i, line in enumerate(lines):
        head = _LEGEND_HEAD.match(line)
        if not head:
            continue
        body = [head.group("rest")] if head.group("rest").strip() else []
        for after in lines[i + 1 : i + 1 + _LEGEND_LINES]:
            if not after.strip():
                if body:
                    break
                continue
            body.append(after)
        entries = [m for part in body for m in _LEGEND_ENTRY.finditer(part.strip())]
        if len(entries) < 2:
            continue
        for m in entries:
            label = m.group("label").strip()
            if _LEGEND_NO.match(label):
                out[m.group("sym")] = Meaning.PROHIBITS
            elif _LEGEND_YES.match(label) and not _LEGEND_HEDGE.search(label):
                out[m.group("sym")] = Meaning.PERMITS
        if out:
            return out
    return out


_ROW_NAME = re.compile(r"^\s*(?P<name>[^\n:|()]{3,40}?)\s*(?:\s[-–—]\s|[:|(]|$)")


def legend_row(line: str, symbols: dict[str, Meaning]) -> Meaning | None:
    """What a row led by a legend symbol says of the one state it names first, or None."""
    stripped = line.lstrip()
    meaning = symbols.get(stripped[:1])
    name = _ROW_NAME.match(stripped[1:]) if meaning is not None else None
    if name is None or places.heading_state(name.group("name")) in (None, "*"):
        return None
    return meaning


def legend(doc: Document, clauses: list[Clause], page: Profession, symbols: dict[str, Meaning]) -> None:
    """Votes of a guide's rows marked by a legend's symbols (see ``LEGEND``)."""
    if not symbols:
        return
    done: set[int] = set()
    for clause in clauses:
        s = clause.sentence
        if s.index in done:
            continue
        done.add(s.index)
        line = doc.slice(s.start, s.end)
        meaning = legend_row(line, symbols)
        if meaning is None:
            continue
        at = s.start + len(line) - len(line.lstrip())
        clause.votes.append(Vote(LEGEND[meaning], meaning, s, clause.number, frozenset({page}), True, at=at))


OTHERS_ALLOW = re.compile(
    r"\b(?:most|many|some|several|other|all|\d+|the\s+other)\s+(?:[\w-]+\s+){0,2}?(?:states|jurisdictions)\b[^.;]{0,40}?"
    r"\b(?:allow|permit|authori[sz]e|let|can|may)\b",
    re.IGNORECASE,
)

BUT_NOT_HERE = re.compile(
    r"^\W*(?:[Bb]ut\s+)?(?:[Hh]ere\s+)?(?:[Ii]n\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,?\s+)?(?:[A-Z][\w']*(?:\s+[A-Z][\w']*)?|"
    r"this\s+state|the\s+state|our\s+state|(?:physical\s+)?therapists|PTs)\s+(?:still\s+)?"
    r"(?:(?:does|do|has|is|are)\s*(?:not|n't)|cannot|can't|may\s+not)\b(?:\s+(?:do\s+so|yet|one\s+of\s+them|"
    r"among\s+them|allow\s+it))?\s*[.;]?\s*$"
)

ELLIPTICAL = Rule("proh-elliptical-clause", r"$^", Meaning.PROHIBITS, 0.8, topical=False)


def elliptical(doc: Document, clauses: list[Clause], page: Profession) -> None:
    """ "Most western states now allow it; California does not.": a prohibition by ellipsis."""
    by_sentence: dict[int, list[Clause]] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    pairs: list[tuple[Clause, Clause]] = []
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
            if OTHERS_ALLOW.search(doc.slice(first.span.start, first.span.end)) and BUT_NOT_HERE.match(
                doc.slice(second.span.start, second.span.end)
            ):
                vote = Vote(
                    ELLIPTICAL, Meaning.PROHIBITS, second.sentence, second.number, frozenset({page}), True
                )
                vote.at = second.span.start
                second.votes.append(vote)


# an elliptical contrast between professions: "Physical therapists may perform dry needling;
# physical therapist assistants may not." / "Athletic trainers may not dry needle. Physical
# therapists may." The second part copies the first's predicate with its own polarity, for
# the professions it names; the predicate is elided, so it is never decisive alone.
CONTRAST = Rule("contrast-ellipsis", r"$^", Meaning.PROHIBITS, 0.75, topical=False)

CONTRAST_PART = re.compile(
    r"\W*(?:but|however|whereas|while)?,?\s*(?P<who>(?:[\w'’-]+\s+){1,6}?)(?:(?:may|can|shall|do|does|are|is)"
    r"(?P<neg>\s*(?:not|n't|never))?|(?P<cannot>cannot|can't))(?:\s+(?:do\s+so|perform\s+it|too|also|either))?"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)

NOT_FIELD = re.compile(
    r"\W*(?:but\s+)?not\s+(?:(?:for|of|by|to|in|within)\s+)?(?:the\s+)?(?P<who>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"\s*[.;]?\s*$",
    re.IGNORECASE,
)

# ... and within one clause: "is within the scope of physical therapy but not occupational therapy"
BUT_NOT = re.compile(
    r"\s*,?\s*but\s+not\s+(?:(?:for|of|by|to|in)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
)


def contrast(doc: Document, clauses: list[Clause], page_mentions: Mentions) -> None:
    """Votes for the professions an elliptical contrast names (see ``CONTRAST_PART``)."""
    text = doc.text
    by_sentence: dict[int, list[Clause]] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    pairs: list[tuple[Clause, Clause]] = []
    for parts in by_sentence.values():
        pairs += list(itertools.pairwise(parts))
    for a, b in itertools.pairwise(sorted(by_sentence)):
        if b == a + 1 and doc.sentences[a].paragraph == doc.sentences[b].paragraph:
            pairs.append((by_sentence[a][-1], by_sentence[b][0]))
    for first, second in pairs:
        source = next((v for v in first.votes if v.meaning in DECISIVE and v.rule is not CONTRAST), None)
        if source is None or second.votes:
            continue
        m = CONTRAST_PART.match(text, second.span.start, second.span.end)
        kinds: tuple[str, ...] = (PERSON,)
        if m:
            meaning = Meaning.PROHIBITS if m.group("neg") or m.group("cannot") else Meaning.PERMITS
        else:  # "... within the scope of physical therapy, but not occupational therapy."
            m = NOT_FIELD.match(text, second.span.start, second.span.end)
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
        vote = Vote(CONTRAST, meaning, second.sentence, second.number, frozenset(who), False)
        vote.at, vote.source, vote.quote_from = second.span.start, source, source.sentence.start
        second.votes.append(vote)
    for clause in clauses:
        for v in list(clause.votes):
            if v.meaning is not Meaning.PERMITS or v.rule is CONTRAST:
                continue
            end = text.find(".", v.at, clause.span.end)
            tail = text[v.at : end if end >= 0 else clause.span.end]
            cut = tail.lower().find(" but not ")
            if cut < 0:
                continue
            m = BUT_NOT.match(text, v.at + cut)
            if not m:
                continue
            named = {
                x.profession
                for x in page_mentions.sentence(v.sentence)
                if x.kind in (PERSON, PRACTICE) and m.start() <= x.start < m.end()
            } - v.professions
            if named:
                vote = Vote(
                    CONTRAST, Meaning.PROHIBITS, v.sentence, v.clause, frozenset(named), False, at=v.at
                )
                vote.source = v
                clause.votes.append(vote)


ITEM_LEAD = 6  # words before the term in an item that is dry needling: "(f) the use of dry needling"

ITEM_WORDS = 30

ITEM = re.compile(r"\s*(?:\(?[0-9a-zA-Z]{1,4}[.)]|[-•*])\s")

# an item that opens its own list: "(b) treating impairments by interventions that may include,
# but are not limited to: exercise; dry needling; massage" (never "... does not include: ...")
_INLINE_INTRO = re.compile(
    r"\b(?:includ(?:e|es|ing)|consist(?:s|ing)?\s+of|such\s+as)\b(?:,?\s*but\s+(?:are|is)\s+not\s+limited\s+to)?\s*:\s",
    re.IGNORECASE,
)
_INLINE_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|except|excluding|other\s+than|without)\b(?!\s+limited)", re.IGNORECASE
)


def _inline_entry(piece: str, at: int) -> bool:
    """Dry needling at ``at`` is an entry of the list an item itself opens with "may include:",
    each entry set off by semicolons, a short one in which the term comes first."""
    intro = None
    for intro in _INLINE_INTRO.finditer(piece, 0, at):
        pass
    if intro is None or _INLINE_NEGATION.search(piece, 0, intro.start()):
        return False
    entries = piece[intro.end() :]
    if entries.count(";") < 2:
        return False
    offset = at - intro.end()
    before = entries[:offset].rsplit(";", 1)[-1]
    return len(before.split()) <= ITEM_LEAD


def reserved_to(rule: Rule, found: list[Mention], start: int, end: int) -> frozenset[Profession]:
    """The professions an exclusivity row reserves dry needling to, named after its start."""
    if not rule.reserves:
        return frozenset()
    return frozenset(
        m.profession
        for m in found
        if m.kind in (PERSON, PRACTICE) and start <= m.start < end and m.profession in rule.ignore_for
    )


def list_items(
    doc: Document, clauses: list[Clause], direct: list[bool], page_mentions: Mentions, page: Profession
) -> None:
    """Give the items of a list the vote of its introduction ("... means any of the following:")."""
    text = doc.text
    intro: tuple[Sentence, Rule, re.Match[str], Meaning] | None = None
    context: list[Hit] = []  # the intro's own context ("amended this measure by:"), for its items
    by_sentence: dict[int, list[Clause]] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if ITEM.match(piece):
            for c in by_sentence.get(s.index, []):
                for rule, m, _meaning in context:
                    if rule.enactable:
                        c.enactable.setdefault(rule.id, c.span.start)
                    else:
                        c.markers.setdefault(rule.meaning, rule.id)
                        c.marker_at.setdefault(rule.meaning, c.span.start)
        if piece.rstrip().endswith(":") and not s.chrome:
            context = match(text, Span(s.start, s.end), CONTEXT)
            intro = None
            if not any(c.votes for c in by_sentence.get(s.index, [])):  # an intro that decides itself
                for rule, m, meaning in match(text, Span(s.start, s.end), INTRO):
                    intro = (s, rule, m, meaning)
                    break
            continue
        if not ITEM.match(piece):
            intro, context = None, []
            continue
        mine = by_sentence.get(s.index, [])
        if intro is None or not direct[s.index] or not mine or any(c.votes for c in mine):
            continue
        term = DN_TERM_RE.search(piece)
        if term is None:
            continue
        short = len(piece[: term.start()].split()) <= ITEM_LEAD and len(piece.split()) <= ITEM_WORDS
        if not short and not _inline_entry(piece, term.start()):
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


_INCLUDES = RULES_BY_ID["perm-practice-includes"]
# the introduction of a list set off by semicolons inside one sentence, in its first clause: "The
# practice of physical therapy includes, but is not limited to, exercise", "Interventions that a
# physical therapist licensed in the District may perform include therapeutic exercise" (never a
# negated one: "does not include", "may not perform include")
_SEMICOLON_INTRO = re.compile(
    expand(
        r"^\W*(?:[\d.()a-z-]{1,12}\s+)?(?:(?:the\s+)?(?:{FIELD}|practice\s+of\s+[\w\s]{3,40}?|scope\s+of\s+practice)|"
        r"(?:the\s+)?(?:interventions|procedures|services|techniques|modalities|treatments)\s+(?:that|which)\s+"
        r"(?:an?\s+)?[\w\s]{3,60}?\b(?:may|can|(?:is|are)\s+authori[sz]ed\s+to)\s+(?:perform|provide|use|employ|"
        r"render))\s+(?:(?:now|also|specifically|expressly)\s+)*(?:includes?|encompass(?:es)?)\b"
        r"(?:,?\s*but\s+(?:are|is)\s+not\s+limited\s+to,?)?\s+\S"
    ),
    re.IGNORECASE,
)
_SEMICOLON_NEGATION = re.compile(
    r"\b(?:not|never|no|nor|except|excluding|other\s+than|without)\b(?!\s+limited)|n't", re.IGNORECASE
)
_ITEM_JOIN = re.compile(r"^\s*(?:and|or)?\s*", re.IGNORECASE)


def semicolon_lists(
    doc: Document, clauses: list[Clause], direct: list[bool], page_mentions: Mentions, page: Profession
) -> None:
    """Give an entry of a list set off by semicolons inside one sentence the vote of the list's
    introduction in the sentence's first clause ("Interventions that a physical therapist may
    perform include, but are not limited to, exercise; manual therapy; ...; and dry needling,
    performed in accordance with ..."): the sentence's clauses split the list, so no row sees the
    introduction with the entry. Only an entry that is dry needling (the term at its head), in a
    list of three entries or more, under an introduction that no negation touches."""
    text = doc.text
    by_sentence: dict[int, list[Clause]] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for s in doc.sentences:
        mine = by_sentence.get(s.index, [])
        if s.chrome or not direct[s.index] or len(mine) < 3 or any(c.votes for c in mine):
            continue
        first = mine[0]
        head = text[first.span.start : first.span.end]
        m = _SEMICOLON_INTRO.search(head)
        if not m or _SEMICOLON_NEGATION.search(head) or text[first.span.end : first.span.end + 1] != ";":
            continue
        for clause in mine[1:]:
            piece = text[clause.span.start : clause.span.end]
            lead = _ITEM_JOIN.match(piece)
            term = DN_TERM_RE.search(piece)
            if term is None or lead is None or len(piece[lead.end() : term.start()].split()) > ITEM_LEAD:
                continue
            if _SEMICOLON_NEGATION.search(piece, 0, term.start()):
                continue
            found = page_mentions.sentence(s)
            span = Span(first.span.start, first.span.end)
            start, end = first.span.start + m.start(), first.span.start + m.end()
            profs, inferred = attribute(text, found, s, span, start, end, _INCLUDES, page)
            vote = Vote(_INCLUDES, Meaning.PERMITS, s, clause.number, profs, inferred, at=clause.span.start)
            vote.quote_from = s.start  # the evidence is the whole sentence, introduction to entry
            clause.votes.append(vote)
            break


WHO_LIST = RULES_BY_ID["perm-who-may-list"]
# where an item's "who" ends and what qualifies them begins: "Physicians and dentists who hold ..."
_ITEM_QUALIFIER = re.compile(
    r"\b(?:who|that|with|holding|having|if|when|under|pursuant)\b|[,(]", re.IGNORECASE
)


def who_items(doc: Document, direct: list[bool]) -> dict[int, Sentence]:
    """The items of the page's who-may lists ("Who may perform dry needling?" over "- Physicians
    who hold ..."): item sentence index -> the list's question or introduction. One scan, read by
    ``scan`` (a short item gets a clause of its own) and by ``who_lists`` (the item's vote). A list
    for a named state ("Who may ... in Texas?") is none: left to no reading here."""
    out: dict[int, Sentence] = {}
    sentences = doc.sentences
    for head in sentences:
        if not direct[head.index]:
            continue
        m = WHO_LIST.regex.search(doc.slice(head.start, head.end))
        if not m or places.states_in(m.group(0)):
            continue
        for s in sentences[head.index + 1 :]:
            if not ITEM.match(doc.slice(s.start, s.end)):
                break
            out.setdefault(s.index, head)  # the first list an item is under
    return out


def who_lists(
    doc: Document, clauses: list[Clause], items: dict[int, Sentence], page_mentions: Mentions
) -> None:
    """Give the people each item of a who-may list names (``who_items``) the permission its
    question or introduction asks about."""
    text = doc.text
    by_sentence: dict[int, list[Clause]] = {}
    for c in clauses:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for index, head in items.items():
        s = doc.sentences[index]
        piece = doc.slice(s.start, s.end)
        item = ITEM.match(piece)
        mine = by_sentence.get(s.index, [])
        if item is None or not mine or any(c.votes for c in mine) or len(piece.split()) > ITEM_WORDS:
            continue
        stop = _ITEM_QUALIFIER.search(text, s.start + item.end(), s.end)
        end = stop.start() if stop else s.end
        named = frozenset(
            x.profession for x in page_mentions.sentence(s) if x.kind == PERSON and x.start < end
        )
        if not named:
            continue
        clause = mine[0]
        vote = Vote(WHO_LIST, Meaning.PERMITS, s, clause.number, named, False, at=clause.span.start)
        vote.quote_from = head.start  # the evidence runs from the question to the item
        vote.subject = True
        clause.votes.append(vote)


def reaches(text: str, a: int, b: int, *, claim: bool = False, series: bool = False) -> bool:
    """Whether a marker at ``a`` governs the vote at ``b``: no coordination stands between them
    (with ``series``, a series' closing ", and ..." is none)."""
    lo, hi = min(a, b), max(a, b)
    for m in (CLAIM_COORDINATION if claim else COORDINATION).finditer(text, lo, hi):
        if not (series and _SERIES_ITEM.search(text, lo, m.start())):
            return False
    return True


ANSWERED_ROW = "perm-question-form"
