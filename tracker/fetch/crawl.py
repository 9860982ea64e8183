"""Fetch sources with the Scrapy crawler and collect one result each.

The first crawl of a process runs in that process (``scopewatch run`` is one interpreter;
the daemon starts one such process per scheduled run). Twisted's reactor cannot be
restarted, so any later crawl in the same process (tests, repeated in-process calls)
starts ``python -m scrapers.runner`` in its own process group instead, streams its JSON
lines back, and kills it on any exception, interrupt or stall. Either way ``on_result``
sees each result as it arrives, and every request gets exactly one :class:`FetchResult`.
"""

from __future__ import annotations

import collections
import dataclasses
import json
import logging
import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

import tracker
from tracker.clock import utcnow
from tracker.errors import CrawlError, UsageError
from tracker.fetch.mirror import load_manifest, record_target, resolve_night
from tracker.fetch.options import CrawlOptions, CrawlSpec, RequestSpec
from tracker.models import FetchOutcome, FetchRequest, FetchResult
from tracker.sources.registry import strip_credentials

log = logging.getLogger(__name__)

_ROOT = Path(tracker.__file__).resolve().parent.parent
# SCOPEWATCH_CRAWL_PROCESS=child: every crawl starts the crawler process
_PROCESS_ENV = "SCOPEWATCH_CRAWL_PROCESS"
# False: this process never runs the crawl itself (the test session: its crawls must not
# depend on which test ran first; the CLI processes it starts still crawl in-process)
IN_PROCESS = True
_reactor_spent = False  # this process has run its one reactor

__all__ = ["CrawlOptions", "FetchRequest", "FetchResult", "crawl"]


def _without_credentials(result: FetchResult) -> FetchResult:
    """The result with any ``user:password@`` taken out of its URLs and error text: a redirect
    may name credentials that must be neither stored nor printed."""
    if "@" not in f"{result.url} {result.final_url} {result.error}":
        return result
    return dataclasses.replace(
        result,
        url=strip_credentials(result.url),
        final_url=strip_credentials(result.final_url) if result.final_url else None,
        error=scrub_userinfo(result.error) if result.error else None,
    )


_USERINFO = re.compile(r"(?<=//)[^\s/@]+@|\b[^\s/@:]+:[^\s/@]+@(?=[\w.\[-])")


def scrub_userinfo(text: str) -> str:
    """``text`` with the ``user:password@`` of any URL or host in it removed."""
    return _USERINFO.sub("", text)


def _failed(request: FetchRequest, reason: str) -> FetchResult:
    return FetchResult(
        source_id=request.source.id,
        url=request.source.url,
        final_url=None,
        outcome=FetchOutcome.FAILED,
        http_status=None,
        content_type=None,
        text=None,
        etag=None,
        last_modified=None,
        error=reason,
        fetched_at=utcnow(),
    )


def _spec(
    requests: list[tuple[int, FetchRequest]], options: CrawlOptions, *, lazy: bool = False
) -> CrawlSpec:
    """The crawler's input; ``lazy``: the requests as a generator (in this process, the spider
    takes them one at a time instead of a second copy of the registry)."""
    if options.replay is not None and options.record is not None:
        raise UsageError("replay and record cannot be combined: a recording comes from the network")
    opts = options.as_json()
    if options.replay is not None:
        night = resolve_night(options.replay)
        load_manifest(night)  # a broken manifest is the user's to fix: fail before forking
        opts["replay"] = str(night.resolve())
    if options.record is not None:
        opts["record"] = str(record_target(options.record).resolve())
    rows: Iterator[RequestSpec] = (
        {"source": r.source.as_row(), "etag": r.etag, "last_modified": r.last_modified}
        for _key, r in requests
    )
    return {
        "options": opts,
        "requests": (rows if lazy else list(rows)),
    }


def crawl(
    requests: list[FetchRequest],
    options: CrawlOptions | None = None,
    on_result: Callable[[FetchResult], None] | None = None,
    *,
    executor: Executor | None = None,
    keep: bool = True,
    on_idle: Callable[[], None] | None = None,
) -> list[FetchResult]:
    """Fetch every request; one result per request, in the order they complete.

    ``on_result`` sees each result as it arrives; ``keep=False`` returns an empty list
    instead of holding every result (and its text) until the end; ``on_idle`` is called
    about once a second while the crawl runs, in the same thread. ``executor`` (worker
    processes) extracts the pages' text while the crawl goes on, when the crawl runs in
    this process.

    Raises :class:`CrawlError` only when the crawler dies without producing any result
    (the reason is in the message); missing answers otherwise come back FAILED with a reason.
    """
    options = options or CrawlOptions()
    answered: set[int] = set()
    ordered: list[FetchResult] = []

    def deliver(key: int, result: FetchResult) -> None:
        result = _without_credentials(result)
        if key in answered:
            log.warning("duplicate result for %s ignored", result.source_id)
            return
        answered.add(key)
        if keep:
            ordered.append(result)
        if on_result is not None:
            on_result(result)

    ids = [r.source.id for r in requests]
    if len(set(ids)) != len(ids):
        twice = sorted({i for i in ids if ids.count(i) > 1})
        raise UsageError(f"source {twice[0]!r} requested twice in one crawl: source ids must be unique")
    todo: list[tuple[int, FetchRequest]] = []
    for key, request in enumerate(requests):
        try:
            scheme = urlsplit(request.source.url).scheme
        except ValueError as exc:  # "Invalid IPv6 URL"
            deliver(key, _failed(request, f"the URL cannot be requested: {exc}"))
            continue
        if scheme not in ("http", "https"):
            deliver(key, _failed(request, f"not an http(s) URL: {request.source.url}"))
        else:
            todo.append((key, request))
    if todo:
        here = _can_run_here()
        spec = _spec(todo, options, lazy=here)
        if here:
            code, stderr_tail = _run_here(spec, options, todo, deliver, executor, on_idle)
        else:
            code, stderr_tail = _run_child(spec, options, todo, deliver, on_idle)
        missing = [(k, r) for k, r in todo if k not in answered]
        if missing and code != 0:
            if not answered:
                raise CrawlError(f"the crawl failed before any result: {stderr_tail}")
            for key, request in missing:
                deliver(
                    key, _failed(request, f"the crawler process died (exit status {code}) before answering")
                )
        for key, request in missing:
            if key not in answered:
                deliver(key, _failed(request, "the crawl ended without answering this request"))
    return ordered


def _can_run_here() -> bool:
    """Whether this process can run the crawl itself: its reactor never ran, and this is
    the main thread (signals reach only it)."""
    return (
        IN_PROCESS
        and os.environ.get(_PROCESS_ENV, "").strip().lower() != "child"
        and not _reactor_spent
        and "twisted.internet.reactor" not in sys.modules
        and threading.current_thread() is threading.main_thread()
    )


def _run_here(
    spec: CrawlSpec,
    options: CrawlOptions,
    todo: list[tuple[int, FetchRequest]],
    deliver: Callable[[int, FetchResult], None],
    executor: Executor | None,
    on_idle: Callable[[], None] | None,
) -> tuple[int, str]:
    """Run the crawl in this process; returns an exit status and a reason, as the child's."""
    global _reactor_spent
    from scrapers.runner import run_here  # Scrapy and Twisted are imported only now

    _reactor_spent = True
    keys = {request.source.id: key for key, request in todo}  # unique in a crawl, see crawl()
    emitted = [0]

    def emit(result: FetchResult) -> None:
        emitted[0] += 1
        if result.source_id in keys:
            deliver(keys[result.source_id], result)

    try:
        ok = run_here(spec, emit, extractor=executor, stall=options.stall_limit(), idle=on_idle)
    except (ValueError, TypeError, ImportError) as exc:  # settings the crawler refuses
        if emitted[0]:  # the caller's own error, from on_result
            raise
        raise CrawlError(f"the crawler could not start: {type(exc).__name__}: {exc}") from exc
    return (
        (0, "")
        if ok
        else (1, "the crawler stopped with an error in this process (Scrapy's log on stderr says which)")
    )


def _run_child(
    spec: CrawlSpec,
    options: CrawlOptions,
    todo: list[tuple[int, FetchRequest]],
    deliver: Callable[[int, FetchResult], None],
    on_idle: Callable[[], None] | None = None,
) -> tuple[int, str]:
    """Run the crawler child; returns its exit status and the tail of its stderr."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_ROOT), env.get("PYTHONPATH")) if p)
    # the child answers per source id (unique in a crawl, see crawl())
    keys = {request.source.id: key for key, request in todo}
    with tempfile.TemporaryDirectory(prefix="scopewatch-crawl-") as tmp:
        in_path = Path(tmp) / "in.json"
        in_path.write_text(json.dumps(spec), encoding="utf-8")
        proc = subprocess.Popen(
            [sys.executable, "-m", "scrapers.runner", str(in_path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp,
            start_new_session=True,
        )
        lines: queue.Queue[str | None] = queue.Queue()
        tail: collections.deque[str] = collections.deque(maxlen=40)
        assert proc.stdout is not None and proc.stderr is not None
        readers = [
            threading.Thread(target=_pump_stdout, args=(proc.stdout, lines), daemon=True),
            threading.Thread(target=_pump_stderr, args=(proc.stderr, tail), daemon=True),
        ]
        for t in readers:
            t.start()
        stall = options.stall_limit()
        try:
            last = time.monotonic()
            while True:
                try:
                    line = lines.get(timeout=1.0)
                except queue.Empty:
                    if on_idle is not None:
                        on_idle()
                    if time.monotonic() - last > stall:
                        log.error("crawler made no progress for %.0f s; killing it", stall)
                        tail.append(f"(killed: no result for {stall:.0f} s)")
                        _kill(proc)
                    continue
                if line is None:
                    break
                last = time.monotonic()
                try:
                    result = FetchResult.from_json(json.loads(line))
                except (ValueError, KeyError, TypeError) as exc:
                    log.warning("unreadable line from the crawler (%s): %.200s", exc, line)
                    continue
                if result.source_id in keys:
                    deliver(keys[result.source_id], result)
            try:
                code = proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                _kill(proc)
                code = proc.returncode if proc.returncode is not None else -9
        except BaseException:
            _kill(proc)
            raise
        finally:
            if proc.poll() is None:
                _kill(proc)
            for t in readers:
                t.join(timeout=5)
        return code, f"the crawler process exited with status {code}:\n" + "\n".join(tail)


def _pump_stdout(stream: IO[bytes], lines: queue.Queue[str | None]) -> None:
    try:
        for raw in stream:
            lines.put(raw.decode("utf-8", errors="replace"))
    finally:
        lines.put(None)


_LEVEL_PREFIX = re.compile(r"^(DEBUG|INFO|WARNING|ERROR|CRITICAL) ")


def _pump_stderr(stream: IO[bytes], tail: collections.deque[str]) -> None:
    """Log the child's stderr at the level each line was logged at in the child
    (``scrapers.settings.LOG_FORMAT`` starts with it); a line without one (a traceback's
    continuation, a stray print) keeps the level of the line before it."""
    level = logging.WARNING
    for raw in stream:
        line = raw.decode("utf-8", errors="replace").rstrip()
        if not line:
            continue
        line = scrub_userinfo(line) if "@" in line else line
        tail.append(line)
        match = _LEVEL_PREFIX.match(line)
        if match:
            level = logging.getLevelNamesMapping()[match.group(1)]
            line = line[match.end() :]
        log.log(level, "[crawler] %s", line)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    """Stop the child and its whole process group: TERM, then KILL.

    Scrapy treats the first TERM as "finish what is in flight", which can be a hung
    download, so the grace period is short; the child holds nothing worth waiting for
    (a recording's manifest is rewritten atomically after each page)."""
    for sig, grace in ((signal.SIGTERM, 1.0), (signal.SIGKILL, 5.0)):
        if proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
