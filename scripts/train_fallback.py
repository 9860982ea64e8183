"""Train the learned fallback (tracker/analysis/classify/fallback.py) on the labelled corpus.

Usage:
    python scripts/train_fallback.py              # writes classify/data/fallback-model.json.gz
    python scripts/train_fallback.py --estimate   # leave-one-batch-out estimate; writes nothing

Needs scikit-learn (the ``train`` extra: ``bash scripts/setup.sh train``). Every case of
``tests/corpus`` and of ``tests/corpus/unstudied`` (measured batches only: a batch without a
first-pass record is refused) is a page with its blind expectation, and the page examples of
``examples.py`` are pages in our own words; the model learns the wording of their passages,
masked as the module docstring says, with only terms that pages of at least ``MIN_PLACES``
jurisdictions use, so that no state's or person's name can carry a status.

``--estimate`` answers "what would the fallback have added to the rules' first pass?" without
pretending to be a blind figure: for each blind batch with a record of the rules' own first pass
(``tests/corpus/first_pass/rules_only``, batches 13-38, written by ``scripts/first_pass_rules.py``
from the commit each batch was measured on), it trains on every case outside that batch, puts the
batch's first-pass readings through ``fallback.verdict`` (as ``reconsider`` does), and prints
first-pass status accuracy without and with the fallback, what each kind of verdict (turned,
reasoned turned, overruled, doubted) righted and broke, and how many confident wrongs stay at
0.8 or above. The page examples are never held out (some were written while studying a batch):
``--no-examples`` gives the figure without them. ``--probabilities FILE`` keeps the held-out
probabilities, to score other verdict settings without retraining.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import pathlib
import re
import sys
from collections import Counter
from typing import Any

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from tracker.analysis.classify import fallback
from tracker.analysis.classify.confidence import DECISIVE_CONFIDENCE
from tracker.analysis.classify.corpus import Case, cases
from tracker.analysis.classify.examples import DECISIVE_EXAMPLES, PAGE_EXAMPLES, UNDECISIVE_EXAMPLES
from tracker.models import Profession

CORPUS = ROOT / "tests" / "corpus"
RULES_ONLY = CORPUS / "first_pass" / "rules_only"
OUT = ROOT / "tracker" / "analysis" / "classify" / "data" / fallback.MODEL
NGRAMS = 3
C = 16.0  # inverse regularisation, chosen by the leave-one-batch-out estimate (4, 16 tried)
MIN_DF = 2  # a term in one page only is that page's, not the genre's
MIN_PLACES = 5  # ... and one that pages of fewer jurisdictions use is theirs
CLASS_WEIGHT: str | None = "balanced"  # each status weighs alike (the estimate: 1,069 -> 1,075 of 1,200)


def _labelled(examples: bool = True) -> list[Case]:
    """Every corpus page with its expectation, then (``examples``) the page examples of
    ``examples.py``: short pages in our own words, many of them the traps the rules know (another
    state's law, a withdrawn opinion, a course that "does not by itself authorize")."""
    measured = []
    for d in sorted((CORPUS / "unstudied").glob("batch-*")):
        if not (CORPUS / "first_pass" / f"{d.name}.jsonl").exists():
            raise SystemExit(
                f"Error: {d} has no first-pass record; measure it (scripts/corpus_batch.py) first"
            )
        measured += cases(d)
    corpus = cases(CORPUS) + measured
    if not examples:
        return corpus
    pages = (*PAGE_EXAMPLES, *UNDECISIVE_EXAMPLES, *DECISIVE_EXAMPLES)
    examples_by_name = {
        c.name: c
        for c in (
            Case(
                f"example-{hashlib.sha1(f'{page}|{profession}|{jurisdiction}'.encode()).hexdigest()[:12]}",
                page,
                {"profession": profession, "jurisdiction": jurisdiction, "status": status},
            )
            for page, profession, jurisdiction, status in pages
        )
    }  # one page listed twice is one example
    return corpus + list(examples_by_name.values())


def _passage(case: Case) -> str:
    profession = Profession(case.expected["profession"])
    return fallback.passage(fallback.sentences(case.text, profession, case.expected.get("jurisdiction")))


def _words(passages: list[str]) -> frozenset[str]:
    return frozenset(w for p in passages for w in fallback.TOKEN.findall(p) if w.islower())


def train(passages: list[str], labels: list[str], places: list[str | None]) -> dict[str, Any]:
    """Fit the model and return it in the stored form (``fallback.Model.from_json``).

    ``places`` are the jurisdictions the passages were read for: a term enters the vocabulary
    only when pages of at least ``MIN_PLACES`` of them use it, so that no word one state's
    pages use (its code's abbreviation, its board's acronym, its officials) can carry a status.
    """
    words = _words(passages)
    texts = [fallback.names_masked(p, words) for p in passages]
    counts = CountVectorizer(ngram_range=(1, NGRAMS), min_df=MIN_DF, binary=True).fit(texts)
    present = counts.transform(texts)
    spread = np.zeros(present.shape[1], dtype=int)
    for place in set(places):
        rows = [i for i, p in enumerate(places) if p == place]
        spread += np.asarray(present[rows].max(axis=0).todense()).ravel() > 0
    names = counts.get_feature_names_out()
    vocabulary = sorted(str(names[j]) for j in np.flatnonzero(spread >= MIN_PLACES))
    vectorizer = TfidfVectorizer(ngram_range=(1, NGRAMS), sublinear_tf=True, vocabulary=vocabulary)
    matrix = vectorizer.fit_transform(texts)
    classifier = LogisticRegression(C=C, class_weight=CLASS_WEIGHT, max_iter=3000).fit(matrix, labels)
    return {
        "words": sorted(words),
        "ngrams": NGRAMS,
        "terms": vocabulary,
        "idf": [round(float(v), 6) for v in vectorizer.idf_],
        "classes": [str(c) for c in classifier.classes_],
        "coef": [[round(float(v), 6) for v in row] for row in classifier.coef_],
        "intercept": [round(float(v), 6) for v in classifier.intercept_],
    }


def _batch(name: str) -> int | None:
    m = re.match(r"b(\d+)-", name)
    return int(m.group(1)) if m else None


def _rules_first_passes() -> dict[str, dict[str, Any]]:
    """Each measured blind page's first-pass reading by the rules alone, as the commit it was
    measured on read it (``tests/corpus/first_pass/rules_only``, written and checked against the
    recorded first pass by ``scripts/first_pass_rules.py``): status, confidence and rule ids."""
    found = {}
    for path in sorted(RULES_ONLY.glob("batch-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            found[record["case"]] = record
    return found


def held_out(labelled: list[Case], passages: list[str], batches: list[int]) -> dict[str, dict[str, float]]:
    """For each batch in ``batches``, the class probabilities of its pages by a model trained on
    every other labelled page (the examples included)."""
    probs = {}
    for held in batches:
        train_idx = [i for i, c in enumerate(labelled) if _batch(c.name) != held]
        stored = train(
            [passages[i] for i in train_idx],
            [labelled[i].expected["status"] for i in train_idx],
            [labelled[i].expected.get("jurisdiction") for i in train_idx],
        )
        model = fallback.Model.from_json(stored)
        for i, case in enumerate(labelled):
            if _batch(case.name) == held:
                probs[case.name] = model.probabilities(passages[i])
    return probs


def score(
    labelled: list[Case], probs: dict[str, dict[str, float]], first: dict[str, dict[str, Any]]
) -> dict[int, Counter[str]]:
    """Per batch: the rules' first pass and what ``fallback.verdict`` (as ``reconsider`` applies
    it) makes of it, by kind of verdict: how many it righted and how many right readings it broke."""
    rows: dict[int, Counter[str]] = {}
    for case in labelled:
        record, p = first.get(case.name), probs.get(case.name)
        batch = _batch(case.name)
        if record is None or p is None or batch is None:
            continue
        want, got, confidence = case.expected["status"], record["got"], record["confidence"]
        rules = tuple(record["rules"])
        said = None
        if case.expected.get("jurisdiction") is not None and rules not in fallback.UNHEARD_READINGS:
            section = fallback.code_section(case.text)
            said = fallback.verdict(got, confidence, p, rules, section=section)
            if (
                said
                and said[1] != fallback.DOUBTED
                and said[0] != "unaddressed"
                and not fallback.quotable(case.text, case.expected.get("jurisdiction"))
            ):
                said = None  # no sentence of this state's to quote: ``reconsider`` keeps the reading
        new = said[0] if said else got
        row = rows.setdefault(batch, Counter())
        row["cases"] += 1
        row["rules"] += got == want
        row["with_fallback"] += new == want
        if got != "unaddressed" and confidence >= DECISIVE_CONFIDENCE and got != want:
            row["confident_wrong"] += 1
            row["confident_wrong_left"] += not (said and said[1] == fallback.DOUBTED)
        if said:
            kind = said[1]
            row[kind] += 1
            row[f"{kind} righted"] += got != want and new == want
            row[f"{kind} broke"] += got == want and new != want
            row["broke"] += got == want and new != want
            if kind == fallback.DOUBTED:
                row[f"{kind} a confident wrong" if got != want else f"{kind} a right reading"] += 1
    return rows


def estimate(labelled: list[Case], passages: list[str], saved: pathlib.Path | None = None) -> None:
    first = _rules_first_passes()
    batches = sorted({b for c in labelled if c.name in first and (b := _batch(c.name)) is not None})
    if saved is not None and saved.exists():  # held-out probabilities of an earlier run
        probs = json.loads(saved.read_text(encoding="utf-8"))
    else:
        probs = held_out(labelled, passages, batches)
        if saved is not None:
            saved.write_text(json.dumps(probs), encoding="utf-8")
    rows = score(labelled, probs, first)
    total: Counter[str] = Counter()
    kinds = (fallback.RULE, fallback.REASONED_RULE, fallback.OVERRULED, fallback.DOUBTED)
    for batch in batches:
        row = rows[batch]
        total.update(row)
        print(f"batch {batch}: {_summary(row, kinds)}")
    print(f"all {len(batches)} batches: {_summary(total, kinds)}")
    print("per batch with the fallback: " + ", ".join(f"{b}: {rows[b]['with_fallback']}" for b in batches))


def _summary(row: Counter[str], kinds: tuple[str, ...]) -> str:
    n = row["cases"]
    said = "; ".join(f"{k} {row[k]} (+{row[k + ' righted']} -{row[k + ' broke']})" for k in kinds if row[k])
    return (
        f"rules {row['rules']}/{n} ({row['rules'] / n:.1%}), with the fallback {row['with_fallback']}/{n} "
        f"({row['with_fallback'] / n:.1%}), right readings broken {row['broke']}; {said}; confident wrong "
        f"{row['confident_wrong']}, {row['confident_wrong_left']} left at >= 0.8"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--estimate", action="store_true", help="leave-one-batch-out estimate; writes nothing"
    )
    parser.add_argument(
        "--no-examples", action="store_true", help="with --estimate: train on the corpus only"
    )
    parser.add_argument(
        "--probabilities",
        type=pathlib.Path,
        help="with --estimate: read the held-out probabilities from this file if it exists, else "
        "write them there (to score other verdict settings without retraining; delete it after any "
        "change to the corpus, the masking or the training)",
    )
    args = parser.parse_args()
    labelled = _labelled(examples=not args.no_examples)
    passages = [_passage(c) for c in labelled]
    if args.estimate:
        estimate(labelled, passages, args.probabilities)
        return 0
    stored = train(
        passages, [c.expected["status"] for c in labelled], [c.expected.get("jurisdiction") for c in labelled]
    )
    stored["trained_on"] = sorted({c.name for c in labelled})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(gzip.compress(json.dumps(stored, separators=(",", ":")).encode(), mtime=0))
    print(f"{len(labelled)} cases, {len(stored['terms'])} terms: wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
