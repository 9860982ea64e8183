"""Run the classifier over tests/corpus and print accuracy per expected class (Markdown).

Usage: python scripts/corpus_accuracy.py [CORPUS_DIR]

A case counts as correct when its status matches; the second column also requires the
evidence substring and the effective date to match, as the corpus test does.
"""

from __future__ import annotations

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.analysis.classify.corpus import Case

CLASSES = ("permitted", "prohibited", "unaddressed")


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main(argv: list[str]) -> int:
    corpus = pathlib.Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "corpus"
    totals = {c: [0, 0, 0] for c in CLASSES}  # cases, status right, status+evidence+date right
    misses: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        case = Case.load(path)
        expected = case.expected
        finding = case.classify()  # with the case's board and jurisdiction, as the corpus test reads it
        row = totals[expected["status"]]
        row[0] += 1
        if finding.status.value != expected["status"]:
            misses.append(f"{path.stem}: expected {expected['status']}, got {finding.status.value}")
            continue
        row[1] += 1
        want = expected.get("evidence_contains")
        date = finding.effective_date.isoformat() if finding.effective_date else None
        if (not want or (finding.evidence and _ws(want) in _ws(finding.evidence))) and date == expected.get(
            "effective_date"
        ):
            row[2] += 1
    cases = sum(r[0] for r in totals.values())
    print(
        f"Corpus: {cases} labelled pages "
        f"({corpus.relative_to(ROOT) if corpus.is_relative_to(ROOT) else corpus})"
    )
    print()
    print("| expected class | cases | status correct | status + evidence + date correct |")
    print("|---|---:|---:|---:|")
    for name in CLASSES:
        n, ok, full = totals[name]
        pct = f"{ok / n:.0%}" if n else "n/a"
        pct_full = f"{full / n:.0%}" if n else "n/a"
        print(f"| {name} | {n} | {ok} ({pct}) | {full} ({pct_full}) |")
    ok_all = sum(r[1] for r in totals.values())
    full_all = sum(r[2] for r in totals.values())
    print(
        f"| **all** | {cases} | {ok_all} ({ok_all / max(cases, 1):.0%}) "
        f"| {full_all} ({full_all / max(cases, 1):.0%}) |"
    )
    for miss in misses:
        print(f"\n- {miss}", end="")
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
