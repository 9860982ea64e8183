"""The vocabulary of scopewatch: enums and small dataclasses shared by every stage.

Unknown values fail loudly (``ValueError`` from the enum), so a typo in a registry or a
database never turns silently into a default.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from enum import Enum
from typing import Any, TypedDict


class Profession(str, Enum):
    PHYSICAL_THERAPIST = "physical_therapist"
    CHIROPRACTOR = "chiropractor"
    ATHLETIC_TRAINER = "athletic_trainer"
    OCCUPATIONAL_THERAPIST = "occupational_therapist"
    ACUPUNCTURIST = "acupuncturist"
    PHYSICIAN = "physician"
    OTHER = "other"


DEFAULT_PROFESSION = Profession.PHYSICAL_THERAPIST


class Authority(str, Enum):
    """The kind of page a source is, highest precedence first."""

    COURT = "court"
    STATUTE = "statute"
    RULE = "rule"
    AG_OPINION = "ag_opinion"
    BOARD_POSITION = "board_position"
    FAQ = "faq"
    NEWS = "news"

    @property
    def rank(self) -> int:
        """Smaller is stronger: court 0 ... news 6."""
        return list(Authority).index(self)


class FindingStatus(str, Enum):
    PERMITTED = "permitted"
    PROHIBITED = "prohibited"
    UNADDRESSED = "unaddressed"


class LegalityStatus(str, Enum):
    PERMITTED = "permitted"
    PROHIBITED = "prohibited"
    UNADDRESSED = "unaddressed"
    CONTESTED = "contested"
    # authorised by a statute or rule from a future date, or waiting for board rules not yet
    # adopted: not allowed today (the article counts it as "not allowed")
    NOT_YET_IN_EFFECT = "not_yet_in_effect"


# "Not allowed" today, for the article's list: forbidden, or authorised but not yet in force.
# defaults of the rules in tracker.store.queries (stale, failing), here so the CLI can show
# them without importing the store
STALE_DAYS = 7  # a source not verified for longer is stale
FAILING_AFTER = 2  # failures in a row after which a source is failing: one bad night is noise

NOT_ALLOWED = (LegalityStatus.PROHIBITED.value, LegalityStatus.NOT_YET_IN_EFFECT.value)


def status_words(status: str | None, effective_date: str | None = None, awaiting_rules: Any = None) -> str:
    """A legality status in a reader's words: ``not_yet_in_effect`` says why it waits.

    "authorised, awaiting rules" when practice waits for board rules, "in force from DATE" when
    a statute or rule takes effect later; other statuses are their names ("no data" for None).
    """
    if status is None or status == "no_data":
        return "no data"
    if status == LegalityStatus.NOT_YET_IN_EFFECT.value:
        if awaiting_rules:
            return "authorised, awaiting rules"
        if effective_date:
            return f"in force from {effective_date}"
        return "not yet in effect"
    return status.replace("_", " ")


class FetchOutcome(str, Enum):
    """What one attempt to fetch one source came to."""

    FETCHED = "fetched"  # 2xx with text (new snapshot or same hash)
    NOT_MODIFIED = "not_modified"  # 304 to a conditional request
    GONE = "gone"  # 404 / 410: the page vanished
    BLOCKED = "blocked"  # 403, 429, bot challenge: never classified
    MOVED = "moved"  # redirected to a home or login page
    SKIPPED = "skipped"  # robots.txt disallows it
    FAILED = "failed"  # timeouts, 5xx, resets, unparsable bodies, size cap
    # a replayed night that predates the page (its manifest marks it unpublished): the page is
    # not part of that night, so it is neither a failure nor gone, and no check is recorded
    NOT_PUBLISHED = "not_published"


# a source "answered" (a check succeeded) with a page or a 304; everything else is a failure
ANSWERED = frozenset({FetchOutcome.FETCHED, FetchOutcome.NOT_MODIFIED})
ANSWERED_VALUES = tuple(sorted(o.value for o in ANSWERED))  # for SQL: outcome IN (...)


class RunStatus(str, Enum):
    RUNNING = "running"
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"
    ABORTED = "aborted"


class Trigger(str, Enum):
    MANUAL = "manual"
    SCHEDULE = "schedule"


class ReviewState(str, Enum):
    BASELINE = "baseline"  # first observation, never reviewed, published as is
    PENDING = "pending"  # a detected change awaiting an editor
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    NEEDS_REVIEW = "needs_review"  # the deciding page vanished or stopped deciding
    OVERRIDDEN = "overridden"  # an editor's decision outranks the sources
    SUPERSEDED = "superseded"  # a review item closed by a newer reading of the same row


CONDITION_FIELDS = (
    "min_training_hours",
    "min_practice_years",
    "in_person_training",
    "registration_required",
    "informed_consent",
    "delegation_prohibited",
)


@dataclass(frozen=True)
class Conditions:
    """Conditions attached to a permission; ``None`` means the page does not say."""

    min_training_hours: int | None = None
    min_practice_years: float | None = None
    in_person_training: bool | None = None
    registration_required: bool | None = None
    informed_consent: bool | None = None
    delegation_prohibited: bool | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Conditions:
        values: dict[str, Any] = {}
        for f in fields(cls):
            v = row.get(f.name)
            if v is not None and f.name not in ("min_training_hours", "min_practice_years"):
                v = bool(v)
            values[f.name] = v
        return cls(**values)

    def summary(self) -> str:
        """A short human summary, e.g. '50 h training, 2 yrs practice, consent'."""
        parts = [describe_condition(f.name, getattr(self, f.name)) for f in fields(self)]
        return ", ".join(p for p in parts if p)

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


_CONDITION_LABELS = {
    "in_person_training": "in-person training",
    "registration_required": "registration",
    "informed_consent": "written consent",
    "delegation_prohibited": "no delegation",
}


def describe_condition(name: str, value: Any) -> str:
    """One condition in words ('50 h training', '2 yrs practice', 'registration'); '' when
    the value says nothing (None, or a false flag)."""
    if value is None:
        return ""
    if name == "min_training_hours":
        return f"{value} h training"
    if name == "min_practice_years":
        years = float(value)
        return f"{years:g} yr{'s' if years != 1 else ''} practice"
    return _CONDITION_LABELS.get(name, name) if value else ""


class DifferingValue(TypedDict):
    source_id: str
    authority: str | None
    value: Any
    text: str


class ConditionSource(TypedDict):
    """One condition in force, with the source stating its governing value."""

    condition: str
    value: Any  # int, float or bool, as stored
    text: str  # e.g. "50 h training"
    source_id: str
    authority: str | None
    url: str | None
    also: list[str]  # other sources stating the same value
    differing: list[DifferingValue]  # other sources' values


def condition_sources(raw: str | dict[str, Any] | None) -> list[ConditionSource]:
    """The legality row's ``condition_sources`` (JSON) for readers: one entry per condition in
    force, in condition order: ``condition``, ``value`` and ``text`` (the governing value, e.g.
    '50 h training'), the ``source_id``, ``authority`` and ``url`` that state it, ``also`` (other
    sources stating the same value) and ``differing`` (other sources' values: ``source_id``,
    ``authority``, ``value``, ``text``)."""
    if not raw:
        return []
    data = json.loads(raw) if isinstance(raw, str) else raw
    out: list[ConditionSource] = []
    for name in CONDITION_FIELDS:
        entries = data.get(name) or []
        head = next((e for e in entries if e.get("governing")), None)
        if head is None or not describe_condition(name, head.get("value")):
            continue
        others = [e for e in entries if e is not head]
        out.append(
            {
                "condition": name,
                "value": head.get("value"),
                "text": describe_condition(name, head.get("value")),
                "source_id": head["source_id"],
                "authority": head.get("authority"),
                "url": head.get("url"),
                "also": [e["source_id"] for e in others if e.get("value") == head.get("value")],
                "differing": [
                    {
                        "source_id": e["source_id"],
                        "authority": e.get("authority"),
                        "value": e.get("value"),
                        "text": describe_condition(name, e.get("value")) or "none",
                    }
                    for e in others
                    if e.get("value") != head.get("value")
                ],
            }
        )
    return out


@dataclass(frozen=True)
class Finding:
    """What one page says about dry needling for one profession.

    ``confidence`` is in [0, 1]; see README "Confidence". A finding below
    ``REVIEW_THRESHOLD`` is always ``unaddressed`` and ``needs_review`` is set.
    """

    profession: Profession
    status: FindingStatus
    evidence: str | None = None
    effective_date: dt.date | None = None  # when the authority is in force
    confidence: float = 0.0
    conditions: Conditions = field(default_factory=Conditions)
    needs_review: bool = False
    rules: tuple[str, ...] = ()  # ids of the rules that decided, for explanation
    enacted_date: dt.date | None = None  # signed, adopted or issued, where the page also gives it
    awaiting_rules: bool = False  # permitted, but practice waits for board rules not yet adopted

    def as_json(self) -> dict[str, Any]:
        return {
            "profession": self.profession.value,
            "status": self.status.value,
            "conditions": self.conditions.as_dict(),
            "evidence": self.evidence,
            "effective_date": self.effective_date.isoformat() if self.effective_date else None,
            "enacted_date": self.enacted_date.isoformat() if self.enacted_date else None,
            "confidence": round(self.confidence, 2),
        }


REVIEW_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class Source:
    """One registry entry: where to look, never what it says.

    Slotted: a run holds one per registry source from start to end (bench/README.md,
    "Memory")."""

    id: str
    jurisdiction: str
    profession: Profession
    authority: Authority
    board: str
    url: str
    selector: str | None = None
    cites: str | None = None  # the statute, rule, opinion or decision the page carries
    verified: str | None = None  # how the URL was checked; None = unverified

    def as_row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "jurisdiction": self.jurisdiction,
            "profession": self.profession.value,
            "authority": self.authority.value,
            "board": self.board,
            "url": self.url,
            "selector": self.selector,
            "cites": self.cites,
            "verified": self.verified,
        }


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One source to fetch, with the validators of its last snapshot for a conditional request."""

    source: Source
    etag: str | None = None  # for If-None-Match
    last_modified: str | None = None  # for If-Modified-Since


@dataclass(frozen=True)
class FetchResult:
    """What fetching one source came to: the crawler's item, and what the store records.

    Exactly one per :class:`FetchRequest`, whatever happened.
    """

    source_id: str
    url: str
    final_url: str | None
    outcome: FetchOutcome
    http_status: int | None
    content_type: str | None
    text: str | None  # extracted text (selector region), only for FETCHED
    etag: str | None
    last_modified: str | None
    error: str | None  # human reason for any non-FETCHED outcome
    fetched_at: str  # ISO 8601 UTC
    retry_after: float | None = None

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "outcome": self.outcome.value}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FetchResult:
        names = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        values["outcome"] = FetchOutcome(values["outcome"])
        return cls(**values)
