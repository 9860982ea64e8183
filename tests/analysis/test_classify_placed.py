"""`confidence.unplaced`: a page read for a state that names no state and cites no code is never
decisive; a timestamp, a page range, a version number or "the state board" does not place it."""

import pytest

from tracker.analysis.classify.confidence import unplaced

NATIONAL = (
    "Dry needling explained\n"
    + "Overview\nBackground\nTechnique\nSafety\n"
    + (
        "Updated at 10:30, version 2.1. Call 555-1234 or check with the state board (page 3-4).\n"
        "Physical therapists may perform dry needling.\n"
    )
)


def test_a_national_page_with_numbers_is_unplaced() -> None:
    assert unplaced(NATIONAL, "OH")


@pytest.mark.parametrize(
    "placing",
    ["WAC 246-915-390 applies.", "The State Board has ruled.", "See § 43-33-3.", "Columbus, OH 43215"],
)
def test_a_code_a_state_or_a_zip_places_the_page(placing: str) -> None:
    assert not unplaced(NATIONAL + placing, "OH")


def test_a_page_read_for_no_state_is_never_unplaced() -> None:
    assert not unplaced(NATIONAL, None)
