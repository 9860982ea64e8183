"""A worker process that reads pages while the crawl goes on, so a run uses both cores.

The crawl (Scrapy's machinery, the database writes) keeps one core; the worker extracts
each page's text (HTML parsing, PDF text) and classifies each new text on the other. The
split was measured with the bench's profile (bench/README.md).
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

log = logging.getLogger(__name__)


PR_SET_PDEATHSIG = 1


def _init_worker() -> None:
    """In each worker: die with the run (it holds the run lock's file too), and leave
    Ctrl-C to the run, which stops the workers itself."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
        if os.getppid() == 1:
            os._exit(1)


def _warm() -> int:
    return os.getpid()


def worker_count() -> int:
    """One worker per core beyond the crawler's own, at least one, at most three;
    ``SCOPEWATCH_WORKERS=0`` reads every page in the crawling process instead."""
    raw = os.environ.get("SCOPEWATCH_WORKERS", "").strip()
    if raw.isdigit():
        return int(raw)
    return max(1, min(3, (os.cpu_count() or 2) - 1))


@contextmanager
def worker_pool(size: int | None = None) -> Iterator[ProcessPoolExecutor | None]:
    """The workers, started now (before the crawl starts any thread); None when there are none.

    On Linux they are forked from this process, so they start with its imports already done.
    Leaving the block on an exception drops the work still queued and stops them at once.
    """
    size = worker_count() if size is None else size
    if size <= 0:
        yield None
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    try:
        pool = ProcessPoolExecutor(
            max_workers=size, mp_context=multiprocessing.get_context(method), initializer=_init_worker
        )
        pool.submit(_warm).result(timeout=60)  # fork now, while this process has one thread
    except (OSError, RuntimeError, TimeoutError) as exc:  # no /dev/shm, no fork: read here
        log.warning("no worker process (%s); reading pages in the crawling process", exc)
        yield None
        return
    try:
        yield pool
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


def _stop(pool: ProcessPoolExecutor) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
