"""Cancelling votes by context: what a clause's markers and the page's context say of them.

``cancel`` applies pending, former, question and claim markers to their clause's votes, the
page's proposal, comment, petition and national-body context, failed motions and rescissions,
and lets a deferral ("may not ... until the rules take effect") stand for the permission;
``answered`` turns a question around by its answer; ``structures`` applies the page structures
of ``structure.py``; ``place`` cancels what speaks of another state.
"""

from __future__ import annotations

import re

from tracker.analysis.classify import places
from tracker.analysis.classify import structure as structure_mod
from tracker.analysis.classify.context import (
    BILL_NAMED,
    HEAD_LINES,
    LETTER_SUBJECT,
    NATIONAL_PAGE,
    PETITION_PAGE,
    PETITION_SITE,
    comment_form,
    comment_sections,
    existing_law,
    failed_motions,
)
from tracker.analysis.classify.grammar import OPPOSITE
from tracker.analysis.classify.polarity import listed_states_subject
from tracker.analysis.classify.rules import (
    DN_TERM,
    Meaning,
)
from tracker.analysis.classify.sentences import Document
from tracker.analysis.classify.votes import SERIES_MARKERS, Clause, Vote, reaches
from tracker.models import Profession


def elsewhere(doc: Document, jurisdiction: str | None) -> set[int]:
    """Sentences in another state's section: their dates are not this state's."""
    sectioned = places.placed_sections(doc)
    if not jurisdiction or not sectioned:
        return set()
    return {i for i, code in sectioned.items() if code != jurisdiction.upper()}


def place(doc: Document, clauses: list[Clause], jurisdiction: str | None) -> None:
    """Cancel the votes that speak of another state (see ``places.py``)."""
    sectioned = places.placed_sections(doc)
    here = jurisdiction.upper() if jurisdiction else None
    if places.abroad(doc.text, here):  # another country's page: its law is no state's
        for clause in clauses:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "abroad-page"
        return
    if here and places.about_elsewhere(doc, here):
        for clause in clauses:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "other-state-page"
        return
    all_sections = places.sections(doc)
    city = places.city_washington(doc)
    dominant = places.dominant_state(doc, here) if here else None  # never ``here``
    for clause in clauses:
        for vote in clause.votes:
            if vote.rule.label and clause.sentence.index not in all_sections:
                vote.cancelled = vote.cancelled or "label-outside-guide"
            # the states said to be the ones where it holds: "With Oregon's change, California,
            # Hawaii and New York remain the only states where ..." speaks of those three, not Oregon
            subject = listed_states_subject(doc.text[clause.sentence.start : vote.at]) if here else ""
            subject_states = places.states_in(subject) if subject else set()
            if subject_states and here not in subject_states:
                vote.cancelled = vote.cancelled or "other-state"
            # a relative clause on another state: "Unlike Ohio, where physical therapists may ...";
            # not the count this state is said to be among: "Rhode Island is among the 39 states and
            # the District of Columbia where ..." (the "where" is said of Rhode Island too)
            where = places.relative_state(doc.text[clause.sentence.start : vote.at])
            if here and where and where != here and here not in subject_states:
                vote.cancelled = vote.cancelled or "other-state"
        if not clause.votes:
            continue
        named = places.states_in(doc.slice(clause.span.start, clause.span.end))
        if city:
            named.discard("WA")
        section = sectioned.get(clause.sentence.index)
        if here and here in named:
            continue
        if here and not named and clause.sentence.index > 0:
            # "Compare Hawaii. Its physical therapy statute ... shall not ...": the sentence speaks of
            # the state the one before it names
            before = doc.sentences[clause.sentence.index - 1]
            if before.paragraph == clause.sentence.paragraph and _BACK_TO_STATE.match(
                doc.slice(clause.sentence.start, clause.sentence.end)
            ):
                previous = places.states_in(doc.slice(before.start, before.end))
                if previous and here not in previous:
                    named = previous
        if (
            here
            and not named
            and _SPEAKERS_PLACE.search(doc.slice(clause.sentence.start, clause.sentence.end))
        ):
            # "I'm in northern Kentucky. Our board ruled dry needling is within the scope of PT
            # here": a writer's "here" / "our board" is the state the writer placed themself in,
            # earlier in the same paragraph (only there: on a board's own page "our board" is
            # this state's, whatever other state the paragraph names)
            writer = _writer_place(doc, clause)
            if writer and here not in writer:
                named = writer
        if here and not named and not section and dominant and _last_named(doc, clause) == {dominant}:
            # a story about another state that names this one in passing: its sentences that name
            # no state, after one that names only that state, speak of it ("It authorizes dry
            # needling ..." in a story on Oregon's new law, read for California)
            named = {dominant}
        if here and places.points_to_list(doc.slice(clause.sentence.start, clause.sentence.end)):
            # "Dry needling is not permitted in these states:" over a list that leaves this one out
            listed = places.listed_states(doc.text, clause.sentence.end)
            if listed is not None and here not in listed:
                for vote in clause.votes:
                    vote.cancelled = vote.cancelled or "other-state-list"
                continue
        if here and named:
            why = "other-state"
        elif section and section != here:  # another state's section, or one of several states
            why = "other-state-section"
        else:
            continue
        for vote in clause.votes:
            vote.cancelled = vote.cancelled or why


# a writer's own place, said without naming it: "... within the scope of PT here", "our board",
# "in my state" (not a sentence-initial "Here," of legal argument, nor "here is/are", nor a link's
# "click here", "see here", "available here")
_SPEAKERS_PLACE = re.compile(
    r"\b(?:our|my)\s+(?:state(?:'s)?|board|legislature|law|statute|practice\s+act)\b|\bin\s+my\s+state\b|"
    r"(?<=\w)(?<!\bclick)(?<!\btap)(?<!\bsee)(?<!\bgo)(?<!\bvisit)(?<!\bread)(?<!\bfound)(?<!\bavailable)"
    r"(?<!\blisted)(?<!\bposted)(?<!\blinked)(?<!\bshown)\s+here\b(?!\s*(?:is|are|was|were)\b)",
    re.IGNORECASE,
)


def _writer_place(doc: Document, clause: Clause) -> set[str]:
    """The states the writer placed themself in ("I work in Indiana.") by the nearest earlier
    sentence of ``clause``'s paragraph that places the writer at all (see ``places.writer_places``)."""
    for i in range(clause.sentence.index - 1, -1, -1):
        s = doc.sentences[i]
        if s.paragraph != clause.sentence.paragraph:
            break
        placed = places.writer_places(doc.slice(s.start, s.end))
        if placed:
            return placed
    return set()


def _last_named(doc: Document, clause: Clause) -> set[str]:
    """The states named by the nearest sentence before ``clause``'s that names any (walking back
    by index, without copying the sentence list)."""
    for i in range(clause.sentence.index - 1, -1, -1):
        s = doc.sentences[i]
        named = places.states_in(doc.slice(s.start, s.end))
        if named:
            return named
    return set()


# a sentence that opens by pointing back to a state named just before ("Its statute", "There,")
_BACK_TO_STATE = re.compile(
    r"\W*(?:its|there|that\s+state(?:'s)?|the\s+state's|(?:in\s+)?that\s+state)\b", re.IGNORECASE
)

CURRENT_LAW = re.compile(
    r"\W*(?:[A-Za-z][\w '’]{0,30}:\s*)?(?:(?:under|in)\s+(?:the\s+)?(?:current|existing|present)\s+"
    r"(?:law|statutes?)|(?:current|existing|present)\s+(?:[A-Z][a-z]+\s+){0,2}(?:law|statutes?)\s+(?!would\b)\w+|"
    r"currently|at\s+present|presently|"
    # "As the statute now stands, ...": the law before the proposal
    r"as\s+(?:the\s+)?(?:law|statutes?|act|code)\s+(?:now\s+|currently\s+)?stands?)\b"
    r"(?![^.;]{0,200}\b(?:would|this\s+bill)\b)",
    re.IGNORECASE,
)

# ... or inside the sentence, before its verb: "As a result, therapists currently may not ..."
# (never "currently licensed", which names who, in a bill's own text)
CURRENT_INSIDE = re.compile(
    r"\b(?:currently|at\s+present|presently)\s+(?:(?:may|can|cannot|can't|must|are|is|do|does|have|has|"
    r"lacks?|allows?|permits?|prohibits?|authori[sz]es?|bars?|forbids?|treats?|considers?|exists?)\b|not\b)"
    r"(?![^.;]{0,200}\b(?:would|this\s+bill|this\s+legislation)\b)"
    # ... or after the negated verb: "therapists in Idaho may not currently perform ..."
    r"|\b(?:may|can|must|are|is|do|does)\s+not\s+(?:currently|at\s+present|presently)\s+\w+"
    r"(?![^.;]{0,200}\b(?:would|this\s+bill|this\s+legislation)\b)"
    # ... or a state that has held since a dated event, said in the present: "Since the 2017
    # opinion, therapists cannot offer ...", "since May 2019, licensees may ..." (a year names the
    # time: never the causal "since the practice is invasive, ..."; never a bill's "would")
    r"|\bsince\s+(?=[^.;]{0,70}\b(?:19|20)\d\d\b)(?!the\s+bill\b)[^.;,]{2,80}(?:,\s*\d{4})?,\s+"
    r"(?:[\w'-]+\s+){1,5}?(?:cannot|can't|can|may|must|are|is)\b"
    r"(?![^.;]{0,200}\b(?:would|this\s+bill|this\s+legislation)\b)",
    re.IGNORECASE,
)

# ... or what an earlier act already did, said in the past: "H.B. 188 amended the Practice Act to
# allow ...", "In 2023 the Legislature authorized physical therapists to ...", "SB 12 (2021) added
# dry needling to ...": a rule's notice or a bill's analysis reports the law it builds on; never
# "this bill", nor what a bill "would" do
ENACTED_INSIDE = re.compile(
    # a notice's label may carry a plural in parentheses: "NEED FOR THE RULE(S): House Bill ..."
    r"\W*(?:\d{1,2}[.)]\s*)?(?:[A-Za-z][\w '’]{0,60}(?:\(s\))?:\s*)?"
    r"(?:(?:in\s+(?:\w+\s+)?\d{4}|last\s+(?:year|session)|during\s+the\s+\d{4}\s+(?:\w+\s+){0,2}?session)\s*,?\s*)?(?:the\s+)?"
    r"(?:(?:H|S|A)\.?\s?B\.?\s*(?:No\.?\s*)?\d+|(?:house|senate|assembly)\s+bill\s+(?:no\.?\s*)?\d+|"
    r"(?:\w+\s+)?legislature|general\s+assembly)(?:\s*\([^()]{0,40}\))?(?:\s*,[^,;.]{0,80},)?\s+"
    r"(?:amended|added|enacted|created|authorized|allowed|permitted|expanded|revised|"
    # the whole legislature "passed" a bill that, in the present, "allows ...": the law now (never
    # "HB 12 passed the House", one chamber's vote, nor a bill passed that "would allow")
    r"(?P<passed>(?:(?<=legislature\s)|(?<=assembly\s))passed(?=[^.;]{0,120}?\b(?:which|that)\s+(?:now\s+)?"
    r"(?:allows|permits|authori[sz]es|adds|expands|lets)\b)))\b"
    r"(?![^.;]{0,200}\b(?:would|this\s+bill|this\s+legislation|veto\w*)\b)",
    re.IGNORECASE,
)

# ... or a session law named by its citation, which is law by the citation itself, in the present
# or the past: "Purpose of the Proposal and Its Anticipated Effects: Chapter 198, Laws of 2023 (2SHB
# 1039) allows a licensed physical therapist to ...", "P.L. 2021, c. 382 permits ...", "Public Act
# 101-0123 authorized ..." (a notice's long field label may come first; never what it "would" do,
# never "this bill", never a bill's number alone, which is no law yet)
ENACTED_CITED = re.compile(
    r"\W*(?:[A-Za-z][\w '’,]{0,100}(?:\(s\))?:\s*)?(?:the\s+)?"
    r"(?:chapter\s+\d+\s*,\s*laws\s+of\s+(?:[a-z]+\s+){0,3}?\d{4}|"
    r"laws\s+of\s+(?:[a-z]+\s+){0,3}?\d{4}\s*,\s*(?:chapter|ch\.|c\.)\s*\d+|"
    r"P\.\s?L\.\s?\d{4}\s*,\s*(?:chapter|ch\.|c\.)\s*\d+|public\s+act\s+(?:no\.\s*)?\d[\d-]*|"
    r"session\s+laws?\s+(?:of\s+)?\d{4}\s*[-,]\s*(?:chapter\s+|ch\.\s*)?\d+)"
    r"(?:\s*\([^()]{0,40}\))?(?:\s*,[^,;.]{0,80},)?\s+"
    r"(?:(?:now\s+|also\s+)?(?:allows|permits|authori[sz]es|requires|provides|adds|expands|amends|includes|"
    r"establishes|creates|defines)|amended|added|enacted|created|authori[sz]ed|allowed|permitted|expanded|"
    r"revised|required)\b"
    r"(?![^.;]{0,200}\b(?:would|this\s+bill|this\s+legislation|veto\w*)\b)",
    re.IGNORECASE,
)

# ... but a bill the legislature passed that still waits for the governor is not law yet: "The bill
# now heads to the governor's desk", "awaits the governor's signature"
AWAITING_GOVERNOR = re.compile(
    r"\b(?:governor'?s?\s+desk|(?:sent|goes|going|heads?|headed|went)\s+to\s+the\s+governor|"
    r"await(?:s|ing)?\s+(?:the\s+)?(?:governor|signature)|pending\s+(?:the\s+)?governor'?s?\s+signature)\b",
    re.IGNORECASE,
)


def enacted_account(sentence: str, page: str) -> re.Match[str] | None:
    """What an earlier act already did (``ENACTED_INSIDE``; a bill the whole legislature "passed"
    only when the page does not say it still waits for the governor), or what a session law cited
    does (``ENACTED_CITED``): the law a notice or a bill's analysis builds on, not its proposal."""
    found = ENACTED_INSIDE.match(sentence)
    if found is not None and not (found.group("passed") and AWAITING_GOVERNOR.search(page)):
        return found
    return ENACTED_CITED.match(sentence)


WOULD = re.compile(r"\bwould\b", re.IGNORECASE)

# markers that reach only what follows them: what an act ends or reverses is after the act, whose
# own vote comes first ("signed HB 12, which allows ..., ending a long stretch in which ...")
FORWARD_MARKERS = frozenset({"former-ended"})

# A petition's or a comment letter's own account of the law as it stands: "As a result, physical
# therapists in Florida cannot legally perform dry needling today", "Georgia physical therapists
# are currently prohibited from ...", "Since August 2009, the Board has held that dry needling is
# outside ...". The change the page asks for stays a proposal; the state of the law it starts
# from is asserted as fact, in the present (read, never decisively: see ``current_accounts``)
PRESENT_TIME = re.compile(
    r"\b(?:today|currently|presently|at\s+present|right\s+now|as\s+(?:the\s+law|things)\s+(?:now\s+)?stands?)\b",
    re.IGNORECASE,
)
# ... a position held since a dated event, in the present perfect: "Since August 2009, the Board has
# held that ...", "since 2016 physical therapists have been barred from ..."
HELD_SINCE = re.compile(
    r"\bsince\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b[^.;]{0,100}?\b(?:has|have)\s+(?:been\s+)?"
    r"(?:held|taken\s+the\s+position|maintained|treated|considered|regarded|barred|prohibited|excluded|allowed|"
    r"permitted|authori[sz]ed|forbidden)\b",
    re.IGNORECASE,
)
# ... and the consequence the next sentence draws from it: "Because of that position, ...", "As a
# result, ...", "Consequently, ..."
CONSEQUENCE_OPENER = re.compile(
    r"^\W*(?:as\s+a\s+(?:result|consequence)|because\s+of\s+(?:that|this|the\s+board's|the\s+board)\b[^,]{0,40}|"
    r"consequently|therefore|for\s+that\s+reason|in\s+practice)\s*,",
    re.IGNORECASE,
)
# never what the page asks for, hopes or foresees: "Today we ask the Legislature to let ...",
# "therapists should be able to ...", "would", "if", a question
ASKING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|urge[sd]?|urging|request(?:s|ed|ing)?|petition(?:s|ed|ing)?|call(?:s|ing)?\s+on|"
    r"propos(?:e|es|ed|al)|support(?:s|ing)?|hope|want|should|would|could|will|if|bill|amend(?:ment)?)\b|\?",
    re.IGNORECASE,
)


def current_accounts(doc: Document) -> set[int]:
    """Sentences in which a page states the law as it stands now, as fact (see ``PRESENT_TIME``,
    ``HELD_SINCE``, ``CURRENT_LAW``), and the consequence the next sentence of the paragraph draws
    from one; never a sentence that asks, hopes or foresees (``ASKING``)."""
    out: set[int] = set()
    previous: int | None = None
    for s in doc.sentences:
        if s.chrome:
            continue
        piece = doc.slice(s.start, s.end)
        if ASKING.search(piece):
            previous = None
            continue
        current = bool(
            PRESENT_TIME.search(piece)
            or HELD_SINCE.search(piece)
            or CURRENT_LAW.match(piece)
            or CURRENT_INSIDE.search(piece)
        )
        follows = (
            previous is not None
            and doc.sentences[previous].paragraph == s.paragraph
            and bool(CONSEQUENCE_OPENER.match(piece))
        )
        if current or follows:
            out.add(s.index)
            previous = s.index
        else:
            previous = None
    return out


CONCLUDED_COURT_WOULD = re.compile(
    r"\b(?:conclu(?:ded|des|ding|sion)|opin(?:ed|es|ing)|determin(?:ed|es|ing))\s+(?:is\s+)?that\s+(?:a|the|any)\s+"
    r"(?:\w+\s+){0,2}?courts?\s+would\s+(?:likely\s+|probably\s+)?(?:conclude|hold|find|determine|uphold)\b",
    re.IGNORECASE,
)
# an opinion's summary line, in a list of opinions issued, that predicts the court's answer:
# "Summary: A court would likely conclude that ...": the opinion's conclusion, not a proposal
OPINION_SUMMARY_WOULD = re.compile(
    r"^\W*(?:summary|conclusion|short\s+answer|held|holding)\s*:\s*(?:a|the|any)\s+(?:\w+\s+){0,2}?courts?\s+would\s+"
    r"(?:likely\s+|probably\s+)?(?:conclude|hold|find|determine|uphold)\b",
    re.IGNORECASE | re.MULTILINE,
)
WOULD_CONCLUDE = re.compile(
    r"\bwould\s+(?:likely\s+|probably\s+)?(?:conclude|hold|find|determine|uphold)\b", re.IGNORECASE
)


# a decision on a proposal, and the reason it gives: "The Final Order determined that proposed Rule
# 64B17-6.008 is an invalid exercise of delegated authority, because the Board lacks statutory
# authority to ...", "the court held the proposed regulation void since the act does not ...":
# the proposal is the decision's object, its reason is what the decider says of the law now (the
# search runs within the sentence, whose rule numbers and "F.A.C." hold dots)
DECIDED_BECAUSE = re.compile(
    r"\b(?:determined|determines|held|holds|found|finds|concluded|concludes|ruled|rules|declared|declares|"
    r"decided|decides)\b[^;]{0,40}?\bproposed\b[^;]{0,160}?\b(?:invalid|void|unlawful|unauthori[sz]ed|"
    r"ultra\s+vires|beyond\s+(?:the\s+|its\s+)?(?:\w+\s+)?authority)\b[^;]{0,120}?,?\s*\b(?:because|since|as)\b",
    re.IGNORECASE,
)

RECOUNTED_POSITION = "claim-recounted"

RESCINDED_BECAUSE = re.compile(
    r"\b(?:when|after|because|since|once|as)\b[^.;]{0,100}?\b(?:held|holds|ruled|rules|found|finds|concluded|"
    r"concludes|determined|determines|decided|decides|declared|declares)\b[^.;]{0,40}?\bthat\s|"
    # "That changed when the Board adopted a policy at its May meeting stating that ...": the
    # rescission rests on the new policy the clause states
    r"\b(?:when|after|because|since|once|as)\b[^.;]{0,100}?\b(?:adopted|issued|approved|published|released)\s+"
    r"(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:policy|rule|position|resolution|statement|opinion|ruling|"
    r"guidance|interpretation)\b[^.;]{0,60}?\b(?:stating|saying|declaring|providing|finding|holding|that)\s",
    re.IGNORECASE,
)


# the language a letter or comment asks for: "We ask the Committee to adopt an amendment ...
# substantially as follows:" (the next paragraph is the wording asked for, not law)
ASKED_INTRO = re.compile(
    r"\b(?:ask|urge|request|propose|recommend|suggest|support)\w*\b[^;]{0,160}?\b(?:amendments?|language|"
    r"provisions?|sections?|rules?|wording|text)\b[^;]{0,100}?\b(?:as\s+follows|reading|to\s+read)\s*:\s*$",
    re.IGNORECASE,
)


def asked_language(doc: Document) -> set[int]:
    """Sentences of the paragraph right after an ``ASKED_INTRO``: wording asked for, not in force."""
    out: set[int] = set()
    sentences = doc.sentences
    for s in sentences:
        if s.chrome or not ASKED_INTRO.search(doc.slice(s.start, s.end)):
            continue
        following = [t for t in sentences[s.index + 1 :] if not t.chrome]
        if following:
            paragraph = following[0].paragraph
            out |= {t.index for t in following if t.paragraph == paragraph}
    return out


# a bill's digest line: a sentence with no subject that opens on what a measure does ("Allows
# occupational therapists who ... to perform dry needling.") right after a line that names a bill
# ("HB 1275 by Representative X - Occupational Therapists."); it describes the bill, as an
# agenda or committee record lists bills, and is pending like the bill (unless it became law)
DIGEST_VERB = re.compile(
    r"^\W*(?:allows|authori[sz]es|permits|prohibits|bars|bans|requires|adds|expands|establishes|defines|"
    r"creates|amends|repeals|revises|clarifies|specifies|includes|excludes|exempts|removes|restricts|limits)\b",
    re.IGNORECASE,
)
_DIGEST_HEAD_WORDS = 30


def bill_digests(doc: Document) -> set[int]:
    """Sentences that are a bill's digest line (see ``DIGEST_VERB``)."""
    out: set[int] = set()
    for s in doc.sentences[1:]:
        if not DIGEST_VERB.match(doc.slice(s.start, s.end)):
            continue
        before = doc.sentences[s.index - 1]
        head = doc.slice(before.start, before.end)
        if len(head.split()) <= _DIGEST_HEAD_WORDS and BILL_NAMED.search(head):
            out.add(s.index)
    return out


# a cited section of law, then what it provides: "HRS § 461J-2.5, which provides that"
LAW_PROVIDES = re.compile(
    r"(?:§+\s*[\w.-]+|\b(?:section|sec\.|rule)\s+[\w.()-]*\d[\w.()-]*)\s*(?:\([^()]{0,40}\)\s*)?,\s*which\s+"
    r"(?:provides|states|reads|specifies|requires)\s+(?:in\s+(?:relevant\s+)?part\s+)?(?:that\b|:)",
    re.IGNORECASE,
)


def concedes(vote: Vote, speaker: Profession | None) -> bool:
    """Whether a party's account of the law as it stands grants what the party wants changed: a
    profession's own bar ("we physical therapists cannot dry needle today"), or a rival's permission
    ("acupuncturists note that physical therapists currently may needle"). What suits the party
    (its own permission, a rival's bar) is its stand, not a report of the law."""
    if speaker is None or speaker is Profession.OTHER or not vote.professions:
        return False
    own = speaker in vote.professions
    if own and vote.professions != {speaker}:
        return False
    return (vote.meaning is Meaning.PROHIBITS) if own else (vote.meaning is Meaning.PERMITS)


def cancel(
    doc: Document,
    clauses: list[Clause],
    enacted: bool,
    proposal: int | None,
    holdings: set[int],
    speaker: Profession | None = None,
) -> None:
    """Apply markers and page context to the votes (see the module docstring); ``speaker`` is the
    profession the page speaks for (its own profession), whose concessions a petition reports."""
    text = doc.text
    last_topical: Clause | None = None
    comments = comment_sections(doc)
    existing = existing_law(doc)
    first_line = doc.text.lstrip().split("\n", 1)[0]
    if NATIONAL_PAGE.match(first_line):  # a national or world body's page: its views, no state's law
        comments = {s.index for s in doc.sentences}
    failed = failed_motions(doc)
    head_lines = doc.text.lstrip().splitlines()
    if (
        PETITION_PAGE.search("\n".join(head_lines[:HEAD_LINES]))
        or PETITION_SITE.search("\n".join(head_lines[: HEAD_LINES * 2]))
        or LETTER_SUBJECT.search("\n".join(head_lines[: letter_head(head_lines)]))
        or comment_form(doc)
    ) and not structure_mod.order_on_petition(doc):
        # a petition page: all of it is what it asks for, but for its organiser's updates, and
        # its account of the law as it stands (read, never decisively)
        comments = {s.index for s in doc.sentences} - structure_mod.petition_updates(doc)
        stands = current_accounts(doc)
        # ... with the clauses the rules mark as now ("Right now, physical therapists in Washington
        # are not allowed to ..."): both pass the same guards (``ASKING`` here and in
        # ``current_accounts``, ``concedes`` below)
        status_quo = {
            c.sentence.index
            for c in clauses
            if Meaning.CURRENT in c.markers
            and not {Meaning.PENDING, Meaning.CLAIM, Meaning.QUESTION} & set(c.markers)
            and not ASKING.search(text[c.sentence.start : c.sentence.end])
        }
    else:
        stands = set()
        status_quo = set()
    asked = asked_language(doc)
    digests = set() if enacted else bill_digests(doc)
    recounting: set[int] = set()  # sentences opened by a party's position ("As we understand ...")
    for clause in clauses:
        if clause.markers.get(Meaning.CLAIM) == RECOUNTED_POSITION:
            recounting.add(clause.sentence.index)
        elif clause.sentence.index in recounting:
            # the position recounted runs on through the sentence's clauses ("...; and therefore
            # only a licensed acupuncturist may perform TDN")
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or RECOUNTED_POSITION
        if clause.sentence.index in asked:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "asked-language"
        if clause.sentence.index in digests:
            clause.markers.setdefault(Meaning.PENDING, "bill-digest")
            clause.marker_at.setdefault(Meaning.PENDING, clause.span.start)
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "bill-digest"
        if clause.sentence.index in failed:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "motion-failed"
        if clause.sentence.index in comments:
            for vote in clause.votes:
                if (
                    clause.sentence.index in stands
                    or (clause.sentence.index in status_quo and Meaning.CURRENT in clause.markers)
                ) and concedes(vote, speaker):
                    # the law the petition sets out to change: "... cannot ... today" (reported)
                    vote.reported = True
                    continue
                vote.cancelled = vote.cancelled or "public-comment"
        if (
            proposal is not None
            and clause.span.start >= proposal
            and not CURRENT_LAW.match(text[clause.sentence.start : clause.sentence.end])
            and not CURRENT_INSIDE.search(text[clause.sentence.start : clause.sentence.end])
            and not enacted_account(text[clause.sentence.start : clause.sentence.end], text)
            and clause.sentence.index not in existing
        ):
            # a bill's statement of the law as it stands ("Under current law, ... are not
            # authorized") is not proposed text
            clause.markers.setdefault(Meaning.PENDING, "proposed-text")
            clause.marker_at.setdefault(Meaning.PENDING, clause.span.start)
            for vote in clause.votes:  # the whole proposed text, whatever its coordination
                vote.cancelled = vote.cancelled or "proposed-text"
        if (
            clause.enactable
            and not enacted
            and Meaning.PENDING not in clause.markers
            # "H.B. 188 amended the Act to allow ...": the bill named is law already
            and not enacted_account(text[clause.sentence.start : clause.sentence.end], text)
        ):
            rule_id, at = next(iter(clause.enactable.items()))
            clause.markers[Meaning.PENDING] = rule_id
            clause.marker_at[Meaning.PENDING] = at
        rescinds = clause.markers.get(Meaning.RESCINDS_PREVIOUS)
        if rescinds:
            # "This law replaced the position that ... outside": the position follows, in the
            # clause itself; otherwise ("that position was rescinded") it is the nearest
            # earlier statement on the topic
            at = clause.marker_at[Meaning.RESCINDS_PREVIOUS]
            # ... but what the rescission rests on is the new law: "That rule was invalidated when
            # the court held that dry needling is not within ..."
            own = [v for v in clause.votes if v.at > at and not RESCINDED_BECAUSE.search(text, at, v.at)]
            for vote in own or (last_topical.votes if last_topical else []):
                vote.cancelled = vote.cancelled or rescinds
        for meaning in (Meaning.PENDING, Meaning.FORMER, Meaning.QUESTION, Meaning.CLAIM):
            # what an opinion concludes a court "would likely conclude" is its conclusion
            if (
                meaning is Meaning.PENDING
                and clause.markers.get(meaning) in ("hypothetical", "pending-proposal")
                and (
                    clause.sentence.index in holdings
                    # "issued an opinion concluding that a court would likely find ...": what
                    # the opinion concluded, as news reports it
                    or CONCLUDED_COURT_WOULD.search(text, clause.sentence.start, clause.sentence.end)
                    or OPINION_SUMMARY_WOULD.search(text[clause.sentence.start : clause.sentence.end])
                )
                and WOULD_CONCLUDE.search(text, clause.sentence.start, clause.sentence.end)
            ):
                continue
            marks = clause.all_markers(meaning)
            if meaning is Meaning.PENDING and marks:
                # a notice's field label before an enacted law's account is the notice's, not the
                # account's: "Purpose of the Proposal: Chapter 198, Laws of 2023 allows ..."
                account = enacted_account(text[clause.sentence.start : clause.sentence.end], text)
                if account is not None:
                    marks = [(r, at) for r, at in marks if at >= clause.sentence.start + account.end()]
            if not marks:
                continue
            for vote in clause.votes:
                if meaning is Meaning.CLAIM and LAW_PROVIDES.search(text, marks[0][1], vote.at):
                    # what a cited law provides is the law's text, whoever cites it: "RICO
                    # alleges that the conduct violates HRS § 461J-2.5, which provides that a
                    # physical therapist shall not ..."; recounted by a party: never decisive
                    vote.reported = True
                    continue
                if (
                    meaning is Meaning.CLAIM
                    and all(rule_id == "national-body" for rule_id, _ in marks)
                    and places.states_in(text[clause.span.start : clause.span.end])
                ):
                    # a national body's count of named states ("California, Hawaii and New York
                    # remain the only states where ..., according to the APTA") reports those
                    # states' law (``place`` drops it for any other state): never decisive
                    vote.reported = True
                    continue
                for rule_id, at in marks:
                    if (
                        rule_id == "pending-proposal"
                        and DECIDED_BECAUSE.search(text, clause.sentence.start, vote.at)
                        and not WOULD.search(text, clause.sentence.start, clause.sentence.end)
                    ):
                        continue  # the reason a decision on a proposal gives: the decider's word
                    # every marker of the meaning, each as far as it reaches (a recommendation's
                    # "that" through a series: see ``votes.SERIES_MARKERS``)
                    claim, series = meaning is Meaning.CLAIM, rule_id in SERIES_MARKERS
                    if rule_id in FORWARD_MARKERS and (vote.end or vote.at + 1) <= at:
                        continue  # "signed HB 12, which allows ..., ending a stretch in which ..."
                    if reaches(text, at, vote.at, claim=claim, series=series):
                        vote.cancelled = vote.cancelled or rule_id
                        break
        if clause.topical:
            last_topical = clause
    # "may not perform dry needling until the board's rules take effect": the law permits it
    # and practice waits; the deferral counts as a permission, and cancels the page's
    # prohibitions for its professions (they say the same wait)
    deferring = [v for c in clauses for v in c.votes if v.rule.defers and not v.cancelled]
    for d in deferring:
        d.meaning = Meaning.PERMITS
    # ... but not what the page says of other states: "Oregon: pending board rules" above
    # "claims from California therapists are denied because ... outside the scope in those
    # states" (each names its own states, and they differ)
    where = {id(d): places.states_in(doc.slice(d.sentence.start, d.sentence.end)) for d in deferring}
    for vote in (v for c in clauses for v in c.votes if not v.cancelled):
        named = places.states_in(doc.slice(vote.sentence.start, vote.sentence.end)) if deferring else set()
        for d in deferring:
            if named and where[id(d)] and not named & where[id(d)]:
                continue
            if vote.meaning is Meaning.PROHIBITS and vote.professions & d.professions:
                vote.cancelled = d.rule.id


ANSWER = re.compile(
    r"\W*(?:(?:A(?:nswer)?|(?:short\s+)?answer|ruling|holding|response|conclusion)\s*(?:\d{1,2}\s*)?[:.-]\s*)?(?P<word>yes|no)\b(?!\s+(?:one|longer|more|statute|rule|law|board|position|"
    r"specific|formal|action|decision)\b)",
    re.IGNORECASE,
)


# an answer that is a line of its own: "Yes", "No."
BARE_ANSWER = re.compile(r"\W*(?:yes|no)\W*", re.IGNORECASE)


# a question whether something is required for the practice, before the vote's match
REQUIREMENT_QUESTION = re.compile(
    r"\b(?:need|needs|required|require|have\s+to|has\s+to|must)\b(?![^?]{0,80}\b(?:stop|cease|refrain)\b)",
    re.IGNORECASE,
)


# a question whether an act was beyond the actor's power or void: "Did the Board exceed its
# statutory authority by adopting a rule recognizing dry needling as within ...?" A "No" says the
# act stands (what it recognizes holds); a "Yes" says it falls (turned around)
INVALIDITY_QUESTION = re.compile(
    r"\b(?:exceed(?:s|ed|ing)?|act(?:s|ed|ing)?\s+(?:beyond|outside|in\s+excess\s+of|without))\s+"
    r"(?:its|their|his|her|the\s+[\w-]+'s)\s+(?:[\w-]+\s+){0,2}?(?:authority|powers?|jurisdiction|mandate)\b|"
    r"\bultra\s+vires\b|\b(?:invalid|void|unlawful|unconstitutional)\b",
    re.IGNORECASE,
)


def answered(doc: Document, clauses: list[Clause]) -> None:
    """A question the page answers at once ("Can a chiropractor perform dry needling?" then
    "A: No."): the question's own vote stands, turned around by a "No" (by a "Yes" when the
    question asks whether an act was beyond its author's authority or void)."""
    for clause in clauses:
        sentence = clause.sentence
        if not doc.slice(sentence.start, sentence.end).rstrip().endswith("?"):
            continue
        after = list(doc.sentences[sentence.index + 1 : sentence.index + 2])
        if not (after and after[0].chrome and BARE_ANSWER.fullmatch(doc.slice(after[0].start, after[0].end))):
            # the answer is the next statement, past headings; but a FAQ's bare "Yes" / "No" line
            # right under its question (a short line, so chrome) is the answer too
            after = [s for s in doc.sentences if s.index > sentence.index and not s.chrome][:1]
        m = ANSWER.match(doc.slice(after[0].start, after[0].end)) if after else None
        if not m:
            continue
        for vote in clause.votes:
            if vote.cancelled != "question" or vote.meaning not in OPPOSITE:
                continue
            vote.cancelled = None
            asked = doc.slice(sentence.start, vote.at)
            no = m.group("word").lower() == "no"
            if INVALIDITY_QUESTION.search(doc.slice(sentence.start, sentence.end)):
                no = not no  # "Did the Board exceed its authority by ...? No.": the act stands
            if no and not (vote.meaning is Meaning.PERMITS and REQUIREMENT_QUESTION.search(asked)):
                # ... but a "No" to a requirement ("Do I need a separate certificate to perform
                # dry needling?") drops the requirement, not the practice
                vote.meaning = OPPOSITE[vote.meaning]
            # quoted as question and answer: "Q: May an athletic trainer ...? A: Yes, after ..."
            vote.quote_from = sentence.start
            vote.sentence = after[0]


# animal patients: what a profession may do to a dog or a horse is the law of veterinary
# medicine, not the profession's scope of practice on people. Only where the animal is what is
# treated ("on a dog", "dry needle a horse", "animal patients", "veterinary patients"), and no
# person is ("on patients, and on horses only under a veterinarian" still permits on patients).
_ANIMAL_WORD = r"(?:animals?|dogs?|horses?|canines?|equines?|pets?|livestock)"
ANIMAL = re.compile(
    rf"\b(?:on|to|into|treat(?:s|ed|ing)?|needle|needling)\s+(?:an?\s+|the\s+|their\s+|your\s+|other\s+)?"
    rf"{_ANIMAL_WORD}\b|\b(?:animal|canine|equine|veterinary|pet)\s+patients?\b",
    re.IGNORECASE,
)
HUMAN_PATIENTS = re.compile(
    r"\b(?:on|to|treat(?:s|ed|ing)?)\s+(?:human\s+)?(?:patients|people|humans|persons|individuals|clients)\b",
    re.IGNORECASE,
)


def animals(doc: Document, clauses: list[Clause]) -> None:
    """Cancel the votes of a clause (or a question and its answer) about treating animals."""
    for clause in clauses:
        for vote in clause.votes:
            start, end = clause.span.start, clause.span.end
            if vote.sentence is not clause.sentence:  # an answered question: its answer too
                start, end = min(start, vote.quote_from or start), max(end, vote.sentence.end)
            if ANIMAL.search(doc.text, start, end) and not HUMAN_PATIENTS.search(doc.text, start, end):
                vote.cancelled = vote.cancelled or "animal-patients"


# dry needling named as a kind of acupuncture a profession may do: "may not perform acupuncture,
# including dry needling, unless the licensee has completed 100 hours"
_ACUPUNCTURE_KIND = re.compile(
    rf"\bacupuncture\s*,?\s+(?:including|such\s+as)\s+(?:[\w-]+\s+){{0,3}}?(?:{DN_TERM})", re.I
)


# a line that introduces a list: "... signed the following bills into law:", "... vetoed the following bill:"
_LIST_INTRO = re.compile(r"\bthe\s+following\b[^.\n]{0,60}:\s*$", re.IGNORECASE)
_VETO_INTRO = re.compile(
    r"\b(?:vetoed|did\s+not\s+sign|returned\s+(?:\w+\s+){0,3}?without\s+(?:his\s+|her\s+|my\s+)?(?:signature|approval))"
    r"\s+(?:\w+\s+){0,2}?the\s+following\b",
    re.IGNORECASE,
)


def vetoed_entries(doc: Document, clauses: list[Clause]) -> None:
    """Cancel the votes of the entries of a list of vetoed bills ("Governor X vetoed the following
    bills:" over "S-12 - Permits ..."): a vetoed bill's summary is no law. An entry belongs to the
    nearest list introduction above it."""
    vetoed: set[int] = set()
    under_veto = False
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if _LIST_INTRO.search(piece):
            under_veto = bool(_VETO_INTRO.search(piece))
        elif under_veto:
            vetoed.add(s.index)
    for clause in clauses:
        if clause.sentence.index in vetoed:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "vetoed-entry"


_SALUTATION = re.compile(r"^\s*(?:dear|to\s+whom\s+it\s+may\s+concern)\b", re.IGNORECASE)
_LETTER_HEAD_MAX = 40


def letter_head(lines: list[str]) -> int:
    """How many lines a letter's head runs: up to its salutation ("Dear Governor ...:"), which a
    letterhead and two address blocks can push down the page; a page with no salutation near
    the top has the usual head."""
    for i, line in enumerate(lines[:_LETTER_HEAD_MAX]):
        if _SALUTATION.match(line):
            return max(i, HEAD_LINES * 2)
    return HEAD_LINES * 2


def acupuncture_kind(doc: Document, clauses: list[Clause]) -> None:
    """Cancel "dry needling is a form of acupuncture" for a profession the page lets perform
    acupuncture, dry needling included: for it the definition is no ban (a chiropractic board's
    acupuncture rule)."""
    allowed: set[Profession] = set()
    for clause in clauses:
        for vote in clause.votes:
            if (
                vote.meaning is Meaning.PERMITS
                and vote.cancelled is None
                and _ACUPUNCTURE_KIND.search(doc.text, clause.sentence.start, clause.sentence.end)
            ):
                allowed |= vote.professions
    if not allowed:
        return
    for clause in clauses:
        for vote in clause.votes:
            if vote.rule.id == "proh-is-acupuncture" and vote.professions <= allowed:
                vote.cancelled = vote.cancelled or "acupuncture-permitted"


def structures(doc: Document, clauses: list[Clause]) -> None:
    """What the page's structure does to its votes (see ``structure.py``): an institution's own
    policy is no state's law; a page bannered as superseded states an old law and the banner's
    replacement decides; a quiz's statements are questions its key answers; a page whose "dry
    needling" is another trade's procedure says nothing of the therapy."""
    if structure_mod.homonym(doc):
        for clause in clauses:
            for vote in clause.votes:
                vote.cancelled = vote.cancelled or "homonym"
        return
    if structure_mod.institution_policy(structure_mod.head(doc)):
        for clause in clauses:
            recounts = structure_mod.states_law(doc.slice(clause.sentence.start, clause.sentence.end))
            for vote in clause.votes:
                if recounts and vote.cancelled is None:
                    vote.reported = True  # it recounts the state's law: may decide, never decisively
                    continue
                vote.cancelled = vote.cancelled or "institution-policy"
    flag = structure_mod.banner(doc)
    if flag is not None:
        for clause in clauses:
            if clause.sentence.index != flag.sentence:
                for vote in clause.votes:
                    if flag.invalid and vote.cancelled is None and vote.meaning is Meaning.PERMITS:
                        # "NOTE: This rule was held invalid by the Court of Appeals": the permission
                        # the rule grants is void, as the note says (never decisively)
                        vote.meaning, vote.reported = Meaning.PROHIBITS, True
                        vote.sentence, vote.quote_from = doc.sentences[flag.sentence], None
                        continue
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
