"""Recover the rules' own first-pass reading of the batches measured with the learned fallback.

Usage: python scripts/first_pass_rules.py [--batches 31 32 ...]

From batch 31 on, a batch's first pass (``tests/corpus/first_pass/batch-N.jsonl``) is the
classifier's whole reading: the rules, then the fallback. The fallback's leave-one-batch-out
estimate (``scripts/train_fallback.py --estimate``) needs what the rules alone read then. This
script takes the code of the commit each batch was measured on (``MEASURED_ON``, from
``BATCHES.md``) out of git into a temporary directory, reads each of the batch's pages with that
commit's ``engine.read_rules`` and ``engine.classify_text`` (its rules and its shipped model), checks
that the whole reading is the recorded first pass, and writes the rules' reading to
``tests/corpus/first_pass/rules_only/batch-N.jsonl``. A batch whose reading differs from its
record is refused: then the record was not made on that commit.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tarfile
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
FIRST_PASS = CORPUS / "first_pass"
OUT = FIRST_PASS / "rules_only"
# main's commit each batch was measured on (BATCHES.md: "measured at ... on main <commit>")
# (before batch 31 the classifier was the rules alone: its whole reading is theirs)
MEASURED_ON = {
    13: "ddaa460",
    14: "ddaa460",
    15: "8911a54",
    16: "8911a54",
    17: "742f37b",
    18: "742f37b",
    19: "18a51fe",
    20: "18a51fe",
    21: "e5713bf",
    22: "e5713bf",
    23: "ffbff06",
    24: "ffbff06",
    25: "b4f16f3",
    26: "b4f16f3",
    27: "ae64518",
    28: "ae64518",
    29: "4467699",
    30: "4467699",
    31: "971061f",
    32: "971061f",
    33: "4e2bb17",
    34: "4e2bb17",
    35: "e7cdae4",
    36: "e7cdae4",
    37: "78e6432",
    38: "78e6432",
}

_READ = """
import json, pathlib, sys
from tracker.analysis.classify import engine
from tracker.models import Profession
for line in sys.stdin:
    page = pathlib.Path(line.strip())
    text = page.read_text(encoding="utf-8")
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    kw = dict(board=expected.get("board"), jurisdiction=expected.get("jurisdiction"))
    profession = Profession(expected["profession"])
    whole = engine.classify_text(text, profession, **kw)
    rules = engine.read_rules(text, profession, **kw) if hasattr(engine, "read_rules") else whole
    print(json.dumps({
        "case": page.stem,
        "got": rules.status.value,
        "confidence": round(rules.confidence, 3),
        "rules": list(rules.rules),
        "whole_got": whole.status.value,
        "whole_confidence": round(whole.confidence, 3),
        "whole_rules": list(whole.rules),
    }))
"""


def _pages(batch: int) -> list[pathlib.Path]:
    found = sorted(CORPUS.glob(f"b{batch}-*.txt")) + sorted(
        (CORPUS / "unstudied").glob(f"batch-{batch}/*.txt")
    )
    return [p for p in found if p.with_suffix(".json").exists()]


def read_at(commit: str, pages: list[pathlib.Path]) -> list[dict[str, object]]:
    """Each page's reading by the code of ``commit`` (its ``tracker`` package, model included)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "tracker"], check=True, capture_output=True
        ).stdout
        tar = pathlib.Path(tmp) / "code.tar"
        tar.write_bytes(archive)
        with tarfile.open(tar) as t:
            t.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": tmp}
        out = subprocess.run(
            [sys.executable, "-c", _READ],
            input="".join(f"{p}\n" for p in pages),
            capture_output=True,
            text=True,
            check=True,
            cwd=tmp,
            env=env,
        ).stdout
    return [json.loads(line) for line in out.splitlines()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batches", type=int, nargs="*", default=sorted(MEASURED_ON))
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    for batch in args.batches:
        record = {
            r["case"]: r
            for r in map(
                json.loads, (FIRST_PASS / f"batch-{batch}.jsonl").read_text(encoding="utf-8").splitlines()
            )
        }
        read = read_at(MEASURED_ON[batch], _pages(batch))
        if {r["case"] for r in read} != set(record):
            print(f"Error: batch {batch}'s pages are not the recorded ones", file=sys.stderr)
            return 1
        differ = [
            r["case"]
            for r in read
            if (r["whole_got"], r["whole_confidence"])
            != (record[r["case"]]["got"], record[r["case"]]["confidence"])
        ]
        if differ:
            print(
                f"Error: batch {batch} does not read on {MEASURED_ON[batch]} as recorded: {differ[:5]}",
                file=sys.stderr,
            )
            return 1
        with (OUT / f"batch-{batch}.jsonl").open("w", encoding="utf-8") as fh:
            for r in sorted(read, key=lambda r: str(r["case"])):
                fh.write(json.dumps({"measured_on": MEASURED_ON[batch], **r}, sort_keys=True) + "\n")
        turned = sum(r["got"] != r["whole_got"] for r in read)
        print(
            f"batch {batch}: {len(read)} pages read on {MEASURED_ON[batch]} as recorded; "
            f"the fallback changed {turned}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
