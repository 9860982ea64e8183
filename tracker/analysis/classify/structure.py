"""Page structures that change what a page's sentences assert, read over the whole page.

Each reader looks at the page's layout, not at a phrasing of dry needling, so it holds for any
legislature's or publisher's wording:

- ``quiz``: a true/false quiz (a self-assessment, a newsletter's "test your knowledge"). Its
  numbered statements are questions; its answer key says which are true. A "False" turns a
  prohibition around (the ban is not the law, as "does not prohibit" reads) and drops a
  permission (the statement may be false only for its conditions: "after 18 months ... as
  soon as the course is finished").
- ``banner``: an editor's status flag atop a page ("SUPERSEDED BY STATUTE - ...", "This opinion
  has been overruled by ..."): the page states an old law; what replaced it, when the banner
  says so, decides.
- ``vetoed``: a page that announces a veto (a governor's veto message or its press release):
  the bill it describes did not become law, so all of the bill's text is a proposal (unless
  the page says the veto was overridden, which ``law-enacted`` reads as enactment).
- ``petition_updates``: an organiser's update on a petition page ("Petition update - October 4,
  2022: VICTORY! The rule took effect ..."): a report of what happened since, not what is asked.
- ``institution_policy``: an institution's own policy (a hospital's privileging policy, a
  health system's procedure manual, an insurer's medical policy): it binds the institution's
  staff or members, not the state's licensees.
- ``order_on_petition``: an agency's or a court's order in a proceeding a petition started (its
  caption "IN THE MATTER OF: PETITION FOR DECLARATORY ORDER ..." above "ORDER OF DISMISSAL",
  "CONCLUSIONS OF LAW", "SO ORDERED"): the tribunal's page, not the petition's.
- ``homonym``: a page that defines "dry needling" as something else (a body-art rule's tattoo
  removal with a needle and no pigment): its "dry needling" is not the therapy, so nothing it
  says of it is about the therapy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.analysis.classify import places
from tracker.analysis.classify.sentences import Document

HEAD_LINES = 16  # the lines of a page's head, blank ones included

# ---- quiz ---------------------------------------------------------------------------------
_TRUE_FALSE = re.compile(r"\btrue\s*(?:or|/|-)\s*false\b", re.IGNORECASE)
# the key: a heading "ANSWER KEY", "Answers", "Answers to the quiz", or a label "Answer key:"
_KEY = re.compile(
    r"^[^\w\n]*(?:answer\s+key\b|answers?(?:\s+(?:to|for)\s+[^\n]{0,60})?[^\w\n]*$|answers?\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
_ITEM = re.compile(r"^[ \t]*(?:Q(?:uestion)?\s*)?(\d{1,2})[.)][ \t]+\S", re.MULTILINE)
# an entry of the key: "1 - False", "7. FALSE.", "3) True", "Q4: false"
_ENTRY = re.compile(
    r"(?:^|[;,\n]|\s)[ \t]*(?:Q(?:uestion)?\s*)?(\d{1,2})\s*(?:[.):]|\s?[-–—])?\s*[-–—]?\s*(true|false)\b",
    re.IGNORECASE,
)
_BLANK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Answer:
    true: bool
    at: int  # offset of the entry in the key
    sentence: int  # index of the key's sentence holding the entry


@dataclass(frozen=True)
class Quiz:
    items: dict[int, int]  # sentence index -> the number of the statement it belongs to
    answers: dict[int, Answer]  # statement number -> its answer


def quiz(doc: Document) -> Quiz | None:
    """The statements of a true/false quiz on the page and the key's answers, or None."""
    text = doc.text
    asks = _TRUE_FALSE.search(text)
    if not asks:
        return None
    key = next((m for m in _KEY.finditer(text) if m.start() > asks.start()), None)
    stop = key.start() if key else len(text)
    # the statements: numbered lines between the instruction and the key
    markers = list(_ITEM.finditer(text, asks.start(), stop))
    if not markers:
        return None
    items: dict[int, int] = {}
    for s in doc.sentences:
        if not asks.start() <= s.start < stop:
            continue
        before = [m for m in markers if m.start() <= s.start]
        if not before:
            continue
        m = before[-1]
        if _BLANK.search(text, m.start(), s.start):
            continue  # a paragraph after the statement is not part of it
        items[s.index] = int(m.group(1))
    answers: dict[int, Answer] = {}
    if key:
        for m in _ENTRY.finditer(text, key.start()):
            number = int(m.group(1))
            at = m.start(1)
            sentence = next((s.index for s in doc.sentences if s.start <= at < s.end), None)
            if sentence is None or number in answers:
                continue
            answers[number] = Answer(m.group(2).lower() == "true", at, sentence)
    return Quiz(items, answers)


# ---- banner -------------------------------------------------------------------------------
_BANNER = re.compile(
    r"^[^\w\n]*(?P<label>(?:status(?:\s+flag)?|editor'?s?\s+note|note|caution|warning)\s*[:-]?\s*)?"
    r"(?:(?P<what>(?:superseded|overruled|abrogated|repealed|withdrawn|vacated|reversed|rescinded|replaced)\b"
    r"|no\s+longer\s+(?:good\s+law|in\s+effect|in\s+force|valid|current)\b"
    r"|this\s+(?:[\w-]+\s+){0,2}?(?:opinion|rule|regulation|document|letter|page|statement|policy|guidance|"
    r"position|ruling|decision|advisory)\s+(?:has\s+been|was|is|have\s+been)\s+(?:\w+\s+)?(?:superseded|overruled|"
    r"abrogated|repealed|withdrawn|vacated|reversed|rescinded|replaced)\b)"
    # a court's holding that the text is void: "NOTE: This rule was held invalid by the Court of
    # Appeals on ...", "This regulation has been declared void"
    r"|(?P<invalid>this\s+(?:[\w-]+\s+){0,2}?(?:rule|regulation|section|provision|amendment)\s+(?:has\s+been|was|is)\s+"
    r"(?:(?:held|declared|found|ruled|adjudged|determined)\s+(?:to\s+be\s+)?(?:an?\s+)?(?:invalid|void|"
    r"unconstitutional|unenforceable)|invalidated|struck\s+down)\b))",
    re.IGNORECASE | re.MULTILINE,
)
# where the banner names the replacement: "superseded by statute - P.L.2021 ...", "replaced by ..."
_BY = re.compile(r"\b(?:by|with)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Banner:
    sentence: int  # the banner's sentence
    replacement: int | None  # offset where the replacement is named (its votes decide), or None
    invalid: bool = False  # a court held the text void: what it permits is not permitted


def banner(doc: Document) -> Banner | None:
    """A status flag in the page's head saying the page is no longer the law."""
    text = doc.text
    lead = len(text) - len(text.lstrip())
    head_end = lead + sum(len(line) + 1 for line in text[lead:].split("\n")[:HEAD_LINES])
    m = _BANNER.search(text, lead, min(head_end, len(text)))
    if not m:
        # a labelled note of invalidity sits above the rule's text, below the code's headings
        far = lead + sum(len(line) + 1 for line in text[lead:].split("\n")[: HEAD_LINES * 3])
        m = next(
            (
                n
                for n in _BANNER.finditer(text, lead, min(far, len(text)))
                if n.group("invalid") and n.group("label")
            ),
            None,
        )
    if not m:
        return None
    invalid = m.group("invalid") is not None
    at = m.start("invalid" if invalid else "what")
    end = m.end("invalid" if invalid else "what")
    sentence = next((s for s in doc.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return None
    by = None if invalid else _BY.search(text, end, min(end + 12, sentence.end))
    return Banner(sentence.index, by.end() if by else None, invalid)


# ---- veto ---------------------------------------------------------------------------------
_VETO = re.compile(
    r"\bveto(?:es|ed)?\b|\breturn(?:s|ed|ing)?\b[^.;\n]{0,80}\bwithout\s+(?:my\s+|his\s+|her\s+|the\s+governor'?s\s+)?"
    r"(?:approval|signature)\b",
    re.IGNORECASE,
)


def vetoed(head: str) -> bool:
    """Whether the page's head announces a veto (an override is read as enactment elsewhere)."""
    return bool(_VETO.search(head))


# ---- an institution's own policy ----------------------------------------------------------
_POLICY_DOCUMENT = re.compile(
    r"\bpolicy\s+(?:manual|number|no\.?|#|title|owner)\b|\bpolic(?:y|ies)\s*(?:&|and)\s*procedures?\b|"
    r"\b(?:administrative|clinical|departmental|institutional|medical|coverage|payment|reimbursement)\s+"
    r"polic(?:y|ies)\b|\bprivileg(?:es|ing)\b|\bcredentialing\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"\b(?:health\s+system|hospitals?|medical\s+cent(?:er|re)s?|health\s*care\s+(?:system|network)|"
    r"health\s+network|medical\s+group|clinics?|health\s+plans?|insurance|insurers?|health\s+partners|"
    r"medical\s+staff|(?:therapy|rehabilitation)\s+services|employees?|employed\s+by)\b|"
    # an organisation's name standing alone on the first line: "Gateway Riverbend Health"
    r"\A\W*(?:[A-Z][\w.&'-]*\s+){1,4}(?:Health|Healthcare|Health\s+Care|Medicine)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# a state body's own policy is the state's word: "Board Policy No. 12", "Department of Health"
_STATE_BODY = re.compile(
    r"\bboard\s+of\b|\b(?:state|examining|licensing|medical)\s+board\b|\bdepartment\s+of\b|\bcommission\b|"
    r"\battorney\s+general\b|\bstate\s+of\b",
    re.IGNORECASE,
)
# the first section of a document's body ends its header block ("I. PURPOSE", "1. PURPOSE", "DESCRIPTION")
_BODY_SECTION = re.compile(
    r"^\s*(?:(?:[IVX]+|\d+)\.\s+[A-Z]|(?:PURPOSE|SCOPE|DESCRIPTION|BACKGROUND|POLICY(?:\s+STATEMENT)?)\s*$)"
)
# a sentence of an institution's policy that states the state's law, not the institution's own rule
_STATE_LAW = re.compile(
    r"(?i:\bstate\s+law\b|\bpractice\s+act\b|\bstatutes?\b|\battorney\s+general\b|\bboard\s+of\b|"
    r"\bunder\s+(?:current|state|federal)\s+law\b|\b(?:business\s+and\s+professions|administrative)\s+code\b|"
    r"\bregulations?\s+of\s+the\b|\badmin\.?\s+code\b)|"
    # a state's code cited: "(Utah Code Title 58, Chapter 24b; ...)", "Idaho Code § 54-2203"
    r"\b[A-Z][a-z]+\s+Code\s+(?:Ann\.\s+)?(?:§|Title\b|Sec\.|\d)|\bin\s+(?:the\s+state\s+of\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[Ss]tate\b|"
    # a state body named without the state's name: "The State Education Department has advised ..."
    r"\b[Tt]he\s+[Ss]tate(?:'s)?\s+(?:[A-Z]\w+\s+){0,3}?(?:Department|Board|Commission|Attorney\s+General)\b|"
    r"\bnot\s+authori[sz]ed\b.*\bin\s+[A-Z]|"
    # what a ruling decided, which the policy follows: "In light of the 2019 final order, ...", "the
    # court held ...", "per the declaratory statement ..." (no institution rules on the law)
    r"(?i:\b(?:court|judge|final\s+order|declaratory\s+(?:statement|ruling|order)|administrative\s+law)\b)|"
    # the licence the state gives: "licensed in this state" (a state's name: ``_named_state_law``)
    r"\blicensed\s+(?:to\s+practi[cs]e\s+)?in\s+this\s+state\b|"
    # the scope of practice the states named before fix: "... because dry needling is outside the
    # physical therapy scope of practice in those states" (a state's name: ``_named_state_law``)
    r"(?i:\bscope\s+of\s+practice\s+in\s+(?:those|these|such|the\s+(?:named|listed|following))\s+states\b)",
)


def header_block(head: str) -> str:
    """The head's lines before its first body section (the document's own header)."""
    lines: list[str] = []
    for line in head.splitlines():
        if _BODY_SECTION.match(line):
            break
        lines.append(line)
    return "\n".join(lines)


def institution_policy(head: str) -> bool:
    """Whether the page's head shows an institution's own policy document (not a state body's);
    a state body counts only in the document's header block, not in a section that recounts the law
    ("II. REGULATORY STATUS ... the Advisory Commission has not ruled")."""
    block = header_block(head)
    return bool(
        _POLICY_DOCUMENT.search(head)
        and (_INSTITUTION.search(block) or _INSTITUTION.search(head))
        and not _STATE_BODY.search(block)
    )


def states_law(sentence: str) -> bool:
    """Whether a sentence of an institution's policy recounts the state's law ("state law does not
    permit ...", "the New Jersey Attorney General concluded ...", "California law does not
    authorize ...", "the New York State Education Department has advised ...") rather than the
    institution's rule."""
    return bool(_STATE_LAW.search(sentence) or _named_state_law().search(sentence))


@lru_cache(maxsize=1)
def _named_state_law() -> re.Pattern[str]:
    # "California law", "the New York State Education Department has advised", "Ohio's Board of ..."
    return re.compile(
        rf"(?:{places.state_re().pattern})(?:'s)?\s+(?:State\s+)?(?:law|statutes?|regulations?|rules?|"
        r"(?:[A-Z]\w+\s+){0,2}?(?:Department|Board|Commission|Attorney\s+General)\b)\b|"
        # the licence the state gives: "physical therapists licensed in Florida"
        rf"\blicensed\s+(?:to\s+practi[cs]e\s+)?in\s+(?:(?:the\s+)?(?:State|Commonwealth)\s+of\s+)?"
        rf"(?:{places.state_re().pattern})|"
        # the scope of practice a state fixes: "outside the scope of practice in California"
        rf"\b[Ss]cope\s+of\s+practice\s+in\s+(?:{places.state_re().pattern})"
    )


def head(doc: Document) -> str:
    """The page's first lines (``HEAD_LINES``), blank ones included."""
    return "\n".join(doc.text.lstrip().splitlines()[:HEAD_LINES])


# ---- a petition's update ------------------------------------------------------------------
_UPDATE_HEADING = re.compile(r"^\W*(?:petition\s+)?updates?\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:[-_*=]\s*){3,}$")


def petition_updates(doc: Document) -> set[int]:
    """Sentences under an update heading of a petition page, up to a rule line or the next
    heading of three words or more ("Why this petition matters")."""
    out: set[int] = set()
    inside = False
    for s in doc.sentences:
        piece = doc.slice(s.start, s.end)
        if len(piece.split()) <= 8 and _UPDATE_HEADING.match(piece):
            inside = True
            continue
        if _SEPARATOR.match(piece) or (s.chrome and len(piece.split()) >= 3):
            inside = False
            continue
        if inside:
            out.add(s.index)
    return out


# ---- homonym ------------------------------------------------------------------------------
# a definition of the term as another trade's procedure: "'Dry needling' means the use of a
# tattoo machine ... without pigment ...", "dry needling refers to microblading without ink"
_HOMONYM = re.compile(
    r"[\"'“‘]?\bdry\s+needling[\"'”’]?\s*(?:,\s*)?(?:means|is\s+defined\s+as|shall\s+mean|refers\s+to)\b[^.;]{0,200}?"
    r"\b(?:tattoo\w*|pigments?|ink|microblading|permanent\s+(?:make-?up|cosmetics)|body\s+art)\b",
    re.IGNORECASE,
)


# ... unless the page also describes the therapy: a needle inserted into muscle or tissue ("inserting
# a filiform needle into a trigger point", "a thin, solid needle is inserted into the muscle"); then
# the tattoo definition is one sentence among others, not what the page's term means
_THERAPY = re.compile(
    r"\binsert\w*\s+(?:[\w,-]+\s+){0,4}?needles?\b[^.;]{0,80}?\b(?:muscles?|tissues?|trigger\s+points?|"
    r"fascia|myofascial)\b|\b(?:filiform|thin|solid)\s+needles?\b[^.;]{0,80}?\b(?:muscles?|tissues?|"
    r"trigger\s+points?|fascia|myofascial)\b",
    re.IGNORECASE,
)


def homonym(doc: Document) -> bool:
    """The page defines "dry needling" as another trade's procedure (see the module docstring)
    and never describes it as a needle inserted into muscle or tissue."""
    return bool(_HOMONYM.search(doc.text)) and not _THERAPY.search(doc.text)


# ---- an order on a petition ---------------------------------------------------------------
_CAPTION = re.compile(
    r"^\W*(?:before\s+the\b|in\s+the\s+matter\s+of\b|in\s+re\b)", re.IGNORECASE | re.MULTILINE
)
_ORDERED = re.compile(
    r"^\W*(?:(?:final|declaratory|amended)\s+)?order(?:\s+(?:of|on|granting|denying)\s+[\w ]{3,30})?\W*$|"
    r"^\W*conclusions?\s+of\s+law\W*$|\bso\s+ordered\b|\bit\s+is\s+(?:hereby\s+)?ordered\b",
    re.IGNORECASE | re.MULTILINE,
)


def order_on_petition(doc: Document) -> bool:
    """A tribunal's order in a proceeding a petition started (see the module docstring)."""
    return bool(_CAPTION.search(head(doc)) and _ORDERED.search(doc.text))
