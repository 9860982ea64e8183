"""Tell someone when a night was not quiet, through Apprise (Slack, Teams, Discord, e-mail,
ntfy, a JSON webhook... each as a URL).

A run notifies when it has news: status changes, needs-review rows, wording changes (as the
report's summary counts them, :class:`tracker.store.runs.Digest`), a run that failed as a whole
after one that did not, or a source that *started* failing or *recovered*. A source that keeps
failing is announced once per failure episode, not every night (the report still lists it).
The message is queued in the run's own transaction (:mod:`tracker.outputs.outbox`) and sent
after it commits; a failure to send is logged and retried by the next run, never fatal.
Secrets (the SMTP password, tokens in URLs) are never logged.

Configuration: ``data/notify.toml`` (or ``--notify-config PATH``)::

    report_base_url = "https://example.org/scopewatch/reports"   # optional, for links
    timeout = 10                                                  # optional, seconds
    urls = ["ntfy://scopewatch-alerts", "discord://id/token"]     # optional: any Apprise URLs

    [webhook]   # a Slack/Discord/Teams hook URL as the service gives it, or any http(s)
    url = "https://hooks.slack.com/services/T000/B000/XXXX"      # endpoint (a JSON POST)

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

import contextlib
import hashlib
import logging
import os
import socket
import tomllib
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from sqlite_utils import Database

from tracker.errors import UsageError
from tracker.files import read_input
from tracker.sources import jurisdictions
from tracker.store import runs
from tracker.store.rows import ChangeRow, as_rows
from tracker.tomltables import base_type, check_table

log = logging.getLogger(__name__)

DEFAULT_CONFIG = Path("data/notify.toml")

# environment variable -> NotifyConfig field
ENV = {
    "SCOPEWATCH_NOTIFY_URLS": "urls",
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
    urls: list[str] = field(default_factory=list, repr=False)  # Apprise URLs, as given

    @property
    def channels(self) -> list[str]:
        on = (
            ("webhook", bool(self.webhook_url)),
            ("email", bool(self.smtp_host)),
            ("apprise", bool(self.urls)),
        )
        return [name for name, enabled in on if enabled]

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
    urls: list[str] | None = field(default=None, metadata={"what": "a list of Apprise URLs"})
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
    for url in config.urls:
        if _apprise_service(url, config) is None:
            scheme = url.split("://", 1)[0] if "://" in url else url[:12]
            raise UsageError(
                f"notification URL {scheme}://... is not one Apprise knows (a typo in the service name, "
                "or a missing part?): see https://appriseit.com/services/"
            )
    return config


def _read_file(path: Path) -> dict[str, Any]:
    raw = read_input(path, "notification config", option="--notify-config")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise UsageError(f"notification config {path} cannot be read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"notification config {path} is not valid TOML: {exc}") from None
    except RecursionError:
        raise UsageError(f"notification config {path} is not valid TOML: nested too deeply") from None
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
        separator = None if name == "urls" else ","  # Apprise URLs hold commas: whitespace apart
        return [a.strip(" ,") for a in raw.split(separator) if a.strip(" ,")]
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
    failed: list[dict[str, Any]]  # every source that did not answer this run
    error: str | None
    report: str | None
    digest: runs.Digest  # the run's counts: the one definition of "nothing new"
    started_failing: list[dict[str, Any]] = field(default_factory=list)  # a new failure episode
    recovered: list[dict[str, Any]] = field(default_factory=list)  # an episode ended
    wording_changes: int = 0

    @property
    def nothing_new(self) -> bool:
        """Nothing to tell (:attr:`tracker.store.runs.Digest.nothing_new`): sources that were
        already failing, and a run failing again after a failed one, are not news."""
        return self.digest.nothing_new

    def subject(self) -> str:
        parts = []
        if self.changes:
            parts.append(_plural(len(self.changes), "status change"))
        if self.needs_review:
            parts.append(f"{_plural(len(self.needs_review), 'state')} to review")
        if self.started_failing:
            parts.append(f"{_plural(len(self.started_failing), 'source')} started failing")
        if self.recovered:
            parts.append(f"{_plural(len(self.recovered), 'source')} recovered")
        if self.wording_changes:
            parts.append(_plural(self.wording_changes, "wording change"))
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
        if self.started_failing:
            lines.append("Started failing:")
            lines += [f"- {f['source_id']}: {f['error'] or f['outcome']}" for f in self.started_failing]
        if self.recovered:
            lines.append("Recovered: " + ", ".join(f["source_id"] for f in self.recovered))
        still = len(self.failed) - len(self.started_failing)
        if still > 0:
            lines.append(f"Still failing (announced before): {_plural(still, 'source')}")
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
            "started_failing": self.started_failing,
            "recovered": self.recovered,
            "report": self.report,
        }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _who(change: dict[str, Any]) -> str:
    profession = str(change["profession"]).replace("_", " ")
    return f"{change['state']} ({change['jurisdiction']}), {profession}"


def gather(
    db: Database, run_id: int, report_paths: list[Path] | None = None, config: NotifyConfig | None = None
) -> Night:
    run = runs.get(db, run_id)
    keys = ("jurisdiction", "profession", "old_status", "new_status", "url", "source_id", "evidence", "note")
    rows: dict[str, list[dict[str, Any]]] = {"status": [], "needs_review": []}
    changes = db["changes"].rows_where("run_id = ?", [run_id], order_by="jurisdiction, profession, id")
    for row in as_rows(ChangeRow, changes):
        if row["kind"] in rows:
            values: Mapping[str, Any] = row
            item = {"state": jurisdictions.name(row["jurisdiction"]), **{k: values[k] for k in keys}}
            rows[row["kind"]].append(item)
    digest = runs.digest(db, run_id)
    details = {
        c["source_id"]: {k: c[k] for k in ("source_id", "outcome", "http_status", "error")}
        for c in runs.episodes(db, run_id)
    }
    failed = [details[sid] for sid in digest.failed_sources]
    started = [details[sid] for sid in digest.started_failing]
    recovered = [details[sid] for sid in digest.recovered]
    return Night(
        run_id=run_id,
        status=run["status"],
        as_of=run.get("as_of"),
        changes=rows["status"],
        needs_review=rows["needs_review"],
        failed=failed,
        error=run.get("error"),
        report=report_link(report_paths or [], config.report_base_url if config else None),
        digest=digest,
        started_failing=started,
        recovered=recovered,
        wording_changes=digest.wording_changes,
    )


def report_link(report_paths: list[Path], base_url: str | None) -> str | None:
    if not report_paths:
        return None
    paths = [Path(p) for p in report_paths]
    path = next((p for p in paths if p.suffix == ".html"), paths[0])
    if base_url:
        return f"{base_url.rstrip('/')}/{path.parent.name}/{path.name}"
    return str(path)


# --- sending -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One Apprise service: ``key`` identifies it across runs without holding its secrets."""

    key: str
    label: str  # for logs: the service and host, no secrets
    url: str = field(repr=False)


def targets(config: NotifyConfig) -> list[Target]:
    """Every configured service as an Apprise URL."""
    urls = list(config.urls)
    if config.webhook_url:
        urls.append(_webhook_url(config.webhook_url, config))
    if config.smtp_host:
        urls.append(_email_url(config))
    out = []
    for url in urls:
        service = _apprise_service(url, config)
        host = urlsplit(url).hostname if "://" in url else None
        name = getattr(service, "service_name", None) or url.split(":", 1)[0]
        label = f"{name} ({host})" if host else str(name)
        out.append(Target(hashlib.sha256(url.encode()).hexdigest()[:16], label, url))
    return out


def _webhook_url(url: str, config: NotifyConfig) -> str:
    """A service's own hook URL (Slack, Discord, Teams...) as Apprise reads it; any other
    http(s) endpoint as Apprise's JSON webhook (``json://``/``jsons://``)."""
    if _apprise_service(url, config) is not None:
        return url
    parts = urlsplit(url)
    # Apprise reads "?a=b" as its own options; "-a=b" is passed on to the endpoint's query
    query = urlencode([(f"-{k}", v) for k, v in parse_qsl(parts.query, keep_blank_values=True)])
    return urlunsplit(parts._replace(scheme="jsons" if parts.scheme == "https" else "json", query=query))


def _email_url(config: NotifyConfig) -> str:
    assert config.smtp_host
    auth = ""
    if config.smtp_user:
        auth = f"{quote(config.smtp_user, safe='')}:{quote(config.smtp_password or '', safe='')}@"
    query = {
        "smtp": config.smtp_host,
        "from": config.mail_from or f"scopewatch@{socket.getfqdn()}",
        "to": ",".join(config.mail_to),
    }
    if config.smtp_starttls:
        query["mode"] = "starttls"
    scheme = "mailtos" if config.smtp_starttls else "mailto"
    return f"{scheme}://{auth}{config.smtp_host}:{config.port}/?{urlencode(query)}"


def _apprise_service(url: str, config: NotifyConfig) -> Any:
    import apprise

    with _apprise_quiet():  # a URL it does not know is an answer here, not an error to log
        service = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if service is None:
        return None
    service.socket_connect_timeout = config.timeout
    service.socket_read_timeout = config.timeout
    return service


@contextlib.contextmanager
def _apprise_quiet() -> Iterator[None]:
    """Apprise's own log lines stay out of ours: what failed is logged once, by the outbox,
    from what :func:`send` captured."""
    logger = logging.getLogger("apprise")
    propagate = logger.propagate
    logger.propagate = False
    try:
        yield
    finally:
        logger.propagate = propagate


def send(target: Target, subject: str, body: str, config: NotifyConfig) -> str | None:
    """Send one message to one service; None when it was taken, else the reason (no secrets)."""
    import apprise

    service = _apprise_service(target.url, config)
    if service is None:
        return "not a URL Apprise knows"
    try:
        with (
            _apprise_quiet(),
            apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as output,  # type: ignore[no-untyped-call]
        ):
            ok = service.notify(body=body, title=subject, body_format=apprise.NotifyFormat.TEXT)
            detail = output.getvalue().strip() if hasattr(output, "getvalue") else ""
    except Exception as exc:
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    if ok:
        return None
    lines = [ln for ln in detail.splitlines() if ln.strip()]
    return _scrub(" / ".join(lines[-3:]) or "the service did not accept the message", config, target.url)


def _scrub(text: str, config: NotifyConfig, *urls: str) -> str:
    """``text`` without the password, tokens or any configured URL's secret-bearing parts."""
    secrets: list[str | None] = [config.smtp_password]
    for url in (*urls, *config.urls, config.webhook_url):
        if not url:
            continue
        secrets.append(url)
        try:
            parts = urlsplit(url)
        except ValueError:
            continue
        secrets += [
            parts.path if len(parts.path) > 1 else None,
            parts.query or None,
            parts.password,
            parts.username if parts.password else None,
        ]
        secrets += [p for p in parts.path.split("/") if len(p) >= 6]
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, "***")
        text = text.replace(quote(secret, safe=""), "***")
    return text
