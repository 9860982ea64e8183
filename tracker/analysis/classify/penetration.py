"""A ban on every treatment that pierces the skin, on a page that never names dry needling.

Some practice acts never name dry needling but bar the profession from what dry needling is by
definition: "Nothing in this chapter shall be construed to authorize a physical therapist to use
invasive procedures" (with "invasive" defined as breaking the skin), "Nothing in this article
authorizes a physical therapist to penetrate tissue for any treatment purpose", "may ... perform
tissue penetration only for the purpose of evaluating neuromuscular performance". Dry needling
inserts a needle through the skin to treat, so such a ban covers it: the page prohibits it for
the profession named as the ban's subject. The reading is an inference (the page never names
the practice), so it is never decisive and always needs review.

Only a ban on all of it: an exception ("shall not penetrate tissue except upon a physician's
authorization") is a condition on the one use the law allows, and is not read. A grant whose one
stated purpose is evaluation ("may, upon a physician's authorization, perform tissue penetration
for the purpose of evaluating neuromuscular performance") is the profession's whole power to
pierce the skin, given for testing, so none is given to treat: read, as "only for" is (batch 37).
A grant whose purpose names treatment too, or that names no purpose, is not.
"""

from __future__ import annotations

import re

from tracker.analysis.classify.attribution import Mentions
from tracker.analysis.classify.professions import PERSON
from tracker.analysis.classify.sentences import Document, Sentence
from tracker.models import Profession

CONFIDENCE = 0.6  # an inference from a description of the practice: decided, never decisive
RULE_ID = "proh-penetration-ban"

# what pierces the skin: "invasive procedures", "penetrate tissue", "puncture the skin", "tissue
# penetration", "procedures that break the skin"
_PIERCE = (
    r"(?:any\s+)?(?:invasive\s+procedures?|tissue\s+penetration|(?:penetrat|punctur|pierc)\w*\s+(?:the\s+|any\s+)?"
    r"(?:skin|tissues?)|procedures?\s+that\s+(?:break|puncture|penetrate|pierce)s?\s+the\s+skin)"
)
_BAN = re.compile(
    # "Nothing in this chapter (shall be construed to) authorize(s) a physical therapist to use ..."
    r"(?:\bnothing\s+in\s+this\s+(?:chapter|article|act|section|part|subchapter|title)\s+(?:shall|may|is\s+to)?\s*"
    r"(?:be\s+construed\s+to\s+|be\s+interpreted\s+to\s+)?(?:authori[sz]es?|permits?|allows?)\s+|"
    # "A physical therapist shall not use ...", "is not authorized to penetrate ..."
    r"\b(?:shall|may|must)\s+not\s+|\bcannot\s+|\b(?:is|are)\s+not\s+(?:authori[sz]ed|permitted|allowed)\s+to\s+"
    r")(?:[\w-]+\s+){0,4}?(?:to\s+)?(?:(?:use|perform|employ|engage\s+in|do|conduct)\s+)?" + _PIERCE + r"\b",
    re.IGNORECASE,
)
# ... or a grant for evaluation only: "perform tissue penetration only for the purpose of evaluating"
_ONLY_EVALUATION = re.compile(
    _PIERCE + r"\s+(?:only|solely|exclusively)\s+for\s+(?:the\s+(?:limited\s+)?purposes?\s+of\s+)?"
    r"(?:evaluat|diagnos|test|electromyograph|electrodiagnos|nerve\s+conduction)\w*",
    re.IGNORECASE,
)
# ... or a grant whose one stated purpose is evaluation: "A physical therapist may, upon the
# authorization of a physician, perform tissue penetration for the purpose of evaluating
# neuromuscular performance" (the profession's only power to pierce the skin, given for testing:
# none is given to treat). Not a grant that names treatment too ("for the purpose of evaluating and
# treating"), nor one with no purpose ("may perform tissue penetration when certified")
_EVALUATION_GRANT = re.compile(
    r"\b(?:may|can|(?:is|are)\s+(?:authori[sz]ed|permitted|allowed)\s+to)\s*(?:,[^,;.]{1,80},\s*)?"
    r"(?:(?:perform|use|conduct|do)\s+)?" + _PIERCE + r"\s+for\s+(?:the\s+(?:limited\s+)?purposes?\s+of\s+)"
    r"(?:evaluat|diagnos|test|electromyograph|electrodiagnos)\w*",
    re.IGNORECASE,
)
# ... whose purpose names treatment as well, up to the end of its clause
_TREATMENT = re.compile(r"\b(?:treat|manag|therapeutic|interven|rehabilit|relie)\w*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;.]")
# the ban with an exception is a condition, not a ban on every use
_EXCEPT = re.compile(
    r"\b(?:except|unless|other\s+than|without\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:authori|order|referr|prescri))",
    re.IGNORECASE,
)


def penetration_ban(doc: Document, profession: Profession) -> Sentence | None:
    """The first sentence that bars ``profession`` (named as its subject) from every treatment
    that pierces the skin, or None."""
    found = Mentions(doc.text)
    for s in doc.sentences:
        if s.chrome:
            continue
        text = doc.slice(s.start, s.end)
        m = _BAN.search(text) or _ONLY_EVALUATION.search(text)
        if not m:
            m = _EVALUATION_GRANT.search(text)
            stop = _CLAUSE_END.search(text, m.end()) if m else None
            if m and _TREATMENT.search(text, m.end(), stop.start() if stop else len(text)):
                continue
        if not m or _EXCEPT.search(text, m.end()):
            continue
        people = [x for x in found.sentence(s) if x.kind == PERSON and x.start < s.start + m.end()]
        if people and people[0].profession is profession:
            return s
    return None
