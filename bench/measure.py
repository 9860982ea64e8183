"""Run one command as a whole process and measure it: wall time and peak RSS of its tree.

Wall time is ``time.perf_counter`` around start-to-exit. Memory is the peak, over polls
every ``POLL_SECONDS``, of the summed RSS of the process and all its descendants (psutil);
scopewatch's crawler runs in a grandchild, so the tree is what counts. Summing RSS counts
shared library pages once per process, so it overstates a little; a spike shorter than a
poll can be missed.

Why not ``getrusage(RUSAGE_CHILDREN)`` / ``wait4``: its ``ru_maxrss`` is the largest *single*
process, not the tree, and Linux carries the high-water mark across ``exec`` from the forked
(or vforked) copy of the parent, so it reports the bench process's own size for a small child.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

POLL_SECONDS = 0.02


@dataclass(frozen=True)
class Measurement:
    wall: float  # seconds
    peak_tree_rss: int  # bytes, polled: the process and all its descendants at one moment
    peak_root_rss: int  # bytes, polled: the process alone
    returncode: int
    stdout: str
    stderr: str


def _rss(proc: psutil.Process) -> tuple[int, int]:
    """(RSS of the process, RSS of the process plus all its descendants)."""
    try:
        members = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    sizes = []
    for member in members:
        try:
            sizes.append(member.memory_info().rss)
        except psutil.Error:
            sizes.append(0)
    return sizes[0], sum(sizes)


def run(
    cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 7200.0
) -> Measurement:
    """Run ``cmd`` to its end; output goes to files (a pipe nobody reads could block it)."""
    out_path = Path(cwd or ".") / f".bench-out-{os.getpid()}"
    err_path = out_path.with_suffix(".err")
    peak = peak_root = 0
    done = threading.Event()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        popen = subprocess.Popen(cmd, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        proc = psutil.Process(popen.pid)

        def poll() -> None:
            nonlocal peak, peak_root
            deadline = start + timeout
            while not done.is_set():
                root, tree = _rss(proc)
                peak, peak_root = max(peak, tree), max(peak_root, root)
                if time.perf_counter() > deadline:
                    popen.kill()
                done.wait(POLL_SECONDS)

        poller = threading.Thread(target=poll, daemon=True)
        poller.start()
        returncode = popen.wait()  # blocks in waitpid: no polling delay in the wall time
        wall = time.perf_counter() - start
        done.set()
        poller.join()
    stdout = out_path.read_text(errors="replace")
    stderr = err_path.read_text(errors="replace")
    out_path.unlink()
    err_path.unlink()
    return Measurement(wall, peak, peak_root, returncode, stdout, stderr)
