"""The status table stays legible: narrow at 80 columns, plain TSV when piped."""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console

from tests.dbfactory import two_runs
from tracker.outputs import terminal
from tracker.store.queries import legality_rows


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
