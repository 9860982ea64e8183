"""Confidence: each vote's weight, the two sides' strengths, and what a decisive finding needs.

See the engine's docstring ("Confidence") for what the numbers mean. ``weigh`` sets a vote's
weight (row weight times its modifiers) and tier (history, plain, current, holding);
``strength`` scores a side; ``resolve`` drops the side that is only older history or only
implied; ``decisive`` says whether the deciding vote has every part a decisive finding needs;
``doubted`` says what in the page's context keeps even a complete vote below decisive.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tracker.analysis.classify import places
from tracker.analysis.classify.context import YEAR
from tracker.analysis.classify.rules import (
    MODIFIER_FACTORS,
    NEW_LAW,
    Meaning,
)
from tracker.analysis.classify.sentences import Document
from tracker.analysis.classify.votes import ANSWERED_ROW, Clause, Vote

INFERRED_FACTOR = 0.9

ANAPHORIC_FACTOR = 0.9

NON_AUTHORITY_FACTOR = 0.6

# ... but a non-authority's sentence that cites the law it reports by its code section ("17
# DCMR 4706.2(w)", "WAC 246-915-390", "§ 4731.15") reports that law: still never decisive
CITED_FACTOR = 0.75
CITATION = re.compile(
    r"§|\b\d{1,3}\s+[A-Z][A-Za-z.]{1,7}\s+\d{2,}[\w.()-]*|"
    r"\b(?:WAC|RCW|ORS|OAR|CCR|DCMR|NAC|NRS|A\.R\.S\.|C\.R\.S\.|ILCS|COMAR|NYCRR|TAC)\s+\d"
)

# ... and so does one that names the state's body and its act before what it says: "The North
# Dakota Board of Physical Therapy adopted a policy in 2013 stating that ...", "the Attorney
# General concluded that ...", "In 2025 the Legislature passed HB 188, which allows ..." (a named
# body, in capitals; still never decisive)
NAMED_ACT = re.compile(
    r"(?-i:\b(?:Board|Attorney\s+General|Department|Legislature|General\s+Assembly|Supreme\s+Court|"
    r"Court\s+of\s+Appeals|Commission))\b[^.;]{0,80}?\b(?:adopted|issued|approved|ruled|held|concluded|"
    r"determined|declared|clarified|opined|passed|enacted|amended)\b"
    # ... or names the body's rules before what they say: "Texas Board of Chiropractic Examiners
    # (TBCE) rules allow ...", "Under the Board's rule, ..."
    r"|(?-i:\bBoard)\b(?:'s)?[^.;]{0,60}?\b(?:rules?|regulations?)\b",
    re.IGNORECASE,
)

# ... and so does one whose permission is the named body's own act, said in the vote itself: "The
# Alabama Board of Physical Therapy took up dry needling in 2007 and has since allowed licensed
# physical therapists to perform it" (the body is the subject of the grant; still never decisive)
BODY_GRANTS = re.compile(
    r"(?-i:\b(?:Board|Attorney\s+General|Department|Legislature|General\s+Assembly|Supreme\s+Court|"
    r"Commission))\b[^.;]{0,100}?\b(?:has|have)\s+(?:since\s+|long\s+|now\s+|also\s+)?(?:allowed|permitted|"
    r"authori[sz]ed)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def named_law() -> re.Pattern[str]:
    """A state's law named as saying something, before the vote: "Washington law defines
    acupuncture ... to include ...", "Ohio's practice act allows ..." (reported like a cited
    section: never decisive)."""
    return re.compile(
        rf"(?:{places.state_re().pattern})(?:'s)?\s+(?:state\s+)?(?:law|statutes?|code|practice\s+act)\s+"
        r"(?:\w+\s+)?(?:defines|provides|states|requires|includes|lists|allows|permits|authori[sz]es|prohibits|"
        r"bars|forbids|says)\b"
    )


CONFLICT_PENALTY = 0.7

DECISIVE_CONFIDENCE = 0.8

CAPTION = re.compile(r"\s(?:v\.|vs\.?|versus)\s|\bex\s+rel\.", re.IGNORECASE)

NON_AUTHORITY = re.compile(
    r"\b(?:association|society|alliance|coalition|academy|federation|institute|advocates?|"
    r"news|blog|magazine|seminars?|forums?|message\s+boards?|discussion\s+threads?)\b",
    re.IGNORECASE,
)

# the masthead of an employer, a health system, a federal agency or a union: its policy binds its
# own staff or speaks for its members, not for the state's law ("Gateway Health / Policy &
# Procedure Manual", "Department of Veterans Affairs / VHA Directive", "Physiotherapy Union").
# "Clinic", "Directive" and "Union" count only as part of a name ("Lakeside Pain Clinic", "VHA
# Directive"), not in a board's nav bar ("Find a clinic"); read one masthead line at a time.
NOT_THE_STATE = re.compile(
    r"\b(?:hospitals?|health\s+(?:care\s+)?system|medical\s+center|polic(?:y|ies)\s*(?:&|and)\s*"
    r"procedures?|(?:administrative\s+)?policy\s+manual|veterans|VHA)\b"
    r"|(?-i:\b[A-Z][\w&'.-]*\s+(?:Clinic|CLINIC|Directive|DIRECTIVE|Union|UNION)\b)",
    re.IGNORECASE,
)
# a masthead line naming a state body ("Texas Board of Physical Therapy Examiners", "Board
# Directive 2024-1", "Department of Health"): the state's own voice, whatever else it says
STATE_BODY = re.compile(r"\b(?:board|department|commission|division|legislature)\b", re.IGNORECASE)
FEDERAL = re.compile(r"\b(?:veterans|VHA)\b", re.IGNORECASE)
MASTHEAD_LINES = 4

# a sentence that says some authority no longer stands ("SUPERSEDED BY STATUTE", "This rule was
# held invalid by the Court of Appeals", "The Board's 2004 statement is withdrawn")
NO_LONGER_STANDS = re.compile(
    r"\b(?:superseded|supersedes?|held\s+(?:\w+\s+){0,2}?invalid|invalidated|declared\s+(?:\w+\s+)?invalid|"
    r"vacated|withdrawn|no\s+longer\s+(?:in\s+effect|valid|current|good\s+law|reflects?)|repealed|"
    r"overruled|rescinded)\b",
    re.IGNORECASE,
)
# what such a sentence must be about to cast doubt: dry needling itself, or an authority's own
# word (its rule, opinion, position, statement); a statute's "Sec. 4. Repealed by Acts 2019." is not
ABOUT_THE_AUTHORITY = re.compile(
    r"dry[\s-]*needl|\b(?:rules?|opinions?|positions?|statements?|policy|guidance|rulings?|"
    r"interpretations?|advisory|declaratory)\b",
    re.IGNORECASE,
)


def weigh(
    vote: Vote,
    clause: Clause,
    text: str,
    anaphoric: list[bool],
    authority: float,
    recounted: dict[int, int],
    holdings: set[int],
    page_year: int = 0,
) -> None:
    if authority < 1.0 and (
        CITATION.search(text, vote.sentence.start, vote.sentence.end)
        or NAMED_ACT.search(text, vote.sentence.start, vote.at)
        or named_law().search(text, vote.sentence.start, vote.at)
        or BODY_GRANTS.search(text, vote.sentence.start, max(vote.end, vote.at) or vote.sentence.end)
    ):
        authority = max(authority, CITED_FACTOR)
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
    years = YEAR.findall(text[clause.span.start : clause.span.end]) or YEAR.findall(
        text[vote.sentence.start : vote.sentence.end]
    )
    vote.year = max((int(y) for y in years), default=0)
    if not vote.year and any(rule_id == NEW_LAW for rule_id, _ in clause.all_markers(Meaning.CURRENT)):
        vote.year = page_year  # "the new law ...": new as of the page's own date
    if vote.sentence.index in holdings:
        vote.tier = 3
    elif vote.tier == 1 and vote.year and page_year and vote.year < page_year:
        # "The Board issued a statement in 2011 ..." in an opinion dated 2014: what it recounts
        vote.tier = 0
    elif vote.tier == 1 and vote.sentence.index in recounted:
        vote.tier = 0
        vote.year = vote.year or recounted[vote.sentence.index]


def strength(votes: list[Vote]) -> float:
    if not votes:
        return 0.0
    best = max(v.weight for v in votes)
    return min(0.97, best + 0.03 * (len(votes) - 1))


def resolve(perm: list[Vote], proh: list[Vote]) -> tuple[list[Vote], list[Vote]]:
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


def decisive(lead: Vote, authority: float) -> bool:
    """Whether the deciding vote has every part a decisive finding needs: the profession named
    (not inferred from the page), an assertive current statement (not recounted, hedged or a
    label), from the page's own authority (not an association, a news story or a guide)."""
    return (
        not lead.inferred
        and lead.tier > 0
        and authority == 1.0
        and not lead.rule.label
        and not lead.rule.implicit
        and lead.rule.id != ANSWERED_ROW  # a one-word answer to a question
        and not lead.reported  # a quiz's key, an editor's banner
    )


# the deciding sentence is a quotation or reported speech: '"... may perform it," said the
# director', '"There is no statute that prohibits ...," the spokesperson wrote', 'Chiropractors,
# the alert states, are precluded ...', '... posted a statement saying that "..."'. What someone
# said is reported, however well placed the speaker (a defined term in quotation marks, '"Physical
# therapy" means ...', is no quotation)
QUOTED_LEAD = re.compile(
    r"^[^\w\"]*\"(?![^\"\n]{1,60}\"\s+(?:means|includes?|shall\s+(?:mean|include)|has\s+the\s+meaning|is\s+defined)\b)"
    r"[^\"]{20,600}\"|\",?\s+(?:(?:the|a|an)\s+)?(?:[\w'-]+\s+){0,3}?(?:said|says|wrote|writes|added|adds|told|"
    r"explained|stated)\b|"
    r",\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,3}?(?:states|stated|said|says|wrote|writes|notes|noted|explains|"
    r"explained)\s*,|\b(?:said|saying|stated|stating|wrote|writing|told\s+\w+)\s+that\s+\"",
    re.IGNORECASE,
)

# what places a page in a state: a state's name, a ZIP code, "this State", "the Commonwealth", a
# practice act or its numbered sections, or a citation of a code (a state's own law cited by its
# code: "ARSD 20:66:04:02", "R156-24b-505", "§ 43-33-1")
PLACED = re.compile(
    # (case matters for the names and codes: "the State", not "check with the state board"; a
    # code's capitals, "WAC 246-915", not "Version 2.1" or "Call 555-1234")
    r"(?-i:\b[A-Z]{2}\s+\d{5}\b|\b(?:[Tt]his|[Tt]he)\s+(?:State|Commonwealth)\b)|\bstate\s+of\s+[A-Z]|§|"
    r"(?-i:\b[A-Z][A-Z.]{1,7}[a-z]{0,3}\.?\s+\d{1,4}(?:[:.-]\d+)+)|\bR\d{2,3}-\d|\b(?:article|chapter|title)\s+\d+\s+of\s+"
    r"(?:chapter|title|the)\b|\bpractice\s+act\b|^\W*sec(?:tion)?\.?\s+\d",
    re.IGNORECASE | re.MULTILINE,
)


def unplaced(text: str, jurisdiction: str | None) -> bool:
    """A page read for a state that names no state at all, cites no code and has no state body's
    masthead: whatever it says could be anyone's law (a national article, a generic guide), so it
    is never decisive."""
    if not jurisdiction:
        return False
    # a state body's masthead ("Board of Physical Therapy") is the state's own voice, named or not
    head = [line for line in text.splitlines() if line.strip()][:MASTHEAD_LINES]
    if any(STATE_BODY.search(line) for line in head):
        return False
    return not (places.states_in(text) or PLACED.search(text) or CITATION.search(text))


def doubted(doc: Document, clauses: list[Clause], lead: Vote, jurisdiction: str | None = None) -> str | None:
    """What in the page's context keeps even a complete deciding vote below decisive, or None.

    - ``"not-the-state"``: the masthead is an employer's, a health system's, a federal agency's
      or a union's: its rule is its own, not the state's law;
    - ``"no-longer-stands"``: another sentence says some authority was superseded, held invalid,
      withdrawn, repealed or rescinded, and carries no live vote the lead's way (it may be the
      lead's own authority that no longer stands: a banner above an old opinion, a note above a
      rule a court struck down);
    - ``"quoted"``: the deciding sentence is a quotation or reported speech (``QUOTED_LEAD``);
    - ``"unplaced"``: the page names no state and cites no code (``unplaced``).
    """
    head = [line for line in doc.text.splitlines() if line.strip()][:MASTHEAD_LINES]
    if any(
        NOT_THE_STATE.search(line) and (FEDERAL.search(line) or not STATE_BODY.search(line)) for line in head
    ):
        return "not-the-state"
    if QUOTED_LEAD.search(doc.text[lead.sentence.start : lead.sentence.end]):
        return "quoted"
    if unplaced(doc.source.original if doc.source else doc.text, jurisdiction):
        return "unplaced"
    agrees = {
        v.sentence.index for c in clauses for v in c.votes if not v.cancelled and v.meaning is lead.meaning
    }
    for s in doc.sentences:
        if s.index == lead.sentence.index or s.index in agrees:
            continue
        if NO_LONGER_STANDS.search(doc.text, s.start, s.end) and ABOUT_THE_AUTHORITY.search(
            doc.text, s.start, s.end
        ):
            return "no-longer-stands"
    return None
