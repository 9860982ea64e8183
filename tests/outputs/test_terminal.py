"""The status table stays legible: narrow at 80 columns, plain TSV when piped."""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console

from tests.dbfactory import two_runs
from tracker.editorial import review
from tracker.outputs import terminal
from tracker.store.queries import legality_rows, list_changes


def test_status_table_at_80_columns_keeps_every_status_whole(tmp_path: Path) -> None:
    rows = legality_rows(two_runs(tmp_path / "sw.db"))
    out = io.StringIO()
    terminal.print_status_table(rows, Console(file=out, width=80, force_terminal=True, color_system=None))
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    co = next(line for line in lines if line.startswith("│CO "))
    assert re.search(r"│ permitted\s+│ prohibited\s+│ ● pending\s+│ 50 h training", co)
    assert "│ same " in next(line for line in lines if line.startswith("│CA "))
    words = {w for line in lines for w in re.findall(r"[a-z_]+", line)}
    assert not {"permitte", "prohibite", "d"} & words  # no status split over two lines


def test_status_table_piped_is_tsv(tmp_path: Path) -> None:
    rows = legality_rows(two_runs(tmp_path / "sw.db"))
    out = io.StringIO()
    terminal.print_status_table(rows, Console(file=out, width=80))  # not a terminal
    header, *body = [line.split("\t") for line in out.getvalue().splitlines()]
    assert header == list(terminal.TSV_COLUMNS)
    assert [cells[:5] for cells in body if cells[0] in ("CO", "WA")] == [
        ["CO", "Colorado", "permitted", "prohibited", "pending"],
        ["WA", "Washington", "prohibited", "permitted", "pending"],
    ]


def _at_80(print_fn, rows) -> list[str]:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    print_fn(rows, Console(file=out, width=80, force_terminal=True, color_system=None))
    return out.getvalue().splitlines()


def test_changes_at_80_columns_keep_every_status_whole(tmp_path: Path) -> None:
    db = two_runs(tmp_path / "sw.db")
    rows = list_changes(db)
    lines = _at_80(terminal.print_changes, rows)
    assert max(len(line) for line in lines) <= 80
    for row in rows:  # one line per change, with both statuses and the review state whole
        line = next(line for line in lines if re.match(rf"│\s*{row['id']}\s+│", line))
        assert f"{row['old_status']} -> {row['new_status']}" in line, line
        assert row["jurisdiction"] in line
    words = {w for line in lines for w in re.findall(r"[a-z_]+", line)}
    assert not {"permitte", "prohibite", "d", "unaddresse"} & words


def test_changes_piped_is_tsv(tmp_path: Path) -> None:
    rows = list_changes(two_runs(tmp_path / "sw.db"))
    out = io.StringIO()
    terminal.print_changes(rows, Console(file=out, width=80))  # not a terminal
    header, *body = [line.split("\t") for line in out.getvalue().splitlines()]
    assert header == list(terminal.CHANGES_TSV_COLUMNS)
    assert len(body) == len(rows) > 0
    for cells, row in zip(body, rows, strict=True):
        record = dict(zip(header, cells, strict=True))
        assert (record["id"], record["jurisdiction"], record["old_status"], record["new_status"]) == (
            str(row["id"]), row["jurisdiction"], row["old_status"] or "", row["new_status"],
        )  # fmt: skip


def test_review_list_at_80_columns_and_piped(tmp_path: Path) -> None:
    db = two_runs(tmp_path / "sw.db")
    db.execute("update changes set evidence = ?", ["A long sentence of evidence " * 8])
    db.conn.commit()
    rows = review.pending(db)
    assert rows
    lines = _at_80(terminal.print_review_list, rows)
    assert max(len(line) for line in lines) <= 80
    evidence = [line for line in lines if line.startswith("    evidence: ")]
    assert len(evidence) == len(rows)  # cut to one line each, not wrapped into the next item
    out = io.StringIO()
    terminal.print_review_list(rows, Console(file=out, width=80))  # not a terminal
    header, *body = [line.split("\t") for line in out.getvalue().splitlines()]
    assert header == list(terminal.REVIEW_TSV_COLUMNS)
    assert [cells[0] for cells in body] == [str(r["id"]) for r in rows]
    assert all(len(cells) == len(header) for cells in body)
