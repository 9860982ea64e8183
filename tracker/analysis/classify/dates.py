"""Effective dates: when the authority a page states took effect.

A date counts when a trigger word comes just before it ("effective", "since", "adopted",
"signed ... on", "took effect on", "as of", "issued") or a deciding verb right after it
("On April 1, 2016 the Board adopted ..."); in the deciding clause itself any full date
counts ("On March 3, 2021 the board voted ..."). Dates in footers and page chrome ("page
last updated", "last modified", "copyright", "posted", "printed") never count, nor do dates
of hearings and comment periods, nor conditions ("licensed since January 1, 2003"). Only
dates with a month are returned ("in January 2019" is read as its first day, 2019-01-01);
"in 2014" alone gives no date.

``effective_date`` looks in the deciding clause and sentence, then its paragraph, then the
rest of the page, and last in the page's heading lines, where opinions and decisions carry
their date ("Opinion No. 16-009, July 8, 2016").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass

from tracker.analysis.classify.sentences import Document, Sentence, Span

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_RE = re.compile(
    rf"\b(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?(?P<mon2>{_MONTH})\.?,?\s+(?P<year2>(?:19|20)\d\d)\b"
    r"|\b(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>(?:19|20)\d\d|\d\d)\b"
    # a rule's history note: "Eff. 6-13-11", "History-New 4-19-21, Amended 12-29-24"
    r"|(?:(?<=\beff\.\s)|(?<=\bnew\s)|(?<=\bamended\s))(?P<m6>\d{1,2})-(?P<d6>\d{1,2})-(?P<y6>(?:19|20)?\d\d)\b"
    r"|\b(?P<m7>\d{1,2})-(?P<d7>\d{1,2})-(?P<y7>(?:19|20)\d\d)\b"
    r"|\b(?P<y4>(?:19|20)\d\d)-(?P<m4>\d{1,2})-(?P<d4>\d{1,2})\b"
    rf"|\b(?P<mon5>{_MONTH})\.?,?\s+(?P<year5>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Trigger words, strongest first; the tier ranks competing dates in one sentence.
_TRIGGERS = (
    re.compile(
        r"\b(?:effective|eff\.|took\s+effect|takes\s+effect|take\s+effect|became\s+effective|"
        r"becomes\s+effective|goes\s+into\s+effect|went\s+into\s+effect|in\s+effect(?=\s+(?:on|since|as\s+of|from)?\s*$)|since|"
        r"as\s+of|beginning|starting|commencing)\b|\beff\.",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:adopted|adoption|signed|enacted|approved|issued|dated|decided|entered|voted|"
        r"ruled|promulgated|filed|granted|determined|concluded|advised|opined|ordered|"
        r"meeting\s+of)\b|\bdate\s*:",
        re.IGNORECASE,
    ),
)
# the words that date an enactment (signed, adopted, issued), kept as ``enacted_date``
_ENACTING = re.compile(
    r"\b(?:adopted|adoption|signed|enacted|approved|promulgated|passed|voted)\b",
    re.IGNORECASE,
)
_FILED_THEN_EFFECTIVE = re.compile(r"[,;]?\s*(?:and\s+)?eff(?:ective|\.)", re.IGNORECASE)
_ENACTING_VERB = re.compile(
    r"\b(?:voted|reaffirm(?:s|ed)|adopt(?:s|ed)?\s+(?:the|this|a|its)\s+(?:\w+\s+)?(?:position|policy|statement)|"
    r"motion\s+(?:was\s+)?(?:carried|passed))\b",
    re.IGNORECASE,
)
# minutes record a board's decision on the day of the meeting: "the Board determined", "Motion ..."
_MINUTES = re.compile(r"\bminutes\b", re.IGNORECASE)
_RECORDED_DECISION = re.compile(
    r"\b(?:motion|moved|voted)\b|\bthe\s+board\s+(?:agreed|determined|decided|resolved)\b", re.IGNORECASE
)
# what was enacted: a law's approval date is when it was enacted, not when it took effect
_LAW_NOUN = re.compile(
    r"(?:\b(?:regulations?|rules?|statutes?|laws?|bills?|acts?|amendments?|ordinances?|LCB\s+File)\b"
    r"|\b[SHA]\.?\s?B\.?\s*(?:\d+|_+))[^.;]{0,100}$",
    re.IGNORECASE,
)
# a deciding verb right after the date: "On April 1, 2016 the Board adopted ..."
_AFTER_TRIGGER = re.compile(
    # a named deciding body ("the Office of the Attorney General ... issued") or one of the
    # bodies that decide ("the administrative law judge entered")
    r"[,\s]*(?:the\s+)?(?:(?:[A-Z][\w.'’]*\s+|of\s+|and\s+|the\s+){0,8}?|(?:[\w-]+\s+){0,4}?(?i:board|court|"
    r"judge|governor|legislature|department|commission|office|secretary|director|council|committee|assembly)\s+)"
    r"(?:adopted|voted|ruled|determined|decided|issued|approved|concluded|signed|enacted|entered|advised)\b"
)
# a signature block: "November 20, 2026.\nApproved, at 2 o'clock and 40 minutes, P.M."
# (the next line, with no date of its own: "APPROVED by Governor May 20, 2026" dates itself)
_SIGNATURE = re.compile(
    r"\.?[ \t]*\n[ \t]*(?:Approved|APPROVED|Signed|SIGNED)\b"
    r"(?![^\n]*(?:\b(?:19|20)\d\d\b|\d{1,2}/\d{1,2}/\d{2,4}))"
)
# "since its statement of", "since the Board's ruling in", "since H.B. 367 took effect on": the date
# that follows is an authority's act, not a condition on the practitioner
_SINCE_ACT = (
    r"\s+(?:(?:its|the|a|an|that|this|their)\s+)?(?:[\w.'’-]+\s+){0,4}?"
    r"(?:statement|ruling|decision|opinion|position|order|letter|determination|guidance|advisory|"
    r"law|act|statute|rule|regulation|amendment|bill)s?\b"
)
# dates that are not when an authority took effect
_NOT_EFFECTIVE = re.compile(
    r"\b(?:hearings?|proceedings?|comments?|comment\s+period|since\s+before|the\s+minutes\s+of|(?:licen[cs]\w*|practic\w*)[^.;]{0,100}?"
    # "licensed since 2003" is a condition; "within the scope of practice since its statement of
    # February 2012" dates the authority's act, which is when the permission began
    rf"since(?!{_SINCE_ACT})|republished|published\s+in|proposed\s+for\s+adoption|as\s+(?:amended|introduced|enrolled))\b[^.;]*$"
    # a deadline ("required registration by June 19, 2018", "no later than")
    r"|\b(?:until|by|no\s+later\s+than)\s+(?:about\s+|around\s+|approximately\s+)?$",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"\b(?:last\s+)?(?:updated|modified|revised|reviewed|edited)\b|copyright|©|\(c\)|\bposted\b|"
    r"\bprinted\b|\bretrieved\b|\baccessed\b|\bgenerated\b|\bpublished\s+on\b|\bvisited\b",
    re.IGNORECASE,
)
_LOOKBACK = 80


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    tier: int  # 0 strongest trigger, 1 weaker trigger, 2 no trigger
    footer: bool
    enacting: bool = False  # signed, adopted, issued ... (not "effective")
    law: bool = False  # the enactment of a statute, rule or bill: an enacted date, not an in-force one
    precise: bool = True  # a day is given (not only a month and year)


def _year(text: str) -> int:
    """A year, two digits read as 19xx or 20xx ("Eff. 6-13-11" is 2011)."""
    year = int(text)
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def _to_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["mon"]:
            return dt.date(int(g["year"]), _MONTHS[g["mon"][:3].lower()], int(g["day"]))
        if g["mon2"]:
            return dt.date(int(g["year2"]), _MONTHS[g["mon2"][:3].lower()], int(g["day2"]))
        if g["m3"]:
            return dt.date(_year(g["y3"]), int(g["m3"]), int(g["d3"]))
        if g["m6"]:
            return dt.date(_year(g["y6"]), int(g["m6"]), int(g["d6"]))
        if g["m7"]:
            return dt.date(int(g["y7"]), int(g["m7"]), int(g["d7"]))
        if g["y4"]:
            return dt.date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
        if g["mon5"]:
            return dt.date(int(g["year5"]), _MONTHS[g["mon5"][:3].lower()], 1)
    except (ValueError, KeyError):  # 31/02/2024, a month name that is not one
        return None
    return None


# every alternative of ``_DATE_RE`` has a digit: a span without one holds no date
_DIGIT = re.compile(r"\d")
# the words since the previous date or sentence break belong to the date that follows
_WINDOW_BREAK = re.compile(r"(?<![A-Z])(?<!\b[Ee]ff)[.;]\s|\b(?:19|20)\d\d\b")
# an act in force from its approval ("shall take effect immediately after its approval")
_ON_ENACTMENT = re.compile(
    r"\btakes?\s+effect\s+(?:immediately\s+)?(?:(?:up)?on|after)\s+(?:its\s+)?"
    r"(?:approval|passage|signature|enactment|being\s+signed)\b",
    re.IGNORECASE,
)
# what a governor signs or approves is a law: its date is an enactment's
_BY_GOVERNOR = re.compile(
    r"\b(?:signed\s+into\s+law|(?:signed|approved)\s+(?:into\s+law\s+)?by\s+(?:the\s+)?governor)\b",
    re.IGNORECASE,
)
# the line above a date, when it is a label: no closing punctuation other than a colon
_LABEL_LINE = re.compile(r"(?:^|\n)([^\n]*[^\s.;!?\n][ \t]*)\n[ \t]*$")
_FILED = re.compile(r"\bfiled\s*$", re.IGNORECASE)


def find_dates(text: str, start: int, end: int) -> list[FoundDate]:
    """Full dates in ``text[start:end]``, each with its trigger tier and a footer flag."""
    if not _DIGIT.search(text, start, end):  # the cheap pre-check: most sentences have no digit
        return []
    return scan_dates(text, start, end)


def scan_dates(text: str, start: int, end: int) -> list[FoundDate]:
    """``find_dates`` without its pre-check."""
    found: list[FoundDate] = []
    for m in _DATE_RE.finditer(text, start, end):
        date = _to_date(m)
        if date is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        window = text[max(start, line_start, m.start() - _LOOKBACK) : m.start()]
        if not window.strip():
            # a date alone at the start of its line takes the label of the line above
            # ("Approved by the Governor\nOctober 8, 2026", "The effective date of the rule:\n July 1, 2015")
            label = _LABEL_LINE.search(text, max(0, line_start - _LOOKBACK), line_start)
            if label and not _DATE_RE.search(label.group(1)):  # a row of a table has its own date
                window = label.group(1)
        # only the words since the previous date or sentence break belong to this date
        window = _WINDOW_BREAK.split(window)[-1]
        footer = bool(_FOOTER.search(window))
        # a history note's date is when the rule (or its amendment) took effect
        tier = 0 if m.group("m6") else 2
        for i, trigger in enumerate(_TRIGGERS[:tier]):
            if trigger.search(window):
                tier = i
                break
        after = _AFTER_TRIGGER.match(text, m.end(), min(end, m.end() + 60))
        if tier == 2 and after:
            tier = 1
        enacting = (tier == 1 and bool(_ENACTING.search(window))) or bool(
            after and _ENACTING.search(after.group(0))
        )
        if _SIGNATURE.match(text, m.end()):
            tier, enacting = min(tier, 1), True
        # a rule's history note: "filed 5/22/24, effective 6/22/24" (a court's "Filed" is its date)
        if _FILED.search(window) and _FILED_THEN_EFFECTIVE.match(text, m.end()):
            enacting = True
        if _NOT_EFFECTIVE.search(window):
            tier, footer, enacting = 2, True, False
        law = enacting and bool(
            _LAW_NOUN.search(text, max(start, m.start() - 160), m.start()) or _BY_GOVERNOR.search(window)
        )
        found.append(FoundDate(date, m.start(), tier, footer, enacting, law, not m.group("mon5")))
    return found


# the dates of each sentence of the last page read: ``effective_date``, ``enacted_date`` and
# ``page_year`` each walk the page's sentences several times
_memo: tuple[Document | None, dict[int, tuple[FoundDate, ...]]] = (None, {})


def sentence_dates(doc: Document, s: Sentence) -> tuple[FoundDate, ...]:
    """``find_dates`` of one sentence of ``doc``, computed once per page."""
    global _memo
    memo_doc, memo = _memo
    if memo_doc is not doc:
        memo = {}
        _memo = (doc, memo)
    found = memo.get(s.index)
    if found is None:
        found = memo[s.index] = tuple(find_dates(doc.text, s.start, s.end))
    return found


def best(dates: list[FoundDate], *, require_trigger: bool, enacted: bool = False) -> dt.date | None:
    """The strongest non-footer date: lowest tier, then first in the text.

    Unless ``enacted``, a law's enactment date (approved, signed) is not an in-force date.
    """
    usable = [
        d for d in dates if not d.footer and (d.tier < 2 or not require_trigger) and (enacted or not d.law)
    ]
    if not usable:
        return None
    # a full date beats a month and year of the same standing ("October 10, 2014" over "October 2014")
    return min(usable, key=lambda d: (d.tier, not d.precise, d.start)).date


_HEADING_LINES = 20


def _scopes(
    doc: Document, evidence: Sentence, excluded: Collection[int]
) -> tuple[list[FoundDate], list[FoundDate], list[FoundDate]]:
    """Dates of the deciding sentence, its paragraph, and the page (without excluded sentences)."""
    paragraph: list[FoundDate] = []
    page: list[FoundDate] = []
    for s in doc.sentences:
        if s.index not in excluded or s.index == evidence.index:
            found = sentence_dates(doc, s)
            page += found
            if s.paragraph == evidence.paragraph:
                paragraph += found
    return list(sentence_dates(doc, evidence)), paragraph, page


def _heading_end(text: str) -> int:
    head_end = 0
    for _ in range(_HEADING_LINES):
        nxt = text.find("\n", head_end + 1)
        head_end = len(text) if nxt == -1 else nxt
    return head_end


def _minutes(doc: Document, head_end: int) -> bool:
    """The page is minutes of a meeting: a heading line says so."""
    return any(
        s.chrome and _MINUTES.search(doc.text, s.start, s.end) for s in doc.sentences if s.start < head_end
    )


def meeting_date(doc: Document) -> dt.date | None:
    """The date of the meeting that minutes record: the first date of their heading lines.

    ``None`` when the page is not minutes (no heading line says "Minutes").
    """
    head_end = _heading_end(doc.text)
    if not _minutes(doc, head_end):
        return None
    for s in doc.sentences:
        if s.start >= head_end:
            break
        for d in sentence_dates(doc, s):
            if not d.footer:
                return d.date
    return None


def _heading(doc: Document, evidence: Sentence, excluded: Collection[int] = ()) -> list[FoundDate]:
    """Dates in the heading lines (not prose) of the page's first lines, above the evidence.

    In minutes every date of the heading lines counts ("The Board convened on Friday, April 27,
    2007"): the first is the meeting's.
    """
    head_end = _heading_end(doc.text)
    minutes = _minutes(doc, head_end)
    found: list[FoundDate] = []
    for s in doc.sentences:
        if s.start >= min(head_end, evidence.start):
            break
        if s.index in excluded:
            continue
        dates = sentence_dates(doc, s)
        # heading lines, labelled dates in a heading block ("Decision date: July 17, 2013"), and a
        # date on a line of its own (a PDF's lines run into one sentence: "...dry needling\nMay 9,
        # 2016\nOpinion No. KP-0082")
        found += dates if s.chrome or minutes else [d for d in dates if d.tier < 2 or _own_line(doc.text, d)]
    return found


def _own_line(text: str, found: FoundDate) -> bool:
    """The date is the whole of its line ("May 9, 2016")."""
    m = _DATE_RE.match(text, found.start)
    if m is None:
        return False
    line_start = text.rfind("\n", 0, found.start) + 1
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start : found.start].strip() and not text[m.end() : line_end].strip(" \t.,")


def page_year(doc: Document) -> int:
    """The year of the page's own date (an opinion's or a letter's heading date), or 0."""
    first = doc.sentences[min(len(doc.sentences), _HEADING_SENTENCES) - 1] if doc.sentences else None
    if first is None:
        return 0
    found = [d for d in _heading(doc, first) if not d.footer]
    return found[0].date.year if found else 0


_HEADING_SENTENCES = 25


def effective_date(
    doc: Document,
    evidence: Sentence,
    clause: Span,
    excluded: Collection[int],
    *,
    in_force_only: bool = False,
    vague: bool = True,
    deciding: Collection[int] = (),
) -> dt.date | None:
    """The date the deciding statement (``clause`` of ``evidence``) says its authority took effect.

    ``in_force_only``: only an in-force date counts (practice waits for rules not adopted).
    ``vague``: a month and year without a trigger (a news dateline) may serve, last.
    ``deciding``: the indices of the other sentences that state the same decision.

    An in-force date ("effective", "took effect", "Eff. 6-13-11") anywhere in the deciding
    sentence, its paragraph, the other sentences that state the decision or the page beats a
    signing, adoption or issue date; those count only when the page gives no in-force date; last
    come the page's heading lines, where opinions and decisions carry their date. A sentence that
    states the decision with its date ("has been lawful since H.B. 367 took effect on May 13,
    2014") says when the permission began; an amendment's date elsewhere on the page
    ("H.B. 188, effective May 7, 2025, reorganized the provisions") does not.
    """
    sentence, paragraph, page = _scopes(doc, evidence, excluded)
    stating = [
        d
        for s in doc.sentences
        if s.index in deciding and s.index not in excluded
        for d in sentence_dates(doc, s)
    ]
    for scope in (sentence, paragraph, stating, page):
        date = best([d for d in scope if d.tier == 0], require_trigger=True)
        if date:
            return date
    # "This Act shall take effect immediately after its approval": in force when enacted
    if _ON_ENACTMENT.search(doc.text):
        date = best([d for d in page if d.enacting], require_trigger=True, enacted=True)
        if date:
            return date
    if in_force_only:  # practice waits for rules: only a stated in-force date is one
        return None
    # the deciding sentence's own signing or adoption date is its date ("Senate Bill 88, signed
    # by the governor on May 1, 2023, provides ..."); elsewhere a law's approval date is not
    untriggered = [d for d in find_dates(doc.text, clause.start, clause.end) if vague or d.precise]
    date = best(sentence, require_trigger=True, enacted=True) or best(
        untriggered, require_trigger=False, enacted=True
    )
    if date:
        return date
    # an opinion's or a decision's own date sits in its heading lines, above what it decides;
    # it beats the dates of other events its body mentions
    heading = _heading(doc, evidence, excluded)
    date = best([d for d in heading if d.precise], require_trigger=False)
    if date:
        return date
    # a news dateline's month and year ("October 2014") yields to the body's dated event
    return (
        best(paragraph, require_trigger=True)
        or best(page, require_trigger=True)
        or (best(heading, require_trigger=False) if vague else None)
    )


_SIGNED_PARTIAL = re.compile(
    rf"\bsigned\b[^.;]{{0,60}}?\b(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})\b(?!,?\s*(?:19|20)\d\d)"
    rf"|\b(?P<mon2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})\b(?!,?\s*(?:19|20)\d\d)[^.;]{{0,40}}?\bsigned\b",
    re.IGNORECASE,
)


# ... or by its weekday alone: "Gov. Kotek on Thursday signed House Bill 3824", "signed the bill
# on Monday" (never "on Thursday, Aug. 7", read above with its month and day)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SIGNED_WEEKDAY = re.compile(
    rf"\bsigned\b[^.;]{{0,60}}?\bon\s+(?P<wd>{_WEEKDAY})\b(?!,?\s*(?:{_MONTH}|\d))"
    rf"|\bon\s+(?P<wd2>{_WEEKDAY})\b(?!,?\s*(?:{_MONTH}|\d))\s*,?\s+(?:[\w.'-]+\s+){{0,3}}?signed\b",
    re.IGNORECASE,
)
_WEEK = 7


def _signed_this_year(doc: Document, evidence: Sentence, elsewhere: Collection[int] = ()) -> dt.date | None:
    """A news story's "signed ... on Thursday, Aug. 7": the year is the story's own (its dateline);
    "on Thursday signed ...": the last such weekday on or before the dateline's day. Never a
    signing the page reports of another state (``elsewhere``)."""
    heading = [d for d in _heading(doc, evidence) if not d.footer]
    if not heading:
        return None
    for s in doc.sentences:
        m = _SIGNED_PARTIAL.search(doc.text, s.start, s.end)
        if m:
            mon = (m.group("mon") or m.group("mon2"))[:3].lower()
            day = int(m.group("day") or m.group("day2"))
            try:
                return dt.date(heading[0].date.year, _MONTHS[mon], day)
            except (KeyError, ValueError):
                return None
    if not heading[0].precise:
        return None
    for s in doc.sentences:
        if s.index in elsewhere:
            continue
        w = _SIGNED_WEEKDAY.search(doc.text, s.start, s.end)
        if w:
            weekday = _WEEKDAYS.index((w.group("wd") or w.group("wd2")).lower())
            back = (heading[0].date.weekday() - weekday) % _WEEK
            return heading[0].date - dt.timedelta(days=back)
    return None


def enacted_date(
    doc: Document,
    evidence: Sentence,
    excluded: Collection[int],
    effective: dt.date | None,
    elsewhere: Collection[int] = (),
) -> dt.date | None:
    """When the deciding authority was signed, adopted or voted, where the page says so
    (``elsewhere``: the sentences about other states only, whose signing is not this one's).

    A deciding sentence that itself adopts ("the Board voted to ...", "reaffirmed its
    position") without a date of its own was enacted on the date the page carries.
    """
    for scope in _scopes(doc, evidence, excluded):
        candidates = [d for d in scope if d.enacting and not d.footer]
        if effective is not None:
            # the enactment that led to the date in force: the latest one not after it
            before = [d for d in candidates if d.date <= effective]
            if before:
                return max(before, key=lambda d: d.date).date
        date = best(candidates, require_trigger=True, enacted=True)
        if date:
            return date
    date = _signed_this_year(doc, evidence, elsewhere)
    if date:
        return date
    paragraph = [s for s in doc.sentences if s.paragraph == evidence.paragraph]
    start, end = paragraph[0].start, paragraph[-1].end
    # only where the page gives no separate in-force date (then adoption is when it took effect)
    in_force = any(d.tier == 0 and not d.footer for scope in _scopes(doc, evidence, excluded) for d in scope)
    if not in_force and _ENACTING_VERB.search(doc.text, start, end):
        return effective
    # minutes: a decision they record was made at the meeting, the date the page is in force from
    meeting = meeting_date(doc)
    if meeting is not None and meeting == effective and _RECORDED_DECISION.search(doc.text, start, end):
        return meeting
    return None
