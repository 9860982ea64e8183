"""Who a statement is about: profession mentions, and the page's own profession.

Mentions come in three kinds, strongest first:

- ``person``: "physical therapists", "chiropractors", "athletic trainers" ...
- ``practice``: "physical therapy", "chiropractic", "acupuncture" (the field, not the people)
- ``institution``: a profession word inside a body's name ("Board of Chiropractic Examiners",
  "the physical therapy association"); it says who is speaking, so it is used only when a
  clause names nobody else.

Assistants, aides, students and other helpers are ``Profession.OTHER`` and are matched first,
so "physical therapist assistants" never counts as physical therapists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tracker.models import Profession

PERSON, PRACTICE, INSTITUTION = "person", "practice", "institution"
KINDS = (PERSON, PRACTICE)

_I = re.IGNORECASE
# "an AT", "the OT", "each AT": a determiner right before (one fixed-width look-behind per word)
_AFTER_DETERMINER = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in ("an", "An", "AN", "the", "The", "each", "Each", "any", "Any", "every", "Every")
    )
    + ")"
)
_L = 0  # marks a lower-case pattern, matched against the lower-cased text (much faster)
# (profession, kind, regex); earlier rows mask their spans from later rows.
_MENTIONS: tuple[tuple[Profession, str, re.Pattern[str]], ...] = (
    (
        Profession.OTHER,
        PERSON,
        re.compile(
            r"\b(?:physical|occupational)\s+therap(?:ist|y)\s+assistants?\b|\bphysician\s+assistants?\b|"
            r"\b(?:assistants?|aides?|support\s+personnel|technicians?|students?|massage\s+therapists?|"
            r"nurses?|dentists?|podiatrists?|veterinarians?|naturopaths?|unlicensed\s+personnel|"
            r"asistentes?\s+de\s+fisioterapia)\b|"
            # the ear-protocol helpers an acupuncture board registers ("auricular detoxification
            # specialist"), and any licensee at all ("a health care provider acting within ...")
            r"\b(?:auricular|acupuncture)\s+detox(?:ification)?\s+specialists?\b|"
            r"\bhealth\s?care\s+(?:providers?|practitioners?|professionals?)\b",
            _L,
        ),
    ),
    (Profession.OTHER, PERSON, re.compile(r"\b(?:PTAs?|COTAs?|OTAs?)\b")),
    (
        Profession.CHIROPRACTOR,
        PERSON,
        re.compile(r"\bchiropractors?\b|\bchiropractic\s+physicians?\b|\bdoctors?\s+of\s+chiropractic\b", _L),
    ),
    (
        Profession.PHYSICAL_THERAPIST,
        PERSON,
        re.compile(r"\bphysical(?:-|\s+)therapists?\b|\bphysiotherapists?\b", _L),
    ),
    # ... and their plural in a sentence in capitals ("ALLOW PTS TO DRY NEEDLE")
    (Profession.PHYSICAL_THERAPIST, PERSON, re.compile(r"\b(?:PTs?|DPTs?|D?PTS)\b")),
    # a board's page in Spanish
    (Profession.PHYSICAL_THERAPIST, PERSON, re.compile(r"\bfisioterapeutas?\b", _L)),
    (Profession.CHIROPRACTOR, PERSON, re.compile(r"\bquiropr[aá]cticos?\b", _L)),
    (Profession.ACUPUNCTURIST, PERSON, re.compile(r"\bacupunturistas?\b", _L)),
    (Profession.ATHLETIC_TRAINER, PERSON, re.compile(r"\bathletic\s+trainers?\b", _L)),
    (Profession.ATHLETIC_TRAINER, PERSON, re.compile(r"\b(?:ATCs?|ATs)\b")),
    # the singular abbreviation only after a determiner ("an AT may ..."), since a bare "AT" is
    # also the preposition of a heading in capitals
    (Profession.ATHLETIC_TRAINER, PERSON, re.compile(_AFTER_DETERMINER + r"AT\b")),
    (Profession.OCCUPATIONAL_THERAPIST, PERSON, re.compile(r"\boccupational\s+therapists?\b", _L)),
    (Profession.OCCUPATIONAL_THERAPIST, PERSON, re.compile(r"\b(?:OTs|OTS|OTRs?)\b")),
    (Profession.OCCUPATIONAL_THERAPIST, PERSON, re.compile(_AFTER_DETERMINER + r"OT\b")),
    (
        Profession.ACUPUNCTURIST,
        PERSON,
        re.compile(r"\bacupuncturists?\b|\bacupuncture\s+practitioners?\b|\bl\.\s?ac\b\.?", _L),
    ),
    (
        Profession.PHYSICIAN,
        PERSON,
        re.compile(
            r"\bphysicians?\b|\bmedical\s+doctors?\b|\bosteopath(?:s|ic\s+physicians?)?\b|"
            r"\bdoctors?\s+of\s+(?:medicine|osteopath\w*)\b",
            _L,
        ),
    ),
    # the fields of the helpers and other licensees above: "Massage therapy ... does not include ..."
    (
        Profession.OTHER,
        PRACTICE,
        re.compile(r"\bmassage\s+therapy\b|\bdentistry\b|\bpodiatry\b|\bcosmetology\b", _L),
    ),
    (Profession.PHYSICAL_THERAPIST, PRACTICE, re.compile(r"\bphysical\s+therapy\b|\bphysiotherapy\b", _L)),
    (Profession.CHIROPRACTOR, PRACTICE, re.compile(r"\bchiropractic\b", _L)),
    (Profession.ATHLETIC_TRAINER, PRACTICE, re.compile(r"\bathletic\s+training\b", _L)),
    (Profession.OCCUPATIONAL_THERAPIST, PRACTICE, re.compile(r"\boccupational\s+therapy\b", _L)),
    (
        Profession.ACUPUNCTURIST,
        PRACTICE,
        re.compile(
            r"\bacupuncture\b|\b(?:oriental|east\s+asian|(?:traditional\s+)?chinese)\s+medicine\b", _L
        ),
    ),
    (Profession.PHYSICIAN, PRACTICE, re.compile(r"\bpractice\s+of\s+medicine\b", _L)),
)

_FIELD = (
    r"(?:physical\s+therap\w*|physiotherap\w*|chiropract\w*|athletic\s+train\w*|"
    r"occupational\s+therap\w*|acupunctur\w*|oriental\s+medicine|medical|medicine|osteopath\w*)"
)
_BODY = (
    r"(?:board|committee|council|commission|association|society|academy|alliance|federation|"
    r"examiners|department|division|college)"
)
_INSTITUTION_RE = re.compile(
    rf"\b{_BODY}s?\s+(?:of|for|on)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_FIELD}(?:\s+examiners)?"
    rf"|\b{_FIELD}\s+(?:(?!(?:and|or|the|to|by|of|that|with|who|in|may|shall|must)\b)[\w&-]+\s+){{0,2}}?"
    rf"{_BODY}s?\b",
)


@dataclass(frozen=True)
class Mention:
    profession: Profession
    kind: str
    start: int
    end: int


# Lower-case stems of every mention and body name; only words near one of these are tried,
# which keeps a 60 KB page to a few milliseconds (a regex alternation would scan every byte).
_STEMS = (
    "physical",
    "physio",
    "fisioterap",
    "quiropr",
    "acupunt",
    "asistente",
    "occupational",
    "assistant",
    "aide",
    "personnel",
    "technician",
    "student",
    "nurse",
    "dentist",
    "podiatr",
    "veterinar",
    "naturopath",
    "massage",
    "cosmetology",
    "auricular",
    "detox",
    "health",
    "chiropract",
    "athletic",
    "acupunct",
    "l.ac",
    "physician",
    "medic",
    "osteopath",
    "doctor",
    "oriental",
    "east asian",
    "chinese",
    "board",
    "committee",
    "council",
    "commission",
    "association",
    "society",
    "academy",
    "alliance",
    "federation",
    "examiners",
    "department",
    "division",
    "college",
)
_CASED_STEMS = ("PT", "AT", "OT", "COTA", "DPT")
_WORD_START = re.compile(r"[\w.'-]{0,40}\Z")  # \Z, not $: $ also matches before a line break
_ROWS = tuple((p, k, rx, rx.pattern != rx.pattern.lower()) for p, k, rx in _MENTIONS)


def _candidates(text: str, lowered: str) -> list[int]:
    """Starts of the words that contain a stem: the only places a mention can begin."""
    points: set[int] = set()
    for source, stems in ((lowered, _STEMS), (text, _CASED_STEMS)):
        for stem in stems:
            i = source.find(stem)
            while i != -1:
                head = _WORD_START.search(lowered, max(0, i - 40), i)
                points.add(head.start() if head else i)
                i = source.find(stem, i + len(stem))
    return sorted(points)


def mentions(text: str) -> list[Mention]:
    """Every profession mention in ``text``, with its kind and offsets, sorted by start.

    Earlier table rows win over later ones, so "physical therapist assistants" (``OTHER``)
    is never also "physical therapist"; a name inside a body's name is an ``INSTITUTION``.
    """
    found: list[Mention] = []
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    covered = 0
    for pos in _candidates(text, lowered):
        if pos < covered:
            continue
        m = _INSTITUTION_RE.match(lowered, pos)
        if m and m.end() > pos:
            sub = text[m.start() : m.end()]
            for profession, _kind, rx, cased in _ROWS:
                if profession is not Profession.OTHER and rx.search(sub if cased else sub.lower()):
                    found.append(Mention(profession, INSTITUTION, m.start(), m.end()))
                    break
            covered = m.end()
            continue
        for profession, kind, rx, cased in _ROWS:
            hit = rx.match(text if cased else lowered, pos)
            if hit and hit.end() > pos:
                found.append(Mention(profession, kind, hit.start(), hit.end()))
                covered = hit.end()
                break
    return found


def pick(found: Iterable[Mention], start: int, end: int, kinds: tuple[str, ...]) -> set[Profession]:
    """Professions of the given kinds mentioned inside ``[start, end)``."""
    return {m.profession for m in found if m.kind in kinds and m.start >= start and m.end <= end}


# one body for two fields named by ellipsis: "Board of Physical and Occupational Therapy",
# "Occupational & Physical Therapy Board" (the mentions read only the second field's name)
JOINT_BOARD = re.compile(
    r"\b(?:physical|occupational)\s+(?:and|&)\s+(?:physical|occupational)\s+therap", re.IGNORECASE
)


def page_profession(
    title: str,
    board: str | None,
    page_mentions: Callable[[], list[Mention]],
    default: Profession,
    headings: str = "",
) -> Profession:
    """The profession the page is about: board hint, then title, then most mentioned.

    ``page_mentions`` gives the page's mentions (called only when the hints say nothing).
    Between professions mentioned equally often, the one the page's head lines name
    (``headings``: "Home > State Guides > Athletic Trainers"), else ``default`` (the profession
    the caller asked about) when it is one of them.
    """
    for hint in (board or "", title):
        if JOINT_BOARD.search(hint):
            continue  # "Board of Physical and Occupational Therapy" speaks for both: no hint
        named = [m.profession for m in mentions(hint) if m.profession is not Profession.OTHER]
        if named:
            return named[0]
    counts = Counter(m.profession for m in page_mentions() if m.profession is not Profession.OTHER)
    if counts:
        ranked = counts.most_common()
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        tied = {p for p, n in ranked if n == ranked[0][1]}
        headed = [m.profession for m in mentions(headings) if m.profession in tied]
        if headed:
            return headed[0]
        if default in {p for p, n in ranked if n == ranked[0][1]}:
            return default
        return ranked[0][0]
    return default
