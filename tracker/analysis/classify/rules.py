"""The rule table: every phrasing the classifier understands is one row here.

A row says *what a clause means* when its pattern matches:

- ``PERMITS`` / ``PROHIBITS`` are votes, with a ``weight`` in [0, 1] that says how explicit
  the wording is (0.9: "is within the scope"; 0.65: "must not ... until rules are adopted").
- ``SILENT`` marks a clause that talks about dry needling without deciding
  ("has not taken a position"): evidence for an explicit ``unaddressed``.
- ``PENDING`` (a bill, a proposal, "would allow") and ``FORMER`` (rescinded, superseded,
  "previously") cancel the votes of their own clause; ``RESCINDS_PREVIOUS`` ("that position
  was rescinded") cancels the votes of the nearest earlier on-topic clause, or, when the
  rescinding clause states the old position itself ("This law replaced the position that
  dry needling fell outside the chapter"), its own.
- ``QUESTION`` (a question asked, "Question: whether ...") and ``CLAIM`` (what a party
  argued, petitioned or asked for) cancel their clause's votes too.
- ``HISTORY`` ("In 2014 the Attorney General concluded ...") marks a dated past statement,
  which loses to a newer or current one; ``CURRENT`` ("now", "currently") marks the newest;
  ``HOLDING`` ("Holding:", "Conclusion:") marks what a court or opinion decided, which
  beats everything else the page recounts.
- ``HEDGE``, ``ADVOCACY`` and ``SUBTYPE`` ("perineural dry needling") scale the clause's
  votes down (see ``MODIFIER_FACTORS``).
- ``NEUTRAL`` rows exist only to ``suppress`` other rows (e.g. "signed into law" suppresses
  the bill marker).

Negation is handled once, not row by row (``polarity.py``): a negator that governs a vote
("does not consider ... to be within", "is therefore not permitted to", "no statute
authorizes", "lacks authority") turns a ``negated=FLIP`` row into the opposite vote and
drops any other row; a row marks the place of a negation inside its own match with the
``{NOT}`` macro. A permission in an indirect question ("silent on whether a physical
therapist may ...") or about other states ("most states allow ...") never votes.

A new phrasing is a new row (give it ``needs``: words one of which must be in the clause,
a fast pre-filter before the regex). Patterns may use the macros in ``grammar.MACROS``
(``{DN}``, ``{NEG}``, ``{NOT}`` ...); they are compiled once, case-insensitive, at import.
"""

from __future__ import annotations

import re

from tracker.analysis.classify.grammar import (
    ANAPHOR,
    DECISIVE,
    DN_TERM,
    MACROS,
    MODIFIER_FACTORS,
    Meaning,
    Negated,
    Rule,
    expand,
)
from tracker.models import Profession

__all__ = [
    "ANAPHOR",
    "ANAPHOR_RE",
    "DECISIVE",
    "DN_TERM",
    "DN_TERM_RE",
    "MACROS",
    "MODIFIER_FACTORS",
    "RULES",
    "RULES_BY_ID",
    "Meaning",
    "Negated",
    "Rule",
    "expand",
]

P, X = Meaning.PERMITS, Meaning.PROHIBITS
FLIP = Negated.FLIP
_NOT = r"\b(?:not|never|no\s+longer|neither|nor|cannot|without)\b|n't"
# A prohibition followed by one of these is a limit or a condition, not a ban.
# "unless the Legislature expands the scope": a condition about future lawmaking, not one a
# practitioner can meet
_LAWMAKING = (
    r"\s+(?:and\s+until\s+)?(?:the\s+)?(?:\w+\s+)?(?:legislature|legislative\s+assembly|general\s+assembly|"
    r"congress|lawmakers|"
    r"law\b|statutes?\b|act\b|practice\s+act|scope\s+of\s+practice|[\w\s]{0,30}?(?:is|are)\s+(?:amended|changed|"
    r"expanded|revised)\b)"
)
# a credential of another practice: "unless they also hold a license to practice acupuncture",
# "unless licensed as an acupuncturist" (a ban on the profession as such, not a condition it can meet)
_OTHER_LICENSE = (
    r"[^.;]{0,80}?\b(?:(?:acupunctur\w*|medical|physician'?s?)\s+licen[cs]e|licen[cs](?:e|ed|ure)\s+(?:\w+\s+)?"
    # (with or without the article: "licensed as acupuncturists", "licensed as a physician")
    r"(?:to\s+practi[cs]e|as(?:\s+an?)?|in)\s+(?:acupunctur\w*|medicine|oriental\s+medicine|physicians?|"
    r"doctors?\s+of\s+medicine|medical\s+doctors?)|"
    r"licensed\s+acupuncturists?)"
)
_LIMIT_AFTER = (
    r"^\s*,?\s*(?:on|over|into|near|around|(?:unless|until)(?!"
    + _LAWMAKING
    + r")(?!"
    + _OTHER_LICENSE
    + r")|without(?!\s+(?:an?\s+)?(?:\w+\s+)?(?:acupunctur|"
    r"medical|physician|licen[cs]e))|except|prior\s+to|before|while|"
    r"when|if|as|beyond|other\s+than|under(?!\s+(?:the\s+|this\s+|that\s+|its\s+|any\s+|an?\s+|their\s+)?"
    # "under an Alaska occupational therapy license" names the licence, it sets no limit; so does
    # "under the current Tennessee Occupational and Physical Therapy Practice Act" (a long name)
    r"(?:[\w']+\s+){0,8}?"
    r"(?:law|statutes?|rules?|act|section|chapter|regulations?|code|licen[cs]e)\b)|to\s+treat|for\s+(?:the\s+purpose|at\s+least|a\s+period|"
    r"the\s+first|\d|one|two|three)|techniques?\s+(?:on|over|beyond))\b"
)
# "... and shall not resume until ...": the return to the practice, before the limit on it
_RESUME_AFTER = (
    r"^(?:\s*,?\s*(?:and|but)\s+(?:(?:shall|may|must|will|is\s+to|are\s+to)\s+)?(?:not|never)\s+"
    r"(?:resume|restart|recommence|return\s+to|begin\s+again)(?:\s+(?:it|that|the\s+practice|dry\s+needling|"
    r"performing\s+(?:it|dry\s+needling)|practicing\s+(?:it|dry\s+needling)))?)?"
)
# ... and one preceded by one of these is a condition on who may ("a therapist who has not
# completed the course may not ..."), which limits a permission rather than denying it.
_CONDITION_BEFORE = (
    r"\b(?:unless(?!"
    + _LAWMAKING
    + r")|if|fail\w*\s+to|failure\s+to|not\s+competent|who\s+(?:has|have|does|do|did|is|are)"
    r"\s+not|without\s+(?:first\s+)?(?:\w+\s+)?(?:completing|having|meeting|obtaining|holding|training|education|"
    r"competence|registration|endorsement|certification|an?\s+|the\s+))"
)
# a kind named by what it is called, between "including" and the term: "including the techniques
# commonly called dry needling", "such as the procedure known as dry needling", "including what is
# often referred to as trigger point dry needling"
_CALLED = (
    r"(?:(?:(?:(?:the|a|an|any)\s+)?(?:[\w-]+\s+){0,2}?|what\s+(?:is|are)\s+)(?:(?:commonly|also|sometimes|often|"
    r"generally|popularly|otherwise|frequently|usually)\s+)?(?:called|known\s+as|referred\s+to\s+as|termed|"
    r"described\s+as|named)\s+"
    r")?"
)
# a document's own scope is no practice's: "Dry needling is beyond the scope of this rulemaking",
# "... not within the scope of this review"
_DOCUMENT_SCOPE = (
    r"^\s*of\s+(?:this|the|these|that|our|its|today's)\s+(?:[\w-]+\s+){0,2}?(?:rule\s*making|rule\s+sets?|"
    r"rules?|regulations?|bills?|review|opinion|document|article|report|proceeding|hearing|investigation|study|"
    r"survey|page|faq|newsletter|course|meeting|analysis|letter|guidance|project|discussion|agreement|order|"
    r"amendments?|petition|request|inquiry|complaint|case|matter|presentation|webinar|session|notice|chapter\s+review)\b"
    # ... nor is an insurance policy's or a health plan's: "would fall outside the scope of covered
    # services", "is beyond the scope of your coverage", "within the scope of the plan's benefits"
    r"|^\s*of\s+(?:(?:the|this|that|your|our|its|their|a|any|each)\s+)?(?:[\w'-]+\s+){0,2}?(?:coverage|covered|"
    r"insurance|insured|polic(?:y|ies)|benefits?|health\s+plans?|plans?|reimburs\w*|payment|billing)\b"
)
_ACU = (Profession.ACUPUNCTURIST, Profession.PHYSICIAN)
# what a ban with a condition the practitioner can meet ("may not ... unless", "is not permitted
# to ... until registered", "who has not completed ... is prohibited from performing") also
# matches, read alone as a plain ban: the condition row, a permission, overrides them in its clause
_CONDITIONAL_BAN = (
    "proh-may-not-perform",
    "proh-passive-not",
    "perm-may-perform",
    "proh-not-authorized",
    "proh-prohibited-from",
    "proh-precluded",
    "proh-is-prohibited",
    "perm-authorizes",
)

# the marker of a law the page reports as new (see its row)
NEW_LAW = "current-new-law"

# an officer of a body, who speaks for it (testimony or a quote by one gives the body's position,
# not a party's claim)
_OFFICER = (
    r"\b(?:executive\s+(?:secretary|director|officer)|director|administrator|registrar|counsel|"
    r"attorney\s+general|commissioner|secretary|chair(?:s|ed|man|woman|person)?|staff)\b"
)

RULES: tuple[Rule, ...] = (
    # ---- permitted ---------------------------------------------------------------------
    Rule(
        "perm-within-scope",
        r"{DN}{GAP}\b(?:(?:does|do|did)\s+{ADV}{NOT}(?:fall|come|lie)|{BE}\s+{ADV}"
        r"{NOT}{ADV}{DEEMED}{KIND})\s*(?:within|inside|(?:an?\s+)?(?:{PARTLY}\s+)?part\s+of|included\s+in|"
        r"consistent\s+with)\s+"
        # "falls inside that definition" points back to a definition named before (whose field
        # this clause does not say): no vote, unless the field follows ("that definition of ...")
        r"(?!(?:that|this|such|the\s+same)\s+(?:{W}\s+){0,2}?{SCOPE}\b(?!\s+(?:of|for)\b))"
        # ... nor a generic provider's: "only when the service is within that provider's scope of
        # practice" (a payer's condition on whoever bills, no profession's law)
        r"(?!(?:that|the|a|an|each|any|every|their|his|her)\s+(?:(?:rendering|treating|billing|individual)\s+)?"
        r"(?:provider|practitioner|clinician)(?:'s|s'|'))"
        r"(?:the\s+)?(?:{W}\s+){0,4}?{SCOPE}",
        P,
        0.9,
        veto=_NOT,
        veto_after=_DOCUMENT_SCOPE,
        negated=FLIP,
        needs=("within", "inside", "part of", "included in", "consistent with"),
    ),
    # a question put in the form of the permission ("Can a doctor of chiropractic perform dry
    # needling?", "Is dry needling within the scope of occupational therapy?"): the question
    # marker cancels it, and an answer that follows ("Yes." / "A: No.") decides it
    Rule(
        "perm-question-form",
        r"^\W*(?:Q(?:uestion)?\s*(?:\d{1,2}\s*)?[:.-]\s*)?(?:\d+\.\s*)?(?:(?:may|can|could)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,5}?{DO}\s+"
        r"{DN}|(?:is|are)\s+{DN}\s+{ADV}(?:within|part\s+of|included\s+in|allowed|permitted|authorized|legal|lawful))[^?]*\?",
        P,
        0.85,
        needs=("?",),
    ),
    Rule(
        "perm-considers-within",
        r"\b(?:consider|deem|find|found|view|regard|hold|held|treat)\w*\s+"
        r"(?:(?:\w+\s+){0,3}?{DN}|it)\s+(?:(?:by|when|as\s+performed)\s+[^.;]{0,60}?)?(?:to\s+(?:be|fall)\s+|as\s+"
        r"(?:being\s+)?)?{ADV}{NOT}{ADV}(?:within|part\s+of)\s+(?:the\s+)?(?:\w+\s+){0,3}?{SCOPE}",
        P,
        0.9,
        veto=_NOT,
        negated=FLIP,
        needs=("within", "part of"),
    ),
    Rule(
        "perm-within-scope-to-do",
        r"(?<!not\s)\b(?:within|part\s+of)\s+the\s+{SCOPE}{GAP}\bto\s+"
        r"(?:\w+\s+)?{DO}\s+{DN}",
        P,
        0.85,
        veto=_NOT,
        needs=("within", "part of"),
    ),
    Rule(
        "perm-may-perform",
        # ... "will (soon) be able to": what a law brings (a bill's page keeps it pending, see
        # "pending-bill")
        r"\b(?:{MAY}|will\s+(?:soon\s+|now\s+|also\s+)?be\s+(?:able|allowed|permitted|authorized|eligible)\s+to)"
        r"\s+(?:\w+\s+){0,2}?(?:{DO}(?:\s+(?:and|or|and/or)\s+[a-z]+)?|(?:begin|start|resume|continue)\s+"
        r"(?:{DOING}|to\s+{DO}))\s+{DN}"
        r"|\b{MAY}\s+(?:\w+\s+){0,2}?dry[- ]needle\b"
        # "acupuncturists are trained and authorized to perform it" (the sentence names dry needling)
        r"|\b(?:may|can\s+legally|(?:is|are|shall\s+be)\s+(?:\w+\s+(?:and\s+|or\s+)?)?(?:authorized|permitted|allowed|entitled)\s+to)\s+"
        r"(?:(?:legally|lawfully)\s+)?{NOT}{DO}\s+it\b"
        r"(?!\s+(?:is|was|to)\b)"
        # ... "may not perform it until the training requirement is met": a condition the
        # practitioner meets, no ban (as ``proh-may-not-perform`` reads "until" and "unless");
        # "until the Legislature acts" stays one
        r"(?(neg0)(?!\s*,?\s*(?:until|unless|before|prior\s+to)\b(?!" + _LAWMAKING + r")))",
        P,
        0.85,
        veto=_NOT,
        negated=FLIP,
        needs=(
            "may",
            "can",
            "authorized",
            "permitted",
            "allowed",
            "entitled",
            "qualified",
            "able",
            "eligible",
        ),
    ),
    # a board's page in Spanish: "los fisioterapeutas pueden realizar la punción seca", "la ley no
    # autoriza a los fisioterapeutas a realizar la punción seca" (a negator before it flips it)
    Rule(
        "perm-may-perform-es",
        r"\b(?:puede|pueden|podr[aá]n?|est[aá]n?\s+autorizad[oa]s?\s+a|autoriza(?:n)?\s+a\s+(?:[\w-]+\s+){0,4}?a)"
        r"\s+(?:[\w-]+\s+){0,6}?(?:realizar|practicar|usar|utilizar|ofrecer|aplicar|hacer)\s+(?:la\s+)?{DN}",
        P,
        0.85,
        veto=_NOT,
        negated=FLIP,
        needs=("puede", "pueden", "podr", "autoriza"),
    ),
    # dry needling named as one of the kinds of what may be done: "may perform acupuncture and
    # needle-based procedures, including dry needling, only after ..." (what else is listed is not
    # who may: the list stays out of the match); named in passing, so never decisive alone
    Rule(
        "perm-may-perform-including",
        # the list may not deny it on the way: "may perform manual techniques, not including dry needling"
        r"\b{MAY}\s+(?:\w+\s+){0,2}?{DO}(?=\s+(?:(?!\b(?:not|except|excluding|other\s+than|but|nor)\b)[\w\s,/-])"
        r"{3,60}?,?\s+(?:including|such\s+as)\s+" + _CALLED + r"{DN})",
        P,
        0.75,
        veto=_NOT,
        negated=FLIP,
        needs=("including", "such as"),
    ),
    # ... and the same list after a verb of leave: "Board rules allow chiropractors to perform
    # acupuncture, including dry needling, after 100 hours of training"
    Rule(
        "perm-authorizes-including",
        r"\b(?:authoriz|allow|permit|entitl)\w*\s+(?:\w+\s+){0,4}?to\s+{DO}(?=\s+(?:(?!\b(?:not|except|excluding|"
        r"other\s+than|but|nor)\b)[\w\s,/-]){3,60}?,?\s+(?:including|such\s+as)\s+" + _CALLED + r"{DN})",
        P,
        0.75,
        veto=_NOT,
        negated=FLIP,
        needs=("including", "such as"),
    ),
    Rule(
        "perm-passive",
        r"{DN}\s+(?:may|can|shall|must)\s+(?:only\s+)?be\s+(?:performed|practiced|"
        r"provided|used|administered|offered)\s+(?:(?:only|directly|solely|exclusively)\s+)*by",
        P,
        0.85,
        veto=_NOT,
        needs=("be performed", "be practiced", "be provided", "be used", "be administered", "be offered"),
    ),
    Rule(
        "perm-authorizes",
        r"\b(?:authoriz|allow|permit|entitl)\w*\s+(?:\w+\s+){0,4}?"
        # the licensees named with what they must have done: "authorizes chiropractic physicians who
        # complete the training it requires to perform dry needling"
        r"(?:(?<=s\s)(?:who|that)\s+(?:[\w'-]+\s+){1,7}?)?to\s+"
        r"(?:{DO}\s+{DN}|dry[- ]needle\b)"
        # "got the green light to resume dry needling", "are cleared to perform dry needling"
        r"|\b(?:green[- ]light|go-ahead|cleared)\s+(?:\w+\s+){0,3}?to\s+(?:{DO}|resume|begin|start)\s+{DN}",
        P,
        0.85,
        veto=_NOT,
        negated=FLIP,
        # "the Board's 2011 action that had allowed chiropractors to ...": the past perfect is
        # the state before a later event (set aside, replaced), not the law now
        veto_before=r"\b(?:that|which)\s+had\s+(?:\w+\s+)?$"
        # a workplace's leave is not the law's: "Employers that have allowed athletic trainers to
        # dry needle should stop", "clinics which permit their aides to ..."
        r"|\b(?:employers?|clinics?|facilit(?:y|ies)|hospitals?|practices|practice\s+owners?|managers?|"
        r"supervisors?|teams?|schools?|gyms?|spas?)\s+(?:that|which|who)\s+(?:\w+\s+){0,2}$",
        needs=("authoriz", "allow", "permit", "entitl", "green", "go-ahead", "cleared"),
    ),
    # the practice as the direct object: "The law expressly permits dry needling by physical
    # therapists"; negated: "The practice act does not authorize dry needling" (but "does not
    # expressly authorize" only says the act is silent)
    Rule(
        "perm-permits-dn",
        r"\b(?:permit(?:s|ted)?|allow(?:s|ed)?|authori[sz](?:e|es|ed)|sanction(?:s|ed)?|approve[sd]?)\s+"
        r"(?:the\s+(?:practice|use|performance)\s+of\s+)?{DN}",
        P,
        0.8,
        veto=_NOT,
        negated=FLIP,
        veto_before=r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:expressly|specifically|explicitly|directly|clearly)\s+$|"
        r"\b(?:to|would|could|might|will|should|if)\s+(?:\w+\s+)?$|\b(?:courses?|programs?|insurers?|plans?|"
        r"clinics?|we|our)\s+(?:\w+\s+)?$"
        # a class of people named by a condition, no state's law stated: "open to clinicians whose
        # state practice act allows dry needling", "licensees whose board approves ..."
        r"|\bwhose\s+(?:[\w'’-]+\s+){0,4}?$",
        veto_after=r"^\s*(?:courses?|training|continuing|education|sessions?|credits?|hours?)\b"
        # a denial of both ways is the law's silence: "Neither the statute nor the rules authorize
        # the technique, and neither expressly prohibits it"
        r"|^[^.;]{0,120}?,?\s+(?:and|but)\s+(?:neither|nor)\s+(?:\w+\s+){0,2}?(?:prohibits?|forbids?|bars?|bans?)\b",
        needs=("permit", "allow", "authori", "sanction", "approve"),
    ),
    # "Physical therapists have the authority to perform dry needling"
    Rule(
        "perm-has-authority",
        r"\b(?:has|have|had|possess(?:es)?|hold|holds)\s+(?:the\s+)?(?:\w+\s+)?(?:authority|authorization)\s+to\s+"
        r"(?:\w+\s+)?(?:{DO}\s+{DN}|dry[- ]needle\b)",
        P,
        0.8,
        veto=_NOT,
        needs=("authority", "authorization"),
    ),
    # ... with the act's object a pronoun for dry needling named just before: "defines dry
    # needling and authorizes physical therapists to perform it" (less explicit than the name)
    Rule(
        "perm-authorizes-it",
        r"{DN}[^.;]{0,80}?\b(?:authoriz|allow|permit|entitl)\w*\s+(?:\w+\s+){0,4}?to\s+{DO}\s+it\b(?!\s+(?:is|was|to)\b)",
        P,
        0.75,
        veto=_NOT,
        negated=FLIP,
        needs=("authoriz", "allow", "permit", "entitl"),
    ),
    Rule(
        "perm-authorized-for",
        r"{DN}{GAP}\b(?:is|are)\s+{ADV}{NOT}(?:hereby\s+)?(?:authorized|permitted|"
        r"allowed)\s+(?:for|to\s+be\s+performed\s+by)\b"
        # the practitioner named with the practice: "Dry needling by physical therapists is authorized"
        r"|{DN}\s+by\s+(?:licensed\s+|qualified\s+|trained\s+)?{PROF}\s+(?:is|are)\s+{ADV}{NOT}"
        r"(?:hereby\s+|expressly\s+|specifically\s+)?(?:authorized|permitted|allowed)\b",
        P,
        0.85,
        veto=_NOT,
        negated=FLIP,
        needs=("authorized", "permitted", "allowed"),
    ),
    # the practice said to be lawful: "Dry needling by physical therapists has been lawful in Utah since
    # ...", "Dry needling is allowed for ..." is perm-authorized-for; "is not allowed" is a prohibition
    Rule(
        "perm-is-lawful",
        r"{DN}\s+(?:(?:by|for)\s+(?:[\w'-]+\s+){1,4}?)?(?:is|are|has\s+been|have\s+been|remains?)\s+{ADV}"
        r"(?:lawful|allowed|permitted)\b(?!\s+(?:for|to\s+be\s+performed\s+by)\b)",
        P,
        0.8,
        veto=_NOT + r"|\b(?:states|jurisdictions|countries)\b",
        needs=("lawful", "allowed", "permitted"),
    ),
    Rule(
        "perm-practice-includes",
        r"(?:{FIELD}|practice\s+of\s+[\w\s]{3,40}?|scope\s+of\s+practice)[\"'”’]?(?:\s*,\s*(?:which|that))?\s+"
        r"(?:now\s+|also\s+|shall\s+|specifically\s+|expressly\s+)*(?:includes?|include|encompass(?:es)?)"
        r"\b{GAP}{DN}",
        P,
        0.85,
        # "includes, but is not limited to, dry needling" widens, it does not deny
        veto=r"\b(?:not|never|no\s+longer|neither|nor|cannot|without)\b(?!\s+(?:be\s+)?limited\s+to)|n't",
        negated=FLIP,
        needs=("includ", "encompass"),
    ),
    # a definition's list item that names a field with what it includes: "(a) Acupuncture,
    # including the use of needles ..., and including dry needling of trigger points;" (under
    # "'Practice of East Asian medicine' means ... the following techniques:"); an item, at the
    # head of its clause, never a field named in a sentence ("may not practice acupuncture,
    # including dry needling")
    Rule(
        "perm-item-field-including",
        r"^\W*(?:\(?(?:\d{1,2}|[a-z]{1,2}|[ivx]{1,4})\)|(?:\d{1,2}|[a-z])\.)\s*{FIELD}\s*,\s*(?:and\s+)?including\b"
        r"(?:[^;.:]|\.(?=\S)){0,260}?{DN}(?=[\w\s-]{0,40}?(?:;|\.\s*$|$))",
        P,
        0.75,
        veto=r"\bnot\b|\bexclud|\bexcept\b|\bnor\b",
        implicit=True,
        needs=("including",),
    ),
    # a definition named by reference, with who performs it: "The bill defines the practice of
    # acupuncture ... The definition includes the techniques known as dry needling ..., when
    # performed by a licensed acupuncturist"
    Rule(
        "perm-definition-includes",
        r"\b(?:the|this|that|its|such)\s+definition\s+(?:now\s+|also\s+|expressly\s+)*(?:includes?|encompass(?:es)?)"
        r"\b{GAP}{DN}(?=[^.;]{0,120}\b(?:performed|practiced|provided|used)\s+by\b)",
        P,
        0.8,
        veto=_NOT,
        negated=FLIP,
        needs=("definition",),
    ),
    Rule(
        "perm-means-including",
        # any field the page defines, acupuncture too; the list may follow "and includes" as well
        # as "including": '"Practice of acupuncture" means the insertion of needles ..., and
        # includes cupping, ..., dry needling'. The list ends with its sentence (a stop not inside
        # a word, as "U.S.C." or "e.g.," are): a run of lettered definitions on one line, "(a)
        # 'Physical therapy' means ..., including exercise. (b) 'Acupuncture' means ..., including
        # dry needling", gives physical therapy none of (b)'s list (and the gap stays short)
        r"{FIELD}[\"'”’]?\s+means\b(?:(?!\bmeans\b)[^.]){0,300}?\b(?:including|(?:and\s+)?includes)\b"
        r"(?:(?!\bmeans\b)(?:[^;.]|\.(?=\S))){0,260}?{DN}",
        P,
        0.85,
        veto=r"\bnot\s+includ|exclud|\bnor\b|\b(?:but|and)\s+not\b",
        needs=("including", "includes"),
    ),
    Rule(
        "perm-definition",
        # any spelling of the term, with its abbreviation inside or after the quotes: '"Dry-needling"
        # means', '"Dry needling (DN)" means'
        r"[\"'“‘]?(?:(?:trigger[- ]point\s+|functional\s+)?dry(?:-\s*|\s+)?needling|intramuscular\s+"
        r"(?:manual\s+therapy|needling))(?:\s*\([A-Za-z]{2,5}\))?[\"'”’]?(?:\s*\([A-Za-z]{2,5}\))?\s*"
        r"(?:,\s*(?:also|as)\s+(?:known|used)[^,]{0,60},\s*)?(?:means|is\s+defined\s+as|shall\s+mean)\b",
        P,
        0.8,
        implicit=True,
        needs=("means", "defined as", "shall mean"),
    ),
    # a definition that names who performs it: "defines dry needling as a skilled technique
    # performed by a physical therapist"
    Rule(
        "perm-defined-performed-by",
        r"{DN}[^;]{0,30}?\b(?:is|as|means)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:technique|intervention|procedure|modality)\s*,?\s+(?:performed|used|provided|practiced|in\s+"
        r"which|by\s+which)\s+(?:\w+\s+){0,2}?(?:by\s+)?(?:an?\s+|the\s+)?(?:licensed\s+)?{PROF}",
        P,
        0.7,
        veto=_NOT,
        implicit=True,
        needs=("technique", "intervention", "procedure", "modality"),
    ),
    Rule(
        "perm-double-negative",
        r"\b(?:nothing|no\s+(?:provision|section|rule|statute|law))\b"
        r"{GAP}\b(?:prohibits?|prevents?|precludes?|bars?|restricts?|forbids?|shall\s+be\s+construed\s+"
        r"to\s+(?:prohibit|prevent|preclude|bar|restrict))\b{GAP}{DN}",
        P,
        0.85,
        suppresses=("proh-prohibited-from", "proh-may-not-perform", "proh-precluded"),
        veto=r"\b(?:expressly|specifically|explicitly)\b",
        needs=("nothing", "no "),
    ),
    Rule(
        "perm-not-prohibited",
        r"\b(?:does|do|did)\s+not\s+(?:\w+\s+)?(?:prohibit|preclude|bar|"
        r"prevent|forbid)\b{GAP}{DN}|{DN}{GAP}\b(?:is|are|was|were)\s+not\s+(?:\w+\s+)?(?:prohibited|"
        r"precluded|barred|forbidden)|"
        # "does not appear to be prohibited", "did not seem to be barred", "doesn't appear to be ..."
        r"{DN}{GAP}\b(?:does|do|did)\s*{NOTSEEM}\s+to\s+be\s+(?:prohibited|precluded|barred|forbidden)",
        P,
        0.7,
        suppresses=("proh-is-prohibited",),
        veto=r"\b(?:expressly|specifically|explicitly)\b",
        needs=("prohibit", "preclu", "bar", "prevent", "forbid"),
    ),
    Rule(
        "perm-not-unless",
        # (the verb may be "dry needle" itself: "may not dry needle until ...")
        r"(?:(?:(?:{NEG}\s+(?:\w+\s+){0,2}?|\bno\s+(?:\w+\s+){0,4}?(?:may|shall|can)\s+"
        r"(?:\w+\s+)?){DO}|{NEGFROM})\s+{DN}|{NEG}\s+(?:\w+\s+){0,2}?dry[- ]needle\b"
        # ... and in the passive: "Dry needling may not be performed by a physical therapist unless ..."
        r"|{DN}\s+{NEG}\s+be\s+(?:performed|practiced|provided|used|administered|offered|done)\s+"
        r"(?:\w+\s+){0,2}?by\b)[^.]{0,250}?\b(?:unless|until\s+"
        r"(?:he|she|they|the\s+(?:therapist|licensee|physical\s+therapist)|completing|having|"
        r"successful)|"
        # "until the Division has issued a dry needling registration", "until registered": a
        # credential the practitioner obtains, not rules or a law still to come
        r"until\s+(?!(?:the\s+)?(?:\w+\s+)?(?:legislature|legislative|general\s+assembly|congress|lawmakers|"
        r"governor|voters)\b)(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w']+\s+){0,3}?(?:has\s+|have\s+)?"
        r"(?:issued|issues|granted|grants|approved|approves)\s+(?:(?!rules?\b|regulations?\b|standards?\b)"
        r"(?:[\w'-]+|\([A-Za-z]{2,5}\))\s+){0,6}?(?:registration|certificate|certification|endorsement|permit|credential|"
        r"authorization|approval)\b|"
        # ... or has accepted what the practitioner submits: "until the Board has received and
        # accepted this submission", "until the board approves the therapist's application"
        r"until\s+(?:the\s+)?(?:board|department|division|commission|bureau|agency)\s+(?:has\s+|have\s+)?"
        r"(?:(?:received|reviewed)\s+(?:and|or)\s+)?(?:accepted|accepts|approved|approves|verified|verifies)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:submission|application|documentation|qualifications|attestation|form|"
        r"certificates?|transcripts?)\b|until\s+(?:(?:he|she|they|the\s+\w+)\s+(?:is|are|has\s+been|have\s+been)\s+)?"
        r"(?:registered|certified|credentialed|endorsed)\b|without\s+(?:first\s+)?(?:having\s+)?(?:completing|completed|meeting|obtaining|"
        r"documenting|receiving|demonstrating|successfully)|before\s+(?:completing|obtaining|meeting"
        r"|receiving|documenting)|"
        # ... or the techniques the practitioner lacks the training for: "shall not perform dry
        # needling techniques for which the physical therapist has not completed the training"
        r"for\s+which\s+(?:he|she|they|the\s+(?:[\w-]+\s+){0,2}?(?:therapists?|licensees?|trainers?|"
        r"practitioners?|chiropractors?|clinicians?))\s+(?:has|have)\s+not\s+(?:(?:yet|successfully)\s+)?"
        r"(?:completed|obtained|received|documented|demonstrated|been\s+(?:trained|certified)))\b",
        P,
        0.85,
        suppresses=_CONDITIONAL_BAN,
        # "unless the therapist also holds an acupuncture license" is a ban on the profession
        veto_after="^" + _OTHER_LICENSE + "|^" + _LAWMAKING,
        needs=("unless", "until", "without", "before", "for which"),
    ),
    # the same with dry needling named as a kind of what is done: "A licensee may not perform
    # acupuncture, including dry needling, unless the licensee has completed 100 hours of training"
    # (the kind stays out of the match: what else is listed is not who may; never decisive alone)
    Rule(
        "perm-not-unless-including",
        r"{NEG}\s+(?:\w+\s+){0,2}?{DO}(?=\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,?\s+(?:including|such\s+as)\s+"
        + _CALLED
        + r"{DN}"
        r"[^.;]{0,120}?\b(?:unless|until)(?!"
        + _LAWMAKING
        + r")(?!"
        + _OTHER_LICENSE
        + r")\s+(?:(?:the|he|she|they|such)\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:has|have|had|completes?|completed|completing|obtains?|obtained|meets?|receives?|received|documents?|documented|holds?|is\s+(?:certified|registered)|"
        r"are\s+(?:certified|registered))\b)",
        P,
        0.75,
        suppresses=("proh-may-not-perform", "perm-may-perform", "perm-may-perform-including"),
        subject_only=True,
        needs=("unless", "until"),
    ),
    # a ban only on those who have not met a requirement: "a therapist who has not completed
    # 50 hours may not perform dry needling" permits it to those who have
    Rule(
        "perm-not-unless-who",
        r"\bwho\s+(?:has|have|does|do|did|is|are)\s+not\s+(?:yet\s+)?(?:\w+\s+)?"
        r"(?:complet|obtain|met|meet|hold|held|receiv|pass|regist|train|document|file|finish)\w*"
        r"[^.;]{0,120}?(?:{NEG}\s+(?:\w+\s+){0,2}?{DO}|{NEGFROM})\s+{DN}",
        P,
        0.8,
        suppresses=_CONDITIONAL_BAN,
        needs=("who",),
    ),
    # a sanction only on practice without a credential the profession can hold: "a dentist who
    # performs dry needling without this certification is practicing outside the license"
    # permits it to those certified (never a credential of another practice: "without an
    # acupuncture license" is a ban)
    Rule(
        "perm-without-credential",
        r"{DN}[^.;]{0,40}?\bwithout\s+(?:first\s+)?(?:(?:obtaining|holding|having|receiving)\s+)?(?:(?:this|that|"
        r"the|such|an?|his|her|their|its|valid|current|required|proper|appropriate|board|department|state|"
        r"necessary)\s+){0,3}(?:certification|certificate|registration|endorsement|permit|authorization|approval)\b"
        r"[^.;]{0,60}?\b(?:is|are|would\s+be|will\s+be|constitutes?|amounts?\s+to)\s+(?:\w+\s+)?(?:(?:practicing|"
        r"acting|working)\s+(?:outside|beyond)|outside|beyond|unlawful|illegal|prohibited|not\s+(?:permitted|allowed|"
        r"authorized)|unprofessional|in\s+violation|a\s+violation|grounds\s+for|subject\s+to\s+discipline)"
        # ... or before the training it requires: "Dry needling performed before the requirements are
        # complete is outside the athletic trainer's authorized practice", "... without completing the
        # required hours is unprofessional conduct" (never another practice's training: "without the
        # education of an acupuncturist")
        r"|{DN}[^.;]{0,40}?\b(?:before|prior\s+to|until|without)\s+(?:(?:completing|meeting|satisfying|fulfilling)\s+|"
        r"(?:the|these|those|such|all|its|their)\s+)(?:(?:the|these|those|such|all|its|their|required|necessary|"
        r"applicable|training|education)\s+){0,2}(?:requirements?|training|hours|instruction|course\s*work|courses?|"
        r"education|qualifications?)\b(?![^.;]{0,40}\b(?:acupunct|medic|oriental|physician))"
        r"(?:\s+(?:are|is|have\s+been|has\s+been)\s+(?:complete|completed|met|satisfied|fulfilled))?[^.;]{0,40}?"
        r"\b(?:is|are|would\s+be|will\s+be|constitutes?)\s+(?:\w+\s+)?(?:(?:practicing|acting|working)\s+(?:outside|"
        r"beyond)|outside|beyond|unlawful|illegal|prohibited|not\s+(?:permitted|allowed|authorized)|unprofessional|"
        r"in\s+violation|a\s+violation|grounds\s+for|subject\s+to\s+discipline)",
        P,
        0.75,
        suppresses=("proh-outside", "proh-is-prohibited", "proh-charged-unlicensed"),
        needs=("without", "before", "prior to", "until"),
    ),
    # a list of what a scope holds: "The regulations list dry needling among the techniques
    # within a licensed acupuncturist's scope", "Dry needling is among the procedures included in
    # the practice of physical therapy"
    Rule(
        "perm-listed-among",
        r"(?:\b(?:lists?|listed|includes?|included|names?|named|enumerates?|counts?|counted)\b[^.;]{0,80}?{DN}|"
        r"{DN}{GAP}\b(?:is|are)\s+(?:listed\s+|named\s+|included\s+|counted\s+)?)[^.;]{0,40}?\bamong\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:techniques|procedures|services|modalities|methods|interventions|treatments|"
        r"therapies)\s+(?:that\s+(?:are|fall|come)\s+)?(?:within|in|of|included\s+in|inside)\s+(?:the\s+|an?\s+)?"
        r"(?:[\w'-]+\s+){0,3}?{SCOPE}",
        P,
        0.8,
        veto=_NOT,
        needs=("among",),
    ),
    Rule(
        "perm-not-for-period",
        r"(?:{NEG}\s+(?:\w+\s+){0,2}?{DO}|{NEGFROM})\s+{DN}\s+(?:for|during)\s+(?:at\s+"
        r"least|the\s+first|a\s+period)",
        P,
        0.75,
        suppresses=_CONDITIONAL_BAN,
        needs=(" for ", " during "),
    ),
    Rule(
        "perm-only-if",
        r"\b(?:may|can)\s+(?:only\s+)?{DO}\s+{DN}\s*,?\s*(?:only\s+)?(?:if|when|"
        r"provided\s+that|after)\b",
        P,
        0.85,
        veto=_NOT,
        needs=("if", "when", "provided", "after"),
    ),
    Rule(
        "perm-must-complete",
        r"(?:\b(?:before|prior\s+to|in\s+order\s+to|to\s+be\s+(?:eligible|qualified|permitted|authorized)\s+to)|"
        # a purpose that opens the sentence: "To perform dry needling, a physical therapist must ...",
        # also after a list label: "(1) To perform dry needling, ...", "b. To provide dry needling, ..."
        r"^\W*(?:(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z])\.)\s*)?to)\s+(?:{DOING}|{DO})\s+{DN}\s*,\s*(?:a|an|the|each|any)\s+(?:[\w'-]+\s+){0,3}?(?:shall|must|is\s+"
        r"required|are\s+required)\b",
        P,
        0.8,
        needs=("before", "prior to", "in order to", "to be ", "to "),
    ),
    # permission written as a rule for those who do it: "a licensee who performs dry
    # needling shall document ...", "physical therapists performing dry needling must ..."
    Rule(
        "perm-who-does-shall",
        r"\b(?:(?:who|that)\s+(?:performs?|provides?|practices?|uses?|offers?|(?:intends?|wish(?:es)?|"
        r"seeks?|chooses?|plans?)\s+to\s+{DO})|performing|providing|practicing|using|offering)\s+{DN}"
        r"[^.;]{0,100}?\b(?:shall|must|is\s+required\s+to|are\s+required\s+to)\b"
        # the condition for the one who does it: "If you perform dry needling, you must have completed ..."
        r"|\b(?:if|when|whenever)\s+(?:you|(?:a|an|the|any)\s+(?:[\w'-]+\s+){0,2}?(?:licensees?|[\w-]+ists?|"
        r"trainers?|physicians?))\s+(?:performs?|provides?|practices?|uses?|offers?)\s+{DN}\s*,\s*(?:you|the\s+"
        r"(?:[\w'-]+\s+){0,2}?(?:licensees?|[\w-]+ists?|trainers?|physicians?)|he\s+or\s+she|they)\s+(?:must|shall)\s+"
        r"(?:first\s+)?(?:have\s+)?(?:complete[ds]?|obtain(?:ed)?|hold|held|meet|met|pass(?:ed)?|finish(?:ed)?|"
        r"document|register(?:ed)?|submit(?:ted)?|be\s+(?:trained|certified|registered))\b",
        P,
        0.68,
        veto=_NOT,
        veto_after=r"^[^.;]{0,60}?\b(?:disciplin\w*|penalt\w*|violat\w*|guilty|sanction\w*|unprofessional|"
        r"fine[ds]?|revoc\w*|revok\w*|cease|stop|refrain|be\s+reported|(?:acupunctur\w*|medical)\s+licen[cs]e|"
        # another practice's licence, named after the noun: "must hold a license as an acupuncturist"
        r"licen[cs]\w*\s+(?:as\s+an?\s+|to\s+practice\s+)(?:acupunctur\w*|physician|medicine))\b",
        implicit=True,
        needs=("shall", "must", "required"),
    ),
    # requirements a therapist must meet first presuppose the permission
    Rule(
        "perm-requirement-before",
        r"\b(?:must|shall|(?:is|are)\s+required\s+to)\s+(?:\w+\s+){0,3}?(?:complete[ds]?|have|obtain|hold|"
        r"meet|pass|finish|register(?:ed)?|submit|document|demonstrate|(?:be\s+)?(?:certified|credentialed|"
        r"endorsed|approved|trained))\b[^;]{0,160}?\b(?:before|prior\s+to)\s+(?:\w+\s+)?"
        r"{DOING}\s+{DN}"
        # the requirement named for the doing: "The minimum education required for a physical
        # therapist to perform dry needling is 54 hours", "Dry needling requires 54 hours of training"
        r"|\b(?:required|necessary|needed)\s+(?:for\s+(?:an?\s+|the\s+|each\s+)?(?:[\w'-]+\s+){1,3}?)?to\s+(?:{DO}\s+{DN}|"
        r"dry[- ]needle\b)[^.;]{0,20}?\b(?:is|are)\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?\d+"
        r"|{DN}\s+requires\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|completion\s+of\s+)?\d+\s+(?:contact\s+)?hours\b"
        # the requirements met first: "confirm that they meet the requirements before performing dry needling"
        r"|\b(?:meets?|satisf(?:y|ies)|fulfil+s?)\s+(?:the\s+|all\s+)?(?:[\w'-]+\s+){0,2}?requirements\s+"
        r"(?:before|prior\s+to)\s+{DOING}\s+{DN}"
        # the time fronted, the requirements after (often a list): "Before any use of dry needling,
        # a physical therapist must:", "Prior to performing dry needling, an athletic trainer shall"
        r"|\b(?:before|prior\s+to)\s+(?:(?:any|the)\s+(?:use|performance|practice)\s+of|{DOING})\s+{DN}\s*,\s+"
        r"(?:an?\s+|the\s+|each\s+|every\s+)?(?:licensed\s+)?{PROF}\s+(?:must|shall|(?:is|are)\s+required\s+to)\b"
        r"(?!\s+(?:not|never)\b)",
        P,
        0.75,
        veto=_NOT + r"|\b(?:acupunctur\w*|medical)\s+licen[cs]e",
        needs=("before", "prior to", "required", "necessary", "needed", "requires", "requirements"),
    ),
    Rule(
        "perm-deemed-competent",
        r"\bdeemed\s+competent\s+(?:to\s+{DO}\s+{DN}\s+)?only\s+(?:after|if|upon|"
        r"when)\b",
        P,
        0.75,
        needs=("deemed competent",),
    ),
    Rule(
        "perm-must-have-competence",
        r"\b(?:must|shall)\s+(?:have|possess)\s+(?:the\s+)?(?:[\w-]+,?\s+)"
        r"{0,6}?(?:competen\w*|training|education|knowledge)\b[^;]{0,40}?\bto\s+{DO}\s+{DN}",
        P,
        0.7,
        veto=_NOT,
        needs=("must", "shall"),
    ),
    Rule(
        "perm-registration",
        r"{DN}\s+(?:registration|endorsement|certification)\b|\b(?:regist\w*|"
        r"endorse\w*|certif\w*)\s+(?:\w+\s+){0,2}?(?:for|to\s+(?:perform|practice|provide|use))\s+{DN}",
        P,
        0.6,
        veto_before=r"\b(?:no|not|nor|neither|without|cannot|pending)\b[^.;:]{0,60}$",
        # a course that awards a certificate is training, not a state's registration
        veto_after=r"^\s*(?:courses?|programs?|class(?:es)?|seminars?|workshops?|trainings?)\b",
        implicit=True,
        needs=("regist", "endorse", "certif"),
    ),
    # a practice board's own rules govern it: "Dry needling is governed by the Board's rules"
    Rule(
        "perm-governed-by-rules",
        r"{DN}(?:\s+by\s+(?:an?\s+)?(?:licensed\s+)?{PROF})?(?:\s+in\s+[A-Z]\w+)?"
        r"\s+(?:is|are)\s+governed\s+by\s+(?:the\s+|this\s+|these\s+|its\s+)?(?:board'?s?\s+|"
        r"department'?s?\s+)?(?:rules?|regulations?)\b",
        P,
        0.6,
        implicit=True,
        needs=("governed",),
    ),
    Rule(
        "perm-is-modality",
        r"{DN}{GAP}\b(?:is|as)\s+(?:an?\s+)?(?:(?:physical\s+therapy|"
        r"permissible|approved|authorized|appropriate|recognized|accepted|allowable|legitimate)\s+)+(?:intervention|"
        r"modality|procedure|technique|treatment|service)",
        P,
        0.75,
        veto=_NOT,
        needs=("intervention", "modality", "procedure", "technique", "treatment", "service"),
    ),
    Rule(
        "perm-mechanical-modality",
        r"{DN}{GAP}\b(?:is|be|as)\s+(?:an?\s+)?[\"'“]?mechanical\s+"
        r"modality",
        P,
        0.7,
        veto=_NOT,
        implicit=True,
        needs=("mechanical",),
    ),
    # a notice adopting a rule about dry needling ("adopted new rule 24.177.915 governing dry
    # needling by physical therapists"): the board regulates it, so it permits it
    Rule(
        "perm-adopts-rule",
        r"\b(?:adopt(?:ed|s)?|promulgat(?:ed|es)?|finali[sz]ed|amended)\s+(?:a\s+|the\s+|its\s+)?(?:new\s+|"
        r"permanent\s+|final\s+)?(?:rules?|regulations?|standards?)\b[^;]{0,60}?\b(?:governing|regulating|"
        r"regarding|relating\s+to|concerning|on|for|establishing\s+(?:\w+\s+){0,3}?for|that\s+(?:govern|"
        r"regulate|establish)\w*(?:\s+\w+){0,3}?\s+for)\s+(?:the\s+)?(?:\w+\s+){0,2}?{DN}"
        # the noun of a final act: "final adoption of ARM 24.177.413 Dry Needling", "notice of adoption of
        # new rule I (dry needling)"; the number is one token with a digit, read once (a lookahead, then
        # possessively), so a long token that is not followed by the term fails in linear time
        r"|\b(?:final\s+adoption|notice\s+of\s+(?:final\s+)?adoption)\s+of\s+(?:(?:the|a|new|amended)\s+)*"
        r"(?:(?:rules?|regulations?|[A-Z]{2,5}|section|§)\s*)?(?:(?=[\w.:-]*\d)[\w.:-]++\s+)?(?:\(?\s*)?{DN}",
        P,
        0.7,
        veto=_NOT,
        # an instruction to adopt rules is not their adoption: "would direct the Board to adopt rules ..."
        veto_before=r"\b(?:to|would|will|shall|must|should|may|could)\s+$|"
        r"\b(?:postpon|delay|defer|tabl|consider|await|pending)\w*\s+(?:the\s+|its\s+)?$",
        implicit=True,
        needs=("adopt", "promulgat", "finaliz", "finalis", "amended"),
    ),
    # a law that adds dry needling to a practice: "adds dry needling to the physical therapy
    # scope of practice", "expressly add dry needling to the practice of physical therapy"
    Rule(
        "perm-adds-to-scope",
        r"\b(?:add(?:s|ed|ing)?|insert(?:s|ed|ing)?|includ(?:e|es|ed|ing))\s+{DN}{GLOSSED}(?:to|in|into|within)\s+(?:the\s+)?"
        r"(?:(?:{W}\s+){0,4}?(?:{SCOPE}|definition|practice\s+act)|{FIELD})\b",
        P,
        0.85,
        # "only the Legislative Assembly can add ...": what lawmakers could do, not what they did;
        # "consult counsel before adding dry needling to ...": advice about a step not yet taken
        # ... nor the reader's step: "before you add dry needling to your practice"
        veto_before=r"\b(?:can|could|may|might|would|must|should|will|to|before|considering|about|against)\s+$|"
        r"\b(?:before|after|until|when|once|if|unless)\s+(?:you|we|I)\s+$",
        # a business's practice, not a profession's: "adding dry needling to a practice", "to a
        # practice's services", "into the clinic's offerings", "to your practice" ("can now add
        # dry needling to their practice" is the practitioners' own practice: a permission)
        veto=_NOT + r"|\b(?:to|in|into|within)\s+(?:an?|your|my|our)\s+(?:[\w'-]+\s+){0,2}?practice\b"
        r"(?!\s+(?:of|act)\b)",
        veto_after=r"^(?:'s\b|\s+(?:services|offerings|menu|business|clinic)\b)",
        negated=FLIP,
        needs=("add", "insert", "includ"),
    ),
    Rule(
        "perm-affirmed",
        r"\b(?:affirm|uph[oe]ld)\w*\b{GAP}\b(?:ruling|decision|rule|position)"
        r"{GAP}{DN}",
        P,
        0.7,
        veto=_NOT,
        needs=("affirm", "uph"),
    ),
    # ---- prohibited --------------------------------------------------------------------
    Rule(
        "proh-not-within",
        # ... also in a law's future or command: "dry needling will not be part of the practice of
        # athletic trainers", "shall not be within the scope"
        r"{DN}{GAP}\b(?:{BE}|does|do|did|will|shall)\s+{ADV}(?:not|neither|never|no\s+longer)"
        r"\s+(?:(?!(?:expressly|specifically|explicitly|prohibit|forbid|barr|bann|restrict|address|mention|regulat)"
        r"\w*\s)\w+\s+){0,2}?{KIND}(?:within|inside|part\s+of|included\s+in|under)\s+(?:the\s+|a\s+|an\s+)?"
        r"(?:(?:{W}\s+){0,4}?(?:{SCOPE}|licen[cs]e|act|statute|law|chapter|code)\b|{FIELD}|{PROF})"
        # a reason and the conclusion sharing one verb: "dry needling is an invasive procedure and
        # (therefore) not within the scope of physical therapy"
        r"|{DN}{GAP}\b(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:procedure|technique|intervention|practice|"
        r"service|treatment|modality)s?\s*,?\s+and\s+(?:(?:therefore|thus|hence|accordingly|so)\s*,?\s+)?"
        r"(?:not|never|no\s+longer)\s+(?:within|part\s+of|included\s+in)\s+(?:the\s+|a\s+|an\s+)?"
        r"(?:(?:{W}\s+){0,4}?(?:{SCOPE}|licen[cs]e)\b|{FIELD}|{PROF})",
        X,
        0.9,
        suppresses=("perm-within-scope",),
        veto_after=_DOCUMENT_SCOPE,
        needs=("not", "never", "neither", "no longer"),
    ),
    Rule(
        "proh-outside",
        r"{DN}{GAP}\b(?:{BE}|does|do|acts?|acting|practic(?:es|ing)|operat(?:es|ing)|goes|went|steps?)\s+(?:\w+\s+)?"
        r"{KIND}(?:outside|beyond|exceeds?|inconsistent\s+with)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+|a\s+)?"
        r"(?:[\w'-]+\s+){0,4}?"
        r"(?:{SCOPE}|licen[cs]e|act|statutes?|law|authority|definition|{FIELD}|what\s+the\s+law)\b"
        r"|{DN}{GAP}\b(?:exceeds?|goes\s+beyond)\s+the\s+{SCOPE}"
        # a reason, then the conclusion drawn from it: "dry needling is an invasive procedure and
        # therefore outside the scope of physical therapy practice"
        r"|{DN}{GAP}\b(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:procedure|technique|intervention|practice|"
        r"service|treatment|modality)s?\s*,?\s+(?:and\s+)?(?:therefore|thus|hence|accordingly|so)\s*,?\s+(?:is\s+|are\s+)?"
        r"(?:outside|beyond)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'-]+\s+){0,4}?(?:{SCOPE}|licen[cs]e|{FIELD})\b",
        X,
        0.9,
        veto=r"\bnot\s+outside",
        veto_before=_CONDITION_BEFORE,
        veto_after=_DOCUMENT_SCOPE,
        needs=("outside", "beyond", "exceed", "inconsistent"),
    ),
    Rule(
        "proh-considers-outside",
        # ... "considers it outside their scope", right after a sentence naming dry needling
        r"\b(?:consider|deem|find|found|view|regard|hold|held)\w*\s+"
        r"(?:(?:\w+\s+){0,3}?{DN}|it)\s+(?:(?:by|when|as\s+performed)\s+[^.;]{0,60}?)?(?:to\s+(?:be|fall)\s+|as\s+"
        r"(?:being\s+)?)?(?:outside|beyond|not\s+within)\b",
        X,
        0.9,
        suppresses=("perm-considers-within",),
        needs=("outside", "beyond", "not within"),
    ),
    Rule(
        "proh-not-within-to-do",
        r"\b(?:not|outside)\s+(?:within\s+|part\s+of\s+)?(?:the\s+)?{SCOPE}"
        r"{GAP}\bto\s+(?:\w+\s+)?{DO}\s+{DN}",
        X,
        0.85,
        suppresses=("perm-within-scope-to-do",),
        needs=("not", "outside"),
    ),
    Rule(
        "proh-may-not-perform",
        r"(?:{NEG}|\bunable\s+to)\s+(?:\w+\s+){0,3}?(?:{DO}\s+{DN}|dry[- ]needle\b)",
        X,
        0.85,
        veto=r"\bnothing\b",
        veto_after=_LIMIT_AFTER,
        veto_before=_CONDITION_BEFORE,
        needs=("not", "never", "no longer", "cannot", "can't", "unable"),
    ),
    # the passive of a ban names who may not: "Dry needling shall not be performed by an athletic
    # trainer or a physical therapist assistant" (a limit after it is a condition, not a ban)
    Rule(
        "proh-passive-not",
        # ... also as the second of two predicates, after one a delegation: "Dry needling may be performed
        # only by a physical therapist ..., and shall not be delegated to an assistant or performed by an
        # athletic trainer"
        r"{DN}\s+(?:[^.;]{0,160}?,?\s+and\s+)?(?:may|can|shall|must|should)\s*(?:not|never|no\s+longer)\s+be\s+"
        r"(?:(?:delegated|assigned)\s+to\s+[^.;]{0,60}?\s+or\s+)?(?:performed|practiced|"
        r"provided|used|administered|offered|done)\s+(?:\w+\s+){0,2}?by\b",
        X,
        0.85,
        # "... by a physical therapist unless ...", "... while ...", "... on a minor": a condition
        veto_after=r"^[^.;]{0,120}?\b(?:(?:unless|until)(?!"
        + _LAWMAKING
        + r")(?!"
        + _OTHER_LICENSE
        + r")|without|except|other\s+than|prior\s+to|before|while|when|"
        r"if|who\s+(?:has|have|does|do|is|are)\s+not|on\s+(?:an?\s+)?(?:patients?|minors?|child(?:ren)?)|under\s+"
        r"the\s+age)\b",
        needs=("not", "never", "no longer"),
    ),
    # a relative clause carries the predicate back to dry needling: "dry needling is an invasive
    # procedure that physical therapists may not perform", "... a technique which chiropractors
    # may perform"
    Rule(
        "proh-class-relative",
        r"{DN}\s+(?:is|are|was|remains?|as)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:procedure|technique|intervention|"
        r"modality|treatment|service|skill|practice|method)s?\s+(?:that|which)\s+(?:[\w'-]+\s+){0,4}?"
        r"(?:{NEG}|(?:is|are)\s+not\s+(?:authorized|permitted|allowed)\s+to)\s+(?:legally\s+)?{DO}\b",
        X,
        0.8,
        veto=r"\b(?:states|jurisdictions|countries)\b",
        veto_after=_LIMIT_AFTER,
        needs=("not", "never", "no longer", "cannot", "can't"),
    ),
    # ... or after a comma: "Dry needling involves the insertion of needles through the skin,
    # which the physical therapy practice act does not authorize", "dry needling, which
    # physical therapists may not perform, ..."
    Rule(
        "proh-relative-not",
        r"(?:{DN}|{PENETRATE}|insertion\s+of\s+(?:[\w-]+\s+)?needles)[^.;]{0,80}?,\s*which\s+(?:the\s+)?"
        r"(?:(?:[\w'-]+\s+){0,4}?(?:act|statute|law|code|chapter|licen[cs]e|scope|definition|rules?|regulations?)\s+"
        r"(?:does|do|did)\s+not\s+(?:authorize|permit|allow|include|encompass|cover)\b|(?:[\w'-]+\s+){0,4}?{NEG}\s+"
        r"(?:legally\s+)?{DO}\b)",
        X,
        0.75,
        veto=r"\b(?:states|jurisdictions|countries)\b",
        veto_after=_LIMIT_AFTER,
        needs=("which",),
    ),
    Rule(
        "perm-class-relative",
        r"{DN}\s+(?:is|are|was|remains?|as)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:procedure|technique|intervention|"
        r"modality|treatment|service|skill|practice|method)s?\s+(?:that|which)\s+(?:[\w'-]+\s+){0,4}?"
        r"{MAY}\s+(?:legally\s+)?{DO}\b(?!\s+(?:on|in)\s+(?:other|another|some|many|most)\b)",
        P,
        0.8,
        veto=_NOT + r"|\b(?:states|jurisdictions|countries)\b",
        needs=(
            "may",
            "can",
            "authorized",
            "permitted",
            "allowed",
            "entitled",
            "qualified",
            "able",
            "eligible",
        ),
    ),
    # reported speech moves "will not be allowed" back to "would not be allowed": after a past
    # verb of deciding ("concluded that physical therapists would not be allowed to perform dry
    # needling") it is the conclusion itself, not a hypothesis or a proposal
    Rule(
        "proh-concluded-would-not",
        r"\b(?:concluded|determined|ruled|held|decided|found|advised|opined)\s+that\s+(?:[\w'-]+\s+){1,6}?"
        r"would\s+not\s+be\s+(?:authorized|permitted|allowed|able)\s+to\s+(?:\w+\s+)?{DO}\s+{DN}",
        X,
        0.85,
        veto=r"\bif\b|\bunless\b",
        veto_after=r"^[^.;]{0,80}?\b(?:if|unless)\b",
        suppresses=("pending-proposal",),
        needs=("would not",),
    ),
    Rule(
        "proh-not-authorized",
        r"\b(?:is|are|was|were)\s+{ADV}not\s+(?:\w+\s+)?(?:authorized|permitted|"
        # ... the law that does not authorise may sit before "to": "not authorized under the
        # current practice act to perform dry needling"
        r"allowed|licensed|entitled|able)\s+(?:(?:under|by)\s+(?:the\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,5}?"
        r"(?:act|law|statutes?|code|rules?|regulations?|licenses?)\s+)?to\s+(?:\w+\s+)?{DO}\s+{DN}|"
        r"\b(?:lack|lacks|lacked|lacking|without|"
        r"(?:do|does|did)\s+not\s+have)\s+(?:the\s+)?(?:\w+\s+)?(?:authority|authorization)\b{GAP}"
        r"(?:{DN}|dry[- ]needle\b)|"
        r"\bno\s+(?:\w+\s+)?(?:authority|authorization)\s+(?:for\s+(?:[\w'-]+\s+){1,3}?)?to\s+(?:\w+\s+)?"
        r"(?:{DO}\s+{DN}|dry[- ]needle\b)",
        X,
        0.9,
        # "the Board lacks authority to prohibit dry needling" denies the ban, not the practice
        veto=r"\b(?:prohibit|ban|bar|restrict|forbid|preclud|stop|enjoin|disciplin|sanction)\w*",
        suppresses=("perm-may-perform", "perm-authorizes", "perm-has-authority"),
        needs=("not", "lack", "without", "no "),
    ),
    Rule(
        "proh-is-prohibited",
        r"{DN}{GAP}\b(?:is|are|remains?|be)\s+(?:strictly\s+|expressly\s+|"
        r"currently\s+|hereby\s+|still\s+)?(?:prohibited|forbidden|barred|banned|unlawful|illegal|"
        r"off[- ]limits|"
        r"not\s+(?:permitted|allowed|authorized|legal|lawful|an?\s+(?:authorized|permitted|approved)))\b"
        # "legal" as an adjective of a noun is no verdict: "is not legal advice", "it is not a legal
        # opinion", "is not legal counsel" (a disclaimer, not a ban)
        r"(?!\s+(?:advice|counsel|opinion|guidance|services?|representation|consultation|analysis|"
        r"interpretation|determination|ruling|document|authority|resource|help|assistance)\b)",
        X,
        0.85,
        veto=r"\bnot\s+(?:prohibited|forbidden|barred|banned|unlawful|illegal|off[- ]limits)|"
        r"{NOTSEEM}\s+to\s+be\b",
        suppresses=("perm-authorized-for",),
        needs=(
            "prohibit",
            "forbid",
            "barred",
            "banned",
            "unlawful",
            "illegal",
            "off-limits",
            "off limits",
            "not",
        ),
    ),
    Rule(
        "proh-prohibited-from",
        r"\b(?:prohibit\w*|bar(?:s|red)?|preclud\w*|prevent\w*|forbid\w*)\s+"
        r"(?:\w+\s+){0,5}?from\s+(?:{DOING}\s+)?{DN}",
        X,
        0.9,
        veto=r"\bnothing\b|\bnot\s+",
        needs=("from",),
    ),
    Rule(
        "proh-precluded",
        r"\b(?:is|are)\s+(?:\w+\s+)?precluded\s+from\b{GAP}{DN}",
        X,
        0.9,
        needs=("precluded",),
    ),
    Rule(
        "proh-not-include-dn",
        r"\b(?:(?:does|do|shall)\s+not\s+(?:include|encompass|extend\s+to|cover)|excludes?|excluding|"
        r"shall\s+not\s+be\s+(?:construed|interpreted)\s+(?:to|as)\s+(?:include|includ\w+|authoriz\w*|permit\w*|"
        r"allow\w*))\b{LONGGAP}{DN}",
        X,
        0.8,
        ignore_for=_ACU,
        veto_after=r"^\s*(?:of|on|over)\b",
        # what a payer covers is a benefit, not a scope: "Some insurers do not cover dry needling"
        veto_before=r"\b(?:insurers?|insurance|payers?|payors?|carriers?|medicare|medicaid|health\s+plans?|"
        r"(?:your|my|our|their|most|some|many)\s+(?:\w+\s+)?plans?|policies|policy\s+holders?)\b[^.;]{0,40}$|"
        # dry needling's own definition setting its bounds: '"Dry needling" does not include the
        # stimulation of auricular points, ... or the retention of a needle' (what the term leaves out)
        # ... or "dry needling, as defined by the Board and excluding the stimulation of auricular points"
        r"\bdry(?:-\s*|\s+)?needling[\"'”’]?\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*as\s+[^,]{0,60}?(?:,|\s+and)\s*)?$",
        needs=(
            "not include",
            "not encompass",
            "not extend",
            "not cover",
            "exclud",
            "construed",
            "interpreted",
        ),
    ),
    # the law as the subject: "the definition of occupational therapy in AS 08.84.190 does not
    # support dry needling" (a body's "does not support" is its stance: not read here)
    Rule(
        "proh-law-not-support",
        r"\b(?:definition|statutes?|practice\s+acts?|(?:the|state|current)\s+law|regulations?)\b(?:\s+[\w.'’-]+){0,8}?\s+"
        r"(?:does|do)\s+not\s+(?:support|encompass|reach|extend\s+to)\s+{DN}"
        # ... a code section or citation as the subject, and the use of it: "AS 08.84.190 does not
        # support the use of dry needling by occupational therapists", "... does not provide for ..."
        r"|\b(?:statutes?|act|law|code|section|chapter|§\s*[\d.-]+|[A-Z]{1,4}\s+\d[\d.-]*\d)\s+(?:[\w.-]+\s+)?"
        r"(?:does|do)\s+not\s+(?:support|provide\s+for|contemplate|recogni[sz]e)\s+(?:the\s+(?:use|practice|"
        r"performance)\s+of\s+)?{DN}",
        X,
        0.8,
        ignore_for=_ACU,
        needs=(
            "not support",
            "not encompass",
            "not reach",
            "not extend",
            "not provide",
            "not contemplate",
            "not recogni",
        ),
    ),
    # needle insertion as the subject: "The insertion of needles into the body is not within the
    # definition of physical therapy" (what dry needling is, denied to the field)
    Rule(
        "proh-needles-not-within",
        r"\b(?:(?:the\s+)?(?:insertion|use|placement)\s+of\s+(?:[\w-]+\s+)?needles|inserting\s+(?:[\w-]+\s+)?needles|"
        r"needle\s+insertion)\b{GAP}\b(?:is|are)\s+(?:not\s+(?:\w+\s+){0,2}?(?:within|part\s+of|included\s+in)|"
        r"(?:\w+\s+)?(?:outside|beyond))\s+(?:the\s+)?(?:{W}\s+){0,4}?(?:{SCOPE}|definition|{FIELD})",
        X,
        0.75,
        topical=False,
        veto_before=_CONDITION_BEFORE,
        needs=("needle",),
    ),
    # the charge a doer faces names the practice as someone else's: "A physical therapist who
    # performs dry needling may be charged with practicing acupuncture without a license"
    Rule(
        "proh-charged-unlicensed",
        r"\b(?:who|that)\s+(?:performs?|practices?|provides?|uses?|offers?)\s+{DN}[^.;]{0,60}?\b(?:may|shall|will|can|"
        r"could|is|are)\s+(?:be\s+)?(?:charged|cited|prosecuted|disciplined|subject\w*|liable|guilty)\b[^.;]{0,80}?"
        r"\b(?:unlicensed|without\s+a\s+licen[cs]e|practic\w+\s+(?:acupuncture|medicine)|outside\s+(?:the|their|his|"
        r"her)\s+scope|beyond\s+(?:the|their|his|her)\s+scope)",
        X,
        0.8,
        veto=r"\bnot\b|\bwithout\s+(?:first\s+)?(?:completing|training|meeting|the\s+required)",
        veto_before=_CONDITION_BEFORE,
        ignore_for=_ACU,
        needs=("charged", "cited", "prosecuted", "disciplined", "subject", "liable", "guilty"),
    ),
    Rule(
        "proh-penetrate-skin",
        r"(?:(?:{NEG}|\bnot\s+authoriz\w*\s+to)\s+(?:\w+\s+){0,3}?(?:use|perform|"
        r"employ|engage\s+in|include|utilize|puncture|penetrate|pierce)|{NEGFROM})\s+(?:any\s+)?(?:\w+\s+){0,3}?"
        r"{PENETRATE}|(?:does\s+not\s+include|shall\s+not\s+include|excludes?|prohibits?|"
        r"prevents?|precludes?|bars?)\b[^.;]{0,80}?(?:{PENETRATE}|\bfrom\s+(?:puncturing|"
        r"penetrating|piercing|breaking))|"
        # the act itself as the verb: "may not insert needles", "cannot penetrate the skin", "the law
        # does not allow physical therapists to insert needles"
        r"(?:(?:{NEG}|\bnot\s+authoriz\w*\s+to)\s+(?:\w+\s+){0,2}?|\b(?:does|do|did)\s+not\s+(?:allow|permit|authorize)\s+"
        r"(?:[\w'-]+\s+){1,4}?to\s+)(?:insert\s+(?:(?:a|any|the|thin|filiform|solid|acupuncture)\s+){0,2}needles?\b|"
        r"(?:penetrate|puncture|pierce|break)\s+(?:the\s+|a\s+(?:patient|person)'s\s+)?skin\b)",
        X,
        0.75,
        topical=False,
        veto=r"\bnothing\b",
        # ... never with a condition ("unless licensed", "without training") or only at some points
        veto_after=r"^[^.;]{0,40}?\b(?:other\s+than|except|excluding)\b|^[^.;]{0,60}?\b(?:unless|until|without)\b|"
        r"^[^.;]{0,30}?\b(?:into|at|in)\s+(?:\w+\s+)?(?:acupuncture|acupoints?|meridians?)\b",
        # a bill digest's "Existing law ..." is the law the bill changes, whatever became of it
        veto_before=r"^\W*existing\s+law\b",
        needs=("invasive", "penetrat", "punctur", "pierc", "skin", "from breaking", "insert"),
    ),
    Rule(
        "proh-is-acupuncture",
        r"{DN}{GAP}\b(?:is|are|constitutes?|amounts?\s+to|falls?\s+(?:under|within)|comes?\s+within|"
        r"(?:is\s+)?(?:considered|deemed)|is\s+synonymous\s+with|is\s+included\s+in)\s+(?:\w+\s+){0,3}?"
        r"(?:the\s+(?:unlicensed\s+|unauthorized\s+|illegal\s+)?practice\s+of\s+)?(?:acupuncture|medicine)\b",
        X,
        0.8,
        ignore_for=_ACU,
        # "... are exempt from the Acupuncture Practice Act", "the definition of dry needling excludes
        # the practice of acupuncture, which is regulated under ..." set it apart from acupuncture
        veto=_NOT
        + r"|\b(?:distinct|different|separate|differs?|unlike|similar|akin|resembles?|rather\s+than|"
        r"as\s+opposed|exempt\w*|excepted|exclud(?:e|es|ing)|regulated\s+(?:under|by))\b",
        needs=("acupuncture", "medicine"),
    ),
    # ... and for acupuncturists the same words are a permission: "The practice of acupuncture
    # includes ... trigger point therapy and dry needling, which is a technique of acupuncture"
    Rule(
        "perm-acupuncture-includes",
        # (the practice, not what teaches or studies it: "acupuncture education includes trigger point
        # needling", "acupuncture texts encompass ...")
        # (the field may carry its medicine: "acupuncture and East Asian medicine includes ...")
        r"\bacupuncture\b[\"']?\s+(?:(?:and|or)\s+(?:[\w-]+\s+){1,2}?medicine\b[\"']?\s+)?(?!(?:\w+\s+)?(?:education|training|curricul\w*|texts?|textbooks?|literature|"
        r"schools?|programs?|courses?|students?|research|studies|classes)\b)(?:\w+\s+){0,2}?"
        r"(?:includes?|means|encompasses|consists\s+of)\b[^;]{0,300}?{DN}"
        r"|{DN}[^;]{0,40}?\b(?:is|as|constitutes)\s+(?:an?\s+)?(?:technique|form|modality|type|part)\s+of\s+"
        r"(?:the\s+practice\s+of\s+)?acupuncture\b"
        # "... whether called acupuncture or dry needling - is the practice of acupuncture"
        # ... "is synonymous with", "is included in", "falls within" the practice of acupuncture
        r"|{DN}{GAP}\b(?:is|are|constitutes?|(?:is\s+)?(?:considered|deemed)(?:\s+to\s+be)?|(?:is|are)\s+synonymous\s+"
        r"with|(?:is|are)\s+(?:included|encompassed)\s+(?:in|within|by)|falls?\s+(?:under|within)|amounts?\s+to)\s+"
        r"(?:\w+\s+)?the\s+practice\s+of\s+acupuncture\b",
        P,
        0.8,
        # ... for acupuncturists only: that it is acupuncture says nothing of a physician's license
        ignore_for=(
            Profession.PHYSICAL_THERAPIST,
            Profession.CHIROPRACTOR,
            Profession.ATHLETIC_TRAINER,
            Profession.OCCUPATIONAL_THERAPIST,
            Profession.PHYSICIAN,
            Profession.OTHER,
        ),
        veto=_NOT
        + r"|\b(?:distinct|different|separate|differs?|unlike|similar|akin|resembles?|rather\s+than)\b",
        negated=FLIP,
        needs=("acupuncture",),
    ),
    Rule(
        "proh-practicing-acupuncture",
        r"\b(?:perform|practic|us|offer|provid)\w*\s+{DN}{GAP}\b(?:is|"
        r"are)\s+(?:\w+\s+){0,2}?practic\w*\s+(?:acupuncture|medicine)",
        X,
        0.75,
        veto=_NOT,
        ignore_for=_ACU,
        suppresses=("proh-is-acupuncture",),
        needs=("acupuncture", "medicine"),
    ),
    # elliptical negation: "Although many states allow physical therapists to perform dry
    # needling, the law of this state does not."
    Rule(
        "proh-elliptical",
        r"\b(?:although|though|while|whereas|unlike|even\s+though)\s+(?:\w+\s+){0,3}?(?:states|"
        r"jurisdictions)\b[^.;]{0,200}?{DN}[^.;]{0,160}?,\s*(?:[\w'-]+\s+){1,8}?(?:does|do|did|has|have|is|"
        r"are)\s*(?:not|n't)\b(?:\s+(?:do\s+so|yet|so|one\s+of\s+them|among\s+them|allow\s+it|permit\s+it))?"
        r"\s*[.;]?\s*$"
        # "chiropractors in many states may dry needle, New York chiropractors may not"
        r"|\b(?:states|jurisdictions)\b[^.;]{0,80}?\b(?:may|can)\s+(?:dry[- ]needle|{DO}\s+{DN})[^.;,]{0,30},"
        r"\s*(?:but\s+)?"
        r"(?:[\w'-]+\s+){1,5}?(?:may|can)\s*not\b\s*[.;]?\s*$",
        X,
        0.85,
        needs=("states", "jurisdictions"),
    ),
    # exclusivity: "should only be performed by physicians and acupuncturists", "is reserved
    # to licensed acupuncturists" (never about the professions it reserves dry needling to)
    Rule(
        "proh-reserved",
        r"{DN}{GAP}\b(?:(?:should|may|can|shall|must|is\s+to|are\s+to)\s+(?:only\s+be|be\s+(?:\w+\s+)?only)"
        r"\s+(?:performed|practiced|provided|used|administered|offered|done)\s+by|(?:is|are|be|remains?)\s+"
        r"(?:\w+\s+)?(?:reserved|restricted|limited)\s+(?:to|for))\s+(?=(?:licensed|medical|qualified|trained|"
        r"properly|the|an?|\s)*(?:physicians?|acupuncturists?|medical\s+doctors?|doctors?\s+of\s+(?:medicine|"
        r"osteopath\w*)|osteopaths?|MDs?|DOs?|practitioners\s+of\s+acupuncture)\b"
        r"(?![^.;]{0,80}\b(?:physical\s+therap|chiropract|athletic|occupational|PTs?\b)))",
        X,
        0.85,
        ignore_for=_ACU,
        veto=_NOT,
        suppresses=("perm-passive",),
        reserves=True,
        needs=("only", "reserved", "restricted", "limited"),
    ),
    # exclusivity as a subject: "Only licensed acupuncturists and physicians may perform dry
    # needling" (never about the professions it names; "only physical therapists who ..." is no
    # exclusivity against them)
    Rule(
        "proh-only-may",
        r"\bonly\s+(?=(?:licensed|medical|qualified|trained|properly|the|an?|\s)*(?:physicians?|acupuncturists?|"
        r"medical\s+doctors?|doctors?\s+of\s+(?:medicine|osteopath\w*)|osteopaths?|MDs?|DOs?|practitioners\s+of\s+"
        r"acupuncture)\b)(?![^.;]{0,80}\b(?:physical\s+therap|chiropract|athletic|occupational|PTs?\b))"
        r"(?:[\w,]+\s+){1,8}?(?:may|can|shall|(?:are|is)\s+(?:authorized|permitted|allowed)\s+to)\s+(?:legally\s+)?"
        r"(?:{DO}\s+{DN}|dry[- ]needle\b)",
        X,
        0.8,
        ignore_for=_ACU,
        veto=_NOT,
        reserves=True,
        needs=("only",),
    ),
    # "Doctors of chiropractic may not insert needles, including for dry needling"
    Rule(
        "proh-insert-needles",
        r"{NEG}\s+(?:\w+\s+){0,2}?(?:insert|place|use)\s+(?:any\s+)?(?:(?:acupuncture|filiform|solid|thin|"
        r"dry)\s+)?needles?\b",
        X,
        0.75,
        veto=r"\bnothing\b",
        veto_after=_LIMIT_AFTER + r"|^\s*(?:that|which|more\s+than|again|twice)\b",
        veto_before=_CONDITION_BEFORE,
        needs=("needle",),
    ),
    Rule(
        "proh-enjoined",
        r"\b(?:enjoin\w*|injunction|restraining\s+order|cease[- ]and[- ]desist)\b"
        r"[^.]{0,160}?{DN}|{DN}[^.]{0,160}?\b(?:enjoin\w*|injunction)\b",
        X,
        0.85,
        # ... and an order about a name, not the practice: "enjoined from using the name ...,
        # or any other name confusingly similar to FUNCTIONAL DRY NEEDLING" (a trademark)
        veto=r"\b(?:dissolv|lift|vacat|overturn|revers|denied|deny|denies|refus|seek|sought|"
        r"request|petition|motion|ask)\w*|\b(?:names?|marks?|trademarks?|logos?)\b"
        # ... and an order against teaching it: "restrained from conducting courses or instruction
        # in dry needling", "barring two companies from teaching dry needling" (it binds a course
        # provider, pending the merits; what a profession may do it does not decide)
        r"|\b(?:teach\w*|taught|instruct\w*|courses?|class(?:es)?|seminars?|workshops?|labs?|"
        r"conferences?|advertis\w*)\b",
        veto_after=r"^\W{0,3}(?:courses?|class(?:es)?|seminars?|workshops?|labs?|instruction|training|"
        r"certification\s+courses?)\b",
        needs=("enjoin", "injunction", "restraining", "cease"),
    ),
    Rule(
        "proh-advises-not",
        r"\b(?:advis|urg|recommend|caution|direct|instruct|warn|told|tell)\w*\s+"
        r"(?:\w+\s+){0,4}?(?:not\s+to|to\s+not|against|to\s+refrain\s+from|to\s+cease|to\s+stop|to\s+"
        r"avoid)\s+(?:\w+\s+){0,2}?{DN}",
        X,
        0.8,
        suppresses=("perm-within-scope", "perm-considers-within", "perm-is-modality"),
        needs=("not", "against", "refrain", "cease", "stop", "avoid"),
    ),
    Rule(
        "proh-cease",
        r"\b(?:cease|stop|discontinue|refrain\s+from)\s+(?:\w+\s+){0,2}?{DN}",
        X,
        0.75,
        veto=r"\bnot\b",
        # "shall cease performing dry needling until eligible under ...": a limit the
        # practitioner can meet, as for "may not ... until" (a permission with conditions); also
        # when the limit comes with the return: "cease dry needling and not resume it until the
        # training is complete", "stop, and may not restart before registering"
        veto_after=_RESUME_AFTER + _LIMIT_AFTER.removeprefix("^"),
        needs=("cease", "stop", "discontinue", "refrain"),
    ),
    # not yet: the law permits it, practice waits for the rules; it defers the page's other votes,
    # and the finding is permitted with awaiting_rules
    Rule(
        "wait-until-rules",
        # "No physical therapist shall perform dry needling before that regulation takes effect"
        r"(?:(?:{NEG}\s+(?:\w+\s+){0,2}?|\bno\s+(?:[\w-]+\s+){1,4}?(?:may|shall|can)\s+(?:\w+\s+)?){DO}\s+{DN}|"
        r"{NEGFROM}\s+{DN}|"
        r"{DN}\s+{NEG}\s+(?:\w+\s+){0,2}?"
        r"(?:take\s+place|be\s+(?:performed|practiced|used|offered)|begin))[^.]{0,80}?\b(?:until|"
        r"before|pending)\b[^.]{0,60}?\b(?:rules?|regulations?|rulemaking|standards|endorsement)\b"
        r"|\b(?:until|pending)\b[^.;]{0,80}?\b(?:rules?|regulations?|rulemaking|standards)\b[^.;]{0,40}?"
        r"\b(?:adopted|in\s+effect|take\s+effect|takes\s+effect|effective|final|in\s+place|promulgated|exist|"
        r"are\s+(?:written|finished|complete|done|ready))"
        r"\b[^.;]{0,20}?,\s*(?:[\w'-]+\s+){0,6}?(?:(?:{NEG}|{ADVISENOT})\s+(?:\w+\s+){0,2}?{DO}|{NEGFROM})\s+{DN}"
        # ... the rule-maker as the subject: "Until the Board adopts those rules, licensees may not ..."
        r"|\b(?:until|pending)\b[^.;]{0,40}?\b(?:adopts?|promulgates?|issues?|finali[sz]es?|writes?|completes?|"
        r"files?)\s+(?:\w+\s+){0,3}?(?:rules?|regulations?|rulemaking|standards)\b[^.;]{0,40}?,\s*"
        r"(?:[\w'-]+\s+){0,6}?(?:(?:{NEG}|{ADVISENOT})\s+(?:\w+\s+){0,2}?{DO}|{NEGFROM})\s+{DN}",
        X,
        0.65,
        suppresses=("perm-not-unless", "proh-may-not-perform", "proh-not-authorized", "proh-prohibited-from"),
        defers=True,
        needs=("until", "before", "pending"),
    ),
    Rule(
        "proh-pending-endorsement",
        r"{DN}[^.]{0,80}?\bpending\s+(?:the\s+)?(?:issuance|adoption|"
        r"completion)\s+of\b",
        X,
        0.6,
        negated=Negated.KEEP,
        needs=("pending",),
    ),
    # ---- labels of a state-by-state guide --------------------------------------------
    Rule(
        "label-permitted",
        # a guide's status after its state: "Texas | Permitted", "Ohio: Yes.", "OREGON - NO"
        r"^\W*(?:status\s*:\s*|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*[†‡*]?\s*(?:\||:|\s[-–—])\s*)?{TERSEWHO}"
        r"(?:permitted|allowed|authori[sz]ed|legal|"
        # "Permitted by statute (...)", "Permitted by Board rule": the label with its source, not who;
        # "PTs permitted to dry needle": the label with what is permitted
        r"yes(?=\s*(?:[.,;:()|–—-]|$)))\b(?!\s+to\b(?!\s+{TERSEDO}))(?!\s+by\b(?!\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:statutes?|law|rules?|regulations?|act|opinion|order|ruling|policy)\b))",
        P,
        0.9,
        topical=False,
        label=True,
        needs=("permitted", "allowed", "authoriz", "authoris", "legal", "yes"),
    ),
    Rule(
        "label-prohibited",
        r"^\W*(?:status\s*:\s*|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*[†‡*]?\s*(?:\||:|\s[-–—])\s*)?{TERSEWHO}"
        r"(?:not\s+(?:currently\s+|yet\s+)?(?:permitted|allowed|"
        r"authori[sz]ed|legal)|prohibited|banned|illegal|no(?=\s*(?:[.,;:()|–—-]|$)))\b"
        r"(?!\s+(?:formal|position|statement|rule|law|specific|guidance|opinion|ruling|decision)\b)",
        X,
        0.9,
        topical=False,
        label=True,
        needs=("permitted", "allowed", "authoriz", "authoris", "legal", "prohibited", "banned", "no"),
    ),
    Rule(
        "label-awaiting",
        r"^\W*(?:status\s*:\s*|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*[†‡*]?\s*(?:\||:|\s[-–—])\s*)?(?:awaiting|pending)\s+(?:board\s+)?(?:rules|"
        r"rulemaking|regulations)\b",
        X,
        0.7,
        topical=False,
        label=True,
        defers=True,
        needs=("awaiting", "pending"),
    ),
    # the legend of a guide's labels says what a label means, for no state in particular:
    # "Prohibited - the state's law or board has said PTs may not dry needle."
    Rule(
        "label-legend",
        r"^\W*(?:permitted|allowed|prohibited|not\s+permitted|silent|unclear|unaddressed|pending|awaiting\s+rules|"
        r"no\s+position|varies)\s*(?:[-–—:=]|means)\s*(?:the|a|that\s+the|this\s+state|no)\b(?:\s+[\w'’-]+){0,3}?\s+"
        r"(?:states?|jurisdictions?)\b",
        Meaning.CLAIM,
        topical=False,
        needs=("state", "jurisdiction"),
    ),
    # ---- lists: the introduction decides for the items under it -------------------------
    Rule(
        "perm-list-includes",
        r"(?:{FIELD}|{SCOPE}\s+of\s+(?:\w+\s+){0,3}?{FIELD}|scope\s+of\s+practice)[\"']?\s+(?:[\w'-]+\s+){0,5}?"
        r"(?:means|includes?|shall\s+include|consists\s+of|encompasses|is\s+defined\s+as|may\s+include)\b"
        r"[^:]{0,400}:\s*$|\b{MAY}\s+(?:\w+\s+){0,2}?{DO}\s+(?:any\s+of\s+)?the\s+following\b[^:]{0,80}:\s*$"
        r"|\bthe\s+following\s+(?:[\w-]+\s+){0,4}?(?:may|can|shall)\s+be\s+(?:performed|provided|used|practiced|"
        r"administered)\s+by\b[^:]{0,300}:\s*$",
        P,
        0.85,
        topical=False,
        intro=True,
        veto=r"\b(?:not|never|no\s+longer|neither|nor|cannot|without)\b(?!\s+(?:be\s+)?limited)|n't",
    ),
    # a list of who may: "Who may perform dry needling?" or "The following may perform dry needling:"
    # over items that name who ("- Licensed acupuncturists", "- Physicians who hold certification
    # ..."): each item's people get the permission (``votes.who_lists``); never "who may not"
    Rule(
        "perm-who-may-list",
        r"^\W*(?:(?:who|which\s+(?:[\w-]+\s+){0,2}?(?:licensees|professionals|practitioners|providers))\s+"
        r"(?:may|can|(?:is|are)\s+(?:legally\s+)?(?:authorized|permitted|allowed|qualified)\s+to)\s+(?:legally\s+)?"
        r"(?:{DO}\s+)?{DN}(?:\s+in\s+[\w\s]{1,30})?\s*\?|(?:only\s+)?the\s+following\s+(?:[\w-]+\s+){0,3}?"
        r"(?:may|can|(?:is|are)\s+(?:legally\s+)?(?:authorized|permitted|allowed|qualified)\s+to)\s+(?:legally\s+)?"
        r"{DO}\s+{DN}[^:?]{0,80}:)\s*$",
        P,
        0.75,  # read from a list's shape: never decisive on its own
        intro=True,
        veto=_NOT,
    ),
    Rule(
        "proh-list-excludes",
        r"\b(?:(?:does|do|shall)\s+not\s+(?:include|encompass|authorize|permit)|excludes?|{NEG}\s+(?:\w+\s+)?"
        r"{DO})\b[^:]{0,120}:\s*$|\bthe\s+following\s+(?:\w+\s+){0,3}?(?:are|is)\s+(?:\w+\s+)?(?:outside|"
        r"beyond|not\s+within|prohibited|not\s+permitted|excluded|not\s+included)\b[^:]{0,120}:\s*$",
        X,
        0.85,
        topical=False,
        intro=True,
        veto=r"\b(?:unless|except|until|if|when|without)\b",
    ),
    # ---- silent ------------------------------------------------------------------------
    Rule(
        "silent-no-position",
        r"\b(?:has|have)\s+(?:not|never|yet\s+to)\s+(?:\w+\s+){0,2}?(?:taken|"
        r"take|issued|issue|adopted|adopt|ruled|rule|addressed|address|decided|decide|opined|"
        r"formed|stated|published)\b|\b(?:takes|has\s+taken|has\s+issued|has\s+adopted)\s+no\s+"
        r"(?:\w+\s+)?(?:position|stance|statement|opinion|rule|guidance)|\bno\s+(?:formal|official|"
        r"written)\s+(?:\w+\s+)?(?:position|statement|opinion|policy|guidance)\b",
        Meaning.SILENT,
        topical=False,
        needs=("not", "never", "yet", "no "),
    ),
    Rule(
        "silent-act-silent",
        r"\b(?:is|are|remains?)\s+silent\b|\bdoes\s+not\s+(?:expressly\s+|"
        r"specifically\s+)?(?:address|mention|speak\s+to)\b|\bnot\s+(?:expressly|specifically)\s+"
        r"(?:addressed|prohibited|authorized|permitted|mentioned)\b|\bgr[ae]y\s+area\b|\bwill\s+not"
        r"\s+address\b|\bno\s+(?:law|statute|rule|regulation)s?\s+(?:specifically\s+)?(?:address|"
        r"govern|mention)|\b(?:has|have)\s+no\s+(?:\w+\s+)?(?:rule|position|policy|opinion|guidance|"
        r"statement)s?\s+(?:on|about|regarding|concerning)\b",
        Meaning.SILENT,
        topical=False,
        needs=("silent", "not", "gray", "grey", "will not", "no "),
    ),
    Rule(
        "silent-no-provision",
        r"\bcontains?\s+no\s+(?:\w+\s+)?(?:provision|section|rule|reference|"
        r"mention|standard)s?\b|\bnone\s+of\s+(?:the|these|its)\s+(?:\w+\s+)?(?:definitions|regulations|"
        r"rules|provisions|sections)\s+(?:mentions?|address(?:es)?|refers?\s+to)\b|\b(?:does|do)\s+not\s+"
        r"take\s+(?:a|any)\s+position\b|\btakes?\s+no\s+position\b|\bneither\s+(?:\w+\s+)?(?:allows|"
        r"authorizes|permits)\s+nor\s+(?:\w+\s+)?(?:forbids|prohibits|bars)\b|\b(?:is|has\s+not\s+been)\s+"
        r"not\s+addressed\b|\bhas\s+not\s+been\s+addressed\b|\bleft\s+to\s+interpretation\b",
        Meaning.SILENT,
        topical=False,
        needs=("contain", "none of", "position", "neither", "addressed", "interpretation"),
    ),
    # ---- awaiting rules: permitted, but practice waits for board rules not yet adopted --
    Rule(
        "awaiting-rules",
        r"\b(?:rules?|regulations?)\s+(?:\w+\s+){0,4}?(?:have|has)\s+not\s+(?:yet\s+)?been\s+(?:adopted|finali[sz]ed|"
        r"promulgated|issued|approved|written)|\b(?:has|have)\s+(?:not\s+(?:yet\s+)?|yet\s+to\s+)(?:adopt(?:ed)?|"
        r"finali[sz]e(?:d)?|promulgate(?:d)?|issue(?:d)?|write|written)\s+(?:\w+\s+){0,3}?(?:rules?|regulations?)|"
        r"\brulemaking\s+(?:\w+\s+){0,3}?(?:is\s+|remains\s+)?(?:still\s+)?(?:underway|under\s+way|in\s+progress|"
        r"pending|ongoing|not\s+(?:yet\s+)?complete)|\b(?:rules?|regulations?)\s+(?:are|is)\s+(?:still\s+)?"
        r"(?:being\s+)?(?:drafted|developed|pending|expected|forthcoming|not\s+yet\s+(?:adopted|final|in\s+effect))|"
        r"\buntil\s+(?:the\s+)?(?:[\w']+\s+){0,3}?(?:rules?|regulations?)\s+(?:(?:are|is|have\s+been)\s+(?:adopted|"
        r"final|in\s+effect|in\s+place|promulgated|effective)|takes?\s+effect|become\s+effective)"
        # the law waits on the board: "once the Board adopts training standards"
        r"|\bonce\s+the\s+(?:[\w-]+\s+){0,4}?(?:board|department|agency|commission)\s+(?:adopts|issues|promulgates|"
        r"finali[sz]es|writes|establishes)\b"
        # the law hands the details to rules still to come
        r"|\bas\s+described\s+by\s+the\s+(?:[\w-]+\s+){0,5}?board\s+by\s+(?:administrative\s+)?rule\b|"
        r"\bdirects?\s+the\s+(?:[\w-]+\s+){0,5}?board\s+to\s+(?:adopt|establish|promulgate|write)\s+rules?\b"
        # ... the standards the law waits for do not exist yet: "No such standards currently exist"
        r"|\bno\s+such\s+(?:rules?|regulations?|standards?)\s+(?:(?:currently|yet|now|presently)\s+)?exists?\b",
        Meaning.AWAITING,
        topical=False,
        needs=("board", "rule", "regulation", "department", "agency", "commission", "no such"),
    ),
    # ---- modifiers ---------------------------------------------------------------------
    # a bill: pending, unless the page says it became law ("signed", "approved by the
    # Governor", "took effect", "Session Laws"), which makes every bill marker on the page moot
    Rule(
        "pending-bill",
        r"\b(?:a|the|this)\s+(?:\w+\s+)?(?:bill|measure|legislation)\b|\b(?:bills?|legislation)\s+(?:to|that|which)\b|\bintroduced\b|"
        r"^\W*an\s+act\s+(?:to|relating\s+to|relative\s+to|concerning|providing|amending)\b|"
        r"\b(?:H|S|A)\.?\s?B\.?\s?\d+\b|\b(?:House|Senate|Assembly)\s+Bill\b|\bcommittee\s+(?:substitute|report)\b|"
        # a bill heading an agenda item, its number left blank: "SB ___: revise certain provisions ..."
        # (a title in lower case, or "An Act": a speaker's initials open a sentence in capitals)
        r"^\W*(?:H|S|A)\.?\s?B\.?[\s_]*:\s+(?-i:[a-z]|An\s+Act\b)|"
        r"\b(?:committee|sponsor|senator|representative)s?\s+(?:\w+\s+)?(?:observed|noted|heard|"
        r"reported|recommended|explained)\b|\bplans?\s+to\s+introduce\b|"
        r"\bwill\s+(?:soon\s+|now\s+|also\s+)?be\s+(?:able|allowed|permitted|authorized|eligible)\s+to\b|"
        r"\bwill\s+(?:\w+\s+)?(?:add|allow|permit|"
        r"authorize|prohibit|ban|expand|clarify|bar|include|define|make|remove|establish|amend|revise|reenact|"
        r"repeal)\w*\b",
        Meaning.PENDING,
        topical=False,
        enactable=True,
        needs=(
            "bill",
            "measure",
            "legislation",
            "an act",
            "introduc",
            "hb",
            "sb",
            "ab",
            "h.",
            "s.",
            "a.",
            # "H B 1234", "S B 898": the pattern allows a space between the letters
            "h b",
            "s b",
            "a b",
            "committee",
            "sponsor",
            "senator",
            "representative",
            "will",
        ),
    ),
    # a proposal: "would allow", "proposed rule", "if enacted", "under consideration"
    Rule(
        "pending-proposal",
        r"\bwould\s+(?:not\s+)?(?:also\s+)?(?!have\s+been\b)\w+|\bproposed\s+(?:[\w-]+\s+){0,2}?(?:rules?|regulations?|"
        r"bills?|legislation|amendments?|changes?|language|statutes?|laws?|polic(?:y|ies)|standards|revisions?|"
        r"definitions?|acts?|rulemaking|position|guidance)\b|\bproposals?\b|\bif\s+(?:enacted|passed|"
        r"adopted|approved|signed)\b|\bpending\s+(?:legislation|bill|before)\b|\bunder\s+consideration\b|"
        r"\bdraft\s+(?:rule|regulation|language)\b|\bcould\s+(?!not\b|never\b)(?:\w+\s+)?(?:expand|amend|authorize|change)\b|"
        r"\bwould\s+(?:need|have)\s+to\b|\b(?:wish(?:es)?|wants?|chooses?|decides?|elects?)\s+to\s+(?:authorize|"
        r"allow|permit|prohibit|expand|ban|include|add)\b|\b(?:may|could|can)\s+(?!not\b|never\b)(?:\w+\s+)?amend\b|"
        # a writer's wish for a change: "I'd love to see the state join ...", "we'd like to see it allowed"
        r"\b(?:i|we)'d\s+(?:love|like)\s+to\s+see\b",
        Meaning.PENDING,
        topical=False,
        needs=(
            "would",
            "propos",
            "if ",
            "pending",
            "consideration",
            "draft",
            "could",
            "wish",
            "want",
            "choose",
            "decide",
            "elect",
            "amend",
            "'d love",
            "'d like",
        ),
    ),
    # the page says the bill became law: its bill markers no longer make it a proposal
    Rule(
        "law-enacted",
        r"\b(?:sign(?:ed|s)\s+(?:(?:[\w.]+\s+){0,4}?into\s+law|by\s+(?:the\s+)?governor)|approved\s+by\s+(?:the\s+)?governor|"
        # a governor's list of bills signed: "today signed the following bills"
        r"signed\s+(?:the\s+following|these|\d+)\s+(?:\w+\s+)?(?:bills|acts|measures)|"
        # news of the signing, the governor named: "after Gov. Jane Roe signed House Bill 12 on
        # Monday", "the governor signed the measure", "Gov. Lee Smith on Tuesday signed a bill ..." (a
        # bill signed is law)
        r"(?:governor|gov\.)\s+(?:(?-i:[A-Z])[\w'’-]*\.?\s+){0,3}?(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday)\s+|today\s+|yesterday\s+|(?:this|last)\s+(?:week|month)\s+)?signed\s+(?:[\w-]+\s+){0,3}?(?:bill|measure|act|legislation|"
        r"(?:H|S|A)\.?\s?B\.?|(?:\d\w*\s*)?[HS]B)\b|"
        # a legislative research office's summary of the session's enacted laws
        r"^\W*\d{4}\s+summary\s+of\s+(?:enacted\s+)?legislation\b|\bsummary\s+of\s+enacted\s+(?:legislation|laws|bills)|"
        r"digest\s+of\s+(?:enacted|new)\s+laws|"
        r"governor'?s?\s+action\s*:\s*(?:approved|signed)|became\s+(?:law|effective)|went\s+into\s+effect|"
        r"(?:now\s+)?codified\s+(?:at|in|as)|"
        r"took\s+effect|(?:is|are)\s+now\s+(?:law|in\s+effect)|chaptered|session\s+laws?|public\s+act\s+(?:no\.?\s*)?\d|"
        # a compilation of a session's laws by its heading: "GEORGIA LAWS 2009 SESSION", "Laws of 2021,
        # Regular Session" (the acts it prints were passed into law)
        r"^\W*(?:[a-z]+\s+){0,2}laws\s+(?:of\s+)?\d{4}(?:\s*,?\s*(?:(?:regular|special|extraordinary|first|second)\s+)?session)?\W*$|"
        # (the volume's name alone over its chapter line, "LAWS OF MARYLAND" / "CHAPTER 487", is read
        # by ``context.page_enacted``: it needs the next line)
        # a session law's chapter citation: "Laws of Utah 2014, Chapter 354", "Chapter 12, Laws of
        # New Mexico 2019", "Laws of Washington 2020, ch. 18" (a chapter is given once it is law)
        r"\blaws\s+of\s+(?:the\s+state\s+of\s+)?(?:[a-z]+\s+){1,2}\d{4}\s*,?\s*(?:chapter|ch\.|c\.)\s*\d+|"
        r"\b(?:chapter|ch\.)\s*\d+\s*,\s*laws\s+of\s+(?:the\s+state\s+of\s+)?(?:[a-z]+\s+){1,2}\d{4}\b|"
        # a chapter number is given to an act once it is law: "PUBLIC CHAPTER NO. 88"; an act's
        # approval line in words: "Approved this 2nd day of May 2026"
        r"^\W*public\s+chapter\s+(?:no\.?\s*)?\d|^\W*approved\s+this\s+\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\b|"
        r"(?:approved\s+|^\W*)P\.\s?L\.\s?\d{4}|L\.O\.F\.|enrolled\s+act|^\W*enrolled(?:\s+copy)?\W*$|"
        r"enrolled\s+(?:house|senate|assembly)\s+bill|^\W*approved\s*:\s*[A-Z][a-z]+\.?\s+\d|"
        # an act's approval line on its own: "Approved June 3, 2026", with the hour the governor
        # signed it or not ("Approved June 3, 2026 10:05 AM")
        r"^\W*approved\s+(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}(?:\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?)?\W*$|(?:was|were|has\s+been)\s+(?:signed(?!\s+by\s+(?:all\s+)?(?:[\w,-]+\s+)?(?:members|legislators|"
        r"representatives|senators|sponsors|residents|citizens|voters|patients|clinicians|therapists|supporters))|enacted)|"
        # a signing date ("signed May 3, 2023", "signed on Sept. 1", "signed in 2019") or the bill
        # signed by its number ("signed HB 3824 on ..."): a committee report's "Signed by 9 members"
        # or "signed by 4 legislators" is a vote on a pending bill
        r"signed\s+(?:(?:on|in)\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:19|20)\d\d\b)|"
        r"signed\s+(?:(?:H|S|A)\.?\s?[BF]\.?|(?:house|senate|assembly)\s+(?:bill|file)|bill)\s*(?:no\.?\s*)?\d|"
        # the governor as the subject, in the past: "The Governor has signed legislation updating
        # ...", "the Governor signed House Bill 505"
        r"governor\s+(?:has\s+|had\s+)?signed\s+(?:the\s+|this\s+|that\s+|a\s+)?(?:[\w.-]+\s+){0,3}?"
        r"(?:bill|legislation|act|measure)\b|"
        # a state's volume of enacted acts at the head of the page: "VIRGINIA ACTS OF ASSEMBLY --
        # 2023 SESSION"; an approval line whose day is left blank: "Approved March ___, 2023"
        r"^\W*(?:[A-Z][a-z]+\s+)?acts\s+of\s+(?:the\s+)?(?:general\s+)?assembly\b|"
        # (the blank itself is gone once the text is normalised: "Approved March , 2023")
        r"^\W*approved\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december)\s*_*\s*,\s*\d{4}\W*$|"
        # a veto overridden: "the Legislature overrode the Governor's veto", "the veto was overridden"
        r"overr(?:ode|idden)\s+(?:the\s+)?(?:\w+'s\s+)?veto|veto\s+(?:was|were|has\s+been)\s+overridden)",
        Meaning.ENACTED,
        topical=False,
        # ... but a citation of the law a bill amends is not this bill's enactment: "supplementing
        # P.L.1983, c.296", "pursuant to section 4 of P.L.1983"
        # ... nor a denial: "None of those bills has been enacted", "no such bill was signed"
        veto_before=r"\b(?:if|once|when|until|not|never|unless|before)\s+(?:\w+\s+){0,3}$|"
        r"\b(?:none|neither)\s+of\s+(?:[\w-]+\s+){0,6}$|"
        r"\bno\s+(?:such\s+|similar\s+|other\s+)?(?:bill|measure|legislation|proposal|act)s?\s+(?:\w+\s+){0,2}$|"
        r"\b(?:to|shall|will|would)\s+be\s+$|"
        r"\b(?:supplement|amend|repeal|revis|pursuant\s+to|section\s+[\w.()-]+\s+of)\w*\s+(?:(?:section|chapter)s?\s+"
        r"[\w.()-]+\s+of\s+)?(?:the\s+)?$",
        needs=(
            "codified",
            "sign",
            "assembly",
            "governor",
            "became",
            "went into",
            "took effect",
            "now",
            "chaptered",
            "public chapter",
            "session law",
            "laws",
            "public act",
            "p.",
            "l.o.f",
            "enrolled",
            "approved",
            "enacted",
            "overr",
            "summary of",
            "digest of",
        ),
    ),
    # a recommendation to the deciding body is not its decision: "the Task Force voted to
    # recommend to the Board that dry needling is within the scope ..."
    Rule(
        "recommendation",
        r"\brecommend(?:s|ed|ing)?\s+(?:to\s+(?:the\s+)?(?:[\w-]+\s+){1,6}?)?that\b",
        Meaning.PENDING,
        topical=False,
        needs=("recommend",),
    ),
    # what a board could do, not what it did: "may determine that ..., but only by rulemaking"
    Rule(
        "hypothetical",
        r"\b(?:may|could|might)\s+(?:\w+\s+)?(?:determine|decide|conclude|declare|deem)"
        r"\s+that\b",
        Meaning.PENDING,
        topical=False,
        needs=("may", "could", "might"),
    ),
    # legislation a body supports or opposes is still a proposal, whatever else the page says
    # became law: "The Board again supported legislation to allow physical therapists to ..."
    Rule(
        "pending-supported",
        r"\b(?:support(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|testified\s+(?:for|against|on))\s+"
        r"(?:\w+\s+){0,2}?(?:legislation|bills?|measures?|proposals?)\b|"
        # ... and legislation someone seeks or works for is not yet law: "efforts to seek legislation
        # authorizing physical therapists to ...", "will pursue a bill allowing ...", "lobbying for a
        # statute that would ..."
        r"\b(?:seek(?:s|ing)?|sought|pursu(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)\s+for|push(?:es|ed|ing)?\s+for|"
        r"press(?:es|ed|ing)?\s+for|work(?:s|ed|ing)?\s+(?:toward|towards|for))\s+(?:\w+\s+){0,2}?(?:legislation|"
        r"bills?|measures?|statutes?|(?:law|statutory)\s+changes?|legislative\s+(?:change|fix|amendment)s?|"
        r"amendments?)\b",
        Meaning.PENDING,
        topical=False,
        needs=(
            "support",
            "oppos",
            "endors",
            "testified",
            "seek",
            "sought",
            "pursu",
            "lobb",
            "push",
            "press",
            "work",
        ),
    ),
    # a bill named as the authority one acts under is law: "Under HB 188 (2025), a licensed
    # occupational therapist may perform dry needling only after ..."
    Rule(
        "bill-as-authority",
        r"^\W*(?:under|pursuant\s+to|as\s+(?:enacted|amended)\s+by)\s+(?:the\s+)?(?:(?:H|S|A)\.?\s?B\.?\s?\d+|"
        r"(?:House|Senate|Assembly)\s+Bill\s+\d+)\b",
        Meaning.NEUTRAL,
        topical=False,
        suppresses=("pending-bill",),
        needs=("under", "pursuant", "as enacted", "as amended"),
    ),
    Rule(
        "enacted",
        r"\b(?:signed\s+(?:into\s+law|by\s+the\s+governor|(?:on\s+)?[A-Z][a-z]+\.?\s+\d)|was\s+signed|(?<!if\s)(?<!be\s)(?<!been\s)"
        r"(?<!not\s)enacted|became\s+"
        r"law|chaptered|took\s+effect|takes\s+effect|is\s+now\s+law|was\s+adopted|were\s+adopted|"
        r"has\s+been\s+adopted|final\s+rule|adopted\s+(?:on\s+)?(?:\w+\s+\d|\d))\b",
        Meaning.NEUTRAL,
        topical=False,
        suppresses=("pending-bill", "pending-proposal"),
        needs=("sign", "enact", "law", "chaptered", "effect", "adopted", "final rule"),
    ),
    Rule(
        "motion-failed",
        r"\bmotion\b[^.;]*\b(?:failed|died|was\s+defeated|was\s+withdrawn|did\s+not"
        r"\s+(?:pass|carry)|was\s+tabled)\b",
        Meaning.FORMER,
        topical=False,
        needs=("motion",),
    ),
    Rule(
        "former",
        r"\b(?:rescind\w*|repeal\w*|withdr[ae]wn?|supersed\w*|vacated|overturned|"
        # ... or an opener that puts the clause before the change: "Previously, therapists could not
        # ...", "Until now, ..."
        r"^\W*(?:previously|until\s+now|up\s+(?:until|to)\s+now)(?=\s*,)|"
        r"overruled|invalidated|struck\s+down|no\s+longer\s+(?:in\s+effect|valid|applies|"
        r"reflects|the\s+(?:board's\s+)?position)|formerly|former\s+(?:position|rule|policy|"
        r"opinion|statement)|(?:had|was|were|has\s+been)\s+previously|previously\s+(?:held|stated|said|"
        r"concluded|determined|advised|considered|found|took|treated|described|ruled|issued|opined|"
        r"viewed|regarded)|prior\s+(?:position|opinion|policy|"
        r"guidance|statement)|earlier\s+(?:position|opinion|statement|guidance|history)|had\s+(?:once\s+)?"
        r"(?:been\s+)?(?:\w+\s+){0,3}?(?:held|taken|stated|said|concluded|determined|advised|considered|"
        r"told|treated|described|viewed|regarded|found|ruled))\b",
        Meaning.FORMER,
        topical=False,
        needs=(
            "rescind",
            "repeal",
            "withdr",
            "supersed",
            "vacated",
            "overturned",
            "overruled",
            "invalidated",
            "struck",
            "no longer",
            "former",
            "previously",
            "prior",
            "earlier",
            "had ",
            "until now",
            "up until",
            "up to now",
        ),
    ),
    # a span of time an act is said to end: "signed the bill, ending a long stretch in which
    # therapists could not offer dry needling", "ended the years during which ...", "putting an end
    # to the period when ...": what held during it holds no longer
    Rule(
        "former-ended",
        r"\b(?:end(?:s|ed|ing)|put(?:s|ting)?\s+an\s+end\s+to|brought\s+an\s+end\s+to|bringing\s+an\s+end\s+to)\s+"
        # (the words between name the span, never place it: "ended at a time when ..." is not this)
        r"(?:(?:a|the|an|its|their|this|that|(?:\w+\s+)?(?:years?|decades?|months?)\s+of)\s+)?"
        r"(?:(?!(?:at|in|on|with|by|for|from|to|during)\b)[\w-]+\s+){0,3}?"
        r"(?:stretch|period|era|span|time|years?|decades?|months?|limbo|standoff|stalemate|impasse)\s+"
        # (never "where" or "that": "the comment period that began in May" is no span an act ends)
        r"(?:in\s+which|during\s+which|when)\b"
        # ... or an earlier word it reverses: "signed a bill ..., reversing a 2016 board opinion that
        # dry needling was outside their scope" (never "reversed, holding that ...": the holding is
        # the reversing court's own)
        r"|\brevers(?:e[ds]?|ing)\s+(?:a|the|an|its|their|that|this)\s+(?:[\w'’-]+\s+){0,4}?(?:opinions?|rulings?|"
        r"decisions?|positions?|polic(?:y|ies)|interpretations?|determinations?)\s+(?:that|which)\b",
        Meaning.FORMER,
        topical=False,
        needs=("end", "revers"),
    ),
    # the statement before is said to bind nobody here: "That statement is the medical board's view.
    # It is not a rule of the Physical Therapy Board" (it counts like a rescinded one)
    Rule(
        "not-binding-previous",
        # a page's disclaimer of itself is not this: "This opinion is not binding on the courts", "It is
        # not a rule and does not have the force of law" (so no "this", and a bare "it" only with
        # whose rule it is not: "It is not a rule of the Physical Therapy Board")
        r"^\W*(?:it\s+(?:is|was)\s+not\s+(?:an?\s+)?(?:binding\s+)?(?:rule|regulation|law|statute)\s+of\b|"
        r"(?:that|(?:that|the|such)\s+(?:\w+\s+)?(?:statement|position|view|opinion|letter|"
        r"advisory|guidance|interpretation))\s+(?:is|was)\s+(?:not\s+(?:an?\s+)?(?:binding\s+)?(?:rule|regulation|"
        r"law|statute)\b|not\s+binding\b|(?:only|merely|simply|just)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,4}?"
        r"(?:view|opinion|position)s?\b))",
        Meaning.RESCINDS_PREVIOUS,
        topical=False,
        needs=("not", "only", "merely", "simply", "just"),
    ),
    Rule(
        "rescinds-previous",
        # "That changed in 2018 ...", "That is no longer the case"
        r"^\W*(?:that|this|all\s+that)\s+(?:changed|ended|is\s+no\s+longer\s+(?:the\s+case|true|so))\b|"
        r"\b(?:that|this|the|its|these|those)\s+(?:\w+\s+){0,2}?(?:position|"
        r"opinion|statement|policy|ruling|guidance|decision|rule|interpretation|advisory|view|"
        r"injunction|order|instruction|restriction|directive|advice)s?\b[^.;]{0,60}?\b(?:(?:was|were|has\s+"
        r"been|have\s+been|is|are)\s+(?:\w+\s+)?(?:rescinded|repealed|withdrawn|superseded|vacated|"
        r"overturned|reversed|struck\s+down|invalidated|replaced|lifted|dissolved|retracted|corrected)|ended|expired|lapsed|"
        # a correction: "That statement was wrong and has been removed"
        r"ceased|(?:was|is)\s+(?:\w+\s+)?(?:wrong|incorrect|inaccurate|erroneous|mistaken|in\s+error))\b",
        Meaning.RESCINDS_PREVIOUS,
        topical=False,
        suppresses=("former",),
        # what a party believes or may argue is no correction: "... stating the reasons why the
        # party believes the Order is in error"
        veto=r"\b(?:believes?|contends?|argues?|claims?|alleges?|asserts?|thinks?)\b",
        veto_before=r"\b(?:believes?|contends?|argues?|claims?|alleges?|asserts?|thinks?)\s+(?:that\s+)?$",
        needs=(
            "changed",
            "ended",
            "no longer",
            "rescind",
            "repeal",
            "withdr",
            "supersed",
            "vacat",
            "overturn",
            "revers",
            "struck",
            "invalidat",
            "replac",
            "lifted",
            "dissolved",
            "wrong",
            "incorrect",
            "inaccurate",
            "erroneous",
            "mistaken",
            "in error",
            "retracted",
            "corrected",
            "ended",
            "expired",
            "lapsed",
            "ceased",
        ),
    ),
    Rule(
        "rescinds-previous-active",
        r"\b(?:rescind(?:ed|s)|withdr(?:ew|aws)|repeal(?:ed|s)|vacat(?:ed|es)|"
        r"overturn(?:ed|s)|revers(?:ed|es)|supersed(?:ed|es)|replac(?:ed|es)|end(?:ed|s))\s+(?:its|the|that|this|their|"
        r"his|her|an?)\s+(?:\w+\s+){0,2}?(?:position|opinion|statement|policy|ruling|guidance|decision|"
        r"interpretation|advisory|view|injunction|order|rule|regulation|situation|practice|status|arrangement|"
        r"approval|permission|determination)s?\b",
        Meaning.RESCINDS_PREVIOUS,
        topical=False,
        suppresses=("former",),
        needs=(
            "rescind",
            "repeal",
            "withdr",
            "supersed",
            "vacat",
            "overturn",
            "revers",
            "replac",
            "ended",
            "ends",
        ),
    ),
    Rule(
        "question",
        r"\?[\"'”’)\]]*\s*$|"
        # a question as a table's column heading or a quoted label: "State | May PTs dry needle? |",
        # '"May PTs dry needle?" shows our reading'
        r"\?[\"'”’]?\s*\||\?[\"”’]\s+\w|"
        r"\b(?:asked|asks|ask|asking|inquired|inquires|wondered)\s+"
        r"(?:\w+\s+){0,3}?(?:whether|if)\b|\bquestion\s+(?:presented\s+)?is\s+whether\b|"
        r"^\W*(?:question(?:s)?(?:\s+presented)?|issue)\s*:|"
        # a question quoted after its introduction: 'keep asking the same question: "The board says ..."'
        r"\b(?:question|ask(?:s|ed|ing)?(?:\s+\w+){0,4}?)\s*:\s*[\"“]",
        Meaning.QUESTION,
        topical=False,
        needs=("?", "ask", "inquir", "wonder", "question", "issue"),
    ),
    # what a party argued, asked or petitioned for is not what the authority decided
    Rule(
        "claim",
        r"\b(?:petition(?:s|ed|ing)?|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|"
        r"urg(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|contend(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|claim(?:s|ed|ing)?|"
        r"assert(?:s|ed|ing)?|insist(?:s|ed|ing)?|propos(?:e|es|ed|ing)|comment(?:s|ed|ing)?|object(?:s|ed|ing)?)\b"
        # words with inner dots count as one: "a declaration under section 2001.038 that"
        r"(?:\s+[\w'’-]+(?:\.[\w'’-]+)*){0,14}?\s+(?:that|"
        r"to\s+(?:\w+ly\s+)?(?:rule|declare|find|hold|determine|conclude|withdraw|adopt|issue|recognize|clarify|allow|permit|"
        r"authorize|prohibit|ban|stop|include|exclude|add|enjoin|restrain|order|invalidate|vacate|set\s+aside|reverse|"
        # (the relief asked of a court: "ask the Court to enter a temporary restraining order",
        # "to grant a preliminary injunction", "to halt the course")
        r"overturn|annul|void|strike|bar|direct|require|enter|grant|halt|block|prevent|forbid|preclude|"
        r"suspend))\b|\b(?:petition|ask|request|urge|call\s+on|call\s+upon)\w*\b"
        r"[^.;]{0,120}?\bto\s*:\s*$|"
        # ... "a reasonable argument that" is the writer's own hedged view (``hedge``), not a party's
        r"(?<!reasonable\s)(?<!strong\s)(?<!good\s)(?<!better\s)(?<!persuasive\s)(?<!legal\s)"
        r"\b(?:argument|contention|assertion|allegation|suggestion|theory)s?\s*,?\s+that\b",
        Meaning.CLAIM,
        topical=False,
        # "has told licensees who have asked that they may not ...": the askers are only told; the
        # "that" is what the authority told them
        veto_before=r"\b(?:told|tells|advised|advises|informed|informs|notified|instructed|reminded|answered)\s+"
        r"(?:[\w'’-]+\s+){0,5}?who\s+(?:have\s+|has\s+|had\s+)?$",
        needs=(
            "petition",
            "ask",
            "request",
            "sought",
            "urg",
            "argu",
            "contend",
            "alleg",
            "claim",
            "assert",
            "seek",
            "insist",
            "propos",
            "call",
            "comment",
            "object",
            "contention",
            "suggestion",
            "theory",
        ),
    ),
    # a witness's testimony is what one side told the body, not what the body decided: "a member of
    # the acupuncture board testified that dry needling is acupuncture", "the clinic owner
    # testified before the committee that ..." (an officer speaking for the body, "the Board's
    # executive director testified that the Board has concluded ...", gives its position)
    Rule(
        "claim-testimony",
        r"\btestif(?:y|ies|ied|ying)\s+(?:[\w'’-]+\s+){0,8}?that\b|"
        # what a witness tells a legislative committee is testimony: "Its representative told the
        # committee that ...", "told lawmakers on the panel that ..." (an officer still speaks for a body)
        r"\btold\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:committee|subcommittee|panel|lawmakers|legislators)\s+"
        r"(?:[\w'’-]+\s+){0,4}?that\b",
        Meaning.CLAIM,
        topical=False,
        veto_before=_OFFICER + r"[^.;]*$",
        needs=("testif", "told"),
    ),
    # a witness recorded in a hearing's minutes, by the side taken: "spoke in opposition, stating
    # that dry needling is acupuncture", "appeared in support and said ...", "testified against
    # the bill, arguing that ..." (one side's word to the body, not the body's decision; an officer
    # speaking for a body gives its position)
    Rule(
        "claim-spoke-for",
        r"\b(?:spoke|speaks|speaking|appeared|appears|testif(?:y|ies|ied|ying)|signed\s+in|registered|"
        r"rose)\s+(?:\w+\s+){0,2}?(?:in\s+(?:opposition|support|favou?r)|against|for\s+(?:the\s+)?(?:bill|measure|proposal|amendment|"
        r"petition|motion)|as\s+(?:an?\s+)?"
        r"(?:opponent|proponent|supporter))\b[^.;]{0,80}?(?:,\s*|\s+and\s+)(?:stating|saying|arguing|explaining|"
        r"noting|asserting|claiming|contending|adding|(?:said|stated|argued|noted|asserted|claimed|contended|"
        r"added|explained))\b",
        Meaning.CLAIM,
        topical=False,
        veto_before=_OFFICER + r"[^.;]*$",
        needs=("spoke", "speak", "appear", "testif", "signed in", "registered", "rose"),
    ),
    # a private person named with the trade that gives their interest, then what they say: "Mei
    # Tan, a licensed acupuncturist in Reno, said dry needling is acupuncture", "Ron Diaz, owner
    # of a Boise clinic, argued that ...", "Ann Cole, who practices acupuncture in Provo, said
    # ..." (an officer, "Jo Ames, the board's executive director, said ...", speaks for a body)
    Rule(
        "claim-named-person",
        r"(?-i:\b[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})\s*,\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?"
        r"(?:acupuncturists?|therapists?|chiropractors?|practitioners?|owners?|co-owners?|patients?|"
        r"lobbyists?|advocates?|critics?|opponents?|supporters?|instructors?|trainers?|clinicians?)\b|"
        r"(?:co-)?owner\s+of\b|who\s+(?:owns|runs|practices|operates|manages|teaches|treats)\b)[^.;\"]{0,80}?,\s+"
        r"(?:said|says|argued|argues|contended|contends|believes|maintains|insisted|insists|told\s+\w+)\b",
        Meaning.CLAIM,
        topical=False,
        # ... unless the person is described as the body's officer: "Jo Ames, the physical
        # therapist who chairs the Board, said the Board has concluded ..."
        veto=_OFFICER,
        needs=("said", "says", "argue", "contend", "believes", "maintains", "insist", "told"),
    ),
    # a person's or a party's own view: "stating their view that", "her personal, informal
    # view that" (a body's "its position that" is its position, not a claim)
    # a position disputed: "challenged the position of the Board that dry needling falls within ..."
    # a comment summarised in a rulemaking record: "Comment: Dry needling is acupuncture ..."
    # a guide's legend defines its labels, it states no law: '"No" means an official source has
    # said dry needling is outside OT scope'
    Rule(
        "legend",
        r"^\W*[\"'](?:yes|no|pending|permitted|prohibited|allowed|not\s+(?:allowed|permitted)|unclear|unknown|silent|"
        r"none|varies|n/?a)[\"']\s+(?:means|indicates|denotes|stands\s+for)\b",
        Meaning.CLAIM,
        topical=False,
        needs=("means", "indicates", "denotes", "stands for"),
    ),
    Rule(
        "claim-comment-label",
        r"^\W*(?:public\s+)?(?:comments?|commenters?|commentators?|testimony|objection)\s*(?:\d+\s*)?[:.-]",
        Meaning.CLAIM,
        topical=False,
        needs=("comment", "testimony", "objection"),
    ),
    Rule(
        "claim-disputed",
        r"\b(?:challeng(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?|oppos(?:e|es|ed|ing))\s+"
        r"(?:\w+\s+){0,10}?(?:position|view|claim|conclusion|"
        r"interpretation|determination|ruling|rule|order)\b[^.;]{0,80}?\bthat\b",
        Meaning.CLAIM,
        topical=False,
        needs=("challeng", "disput", "contest", "oppos"),
    ),
    # an interested body's position, by the kind of body it is (an association, an organisation,
    # a coalition, its advocates), never the authority's own: "acupuncture organizations have long
    # taken the position that dry needling is acupuncture", "a letter from the state society
    # stating its position that ...", "the coalition's stance is that ..." (a board's, a
    # department's or an attorney general's "position that" is theirs and decides)
    Rule(
        "claim-party-position",
        r"\b(?:organi[sz]ations?|associations?|societ(?:y|ies)|coalitions?|alliances?|advocates?|advocacy\s+groups?|"
        r"interest\s+groups?|trade\s+groups?|lobby(?:ists?)?|opponents?|proponents?|critics?|supporters?)(?:'s|'|s')?\s+"
        r"(?:[\w,'-]+\s+){0,8}?(?:position|view|stance|belief)s?\s+(?:is\s+|was\s+|has\s+been\s+)?that\b",
        Meaning.CLAIM,
        topical=False,
        needs=("position", "view", "stance", "belief"),
    ),
    Rule(
        "claim-view",
        r"\b(?:their|his|her|my|personal|individual|informal|private)\s+(?:[\w,]+\s+){0,3}?(?:view|opinion|belief|"
        r"understanding|impression|feeling)s?\s+(?:was\s+|is\s+)?that\b",
        Meaning.CLAIM,
        topical=False,
        needs=("view", "opinion", "belief", "understanding", "impression", "feeling"),
    ),
    # a party's position as the authority recounts it before answering it: "As we understand the
    # Association's position, ... only a licensed acupuncturist may perform TDN", "According to
    # the complaint, ..." (the authority's own "In the Board's view, ..." is its view, and "dry
    # needling, as described in your request, constitutes ..." describes the facts; neither is a claim)
    Rule(
        "claim-recounted",
        r"\b(?:as\s+(?:we|I)\s+understand|as\s+(?:we|I)\s+read)\s+(?:(?:it|them)\s*,?\s*)?"
        r"(?:the\s+|this\s+|your\s+)?(?:[\w'’-]+\s+){0,3}?(?:position|view|argument|contention|complaint|petition|"
        r"request|claim|allegations?|theory|letter)s?\b|\baccording\s+to\s+(?:the\s+|this\s+|your\s+)?"
        r"(?:complaint|complainants?|petition|petitioners?|requesters?|requestors?|allegations?)\b",
        Meaning.CLAIM,
        topical=False,
        needs=("understand", "read", "according"),
    ),
    # a quotation from someone who is not the authority: '"Dry needling is acupuncture," said a
    # Portland acupuncturist'
    Rule(
        "claim-quote",
        r"\"[^\"]{3,400}\"\s*,?\s*(?:said|says|added|argued|wrote|told\s+\w+)\b(?=[^.;]{0,80}\b(?:acupuncturists?|"
        r"therapists?|patients?|owners?|members?|opponents?|supporters?|president|practitioners?|chiropractors?|"
        r"advocates?|critics?|lobbyists?|residents?|association|society)\b)"
        # ... or from a person named by name, not by office: '"Dry needling is acupuncture by
        # another name," Thornton said.' (never '"...," Director Ames said', nor a quotation that
        # reports the law: '"In New York ... state law reserves ...," Ruffino said')
        r"|\"(?![^\"]{0,400}\b(?:law|laws|statutes?|rules?|regulations?|board|legislature|act)\b)[^\"]{3,400}\"\s*,?\s*(?!(?:Board|Director|Secretary|Commissioner|Governor|Attorney|Judge|Justice|"
        r"Chair\w*|Executive|Department|Agency|Court|Senator|Representative|Rep|Sen|Dr)\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
        r"\s+(?:said|says|added|argued|wrote)\b",
        Meaning.CLAIM,
        topical=False,
        needs=('"',),
    ),
    Rule(
        "claim-belief",
        r"\b(?:(?:physical\s+)?therapists|chiropractors|trainers|PTs|practitioners|proponents|opponents|"
        r"advocates|critics|supporters|petitioners?|plaintiffs?|appellants?|appellees?|respondents?|some|many|"
        r"acupuncturists|physicians|(?:the|an?)\s+(?:\w+\s+){0,2}?(?:association|society|group|guild|coalition|alliance|federation|"
        r"commenters?)|(?:\w+\s+)?(?:groups?|"
        r"associations|societies))\s+"
        r"(?:\w+\s+){0,2}?(?:believe|think|feel|maintain|contend|argue|assert|claim|insist|say|hold\s+the\s+view|"
        # ("that" may go unsaid: 'the group said physical therapists who ... "are practicing acupuncture"')
        r"(?:have|has)\s+(?:long\s+)?taken\s+the\s+position|(?:wrote|writes|said|stated|told\s+\w+|testified|"
        r"complained)(?:\s+that)?)s?\b",
        Meaning.CLAIM,
        topical=False,
        needs=(
            "believe",
            "think",
            "feel",
            "maintain",
            "contend",
            "argue",
            "assert",
            "claim",
            "insist",
            "say",
            "view",
            "position",
            "wrote",
            "writes",
            "said",
            "stated",
            "told",
            "testified",
            "complained",
        ),
    ),
    # one person's belief, in the third person (minutes, news): "Dr. Lee stated that she believed
    # dry needling is within ...", "in his view" is an individual's opinion, not the body's act
    Rule(
        "claim-individual-belief",
        r"\b(?:she|he)\s+(?:\w+\s+)?(?:believed|believes|thought|thinks|felt|feels|was\s+of\s+the\s+(?:opinion|"
        # "in his opinion" alone may be an official's written one ("concluded in his opinion, issued
        # Monday, that ...", "In her opinion for the court, Judge Ames held ..."): only "in his view"
        # or "in her own/personal opinion" is one person's
        r"view))\b|\bin\s+(?:his|her)\s+(?:(?:own|personal)\s+(?:opinion|view)|view)\b|\b(?:his|her)\s+(?:own\s+|"
        r"personal\s+)?(?:opinion|view|belief)\s+(?:is|was)\s+that\b",
        Meaning.CLAIM,
        topical=False,
        needs=("believ", "belief", "thought", "think", "felt", "feel", "opinion", "view"),
    ),
    # a national body's view is not any state's law: "The American Physical Therapy
    # Association considers ...", "According to the FSBPT, ..."
    Rule(
        "national-body",
        r"(?:^\W*(?:the\s+)?|\baccording\s+to\s+(?:the\s+)?)(?:American\s+(?:[\w&]+\s+){0,4}?"
        r"(?:Association|Academy|Society|College|Alliance|Council)|National\s+(?:[\w&]+\s+){0,4}?(?:Association|"
        r"Commission|Academy|Council|Board|Alliance)|Federation\s+of\s+State\s+Boards(?:\s+of\s+\w+\s+\w+)?|"
        r"APTA|FSBPT|NCCAOM|AAMA|AAOMPT|NATA|AOTA|AAAOM|ASA|CCAOM|World\s+Health\s+Organization)\b"
        r"(?:\s*\([A-Z]+\))?(?:'s)?(?:\s+[\w'-]+){0,3}?\s+(?:considers?|believes?|states?|holds?|says?|maintains?|"
        r"recommends?|supports?|views?|defines?|endorses?|recognizes?|position|opposes?|asserts?|has|is|"
        r"published|issued|adopted)\b|\baccording\s+to\s+(?:the\s+)?(?:American|National|APTA|FSBPT|"
        r"NCCAOM|AAMA|Federation)\b",
        Meaning.CLAIM,
        topical=False,
        needs=(
            "american",
            "national",
            "federation",
            "apta",
            "fsbpt",
            "nccaom",
            "aama",
            "aaompt",
            "nata",
            "aota",
            "aaaom",
            "asa",
            "ccaom",
            "world health",
        ),
    ),
    Rule(
        "holding",
        r"^\W*(?:holding|held|conclusions?|brief\s+answer|short\s+answer|answer|summary\s+"
        r"of\s+conclusions?)\b[^:.;]{0,40}:|\b(?:we|the\s+court|this\s+court|the\s+board|I)\s+(?:therefore\s+|thus\s+|"
        r"accordingly\s+|hereby\s+)?(?:conclude|hold|affirm|find|declare|determine)s?\b|\bit\s+is\s+(?:therefore\s+)?"
        r"(?:our|my|this\s+office'?s?)\s+opinion\b|^\W*in\s+conclusion\b",
        Meaning.HOLDING,
        topical=False,
        needs=(
            "held",
            "holding",
            "conclu",
            "answer",
            "hold",
            "affirm",
            "find",
            "declare",
            "determine",
            "opinion",
            "accordingly",
            "therefore",
        ),
    ),
    Rule(
        "history-dated",
        r"^\W*(?:(?:but|and|then|yet|so|however),?\s+)?(?:(?:back\s+)?in|on|during|by)\s+"
        r"(?:(?:early|late|mid)[- ])?(?:[\w'-]+\s+){0,6}?(?:dated\s+)?"
        r"(?:[a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b(?=[^;]*\b(?:concluded|determined|said|"
        r"stated|advised|found|ruled|opined|held|issued|voted|decided|declared|took|considered|"
        r"was|were|had|enacted|adopted|passed|amended|wrote|told|noted|announced|affirmed|"
        r"approved|signed|entered|granted|agreed)\b)"
        # "Until this year, South Dakota was one of ...", "Until 2019, ..."
        r"|^\W*(?:until|before|prior\s+to)\s+(?:this|last|that)\s+(?:year|month|week|session|spring|summer|fall|"
        r"autumn|winter)\b|^\W*until\s+(?:recently|(?:\w+\s+)?(?:19|20)\d\d)\b"
        # the past perfect with a year: "had been in limbo since June 19, 2014"; the law "as then
        # written"
        r"|\bas\s+(?:it\s+)?(?:then|previously)\s+(?:written|worded|in\s+effect|stood|read|existed)\b|\bat\s+the\s+time\b"
        # an opinion a later act answers: "This bill responds to Attorney General Opinion 14-62, which ..."
        r"|\b(?:respond(?:s|ed|ing)?\s+to|in\s+response\s+to|reacting\s+to)\s+(?:the\s+|an?\s+|that\s+)?(?:[\w.-]+\s+){0,4}?"
        r"(?:opinion|ruling|decision|judgment|interpretation)\b"
        r"|\bhad\s+(?:been|\w+ed)\b(?=[^;]*\b(?:19|20)\d\d\b)|\b(?:19|20)\d\d\b[^;]*\bhad\s+(?:been|\w+ed)\b",
        Meaning.HISTORY,
        topical=False,
        needs=(
            "19",
            "20",
            "then",
            "previously",
            "at the time",
            "respond",
            "response",
            "reacting",
            "until",
            "before",
            "prior",
        ),
    ),
    Rule(
        "current",
        r"\b(?:now|currently|presently|today|at\s+present|remains?|continues\s+to|"
        r"as\s+of|effective|since)\b",
        Meaning.CURRENT,
        topical=False,
        needs=("now", "current", "present", "today", "remain", "continues", "as of", "effective", "since"),
    ),
    # the law a page reports as new is the law as of the page's date: "The new law adds ...",
    # "this newly enacted statute allows ..." (``confidence.weigh`` gives its vote the page's year,
    # so that it outranks what "has been barred since 2017"); never "a new law would ..."
    Rule(
        NEW_LAW,
        r"\b(?:the|this)\s+new(?:ly\s+(?:enacted|adopted|signed|passed))?\s+(?:state\s+)?(?:law|statute|act|rule)\b"
        r"(?![^.;]{0,120}\b(?:would|could|might|if\s+passed|if\s+enacted)\b)",
        Meaning.CURRENT,
        topical=False,
        needs=("new",),
    ),
    Rule(
        "hedge",
        r"\b(?:likely|may\s+be\s+considered|arguably|reasonable\s+(?:legal\s+)?argument|probably|"
        r"it\s+is\s+possible)\b|"
        # "appears to", "it seems that", "did not appear to": what seems so, not what is
        r"\b{SEEMS}\s+(?:that|to)\b|{NOTSEEM}",
        Meaning.HEDGE,
        topical=False,
        needs=(
            "likely",
            "appear",
            "may be considered",
            "arguabl",
            "reasonable",
            "seem",
            "probabl",
            "possible",
        ),
    ),
    Rule(
        "advocacy",
        r"^\W*(?:the\s+)?(?:[\w.&-]+\s+){0,6}?(?:association|society|alliance|coalition|"
        r"academy|federation|advocates?|practitioners\s+group)\b[^.;]{0,40}?\b(?:maintains?|believes?|"
        r"asserts?|contends?|argues?|claims?|says?|states?|warns?|insists?|holds?|considers?)\b|"
        r"\b(?:we\s+believe|our\s+position|in\s+our\s+view|consumer\s+(?:advisory|alert))\b",
        Meaning.ADVOCACY,
        topical=False,
        needs=(
            "association",
            "society",
            "alliance",
            "coalition",
            "academy",
            "federation",
            "advocate",
            "practitioners group",
            "we believe",
            "our position",
            "our view",
            "consumer",
        ),
    ),
    # a named variant ("perineural dry needling") says little about dry needling as a whole
    Rule("subtype", r"\bperineural\b", Meaning.SUBTYPE, topical=False, needs=("perineural",)),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
if len(RULES_BY_ID) != len(RULES):  # pragma: no cover - a typo in the table
    raise ValueError("duplicate rule id in tracker.analysis.classify.rules.RULES")
for _rule in RULES:
    for _target in _rule.suppresses:
        if _target not in RULES_BY_ID:  # pragma: no cover - a typo in the table
            raise ValueError(f"rule {_rule.id!r} suppresses unknown rule {_target!r}")

DN_TERM_RE = re.compile(DN_TERM, re.IGNORECASE)
ANAPHOR_RE = re.compile(ANAPHOR, re.IGNORECASE)
