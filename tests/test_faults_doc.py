"""docs/faults.md is true: every test it names exists, and none of its commands prints a
traceback (each ends with a sentence and exit 0, 1 or 2)."""

from __future__ import annotations

import os
import re
import shlex
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests import dbfactory

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "faults.md"


def test_every_named_test_exists() -> None:
    named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", DOC.read_text())
    assert len(named) > 30
    for path, name in named:
        source = (ROOT / path).read_text()
        assert re.search(rf"^def {name}\(", source, re.MULTILINE), f"{path}::{name} is not a test"


def commands() -> list[str]:
    block = DOC.read_text().split("```console", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.splitlines() if line.strip().startswith("scopewatch ")]


REGISTRY_ENTRY = """[[source]]
id = "wa-pt"
jurisdiction = "WA"
profession = "physical_therapist"
authority = "rule"
board = "Board"
url = "{url}"
{extra}
"""


@pytest.fixture
def places(tmp_path: Path) -> dict[str, str]:
    db = dbfactory.two_runs(tmp_path / "sw.db")
    db.close()
    corrupt = tmp_path / "corrupt.db"
    dbfactory.two_runs(corrupt).close()
    data = bytearray(corrupt.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), page):  # keep the header and first page, damage the rest
        data[start : start + 64] = b"\xde\xad\xbe\xef" * 16
    corrupt.write_bytes(bytes(data))
    locked = tmp_path / "locked.db"
    dbfactory.two_runs(locked).close()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "nested.toml").write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    for name, url, extra in [
        ("bad-port", "http://a.gov:99999/x", ""),
        ("bad-ipv6", "http://[::1/x", ""),
        ("bad-selector", "http://a.gov/x", 'selector = "main["'),
        ("password", "http://editor:hunter22@a.gov/x", ""),
    ]:
        (tmp_path / f"{name}.toml").write_text(REGISTRY_ENTRY.format(url=url, extra=extra))
    return {
        "DB": str(tmp_path / "sw.db"),
        "CORRUPT": str(corrupt),
        "LOCKED": str(locked),
        "FIFO": str(fifo),
        "TMP": str(tmp_path),
    }


def test_no_command_in_this_document_prints_a_traceback(places: dict[str, str]) -> None:
    holder = sqlite3.connect(places["LOCKED"], isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    env = {**os.environ, "SCOPEWATCH_BUSY_TIMEOUT": "0.1", "COLUMNS": "200"}
    env.pop("SCOPEWATCH_DB", None)
    try:
        lines = commands()
        assert len(lines) >= 15
        for line in lines:
            for key, value in places.items():
                line = line.replace(f"${key}", value)
            args = shlex.split(line)[1:]
            result = subprocess.run(
                [sys.executable, "-m", "tracker", *args],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
                env=env,
                stdin=subprocess.DEVNULL,
            )
            output = result.stdout + result.stderr
            assert "Traceback" not in output, (line, output)
            assert result.returncode in (0, 1, 2), (line, result.returncode, output)
            if result.returncode:
                assert "Error" in result.stderr, (line, output)
            assert "hunter22" not in output, line
    finally:
        holder.rollback()
        holder.close()
