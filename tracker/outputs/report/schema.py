"""The report's data as types: ``change-report.json`` is a :class:`Report`, ``latest/index.html``
is drawn from an :class:`Overview`. The package docstring says what each key means; these
say what it holds, so mypy checks what ``build()`` gives the templates and the JSON file.
"""

from __future__ import annotations

from typing import Any, TypedDict

from tracker.models import ConditionSource
from tracker.store.rows import RunRow


class Counts(TypedDict):
    pages_total: int | None
    pages_fetched: int | None
    pages_not_modified: int | None
    pages_failed: int | None
    changes: int | None
    sources_checked: int  # this run's checks rows


class RunInfo(TypedDict):
    id: int
    started_at: str
    finished_at: str | None
    trigger: str
    status: str
    as_of: str  # the date the run speaks for
    folder: str  # <as_of>-run<id>
    replay: str | None
    counts: Counts


class Change(TypedDict):
    change_id: int
    run_id: int
    jurisdiction: str
    state: str
    profession: str
    old_status: str | None
    new_status: str
    authority: str | None
    evidence: str | None
    url: str | None
    source_id: str | None
    review_state: str
    detected_at: str
    published_status: str | None
    note: str | None


class StatusChange(Change):
    new_status_words: str
    conditions: list[ConditionSource]


class ReviewItem(Change):
    status: str  # kept
    reason: str | None


class TimelineEntry(Change):
    date: str


class About(TypedDict):
    """Who and where, for a row about one source."""

    source_id: str
    jurisdiction: str | None
    state: str
    profession: str | None
    authority: str | None
    url: str | None


class Uncertain(About):
    confidence: float
    evidence: str | None


class Wording(About):
    id: int
    status: str | None
    diff: str | None
    old_snapshot_id: int | None
    new_snapshot_id: int | None
    segments: list[dict[str, Any]]  # tracker.analysis.wording.Segment.as_dict
    old_text: str | None  # the snapshot's text file, relative to the report folder
    new_text: str | None


class Failure(About):
    final_url: str | None
    outcome: str
    http_status: int | None
    error: str | None
    consecutive_failures: int
    failing: bool
    last_success: str | None


class Failures(TypedDict):
    failed_sources: list[Failure]  # outcomes failed, gone
    moved_sources: list[Failure]
    blocked_sources: list[Failure]
    skipped_sources: list[Failure]  # robots.txt


class ArticleSection(TypedDict):
    profession: str
    not_allowed: list[str]  # published: state names after the run, as the map and web UI show them
    sources_not_allowed: list[str]  # the sources' reading after the run, pending review included
    before: list[str]  # the sources' reading before the run
    joined: list[str]
    left: list[str]


class Place(TypedDict):
    jurisdiction: str
    state: str


class SourceRef(TypedDict):
    source_id: str
    jurisdiction: str
    state: str
    url: str


class StaleSource(SourceRef):
    last_success: str | None


class Staleness(TypedDict):
    stale_days: int
    no_source: list[Place]
    never_fetched: list[SourceRef]
    stale: list[StaleSource]


class Tile(TypedDict):
    state: str
    status: str  # published, or no_data
    current: str  # what the sources say now
    pending: bool  # a review item is open
    authority: str | None
    source_id: str | None
    effective_date: str | None
    awaiting_rules: bool


class MapData(TypedDict):
    profession: str
    states: dict[str, Tile]  # USPS code -> tile


class Report(Failures):
    run: RunInfo
    generated_at: str
    failing_after: int
    summary: str
    status_changes: list[StatusChange]
    needs_review: list[ReviewItem]
    uncertain_findings: list[Uncertain]
    wording_changes: list[Wording]
    article: ArticleSection
    staleness: Staleness
    map: MapData
    timeline: list[TimelineEntry]


class OverviewLine(TypedDict):
    jurisdiction: str
    state: str
    profession: str
    status: str
    published_status: str
    pending: bool
    published_words: str
    status_words: str
    conditions: str
    condition_sources: list[ConditionSource]
    effective_date: str | None
    authority: str | None
    source_id: str | None
    url: str | None
    review_state: str | None
    conflicting_sources: list[str]
    last_checked: str | None


class Overview(TypedDict):
    generated_at: str
    latest_run: RunRow | None
    map: MapData
    jurisdictions: list[OverviewLine]
    other_professions: list[OverviewLine]
    timeline: list[TimelineEntry]
