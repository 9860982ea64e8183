"""Where a statement applies: this jurisdiction, another state, or a national body.

A page read for one state often speaks of others: a course provider's state-by-state guide,
a public comment listing "other states", a news story comparing neighbours. A vote counts for
the page's jurisdiction only when it is not placed elsewhere:

- a clause naming only other states ("In Texas, physical therapists may perform dry
  needling." on a page read for OR): cancelled;
- a section under another state's heading ("Texas", "TEXAS - Permitted", "State: Texas",
  or a paragraph opening "Washington - 2014. ..."): cancelled;
- a clause naming the page's own state ("Unlike Texas, Oregon does not allow ..."): kept, but
  not a hit inside a relative clause on another state ("Unlike Ohio, where ... may ...");
- state sections and no jurisdiction given (a guide with two or more state headings):
  sectioned votes cancelled;
- a page from abroad (``abroad``): published in another country, and never placing itself in
  the United States, it speaks of that country's law, even where the country shares a state's
  name ("Georgia"): every vote cancelled.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import us

if TYPE_CHECKING:  # (typography reads the names below, and sentences reads typography)
    from tracker.analysis.classify.sentences import Document


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """Every state's, territory's and the District's name, and its USPS code: the one list of
    places the classifier knows (``typography`` gives them back their capitals too)."""
    out = {s.name: s.abbr for s in (*us.states.STATES, *us.states.TERRITORIES)}
    out["District of Columbia"] = "DC"
    return out


@lru_cache(maxsize=1)
def state_re() -> re.Pattern[str]:
    spelled = sorted(names(), key=len, reverse=True)
    # as written, or in capitals ("TEXAS: PERMITTED", a guide's or a caption's heading)
    spelled += [n.upper() for n in spelled]
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in spelled)
    return re.compile(rf"\b(?:{alternatives})\b(?!,?\s+D\.?C\b)")


def _code(name: str) -> str:
    name = " ".join(name.split())
    if name.isupper():
        name = name.title().replace(" Of ", " of ")
    return names()[name]


def code(name: str) -> str:
    """The USPS code of a state's name as ``state_re`` finds it ("Texas", "TEXAS")."""
    return _code(name)


def states_in(text: str) -> set[str]:
    """USPS codes of the states named in ``text`` (as written or in capitals: "Texas", "TEXAS",
    not "texas")."""
    return {_code(m.group(0)) for m in state_re().finditer(text)}


_HEADING = re.compile(r"^\W*(?:state\s*:\s*)?(?P<name>[A-Za-z .]{4,30}?)\s*(?:$|[-:(|]|\s-\s)", re.IGNORECASE)


def heading_state(line: str) -> str | None:
    """The state a heading line introduces ("Texas", "TEXAS - Permitted", "State: Texas");
    ``"*"`` for a heading of several states ("Idaho and Utah"), which no single state owns."""
    if len([w for w in line.split() if w.strip("|")]) > 8:  # a table row's bars are no words
        return None
    found = [m.group(0) for m in state_re().finditer(line.title().replace(" Of ", " of "))]
    rest = state_re().sub("", line.title().replace(" Of ", " of "))
    if len(found) >= 2 and not re.sub(r"[\s,&/]|\band\b|\bor\b", "", rest, flags=re.IGNORECASE):
        return "*"
    m = _HEADING.match(line.strip())
    if not m:
        return None
    name = " ".join(m.group("name").split()).title().replace(" Of ", " of ")
    return names().get(name)


_POINTS_TO_LIST = re.compile(
    r"\b(?:these|those|the\s+following)\s+(?:states|jurisdictions)\b|"
    r"\b(?:states|jurisdictions)\s+(?:listed\s+|named\s+)?below\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•·▪◦*-]|\d{1,2}[.)])\s*(?P<item>\S.*)$")
_CODE = re.compile(r"\b[A-Z]{2}\b")
_CODES = frozenset({s.abbr for s in (*us.states.STATES, *us.states.TERRITORIES)} | {"DC"})  # USPS codes


def _lines_after(text: str, start: int) -> Iterator[str]:
    """The lines after the one holding ``start``, read one at a time (a page with many such
    sentences is not split whole for each)."""
    pos = text.find("\n", start)
    while pos != -1:
        nxt = text.find("\n", pos + 1)
        yield text[pos + 1 : nxt if nxt != -1 else len(text)]
        pos = nxt


def listed_states(text: str, end: int) -> set[str] | None:
    """The states of the bullet list right after the sentence ending at ``end`` ("Dry needling is
    not permitted in these states:" over "• CA", "• New York"): USPS codes, or None when no
    list of states follows."""
    found: set[str] = set()
    for line in _lines_after(text, end):
        m = _BULLET.match(line)
        if not m:
            if found or line.strip():
                break
            continue
        item = m.group("item")
        named = states_in(item) | {c for c in _CODE.findall(item) if c in _CODES}
        if not named:
            break
        found |= named
    return found if len(found) >= 2 else None


def bullet_states(text: str) -> set[str]:
    """The states named by the page's bullet items ("• CA", "• 50 hours - CO, FL, GA"): a guide
    that lists states by their codes covers them as surely as one that names them."""
    found: set[str] = set()
    for line in text.split("\n"):
        m = _BULLET.match(line)
        if m:
            found |= {c for c in _CODE.findall(m.group("item")) if c in _CODES}
    return found


def points_to_list(sentence: str) -> bool:
    """A sentence that speaks of a list of states that follows ("in these states")."""
    return bool(_POINTS_TO_LIST.search(sentence))


def relative_state(before: str) -> str | None:
    """The state whose relative clause a hit sits in: "Unlike Ohio, where physical therapists
    may ..." (``before`` is the sentence up to the hit; no comma or stop in between)."""
    last = None
    for last in _relative_re().finditer(before):
        pass
    return _code(last.group("name")) if last else None


@lru_cache(maxsize=1)
def _relative_re() -> re.Pattern[str]:
    return re.compile(rf"(?P<name>{state_re().pattern}),?\s+(?:where|in\s+which)\b[^,;.]*$")


# a writer placing themself: "I'm just across the river in northern Kentucky", "We are a clinic
# in Reno, Nevada", "I practice in Ohio", "Our clinic is in Texas" (never "I trained with a group
# from Indiana", which places the group, nor "we wrote to Ohio", which places nobody)
_WRITER_AT = (
    r"\b(?:I(?:'m|\s+am)|[Ww]e(?:'re|\s+are)|(?:I|[Ww]e)\s+(?:\w+\s+)?(?:live|work|practice|reside)|"
    r"(?:I|[Ww]e)(?:'m|'re|\s+am|\s+are)\s+(?:based|located)|[Mm]y\s+(?:clinic|practice|office)\s+is|"
    r"[Oo]ur\s+(?:clinic|practice|office)\s+is)\b(?:\s+[\w'’,-]+){0,6}?\s+(?:in|from)\s+"
    r"(?:the\s+state\s+of\s+|[a-z][\w-]*\s+){0,2}(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?,\s+)??"
)


@lru_cache(maxsize=1)
def _writer_re() -> re.Pattern[str]:
    name = state_re().pattern
    # the first name not a city's ("New York City"), then any more in a list ("Ohio, Indiana, or Kentucky")
    more = rf"(?:(?:\s*,\s*|\s+)(?:(?:and|or)\s+)?(?:{name}))*"
    return re.compile(rf"{_WRITER_AT}(?P<names>(?:{name})(?![ \t]+[A-Z][a-z]){more})")


def writer_places(sentence: str) -> set[str]:
    """The states a first-person writer says they are in ("I'm just across the river in northern
    Kentucky." -> {"KY"}, "I practice in Ohio and Kentucky." -> both): where the writer's "here"
    and "our board" are."""
    return {code for m in _writer_re().finditer(sentence) for code in states_in(m.group("names"))}


def about_elsewhere(doc: Document, here: str, head_lines: int = 10) -> bool:
    """A page about another state: its heading names only other states and its text never
    names ``here`` ("Oregon becomes latest state to authorize ..." read for Missouri)."""
    head = "\n".join(doc.text.lstrip().splitlines()[:head_lines])
    named_head = states_in(head)
    named = states_in(doc.text)
    if city_washington(doc, head_lines):
        named.discard("WA")
    return bool(named_head) and here not in named


_DOMINANT_SENTENCES = 4  # sentences that name the other state, at least ...
_DOMINANT_RATIO = 2  # ... and this many times as many as name this one


def dominant_state(doc: Document, here: str) -> str | None:
    """The other state a page is about, when it names ``here`` only in passing: one state named
    in at least four sentences, twice as many as name ``here`` (a story on Oregon's new
    law that lists California among the states left)."""
    counts: Counter[str] = Counter()
    for s in doc.sentences:
        named = states_in(doc.slice(s.start, s.end))
        if city_washington(doc):
            named.discard("WA")
        counts.update(named)
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    if top == here or n < _DOMINANT_SENTENCES or n < _DOMINANT_RATIO * max(1, counts[here]):
        return None
    if sum(1 for code, k in counts.items() if code != top and k * _DOMINANT_RATIO > n):
        return None  # two states share the page: no one state it is about
    return top


_WASHINGTON_STATE = re.compile(r"\bWashington\s+[Ss]tate\b|\b[Ss]tate\s+of\s+Washington\b|\bRCW\b|\bWAC\b")


def city_washington(doc: Document, head_lines: int = 10) -> bool:
    """A page of the District of Columbia that never names Washington State: its "Washington"
    ("Washington's physical therapists") is the city, not the state."""
    head = "\n".join(doc.text.lstrip().splitlines()[:head_lines])
    return "DC" in states_in(head) and not _WASHINGTON_STATE.search(doc.text)


def _lead_state(sentence: str) -> str | None:
    """The state a paragraph opens with: "Washington - 2014. ...", "Texas: permitted ...",
    "NEW JERSEY: NOT PERMITTED. ..." (a guide's capitalised lead)."""
    m = _LEAD.match(sentence)
    if not m:
        return None
    if m.group("code"):  # a table row keyed by a USPS code: "LA | Permitted.", "OR: ..."
        return m.group("code") if m.group("code") in names().values() else None
    name = " ".join(m.group("name").split())
    if name.isupper():
        name = name.title().replace(" Of ", " of ")
    return _code(name) if name in names() else None


_LEAD = re.compile(
    r"^\W*(?:(?P<code>[A-Z]{2})\s*[†‡*]?\s*[|:]|(?P<name>[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+){0,2}|[A-Z]{2,}"
    r"(?:\s+(?:OF\s+)?[A-Z]{2,}){0,2})\s*[†‡*]?\s*(?:[-:(|–—]|\s-\s))"
)


# a heading over what other states do, by no name: "Elsewhere", "Other States", "In other
# jurisdictions", "Around the country", "Nationwide", "The rest of the country"; what follows is no
# single state's, least of all the one a heading above it named
_OTHER_PLACES_HEADING = re.compile(
    r"^\W*(?:elsewhere|(?:in\s+)?(?:other|neighbou?ring|surrounding)\s+(?:states|jurisdictions)|"
    r"(?:around|across|throughout)\s+the\s+(?:country|nation|united\s+states|u\.?s\.?)|nationwide|nationally|"
    r"(?:the\s+)?rest\s+of\s+the\s+(?:country|nation)|other\s+states'?\s+(?:laws?|rules?|approaches))\W*$",
    re.IGNORECASE,
)


OTHERS = "+"  # the section of a heading over other states by no name ("Elsewhere")


def placed_sections(doc: Document) -> dict[int, str]:
    """``sections``, when they place the page's sentences: two or more sections, or one under a
    heading over other states ("Elsewhere"); else nothing (one state's heading is the page's)."""
    out = sections(doc)
    values = set(out.values())
    return out if len(values) >= 2 or OTHERS in values else {}


def sections(doc: Document) -> dict[int, str]:
    """Sentence index -> the state whose heading (or paragraph lead) it sits under."""
    out: dict[int, str] = {}
    current: str | None = None
    paragraph = -1
    lead: str | None = None
    first = True
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if s.chrome:
            code = OTHERS if _OTHER_PLACES_HEADING.match(piece) else heading_state(piece)
            if code:
                current = code
                if code != "*":  # the heading line itself (a table row) is its state's
                    out[s.index] = code
            continue
        if s.paragraph != paragraph:
            paragraph, lead = s.paragraph, _lead_state(piece)
            if first and current is None and piece[:1].islower():
                # a page that opens mid-sentence (a PDF's page cut from a longer paper) continues
                # a section whose heading is on an earlier page: its state is not known here
                lead = "*"
            first = False
        place = lead or current
        if place:
            out[s.index] = place
    return out


# signs of a publisher outside the United States: a telephone country code other than +1
# ("+995 32 2 55 01 48", "+44 20 7946 0000"), prices in another currency ("1,450 GEL", "£120"),
# a ministry as the regulator ("Ministry of Health"); each kind counts once
_ABROAD = (
    re.compile(r"(?<![\w+])\+[2-9]\d{1,2}[\s-]\(?\d{1,4}\)?[\s-]?\d"),
    re.compile(
        r"\b\d[\d,.]*\s?(?:GEL|EUR|GBP|CAD|AUD|NZD|CHF|INR|ZAR|SEK|NOK|DKK|euros?|pounds\s+sterling)\b|[€£]\s?\d"
    ),
    re.compile(r"\bMinistry\s+of\b"),
)
# ... and what places a page in the United States all the same: the country named, a state as a
# state ("Washington State", "the State of Georgia"), a state body or law, a ZIP code
_HOME = re.compile(
    r"\bUnited\s+States\b|\bU\.\s?S\.|\bUSA?\b|\bAmerica\b|\b(?:the\s+)?[Ss]tate\s+of\s+[A-Z]|"
    r"\b[A-Z][a-z]+\s+State\b|\b[Ss]tate\s+(?:board|law|legislature|statutes?|rules?)\b|"
    r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
)
_ABROAD_SIGNS = 2


# a state's name that is also a country's: naming it places a page nowhere
_COUNTRY_NAMES = frozenset({"Georgia"})


@lru_cache(maxsize=1)
def _state_body() -> re.Pattern[str]:
    """A state body named by its state ("Texas Board of Physical Therapy Examiners", "Ohio
    Department of Health"): a state's own institution, never a foreign one's."""
    alternatives = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names(), key=len, reverse=True)
    )
    return re.compile(
        rf"\b(?:{alternatives})\s+(?:State\s+)?(?:Board|Department|Commission|Division|Legislature)\b"
    )


def _names_home(text: str, jurisdiction: str | None) -> bool:
    """Whether the page places itself in the United States: the country, a state as a state, a
    state body named by its state, or the jurisdiction's own name (unless a country shares it)."""
    if _HOME.search(text) or _state_body().search(text):
        return True
    code = jurisdiction.upper() if jurisdiction else None
    own = [n for n, abbr in names().items() if abbr == code and n not in _COUNTRY_NAMES]
    return any(re.search(r"\b" + re.escape(n).replace(r"\ ", r"\s+") + r"\b", text) for n in own)


def abroad(text: str, jurisdiction: str | None = None) -> bool:
    """A page published in another country, which never places itself in the United States:
    two kinds of foreign signs (a telephone code, a currency, a ministry) and none of home."""
    signs = sum(1 for pattern in _ABROAD if pattern.search(text))
    return signs >= _ABROAD_SIGNS and not _names_home(text, jurisdiction)
