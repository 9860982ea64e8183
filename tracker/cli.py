"""The ``scopewatch`` command line: parse, make one library call, print.

Library errors (``ScopewatchError``) become ``Error: ...`` on stderr with exit status 1 (the
work failed) or 2 (bad usage or input).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from tracker import __version__
from tracker.errors import ScopewatchError, UsageError, describe_sqlite_error
from tracker.fetch.options import DEFAULTS as CRAWL
from tracker.fetch.options import PER_DOMAIN
from tracker.models import FAILING_AFTER, STALE_DAYS, LegalityStatus, Profession

PROFESSIONS = [p.value for p in Profession]
STATUSES = [s.value for s in LegalityStatus]


class Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ScopewatchError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except sqlite3.Error as exc:  # one the library did not map: still a sentence, no traceback
            error = describe_sqlite_error(exc, _db_path(ctx))
            click.echo(f"Error: {error}", err=True)
            ctx.exit(error.exit_code)
        except OSError as exc:  # an output folder or file that cannot be written
            where = f" {exc.filename}" if exc.filename else ""
            click.echo(
                f"Error: cannot use{where}: {exc.strerror or exc}; "
                "choose another path or fix its permissions",
                err=True,
            )
            ctx.exit(2)


class FiniteFloat(click.ParamType[float]):
    """A finite number of seconds, at least ``low`` (or above it when ``open_low``): ``nan``,
    ``inf`` and negative values are refused at the command line, not by every fetch."""

    name = "seconds"

    def __init__(self, low: float = 0.0, *, open_low: bool = False) -> None:
        self.low, self.open_low = low, open_low

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        too_low = number <= self.low if self.open_low else number < self.low
        if not math.isfinite(number) or too_low:
            bound = f"above {self.low:g}" if self.open_low else f"{self.low:g} or more"
            self.fail(f"{value!r} must be a finite number of seconds, {bound}", param, ctx)
        return number


PORT = click.IntRange(1, 65535)


def _regular(path: Path) -> Path:
    """Refuse a FIFO or device given as an input file (reading one blocks or never ends)."""
    import stat

    if not stat.S_ISREG(path.stat().st_mode):
        raise click.BadParameter(f"{path} is not a regular file (a device, FIFO or socket)")
    return path


def _set_db(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    # Only a --db typed on the command line is recorded: SCOPEWATCH_DB is read once, by
    # default_path(), so a command's own --db can never be overwritten by the environment.
    if value is not None:
        ctx.find_root().ensure_object(dict)["db"] = value
    return value


db_option = click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    expose_value=False,
    callback=_set_db,
    is_eager=True,
    help="SQLite database [default: data/scopewatch.db; env SCOPEWATCH_DB].",
)
profession_option = click.option(
    "--profession",
    type=click.Choice(PROFESSIONS),
    default=Profession.PHYSICAL_THERAPIST.value,
    show_default=True,
    help="Profession to report on.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
layout_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "table", "tsv"]),
    default="auto",
    show_default=True,
    help="The layout: auto is TSV when piped, a narrow table below 110 columns.",
)
sources_option = click.option(
    "--sources",
    "sources_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default="data/sources.toml",
    show_default=True,
    help="Source registry (TOML).",
)
reports_option = click.option(
    "--reports",
    "reports_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default="reports",
    show_default=True,
    help="Folder for the dated change reports.",
)
replay_option = click.option(
    "--replay",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    help="Answer every request from a recorded mirror (a night, or a folder of nights: the newest).",
)
notify_option = click.option(
    "--notify-config",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Notification settings (TOML) [default: data/notify.toml if present; env SCOPEWATCH_*].",
)


def _db_path(ctx: click.Context) -> Path:
    from tracker.store.db import default_path

    return Path(ctx.find_root().ensure_object(dict).get("db") or default_path())


def _open(ctx: click.Context, create: bool = False) -> Any:
    from tracker.store.db import open_db

    return open_db(_db_path(ctx), create=create)


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, default=str))


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.version_option(__version__, prog_name="scopewatch")
def cli() -> None:
    """scopewatch: where in the US may a physical therapist perform dry needling, and since when?

    Crawls the pages where boards, legislatures, attorneys general and courts speak, classifies
    what each says, and keeps one legality row per state and profession, with evidence.
    """
    if click.get_current_context().invoked_subcommand != "schedule":  # the daemon logs its own way
        _setup_logging()


def _setup_logging() -> None:
    """Warnings from everything, and scopewatch's own notes (notifications sent, ...), to stderr."""
    import logging

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("tracker").setLevel(logging.INFO)


@cli.command()
@db_option
@sources_option
@reports_option
@replay_option
@click.option(
    "--record",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write the fetched pages as a mirror night into this folder.",
)
@click.option(
    "--trigger",
    type=click.Choice(["manual", "schedule"]),
    default="manual",
    show_default=True,
    help="Recorded with the run.",
)
@click.option(
    "--timeout",
    type=FiniteFloat(0.0, open_low=True),
    default=CRAWL.timeout,
    show_default=True,
    help="Per-request timeout, seconds.",
)
@click.option(
    "--delay",
    type=FiniteFloat(0.0),
    default=CRAWL.delay,
    show_default=True,
    help="Politeness delay per domain, seconds.",
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1, max=64),
    default=CRAWL.concurrency,
    show_default=True,
    help=f"Requests in flight at once (at most {PER_DOMAIN} per site while --delay is above 0).",
)
@notify_option
@click.pass_context
def run(
    ctx: click.Context,
    sources_path: Path,
    reports_dir: Path,
    replay: Path | None,
    record: Path | None,
    trigger: str,
    timeout: float,
    delay: float,
    concurrency: int,
    notify_config: Path | None,
) -> None:
    """Crawl every source, classify, update legality, record changes, write the run's reports.

    A run where some sources failed still succeeds (status partial) and lists them.
    """
    from tracker.fetch.options import CrawlOptions
    from tracker.models import RunStatus, Trigger
    from tracker.run.pipeline import RunOptions
    from tracker.run.pipeline import run as run_pipeline

    if replay and record:
        raise UsageError("--replay and --record cannot be used together")
    options = RunOptions(
        db_path=_db_path(ctx),
        sources_path=sources_path,
        reports_dir=reports_dir,
        replay=replay,
        record=record,
        trigger=Trigger(trigger),
        notify_config=notify_config,
        crawl=CrawlOptions(timeout=timeout, delay=delay, concurrency=concurrency),
    )
    signal.signal(signal.SIGTERM, _raise_interrupt)
    if sys.stderr.isatty():
        summary = _run_with_progress(options, run_pipeline)
    else:
        summary = run_pipeline(options)
    click.echo(summary.line())
    if summary.interrupted:
        click.echo("stop requested: the run was written whole before stopping", err=True)
    if summary.status is RunStatus.FAILED:
        ctx.exit(1)


def _raise_interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt("stopped by SIGTERM")


def _run_with_progress(options: Any, run_pipeline: Any) -> Any:
    from rich.progress import Progress

    from tracker.sources import registry

    total = len(registry.load(options.sources_path))
    with Progress(transient=True) as progress:
        task = progress.add_task("crawling", total=total)
        return run_pipeline(options, on_result=lambda _r: progress.advance(task))


@cli.command()
@click.argument(
    "files",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    callback=lambda _ctx, _param, value: tuple(_regular(p) for p in value),
)
@profession_option
@json_option
def classify(files: tuple[Path, ...], profession: str, as_json: bool) -> None:
    """Classify local files (HTML, PDF, text) without touching the database."""
    from tracker.analysis.classify import classify_file

    results = [classify_file(path, Profession(profession)) for path in files]
    if as_json:
        for path, finding in zip(files, results, strict=True):
            click.echo(json.dumps({"file": str(path), **finding.as_json()}))
        return
    for path, finding in zip(files, results, strict=True):
        conditions = finding.conditions.summary()
        click.echo(
            f"{path}: {finding.status.value} (confidence {finding.confidence:.2f})"
            + (f" [{conditions}]" if conditions else "")
            + (f" effective {finding.effective_date}" if finding.effective_date else "")
        )
        if finding.evidence:
            click.echo(f"  {finding.evidence}")


@cli.command()
@click.argument("state", required=False)
@db_option
@profession_option
@json_option
@layout_option
@click.pass_context
def status(ctx: click.Context, state: str | None, profession: str, as_json: bool, fmt: str) -> None:
    """Current legality: the published status beside what the sources say, with review marks;
    one STATE shows evidence, source URL, dates, conditions and history."""
    from tracker.outputs import terminal as views
    from tracker.store import queries as read

    db = _open(ctx)
    if state:
        story = read.state_story(db, state, profession)
        _print_json(story) if as_json else views.print_story(story)
    else:
        rows = read.legality_rows(db, profession)
        _print_json(rows) if as_json else views.print_status_table(rows, fmt=fmt)


@cli.command()
@db_option
@click.option(
    "--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only changes detected on or after DATE."
)
@json_option
@layout_option
@click.pass_context
def changes(ctx: click.Context, since: dt.datetime | None, as_json: bool, fmt: str) -> None:
    """Recorded status changes."""
    from tracker.outputs import terminal as views
    from tracker.store import queries as read

    rows = read.list_changes(_open(ctx), since.date() if since else None)
    _print_json(rows) if as_json else views.print_changes(rows, fmt=fmt)


@cli.command()
@db_option
@click.option(
    "--run", "run_id", type=click.IntRange(1, 2**63 - 1), help="Run id [default: the newest finished run]."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "html", "json"]),
    help="Only this format [default: all three].",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default="reports",
    show_default=True,
    help="Reports folder (the report goes into a dated folder inside).",
)
@click.option(
    "--stale-days",
    type=click.IntRange(min=1),
    default=STALE_DAYS,
    show_default=True,
    help="A source not verified for longer is listed as stale.",
)
@click.option(
    "--failing-after",
    type=click.IntRange(min=1),
    default=FAILING_AFTER,
    show_default=True,
    help="Runs in a row a source must fail before it is reported as failing.",
)
@click.pass_context
def report(
    ctx: click.Context, run_id: int | None, fmt: str | None, out: Path, stale_days: int, failing_after: int
) -> None:
    """(Re)write a run's change report."""
    from tracker.outputs import report as reports
    from tracker.store import runs

    db = _open(ctx)
    run_row = runs.get(db, run_id)
    paths = reports.write(
        db,
        run_row["id"],
        out,
        formats=(fmt,) if fmt else ("md", "html", "json"),
        stale_days=stale_days,
        failing_after=failing_after,
    )
    for path in paths:
        click.echo(str(path))


@cli.command()
@click.argument("what", type=click.Choice(["legality", "history", "changes", "sources"]))
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "xlsx", "parquet", "json"]), default="csv", show_default=True
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Output file [default: exports/WHAT-DATE.EXT].",
)
@click.pass_context
def export(ctx: click.Context, what: str, fmt: str, out: Path | None) -> None:
    """Analyst exports (pandas): legality, history (every finding over time), changes, sources."""
    from tracker.outputs.export import export as do_export

    click.echo(str(do_export(_open(ctx), what, fmt, out)))


@cli.command()
@click.argument(
    "path",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    callback=lambda _ctx, _param, value: _regular(value),
)
@db_option
@click.option("--write", is_flag=True, help="Save the rewritten article (the original is kept as PATH.bak).")
@click.option("--reviewed-only", is_flag=True, help="Use only statuses an editor accepted.")
@click.pass_context
def article(ctx: click.Context, path: Path, write: bool, reviewed_only: bool) -> None:
    """Rewrite the article's list of states where dry needling is not allowed; print a unified diff."""
    from tracker.editorial import article as articles
    from tracker.store import queries

    states = queries.article_states(_open(ctx), reviewed_only=reviewed_only)
    new_text, diff = articles.article_diff(path, states)
    click.echo(diff if diff else f"{path}: the list is already up to date.", nl=bool(not diff))
    if write and diff:
        articles.write_article(path, new_text)
        click.echo(f"wrote {path} (backup {path}.bak)", err=True)


@cli.group(cls=Group)
def review() -> None:
    """Editors' review of detected changes, and manual overrides."""


@review.command("list")
@db_option
@json_option
@layout_option
@click.pass_context
def review_list(ctx: click.Context, as_json: bool, fmt: str) -> None:
    """Pending changes and needs-review rows, with evidence and links."""
    from tracker.editorial import review as reviews
    from tracker.outputs import terminal as views

    rows = reviews.pending(_open(ctx))
    _print_json(rows) if as_json else views.print_review_list(rows, fmt=fmt)


force_option = click.option(
    "--force",
    is_flag=True,
    help="Re-decide a change already decided the other way (recorded like any decision).",
)


@review.command("accept")
@click.argument("change_id", type=click.IntRange(1, 2**63 - 1))
@db_option
@click.option("--by", help="Who decides [default: $USER].")
@click.option("--note", help="Why (optional).")
@force_option
@click.pass_context
def review_accept(ctx: click.Context, change_id: int, by: str | None, note: str | None, force: bool) -> None:
    """Accept change ID: its new status becomes the published one.

    Accepting an accepted change does nothing; accepting a rejected one needs --force.
    """
    from tracker.editorial import review as reviews

    click.echo(reviews.decide(_open(ctx), change_id, "accept", by=by, note=note, force=force).line())


@review.command("reject")
@click.argument("change_id", type=click.IntRange(1, 2**63 - 1))
@db_option
@click.option("--note", help="Why the change is rejected (optional).")
@click.option("--by", help="Who decides [default: $USER].")
@force_option
@click.pass_context
def review_reject(ctx: click.Context, change_id: int, note: str | None, by: str | None, force: bool) -> None:
    """Reject change ID: the published status stays as it was.

    Rejecting a rejected change does nothing; rejecting an accepted one needs --force.
    """
    from tracker.editorial import review as reviews

    click.echo(reviews.decide(_open(ctx), change_id, "reject", by=by, note=note, force=force).line())


@review.command("override")
@click.argument("state")
@db_option
@click.option(
    "--status",
    "status_",
    type=click.Choice(STATUSES),
    help="The status to publish (required unless --clear).",
)
@click.option("--note", help="Why (required unless --clear).")
@profession_option
@click.option("--by", help="Who decides [default: $USER].")
@click.option("--clear", is_flag=True, help="Remove the override instead; the sources decide again.")
@click.pass_context
def review_override(
    ctx: click.Context,
    state: str,
    status_: str | None,
    note: str | None,
    profession: str,
    by: str | None,
    clear: bool,
) -> None:
    """Publish STATUS for STATE whatever the sources say, until removed with --clear.

    Setting needs --status and --note; `review override STATE --clear` needs neither.
    """
    from tracker.editorial import review as reviews

    if clear:
        reviews.clear_override(_open(ctx), state, profession, by=by, note=note)
        click.echo(f"override removed for {state.upper()}")
        return
    if status_ is None or not note:
        missing = " and ".join(name for name, value in (("--status", status_), ("--note", note)) if not value)
        raise click.UsageError(f"Missing option {missing} (needed to set an override; or use --clear).")
    db = _open(ctx)
    row = reviews.override(db, state, status_, note, profession, by=by)
    click.echo(f"override: {row['jurisdiction']} is {row['status']} ({row['profession']}) by {row['by']}")


@cli.group(cls=Group)
def sources() -> None:
    """The source registry."""


@sources.command("check")
@db_option
@sources_option
@click.option(
    "--stale-days",
    type=click.IntRange(min=1),
    default=STALE_DAYS,
    show_default=True,
    help="A source not verified for longer is stale.",
)
@json_option
@click.pass_context
def sources_check(ctx: click.Context, sources_path: Path, stale_days: int, as_json: bool) -> None:
    """Coverage: per jurisdiction and profession, which authorities are sourced, missing, PDFs,
    failing or stale."""
    from tracker.outputs import terminal
    from tracker.sources import coverage, registry

    data = coverage.coverage(_open(ctx, create=True), registry.load(sources_path), stale_days=stale_days)
    _print_json(data) if as_json else terminal.print_coverage(data)


@cli.command()
@db_option
@click.option("--cron", default="30 2 * * *", show_default=True, help="5-field cron expression: when to run.")
@click.option("--timezone", "tz", default="UTC", show_default=True, help="Timezone of the cron expression.")
@click.option(
    "--next",
    "show_next",
    type=click.IntRange(1, 1000),
    is_flag=False,
    flag_value=5,
    default=None,
    help="Print the next N fire times (default 5) and exit.",
)
@sources_option
@reports_option
@replay_option
@click.option(
    "--log-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default="data/logs",
    show_default=True,
    help="Rotating log file folder.",
)
@notify_option
@click.pass_context
def schedule(
    ctx: click.Context,
    cron: str,
    tz: str,
    show_next: int | None,
    sources_path: Path,
    reports_dir: Path,
    replay: Path | None,
    log_dir: Path,
    notify_config: Path | None,
) -> None:
    """Foreground daemon: run `scopewatch run --trigger schedule` on a cron schedule (02:30 nightly).

    --sources, --reports, --replay and --notify-config are passed on to each run.

    Each run is its own process and never overlaps another; SIGTERM or SIGINT stops cleanly.
    """
    from tracker.run import schedule as scheduler

    if show_next is not None:
        for when in scheduler.next_fire_times(cron, tz, show_next):
            click.echo(when.isoformat())
        return
    scheduler.run_daemon(
        scheduler.ScheduleOptions(
            cron=cron,
            timezone=tz,
            db_path=_db_path(ctx),
            sources_path=sources_path,
            reports_dir=reports_dir,
            replay=replay,
            log_dir=log_dir,
            notify_config=notify_config,
        )
    )


@cli.command()
@db_option
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Interface to listen on (loopback by default)."
)
@click.option("--port", type=PORT, default=8001, show_default=True, help="TCP port (1-65535).")
@click.option(
    "--editors",
    "editors_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="SCOPEWATCH_EDITORS",
    help="Editor accounts (password hashes) for review in the browser "
    "[default: data/editors.toml; env SCOPEWATCH_EDITORS].",
)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, editors_path: Path | None) -> None:
    """Browse the database in a web UI (Datasette), with facets, canned queries and downloads.

    Editors log in at /-/login and accept, reject or override at /-/review.
    """
    from tracker.outputs import web

    web.serve(_db_path(ctx), host=host, port=port, editors_path=editors_path)


@cli.group(cls=Group)
def editors() -> None:
    """Editor accounts for review in the browser (password hashes, never passwords)."""


@editors.command("add")
@click.argument("name")
@click.option(
    "--editors",
    "path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="SCOPEWATCH_EDITORS",
    help="Editor accounts file, as for `serve --editors` "
    "[default: data/editors.toml; env SCOPEWATCH_EDITORS].",
)
@click.option(
    "--file", "old_path", type=click.Path(path_type=Path, dir_okay=False), hidden=True
)  # the old name of --editors, kept so existing scripts keep working
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input (for scripts).")
def editors_add(name: str, path: Path | None, old_path: Path | None, password_stdin: bool) -> None:
    """Add editor NAME, or set a new password; the file keeps only a PBKDF2 hash (mode 0600)."""
    from tracker.outputs.web import editors as accounts

    path = old_path or path

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    written = accounts.add(name, password, path)
    click.echo(f"editor {name} can log in at /-/login (accounts in {written}; restart scopewatch serve)")


def main() -> None:
    cli(prog_name="scopewatch")
