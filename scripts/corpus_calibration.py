"""Calibration of the classifier's confidence, from the blind batches' first passes.

Usage: python scripts/corpus_calibration.py [--batches N M ...]

Reads ``tests/corpus/first_pass/batch-N.jsonl`` (written by ``scripts/corpus_batch.py`` before
any rule was changed for that batch; batch 0, written with the rules, is left out) and prints,
per confidence band, how many cases fell in it and the share whose status was right.
"""

from __future__ import annotations

import argparse
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIRST_PASS = ROOT / "tests" / "corpus" / "first_pass"
BANDS = ((0.9, 1.01, "0.9-1.0"), (0.8, 0.9, "0.8-0.9"), (0.65, 0.8, "0.65-0.8"), (0.5, 0.65, "0.5-0.65"))
BANDS += ((0.0, 0.5, "below 0.5 (unaddressed, needs review)"),)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", type=int, nargs="*", help="batch numbers (default: every blind batch)")
    args = parser.parse_args(argv)
    rows = []
    used = []
    for path in sorted(FIRST_PASS.glob("batch-*.jsonl"), key=lambda p: int(p.stem.split("-")[1])):
        number = int(path.stem.split("-")[1])
        if number == 0 or (args.batches and number not in args.batches):
            continue
        used.append(number)
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        print("No blind first passes recorded yet (tests/corpus/first_pass/batch-N.jsonl).")
        return 0
    print(f"First passes of blind batches {', '.join(map(str, used))}: {len(rows)} cases")
    print()
    print("| confidence | cases | status correct |")
    print("|---|---:|---:|")
    for low, high, name in BANDS:
        band = [r for r in rows if low <= r["confidence"] < high]
        right = sum(r["status_ok"] for r in band)
        share = f"{right / len(band):.0%}" if band else "n/a"
        print(f"| {name} | {len(band)} | {right} ({share}) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
