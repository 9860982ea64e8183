"""Editor accounts for the web UI: names and password hashes, never passwords.

The accounts live in a small TOML file kept out of the repository (default
``data/editors.toml``, env ``SCOPEWATCH_EDITORS``)::

    [editors]
    ann = "pbkdf2_sha256$480000$..."

``scopewatch editors add NAME`` writes a hash (datasette-auth-passwords' PBKDF2-SHA256) with
mode 0600; ``scopewatch serve`` hands the hashes to datasette-auth-passwords, whose
``/-/login`` page signs an editor in.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

from datasette_auth_passwords.utils import hash_password

from tracker.errors import UsageError

DEFAULT_EDITORS = Path("data/editors.toml")
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")


def default_path() -> Path:
    return Path(os.environ.get("SCOPEWATCH_EDITORS") or DEFAULT_EDITORS)


def load(path: Path | None = None) -> dict[str, str]:
    """Editor name -> password hash; empty when the file does not exist."""
    path = Path(path) if path is not None else default_path()
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(
            f"editor accounts {path} cannot be read ({exc}); fix it or pass --editors PATH"
        ) from None
    editors = data.get("editors", {})
    if not isinstance(editors, dict):
        raise UsageError(f"editor accounts {path}: [editors] must be a table of name = hash")
    for name, hashed in editors.items():
        if not NAME.fullmatch(name) or not isinstance(hashed, str) or not hashed.startswith("pbkdf2_sha256$"):
            raise UsageError(
                f"editor accounts {path}: {name!r} needs a pbkdf2_sha256 hash: "
                "set it with `scopewatch editors add NAME`"
            )
    return dict(editors)


def add(name: str, password: str, path: Path | None = None) -> Path:
    """Set ``name``'s password (stored hashed); return the file written (mode 0600)."""
    path = Path(path) if path is not None else default_path()
    if not NAME.fullmatch(name):
        raise UsageError(f"bad editor name {name!r}: letters, digits, '.', '_' and '-' (at most 40)")
    if len(password) < 8:
        raise UsageError("the password needs at least 8 characters")
    editors = load(path)
    editors[name] = hash_password(password)
    lines = ["# scopewatch editor accounts: password hashes only (scopewatch editors add NAME)", "[editors]"]
    lines += [f'{n} = "{h}"' for n, h in sorted(editors.items())]
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.chmod(path, 0o600)
    return path
