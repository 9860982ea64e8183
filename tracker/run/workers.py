"""Worker processes that read pages while the crawl goes on, so a run uses both cores.

The crawl (Scrapy's machinery, text extraction, the database writes) keeps this process's
core; a worker classifies each new text on another. The split was measured with the bench
(bench/README.md): with extraction in the worker too, the worker used 2.6 times the CPU of
the crawling process. The spider can still hand extraction to an executor. The workers are started
only once a run has more pages to read than are worth a process start (a warm run, which
gets 304s, never starts one), and they are spawned, not forked: they import only what
reading needs, share no file or lock with the run, and start whatever threads exist here.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1
# Pages read here before workers start: a process start costs about as much as reading
# a few dozen pages, so a run that changed little (a drift, a small registry) reads here.
READ_HERE_FIRST = 32


def _init_worker() -> None:
    """In each worker: die with the run, and leave Ctrl-C to the run, which stops the
    workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
        if os.getppid() == 1:
            os._exit(1)


def read_here_first() -> int:
    """``SCOPEWATCH_READ_HERE_FIRST`` (0 sends every page to a worker),
    else 32, so a quiet night starts no worker."""
    raw = os.environ.get("SCOPEWATCH_READ_HERE_FIRST", "").strip()
    return int(raw) if raw.isdigit() else READ_HERE_FIRST


def worker_count() -> int:
    """One worker per core beyond the crawler's own, at least one, at most three;
    ``SCOPEWATCH_WORKERS=0`` reads every page in the crawling process instead."""
    raw = os.environ.get("SCOPEWATCH_WORKERS", "").strip()
    if raw.isdigit():
        return int(raw)
    return max(1, min(3, (os.cpu_count() or 2) - 1))


class Workers(Executor):
    """An executor that runs the first ``read_here`` calls in this process, then starts
    ``size`` worker processes and sends them the rest. If the workers die, the rest runs
    here again (a run does not fail because a worker was killed)."""

    def __init__(self, size: int, read_here: int = READ_HERE_FIRST) -> None:
        self.size = size
        self.read_here = read_here
        self._pool: ProcessPoolExecutor | None = None
        self._failed = size <= 0

    @property
    def started(self) -> bool:
        return self._pool is not None

    def start(self) -> None:
        """Start the workers now (a run that will read many pages: while Scrapy starts)."""
        if self._pool is not None or self._failed:
            return
        try:
            self._pool = ProcessPoolExecutor(
                max_workers=self.size,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
            )
            for _ in range(self.size):  # spawn them now, not at the first page
                self._pool.submit(os.getpid)
        except (OSError, RuntimeError) as exc:  # no /dev/shm, no processes left
            log.warning("no worker process (%s); reading pages in the crawling process", exc)
            self._pool, self._failed = None, True

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        if self._pool is None and (self.read_here > 0 or self._failed):
            self.read_here -= 1
            return _here(fn, *args, **kwargs)
        self.start()
        if self._pool is None:
            return _here(fn, *args, **kwargs)
        try:
            return self._pool.submit(fn, *args, **kwargs)
        except BrokenExecutor:
            log.warning("the worker process stopped; reading pages in the crawling process")
            self._pool, self._failed = None, True
            return _here(fn, *args, **kwargs)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)

    def kill(self) -> None:
        """Drop the queued work and stop the workers at once."""
        if self._pool is None:
            return
        processes = list((getattr(self._pool, "_processes", None) or {}).values())
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.kill()


def _here(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
    future: Future[Any] = Future()
    try:
        future.set_result(fn(*args, **kwargs))
    except Exception as exc:
        future.set_exception(exc)
    return future


@contextmanager
def worker_pool(size: int | None = None) -> Iterator[Workers]:
    """:class:`Workers` for one run; leaving the block on an exception stops them at once."""
    workers = Workers(worker_count() if size is None else size, read_here_first())
    try:
        yield workers
    except BaseException:
        workers.kill()
        raise
    workers.shutdown(wait=True)
