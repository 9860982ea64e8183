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
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH})\.?,?\s+(?P<year2>(?:19|20)\d\d)\b"
    r"|\b(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>(?:19|20)\d\d)\b"
    r"|\b(?P<y4>(?:19|20)\d\d)-(?P<m4>\d{1,2})-(?P<d4>\d{1,2})\b"
    rf"|\b(?P<mon5>{_MONTH})\.?,?\s+(?P<year5>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Trigger words, strongest first; the tier ranks competing dates in one sentence.
_TRIGGERS = (
    re.compile(
        r"\b(?:effective|eff\.|took\s+effect|takes\s+effect|take\s+effect|became\s+effective|"
        r"becomes\s+effective|goes\s+into\s+effect|went\s+into\s+effect|in\s+effect|since|"
        r"as\s+of|beginning|starting|commencing)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:adopted|adoption|signed|enacted|approved|issued|dated|decided|entered|voted|"
        r"ruled|promulgated|filed|granted|determined|concluded|"
        r"meeting\s+of)\b",
        re.IGNORECASE,
    ),
)
# a deciding verb right after the date: "On April 1, 2016 the Board adopted ..."
_AFTER_TRIGGER = re.compile(
    r"[,\s]*(?:the\s+)?(?:[A-Za-z.'’]+\s+){0,5}?(?:adopted|voted|ruled|determined|decided|issued|"
    r"approved|concluded|signed|enacted)\b"
)
# dates that are not when an authority took effect
_NOT_EFFECTIVE = re.compile(
    r"\b(?:hearings?|comments?|comment\s+period|(?:licen[cs]\w*|practic\w*)\s+(?:\w+\s+){0,4}?"
    r"since|republished|published\s+in)\b[^.;]*$|\buntil\s+(?:about\s+|around\s+|approximately\s+)?$",
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


def _to_date(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["mon"]:
            return dt.date(int(g["year"]), _MONTHS[g["mon"][:3].lower()], int(g["day"]))
        if g["mon2"]:
            return dt.date(int(g["year2"]), _MONTHS[g["mon2"][:3].lower()], int(g["day2"]))
        if g["m3"]:
            return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        if g["y4"]:
            return dt.date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
        if g["mon5"]:
            return dt.date(int(g["year5"]), _MONTHS[g["mon5"][:3].lower()], 1)
    except (ValueError, KeyError):  # 31/02/2024, a month name that is not one
        return None
    return None


def find_dates(text: str, start: int, end: int) -> list[FoundDate]:
    """Full dates in ``text[start:end]``, each with its trigger tier and a footer flag."""
    found: list[FoundDate] = []
    for m in _DATE_RE.finditer(text, start, end):
        date = _to_date(m)
        if date is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        window = text[max(start, line_start, m.start() - _LOOKBACK) : m.start()]
        # only the words since the previous date or sentence break belong to this date
        window = re.split(r"(?<![A-Z])[.;]\s|\d{4}", window)[-1]
        footer = bool(_FOOTER.search(window))
        tier = 2
        for i, trigger in enumerate(_TRIGGERS):
            if trigger.search(window):
                tier = i
                break
        if tier == 2 and _AFTER_TRIGGER.match(text, m.end(), min(end, m.end() + 60)):
            tier = 1
        if _NOT_EFFECTIVE.search(window):
            tier, footer = 2, True
        found.append(FoundDate(date, m.start(), tier, footer))
    return found


def best(dates: list[FoundDate], *, require_trigger: bool) -> dt.date | None:
    """The strongest non-footer date: lowest tier, then first in the text."""
    usable = [d for d in dates if not d.footer and (d.tier < 2 or not require_trigger)]
    if not usable:
        return None
    return min(usable, key=lambda d: (d.tier, d.start)).date


_HEADING_LINES = 5


def effective_date(
    doc: Document, evidence: Sentence, clause: Span, excluded: Collection[int]
) -> dt.date | None:
    """The date the deciding statement (``clause`` of ``evidence``) says its authority took effect."""
    text = doc.text
    date = best(find_dates(text, evidence.start, evidence.end), require_trigger=True) or best(
        find_dates(text, clause.start, clause.end), require_trigger=False
    )
    if date:
        return date
    paragraph: list[FoundDate] = []
    page: list[FoundDate] = []
    for s in doc.sentences:
        if s.index not in excluded:
            found = find_dates(text, s.start, s.end)
            page += found
            if s.paragraph == evidence.paragraph:
                paragraph += found
    date = best(paragraph, require_trigger=True) or best(page, require_trigger=True)
    if date:
        return date
    # an opinion's or a decision's own date sits in its heading lines, above what it decides
    head_end = 0
    for _ in range(_HEADING_LINES):
        nxt = text.find("\n", head_end + 1)
        head_end = len(text) if nxt == -1 else nxt
    return best(find_dates(text, 0, min(head_end, evidence.start)), require_trigger=False)
