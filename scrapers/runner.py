"""Run the registry spider: in this process (:func:`run_here`), or as a child process
(``python -m scrapers.runner IN.json``).

A spec is ``{"options": {...}, "requests": [{"source", "etag", "last_modified"}]}`` (options:
:meth:`CrawlOptions.as_json`). The child writes one JSON line per
:class:`~tracker.models.FetchResult` to stdout as it is scraped; everything else (logs,
stray prints) goes to stderr. Twisted's reactor cannot restart, so :func:`run_here` works
once per process; :func:`tracker.fetch.crawl.crawl` uses the child after that.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import signal
import sys
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any, TextIO

from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from scrapers import settings as default_settings
from scrapers.resolver import parse_hosts
from scrapers.spiders.registry import RegistrySpider
from tracker.fetch.options import CrawlOptions, CrawlSpec
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


def run(spec: CrawlSpec, out: TextIO) -> bool:
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


def run_here(
    spec: CrawlSpec,
    emit: Callable[[FetchResult], None],
    *,
    extractor: Executor | None = None,
    stall: float | None = None,
    idle: Callable[[], None] | None = None,
) -> bool:
    """Run the crawl in this process (once: the reactor cannot restart); ``emit`` gets each
    result as it is scraped, and ``idle`` is called about once a second, both in the reactor's
    thread. Stops early, leaving the rest unanswered, when no item came for ``stall``
    seconds. False if the crawl failed (the error is logged).

    Scrapy's signal handlers are not installed: SIGINT/SIGTERM keep the caller's handling
    (the CLI raises KeyboardInterrupt, which unwinds out of the reactor), and its logging
    goes through the caller's handlers, at the crawl's level (``LOG_LEVEL``).
    """
    import threading
    import time

    from twisted.internet import task

    settings = build_settings(spec.get("options", {}))
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")  # the caller's handlers
    logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(_NoTraceback())
    logging.disable(logging.INFO)  # Scrapy's start-up notes, logged before its levels are set
    try:
        process = CrawlerProcess(settings)
    finally:
        logging.disable(logging.NOTSET)
    level = settings.get("LOG_LEVEL")
    for name in ("scrapy", "twisted", "scrapers", "py.warnings", "asyncio"):  # after Scrapy's own
        logging.getLogger(name).setLevel(level)
    crawler = process.create_crawler(RegistrySpider)
    last = [time.monotonic()]
    raised: list[BaseException] = []  # from emit: Scrapy would only log it
    stopped: list[int] = []  # signals that stopped the crawl

    def stop() -> None:
        if reactor.running:
            reactor.stop()

    def on_item(item: FetchResult, **_: Any) -> None:
        last[0] = time.monotonic()
        if raised:
            return
        try:
            emit(item)
        except BaseException as exc:
            raised.append(exc)
            stop()

    crawler.signals.connect(on_item, signal=signals.item_scraped)
    failures: list[Any] = []
    done = process.crawl(crawler, requests=spec["requests"], extractor=extractor)
    done.addErrback(lambda failure: failures.append(failure))
    from twisted.internet import reactor as installed  # by now: the one TWISTED_REACTOR names

    reactor: Any = installed  # an IReactorCore at run time; the module's stub does not say so

    def tick() -> None:
        if stall is not None and time.monotonic() - last[0] > stall:
            logging.getLogger(__name__).error("crawl made no progress for %.0f s; stopping it", stall)
            stop()
        elif idle is not None and not raised:
            try:
                idle()
            except BaseException as exc:
                raised.append(exc)
                stop()

    ticker = task.LoopingCall(tick)
    ticker.start(1.0, now=False)

    previous: dict[int, Any] = {}

    def on_signal(signum: int, _frame: Any) -> None:
        stopped.append(signum)
        for sig, handler in previous.items():  # a second signal acts at once
            signal.signal(sig, handler)
        reactor.callFromThread(stop)

    if threading.current_thread() is threading.main_thread():
        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        process.start(install_signal_handlers=False)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if raised:
        raise raised[0]
    if stopped:
        raise KeyboardInterrupt(f"stopped by {signal.Signals(stopped[0]).name}")
    for failure in failures:
        logging.getLogger(__name__).error("crawl failed: %s", failure.getTraceback())
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
