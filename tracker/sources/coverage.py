"""Coverage and health of the source registry: what is sourced, what is missing, what is failing.

``coverage()`` answers ``scopewatch sources check`` and the report's "Staleness and coverage"
section. It only reads the database (``sources``, ``checks``, ``snapshots``); the terminal
rendering is in :mod:`tracker.outputs.terminal`.

Definitions (documented here because the CLI and the report both rely on them):

- a check *succeeded* when its outcome is ``fetched`` or ``not_modified``; every other outcome
  (``gone``, ``blocked``, ``moved``, ``skipped``, ``failed``) is a failure;
- ``consecutive_failures``: failures in a row, counted back from the newest check (or from
  the check of ``run_id`` when given) until the first success;
- *failing*: ``consecutive_failures >= failing_after`` (default 2): one bad night is noise;
- *stale*: the last success is older than ``stale_days`` (a source that never succeeded is
  *never fetched* instead, not stale); the rule is :func:`tracker.store.queries.is_stale`,
  which the web UI's query shares;
- *PDF*: the latest snapshot's ``content_type`` mentions pdf, or, never fetched, the URL path
  ends in ``.pdf``;
- *missing* authorities: the kinds in ``EXPECTED_AUTHORITIES`` (statute, rule,
  board_position: the practice act, its rules, and the board's own word) that no source of
  that jurisdiction and profession covers. Courts, AG opinions, FAQs and news are welcome
  but not expected everywhere, so their absence is not reported as missing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypedDict, TypeVar
from urllib.parse import urlsplit

from sqlite_utils import Database

from tracker.models import (
    ANSWERED_VALUES,
    DEFAULT_PROFESSION,
    FAILING_AFTER,
    STALE_DAYS,
    Authority,
    Source,
)
from tracker.sources import jurisdictions, registry
from tracker.store import queries

EXPECTED_AUTHORITIES: tuple[Authority, ...] = (
    Authority.STATUTE,
    Authority.RULE,
    Authority.BOARD_POSITION,
)
SUCCESS = frozenset(ANSWERED_VALUES)


class SourceCoverage(TypedDict):
    """One source's line in :func:`coverage`."""

    id: str
    jurisdiction: str
    state: str
    profession: str
    authority: str
    url: str
    cites: str | None
    verified: str | None
    pdf: bool
    last_outcome: str | None
    last_checked: str | None
    last_success: str | None
    consecutive_failures: int
    failing: bool
    never_fetched: bool
    stale: bool


class ProfessionCoverage(TypedDict):
    profession: str
    sources: list[str]  # source ids
    authorities: list[str]  # covered, strongest first
    missing: list[str]  # of EXPECTED_AUTHORITIES


class PlaceCoverage(TypedDict):
    jurisdiction: str
    state: str
    has_source: bool
    professions: list[ProfessionCoverage]


class Verified(TypedDict):
    count: int
    total: int
    unverified: list[str]


class Coverage(TypedDict):
    now: str  # ISO 8601 UTC, seconds
    stale_days: int
    failing_after: int
    sources: list[SourceCoverage]
    jurisdictions: list[PlaceCoverage]
    no_source: list[str]  # jurisdiction codes
    never_fetched: list[str]  # source ids, as are the three below
    stale: list[str]
    failing: list[str]
    pdf: list[str]
    verified: Verified


@dataclass(frozen=True)
class Health:
    """One source's fetch history, as of a run (or now)."""

    source_id: str
    last_run_id: int | None
    last_outcome: str | None
    last_checked: str | None
    last_http_status: int | None
    last_error: str | None
    consecutive_failures: int
    last_success: str | None


def source_health(db: Database, run_id: int | None = None) -> dict[str, Health]:
    """Per source id, its fetch health counted through ``checks`` up to ``run_id`` (inclusive).

    Only each source's checks since the run of its newest success are read into Python (the
    newest check, the failures since that success, and the success), so a long history costs
    one pass in SQLite, not a Python object per check."""
    return dict(iter_health(db, run_id))


def iter_health(db: Database, run_id: int | None = None) -> Iterator[tuple[str, Health]]:
    """:func:`source_health`, one ``(source id, Health)`` at a time in source id order (SQLite's
    ordering of the ids), so a caller walking every source holds none of the others."""
    if "checks" not in db.table_names():
        return
    upto, params = ("run_id <= ?", [run_id]) if run_id is not None else ("1 = 1", [])
    success = ", ".join("?" for _ in SUCCESS)
    rows = db.query(
        "WITH ok AS (SELECT source_id, max(run_id) AS run_id FROM checks "
        f"WHERE {upto} AND outcome IN ({success}) GROUP BY source_id) "
        "SELECT c.source_id, c.run_id, c.checked_at, c.outcome, c.http_status, c.error "
        "FROM checks c LEFT JOIN ok ON ok.source_id = c.source_id "
        f"WHERE {upto.replace('run_id', 'c.run_id')} AND c.run_id >= coalesce(ok.run_id, c.run_id) "
        "ORDER BY c.source_id, c.run_id DESC, c.id DESC",
        [*params, *sorted(SUCCESS), *params],
    )
    s: dict[str, Any] | None = None
    counting = True
    for row in rows:
        sid = row["source_id"]
        if s is None or s["source_id"] != sid:
            if s is not None:
                yield s["source_id"], Health(**s)
            s = {
                "source_id": sid,
                "last_run_id": row["run_id"],
                "last_outcome": row["outcome"],
                "last_checked": row["checked_at"],
                "last_http_status": row["http_status"],
                "last_error": row["error"],
                "consecutive_failures": 0,
                "last_success": None,
            }
            counting = True
        if row["outcome"] in SUCCESS:
            counting = False
            if s["last_success"] is None:
                s["last_success"] = row["checked_at"]
        elif counting:
            s["consecutive_failures"] += 1
    if s is not None:
        yield s["source_id"], Health(**s)


def _parse_time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _load_sources(db: Database, sources: list[Source] | None) -> Iterator[dict[str, Any]]:
    """The sources, one at a time, with the columns coverage reads (a report of 3,000 sources
    held every column of every row at once: 3 MB of its peak, bench/README.md)."""
    if sources is not None:
        yield from (s.as_row() for s in sources)
    elif "sources" in db.table_names():
        yield from db.query(
            "SELECT id, jurisdiction, profession, authority, url, cites, verified FROM sources "
            "WHERE coalesce(active, 1) = 1 ORDER BY id"
        )


def _content_type_rows(
    db: Database, run_id: int | None, ordered: bool = False
) -> Iterator[tuple[str, str | None]]:
    """Each source's newest snapshot's content type (in source id order when ``ordered``)."""
    if "snapshots" not in db.table_names():
        return
    where, params = ("WHERE run_id <= ?", [run_id]) if run_id is not None else ("", [])
    order = " ORDER BY source_id" if ordered else ""
    rows = db.query(
        f"SELECT source_id, content_type FROM snapshots WHERE id IN "
        f"(SELECT max(id) FROM snapshots {where} GROUP BY source_id){order}",
        params,
    )
    for r in rows:
        yield r["source_id"], r["content_type"]


def _latest_content_types(db: Database, run_id: int | None) -> dict[str, str | None]:
    return dict(_content_type_rows(db, run_id))


def _now(now: dt.datetime | str | None) -> dt.datetime:
    now_dt = _parse_time(now) if isinstance(now, str) else now
    if now_dt is None:
        return dt.datetime.now(dt.UTC)
    return now_dt.replace(tzinfo=dt.UTC) if now_dt.tzinfo is None else now_dt


def _row(
    src: Mapping[str, Any],
    h: Health | None,
    fetched: bool,
    ctype: str | None,
    now_dt: dt.datetime,
    stale_days: int,
    failing_after: int,
) -> SourceCoverage:
    """One source's coverage line (``fetched``: it has a snapshot, whose type is ``ctype``)."""
    if fetched:
        pdf = "pdf" in (ctype or "").lower()
    else:
        pdf = urlsplit(src["url"] or "").path.lower().endswith(".pdf")
    last_success = h.last_success if h else None
    success_at = _parse_time(last_success)
    fails = h.consecutive_failures if h else 0
    return {
        "id": src["id"],
        "jurisdiction": src["jurisdiction"],
        "state": jurisdictions.name(src["jurisdiction"]),
        "profession": src["profession"],
        "authority": src["authority"],
        "url": src["url"],
        "cites": src.get("cites"),
        "verified": src.get("verified"),
        "pdf": pdf,
        "last_outcome": h.last_outcome if h else None,
        "last_checked": h.last_checked if h else None,
        "last_success": last_success,
        "consecutive_failures": fails,
        "failing": fails >= failing_after,
        "never_fetched": success_at is None,
        "stale": queries.is_stale(success_at, now_dt, stale_days),
    }


_T = TypeVar("_T")


def _merge(ids: Iterator[tuple[str, _T]]) -> Callable[[str], tuple[bool, _T | None]]:
    """A lookup for ascending ids over a stream of ``(id, value)`` in the same order: each
    call moves the stream up to ``sid`` and says whether ``sid`` was in it, with its value."""
    head: list[tuple[str, _T] | None] = [next(ids, None)]

    def find(sid: str) -> tuple[bool, _T | None]:
        while head[0] is not None and head[0][0] < sid:
            head[0] = next(ids, None)
        if head[0] is not None and head[0][0] == sid:
            return True, head[0][1]
        return False, None

    return find


def iter_coverage(
    db: Database,
    stale_days: int = STALE_DAYS,
    now: dt.datetime | str | None = None,
    *,
    failing_after: int = FAILING_AFTER,
    run_id: int | None = None,
) -> Iterator[SourceCoverage]:
    """The lines of ``coverage(db, None, ...)["sources"]``, one at a time, in the same order,
    holding none of the others: the active sources, their health and their newest snapshot's
    type are three SQLite cursors walked side by side in source id order (the report's
    coverage of 3,000 sources held 1.5 KB a source at its peak, bench/README.md)."""
    if "sources" not in db.table_names():
        return
    now_dt = _now(now)
    health = _merge(iter_health(db, run_id))
    types = _merge(_content_type_rows(db, run_id, ordered=True))
    rows = db.query(
        "SELECT id, jurisdiction, profession, authority, url, cites, verified FROM sources "
        "WHERE coalesce(active, 1) = 1 ORDER BY id"
    )
    for src in rows:
        _, h = health(src["id"])
        fetched, ctype = types(src["id"])
        yield _row(src, h, fetched, ctype, now_dt, stale_days, failing_after)


def coverage(
    db: Database,
    sources: list[Source] | None = None,
    stale_days: int = STALE_DAYS,
    now: dt.datetime | str | None = None,
    *,
    failing_after: int = FAILING_AFTER,
    run_id: int | None = None,
    health: dict[str, Health] | None = None,
) -> Coverage:
    """Coverage of all 51 core jurisdictions by ``sources`` (the DB's active sources if None).

    ``run_id`` limits the history read to runs up to that one (a report speaks for its run);
    ``health``: :func:`source_health` of that history, when the caller has read it already.
    Returns ``{"now", "stale_days", "failing_after", "sources": [...], "jurisdictions": [...],
    "no_source", "never_fetched", "stale", "failing", "pdf"}``; the last five are lists of
    jurisdiction codes / source ids, the first two lists hold one dict per source / jurisdiction.
    """
    now_dt = _now(now)
    if health is None:
        health = source_health(db, run_id)
    content_types = _latest_content_types(db, run_id)

    source_rows: list[SourceCoverage] = [
        _row(
            src,
            health.get(src["id"]),
            src["id"] in content_types,
            content_types.get(src["id"]),
            now_dt,
            stale_days,
            failing_after,
        )
        for src in _load_sources(db, sources)
    ]

    by_place: dict[tuple[str, str], list[SourceCoverage]] = {}
    for row in source_rows:
        by_place.setdefault((row["jurisdiction"], row["profession"]), []).append(row)
    codes = list(jurisdictions.core_codes())
    codes += sorted({j for j, _ in by_place if j not in codes})
    places: list[PlaceCoverage] = []
    for code in codes:
        professions = sorted({p for j, p in by_place if j == code} | {DEFAULT_PROFESSION.value})
        entries: list[ProfessionCoverage] = []
        for prof in professions:
            rows = by_place.get((code, prof), [])
            covered = sorted({r["authority"] for r in rows}, key=_authority_rank)
            entries.append(
                {
                    "profession": prof,
                    "sources": [r["id"] for r in rows],
                    "authorities": covered,
                    "missing": [a.value for a in EXPECTED_AUTHORITIES if a.value not in covered],
                }
            )
        places.append(
            {
                "jurisdiction": code,
                "state": jurisdictions.name(code),
                "has_source": any(j == code for j, _ in by_place),
                "professions": entries,
            }
        )
    verified, total = registry.verified_share(source_rows)
    return {
        "now": now_dt.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
        "stale_days": stale_days,
        "failing_after": failing_after,
        "sources": source_rows,
        "jurisdictions": places,
        "no_source": [p["jurisdiction"] for p in places if not p["has_source"]],
        "never_fetched": [r["id"] for r in source_rows if r["never_fetched"]],
        "stale": [r["id"] for r in source_rows if r["stale"]],
        "failing": [r["id"] for r in source_rows if r["failing"]],
        "pdf": [r["id"] for r in source_rows if r["pdf"]],
        "verified": {
            "count": verified,
            "total": total,
            "unverified": [r["id"] for r in source_rows if not r["verified"]],
        },
    }


def _authority_rank(value: str) -> int:
    try:
        return Authority(value).rank
    except ValueError:
        return len(Authority)
