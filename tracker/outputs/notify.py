"""Tell someone when a night was not quiet: a webhook (Slack-compatible) and/or an e-mail.

A run notifies unless it was quiet (:attr:`tracker.store.runs.Digest.quiet`, the same
definition as the report's "Quiet night"): a status change, a needs-review row, a wording
change, a source that did not answer or a failed run is news. Sending happens after the run's data is
committed, so a failure to send is logged and never fails the run. Secrets (the SMTP
password, the webhook URL's path and query, which usually carry a token) are never logged:
log lines name the host only.

Configuration: ``data/notify.toml`` (or ``--notify-config PATH``)::

    report_base_url = "https://example.org/scopewatch/reports"   # optional, for links
    timeout = 10                                                  # optional, seconds

    [webhook]
    url = "https://hooks.slack.com/services/T000/B000/XXXX"

    [email]
    host = "smtp.example.org"
    port = 587
    starttls = true
    user = "scopewatch"
    password = "..."
    from = "scopewatch@example.org"
    to = ["editor@example.org"]

then ``SCOPEWATCH_*`` environment variables override (see :data:`ENV`).
"""

from __future__ import annotations

import json
import logging
import os
import smtplib
import socket
import ssl
import tomllib
import typing
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlite_utils import Database

from tracker.errors import UsageError
from tracker.sources import jurisdictions
from tracker.store import runs
from tracker.tomltables import base_type, check_table

log = logging.getLogger(__name__)

DEFAULT_CONFIG = Path("data/notify.toml")

# environment variable -> NotifyConfig field
ENV = {
    "SCOPEWATCH_WEBHOOK_URL": "webhook_url",
    "SCOPEWATCH_SMTP_HOST": "smtp_host",
    "SCOPEWATCH_SMTP_PORT": "smtp_port",
    "SCOPEWATCH_SMTP_USER": "smtp_user",
    "SCOPEWATCH_SMTP_PASSWORD": "smtp_password",
    "SCOPEWATCH_SMTP_STARTTLS": "smtp_starttls",
    "SCOPEWATCH_MAIL_FROM": "mail_from",
    "SCOPEWATCH_MAIL_TO": "mail_to",
    "SCOPEWATCH_REPORT_BASE_URL": "report_base_url",
}


@dataclass(frozen=True)
class NotifyConfig:
    webhook_url: str | None = None
    smtp_host: str | None = None
    smtp_port: int | None = None  # None: 587 with STARTTLS, else 25
    smtp_user: str | None = None
    smtp_password: str | None = field(default=None, repr=False)
    smtp_starttls: bool = False
    mail_from: str | None = None
    mail_to: list[str] = field(default_factory=list)
    report_base_url: str | None = None
    timeout: float = 10.0

    @property
    def channels(self) -> list[str]:
        return [
            name for name, on in (("webhook", bool(self.webhook_url)), ("email", bool(self.smtp_host))) if on
        ]

    @property
    def port(self) -> int:
        return self.smtp_port or (587 if self.smtp_starttls else 25)


# The file's schema (tracker.tomltables): the field names are NotifyConfig's, the TOML keys
# the users'.
@dataclass(frozen=True)
class _WebhookTable:
    webhook_url: str | None = field(default=None, metadata={"key": "url"})


@dataclass(frozen=True)
class _EmailTable:
    smtp_host: str | None = field(default=None, metadata={"key": "host"})
    smtp_port: int | None = field(default=None, metadata={"key": "port"})
    smtp_user: str | None = field(default=None, metadata={"key": "user"})
    smtp_password: str | None = field(default=None, metadata={"key": "password"})
    smtp_starttls: bool | None = field(default=None, metadata={"key": "starttls"})
    mail_from: str | None = field(default=None, metadata={"key": "from"})
    mail_to: list[str] | None = field(default=None, metadata={"key": "to", "what": "a list of addresses"})


@dataclass(frozen=True)
class _File:
    report_base_url: str | None = None
    timeout: float | None = field(default=None, metadata={"what": "a number of seconds"})
    webhook: _WebhookTable | None = None
    email: _EmailTable | None = None


def load_config(path: Path | None) -> NotifyConfig | None:
    """The notification settings, or None when nothing is configured.

    ``path`` None means ``data/notify.toml`` when it exists. Environment variables
    (:data:`ENV`) override the file. A malformed file raises UsageError naming the key.
    """
    values: dict[str, Any] = {}
    if path is not None or DEFAULT_CONFIG.is_file():
        values = _read_file(Path(path) if path is not None else DEFAULT_CONFIG)
    for var, name in ENV.items():
        raw = os.environ.get(var)
        if raw is not None and raw.strip():
            values[name] = _from_env(var, name, raw.strip())
    config = NotifyConfig(**values)
    if not config.channels:
        return None
    if config.smtp_host and not config.mail_to:
        raise UsageError(
            "e-mail notification has a host but no recipients: set [email] to = [...] or SCOPEWATCH_MAIL_TO"
        )
    if config.webhook_url and urlsplit(config.webhook_url).scheme not in ("http", "https"):
        raise UsageError("notification key 'webhook.url' must be an http(s) URL")
    return config


def _read_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"notification config {path} not found: pass --notify-config PATH") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"notification config {path} cannot be read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"notification config {path} is not valid TOML: {exc}") from None
    values = check_table(data, _File, str(path))
    for table in ("webhook", "email"):
        values.update(values.pop(table, {}))
    port = values.get("smtp_port")
    if port is not None and not 0 < port < 65536:
        raise UsageError(f"{path}: key 'email.port' must be a port number (1-65535)")
    if values.get("timeout", 1) <= 0:
        raise UsageError(f"{path}: key 'timeout' must be a positive number of seconds")
    return values


def _from_env(var: str, name: str, raw: str) -> Any:
    kind = base_type(typing.get_type_hints(NotifyConfig)[name])
    if kind is int:
        if not raw.isdigit() or not 0 < int(raw) < 65536:
            raise UsageError(f"{var}={raw!r}: must be a port number (1-65535)")
        return int(raw)
    if kind is bool:
        if raw.lower() not in ("1", "0", "true", "false", "yes", "no"):
            raise UsageError(f"{var}={raw!r}: use true or false")
        return raw.lower() in ("1", "true", "yes")
    if kind is list:
        return [a.strip() for a in raw.split(",") if a.strip()]
    return raw


# --- the message -------------------------------------------------------------------------


@dataclass
class Night:
    """What one run has to say, gathered from the database."""

    run_id: int
    status: str
    as_of: str | None
    changes: list[dict[str, Any]]
    needs_review: list[dict[str, Any]]
    failed: list[dict[str, Any]]
    error: str | None
    report: str | None
    digest: runs.Digest

    @property
    def quiet(self) -> bool:
        return self.digest.quiet

    def subject(self) -> str:
        parts = []
        if self.changes:
            parts.append(_plural(len(self.changes), "status change"))
        if self.needs_review:
            parts.append(f"{_plural(len(self.needs_review), 'state')} to review")
        if self.failed:
            parts.append(f"{_plural(len(self.failed), 'source')} failed")
        if self.digest.wording_changes:
            parts.append(_plural(self.digest.wording_changes, "wording change"))
        if not parts:
            parts.append(f"run {self.status}")
        return f"scopewatch: {', '.join(parts)} (run {self.run_id})"

    def text(self) -> str:
        lines = [f"{self.subject()}, {self.as_of or 'no date'}, status {self.status}"]
        if self.changes:
            lines.append("Status changes:")
            lines += [f"- {_who(c)}: {c['old_status'] or 'none'} -> {c['new_status']}" for c in self.changes]
        if self.needs_review:
            lines.append("Needs review:")
            lines += [
                f"- {_who(c)}: {c['new_status']} kept" + (f" ({c['note']})" if c.get("note") else "")
                for c in self.needs_review
            ]
        if self.failed:
            lines.append("Failed sources: " + ", ".join(f["source_id"] for f in self.failed))
        if self.error:
            lines.append(f"Error: {self.error}")
        if self.report:
            lines.append(f"Report: {self.report}")
        return "\n".join(lines)

    def payload(self) -> dict[str, Any]:
        return {
            "text": self.text(),
            "run_id": self.run_id,
            "status": self.status,
            "as_of": self.as_of,
            "changes": self.changes,
            "needs_review": self.needs_review,
            "failed": self.failed,
            "report": self.report,
        }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _who(change: dict[str, Any]) -> str:
    profession = str(change["profession"]).replace("_", " ")
    return f"{change['state']} ({change['jurisdiction']}), {profession}"


def gather(db: Database, run_id: int, report_paths: list[Path], config: NotifyConfig | None = None) -> Night:
    run = db.table("runs").get(run_id)
    keys = ["jurisdiction", "profession", "old_status", "new_status", "url", "source_id", "evidence", "note"]
    rows: dict[str, list[dict[str, Any]]] = {"status": [], "needs_review": []}
    for row in db["changes"].rows_where("run_id = ?", [run_id], order_by="jurisdiction, profession, id"):
        if row["kind"] in rows:
            item = {"state": jurisdictions.name(row["jurisdiction"]), **{k: row.get(k) for k in keys}}
            rows[row["kind"]].append(item)
    failed = [
        {
            "source_id": c["source_id"],
            "outcome": c["outcome"],
            "http_status": c["http_status"],
            "error": c["error"],
        }
        for c in db["checks"].rows_where(
            "run_id = ? and outcome not in ('fetched', 'not_modified')", [run_id], order_by="source_id"
        )
    ]
    return Night(
        run_id=run_id,
        status=run["status"],
        as_of=run.get("as_of"),
        changes=rows["status"],
        needs_review=rows["needs_review"],
        failed=failed,
        error=run.get("error"),
        report=_report_link(report_paths, config.report_base_url if config else None),
        digest=runs.digest(db, run_id),
    )


def _report_link(report_paths: list[Path], base_url: str | None) -> str | None:
    if not report_paths:
        return None
    paths = [Path(p) for p in report_paths]
    path = next((p for p in paths if p.suffix == ".html"), paths[0])
    if base_url:
        return f"{base_url.rstrip('/')}/{path.parent.name}/{path.name}"
    return str(path)


# --- sending -----------------------------------------------------------------------------


def notify_run(db: Database, run_id: int, report_paths: list[Path], config: NotifyConfig | None) -> list[str]:
    """Send the run's summary on every configured channel; return the channels that took it.

    Nothing is sent (and [] returned) without a config or on a quiet night. Send errors are
    logged, never raised: the run's data is already committed.
    """
    if config is None:
        return []
    night = gather(db, run_id, report_paths, config)
    if night.quiet:
        log.info("run %s was quiet: no notification", run_id)
        return []
    sent: list[str] = []
    if config.webhook_url:
        host = urlsplit(config.webhook_url).hostname or "?"
        try:
            code = send_webhook(config, night.payload())
            log.info("notified run %s by webhook to %s (HTTP %s)", run_id, host, code)
            sent.append("webhook")
        except Exception as exc:
            log.warning("webhook to %s failed: %s", host, _scrub(exc, config))
    if config.smtp_host:
        try:
            send_email(config, night.subject(), night.text())
            log.info(
                "notified run %s by e-mail via %s to %d recipient(s)",
                run_id,
                config.smtp_host,
                len(config.mail_to),
            )
            sent.append("email")
        except Exception as exc:
            log.warning("e-mail via %s:%s failed: %s", config.smtp_host, config.port, _scrub(exc, config))
    return sent


def send_webhook(config: NotifyConfig, payload: dict[str, Any]) -> int:
    assert config.webhook_url
    request = urllib.request.Request(
        config.webhook_url,
        data=json.dumps(payload).encode("utf-8"),
        method="POST",
        headers={"Content-Type": "application/json", "User-Agent": "scopewatch-notify"},
    )
    with urllib.request.urlopen(request, timeout=config.timeout) as response:
        return int(response.status)


def send_email(config: NotifyConfig, subject: str, body: str) -> None:
    assert config.smtp_host
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = config.mail_from or f"scopewatch@{socket.getfqdn()}"
    message["To"] = ", ".join(config.mail_to)
    message.set_content(body)
    with smtplib.SMTP(config.smtp_host, config.port, timeout=config.timeout) as smtp:
        if config.smtp_starttls:
            smtp.starttls(context=ssl.create_default_context())
        if config.smtp_user:
            smtp.login(config.smtp_user, config.smtp_password or "")
        smtp.send_message(message)


def _scrub(exc: BaseException, config: NotifyConfig) -> str:
    """The error's text without the password or the webhook URL's token-bearing parts."""
    text = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, urllib.error.HTTPError):
        text = f"HTTP {exc.code} {exc.reason}"
    secrets = [config.smtp_password, config.webhook_url]
    if config.webhook_url:
        parts = urlsplit(config.webhook_url)
        secrets += [parts.path if len(parts.path) > 1 else None, parts.query or None]
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text
