"""A word diff whose cost is bounded on any input.

``difflib.SequenceMatcher`` is quadratic or worse on long texts with repeated words (100,000
words took 98 s; 800 copies of one word, 19 s). This is Myers' O((N+M)·D) algorithm after the
common prefix and suffix are cut off, stopped after :data:`MAX_EDITS` edits: a diff shown to
editors is cut at a few dozen changed words anyway. Past that, or past :data:`MAX_WORDS` words of
changed region, the result says it was truncated instead of taking minutes.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_EDITS = 200  # word insertions plus deletions aligned exactly
MAX_WORDS = 20_000  # words of changed region (each side) looked at

Opcode = tuple[str, int, int, int, int]  # difflib's shape: tag, i1, i2, j1, j2


@dataclass(frozen=True)
class WordDiff:
    opcodes: list[Opcode]
    truncated: str | None = None  # why the alignment stopped early, if it did


def diff(a: list[str], b: list[str], max_edits: int = MAX_EDITS, max_words: int = MAX_WORDS) -> WordDiff:
    """difflib-style opcodes turning ``a`` into ``b``."""
    n, m = len(a), len(b)
    start = 0
    while start < n and start < m and a[start] == b[start]:
        start += 1
    end = 0
    while end < n - start and end < m - start and a[n - 1 - end] == b[m - 1 - end]:
        end += 1
    mid_a, mid_b = a[start : n - end], b[start : m - end]
    truncated = None
    if len(mid_a) > max_words or len(mid_b) > max_words:
        truncated = (
            f"the changed region is {max(len(mid_a), len(mid_b)):,} words; the first {max_words:,} compared"
        )
        mid_a, mid_b = mid_a[:max_words], mid_b[:max_words]
    moves = _myers(mid_a, mid_b, max_edits)
    if moves is None:
        truncated = f"more than {max_edits} words changed; shown as one replacement"
        middle: list[Opcode] = [("replace", 0, len(mid_a), 0, len(mid_b))] if mid_a or mid_b else []
    else:
        middle = _opcodes(moves)
    ops: list[Opcode] = []
    if start:
        ops.append(("equal", 0, start, 0, start))
    ops += [(tag, i1 + start, i2 + start, j1 + start, j2 + start) for tag, i1, i2, j1, j2 in middle]
    if len(mid_a) < n - start - end or len(mid_b) < m - start - end:
        return WordDiff(ops, truncated)  # what follows the cut is not aligned: leave it out
    if end:
        ops.append(("equal", n - end, n, m - end, m))
    return WordDiff(ops, truncated)


def _myers(a: list[str], b: list[str], max_edits: int) -> list[str] | None:
    """The edit script as moves ("=", "-", "+"), or None past ``max_edits`` edits."""
    n, m = len(a), len(b)
    v: dict[int, int] = {1: 0}
    trace: list[dict[int, int]] = []
    for d in range(min(max_edits, n + m) + 1):
        trace.append(dict(v))
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v.get(k - 1, -1) < v.get(k + 1, -1)):
                x = v.get(k + 1, 0)
            else:
                x = v.get(k - 1, 0) + 1
            y = x - k
            while x < n and y < m and a[x] == b[y]:
                x, y = x + 1, y + 1
            v[k] = x
            if x >= n and y >= m:
                return _backtrack(trace, n, m)
    return None


def _backtrack(trace: list[dict[int, int]], n: int, m: int) -> list[str]:
    moves: list[str] = []
    x, y = n, m
    for d in range(len(trace) - 1, -1, -1):
        v = trace[d]
        k = x - y
        if k == -d or (k != d and v.get(k - 1, -1) < v.get(k + 1, -1)):
            prev_k = k + 1
        else:
            prev_k = k - 1
        prev_x = v.get(prev_k, 0)
        prev_y = prev_x - prev_k
        while x > prev_x and y > prev_y:
            moves.append("=")
            x, y = x - 1, y - 1
        if d > 0:
            moves.append("+" if x == prev_x else "-")
        x, y = prev_x, prev_y
    moves.reverse()
    return moves


def _opcodes(moves: list[str]) -> list[Opcode]:
    ops: list[Opcode] = []
    i = j = 0
    k = 0
    while k < len(moves):
        if moves[k] == "=":
            i0, j0 = i, j
            while k < len(moves) and moves[k] == "=":
                i, j, k = i + 1, j + 1, k + 1
            ops.append(("equal", i0, i, j0, j))
            continue
        i0, j0 = i, j
        while k < len(moves) and moves[k] != "=":
            if moves[k] == "-":
                i += 1
            else:
                j += 1
            k += 1
        tag = "replace" if i > i0 and j > j0 else "delete" if i > i0 else "insert"
        ops.append((tag, i0, i, j0, j))
    return ops
