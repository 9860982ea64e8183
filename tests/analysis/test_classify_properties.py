"""Properties of ``classify_text`` on arbitrary input: total, valid, quoting honestly."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.analysis.classify import classify_text
from tracker.models import REVIEW_THRESHOLD, Conditions, Finding, FindingStatus, Profession

FRAGMENTS = [
    "dry needling",
    "Dry Needling",
    "trigger point dry needling",
    "intramuscular manual therapy",
    "intramuscular needling",
    "functional dry needling",
    "TDN",
    "the procedure",
    "this technique",
    "physical therapist",
    "physical therapists",
    "PT",
    "PTA",
    "chiropractor",
    "athletic trainers",
    "occupational therapy",
    "acupuncturist",
    "acupuncture",
    "physician",
    "Board of Chiropractic",
    "is within the scope of",
    "is not within the scope of",
    "outside the scope",
    "may perform",
    "may not perform",
    "shall not perform",
    "unless",
    "until the rules are adopted",
    "nothing in",
    "prohibits",
    "from performing",
    "constitutes the practice of",
    "enjoined",
    "injunction",
    "advises",
    "not to perform",
    "has not taken a position",
    "a bill introduced",
    "would add",
    "if enacted",
    "proposed",
    "rescinded",
    "superseded",
    "In 2014",
    "now",
    "effective",
    "January 1, 2024",
    "06/22/2024",
    "2024-13-45",
    "February 30, 2023",
    "since",
    "as of",
    "Page last updated",
    "copyright",
    "twenty-four (24) hours",
    "fifty hours",
    "54 hours",
    "one hundred and fifty",
    "two years",
    "at least 2 years",
    "face-to-face",
    "in-person",
    "may not be completed online",
    "register with the board",
    "written informed consent",
    "may not be delegated",
    "assistants",
    "Association",
    "?",
    ".",
    ";",
    ",",
    ":",
    "(",
    ")",
    '"',
    "\u201c",
    "\u201d",
    "\n",
    "\n\n",
    " ",
    "-",
    "\u00a0",
    "\u2028",
    "\r\n",
    "\t",
    "e.g.",
    "U.S.",
    "No.",
    "Sec.",
    "(1)",
    "(a)",
    "\u2022",
]
PROFESSIONS = st.sampled_from(list(Profession))
BOARDS = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.sampled_from(
        [
            "Hawaii Board of Acupuncture",
            "Nebraska Attorney General",
            "State Board of Chiropractic",
            "State Physical Therapy Association",
            "",
        ]
    ),
)
VOCAB_TEXT = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=80).map(" ".join)
VOCAB_TEXT_TIGHT = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _check(finding: Finding, text: str, profession: Profession) -> None:
    assert isinstance(finding, Finding)
    assert finding.profession is profession
    assert isinstance(finding.status, FindingStatus)
    assert 0.0 <= finding.confidence <= 1.0
    assert isinstance(finding.conditions, Conditions)
    assert finding.effective_date is None or isinstance(finding.effective_date, dt.date)
    if finding.evidence is not None:
        assert finding.evidence == finding.evidence.strip()
        assert finding.evidence in text
        assert _ws(finding.evidence) in _ws(text)
    if finding.confidence < REVIEW_THRESHOLD:
        assert finding.status is FindingStatus.UNADDRESSED
        assert finding.needs_review
    if finding.status is not FindingStatus.PERMITTED:
        assert finding.conditions.is_empty()
    assert all(isinstance(r, str) and r for r in finding.rules)
    finding.as_json()


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), profession=PROFESSIONS, board=BOARDS)
def test_arbitrary_text_never_raises(text: str, profession: Profession, board: str | None) -> None:
    _check(classify_text(text, profession, board=board), text, profession)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(text=VOCAB_TEXT, profession=PROFESSIONS, board=BOARDS)
def test_vocabulary_soup_never_raises(text: str, profession: Profession, board: str | None) -> None:
    _check(classify_text(text, profession, board=board), text, profession)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=VOCAB_TEXT_TIGHT, profession=PROFESSIONS)
def test_glued_fragments_never_raise(text: str, profession: Profession) -> None:
    _check(classify_text(text, profession), text, profession)


@settings(max_examples=100)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=200))
def test_pure(text: str) -> None:
    page = "Dry needling is within the scope of physical therapy. " + text
    first = classify_text(page, Profession.PHYSICAL_THERAPIST)
    assert classify_text(page, Profession.PHYSICAL_THERAPIST) == first


def test_no_mention_is_confident_unaddressed() -> None:
    finding = classify_text("License renewal opens in October.", Profession.PHYSICAL_THERAPIST)
    assert finding.status is FindingStatus.UNADDRESSED
    assert finding.confidence >= 0.8 and not finding.needs_review


def test_mention_without_rule_needs_review() -> None:
    text = "Dry needling uses thin needles. Patients often feel a twitch."
    finding = classify_text(text, Profession.PHYSICAL_THERAPIST)
    assert finding.status is FindingStatus.UNADDRESSED
    assert finding.needs_review and finding.confidence < REVIEW_THRESHOLD


# Speed is measured by the benchmark (bench/), never by a timed test: these only check that
# large pages are read right.


def test_large_page_decides() -> None:
    """A 60 KB statute-like page: mostly unrelated sections, dry needling now and then."""
    filler = (
        "Section 12. The board shall meet at least four times each year at a place and time set "
        "by the chair. Members serve staggered terms of four years, and a member may be "
        "reappointed once. The board may employ staff, contract for services, and adopt rules to "
        "carry out this chapter; the board of physical therapy shall publish its minutes.\n\n"
    )
    needling = (
        "A physical therapist may perform dry needling after completing 50 hours of in-person "
        "training, effective January 1, 2024. A bill introduced last year would have changed "
        "this; the board has not taken a position on it.\n\n"
    )
    text = "Physical Therapy Practice Act\nHome\nLaws\n\n" + (filler * 9 + needling) * 25
    assert len(text) >= 60_000
    assert classify_text(text, Profession.PHYSICAL_THERAPIST).status is FindingStatus.PERMITTED


def test_dense_page_decides() -> None:
    """Worst case: every paragraph of a 60 KB page is about dry needling."""
    paragraph = (
        "The board met to discuss licensure, fees and continuing education for physical "
        "therapists. Dry needling was mentioned by a member of the public, and the board said "
        "that dry needling is within the scope of physical therapy practice effective "
        "January 1, 2024, provided that the therapist completes 50 hours of in-person training. "
        "A bill introduced last year would have changed the practice act.\n\n"
    )
    text = "Minutes\nHome\nNews\n\n" + paragraph * (60_000 // len(paragraph) + 1)
    assert classify_text(text, Profession.PHYSICAL_THERAPIST).status is FindingStatus.PERMITTED
