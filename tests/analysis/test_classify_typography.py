"""Typography families that rearrange a page: a page break inside a sentence, two columns."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tracker.analysis.classify.typography import normalise

TWO_COLUMNS = (
    "Board Newsletter\n\n"
    + "\n".join(
        f"{left:<34}{right}"
        for left, right in [
            ("The Board has received many", "Licenses expire on the last"),
            ("questions about dry needling.", "day of the licensee's birth"),
            ("After reviewing the practice", "month. Renewal notices are"),
            ("act, the Board determined that", "mailed about sixty days before"),
            ("dry needling is not within the", "the license expires. Please"),
            ("scope of physical therapy", "keep your mailing address"),
            ("practice. Physical therapists", "current with the office and"),
            ("may not perform dry needling.", "complete continuing education"),
        ]
    )
    + "\n"
)

TABLE = "State          Physical therapists    Notes\n" + "".join(
    f"{state:<15}Yes                    None\n"
    for state in ("Idaho", "Utah", "Ohio", "Iowa", "Maine", "Texas", "Kansas", "Nevada", "Oregon")
)


PAGE_BREAK = (
    "Board of Physical Therapy Opinions   1\n\nOpinion 7.\n\nAfter review, the Board concludes that dry"
    " needling is within\n\nBoard of Physical Therapy Opinions   2\n\nthe scope of practice of physical"
    " therapy.\n"
)


def test_a_page_break_inside_a_sentence_is_cut() -> None:
    plain = normalise(PAGE_BREAK)
    assert "dry needling is within the scope of practice" in plain.text
    start = plain.text.index("the scope")
    a, b = plain.original_span(start, start + len("the scope"))
    assert PAGE_BREAK[a:b] == "the scope"


def test_a_sentence_ended_before_the_header_is_left_alone() -> None:
    whole = PAGE_BREAK.replace("is within", "is within scope.").replace("the scope of", "The scope of")
    assert normalise(whole).text == whole


def test_two_columns_read_one_after_the_other() -> None:
    plain = normalise(TWO_COLUMNS)
    assert "dry needling is not within the\nscope of physical therapy\npractice." in plain.text
    start = plain.text.index("Licenses expire")
    a, b = plain.original_span(start, start + len("Licenses expire"))
    assert TWO_COLUMNS[a:b] == "Licenses expire"


def test_a_table_of_short_cells_keeps_its_rows() -> None:
    assert normalise(TABLE).text == TABLE


def test_a_line_in_capitals_keeps_its_places() -> None:
    # the places typography gives their capitals back are those ``places`` reads: states, the
    # District and the territories
    line = "UNDER THE LAW OF PUERTO RICO, NEW YORK AND THE DISTRICT OF COLUMBIA A PT MAY NOT DRY NEEDLE."
    text = normalise(line).text
    assert "Puerto Rico" in text and "New York" in text and "District of Columbia" in text


FAQ = (
    "Quick answers\n\nIs a course required?\nYes\nMay an athletic trainer perform dry needling?\nNo\n"
    "May an athletic trainer perform cupping?\nYes\n"
)
FLAT_TABLE = "Scope\n\nTechnique\nAllowed?\nCupping\nYes\nDry needling\nNo\nTaping\nYes\n"


def test_a_yes_no_faq_keeps_its_questions() -> None:
    # a question and its bare answer are no table row: the question still ends with its "?"
    assert normalise(FAQ).text == FAQ


def test_a_flattened_table_is_joined_by_rows() -> None:
    assert "Dry needling | No" in normalise(FLAT_TABLE).text


@given(st.text(alphabet=" \nab.-7", max_size=400))
def test_offsets_cover_the_text(text: str) -> None:
    plain = normalise(text)
    assert len(plain.offsets) == len(plain.text) + 1
    assert all(0 <= o <= len(text) for o in plain.offsets)


_WORDS = st.lists(
    st.sampled_from(["dry", "needling", "the", "board", "may", "not", "per-", "7", ""]), max_size=6
)


@given(st.lists(st.tuples(_WORDS, _WORDS, st.integers(0, 40)), min_size=8, max_size=14))
def test_offsets_cover_column_layouts(rows: list[tuple[list[str], list[str], int]]) -> None:
    text = "\n".join(f"{' '.join(left):<{width}}   {' '.join(right)}" for left, right, width in rows)
    plain = normalise(text)
    assert len(plain.offsets) == len(plain.text) + 1
    assert all(0 <= o <= len(text) for o in plain.offsets)
    assert sorted(plain.text.split()) == sorted("".join(text.split("-\n")).split()) or "-" in text
