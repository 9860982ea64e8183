"""Load and validate the source registry (``data/sources.toml``).

The registry says where to look, never what the law is. A bad file is refused whole,
before any request, with a message naming the source and the key.

Optional keys beside the required ones:

- ``selector``: a CSS selector for the part of the page that carries the text;
- ``cites``: the authority the page carries (statute, rule, opinion or decision), e.g.
  ``"225 ILCS 90/1.5"``; shown with the evidence so a reader knows what the words are;
- ``verified``: how the URL was checked to carry that authority's words, e.g.
  ``"pages search 2026-12-01: exact URL, statute text"``. A source without it is unverified
  (its comment says why); ``scopewatch sources check`` prints the verified share.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tracker.errors import RegistryError
from tracker.models import Authority, Profession, Source
from tracker.sources import jurisdictions

DEFAULT_REGISTRY = Path("data/sources.toml")
REQUIRED_KEYS = ("id", "jurisdiction", "profession", "authority", "board", "url")
OPTIONAL_KEYS = ("selector", "cites", "verified")


def load(path: Path | str = DEFAULT_REGISTRY) -> list[Source]:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RegistryError(f"registry {path} not found: pass --sources PATH") from None
    except OSError as exc:
        raise RegistryError(f"registry {path} cannot be read: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"registry {path} is not valid TOML: {exc}") from None
    return parse(data, origin=str(path))


def parse(data: dict[str, Any], origin: str = "registry") -> list[Source]:
    extra = set(data) - {"source"}
    if extra:
        raise RegistryError(f"{origin}: unknown top-level key {min(extra)!r}; use [[source]] tables")
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise RegistryError(f"{origin}: no [[source]] entries")
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        source = _parse_entry(entry, index, origin)
        if source.id in seen:
            raise RegistryError(f"{origin}: source {source.id!r}: duplicate id (key 'id')")
        seen.add(source.id)
        sources.append(source)
    return sources


def _parse_entry(entry: Any, index: int, origin: str) -> Source:
    label = f"{origin}: source #{index}"
    if not isinstance(entry, dict):
        raise RegistryError(f"{label}: not a table")
    if isinstance(entry.get("id"), str) and entry["id"].strip():
        label = f"{origin}: source {entry['id']!r}"
    for key in entry:
        if key not in REQUIRED_KEYS and key not in OPTIONAL_KEYS:
            allowed = ", ".join(REQUIRED_KEYS + OPTIONAL_KEYS)
            raise RegistryError(f"{label}: unknown key {key!r} (allowed: {allowed})")
    for key in REQUIRED_KEYS:
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise RegistryError(f"{label}: missing or empty key {key!r}")
    for key in OPTIONAL_KEYS:
        value = entry.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise RegistryError(f"{label}: key {key!r} must be a non-empty string")
    selector, cites, verified = (entry.get(key) for key in OPTIONAL_KEYS)
    code = entry["jurisdiction"].strip().upper()
    if not jurisdictions.is_known(code):
        raise RegistryError(f"{label}: key 'jurisdiction': unknown code {entry['jurisdiction']!r}")
    profession = _enum(Profession, entry["profession"], label, "profession")
    authority = _enum(Authority, entry["authority"], label, "authority")
    url = entry["url"].strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        raise RegistryError(f"{label}: key 'url': {url!r} is not an http(s) URL")
    return Source(
        id=entry["id"].strip(),
        jurisdiction=code,
        profession=profession,
        authority=authority,
        board=entry["board"].strip(),
        url=url,
        selector=selector.strip() if selector else None,
        cites=" ".join(cites.split()) if cites else None,
        verified=" ".join(verified.split()) if verified else None,
    )


def verified_share(sources: list[Source]) -> tuple[int, int]:
    """(verified, total): how many sources carry a ``verified`` note."""
    return sum(1 for s in sources if s.verified), len(sources)


def _enum(kind: Any, value: str, label: str, key: str) -> Any:
    try:
        return kind(value.strip())
    except ValueError:
        valid = ", ".join(m.value for m in kind)
        raise RegistryError(f"{label}: key {key!r}: unknown value {value!r} (valid: {valid})") from None
