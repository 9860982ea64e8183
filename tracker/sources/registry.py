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

import functools
import re
import sys
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from tracker.errors import RegistryError, UsageError
from tracker.files import read_input
from tracker.models import Authority, Profession, Source
from tracker.sources import jurisdictions
from tracker.tomltables import check_table

DEFAULT_REGISTRY = Path("data/sources.toml")


@dataclass(frozen=True)
class Entry:
    """The keys of one ``[[source]]`` table (checked by :func:`tracker.tomltables.check_table`)."""

    id: str
    jurisdiction: str
    profession: str
    authority: str
    board: str
    url: str
    selector: str | None = None
    cites: str | None = None
    verified: str | None = None


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # tabs and newlines are TOML's business
_SPACE = re.compile(r"\s")  # what str.isspace() calls space, for a URL


def load(path: Path | str = DEFAULT_REGISTRY) -> list[Source]:
    path = Path(path)
    try:
        raw = read_input(path, "registry", option="--sources")
    except UsageError as exc:
        raise RegistryError(str(exc)) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"registry {path} is not valid TOML: {exc}") from None
    except RecursionError:
        raise RegistryError(f"registry {path} is not valid TOML: nested too deeply") from None
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
    if isinstance(entry, dict) and isinstance(entry.get("id"), str) and entry["id"].strip():
        label = f"{origin}: source {entry['id']!r}"
    values = check_table(entry, Entry, label, error=RegistryError)
    selector, cites, verified = (values.get(key) for key in ("selector", "cites", "verified"))
    for key, value in entry.items():
        if isinstance(value, str) and _CONTROL.search(value):
            raise RegistryError(f"{label}: key {key!r} contains a control character; remove it")
    if selector is not None:
        check_selector(selector, label)
    code = values["jurisdiction"].upper()
    if not jurisdictions.is_known(code):
        raise RegistryError(f"{label}: key 'jurisdiction': unknown code {entry['jurisdiction']!r}")
    profession = _enum(Profession, values["profession"], label, "profession")
    authority = _enum(Authority, values["authority"], label, "authority")
    url = check_url(values["url"], label)
    # jurisdiction, board, selector and notes repeat across sources: one string each, not one
    # per source (tomllib makes a new string for every value)
    return Source(
        id=values["id"],
        jurisdiction=sys.intern(code),
        profession=profession,
        authority=authority,
        board=sys.intern(values["board"]),
        url=url,
        selector=sys.intern(selector) if selector is not None else None,
        cites=sys.intern(" ".join(cites.split())) if cites else None,
        verified=sys.intern(" ".join(verified.split())) if verified else None,
    )


def verified_share(sources: Sequence[Source | Mapping[str, Any]]) -> tuple[int, int]:
    """(verified, total): how many sources carry a ``verified`` note (registry entries, or
    rows with a ``verified`` key such as coverage's)."""
    notes = [s.get("verified") if isinstance(s, Mapping) else s.verified for s in sources]
    return sum(1 for note in notes if note), len(notes)


def check_url(url: str, label: str) -> str:
    """``url`` if Scrapy can request it; a :class:`RegistryError` saying why not otherwise.

    Checked here, before any request, because a URL that ``scrapy.Request`` refuses would
    otherwise fail at fetch time, every night.
    """
    try:
        parts = urlsplit(url)
        port = parts.port  # raises on a port out of range or not a number
    except ValueError as exc:
        raise RegistryError(f"{label}: key 'url': {url!r} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or _SPACE.search(url):
        raise RegistryError(f"{label}: key 'url': {url!r} is not an http(s) URL")
    if port == 0:
        raise RegistryError(f"{label}: key 'url': {url!r} has port 0; use a port from 1 to 65535")
    if parts.username is not None or parts.password is not None:
        bare = strip_credentials(url)
        raise RegistryError(
            f"{label}: key 'url': remove the user name and password from the URL ({bare}); "
            "scopewatch only reads public pages"
        )
    return url


def strip_credentials(url: str) -> str:
    """``url`` without a ``user:password@`` part, for storing and printing."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def check_selector(selector: str, label: str) -> None:
    """Refuse a CSS selector that cssselect (lxml's path) or soupsieve (BeautifulSoup's) cannot
    parse, here rather than at every fetch."""
    problem = _selector_problem(selector)
    if problem is not None:
        raise RegistryError(f"{label}: key 'selector': {selector!r} is not a valid CSS selector ({problem})")


# a type, class or id selector ("main", "div.content", "#text"), which both parsers accept:
# it is not handed to soupsieve, whose import costs a tenth of a warm run (bench/README.md)
_PLAIN_SELECTOR = re.compile(r"[A-Za-z][A-Za-z0-9-]*(?:[.#][A-Za-z_][A-Za-z0-9_-]*)*")


@functools.lru_cache(maxsize=256)
def _selector_problem(selector: str) -> str | None:
    # once per distinct selector: a registry repeats a few ("main") over thousands of sources
    if _PLAIN_SELECTOR.fullmatch(selector):
        return None
    import soupsieve
    from cssselect import SelectorError, parse

    try:
        parse(selector)
        soupsieve.compile(selector)
    except (SelectorError, soupsieve.SelectorSyntaxError) as exc:
        return str(exc).splitlines()[0]
    return None


def _enum(kind: Any, value: str, label: str, key: str) -> Any:
    try:
        return kind(value.strip())
    except ValueError:
        valid = ", ".join(m.value for m in kind)
        raise RegistryError(f"{label}: key {key!r}: unknown value {value!r} (valid: {valid})") from None
