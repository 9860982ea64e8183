"""The review model as data: every state and action, refusals, --force, the published fold."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.editorial.workflow import DECIDED, OPEN, TRANSITIONS, Action, published, row_state, step
from tracker.errors import UsageError
from tracker.models import ReviewState as S


def item(
    state: S, old: str | None = "permitted", new: str = "prohibited", **extra: object
) -> dict[str, object]:
    return {
        "id": 7,
        "jurisdiction": "NJ",
        "profession": "physical_therapist",
        "review_state": state.value,
        "old_status": old,
        "new_status": new,
        **extra,
    }


@pytest.mark.parametrize(
    ("state", "action", "force", "after"),
    [
        (S.PENDING, Action.ACCEPT, False, S.ACCEPTED),
        (S.PENDING, Action.REJECT, False, S.REJECTED),
        (S.NEEDS_REVIEW, Action.ACCEPT, False, S.ACCEPTED),
        (S.NEEDS_REVIEW, Action.REJECT, False, S.REJECTED),
        (S.ACCEPTED, Action.ACCEPT, False, S.ACCEPTED),
        (S.REJECTED, Action.REJECT, False, S.REJECTED),
        (S.ACCEPTED, Action.REJECT, True, S.REJECTED),
        (S.REJECTED, Action.ACCEPT, True, S.ACCEPTED),
    ],
)
def test_allowed_moves(state: S, action: Action, force: bool, after: S) -> None:
    move = step(item(state), action, force)
    assert move.after is after
    assert move.changed is (state is not after)


@pytest.mark.parametrize(("state", "action"), [(S.REJECTED, Action.ACCEPT), (S.ACCEPTED, Action.REJECT)])
def test_redeciding_needs_force(state: S, action: Action) -> None:
    with pytest.raises(UsageError, match="pass --force"):
        step(item(state), action)


@pytest.mark.parametrize("action", list(Action))
def test_a_superseded_item_is_refused_even_with_force(action: Action) -> None:
    with pytest.raises(UsageError, match="superseded by change 9"):
        step(item(S.SUPERSEDED, superseded_by=9), action, force=True)


def test_the_table_covers_every_open_and_decided_state_for_every_action() -> None:
    assert {(s, a) for s in OPEN | DECIDED for a in Action} == set(TRANSITIONS)
    assert all(
        move.force == (state in DECIDED and move.to is not state) for (state, _), move in TRANSITIONS.items()
    )


def test_published_folds_the_decisions_in_order() -> None:
    first = item(S.REJECTED, "permitted", "prohibited")
    second = item(S.PENDING, "prohibited", "unaddressed")
    assert published([first, second], "permitted") == "permitted"
    assert published([{**first, "review_state": "accepted"}, second], "permitted") == "prohibited"
    assert published([first, {**second, "review_state": "accepted"}], "permitted") == "unaddressed"
    superseded = {**first, "review_state": "superseded"}
    assert published([superseded, second], "permitted") == "permitted"
    assert published([], "contested") == "contested"


def test_row_state_is_the_newest_live_item_or_the_override() -> None:
    older, newer = item(S.ACCEPTED), item(S.PENDING)
    assert row_state([older, newer], overridden=False) is S.PENDING
    assert row_state([older, {**newer, "review_state": "superseded"}], overridden=False) is S.ACCEPTED
    assert row_state([], overridden=False) is S.BASELINE
    assert row_state([older, newer], overridden=True) is S.OVERRIDDEN


def test_migration_brings_an_older_database_in_line_with_the_model(tmp_path: Path) -> None:
    from tests.dbfactory import add_change, two_runs
    from tracker.store.db import open_db

    db = two_runs(tmp_path / "sw.db")
    # as an earlier version left it: a rejected change with the new status published, and a
    # second open item for the same row
    first = add_change(db, 2, "CO", "co-pt-rule-11", "status", "permitted", "prohibited", "x", "2024-05-02")
    db["changes"].update(first, {"review_state": "rejected"})
    add_change(db, 2, "CO", "co-pt-rule-11", "needs_review", "prohibited", "prohibited", "x", "2024-05-02")
    db["legality"].update(
        ("CO", "physical_therapist"), {"review_state": "rejected", "published_status": "prohibited"}
    )
    db.execute("DELETE FROM migrations WHERE name = '0006_settle_reviews'")
    db.conn.commit()
    db.close()

    db = open_db(tmp_path / "sw.db")
    states = [
        r["review_state"]
        for r in db.query("SELECT review_state FROM changes WHERE jurisdiction = 'CO' ORDER BY id")
    ]
    assert states == ["superseded", "rejected", "pending"]  # two_runs' item was open too
    row = db["legality"].get(("CO", "physical_therapist"))
    assert (row["published_status"], row["review_state"]) == ("permitted", "pending")
