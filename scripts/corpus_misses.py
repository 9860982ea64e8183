"""Write tests/corpus/KNOWN_MISSES.json: the cases whose status is right but some other part of
the expectation (evidence, dates, conditions) the classifier does not yet produce.

Usage: python scripts/corpus_misses.py

The corpus test asserts every case's status without exception, and every other key except the
ones listed here for that case; it also fails when a listed miss starts passing, so the list
only shrinks. A wrong status is never listed: it fails the test.
"""

from __future__ import annotations

import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.analysis.classify.corpus import aspect, cases, problems

CORPUS = ROOT / "tests" / "corpus"


def main() -> int:
    misses: dict[str, list[str]] = {}
    for case in cases(CORPUS):
        found = problems(case, case.classify())
        if any(aspect(p) == "status" for p in found):
            print(f"Error: {case.name} has a wrong status; fix the classifier, not the list", file=sys.stderr)
            return 1
        if found:
            misses[case.name] = sorted({aspect(p) for p in found})
    path = CORPUS / "KNOWN_MISSES.json"
    path.write_text(json.dumps(misses, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(misses)} cases with known misses written to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
