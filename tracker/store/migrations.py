"""Ordered, named schema migrations, recorded in the ``migrations`` table.

Append new migrations at the end; never edit or reorder an applied one.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

CONDITION_COLUMNS: dict[str, type] = {
    "min_training_hours": int,
    "min_practice_years": float,
    "in_person_training": int,
    "registration_required": int,
    "informed_consent": int,
    "delegation_prohibited": int,
}


def m0001_initial(db: Database) -> None:
    db.table("runs").create(
        {
            "id": int,
            "started_at": str,
            "finished_at": str,
            "trigger": str,
            "status": str,
            "pages_total": int,
            "pages_fetched": int,
            "pages_not_modified": int,
            "pages_failed": int,
            "changes": int,
            "replay": str,  # the night replayed, if any
            "as_of": str,  # the date the run speaks for (the night's date when replaying)
            "pid": int,
            "error": str,
        },
        pk="id",
    )
    db.table("sources").create(
        {
            "id": str,
            "jurisdiction": str,
            "profession": str,
            "authority": str,
            "board": str,
            "url": str,
            "selector": str,
            "active": int,  # 0 when the source left the registry (its history is kept)
            "added_at": str,
        },
        pk="id",
    )
    db.table("snapshots").create(
        {
            "id": int,
            "source_id": str,
            "run_id": int,
            "fetched_at": str,
            "url": str,
            "final_url": str,
            "http_status": int,
            "content_type": str,
            "sha256": str,
            "text": str,
            "etag": str,
            "last_modified": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id"), ("run_id", "runs", "id")],
    )
    db.table("snapshots").create_index(["source_id", "id"])
    # One row per source per run: every attempt, whatever it came to.
    db.table("checks").create(
        {
            "id": int,
            "run_id": int,
            "source_id": str,
            "checked_at": str,
            "url": str,
            "final_url": str,
            "outcome": str,
            "http_status": int,
            "error": str,
            "snapshot_id": int,  # the snapshot current after this check (new or unchanged)
            "new_snapshot": int,
            "etag": str,  # validators for the next conditional request
            "last_modified": str,
            "retry_after": float,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id"), ("source_id", "sources", "id")],
    )
    db.table("checks").create_index(["source_id", "run_id"])
    db.table("checks").create_index(["run_id"])
    db.table("findings").create(
        {
            "id": int,
            "snapshot_id": int,
            "source_id": str,
            "run_id": int,
            "profession": str,
            "status": str,
            "evidence": str,
            "confidence": float,
            "effective_date": str,
            **CONDITION_COLUMNS,
            "needs_review": int,
            "rules": str,
        },
        pk="id",
        foreign_keys=[("snapshot_id", "snapshots", "id"), ("source_id", "sources", "id")],
    )
    db.table("findings").create_index(["source_id", "id"])
    db.table("legality").create(
        {
            "jurisdiction": str,
            "profession": str,
            "status": str,  # what is published: the override's status when one is active
            "source_status": str,  # what the sources say, before any editor override
            "evidence": str,
            "source_id": str,
            "authority": str,
            "url": str,
            "effective_date": str,
            "first_seen": str,  # when this status was first observed
            "last_checked": str,
            "conflicting_sources": str,  # JSON list of source ids
            "review_state": str,
            "review_reason": str,
            "published_status": str,  # the last status an editor accepted (or the baseline)
            "confidence": float,
            **CONDITION_COLUMNS,
            "finding_id": int,
            "updated_run_id": int,
        },
        pk=("jurisdiction", "profession"),
    )
    db.table("changes").create(
        {
            "id": int,
            "run_id": int,
            "jurisdiction": str,
            "profession": str,
            "kind": str,  # status (the status moved) | needs_review (the deciding page went silent)
            "old_status": str,
            "new_status": str,
            "detected_at": str,
            "evidence": str,
            "url": str,
            "source_id": str,
            "authority": str,
            "review_state": str,
            "note": str,  # why a needs_review row was raised
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("wording_changes").create(
        {
            "id": int,
            "run_id": int,
            "source_id": str,
            "old_snapshot_id": int,
            "new_snapshot_id": int,
            "status": str,
            "diff": str,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("reviews").create(
        {
            "id": int,
            "at": str,
            "by": str,
            "action": str,  # accept | reject | override | clear_override
            "change_id": int,
            "jurisdiction": str,
            "profession": str,
            "status": str,
            "note": str,
        },
        pk="id",
    )
    db.table("overrides").create(
        {
            "jurisdiction": str,
            "profession": str,
            "status": str,
            "note": str,
            "by": str,
            "at": str,
        },
        pk=("jurisdiction", "profession"),
    )


def m0002_source_cites(db: Database) -> None:
    """What each source's page carries (``cites``) and how its URL was checked (``verified``)."""
    for column in ("cites", "verified"):
        if column not in db.table("sources").columns_dict:
            db.table("sources").add_column(column, str)


def m0003_review_links_search(db: Database) -> None:
    """Review items can be superseded; foreign keys so the web UI links rows to their
    sources, findings, snapshots and runs; full-text search over page and finding text.

    Only tables no other table references are rebuilt (``add_foreign_keys`` copies a table),
    so no reference breaks while foreign keys are enforced.
    """
    db.table("changes").add_column("superseded_by", int)
    db.add_foreign_keys(
        [
            ("legality", "source_id", "sources", "id"),
            ("legality", "finding_id", "findings", "id"),
            ("legality", "updated_run_id", "runs", "id"),
            ("changes", "source_id", "sources", "id"),
            ("changes", "superseded_by", "changes", "id"),
            ("wording_changes", "source_id", "sources", "id"),
            ("wording_changes", "old_snapshot_id", "snapshots", "id"),
            ("wording_changes", "new_snapshot_id", "snapshots", "id"),
            ("reviews", "change_id", "changes", "id"),
        ]
    )
    db.table("snapshots").enable_fts(["text"], create_triggers=True, tokenize="porter")
    db.table("findings").enable_fts(["evidence"], create_triggers=True, tokenize="porter")


def m0004_status_model(db: Database) -> None:
    """Not yet in effect, enacted dates, conditions with their sources, dates of the night.

    ``changes.detected_at`` becomes the run's as-of date (the replayed night's under
    ``--replay``); the wall-clock time it used to hold moves to ``changes.recorded_at``.
    """
    for table in ("findings", "legality"):
        db.table(table).add_column("enacted_date", str)  # signed, adopted or issued
        db.table(table).add_column("awaiting_rules", int)  # 1: practice waits for board rules
    # JSON: condition -> [{value, source_id, authority, url, governing}], governing first
    db.table("legality").add_column("condition_sources", str)
    db.table("legality").add_column("first_seen_run_id", int)  # the run that first saw this status
    db.table("changes").add_column("recorded_at", str)  # wall-clock UTC time of the detection
    db.execute("UPDATE changes SET recorded_at = detected_at")
    db.execute(
        "UPDATE changes SET detected_at = (SELECT r.as_of FROM runs r WHERE r.id = changes.run_id) "
        "WHERE (SELECT r.as_of FROM runs r WHERE r.id = changes.run_id) IS NOT NULL"
    )


def m0005_notifications(db: Database) -> None:
    """The outbox: a run's notification is queued in the run's own transaction and sent after
    it commits; one that could not be sent is retried by the next run."""
    db.table("notifications").create(
        {
            "id": int,
            "run_id": int,
            "created_at": str,
            "subject": str,
            "body": str,  # the plain-text message
            "payload": str,  # JSON: the run's changes, reviews, failing and recovered sources
            "state": str,  # pending | sent | given_up
            "attempts": int,
            "last_attempt_at": str,
            "sent_at": str,
            "error": str,  # the last send error, secrets scrubbed
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
    )
    db.table("notifications").create_index(["state"])


def m0006_settle_reviews(db: Database) -> None:
    """Databases written before the review model: one open item per row (older ones
    superseded), and every row's published_status and review_state recomputed from its items
    and override.

    The model is frozen here as it stood when this migration was written (a private copy of
    ``tracker.editorial.workflow.settle_all`` of that day, states as literals): a later change
    to the live model must not change what an old migration does.
    """
    open_items: dict[tuple[str, str], list[int]] = {}
    for row in db.query(
        "SELECT id, jurisdiction, profession FROM changes WHERE review_state IN ('pending', 'needs_review') "
        "ORDER BY id"
    ):
        open_items.setdefault((row["jurisdiction"], row["profession"]), []).append(row["id"])
    for ids in open_items.values():
        for old in ids[:-1]:
            db.table("changes").update(old, {"review_state": "superseded", "superseded_by": ids[-1]})
    keys = [
        (r["jurisdiction"], r["profession"])
        for r in db.query("SELECT jurisdiction, profession FROM legality")
    ]
    for key in keys:
        _m0006_settle(db, *key)


def _m0006_settle(db: Database, jurisdiction: str, profession: str) -> None:
    """m0006's frozen copy of the review model's ``settle`` for one legality row."""
    key = [jurisdiction, profession]
    row = next(iter(db.table("legality").rows_where("jurisdiction = ? AND profession = ?", key)))
    items = list(db.query("SELECT * FROM changes WHERE jurisdiction = ? AND profession = ? ORDER BY id", key))
    override = next(iter(db.table("overrides").rows_where("jurisdiction = ? AND profession = ?", key)), None)
    live = [i for i in items if i["review_state"] != "superseded"]
    if override is not None:
        state = "overridden"
    else:
        state = live[-1]["review_state"] if live else "baseline"
    published = (
        items[0]["old_status"] if items and items[0]["old_status"] is not None else row["published_status"]
    )
    for item in items:
        if item["review_state"] == "accepted":
            published = item["new_status"]
    db.table("legality").update(
        tuple(key),
        {
            "review_state": state,
            "published_status": override["status"] if override else published,
            "status": override["status"] if override else row["source_status"],
            "review_reason": live[-1].get("note") if live else None,
        },
    )


def m0007_legality_dates_of_the_night(db: Database) -> None:
    """``legality.first_seen`` and ``last_checked`` become runs' as-of dates, as m0004 made
    ``changes.detected_at`` (they held the wall-clock time of the run that wrote them).

    ``first_seen``: the as-of date of ``first_seen_run_id``. ``last_checked``: the as-of date of
    the newest run that reached one of the row's pages (fetched or not modified). A row whose
    run has no as-of date keeps what it had.
    """
    db.execute(
        "UPDATE legality SET first_seen = COALESCE("
        "(SELECT r.as_of FROM runs r WHERE r.id = legality.first_seen_run_id), first_seen)"
    )
    db.execute(
        "UPDATE legality SET last_checked = COALESCE(("
        "SELECT r.as_of FROM checks c JOIN sources s ON s.id = c.source_id JOIN runs r ON r.id = c.run_id "
        "WHERE s.jurisdiction = legality.jurisdiction AND s.profession = legality.profession "
        "AND c.outcome IN ('fetched', 'not_modified') AND r.as_of IS NOT NULL "
        "ORDER BY c.run_id DESC LIMIT 1), last_checked)"
    )


Migration = Callable[[Database], None]

MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_initial", m0001_initial),
    ("0002_source_cites", m0002_source_cites),
    ("0003_review_links_search", m0003_review_links_search),
    ("0004_status_model", m0004_status_model),
    ("0005_notifications", m0005_notifications),
    ("0006_settle_reviews", m0006_settle_reviews),
    ("0007_legality_dates_of_the_night", m0007_legality_dates_of_the_night),
]
