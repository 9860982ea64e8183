"""Precedence, contest and supersession, on findings as the pipeline stores them."""

from __future__ import annotations

from tracker.analysis.legality import Say, combine
from tracker.models import Authority, LegalityStatus


def say(source_id: str, authority: str, status: str, date: str | None = None, confidence: float = 0.9) -> Say:
    finding = {
        "id": 1,
        "status": status,
        "evidence": f"{source_id} says {status}",
        "confidence": confidence,
        "effective_date": date,
    }
    return Say(source_id, Authority(authority), f"https://example.gov/{source_id}", finding)


def test_highest_deciding_rank_wins_and_dissent_is_listed() -> None:
    d = combine(
        [
            say("faq", "faq", "prohibited"),
            say("rule", "rule", "permitted"),
            say("news", "news", "unaddressed"),
        ]
    )
    assert d.status is LegalityStatus.PERMITTED
    assert d.decider is not None and d.decider.source_id == "rule"
    assert d.conflicting == ("faq",)


def test_unaddressed_higher_rank_does_not_decide() -> None:
    d = combine([say("statute", "statute", "unaddressed"), say("board", "board_position", "prohibited")])
    assert d.status is LegalityStatus.PROHIBITED
    assert d.decider is not None and d.decider.source_id == "board"


def test_same_rank_disagreement_is_contested() -> None:
    d = combine(
        [
            say("a", "board_position", "permitted"),
            say("b", "board_position", "prohibited"),
            say("c", "faq", "permitted"),
        ]
    )
    assert d.status is LegalityStatus.CONTESTED
    assert set(d.conflicting) == {"a", "b", "c"}


def test_later_statute_supersedes_earlier_ag_opinion() -> None:
    d = combine(
        [
            say("ag", "ag_opinion", "prohibited", "2014-06-19"),
            say("law", "statute", "permitted", "2015-07-01"),
        ]
    )
    assert d.status is LegalityStatus.PERMITTED
    assert d.superseded == ("ag",)
    assert d.conflicting == ("ag",)


def test_court_outranks_an_earlier_statute() -> None:
    d = combine(
        [say("court", "court", "prohibited", "2014-10-10"), say("law", "statute", "permitted", "2010-01-01")]
    )
    assert d.status is LegalityStatus.PROHIBITED
    assert d.superseded == ()


def test_nothing_decides_gives_unaddressed_with_best_evidence() -> None:
    d = combine([say("faq", "faq", "unaddressed"), say("rule", "rule", "unaddressed")])
    assert d.status is LegalityStatus.UNADDRESSED
    assert d.decider is not None and d.decider.source_id == "rule"
