"""The offline mirror: recorded nights of raw pages that a crawl can replay.

Layout of one night (``data/mirror/YYYY-MM-DD/``)::

    manifest.json   {"night": "YYYY-MM-DD",
                     "pages": {"<request url>": {"file": "pages/<id>.html", "status": 200,
                               "content_type": "text/html; charset=utf-8",
                               "final_url": "<url after redirects>",
                               "headers": {"Last-Modified": "...", "ETag": "..."}},
                               "<url of a page that did not exist yet>": {"published": false}}}
    pages/<source-id>.<html|pdf|txt>

An entry ``{"published": false}`` marks a page that was not published yet on that night (a
statute enacted later, a rule adopted later): a replay answers it as not part of the night
(``FetchOutcome.NOT_PUBLISHED``), which is neither a failure nor a vanished page.

``resolve_night`` turns what a user passed to ``--replay`` into one night directory.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.errors import UsageError

MANIFEST = "manifest.json"
_NIGHT_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class MirrorPage:
    """One manifest entry; ``path`` is absolute."""

    url: str
    path: Path
    status: int
    content_type: str | None
    final_url: str
    headers: dict[str, str] = field(default_factory=dict)
    published: bool = True  # False: the page did not exist yet on this night (no file)

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if key.lower() == name.lower():
                return value
        return None


def is_night(path: Path) -> bool:
    return (path / MANIFEST).is_file()


def list_nights(root: Path) -> list[Path]:
    """The night directories under a mirror root, oldest first."""
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and _NIGHT_NAME.match(p.name) and is_night(p))


def resolve_night(path: Path) -> Path:
    """A night directory from ``--replay PATH``: the night itself, or a root's newest."""
    path = Path(path)
    if is_night(path):
        return path
    nights = list_nights(path)
    if nights:
        return nights[-1]
    if not path.exists():
        raise UsageError(
            f"replay mirror {path} does not exist; record one with `scopewatch run --record {path}`"
        )
    raise UsageError(
        f"{path} is not a mirror: it has no {MANIFEST} and no YYYY-MM-DD night directories with one"
    )


def record_target(path: Path, today: dt.date | None = None) -> Path:
    """Where ``--record PATH`` writes: PATH itself if it is (or is named like) a night,
    else a night named by today's UTC date under it."""
    path = Path(path)
    if is_night(path) or _NIGHT_NAME.match(path.name):
        return path
    day = today or dt.datetime.now(dt.UTC).date()
    return path / day.isoformat()


def check_writable(night: Path) -> None:
    """Refuse (UsageError) a night folder that cannot be created or written, before any crawl."""
    night = Path(night)
    try:
        (night / "pages").mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=night, prefix=".write-check-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageError(
            f"cannot record into {night}: {reason}; give --record a folder you can write to"
        ) from exc


def load_manifest(night: Path) -> dict[str, MirrorPage]:
    """Manifest entries by request URL; a malformed manifest is a UsageError."""
    night = Path(night)
    manifest_path = night / MANIFEST
    try:
        data = json.loads(manifest_path.read_text(encoding="utf-8"))
        pages = data["pages"]
        out: dict[str, MirrorPage] = {}
        inside = night.resolve()
        for url, entry in pages.items():
            if entry.get("published", True) is False:
                out[url] = MirrorPage(
                    url=url, path=inside, status=404, content_type=None, final_url=url, published=False
                )
                continue
            path = (night / entry["file"]).resolve()
            if not path.is_relative_to(inside) or path == inside:
                raise UsageError(
                    f"mirror manifest {manifest_path}: the entry for {url} names {entry['file']!r}, "
                    f"outside its night {night}; a night's pages must be files inside it"
                )
            out[url] = MirrorPage(
                url=url,
                path=path,
                status=int(entry.get("status", 200)),
                content_type=entry.get("content_type"),
                final_url=entry.get("final_url") or url,
                headers={str(k): str(v) for k, v in (entry.get("headers") or {}).items()},
            )
        return out
    except UsageError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UsageError(f"mirror manifest {manifest_path} is unreadable: {exc}") from exc


class NightWriter:
    """Adds pages to a night, rewriting the manifest atomically after each one so an
    interrupted recording still replays what it got."""

    def __init__(self, night: Path) -> None:
        self.night = Path(night)
        (self.night / "pages").mkdir(parents=True, exist_ok=True)
        self._data: dict[str, Any] = {"night": self.night.name, "pages": {}}
        if is_night(self.night):
            existing = json.loads((self.night / MANIFEST).read_text(encoding="utf-8"))
            self._data["pages"].update(existing.get("pages", {}))

    def add(
        self,
        *,
        url: str,
        name: str,
        ext: str,
        body: bytes,
        status: int,
        content_type: str | None,
        final_url: str,
        headers: dict[str, str],
    ) -> Path:
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "page"
        rel = f"pages/{safe}.{ext}"
        taken = {e["file"]: u for u, e in self._data["pages"].items() if isinstance(e, dict) and "file" in e}
        if taken.get(rel, url) != url:
            # two ids that sanitise alike ("co pt", "co-pt") must not share a file
            rel = f"pages/{safe}-{hashlib.sha256(name.encode()).hexdigest()[:8]}.{ext}"
        target = self.night / rel
        target.write_bytes(body)
        self._data["pages"][url] = {
            "file": rel,
            "status": status,
            "content_type": content_type,
            "final_url": final_url,
            "headers": headers,
        }
        self._flush()
        return target

    def add_unpublished(self, url: str) -> None:
        """Mark ``url`` as not published yet on this night (no page, no file)."""
        self._data["pages"][url] = {"published": False}
        self._flush()

    def _flush(self) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.night, prefix=".manifest-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self._data, fh, indent=2, sort_keys=True)
            fh.write("\n")
        os.replace(tmp, self.night / MANIFEST)
