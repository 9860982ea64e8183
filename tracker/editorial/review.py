"""The review gate: editors accept or reject detected changes and override statuses.

A detected change is a candidate until an editor acts. Every decision is a ``reviews`` row
with who, when and why. An override outranks the sources until it is cleared.
"""

from __future__ import annotations

import getpass
import os
from typing import Any

from sqlite_utils import Database

from tracker.errors import UsageError
from tracker.models import LegalityStatus, Profession
from tracker.sources import jurisdictions
from tracker.store.db import transaction, utcnow


def who(by: str | None) -> str:
    if by:
        return by
    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):  # no user database entry for this uid
        return "unknown"


def pending(db: Database) -> list[dict[str, Any]]:
    """Pending status changes and needs-review rows, oldest first."""
    sql = """
        select c.*, l.status as current_status, l.review_state as row_state
        from changes c left join legality l
          on l.jurisdiction = c.jurisdiction and l.profession = c.profession
        where c.review_state in ('pending', 'needs_review') order by c.id
    """
    rows = list(db.query(sql))
    for row in rows:
        row["state"] = jurisdictions.name(row["jurisdiction"])
    return rows


def _change(db: Database, change_id: int) -> dict[str, Any]:
    rows = list(db.table("changes").rows_where("id = ?", [change_id]))
    if not rows:
        ids = ", ".join(str(r["id"]) for r in pending(db)) or "none pending"
        raise UsageError(f"unknown change id {change_id}: pending ids are {ids}")
    return rows[0]


def accept(db: Database, change_id: int, by: str | None = None, note: str | None = None) -> dict[str, Any]:
    """Accept a change: its new status becomes the published one."""
    change = _change(db, change_id)
    with transaction(db):
        db.table("changes").update(change_id, {"review_state": "accepted"})
        key = (change["jurisdiction"], change["profession"])
        row = db.table("legality").get(key)
        values: dict[str, Any] = {"published_status": change["new_status"]}
        if row["review_state"] in ("pending", "needs_review"):
            values.update(review_state="accepted", review_reason=None)
        db.table("legality").update(key, values)
        _log(db, "accept", change, by, note, change["new_status"])
    return change


def reject(db: Database, change_id: int, note: str, by: str | None = None) -> dict[str, Any]:
    """Reject a change: the published status stays what it was."""
    if not note or not note.strip():
        raise UsageError("a rejection needs --note saying why")
    change = _change(db, change_id)
    with transaction(db):
        db.table("changes").update(change_id, {"review_state": "rejected"})
        key = (change["jurisdiction"], change["profession"])
        row = db.table("legality").get(key)
        if row["review_state"] in ("pending", "needs_review"):
            db.table("legality").update(key, {"review_state": "rejected"})
        _log(db, "reject", change, by, note, change["old_status"])
    return change


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
        if db.table("legality").count_where("jurisdiction = ? and profession = ?", key):
            db.table("legality").update(
                key, {"status": status, "published_status": status, "review_state": "overridden"}
            )
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
        row = (
            db.table("legality").get(key)
            if db.table("legality").count_where("jurisdiction = ? and profession = ?", key)
            else None
        )
        if row:
            db.table("legality").update(
                key,
                {
                    "status": row["source_status"],
                    "review_state": "accepted",
                    "published_status": row["source_status"],
                },
            )
        _log(
            db,
            "clear_override",
            {"id": None, "jurisdiction": key[0], "profession": key[1]},
            by,
            note,
            row["source_status"] if row else None,
        )


def _log(
    db: Database, action: str, change: dict[str, Any], by: str | None, note: str | None, status: str | None
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
