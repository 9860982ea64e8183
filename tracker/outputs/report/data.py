"""The report as data: ``build()`` for one run, ``overview()`` for ``latest/index.html``.

Only reads the database. What each key means: the package docstring
(``tracker/outputs/report/__init__.py``); what it holds: ``schema.py``.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping
from typing import Any, Literal

from sqlite_utils import Database

from tracker.analysis.wording import normalise, segments
from tracker.editorial.workflow import OPEN
from tracker.models import (
    DEFAULT_PROFESSION,
    FAILING_AFTER,
    NOT_ALLOWED,
    STALE_DAYS,
    Conditions,
    FetchOutcome,
    condition_sources,
    status_words,
)
from tracker.outputs.report.schema import (
    About,
    ArticleSection,
    Change,
    Failure,
    Failures,
    MapData,
    Overview,
    OverviewLine,
    Report,
    ReviewItem,
    SourceRef,
    Staleness,
    StaleSource,
    StatusChange,
    Tile,
    TimelineEntry,
    Uncertain,
    Wording,
)
from tracker.sources import jurisdictions
from tracker.sources.coverage import SUCCESS, iter_coverage, iter_health
from tracker.store import queries, runs
from tracker.store.db import utcnow
from tracker.store.rows import ChangeRow, LegalityRow, RunRow, as_rows

PT = DEFAULT_PROFESSION.value
OPEN_STATES = {s.value for s in OPEN}
FailureList = Literal["failed_sources", "moved_sources", "blocked_sources", "skipped_sources"]
FAILURE_LISTS: tuple[FailureList, ...] = typing.get_args(FailureList)
OWN_LIST: dict[str, FailureList] = {
    FetchOutcome.MOVED.value: "moved_sources",
    FetchOutcome.BLOCKED.value: "blocked_sources",
    FetchOutcome.SKIPPED.value: "skipped_sources",
}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def get_run(db: Database, run_id: int) -> RunRow:
    return runs.get(db, run_id)


def latest_run_id(db: Database) -> int | None:
    row = next(iter(db.query("SELECT max(id) AS id FROM runs")), None)
    return int(row["id"]) if row and row["id"] is not None else None


def run_date(run: Mapping[str, Any]) -> str:
    """The date a run speaks for: ``as_of``, else the UTC date it started."""
    return str(run.get("as_of") or (run.get("started_at") or "")[:10] or f"run-{run['id']}")


def statuses_after(db: Database, run_id: int, profession: str = PT) -> dict[str, LegalityRow]:
    """Legality rows of ``profession`` as they stood right after ``run_id``.

    Starts from the current ``legality`` table and undoes the status changes of later runs.
    Rows first seen after the run without a later change row (new baselines) are dropped.
    Authority, evidence and conditions are the current ones: the tables keep no history of them.
    """
    run = get_run(db, run_id)
    cutoff = run_date(run)
    rows = {
        r["jurisdiction"]: r
        for r in as_rows(LegalityRow, db.query("SELECT * FROM legality WHERE profession = ?", [profession]))
    }
    later = list(
        db.query(
            "SELECT jurisdiction, old_status FROM changes WHERE kind = 'status' AND profession = ? "
            "AND run_id > ? ORDER BY id DESC",
            [profession, run_id],
        )
    )
    touched = {c["jurisdiction"] for c in later}
    for code, row in list(rows.items()):
        if code in touched:
            continue
        first_run = row.get("first_seen_run_id")
        seen = (row.get("first_seen") or "")[:10]
        if (first_run or 0) > run_id or (first_run is None and seen > cutoff):
            del rows[code]
    for change in later:
        code = change["jurisdiction"]
        if code not in rows:
            continue
        if change["old_status"] is None:
            del rows[code]
        else:
            rows[code]["status"] = change["old_status"]
    return rows


def map_data(rows: dict[str, LegalityRow], profession: str = PT) -> MapData:
    """What the map draws: each tile coloured by the *published* status, marked ``pending``
    while a review item is open, with the sources' ``current`` status beside it."""
    codes = list(jurisdictions.core_codes()) + sorted(c for c in rows if c not in jurisdictions.core_codes())

    def tile(code: str) -> Tile:
        row = rows.get(code)
        if row is None:
            return {"state": jurisdictions.name(code), "status": "no_data", "current": "no_data",
                    "pending": False, "authority": None, "source_id": None,
                    "effective_date": None, "awaiting_rules": False}  # fmt: skip
        return {
            "state": jurisdictions.name(code),
            "status": row.get("published_status") or row["status"],
            "current": row["status"],
            "pending": row.get("review_state") in OPEN_STATES,
            "authority": row.get("authority"),
            "source_id": row.get("source_id"),
            "effective_date": row.get("effective_date"),
            "awaiting_rules": bool(row.get("awaiting_rules")),
        }

    return {"profession": profession, "states": {code: tile(code) for code in codes}}


def text_path(snapshot_id: int | None) -> str | None:
    """Where a report folder keeps a snapshot's full text (relative to the folder)."""
    return f"texts/snapshot-{snapshot_id}.txt" if snapshot_id is not None else None


def folder_name(run: Mapping[str, Any]) -> str:
    """``<as_of>-run<id>``: one folder per run, so two runs on one date keep two reports."""
    return f"{run_date(run)}-run{run['id']}"


def _change(row: ChangeRow, published_status: str | None = None) -> Change:
    return {
        "change_id": row["id"],
        "run_id": row["run_id"],
        "jurisdiction": row["jurisdiction"],
        "state": jurisdictions.name(row["jurisdiction"]),
        "profession": row["profession"],
        "old_status": row["old_status"],
        "new_status": row["new_status"],
        "authority": row["authority"],
        "evidence": row["evidence"],
        "url": row["url"],
        "source_id": row["source_id"],
        "review_state": row["review_state"],
        "detected_at": row["detected_at"],
        "published_status": published_status,
        "note": row.get("note"),
    }


def timeline(db: Database, up_to_run: int | None = None) -> list[TimelineEntry]:
    """Every status change (kind ``status``), oldest first, with its detection date."""
    where, params = ("AND run_id <= ?", [up_to_run]) if up_to_run is not None else ("", [])
    rows = db.query(f"SELECT * FROM changes WHERE kind = 'status' {where} ORDER BY detected_at, id", params)
    return [{"date": (r["detected_at"] or "")[:10], **_change(r)} for r in as_rows(ChangeRow, rows)]


def _failures(db: Database, run_id: int, failing_after: int) -> Failures:
    groups: Failures = {
        "failed_sources": [],
        "moved_sources": [],
        "blocked_sources": [],
        "skipped_sources": [],
    }
    rows = db.query(
        "SELECT c.*, s.jurisdiction, s.profession, s.authority, s.url AS source_url "
        "FROM checks c LEFT JOIN sources s ON s.id = c.source_id WHERE c.run_id = ? ORDER BY c.source_id",
        [run_id],
    )
    failed = [row for row in rows if row["outcome"] not in SUCCESS]
    wanted = {row["source_id"] for row in failed}
    health = {sid: h for sid, h in iter_health(db, run_id) if sid in wanted} if wanted else {}
    for row in failed:
        h = health.get(row["source_id"])
        fails = h.consecutive_failures if h else 1
        code = row["jurisdiction"] or ""
        failure: Failure = {
            "source_id": row["source_id"],
            "jurisdiction": code,
            "state": jurisdictions.name(code),
            "profession": row["profession"],
            "authority": row["authority"],
            "url": row["url"] or row["source_url"],
            "final_url": row["final_url"],
            "outcome": row["outcome"],
            "http_status": row["http_status"],
            "error": row["error"],
            "consecutive_failures": fails,
            "failing": fails >= failing_after,
            "last_success": h.last_success if h else None,
        }
        key: FailureList = OWN_LIST.get(row["outcome"], "failed_sources")
        groups[key].append(failure)
    return groups


def _summary(report: Report, digest: runs.Digest) -> str:
    if digest.quiet:
        return (
            "Quiet night: no status changes, nothing to review, "
            f"all {_plural(digest.sources_checked, 'source', 'sources')} answered."
        )
    failures = [s for key in FAILURE_LISTS for s in report[key]]
    failing = sum(1 for s in failures if s["failing"])
    others = len(failures) - failing
    n_status, n_review = len(report["status_changes"]), len(report["needs_review"])
    n_wording = len(report["wording_changes"])
    parts = [_plural(n_status, "status change", "status changes") if n_status else "no status changes"]
    if n_review:
        parts.append(f"{n_review} {'needs' if n_review == 1 else 'need'} review")
    if n_wording:
        parts.append(_plural(n_wording, "wording change", "wording changes"))
    if failing:
        parts.append(_plural(failing, "failing source", "failing sources"))
    if others:
        noun = "other source" if failing else "source"
        parts.append(f"{_plural(others, noun, noun + 's')} did not answer")
    text = ", ".join(parts)
    text = text[0].upper() + text[1:]
    status = report["run"]["status"]
    return f"{text} (run {status})" if status and status != "ok" else text


def _about(row: dict[str, Any]) -> About:
    """Who and where, for a row about one source."""
    return {
        "source_id": row["source_id"],
        "jurisdiction": row["jurisdiction"],
        "state": jurisdictions.name(row["jurisdiction"] or ""),
        "profession": row["profession"],
        "authority": row["authority"],
        "url": row["url"],
    }


def _staleness(db: Database, run_id: int, stale_days: int, now: str | None, failing_after: int) -> Staleness:
    """The report's "Staleness and coverage": what ``coverage()`` says as of the run, read one
    source at a time (``iter_coverage``), keeping only the stale and never-fetched sources and
    which jurisdictions have any source, not a line per source."""
    seen: set[str] = set()
    never_fetched: list[SourceRef] = []
    stale: list[StaleSource] = []
    for s in iter_coverage(db, stale_days, now, failing_after=failing_after, run_id=run_id):
        seen.add(s["jurisdiction"])
        ref: SourceRef = {
            "source_id": s["id"],
            "jurisdiction": s["jurisdiction"],
            "state": s["state"],
            "url": s["url"],
        }
        if s["never_fetched"]:
            never_fetched.append(ref)
        if s["stale"]:
            stale.append({**ref, "last_success": s["last_success"]})
    return {
        "stale_days": stale_days,
        "no_source": [
            {"jurisdiction": c, "state": jurisdictions.name(c)}
            for c in jurisdictions.core_codes()
            if c not in seen
        ],
        "never_fetched": never_fetched,
        "stale": stale,
    }


def build(
    db: Database,
    run_id: int,
    *,
    failing_after: int = FAILING_AFTER,
    stale_days: int = STALE_DAYS,
) -> Report:
    """The change report of ``run_id`` as a JSON-ready dict (keys: see the package docstring)."""
    run = get_run(db, run_id)
    digest = runs.digest(db, run_id)
    joined_rows = [
        dict(r)
        for r in db.query(
            "SELECT c.*, l.published_status FROM changes c LEFT JOIN legality l "
            "ON l.jurisdiction = c.jurisdiction AND l.profession = c.profession "
            "WHERE c.run_id = ? ORDER BY c.id",
            [run_id],
        )
    ]
    changes = as_rows(ChangeRow, joined_rows)
    published: dict[int, str | None] = {r["id"]: r["published_status"] for r in joined_rows}
    reasons = {
        (r["jurisdiction"], r["profession"]): r["review_reason"]
        for r in db.query("SELECT jurisdiction, profession, review_reason FROM legality")
    }
    needs_review: list[ReviewItem] = [
        {
            **_change(c, published[c["id"]]),
            "status": c["new_status"],
            "reason": c.get("note") or reasons.get((c["jurisdiction"], c["profession"])),
        }
        for c in changes
        if c["kind"] == "needs_review"
    ]
    uncertain: list[Uncertain] = [
        {**_about(r), "confidence": r["confidence"], "evidence": r["evidence"]}
        for r in db.query(
            "SELECT f.*, s.jurisdiction, s.authority, s.url FROM findings f "
            "LEFT JOIN sources s ON s.id = f.source_id "
            "WHERE f.run_id = ? AND f.needs_review = 1 ORDER BY f.id",
            [run_id],
        )
    ]
    wording: list[Wording] = [
        {
            **_about(r),
            "id": r["id"],
            "status": r["status"],
            "diff": r["diff"],
            "old_snapshot_id": r["old_snapshot_id"],
            "new_snapshot_id": r["new_snapshot_id"],
            "segments": [
                seg.as_dict()
                for seg in segments(normalise(r["old_text"] or ""), normalise(r["new_text"] or ""))
            ],
            "old_text": text_path(r["old_snapshot_id"]),
            "new_text": text_path(r["new_snapshot_id"]),
        }
        for r in db.query(
            "SELECT w.*, s.jurisdiction, s.profession, s.authority, s.url, o.text AS old_text, "
            "n.text AS new_text FROM wording_changes w "
            "LEFT JOIN sources s ON s.id = w.source_id LEFT JOIN snapshots o ON o.id = w.old_snapshot_id "
            "LEFT JOIN snapshots n ON n.id = w.new_snapshot_id WHERE w.run_id = ? ORDER BY w.id",
            [run_id],
        )
    ]
    after = statuses_after(db, run_id, PT)
    # The article's list is the *published* one (as the map, the web UI and `article
    # --reviewed-only` show it); the sources' reading, pending review included, stands beside it.
    the_map = map_data(after, PT)
    not_allowed = queries.article_names(c for c, t in the_map["states"].items() if t["status"] in NOT_ALLOWED)
    sources_not_allowed = queries.article_names(c for c, r in after.items() if r["status"] in NOT_ALLOWED)
    pt_moves = [c for c in changes if c["kind"] == "status" and c["profession"] == PT]
    joined = queries.article_names(
        c["jurisdiction"]
        for c in pt_moves
        if c["new_status"] in NOT_ALLOWED and c["old_status"] not in NOT_ALLOWED
    )
    left = queries.article_names(
        c["jurisdiction"]
        for c in pt_moves
        if c["old_status"] in NOT_ALLOWED and c["new_status"] not in NOT_ALLOWED
    )
    current: dict[tuple[str, str], dict[str, Any]] = {
        (r["jurisdiction"], r["profession"]): dict(r)
        for r in db.query(
            "SELECT jurisdiction, profession, source_status, effective_date, awaiting_rules, "
            "condition_sources FROM legality"
        )
    }

    def _status_change(c: ChangeRow) -> StatusChange:
        row = current.get((c["jurisdiction"], c["profession"])) or {}
        same = row.get("source_status") == c["new_status"]
        words = status_words(
            c["new_status"],
            row.get("effective_date") if same else None,
            row.get("awaiting_rules") if same else None,
        )
        return {
            **_change(c, published[c["id"]]),
            "new_status_words": words,
            "conditions": condition_sources(row.get("condition_sources")),
        }

    staleness = _staleness(
        db,
        run_id,
        stale_days,
        run.get("finished_at") or run.get("started_at") or None,
        failing_after,
    )

    article: ArticleSection = {
        "profession": PT,
        "not_allowed": not_allowed,
        "sources_not_allowed": sources_not_allowed,
        "before": sorted((set(sources_not_allowed) - set(joined)) | set(left)),
        "joined": joined,
        "left": left,
    }
    report: Report = {
        "run": {
            "id": run["id"],
            "started_at": run["started_at"],
            "finished_at": run["finished_at"],
            "trigger": run["trigger"],
            "status": run["status"],
            "as_of": run_date(run),
            "folder": folder_name(run),
            "replay": run.get("replay"),
            "counts": {
                "pages_total": run["pages_total"],
                "pages_fetched": run["pages_fetched"],
                "pages_not_modified": run["pages_not_modified"],
                "pages_failed": run["pages_failed"],
                "changes": run["changes"],
                "sources_checked": digest.sources_checked,
            },
        },
        "generated_at": utcnow(),
        "failing_after": failing_after,
        "summary": "",
        "status_changes": [_status_change(c) for c in changes if c["kind"] == "status"],
        "needs_review": needs_review,
        "uncertain_findings": uncertain,
        "wording_changes": wording,
        **_failures(db, run_id, failing_after),
        "article": article,
        "staleness": staleness,
        "map": the_map,
        "timeline": timeline(db, run_id),
    }
    report["summary"] = _summary(report, digest)
    return report


def overview(db: Database) -> Overview:
    """The data of ``latest/index.html``: current map, every jurisdiction's row, the timeline."""
    rows = as_rows(LegalityRow, db.query("SELECT * FROM legality ORDER BY profession, jurisdiction"))
    pt = {r["jurisdiction"]: r for r in rows if r["profession"] == PT}

    def _line(code: str, found: LegalityRow | None, profession: str) -> OverviewLine:
        row: dict[str, Any] = dict(found) if found else {}
        return {
            "jurisdiction": code,
            "state": jurisdictions.name(code),
            "profession": profession,
            "status": row.get("status") or "no_data",
            "published_status": row.get("published_status") or row.get("status") or "no_data",
            "pending": row.get("review_state") in OPEN_STATES,
            "published_words": status_words(
                row.get("published_status") or row.get("status"),
                row.get("effective_date"),
                row.get("awaiting_rules"),
            ),
            "status_words": status_words(
                row.get("status"), row.get("effective_date"), row.get("awaiting_rules")
            ),
            "conditions": Conditions.from_row(row).summary() if row else "",
            "condition_sources": condition_sources(row.get("condition_sources")),
            "effective_date": row.get("effective_date"),
            "authority": row.get("authority"),
            "source_id": row.get("source_id"),
            "url": row.get("url"),
            "review_state": row.get("review_state"),
            "conflicting_sources": json.loads(row.get("conflicting_sources") or "[]"),
            "last_checked": row.get("last_checked"),
        }

    codes = list(jurisdictions.core_codes()) + sorted(c for c in pt if c not in jurisdictions.core_codes())
    others = [
        _line(r["jurisdiction"], r, r["profession"])
        for r in sorted(rows, key=lambda r: (r["profession"], jurisdictions.name(r["jurisdiction"])))
        if r["profession"] != PT
    ]
    latest = latest_run_id(db)
    return {
        "generated_at": utcnow(),
        "latest_run": get_run(db, latest) if latest is not None else None,
        "map": map_data(pt, PT),
        "jurisdictions": [_line(code, pt.get(code), PT) for code in codes],
        "other_professions": others,
        "timeline": timeline(db),
    }
