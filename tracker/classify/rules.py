"""The rule table: every phrasing the classifier understands is one row here.

A row says *what a clause means* when its pattern matches:

- ``PERMITS`` / ``PROHIBITS`` are votes, with a ``weight`` in [0, 1] that says how explicit
  the wording is (0.9: "is within the scope"; 0.65: "must not ... until rules are adopted").
- ``SILENT`` marks a clause that talks about dry needling without deciding
  ("has not taken a position"): evidence for an explicit ``unaddressed``.
- ``PENDING`` (a bill, a proposal, "would allow") and ``FORMER`` (rescinded, superseded,
  "previously") cancel the votes of their own clause; ``RESCINDS_PREVIOUS`` ("that position
  was rescinded") cancels the votes of the nearest earlier clause that had any.
- ``QUESTION`` (a question asked, "you asked whether ...") cancels its clause's votes too.
- ``HISTORY`` ("In 2014 the Attorney General concluded ...") marks a dated past statement,
  which loses to a newer or current one; ``CURRENT`` ("now", "currently") marks the newest.
- ``HEDGE`` and ``ADVOCACY`` scale the clause's votes down (see ``MODIFIER_FACTORS``).
- ``NEUTRAL`` rows exist only to ``suppress`` other rows (e.g. "signed into law" suppresses
  the bill marker).

A new phrasing is a new row (give it ``needs``: words one of which must be in the clause,
a fast pre-filter before the regex). Patterns may use the macros in ``MACROS`` (``{DN}``, ``{NEG}``,
...); they are compiled once, case-insensitive, at import.
"""

from __future__ import annotations

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
    HISTORY = "history"
    CURRENT = "current"
    HEDGE = "hedge"
    ADVOCACY = "advocacy"
    NEUTRAL = "neutral"


DECISIVE = (Meaning.PERMITS, Meaning.PROHIBITS)

# How much a modifier in the same clause scales that clause's votes.
MODIFIER_FACTORS = {Meaning.HEDGE: 0.8, Meaning.ADVOCACY: 0.5, Meaning.HISTORY: 0.95}

# Dry needling and its synonyms. ``DN_TERM`` alone decides whether a sentence is on topic;
# ``ANAPHOR`` ("the procedure") counts only right after an on-topic sentence.
DN_TERM = (
    r"(?:(?:trigger[- ]point|functional|perineural|intramuscular)\s+)?dry[- ]?needling"
    r"|intramuscular\s+(?:manual\s+therapy|needling|stimulation)"
    r"|\b(?:TDN|TPDN|FDN|IMT)\b"
)
ANAPHOR = (
    r"\b(?:the|this|that|such(?:\s+an?)?)\s+(?:procedure|technique|intervention|modality|"
    r"treatment|needling)\b|\bthis\s+practice\b"
)

MACROS: dict[str, str] = {
    "DN": rf"(?:{DN_TERM}|{ANAPHOR})",
    # modal + negation: "may not", "shall not", "must never", "cannot"
    "NEG": r"(?:(?:may|shall|must|can|should|could|will)\s*(?:not|never|no\s+longer)|cannot|can't)",
    # modal of permission: "may", "is authorized to", "are permitted to" ...
    "MAY": (
        r"(?:may|can|(?:is|are|shall\s+be)\s+(?:\w+\s+)?(?:authorized|permitted|allowed|"
        r"entitled|qualified)\s+to)"
    ),
    "DO": (
        r"(?:perform|practice|provide|use|utilize|offer|engage\s+in|administer|incorporate|"
        r"render|employ)"
    ),
    "DOING": (
        r"(?:performing|practicing|providing|using|utilizing|offering|engaging\s+in|"
        r"administering|rendering|employing)"
    ),
    "BE": r"(?:is|are|was|were|be|falls?|fell|remains?|lies?|comes?|to\s+be|as\s+being|as)",
    "ADV": r"(?:(?:now|clearly|squarely|properly|well|also|therefore|thus|indeed|generally|"
    r"currently|still|fully|plainly|appropriately|legally)\s+)?",
    "SCOPE": r"(?:scope|practice|definition|purview|ambit|province)",
    "PENETRATE": (
        r"(?:invasive\s+(?:procedures?|techniques?|modalities|methods?)|"
        r"(?:penetrat|punctur|pierc)\w*\s+(?:of\s+)?(?:the\s+|a\s+person's\s+|human\s+)?(?:skin|tissue)|"
        r"break(?:s|ing)?\s+(?:the\s+)?skin)"
    ),
    "GAP": r"[^.;]{0,100}?",
}

_MACRO_RE = re.compile(r"\{([A-Z]+)\}")


def expand(pattern: str) -> str:
    """Replace ``{NAME}`` macros; regex quantifiers such as ``{0,80}`` are left alone."""
    return _MACRO_RE.sub(lambda m: MACROS.get(m.group(1), m.group(0)), pattern)


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
    ignore_for: tuple[Profession, ...] = ()  # never attribute this hit to these professions
    # cheap pre-filter: the lower-cased clause must contain one of these, or the pattern is
    # not tried (keeps a 60 KB page well under 50 ms); empty means always try
    needs: tuple[str, ...] = ()
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    veto_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    veto_after_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    needs_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        flags = re.IGNORECASE
        needs = re.compile("|".join(map(re.escape, self.needs))) if self.needs else None
        object.__setattr__(self, "needs_regex", needs)
        object.__setattr__(self, "regex", re.compile(expand(self.pattern), flags))
        veto = re.compile(expand(self.veto), flags) if self.veto else None
        object.__setattr__(self, "veto_regex", veto)
        after = re.compile(expand(self.veto_after), flags) if self.veto_after else None
        object.__setattr__(self, "veto_after_regex", after)


P, X = Meaning.PERMITS, Meaning.PROHIBITS
_NOT = r"\b(?:not|never|no\s+longer|neither|nor|cannot|without)\b|n't"
# A prohibition followed by one of these is a limit or a condition, not a ban.
_LIMIT_AFTER = (
    r"^\s*,?\s*(?:on|over|into|near|around|unless|until|without(?!\s+(?:an?\s+)?(?:\w+\s+)?(?:acupunctur|"
    r"medical|physician|licen[cs]e))|except|prior\s+to|before|while|"
    r"when|if|as|beyond|other\s+than|under|to\s+treat|for\s+(?:the\s+purpose|at\s+least|a\s+period|"
    r"the\s+first|\d|one|two|three)|techniques?\s+(?:on|over))\b"
)
_ACU = (Profession.ACUPUNCTURIST, Profession.PHYSICIAN)

RULES: tuple[Rule, ...] = (
    # ---- permitted ---------------------------------------------------------------------
    Rule("perm-within-scope", r"{DN}{GAP}\b{BE}\s+{ADV}(?:within|inside|part\s+of|included\s+in)"
         r"\s+(?:the\s+)?(?:\w+\s+){0,3}?{SCOPE}", P, 0.9, veto=_NOT,
         needs=('within', 'inside', 'part of', 'included in')),
    Rule("perm-considers-within", r"\b(?:consider|deem|find|found|view|regard|hold|held)\w*\s+"
         r"(?:\w+\s+){0,3}?{DN}\s+(?:(?:by|when|as\s+performed)\s+[^.;]{0,60}?)?(?:to\s+(?:be|fall)\s+|as\s+"
         r"(?:being\s+)?)?{ADV}(?:within|part\s+of)\s+(?:the\s+)?(?:\w+\s+){0,3}?{SCOPE}", P, 0.9,
         veto=_NOT,
         needs=('within', 'part of')),
    Rule("perm-within-scope-to-do", r"(?<!not\s)\b(?:within|part\s+of)\s+the\s+{SCOPE}{GAP}\bto\s+"
         r"(?:\w+\s+)?{DO}\s+{DN}", P, 0.85, veto=_NOT,
         needs=('within', 'part of')),
    Rule("perm-may-perform", r"\b{MAY}\s+(?:\w+\s+){0,2}?{DO}\s+{DN}", P, 0.85, veto=_NOT,
         needs=('may', 'can', 'authorized', 'permitted', 'allowed', 'entitled', 'qualified')),
    Rule("perm-passive", r"{DN}\s+(?:may|can|shall)\s+(?:only\s+)?be\s+(?:performed|practiced|"
         r"provided|used|administered|offered)\s+(?:only\s+)?by", P, 0.85, veto=_NOT,
         needs=('be performed', 'be practiced', 'be provided', 'be used', 'be administered', 'be offered')),
    Rule("perm-authorizes", r"\b(?:authoriz|allow|permit|entitl)\w*\s+(?:\w+\s+){0,4}?to\s+{DO}\s+{DN}",
         P, 0.85, veto=_NOT,
         needs=('authoriz', 'allow', 'permit', 'entitl')),
    Rule("perm-practice-includes", r"(?:physical\s+therapy|chiropractic|athletic\s+training|"
         r"occupational\s+therapy|practice\s+of\s+[\w\s]{3,40}?|scope\s+of\s+practice)[\"'”’]?\s+"
         r"(?:also\s+|shall\s+|specifically\s+)?(?:includes?|include|encompass(?:es)?)\b{GAP}{DN}",
         P, 0.85, veto=_NOT,
         needs=('includ', 'encompass')),
    Rule("perm-means-including", r"(?:physical\s+therapy|chiropractic|athletic\s+training|"
         r"occupational\s+therapy)[\"'”’]?\s+means\b[^.]{0,300}?\bincluding\b{GAP}{DN}", P, 0.85,
         veto=r"\bnot\s+includ|exclud",
         needs=('including',)),
    Rule("perm-definition", r"[\"'“‘]?(?:dry\s+needling|intramuscular\s+(?:manual\s+therapy|"
         r"needling))[\"'”’]?\s*(?:,\s*(?:also|as)\s+(?:known|used)[^,]{0,60},\s*)?(?:means|is\s+defined"
         r"\s+as|shall\s+mean|refers\s+to)\b", P, 0.8,
         needs=('means', 'defined as', 'refers to')),
    Rule("perm-double-negative", r"\b(?:nothing|no\s+(?:provision|section|rule|statute|law))\b"
         r"{GAP}\b(?:prohibits?|prevents?|precludes?|bars?|restricts?|forbids?|shall\s+be\s+construed\s+"
         r"to\s+(?:prohibit|prevent|preclude|bar|restrict))\b{GAP}{DN}", P, 0.85,
         suppresses=("proh-prohibited-from", "proh-may-not-perform", "proh-precluded"),
         needs=('nothing', 'no ')),
    Rule("perm-not-prohibited", r"\b(?:does|do|did)\s+not\s+(?:\w+\s+)?(?:prohibit|preclude|bar|"
         r"prevent|forbid)\b{GAP}{DN}|{DN}{GAP}\b(?:is|are)\s+not\s+(?:\w+\s+)?(?:prohibited|"
         r"precluded|barred|forbidden)|{DN}{GAP}\bdoes\s+not\s+appear\s+to\s+be\s+(?:prohibited|"
         r"precluded|barred)", P, 0.7, suppresses=("proh-is-prohibited",),
         veto=r"\b(?:expressly|specifically|explicitly)\b",
         needs=('prohibit', 'preclu', 'bar', 'prevent', 'forbid')),
    Rule("perm-not-unless", r"{NEG}\s+(?:\w+\s+){0,2}?{DO}\s+{DN}[^.]{0,250}?\b(?:unless|until\s+"
         r"(?:he|she|they|the\s+(?:therapist|licensee|physical\s+therapist)|completing|having|"
         r"successful)|without\s+(?:first\s+)?(?:having\s+)?(?:completing|completed|meeting|obtaining|"
         r"documenting|receiving|demonstrating|successfully)|before\s+(?:completing|obtaining|meeting"
         r"|receiving|documenting))\b", P, 0.85,
         suppresses=("proh-may-not-perform",),
         needs=('unless', 'until', 'without', 'before')),
    Rule("perm-not-for-period", r"{NEG}\s+(?:\w+\s+){0,2}?{DO}\s+{DN}\s+(?:for|during)\s+(?:at\s+"
         r"least|the\s+first|a\s+period)", P, 0.75, suppresses=("proh-may-not-perform",),
         needs=(' for ', ' during ')),
    Rule("perm-only-if", r"\b(?:may|can)\s+(?:only\s+)?{DO}\s+{DN}\s*,?\s*(?:only\s+)?(?:if|when|"
         r"provided\s+that|after)\b", P, 0.85, veto=_NOT,
         needs=('if', 'when', 'provided', 'after')),
    Rule("perm-must-complete", r"\b(?:before|prior\s+to)\s+{DOING}\s+{DN}\s*,\s*(?:a|the|each)\s+"
         r"(?:\w+\s+){0,3}?(?:shall|must)\b", P, 0.8,
         needs=('before', 'prior to')),
    Rule("perm-is-modality", r"{DN}{GAP}\b(?:is|as)\s+(?:an?\s+)?(?:(?:physical\s+therapy|"
         r"permissible|approved|authorized|appropriate|recognized)\s+)+(?:intervention|modality|"
         r"procedure|technique|treatment)", P, 0.75, veto=_NOT,
         needs=('intervention', 'modality', 'procedure', 'technique', 'treatment')),
    Rule("perm-mechanical-modality", r"{DN}{GAP}\b(?:is|be|as)\s+(?:an?\s+)?[\"'“]?mechanical\s+"
         r"modality", P, 0.7, veto=_NOT,
         needs=('mechanical',)),
    Rule("perm-affirmed", r"\b(?:affirm|uph[oe]ld)\w*\b{GAP}\b(?:ruling|decision|rule|position)"
         r"{GAP}{DN}", P, 0.7, veto=_NOT,
         needs=('affirm', 'uph')),
    # ---- prohibited --------------------------------------------------------------------
    Rule("proh-not-within", r"{DN}{GAP}\b(?:{BE}|does|do|did)\s+(?:not|neither|never|no\s+longer)"
         r"\s+(?:\w+\s+){0,2}?(?:within|inside|part\s+of|included\s+in|under)\b", X, 0.9,
         suppresses=("perm-within-scope",),
         needs=('not', 'never', 'neither', 'no longer')),
    Rule("proh-outside", r"{DN}{GAP}\b(?:{BE}|does|do)\s+(?:\w+\s+)?(?:outside|beyond|exceeds?)\b"
         r"|{DN}{GAP}\b(?:exceeds?|goes\s+beyond)\s+the\s+{SCOPE}", X, 0.9, veto=r"\bnot\s+outside",
         needs=('outside', 'beyond', 'exceed')),
    Rule("proh-considers-outside", r"\b(?:consider|deem|find|found|view|regard|hold|held)\w*\s+"
         r"(?:\w+\s+){0,3}?{DN}\s+(?:(?:by|when|as\s+performed)\s+[^.;]{0,60}?)?(?:to\s+(?:be|fall)\s+|as\s+"
         r"(?:being\s+)?)?(?:outside|beyond|not\s+within)\b", X, 0.9, suppresses=("perm-considers-within",),
         needs=('outside', 'beyond', 'not within')),
    Rule("proh-not-within-to-do", r"\b(?:not|outside)\s+(?:within\s+|part\s+of\s+)?(?:the\s+)?{SCOPE}"
         r"{GAP}\bto\s+(?:\w+\s+)?{DO}\s+{DN}", X, 0.85, suppresses=("perm-within-scope-to-do",),
         needs=('not', 'outside')),
    Rule("proh-may-not-perform", r"{NEG}\s+(?:\w+\s+){0,2}?{DO}\s+{DN}", X, 0.85,
         veto=r"\bnothing\b", veto_after=_LIMIT_AFTER,
         needs=('not', 'never', 'cannot', "can't")),
    Rule("proh-not-authorized", r"\b(?:is|are|was|were)\s+not\s+(?:\w+\s+)?(?:authorized|permitted|"
         r"allowed|licensed|entitled)\s+to\s+(?:\w+\s+)?{DO}\s+{DN}|\b(?:lack|lacks)\s+(?:the\s+)?"
         r"(?:\w+\s+)?authority\b{GAP}{DN}", X, 0.9, suppresses=("perm-may-perform", "perm-authorizes"),
         needs=('not', 'lack')),
    Rule("proh-is-prohibited", r"{DN}{GAP}\b(?:is|are|remains?|be)\s+(?:strictly\s+|expressly\s+|"
         r"currently\s+|hereby\s+)?(?:prohibited|forbidden|barred|unlawful|illegal|not\s+(?:permitted|"
         r"allowed|authorized|an?\s+(?:authorized|permitted|approved)))\b", X, 0.85,
         veto=r"\bnot\s+(?:prohibited|forbidden|barred|unlawful|illegal)",
         needs=('prohibit', 'forbid', 'barred', 'unlawful', 'illegal', 'not')),
    Rule("proh-prohibited-from", r"\b(?:prohibit\w*|bar(?:s|red)?|preclud\w*|prevent\w*|forbid\w*)\s+"
         r"(?:\w+\s+){0,5}?from\s+{DOING}\s+{DN}", X, 0.9, veto=r"\bnothing\b|\bnot\s+",
         needs=('from',)),
    Rule("proh-precluded", r"\b(?:is|are)\s+(?:\w+\s+)?precluded\s+from\b{GAP}{DN}", X, 0.9,
         needs=('precluded',)),
    Rule("proh-not-include-dn", r"\b(?:does|do|shall)\s+not\s+include\b{GAP}{DN}", X, 0.8,
         veto_after=r"^\s*(?:of|on|over)\b",
         needs=('not include',)),
    Rule("proh-penetrate-skin", r"(?:{NEG}|\bnot\s+authoriz\w*\s+to)\s+(?:\w+\s+){0,3}?(?:use|perform|"
         r"employ|engage\s+in|include|utilize|puncture|penetrate|pierce)\s+(?:any\s+)?(?:\w+\s+)?"
         r"{PENETRATE}|(?:does\s+not\s+include|shall\s+not\s+include|excludes?|prohibits?|"
         r"prevents?|precludes?|bars?)\b[^.;]{0,80}?(?:{PENETRATE}|\bfrom\s+(?:puncturing|"
         r"penetrating|piercing|breaking))", X, 0.75, topical=False,
         veto=r"\bnothing\b", veto_after=r"^[^.;]{0,40}?\b(?:other\s+than|except|excluding)\b",
         needs=('invasive', 'penetrat', 'punctur', 'pierc', 'skin')),
    Rule("proh-is-acupuncture", r"{DN}{GAP}\b(?:is|are|constitutes?|amounts?\s+to|falls?\s+under|"
         r"(?:is\s+)?(?:considered|deemed)|is\s+synonymous\s+with|is\s+included\s+in)\s+(?:\w+\s+){0,3}?"
         r"(?:the\s+practice\s+of\s+)?(?:acupuncture|medicine)\b", X, 0.8, veto=_NOT, ignore_for=_ACU,
         needs=('acupuncture', 'medicine')),
    Rule("proh-practicing-acupuncture", r"\b(?:perform|practic|us|offer|provid)\w*\s+{DN}{GAP}\b(?:is|"
         r"are)\s+(?:\w+\s+){0,2}?practic\w*\s+(?:acupuncture|medicine)", X, 0.75, veto=_NOT,
         ignore_for=_ACU, suppresses=("proh-is-acupuncture",),
         needs=('acupuncture', 'medicine')),
    Rule("proh-enjoined", r"\b(?:enjoin\w*|injunction|restraining\s+order|cease[- ]and[- ]desist)\b"
         r"[^.]{0,160}?{DN}|{DN}[^.]{0,160}?\b(?:enjoin\w*|injunction)\b", X, 0.85,
         veto=r"\b(?:dissolv|lift|vacat|overturn|revers|denied|deny|denies|refus)\w*",
         needs=('enjoin', 'injunction', 'restraining', 'cease')),
    Rule("proh-advises-not", r"\b(?:advis|urg|recommend|caution|direct|instruct|warn)\w*\s+(?:\w+\s+)"
         r"{0,4}?(?:not\s+to|to\s+not|against|to\s+refrain\s+from|to\s+cease|to\s+stop|to\s+avoid)\s+"
         r"(?:\w+\s+){0,2}?{DN}", X, 0.8,
         suppresses=("perm-within-scope", "perm-considers-within", "perm-is-modality"),
         needs=('not', 'against', 'refrain', 'cease', 'stop', 'avoid')),
    Rule("proh-cease", r"\b(?:cease|stop|discontinue|refrain\s+from)\s+(?:\w+\s+){0,2}?{DN}", X, 0.75,
         veto=r"\bnot\b",
         needs=('cease', 'stop', 'discontinue', 'refrain')),
    Rule("proh-until-rules", r"(?:{NEG}\s+(?:\w+\s+){0,2}?{DO}\s+{DN}|{DN}\s+{NEG}\s+(?:\w+\s+){0,2}?"
         r"(?:take\s+place|be\s+(?:performed|practiced|used|offered)|begin))[^.]{0,80}?\b(?:until|"
         r"before|pending)\b[^.]{0,60}?\b(?:rules?|regulations?|rulemaking|standards|endorsement)\b",
         X, 0.65, suppresses=("perm-not-unless", "proh-may-not-perform"),
         needs=('until', 'before', 'pending')),
    Rule("proh-pending-endorsement", r"{DN}[^.]{0,80}?\bpending\s+(?:the\s+)?(?:issuance|adoption|"
         r"completion)\s+of\b", X, 0.6,
         needs=('pending',)),
    # ---- silent ------------------------------------------------------------------------
    Rule("silent-no-position", r"\b(?:has|have)\s+(?:not|never|yet\s+to)\s+(?:\w+\s+){0,2}?(?:taken|"
         r"take|issued|issue|adopted|adopt|ruled|rule|addressed|address|decided|decide|opined|"
         r"formed|stated|published)\b|\b(?:takes|has\s+taken|has\s+issued|has\s+adopted)\s+no\s+"
         r"(?:\w+\s+)?(?:position|stance|statement|opinion|rule|guidance)|\bno\s+(?:formal|official|"
         r"written)\s+(?:\w+\s+)?(?:position|statement|opinion|policy|guidance)\b", Meaning.SILENT,
         topical=False,
         needs=('not', 'never', 'yet', 'no ')),
    Rule("silent-act-silent", r"\b(?:is|are|remains?)\s+silent\b|\bdoes\s+not\s+(?:expressly\s+|"
         r"specifically\s+)?(?:address|mention|speak\s+to)\b|\bnot\s+(?:expressly|specifically)\s+"
         r"(?:addressed|prohibited|authorized|permitted|mentioned)\b|\bgr[ae]y\s+area\b|\bwill\s+not"
         r"\s+address\b|\bno\s+(?:law|statute|rule|regulation)s?\s+(?:specifically\s+)?(?:address|"
         r"govern|mention)|\b(?:has|have)\s+no\s+(?:\w+\s+)?(?:rule|position|policy|opinion|guidance|"
         r"statement)s?\s+(?:on|about|regarding|concerning)\b", Meaning.SILENT, topical=False,
         needs=('silent', 'not', 'gray', 'grey', 'will not', 'no ')),
    # ---- modifiers ---------------------------------------------------------------------
    Rule("pending-bill", r"\b(?:would|will)\s+(?:\w+\s+)?(?:add|allow|permit|authorize|prohibit|ban|"
         r"expand|clarify|bar|include|define|make|remove|establish)\w*\b|\b(?:a|the|this)\s+(?:\w+\s+)?"
         r"bill\b|\bbills?\s+(?:to|that|which)\b|\bproposed\b|\bproposal\b|\bif\s+(?:enacted|passed|"
         r"adopted|approved|signed)\b|\bintroduced\b|\bpending\s+(?:legislation|bill|before)\b|"
         r"\b(?:H|S|A)\.?\s?B\.?\s?\d+\b|\b(?:House|Senate|Assembly)\s+Bill\b|\bunder\s+"
         r"consideration\b|\bdraft\s+(?:rule|regulation|language)\b|\bcould\s+(?:\w+\s+)?(?:expand|"
         r"amend|authorize|change)\b|\bwould\s+(?:need|have)\s+to\b", Meaning.PENDING, topical=False,
         needs=('would', 'will', 'bill', 'propos', 'if ', 'introduc', 'pending', 'consideration', 'draft', 'could', 'hb', 'sb', 'ab', 'h.', 's.', 'a.')),
    Rule("enacted", r"\b(?:signed\s+(?:into\s+law|by\s+the\s+governor)|was\s+signed|(?<!if\s)(?<!be\s)(?<!been\s)"
         r"(?<!not\s)enacted|became\s+"
         r"law|chaptered|took\s+effect|takes\s+effect|is\s+now\s+law|was\s+adopted|were\s+adopted|"
         r"has\s+been\s+adopted|final\s+rule|adopted\s+(?:on\s+)?(?:\w+\s+\d|\d))\b", Meaning.NEUTRAL,
         topical=False, suppresses=("pending-bill",),
         needs=('sign', 'enact', 'law', 'chaptered', 'effect', 'adopted', 'final rule')),
    Rule("motion-failed", r"\bmotion\b[^.;]*\b(?:failed|died|was\s+defeated|was\s+withdrawn|did\s+not"
         r"\s+(?:pass|carry)|was\s+tabled)\b", Meaning.FORMER, topical=False,
         needs=('motion',)),
    Rule("former", r"\b(?:rescind\w*|repeal\w*|withdr[ae]wn?|supersed\w*|vacated|overturned|"
         r"overruled|invalidated|struck\s+down|no\s+longer\s+(?:in\s+effect|valid|applies|"
         r"reflects|the\s+(?:board's\s+)?position)|formerly|former\s+(?:position|rule|policy|"
         r"opinion|statement)|(?<!has\s)(?<!as\s)previously|prior\s+(?:position|opinion|policy|"
         r"guidance|statement)|earlier\s+(?:position|opinion|statement|guidance)|had\s+(?:once\s+)?"
         r"(?:been\s+)?(?:held|taken|stated|said|concluded|determined|advised|considered|told))\b",
         Meaning.FORMER, topical=False,
         needs=('rescind', 'repeal', 'withdr', 'supersed', 'vacated', 'overturned', 'overruled', 'invalidated', 'struck', 'no longer', 'former', 'previously', 'prior', 'earlier', 'had ')),
    Rule("rescinds-previous", r"\b(?:that|this|the|its|these|those)\s+(?:\w+\s+){0,2}?(?:position|"
         r"opinion|statement|policy|ruling|guidance|decision|rule|interpretation|advisory|view|"
         r"injunction|order)s?\b[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?"
         r"(?:rescinded|repealed|withdrawn|superseded|vacated|overturned|reversed|struck\s+down|"
         r"invalidated|replaced|lifted|dissolved)\b", Meaning.RESCINDS_PREVIOUS, topical=False,
         suppresses=("former",),
         needs=('rescind', 'repeal', 'withdr', 'supersed', 'vacat', 'overturn', 'revers', 'struck', 'invalidat', 'replac', 'lifted', 'dissolved')),
    Rule("rescinds-previous-active", r"\b(?:rescind(?:ed|s)|withdr(?:ew|aws)|repeal(?:ed|s)|vacat(?:ed|es)|"
         r"overturn(?:ed|s)|revers(?:ed|es)|supersed(?:ed|es)|replac(?:ed|es))\s+(?:its|the|that|this|their|"
         r"his|her|an?)\s+(?:\w+\s+){0,2}?(?:position|opinion|statement|policy|ruling|guidance|decision|"
         r"interpretation|advisory|view|injunction|order|rule|regulation)s?\b", Meaning.RESCINDS_PREVIOUS, topical=False,
         suppresses=("former",),
         needs=('rescind', 'repeal', 'withdr', 'supersed', 'vacat', 'overturn', 'revers', 'replac')),
    Rule("question", r"\?[\"'”’)\]]*\s*$|\b(?:asked|asks|ask|asking|inquired|inquires|wondered)\s+"
         r"(?:\w+\s+){0,3}?(?:whether|if)\b|\bquestion\s+(?:presented\s+)?is\s+whether\b",
         Meaning.QUESTION, topical=False,
         needs=('?', 'ask', 'inquir', 'wonder', 'question')),
    Rule("history-dated", r"^\W*(?:(?:back\s+)?in|on|during|by)\s+(?:(?:early|late|mid)[- ])?"
         r"(?:[a-z]+\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b(?=[^;]*\b(?:concluded|determined|said|"
         r"stated|advised|found|ruled|opined|held|issued|voted|decided|declared|took|considered|"
         r"was|were|had|enacted|adopted|passed|amended|wrote|told|noted|announced|affirmed|"
         r"approved|signed|entered|granted|agreed)\b)", Meaning.HISTORY, topical=False,
         needs=('19', '20')),
    Rule("current", r"\b(?:now|currently|presently|today|at\s+present|remains?|continues\s+to|"
         r"as\s+of|effective|since)\b", Meaning.CURRENT, topical=False,
         needs=('now', 'current', 'present', 'today', 'remain', 'continues', 'as of', 'effective', 'since')),
    Rule("hedge", r"\b(?:likely|appears?\s+to|may\s+be\s+considered|arguably|reasonable\s+(?:legal\s+)?"
         r"argument|seems?\s+to|probably|it\s+is\s+possible)\b", Meaning.HEDGE, topical=False,
         needs=('likely', 'appear', 'may be considered', 'arguabl', 'reasonable', 'seem', 'probabl', 'possible')),
    Rule("advocacy", r"^\W*(?:the\s+)?(?:[\w.&-]+\s+){0,6}?(?:association|society|alliance|coalition|"
         r"academy|federation|advocates?|practitioners\s+group)\b[^.;]{0,40}?\b(?:maintains?|believes?|"
         r"asserts?|contends?|argues?|claims?|says?|states?|warns?|insists?|holds?|considers?)\b|"
         r"\b(?:we\s+believe|our\s+position|in\s+our\s+view|consumer\s+(?:advisory|alert))\b",
         Meaning.ADVOCACY, topical=False,
         needs=('association', 'society', 'alliance', 'coalition', 'academy', 'federation', 'advocate', 'practitioners group', 'we believe', 'our position', 'our view', 'consumer')),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
if len(RULES_BY_ID) != len(RULES):  # pragma: no cover - a typo in the table
    raise ValueError("duplicate rule id in tracker.classify.rules.RULES")
for _rule in RULES:
    for _target in _rule.suppresses:
        if _target not in RULES_BY_ID:  # pragma: no cover - a typo in the table
            raise ValueError(f"rule {_rule.id!r} suppresses unknown rule {_target!r}")

DN_TERM_RE = re.compile(DN_TERM, re.IGNORECASE)
ANAPHOR_RE = re.compile(ANAPHOR, re.IGNORECASE)
