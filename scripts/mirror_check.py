"""Replay the offline mirror through the classifier and print one line per page, for review by eye.

Usage: python scripts/mirror_check.py [--mirror DIR] [--night YYYY-MM-DD] [--source TEXT]
                                      [--width N] [--text] [--sources PATH]

For every night under ``data/mirror/`` and every registry source, the page is extracted as the
crawler extracts it (``tracker.fetch.extract.extract_text`` with the source's selector) and classified
for the source's own profession with its board as the publisher hint. Each line gives:
night, source id, authority, status, confidence, effective date, conditions, rules, evidence.
Pages the mirror records as HTTP errors are listed as ``http-<status>`` and not classified (the
crawler treats them as failed fetches); pages a night marks as not published yet are listed as
``not-published-yet``.

``--text`` also prints the extracted text under each line, so a page can be read and judged
in the same view. This script asserts nothing: the mirror states real-world facts, and no
committed file says what a state's status is; keep review notes outside the repository.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker.analysis.classify import classify_text
from tracker.fetch.extract import ExtractError, extract_text
from tracker.fetch.mirror import list_nights, load_manifest
from tracker.sources import registry


def _conditions(finding) -> str:  # type: ignore[no-untyped-def]
    return ",".join(f"{k}={v}" for k, v in finding.conditions.as_dict().items() if v is not None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=pathlib.Path, default=ROOT / "data" / "mirror")
    parser.add_argument("--sources", type=pathlib.Path, default=ROOT / "data" / "sources.toml")
    parser.add_argument("--night", help="only this night (YYYY-MM-DD)")
    parser.add_argument("--source", help="only sources whose id contains this text")
    parser.add_argument("--width", type=int, default=140, help="evidence is cut to this many characters")
    parser.add_argument("--text", action="store_true", help="also print each page's extracted text")
    args = parser.parse_args(argv)

    sources = registry.load(args.sources)
    nights = [n for n in list_nights(args.mirror) if not args.night or n.name == args.night]
    slowest = (0.0, "")
    for night in nights:
        manifest = load_manifest(night)
        for source in sources:
            if args.source and args.source not in source.id:
                continue
            head = f"{night.name} {source.id:<34} {source.authority.value:<14}"
            page = manifest.get(source.url)
            if page is None:
                print(f"{head} not-in-mirror")
                continue
            if not page.published:
                print(f"{head} not-published-yet")
                continue
            if page.status >= 400:
                print(f"{head} http-{page.status}")
                continue
            try:
                text = extract_text(
                    page.path.read_bytes(), page.content_type, url=page.final_url, selector=source.selector
                )
            except (OSError, ExtractError) as exc:
                print(f"{head} extract-error {exc}")
                continue
            start = time.perf_counter()
            finding = classify_text(text, source.profession, board=source.board)
            elapsed = time.perf_counter() - start
            slowest = max(slowest, (elapsed, f"{night.name} {source.id}"))
            evidence = " ".join((finding.evidence or "-").split())
            if len(evidence) > args.width:
                evidence = evidence[: args.width - 3] + "..."
            date = finding.effective_date.isoformat() if finding.effective_date else "-"
            print(
                f"{head} {finding.status.value:<11} {finding.confidence:.2f} {date:<10} "
                f"[{_conditions(finding)}] {','.join(finding.rules)} | {evidence}"
            )
            if args.text:
                print("    " + text.replace("\n", "\n    ") + "\n")
    if slowest[1]:
        print(f"# slowest classification: {slowest[0] * 1000:.1f} ms ({slowest[1]})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
