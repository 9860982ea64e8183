"""The database's rows as types: what ``SELECT * FROM <table>`` gives back.

sqlite-utils returns plain dicts; :func:`as_row` names the table a dict came from, so mypy
checks every key the code reads. The columns are the migrations' (``tracker/store/migrations.py``,
newest last); a column added by a migration is added here in the same commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypedDict, TypeVar, cast


class RunRow(TypedDict):
    id: int
    started_at: str
    finished_at: str | None
    trigger: str
    status: str
    pages_total: int | None
    pages_fetched: int | None
    pages_not_modified: int | None
    pages_failed: int | None
    changes: int | None
    replay: str | None  # the night replayed, if any
    as_of: str | None  # the date the run speaks for
    pid: int | None
    error: str | None


class _Conditions(TypedDict):
    min_training_hours: int | None
    min_practice_years: float | None
    in_person_training: int | None
    registration_required: int | None
    informed_consent: int | None
    delegation_prohibited: int | None


class FindingReading(_Conditions):
    """What the classifier read in one text: a finding row without its ids."""

    profession: str
    status: str
    evidence: str | None
    confidence: float
    effective_date: str | None
    needs_review: int
    rules: str | None  # JSON list of rule ids
    enacted_date: str | None
    awaiting_rules: int | None


class FindingRow(FindingReading):
    id: int
    snapshot_id: int
    source_id: str
    run_id: int


class LegalityRow(_Conditions):
    jurisdiction: str
    profession: str
    status: str  # published: the override's status when one is active
    source_status: str | None  # what the sources say, before any editor override
    evidence: str | None
    source_id: str | None
    authority: str | None
    url: str | None
    effective_date: str | None
    first_seen: str | None
    last_checked: str | None
    conflicting_sources: str | None  # JSON list of source ids
    review_state: str | None
    review_reason: str | None
    published_status: str | None  # the last status an editor accepted (or the baseline)
    confidence: float | None
    finding_id: int | None
    updated_run_id: int | None
    enacted_date: str | None
    awaiting_rules: int | None
    condition_sources: str | None  # JSON
    first_seen_run_id: int | None


class NewChange(TypedDict):
    """A review item as the change stage opens it (``tracker.editorial.workflow.open_item``)."""

    run_id: int
    jurisdiction: str
    profession: str
    kind: str  # status | needs_review
    old_status: str | None
    new_status: str
    detected_at: str  # the run's as-of date
    evidence: str | None
    url: str | None
    source_id: str | None
    authority: str | None
    review_state: str
    note: str | None
    recorded_at: str | None  # wall-clock UTC time of the detection


class ChangeRow(NewChange):
    id: int
    superseded_by: int | None


Row = TypeVar("Row", RunRow, FindingRow, LegalityRow, ChangeRow)


def as_row(kind: type[Row], row: Mapping[str, Any]) -> Row:
    """``row`` (a dict from sqlite-utils) typed as a row of ``kind``'s table."""
    return cast(Row, dict(row))


def as_rows(kind: type[Row], rows: Iterable[Mapping[str, Any]]) -> list[Row]:
    return [as_row(kind, r) for r in rows]
