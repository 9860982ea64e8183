"""A writer's place: "here" and "our board" move a vote only to a state the writer says they are
in (``places.writer_places``), and a link's "click here" is no place word at all."""

import pytest

from tracker.analysis.classify import classify_text
from tracker.analysis.classify.cancel import _SPEAKERS_PLACE
from tracker.analysis.classify.places import writer_places
from tracker.models import FindingStatus, Profession


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("I'm just over the bridge in northern Kentucky.", {"KY"}),
        ("We are a small clinic in Reno, Nevada.", {"NV"}),
        ("I practice in Ohio, Indiana, or Kentucky.", {"OH", "IN", "KY"}),
        ("Our clinic is in the state of New York.", {"NY"}),
        # what places someone or something else, or nobody
        ("I trained with a group from Indiana last spring.", set()),
        ("We wrote to Ohio for a ruling.", set()),
        ("I think in Ohio they allow it.", set()),
        ("Ohio requires 40 hours of training.", set()),
    ],
)
def test_writer_places(sentence: str, states: set[str]) -> None:
    assert writer_places(sentence) == states


@pytest.mark.parametrize(
    ("sentence", "speaks"),
    [
        ("Dry needling is within the scope of PT here.", True),
        ("Our board ruled on it in 2010.", True),
        ("For the training standard click here.", False),
        ("The full opinion is available here.", False),
        ("Here is the rule.", False),
    ],
)
def test_speakers_place(sentence: str, speaks: bool) -> None:
    assert bool(_SPEAKERS_PLACE.search(sentence)) is speaks


FORUM = (
    "Clinic forum\n\nNeedling across the river\n\nI work in Indiana, near the state line. Illinois asks"
    " about it all the time. Dry needling is within the scope of physical therapy here; the ruling is"
    " posted online, click here."
)


def test_here_relocates_to_the_writers_state_only() -> None:
    # the writer is in Indiana: their "here" is Indiana's, read for Illinois it says nothing
    il = classify_text(FORUM, Profession.PHYSICAL_THERAPIST, jurisdiction="IL")
    assert il.status is FindingStatus.UNADDRESSED
    ind = classify_text(FORUM, Profession.PHYSICAL_THERAPIST, jurisdiction="IN")
    assert ind.status is FindingStatus.PERMITTED
