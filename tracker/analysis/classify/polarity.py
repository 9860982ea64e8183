"""Polarity: does a negator govern a vote, and is the vote asserted at all?

One check for every row, instead of a negative twin of each row. For a hit, the *governing
segment* is the part of its clause just before the match, back to the nearest boundary
(punctuation, or a subordinating word such as "that", "which", "whether"). Then:

- a permission inside an indirect question ("is silent on whether a physical therapist may
  perform ...", "Question: whether dry needling is within ...") or about other states ("most
  states allow ...", "confirm that your state allows ...", "... in most states") is not asserted:
  ``DROP`` (the place after the hit is read by ``elsewhere_after``);
- a negator in the governing segment ("does not consider", "is therefore not permitted to",
  "no statute or rule authorizes", "lacks authority", "declined to stop") negates the hit:
  ``NEGATED`` (``votes.py`` flips or drops it, per the row's ``negated``), unless the negated
  verb is one of saying or deciding ("has not said", "has not decided"): that leaves the
  question open, ``DROP``;
- a negator right after "alone" / "by itself" ("a license alone does not authorize ...") says a
  requirement is not enough, not that the practice is barred: ``DROP``;
- a segment that starts at "that" after a negated verb of belief ("does not find that",
  "does not believe that") is negated the same way.

The row's own ``{NOT}`` slot ("is not within") is read by ``votes.py`` from the match.
"""

from __future__ import annotations

import re
from enum import Enum

from tracker.analysis.classify.grammar import SEEM
from tracker.analysis.classify.places import state_re

_I = re.IGNORECASE
_BOUNDARY = re.compile(
    r"[,;:()\[\]]|\.\s|\b(?:that|which|who|whom|whose|whether|if|where|wherever|because|since|but|while|"
    r"whereas|although|though|unless|so|and\s+that)\b",
    _I,
)
_NEGATOR = re.compile(
    r"\b(?:not|never|no|neither|nor|cannot|nothing|none|nobody|without)\b|n't\b|"
    r"\black(?:s|ed|ing)?\b|\bdeclin(?:e|es|ed|ing)\s+to\b|\brefus(?:e|es|ed|ing)\s+to\b|"
    r"\bden(?:y|ies|ied|ying)\b",
    _I,
)
# "has not said", "has not yet decided": the question is open, not answered no
_OPEN_VERB = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:sa(?:y|ys|id)|state[sd]?|decide[sd]?|determined?|rule[sd]?|"
    r"address(?:ed|es)?|issued?|take[ns]?|took|adopt(?:ed|s)?|opined|spoken|speak|answer(?:ed|s)?|"
    r"express(?:ed|es)?|mention(?:ed|s)?|reached|formed|concluded?|clarif\w*|weighed)\b",
    _I,
)
# after "no", a source of law, not a verb of deciding: "no rule or statute authorizes"
_NO_AUTHORITY = re.compile(
    r"^\s*(?:\w+\s+)?(?:rules?|statutes?|laws?|regulations?|provisions?|sections?)\b(?!\s+(?:on|whether)\b)",
    _I,
)
_NEGATED_BELIEF = re.compile(
    # ("n't" has no word boundary before it: "doesn't believe", "didn't seem")
    r"(?:\b(?:not|never)|n't)\s+(?:\w+\s+)?(?:find|found|believe|consider|agree|think|hold|held|view|"
    rf"regard|deem|{SEEM})\w*\s*$",
    _I,
)
# ... or of a noun of deciding: "approval of a course is not a determination that the technique
# is within the scope", "is not an endorsement that ...": the question stays open
_NEGATED_SAYING = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:sa(?:y|id)|state|decide|determine|rule|conclude|"
    r"address)\w*\s*$|"
    # ... or a verb of telling, with whom it is told: "cannot tell licensees that", "is unable to
    # advise the public that", "will not assure callers that"
    r"\b(?:not|never|n't|cannot|unable\s+to)\s+(?:\w+\s+)?(?:tell|advise|assure|inform|confirm|represent|"
    r"promise|guarantee)\w*\s*(?:(?:the|its|our|any|their|individual)\s+)?(?:[\w-]+\s+){0,2}?\s*$|"
    r"\b(?:not|never|n't|no)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:determination|decision|finding|ruling|"
    r"endorsement|representation|statement|opinion|judgment|conclusion|assurance|guarantee)\s*$",
    _I,
)
# ... or what someone is told to check for himself: "Each clinician is responsible for confirming
# that dry needling is permitted under his license", "verify that ...", "you should check that
# ...": a duty to find out, which says nothing of what is found (never "The Board confirmed that
# ...", nor "This letter is to confirm that ...", which assert it)
_TO_VERIFY = re.compile(
    r"\b(?:(?:responsib\w*|duty|obligation)\s+(?:\w+\s+)?(?:for|of|to)\s+|before\s+|by\s+|when\s+)"
    r"(?:confirm|verify|check|ascertain|determin)\w*\s*$|"
    r"(?:^|[.:;,]\s*|\b(?:should|must|need\s+to|needs\s+to|have\s+to|has\s+to|be\s+sure\s+to|(?:are|is)\s+"
    r"(?:advised|encouraged|urged)\s+to|always|please))\s*(?:\w+\s+)?(?:confirm|verify|check|ascertain)"
    r"(?:\s+with\s+(?:[\w'-]+\s+){1,5}?)?\s*$",
    _I,
)
# the words between a count and "states": "several neighboring and nearby states"
_NEAR = (
    r"(?:(?:other|[a-z]+ern|neighbou?ring|nearby|surrounding|adjacent|bordering)\s+(?:(?:and|or)\s+)?){0,3}"
)
_OTHER_STATES = re.compile(
    r"\b(?:most|many|some|several|other|all|a\s+few|a\s+number\s+of|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|a\s+majority\s+of)\s+" + _NEAR + r"(?:states|jurisdictions)\b|"
    # "in neighboring and nearby states", with or without a count
    r"\b(?:neighbou?ring|nearby|surrounding|adjacent|bordering)\s+" + _NEAR + r"(?:states|jurisdictions)\b|"
    # "you trained in a state where physical therapists are permitted to dry needle"
    r"\b(?:a|another|any|other|those)\s+(?:other\s+)?(?:states?|jurisdictions?)\s+(?:where|that|in\s+which)\b|"
    # the reader's state, whichever it is: "please confirm that your state allows ..."
    r"\byour\s+(?:own\s+|home\s+)?(?:states?|jurisdictions?)\b|"
    # a state someone came from or also holds a licence in: "your prior state permits ...", "her
    # former jurisdiction allowed ...", "the state where you previously practiced", "their
    # original licensing state" (another state's law, told to explain this one)
    r"\b(?:your|their|his|her|its|the|a)\s+(?:prior|previous|former|old|original|other)\s+"
    r"(?:(?:home|licensing|practice)\s+)?(?:states?|jurisdictions?)\b"
    # ... not a state's office or law: "a former state board member", "the old state law"
    r"(?!\s+(?:boards?|legislat\w*|senators?|representatives?|officials?|employees?|laws?|agenc\w+|"
    r"departments?|health|capitol|government|statutes?|rules?|regulations?|codes?)\b)|"
    r"\bthe\s+(?:states?|jurisdictions?)\s+(?:where|in\s+which)\s+(?:you|they|he|she|the\s+\w+)\s+"
    r"(?:previously|formerly|once|first|originally|used\s+to)\b|"
    # a map's legend: "States shaded green permit ...", "states in red do not", "jurisdictions
    # colored blue allow ..." (a key to the colours, no state's law)
    r"\b(?:states|jurisdictions)\s+(?:(?:shaded|colou?red|marked|highlighted|shown|filled)\s+(?:in\s+)?|in\s+)"
    r"(?:(?:dark|light|pale)\s+)?(?:green|red|blue|gr[ae]y|yellow|orange|purple|white|black|pink|tan|teal)\b",
    _I,
)
# states as a kind, before a relative clause on them: "in states that permit ...", "among the
# other states which allow ...", "data from states that allow ...", "compared with states that permit ..."
_STATES_KIND = re.compile(
    r"\b(?:in|among|for|of|across|from|with|than|like|to)\s+(?:(?:the\s+)?other\s+|those\s+|any\s+|all\s+)?(?:states|jurisdictions)\s*$",
    _I,
)
# "a license alone does not authorize it": a requirement that is not enough by itself, so more
# is needed (a registration, a course), not a ban
_NOT_ENOUGH = re.compile(
    r"(?:\b(?:alone|by\s+itself|in\s+itself|on\s+its\s+own|by\s+themselves|standing\s+alone)\s*,?\s*|"
    # ... and a course or its certificate as the subject: "Completion of our courses does not
    # authorize any licensee to ...", "A certificate of completion does not permit ...": what a
    # course gives is not enough, which says nothing of what the law allows
    r"\b(?:(?:completion\s+of|completing|attend(?:ing|ance\s+at)|taking|passing)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:courses?|programs?|training|seminars?|class(?:es)?|workshops?|examinations?|exams?)|"
    r"certificates?(?:\s+of\s+(?:completion|attendance))?)\s+)"
    r"(?:(?:does|do|did|will|would|shall|is|are|can)\s*)?$",
    _I,
)
# a state said to be one of the states where something holds: "New York is one of four states -
# with California and Hawaii - where physical therapists may not ...". The "where" clause is
# asserted of the state named as the subject (places.py weighs the other states it names)
_ONE_OF_STATES = re.compile(
    r"\b(?:is|was|remains|becomes|became)\s+(?:now\s+|still\s+|currently\s+)?(?:one\s+of|among)\s+(?:the\s+|a\s+)?"
    # "one of a handful of states", "among a small number of states", "one of just a few states"
    r"(?:(?:only|just)\s+)?(?:(?:few|handful\s+of|small\s+(?:number|group|handful)\s+of|minority\s+of)\s+)?(?:[\w-]+\s+){0,2}?(?:states|jurisdictions)\b[^.;:]{0,120}$|"
    # ... or several states named as the only ones: "California, Hawaii and New York remain the only
    # states where ...", "Ohio and Utah are the last two states in which ..."
    r"\b(?:is|are|was|were|remains?|becomes?|became)\s+(?:now\s+|still\s+|currently\s+)?the\s+(?:only|last|sole)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:states?|jurisdictions?)\b[^.;:]{0,120}$",
    _I,
)
# an act said to be beyond its author's power, before what the act allowed: "The Board exceeded its
# statutory authority in adopting a rule that allowed ...", "acted outside its jurisdiction by
# issuing a policy that permits ...": what the act allowed is not the law (a question whether it
# exceeded its authority is read by ``cancel.answered``; a question or a party's claim keeps its
# own marker)
_BEYOND_POWER = re.compile(
    r"\b(?:exceed(?:s|ed)|act(?:s|ed)\s+(?:beyond|outside|in\s+excess\s+of))\s+(?:its|their|the\s+[\w-]+'s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:authority|powers?|jurisdiction)\s+(?:in|by|when)\s+(?:it\s+|they\s+)?"
    r"(?:adopt(?:ing|ed)|issu(?:ing|ed)|promulgat(?:ing|ed)|approv(?:ing|ed)|enact(?:ing|ed))\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:rules?|regulations?|polic(?:y|ies)|amendments?|orders?|opinions?|statements?)\s*$",
    _I,
)
# ... said, not asked: "Has the Board exceeded its authority by ...?", "whether the Board exceeded ..."
_ASKED = re.compile(r"\bwhether\b|^\W*(?:did|does|do|has|have|had|is|was|were|can|could|may)\b", _I)
_STATE_SUBJECT_WORDS = 6  # a state named within these words before "is one of"
_WHETHER = re.compile(r"\bwhether\b", _I)
# both polarities at once, neither asserted: "is or is not within the scope", "may or may not
# perform it", "does or doesn't fall under the act" (an open question put as a statement)
_BOTH_WAYS = re.compile(
    r"\b(is|are|was|were|may|can|could|does|do|did|will|would|shall|should)\s+or\s+(?:\1\s+)?(?:not\b|\1n't\b)|"
    r"\b(?:is|are)\s+or\s+(?:isn't|aren't)\b",
    _I,
)
_BOTH_WAYS_TAIL = re.compile(_BOTH_WAYS.pattern + r"\s*$", _I)
_APPOSITIVE = re.compile(
    r",\s*(?:such\s+as|including|like|e\.g\.,?|for\s+example|for\s+instance|namely|i\.e\.,?)\s+[^,;:.()]{1,60},\s*",
    _I,
)
# a hit whose subject is the inside of an appositive that the match itself closes: "whether any
# technique, including dry needling, is within ...": the clause is the noun's before the comma
_WHETHER_OR = re.compile(r"\bwhether\s*,\s*(?:or|and)\s+[^,;:.()]{1,50},\s*", _I)
_APPOSITIVE_OPEN = re.compile(
    r",\s*(?:such\s+as|including|like|e\.g\.,?|for\s+example|for\s+instance|namely|i\.e\.,?|"
    r"in\s+particular|particularly|especially|notably)\s*$",
    _I,
)
_NAMING_BEFORE = re.compile(
    r"\b(?:describ|call|nam|advertis|market|bill|represent|label|refer|promot|present)\w*ing\s+$", _I
)
# a power to call it so, granted or denied, is no statement that it is so: "does not give the Board
# authority to define dry needling as part of physical therapy practice", "the power to classify ..."
_POWER_TO_NAME = re.compile(
    r"\b(?:authority|power|jurisdiction|right)\s+to\s+(?:define|declare|designate|classify|deem|treat|"
    r"recogni[sz]e|characteri[sz]e|label)\s+$",
    _I,
)
_BELIEF_BEFORE = re.compile(
    r"\b(?:consider|regard|deem|find|found|view|believe|think|hold|held|treat|recogni[sz]e|accept)\w*\s*$", _I
)
_QUESTION_LEAD = re.compile(
    r"\b(?:on|about|over|as\s+to|regarding|asks?|asked|asking|question\s+of|"
    # "no clear standards for who may perform it", "guidance for which licensees may"
    r"(?:standards?|rules?|criteria|guidance|guidelines|clarity|requirements?)\s+(?:for|on)|"
    # "does not determine which providers may perform it", "has not said who may": only negated
    # (or not yet, or asked), since "Rule 12 specifies which physical therapists may" is no question
    r"(?:(?:not|never|\w+n't|yet\s+to|failed\s+to|whether\s+to)\s+(?:\w+\s+)?)"
    r"(?:determin\w*|decid\w*|specif\w*|sa(?:y|ys|id)|clarif\w*|answer\w*|explain\w*|address\w*|indicat\w*)|"
    r"(?:questions?|inquir(?:y|ies)|requests?|petitions?)\s+(?:\w+\s+){0,2}?(?:of|on|about|as\s+to|regarding))\s*$",
    _I,
)
_MAX_WORDS = 10
_BY_ITSELF = re.compile(
    r"^\s*(?:\w+\s+)?(?:by\s+(?:itself|themselves|its\s+own)|alone|in\s+(?:itself|themselves)|on\s+(?:its|their)\s+own)\b",
    _I,
)


# ... and a place named right after the match, with no comma between: "is within the scope of
# physical therapy in most states", "may perform dry needling in 37 other jurisdictions"
_OTHER_STATES_AFTER = re.compile(
    r"^[^.;,:]{0,40}?\b(?:in|across|throughout)\s+(?:the\s+)?(?:most|many|some|several|other|all|a\s+few|"
    r"a\s+number\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|majority\s+of|a\s+majority\s+of)"
    r"\s+" + _NEAR + r"(?:U\.?S\.?\s+)?(?:states|jurisdictions)\b|"
    r"^[^.;,:]{0,40}?\b(?:in|across|throughout)\s+(?:the\s+)?(?:neighbou?ring|nearby|surrounding|adjacent|"
    r"bordering)\s+" + _NEAR + r"(?:states|jurisdictions)\b|"
    # one other state, right after the practice (or its patients): "authorization to perform dry
    # needling in another state", "may dry needle patients in a different jurisdiction", "to dry needle
    # under another state's license", and the same with the place shared by two verbs ("trained in,
    # or authorized to perform dry needling in, another state"); not after
    # a condition's own words ("... if trained in another state" is this state's condition)
    r"^\s*(?:(?:on|to|for)\s+)?(?:(?!(?:if|when|after|once|unless|until|who|that|trained|licensed|educated|"
    r"certified|taught|learned)\b)[\w-]+\s+){0,2}?(?:in|within|under)\s*,?\s+(?:another|any\s+other|some\s+other|"
    r"a\s+(?:different|neighbou?ring|nearby|foreign)|a\s+sister)\s+(?:state|jurisdiction|country)\b",
    _I,
)


def one_of_states_subject(head: str) -> str | None:
    """The words naming the states ``head`` says are one of (or the only) states where something
    holds: "With Oregon's change, California, Hawaii and New York remain the only states where ..."
    gives "change, California, Hawaii and New York" (None when ``head`` says no such thing)."""
    m = _ONE_OF_STATES.search(head)
    if not m:
        return None
    return " ".join(head[: m.start()].split()[-_STATE_SUBJECT_WORDS:])


def listed_states_subject(head: str) -> str:
    """The list of state names that ends ``one_of_states_subject`` ("Idaho and Ohio" of "Utah's new
    law, Idaho and Ohio"; "California, Hawaii and New York"), or "" when it ends on no such list."""
    subject = one_of_states_subject(head)
    if not subject:
        return ""
    name = state_re().pattern
    only = re.compile(rf"\s*(?:(?:and|or)\s+)?{name}(?:\s*,?\s*(?:and|or)\s+{name})*\s*")
    kept: list[str] = []
    for part in reversed(subject.split(",")):
        if not only.fullmatch(part):
            break
        kept.insert(0, part)
    return ",".join(kept)


def _one_of_states(head: str) -> bool:
    """Whether ``head`` ends on a state named as one of some states: "Ohio is one of 30 states"."""
    subject = one_of_states_subject(head)
    if subject is None:
        return False
    return bool(state_re().search(subject) or re.search(r"\b(?:this|our)\s+state\b", subject, _I))


# ... or in whichever state's law allows it: "... to perform dry needling where state law does not
# permit it", "... where permitted by state law", "... unless your state's practice act allows it":
# the reader's state, any state, so no state's law is said
_STATE_LAW_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:where|wherever|in\s+(?:states|jurisdictions)\s+(?:where|that)|if|unless|except\s+where|"
    r"as)\s+(?:(?:permitted|allowed|authori[sz]ed)\s+(?:by|under)\s+)?(?:(?:your|the|a|their|each|applicable)\s+)?"
    r"(?:state(?:'s)?|local)\s+(?:law|laws|rules?|regulations?|practice\s+acts?|statutes?)\b",
    _I,
)


# ... or a place set in front of the whole clause: "In most other states, dry needling is permitted
# for ...", "Across the country, ...", "Elsewhere, ...", "Nationally, ..." (the frame places every
# verb of its clause, however far the comma that closes it stands from the hit), unless the
# clause goes on to name a state or this one ("In most states, including Ohio, ...")
_OTHER_STATES_FRONT = re.compile(
    r"^\W*(?:(?:but|and|yet|however|meanwhile|by\s+(?:contrast|comparison)|in\s+contrast)\s*,?\s+)?(?:"
    r"(?:in|across|throughout|among|for)\s+(?:the\s+)?(?:most|many|some|several|other|all|a\s+few|a\s+number\s+of|"
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|(?:the\s+|a\s+)?(?:vast\s+)?majority\s+of|"
    r"(?:the\s+)?rest\s+of\s+the|neighbou?ring|nearby|surrounding|adjacent|bordering)\s+"
    + _NEAR
    + r"(?:U\.?S\.?\s+)?(?:states|jurisdictions)|"
    r"elsewhere(?:\s+in\s+the\s+(?:country|nation|united\s+states|u\.?s\.?))?|"
    r"nationally|nationwide|(?:across|throughout|around)\s+the\s+(?:country|nation|united\s+states|u\.?s\.?))"
    r"\s*,",
    _I,
)
_HERE_TOO = re.compile(
    r"\b(?:this|our|the)\s+(?:state|commonwealth)\b|\bhere\b|\bincluding\b|\bsuch\s+as\b|\bas\s+in\b|"
    r"\bas\s+well\s+as\b|\blike\b|\bexcept\b",
    _I,
)


def elsewhere_before(before: str) -> bool:
    """Whether the clause before a hit opens on a place that is other states, and never comes
    back to a named state or this one: "In most other states, physical therapists may ..."."""
    m = _OTHER_STATES_FRONT.match(before)
    if not m:
        return False
    rest = before[m.end() :]
    return not (_HERE_TOO.search(rest) or state_re().search(rest))


def elsewhere_after(after: str) -> bool:
    """Whether the words right after a hit place it in other states ("... in most states"), or
    in whichever state's law allows it ("... where state law permits")."""
    return bool(_OTHER_STATES_AFTER.match(after) or _STATE_LAW_AFTER.match(after))


class Polarity(str, Enum):
    ASSERTED = "asserted"
    NEGATED = "negated"
    DROP = "drop"


def polarity(before: str, matched: str, *, subject_first: bool = False) -> Polarity:
    """The polarity of a hit: ``before`` is its clause up to the match, ``matched`` the match.

    ``subject_first``: the match starts with dry needling as its subject ("dry needling is not
    within ..."), so a negator before it governs another verb ("may not perform dry needling,
    because it is not within ..."), not this one.
    """
    if _WHETHER.search(matched) or _BOTH_WAYS.search(matched) or _BOTH_WAYS_TAIL.search(before):
        return Polarity.DROP
    # an appositive between commas does not end the clause it sits in: "on whether other
    # licensees, such as physical therapists, may perform ..."
    before = _APPOSITIVE.sub(" ", before)
    # ... nor does an alternative set in commas after "whether": "does not address whether, or under
    # what circumstances, a physical therapist may ..." (still an indirect question)
    before = _WHETHER_OR.sub("whether ", before)
    if subject_first:
        # "... whether any modality, including dry needling, is within ...": the appositive's
        # opening comma is no clause boundary; the clause is that of the noun it names
        before = _APPOSITIVE_OPEN.sub(" ", before)
    boundary = None
    for boundary in _BOUNDARY.finditer(before):
        pass
    segment = before[boundary.end() :] if boundary else before
    word = boundary.group(0).lower() if boundary else ""
    if word in ("whether", "if", "where", "wherever") and not (
        word == "where" and boundary is not None and _one_of_states(before[: boundary.start()])
    ):
        return Polarity.DROP  # "Where physical therapists may dry needle": a clause, not an assertion
    if word in ("that", "which") and boundary is not None and _STATES_KIND.search(before[: boundary.start()]):
        return Polarity.DROP  # "even in states that permit dry needling": states as a kind, no state
    if (
        word in ("who", "whom", "which")
        and boundary is not None
        and _QUESTION_LEAD.search(before[: boundary.start()])
    ):
        return Polarity.DROP  # "weighed in on who can use dry needling": an indirect question
    segment = " ".join(segment.split()[-_MAX_WORDS:])
    if _OTHER_STATES.search(segment):
        return Polarity.DROP
    last = None
    for last in _NEGATOR.finditer(segment):
        pass
    if subject_first and _NAMING_BEFORE.search(before):
        return Polarity.DROP  # "Describing dry needling as acupuncture is outside ...": about the naming
    if subject_first and _POWER_TO_NAME.search(before):
        return Polarity.DROP  # "lacks authority to define dry needling as part of ...": about the power
    if subject_first and not _BELIEF_BEFORE.search(segment):
        last = None  # the negator governs another verb: "may not perform dry needling, because it is ..."
    if last is not None:
        if _NOT_ENOUGH.search(segment[: last.start()]):
            return Polarity.DROP  # "holding a license alone does not authorize ...": more is required
        rest = segment[last.end() :]
        if _NO_AUTHORITY.match(rest) and last.group(0).lower() in ("no", "neither", "nor"):
            return Polarity.NEGATED  # "no rule or statute authorizes ...": "rule" is a noun here
        # "does not by itself authorize": the thing is not enough, which bans nothing
        return Polarity.DROP if _OPEN_VERB.match(rest) or _BY_ITSELF.match(rest) else Polarity.NEGATED
    if (
        word in ("that", "which")
        and boundary is not None
        and _BEYOND_POWER.search(before[: boundary.start()])
        and not _ASKED.search(before)
    ):
        return Polarity.NEGATED  # "exceeded its authority in adopting a rule that allowed ...": void
    if word.endswith("that") and boundary is not None:
        head = before[: boundary.start()]
        if _NEGATED_BELIEF.search(head):
            return Polarity.NEGATED
        if _NEGATED_SAYING.search(head) or _TO_VERIFY.search(head):
            return Polarity.DROP
    return Polarity.ASSERTED
