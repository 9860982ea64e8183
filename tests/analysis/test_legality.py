"""Precedence, contest and supersession, on findings as the pipeline stores them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tracker.analysis.legality import Say, combine, merge_conditions
from tracker.models import Authority, LegalityStatus


def say(
    source_id: str,
    authority: str,
    status: str,
    date: str | None = None,
    confidence: float = 0.9,
    **extra: Any,
) -> Say:
    finding = {
        "id": 1,
        "status": status,
        "evidence": f"{source_id} says {status}",
        "confidence": confidence,
        "effective_date": date,
        **extra,
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


def test_statute_in_force_later_is_not_yet_in_effect_until_its_date() -> None:
    says = [say("law", "statute", "permitted", "2027-07-01"), say("faq", "faq", "unaddressed")]
    before = combine(says, dt.date(2027, 6, 30))
    assert before.status is LegalityStatus.NOT_YET_IN_EFFECT
    assert before.decider is not None and before.decider.source_id == "law"
    on_the_day = combine(says, dt.date(2027, 7, 1))
    assert on_the_day.status is LegalityStatus.PERMITTED


def test_awaiting_rules_outranks_a_board_that_says_not_until_then() -> None:
    says = [
        say("act", "statute", "permitted", None, enacted_date="2025-08-07", awaiting_rules=1),
        say("board", "board_position", "prohibited"),
    ]
    d = combine(says, dt.date(2026, 11, 28))
    assert d.status is LegalityStatus.NOT_YET_IN_EFFECT
    assert d.decider is not None and d.decider.source_id == "act"
    assert d.conflicting == ()  # a prohibition today agrees that it is not allowed today


def test_an_in_force_permission_beats_a_pending_one() -> None:
    says = [say("law", "statute", "permitted", "2030-01-01"), say("board", "board_position", "permitted")]
    d = combine(says, dt.date(2026, 1, 1))
    assert d.status is LegalityStatus.PERMITTED and d.decider is not None and d.decider.source_id == "board"


def test_a_pending_board_page_does_not_outrank_a_statute_in_force() -> None:
    says = [
        say("law", "statute", "prohibited", "2010-01-01"),
        say("board", "board_position", "permitted", awaiting_rules=1),
    ]
    d = combine(says, dt.date(2026, 1, 1))
    assert d.status is LegalityStatus.PROHIBITED and d.conflicting == ("board",)


def test_conditions_merge_from_every_agreeing_source_highest_authority_governs() -> None:
    says = [
        say("law", "statute", "permitted", "2019-07-01", delegation_prohibited=1, min_training_hours=50),
        say("rule", "rule", "permitted", "2020-01-01", min_training_hours=74, in_person_training=1),
        say("faq", "faq", "permitted", min_practice_years=1.0),
        say("old-ag", "ag_opinion", "prohibited", "2012-01-01", min_training_hours=999),
        say("future-rule", "rule", "permitted", "2031-01-01", informed_consent=1),
    ]
    d = combine(says, dt.date(2026, 1, 1))
    assert d.status is LegalityStatus.PERMITTED
    values, sources = merge_conditions(d)
    assert values == {
        "min_training_hours": 50,
        "min_practice_years": 1.0,
        "in_person_training": 1,
        "registration_required": None,
        "informed_consent": None,  # stated only by a rule not yet in force
        "delegation_prohibited": 1,
    }
    assert [(e["source_id"], e["value"], e["governing"]) for e in sources["min_training_hours"]] == [
        ("law", 50, True),
        ("rule", 74, False),
    ]
    assert sources["in_person_training"][0]["source_id"] == "rule"
    assert sources["min_practice_years"][0]["authority"] == "faq"


def test_contested_rows_carry_no_conditions() -> None:
    d = combine(
        [
            say("a", "board_position", "permitted", min_training_hours=50),
            say("b", "board_position", "prohibited"),
        ]
    )
    assert d.status is LegalityStatus.CONTESTED
    assert merge_conditions(d)[0]["min_training_hours"] is None


def test_an_agreeing_opinion_dates_the_row_from_the_board_ruling_it_upheld() -> None:
    from tracker.analysis.legality import row_dates

    says = [
        say("ag", "ag_opinion", "permitted", "2016-07-08"),
        say("board", "board_position", "permitted", "2011-06-01"),
        say("old-faq", "faq", "unaddressed", "2001-01-01"),
    ]
    d = combine(says, dt.date(2026, 1, 1))
    assert d.status is LegalityStatus.PERMITTED and d.decider is not None
    assert d.decider.source_id == "ag"
    assert row_dates(d)[0] == "2011-06-01"


def test_a_statute_without_a_date_takes_the_date_of_the_rule_that_sets_the_terms() -> None:
    from tracker.analysis.legality import row_dates

    says = [
        say("law", "statute", "permitted"),
        say("board", "board_position", "permitted", "2020-06-05"),
        say("rule", "rule", "permitted", "2020-05-22"),
    ]
    d = combine(says, dt.date(2026, 1, 1))
    assert d.decider is not None and d.decider.source_id == "law"
    assert row_dates(d)[0] == "2020-05-22"
    # a dated statute keeps its own date; an older board page does not move it
    dated = [
        say("law", "statute", "permitted", "2018-07-01"),
        say("board", "board_position", "permitted", "2012-03-01"),
    ]
    assert row_dates(combine(dated, dt.date(2026, 1, 1)))[0] == "2018-07-01"
