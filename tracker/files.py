"""Read a user-named input file safely: only a regular file, of bounded size.

``--sources /dev/zero`` would read forever and a FIFO would block until someone writes to
it; both are refused with a sentence instead.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tracker.errors import UsageError

MAX_INPUT_BYTES = 64 * 1024 * 1024


def read_input(path: Path | str, what: str, *, option: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of ``path``; a :class:`UsageError` naming ``what`` and ``option`` otherwise."""
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UsageError(f"{what} {path} not found: pass {option} PATH") from None
    except OSError as exc:
        raise UsageError(f"{what} {path} cannot be read: {exc.strerror}; pass {option} PATH") from None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{what} {path} is a directory, not a file: pass {option} PATH")
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(
            f"{what} {path} is not a regular file (a device, FIFO or socket): pass {option} PATH"
        )
    if info.st_size > limit:
        raise UsageError(f"{what} {path} is larger than {limit // (1024 * 1024)} MB: is it the right file?")
    try:
        with open(path, "rb") as fh:
            # the size stat() saw, plus one byte to notice growth: read(limit + 1) allocated
            # a buffer of the limit (64 MB) for every registry, whatever its size
            data = fh.read(info.st_size + 1)
            if len(data) > info.st_size:  # it grew since stat(): read on, to the limit
                data += fh.read(limit + 1 - len(data))
            return data
    except OSError as exc:
        raise UsageError(f"{what} {path} cannot be read: {exc.strerror}; check its permissions") from None
