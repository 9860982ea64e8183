"""Typography first: one plain spelling of a page before anything is matched.

Extracted pages (PDFs above all) carry curly quotes, several dashes, non-breaking and
zero-width spaces, soft hyphens, words hyphenated across lines, ligatures, footnote markers
glued to sentences, rule text in capitals, tables flattened one cell per line, two columns read
across, and sentences cut by a page's footer and header. Each would switch a pattern off, so
the page is rewritten once, here, and every later stage reads the plain text. ``normalise``
keeps, for every character it outputs, the offset of the character it came from, so evidence is
still quoted verbatim from the page.

| family (in the order applied) | examples in the page | becomes |
|---|---|---|
| spaces | no-break, thin, figure, ideographic space, tab | one space |
| quotes and apostrophes | ‘ ’ ‚ ‛ ′ ` ´ and “ ” „ ‟ ″ « » | ' and " |
| dashes | hyphen, non-breaking hyphen, en and em dash, minus | - |
| control characters | NUL, form feed, other C0 controls | removed |
| invisible characters | zero-width space, joiner, BOM, soft hyphen | removed |
| ligatures | ﬁ ﬂ ﬀ ﬃ ﬄ | fi fl ff ffi ffl |
| line numbers of a pleading or an order | " 9   statutes, dry needling ..." | removed |
| the borders of a text box drawn with bars | a bar at each end of three lines or more | spaces |
| a table flattened one cell per line | "Procedure" / "Allowed?" over rows (none led by "...?") | bar rows |
| two columns of prose (a PDF) | each line: left column's piece, a gutter, right's piece | left, then right |
| a sentence split by a page break | "... within" / footer, page number, header / "the scope" | one space |
| a word hyphenated across a line break | "nee-\\n dling" | "needling" |
| a quoted modifier of the term | 'trigger point or "dry" needling' | dry needling |
| footnote markers after a word or a sentence | "needling.[1] ", "scope.2 ", "rule.* ", "law.† " | removed |
| amendment markup (Ramseyer) | stricken "[.]", underscores around new text "_(c) ..._" | removed |
| capitals | a line of rule text in capitals (places keep theirs) | sentence case |
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from tracker.analysis.classify import places

_TABLE = str.maketrans(
    {
        **dict.fromkeys("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a", " "),
        **dict.fromkeys("\u202f\u205f\u3000\t", " "),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    }
)
_REMOVE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_LIGATURE_RE = re.compile("[" + "".join(_LIGATURES) + "]")
_HYPHENATED = re.compile(r"(?<=[A-Za-z]{2})-[ ]*\r?\n[ ]*(?=[a-z]{2})")
_FOOTNOTE = re.compile(
    r"(?<=[A-Za-z)\"'][.;:,])(?:\[\d{1,3}\]|\(\d{1,2}\)|\d{1,2}|\*{1,3}|[†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)(?=\s|$)"
    r"|(?<=[a-z])(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[†‡]+)(?=[\s.,;:])"
)
# a bill's amendment markup: "Prohibited acts[.]_; dry needling._" (bracketed text is stricken,
# underscored text is new)
_RAMSEYER = re.compile(r"\[[.,;:]\]|(?<![\w])_+(?=[\S])|(?<=[\S])_+(?![\w])")
# the numbered gutter of a pleading, an order or a transcript: " 9   statutes, dry needling"
_GUTTER = re.compile(r"(?m)^[ ]{0,3}\d{1,2}(?:[ ]{2,}|[ ]*$)")
_GUTTER_MIN_LINES = 5  # fewer numbered lines are a list, not a gutter
# a text box drawn with bars ("| Worked example ... |"): one cell per line, its text running on
_BOX_LINE = re.compile(r"(?m)^[ ]*\|[^|\n]*\|[ ]*$")
_BOX_BAR = re.compile(r"(?m)^([ ]*)\||\|(?=[ ]*$)")
_BOX_MIN_LINES = 3  # fewer are a table's rows of one cell
_CAPS_LINE = re.compile(r"[^\n]+")
# short all-caps words kept as they are when a line is lowered: they name things
_KEEP_CAPS = frozenset(
    {"PT", "PTS", "DPT", "PTA", "PTAS", "TDN", "IMT", "FDN", "HB", "SB", "AB", "LD", "US", "U.S."}
)
# a state's name in a line lowered from capitals gets its capitals back ("UNDER NEW YORK LAW" ->
# "under New York law"), so the place is still read
_STATE_NAME = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(n.lower()).replace(r"\ ", r"\s+") for n in sorted(places.names(), key=len, reverse=True)
    )
    + r")\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\(\w\)\s+|^\s*\d+\.\s+)([a-z])")


@dataclass(frozen=True)
class Normalised:
    original: str
    text: str
    offsets: tuple[int, ...]  # offsets[i]: where text[i] came from; one extra entry at the end

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original page that ``text[start:end]`` came from."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def rewrite(
    text: str, offsets: list[int], pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> tuple[str, list[int]]:
    """``text`` with every match of ``pattern`` replaced, and the offsets of what it became."""
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(text[pos : m.start()])
        where.extend(offsets[pos : m.start()])
        new = repl(m)
        out.append(new)
        if len(new) == m.end() - m.start():  # same length: character for character
            where.extend(offsets[m.start() : m.end()])
        else:
            where.extend([offsets[m.start()]] * len(new))
        pos = m.end()
    if not out:
        return text, offsets
    out.append(text[pos:])
    where.extend(offsets[pos:])
    return "".join(out), where


def _lowercase_enough(line: str) -> bool:
    """More than 15% of the line is a-z: it cannot be a line in capitals.

    (a-z letters are letters and not capitals, and there are no more letters than characters,
    so the capitals are then fewer than 85% of the letters.)"""
    return sum(map(line.count, string.ascii_lowercase)) > 0.15 * len(line)


def _in_capitals(line: str) -> bool:
    """A line of rule text in capitals: 20 letters or more, 5 words or more, 85% capitals."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 20 or len(line.split()) < 5:
        return False
    return sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _sentence_case(m: re.Match[str]) -> str:
    line = m.group(0)
    # the cheap pre-check first: most lines are in lower case
    if _lowercase_enough(line) or not _in_capitals(line):
        return line
    words = re.split(r"(\s+)", line)
    lowered = "".join(w if w.strip("(),.;:") in _KEEP_CAPS else w.lower() for w in words)
    lowered = _STATE_NAME.sub(
        lambda n: re.sub(
            r"[a-z]+", lambda w: w.group(0) if w.group(0) == "of" else w.group(0).title(), n.group(0)
        ),
        lowered,
    )
    return _SENTENCE_START.sub(lambda s: s.group(0)[:-1] + s.group(1).upper(), lowered)


# a table flattened one cell per line (an HTML table or a PDF copied as text): a header of k short
# lines ("Procedure" / "Within PT scope?" / "Authority / notes") over rows of k lines, one column
# of which answers yes or no in every row. Each row's cells are joined with bars, so the row is
# read as a table row ("Dry needling | No | ..."). Never a FAQ whose questions each take a yes or
# a no ("May a PTA perform dry needling?" / "No"): a row led by a question is a question and its
# answer, kept as lines so the question still ends with its "?" and its answer turns it around.
_CELL_YES_NO = re.compile(r"^\W*(?:yes|no)\b", re.IGNORECASE)
_TERMINAL_DOT = re.compile(r"[.;:]\s*$")
_QUESTION = re.compile(r"\?\s*$")
_FLAT_MIN_ROWS = 2
_FLAT_MAX_COLUMNS = 5
_FLAT_HEADER_WORDS = 6
_FLAT_FIRST_CELL_WORDS = 8


def _flat_table(lines: list[str]) -> int:
    """The number of columns of a block of lines that is a flattened table, or 0."""
    for k in range(2, _FLAT_MAX_COLUMNS + 1):
        header, rest = lines[:k], lines[k:]
        if len(rest) < k * _FLAT_MIN_ROWS or len(rest) % k:
            continue
        if any(len(h.split()) > _FLAT_HEADER_WORDS or _TERMINAL_DOT.search(h) or "|" in h for h in header):
            continue
        rows = [rest[i : i + k] for i in range(0, len(rest), k)]
        if any(
            len(r[0].split()) > _FLAT_FIRST_CELL_WORDS or _QUESTION.search(r[0]) or "|" in "".join(r)
            for r in rows
        ):
            continue
        if any(all(_CELL_YES_NO.match(r[j]) for r in rows) for j in range(1, k)):
            return k
    return 0


def _flat_joins(text: str) -> set[int]:
    """Offsets of the line breaks inside the rows of flattened tables."""
    joins: set[int] = set()
    block: list[tuple[int, str]] = []  # (offset of the line's break, line)
    pos = 0
    for line in [*text.split("\n"), ""]:
        if line.strip():
            block.append((pos + len(line), line))
        else:
            k = _flat_table([b[1] for b in block]) if len(block) >= 3 * 2 else 0
            if k:
                for i in range(0, len(block), k):
                    joins.update(b[0] for b in block[i : i + k - 1])
            block = []
        pos += len(line) + 1
    return joins


# a sentence broken by a page break (a PDF copied as text): "... concluding that dry needling is
# within" / running footer, page number, running header, a table of figures / "the scope of
# practice of physical therapy." The furniture between the two halves is cut, so the sentence
# reads whole again. Only when the first half stops mid-sentence (no closing punctuation, a word
# in lower case), the second starts in lower case, and every line between is page furniture: a
# line the page repeats (a running header or footer, its page number aside), a bare page
# number, a table's caption or a row of figures; and at least one of them marks a page break.
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|^\s*-\s*\d{1,4}\s*-\s*$", re.IGNORECASE
)
_RUNNING_NUMBER = re.compile(r"\s{2,}\d{1,4}\s*$")
_TABLE_CAPTION = re.compile(r"^\s*(?:table|figure|chart)\s+\d+[.:]", re.IGNORECASE)
_FIGURES_ROW = re.compile(r"\S\s{2,}\S.*\d|\d.*\S\s{2,}\S")
_BROKEN_END = re.compile(r"[a-z,]\s*$")
_CONTINUES = re.compile(r"^\s*[a-z]")
_FURNITURE_MAX_LINES = 30


def _furniture_key(line: str) -> str:
    return " ".join(_RUNNING_NUMBER.sub("", line).split()).lower()


def _page_break_cuts(text: str) -> list[tuple[int, int]]:
    """Spans of page furniture that split a sentence across a page break."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    keys = [_furniture_key(line) for line in lines]
    counts: dict[str, int] = {}
    for k in keys:
        if k:
            counts[k] = counts.get(k, 0) + 1
    cuts: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        if not line.strip() or not _BROKEN_END.search(line) or i + 1 >= len(lines) or lines[i + 1].strip():
            continue
        j = i + 1
        page_break = False
        while j < len(lines) and j - i <= _FURNITURE_MAX_LINES:
            here = lines[j]
            if not here.strip():
                j += 1
                continue
            if _CONTINUES.match(here):
                break
            repeated = counts.get(keys[j], 0) >= 2 and len(keys[j].split()) >= 2
            number = bool(_PAGE_NUMBER.match(here))
            if repeated or number:
                page_break = True
            elif not (_TABLE_CAPTION.match(here) or _FIGURES_ROW.search(here)) or "needl" in here.lower():
                break
            j += 1
        if page_break and j < len(lines) and j - i <= _FURNITURE_MAX_LINES and _CONTINUES.match(lines[j]):
            cuts.append((starts[i] + len(line.rstrip()), starts[j]))
    return cuts


def _cut(body: str, where: list[int], cuts: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """``body`` with each span in ``cuts`` replaced by one space (kept at the span's start)."""
    out: list[str] = []
    at: list[int] = []
    pos = 0
    for a, b in cuts:
        out.append(body[pos:a] + " ")
        at.extend(where[pos : a + 1] if a < len(where) else [*where[pos:a], where[-1]])
        pos = b
    out.append(body[pos:])
    at.extend(where[pos:])
    return "".join(out), at


# a page set in two columns of prose (a PDF newsletter copied as text): each line holds a piece of
# the left column, a gutter of spaces, and a piece of the right one. The block is rewritten as
# the left column, then the right, so each column's sentences read whole. Only prose: at least
# _COLUMN_MIN_LINES lines with text on both sides, most pieces of three words or more, and no
# second gutter on either side (a table of figures or a state-by-state chart keeps its rows).
_COLUMN_MIN_LINES = 8
_COLUMN_GUTTER = 3
_INNER_GUTTER = re.compile(r"\S {3,}\S")
_GUTTER_RE = re.compile(r"\S( {%d,})(?=\S)" % _COLUMN_GUTTER)  # noqa: UP031
_INDENTED_RIGHT = re.compile(r"( {20,})(?=\S)")  # a line with only the right column


def _prose(piece: str) -> bool:
    return len(piece.split()) >= 3 and not _INNER_GUTTER.search(piece.strip())


def _column_at(lines: list[str]) -> int | None:
    """The column where a right-hand column of prose starts on these lines, or None."""
    votes: dict[int, int] = {}
    for line in lines:
        m = _GUTTER_RE.search(line) or _INDENTED_RIGHT.match(line)
        if m:
            votes[m.end()] = votes.get(m.end(), 0) + 1
    for col, n in sorted(votes.items(), key=lambda kv: -kv[1]):
        if n < _COLUMN_MIN_LINES:
            return None
        both = [ln for ln in lines if len(ln) > col and ln[:col].strip() and ln[col - 2 : col] == "  "]
        if len(both) < _COLUMN_MIN_LINES:
            continue
        pieces = [ln[:col] for ln in both] + [ln[col:] for ln in both]
        if sum(map(_prose, pieces)) >= 0.7 * len(pieces):
            return col
    return None


def _columns(body: str, where: list[int]) -> tuple[str, list[int]]:
    """``body`` with a block set in two columns rewritten as one column after the other."""
    lines = body.split("\n")
    col = _column_at(lines)
    if col is None:
        return body, where
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)

    def split(line: str) -> bool:  # the line is cut at the gutter (or holds only one column)
        return len(line) <= col or line[col - 2 : col] == "  " or not line[:col].strip()

    first = next(i for i, ln in enumerate(lines) if len(ln) > col and ln[col - 2 : col] == "  " and split(ln))
    last = max(i for i, ln in enumerate(lines) if len(ln) > col and ln[col - 2 : col] == "  " and split(ln))
    while first > 0 and lines[first - 1].strip() and split(lines[first - 1]):
        first -= 1
    if not all(split(lines[i]) for i in range(first, last + 1)):
        return body, where
    left_text: list[str] = []
    left_at: list[int] = []
    right_text: list[str] = []
    right_at: list[int] = []
    for i in range(first, last + 1):
        a, line = starts[i], lines[i]
        cut = min(col, len(line))
        left, right = line[:cut].rstrip(), line[cut:]
        left_text.append(left + "\n")
        left_at.extend([*where[a : a + len(left)], where[a + len(line)]])
        # an empty right-hand piece is a blank line of the right column: its paragraphs stay apart
        kept = right if right.strip() else ""
        right_text.append(kept + "\n")
        right_at.extend([*where[a + cut : a + cut + len(kept)], where[a + len(line)]])
    a, b = starts[first], starts[last + 1]
    middle = "".join(left_text) + "\n" + "".join(right_text)
    middle_at = left_at + [left_at[-1] if left_at else where[a]] + right_at
    if b > len(body):  # the block runs to the end of the page: no last line break to keep
        middle, middle_at, b = middle[:-1], middle_at[:-1], len(body)
    return body[:a] + middle + body[b:], where[:a] + middle_at + where[b:]


# a quoted modifier splits the term: 'trigger point or "dry" needling' is dry needling
_QUOTED_DRY = re.compile(r"[\"'](dry)[\"'](?=\s+needl)", re.IGNORECASE)


def normalise(text: str) -> Normalised:
    """The page in one plain spelling, with the offset map back to the original."""
    offsets = list(range(len(text) + 1))
    body, where = text.translate(_TABLE), offsets[:-1]  # translate maps one char to one char
    body, where = rewrite(body, where, _REMOVE, lambda m: "")
    body, where = rewrite(body, where, _LIGATURE_RE, lambda m: _LIGATURES[m.group(0)])
    if len(_GUTTER.findall(body)) >= _GUTTER_MIN_LINES:
        body, where = rewrite(body, where, _GUTTER, lambda m: "")
    if len(_BOX_LINE.findall(body)) >= _BOX_MIN_LINES:
        body, where = rewrite(
            body, where, _BOX_LINE, lambda m: _BOX_BAR.sub(lambda b: (b.group(1) or "") + " ", m.group(0))
        )
    joins = _flat_joins(body)
    if joins:
        body, where = rewrite(body, where, re.compile(r"\n"), lambda m: " | " if m.start() in joins else "\n")
    body, where = _columns(body, where)
    cuts = _page_break_cuts(body)
    if cuts:
        body, where = _cut(body, where, cuts)
    body, where = rewrite(body, where, _HYPHENATED, lambda m: "")
    body, where = rewrite(body, where, _QUOTED_DRY, lambda m: m.group(1))
    body, where = rewrite(body, where, _FOOTNOTE, lambda m: "")
    body, where = rewrite(body, where, _RAMSEYER, lambda m: "")
    body, where = rewrite(body, where, _CAPS_LINE, _sentence_case)
    return Normalised(text, body, (*where, len(text)))
