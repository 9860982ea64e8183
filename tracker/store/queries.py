"""The shared read side: ``scopewatch status`` and ``changes`` (JSON-ready dicts), and the two
rules every output must agree on, the article's list and what "stale" means.

- **The article's list** (:func:`article_states`, :func:`article_sql`, :func:`article_names`):
  physical therapists, legality ``prohibited`` or ``not_yet_in_effect`` (not allowed today);
  used by ``scopewatch article``, the report's article section and the web UI's queries.
- **Stale** (:func:`is_stale`, :func:`stale_sql`): a source whose last success (fetched or not
  modified) is more than ``stale_days`` (default :data:`STALE_DAYS`) old; a source that never
  succeeded is *never fetched*, not stale. **Failing**: :data:`FAILING_AFTER` failures in a row.

A legality row (``legality_rows``, ``state_story``) carries the table's columns, with:

- ``state``: the state name, right after ``jurisdiction``;
- ``conditions``: the condition columns *nested* as a dict (``min_training_hours`` ...,
  booleans as booleans, ``None`` when the page does not say) plus ``conditions_summary``
  ("50 h training, written consent"); the flat condition columns are not repeated;
- ``conflicting_sources``: a list of source ids (stored as JSON text);
- ``status_words``: the status in a reader's words ("in force from 2027-07-01",
  "authorised, awaiting rules" for ``not_yet_in_effect``);
- ``condition_sources``: one entry per condition in force with the source stating its
  governing value, and the other sources stating it (see ``tracker.models.condition_sources``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from tracker.errors import UsageError
from tracker.models import (
    CONDITION_FIELDS,
    DEFAULT_PROFESSION,
    NOT_ALLOWED,
    STALE_DAYS,
    Conditions,
    Profession,
    condition_sources,
    status_words,
)
from tracker.sources import jurisdictions

ROW_KEYS = (
    "jurisdiction", "state", "profession", "status", "source_status", "published_status",
    "review_state", "review_reason", "conditions", "conditions_summary", "evidence", "url",
    "source_id", "authority", "effective_date", "enacted_date", "awaiting_rules", "status_words",
    "condition_sources", "first_seen", "last_checked", "conflicting_sources", "confidence",
)  # fmt: skip
CHANGE_KINDS = ("status", "needs_review")


# --- the article's list ----------------------------------------------------------------------


def article_sql(alias: str = "", column: str = "status") -> str:
    """The SQL condition putting a ``legality`` row on the article's list (``alias``: the
    table's alias in the query; ``column``: ``status`` or ``published_status``)."""
    prefix = f"{alias}." if alias else ""
    statuses = ", ".join(f"'{s}'" for s in NOT_ALLOWED)
    return f"{prefix}profession = '{DEFAULT_PROFESSION.value}' AND {prefix}{column} IN ({statuses})"


def article_names(codes: Iterable[str]) -> list[str]:
    """The state names of ``codes``, in the article's (case-blind alphabetical) order."""
    return sorted({jurisdictions.name(code) for code in codes}, key=str.casefold)


def article_states(db: Database, reviewed_only: bool = False) -> list[str]:
    """State names where physical therapists may not perform dry needling today, alphabetically:
    legality ``prohibited`` or ``not_yet_in_effect`` (authorised, not yet in force).

    ``reviewed_only`` reads ``published_status`` (the last status an editor accepted, or the
    baseline) instead of ``status`` (which includes changes still pending review).
    """
    column = "published_status" if reviewed_only else "status"
    rows = db.query(f"SELECT jurisdiction FROM legality WHERE {article_sql(column=column)}")
    return article_names(r["jurisdiction"] for r in rows)


# --- stale -----------------------------------------------------------------------------------


def is_stale(last_success: dt.datetime | None, now: dt.datetime, stale_days: int = STALE_DAYS) -> bool:
    """The last success is more than ``stale_days`` before ``now`` (never: not stale)."""
    return last_success is not None and now - last_success > dt.timedelta(days=stale_days)


def stale_sql(last_success: str, now: str = "'now'", days: str = str(STALE_DAYS)) -> str:
    """:func:`is_stale` in SQL, over ISO 8601 text (``julianday`` reads the trailing Z); ``days``
    may be text (a query parameter), so it is cast: a number never compares above text."""
    age = f"julianday({now}) - julianday({last_success})"
    return f"({last_success} IS NOT NULL AND {age} > CAST({days} AS REAL))"


def parse_profession(value: str | Profession | None) -> str:
    if isinstance(value, Profession):
        return value.value
    text = (value or "").strip().lower().replace("-", "_").replace(" ", "_")
    try:
        return Profession(text).value
    except ValueError:
        valid = ", ".join(p.value for p in Profession)
        raise UsageError(f"unknown profession {value!r}: use one of {valid}") from None


def _row(row: dict[str, Any]) -> dict[str, Any]:
    conditions = Conditions.from_row(row)
    out = {k: row.get(k) for k in ROW_KEYS}
    out["state"] = jurisdictions.name(row["jurisdiction"])
    out["conditions"] = conditions.as_dict()
    out["conditions_summary"] = conditions.summary()
    out["awaiting_rules"] = bool(row.get("awaiting_rules"))
    out["status_words"] = status_words(
        row.get("status"), row.get("effective_date"), row.get("awaiting_rules")
    )
    out["condition_sources"] = condition_sources(row.get("condition_sources"))
    try:
        out["conflicting_sources"] = json.loads(row.get("conflicting_sources") or "[]")
    except json.JSONDecodeError:
        out["conflicting_sources"] = [row["conflicting_sources"]]
    return out


def legality_rows(
    db: Database,
    profession: str | Profession | None = Profession.PHYSICAL_THERAPIST,
    state: str | None = None,
) -> list[dict[str, Any]]:
    """Current legality rows of ``profession`` (all professions when None), by state name."""
    where, params = [], []
    if profession is not None:
        where.append("profession = ?")
        params.append(parse_profession(profession))
    if state is not None:
        where.append("jurisdiction = ?")
        params.append(jurisdictions.parse(state))
    sql = "SELECT * FROM legality" + (f" WHERE {' AND '.join(where)}" if where else "")
    rows = [_row(dict(r)) for r in db.query(sql, params)]
    return sorted(rows, key=lambda r: (r["state"], r["profession"]))


def _change(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "run_id": row["run_id"],
        "as_of": row.get("as_of"),
        "detected_at": row["detected_at"],
        "jurisdiction": row["jurisdiction"],
        "state": jurisdictions.name(row["jurisdiction"]),
        "profession": row["profession"],
        "kind": row["kind"],
        "note": row.get("note"),
        "old_status": row["old_status"],
        "new_status": row["new_status"],
        "review_state": row["review_state"],
        "authority": row["authority"],
        "source_id": row["source_id"],
        "url": row["url"],
        "evidence": row["evidence"],
    }


def state_story(
    db: Database, code: str, profession: str | Profession = Profession.PHYSICAL_THERAPIST
) -> dict[str, Any]:
    """Everything known about one jurisdiction and profession, for ``scopewatch status STATE``.

    With no legality row yet, ``status`` is None (``"no data"`` to a reader) and the other
    row keys are None; ``changes`` still lists any history.
    """
    code = jurisdictions.parse(code)
    prof = parse_profession(profession)
    rows = legality_rows(db, prof, code)
    story: dict[str, Any] = (
        rows[0]
        if rows
        else {
            **dict.fromkeys(ROW_KEYS),
            "jurisdiction": code,
            "state": jurisdictions.name(code),
            "profession": prof,
            "conditions": dict.fromkeys(CONDITION_FIELDS),
            "conditions_summary": "",
            "conflicting_sources": [],
            "condition_sources": [],
            "status_words": "no data",
        }
    )
    story["board"] = None
    if story.get("source_id") and "sources" in db.table_names():
        source = next(iter(db.query("SELECT board FROM sources WHERE id = ?", [story["source_id"]])), None)
        story["board"] = source["board"] if source else None
    override = None
    if "overrides" in db.table_names():
        found = list(
            db.query("SELECT * FROM overrides WHERE jurisdiction = ? AND profession = ?", [code, prof])
        )
        if found:
            override = {k: found[0][k] for k in ("status", "note", "by", "at")}
    story["override"] = override
    story["changes"] = [
        _change(dict(r))
        for r in db.query(
            "SELECT c.*, r.as_of FROM changes c LEFT JOIN runs r ON r.id = c.run_id "
            "WHERE c.jurisdiction = ? AND c.profession = ? ORDER BY c.detected_at, c.id",
            [code, prof],
        )
    ]
    return story


def _since(value: dt.date | str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise UsageError(f"bad date {value!r}: use YYYY-MM-DD") from None


def list_changes(
    db: Database, since: dt.date | str | None = None, kind: str | None = "status"
) -> list[dict[str, Any]]:
    """Recorded changes detected on or after ``since`` (a date), oldest first.

    ``kind``: ``status`` (default), ``needs_review``, or None for both.
    """
    if kind is not None and kind not in CHANGE_KINDS:
        raise UsageError(f"unknown change kind {kind!r}: use one of {', '.join(CHANGE_KINDS)}")
    where, params = [], []
    if kind is not None:
        where.append("c.kind = ?")
        params.append(kind)
    start = _since(since)
    if start is not None:
        where.append("substr(c.detected_at, 1, 10) >= ?")
        params.append(start)
    sql = "SELECT c.*, r.as_of FROM changes c LEFT JOIN runs r ON r.id = c.run_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_change(dict(r)) for r in db.query(sql + " ORDER BY c.detected_at, c.id", params)]
