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
from typing import Any, TypedDict

from sqlite_utils import Database

from tracker.errors import UsageError
from tracker.models import (
    CONDITION_FIELDS,
    DEFAULT_PROFESSION,
    NOT_ALLOWED,
    STALE_DAYS,
    Conditions,
    ConditionSource,
    Profession,
    condition_sources,
    status_words,
)
from tracker.sources import jurisdictions
from tracker.store.rows import LegalityRow, as_rows


class LegalityView(TypedDict):
    """A legality row for readers (``status --json``); the keys in this order."""

    jurisdiction: str
    state: str
    profession: str
    status: str | None
    source_status: str | None
    published_status: str | None
    review_state: str | None
    review_reason: str | None
    conditions: dict[str, Any]  # Conditions.as_dict()
    conditions_summary: str
    evidence: str | None
    url: str | None
    source_id: str | None
    authority: str | None
    effective_date: str | None
    enacted_date: str | None
    awaiting_rules: bool
    status_words: str
    condition_sources: list[ConditionSource]
    first_seen: str | None
    last_checked: str | None
    conflicting_sources: list[str]
    confidence: float | None


class ChangeView(TypedDict):
    id: int
    run_id: int
    as_of: str | None
    detected_at: str
    jurisdiction: str
    state: str
    profession: str
    kind: str
    note: str | None
    old_status: str | None
    new_status: str
    review_state: str
    authority: str | None
    source_id: str | None
    url: str | None
    evidence: str | None


class Override(TypedDict):
    status: str
    note: str | None
    by: str | None
    at: str


class StateStory(LegalityView):
    board: str | None
    override: Override | None
    changes: list[ChangeView]


ROW_KEYS = tuple(LegalityView.__annotations__)
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


def _row(row: LegalityRow) -> LegalityView:
    conditions = Conditions.from_row(row)
    raw_conflicts = row.get("conflicting_sources")
    try:
        conflicts = json.loads(raw_conflicts or "[]")
    except json.JSONDecodeError:
        conflicts = [raw_conflicts]
    return {
        "jurisdiction": row["jurisdiction"],
        "state": jurisdictions.name(row["jurisdiction"]),
        "profession": row["profession"],
        "status": row["status"],
        "source_status": row.get("source_status"),
        "published_status": row.get("published_status"),
        "review_state": row.get("review_state"),
        "review_reason": row.get("review_reason"),
        "conditions": conditions.as_dict(),
        "conditions_summary": conditions.summary(),
        "evidence": row.get("evidence"),
        "url": row.get("url"),
        "source_id": row.get("source_id"),
        "authority": row.get("authority"),
        "effective_date": row.get("effective_date"),
        "enacted_date": row.get("enacted_date"),
        "awaiting_rules": bool(row.get("awaiting_rules")),
        "status_words": status_words(row["status"], row.get("effective_date"), row.get("awaiting_rules")),
        "condition_sources": condition_sources(row.get("condition_sources")),
        "first_seen": row.get("first_seen"),
        "last_checked": row.get("last_checked"),
        "conflicting_sources": conflicts,
        "confidence": row.get("confidence"),
    }


def legality_rows(
    db: Database,
    profession: str | Profession | None = Profession.PHYSICAL_THERAPIST,
    state: str | None = None,
) -> list[LegalityView]:
    """Current legality rows of ``profession`` (all professions when None), by state name."""
    where, params = [], []
    if profession is not None:
        where.append("profession = ?")
        params.append(parse_profession(profession))
    if state is not None:
        where.append("jurisdiction = ?")
        params.append(jurisdictions.parse(state))
    sql = "SELECT * FROM legality" + (f" WHERE {' AND '.join(where)}" if where else "")
    rows = [_row(r) for r in as_rows(LegalityRow, db.query(sql, params))]
    return sorted(rows, key=lambda r: (r["state"], r["profession"]))


def _change(row: dict[str, Any]) -> ChangeView:
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
) -> StateStory:
    """Everything known about one jurisdiction and profession, for ``scopewatch status STATE``.

    With no legality row yet, ``status`` is None (``"no data"`` to a reader) and the other
    row keys are None; ``changes`` still lists any history.
    """
    code = jurisdictions.parse(code)
    prof = parse_profession(profession)
    rows = legality_rows(db, prof, code)
    view: LegalityView = (
        rows[0]
        if rows
        else {
            "jurisdiction": code,
            "state": jurisdictions.name(code),
            "profession": prof,
            "status": None,
            "source_status": None,
            "published_status": None,
            "review_state": None,
            "review_reason": None,
            "conditions": dict.fromkeys(CONDITION_FIELDS),
            "conditions_summary": "",
            "evidence": None,
            "url": None,
            "source_id": None,
            "authority": None,
            "effective_date": None,
            "enacted_date": None,
            "awaiting_rules": False,
            "status_words": "no data",
            "condition_sources": [],
            "first_seen": None,
            "last_checked": None,
            "conflicting_sources": [],
            "confidence": None,
        }
    )
    board = None
    if view["source_id"] and "sources" in db.table_names():
        source = next(iter(db.query("SELECT board FROM sources WHERE id = ?", [view["source_id"]])), None)
        board = source["board"] if source else None
    override: Override | None = None
    if "overrides" in db.table_names():
        found = list(
            db.query("SELECT * FROM overrides WHERE jurisdiction = ? AND profession = ?", [code, prof])
        )
        if found:
            override = {
                "status": found[0]["status"],
                "note": found[0]["note"],
                "by": found[0]["by"],
                "at": found[0]["at"],
            }
    changes = [
        _change(dict(r))
        for r in db.query(
            "SELECT c.*, r.as_of FROM changes c LEFT JOIN runs r ON r.id = c.run_id "
            "WHERE c.jurisdiction = ? AND c.profession = ? ORDER BY c.detected_at, c.id",
            [code, prof],
        )
    ]
    return {**view, "board": board, "override": override, "changes": changes}


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
) -> list[ChangeView]:
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
