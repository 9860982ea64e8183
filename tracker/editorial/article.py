"""Rewrite the article's list of states where dry needling is not allowed.

The sentence: "There are some states where dry needling is not allowed, like California,
Florida, ..., and South Dakota, because ...". Only the list between "like " and ", because"
is rewritten; every other byte of the file stays as it was.

- States that stay keep their place (and their exact markup: links, bold, entities); new ones
  are appended alphabetically after them; dropped ones are removed.
- The list is written in the Oxford-comma style: "A", "A and B", "A, B, and C" (the
  conjunction found in the original, e.g. ``&amp;``, is kept).
- An empty list is written as ``none at present`` ("... not allowed, like none at present,
  because ..."): the rest of the article argues from the sentence, so it keeps its shape and
  says honestly that no state is on the list; ``find_list`` reads that phrase back as [].
- Plain text, Markdown (``**California**``, ``[California](url)``) and HTML (inline tags,
  entities such as ``&amp;`` or ``&nbsp;``) are understood; the sentence may wrap over lines
  but not across a blank line.
- Every occurrence of the sentence is rewritten (an HTML page may repeat it, e.g. in a meta
  description); ``find_list`` describes the first.
"""

from __future__ import annotations

import difflib
import html
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import ArticleError

EMPTY = "none at present"
_WS = r"(?:\s|&nbsp;|&#160;|&#xa0;)"
SENTENCE_START = "There are some states where dry needling is not allowed, like"
_PREFIX = re.compile(
    (_WS + "+").join(map(re.escape, SENTENCE_START.split())) + _WS + "+",
    re.IGNORECASE,
)
# The list: tags, Markdown links, entities or any character but '.' (which ends the sentence),
# never across a blank line; it stops at the first ", because" (comma optional).
_LIST_AND_END = re.compile(
    r"(?P<list>(?:<[^<>]*>|\[[^\]\n]*\]\([^)\n]*\)|&#?\w+;|(?!\n[ \t]*\r?\n)[^.<&]|&)+?)"
    r"(?P<end>" + _WS + r"*,?" + _WS + r"+because\b)",
    re.IGNORECASE,
)
_CONJ = r"(?:and|&amp;|&)"
_SEP = re.compile(
    _WS + r"*,(?:" + _WS + r"+" + _CONJ + r")?" + _WS + r"+|" + _WS + r"+" + _CONJ + _WS + r"+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Item:
    raw: str  # the item's exact text in the file, markup included
    name: str  # the plain name ("New York")


@dataclass(frozen=True)
class ArticleList:
    """One occurrence of the sentence: where its list is and what it holds."""

    start: int  # character offsets of the list in the text
    end: int
    items: tuple[Item, ...]
    conjunction: str  # "and" unless the original used e.g. "&amp;"

    @property
    def names(self) -> list[str]:
        return [item.name for item in self.items]


def _plain(raw: str) -> str:
    text = re.sub(r"<[^<>]*>", "", raw)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = html.unescape(text).replace("\u00a0", " ")
    text = text.strip().strip("*_").strip()
    return " ".join(text.split())


def _mask_tags(text: str) -> str:
    """Blank out tags and Markdown link targets so separators are only found in visible text."""
    masked = re.sub(r"<[^<>]*>", lambda m: "\0" * len(m.group()), text)
    return re.sub(r"\]\([^)]*\)", lambda m: "\0" * len(m.group()), masked)


def _parse(text: str, start: int, end: int) -> ArticleList:
    span = text[start:end]
    if _plain(span).lower() == EMPTY:
        return ArticleList(start, end, (), "and")
    masked = _mask_tags(span)
    items: list[Item] = []
    conjunction = "and"
    pos = 0
    for sep in _SEP.finditer(masked):
        items.append(Item(span[pos : sep.start()], _plain(span[pos : sep.start()])))
        word = re.search(_CONJ, sep.group(), re.IGNORECASE)
        if word:
            conjunction = span[sep.start() : sep.end()][word.start() : word.end()]
        pos = sep.end()
    items.append(Item(span[pos:], _plain(span[pos:])))
    if any(not item.name for item in items):
        raise ArticleError(f"the list of states {span!r} has an empty item; fix the sentence by hand")
    return ArticleList(start, end, tuple(items), conjunction)


def find_lists(text: str) -> list[ArticleList]:
    """Every occurrence of the sentence's list, in order."""
    found: list[ArticleList] = []
    for prefix in _PREFIX.finditer(text):
        match = _LIST_AND_END.match(text, prefix.end())
        if match:
            found.append(_parse(text, match.start("list"), match.end("list")))
    return found


def find_list(text: str) -> ArticleList:
    """The first occurrence; ArticleError when the sentence is not there."""
    found = find_lists(text)
    if not found:
        raise ArticleError(
            'the sentence "There are some states where dry needling is not allowed, like A, B, and C, '
            'because ..." was not found; check that the article still contains it'
        )
    return found[0]


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def join_names(parts: list[str], conjunction: str = "and") -> str:
    """Oxford-comma style: "A", "A and B", "A, B, and C"; ``EMPTY`` for none."""
    if not parts:
        return EMPTY
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return f"{parts[0]} {conjunction} {parts[1]}"
    return ", ".join(parts[:-1]) + f", {conjunction} {parts[-1]}"


def _new_list(found: ArticleList, states: list[str], is_html: bool) -> list[str]:
    wanted = {_key(s): " ".join(s.split()) for s in states if s.strip()}
    kept = [item.raw for item in found.items if _key(item.name) in wanted]
    present = {_key(item.name) for item in found.items}
    added = sorted((v for k, v in wanted.items() if k not in present), key=str.casefold)
    return kept + [html.escape(name, quote=False) if is_html else name for name in added]


def rewrite(text: str, states: list[str]) -> str:
    """``text`` with every occurrence of the list replaced by ``states`` (state names)."""
    found = find_lists(text)
    if not found:
        find_list(text)  # raises the explanatory ArticleError
    is_html = bool(re.search(r"<(?:p|div|span|a|strong|em|b|i|br|html|body)\b", text, re.IGNORECASE))
    out: list[str] = []
    pos = 0
    for occurrence in found:
        new = _new_list(occurrence, states, is_html)
        if new == [item.raw for item in occurrence.items] and occurrence.items:
            continue  # unchanged: leave the exact original bytes (separators included)
        if not new and not occurrence.items:
            continue
        out.append(text[pos : occurrence.start])
        out.append(join_names(new, occurrence.conjunction))
        pos = occurrence.end
    out.append(text[pos:])
    return "".join(out)


def read_text(path: Path | str) -> str:
    """The article as text; ArticleError for a missing, binary or non-UTF-8 file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"article {path} not found") from None
    except OSError as exc:
        raise ArticleError(f"article {path} cannot be read: {exc.strerror}") from None
    if b"\0" in data:
        raise ArticleError(f"article {path} is a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"article {path} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


def article_diff(path: Path | str, states: list[str]) -> tuple[str, str]:
    """(the rewritten text, a unified diff against the file); the diff is empty when nothing changes."""
    path = Path(path)
    old = read_text(path)
    new = rewrite(old, states)
    diff = "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=str(path),
            tofile=f"{path} (rewritten)",
        )
    )
    return new, diff


def write_article(path: Path | str, new_text: str) -> Path | None:
    """Save ``new_text`` to ``path``, first copying the original byte for byte to ``PATH.bak``.

    The file is rewritten in place (same inode), so it keeps its mode, owner and hard links:
    a web server's copy stays readable and a linked copy sees the new list. The backup gets
    the original's mode. Returns the backup's path, or None when ``new_text`` is already the
    file's content (then nothing is written, so an earlier backup is not overwritten by an
    identical copy).
    """
    path = Path(path)
    original = path.read_bytes()
    data = new_text.encode("utf-8")
    if data == original:
        return None
    backup = path.with_name(path.name + ".bak")
    fd, tmp = tempfile.mkstemp(prefix=f".{backup.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(original)
            fh.flush()
            os.fsync(fh.fileno())
        shutil.copymode(path, tmp)
        os.replace(tmp, backup)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    with open(path, "r+b") as fh:
        fh.write(data)
        fh.truncate()
        fh.flush()
        os.fsync(fh.fileno())
    return backup
