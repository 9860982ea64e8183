"""The review gate: editors accept or reject detected changes and override statuses.

A detected change is a candidate until an editor acts. Every decision is a ``reviews`` row
with who, when and why. An override outranks the sources until it is cleared. The states and
the moves between them are in :mod:`tracker.editorial.workflow`; the CLI and the web UI both
decide through :func:`decide`, :func:`override` and :func:`clear_override`.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from tracker.editorial import workflow
from tracker.editorial.workflow import Action
from tracker.errors import UsageError
from tracker.models import LegalityStatus, Profession
from tracker.sources import jurisdictions
from tracker.store.db import transaction, utcnow
from tracker.store.rows import ChangeRow, as_rows


def who(by: str | None) -> str:
    if by:
        return by
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):  # no user database entry for this uid
        return "unknown"


def pending(db: Database) -> list[dict[str, Any]]:
    """Open review items (pending changes, needs-review rows), oldest first, each with the
    row's ``current_status`` (what the sources say) and ``published_status``."""
    sql = f"""
        select c.*, l.status as current_status, l.published_status, l.review_state as row_state
        from changes c left join legality l
          on l.jurisdiction = c.jurisdiction and l.profession = c.profession
        where c.review_state in ({", ".join(f"'{s.value}'" for s in workflow.OPEN)}) order by c.id
    """
    rows = list(db.query(sql))
    for row in rows:
        row["state"] = jurisdictions.name(row["jurisdiction"])
    return rows


def _change(db: Database, change_id: int) -> ChangeRow:
    rows = as_rows(ChangeRow, db.table("changes").rows_where("id = ?", [change_id]))
    if not rows:
        ids = ", ".join(str(r["id"]) for r in pending(db)) or "none pending"
        raise UsageError(f"unknown change id {change_id}: pending ids are {ids}")
    return rows[0]


@dataclass(frozen=True)
class Decision:
    """What :func:`decide` did: the item as it now stands, and whether anything was written."""

    change: ChangeRow
    action: Action
    changed: bool
    published_status: str | None

    def line(self) -> str:
        c = self.change
        if not self.changed:
            return f"change {c['id']} is already {c['review_state']}: nothing to do"
        verb = "accepted" if self.action is Action.ACCEPT else "rejected"
        if self.action is Action.ACCEPT:
            return f"{verb} change {c['id']}: {c['jurisdiction']} {c['old_status']} -> {c['new_status']}"
        return f"{verb} change {c['id']}: {c['jurisdiction']} stays {self.published_status}"


def decide(
    db: Database,
    change_id: int,
    action: Action | str,
    by: str | None = None,
    note: str | None = None,
    force: bool = False,
) -> Decision:
    """Accept or reject review item ``change_id``; the one path the CLI and the web UI share.

    A decision already taken is a no-op (nothing recorded); re-deciding the other way needs
    ``force``. A note saying why is welcome on either, required on neither.
    """
    action = Action(action)
    with transaction(db):
        change = _change(db, change_id)
        move = workflow.step(change, action, force)
        if not move.changed:
            row = db.table("legality").get((change["jurisdiction"], change["profession"]))
            return Decision(change, action, False, row["published_status"])
        db.table("changes").update(change_id, {"review_state": move.after.value})
        values = workflow.settle(db, change["jurisdiction"], change["profession"]) or {}
        published = values.get("published_status")
        _log(db, action.value, change, by, note, published)
        change = _change(db, change_id)
    return Decision(change, action, True, published)


def accept(
    db: Database, change_id: int, by: str | None = None, note: str | None = None, force: bool = False
) -> ChangeRow:
    """Accept a change: its new status becomes the published one."""
    return decide(db, change_id, Action.ACCEPT, by, note, force).change


def reject(
    db: Database, change_id: int, note: str | None = None, by: str | None = None, force: bool = False
) -> ChangeRow:
    """Reject a change: the published status stays what it was."""
    return decide(db, change_id, Action.REJECT, by, note, force).change


def override(
    db: Database,
    state: str,
    status: str,
    note: str,
    profession: str = Profession.PHYSICAL_THERAPIST.value,
    by: str | None = None,
) -> dict[str, Any]:
    code = jurisdictions.parse(state)
    try:
        LegalityStatus(status)
    except ValueError:
        valid = ", ".join(s.value for s in LegalityStatus)
        raise UsageError(f"unknown status {status!r}: one of {valid}") from None
    if not note or not note.strip():
        raise UsageError("an override needs --note saying why")
    key = (code, Profession(profession).value)
    row = {
        "jurisdiction": key[0],
        "profession": key[1],
        "status": status,
        "note": note,
        "by": who(by),
        "at": utcnow(),
    }
    with transaction(db):
        db.table("overrides").upsert(row, pk=("jurisdiction", "profession"))
        workflow.settle(db, *key)
        _log(db, "override", {"id": None, "jurisdiction": key[0], "profession": key[1]}, by, note, status)
    return row


def clear_override(
    db: Database,
    state: str,
    profession: str = Profession.PHYSICAL_THERAPIST.value,
    by: str | None = None,
    note: str | None = None,
) -> None:
    code = jurisdictions.parse(state)
    key = (code, Profession(profession).value)
    if not db.table("overrides").count_where("jurisdiction = ? and profession = ?", key):
        raise UsageError(f"no override is active for {code} ({key[1]})")
    with transaction(db):
        db.table("overrides").delete(key)
        values = workflow.settle(db, *key)
        _log(
            db,
            "clear_override",
            {"id": None, "jurisdiction": key[0], "profession": key[1]},
            by,
            note,
            values["published_status"] if values else None,
        )


def _log(
    db: Database, action: str, change: Mapping[str, Any], by: str | None, note: str | None, status: str | None
) -> None:
    db.table("reviews").insert(
        {
            "at": utcnow(),
            "by": who(by),
            "action": action,
            "change_id": change.get("id"),
            "jurisdiction": change["jurisdiction"],
            "profession": change["profession"],
            "status": status,
            "note": note,
        }
    )
