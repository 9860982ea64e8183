"""Child-process entry point: ``python -m scrapers.runner IN.json``.

Reads ``{"options": {...}, "requests": [{"source", "etag", "last_modified"}]}`` (options:
:meth:`CrawlOptions.as_json`), runs the registry spider once, and writes one JSON line per
:class:`~tracker.models.FetchResult` to stdout as it is
scraped. Everything else (logs, stray prints) goes to stderr. Twisted's reactor cannot
restart, which is why :func:`tracker.fetch.crawl.crawl` runs this in a fresh process each time.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import signal
import sys
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from scrapers import settings as default_settings
from scrapers.resolver import parse_hosts
from scrapers.spiders.registry import RegistrySpider
from tracker.fetch.options import CrawlOptions
from tracker.models import FetchResult

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask Linux to SIGKILL us when the parent dies (no orphan crawls)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # the parent already died before prctl
        os._exit(1)


def build_settings(options: dict[str, Any]) -> Settings:
    """The project's settings with the run's :class:`CrawlOptions` over them."""
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    settings.setdict(
        {
            **CrawlOptions.from_json(options).scrapy_settings(),
            "SCOPEWATCH_HOSTS": parse_hosts(os.environ.get("SCOPEWATCH_HOSTS")),
            "LOG_LEVEL": os.environ.get("SCOPEWATCH_CRAWL_LOG_LEVEL", "WARNING"),
        },
        priority="cmdline",
    )
    return settings


class _NoTraceback(logging.Filter):
    """One line per robots.txt download error: the page's own result says what failed."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True


def run(spec: dict[str, Any], out: TextIO) -> bool:
    """Run the crawl; False if it could not run (the error is logged to stderr)."""
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(_NoTraceback())
    process = CrawlerProcess(build_settings(spec.get("options", {})))
    crawler = process.create_crawler(RegistrySpider)

    def emit(item: FetchResult, **_: Any) -> None:
        out.write(json.dumps(item.as_json(), ensure_ascii=False) + "\n")
        out.flush()

    crawler.signals.connect(emit, signal=signals.item_scraped)
    failures: list[Any] = []
    done = process.crawl(crawler, requests=spec["requests"])
    done.addErrback(lambda failure: failures.append(failure))
    process.start()
    for failure in failures:
        print(f"crawl failed: {failure.getTraceback()}", file=sys.stderr)
    return not failures


def main(argv: list[str]) -> int:
    die_with_parent()
    if len(argv) != 2:
        print("usage: python -m scrapers.runner IN.json", file=sys.stderr)
        return 2
    # Results own fd 1; anything printed by accident goes to stderr instead.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    with open(argv[1], encoding="utf-8") as fh:
        spec = json.load(fh)
    ok = run(spec, out)
    out.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
