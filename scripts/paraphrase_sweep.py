"""Paraphrase sweep: does the classifier still read a decided page when its deciding sentence is
reworded in an ordinary way?

Usage: python scripts/paraphrase_sweep.py [--family F] [--show FAMILY[:VARIANT]] [--limit N] [--cases GLOB]
       [--corpus DIR]

Development robustness, not a blind figure. The sweep takes the labelled cases directly under
``tests/corpus/`` (never ``unstudied/``, never the blind batches) whose expected status is
``permitted`` or ``prohibited`` and which the classifier reads right today. For each, it finds
the finding's evidence sentence in the page and replaces it with systematic variants made by
the substitution tables below (their words are ours, not any page's). Each variant keeps the
sentence's meaning, so the expected status stays the case's. The variant page is classified
with the case's profession, board and jurisdiction (``tracker.analysis.classify``), and the
sweep prints, per family and per variant:

- ``n``: variant pages made (a variant applies only where its table finds something to
  replace in the evidence sentence);
- ``kept``: pages that still read the expected status;
- ``unaddr``: pages that fell back to ``unaddressed`` (a miss, safe);
- ``OPPOSITE``: pages that read the opposite decisive status (the worst), and how many of
  those at confidence >= 0.8 (``conf``).

The families:

- ``profession``: the page's profession in the forms a page uses (plural, singular, the
  abbreviation, "a <abbreviation>", "licensees", "a licensed <profession>", capitalised), with
  the verb after it made to agree;
- ``term``: dry needling under its synonyms ("trigger point dry needling", "intramuscular
  manual therapy", "dry needling (DN)", "functional dry needling", "dry-needling");
- ``modal``: the permission or prohibition modal of the sentence swapped for another of the
  same polarity ("may" / "are permitted to" / "are allowed to" / "can legally" / "is
  authorized to"; "may not" / "are not permitted to" / "cannot" / "are prohibited from" /
  "are not allowed to");
- ``predicate``: the scope predicate swapped for another of the same polarity ("is within" /
  "falls within" / "is part of" / "is included in"; "is outside" / "falls outside" / "is not
  within" / "is beyond");
- ``voice``: "<profession> may perform dry needling" <-> "dry needling may be performed by
  <profession>";
- ``typography``: curly quotes, a line break inside the sentence (and inside the term),
  non-breaking spaces, the sentence in capitals.

``--show`` prints the variants of one family (or one variant) that did not keep the status,
with the sentence and what was read, to study a break.
"""

from __future__ import annotations

import argparse
import fnmatch
import pathlib
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.analysis.classify.corpus import CONFIDENT, Case, cases
from tracker.analysis.classify.engine import classify_text
from tracker.models import Finding, Profession

CORPUS = ROOT / "tests" / "corpus"
DECIDED = ("permitted", "prohibited")
OPPOSITE = {"permitted": "prohibited", "prohibited": "permitted"}

# ---- substitution tables (our own words) ------------------------------------------------------

# profession -> (regex of its person forms with their determiner, {variant: (replacement, plural)})
_DET = r"(?:\b(?:an?|the|any|each|every|all)\s+)?(?:(?:licensed|registered|certified)\s+)?"
PROFESSION_FORMS: dict[Profession, tuple[str, dict[str, tuple[str, bool]]]] = {
    Profession.PHYSICAL_THERAPIST: (
        r"physical\s+therapists?\b",
        {
            "plural": ("physical therapists", True),
            "singular": ("a physical therapist", False),
            "PTs": ("PTs", True),
            "a PT": ("a PT", False),
            "licensees": ("licensees", True),
            "a licensed": ("a licensed physical therapist", False),
            "Capitalised": ("Physical Therapists", True),
        },
    ),
    Profession.CHIROPRACTOR: (
        r"(?:chiropractors?|doctors?\s+of\s+chiropractic)\b",
        {
            "plural": ("chiropractors", True),
            "singular": ("a chiropractor", False),
            "DCs": ("doctors of chiropractic", True),
            "a DC": ("a doctor of chiropractic", False),
            "licensees": ("licensees", True),
            "a licensed": ("a licensed chiropractor", False),
            "Capitalised": ("Chiropractors", True),
        },
    ),
    Profession.ATHLETIC_TRAINER: (
        r"athletic\s+trainers?\b",
        {
            "plural": ("athletic trainers", True),
            "singular": ("an athletic trainer", False),
            "PTs": ("ATs", True),
            "a PT": ("an AT", False),
            "licensees": ("licensees", True),
            "a licensed": ("a licensed athletic trainer", False),
            "Capitalised": ("Athletic Trainers", True),
        },
    ),
    Profession.OCCUPATIONAL_THERAPIST: (
        r"occupational\s+therapists?\b",
        {
            "plural": ("occupational therapists", True),
            "singular": ("an occupational therapist", False),
            "PTs": ("OTs", True),
            "a PT": ("an OT", False),
            "licensees": ("licensees", True),
            "a licensed": ("a licensed occupational therapist", False),
            "Capitalised": ("Occupational Therapists", True),
        },
    ),
    Profession.ACUPUNCTURIST: (
        r"acupuncturists?\b",
        {
            "plural": ("acupuncturists", True),
            "singular": ("an acupuncturist", False),
            "licensees": ("licensees", True),
            "a licensed": ("a licensed acupuncturist", False),
            "Capitalised": ("Acupuncturists", True),
        },
    ),
    Profession.PHYSICIAN: (
        r"physicians?\b",
        {
            "plural": ("physicians", True),
            "singular": ("a physician", False),
            "licensees": ("licensees", True),
            "a licensed": ("a licensed physician", False),
            "Capitalised": ("Physicians", True),
        },
    ),
}
# the verb right after the subject, made to agree with it
_TO_SINGULAR = {"are": "is", "have": "has", "were": "was", "do": "does", "remain": "remains"}
_TO_PLURAL = {v: k for k, v in _TO_SINGULAR.items()}

# dry needling under other names (the bare term only: not one already qualified)
_BARE_TERM = re.compile(r"(?<!point )(?<!functional )(?<!trigger-point )\bdry[ -]needling\b", re.IGNORECASE)
TERMS = {
    "trigger point": "trigger point dry needling",
    "IMT": "intramuscular manual therapy",
    "(DN)": "dry needling (DN)",
    "functional": "functional dry needling",
    "hyphen": "dry-needling",
}

_DO = r"(?:perform|use|practice|provide|offer|engage\s+in|utilize|administer)"
_GERUND = {
    "perform": "performing",
    "use": "using",
    "practice": "practicing",
    "provide": "providing",
    "offer": "offering",
    "utilize": "utilizing",
    "administer": "administering",
}
# a modal of permission or of prohibition right before the verb of doing
_MODAL_POS = re.compile(
    r"\b(?:may|can|(?:is|are)\s+(?:authorized|permitted|allowed)\s+to)\s+(?=" + _DO + r"\b)", re.IGNORECASE
)
_MODAL_NEG = re.compile(
    r"\b(?:may\s+not|shall\s+not|must\s+not|cannot|can\s+not|(?:is|are)\s+not\s+(?:authorized|permitted|allowed)\s+to)"
    r"\s+(?=" + _DO + r"\b)",
    re.IGNORECASE,
)
# variant -> (words for a singular subject, for a plural one, whether the verb becomes a gerund)
MODALS_POS = {
    "may": ("may", "may", False),
    "permitted to": ("is permitted to", "are permitted to", False),
    "allowed to": ("is allowed to", "are allowed to", False),
    "can legally": ("can legally", "can legally", False),
    "authorized to": ("is authorized to", "are authorized to", False),
}
MODALS_NEG = {
    "may not": ("may not", "may not", False),
    "not permitted to": ("is not permitted to", "are not permitted to", False),
    "cannot": ("cannot", "cannot", False),
    "prohibited from": ("is prohibited from", "are prohibited from", True),
    "not allowed to": ("is not allowed to", "are not allowed to", False),
}

_SCOPE_AHEAD = r"(?=(?:[\w'-]+\s+){0,5}?(?:scope|practice)\b)"
_PRED_POS = re.compile(
    r"\b(?:is|are|falls?|lies)\s+(?:clearly\s+|squarely\s+)?(?:within|part\s+of|included\s+in)\s+(?:the\s+)?"
    + _SCOPE_AHEAD,
    re.IGNORECASE,
)
_PRED_NEG = re.compile(
    r"\b(?:is|are|falls?|lies)\s+(?:not\s+within|outside(?:\s+of)?|beyond|not\s+part\s+of|not\s+included\s+in)"
    r"\s+(?:the\s+)?" + _SCOPE_AHEAD,
    re.IGNORECASE,
)
PREDICATES_POS = {
    "is within": "is within the ",
    "falls within": "falls within the ",
    "is part of": "is part of the ",
    "is included in": "is included in the ",
}
PREDICATES_NEG = {
    "is outside": "is outside the ",
    "falls outside": "falls outside the ",
    "is not within": "is not within the ",
    "is beyond": "is beyond the ",
}


# ---- the variants ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    family: str
    name: str
    sentence: str


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def _like(old: str, new: str) -> str:
    """``new`` in the case of ``old``: all capitals, or its first letter's case."""
    if _caps(old):
        return new.upper()
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def _plural_before(sentence: str, at: int) -> bool:
    words = re.findall(r"[\w']+", sentence[:at])
    return bool(words) and words[-1].lower().endswith("s") and words[-1].lower() not in ("is", "has", "was")


def profession_variants(sentence: str, profession: Profession) -> Iterator[Variant]:
    table = PROFESSION_FORMS.get(profession)
    if table is None:
        return
    form, variants = table
    rx = re.compile(
        r"(?P<prep>\b(?:by|of|for|to|and|or|with)\s+)?"
        + _DET
        + form
        + r"(?!\s+assistant)(?:\s+(?P<verb>\w+))?",
        re.IGNORECASE,
    )
    if not rx.search(sentence):
        return
    for name, (words, plural) in variants.items():

        def sub(m: re.Match[str], words: str = words, plural: bool = plural) -> str:
            verb = m.group("verb")
            prep = m.group("prep") or ""
            whole = m.group(0)[len(prep) :]
            head = words if words[0].isupper() else _like(whole, words)
            head = prep + (head.upper() if _caps(whole) else head)
            if verb is None:
                return head
            if prep:  # not the subject: the verb after it agrees with something else
                return f"{head} {verb}"
            agree = (_TO_PLURAL if plural else _TO_SINGULAR).get(verb.lower(), verb)
            return f"{head} {agree}"

        yield Variant("profession", name, rx.sub(sub, sentence))


def term_variants(sentence: str) -> Iterator[Variant]:
    if not _BARE_TERM.search(sentence):
        return
    for name, words in TERMS.items():
        yield Variant("term", name, _BARE_TERM.sub(lambda m, w=words: _like(m.group(0), w), sentence))


def _modal_sub(
    sentence: str, rx: re.Pattern[str], table: dict[str, tuple[str, str, bool]]
) -> Iterator[Variant]:
    m = rx.search(sentence)
    if m is None:
        return
    plural = _plural_before(sentence, m.start())
    rest = sentence[m.end() :]
    for name, (one, many, gerund) in table.items():
        words = many if plural else one
        after = rest
        if gerund:
            verb = re.match(r"(\w+)", rest)
            if verb is None or verb.group(1).lower() not in (*_GERUND, "engage"):
                continue
            ing = _GERUND.get(verb.group(1).lower(), "engaging")
            after = (ing.upper() if verb.group(1).isupper() else ing) + rest[verb.end() :]
        yield Variant("modal", name, sentence[: m.start()] + _like(m.group(0), words) + " " + after)


def modal_variants(sentence: str) -> Iterator[Variant]:
    yield from _modal_sub(sentence, _MODAL_NEG, MODALS_NEG)
    if not _MODAL_NEG.search(sentence):
        yield from _modal_sub(sentence, _MODAL_POS, MODALS_POS)


def predicate_variants(sentence: str) -> Iterator[Variant]:
    for rx, table in ((_PRED_NEG, PREDICATES_NEG), (_PRED_POS, PREDICATES_POS)):
        m = rx.search(sentence)
        if m is None:
            continue
        plural = m.group(0).lower().startswith(("are", "fall "))
        for name, words in table.items():
            if plural:
                words = words.replace("is ", "are ", 1).replace("falls ", "fall ", 1)
            yield Variant(
                "predicate", name, sentence[: m.start()] + _like(m.group(0), words) + sentence[m.end() :]
            )
        return


def voice_variants(sentence: str, profession: Profession) -> Iterator[Variant]:
    table = PROFESSION_FORMS.get(profession)
    if table is None:
        return
    subject = _DET + table[0]
    modal = (
        r"(?:may(?:\s+not)?|shall(?:\s+not)?|must(?:\s+not)?|cannot|can(?:\s+not)?|"
        r"(?:is|are)\s+(?:not\s+)?(?:authorized|permitted|allowed)\s+to)"
    )
    term = r"(?:(?:trigger\s+point\s+)?dry[ -]needling)"
    active = re.compile(rf"(?P<subj>{subject})\s+(?P<modal>{modal})\s+{_DO}\s+(?P<obj>{term})", re.IGNORECASE)
    m = active.search(sentence)
    if m is not None:
        mod = m.group("modal")
        if re.search(r"\bto$", mod):  # "are permitted to perform X" -> "X is permitted to be performed by"
            mod = re.sub(r"^(?:is|are)", "is", mod)
        subj = m.group("subj")
        passive = f"{_like(m.group(0), m.group('obj'))} {mod} be performed by {subj[0].lower()}{subj[1:]}"
        yield Variant("voice", "active->passive", sentence[: m.start()] + passive + sentence[m.end() :])
        return
    passive_rx = re.compile(
        rf"(?P<obj>{term})\s+(?P<modal>{modal})\s+be\s+(?:performed|used|practiced|provided)\s+by\s+(?P<subj>{subject})",
        re.IGNORECASE,
    )
    m = passive_rx.search(sentence)
    if m is not None:
        mod = re.sub(r"^is\b", "are" if m.group("subj").lower().endswith("s") else "is", m.group("modal"))
        active_ = f"{_like(m.group(0), m.group('subj'))} {mod} perform {m.group('obj').lower()}"
        yield Variant("voice", "passive->active", sentence[: m.start()] + active_ + sentence[m.end() :])


def typography_variants(sentence: str) -> Iterator[Variant]:
    curly = re.sub(r"(?<=\w)'(?=\w)", "\u2019", sentence)
    curly = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", curly)
    if curly == sentence:
        curly = _BARE_TERM.sub(lambda m: f"\u201c{m.group(0)}\u201d", sentence, count=1)
    if curly != sentence:
        yield Variant("typography", "curly quotes", curly)
    spaces = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", sentence)]
    if spaces:
        middle = min(spaces, key=lambda i: abs(i - len(sentence) // 2))
        yield Variant("typography", "line break", sentence[:middle] + "\n" + sentence[middle + 1 :])
    term = _BARE_TERM.search(sentence)
    if term and term.group(0)[3] == " ":
        at = term.start() + 3
        yield Variant("typography", "break in term", sentence[:at] + "\n" + sentence[at + 1 :])
        yield Variant("typography", "nbsp in term", sentence[:at] + "\u00a0" + sentence[at + 1 :])
    yield Variant("typography", "nbsp everywhere", re.sub(r"(?<=\S) (?=\S)", "\u00a0", sentence))
    yield Variant("typography", "all caps", sentence.upper())


def variants(sentence: str, profession: Profession) -> Iterator[Variant]:
    yield from profession_variants(sentence, profession)
    yield from term_variants(sentence)
    yield from modal_variants(sentence)
    yield from predicate_variants(sentence)
    yield from voice_variants(sentence, profession)
    yield from typography_variants(sentence)


FAMILIES = ("profession", "term", "modal", "predicate", "voice", "typography")

# ---- the sweep ------------------------------------------------------------------------------


def evidence_span(text: str, evidence: str) -> tuple[int, int] | None:
    """Where the (whitespace-normalised) evidence sentence sits in the page."""
    words = evidence.split()
    if not words:
        return None
    m = re.search(r"\s+".join(map(re.escape, words)), text)
    return (m.start(), m.end()) if m else None


@dataclass
class Tally:
    n: int = 0
    kept: int = 0
    unaddressed: int = 0
    opposite: int = 0
    confident: int = 0
    misses: list[tuple[str, str, str, Finding]] = field(default_factory=list)

    def add(self, case: Case, variant: Variant, finding: Finding) -> None:
        self.n += 1
        want = case.expected["status"]
        got = finding.status.value
        if got == want:
            self.kept += 1
            return
        if got == OPPOSITE[want]:
            self.opposite += 1
            self.confident += finding.confidence >= CONFIDENT
        else:
            self.unaddressed += 1
        self.misses.append((case.name, variant.name, variant.sentence, finding))


def sweep(
    selected: list[Case], families: tuple[str, ...], limit: int | None, progress: Callable[[str], None]
) -> tuple[dict[tuple[str, str], Tally], int]:
    tallies: dict[tuple[str, str], Tally] = {}
    used = 0
    for case in selected:
        if case.expected["status"] not in DECIDED:
            continue
        finding = case.classify()
        if finding.status.value != case.expected["status"] or not finding.evidence:
            continue
        span = evidence_span(case.text, finding.evidence)
        if span is None:
            continue
        used += 1
        profession = Profession(case.expected["profession"])
        sentence = case.text[span[0] : span[1]]
        for variant in variants(sentence, profession):
            if variant.sentence == sentence or variant.family not in families:
                continue
            page = case.text[: span[0]] + variant.sentence + case.text[span[1] :]
            read = classify_text(
                page,
                profession,
                board=case.expected.get("board"),
                jurisdiction=case.expected.get("jurisdiction"),
            )
            tallies.setdefault((variant.family, variant.name), Tally()).add(case, variant, read)
        if limit and used >= limit:
            break
        if used % 100 == 0:
            progress(f"... {used} cases")
    return tallies, used


def report(tallies: dict[tuple[str, str], Tally], used: int) -> None:
    print(f"Paraphrase sweep: {used} decided corpus cases read right today, their evidence sentence reworded")
    print()
    print("| family | variant | pages | kept | unaddressed | OPPOSITE (>= 0.8) |")
    print("|---|---|---:|---:|---:|---:|")
    families: dict[str, Tally] = {}
    order = {f: i for i, f in enumerate(FAMILIES)}
    for (family, name), t in sorted(tallies.items(), key=lambda kv: order[kv[0][0]]):
        print(f"| {family} | {name} | {t.n} | {t.kept} | {t.unaddressed} | {t.opposite} ({t.confident}) |")
        total = families.setdefault(family, Tally())
        total.n += t.n
        total.kept += t.kept
        total.unaddressed += t.unaddressed
        total.opposite += t.opposite
        total.confident += t.confident
    print()
    print("| family | pages | kept | unaddressed | OPPOSITE (>= 0.8) |")
    print("|---|---:|---:|---:|---:|")
    for family, t in families.items():
        pct = f"{t.kept / t.n:.1%}" if t.n else "n/a"
        print(f"| {family} | {t.n} | {t.kept} ({pct}) | {t.unaddressed} | {t.opposite} ({t.confident}) |")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", help="print the misses of FAMILY or FAMILY:VARIANT ('all': every miss)")
    parser.add_argument("--limit", type=int, help="stop after N cases (a quick look)")
    parser.add_argument("--cases", default="*", help="only the cases whose name matches this glob")
    parser.add_argument(
        "--corpus",
        type=pathlib.Path,
        default=CORPUS,
        help="the corpus directory (default tests/corpus; e.g. an older commit's copy, to compare)",
    )
    parser.add_argument("--family", action="append", choices=FAMILIES, help="only this family (repeatable)")
    args = parser.parse_args(argv)
    selected = [c for c in cases(args.corpus) if fnmatch.fnmatch(c.name, args.cases)]
    families = tuple(args.family or FAMILIES)
    tallies, used = sweep(selected, families, args.limit, lambda s: print(s, file=sys.stderr))
    report(tallies, used)
    if args.show:
        family, _, name = args.show.partition(":")
        print()
        for (fam, var), t in tallies.items():
            if family != "all" and (fam != family or (name and var != name)):
                continue
            for case_name, variant, sentence, finding in t.misses:
                print(
                    f"## {case_name} [{fam}:{variant}] -> "
                    f"{finding.status.value} {finding.confidence} {finding.rules}"
                )
                print("   " + " ".join(sentence.split())[:400])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
