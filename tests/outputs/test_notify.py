"""Notifications: config loading, the message, and real sends to a loopback webhook receiver
and a real SMTP server (aiosmtpd) after real pipeline runs against a loopback site."""

from __future__ import annotations

import email
import email.policy
import json
import logging
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests import dbfactory
from tests.pages import board_page, registry
from tests.site import Route, TestSite
from tracker.errors import UsageError
from tracker.fetch.crawl import CrawlOptions
from tracker.models import Trigger
from tracker.outputs import notify, report
from tracker.run.pipeline import RunOptions
from tracker.run.pipeline import run as run_pipeline
from tracker.store import runs

PASSWORD = "s3cret-Pa55word"
TOKEN = "T0KEN-b1b2b3"
IN_SCOPE = "The board has determined that dry needling is within the scope of practice of physical therapy."
OUT_OF_SCOPE = "Dry needling is not within the scope of practice of physical therapy."


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No SCOPEWATCH_* settings from the caller, and no data/notify.toml from the repo."""
    for var in notify.ENV:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)


# --- loopback receivers ------------------------------------------------------------------


@dataclass
class Webhook:
    url: str
    bodies: list[dict[str, Any]] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    status: int = 200


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            hook.bodies.append(json.loads(body))
            hook.paths.append(self.path)
            self.send_response(hook.status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    hook.url = f"http://127.0.0.1:{server.server_address[1]}/services/hooks/{TOKEN}?key={TOKEN}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hook
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Mailbox:
    port: int
    messages: list[email.message.EmailMessage] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[Mailbox]:
    box = Mailbox(port=_free_port())

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            box.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
            return "250 OK"

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login == b"scopewatch"
            and data.password == PASSWORD.encode()
        )
        if ok:
            box.logins.append(data.login.decode())
        return AuthResult(success=ok)

    controller = Controller(
        Handler(),
        hostname="127.0.0.1",
        port=box.port,
        authenticator=authenticator,
        auth_require_tls=False,
        auth_required=True,
    )
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


def write_config(tmp_path: Path, webhook_url: str, smtp_port: int, extra: str = "") -> Path:
    path = tmp_path / "notify.toml"
    path.write_text(f"""{extra}
[webhook]
url = "{webhook_url}"

[email]
host = "127.0.0.1"
port = {smtp_port}
starttls = false
user = "scopewatch"
password = "{PASSWORD}"
from = "scopewatch@example.test"
to = ["editor@example.test", "lead@example.test"]
""")
    return path


# --- config ------------------------------------------------------------------------------


def test_nothing_configured_is_none(tmp_path: Path) -> None:
    assert notify.load_config(None) is None


def test_toml_file_then_env_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_config(
        tmp_path, "https://hooks.example.test/x", 2525, 'report_base_url = "https://r.test/reports"'
    )
    config = notify.load_config(path)
    assert config is not None
    assert config.channels == ["webhook", "email"]
    assert (config.smtp_host, config.port, config.smtp_user, config.smtp_starttls) == (
        "127.0.0.1",
        2525,
        "scopewatch",
        False,
    )
    assert config.mail_to == ["editor@example.test", "lead@example.test"]
    assert config.report_base_url == "https://r.test/reports"
    assert PASSWORD not in repr(config)

    monkeypatch.setenv("SCOPEWATCH_SMTP_PORT", "587")
    monkeypatch.setenv("SCOPEWATCH_MAIL_TO", "a@example.test, b@example.test")
    monkeypatch.setenv("SCOPEWATCH_WEBHOOK_URL", "https://other.example.test/y")
    config = notify.load_config(path)
    assert config is not None
    assert config.port == 587
    assert config.mail_to == ["a@example.test", "b@example.test"]
    assert config.webhook_url == "https://other.example.test/y"


def test_default_file_and_env_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCOPEWATCH_SMTP_HOST", "mail.example.test")
    monkeypatch.setenv("SCOPEWATCH_MAIL_TO", "editor@example.test")
    config = notify.load_config(None)
    assert config is not None and config.channels == ["email"] and config.port == 25

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "notify.toml").write_text('[webhook]\nurl = "https://hooks.example.test/z"\n')
    config = notify.load_config(None)
    assert config is not None and config.channels == ["webhook", "email"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[webhook]\nurll = "https://x.test/"\n', "unknown key 'webhook.urll'"),
        ('[email]\nhost = "h"\nport = "25"\nto = ["a@x.test"]\n', "key 'email.port' must be an integer"),
        ('[email]\nhost = "h"\nto = "a@x.test"\n', "key 'email.to' must be a list of addresses"),
        (
            '[email]\nhost = "h"\nstarttls = "yes"\nto = ["a@x.test"]\n',
            "key 'email.starttls' must be true or false",
        ),
        ('[email]\nhost = "h"\n', "no recipients"),
        ('[webhook]\nurl = "ftp://x.test/"\n', "'webhook.url' must be an http(s) URL"),
        ("webhook = 3\n", "key 'webhook' must be a table"),
        ('smtp = "x"\n', "unknown key 'smtp'"),
        ("[webhook\n", "is not valid TOML"),
    ],
)
def test_malformed_file_names_the_key(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "notify.toml"
    path.write_text(text)
    with pytest.raises(UsageError) as info:
        notify.load_config(path)
    assert message in str(info.value)


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="not found"):
        notify.load_config(tmp_path / "nope.toml")


# --- the message, from the shared two-runs database ------------------------------------


def test_message_from_a_busy_night(tmp_path: Path) -> None:
    db = dbfactory.two_runs(tmp_path / "t.db")
    config = notify.NotifyConfig(webhook_url="https://h.test/x", report_base_url="https://r.test/reports/")
    night = notify.gather(
        db,
        2,
        [Path("reports/2024-05-02/change-report.md"), Path("reports/2024-05-02/change-report.html")],
        config,
    )
    assert night.subject() == (
        "scopewatch: 2 status changes, 1 state to review, 3 sources failed, 1 wording change (run 2)"
    )
    text = night.text()
    assert "Colorado (CO), physical therapist: permitted -> prohibited" in text
    assert "Washington (WA), physical therapist: prohibited -> permitted" in text
    assert "Needs review:\n- Texas (TX), physical therapist: permitted kept" in text
    assert "Failed sources: fl-pt-statute, ny-pt-board, tx-pt-faq" in text
    assert "Report: https://r.test/reports/2024-05-02/change-report.html" in text
    payload = night.payload()
    assert [c["jurisdiction"] for c in payload["changes"]] == ["CO", "WA"]
    assert payload["needs_review"][0]["state"] == "Texas"
    assert [f["outcome"] for f in payload["failed"]] == ["failed", "blocked", "gone"]
    json.dumps(payload)  # JSON-ready


def test_quiet_night_sends_nothing(tmp_path: Path, webhook: Webhook) -> None:
    db = dbfactory.two_runs(tmp_path / "t.db")
    dbfactory.quiet_run(db)
    config = notify.NotifyConfig(webhook_url=webhook.url)
    assert notify.notify_run(db, 3, [], config) == []
    assert notify.notify_run(db, 2, [], None) == []
    assert webhook.bodies == []


def test_send_errors_are_logged_without_secrets(
    tmp_path: Path, webhook: Webhook, caplog: pytest.LogCaptureFixture
) -> None:
    db = dbfactory.two_runs(tmp_path / "t.db")
    webhook.status = 500
    config = notify.NotifyConfig(
        webhook_url=webhook.url,
        smtp_host="127.0.0.1",
        smtp_port=_free_port(),
        smtp_user="scopewatch",
        smtp_password=PASSWORD,
        mail_to=["e@x.test"],
        timeout=5,
    )
    with caplog.at_level(logging.INFO, logger="tracker"):
        assert notify.notify_run(db, 2, [], config) == []
    assert "webhook to 127.0.0.1 failed: HTTP 500" in caplog.text
    assert "e-mail via 127.0.0.1" in caplog.text and "failed" in caplog.text
    assert TOKEN not in caplog.text and PASSWORD not in caplog.text


# --- real runs, real channels --------------------------------------------------------------


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback only
def test_runs_notify_webhook_and_email(
    tmp_path: Path, site: TestSite, webhook: Webhook, smtp: Mailbox, caplog: pytest.LogCaptureFixture
) -> None:
    sources = registry(
        tmp_path / "sources.toml",
        site,
        [
            ("co-pt-board", "CO", "board_position", "/co", "main"),
            ("wa-pt-board", "WA", "board_position", "/wa", "main"),
        ],
    )
    config = write_config(tmp_path, webhook.url, smtp.port)
    options = RunOptions(
        db_path=tmp_path / "sw.db",
        sources_path=sources,
        reports_dir=tmp_path / "reports",
        trigger=Trigger.SCHEDULE,
        crawl=CrawlOptions(delay=0, timeout=10),
        notify_config=config,
    )

    def page(text: str) -> Route:
        return Route(board_page("Board of Physical Therapy", "Dry needling", text))

    site.routes["/co"] = page(IN_SCOPE)
    site.routes["/wa"] = page(OUT_OF_SCOPE)
    with caplog.at_level(logging.INFO, logger="tracker"):
        first = run_pipeline(options)  # the baseline: nothing to tell
        assert first.changes == 0
        assert webhook.bodies == [] and smtp.messages == []

        site.routes["/co"] = page(OUT_OF_SCOPE)
        second = run_pipeline(options)
        assert second.changes == 1
        assert len(webhook.bodies) == 1 and len(smtp.messages) == 1

        third = run_pipeline(options)  # quiet: no change, every source answered
        assert third.changes == 0
        assert len(webhook.bodies) == 1 and len(smtp.messages) == 1

        site.routes["/wa"] = Route(status=404)
        fourth = run_pipeline(options)
        assert fourth.status.value == "partial"
        assert len(webhook.bodies) == 2 and len(smtp.messages) == 2

    body = webhook.bodies[0]
    assert webhook.paths[0] == f"/services/hooks/{TOKEN}?key={TOKEN}"
    assert body["run_id"] == second.run_id and body["status"] == "ok"
    assert "Colorado (CO), physical therapist: permitted -> prohibited" in body["text"]
    assert body["changes"][0]["jurisdiction"] == "CO"
    assert (body["changes"][0]["old_status"], body["changes"][0]["new_status"]) == ("permitted", "prohibited")
    assert body["needs_review"] == [] and body["failed"] == []
    assert body["report"] == str(second.reports[0].parent / "change-report.html")

    mail = smtp.messages[0]
    assert mail["Subject"] == f"scopewatch: 1 status change (run {second.run_id})"
    assert mail["To"] == "editor@example.test, lead@example.test"
    assert mail["From"] == "scopewatch@example.test"
    assert "Colorado (CO), physical therapist: permitted -> prohibited" in mail.get_content()
    assert smtp.logins == ["scopewatch", "scopewatch"]

    failed = webhook.bodies[1]
    assert failed["status"] == "partial"
    assert [f["source_id"] for f in failed["failed"]] == ["wa-pt-board"]
    assert "Failed sources: wa-pt-board" in failed["text"]
    assert smtp.messages[1]["Subject"].startswith("scopewatch: ")
    assert "1 source failed" in smtp.messages[1]["Subject"]

    assert "notified run" in caplog.text and "via 127.0.0.1" in caplog.text
    assert PASSWORD not in caplog.text and TOKEN not in caplog.text


def test_a_quiet_night_means_the_same_to_the_report_the_run_and_notify(
    tmp_path: Path, webhook: Webhook
) -> None:
    db = dbfactory.two_runs(tmp_path / "t.db")
    dbfactory.quiet_run(db, 3, "2024-05-03")
    dbfactory.quiet_run(db, 4, "2024-05-04")
    old = db["snapshots"].get(1)["id"]
    db["wording_changes"].insert(
        {"run_id": 4, "source_id": "ca-pt-statute", "old_snapshot_id": old, "new_snapshot_id": old}
        | {"status": "prohibited", "diff": "Tissue penetration [-is-] {+remains+} limited."}
    )
    config = notify.NotifyConfig(webhook_url=webhook.url)

    quiet, wording = runs.digest(db, 3), runs.digest(db, 4)
    assert quiet.quiet and quiet.sources_checked == 6 and quiet.failed_sources == ()
    assert not wording.quiet and wording.wording_changes == 1
    assert report.build(db, 3)["summary"].startswith("Quiet night")
    assert report.build(db, 4)["summary"] == "No status changes, 1 wording change"
    assert notify.notify_run(db, 3, [], config) == []
    assert notify.notify_run(db, 4, [], config) == ["webhook"]
    assert webhook.bodies[0]["text"].startswith("scopewatch: 1 wording change (run 4)")
    failed = runs.digest(db, 2)
    assert not failed.quiet and failed.failed_sources == ("fl-pt-statute", "ny-pt-board", "tx-pt-faq")
