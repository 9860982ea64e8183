"""Profile a cold ``scopewatch run`` with py-spy, its worker process included.

    pip install py-spy
    python bench/profile.py --pages 300 [--raw OUT.txt]

Samples the CLI process (which crawls) and the worker it forks to extract and classify
pages (``--subprocesses``; a crawler child too, if one runs), only while a thread is
running (py-spy's default: waiting is not counted), and sorts every sample into a stage:
imports, crawl (parent side), extraction, classification, DB writes, legality, reports...
A stage is the first rule below that matches any frame of the sample, so an import done
lazily inside classification counts as an import.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import sitegen
from bench.run import clean_env, compile_scopewatch, script
from bench.server import BenchServer

RATE = 200  # samples per second

# py-spy counts some blocked threads as running (Twisted's idle thread pool, the reader queue).
WAITING = ("Condition.wait (", "Event.wait (", "Thread.join (", ".select (", ".poll (", "Lock.acquire (")
STAGES: list[tuple[str, tuple[str, ...]]] = [
    ("imports (module loading)", ("_find_and_load",)),
    ("extract: PDF (pdfium)", ("pypdfium2/", "pypdf/")),
    ("extract: HTML (tracker/fetch/extract.py)", ("tracker/fetch/extract.py",)),
    ("classify (findings.classify_snapshots)", ("classify_snapshots", "tracker/analysis/classify/")),
    ("DB writes (streamed: ResultWriter, findings)", ("record_results", "ResultWriter", "_Stream.")),
    ("wording diffs (wording.record)", ("tracker/analysis/wording.py",)),
    ("legality.update", ("tracker/analysis/legality.py",)),
    ("changes.record", ("tracker/analysis/changes.py",)),
    ("reports (tracker/outputs/report)", ("tracker/outputs/report/",)),
    ("notify", ("tracker/outputs/notify.py",)),
    (
        "registry, sources, open_db",
        (
            "tracker/sources/registry.py",
            "tracker/store/snapshots.py",
            "tracker/store/db.py",
            "tracker/store/migrations.py",
            "tracker/store/runs.py",
        ),
    ),
    ("worker: waiting for work, sending results", ("concurrent/futures/process.py", "multiprocessing/")),
    ("robots.txt", ("robotstxt", "robots.py")),
    ("scrapy/twisted: requests, responses, items", ("scrapy/", "twisted/", "scrapers/")),
    ("crawl, parent side of a crawler child (spawn, read JSON lines)", ("tracker/fetch/crawl.py",)),
]


def parse(raw: Path) -> dict[str, collections.Counter[tuple[str, ...]]]:
    """py-spy raw lines -> {process label: Counter(stack tuple -> samples)}."""
    by_process: dict[str, collections.Counter[tuple[str, ...]]] = collections.defaultdict(collections.Counter)
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = stack.split(";")
        depth = 0
        while depth < len(frames) and frames[depth].startswith("process "):
            depth += 1  # a child's stacks start with its parents' process frames
        if depth == 0:
            continue
        process = frames[depth - 1]
        if "scrapers.runner" in process:
            label = "crawler child (scrapers.runner)"
        elif depth > 1:  # forked from the CLI: the same command line, one level down
            label = "worker (extract, classify)"
        else:
            label = "scopewatch run (CLI, crawling)"
        by_process[label][tuple(frames[depth:])] += int(count)
    return by_process


def stage(frames: tuple[str, ...]) -> str:
    if not frames or frames[-1].startswith(WAITING):
        return "waiting (blocked threads py-spy counted)"
    for name, needles in STAGES:
        if any(needle in frame for frame in frames for needle in needles):
            return name
    return "other"


def report(by_process: dict[str, collections.Counter[tuple[str, ...]]], top: int = 12) -> None:
    total = sum(sum(c.values()) for c in by_process.values())
    print(f"CPU samples at {RATE}/s: {total} ({total / RATE:.1f} s of running threads)\n")
    for label, stacks in sorted(by_process.items()):
        n = sum(stacks.values())
        print(f"== {label}: {n / RATE:.1f} s ({100 * n / total:.0f}% of all)")
        stages: collections.Counter[str] = collections.Counter()
        for frames, count in stacks.items():
            stages[stage(frames)] += count
        for name, count in stages.most_common():
            print(f"   {count / RATE:7.2f} s {100 * count / n:5.1f}%  {name}")
        leaves: collections.Counter[str] = collections.Counter()
        for frames, count in stacks.items():
            if frames:
                leaves[frames[-1]] += count
        print(f"   top {top} self time:")
        for frame, count in leaves.most_common(top):
            print(f"   {count / RATE:7.2f} s {100 * count / n:5.1f}%  {frame}")
        ours: collections.Counter[str] = collections.Counter()
        for frames, count in stacks.items():
            for frame in {f for f in frames if "tracker/" in f or "scrapers/" in f}:
                ours[frame.split(":")[0] + ")"] += count  # the function, any line
        print(f"   top {top} of our functions, inclusive:")
        for frame, count in ours.most_common(top):
            print(f"   {count / RATE:7.2f} s {100 * count / n:5.1f}%  {frame}")
        print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument(
        "--run",
        choices=("cold", "warm"),
        default="cold",
        help="profile the first run (empty database) or a second one (nothing changed)",
    )
    parser.add_argument("--tree", type=Path, help="profile scopewatch from this source tree (a scratch copy)")
    parser.add_argument("--raw", type=Path, help="keep py-spy's raw (collapsed stacks) output here")
    args = parser.parse_args(argv)
    spy = shutil.which("py-spy")
    if spy is None:
        print("Error: py-spy is not installed: pip install py-spy", file=sys.stderr)
        return 2
    compile_scopewatch(args.tree)
    with tempfile.TemporaryDirectory(prefix="scopewatch-profile-") as tmp:
        root = Path(tmp)
        pages = sitegen.generate(root / "site", args.pages, args.seed)
        raw = args.raw or root / "raw.txt"
        with BenchServer(root / "site") as server:
            sitegen.write_registry(root / "sources.toml", pages, server.base_url)
            run = [
                sys.executable,
                script("scopewatch"),
                "run",
                "--sources",
                str(root / "sources.toml"),
                "--db",
                str(root / "p.db"),
                "--reports",
                str(root / "reports"),
                "--delay",
                "0",
            ]
            env = clean_env(root / "home", args.tree)
            if args.run == "warm":
                subprocess.run(run, cwd=root, env=env, capture_output=True, check=True)
            cmd = [
                spy,
                "record",
                "--subprocesses",
                "--format",
                "raw",
                "--rate",
                str(RATE),
                "-o",
                str(raw),
                "--",
                *run,
            ]
            done = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                print(f"Error: profiled run failed:\n{done.stdout}\n{done.stderr[-3000:]}", file=sys.stderr)
                return 1
            print(next((ln for ln in done.stdout.splitlines() if ln.startswith("run ")), done.stdout.strip()))
        report(parse(raw))
    return 0


if __name__ == "__main__":
    sys.exit(main())
