"""The review model: one place for the review states, the moves between them, and what a
legality row publishes because of them.

A *review item* is a ``changes`` row: at most one per jurisdiction, profession and run (a
status change, or the deciding page going silent, or both, with the reason in ``note``). While
an item is open (``pending`` or ``needs_review``) a newer item for the same row closes it as
``superseded``: an editor decides on what the sources say now, never on a stale reading.

The legality row follows from its items and any override (:func:`settle`), never from
bookkeeping spread over modules:

- ``status``: the override's status when one is active, else what the sources say
  (``source_status``): the *current* answer, reviewed or not;
- ``published_status``: the override's status when one is active, else the baseline folded
  through the decided items in order (an accepted item publishes its ``new_status``, a
  rejected one keeps what was published);
- ``review_state``: ``overridden`` when an override is active, else the state of the newest
  item that is not superseded, else ``baseline``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlite_utils import Database

from tracker.errors import UsageError
from tracker.models import ReviewState
from tracker.store.db import insert
from tracker.store.rows import ChangeRow, LegalityRow, NewChange, as_rows

S = ReviewState


class Action(str, Enum):
    """What an editor does to a review item."""

    ACCEPT = "accept"
    REJECT = "reject"


class ItemKind(str, Enum):
    STATUS = "status"  # the sources' status moved
    NEEDS_REVIEW = "needs_review"  # the deciding page vanished or stopped deciding


OPEN = frozenset({S.PENDING, S.NEEDS_REVIEW})
DECIDED = frozenset({S.ACCEPTED, S.REJECTED})
ITEM_STATES = OPEN | DECIDED | {S.SUPERSEDED}
# review_state values a legality row can have (an item's state, or one of these two)
ROW_STATES = frozenset({S.BASELINE, S.OVERRIDDEN}) | OPEN | DECIDED


@dataclass(frozen=True)
class Move:
    to: ReviewState
    force: bool = False  # re-deciding a decided item: only with --force


# Every allowed (state, action); anything else is refused. Same state twice is a no-op.
TRANSITIONS: dict[tuple[ReviewState, Action], Move] = {
    (S.PENDING, Action.ACCEPT): Move(S.ACCEPTED),
    (S.PENDING, Action.REJECT): Move(S.REJECTED),
    (S.NEEDS_REVIEW, Action.ACCEPT): Move(S.ACCEPTED),
    (S.NEEDS_REVIEW, Action.REJECT): Move(S.REJECTED),
    (S.ACCEPTED, Action.ACCEPT): Move(S.ACCEPTED),
    (S.REJECTED, Action.REJECT): Move(S.REJECTED),
    (S.ACCEPTED, Action.REJECT): Move(S.REJECTED, force=True),
    (S.REJECTED, Action.ACCEPT): Move(S.ACCEPTED, force=True),
}


@dataclass(frozen=True)
class Step:
    """The outcome of :func:`step`: the new state, and whether anything changes."""

    before: ReviewState
    after: ReviewState

    @property
    def changed(self) -> bool:
        return self.before is not self.after


def step(item: ChangeRow, action: Action, force: bool = False) -> Step:
    """Where ``action`` takes the review item ``item``; refuses what the model forbids."""
    state = ReviewState(item["review_state"])
    move = TRANSITIONS.get((state, action))
    ident = f"change {item['id']} ({item['jurisdiction']}, {item['profession']})"
    if move is None:
        if state is S.SUPERSEDED:
            raise UsageError(
                f"{ident} was superseded by change {item.get('superseded_by')}, a newer reading of "
                "the same row: decide that one instead"
            )
        raise UsageError(f"{ident} is {state.value}: it cannot be {action.value}ed")
    if move.force and not force:
        raise UsageError(
            f"{ident} is already {state.value}; pass --force to {action.value} it instead "
            "(the decision is recorded like any other)"
        )
    return Step(state, move.to)


def published(items: Iterable[ChangeRow], baseline: str | None) -> str | None:
    """The status published after ``items`` (oldest first), starting from ``baseline``."""
    items = list(items)
    status = items[0]["old_status"] if items and items[0]["old_status"] is not None else baseline
    for item in items:
        if item["review_state"] == S.ACCEPTED.value:
            status = item["new_status"]
    return status


def row_state(items: Iterable[ChangeRow], overridden: bool) -> ReviewState:
    """The legality row's review state from its items (oldest first)."""
    if overridden:
        return S.OVERRIDDEN
    live = [i for i in items if i["review_state"] != S.SUPERSEDED.value]
    return ReviewState(live[-1]["review_state"]) if live else S.BASELINE


def items_of(db: Database, jurisdiction: str, profession: str) -> list[ChangeRow]:
    return as_rows(
        ChangeRow,
        db.query(
            "SELECT * FROM changes WHERE jurisdiction = ? AND profession = ? ORDER BY id",
            [jurisdiction, profession],
        ),
    )


def settle(db: Database, jurisdiction: str, profession: str) -> dict[str, Any] | None:
    """Make the legality row agree with its review items and override; return the new values."""
    key = (jurisdiction, profession)
    rows = as_rows(
        LegalityRow, db.table("legality").rows_where("jurisdiction = ? AND profession = ?", list(key))
    )
    if not rows:
        return None
    row = rows[0]
    items = items_of(db, *key)
    override = next(
        iter(db.table("overrides").rows_where("jurisdiction = ? AND profession = ?", list(key))), None
    )
    state = row_state(items, override is not None)
    values: dict[str, Any] = {
        "review_state": state.value,
        "published_status": override["status"] if override else published(items, row["published_status"]),
        "status": override["status"] if override else row["source_status"],
    }
    live = [i for i in items if i["review_state"] != S.SUPERSEDED.value]
    # kept after a decision too: the change stage compares it to tell a fresh silence
    values["review_reason"] = live[-1].get("note") if live else None
    db.table("legality").update(key, values)
    return values


def open_item(db: Database, item: NewChange) -> int:
    """Record a new review item; close the row's older open items as superseded by it."""
    key = [item["jurisdiction"], item["profession"]]
    item_id = insert(db, "changes", item)
    older = db.query(
        "SELECT id FROM changes WHERE jurisdiction = ? AND profession = ? AND id < ? "
        "AND review_state IN (?, ?)",
        [*key, item_id, S.PENDING.value, S.NEEDS_REVIEW.value],
    )
    for old in list(older):
        db.table("changes").update(old["id"], {"review_state": S.SUPERSEDED.value, "superseded_by": item_id})
    settle(db, *key)
    return item_id


def settle_all(db: Database) -> int:
    """Bring every legality row in line with the model (for databases written before it):
    of several open items of one row, all but the newest are superseded by it; then each row
    is settled. Returns the rows settled."""
    open_items: dict[tuple[str, str], list[int]] = {}
    for row in db.query(
        "SELECT id, jurisdiction, profession FROM changes WHERE review_state IN (?, ?) ORDER BY id",
        [S.PENDING.value, S.NEEDS_REVIEW.value],
    ):
        open_items.setdefault((row["jurisdiction"], row["profession"]), []).append(row["id"])
    for ids in open_items.values():
        for old in ids[:-1]:
            db.table("changes").update(old, {"review_state": S.SUPERSEDED.value, "superseded_by": ids[-1]})
    keys = [
        (r["jurisdiction"], r["profession"])
        for r in db.query("SELECT jurisdiction, profession FROM legality")
    ]
    for key in keys:
        settle(db, *key)
    return len(keys)
