"""Measure a blind batch of labelled cases on its first pass, record it, and add it to the corpus.

Usage: python scripts/corpus_batch.py DIR --batch N [--label TEXT] [--no-copy]

Runs the current classifier on every case in DIR (``<name>.txt`` + ``<name>.json``) without
showing any case, then:

1. prints the first-pass figures and appends a row to ``tests/corpus/BATCHES.md``
   (batch, date, cases, status accuracy, confident wrong, full-expectation passes);
2. writes each case's first-pass result to ``tests/corpus/first_pass/batch-N.jsonl`` (the
   calibration table is computed from these: ``scripts/corpus_calibration.py``);
3. copies the cases into ``tests/corpus/`` as ``bN-<name>`` (unless ``--no-copy``).

Commit what it wrote before changing any rule: the row is the batch's first-pass score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.analysis.classify.corpus import cases, confident_wrong, problems

CORPUS = ROOT / "tests" / "corpus"
BATCHES = CORPUS / "BATCHES.md"
FIRST_PASS = CORPUS / "first_pass"
HEADER = """# Corpus batches: first-pass figures

Each blind batch is measured once, with the classifier as it was before anyone read the
batch (`scripts/corpus_batch.py`); only then are its cases studied and the rules generalised.
*Status* counts cases whose status is right; *confident wrong* counts a wrong `permitted` or
`prohibited` at confidence >= 0.8; *full* counts cases whose whole expectation passes
(status, evidence, dates, conditions, awaiting_rules).

| batch | date (UTC) | cases | status accuracy | confident wrong | full expectation |
|---|---|---:|---:|---:|---:|
"""


def _first_table_end(lines: list[str]) -> int:
    """The index just after the last row of the file's first table (the batch table; later tables
    in the file, such as the paraphrase sweep's, are not it)."""
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    return end


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("--batch", type=int, required=True)
    parser.add_argument("--label", help="text for the batch column (default: the number)")
    parser.add_argument("--no-copy", action="store_true", help="measure and record only")
    args = parser.parse_args(argv)

    batch = cases(args.directory)
    if not batch:
        print(f"Error: no cases (<name>.txt with <name>.json) in {args.directory}", file=sys.stderr)
        return 2
    prefix = f"b{args.batch}-"
    if not args.no_copy:
        clash = [
            c.name
            for c in batch
            if (CORPUS / f"{c.name}.txt").exists() or (CORPUS / f"{prefix}{c.name}.txt").exists()
        ]
        if clash:
            print(f"Error: batch {args.batch} is already in tests/corpus ({clash[0]} ...)", file=sys.stderr)
            return 2
    rows = []
    for case in batch:
        finding = case.classify()
        issues = problems(case, finding)
        rows.append(
            {
                "case": case.name,
                "genre": case.expected.get("genre"),
                "expected": case.expected["status"],
                "got": finding.status.value,
                "confidence": round(finding.confidence, 3),
                "needs_review": finding.needs_review,
                "status_ok": finding.status.value == case.expected["status"],
                "confident_wrong": confident_wrong(case, finding),
                "full_ok": not issues,
            }
        )
    n = len(rows)
    ok = sum(r["status_ok"] for r in rows)
    wrong = sum(r["confident_wrong"] for r in rows)
    full = sum(r["full_ok"] for r in rows)
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M")
    label = args.label or str(args.batch)
    row = f"| {label} | {today} | {n} | {ok} ({ok / n:.0%}) | {wrong} | {full} ({full / n:.0%}) |\n"
    print(
        f"batch {label}: {n} cases, status {ok}/{n} ({ok / n:.0%}), confident wrong {wrong}, full {full}/{n}"
    )

    lines = (BATCHES.read_text(encoding="utf-8") if BATCHES.exists() else HEADER).splitlines(keepends=True)
    lines.insert(_first_table_end(lines), row)
    BATCHES.write_text("".join(lines), encoding="utf-8")
    FIRST_PASS.mkdir(exist_ok=True)
    with (FIRST_PASS / f"batch-{args.batch}.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, sort_keys=True) + "\n")
    if not args.no_copy:
        for case in batch:
            target = case.name if case.name.startswith(prefix) else f"{prefix}{case.name}"
            for suffix in (".txt", ".json"):
                shutil.copyfile(args.directory / f"{case.name}{suffix}", CORPUS / f"{target}{suffix}")
        print(f"copied {n} cases into {CORPUS.relative_to(ROOT)} as {prefix}*")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
