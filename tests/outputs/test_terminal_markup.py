"""Page text and URLs reach the terminal as text, never as Rich markup."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rich.console import Console

from tests import dbfactory
from tracker.outputs import terminal

HOSTILE = "Dry needling [/] is [link=http://evil.test]permitted[/link] [bold]here"


def test_tables_print_markup_literally() -> None:
    console = Console(record=True, width=300, color_system=None)
    terminal.print_status_table(
        [{"state": HOSTILE, "status": "permitted", "conditions_summary": "[/]", "authority": "rule"}],
        console,
        fmt="table",
    )
    terminal.print_changes(
        [
            {
                "id": 1,
                "detected_at": "2026-12-01",
                "state": "[red]X",
                "profession": "[/]",
                "old_status": "prohibited",
                "new_status": "permitted",
                "review_state": "pending",
            }
        ],
        console,
        fmt="table",
    )
    text = console.export_text()
    assert HOSTILE in text and "[red]X" in text and "[/]" in text


def test_review_list_and_status_with_markup_in_evidence(tmp_path: Path) -> None:
    db = dbfactory.two_runs(tmp_path / "t.db")
    db.execute("update changes set evidence = ?", [HOSTILE])
    db.execute("update legality set evidence = ?, url = ?", [HOSTILE, "http://a.test/[/]"])
    db.conn.commit()
    outputs = {}
    for args in (["review", "list"], ["status", "CO"], ["status"], ["changes"]):
        result = subprocess.run(
            [sys.executable, "-m", "tracker", *args, "--db", str(tmp_path / "t.db")],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={"COLUMNS": "300", "PATH": "/usr/bin:/bin"},
        )
        assert result.returncode == 0, (args, result.stderr)
        assert "Traceback" not in result.stderr
        outputs[" ".join(args)] = result.stdout
    assert HOSTILE in outputs["review list"]
    assert "[link=http://evil.test]" in outputs["status CO"]
