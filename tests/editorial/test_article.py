from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.dbfactory import two_runs
from tracker.editorial import article
from tracker.errors import ArticleError
from tracker.sources import jurisdictions
from tracker.store import queries

FIXTURES = Path(__file__).parents[1] / "fixtures" / "article"
SHARED = Path(__file__).resolve().parents[2].parent / "shared/article/acupuncture-vs-dry-needling.txt"
ORIGINAL = ["California", "Florida", "Idaho", "New York", "Washington", "Hawaii", "South Dakota"]
# Stay: California, New York, Hawaii, South Dakota; go: Florida, Idaho, Washington; new: Oregon, Colorado.
TARGET = ["South Dakota", "Oregon", "California", "New York", "Hawaii", "Colorado"]

# The exact list text in each fixture, and what it must become for TARGET.
SHAPES = {
    "needling-guide.txt": (
        "California, Florida, Idaho, New York, Washington, Hawaii, and South Dakota",
        "California, New York, Hawaii, South Dakota, Colorado, and Oregon",
    ),
    "needling-guide.md": (
        (
            "**California**, [Florida](https://example.test/fl.html), Idaho, New York,\n"
            "Washington, Hawaii, and South Dakota"
        ),
        "**California**, New York, Hawaii, South Dakota, Colorado, and Oregon",
    ),
    "needling-guide.html": (
        (
            '<a href="https://example.test/ca.html">California</a>, Florida, Idaho, New&nbsp;York, '
            "Washington, <strong>Hawaii</strong>, and South&#160;Dakota"
        ),
        (
            '<a href="https://example.test/ca.html">California</a>, New&nbsp;York, '
            "<strong>Hawaii</strong>, South&#160;Dakota, Colorado, and Oregon"
        ),
    ),
}


def text_of(name: str) -> str:
    return (FIXTURES / name).read_bytes().decode("utf-8")


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_find_list_reads_names_in_every_shape(name: str) -> None:
    assert article.find_list(text_of(name)).names == ORIGINAL


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_rewrite_keeps_place_appends_alphabetically_removes(name: str) -> None:
    old, new = SHAPES[name]
    text = text_of(name)
    assert text.count(old) == 1
    assert article.rewrite(text, TARGET) == text.replace(old, new)


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_rewrite_is_idempotent_and_same_list_is_a_no_op(name: str) -> None:
    text = text_of(name)
    once = article.rewrite(text, TARGET)
    assert article.rewrite(once, TARGET) == once
    assert article.rewrite(text, list(reversed(ORIGINAL))) == text


@pytest.mark.parametrize(
    ("states", "expected", "names"),
    [
        (["Hawaii", "California"], "like California and Hawaii, because", ["California", "Hawaii"]),
        (["Hawaii"], "like Hawaii, because", ["Hawaii"]),
        ([], "like none at present, because", []),
        (
            ["Oregon", "California", "Alabama"],
            "like California, Alabama, and Oregon, because",
            ["California", "Alabama", "Oregon"],
        ),
    ],
)
def test_oxford_comma_two_one_none(states: list[str], expected: str, names: list[str]) -> None:
    text = text_of("needling-guide.txt")
    out = article.rewrite(text, states)
    old_list = SHAPES["needling-guide.txt"][0]
    assert out == text.replace(f"like {old_list}, because", expected)
    assert article.find_list(out).names == names


def test_empty_list_is_recognised_and_can_grow_again() -> None:
    text = article.rewrite(text_of("needling-guide.txt"), [])
    assert article.find_list(text).names == []
    assert article.rewrite(text, []) == text
    again = article.rewrite(text, ["Oregon", "Hawaii"])
    assert "not allowed, like Hawaii and Oregon, because their" in again
    assert again.replace("like Hawaii and Oregon, because", "like none at present, because") == text


def test_html_entities_and_ampersand_conjunction() -> None:
    text = (
        "<p>There are some states where dry needling is not allowed, like California, "
        "New&nbsp;York &amp; Hawaii, because of the boards.</p>\n"
    )
    found = article.find_list(text)
    assert found.names == ["California", "New York", "Hawaii"]
    assert found.conjunction == "&amp;"
    out = article.rewrite(text, ["Hawaii", "New York", "Oregon"])
    assert out == (
        "<p>There are some states where dry needling is not allowed, like New&nbsp;York, "
        "Hawaii, &amp; Oregon, because of the boards.</p>\n"
    )


def test_sentence_not_found_raises_article_error() -> None:
    with pytest.raises(ArticleError, match="not found"):
        article.rewrite("Dry needling is a modern technique.\n", ["California"])
    with pytest.raises(ArticleError, match="not found"):
        article.find_list("There are some states where dry needling is allowed.")


def test_binary_and_non_utf8_files_raise(tmp_path: Path) -> None:
    binary = tmp_path / "a.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    latin = tmp_path / "a.txt"
    latin.write_bytes(
        "There are some states where dry needling is not allowed, like Espa\xf1a, because".encode("latin-1")
    )
    with pytest.raises(ArticleError, match="binary"):
        article.article_diff(binary, ["California"])
    with pytest.raises(ArticleError, match="UTF-8"):
        article.article_diff(latin, ["California"])
    with pytest.raises(ArticleError, match="not found"):
        article.article_diff(tmp_path / "missing.txt", ["California"])


def test_diff_write_and_backup_keep_crlf_bytes(tmp_path: Path) -> None:
    original = (FIXTURES / "needling-guide.txt").read_bytes().replace(b"\n", b"\r\n")
    path = tmp_path / "article.txt"
    path.write_bytes(original)
    new_text, diff = article.article_diff(path, TARGET)
    old_list, new_list = SHAPES["needling-guide.txt"]
    assert new_text.encode() == original.replace(old_list.encode(), new_list.encode())
    changed = [line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert len(changed) == 2 and old_list in changed[0] and new_list in changed[1]
    backup = article.write_article(path, new_text)
    assert backup == tmp_path / "article.txt.bak"
    assert backup.read_bytes() == original
    assert path.read_bytes() == new_text.encode()
    again, diff2 = article.article_diff(path, TARGET)
    assert diff2 == ""
    assert article.write_article(path, again) is None
    assert backup.read_bytes() == original


def test_write_keeps_the_mode_and_hard_links(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes((FIXTURES / "needling-guide.txt").read_bytes())
    path.chmod(0o644)
    link = tmp_path / "published-copy.txt"
    os.link(path, link)
    inode = path.stat().st_ino
    new_text, diff = article.article_diff(path, TARGET)
    assert diff
    backup = article.write_article(path, new_text)
    assert backup is not None and stat.S_IMODE(backup.stat().st_mode) == 0o644
    assert (path.stat().st_ino, stat.S_IMODE(path.stat().st_mode)) == (inode, 0o644)
    assert link.read_text() == new_text  # the hard link sees the new list


def test_prohibited_states_uses_status_or_published_status(tmp_path: Path) -> None:
    db = two_runs(tmp_path / "sw.db")
    assert queries.article_states(db) == ["California", "Colorado", "New York"]
    assert queries.article_states(db, reviewed_only=True) == ["California", "New York", "Washington"]


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/article is not beside the repository")
def test_shared_article_sentence_byte_for_byte() -> None:
    original = SHARED.read_bytes()
    text = original.decode("utf-8")
    out = article.rewrite(text, ["Hawaii", "Oregon", "New York", "California"])
    expected_line = (
        "There are some states where dry needling is not allowed, like California, New York, "
        "Hawaii, and Oregon, because their state health boards consider dry needling techniques "
        "an intrusion of physical therapy in the TCM field and that non-acupuncturists lack proper "
        "training to administer acupuncture safely."
    )
    old_lines = text.splitlines(keepends=True)
    new_lines = out.splitlines(keepends=True)
    assert len(old_lines) == len(new_lines)
    changed = [i for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=True)) if a != b]
    assert len(changed) == 1
    assert new_lines[changed[0]].rstrip("\n") == expected_line
    assert article.rewrite(out, ["Hawaii", "Oregon", "New York", "California"]) == out


ALL_NAMES = sorted(jurisdictions.name(c) for c in jurisdictions.core_codes())


@settings(max_examples=60, deadline=None)
@given(
    first=st.lists(st.sampled_from(ALL_NAMES), unique=True, max_size=8),
    second=st.lists(st.sampled_from(ALL_NAMES), unique=True, max_size=8),
    name=st.sampled_from(sorted(SHAPES)),
)
def test_rewrite_properties(first: list[str], second: list[str], name: str) -> None:
    text = text_of(name)
    found = article.find_list(text)
    once = article.rewrite(text, first)
    twice = article.rewrite(once, second)
    assert article.rewrite(twice, second) == twice  # idempotent
    new = article.find_list(twice)
    assert twice[: new.start] == text[: found.start]  # bytes before the list unchanged
    assert twice[new.end :] == text[found.end :]  # bytes after the list unchanged
    stayed = [n for n in article.find_list(once).names if n in second]
    assert new.names == stayed + sorted(set(second) - set(stayed))
