"""Assertion context over a whole page: which parts of it do not state this page's law.

Each reader returns the sentences (or the offset) that a page's layout puts in another context:
a bill's own page or its proposed text (``proposal_start``, unless ``page_enacted``), a section
of public comment or a dissent (``comment_sections``), a bill analysis's statement of the law
as it stands (``existing_law``), a motion the minutes record as failed (``failed_motions``),
what an opinion or court holds (``holdings``), a bill's summary (``summaries``), what the page
only recounts (``recounted``), and a genre never decisive (``tentative``).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from tracker.analysis.classify import places
from tracker.analysis.classify import structure as structure_mod
from tracker.analysis.classify.rules import (
    RULES,
    Meaning,
)
from tracker.analysis.classify.sentences import Document, Span
from tracker.analysis.classify.votes import match

YEAR = re.compile(r"\b(?:19|20)\d\d\b")

ENACTED_ROWS = tuple(r for r in RULES if r.meaning is Meaning.ENACTED)


# a session law printed under its volume's name and chapter: "LAWS OF MARYLAND" over "CHAPTER 487",
# "LAWS OF DELAWARE" over "VOLUME 79" (the name alone is no sign: a legislature's site heads
# every bill page "LAWS OF NEW YORK")
_VOLUME_NAME = re.compile(r"\W*laws\s+of\s+(?:the\s+state\s+of\s+)?[a-z]+(?:\s+[a-z]+)?\W*", re.IGNORECASE)
_VOLUME_PART = re.compile(r"\W*(?:chapter|volume)\b", re.IGNORECASE)


def session_law_volume(text: str) -> bool:
    """Whether a line holds only a session-law volume's name and the next line with text is its
    chapter or volume number."""
    lines = [line for line in text.splitlines() if line.strip()]
    return any(_VOLUME_NAME.fullmatch(line) and _VOLUME_PART.match(after) for line, after in pairwise(lines))


def page_enacted(doc: Document) -> bool:
    """Whether any line of the page, headings included, says its bill became law; never a site's
    menu of links, nor a line of its account of the law as it stands (a bill analysis's
    "Background: Public Act 100-418 authorized ..." is an earlier law, not this bill)."""
    text = doc.text
    existing = existing_law(doc)
    return session_law_volume(text) or any(
        match(text, Span(s.start, s.end), ENACTED_ROWS)
        for s in doc.sentences
        # a legislature's menu of links ("Bills | Committees | Session Laws | Statutes") enacts nothing
        if s.index not in existing and not _nav_bar(doc.slice(s.start, s.end).strip())
    )


# where a page's proposed text begins: a bill's enacting clause, a rulemaking notice's "full
# text of the proposed rule"; what follows is a proposal unless the page says it became law
PROPOSAL_BODY = re.compile(
    r"\bproposed\s+(?:[\w-]+\s+){0,2}?(?:rules?|regulations?|amendments?)\b[^.]{0,40}\bas\s+follows\b|"
    r"\bbe\s+it\s+enacted\b|\bit\s+is\s+enacted\s+by\b|\bdo\s+enact\b|\bhereby\s+enacts?\b|\benacts\s+as\s+follows\b|\benacts\s*:\s*$|\b(?:full\s+)?text\s+of\s+(?:the\s+)?proposed\s+(?:rules?|regulations?|amendments?)\b|"
    r"\bnotice\s+of\s+proposed\s+(?:rule\s*making|rules?|regulations?)\b|"
    # a rulemaking notice's own sentence: "Notice is hereby given that the Board intends to adopt
    # ...", "The Board gives notice of its intent to amend ...", "The Department proposes to amend
    # Rule 4.2 as shown below": the rule text that follows is proposed
    r"\bnotice\s+is\s+(?:hereby\s+)?given\b[^;]{0,200}?\bintends?\s+to\s+(?:adopt|amend|repeal|promulgate|readopt)\b|"
    r"\bnotice\s+of\s+(?:its\s+|the\s+\w+'s\s+)?intent(?:ion)?\s+to\s+(?:adopt|amend|repeal|promulgate|readopt)\b|"
    r"\bproposes\s+to\s+(?:adopt|amend|repeal|promulgate|readopt)\b|"
    # a register's notice of a rule the agency intends to adopt, by its heading: "NOTICE OF
    # INTENDED ACTION", "Substance of proposed action:"
    r"^\W*notice\s+of\s+intended\s+action\W*$|^\W*substance\s+of\s+(?:the\s+)?proposed\s+(?:action|rules?|regulations?|amendments?)\b|^\W*(?:section\s+[IVX]+\s*-\s*)?(?:re-?)?proposed\s+"
    r"(?:rules?|regulations?)\W*$|^\W*statement\s+of\s+purpose\b|^\W*(?:house|senate|assembly)\s+bill\s+(?:no\.?\s*)?\d+\W*$",
    re.IGNORECASE,
)

HEAD_LINES = 8

# a committee's amendments to a bill announce their own text as a proposal wherever they stand, as
# an enacting clause does: "Amend printed bill, page 3, strike line 12", "the Committee recommends
# that HB 1217 be amended as follows", "SB 40 be amended as follows and referred to ..."
COMMITTEE_AMENDMENT = re.compile(
    r"\bamend\s+(?:the\s+)?(?:printed|engrossed|reengrossed|introduced)\s+bill\b|"
    r"\bcommittee\s+recommends\b[^.]{0,160}?\bbe\s+amended\b|"
    r"\b(?:H|S|A)\.?\s?B\.?\s?(?:No\.?\s*)?\d[\w-]*\s+be\s+amended\s+as\s+follows\b",
    re.IGNORECASE,
)

# the genre heading of a notice that a rule or bill is to be heard, anywhere in the page's head:
# "Notice of Rulemaking Hearing", "NOTICE OF PUBLIC HEARING ON PROPOSED RULES", "Hearing Notice"
HEARING_NOTICE = re.compile(
    r"^\W*(?:notice\s+of\s+(?:a\s+)?(?:public\s+)?(?:rule\s*making\s+)?hearing|(?:public\s+)?hearing\s+notice)\b[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)

# a bill's number, one spelling for all that look for one: "HB 1275", "S.B. No. 12", "SF 2019"
# (a House or Senate File), "HB 21-1234", "SB 88, SD1" (with its draft), "House Bill 1234"
BILL_NUMBER = (
    r"(?:\b(?:H|S|A)\.?\s?[BF]\.?\s?(?:No\.?\s*)?\d[\d-]*(?:\s*,?\s*(?:H|S|A)?D\d+)?\b|"
    r"\b(?:House|Senate|Assembly)\s+(?:Bill|File)\s+(?:No\.?\s*)?\d[\d-]*\b)"
)
# ... standing alone on its line, as an agenda lists the measures to be heard
BILL_LINE = re.compile(rf"^\W*{BILL_NUMBER}\W*$", re.IGNORECASE | re.MULTILINE)
# ... anywhere in a line (the head of a bill's digest, see ``cancel.bill_digests``)
BILL_NAMED = re.compile(BILL_NUMBER, re.IGNORECASE)

ENACTING_CLAUSE = re.compile(
    r"\bbe\s+it\s+enacted\b|\bit\s+is\s+enacted\s+by\b|\bdo\s+enact\b|\bhereby\s+enacts?\b|\benacts\s+as\s+follows\b|"
    r"\benacts\s*:\s*$",
    re.IGNORECASE,
)

ADOPTED = re.compile(
    r"\bnotice\s+of\s+(?:adoption|final\s+(?:rule|action))\b|\badopted\s+and\s+filed\b|\bfinal\s+rule(?:making)?\b|\b(?:rule|regulation)s?\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+adopted\b",
    re.IGNORECASE,
)

BILL_PAGE = re.compile(
    r"^\W*(?:(?:(?:house|senate|assembly)\s+)?bill\s+(?:status|information|text|history|summary|analysis|report)|(?:H|S|A)B\s+_{2,}\W*$|bill\s*(?:no\.?)?\s*:|fiscal\s+note\b|fiscal\s+impact\s+(?:statement\s+)?of\s+(?:proposed\s+)?(?:legislation|measures?|bills?)\b|measure\s*:\s*(?:H|S|A)\.?\s?B\b|introduced\W*$|a\s+bill\s+for\s+an\s+act\b|"
    r"a\s+bill\s+to\s+be\s+entitled\b|(?:house|senate|assembly)\s+bill\s*(?:no\.?)?\s*$|"
    r"(?:H|S|A)\.?\s?B\.?\s?(?:No\.?\s*)?\d+(?:\s*[-–]\s*(?:H|S|A)\.?\s?B\.?\s?\d+)?\W*$|status\s*:\s*(?:filed|introduced|referred|pending|in\s+committee)|"
    r"(?:\d{4}\s+)?(?:house|senate|assembly)\s+bill\s+(?:no\.?\s*)?[\d_]+(?:\W|\s+by\b.*)*$|as\s+introduced\W*$|.{0,40}\bintroduced\s+by\b|"
    r"(?:house|senate|assembly)\s*,?\s+no\.\s*\d+\W*$|pre-?filed\s+for\s+introduction\b|bill\s+number\s*:|"
    r"memorandum\s+in\s+support\s+of\s+legislation|[AS]\d{4,5}\s+memo\b|"
    # a committee's summary of a bill: "HB 3824 A Staff Measure Summary", "SB 12 - Bill Digest"
    r"(?:H|S|A)\.?\s?B\.?\s?(?:No\.?\s*)?\d+\b[^\n]{0,20}?\b(?:staff\s+)?(?:measure|bill)\s+(?:summary|analysis|digest)\b|"
    r"(?:staff\s+)?measure\s+(?:summary|analysis)\b|"
    # a bill analysis's version line: "Version: As Introduced", "Bill version: Engrossed",
    # "SYNOPSIS AS INTRODUCED" (never "Enrolled": that one passed)
    r"(?:bill\s+)?version\s*:\s*(?:as\s+)?(?:introduced|filed|engrossed|amended|substituted?)\b|synopsis\s+as\s+introduced\b|"
    # a bill's status page: "S. 0917", "General Bill", "Introduced in the Senate on ..."
    r"(?:H|S)\.\s?\d{2,5}\W*$|(?:general|local)\s+bill\W*$|introduced\s+(?:in|into)\s+the\s+(?:house|senate|assembly)\b|"
    r"\d{4}\s*-+\s*[HS]\s*[\d_]+\W*$|"
    # ... in Spanish: "P. de la C. 412", "Proyecto del Senado 88", "Referido a la Comisión de Salud"
    r"p\.\s*(?:de\s+la\s+c|del\s+s)\.\s*\d+\W*$|proyecto\s+(?:de\s+la\s+c[aá]mara|del\s+senado)\s+(?:n[uú]m\.\s*)?\d+|"
    r"presentad[oa]\s+por\s+(?:el|la)\s+(?:representante|senador|senadora)\b|referid[oa]\s+a\s+la\s+comisi[oó]n\b)",
    re.IGNORECASE | re.MULTILINE,
)


# what an agency only means to do: "gives notice of the intent to take final rulemaking action",
# "will publish a final rule", "before final rulemaking"
ADOPTION_AHEAD = re.compile(
    r"\b(?:intent(?:ion)?|intends?|plans?|expects?|will|may|shall|before|prior\s+to|pending|until)\b[^.\n]{0,40}$",
    re.IGNORECASE,
)


# ... or said after it: "Final rulemaking action shall be taken in not less than 30 days", "a
# final rule will be published", "final rule expected in June"
ADOPTION_AFTER = re.compile(
    r"\s*(?:action\s+)?(?:shall|will|may|would|is\s+to|is\s+expected\s+to|is\s+scheduled\s+to)\s+(?:not\s+)?be\s+"
    r"(?:taken|adopted|published|issued|filed|considered|made|promulgated)\b",
    re.IGNORECASE,
)


def _adopted_here(doc: Document) -> bool:
    """The page reports a rule adopted, outside its account of the law as it stands (a fiscal
    note's "Current law: ... The rule was adopted after a hearing" is not the bill adopted), and
    not as a step still ahead ("the intent to take final rulemaking action in 30 days")."""
    existing = existing_law(doc)
    spans = [(s.start, s.end) for s in doc.sentences if s.index in existing]
    text = doc.text
    return any(
        not any(a <= m.start() < b for a, b in spans)
        and not ADOPTION_AHEAD.search(text[max(0, m.start() - 60) : m.start()])
        and not ADOPTION_AFTER.match(text, m.end())
        for m in ADOPTED.finditer(text)
    )


# a draft's banner in the page's head: "DRAFT - FOR PUBLIC COMMENT - NOT ADOPTED", "Draft, not yet
# adopted"; never a draft of minutes, which record what a board did
DRAFT_BANNER = re.compile(
    r"^\W*draft\b(?![^\n]*\bminutes\b)[^\n]{0,80}?\b(?:not\s+(?:yet\s+)?(?:adopted|in\s+effect|final)|"
    r"for\s+public\s+comment)\b",
    re.IGNORECASE | re.MULTILINE,
)


# a site's menu of links ("Bill Information | Laws & Agency Rules | Legislators | ..."): short
# labels without numbers, three bars or more; a legislature's menu naming "Bill Information" is
# no bill (a bill tracker's row carries its number: "HB 1234 | In committee | ...")
_NAV_CELLS = 4
_NAV_WORDS = 4


def _nav_bar(line: str) -> bool:
    cells = [c.strip() for c in line.split("|")]
    return (
        len(cells) >= _NAV_CELLS
        and not any(ch.isdigit() for ch in line)
        and all(c and len(c.split()) <= _NAV_WORDS for c in cells)
    )


# a witness's testimony or written comment on a bill, by its head: "Committee Testimony - Written
# Comments", "Written testimony of ...", "Position: Pro" (a legislature's comment form)
TESTIMONY_PAGE = re.compile(
    r"^\W*(?:(?:\w+\s+){0,2}?testimony\b(?:\s*[–—-]\s*written\s+comments?)?\W*$|written\s+testimony\b|"
    r"testimony\s+(?:of|from|by|in\s+(?:support|opposition))\b|position\s*:\s*(?:pro|con|support|oppose|neutral)\W*$)",
    re.IGNORECASE | re.MULTILINE,
)


def proposal_start(doc: Document, enacted: bool) -> int | None:
    """The offset where the page's proposed text begins, or None (no proposal, or it became law)."""
    if enacted or _adopted_here(doc):
        return None
    head_text = "\n".join(
        line for line in doc.text.lstrip().splitlines()[: HEAD_LINES * 2] if not _nav_bar(line)
    )
    if TESTIMONY_PAGE.search(head_text):
        # a witness's testimony on a bill is not the bill: its account of the law as it stands is
        # read as such, and what the bill "would" do is marked where it is said
        return None
    if BILL_PAGE.search(head_text):  # a bill's own page: all of it is the proposal
        return 0
    if structure_mod.vetoed(head_text):  # a vetoed bill did not become law: what it says is proposed
        return 0
    if DRAFT_BANNER.search(head_text):  # "DRAFT - FOR PUBLIC COMMENT - NOT ADOPTED": all of it is proposed
        return 0
    hearing = bool(HEARING_NOTICE.search(head_text))
    if hearing and BILL_LINE.search(doc.text):  # a committee's notice of the bills it will hear
        return 0
    # a page that quotes a proposal (a court deciding a challenge to it) is not one: the
    # proposal must announce itself in the page's first lines, or be a bill's enacting clause
    head = "\n".join(line for line in doc.text.lstrip().splitlines()[:HEAD_LINES] if not _nav_bar(line))
    announced = bool(
        re.search(
            r"\bpropos(?:ed|al)\b|\bbill\b|\bnotice\s+of\s+(?:a\s+)?(?:public\s+)?hearing\b|"
            r"\bnotice\s+of\s+(?:its\s+|the\s+\w+'s\s+)?intent(?:ion)?\s+to\s+(?:adopt|amend|promulgate|repeal)\b|"
            r"^\W*notices?\s+of\s+intent(?:ion)?\W*$|\bnotice\s+of\s+intended\s+action\b",
            head,
            re.IGNORECASE | re.MULTILINE,
        )
    )
    announced = announced or hearing  # a rulemaking hearing's notice: the rule text it carries is proposed
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if COMMITTEE_AMENDMENT.search(piece):
            return s.start
        if not announced and not ENACTING_CLAUSE.search(piece):
            continue
        if PROPOSAL_BODY.search(piece):
            return s.start
    return None


COMMENT_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:(?:speakers\s+and\s+)?summary\s+of\s+(?:public\s+)?comments|public\s+"
    r"comments?|comments?\s+received|testimony|speakers|written\s+comments)\b(?:\s+[\w&]+){0,4}\W*$",
    re.IGNORECASE,
)

MOTION = re.compile(
    r"^\W*motion\b|\bmoved\s+(?:to|that)\b|\bmotion\s+(?:was\s+)?made\b|\ba\s+motion\s+(?:to|that)\b", re.I
)

MOTION_FAILED = re.compile(
    r"\bmotion\s+(?:failed|died|was\s+defeated|was\s+withdrawn|was\s+tabled|did\s+not\s+(?:pass|carry))\b|"
    r"\bvote\s*:?\s*(?P<yes>\d+)\s+(?:in\s+favor|yes|aye)\w*\s*,?\s*(?P<no>\d+)\s+(?:opposed|no|nay)",
    re.IGNORECASE,
)

MOTION_WINDOW = 4  # sentences after a motion where its outcome is recorded


def failed_motions(doc: Document) -> set[int]:
    """Sentences holding a motion that the minutes then record as failed."""
    out: set[int] = set()
    sentences = doc.sentences
    for s in sentences:
        if not MOTION.search(doc.slice(s.start, s.end)):
            continue
        for t in sentences[s.index : s.index + MOTION_WINDOW + 1]:
            if t.paragraph != s.paragraph:
                break
            m = MOTION_FAILED.search(doc.slice(t.start, t.end))
            if m and (not m.group("yes") or int(m.group("yes")) <= int(m.group("no"))):
                out.add(s.index)
                break
    return out | _undone_motions(doc)


_ITEM_HEADING = re.compile(r"^\W*(?P<n>\d{1,2})(?:\s*[–-]\s*\d{1,2})?[.)](?:\s+[A-Z]|\s*$)")
_OUTCOME = re.compile(r"^\W*motion\s+(?:carried|passed|failed|adopted)\b", re.I)
# a motion the minutes later take back: "Dr. X then withdrew the item 6 motion", "Motion to
# reconsider item 6. Motion carried.", "the Board rescinded its motion on item 6"
MOTION_UNDONE = re.compile(
    r"\b(?:withdr[ae]w\w*|rescind\w*|vacat\w*)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:(?:prior|previous|earlier)\s+)?(?:item\s+(?P<n>\d{1,2})\s+)?motion\b(?:\s+on\s+item\s+(?P<on>\d{1,2}))?|"
    r"\bto\s+(?:reconsider|rescind)\s+(?:item\s+(?P<re>\d{1,2})|the\s+(?:prior\s+|previous\s+|earlier\s+)?motion)"
    r"(?=[^\n]{0,80}?\b(?:motion\s+)?(?:carried|passed|approved|adopted)\b)",
    re.IGNORECASE,
)


def _undone_motions(doc: Document) -> set[int]:
    """Motions that the minutes later withdraw, rescind or reopen for reconsideration: the one on
    the item named ("the item 6 motion"), or else the nearest motion before."""
    item_of: dict[int, str] = {}
    motions: list[int] = []
    out: set[int] = set()
    current: str | None = None
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        heading = _ITEM_HEADING.match(piece)
        if heading and len(piece.split()) <= 12 and not MOTION.search(piece):
            current = heading.group("n")
            continue
        # its outcome may follow on the same line ("... to reconsider item 6. Motion carried.")
        undone = MOTION_UNDONE.search(doc.text, s.start, s.end + 80)
        if undone and undone.start() < s.end:
            n = undone.group("n") or undone.group("on") or undone.group("re")
            if n:
                out |= {i for i in motions if item_of.get(i) == n}
            elif motions:
                out.add(motions[-1])
            continue
        if MOTION.search(piece) and not _OUTCOME.match(piece):
            motions.append(s.index)
            if current:
                item_of[s.index] = current
    return out


NATIONAL_PAGE = re.compile(
    r"^\W*(?:the\s+)?(?:world|american|national|international|federation)\b[\w\s&,.-]{0,80}?\b(?:association|federation|"
    r"society|societies|academy|alliance|council|commission|college|organization)\b|"
    # a federal agency's policy binds its own facilities, not a state's licensees
    r"^\W*(?:(?:the\s+)?(?:U\.?S\.?\s+)?department\s+of\s+(?:veterans\s+affairs|defense)|veterans\s+health\s+"
    r"administration|defense\s+health\s+agency|indian\s+health\s+service)\b",
    re.IGNORECASE,
)

PETITION_PAGE = re.compile(
    r"^\W*(?:(?:re|subject)\s*:\s*)?(?:petition|open\s+letter|public\s+comments?)\b|"
    # a comment letter: "Re: Comments on Draft Position Statement", "I write to comment on ..."
    r"^\W*(?:re|subject)\s*:\s*(?:[\w-]+\s+){0,2}?comments?\s+(?:on|regarding|concerning|to|about)\b|"
    r"\b(?:I|we)\s+(?:write|am\s+writing|are\s+writing)\s+to\s+(?:comment|oppose|object|urge)\b|"
    # ... but a governor who "has signed legislation" enacted it: a release, not a petition
    r"(?<!governor\s)\b(?:have|has)\s+signed\b(?!\s+(?:the\s+|this\s+|that\s+)?(?:(?:house|senate|assembly)\s+)?"
    r"(?:bills?|legislation|acts?|measures?|into\s+law)\b)|\bsign\s+(?:the|our|this)\s+petition\b",
    re.IGNORECASE | re.MULTILINE,
)

# a letter's subject line, below its address block: "Re: Opposition to the dry needling bill",
# "Re: Support for HB 12" (a stand on a proposal, as a comment is)
LETTER_SUBJECT = re.compile(
    r"^\W*(?:re|subject)\s*:\s*(?:opposition|objection|support)\s+(?:to|of|for)\b|"
    # a letter asking the governor to veto a bill: "Re: Request for veto of SB 1154", "Re: Veto request"
    r"^\W*(?:re|subject)\s*:\s*(?:(?:request(?:ing)?|urging)\s+(?:for\s+|to\s+)?(?:an?\s+)?veto\b|veto\s+request\b)|"
    # ... a subject line that calls the letter comments further on: "Re: Proposed rule on X -
    # comments following the hearing" (never a board's "Re: Response to comments on ...")
    r"^\W*(?:re|subject)\s*:[^\n]{0,160}?[-–—,;]\s*(?:our\s+|written\s+|supplemental\s+)?comments?\s+"
    r"(?:on|following|after|regarding|concerning|about|in\s+response\s+to)\b",
    re.IGNORECASE | re.MULTILINE,
)

# a petition site's furniture, lower in a page's head: "1,284 have signed", "[Sign this petition]"
PETITION_SITE = re.compile(
    r"\b\d[\d,]*\s+(?:people\s+|supporters\s+)?have\s+signed\b|\bsign\s+(?:the|our|this)\s+petition\b|"
    r"\bstart\s+a\s+petition\b",
    re.IGNORECASE,
)

# a comment forum's submission: a "Commenter:" field in its head names who wrote what follows
# (an agency's answer to the comments it received is no comment: it responds)
COMMENT_FORM = re.compile(r"^\W*commenter\s*:", re.IGNORECASE | re.MULTILINE)
AGENCY_RESPONSE = re.compile(
    r"\b(?:agency|board|department|division|commission)(?:'s)?\s+responses?\b|^\W*responses?\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def comment_form(doc: Document) -> bool:
    """A page that is one submitted comment (``COMMENT_FORM`` in its head, no agency response)."""
    head = "\n".join(doc.text.lstrip().splitlines()[: HEAD_LINES * 2])
    return bool(COMMENT_FORM.search(head)) and not AGENCY_RESPONSE.search(doc.text)


# a dissent is what one judge said, not what the court held: "Dissenting Opinion by Whitlow, J."
DISSENT_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+)?(?:dissenting\s+opinion|dissent|(?:\w+,\s+)?J\.,\s+dissenting)\b[^\n]{0,60}$",
    re.IGNORECASE,
)

EXISTING_LAW_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:existing|current|present)\s+law\W*$|^\W*present\s+situation\W*$|"
    # a bill report's or fiscal note's "Background" states the law as it stands, not the bill
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?background\W*$",
    re.IGNORECASE,
)

SECTION_HEADING = re.compile(r"^\W*[A-Z][A-Z ,&/()-]{2,60}:\W*$|^\W*[A-Z][\w ,&/()-]{2,40}:\s*$")


def existing_law(doc: Document) -> set[int]:
    """Sentences under a bill analysis's "Existing law:" heading, or after its "Background:"
    label up to the next label ("Summary of Bill:"): the law as it stands, not what the bill
    proposes."""
    out: set[int] = set()
    inside = False
    paragraph = -1
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if s.chrome or SECTION_HEADING.match(piece) or EXISTING_LAW_HEADING.match(piece):
            inside = bool(EXISTING_LAW_HEADING.match(piece))
            continue
        if s.paragraph != paragraph:
            paragraph = s.paragraph
            label = INLINE_LABEL.match(piece)
            if label:
                inside = bool(EXISTING_LABEL.match(label.group(0)))
        if inside:
            out.add(s.index)
    return out


INLINE_LABEL = re.compile(r"^\W*[A-Z][\w ]{2,40}:\s")

EXISTING_LABEL = re.compile(
    r"^\W*(?:background|existing\s+law|current\s+law|present\s+law|present\s+situation)\s*:", re.IGNORECASE
)


def comment_sections(doc: Document) -> set[int]:
    """Sentences under a "Public Comment", "Testimony" or "Dissenting Opinion" heading: what
    others said."""
    out: set[int] = set()
    inside = False
    inline: int | None = None  # "2. Public comment. ..." heads only its own paragraph
    per_paragraph = Counter(t.paragraph for t in doc.sentences)
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if inline is not None and s.paragraph != inline:
            inside, inline = False, None
        others = COMMENT_HEADING.match(piece) or DISSENT_HEADING.match(piece)
        heading = len(piece.split()) <= 8 and (OTHER_HEADING.match(piece) or others)
        if s.chrome or heading:
            inside = bool(others)
            # a heading that is its own paragraph heads what follows; one that opens a
            # paragraph ("2. Public comment. ...") heads only that paragraph
            alone = per_paragraph[s.paragraph] == 1
            inline = s.paragraph if inside and not s.chrome and not alone else None
            continue
        if inside:
            out.add(s.index)
    return out


HISTORY_ROWS = tuple(r for r in RULES if r.meaning is Meaning.HISTORY)

CURRENT_RE = re.compile(r"\b(?:now|currently|presently|today|at\s+present|as\s+of\s+today)\b", re.IGNORECASE)

# headings of the part of a page that recounts how things stood before ("Present Situation"
# in a bill analysis, "Background", "History"), and of the parts that do not
HISTORY_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:present\s+situation|current\s+law|prior\s+law|background|"
    r"history|procedural\s+history|facts|background\s+facts)\b(?:\s+[\w&]+){0,4}\W*$",
    re.IGNORECASE,
)

OTHER_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:effect|changes|summary|conclusions?|analysis|discussion|holding|"
    r"answer|section\s+directory|opinion|order|decision|ruling|short\s+answer|brief\s+answer|very\s+truly|"
    r"sincerely|"
    # the body's own word after its background: "Statement", "Position", "Determination", "Guidance"
    r"statement(?!\s+of\s+(?:the\s+)?facts)|position|determination|guidance|policy|board\s+action|"
    r"interpretation)\b",
    re.IGNORECASE,
)

HOLDING_HEADING = re.compile(
    r"^\W*(?:[IVX]+\.\s+|[A-Z]\.\s+|\d+\.\s+)?(?:short\s+answer|brief\s+answer|answer|conclusions?|holding|"
    r"summary\s+of\s+conclusions?|summary|disposition|order|opinion)\W*$",
    re.IGNORECASE,
)


# a digest's labelled verdict in a few words, which the rest of its paragraph explains: "Holding:
# Rule invalidated. The Board exceeded its authority in ...", "Held: Reversed. ..."
HOLDING_VERDICT = re.compile(
    r"^\W*(?:holding|held|disposition|result)\s*:\s*(?:[\w-]+\s+){0,3}[\w-]+\W*$", re.IGNORECASE
)


def holding_sentences(doc: Document) -> set[int]:
    """Sentences under a "Short Answer", "Conclusion" or "Holding" heading: what was decided
    (also the rest of a paragraph opened by a labelled verdict: "Holding: Rule invalidated. ...")."""
    out: set[int] = set()
    inside = False
    verdict = None  # the paragraph a labelled verdict opened
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if re.fullmatch(r"(?:\w\s)+\w\W*", piece.strip()):  # "S U M M A R Y"
            piece = piece.replace(" ", "")
        if not s.chrome and HOLDING_VERDICT.match(piece):
            verdict = s.paragraph
            continue
        if s.chrome or (len(piece.split()) <= 6 and OTHER_HEADING.match(piece)):
            inside = bool(HOLDING_HEADING.match(piece))
            continue
        if inside or s.paragraph == verdict:
            out.add(s.index)
    return out


SUMMARY_HEADING = re.compile(
    r"^\W*(?:bill\s+summary|summary\s+analysis|summary\s+of\s+(?:the\s+)?(?:bill|act|legislation|measure)|digest)\b",
    re.IGNORECASE,
)

FIELD_LABEL = re.compile(
    r"^\W*(?:caption|title|subject|short\s+title|description|re|statement\s+of\s+purpose)\b[^:.]{0,30}:",
    re.IGNORECASE,
)


# the title of an act or a bill, which lists what the act does: "An act relating to health
# occupations; authorizing physical therapists to perform dry needling; ..."
ACT_TITLE = re.compile(
    r"^\W*(?:an?\s+act|a\s+bill\s+for\s+an\s+act)\s+(?:relating\s+to|concerning|to\s+amend)\b", re.IGNORECASE
)


def summary_sentences(doc: Document) -> dict[int, int]:
    """Sentences that only summarise (1: a bill's summary; 2: a labelled field such as
    "Caption: ..."): evidence comes from the operative text when there is one."""
    out: dict[int, int] = {}
    inside = False
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if FIELD_LABEL.match(piece):  # "Caption: ...", "Title: ...": a label, not the text
            out[s.index] = 2
            continue
        if ACT_TITLE.match(piece):  # "An act relating to ...; authorizing ...": the act's title
            out[s.index] = 1
            continue
        if SUMMARY_HEADING.match(piece):
            inside = True
            if not s.chrome:
                out[s.index] = 1
            continue
        if s.chrome and len(piece.split()) <= 8:
            inside = False
            continue
        if inside:
            out[s.index] = 1
    return out


# a rule's note under its text: a "History", "Source" or "Authority" heading, and the in-force
# words that make the note date the rule ("Adopted effective June 13, 2011", "Eff. 6-13-11")
NOTE_HEADING = re.compile(r"^\W*(?:history|source|authority)(?:\s+notes?)?\W*$", re.IGNORECASE)
NOTE_IN_FORCE = re.compile(
    r"\b(?:effective|eff\.?(?=\s*\d)|took\s+effect|takes\s+effect|in\s+force)\b", re.IGNORECASE
)
_NOTE_SENTENCES = 3
_SUBJECT = re.compile(r"\bneedl", re.IGNORECASE)


def _rule_notes(doc: Document) -> set[int]:
    """Sentences of a rule's note: a short section under a "History", "Source" or "Authority"
    heading that follows the page's text, runs to its end and says when the rule took effect.

    An opinion's "History" of past events comes before its analysis or conclusion, and stays
    recounted.
    """
    headings = [
        s
        for s in doc.sentences
        if (s.chrome or len(doc.slice(s.start, s.end).split()) <= 6)
        and NOTE_HEADING.match(doc.slice(s.start, s.end))
    ]
    if not headings:
        return set()
    head = headings[-1]
    before = [s for s in doc.sentences if s.index < head.index and not s.chrome]
    after = [s for s in doc.sentences if s.index > head.index]
    # the note runs to the page's end, where only chrome may follow ("Print this page")
    ends = next((i for i, s in enumerate(after) if s.chrome), len(after))
    note = after[:ends]
    if any(not s.chrome for s in after[ends:]):
        return set()
    if not before or not note or len(note) > _NOTE_SENTENCES:
        return set()
    if not any(NOTE_IN_FORCE.search(doc.slice(s.start, s.end)) for s in note):
        return set()
    if any(_SUBJECT.search(doc.slice(s.start, s.end)) for s in note):
        return set()  # a note cites and dates; one that tells of dry needling recounts events
    return {s.index for s in note}


def recounted_sentences(doc: Document) -> dict[int, int]:
    """Sentences that carry on recounting the past: sentence index -> year (0: unknown).

    After "In 2019, an administrative law judge found ...", the next sentences of the paragraph
    ("As a result, the board has not been able to ...") are history too, until one says "now"
    or names a later year; so is everything under a "Present Situation" or "Background" heading,
    and a paragraph that opens with such a label ("Background: The practice of physical therapy
    does not include ...", as a bill report states the law before the bill). A rule's own note
    under a "History" heading at the end of the page is not recounted: it dates the rule.
    """
    text = doc.text
    out: dict[int, int] = {}
    year: int | None = None
    section = labelled = False
    paragraph = -1
    notes = _rule_notes(doc)
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if s.chrome or len(piece.split()) <= 6:
            if HISTORY_HEADING.match(piece):
                section = True
            elif OTHER_HEADING.match(piece) or (s.chrome and len(piece.split()) >= 2):
                section = False  # a new section begins ("What this means for licensees")
            if s.chrome:
                continue
        if s.paragraph != paragraph:
            paragraph, year = s.paragraph, None
            labelled = bool(EXISTING_LABEL.match(piece))
        if s.index in notes:  # a rule's note dates the rule; it recounts nothing
            continue
        years = [int(y) for y in YEAR.findall(piece)]
        if match(text, Span(s.start, s.end), HISTORY_ROWS):
            year = max(years, default=0)
            continue
        if CURRENT_RE.search(piece) or (year is not None and years and max(years) > year):
            year = None
        if year is not None:
            out[s.index] = year
        elif section or labelled:
            out[s.index] = 0
    return out


# a page whose genre makes any reading of it less than decisive: a bill or proposal (enacted
# or not: its summary and title read like law), minutes of a debate, a petition or comment,
# a question put to someone. (A South Dakota address's ZIP code is no bill: "Pierre, SD 57501" is
# not a Senate docket.)
TENTATIVE = re.compile(
    r"\b(?!SD\s?57[0-7]\d\d(?:-\d{4})?\b)(?:H|S|A|L)\.?\s?[BDF]\.?\s?(?:No\.?\s*)?\d+\b|\b(?:house|senate|assembly)\s+(?:bill|file)\b|\bbill\s+(?:no\.?\s*)?\d+|"
    r"\bveto(?:es|ed)?\b|"
    r"\bpropos(?:ed|als?|es|ing)\b|\bfiscal\s+note\b|\bstatement\s+of\s+purpose\b|\bminutes\b|\bmotion\b|"
    r"\bpetition(?:s|ers?|ed)?\b|\b(?:public\s+)?comments?\s+(?:received|period|from)\b|\bpublic\s+comments?\b|"
    r"\btestimony\b|\btestified\b|\bintroduced\b|\breferred\s+to\b[^.;]{0,40}\bcommittee\b|\bpre-?filed\b|\bsynopsis\b|"
    r"\bwould\s+(?:allow|permit|authorize|add|prohibit|bar|ban|expand|require)\b",
    re.IGNORECASE,
)

SURVEY_STATES = 2  # other states named beyond which a page surveys, rather than states, law


def tentative(doc: Document, jurisdiction: str | None) -> bool:
    """A page whose genre or reach keeps even an explicit wording below decisive."""
    if TENTATIVE.search(doc.text):
        return True
    named = places.states_in(doc.text) | places.bullet_states(doc.text)
    others = named - {jurisdiction} if jurisdiction else named
    return len(others) >= SURVEY_STATES + (0 if jurisdiction else 1)
