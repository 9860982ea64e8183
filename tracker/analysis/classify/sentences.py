"""Split extracted page text into paragraphs, sentences and clauses, keeping offsets.

Offsets always point into the original text, so evidence is quoted verbatim.

A *chrome* line is a short line without closing punctuation ("Dry Needling FAQ", "News: bill
would allow dry needling", a title, a footer): it is kept (titles and effective-date headers
matter) but it never decides anything.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from tracker.analysis.classify.typography import Normalised

CHROME_MAX_WORDS = 10
HEADLINE_MAX_WORDS = 18
_TERMINAL = re.compile(r"[.!?;:][\"'”’)\]]*\s*$")
_LINE = re.compile(r"[^\r\n]+")
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*(\s+)(?=[\"'“‘(\[]?[A-Z0-9§])")
_LAST_TOKEN = re.compile(r"(\S+)$")
_ENUMERATED = re.compile(r"\s*(?:\(?[0-9a-zA-Z]{1,3}[.)]|[-•*–])\s")
# an entry of a list of bills signed into law: a bill's number (a companion's may be blank), its
# sponsors, a dash and what it does ("S-867/A-1234 (Smith/Jones) - Permits physical therapists to
# ..."), under "... signed the following bills into law:": a statement, punctuated or not (under
# any other list, an unpunctuated entry stays a heading: a bill introduced is no law)
_BILL_ENTRY = re.compile(
    r"\s*(?:[HSA]\.?\s?[BFR]?\.?\s?(?:No\.?\s*)?-?\s*[\d_]+|(?:house|senate|assembly)\s+bill\s+(?:no\.?\s*)?[\d_]+)"
    r"(?:\s*/\s*[HSA]\.?\s?[BFR]?\.?\s?-?\s*[\d_]*)*\s*(?:\([^()\n]{0,80}\))?\s*[-–—:]\s+[A-Z][a-z]+s\s+\w+",
    re.IGNORECASE,
)
_SIGNING_LIST = re.compile(
    r"\b(?:signed|approved|enacted)\b[^.\n]{0,40}\bthe\s+following\b[^.\n]{0,60}:\s*$", re.IGNORECASE
)
_ANY_LIST = re.compile(r"\bthe\s+following\b[^.\n]{0,60}:\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    # "includes, but is not limited to, ..." is one clause: it widens a list, it contrasts nothing
    r";|,\s*(?:but(?!\s+(?:is|are)\s+not\s+limited\s+to\b)|whereas|while|however|although)\b|"
    r"\s+but\s+(?!also\b|(?:is|are)\s+not\s+limited\s+to\b)|\bhowever,",
    re.IGNORECASE,
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "rev",
        "gen",
        "gov",
        "atty",
        "op",
        "ops",
        "stat",
        "stats",
        "ann",
        "admin",
        "reg",
        "regs",
        "ch",
        "art",
        "arts",
        "sec",
        "secs",
        "no",
        "nos",
        "vol",
        "st",
        "inc",
        "co",
        "corp",
        "ltd",
        "jr",
        "sr",
        "vs",
        "v",
        "cf",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "eff",
        "dept",
        "div",
        "fig",
        "pp",
        "p",
        "para",
        "subd",
        "cl",
        "u.s",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "r.s",
        "c.r.s",
        "n.c.g.s",
        "o.r.s",
        "a.c",
        "n.j.a.c",
        "ala",
        "ariz",
        "ark",
        "cal",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "or",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
    ]
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int
    chrome: bool
    clauses: tuple[Span, ...]


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    chrome: bool


@dataclass(frozen=True)
class Document:
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    source: Normalised | None = None  # the page as written, when ``text`` is its plain spelling

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def quote(self, start: int, end: int) -> str:
        """The page's own words for ``text[start:end]`` (verbatim, for evidence)."""
        if self.source is None:
            return self.text[start:end]
        a, b = self.source.original_span(start, end)
        return self.source.original[a:b]

    def title(self) -> str:
        for p in self.paragraphs[:3]:
            piece = self.text[p.start : p.end].strip()
            if piece:
                return piece
        return ""


_TABLE_CELLS = 2  # separators that make a line a table row
# a line that stops on a word no title ends on ("... may perform dry needling in", "... scope of
# practice of", "... performed by an"): a sentence broken across lines, not a heading
_OPEN_END = re.compile(
    r"\b(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|nor|that|which|who|whose|may|shall|must|can|"
    r"cannot|will|would|should|is|are|was|were|be|been|not|than|as|under|within|without|its|their|unless|until|"
    r"if|because|including|only|also)\s*$",
    re.IGNORECASE,
)


def _broken_prose(line: str) -> bool:
    """A line of prose cut mid-sentence: it ends on a function word and is not in title case."""
    if not _OPEN_END.search(line):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) * 2 < len(words)


def _is_short_unterminated(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) <= CHROME_MAX_WORDS and not _TERMINAL.search(stripped)


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, blank_before) for every non-blank line."""
    out: list[tuple[int, int, bool]] = []
    prev_end = 0
    for m in _LINE.finditer(text):
        if not m.group(0).strip():
            continue
        gap = text[prev_end : m.start()]
        blank_before = gap.count("\n") >= 2 or not out
        out.append((m.start(), m.end(), blank_before))
        prev_end = m.end()
    return out


def _paragraphs(text: str) -> list[Paragraph]:
    lines = _lines(text)
    paragraphs: list[Paragraph] = []
    cur_start: int | None = None
    cur_end = 0
    prev_open = False  # the previous prose line ended mid-sentence
    in_list = False  # the previous line introduced a list (':') or was an item of one
    signing = False  # the nearest list introduced above is one of bills signed into law
    for i, (start, end, blank_before) in enumerate(lines):
        line = text[start:end]
        if _ANY_LIST.search(line):
            signing = bool(_SIGNING_LIST.search(line))
        nxt = text[lines[i + 1][0] : lines[i + 1][1]].lstrip() if i + 1 < len(lines) else ""
        joined = i + 1 < len(lines) and not lines[i + 1][2]  # the next line is in the same paragraph
        continues = joined and (nxt[:1].islower() or _broken_prose(line))
        item = bool(_ENUMERATED.match(line))
        row = line.count("|") >= _TABLE_CELLS
        # a headline: one unterminated line standing alone between blank lines
        alone = blank_before and (i + 1 == len(lines) or lines[i + 1][2])
        headline = alone and len(line.split()) <= HEADLINE_MAX_WORDS and not _TERMINAL.search(line.strip())
        chrome = (
            (_is_short_unterminated(line) or headline)
            and not (signing and _BILL_ENTRY.match(line))
            and not (prev_open and not blank_before)
            and not continues
            and not (item and in_list)  # "(f) dry needling" in a definition's list
        )
        stripped = line.rstrip()
        in_list = stripped.endswith((":", ";", "; and", "; or", ", and", ", or")) or (item and in_list)
        if (chrome or blank_before or (row and not chrome)) and cur_start is not None:
            paragraphs.append(Paragraph(len(paragraphs), cur_start, cur_end, False))
            cur_start = None
        if row and not chrome:  # a table row ("Wisconsin | Permitted | ..."): a paragraph of its own
            paragraphs.append(Paragraph(len(paragraphs), start, end, False))
            prev_open = False
            continue
        if chrome:
            paragraphs.append(Paragraph(len(paragraphs), start, end, True))
            prev_open = False
            continue
        if cur_start is None:
            cur_start = start
        cur_end = end
        prev_open = not _TERMINAL.search(line.strip())
    if cur_start is not None:
        paragraphs.append(Paragraph(len(paragraphs), cur_start, cur_end, False))
    return paragraphs


def _is_abbreviation(before: str) -> bool:
    m = _LAST_TOKEN.search(before)
    if not m:
        return False
    token = m.group(1).lstrip("(\"'“‘[").rstrip(".").lower()
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return True
    # "U.S.", and a code's abbreviated name: "24 Del.C. 2602", "Ann.Code. 12"
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]|[a-z]{2,5}\.[a-z]{1,4}", token))


def _split_points(text: str, start: int, end: int) -> list[int]:
    """Offsets (absolute) where a new sentence starts inside ``[start, end)``."""
    chunk = text[start:end]
    points: list[int] = []
    for m in _BOUNDARY.finditer(chunk):
        # a bounded tail: no abbreviation is longer, and slicing the whole prefix is quadratic
        if chunk[m.start()] == "." and _is_abbreviation(chunk[max(0, m.start() - 63) : m.start() + 1]):
            continue
        points.append(start + m.end(1))
    # a list introduced by ':' or ';' (or an item ended by '.') and continued on a new line with
    # an enumerator
    for m in re.finditer(r"(?:[:;.]|[;,]\s+(?:and|or))\s*\n", chunk):
        if _ENUMERATED.match(chunk, m.end()):
            points.append(start + m.end())
    return sorted(set(points))


def _clauses(text: str, start: int, end: int) -> tuple[Span, ...]:
    spans: list[Span] = []
    cur = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        if m.start() > cur:
            spans.append(Span(cur, m.start()))
        cur = m.end()
    if cur < end:
        spans.append(Span(cur, end))
    return tuple(spans) or (Span(start, end),)


def segment(text: str, source: Normalised | None = None) -> Document:
    """Cut ``text`` into paragraphs, sentences and clauses (all offsets into ``text``).

    ``source``: the normalised page ``text`` is the plain spelling of, for ``Document.quote``.
    """
    paragraphs = _paragraphs(text)
    sentences: list[Sentence] = []
    for para in paragraphs:
        bounds = [para.start, *_split_points(text, para.start, para.end), para.end]
        for s, e in itertools.pairwise(bounds):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            sentences.append(Sentence(len(sentences), s, e, para.index, para.chrome, _clauses(text, s, e)))
    return Document(text, tuple(paragraphs), tuple(sentences), source)
