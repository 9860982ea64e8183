"""The learned fallback: what it reads, when it is heard, and that the shipped model is the
one the corpus trains (tracker/analysis/classify/fallback.py, scripts/train_fallback.py)."""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
from pathlib import Path

import pytest

from tracker.analysis.classify import fallback, places
from tracker.analysis.classify.corpus import cases
from tracker.errors import ModelError
from tracker.models import REVIEW_THRESHOLD, Finding, FindingStatus, Profession

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
PT = Profession.PHYSICAL_THERAPIST
UNDECIDED = Finding(PT, FindingStatus.UNADDRESSED, confidence=0.3, needs_review=True, rules=("undecided",))


def test_the_passage_masks_states_professions_numbers_and_names() -> None:
    text = (
        "Board news, see www.dopl.utah.gov. In OREGON and in Texas, physical therapists may not dry "
        "needle; chiropractors may. Senator Quimby filed SB 1234 on 3/4/2019."
    )
    words = frozenset({"board", "news", "see", "in", "and", "may", "not", "dry", "needle", "filed", "on"})
    masked = fallback.names_masked(" ".join(fallback.sentences(text, PT, "OR")), words)
    assert "qjur" in masked and masked.count("ostate") == 1  # Oregon asked; Texas
    assert "url" in masked and "dopl" not in masked  # an address names its state's board
    assert "qprof" in masked and "oprof" in masked
    assert not re.search(r"\d\d", masked)
    for name in ("Quimby", "Oregon", "OREGON", "Texas", "utah", "physical", "chiropractors"):
        assert name not in masked
    assert "pname" in masked  # Senator, Quimby, SB: never written in lower case in ``words``


_STATE_NAMES = (
    "Oregon",
    "Texas",
    "Utah",
    "Ohio",
    "New York",
    "California",
    "Washington",
    "New Jersey",
    "Maine",
)


def test_no_state_name_is_a_term_of_the_model() -> None:
    # the model may learn wording, never which state says what
    index = fallback.model().index
    names = {m.group(0).lower() for m in places.state_re().finditer(", ".join(_STATE_NAMES))}
    assert len(names) == len(_STATE_NAMES)
    assert sorted(n for n in names if n in index) == []
    # nor a word that only one state's pages use: its code ("HRS", "RCW", "ORS"), its board's
    # acronym or address ("PTBC", "DOPL", "NYSED", "LSBME")
    local = ("hrs", "rcw", "wac", "ors", "oar", "njsa", "njac", "ptbc", "dopl", "nysed", "lsbme", "comar")
    assert [w for w in local if w in index] == []


def test_the_passage_is_the_opening_then_the_topic_sentences_with_their_neighbours() -> None:
    pieces = ["Notice of proposed rulemaking.", "Chapter 5.", "Section 2.", "Fees rise.", "Forms change."]
    pieces += ["Scope.", "A licensee may perform dry needling.", "Records.", "Unrelated."]
    got = fallback.passage(pieces)
    assert got.startswith("Notice of proposed rulemaking. Chapter 5. Section 2.")
    assert "Scope. A licensee may perform dry needling. Records." in got
    assert "Fees rise" not in got and "Unrelated" not in got
    assert fallback.passage(pieces[:5]).endswith("nodn ")


def test_what_the_rules_give_an_untouchable_reason_for_or_read_for_no_state_is_never_reconsidered() -> None:
    text = "Physical therapists in this state are not allowed to perform dry needling."
    topicless = Finding(PT, FindingStatus.UNADDRESSED, confidence=0.95, rules=("no-mention",))
    assert fallback.reconsider(topicless, text, PT, "OR") is topicless
    for reason in ("other-professions-only", "proposed-text", "a-reason-never-measured"):
        reasoned = Finding(PT, FindingStatus.UNADDRESSED, confidence=0.7, rules=(reason,))
        assert fallback.reconsider(reasoned, text, PT, "OR") is reasoned
    assert fallback.reconsider(UNDECIDED, text, PT, None) is UNDECIDED


@pytest.mark.parametrize(
    ("status", "confidence", "probs", "expected"),
    [
        # undecided: turned when the model is sure enough of a deciding status
        (
            "unaddressed",
            0.3,
            {"permitted": 0.7, "prohibited": 0.1, "unaddressed": 0.2},
            ("permitted", fallback.RULE),
        ),
        ("unaddressed", 0.3, {"permitted": 0.55, "prohibited": 0.05, "unaddressed": 0.4}, None),
        (
            "unaddressed",
            0.6,
            {"permitted": 0.1, "prohibited": 0.8, "unaddressed": 0.1},
            ("prohibited", fallback.RULE),
        ),
        # a reasoned unaddressed stays, however sure the model is
        ("unaddressed", 0.7, {"permitted": 0.95, "prohibited": 0.0, "unaddressed": 0.05}, None),
        # leaning: overruled only at OVERRULE, towards another status
        (
            "permitted",
            0.72,
            {"permitted": 0.2, "prohibited": 0.05, "unaddressed": 0.75},
            ("unaddressed", fallback.OVERRULED),
        ),
        ("permitted", 0.72, {"permitted": 0.35, "prohibited": 0.0, "unaddressed": 0.65}, None),
        (
            "prohibited",
            0.6,
            {"permitted": 0.8, "prohibited": 0.1, "unaddressed": 0.1},
            ("permitted", fallback.OVERRULED),
        ),
        # decisive: kept, or doubted (status kept)
        ("prohibited", 0.9, {"permitted": 0.3, "prohibited": 0.5, "unaddressed": 0.2}, None),
        (
            "prohibited",
            0.9,
            {"permitted": 0.3, "prohibited": 0.2, "unaddressed": 0.5},
            ("prohibited", fallback.DOUBTED),
        ),
    ],
)
def test_verdict(
    status: str, confidence: float, probs: dict[str, float], expected: tuple[str, str] | None
) -> None:
    assert fallback.verdict(status, confidence, probs) == expected


@pytest.mark.parametrize(
    ("status", "confidence", "probs", "rules", "section", "expected"),
    [
        # a reasoned unaddressed whose reason can cancel a real account of current law gives way
        # only when the model is very sure
        (
            "unaddressed",
            0.7,
            {"permitted": 0.85, "prohibited": 0.05, "unaddressed": 0.1},
            ("pending-bill",),
            False,
            ("permitted", fallback.REASONED_RULE),
        ),
        (
            "unaddressed",
            0.7,
            {"permitted": 0.75, "prohibited": 0.05, "unaddressed": 0.2},
            ("pending-proposal",),
            False,
            None,
        ),
        (
            "unaddressed",
            0.75,
            {"permitted": 0.05, "prohibited": 0.9, "unaddressed": 0.05},
            ("silent-no-position",),
            False,
            ("prohibited", fallback.REASONED_RULE),
        ),
        # ... never for a bill's own text, other professions only, or a decisive unaddressed
        (
            "unaddressed",
            0.7,
            {"permitted": 0.98, "prohibited": 0.01, "unaddressed": 0.01},
            ("proposed-text",),
            False,
            None,
        ),
        (
            "unaddressed",
            0.7,
            {"permitted": 0.98, "prohibited": 0.01, "unaddressed": 0.01},
            ("other-professions-only",),
            False,
            None,
        ),
        (
            "unaddressed",
            0.9,
            {"permitted": 0.98, "prohibited": 0.01, "unaddressed": 0.01},
            ("pending-bill",),
            False,
            None,
        ),
        # a page the rules read as wholly another state's (or country's) is never turned ...
        (
            "unaddressed",
            0.6,
            {"permitted": 0.9, "prohibited": 0.05, "unaddressed": 0.05},
            ("other-state-page",),
            False,
            None,
        ),
        (
            "unaddressed",
            0.6,
            {"permitted": 0.05, "prohibited": 0.9, "unaddressed": 0.05},
            ("abroad-page",),
            False,
            None,
        ),
        # ... while a page with one sentence on another state is still heard
        (
            "unaddressed",
            0.6,
            {"permitted": 0.9, "prohibited": 0.05, "unaddressed": 0.05},
            ("other-state",),
            False,
            ("permitted", fallback.RULE),
        ),
        # a code section's leaning reading: its direction may be overruled, its deciding may not
        ("permitted", 0.79, {"permitted": 0.1, "prohibited": 0.0, "unaddressed": 0.9}, ("x",), True, None),
        (
            "prohibited",
            0.72,
            {"permitted": 0.85, "prohibited": 0.1, "unaddressed": 0.05},
            ("x",),
            True,
            ("permitted", fallback.OVERRULED),
        ),
        (
            "permitted",
            0.79,
            {"permitted": 0.1, "prohibited": 0.0, "unaddressed": 0.9},
            ("x",),
            False,
            ("unaddressed", fallback.OVERRULED),
        ),
    ],
)
def test_verdict_by_reason_and_section(
    status: str,
    confidence: float,
    probs: dict[str, float],
    rules: tuple[str, ...],
    section: bool,
    expected: tuple[str, str] | None,
) -> None:
    assert fallback.verdict(status, confidence, probs, rules, section=section) == expected


def test_a_code_section_is_known_by_a_line_opening_with_its_number_and_heading() -> None:
    sections = (
        "Codified Laws\n\n36-10-52. Dry needling--Requirements.\n\nA physical therapist may ...",
        "Chapter 78\n§78.14. Dry Needling.\n(a) A chiropractor ...",
        "Sec. 4755.48 Definitions. As used in this chapter ...",
        "18VAC112-20-121. Dry needling.\nA. Dry needling is an invasive procedure ...",
    )
    for text in sections:
        assert fallback.code_section(text), text
    others = (
        "Bill history\n2011-2012 Regular Session - HB 307\nSigned by the Governor.",
        "Board news, May 2019. Physical therapists may perform dry needling after 27 hours.",
        "Minutes\n1. Call to order at 9:00.\n2. Dry needling: the board discussed the rule.",
    )
    for text in others:
        assert not fallback.code_section(text), text


def test_a_reasoned_unaddressed_turned_by_the_model_keeps_its_reason_and_needs_review() -> None:
    turned = 0
    for text, profession, jurisdiction, status in _deciding_pages():
        pending = Finding(
            Profession(profession), FindingStatus.UNADDRESSED, confidence=0.7, rules=("pending-bill",)
        )
        found = fallback.reconsider(pending, text, Profession(profession), jurisdiction)
        if found is pending:
            continue
        turned += 1
        assert found.status.value == status  # pages it was trained on, read very surely
        assert REVIEW_THRESHOLD <= found.confidence <= fallback.CEILING < 0.8 and found.needs_review
        assert found.rules == ("pending-bill", fallback.REASONED_RULE)
        assert found.evidence and found.evidence in text
    assert turned > 0


def test_a_decisive_reading_the_model_doubts_keeps_its_status_below_decisive() -> None:
    elsewhere = "In Texas, physical therapists may perform dry needling."  # read for Oregon
    decisive = Finding(PT, FindingStatus.PERMITTED, confidence=0.9, evidence=elsewhere, rules=("x",))
    doubted = fallback.reconsider(decisive, elsewhere, PT, "OR")
    assert doubted.status is FindingStatus.PERMITTED and doubted.evidence == elsewhere
    assert doubted.confidence == pytest.approx(0.79) and doubted.needs_review
    assert doubted.rules == ("x", fallback.DOUBTED)
    here = "Physical therapists licensed in Oregon may perform dry needling after 27 hours of training."
    agreed = Finding(PT, FindingStatus.PERMITTED, confidence=0.9, evidence=here, rules=("x",))
    assert fallback.reconsider(agreed, here, PT, "OR") is agreed


def test_a_leaning_reading_of_another_states_law_is_overruled_to_unaddressed() -> None:
    elsewhere = "In Texas, physical therapists may perform dry needling."  # read for Oregon
    leaning = Finding(PT, FindingStatus.PERMITTED, confidence=0.7, evidence=elsewhere, rules=("x",))
    found = fallback.reconsider(leaning, elsewhere, PT, "OR")
    assert found.status is FindingStatus.UNADDRESSED and found.needs_review
    assert found.rules == ("x", fallback.OVERRULED) and found.confidence < 0.8


def test_the_fallback_never_quotes_another_states_sentence() -> None:
    texas = "Texas: physical therapists may perform dry needling."
    page = f"{texas}\n\nUtah: physical therapists may perform dry needling."
    m = fallback.model()
    assert fallback._evidence(page, PT, "OR", "permitted", m) is None
    assert (
        fallback._evidence(page, PT, "TX", "permitted", m)
        == "Texas: physical therapists may perform dry needling."
    )


def test_a_missing_or_broken_model_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match=r"train_fallback\.py"):
        fallback.load(tmp_path / "absent.json.gz")
    (tmp_path / "broken.json.gz").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="missing or unreadable"):
        fallback.load(tmp_path / "broken.json.gz")
    shipped = json.loads(
        gzip.decompress((Path(fallback.__file__).parent / "data" / fallback.MODEL).read_bytes())
    )
    shipped["classes"] = ["permitted", "prohibited", "maybe"]
    (tmp_path / "other.json.gz").write_bytes(gzip.compress(json.dumps(shipped).encode()))
    with pytest.raises(ModelError, match="does not fit"):
        fallback.load(tmp_path / "other.json.gz")


def _deciding_pages() -> list[tuple[str, str, str | None, str]]:
    return [
        (c.text, c.expected["profession"], c.expected.get("jurisdiction"), c.expected["status"])
        for c in cases(CORPUS)
        if c.expected["status"] != "unaddressed" and c.name.startswith("b2")
    ][:120]


def test_what_the_fallback_says_is_never_decisive_and_always_for_review() -> None:
    turned = 0
    for text, profession, jurisdiction, _ in _deciding_pages():
        found = fallback.reconsider(UNDECIDED, text, Profession(profession), jurisdiction)
        if found is UNDECIDED:
            continue
        turned += 1
        assert found.status in (FindingStatus.PERMITTED, FindingStatus.PROHIBITED)
        assert REVIEW_THRESHOLD <= found.confidence <= fallback.CEILING < 0.8
        assert found.needs_review and found.rules == (fallback.RULE,)
        assert found.evidence and found.evidence in text
    assert turned > 0


def test_the_stored_model_scores_as_scikit_learn_does() -> None:
    pytest.importorskip("sklearn")
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    m = fallback.model()
    terms = sorted(m.index, key=m.index.__getitem__)
    vectorizer = TfidfVectorizer(ngram_range=(1, m.ngrams), sublinear_tf=True, vocabulary=terms)
    vectorizer.idf_ = np.array(m.idf)
    for text, profession, jurisdiction, _ in _deciding_pages()[:30]:
        passage = fallback.passage(fallback.sentences(text, Profession(profession), jurisdiction))
        row = vectorizer.transform([fallback.names_masked(passage, m.words)])
        scores = row @ np.array(m.coef).T + np.array(m.intercept)
        expected = np.exp(scores - scores.max()) / np.exp(scores - scores.max()).sum()
        got = m.probabilities(passage)
        assert [got[c] for c in m.classes] == pytest.approx(list(expected.ravel()), abs=1e-9)


@pytest.mark.slow
def test_the_shipped_model_is_the_one_the_corpus_trains() -> None:
    # after the masking or the training changes, retrain: python scripts/train_fallback.py
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location("train_fallback", ROOT / "scripts" / "train_fallback.py")
    assert spec and spec.loader
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    shipped = json.loads(
        gzip.decompress((Path(fallback.__file__).parent / "data" / fallback.MODEL).read_bytes())
    )
    # the pages it was trained on, as they read today (cases studied since then may have moved
    # into the corpus, new ones may have come: they wait for the next training)
    trained_on = set(shipped["trained_on"])
    labelled = [c for c in train._labelled() if c.name in trained_on]
    assert len(labelled) == len(trained_on), "a page the model was trained on is gone: retrain"
    fresh = train.train(
        [train._passage(c) for c in labelled],
        [c.expected["status"] for c in labelled],
        [c.expected.get("jurisdiction") for c in labelled],
    )
    assert fresh["terms"] == shipped["terms"] and fresh["classes"] == shipped["classes"]
    assert fresh["words"] == shipped["words"]
    worst = max(
        abs(a - b)
        for r, s in zip(fresh["coef"], shipped["coef"], strict=True)
        for a, b in zip(r, s, strict=True)
    )
    assert worst < 1e-3


def test_a_sentence_naming_no_state_speaks_of_the_state_the_page_was_last_about() -> None:
    # b37-26: news of Maryland's registration deadline, read for DC, was turned permitted by a
    # sentence naming no state ("To register, a therapist must show ... dry-needling training")
    story = (
        "Maryland therapists face a dry-needling deadline.\n\n"
        "Under rules adopted by the Maryland board, every physical therapist who performs dry "
        "needling must register by October 1. To register, a therapist must show 80 hours of "
        "dry-needling training. Clinics in Virginia adjust. Patients there like dry needling."
    )
    assert fallback.quotable(story, "DC") == []
    assert len(fallback.quotable(story, "MD")) == 3  # the title and the two rule sentences
    assert fallback.quotable(story, "VA") == ["Patients there like dry needling."]
    # whatever the rules' reason (here none: undecided), nothing of this state's to quote, no turn
    assert fallback.reconsider(UNDECIDED, story, PT, "DC") is UNDECIDED
    # a page that names no state at all (a board's own page) is the asked state's throughout
    board = "Board news. A physical therapist may perform dry needling after 50 hours of training."
    assert fallback.quotable(board, "OR") == [
        "A physical therapist may perform dry needling after 50 hours of training."
    ]
