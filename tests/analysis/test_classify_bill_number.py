"""A bill's number has one definition (``context.BILL_NUMBER``): the agenda's bill line and the
digest's head know the same spellings."""

from __future__ import annotations

import pytest

from tracker.analysis.classify.context import BILL_LINE, BILL_NAMED

SPELLINGS = [
    "HB 1275",
    "S.B. No. 12",
    "SF 2019",
    "HF 88",
    "HB 21-1234",
    "SB 88, SD1",
    "House Bill 1234",
    "Senate File 7",
]


@pytest.mark.parametrize("number", SPELLINGS)
def test_a_bill_line_and_a_named_bill_agree(number: str) -> None:
    assert BILL_LINE.search(f"Agenda\n\n{number}\n\nPublic comment")
    assert BILL_NAMED.search(f"{number} by Representative Smith - Physical therapists.")


@pytest.mark.parametrize("text", ["Rule 12.4", "Section 5", "HBO 12", "the Senate voted 30 to 2"])
def test_no_bill_number(text: str) -> None:
    assert not BILL_LINE.search(text)
    assert not BILL_NAMED.search(text)
