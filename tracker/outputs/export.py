"""Analyst exports through pandas: ``legality``, ``history``, ``changes``, ``sources``.

Column order is fixed per table (``COLUMNS``) and documented here:

- ``legality``: one row per jurisdiction and profession (``LEGALITY``); ``condition_sources``
  is JSON text (per condition, every agreeing source stating it, governing first).
- ``history``: every finding over time, oldest first by ``as_of`` (the date its run speaks
  for: the replayed night's under ``--replay``), with its snapshot's wall-clock
  ``fetched_at`` and its source (``HISTORY``).
- ``changes``: every recorded change, status and needs_review, oldest first (``CHANGES``).
- ``sources``: the registry as stored, with each source's fetch health (``SOURCES``).

Every table has ``state`` (the name) right after ``jurisdiction`` (the USPS code).
Dates and timestamps (``TEMPORAL``) are real types where the format has them: Parquet
``date32`` for a column of plain dates (``2020-07-01``) and ``timestamp[us, UTC]`` for a column
of timestamps (``2024-05-02T02:01:00Z``); XLSX date and date-time cells (UTC, formatted
``yyyy-mm-dd`` / ``yyyy-mm-dd hh:mm:ss``). CSV and JSON keep ISO 8601 text. Booleans are
booleans (empty/null when unknown); counts are integers. The XLSX sheet's header row is frozen
and carries an autofilter.
``conflicting_sources`` is a list in JSON and Parquet and ``"a; b"`` text in CSV and XLSX.

CSV and XLSX are opened by spreadsheets, so a text cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return gets a leading ``'`` (formula injection): page text is
untrusted input. CSV is UTF-8 with CRLF row ends (RFC 4180).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from sqlite_utils import Database

from tracker.errors import UsageError
from tracker.sources import jurisdictions
from tracker.sources.coverage import coverage
from tracker.store.migrations import CONDITION_COLUMNS

WHATS = ("legality", "history", "changes", "sources")
FORMATS = ("csv", "xlsx", "parquet", "json")
CONDITIONS = tuple(CONDITION_COLUMNS)
BOOL_CONDITIONS = ("in_person_training", "registration_required", "informed_consent", "delegation_prohibited")

LEGALITY = (
    "jurisdiction", "state", "profession", "status", "source_status", "published_status",
    "review_state", "review_reason", "authority", "source_id", "url", "evidence",
    "effective_date", "enacted_date", "awaiting_rules", "first_seen", "last_checked", "confidence",
    "conflicting_sources", *CONDITIONS, "condition_sources", "updated_run_id",
)  # fmt: skip
HISTORY = (
    "finding_id", "as_of", "fetched_at", "run_id", "jurisdiction", "state", "profession",
    "source_id", "authority", "url", "status", "confidence", "effective_date", "enacted_date",
    "awaiting_rules", "evidence", *CONDITIONS, "needs_review", "snapshot_id",
)  # fmt: skip
CHANGES = (
    "change_id", "detected_at", "run_id", "as_of", "jurisdiction", "state", "profession", "kind",
    "old_status", "new_status", "review_state", "authority", "source_id", "url", "evidence",
    "note", "recorded_at",
)  # fmt: skip
SOURCES = (
    "source_id", "jurisdiction", "state", "profession", "authority", "board", "url", "selector",
    "cites", "verified", "active", "added_at", "pdf", "last_outcome", "last_checked", "last_success",
    "consecutive_failures", "failing",
)  # fmt: skip
COLUMNS: dict[str, tuple[str, ...]] = {
    "legality": LEGALITY,
    "history": HISTORY,
    "changes": CHANGES,
    "sources": SOURCES,
}
BOOLEANS = {*BOOL_CONDITIONS, "awaiting_rules", "needs_review", "active", "pdf", "failing"}
INTEGERS = {
    "min_training_hours",
    "updated_run_id",
    "finding_id",
    "run_id",
    "snapshot_id",
    "change_id",
    "consecutive_failures",
}
FLOATS = {"min_practice_years", "confidence"}
TEMPORAL = {
    "effective_date", "enacted_date", "as_of", "detected_at", "first_seen", "last_checked",
    "fetched_at", "recorded_at", "last_success", "added_at",
}  # fmt: skip
_DATE_ONLY = r"^\d{4}-\d{2}-\d{2}$"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _rows(db: Database, what: str) -> list[dict[str, Any]]:
    if what == "legality":
        rows = [dict(r) for r in db.query("SELECT * FROM legality ORDER BY jurisdiction, profession")]
        for r in rows:
            r["conflicting_sources"] = json.loads(r.get("conflicting_sources") or "[]")
        return rows
    if what == "history":
        return [
            dict(r)
            for r in db.query(
                "SELECT f.*, f.id AS finding_id, r.as_of, s.fetched_at, s.url, src.jurisdiction, "
                "src.authority FROM findings f JOIN snapshots s ON s.id = f.snapshot_id "
                "LEFT JOIN runs r ON r.id = f.run_id "
                "LEFT JOIN sources src ON src.id = f.source_id ORDER BY r.as_of, f.id"
            )
        ]
    if what == "changes":
        return [
            dict(r)
            for r in db.query(
                "SELECT c.*, c.id AS change_id, r.as_of FROM changes c "
                "LEFT JOIN runs r ON r.id = c.run_id ORDER BY c.detected_at, c.id"
            )
        ]
    sources = [dict(r) for r in db.query("SELECT * FROM sources ORDER BY jurisdiction, id")]
    health = {s["id"]: s for s in coverage(db)["sources"]}
    for r in sources:
        h: Mapping[str, Any] = health.get(r["id"], {})
        r["source_id"] = r["id"]
        for key in ("pdf", "last_outcome", "last_checked", "last_success", "consecutive_failures", "failing"):
            r[key] = h.get(key)
    return sources


def frame(db: Database, what: str) -> pd.DataFrame:
    """The table ``what`` as a DataFrame in its documented column order and dtypes."""
    if what not in COLUMNS:
        raise UsageError(f"unknown export {what!r}: use one of {', '.join(WHATS)}")
    columns = COLUMNS[what]
    rows = _rows(db, what)
    for r in rows:
        r["state"] = jurisdictions.name(r["jurisdiction"]) if r.get("jurisdiction") else None
    df = pd.DataFrame([{c: r.get(c) for c in columns} for r in rows], columns=list(columns))
    for col in columns:
        if col in BOOLEANS:
            df[col] = df[col].map(lambda v: pd.NA if v is None or pd.isna(v) else bool(v)).astype("boolean")
        elif col in INTEGERS:
            df[col] = df[col].astype("Int64")
        elif col in FLOATS:
            df[col] = df[col].astype("Float64")
        elif col != "conflicting_sources":
            df[col] = df[col].astype("string")
    return df


def neutralise(value: Any) -> Any:
    """``'=cmd`` instead of ``=cmd``: a spreadsheet shows the text instead of running it."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _for_spreadsheet(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    if "conflicting_sources" in df:
        df["conflicting_sources"] = (
            df["conflicting_sources"]
            .map(lambda v: "; ".join(v) if isinstance(v, list) else v)
            .astype("string")
        )
    for col in df.columns:
        if str(df[col].dtype) == "string":
            df[col] = df[col].map(neutralise, na_action="ignore").astype("string")
    return df


def with_real_dates(df: pd.DataFrame, naive: bool = False) -> pd.DataFrame:
    """``TEMPORAL`` columns as ``datetime.date`` (all values plain dates) or UTC timestamps
    (``naive``: without the zone, for spreadsheets, which have none); unparsable text stays."""
    df = df.copy()
    for col in TEMPORAL & set(df.columns):
        values = df[col].dropna()
        if values.empty:
            df[col] = pd.Series([None] * len(df), index=df.index, dtype="object")
            continue
        try:
            stamps = pd.to_datetime(df[col], utc=True, format="ISO8601")
        except (ValueError, TypeError):
            continue  # not ISO text: keep it as it is rather than guess
        if values.astype(str).str.match(_DATE_ONLY).all():
            df[col] = stamps.map(lambda v: None if pd.isna(v) else v.date()).astype("object")
        else:
            stamps = stamps.dt.as_unit("us")
            df[col] = stamps.dt.tz_convert(None) if naive else stamps
    return df


def _write_xlsx(df: pd.DataFrame, path: Path, sheet: str) -> None:
    """One sheet, dates as date cells, the header row frozen and filterable."""
    with pd.ExcelWriter(
        path, engine="openpyxl", date_format="yyyy-mm-dd", datetime_format="yyyy-mm-dd hh:mm:ss"
    ) as writer:
        df.to_excel(writer, index=False, sheet_name=sheet)
        ws = writer.sheets[sheet]
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        for cells in ws.iter_cols(min_row=1, max_row=1):
            header = cells[0]
            width = max(len(str(header.value or "")) + 4, 12 if header.value in TEMPORAL else 0)
            ws.column_dimensions[header.column_letter].width = min(width, 40)


def default_path(what: str, fmt: str, today: dt.date | None = None) -> Path:
    today = today or dt.datetime.now(dt.UTC).date()
    return Path("exports") / f"{what}-{today:%Y%m%d}.{fmt}"


def export(db: Database, what: str, fmt: str = "csv", out: Path | str | None = None) -> Path:
    """Write table ``what`` as ``fmt`` to ``out`` (default ``exports/<what>-<YYYYMMDD>.<fmt>``)."""
    if what not in WHATS:
        raise UsageError(f"unknown export {what!r}: use one of {', '.join(WHATS)}")
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    path = Path(out) if out is not None else default_path(what, fmt)
    if path.is_dir():
        raise UsageError(f"{path} is a directory: pass a file name to --out")
    path.parent.mkdir(parents=True, exist_ok=True)
    df = frame(db, what)
    if fmt == "csv":
        # CRLF rows (RFC 4180) also make the writer quote a bare CR inside page text.
        _for_spreadsheet(df).to_csv(path, index=False, encoding="utf-8", lineterminator="\r\n")
    elif fmt == "xlsx":
        _write_xlsx(with_real_dates(_for_spreadsheet(df), naive=True), path, what)
    elif fmt == "parquet":
        df = with_real_dates(df)
        schema = pa.Schema.from_pandas(df, preserve_index=False)
        if "conflicting_sources" in df:
            index = schema.get_field_index("conflicting_sources")
            schema = schema.set(index, pa.field("conflicting_sources", pa.list_(pa.string())))
        pq.write_table(pa.Table.from_pandas(df, schema=schema, preserve_index=False), path)
    else:
        records = df.astype(object).where(df.notna(), None).to_dict(orient="records")
        path.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
