"""The engine: sentences -> rule hits -> attributed votes -> one ``Finding``.

The work is split by job: ``votes.py`` reads rule hits into attributed votes (steps 2-4),
``context.py`` reads which parts of a page are not its own current law (a proposal, a comment,
what it only recounts ...), ``cancel.py`` applies that context and the clauses' markers to the
votes (step 5), ``confidence.py`` weighs and resolves them (step 6). This module runs the
steps, and chooses the finding's evidence, dates and conditions.

Steps, for one page and one profession:

1. ``sentences.segment`` cuts the text into paragraphs, sentences and clauses. Chrome lines
   (titles, menus, footers) never vote.
2. A sentence is *on topic* when it names dry needling or a synonym, or refers back to it
   ("the procedure") right after one that does. Rows with ``topical=True`` only look at
   on-topic sentences.
3. Every rule row is matched against every clause; ``suppresses`` and vetoes drop hits.
4. Each ``PERMITS``/``PROHIBITS`` hit is attributed to the professions it is about
   (``professions.py``): the one named in its scope phrase ("... of athletic trainers"), in the
   match, before it in the clause, elsewhere in the sentence, a body's name, and finally the
   page's own profession.
   Before that, ``polarity.py`` decides whether a negator governs the hit: a ``FLIP`` row
   becomes the opposite vote ("does not consider dry needling to be within the scope"), any
   other row is dropped; a hit inside an indirect question ("whether ...") never votes.
5. ``PENDING``/``FORMER``/``QUESTION``/``CLAIM`` cancel their clause's votes;
   ``RESCINDS_PREVIOUS`` cancels the nearest earlier on-topic clause's votes (or its own,
   when it states the old position itself); a live vote of a ``defers`` row ("may not ...
   until the rules take effect") cancels its profession's contrary votes. When both
   directions remain, a ``HOLDING`` ("Holding:", "Conclusion:") beats what the page only
   recounts, and a side that is only dated history (or older) loses to a newer one.
6. The two sides are scored and compared; see "Confidence" below.
7. The learned fallback (``fallback.py``) reads the rules' finding for a page read for a
   jurisdiction: it may turn an undecided page, overrule a reading that decides below 0.8 (both
   at 0.5-0.64) or doubt a decisive one (kept at 0.79), always for review; never decisively.

Confidence
----------
``confidence`` is how sure the page's own words make us of ``status``:

- **0.8 and above**: an explicit, decisive wording for this profession ("is within the scope
  of physical therapy", "may not perform dry needling", "shall not ... unless ...") and
  nothing on the page against it; also a page that never mentions dry needling (0.95), which
  is cleanly ``unaddressed`` (unless it bars the profession from every treatment that pierces the
  skin: prohibited 0.6, for review, ``penetration.py``).
- **0.5 to 0.8**: decided, but on weaker or hedged wording ("does not appear to be
  prohibited", "must not ... until rules are adopted"), with the profession inferred from the
  page rather than named, or against a weaker contrary signal, or on a page whose context
  doubts it (``confidence.doubted``: an employer's, a federal agency's or a union's masthead;
  another sentence saying some authority was superseded, held invalid or withdrawn); or
  ``unaddressed`` that the page states outright ("has not taken a position", a pending bill,
  a ruling only about other professions).
- **below 0.5** (``tracker.models.REVIEW_THRESHOLD``): the page talks about dry needling but
  nothing decides it for this profession, or the signals conflict. The status is then always
  ``unaddressed`` with ``needs_review=True``; a weak lean is never presented as a finding.

A vote's weight is its row's ``weight`` times its modifiers (hedge 0.8, advocacy 0.5, dated
history 0.95, profession inferred 0.9, topic by reference 0.9). A side's strength is its best
vote plus 0.03 per extra agreeing vote (max 0.97); with a contrary side of strength L, the
winner's confidence is multiplied by ``1 - 0.7 * L``.
"""

from __future__ import annotations

import bisect
import re

from tracker.analysis.classify import conditions as conditions_mod
from tracker.analysis.classify import dates as dates_mod
from tracker.analysis.classify import fallback, penetration, places
from tracker.analysis.classify.attribution import Mentions
from tracker.analysis.classify.cancel import (
    acupuncture_kind,
    animals,
    answered,
    cancel,
    elsewhere,
    place,
    structures,
    vetoed_entries,
)
from tracker.analysis.classify.confidence import (
    CAPTION,
    CONFLICT_PENALTY,
    DECISIVE_CONFIDENCE,
    NON_AUTHORITY,
    NON_AUTHORITY_FACTOR,
    decisive,
    doubted,
    resolve,
    strength,
    weigh,
)
from tracker.analysis.classify.context import (
    holding_sentences,
    page_enacted,
    proposal_start,
    recounted_sentences,
    summary_sentences,
    tentative,
)
from tracker.analysis.classify.professions import PERSON, page_profession
from tracker.analysis.classify.rules import (
    ANAPHOR_RE,
    DN_TERM,
    MODIFIER_FACTORS,
    Meaning,
)
from tracker.analysis.classify.sentences import Document, Sentence, Span, segment
from tracker.analysis.classify.typography import Normalised, normalise, rewrite
from tracker.analysis.classify.votes import (
    ANSWERED_ROW,
    COORDINATION,
    ITEM,
    Clause,
    Vote,
    scan,
    topicality,
)
from tracker.models import REVIEW_THRESHOLD, Conditions, Finding, FindingStatus, Profession

NO_MENTION_CONFIDENCE = 0.95
CHROME_ONLY_CONFIDENCE = 0.9
SILENT_CONFIDENCE = 0.75
PENDING_CONFIDENCE = 0.7
OTHERS_ONLY_CONFIDENCE = 0.7
FORMER_ONLY_CONFIDENCE = 0.6
UNDECIDED_CONFIDENCE = 0.3
SUBJECT_BONUS = 0.06  # evidence only: not a vote's strength
PROPOSED_TEXT = "proposed-text"  # the marker of a bill's or a proposed rule's own text (``cancel``)
_TABLE_ROWS = 2  # state-headed rows that make a page a state-by-state table
# a letter's or memo's subject line ("RE: Request for recognition of a dry needling course"):
# it names what the letter is about, so a body that speaks of needle insertion without the
# term is on the topic
_SUBJECT_LINE = re.compile(r"^\s*(?:re|subject|subj)\s*:", re.IGNORECASE)


_SUBJECT_WORDS = 8
_HEAD_SENTENCES = 12  # the page's head: its headings name what it is about
_MASTHEAD_WORDS = 8
# a profession's own body by its masthead; a news site, blog, forum or seminar is not one (its
# account of another profession is news, weighed as such, not a rival's)
_ASSOCIATION = re.compile(
    r"\b(?:association|society|alliance|coalition|academy|federation|advocates?)\b", re.IGNORECASE
)


# a rival's concession: "We recognize that House Bill 5 allows physical therapists to ...", "The
# Society acknowledges that the rule permits ...", "we do not dispute that ...": what a party grants
# against its own stand is no advocacy (it stays an association's word, never decisive)
_CONCESSION = re.compile(
    r"\b(?:we|the\s+(?:association|society|alliance|coalition|academy|federation|council))\s+(?:also\s+|fully\s+|"
    r"readily\s+)?(?:recogni[sz]e[sd]?|acknowledge[sd]?|concede[sd]?|accept(?:s|ed)?|(?:do|does|did)\s+not\s+dispute)"
    r"\s+that\b",
    re.IGNORECASE,
)
_RESTS_ON = re.compile(
    r"\b(?:in\s+light\s+of|following|pursuant\s+to|based\s+on|in\s+accordance\s+with|as\s+a\s+result\s+of|"
    r"consistent\s+with)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:opinion|ruling|decision|order|judgment)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r",\s*(?:which|that)\s+(?:\w+\s+){0,2}?$|\bwho\s+(?:is\s+|are\s+)?$", re.IGNORECASE)
_CONSEQUENCE = re.compile(
    r"\b(?:subject\s+to\s+(?:\w+\s+)?(?:disciplin|sanction|penalt)|disciplinary\s+action)\w*", re.I
)


def _lead_part(text: str, clauses: list[Clause], lead: Vote) -> Span:
    """The coordinated part of the lead vote's clause that holds its match."""
    span = next(c.span for c in clauses if c.number == lead.clause)
    start, end = span.start, span.end
    for m in COORDINATION.finditer(text, span.start, span.end):
        if m.end() <= lead.at:
            start = m.end()
        elif m.start() >= lead.at:
            end = m.start()
            break
    return Span(start, end)


def _sentence_text(doc: Document, s: Sentence) -> str:
    return doc.quote(s.start, s.end).strip()


def _conditions(
    doc: Document,
    winners: list[Vote],
    direct: list[bool],
    excluded: set[int],
    profession: Profession,
    page_mentions: Mentions,
) -> Conditions:
    paragraphs = {v.sentence.paragraph for v in winners}
    # ... and the next paragraph with text: a heading between ("Practice requirement") is none
    content = sorted({s.paragraph for s in doc.sentences if not s.chrome})
    for s in doc.sentences:
        if direct[s.index] and not s.chrome:
            after = content[bisect.bisect_right(content, s.paragraph) :][:1]
            paragraphs.update({s.paragraph, s.paragraph + 1, *after})
    # the items of a list a winner introduces ("... shall not perform dry needling unless:")
    intros = {
        v.sentence.index
        for v in winners
        if doc.slice(v.sentence.start, v.sentence.end).rstrip().endswith(":")
    }
    for i in sorted(intros):
        for s in doc.sentences[i + 1 :]:
            if not ITEM.match(doc.slice(s.start, s.end)):
                break
            paragraphs.add(s.paragraph)
    picked: list[str] = []
    for s in doc.sentences:
        if s.chrome or s.paragraph not in paragraphs or s.index in excluded:
            continue
        sentence = doc.slice(s.start, s.end)
        # a sentence whose subject is another profession states its conditions, not ours
        lead = s.start + len(" ".join(sentence.split()[:_SUBJECT_WORDS]))
        named = {m.profession for m in page_mentions.sentence(s) if m.kind == PERSON and m.start < lead}
        if named and not named & {profession, Profession.OTHER}:
            continue
        picked.append(sentence)
    return conditions_mod.extract(picked)


# a class the page puts dry needling in: "The Board considers dry needling to be a physical
# agent modality", "dry needling is an invasive procedure"; what the same paragraph then says
# of that class ("an occupational therapist may use physical agent modalities when ...") it
# says of dry needling. Only a class of two or more words: "a technique" names nothing.
_CLASS = re.compile(
    rf"(?:\b(?:consider|deem|regard|treat|classif(?:y|ie))\w*\s+(?:{DN_TERM})(?:\s+(?:to\s+be|as))?|(?:{DN_TERM})\s+"
    r"(?:is|constitutes)(?:\s+(?:therefore|thus|also|clearly))?)\s+(?:an?\s+)?(?P<cls>(?:[a-z][\w-]*\s+){1,2}?"
    r"(?:modalit(?:y|ies)|procedures?|interventions?|techniques?))\b",
    re.IGNORECASE,
)
_PARAGRAPH_END = re.compile(r"\n\s*\n")
_ALIAS = "dry needling"


def _aliased(plain: Normalised) -> tuple[Normalised, tuple[int, int, int] | None]:
    """The page with a class it puts dry needling in read as dry needling, in the rest of
    that paragraph (offsets still point into the original page, so evidence is verbatim),
    and (where the class is named, where the reading starts, where it ends) when it did."""
    m = _CLASS.search(plain.text)
    if not m:
        return plain, None
    words = m.group("cls").split()
    stem = re.sub(r"(?:y|ies|s)$", "", words[-1].lower())
    head = r"\s+".join(re.escape(w) for w in words[:-1])
    pattern = re.compile(rf"\b{head}\s+{re.escape(stem)}(?:y|ies|s)?\b", re.IGNORECASE)
    end = _PARAGRAPH_END.search(plain.text, m.end())
    stop = end.start() if end else len(plain.text)
    before, after = plain.text[: m.end()], plain.text[m.end() : stop]
    text, where = rewrite(after, list(plain.offsets[m.end() : stop]), pattern, lambda _: _ALIAS)
    if text == after:
        return plain, None
    aliased = Normalised(
        plain.original,
        before + text + plain.text[stop:],
        (*plain.offsets[: m.end()], *where, *plain.offsets[stop:]),
    )
    return aliased, (m.start(), m.end(), m.end() + len(text))


def classify_text(
    text: str, profession: Profession, *, board: str | None = None, jurisdiction: str | None = None
) -> Finding:
    """Decide whether ``text`` permits, prohibits or leaves unaddressed dry needling.

    ``jurisdiction`` (a USPS code such as ``"OR"``) is the state the page is read for, so
    that what it says about other states does not count as this state's law.
    Pure and total: any ``str`` gives a ``Finding`` (only a missing or broken model file raises
    ``ModelError``); see the module docstring for the meaning of ``confidence``. The rules read
    first (``read_rules``), then the learned fallback (``fallback.reconsider``), whose readings
    are never decisive and always need review.
    """
    profession = Profession(profession)
    finding = read_rules(text, profession, board=board, jurisdiction=jurisdiction)
    return fallback.reconsider(finding, text, profession, jurisdiction)


def read_rules(
    text: str, profession: Profession, *, board: str | None = None, jurisdiction: str | None = None
) -> Finding:
    """The rules' reading of ``text`` alone (see the module docstring)."""
    plain, alias = _aliased(normalise(text))
    doc = segment(plain.text, plain)
    text = plain.text
    direct, anaphoric = topicality(doc)
    body = [s for s in doc.sentences if direct[s.index] and not s.chrome]
    # a state-by-state table whose only mention of dry needling is its heading ("State | Can PTs
    # dry needle? | Notes" above "Idaho | Yes | 24 hours") is read by its rows' labels
    rows = [
        s
        for s in doc.sentences
        if s.chrome and places.heading_state(doc.slice(s.start, s.end)) not in (None, "*")
    ]
    subject = any(
        s.chrome and direct[s.index] and _SUBJECT_LINE.match(doc.slice(s.start, s.end)) for s in doc.sentences
    )
    if (
        not body
        and not subject
        and not (len(rows) >= _TABLE_ROWS and any(direct[s.index] for s in doc.sentences))
    ):
        chrome = any(direct[s.index] for s in doc.sentences)
        banned = None if chrome else penetration.penetration_ban(doc, profession)
        if banned is not None:
            # "Nothing in this chapter authorizes a physical therapist to use invasive procedures":
            # a ban on all that pierces the skin covers dry needling (an inference: for review)
            return Finding(
                profession,
                FindingStatus.PROHIBITED,
                evidence=_sentence_text(doc, banned),
                confidence=penetration.CONFIDENCE,
                needs_review=True,
                rules=(penetration.RULE_ID,),
            )
        return Finding(
            profession,
            FindingStatus.UNADDRESSED,
            confidence=CHROME_ONLY_CONFIDENCE if chrome else NO_MENTION_CONFIDENCE,
            rules=("chrome-only",) if chrome else ("no-mention",),
        )
    page_mentions = Mentions(text)
    heads = "\n".join(doc.slice(s.start, s.end) for s in doc.sentences[:_HEAD_SENTENCES] if s.chrome)
    page = page_profession(doc.title(), board, page_mentions.page, profession, heads)
    clauses = scan(doc, page, direct, anaphoric, page_mentions)
    enacted = page_enacted(doc)
    holdings = holding_sentences(doc)
    cancel(doc, clauses, enacted, proposal_start(doc, enacted), holdings, speaker=page)
    answered(doc, clauses)
    animals(doc, clauses)
    structures(doc, clauses)
    place(doc, clauses, jurisdiction)
    acupuncture_kind(doc, clauses)
    vetoed_entries(doc, clauses)
    for clause in clauses:  # a contrast stands or falls with the statement it copies
        for vote in clause.votes:
            if vote.source is not None and vote.source.cancelled:
                vote.cancelled = vote.cancelled or vote.source.cancelled
    title = doc.title()
    # a case caption ("Association v. Board") names the parties, not the publisher
    publisher = f"{board or ''} {'' if CAPTION.search(title) else title}"
    authority = NON_AUTHORITY_FACTOR if NON_AUTHORITY.search(publisher) else 1.0
    mine: list[Vote] = []
    # the page is an association's, by its masthead ("Acupuncture Society of Massachusetts")
    rival = authority < 1.0 and len(title.split()) <= _MASTHEAD_WORDS and bool(_ASSOCIATION.search(title))
    recounted = recounted_sentences(doc)
    page_year = dates_mod.page_year(doc)
    for clause in clauses:
        for vote in clause.votes:
            weigh(vote, clause, text, anaphoric, authority, recounted, holdings, page_year)
            if (
                rival
                and page not in vote.professions
                and not _CONCESSION.search(text, vote.sentence.start, vote.at)
            ):
                # an association of one profession on what another may do ("Acupuncture Society":
                # "the Board allows physical therapists to dry needle with zero hours"): a rival's
                # account, as advocacy
                vote.weight *= MODIFIER_FACTORS[Meaning.ADVOCACY]
                vote.reported = True
            if profession in vote.professions:
                mine.append(vote)
    by_class: set[int] = set()  # votes read through a class the page puts dry needling in
    if alias:
        named = next((s.start for s in doc.sentences if s.start <= alias[0] < s.end), alias[1])
        for vote in mine:
            if alias[1] <= vote.at < alias[2]:
                vote.quote_from = min(named, vote.sentence.start)
                by_class.add(id(vote))
    live = [v for v in mine if not v.cancelled]
    perm = [v for v in live if v.meaning is Meaning.PERMITS]
    proh = [v for v in live if v.meaning is Meaning.PROHIBITS]
    perm, proh = resolve(perm, proh)
    kept = {id(v) for v in perm + proh}
    excluded = {v.sentence.index for v in mine if id(v) not in kept and v.cancelled != "label-outside-guide"}
    for clause in clauses:
        if Meaning.PENDING in clause.markers or Meaning.FORMER in clause.markers:
            excluded.add(clause.sentence.index)

    s_perm, s_proh = strength(perm), strength(proh)
    if perm or proh:
        if s_perm == s_proh:
            winners, status, conf = perm + proh, None, min(s_perm, 0.4)
        elif s_perm > s_proh:
            winners, status = perm, FindingStatus.PERMITTED
            conf = s_perm * (1 - CONFLICT_PENALTY * s_proh)
        else:
            winners, status = proh, FindingStatus.PROHIBITED
            conf = s_proh * (1 - CONFLICT_PENALTY * s_perm)
        summaries = summary_sentences(doc)
        newest = max(v.year for v in winners)
        lead = max(
            winners,
            key=lambda v: (
                not v.reported,  # the page's own sentence, before an answer key or a banner
                v.rule.id != ANSWERED_ROW,  # a sentence that says it, before a question answered
                not v.rule.label,  # a sentence that says it, before a guide's one-word label
                v.tier == 3,  # what was held or concluded
                v.tier > 0,  # not what is only recounted
                not v.rule.defers,  # the permission itself, before the wait for rules
                -summaries.get(v.sentence.index, 0),  # the operative text, not a bill's summary
                not _CONSEQUENCE.search(text, v.sentence.start, v.sentence.end),  # the rule, not its sanction
                # said, not described ("..., which authorizes ..., was signed"), unless it introduces the
                # conditions that follow ("..., which authorizes ... if the physical therapist:")
                not _RELATIVE.search(text, v.sentence.start, v.at) or text[v.sentence.end - 1] == ":",
                not v.year or v.year == newest,  # not an older statement the page also recounts
                # the sentence that names who, what and what may be done, among equals
                round(v.weight + (SUBJECT_BONUS if v.subject else 0.0), 3),
                v.meaning is v.rule.meaning,  # said outright, before a denial of the opposite
                v.tier,
                v.year,
                -v.sentence.index,
            ),
        )
        evidence = (
            doc.quote(lead.quote_from, lead.sentence.end).strip()
            if lead.quote_from is not None
            else _sentence_text(doc, lead.sentence)
        )
        rules = tuple(
            dict.fromkeys(
                v.rule.id if v.meaning is v.rule.meaning or v.rule.defers else f"{v.rule.id}/negated"
                for v in winners
            )
        )
        conf = max(0.0, min(1.0, conf))
        # "considers it outside ...": what "it" is, the page says only nearby
        by_pronoun = anaphoric[lead.sentence.index] and not ANAPHOR_RE.search(
            text[lead.sentence.start : lead.sentence.end]
        )
        if conf >= DECISIVE_CONFIDENCE and (
            not decisive(lead, authority)
            or tentative(doc, jurisdiction)
            or id(lead) in by_class
            or by_pronoun
            or doubted(doc, clauses, lead, jurisdiction)
        ):
            # decisive needs who, what, predicate and polarity, said by this page as current,
            # for this jurisdiction, on a page that is not itself a proposal, a record of a
            # debate or a survey of several states
            conf = DECISIVE_CONFIDENCE - 0.01
        if (
            status is not None
            and all(v.rule.implicit for v in winners)
            and _says_silent(clauses, direct, anaphoric)
        ):
            # "not expressly addressed" outweighs a permission only implied by a definition
            return _unaddressed(doc, clauses, [], profession, direct, anaphoric)
        if status is None or conf < REVIEW_THRESHOLD:
            return Finding(
                profession,
                FindingStatus.UNADDRESSED,
                evidence=evidence,
                confidence=round(conf, 3),
                needs_review=True,
                rules=rules,
            )
        # "may not perform dry needling until the board's rules take effect": the law permits
        # it, and practice waits for the rules
        awaiting = status is FindingStatus.PERMITTED and (
            any(v.rule.defers for v in winners)
            or _awaits_rules(clauses, direct, anaphoric, text, jurisdiction)
        )
        part = _lead_part(text, clauses, lead)
        # dates of what the page only recounts are not the deciding authority's, unless the
        # decision rests on what it recounts (then the winners' paragraphs); a bare month and
        # year (a dateline) comes last
        kept_paragraphs = {v.sentence.paragraph for v in winners}
        lead_paragraph = [t for t in doc.sentences if t.paragraph == lead.sentence.paragraph]
        if _RESTS_ON.search(text, lead_paragraph[0].start, lead_paragraph[-1].end):
            # "In light of the opinion, ...": the decision rests on the opinion recounted above
            kept_paragraphs |= set(range(lead.sentence.paragraph))
        others = {s.index for s in doc.sentences if s.paragraph not in kept_paragraphs}
        away = elsewhere(doc, jurisdiction)
        excluded |= away
        not_recounted = excluded | set(recounted) | _dated_history(clauses)
        date = None
        for skip, vague in ((not_recounted, False), (excluded | others, False), (not_recounted, True)):
            date = dates_mod.effective_date(
                doc,
                lead.sentence,
                part,
                skip,
                in_force_only=awaiting,
                vague=vague,
                deciding={v.sentence.index for v in winners},
            )
            if date:
                break
        # a signing the page reports of another state is not this one's ("Gov. Kotek ... signed
        # House Bill 3824, which allows Oregon physical therapists ..." read for California)
        here = jurisdiction.upper() if jurisdiction else None
        for s in doc.sentences:
            states = places.states_in(doc.slice(s.start, s.end)) if here else set()
            if states and here not in states:
                away.add(s.index)
        enacted_on = dates_mod.enacted_date(doc, lead.sentence, excluded, date, away)
        conds = (
            _conditions(doc, winners, direct, excluded, profession, page_mentions)
            if status is FindingStatus.PERMITTED
            else Conditions()
        )
        return Finding(
            profession,
            status,
            evidence=evidence,
            effective_date=date,
            enacted_date=enacted_on,
            awaiting_rules=awaiting,
            confidence=round(conf, 3),
            conditions=conds,
            rules=rules,
        )
    return _unaddressed(doc, clauses, mine, profession, direct, anaphoric)


def _dated_history(clauses: list[Clause]) -> set[int]:
    return {c.sentence.index for c in clauses if Meaning.HISTORY in c.markers}


def _says_silent(clauses: list[Clause], direct: list[bool], anaphoric: list[bool]) -> bool:
    return any(
        Meaning.SILENT in c.markers and (direct[c.sentence.index] or anaphoric[c.sentence.index])
        for c in clauses
    )


_RULES_ADOPTED = re.compile(
    r"\brules?\b[^.;]{0,60}\b(?:were|was|have\s+been|has\s+been)\s+adopted\b|\brule\b[^.;]{0,60}\btook\s+effect\b|"
    r"\bboard\s+(?:adopted|completed\s+its\s+rulemaking)\b",
    re.IGNORECASE,
)


def _awaits_rules(
    clauses: list[Clause],
    direct: list[bool],
    anaphoric: list[bool],
    text: str = "",
    jurisdiction: str | None = None,
) -> bool:
    """A live "rules have not been adopted" on the topic (its paragraph names dry needling),
    on a page that does not also say the rules were adopted; not one about another state
    ("Oregon PTs should not needle until rules are adopted" read for Louisiana)."""
    if _RULES_ADOPTED.search(text):
        return False
    topical_paragraphs = {
        c.sentence.paragraph for c in clauses if direct[c.sentence.index] or anaphoric[c.sentence.index]
    }
    here = jurisdiction.upper() if jurisdiction else None

    def elsewhere_only(c: Clause) -> bool:
        named = places.states_in(text[c.sentence.start : c.sentence.end]) if here and text else set()
        return bool(named) and here not in named

    return any(
        Meaning.AWAITING in c.markers
        and not elsewhere_only(c)
        and c.sentence.paragraph in topical_paragraphs
        and not ({Meaning.PENDING, Meaning.FORMER, Meaning.QUESTION, Meaning.CLAIM} & set(c.markers))
        for c in clauses
    )


def _unaddressed(
    doc: Document,
    clauses: list[Clause],
    mine: list[Vote],
    profession: Profession,
    direct: list[bool],
    anaphoric: list[bool],
) -> Finding:
    """No live vote for this profession: say why, and how sure we are that nothing decides."""

    def on_topic(c: Clause) -> bool:
        i = c.sentence.index
        return direct[i] or anaphoric[i]

    reasons = (
        (Meaning.SILENT, SILENT_CONFIDENCE),
        (Meaning.PENDING, PENDING_CONFIDENCE),
    )
    # a bill's or a proposed rule's own page: its account of the law's silence ("Existing law does
    # not expressly address whether ...") is the state its text sets out to change, and the page's
    # reason is that it proposes (the silence kept beside it)
    proposed = any(
        c.markers.get(Meaning.PENDING) == PROPOSED_TEXT and on_topic(c) and c.votes for c in clauses
    )
    for meaning, conf in reasons:
        for clause in clauses:
            if meaning in clause.markers and (on_topic(clause) or meaning is Meaning.SILENT):
                if meaning is Meaning.SILENT and proposed:
                    return Finding(
                        profession,
                        FindingStatus.UNADDRESSED,
                        evidence=_sentence_text(doc, clause.sentence),
                        confidence=PENDING_CONFIDENCE,
                        rules=(PROPOSED_TEXT, clause.markers[meaning]),
                    )
                return Finding(
                    profession,
                    FindingStatus.UNADDRESSED,
                    evidence=_sentence_text(doc, clause.sentence),
                    confidence=conf,
                    rules=(clause.markers[meaning],),
                )
    all_votes = [v for c in clauses for v in c.votes]
    if any(not v.cancelled for v in all_votes):
        return Finding(
            profession,
            FindingStatus.UNADDRESSED,
            confidence=OTHERS_ONLY_CONFIDENCE,
            rules=("other-professions-only",),
        )
    if mine or all_votes:
        former = next(v for v in (mine or all_votes) if v.cancelled)
        return Finding(
            profession,
            FindingStatus.UNADDRESSED,
            evidence=_sentence_text(doc, former.sentence),
            confidence=FORMER_ONLY_CONFIDENCE,
            rules=(former.cancelled or "former",),
        )
    first = next((s for s in doc.sentences if direct[s.index] and not s.chrome), None)
    if first is None:  # a table that names dry needling only in its heading, and no row decides
        return Finding(
            profession, FindingStatus.UNADDRESSED, confidence=CHROME_ONLY_CONFIDENCE, rules=("chrome-only",)
        )
    return Finding(
        profession,
        FindingStatus.UNADDRESSED,
        evidence=_sentence_text(doc, first),
        confidence=UNDECIDED_CONFIDENCE,
        needs_review=True,
        rules=("undecided",),
    )
