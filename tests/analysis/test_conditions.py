"""Condition patterns that once read wrong, each with what must and must not be read."""

from __future__ import annotations

from tracker.analysis.classify.conditions import extract


def test_a_cpr_card_is_no_registration_with_the_board() -> None:
    cpr = extract(
        [
            "A physical therapist may perform dry needling only if the therapist holds current CPR "
            "certification."
        ]
    )
    assert cpr.registration_required is None
    registration = extract(
        ["A physical therapist may perform dry needling only while holding a dry needling registration."]
    )
    assert registration.registration_required is True
