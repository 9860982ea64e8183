"""Fetch sources: run the Scrapy crawler in a child process and collect one result each.

Twisted's reactor cannot be restarted inside one process, and ``scopewatch schedule``
calls :func:`crawl` many times in one daemon; so each call starts
``python -m scrapers.runner`` in its own process group, streams its JSON lines back
(``on_result`` sees each as it arrives), and kills it on any exception, interrupt or
stall. Whatever happens, every request gets exactly one :class:`FetchResult`.
"""

from __future__ import annotations

import collections
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
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

import tracker
from tracker.clock import utcnow
from tracker.errors import CrawlError, UsageError
from tracker.fetch.mirror import load_manifest, record_target, resolve_night
from tracker.fetch.options import CrawlOptions
from tracker.models import FetchOutcome, FetchRequest, FetchResult

log = logging.getLogger(__name__)

_ROOT = Path(tracker.__file__).resolve().parent.parent

__all__ = ["CrawlOptions", "FetchRequest", "FetchResult", "crawl"]


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


def _spec(requests: list[tuple[int, FetchRequest]], options: CrawlOptions) -> dict[str, Any]:
    if options.replay is not None and options.record is not None:
        raise UsageError("replay and record cannot be combined: a recording comes from the network")
    opts = options.as_json()
    if options.replay is not None:
        night = resolve_night(options.replay)
        load_manifest(night)  # a broken manifest is the user's to fix: fail before forking
        opts["replay"] = str(night.resolve())
    if options.record is not None:
        opts["record"] = str(record_target(options.record).resolve())
    return {
        "options": opts,
        "requests": [
            {"source": r.source.as_row(), "etag": r.etag, "last_modified": r.last_modified}
            for _key, r in requests
        ],
    }


def crawl(
    requests: list[FetchRequest],
    options: CrawlOptions | None = None,
    on_result: Callable[[FetchResult], None] | None = None,
) -> list[FetchResult]:
    """Fetch every request; one result per request, in the order they complete.

    Raises :class:`CrawlError` only when the crawler process dies without producing
    any result (its stderr tail is in the message); missing answers otherwise come back
    FAILED with a reason.
    """
    options = options or CrawlOptions()
    results: dict[int, FetchResult] = {}
    ordered: list[FetchResult] = []

    def deliver(key: int, result: FetchResult) -> None:
        if key in results:
            log.warning("duplicate result for %s ignored", result.source_id)
            return
        results[key] = result
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
        code, stderr_tail = _run_child(_spec(todo, options), options, todo, deliver)
        missing = [(k, r) for k, r in todo if k not in results]
        if missing and code != 0:
            if not results:
                raise CrawlError(
                    f"the crawler process failed (exit status {code}) before any result:\n{stderr_tail}"
                )
            for key, request in missing:
                deliver(
                    key, _failed(request, f"the crawler process died (exit status {code}) before answering")
                )
        for key, request in missing:
            if key not in results:
                deliver(key, _failed(request, "the crawl ended without answering this request"))
    return ordered


def _run_child(
    spec: dict[str, Any],
    options: CrawlOptions,
    todo: list[tuple[int, FetchRequest]],
    deliver: Callable[[int, FetchResult], None],
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
        return code, "\n".join(tail)


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
