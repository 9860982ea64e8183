"""The word diff: right on small inputs (checked against difflib), bounded on hostile ones."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.analysis import worddiff, wording

words = st.lists(st.sampled_from(["a", "b", "c", "the", "dry", "needling"]), max_size=30)


def apply(a: list[str], b: list[str], ops: list[worddiff.Opcode]) -> list[str]:
    out: list[str] = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            assert a[i1:i2] == b[j1:j2]
            out += a[i1:i2]
        else:
            out += b[j1:j2]
    return out


@settings(max_examples=300, deadline=None)
@given(words, words)
def test_the_opcodes_turn_old_into_new_with_a_longest_common_part(a: list[str], b: list[str]) -> None:
    result = worddiff.diff(a, b)
    assert result.truncated is None
    assert apply(a, b, result.opcodes) == b
    kept = sum(i2 - i1 for tag, i1, i2, _, _ in result.opcodes if tag == "equal")
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    assert kept >= sum(block.size for block in matcher.get_matching_blocks())


def test_hostile_inputs_are_cut_short_and_say_so() -> None:
    """The inputs that took difflib minutes (100,000 words; one word repeated): a truncated
    note instead. No timing is asserted: that these return at all is the point."""
    one_word = worddiff.diff(["x"] * 100_000, ["x", "y"] * 50_000)
    assert one_word.truncated is not None and "more than 200 words changed" in one_word.truncated
    new_text = worddiff.diff([f"w{i}" for i in range(100_000)], [f"v{i}" for i in range(100_000)])
    assert new_text.truncated is not None
    sparse = worddiff.diff([f"w{i}" for i in range(100_000)], [f"w{i}" for i in range(100_000) if i % 1000])
    assert sparse.truncated is not None and "the first 20,000 compared" in sparse.truncated
    diff = wording.word_diff(
        " ".join(f"w{i}" for i in range(100_000)), " ".join(f"v{i}" for i in range(100_000))
    )
    assert "(diff truncated:" in diff and len(diff.split()) < 200


def test_a_small_edit_in_a_long_page_is_exact() -> None:
    old = [f"w{i}" for i in range(100_000)]
    new = [*old[:50_000], "inserted", *old[50_000:]]
    result = worddiff.diff(old, new)
    assert result.truncated is None
    assert [op for op in result.opcodes if op[0] != "equal"] == [("insert", 50_000, 50_000, 50_000, 50_001)]
