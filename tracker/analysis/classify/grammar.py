"""The vocabulary the rule table is written in: meanings, macros and the ``Rule`` row.

``rules.py`` holds the rows; this module holds what a row is made of, so the table stays a
table. See ``rules.py`` for what each meaning does to a page's votes.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from enum import Enum

from tracker.models import Profession


class Meaning(str, Enum):
    PERMITS = "permits"
    PROHIBITS = "prohibits"
    SILENT = "silent"
    PENDING = "pending"
    FORMER = "former"
    RESCINDS_PREVIOUS = "rescinds_previous"
    QUESTION = "question"
    CLAIM = "claim"
    HISTORY = "history"
    CURRENT = "current"
    HOLDING = "holding"
    ENACTED = "enacted"  # the page says its bill became law
    AWAITING = "awaiting"  # practice waits for board rules not yet adopted
    HEDGE = "hedge"
    ADVOCACY = "advocacy"
    SUBTYPE = "subtype"
    NEUTRAL = "neutral"


DECISIVE = (Meaning.PERMITS, Meaning.PROHIBITS)
OPPOSITE = {Meaning.PERMITS: Meaning.PROHIBITS, Meaning.PROHIBITS: Meaning.PERMITS}

# How much a modifier in the same clause scales that clause's votes.
MODIFIER_FACTORS = {
    Meaning.HEDGE: 0.8,
    Meaning.ADVOCACY: 0.5,
    Meaning.HISTORY: 0.95,
    Meaning.SUBTYPE: 0.5,
}


class Negated(str, Enum):
    """What a negator governing a row's match does to its vote (see ``polarity.py``)."""

    FLIP = "flip"  # "is not within the scope", "does not consider ... within": the opposite vote
    DROP = "drop"  # "no registration for dry needling", "not barred from": no vote at all
    KEEP = "keep"  # the row's meaning already includes the negation before it ("cannot allow ...")


# The hedge of seeming ("appears to", "it seems that", "does not appear to be prohibited"), one
# spelling for all that read it: the hedge row, the rows that read or veto a hedged verdict
# ({SEEM}, {SEEMS}, {NOTSEEM}), the expletive "it" of ``ANAPHOR`` and ``polarity``'s negated belief.
SEEM = r"(?:appear|seem)"  # the verb's base, as after a negation or an auxiliary
SEEMS = r"(?:appears?|appeared|seems?|seemed)"  # ... and its finite forms
NOT_SEEM = rf"(?:\bnot|n't)\s+{SEEM}\b"  # "does not appear", "doesn't seem", "would not seem"

# Dry needling and its synonyms. ``DN_TERM`` alone decides whether a sentence is on topic;
# ``ANAPHOR`` ("the procedure") counts only right after an on-topic sentence.
DN_TERM = (
    r"(?:(?:trigger(?:-|\s+)?point|functional|perineural|intramuscular)\s+)?dry(?:-\s*|\s+)?needl(?:ing|e[sd]?)\b"
    r"|intramuscular\s+(?:manual\s+therapy|needling|stimulation)"
    r"|\b(?:TDN|TPDN|FDN|IMT)\b"
    # the bare abbreviation of minutes and newsletters ("DN: Bd voted that DN is a PAM"), in capitals only
    r"|(?-i:\bDN\b)"
    # a board's page in Spanish: "la punción seca"
    r"|\bpunci[oó]n\s+seca\b"
    # the act described by its target, trigger points, without the name (as older letters and
    # rulings do): "inserting needles into trigger points", "the insertion of thin filiform needles
    # into myofascial trigger points", "placing a solid needle into a trigger point", "needling of
    # trigger points" ("trigger point needling" alone is also a school's subject: not read); an act
    # named, not a clause describing a needle ("in which a needle is inserted into ..."); never an
    # injection into one, a physician's act ("... into a trigger point to inject a local anesthetic")
    r"|(?:\b(?:insert(?:ing|ion\s+of)|plac(?:ing|ement\s+of))\s+(?:[\w-]+\s+){0,3}?needles?\s+"
    r"(?:(?:through|into)\s+the\s+skin\s+)?in(?:to)?\s+(?:[\w-]+\s+){0,2}?trigger[\s-]+points?\b"
    r"|\bneedling\s+(?:of|in|into)\s+(?:[\w-]+\s+){0,2}?trigger[\s-]+points?\b)"
    r"(?![^.;]{0,60}\b(?:inject|medicat|anesthe|anaesthe|steroid|lidocaine|drugs?\b|substance))"
)
ANAPHOR = (
    r"\b(?:the|this|that|such(?:\s+an?)?)\s+(?:procedure|technique|intervention|modality|"
    r"treatment|needling)\b|\b(?:these|those|such)\s+(?:procedures|techniques|interventions|treatments|"
    r"needling\s+techniques)\b|\bthis\s+practice\b|^\s*it\b(?!\s+(?:is|was)\s+(?:\w+\s+)?(?:that|important|"
    r"unclear|not\s+clear|possible|likely|expected|recommended|advisable|the\s+\w+'s))"
    # the expletive "it" of "it appears that", "it does not seem that": no reference back
    rf"(?!\s+(?:(?:does|did)\s*{NOT_SEEM}|{SEEMS})\s+(?:that|as\s+(?:if|though))\b)"
)

MACROS: dict[str, str] = {
    # the term, with an optional parenthetical gloss: "dry needling (intramuscular manual therapy)"
    # ... and in quotation marks: 'shall not perform "dry needling"'
    # ... and its abbreviation inside the quotes: '"Dry needling (DN)" means'
    "DN": (
        rf"(?:[\"'“‘]?(?:{DN_TERM}|{ANAPHOR})(?:\s*\([A-Za-z]{{2,5}}\)(?=[\"'”’]))?[\"'”’]?"
        rf"(?:\s*\([^()]{{0,80}}\))?)"
    ),
    # modal + negation: "may not", "shall not", "must never", "cannot", and the same said with
    # a participle of permission: "is not permitted to", "are not allowed to", "shall not be
    # authorized to" (the verb of doing follows, as after "may not")
    "NEG": (
        r"(?:(?:may|shall|must|can|should|could|will)\s*(?:not|never|no\s+longer)|cannot|can't|"
        r"(?:(?:is|are)\s+(?:(?:still|currently|therefore|thus|also)\s+)?(?:not|no\s+longer)|"
        r"(?:shall|will|may)\s+not\s+be)\s+(?:authorized|permitted|allowed)\s+to)"
    ),
    # a ban said with "from" and a gerund, where a row reads "{NEG} ... {DO}": "are prohibited
    # from performing", "is barred from using" (used where the row's condition makes the ban a
    # limit: "... unless", "... until", "... for the first year")
    "NEGFROM": (
        r"(?:(?:is|are|shall\s+be|will\s+be|remains?)\s+(?:\w+\s+)?(?:prohibited|barred|forbidden|precluded)\s+"
        r"from\s+(?:\w+\s+){0,2}?(?:performing|practicing|providing|using|utilizing|offering|engaging\s+in|"
        r"administering|rendering|employing))"
    ),
    # the polarity slot of a row: a negator here flips (or drops) the row's vote; each use
    # becomes its own named group ``neg<n>`` (see ``expand``)
    "NOT": r"(?:not|never|no\s+longer|neither)\s+",
    # modal of permission: "may", "is authorized to", "are permitted to" ...
    "MAY": (
        r"(?:may|can|(?:is|are|shall\s+be)\s+(?:\w+\s+(?:and\s+|or\s+)?)?(?:authorized|permitted|allowed|"
        r"entitled|qualified|able|eligible)\s+to)"
    ),
    "DO": (
        r"(?:perform|practice|provide|use|utilize|offer|engage\s+in|administer|incorporate|"
        r"render|employ)(?:\s+(?:the\s+)?(?:practice|use|performance|technique|procedure)\s+of)?"
    ),
    "DOING": (
        r"(?:performing|practicing|providing|using|utilizing|offering|engaging\s+in|"
        r"administering|rendering|employing)"
    ),
    "BE": r"(?:is|are|was|were|be|falls?|fell|remains?|lies?|comes?|to\s+be|as\s+being|as)",
    "ADV": r"(?:(?:now|clearly|squarely|properly|well|also|therefore|thus|indeed|generally|"
    r"currently|still|fully|plainly|appropriately|legally|hence|accordingly)\s+)?",
    "SCOPE": r"(?:scope|practice|definition|purview|ambit|province)",
    "PROF": (
        r"(?:physical\s+therapists?|chiropractors?|chiropractic\s+physicians?|athletic\s+trainers?|"
        r"occupational\s+therapists?)"
    ),
    "PENETRATE": (
        r"(?:invasive\s+(?:procedures?|techniques?|modalities|methods?)|"
        r"(?:penetrat|punctur|pierc)\w*\s+(?:of\s+)?(?:the\s+|a\s+person's\s+|human\s+)?(?:skin|tissue)|"
        r"break(?:s|ing)?\s+(?:the\s+)?skin)"
    ),
    # a guide's telegraphic label may name who before its status ("Delaware: PTs permitted to dry
    # needle", "Ohio - athletic trainers not permitted")
    "TERSEWHO": (
        r"(?:(?:PTs|PTAs|ATs|OTs|OTAs|DCs|physical\s+therapists|athletic\s+trainers|occupational\s+therapists|"
        r"chiropractors|acupuncturists)\s+)?"
    ),
    # ... and what they are permitted to do: "to dry needle", "to perform dry needling"
    "TERSEDO": r"(?:dry[- ]needle|(?:perform|use|practi[cs]e|provide)\s+dry\s+needling)\b",
    # within one clause: clauses never cross a ';' and a '.' inside one is an abbreviation
    # the board's word not to do it, told to licensees: "has advised licensees not to", "asks
    # therapists not to" (a wait for rules says it so: "Until this rule takes effect, the Board
    # has advised licensees not to perform dry needling")
    "ADVISENOT": r"(?:advis|direct|instruct|ask|urg|remind)\w*\s+(?:[\w-]+\s+){0,3}?not\s+to",
    "GAP": r"[^;]{0,100}?",
    # the space between the term and what follows it, or a gloss set off by dashes or commas
    # between them: "adds dry needling - inserting thin needles into trigger points - to the scope"
    # (an em dash, glued or spaced, is a hyphen after ``typography``), "dry needling, a technique
    # that ..., to the practice of ..."
    "GLOSSED": (
        r"(?:\s*-\s*(?=[\w\"'])[^.;:\n]{3,120}?(?<=[\w\"')])\s*-\s*"
        r"|\s*,\s*(?:an?|the|which|that|inserting|using|where)\s[^.;:\n]{3,120}?,\s*|\s+)"
    ),
    # ... and a long one, for lists ("does not include ..., ..., or dry needling")
    "LONGGAP": r"[^;]{0,260}?",
    # a word of a noun phrase, possessives included ("the physical therapist's scope")
    "W": r"[\w'-]+",
    # the fields whose practice a page defines
    "FIELD": (
        r"(?:physical\s+therapy|physiotherapy|chiropractic|athletic\s+training|occupational\s+therapy|"
        r"acupuncture(?:\s+and\s+oriental\s+medicine)?|oriental\s+medicine|east\s+asian\s+medicine|"
        r"(?:traditional\s+)?chinese\s+medicine)"
    ),
    # a verb of judgement between the copula and the place: "is considered (to be) within ..."
    "DEEMED": (
        r"(?:(?:considered|deemed|regarded|recognized|viewed|understood|held|determined|found)\s+"
        r"(?:to\s+(?:be\s+|fall\s+)?|as\s+(?:being\s+)?)?)?"
    ),
    # what kind of part: "a recognized part of physical therapy practice"
    "PARTLY": (
        r"(?:recognized|accepted|integral|standard|legitimate|established|essential|core|normal|routine)"
    ),
    # the kind of thing dry needling is said to be: "is an intervention within ..."
    "SEEM": SEEM,
    "SEEMS": SEEMS,
    "NOTSEEM": NOT_SEEM,
    "KIND": (
        r"(?:(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:intervention|technique|procedure|modality|service|"
        r"skill|treatment|tool|method|approach)s?\s+(?:that\s+(?:is|falls)\s+|which\s+(?:is|falls)\s+)?)?"
    ),
}

_MACRO_RE = re.compile(r"\{([A-Z]+)\}")


def expand(pattern: str) -> str:
    """Replace ``{NAME}`` macros; regex quantifiers such as ``{0,80}`` are left alone.

    Each ``{NOT}`` becomes an optional named group (``neg0``, ``neg1`` ...), so a row can
    mark the place where a negation turns its meaning around.
    """
    counter = itertools.count()

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "NOT":
            return rf"(?P<neg{next(counter)}>{MACROS['NOT']})?"
        return MACROS.get(name, m.group(0))

    return _MACRO_RE.sub(sub, pattern)


@dataclass(frozen=True)
class Rule:
    id: str
    pattern: str
    meaning: Meaning
    weight: float = 1.0
    topical: bool = True  # the sentence must be about dry needling
    suppresses: tuple[str, ...] = ()  # ids of rows this row overrides in the same clause
    veto: str | None = None  # discard the hit when this matches the matched text
    veto_after: str | None = None  # ... or the rest of the clause right after the match
    veto_before: str | None = None  # ... or the clause before the match (a condition, a limit)
    ignore_for: tuple[Profession, ...] = ()  # never attribute this hit to these professions
    # a negator governing the match (in the row's {NOT} slot or just before the match):
    # FLIP turns the vote around, DROP discards it; rows that already contain their own
    # negation ("does not prohibit") use DROP
    negated: Negated = Negated.DROP
    # a live vote of this row cancels the page's contrary votes for its profession
    # ("may not perform dry needling until the rules take effect" defers a permission)
    defers: bool = False
    # the row reads the introduction of a list ("'Physical therapy' means any of the
    # following:") and votes for each item of it that names dry needling ("(f) dry needling.")
    intro: bool = False
    # a PENDING row about a bill, moot when the page says the bill became law
    enactable: bool = False
    # the vote is implied by the page's structure (a definition, a registration, a duty of
    # those who do it), not said: it never stands against an explicit contrary vote
    implicit: bool = False
    # an exclusivity row ("only by physicians"): the professions it names get a permission
    reserves: bool = False
    # a status label of a state-by-state guide ("Permitted since 2011 ..."): it votes only
    # under a state's heading
    label: bool = False
    # the hit is about its subject (named before the match or in it) or the page's profession:
    # the fields the sentence names after the verb are what is done ("may not perform
    # acupuncture, including dry needling, unless ... training in acupuncture"), not who
    subject_only: bool = False
    # cheap pre-filter: the lower-cased clause must contain one of these, or the pattern is
    # not tried (keeps a 60 KB page well under 50 ms); empty means always try
    needs: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    veto_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    veto_after_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    veto_before_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = re.IGNORECASE

        def compile_(pattern: str | None) -> re.Pattern[str] | None:
            return re.compile(expand(pattern), flags) if pattern else None

        object.__setattr__(self, "regex", re.compile(expand(self.pattern), flags))
        object.__setattr__(self, "veto_regex", compile_(self.veto))
        object.__setattr__(self, "veto_after_regex", compile_(self.veto_after))
        object.__setattr__(self, "veto_before_regex", compile_(self.veto_before))

    def negated_in(self, m: re.Match[str]) -> bool:
        """Whether the row's own ``{NOT}`` slot caught a negator in this match."""
        return any(v for k, v in m.groupdict().items() if k.startswith("neg"))
