"""Conditions attached to a permission, read from a table of patterns.

Each ``ConditionRule`` sets one field of ``tracker.models.Conditions``: the boolean fields to
``True``; ``min_training_hours`` and ``min_practice_years`` to the number the pattern captures
in its ``num`` (words or digits) or ``digits`` group ("twenty-four (24) hours").

Where several training-hour counts appear, the largest wins: pages state the total and then
split it ("50 hours, of which 40 must be in person"), so the largest count is the total
minimum. A sentence that only *recommends* ("the board encourages ...") sets nothing.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from tracker.models import Conditions

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}
_WORD = "|".join(sorted([*_UNITS, *_SCALES], key=len, reverse=True))
NUM = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*)"
    r"(?:\s*\(\s*(?P<digits>\d+(?:\.\d+)?)\s*\))?"
)


def words_to_number(words: str) -> float | None:
    """'twenty-four' -> 24, 'one hundred and fifty' -> 150, '2,000' -> 2000; else None."""
    cleaned = words.strip().lower().replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        pass
    total, current = 0, 0
    seen = False
    for token in re.split(r"[\s-]+", cleaned):
        if token in ("", "and"):
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _SCALES:
            current = max(current, 1) * _SCALES[token]
            if _SCALES[token] >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


@dataclass(frozen=True)
class ConditionRule:
    id: str
    field: str
    pattern: str
    value: bool | None = True  # None: the number captured by the pattern
    needs: tuple[str, ...] = ()  # pre-filter: one must be in the lower-cased sentence
    regex: re.Pattern[str] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern.replace("{NUM}", NUM), re.IGNORECASE))


_TRAINING = (
    r"(?=[^.]{0,160}?\b(?:training|instruction|course\w*|education|study|hands[- ]on|"
    r"face[- ]to[- ]face|in[- ]person|didactic|practical|lab\w*|curricul\w*|program|"
    r"classroom|supervised|competenc\w*))"
)
_NOT_RATE = r"(?!\s+(?:per|each|every|a\s+day|after|before|prior|of\s+notice))"  # "2 hours per week"
_NOT_TIME = r"(?<!within\s)(?<!every\s)(?<!per\s)(?<!after\s)"

CONDITION_RULES: tuple[ConditionRule, ...] = (
    ConditionRule(
        "hours",
        "min_training_hours",
        rf"(?<![\w-]){_NOT_TIME}(?P<num>{NUM})\s*(?:"
        # "fifty-four (54) practicum hours", "30 didactic hours": the hours name their training
        r"(?:practicum|didactic|practical|clinical|laboratory|lab|supervised|hands[- ]on|in[- ]person)\s+"
        rf"hours?\b{_NOT_RATE}"
        r"|(?:total\s+|contact\s+|clock\s+|classroom\s+|instructional\s+|credit\s+)?hours?\b"
        rf"{_NOT_RATE}{_TRAINING})",
        None,
        needs=("hour",),
    ),
    ConditionRule(
        "hours-of-training",
        "min_training_hours",
        rf"\b(?:training|instruction|course\w*|education)\s+of\s+(?:at\s+least\s+)?"
        rf"(?P<num>{NUM})\s*hours?\b",
        None,
        needs=("hour",),
    ),
    ConditionRule(
        # "50 hours of instruction, 30 hours of course work and 54 practicum hours, at least 134 hours in all"
        "hours-in-all",
        "min_training_hours",
        r"\b(?:training|instruction|course\w*|education|didactic|practicum)\b[^.]{0,300}?(?<![\w-])"
        rf"(?P<num>{NUM})\s*hours?\s+(?:in\s+all|in\s+total|altogether|combined)\b",
        None,
        needs=("hour",),
    ),
    ConditionRule(
        "years",
        "min_practice_years",
        rf"(?<![\w-])(?<!within\s)(?<!every\s)(?<!past\s)(?<!last\s)(?P<num>{NUM})\s*"
        r"(?:full\s+|calendar\s+|consecutive\s+)?years?\b(?!\s+(?:of\s+age|after|ago|since|before|later|earlier|old)\b)(?=[^.]{0,80}?\b"
        r"(?:practi[cs]\w*|licens\w*|experience|clinical))",
        None,
        needs=("year",),
    ),
    ConditionRule(
        "years-after-context",
        "min_practice_years",
        rf"\b(?:licens\w*|practi[cs]\w*|experience)\s+(?:\w+\s+){{0,9}}?(?:at\s+least\s+|a\s+"
        rf"minimum\s+of\s+|not\s+less\s+than\s+|no\s+fewer\s+than\s+)?(?P<num>{NUM})\s*(?:full\s+|calendar\s+)?years?\b",
        None,
        needs=("year",),
    ),
    ConditionRule(
        "in-person",
        "in_person_training",
        r"\b(?:in[- ]person|face[- ]to[- ]face|hands[- ]on|live\s+(?:and\s+)?supervised|"
        r"on[- ]site\s+(?:lab\w*|training|instruction))\b",
        needs=("person", "face", "hands", "live", "site"),
    ),
    ConditionRule(
        "not-online",
        "in_person_training",
        r"\b(?:not|never)\s+(?:be\s+)?(?:\w+\s+){0,2}?(?:online|by\s+distance|through\s+distance|"
        r"via\s+the\s+internet|web[- ]based|remotely)\b|\b(?:online|distance|self[- ]study|"
        r"web[- ]based)\b[^.;]{0,100}?\b(?:not|never)\s+(?:be\s+)?(?:\w+\s+)?(?:consider|count|"
        r"satisf|accept|qualif|approv)\w*",
        needs=("online", "distance", "internet", "web", "remote", "self-study", "self study"),
    ),
    ConditionRule(
        "registration",
        "registration_required",
        r"\bregist(?:er|ers|ered|ering|ration)\b[^.;]{0,60}?\b(?:board|department|division|office)\b|"
        r"\b(?:board|department|division)\b[^.;]{0,60}?\b(?:registration|notification|"
        r"attestation)\b|\b(?:notify|attest\s+(?:to\s+)?|certify\s+to)\s*the\s+(?:board|"
        r"department|division)\b|\bfil(?:e|es|ed|ing)\s+[^.;]{0,80}?\bwith\s+the\s+(?:board|department|division)\b|"
        r"\bsubmit\w*\s+[^.;]{0,80}?\bto\s+the\s+(?:board|department|"
        r"division)\b|\b(?:written\s+)?attestation\b|\b(?:registration|endorsement)\s+(?:is\s+)?"
        r"required\b|"
        # "file proof of completion with the Nevada Physical Therapy Board", "upload documentation ... to the
        # Georgia State Board", "holds an intramuscular needling endorsement", "certified by the board"
        r"\b(?:upload|send|provide|file|submit|notify|report)\w*\b[^.;]{0,100}?\b(?:to|with)\s+the\s+(?:[\w-]+\s+){0,5}?"
        r"(?:board|department|division|office)\b|\b(?:holds?|holding|obtain\w*|receive\w*|apply\s+for)\s+(?:an?\s+|the\s+)?"
        # a CPR or first-aid card is no registration with the board ("holds current CPR certification")
        r"(?!(?:[\w-]+\s+){0,2}?(?:cpr|bls|first[- ]aid|basic\s+life)\b)"
        r"(?:[\w-]+\s+){0,3}?(?:endorsement|registration|certification|permit)\b|\bcertified\s+by\s+the\s+"
        r"(?:board|department|division)\b",
        needs=(
            "regist",
            "notif",
            "upload",
            "file",
            "certif",
            "hold",
            "obtain",
            "receive",
            "apply",
            "attest",
            "certify",
            "submit",
            "endorsement",
            "board",
            "department",
            "division",
            "office",
            "send",
            "provide",
            "report",
        ),
    ),
    ConditionRule(
        "consent",
        "informed_consent",
        r"\binformed\s+consent\b|\bwritten\s+consent\b|\bconsent\s+(?:form|in\s+writing)\b|"
        r"\bsigned\s+consent\b|\bconsent\b[^.;]{0,40}?\bin\s+writing\b|"
        # "only with the patient's consent", "the client's written consent", "consent of the patient"
        r"\b(?:patient|client)(?:'s|s'|’s|s’)?\s+(?:\w+\s+)?consent\b|\bconsent\s+(?:of|from)\s+(?:the\s+|each\s+)?"
        r"(?:patient|client)s?\b",
        needs=("consent",),
    ),
    ConditionRule(
        "no-delegation",
        "delegation_prohibited",
        r"\b(?:may|shall|must|can|does|do|will)(?:\s*not|\s+never)\s+(?:be\s+)?delegat\w*|\bnot\s+(?:be\s+)?"
        r"delegable\b|\bnon-?delegable\b|\bno\s+delegation\b|\b(?:assistants?|aides?|PTAs?|"
        r"support\s+personnel|technicians?|unlicensed\s+personnel)\b[^.;]{0,60}?\b(?:may|shall|"
        r"must|can)(?:\s*not|\s+never)\s+(?:\w+\s+){0,2}?(?:perform|provide|practice|do)\b|"
        r"\bnot\s+within\s+the\s+scope\b[^.;]{0,60}?\b(?:assistants?|aides?|PTAs?)\b|"
        r"\b(?:prohibit\w*|bar\w*|preclud\w*)\b[^.;]{0,60}?\bfrom\s+delegating\b",
        needs=("delegat", "delegab", "assistant", "aide", "pta", "personnel", "technician"),
    ),
)

_REFERENCE = re.compile(r"\bthe\s+$")  # "toward the 50 hours": the figure already stated
# "40 hours of content instruction and at least 40 hours of hands-on practice": two requirements
_PLUS = re.compile(
    r"\b(?:plus|in\s+addition\s+to|and\s+(?:at\s+least|a\s+minimum\s+of|not\s+less\s+than|no\s+fewer\s+than))\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r"\s*\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})[.)]\s")
# a list that states its total or splits one figure: its items are parts, not addends
_SPLITS = re.compile(
    rf"\b(?:total|of\s+which|consisting|comprised|in\s+all|(?:including|includes)\s+(?:at\s+least\s+)?{NUM})\b",
    re.IGNORECASE,
)
# an inline item marker: "(a) at least fifty (50) hours ..., and (b) at least twenty-four (24) hours ..."
_INLINE_ITEM = re.compile(
    r"(?<![\w)])(?<!section\s)(?<!sections\s)(?<!paragraph\s)(?<!clause\s)"
    r"\((?P<mark>[a-h]|i{1,3}|iv|vi{0,3})\)\s",
    re.IGNORECASE,
)
_SEQUENCES = ("abcdefgh", ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii"))
_RECOMMENDS = re.compile(
    r"\b(?:encourag\w*|recommend\w*|suggest\w*|best\s+practice|advisable|should\s+consider)\b", re.IGNORECASE
)


def _items_total(items: list[int]) -> int:
    """The total of a list of requirements, unless one item states the total of the others."""
    total = sum(items)
    # "(a) 80 hours, consisting of: (1) 40 hours ...; (2) 40 hours ..." states its own total
    # (two equal items "40 hours ...; 40 hours ..." are two requirements: 80)
    return max(items) if len(items) >= 3 and 2 * max(items) == total else total


def _listed_hours(sentence: str, figures: dict[int, int], introduced: bool) -> int | None:
    """The total of a requirements list inside one sentence, or None when it has none.

    "must include: fifty (50) hours of ...; at least thirty (30) hours of ...; and at least
    fifty-four (54) practicum hours ..." lists three requirements that add up (134). The items
    are the parts between semicolons after a colon (in this sentence, or ending the sentence
    before it: ``introduced``); each must state its own hours. A list that names a total ("a
    total of 100 hours; 40 ...") or splits one figure ("of which", "including") is not summed.
    """
    colon = sentence.find(":")  # -1: the list starts the sentence
    marks = _inline_items(sentence)
    if len(marks) >= 2:
        bounds = [*marks, len(sentence)]
    elif (colon >= 0 or introduced) and ";" in sentence[colon + 1 :]:
        bounds = [
            colon,
            *(colon + 1 + m.start() for m in re.finditer(";", sentence[colon + 1 :])),
            len(sentence),
        ]
    else:
        return None
    if _SPLITS.search(sentence, bounds[0] + 1):
        return None
    items: list[int] = []
    for lo, hi in itertools.pairwise(bounds):
        inside = [h for at, h in figures.items() if lo < at < hi and not _REFERENCE.search(sentence, 0, at)]
        if inside:
            items.append(max(inside))
    return _items_total(items) if len(items) >= 2 else None


def _inline_items(sentence: str) -> list[int]:
    """Where the items "(a) ..., (b) ..." of a list inside ``sentence`` begin, or [] when none do.

    The marks must run in order from the first letter or numeral: "(a) ... (b) ..." or "(i) ... (ii) ...".
    """
    found = [(m.start(), m.group("mark").lower()) for m in _INLINE_ITEM.finditer(sentence)]
    for sequence in _SEQUENCES:
        starts: list[int] = []
        for at, mark in found:
            if len(starts) < len(sequence) and mark == sequence[len(starts)]:
                starts.append(at)
        if len(starts) >= 2:
            return starts
    return []


def extract(sentences: Iterable[str]) -> Conditions:
    """Conditions stated by ``sentences`` (the statements around a permission)."""
    values: dict[str, object] = {}
    hours: list[int] = []
    years: list[float] = []
    item_hours: list[int] = []
    introduced = False  # the sentence before ended with a colon: this one may be its list
    for sentence in sentences:
        intro, introduced = introduced, sentence.rstrip().endswith(":")
        if _RECOMMENDS.search(sentence):
            continue
        before = len(hours)
        matches: list[int] = []
        lowered = sentence.lower()
        for rule in CONDITION_RULES:
            if rule.needs and not any(word in lowered for word in rule.needs):
                continue
            for m in rule.regex.finditer(sentence):
                if rule.value is not None:
                    values[rule.field] = rule.value
                    break
                raw = m.groupdict().get("digits") or m.group("num")
                number = words_to_number(raw) if raw else None
                if number is None or number <= 0:
                    continue
                if rule.field == "min_training_hours" and number < 10000:
                    hours.append(int(number))
                    matches.append(m.start("num") if m.groupdict().get("num") else m.start())
                elif rule.field == "min_practice_years" and number <= 60:
                    years.append(number)
        figures = dict(zip(matches, hours[before:], strict=False))  # one figure per place in the sentence
        own = [h for at, h in sorted(figures.items()) if not _REFERENCE.search(sentence, 0, at)]
        listed = _listed_hours(sentence, figures, intro)
        if listed:
            hours.append(listed)  # "(a) 50 hours of ..., and (b) 24 hours of ..."
        if own and _ITEM.match(sentence):
            item_hours.append(listed or max(own))  # an item of a list of requirements
        elif not listed and len(own) >= 2 and _PLUS.search(sentence) and not _SPLITS.search(sentence):
            # "50 hours of ..., plus 30 hours of ... and 54 hours of ...", unless a figure is the
            # total of the others; a sentence that states its total ("134 hours in all") is not summed
            hours.append(_items_total(own))
    # requirements listed as separate items ("(1) 50 hours of ...; (2) 30 hours of ...; (3) 54
    # hours of ...") add up; figures within one statement ("150 hours, of which 25 ...") do not
    if len(item_hours) >= 2:
        hours.append(_items_total(item_hours))
    if hours:
        values["min_training_hours"] = max(hours)
    if years:
        values["min_practice_years"] = max(years)
    return Conditions(**values)  # type: ignore[arg-type]
