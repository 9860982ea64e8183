"""Run the real `scopewatch` command line in a child process, as a user would: the one helper
the tests share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def scopewatch(
    *args: str,
    db: Path | None = None,
    timeout: float = 180,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    umask: int | None = None,
    cwd: Path | None = None,
    check: bool = False,
) -> subprocess.CompletedProcess[str]:
    """``python -m tracker ARGS [--db DB]`` with a 200-column terminal width; ``env`` adds to
    (or overrides) this process's environment; ``check`` asserts exit 0, quoting the output."""
    command = [sys.executable, "-m", "tracker", *args, *(["--db", str(db)] if db is not None else [])]
    result = subprocess.run(
        command,
        check=False,
        capture_output=True,
        text=True,
        timeout=timeout,
        input=stdin,
        cwd=cwd,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )
    if check:
        assert result.returncode == 0, f"scopewatch {' '.join(args)}: {result.stdout}{result.stderr}"
    return result
