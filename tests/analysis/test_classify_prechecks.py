"""The classifier's cheap pre-checks never change a result (issue 15: cheaper per page).

Each pre-check skips work only where the work could not find anything: a span without a digit
holds no date, a line with enough a-z letters is not a line in capitals, and the dates of a
sentence are the same whether computed once per page or every time they are asked for.
"""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.analysis.classify import dates, typography
from tracker.analysis.classify.sentences import segment
from tracker.analysis.classify.typography import normalise

ALPHABET = st.sampled_from(string.ascii_letters + string.digits + string.punctuation + " \n")
SETTINGS = settings(max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck))
PIECES = [
    "Effective ",
    "eff. ",
    "Eff. 6-13-11",
    "took effect on ",
    "signed ",
    "filed 5/22/24, effective 6/22/24",
    "January 1, 2019",
    "Jan. 1, 2019",
    "1st day of March, 2016",
    "2014-06-30",
    "3/9/2024",
    "October 2014",
    "in 2014",
    " the Board adopted ",
    "Approved by the Governor",
    "Page last updated ",
    "dry needling ",
    ". ",
    "; ",
    "\n",
    "\n\n",
    " ",
    "A",
    "12",
]
PAGES = st.lists(st.sampled_from(PIECES) | st.text(ALPHABET, max_size=8), max_size=30).map("".join)


@SETTINGS
@given(st.from_regex(dates._DATE_RE, alphabet=ALPHABET))
def test_every_date_has_a_digit(text: str) -> None:
    if dates._DATE_RE.search(text):
        assert dates._DIGIT.search(text), f"the digit pre-check would block {text!r}"


@SETTINGS
@given(PAGES, st.integers(0, 400), st.integers(0, 400))
def test_find_dates_is_the_scan_it_skips(text: str, a: int, b: int) -> None:
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert dates.find_dates(text, start, end) == dates.scan_dates(text, start, end)


@SETTINGS
@given(st.lists(PAGES, min_size=1, max_size=3))
def test_sentence_dates_are_find_dates(pages: list[str]) -> None:
    # several pages in turn: the memo of one page never answers for another
    for page in pages + pages[:1]:
        doc = segment(normalise(page).text)
        for _ in range(2):
            for s in doc.sentences:
                assert list(dates.sentence_dates(doc, s)) == dates.find_dates(doc.text, s.start, s.end)


# mostly capitals, a few lower-case letters: lines near the pre-check's bound
CHARS = st.sampled_from(list(string.ascii_uppercase * 12 + string.ascii_lowercase + "ÉÜßø(),.;:0"))
WORDS = st.lists(CHARS, min_size=1, max_size=9).map("".join)
LINES = st.lists(WORDS, min_size=3, max_size=14).map(" ".join)


@SETTINGS
@given(st.text(max_size=120) | LINES)
def test_lowercase_pre_check_never_blocks_a_line_in_capitals(line: str) -> None:
    if typography._lowercase_enough(line):
        assert not typography._in_capitals(line), f"the pre-check would skip {line!r}"


def test_pre_checks_let_real_cases_through() -> None:
    assert dates.find_dates("Eff. 6-13-11.", 0, 13)[0].date.isoformat() == "2011-06-13"
    assert dates.find_dates("No date here at all.", 0, 20) == []
    caps = "A PHYSICAL THERAPIST MAY PERFORM DRY NEEDLING ONLY AFTER TRAINING."
    assert not typography._lowercase_enough(caps) and typography._in_capitals(caps)
    assert normalise(caps).text.startswith("A physical therapist may perform dry needling")
