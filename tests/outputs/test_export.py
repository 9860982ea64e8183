from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest
from sqlite_utils import Database

from tests.dbfactory import PT, two_runs
from tracker.errors import UsageError
from tracker.outputs import export as ex

EXPECTED_COLUMNS = {
    "legality": [
        "jurisdiction", "state", "profession", "status", "source_status", "published_status",
        "review_state", "review_reason", "authority", "source_id", "url", "evidence",
        "effective_date", "enacted_date", "awaiting_rules", "first_seen", "last_checked",
        "confidence", "conflicting_sources", "min_training_hours", "min_practice_years",
        "in_person_training", "registration_required", "informed_consent",
        "delegation_prohibited", "condition_sources", "updated_run_id",
    ],
    "history": [
        "finding_id", "as_of", "fetched_at", "run_id", "jurisdiction", "state", "profession",
        "source_id", "authority", "url", "status", "confidence", "effective_date", "enacted_date",
        "awaiting_rules", "evidence", "min_training_hours", "min_practice_years",
        "in_person_training", "registration_required", "informed_consent",
        "delegation_prohibited", "needs_review", "snapshot_id",
    ],
    "changes": [
        "change_id", "detected_at", "run_id", "as_of", "jurisdiction", "state", "profession",
        "kind", "old_status", "new_status", "review_state", "authority", "source_id", "url",
        "evidence", "note", "recorded_at",
    ],
    "sources": [
        "source_id", "jurisdiction", "state", "profession", "authority", "board", "url",
        "selector", "cites", "verified", "active", "added_at", "pdf", "last_outcome", "last_checked",
        "last_success", "consecutive_failures", "failing",
    ],
}  # fmt: skip
NASTY = ['=HYPERLINK("http://evil.test","x")', "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]


@pytest.fixture
def db(tmp_path: Path) -> Database:
    db = two_runs(tmp_path / "sw.db")
    db["legality"].update(("CA", PT), {"conflicting_sources": json.dumps(["ca-a", "ca-b"])})
    return db


def read_back(path: Path, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(path, keep_default_na=False, dtype=str)
    if fmt == "xlsx":
        ws = openpyxl.load_workbook(path).active
        rows = [[c.value for c in row] for row in ws.iter_rows()]
        return pd.DataFrame(rows[1:], columns=rows[0])
    if fmt == "parquet":
        return pq.read_table(path).to_pandas()
    return pd.DataFrame(json.loads(path.read_text()))


@pytest.mark.parametrize("what", ex.WHATS)
@pytest.mark.parametrize("fmt", ex.FORMATS)
def test_column_order_for_every_table_and_format(db: Database, tmp_path: Path, what: str, fmt: str) -> None:
    path = ex.export(db, what, fmt, tmp_path / f"out.{fmt}")
    df = read_back(path, fmt)
    assert list(df.columns) == EXPECTED_COLUMNS[what]
    expected_rows = {"legality": 5, "history": 8, "changes": 3, "sources": 6}[what]
    assert len(df) == expected_rows


def test_values_types_and_state_names(db: Database, tmp_path: Path) -> None:
    records = json.loads(ex.export(db, "legality", "json", tmp_path / "l.json").read_text())
    co = next(r for r in records if r["jurisdiction"] == "CO")
    assert co["state"] == "Colorado"
    assert co["min_training_hours"] == 50 and co["informed_consent"] is True
    assert co["in_person_training"] is None
    assert co["last_checked"] == "2024-05-02T02:01:00Z" and co["effective_date"] == "2020-07-01"
    ca = next(r for r in records if r["jurisdiction"] == "CA")
    assert ca["conflicting_sources"] == ["ca-a", "ca-b"]

    table = pq.read_table(ex.export(db, "legality", "parquet", tmp_path / "l.parquet"))
    assert str(table.schema.field("informed_consent").type) == "bool"
    assert str(table.schema.field("min_training_hours").type) == "int64"
    assert str(table.schema.field("conflicting_sources").type) == "list<element: string>"

    csv = pd.read_csv(ex.export(db, "legality", "csv", tmp_path / "l.csv"), keep_default_na=False, dtype=str)
    assert csv.loc[csv.jurisdiction == "CA", "conflicting_sources"].item() == "ca-a; ca-b"
    assert csv.loc[csv.jurisdiction == "CO", "informed_consent"].item() == "True"

    ws = openpyxl.load_workbook(ex.export(db, "sources", "xlsx", tmp_path / "s.xlsx")).active
    header = [c.value for c in ws[1]]
    fl = next(row for row in ws.iter_rows(min_row=2, values_only=True) if row[0] == "fl-pt-statute")
    assert fl[header.index("failing")] is True and fl[header.index("consecutive_failures")] == 2
    assert fl[header.index("state")] == "Florida"

    changes = json.loads(ex.export(db, "changes", "json", tmp_path / "c.json").read_text())
    assert [(c["change_id"], c["kind"], c["as_of"]) for c in changes] == [
        (1, "status", "2024-05-02"),
        (2, "status", "2024-05-02"),
        (3, "needs_review", "2024-05-02"),
    ]
    history = json.loads(ex.export(db, "history", "json", tmp_path / "h.json").read_text())
    assert [h["fetched_at"][:10] for h in history] == ["2024-05-01"] * 5 + ["2024-05-02"] * 3
    assert [h["as_of"] for h in history] == ["2024-05-01"] * 5 + ["2024-05-02"] * 3
    assert history[0]["needs_review"] is False and history[0]["authority"] == "statute"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_formula_injection_is_neutralised(db: Database, tmp_path: Path, fmt: str) -> None:
    for i, (code, value) in enumerate(zip(["CA", "CO", "NY", "TX", "WA"], NASTY[:5], strict=True)):
        db["legality"].update((code, PT), {"evidence": value, "review_reason": NASTY[-1] if i == 0 else None})
    df = read_back(ex.export(db, "legality", fmt, tmp_path / f"l.{fmt}"), fmt)
    got = dict(zip(df["jurisdiction"], df["evidence"], strict=True))
    assert got == {
        code: "'" + value for code, value in zip(["CA", "CO", "NY", "TX", "WA"], NASTY[:5], strict=True)
    }
    assert df.loc[df.jurisdiction == "CA", "review_reason"].item() == "'\rcmd"
    # Parquet and JSON are not spreadsheets: the text is kept as it is.
    js = json.loads(ex.export(db, "legality", "json", tmp_path / "l.json").read_text())
    assert js[0]["evidence"] == NASTY[0]


def test_neutralise() -> None:
    assert ex.neutralise("=1+1") == "'=1+1"
    assert ex.neutralise("a=1") == "a=1"
    assert ex.neutralise(-5) == -5


def test_default_path_and_usage_errors(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    today = dt.datetime.now(dt.UTC).date()
    path = ex.export(db, "changes", "csv", None)
    assert path == Path("exports") / f"changes-{today:%Y%m%d}.csv"
    assert (tmp_path / path).exists()
    assert ex.default_path("history", "parquet", dt.date(2024, 5, 2)) == Path(
        "exports/history-20240502.parquet"
    )
    with pytest.raises(
        UsageError, match="unknown export 'rows': use one of legality, history, changes, sources"
    ):
        ex.export(db, "rows", "csv", None)
    with pytest.raises(UsageError, match="unknown export format 'xls': use one of csv, xlsx, parquet, json"):
        ex.export(db, "legality", "xls", None)


def test_parquet_and_xlsx_carry_real_dates(db: Database, tmp_path: Path) -> None:
    table = pq.read_table(ex.export(db, "legality", "parquet", tmp_path / "l.parquet"))
    assert str(table.schema.field("effective_date").type) == "date32[day]"
    assert str(table.schema.field("last_checked").type) == "timestamp[us, tz=UTC]"
    co = table.to_pandas().set_index("jurisdiction").loc["CO"]
    assert co["effective_date"] == dt.date(2020, 7, 1)
    assert co["last_checked"] == pd.Timestamp("2024-05-02T02:01:00Z")
    changes = pq.read_table(ex.export(db, "changes", "parquet", tmp_path / "c.parquet"))
    assert str(changes.schema.field("as_of").type) == "date32[day]"

    ws = openpyxl.load_workbook(ex.export(db, "legality", "xlsx", tmp_path / "l.xlsx")).active
    header = [c.value for c in ws[1]]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == ws.dimensions and ws.dimensions.startswith("A1:")
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "CO")
    effective = row[header.index("effective_date")]
    checked = row[header.index("last_checked")]
    assert effective.is_date and effective.value == dt.datetime(2020, 7, 1)
    assert effective.number_format.lower() == "yyyy-mm-dd"
    assert checked.is_date and checked.value == dt.datetime(2024, 5, 2, 2, 1)
    assert checked.number_format.lower() == "yyyy-mm-dd hh:mm:ss"
