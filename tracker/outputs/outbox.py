"""The notification outbox: nothing committed is ever left unannounced.

:func:`enqueue` writes a run's message into ``notifications`` inside the run's own write
transaction, so a status change and its announcement commit together. :func:`deliver` sends
every pending message after the commit, one service at a time, and records which services
took it; a message that a service refused (or a process that died before sending) stays
pending and the next run retries it, up to :data:`MAX_ATTEMPTS` times.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from tracker.clock import utcnow
from tracker.outputs import notify
from tracker.store.db import insert, transaction

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
PENDING, SENT, GIVEN_UP = "pending", "sent", "given_up"


def enqueue(db: Database, run_id: int, config: notify.NotifyConfig | None) -> int | None:
    """Queue the run's message (call inside the run's transaction); None when there is
    nothing to tell or nowhere to tell it."""
    if config is None:
        return None
    night = notify.gather(db, run_id, [], config)
    if night.nothing_new:
        log.info("run %s had no news: no notification", run_id)
        return None
    payload = night.payload()
    del payload["text"], payload["report"]
    return insert(
        db,
        "notifications",
        {
            "run_id": run_id,
            "created_at": utcnow(),
            "subject": night.subject(),
            "body": night.text(),
            "payload": json.dumps({**payload, "sent_to": []}, default=str),
            "state": PENDING,
            "attempts": 0,
        },
    )


def attach_report(
    db: Database, run_id: int, report_paths: list[Path], config: notify.NotifyConfig | None
) -> None:
    """Add the report's link to the run's queued message, once the report exists."""
    link = notify.report_link(report_paths, config.report_base_url if config else None)
    if link is None:
        return
    with transaction(db):
        for row in db.table("notifications").rows_where("run_id = ? and state = ?", [run_id, PENDING]):
            data = json.loads(row["payload"])
            data["report"] = link
            db.table("notifications").update(
                row["id"],
                {"payload": json.dumps(data, default=str), "body": f"{row['body']}\nReport: {link}"},
            )


def deliver(db: Database, config: notify.NotifyConfig | None, run_id: int | None = None) -> list[int]:
    """Send every pending message (only ``run_id``'s, when given) to every service that has
    not taken it; return the ids now sent to all. Errors are logged (secrets scrubbed) and
    recorded, never raised."""
    if config is None:
        return []
    done: list[int] = []
    targets = notify.targets(config)
    try:
        where, args = (
            ("state = ?", [PENDING]) if run_id is None else ("state = ? and run_id = ?", [PENDING, run_id])
        )
        rows = list(db.table("notifications").rows_where(where, args, order_by="id"))
    except sqlite3.Error as exc:
        log.error("could not read the pending notifications: %s", exc)
        return []
    for row in rows:
        data: dict[str, Any] = json.loads(row["payload"])
        sent_to: list[str] = list(data.get("sent_to") or [])
        errors: list[str] = []
        for target in targets:
            if target.key in sent_to:
                continue
            error = notify.send(target, row["subject"], row["body"], config)
            if error is None:
                sent_to.append(target.key)
                log.info("notified run %s via %s", row["run_id"], target.label)
            else:
                errors.append(f"{target.label}: {error}")
                log.warning("notification of run %s via %s failed: %s", row["run_id"], target.label, error)
        attempts = int(row["attempts"] or 0) + 1
        all_sent = all(t.key in sent_to for t in targets)
        state = SENT if all_sent else GIVEN_UP if attempts >= MAX_ATTEMPTS else PENDING
        if state == GIVEN_UP:
            log.error("gave up notifying run %s after %d attempts", row["run_id"], attempts)
        now = utcnow()
        try:
            _record_attempt(db, row["id"], data, sent_to, state, attempts, now, errors)
        except sqlite3.Error as exc:  # sent or not, the next run tries again; never fatal here
            log.error("could not record the notification attempt of run %s: %s", row["run_id"], exc)
            continue
        if state == SENT:
            done.append(int(row["id"]))
    return done


def _record_attempt(
    db: Database,
    notification_id: int,
    data: dict[str, Any],
    sent_to: list[str],
    state: str,
    attempts: int,
    now: str,
    errors: list[str],
) -> None:
    with transaction(db):
        db.table("notifications").update(
            notification_id,
            {
                "payload": json.dumps({**data, "sent_to": sent_to}, default=str),
                "state": state,
                "attempts": attempts,
                "last_attempt_at": now,
                "sent_at": now if state == SENT else None,
                "error": "; ".join(errors) or None,
            },
        )


def pending(db: Database) -> list[dict[str, Any]]:
    return list(db.table("notifications").rows_where("state = ?", [PENDING], order_by="id"))
