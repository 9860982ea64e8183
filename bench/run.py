"""Benchmark: scopewatch against urlwatch on the same synthetic board pages.

    python bench/run.py --pages 300

Generates the pages, serves them from a threaded loopback server with real 304s, and
measures each run as a whole process: scopewatch cold (empty database), warm (nothing
changed), drift (a few pages rewritten); urlwatch cold and warm with an equivalent filter
(``css: main`` then ``html2text``) and its own cache in the temp dir. Prints a table, the
goal checks, and last ``ratio_vs_urlwatch_cold=X ratio_vs_urlwatch_warm=Y`` (urlwatch's
seconds over scopewatch's). See bench/README.md.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import sqlite3
import statistics
import sys
import sysconfig
import tempfile
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import measure, sitegen
from bench.server import BenchServer
from tracker.fetch.options import DEFAULTS

# urlwatch's worker pool size is a module constant (urlwatch.worker.MAX_WORKERS = 10) with no
# option; the hooks file urlwatch imports before running sets it to scopewatch's concurrency.
HOOKS = "import urlwatch.worker\nurlwatch.worker.MAX_WORKERS = {workers}\n"
URLWATCH_CONFIG = "report:\n  stdout:\n    enabled: true\n    color: false\n"
MB = 1024 * 1024


@dataclass
class Row:
    run: str
    pages: int
    m: measure.Measurement
    store_bytes: int
    rows_written: int | str
    http: str


@dataclass
class Line:
    """One run kind over the rounds: the median wall time, the highest peak."""

    rows: list[Row]

    @property
    def wall(self) -> float:
        return statistics.median(r.m.wall for r in self.rows)

    def cells(self) -> list[str]:
        last = self.rows[-1]
        walls = sorted(r.m.wall for r in self.rows)
        spread = f"{walls[0]:.2f}-{walls[-1]:.2f}" if len(walls) > 1 else "-"
        return [
            last.run,
            f"{self.wall:.2f}",
            spread,
            f"{last.pages / self.wall:.1f}",
            f"{max(r.m.peak_tree_rss for r in self.rows) / MB:.0f}",
            f"{max(r.m.peak_root_rss for r in self.rows) / MB:.0f}",
            f"{last.store_bytes / MB:.2f}",
            str(last.rows_written),
            last.http,
        ]


HEADER = [
    "run",
    "wall s",
    "range s",
    "pages/s",
    "peak RSS MB",
    "main proc MB",
    "store MB",
    "rows written",
    "HTTP responses",
]


def script(name: str) -> str:
    """The real console script, not a pyenv/asdf shim (its bash start-up is not the tool's)."""
    path = Path(sysconfig.get_path("scripts")) / name
    if not path.exists():
        sys.exit(f"Error: {name} is not installed in {path.parent}: pip install -e '.[bench]'")
    return str(path)


def clean_env(home: Path, tree: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCOPEWATCH_")}
    if tree is not None:  # a scratch copy of the source tree shadows the installed package
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(tree.resolve()), env.get("PYTHONPATH")) if p)
    # nothing may read or write the user's home (urlwatch's default dirs, keyring, caches)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        NO_COLOR="1",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def compile_scopewatch(tree: Path | None) -> None:
    """Compile scopewatch's packages (the tree's, or the ones this Python imports) once, as pip
    compiles an installed package (urlwatch's is): the runs set PYTHONDONTWRITEBYTECODE, so a
    source tree or an editable install was compiled again by every run (0.13 s of CPU in a
    warm run of 300 pages)."""
    for package in ("tracker", "scrapers"):
        if tree is not None:
            folders = [tree / package]
        else:
            spec = importlib.util.find_spec(package)
            folders = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
        for folder in folders:
            compileall.compile_dir(folder, quiet=1, workers=0)


def file_size(*paths: Path) -> int:
    return sum(p.stat().st_size for p in paths if p.exists())


def count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        try:
            return int(conn.execute(sql).fetchone()[0])
        except sqlite3.OperationalError:  # table not created yet
            return 0


class Scopewatch:
    def __init__(
        self, work: Path, sources: Path, timeout: float, tree: Path | None, concurrency: int
    ) -> None:
        self.work = work
        self.db = work / "scopewatch.db"
        self.cmd = [
            script("scopewatch"),
            "run",
            "--sources",
            str(sources),
            "--db",
            str(self.db),
            "--reports",
            str(work / "reports"),
            "--delay",
            "0",
            "--timeout",
            str(timeout),
            "--concurrency",
            str(concurrency),
        ]
        self.env = clean_env(work / "home", tree)

    def counts(self) -> dict[str, int]:
        return {
            table: count(self.db, f"select count(*) from {table}")
            for table in ("snapshots", "findings", "checks", "changes", "wording_changes")
        }

    def run(self, label: str, pages: int, server: BenchServer) -> tuple[Row, dict[str, int]]:
        before = self.counts()
        server.take_statuses()
        m = measure.run(self.cmd, env=self.env, cwd=self.work)
        if m.returncode != 0:
            sys.exit(
                f"Error: scopewatch {label} run failed ({m.returncode}):\n{m.stdout}\n{m.stderr[-3000:]}"
            )
        added = {k: v - before[k] for k, v in self.counts().items()}
        failed = count(
            self.db,
            "select count(*) from checks where run_id = (select max(id) from runs) "
            "and outcome not in ('fetched', 'not_modified')",
        )
        if failed:
            print(
                f"warning: scopewatch {label}: {failed} sources failed: {m.stdout.strip()}", file=sys.stderr
            )
        store = file_size(self.db, Path(f"{self.db}-wal"))
        return Row(f"scopewatch {label}", pages, m, store, added["snapshots"], _statuses(server)), added


class Urlwatch:
    def __init__(self, work: Path, pages: list[sitegen.Page], base_url: str, workers: int) -> None:
        self.work = work
        work.mkdir(parents=True, exist_ok=True)
        self.cache = work / "cache.db"
        urls, config, hooks = work / "urls.yaml", work / "urlwatch.yaml", work / "hooks.py"
        pdf_text = has_pdftotext()
        jobs = (_urlwatch_job(p, base_url, pdf_text) for p in pages)
        urls.write_text("---\n".join(jobs), encoding="utf-8")
        config.write_text(URLWATCH_CONFIG, encoding="utf-8")
        hooks.write_text(HOOKS.format(workers=workers), encoding="utf-8")
        self.cmd = [
            script("urlwatch"),
            "--urls",
            str(urls),
            "--config",
            str(config),
            "--hooks",
            str(hooks),
            "--cache",
            str(self.cache),
        ]
        self.env = clean_env(work / "home")

    def run(self, label: str, pages: int, server: BenchServer) -> Row:
        before = count(self.cache, "select count(*) from CacheEntry")
        server.take_statuses()
        m = measure.run(self.cmd, env=self.env, cwd=self.work)
        errors = m.stdout.count("ERROR: ")
        if m.returncode != 0 or errors:
            print(
                f"warning: urlwatch {label}: exit {m.returncode}, {errors} job errors\n{m.stderr[-2000:]}",
                file=sys.stderr,
            )
        added = count(self.cache, "select count(*) from CacheEntry") - before
        return Row(f"urlwatch {label}", pages, m, file_size(self.cache), f"{added} cache", _statuses(server))


def has_pdftotext() -> bool:
    """urlwatch's pdf2text filter needs the ``pdftotext`` module (bench/setup.sh installs it)."""
    return importlib.util.find_spec("pdftotext") is not None


def _urlwatch_job(page: sitegen.Page, base_url: str, pdf_text: bool) -> str:
    job = f"name: {page.id}\nurl: {base_url}{page.path}\n"
    if page.kind == "html":
        job += "filter:\n  - css: main\n  - html2text\n"
    elif pdf_text:  # the text of the PDF, as scopewatch stores it
        job += "filter:\n  - pdf2text\n"
    return job


def _statuses(server: BenchServer) -> str:
    seen = server.take_statuses()
    return " ".join(f"{code}x{n}" for code, n in sorted(seen.items()))


def print_table(lines: list[Line]) -> None:
    table = [HEADER, *(line.cells() for line in lines)]
    widths = [max(len(row[i]) for row in table) for i in range(len(HEADER))]
    for index, row in enumerate(table):
        print(" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("-+-".join("-" * w for w in widths))


def one_round(
    args: argparse.Namespace, root: Path, concurrency: int, pdf_share: float
) -> tuple[list[Row], dict[str, dict[str, int]]]:
    """Fresh pages, an empty database and an empty cache; every run kind once."""
    site, sw_dir, uw_dir = root / "site", root / "scopewatch", root / "urlwatch"
    sw_dir.mkdir(parents=True)
    pages = sitegen.generate(site, args.pages, args.seed, pdf_share)
    with BenchServer(site) as server:
        sources = root / "sources.toml"
        sitegen.write_registry(sources, pages, server.base_url)
        sw = Scopewatch(sw_dir, sources, args.timeout, args.tree, concurrency)
        uw = Urlwatch(uw_dir, pages, server.base_url, concurrency)
        cold, _ = sw.run("cold", args.pages, server)
        warm, warm_added = sw.run("warm", args.pages, server)
        uw_cold = uw.run("cold", args.pages, server)
        uw_warm = uw.run("warm", args.pages, server)
        # last, so urlwatch saw the same bytes as scopewatch's cold and warm runs
        changed = sitegen.drift(site, pages, args.drift, seed=args.seed)
        server.reload()
        drift, drift_added = sw.run(f"drift {len(changed)}", args.pages, server)
    added = {"warm": warm_added, "drift": drift_added, "changed": {"pages": len(changed)}}
    return [cold, warm, drift, uw_cold, uw_warm], added


# The goals of issue 15 (bench/README.md): ratios are urlwatch's seconds over scopewatch's.
WARM_GOAL_SMALL, WARM_GOAL_LARGE, LARGE = 1.0, 5.0, 10_000
COLD_GOAL, COLD_GOAL_FROM = 0.6, 1_000
RSS_GOAL_MB = 150
VARIANTS = {
    "html": ("HTML only: every page is HTML", 0.0),
    "pdf": ("like for like: one page in ten is a PDF, and urlwatch reads its text too", sitegen.PDF_SHARE),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1, help="rounds; the table shows medians [1]")
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument("--drift", type=float, default=0.05, help="fraction of pages changed [0.05]")
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULTS.timeout,
        help=f"per-request timeout, seconds [{DEFAULTS.timeout:g}]",
    )
    parser.add_argument("--tree", type=Path, help="run scopewatch from this source tree (a scratch copy)")
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and keep it [a temp dir]")
    parser.add_argument(
        "--variant",
        choices=("both", *VARIANTS),
        default="both",
        help="HTML-only pages, the like-for-like mix with PDFs, or both (like for like last) [both]",
    )
    args = parser.parse_args(argv)
    if importlib.util.find_spec("urlwatch") is None:
        print("Error: urlwatch is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    if args.variant != "html" and not has_pdftotext():
        print(
            "warning: the pdftotext module is missing (bash bench/setup.sh installs it): urlwatch "
            "fetches the PDFs without reading their text, so the PDF variant is not like for like",
            file=sys.stderr,
        )
    compile_scopewatch(args.tree)
    concurrency = DEFAULTS.concurrency  # passed to both tools explicitly
    print(
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}; concurrency {concurrency} for both tools; "
        f"{args.repeat} round(s) per variant",
        flush=True,
    )
    variants = list(VARIANTS) if args.variant == "both" else [args.variant]
    for name in variants:
        title, share = VARIANTS[name]
        print(f"\n## {title}\n", flush=True)
        run_variant(args, name, share, concurrency)
    return 0


def run_variant(args: argparse.Namespace, name: str, pdf_share: float, concurrency: int) -> None:
    rounds: list[list[Row]] = []
    checks_in: list[dict[str, dict[str, int]]] = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="scopewatch-bench-") as tmp:
        for index in range(args.repeat):
            root = (args.keep or Path(tmp)) / name / f"round-{index + 1}"
            rows, added = one_round(args, root, concurrency, pdf_share)
            rounds.append(rows)
            checks_in.append(added)
            if index == 0:
                site = root / "site"
                sizes = [p.stat().st_size for p in site.rglob("*.*")]
                print(
                    f"{args.pages} pages ({len(list(site.rglob('*.pdf')))} PDF), {sum(sizes) / MB:.1f} MB, "
                    f"{min(sizes) // 1024}-{max(sizes) // 1024} KB each",
                    flush=True,
                )
    lines = [Line([r[i] for r in rounds]) for i in range(len(rounds[0]))]
    cold, warm, drift, uw_cold, uw_warm = lines

    print(f"load average (1 min) before {load_before:.2f}, after {os.getloadavg()[0]:.2f}\n")
    print_table(lines)
    print()
    ratio_cold = uw_cold.wall / cold.wall
    ratio_warm = uw_warm.wall / warm.wall
    warm_new = [(a["warm"]["snapshots"], a["warm"]["findings"]) for a in checks_in]
    drift_new = [(a["drift"]["snapshots"], a["changed"]["pages"]) for a in checks_in]
    peak = max(r.m.peak_tree_rss for line in (cold, warm, drift) for r in line.rows)
    warm_goal = WARM_GOAL_LARGE if args.pages >= LARGE else WARM_GOAL_SMALL
    checks = [
        (f"warm: ratio vs urlwatch >= {warm_goal:g} ({ratio_warm:.2f})", ratio_warm >= warm_goal),
        (
            f"warm: no new snapshots nor findings (per round: {warm_new})",
            all(s == 0 and f == 0 for s, f in warm_new),
        ),
        (
            f"drift: snapshots written == pages changed (per round: {drift_new})",
            all(s == c for s, c in drift_new),
        ),
        (
            f"peak RSS (tree) under {RSS_GOAL_MB} MB in every scopewatch run ({peak / MB:.0f} MB)",
            peak < RSS_GOAL_MB * MB,
        ),
    ]
    if args.pages >= COLD_GOAL_FROM:
        checks.insert(
            0, (f"cold: ratio vs urlwatch >= {COLD_GOAL:g} ({ratio_cold:.2f})", ratio_cold >= COLD_GOAL)
        )
    else:
        print(
            f"info cold: ratio vs urlwatch {ratio_cold:.2f} "
            f"(the goal of {COLD_GOAL:g} holds from {COLD_GOAL_FROM} pages)"
        )
    for text, ok in checks:
        print(f"{'ok  ' if ok else 'FAIL'} {text}")
    last = checks_in[-1]["drift"]
    print(
        f"     drift also wrote {last['findings']} findings, {last['changes']} status changes, "
        f"{last['wording_changes']} wording changes"
    )
    print(f"ratio_vs_urlwatch_cold={ratio_cold:.2f} ratio_vs_urlwatch_warm={ratio_warm:.2f}")


if __name__ == "__main__":
    sys.exit(main())
