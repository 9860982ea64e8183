"""``scopewatch schedule``: a foreground daemon that runs ``scopewatch run`` on a cron schedule.

Each fire starts ``python -m tracker run --trigger schedule ...`` in its own process (Scrapy's
reactor cannot restart inside one process) and waits for it. Runs never overlap: the job
has ``max_instances=1``, and the run lock makes a run started by anything else exit
"another run ... is in progress", which is logged as a skip. SIGTERM or SIGINT stops the
daemon with exit status 0; a run in progress gets SIGTERM (it records itself ``aborted``)
and a bounded wait, then SIGKILL.

The trigger is a parameter of :class:`Daemon` and :func:`run_daemon` (default: the cron
expression of the options), so a test can fire every second without a switch in here.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import os
import signal
import subprocess
import sys
import threading
import time
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from apscheduler.events import (
    EVENT_JOB_MAX_INSTANCES,
    EVENT_JOB_MISSED,
    EVENT_SCHEDULER_STARTED,
    JobEvent,
    JobExecutionEvent,
    JobSubmissionEvent,
)
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

from tracker.errors import UsageError
from tracker.store.db import default_path

log = logging.getLogger(__name__)

DEFAULT_CRON = "30 2 * * *"
DEFAULT_TIMEZONE = "UTC"
JOB_ID = "scopewatch-run"
MISFIRE_GRACE = 3600  # a fire missed by up to an hour (suspend, busy host) still runs
STOP_GRACE = 60.0  # seconds a run gets to abort after SIGTERM before SIGKILL
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
RELAY_LINES = 50  # at most this many lines of a run's stderr go into the log


@dataclass
class ScheduleOptions:
    cron: str = DEFAULT_CRON
    timezone: str = DEFAULT_TIMEZONE
    db_path: Path = field(default_factory=default_path)
    sources_path: Path = Path("data/sources.toml")
    reports_dir: Path = Path("reports")
    replay: Path | None = None
    log_dir: Path = Path("data/logs")
    notify_config: Path | None = None


def make_trigger(cron: str, tz: str) -> CronTrigger:
    """A CronTrigger for a 5-field crontab expression; bad input is a UsageError.

    The weekday field follows cron (0 or 7 = Sunday, 1 = Monday): APScheduler 3's
    ``from_crontab`` counts from Monday, so "0 4 * * 1" would otherwise fire on Tuesdays.
    """
    zone = _zone(tz)
    try:
        fields = cron.split()
        if len(fields) == 5:
            fields[4] = cron_weekdays(fields[4])
        return CronTrigger.from_crontab(" ".join(fields), timezone=zone)
    except ValueError as exc:
        raise UsageError(
            f"bad cron expression {cron!r}: {exc} (5 fields: minute hour day-of-month month "
            f"day-of-week, e.g. {DEFAULT_CRON!r} for 02:30 every night)"
        ) from None


_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def cron_weekdays(field: str) -> str:
    """A crontab weekday field (numbers with Sunday 0 or 7, names, ranges, steps) as
    APScheduler day names: ``"1-5"`` -> ``"mon,tue,wed,thu,fri"``, ``"*/2"`` -> ``"sun,tue,thu,sat"``."""
    if field == "*":
        return field
    days: set[int] = set()
    for item in field.split(","):
        span, slash, step_text = item.partition("/")
        if slash and not (step_text.isdigit() and int(step_text) > 0):
            raise ValueError(f"bad step {step_text!r} in day of week {field!r}")
        step = int(step_text) if slash else 1
        if span == "*":
            low, high = 0, 6
        elif "-" in span:
            first, last = span.split("-", 1)
            low, high = _day(first, field), _day(last, field)
        else:
            low = _day(span, field)
            high = 6 if slash else low
        if low > high:
            raise ValueError(f"bad range {span!r} in day of week {field!r}")
        days.update(d % 7 for d in range(low, high + 1, step))
    return ",".join(_DAYS[d] for d in sorted(days))


def _day(text: str, field: str) -> int:
    if text.lower() in _DAYS:
        return _DAYS.index(text.lower())
    if text.isdigit() and int(text) <= 7:
        return int(text)
    raise ValueError(f"bad day of week {text!r} in {field!r} (use 0-7 or sun-sat)")


def _zone(tz: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise UsageError(
            f"unknown timezone {tz!r}: use an IANA name such as UTC or America/Chicago"
        ) from None


def next_fire_times(cron: str, tz: str, n: int, now: dt.datetime | None = None) -> list[dt.datetime]:
    """The next ``n`` times ``cron`` fires after ``now`` (default: now), in ``tz``."""
    if n < 1:
        raise UsageError(f"--next must be at least 1 (got {n})")
    trigger = make_trigger(cron, tz)
    now = now or dt.datetime.now(_zone(tz))
    times: list[dt.datetime] = []
    previous: dt.datetime | None = None
    for _ in range(n):
        when = trigger.get_next_fire_time(previous, now)
        if when is None:
            break
        times.append(when)
        previous, now = when, when + dt.timedelta(microseconds=1)
    return times


def run_command(options: ScheduleOptions) -> list[str]:
    """The command line of one scheduled run."""
    command = [
        sys.executable,
        "-m",
        "tracker",
        "run",
        "--trigger",
        "schedule",
        "--db",
        str(options.db_path),
        "--sources",
        str(options.sources_path),
        "--reports",
        str(options.reports_dir),
    ]
    if options.replay is not None:
        command += ["--replay", str(options.replay)]
    if options.notify_config is not None:
        command += ["--notify-config", str(options.notify_config)]
    return command


@dataclass
class Outcome:
    """How one fire ended, for the log."""

    exit_status: int
    line: str  # the run's one-line summary, or the error
    skipped: bool = False

    @property
    def ok(self) -> bool:
        return self.exit_status == 0


def describe(exit_status: int, stdout: str, stderr: str) -> Outcome:
    out = [line for line in stdout.splitlines() if line.strip()]
    err = [line for line in stderr.splitlines() if line.strip()]
    if exit_status == 0:
        return Outcome(0, out[-1] if out else "(no summary printed)")
    if any("another run" in line and "is in progress" in line for line in err):
        return Outcome(exit_status, next(line for line in err if "another run" in line), skipped=True)
    if exit_status < 0:
        name = signal.Signals(-exit_status).name
        return Outcome(exit_status, f"killed by {name}" + (f"; last output: {err[-1]}" if err else ""))
    errors = [line for line in err if line.startswith("Error:")]
    reason = errors[-1] if errors else (err[-1] if err else (out[-1] if out else "no output"))
    return Outcome(exit_status, reason)


def _relay(stderr: str, outcome: Outcome) -> None:
    """Log what the run wrote on stderr (its warnings: failed notifications, crawler trouble)."""
    lines = [
        line
        for line in stderr.splitlines()
        if line.strip() and line != outcome.line and line.strip() != "Aborted!"
    ]
    if len(lines) > RELAY_LINES:
        log.warning("run: (%d earlier lines of output not shown)", len(lines) - RELAY_LINES)
    for line in lines[-RELAY_LINES:]:
        log.warning("run: %s", line)


class Daemon:
    """The scheduler, its one job, and the run in progress (if any)."""

    def __init__(self, options: ScheduleOptions, trigger: BaseTrigger | None = None) -> None:
        self.options = options
        self.trigger = trigger or make_trigger(options.cron, options.timezone)
        self.scheduler = BlockingScheduler(timezone=_zone(options.timezone))
        self._lock = threading.Lock()
        self._child: subprocess.Popen[str] | None = None
        self._idle = threading.Event()
        self._idle.set()
        self.stopping = False

    # --- the job ---------------------------------------------------------------------

    def fire(self) -> None:
        with self._lock:
            if self.stopping:
                return
            self._idle.clear()
            command = run_command(self.options)
            log.info("run starting: %s", " ".join(command[1:]))
            try:
                self._child = subprocess.Popen(
                    command,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    errors="replace",
                    start_new_session=True,  # the daemon decides what the run gets on Ctrl-C
                )
            except OSError as exc:
                log.error("run failed to start: %s", exc)
                self._idle.set()
                return
            child = self._child
        started = time.monotonic()
        try:
            stdout, stderr = child.communicate()
            outcome = describe(child.returncode, stdout, stderr)
            took = time.monotonic() - started
            _relay(stderr, outcome)
            if outcome.ok:
                log.info("run finished (exit status 0, %.0f s): %s", took, outcome.line)
            elif outcome.skipped:
                log.warning("skipped: another run is in progress (%s)", outcome.line)
            elif self.stopping:
                log.warning(
                    "run stopped (exit status %s, %.0f s): %s", outcome.exit_status, took, outcome.line
                )
            else:
                log.error("run failed (exit status %s, %.0f s): %s", outcome.exit_status, took, outcome.line)
        finally:
            with self._lock:
                self._child = None
                self._idle.set()
        self._log_next()

    def _log_next(self) -> None:
        if self.stopping:
            return
        job = self.scheduler.get_job(JOB_ID)
        when = getattr(job, "next_run_time", None)
        if when is not None:
            log.info("next run at %s", when.isoformat())

    def _on_skip(self, event: JobEvent) -> None:
        if isinstance(event, JobSubmissionEvent):  # max_instances: the previous run is still going
            stamps = ", ".join(t.isoformat() for t in event.scheduled_run_times)
            log.warning("skipped: another run is in progress (fire at %s)", stamps)
        elif isinstance(event, JobExecutionEvent):
            log.warning(
                "skipped: the fire at %s was missed by more than %s s",
                event.scheduled_run_time.isoformat(),
                MISFIRE_GRACE,
            )

    # --- start and stop --------------------------------------------------------------

    def start(self) -> None:
        self.scheduler.add_job(
            self.fire,
            self.trigger,
            id=JOB_ID,
            name="scopewatch run",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=MISFIRE_GRACE,
        )
        self.scheduler.add_listener(self._on_skip, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED)
        self.scheduler.add_listener(self._log_next_at_start, EVENT_SCHEDULER_STARTED)
        previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            if isinstance(self.trigger, CronTrigger):
                log.info("scopewatch schedule: cron %r (%s)", self.options.cron, self.options.timezone)
            else:
                log.info("scopewatch schedule: %s (%s)", self.trigger, self.options.timezone)
            log.info(
                "database %s, sources %s, reports %s%s",
                self.options.db_path,
                self.options.sources_path,
                self.options.reports_dir,
                f", replay {self.options.replay}" if self.options.replay else "",
            )
            if not self.stopping:
                self.scheduler.start()  # blocks until shutdown()
            self._finish()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _log_next_at_start(self, _event: Any) -> None:
        job = self.scheduler.get_job(JOB_ID)
        when = getattr(job, "next_run_time", None)
        log.info("next run at %s", when.isoformat() if when else "never (the expression never fires)")

    def _on_signal(self, signum: int, _frame: Any) -> None:
        name = signal.Signals(signum).name
        if self.stopping:
            log.warning("%s again: already stopping", name)
            return
        log.info("%s received: stopping", name)
        self.stopping = True
        # Runs in the main thread, between bytecodes of the scheduler's loop: only wake it.
        if self.scheduler.running:  # not started yet: start() checks self.stopping
            self.scheduler.shutdown(wait=False)

    def _finish(self) -> None:
        with self._lock:
            self.stopping = True
            child = self._child
        if child is not None and child.poll() is None:
            log.info(
                "a run is in progress (pid %s): sending SIGTERM, waiting up to %.0f s", child.pid, STOP_GRACE
            )
            child.send_signal(signal.SIGTERM)  # a no-op once the child is reaped
            if not self._idle.wait(STOP_GRACE):
                log.error("the run (pid %s) did not stop within %.0f s: SIGKILL", child.pid, STOP_GRACE)
                try:
                    os.killpg(child.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self._idle.wait(10)
        log.info("scheduler stopped")


def setup_logging(log_dir: Path) -> list[logging.Handler]:
    """Log to stdout and to ``<log_dir>/scopewatch.log`` (rotating); returns the handlers added."""
    log_dir.mkdir(parents=True, exist_ok=True)
    formatter = logging.Formatter("%(asctime)sZ %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S")
    formatter.converter = time.gmtime
    handlers: list[logging.Handler] = [
        logging.StreamHandler(sys.stdout),
        logging.handlers.RotatingFileHandler(
            log_dir / "scopewatch.log", maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        ),
    ]
    root = logging.getLogger()
    for handler in handlers:
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # we log skips and runs ourselves
    return handlers


def run_daemon(options: ScheduleOptions, trigger: BaseTrigger | None = None) -> None:
    """Run until SIGTERM/SIGINT; bad settings (cron, timezone, registry, notify config) fail first.

    ``trigger`` replaces the cron expression (tests fire every second with an IntervalTrigger).
    """
    from tracker.outputs import notify
    from tracker.sources import registry

    daemon = Daemon(options, trigger)  # validates cron and timezone
    registry.load(options.sources_path)  # a bad registry is refused now, not at 02:30
    notify.load_config(options.notify_config)
    handlers = setup_logging(options.log_dir)
    try:
        daemon.start()
    finally:
        for handler in handlers:
            logging.getLogger().removeHandler(handler)
            handler.close()
