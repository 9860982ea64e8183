"""A learned second reader of the rules' finding.

The rules (``engine.read_rules``) read a page by composition. On blind pages most of their misses
are deciding pages read ``unaddressed`` (64 of 96 first-pass misses in batches 19-30), and pages
that decide nothing read as deciding without conviction. A text model (TF-IDF of word 1-3-grams,
logistic regression, classes weighted alike; trained by ``scripts/train_fallback.py`` on every
measured blind page and the page examples) reads the page's opening and the sentences around
each dry-needling mention, and ``verdict`` says what it makes of the rules' reading, only for a
page read for a jurisdiction that names the topic:

- **turn** an undecided page (``unaddressed`` below ``REASONED``) when at least ``THRESHOLD``
  sure of ``permitted`` or ``prohibited`` (``RULE``); a reasoned ``unaddressed`` (below 0.8)
  only when its reason is one of ``TURNABLE_REASONS`` (a pending-bill, proposal, silence or "no
  position" marker, which can cancel a page's real account of current law) and the model is at
  least ``REASONED_SURE`` sure (``REASONED_RULE``, the reason kept in ``rules``);
- **overrule** a reading that decides below 0.8 when at least ``OVERRULE`` sure of another
  status (``OVERRULED``), but never a statute's or rule's own section (``code_section``) to
  ``unaddressed``;
- **doubt** a decisive reading whose status it gives less than ``DOUBT``: the status stays, at
  0.79 (``DOUBTED``).

Turned and overruled findings are in [``REVIEW_THRESHOLD``, ``CEILING``], doubted ones 0.79, all
with ``needs_review``: the model never makes a finding decisive.

It learns wording, not which state says what: in the passage the asked state becomes ``qjur``
and every other state ``ostate`` (in any case), the asked profession ``qprof`` and every other
``oprof``, a state code's short name (ORS, RCW, HRS ...) ``ocode``, web and mail addresses
``url``, digits ``0``, a word never written in lower case in the training corpus (a name: an
attorney general, a bill's sponsor, a town) ``pname``; and the trainer keeps only terms that pages
of at least five jurisdictions use.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from tracker.analysis.classify import penetration, places
from tracker.analysis.classify.confidence import DECISIVE_CONFIDENCE
from tracker.analysis.classify.professions import mentions
from tracker.analysis.classify.typography import normalise
from tracker.errors import ModelError
from tracker.models import REVIEW_THRESHOLD, Conditions, Finding, FindingStatus, Profession

MODEL = "fallback-model.json.gz"  # in tracker/analysis/classify/data/
# the model's probability of a deciding status before it turns an undecided page: over batches
# 13-36 (train_fallback.py --estimate, on main 325cac2), 81 turned, 73 righted and 4 broken
THRESHOLD = 0.6
CEILING = 0.64  # its findings stay in the band whose share correct matches the model's
RULE = "fallback-model"
# a decisive reading of the rules that the model finds unlikely stays, but not decisively: over
# the rules' first passes of batches 13-36 this took 13 of 16 confident wrongs below 0.8, and 22
# right decisive readings
DOUBT = 0.5
DOUBTED = "fallback-doubts"
# a reading that decides below 0.8 (a proposal's text, a bill analysis, minutes read as a rule)
# gives way when the model is this sure of another status: over batches 13-36, 42 overruled, 34
# righted and 8 broken
OVERRULE = 0.7
OVERRULED = "fallback-overrules"
# an unaddressed the rules give a reason for at this confidence or above (a pending bill 0.7,
# other professions only 0.7, silence 0.75, headings only 0.9, no mention 0.95) is theirs to keep;
# below it (undecided 0.3-0.48, another state's or a former rule 0.6) the model is heard
REASONED = 0.65
# ... unless the model is very sure the page decides (``REASONED_SURE``) and the reason is a
# marker that can cancel a real account of current law: a pending bill or proposal, silence or
# "no position" read in a petition, a comment letter, testimony or a newsletter (rule
# ``REASONED_RULE``, the rules' reason kept). Over the rules' first passes of batches 13-36
# (train_fallback.py --estimate) these reasons turned at 0.8 righted 12 pages and broke none
# (0.75: 1 more righted, 3 broken). A page that is a bill's or a proposed rule's own text
# ("proposed-text": turned, 11 righted and 7 bills as introduced broken), one about other
# professions only (4 righted, 1 broken: within noise), and any reason not measured stay theirs.
REASONED_SURE = 0.8
TURNABLE_REASONS = frozenset(
    {
        "pending-bill",
        "pending-proposal",
        "pending-supported",
        "hypothetical",
        "recommendation",
        "silent-act-silent",
        "silent-no-position",
        "silent-no-provision",
    }
)
REASONED_RULE = "fallback-reasoned"
# a page the rules read as wholly another state's or country's (its heading names only another
# state and its text never names this one: "Maryland therapists face registration deadline" read
# for DC) is not this state's to decide: the model masks states, and cannot tell whose law a
# sentence that names none speaks of (b37-26: turned to permitted from a Maryland story)
ELSEWHERE_REASONS = frozenset({"other-state-page", "abroad-page"})
# a statute's or rule's own section ("36-10-52. Dry needling--Requirements.", "§ 78.14.") is law:
# the model may overrule the direction the rules read in it, never that it decides (over batches
# 13-36 the one overrule of a section to unaddressed, b36-10, broke a right reading); never a time,
# a date or an outline number ("9:30 Call to order", "05-14-2021 Regular Meeting", "3.2 Background")
_SECTION = re.compile(
    r"""^[ \t]*(?:
        §+[ \t]*\d[\w.:-]*
      | (?:Sec\.|Section)[ \t]+\d[\w.:-]*\.?[ \t]+[A-Z]
      | (?!(?:19|20)\d\d\W|\d{1,2}:\d\d(?!:)\b|\d{1,2}[-/]\d{1,2}[-/](?:19|20)\d\d\b|\d\.\d\.?[ \t])
        (?:Rule[ \t]+)?\d+[A-Z]{0,4}\d*(?:[-.:]\d+[A-Za-z]?){1,4}\.?[ \t]+[A-Z][\w ,'-]{2,}
      | \d+[ \t]+[A-Z]{2,6}[ \t]+\d+[\w.:-]*
    )""",
    re.MULTILINE | re.VERBOSE,
)

# where the topic is named: dry needling and the words its pages use for it
TOPIC = re.compile(r"dry[\s-]+needl|intramuscular|trigger[\s-]+point|needl", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")
_DIGITS = re.compile(r"\d+")
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+|\b(?:[\w-]+\.)+(?:gov|org|com|edu|net|us|info)\b\S*", re.IGNORECASE
)
# the short names of states' codes, which say whose law a page cites as surely as the state's name
# ("ORS 688.010", "RCW 18.74", "HRS 461J", "N.J.S.A. 45:9"); a citation becomes "ocode", whoever's
_STATE_CODE = re.compile(
    r"\b(?:ORS|OAR|RCW|WAC|HRS|HAR|N\.?J\.?S\.?A|N\.?J\.?A\.?C|TAC|KRS|KAR|K\.?S\.?A|NRS|NAC|SDCL|ARSD|"
    r"N\.?C\.?G\.?S|NCAC|O\.?C\.?G\.?A|ILCS|COMAR|CCR|MCL|NMSA|NMAC|C\.?R\.?S|A\.?R\.?S|A\.?A\.?C|IAC|"
    r"NDCC|RSMo|CSR|M\.?G\.?L|CMR|NYCRR|DCMR|F\.?A\.?C|UCA|VSA|RSA|CGS|RCSA|MCA|ARM|W\.?S|IDAPA|"
    r"Wis\.?\s+Stat|Minn\.?\s+Stat|Fla\.?\s+Stat|Tenn\.?\s+Code|Va\.?\s+Code)\b\.?"
)
TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern
_HEAD_SENTENCES = 3  # the opening pieces read as the page's masthead and genre


@lru_cache(maxsize=1)
def _states() -> re.Pattern[str]:
    # in any case: a state's name also hides in addresses ("www.dopl.utah.gov")
    return re.compile(places.state_re().pattern, re.IGNORECASE)


def _code(name: str) -> str | None:
    try:
        return places.code(" ".join(name.split()).title().replace(" Of ", " of "))
    except KeyError:
        return None


def _masked(piece: str, profession: Profession, jurisdiction: str | None) -> str:
    piece = _STATE_CODE.sub(" ocode ", piece)
    spans: list[tuple[int, int, str]] = []
    for m in _states().finditer(piece):
        spans.append((m.start(), m.end(), " qjur " if _code(m.group(0)) == jurisdiction else " ostate "))
    for mention in mentions(piece):
        mark = " qprof " if mention.profession is profession else " oprof "
        spans.append((mention.start, mention.end, mark))
    out, last = [], 0
    for start, end, mark in sorted(spans):
        if start < last:  # a profession inside a state's board name, or the reverse
            continue
        out += [piece[last:start], mark]
        last = end
    out.append(piece[last:])
    return _DIGITS.sub(" 0 ", "".join(out))


def _pieces(text: str) -> list[str]:
    """The page in its plain spelling (``typography.normalise``: soft hyphens, quotes, breaks
    inside words), cut into sentences, addresses masked ("www.dopl.utah.gov": a state's own names)."""
    return _SENTENCE_END.split(_ADDRESS.sub(" url ", normalise(text).text))


def sentences(text: str, profession: Profession, jurisdiction: str | None) -> list[str]:
    """The page's sentences, each masked (see the module docstring)."""
    return [_masked(piece, profession, jurisdiction) for piece in _pieces(text)]


def passage(pieces: list[str]) -> str:
    """What the model reads: the page's opening (its masthead and genre: "Notice of proposed
    rulemaking", "Committee report"), then each topic sentence with its neighbours."""
    keep: list[str] = []
    for i, piece in enumerate(pieces):
        if TOPIC.search(piece):
            keep.extend(pieces[max(0, i - 1) : i + 2])
    opening = " ".join(pieces[:_HEAD_SENTENCES])
    return f"{opening} {' '.join(keep)}" if keep else f"{opening} nodn "


def names_masked(passage_text: str, words: frozenset[str]) -> str:
    """``passage_text`` with every word not in ``words`` (the lower-case words of the training
    corpus) and not itself lower case replaced by ``pname``."""

    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        return word if word.islower() or word.lower() in words else "pname"

    return TOKEN.sub(one, passage_text)


@dataclass(frozen=True)
class Model:
    """A trained model as stored: its vocabulary and weights, scored without the trainer."""

    words: frozenset[str]
    ngrams: int
    index: dict[str, int]
    idf: list[float]
    classes: tuple[str, ...]
    coef: list[list[float]]
    intercept: list[float]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(
            words=frozenset(data["words"]),
            ngrams=int(data["ngrams"]),
            index={term: i for i, term in enumerate(data["terms"])},
            idf=[float(v) for v in data["idf"]],
            classes=tuple(data["classes"]),
            coef=[[float(v) for v in row] for row in data["coef"]],
            intercept=[float(v) for v in data["intercept"]],
        )

    def _terms(self, text: str) -> dict[int, float]:
        # scikit-learn's TfidfVectorizer(ngram_range=(1, n), sublinear_tf=True, norm="l2") with
        # the stored vocabulary and idf; tests/analysis/test_classify_fallback.py checks that
        # the two agree
        tokens = TOKEN.findall(text.lower())
        counts: dict[int, int] = {}
        for n in range(1, self.ngrams + 1):
            for i in range(len(tokens) - n + 1):
                j = self.index.get(" ".join(tokens[i : i + n]))
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
        weights = {j: (1.0 + math.log(c)) * self.idf[j] for j, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {j: w / norm for j, w in weights.items()}

    def probabilities(self, text: str) -> dict[str, float]:
        """The class probabilities of a (masked) passage."""
        terms = self._terms(names_masked(text, self.words))
        scores = [
            b + sum(w * row[j] for j, w in terms.items())
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped model (``scripts/train_fallback.py`` writes it)."""
    return load(resources.files("tracker.analysis.classify").joinpath("data", MODEL))


def load(path: Traversable) -> Model:
    """A stored model, or a ``ModelError`` that says what to do."""
    try:
        found = Model.from_json(json.loads(gzip.decompress(path.read_bytes())))
    except (OSError, EOFError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(
            f"the classifier's model {path} is missing or unreadable ({exc}); reinstall scopewatch, "
            "or rebuild it: bash scripts/setup.sh train && .venv/bin/python scripts/train_fallback.py"
        ) from exc
    statuses = {s.value for s in FindingStatus}
    if (
        set(found.classes) != statuses
        or len(found.idf) != len(found.index)
        or len(found.coef) != len(found.classes)
        or any(len(row) != len(found.index) for row in found.coef)
    ):
        raise ModelError(f"the classifier's model {path} does not fit this version of scopewatch; rebuild it")
    return found


def verdict(
    status: str,
    confidence: float,
    probs: dict[str, float],
    rules: tuple[str, ...] = (),
    *,
    section: bool = False,
) -> tuple[str, str] | None:
    """What the model makes of the rules' reading (``status`` at ``confidence``, by ``rules``, of
    a page that is a code ``section`` or not), given its own class probabilities: ``None`` (the
    reading stands), or (new status, rule id): ``RULE`` for an undecided page it turns,
    ``REASONED_RULE`` for a reasoned ``unaddressed`` it turns, ``OVERRULED`` for a leaning
    reading it overrules, ``DOUBTED`` for a decisive reading it doubts (status kept). Shared by
    ``reconsider`` and the estimate."""
    best, p = max(probs.items(), key=lambda kv: kv[1])
    unaddressed = FindingStatus.UNADDRESSED.value
    if status == unaddressed:
        elsewhere = bool(rules) and rules[0] in ELSEWHERE_REASONS  # another state's page, not this one's
        if best == unaddressed or confidence >= DECISIVE_CONFIDENCE or elsewhere:
            return None
        if confidence < REASONED:
            return (best, RULE) if p >= THRESHOLD else None
        return (best, REASONED_RULE) if turnable(rules) and p >= REASONED_SURE else None
    if confidence >= DECISIVE_CONFIDENCE:
        return None if probs[status] >= DOUBT else (status, DOUBTED)
    if best == status or p < OVERRULE or (section and best == unaddressed):
        return None
    return best, OVERRULED


def turnable(rules: tuple[str, ...]) -> bool:
    """Whether the reason the rules give for a reasoned ``unaddressed`` may give way to the model."""
    return bool(rules) and rules[0] in TURNABLE_REASONS


def code_section(text: str) -> bool:
    """Whether the page is (or quotes) a statute's or rule's own section, by a line that opens
    with its number and heading."""
    return _SECTION.search(normalise(text).text) is not None


# readings of a page that never names the topic (nothing there for the model to read): silence,
# and a ban on all that pierces the skin (``penetration``)
UNHEARD_READINGS = frozenset({("no-mention",), (penetration.RULE_ID,)})


def reconsider(finding: Finding, text: str, profession: Profession, jurisdiction: str | None) -> Finding:
    """The rules' ``finding``, or what the model makes of it (``verdict``): never for a page read
    for no jurisdiction (the model reads "this state" against "another") or one that never names
    the topic; a turned or overruled reading is 0.5-0.64 and needs review, a doubted one keeps
    its status at 0.79 and needs review."""
    if jurisdiction is None or finding.rules in UNHEARD_READINGS:
        return finding
    if (
        finding.status is FindingStatus.UNADDRESSED
        and finding.confidence >= REASONED
        and (finding.confidence >= DECISIVE_CONFIDENCE or not turnable(finding.rules))
    ):
        return finding  # (the model is not even consulted: most pages end here)
    m = model()
    probs = m.probabilities(passage(sentences(text, profession, jurisdiction)))
    section = finding.status is not FindingStatus.UNADDRESSED and code_section(text)
    said = verdict(finding.status.value, finding.confidence, probs, finding.rules, section=section)
    if said is None:
        return finding
    status, rule = said
    if rule == DOUBTED:
        return replace(
            finding, confidence=DECISIVE_CONFIDENCE - 0.01, needs_review=True, rules=(*finding.rules, rule)
        )
    confidence = round(min(CEILING, max(REVIEW_THRESHOLD, 0.8 * probs[status])), 3)
    if status == FindingStatus.UNADDRESSED.value:  # a leaning reading the model finds undecided
        return replace(
            finding,
            status=FindingStatus.UNADDRESSED,
            confidence=confidence,
            needs_review=True,
            effective_date=None,
            enacted_date=None,
            conditions=Conditions(),
            awaiting_rules=False,
            rules=(*finding.rules, rule),
        )
    evidence = _evidence(text, profession, jurisdiction, status, m)
    if evidence is None:  # no sentence of this state's to quote
        return finding
    rules = (rule,) if rule == RULE else (*finding.rules, rule)  # a reason or a reading stays shown
    return Finding(
        profession,
        FindingStatus(status),
        evidence=evidence,
        confidence=confidence,
        needs_review=True,
        rules=rules,
    )


def _evidence(
    text: str, profession: Profession, jurisdiction: str | None, status: str, m: Model
) -> str | None:
    """The page's topic sentence that leans most towards ``status``, as written (a quote is
    found in the page), among those that speak of this state (``quotable``)."""
    best = max(
        quotable(text, jurisdiction),
        key=lambda piece: m.probabilities(_masked(piece, profession, jurisdiction))[status],
        default=None,
    )
    return best.strip() if best is not None else None


def quotable(text: str, jurisdiction: str | None) -> list[str]:
    """The page's topic sentences that speak of ``jurisdiction``: those that name it, and those
    that name no state while the last state the page named before them is this one (or none yet).
    A sentence naming no state speaks of the state the page was last about: in a story about
    another state's rule ("Under rules adopted by the Maryland Board ...") the next "To register,
    a therapist must show ..." is Maryland's, never the asked state's (b37-26, read for DC)."""
    found: list[str] = []
    last: set[str] = set()
    for piece in _SENTENCE_END.split(text):
        named = places.states_in(piece)
        if TOPIC.search(piece) and (jurisdiction in named if named else not last or jurisdiction in last):
            found.append(piece)
        if named:
            last = named
    return found
