"""Render reports with Jinja2 and write them to ``<reports_dir>/<as_of>-run<id>/`` and ``latest/``."""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2
from sqlite_utils import Database

from tracker.errors import UsageError
from tracker.models import FAILING_AFTER, STALE_DAYS
from tracker.outputs.report import feed, usmap
from tracker.outputs.report.data import OPEN_STATES, build, latest_run_id, overview, text_path
from tracker.outputs.report.schema import Overview, Report

FORMATS = ("md", "html", "json")
REPORT_NAME = "change-report"
RUN_MARKER = ".run-id"
TEXTS = "texts"  # full snapshot texts linked from the wording diffs  # which run the folder's files belong to
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_inline(value: Any) -> str:
    """Page text for Markdown prose and tables: one line, Markdown/HTML syntax backslash-escaped.

    ``\\<`` keeps a CommonMark renderer from reading page text as raw HTML.
    """
    if value is None:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def md_fence(value: Any) -> str:
    """A fenced code block longer than any backtick run inside ``value``."""
    text = "" if value is None else str(value).rstrip("\n")
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def answer(source: dict[str, Any]) -> str:
    """Like "HTTP 404", "timeout after 30 s", or both; an error repeating the status is dropped."""
    status = source.get("http_status")
    error = (source.get("error") or "").strip()
    parts = [f"HTTP {status}"] if status is not None else []
    if error and error != f"HTTP {status}":
        parts.append(error)
    return "; ".join(parts)


class _TemplateCache(jinja2.FileSystemBytecodeCache):
    """Jinja's compiled templates kept between runs (in the system's temp dir, one folder per
    user, which Jinja checks is the user's own): compiling them took 0.1 s of every run.
    A cache that cannot be written is skipped, never a reason for a report to fail."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):  # unreadable: compiled again
            bucket.reset()


def _template_cache() -> jinja2.BytecodeCache | None:
    try:
        return _TemplateCache()
    except (OSError, RuntimeError):  # no writable temp dir, or one that is not ours
        return None


@functools.cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("tracker.outputs.report", "templates"),
        bytecode_cache=_template_cache(),
        autoescape=jinja2.select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["open_states"] = OPEN_STATES  # the review model's open item states
    env.filters["md"] = md_inline
    env.filters["fence"] = md_fence
    env.filters["answer"] = answer
    env.filters["label"] = lambda s: "no data" if s in (None, "no_data") else str(s).replace("_", " ")
    return env


def render(report: Report, fmt: str) -> str:
    """One report (from ``build``) as ``md``, ``html`` or ``json`` text."""
    if fmt == "json":
        return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    if fmt not in FORMATS:
        raise UsageError(f"unknown report format {fmt!r}: use one of {', '.join(FORMATS)}")
    svg = usmap.svg(report["map"]["states"], report["map"]["profession"])
    return _env().get_template(f"{REPORT_NAME}.{fmt}").render(r=report, map_svg=svg)


def render_index(data: Overview) -> str:
    """``latest/index.html`` from ``overview()``."""
    svg = usmap.svg(data["map"]["states"], data["map"]["profession"])
    return _env().get_template("index.html").render(o=data, map_svg=svg)


def umask() -> int:
    """The process umask (read by setting it and putting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_text(path: Path, text: str) -> None:
    """Write atomically, so a reader never sees half a report; mode 0666 less the umask
    (0644 by default: a web server can serve it), not mkstemp's 0600."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_set(folder: Path, run_id: int, texts: dict[str, str], extra: dict[str, str]) -> list[Path]:
    """Write one run's files into ``folder`` (``extra``: other files by relative path).

    A folder holds one run's report: when the marker says another run wrote it (``latest/``
    after a newer run), that run's report files go first, so no format is left over from it.
    A rewrite of the same run in one format keeps its other formats.
    """
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / RUN_MARKER
    previous = marker.read_text(encoding="utf-8").strip() if marker.exists() else None
    if previous is not None and previous != str(run_id):
        for fmt in FORMATS:
            (folder / f"{REPORT_NAME}.{fmt}").unlink(missing_ok=True)
        shutil.rmtree(folder / TEXTS, ignore_errors=True)
    written = []
    for fmt, text in texts.items():
        path = folder / f"{REPORT_NAME}.{fmt}"
        _write_text(path, text)
        written.append(path)
    for name, text in extra.items():
        _write_text(folder / name, text)
    _write_text(marker, f"{run_id}\n")
    return written


def _snapshot_texts(db: Database, report: Report) -> dict[str, str]:
    """The full old and new text of each wording change, linked from the HTML diff."""
    ids = {w[k] for w in report["wording_changes"] for k in ("old_snapshot_id", "new_snapshot_id")}
    ids.discard(None)
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    rows = db.query(f"SELECT id, text FROM snapshots WHERE id IN ({marks})", sorted(ids))
    return {text_path(r["id"]) or "": (r["text"] or "").rstrip("\n") + "\n" for r in rows}


def write(
    db: Database,
    run_id: int,
    reports_dir: Path,
    formats: Iterable[str] = FORMATS,
    *,
    failing_after: int = FAILING_AFTER,
    stale_days: int = STALE_DAYS,
    latest: bool | None = None,
) -> list[Path]:
    """Write the run's report to ``<reports_dir>/<as_of>-run<id>/change-report.<fmt>``; return
    the paths.

    ``latest/`` (the same files plus ``index.html`` and the Atom feed ``changes.atom``) is
    refreshed when ``latest`` is true, or, by default, when ``run_id`` is the newest run:
    rewriting an old run's report must not make ``latest/`` go back in time.
    """
    formats = [formats] if isinstance(formats, str) else list(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"unknown report format {unknown[0] if unknown else ''!r}: use one of {', '.join(FORMATS)}"
        )
    report = build(db, run_id, failing_after=failing_after, stale_days=stale_days)
    name = report["run"]["folder"]
    if not re.fullmatch(r"[0-9A-Za-z._-]+", name) or name in (".", ".."):
        raise UsageError(f"run {run_id} has an unusable as_of {report['run']['as_of']!r} for a folder name")
    texts = {fmt: render(report, fmt) for fmt in formats}
    extra = _snapshot_texts(db, report)
    reports_dir = Path(reports_dir)
    written = _write_set(reports_dir / name, run_id, texts, extra)
    if latest is None:
        latest = latest_run_id(db) == run_id
    if latest:
        written += _write_set(reports_dir / "latest", run_id, texts, extra)
        index = reports_dir / "latest" / "index.html"
        _write_text(index, render_index(overview(db)))
        feed_path = reports_dir / "latest" / feed.FEED_NAME
        _write_text(feed_path, feed.atom(db))
        written += [index, feed_path]
    return written
