"""Notifications: config loading, the message, and real sends to a loopback webhook receiver
and a real SMTP server (aiosmtpd) after real pipeline runs against a loopback site."""

from __future__ import annotations

import email
import email.policy
import json
import logging
import socket
import sqlite3
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
from tracker.outputs import notify, outbox, report
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
    # FL failed in run 1 too: not news; NY (blocked) and TX (gone) start a failure episode
    assert night.subject() == (
        "scopewatch: 2 status changes, 1 state to review, 2 sources started failing, 1 wording change (run 2)"
    )
    text = night.text()
    assert "Colorado (CO), physical therapist: permitted -> prohibited" in text
    assert "Washington (WA), physical therapist: prohibited -> permitted" in text
    assert "Needs review:\n- Texas (TX), physical therapist: permitted kept" in text
    assert "Started failing:\n- ny-pt-board: blocked\n- tx-pt-faq: gone" in text
    assert "Still failing (announced before): 1 source" in text
    assert "Report: https://r.test/reports/2024-05-02/change-report.html" in text
    payload = night.payload()
    assert [c["jurisdiction"] for c in payload["changes"]] == ["CO", "WA"]
    assert payload["needs_review"][0]["state"] == "Texas"
    assert [f["outcome"] for f in payload["failed"]] == ["failed", "blocked", "gone"]
    assert [f["source_id"] for f in payload["started_failing"]] == ["ny-pt-board", "tx-pt-faq"]
    json.dumps(payload)  # JSON-ready


def test_quiet_night_queues_nothing(tmp_path: Path, webhook: Webhook) -> None:
    db = dbfactory.two_runs(tmp_path / "t.db")
    dbfactory.quiet_run(db)  # every source answers again: FL, NY and TX recovered
    dbfactory.quiet_run(db, 4, "2024-05-04")
    config = notify.NotifyConfig(webhook_url=webhook.url)
    assert notify.gather(db, 3).subject() == "scopewatch: 3 sources recovered (run 3)"
    assert outbox.enqueue(db, 4, config) is None
    assert outbox.enqueue(db, 2, None) is None
    assert outbox.deliver(db, config) == []
    assert webhook.bodies == []


def test_send_errors_are_recorded_without_secrets_and_retried(
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
    with db.conn:
        queued = outbox.enqueue(db, 2, config)
    assert queued is not None
    with caplog.at_level(logging.INFO, logger="tracker"):
        assert outbox.deliver(db, config) == []
    assert "notification of run 2 via JSON (127.0.0.1) failed" in caplog.text
    assert "notification of run 2 via E-Mail (127.0.0.1) failed" in caplog.text
    row = outbox.pending(db)[0]
    assert row["attempts"] == 1 and row["state"] == "pending" and "500" in row["error"]
    for text in (caplog.text, row["error"], row["payload"]):
        assert TOKEN not in text and PASSWORD not in text
    webhook.status = 200  # the hook is back: the next attempt sends to it, e-mail still pending
    assert outbox.deliver(db, config) == []
    assert len(webhook.bodies) == 2 and outbox.pending(db)[0]["attempts"] == 2
    assert webhook.bodies[-1]["title"] == (
        "scopewatch: 2 status changes, 1 state to review, 2 sources started failing, 1 wording change (run 2)"
    )
    assert outbox.deliver(db, config) == []
    assert len(webhook.bodies) == 2  # a service that took the message does not get it twice


# --- real runs, real channels --------------------------------------------------------------


def _options(tmp_path: Path, sources: Path, config: Path, reports: Path | None = None) -> RunOptions:
    return RunOptions(
        db_path=tmp_path / "sw.db",
        sources_path=sources,
        reports_dir=reports or tmp_path / "reports",
        trigger=Trigger.SCHEDULE,
        crawl=CrawlOptions(delay=0, timeout=10),
        notify_config=config,
    )


def _page(text: str) -> Route:
    return Route(board_page("Board of Physical Therapy", "Dry needling", text))


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback only
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_runs_notify_through_apprise_once_per_failure_episode(
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
    options = _options(tmp_path, sources, write_config(tmp_path, webhook.url, smtp.port))
    site.routes["/co"] = _page(IN_SCOPE)
    site.routes["/wa"] = _page(OUT_OF_SCOPE)
    with caplog.at_level(logging.INFO, logger="tracker"):
        first = run_pipeline(options)  # the baseline: nothing to tell
        assert first.changes == 0
        assert webhook.bodies == [] and smtp.messages == []

        site.routes["/co"] = _page(OUT_OF_SCOPE)
        second = run_pipeline(options)
        assert second.changes == 1
        # Apprise mails each of the two recipients on its own
        assert len(webhook.bodies) == 1 and len(smtp.messages) == 2

        third = run_pipeline(options)  # quiet: no change, every source answered
        assert third.changes == 0
        assert len(webhook.bodies) == 1 and len(smtp.messages) == 2

        site.routes["/wa"] = Route(status=404)
        fourth = run_pipeline(options)  # WA starts failing: told once
        assert fourth.status.value == "partial"
        assert len(webhook.bodies) == 2 and len(smtp.messages) == 4

        fifth = run_pipeline(options)  # still failing: the same episode, nothing new
        assert fifth.status.value == "partial"
        assert len(webhook.bodies) == 2 and len(smtp.messages) == 4

        site.routes["/wa"] = _page(OUT_OF_SCOPE)
        run_pipeline(options)  # recovered: told once
        assert len(webhook.bodies) == 3 and len(smtp.messages) == 6
        run_pipeline(options)
        assert len(webhook.bodies) == 3 and len(smtp.messages) == 6

    body = webhook.bodies[0]
    assert webhook.paths[0] == f"/services/hooks/{TOKEN}?key={TOKEN}"
    assert body["title"] == f"scopewatch: 1 status change (run {second.run_id})"
    assert "Colorado (CO), physical therapist: permitted -> prohibited" in body["message"]
    assert f"Report: {second.reports[0].parent / 'change-report.html'}" in body["message"]

    mail = smtp.messages[0]
    assert mail["Subject"] == f"scopewatch: 1 status change (run {second.run_id})"
    assert {str(m["To"]) for m in smtp.messages[:2]} == {"editor@example.test", "lead@example.test"}
    assert "scopewatch@example.test" in mail["From"]
    assert mail["Date"] and mail["Message-ID"]
    assert "Colorado (CO), physical therapist: permitted -> prohibited" in mail.get_content()
    assert smtp.logins and set(smtp.logins) == {"scopewatch"}

    failing = webhook.bodies[1]
    assert (
        failing["title"] == f"scopewatch: 1 state to review, 1 source started failing (run {fourth.run_id})"
    )
    assert "Started failing:\n- wa-pt-board: HTTP 404" in failing["message"]
    assert "1 source recovered" in webhook.bodies[2]["title"]
    assert "Recovered: wa-pt-board" in webhook.bodies[2]["message"]

    assert "notified run" in caplog.text and "(127.0.0.1)" in caplog.text
    assert PASSWORD not in caplog.text and TOKEN not in caplog.text


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_a_notification_survives_an_unwritable_reports_folder(
    tmp_path: Path, site: TestSite, webhook: Webhook
) -> None:
    sources = registry(
        tmp_path / "sources.toml", site, [("co-pt-board", "CO", "board_position", "/co", "main")]
    )
    config = tmp_path / "notify.toml"
    config.write_text(f'[webhook]\nurl = "{webhook.url}"\n')
    site.routes["/co"] = _page(IN_SCOPE)
    run_pipeline(_options(tmp_path, sources, config))
    site.routes["/co"] = _page(OUT_OF_SCOPE)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the reports folder should be")
    summary = run_pipeline(_options(tmp_path, sources, config, reports=blocked / "reports"))
    assert summary.changes == 1 and summary.reports == []
    assert summary.report_error is not None and "could not be written" in summary.report_error
    assert len(webhook.bodies) == 1
    assert "Colorado (CO), physical therapist: permitted -> prohibited" in webhook.bodies[0]["message"]
    conn = sqlite3.connect(tmp_path / "sw.db")
    status, error = conn.execute("select status, error from runs where id = ?", [summary.run_id]).fetchone()
    assert status == "ok" and "could not be written" in error
    assert conn.execute("select state from notifications").fetchall() == [("sent",)]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_an_unsent_notification_is_sent_by_the_next_run(
    tmp_path: Path, site: TestSite, webhook: Webhook
) -> None:
    sources = registry(
        tmp_path / "sources.toml", site, [("co-pt-board", "CO", "board_position", "/co", "main")]
    )
    config = tmp_path / "notify.toml"
    config.write_text(f'[webhook]\nurl = "{webhook.url}"\n')
    site.routes["/co"] = _page(IN_SCOPE)
    run_pipeline(_options(tmp_path, sources, config))
    site.routes["/co"] = _page(OUT_OF_SCOPE)
    webhook.status = 503  # the chat service is down tonight
    second = run_pipeline(_options(tmp_path, sources, config))
    assert second.changes == 1
    conn = sqlite3.connect(tmp_path / "sw.db")
    assert conn.execute("select state, attempts from notifications").fetchall() == [("pending", 1)]
    webhook.status = 200
    run_pipeline(_options(tmp_path, sources, config))  # a quiet night, but the old news goes out
    assert conn.execute("select state, attempts from notifications").fetchall() == [("sent", 2)]
    assert webhook.bodies[-1]["title"] == f"scopewatch: 1 status change (run {second.run_id})"


def test_apprise_urls_from_config_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notify.toml"
    path.write_text('urls = ["json://127.0.0.1:9/hook", "ntfy://scopewatch-alerts"]\n')
    config = notify.load_config(path)
    assert config is not None and config.channels == ["apprise"]
    assert [t.label.split(" ")[0] for t in notify.targets(config)] == ["JSON", "ntfy"]
    monkeypatch.setenv("SCOPEWATCH_NOTIFY_URLS", "json://127.0.0.1:9/a?x=1,2 jsons://h.test/b")
    config = notify.load_config(path)
    assert config is not None and config.urls == ["json://127.0.0.1:9/a?x=1,2", "jsons://h.test/b"]
    monkeypatch.delenv("SCOPEWATCH_NOTIFY_URLS")
    path.write_text('urls = ["nonsense://x"]\n')
    with pytest.raises(UsageError, match=r"nonsense://\.\.\. is not one Apprise knows"):
        notify.load_config(path)


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
    with db.conn:
        assert outbox.enqueue(db, 4, config) is not None
    assert outbox.deliver(db, config) != []
    assert webhook.bodies[0]["title"] == "scopewatch: 1 wording change (run 4)"
    failed = runs.digest(db, 2)
    assert not failed.quiet and failed.failed_sources == ("fl-pt-statute", "ny-pt-board", "tx-pt-faq")


def test_a_failed_run_is_news_once_until_a_run_succeeds(tmp_path: Path) -> None:
    db = dbfactory.two_runs(tmp_path / "t.db")
    for run_id, day, status in [
        (3, "2024-05-03", "failed"),
        (4, "2024-05-04", "failed"),
        (5, "2024-05-05", "failed"),
    ]:
        dbfactory.add_run(db, run_id, day, status)
    db.conn.commit()
    assert not notify.gather(db, 3).nothing_new  # the crawler died: news
    assert notify.gather(db, 4).nothing_new and notify.gather(db, 5).nothing_new  # still dead: not news


def test_a_message_no_service_takes_is_given_up_after_ten_attempts(tmp_path: Path, webhook: Webhook) -> None:
    db = dbfactory.two_runs(tmp_path / "t.db")
    webhook.status = 500
    config = notify.NotifyConfig(webhook_url=webhook.url, timeout=5)
    with db.conn:
        outbox.enqueue(db, 2, config)
    for _ in range(outbox.MAX_ATTEMPTS):
        assert outbox.deliver(db, config) == []
    assert outbox.pending(db) == []
    row = next(db["notifications"].rows)
    assert (row["state"], row["attempts"]) == ("given_up", 10)
    sent = len(webhook.bodies)
    outbox.deliver(db, config)
    assert len(webhook.bodies) == sent  # given up: not sent again


def test_a_source_still_failing_is_not_news_but_the_night_is_not_quiet(tmp_path: Path) -> None:
    db = dbfactory.two_runs(tmp_path / "t.db")  # FL fails from run 1 on; NY and TX stop in run 2
    dbfactory.add_run(db, 3, "2024-05-03", "partial")
    for sid, *_ in dbfactory.SOURCES:
        outcome = "failed" if sid == "fl-pt-statute" else "not_modified"
        dbfactory.add_check(db, 3, sid, outcome, "2024-05-03T02:01:00Z", http_status=None)

    started, still = runs.digest(db, 2), runs.digest(db, 3)
    assert started.started_failing == ("ny-pt-board", "tx-pt-faq")
    assert not started.nothing_new
    assert still.started_failing == () and still.recovered == ("ny-pt-board", "tx-pt-faq")
    assert not still.nothing_new  # two sources came back: news
    dbfactory.add_run(db, 4, "2024-05-04", "partial")
    for sid, *_ in dbfactory.SOURCES:
        outcome = "failed" if sid == "fl-pt-statute" else "not_modified"
        dbfactory.add_check(db, 4, sid, outcome, "2024-05-04T02:01:00Z", http_status=None)
    again = runs.digest(db, 4)
    assert again.nothing_new and not again.quiet and again.failed_sources == ("fl-pt-statute",)
    assert notify.gather(db, 4).nothing_new and not notify.gather(db, 3).nothing_new
    assert report.build(db, 4)["summary"] == "No status changes, 1 failing source (run partial)"
