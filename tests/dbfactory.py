"""Build small scopewatch databases the way the pipeline would leave them (real SQLite, no mocks).

``two_runs(path)`` is the shared scenario:

run 1 (2024-05-01, partial): six PT sources; FL fails (timeout); the rest are fetched and
become the baseline: CA prohibited (statute), CO permitted (rule, 50 h), NY prohibited
(board_position), TX permitted (faq, a PDF), WA prohibited (rule).

run 2 (2024-05-02, partial):
- CO permitted -> prohibited (status change, pending; its evidence holds a ``<script>``),
- WA prohibited -> permitted (status change, pending),
- TX's page is gone (404): needs_review, status kept,
- CA's text changed but not its status (a wording change),
- FL fails again (timeout): 2 in a row, so *failing*,
- NY is blocked (403): its first failure,
- everyone else fetched.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tracker.store.db import open_db

PT = "physical_therapist"

SOURCES = [
    ("ca-pt-statute", "CA", "statute", "https://example.test/ca/bpc-2620.html"),
    ("co-pt-rule-11", "CO", "rule", "https://example.test/co/rule-11.html"),
    ("fl-pt-statute", "FL", "statute", "https://example.test/fl/486-117.html"),
    ("ny-pt-board", "NY", "board_position", "https://example.test/ny/position.html"),
    ("tx-pt-faq", "TX", "faq", "https://example.test/tx/faq.pdf"),
    ("wa-pt-rule", "WA", "rule", "https://example.test/wa/rule.html"),
]
SCRIPT_EVIDENCE = 'A physical therapist shall not perform dry needling <script>alert("x")</script>.'


def add_source(db: Database, sid: str, code: str, authority: str, url: str, profession: str = PT) -> None:
    db["sources"].insert(
        {
            "id": sid,
            "jurisdiction": code,
            "profession": profession,
            "authority": authority,
            "board": f"{code} Board",
            "url": url,
            "selector": None,
            "active": 1,
            "added_at": "2024-04-30T12:00:00Z",
        }
    )


def add_run(db: Database, run_id: int, as_of: str, status: str = "ok", **counts: int) -> None:
    db["runs"].insert(
        {
            "id": run_id,
            "started_at": f"{as_of}T02:00:00Z",
            "finished_at": f"{as_of}T02:05:00Z",
            "trigger": "schedule",
            "status": status,
            "pages_total": counts.get("pages_total", 0),
            "pages_fetched": counts.get("pages_fetched", 0),
            "pages_not_modified": counts.get("pages_not_modified", 0),
            "pages_failed": counts.get("pages_failed", 0),
            "changes": counts.get("changes", 0),
            "replay": None,
            "as_of": as_of,
        }
    )


def add_check(
    db: Database,
    run_id: int,
    sid: str,
    outcome: str,
    at: str,
    *,
    http_status: int | None = 200,
    error: str | None = None,
    snapshot_id: int | None = None,
) -> None:
    url = db["sources"].get(sid)["url"]
    db["checks"].insert(
        {
            "run_id": run_id,
            "source_id": sid,
            "checked_at": at,
            "url": url,
            "final_url": url,
            "outcome": outcome,
            "http_status": http_status,
            "error": error,
            "snapshot_id": snapshot_id,
            "new_snapshot": 1 if snapshot_id else 0,
        }
    )


def add_snapshot(
    db: Database,
    run_id: int,
    sid: str,
    at: str,
    text: str,
    status: str,
    evidence: str,
    content_type: str = "text/html; charset=utf-8",
    **conditions: Any,
) -> int:
    url = db["sources"].get(sid)["url"]
    snap_id = (
        db["snapshots"]
        .insert(
            {
                "source_id": sid,
                "run_id": run_id,
                "fetched_at": at,
                "url": url,
                "final_url": url,
                "http_status": 200,
                "content_type": content_type,
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "text": text,
            }
        )
        .last_pk
    )
    db["findings"].insert(
        {
            "snapshot_id": snap_id,
            "source_id": sid,
            "run_id": run_id,
            "profession": PT,
            "status": status,
            "evidence": evidence,
            "confidence": 0.9,
            "effective_date": "2020-07-01",
            "needs_review": 0,
            "rules": json.dumps(["r1"]),
            **conditions,
        }
    )
    add_check(db, run_id, sid, "fetched", at, snapshot_id=snap_id)
    return int(snap_id)


def set_legality(
    db: Database,
    code: str,
    sid: str,
    status: str,
    evidence: str,
    run_id: int,
    at: str,
    review_state: str = "baseline",
    **extra: Any,
) -> None:
    src = db["sources"].get(sid)
    row = {
        "jurisdiction": code,
        "profession": PT,
        "status": status,
        "source_status": status,
        "evidence": evidence,
        "source_id": sid,
        "authority": src["authority"],
        "url": src["url"],
        "effective_date": "2020-07-01",
        "first_seen": at,
        "last_checked": at,
        "conflicting_sources": json.dumps([]),
        "review_state": review_state,
        "review_reason": None,
        "published_status": status,
        "confidence": 0.9,
        "finding_id": None,
        "updated_run_id": run_id,
    }
    row.update(extra)
    db["legality"].upsert(row, pk=("jurisdiction", "profession"))


def add_change(
    db: Database,
    run_id: int,
    code: str,
    sid: str,
    kind: str,
    old: str,
    new: str,
    evidence: str,
    at: str,
    review_state: str = "pending",
) -> int:
    src = db["sources"].get(sid)
    return int(
        db["changes"]
        .insert(
            {
                "run_id": run_id,
                "jurisdiction": code,
                "profession": PT,
                "kind": kind,
                "old_status": old,
                "new_status": new,
                "detected_at": at,
                "evidence": evidence,
                "url": src["url"],
                "source_id": sid,
                "authority": src["authority"],
                "review_state": review_state,
            }
        )
        .last_pk
    )


def two_runs(path: Path) -> Database:
    db = open_db(path)
    for sid, code, authority, url in SOURCES:
        add_source(db, sid, code, authority, url)

    t1 = "2024-05-01T02:01:00Z"
    add_run(db, 1, "2024-05-01", "partial", pages_total=6, pages_fetched=5, pages_failed=1)
    base = {
        "ca-pt-statute": ("CA", "prohibited", "Tissue penetration is limited to evaluation."),
        "co-pt-rule-11": ("CO", "permitted", "A physical therapist may perform dry needling after 50 hours."),
        "ny-pt-board": ("NY", "prohibited", "Dry needling is the practice of acupuncture."),
        "tx-pt-faq": ("TX", "permitted", "Dry needling is within the scope of physical therapy."),
        "wa-pt-rule": ("WA", "prohibited", "Dry needling is not within the scope of practice."),
    }
    for sid, (code, status, evidence) in base.items():
        ctype = "application/pdf" if sid == "tx-pt-faq" else "text/html; charset=utf-8"
        conds = {"min_training_hours": 50, "informed_consent": 1} if code == "CO" else {}
        add_snapshot(db, 1, sid, t1, f"{code} v1 {evidence}", status, evidence, ctype, **conds)
        set_legality(db, code, sid, status, evidence, 1, t1, **conds)
    add_check(db, 1, "fl-pt-statute", "failed", t1, http_status=None, error="timeout after 30 s")

    t2 = "2024-05-02T02:01:00Z"
    add_run(db, 2, "2024-05-02", "partial", pages_total=6, pages_fetched=3, pages_failed=3, changes=3)
    add_snapshot(db, 2, "co-pt-rule-11", t2, "CO v2", "prohibited", SCRIPT_EVIDENCE)
    set_legality(
        db,
        "CO",
        "co-pt-rule-11",
        "prohibited",
        SCRIPT_EVIDENCE,
        2,
        t2,
        "pending",
        published_status="permitted",
    )
    add_change(db, 2, "CO", "co-pt-rule-11", "status", "permitted", "prohibited", SCRIPT_EVIDENCE, t2)

    wa_evidence = "A physical therapist may perform dry needling with 54 hours of training."
    add_snapshot(db, 2, "wa-pt-rule", t2, "WA v2", "permitted", wa_evidence)
    set_legality(
        db, "WA", "wa-pt-rule", "permitted", wa_evidence, 2, t2, "pending", published_status="prohibited"
    )
    add_change(db, 2, "WA", "wa-pt-rule", "status", "prohibited", "permitted", wa_evidence, t2)

    add_check(db, 2, "tx-pt-faq", "gone", t2, http_status=404)
    db["legality"].update(("TX", PT), {"review_state": "needs_review", "review_reason": "page gone (404)"})
    add_change(
        db,
        2,
        "TX",
        "tx-pt-faq",
        "needs_review",
        "permitted",
        "permitted",
        "Dry needling is within the scope of physical therapy.",
        t2,
    )

    old_ca = db["snapshots"].get(1)["id"]
    new_ca = add_snapshot(
        db, 2, "ca-pt-statute", t2, "CA v2", "prohibited", "Tissue penetration is limited to evaluation."
    )
    db["wording_changes"].insert(
        {
            "run_id": 2,
            "source_id": "ca-pt-statute",
            "old_snapshot_id": old_ca,
            "new_snapshot_id": new_ca,
            "status": "prohibited",
            "diff": "Tissue penetration [-is-] {+remains+} limited to evaluation.",
        }
    )
    add_check(db, 2, "fl-pt-statute", "failed", t2, http_status=None, error="timeout after 30 s")
    add_check(db, 2, "ny-pt-board", "blocked", t2, http_status=403)
    return db


def quiet_run(db: Database, run_id: int = 3, as_of: str = "2024-05-03") -> None:
    """A run where every source answered and nothing moved."""
    at = f"{as_of}T02:01:00Z"
    add_run(db, run_id, as_of, "ok", pages_total=6, pages_not_modified=6)
    for sid, *_ in SOURCES:
        add_check(db, run_id, sid, "not_modified", at, http_status=304)
