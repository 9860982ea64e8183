"""The benchmark runs end to end on a few pages and prints its table and ratio line.

Values are not checked: CI does not time anything. urlwatch comes with the ``bench`` extra,
not the ``test`` one, so the test is skipped without it.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.mark.skipif(
    importlib.util.find_spec("urlwatch") is None,
    reason="urlwatch is not installed (pip install -e '.[bench]')",
)
def test_bench_prints_table_and_ratio_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--pages", "20", "--keep", str(tmp_path / "work")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("run "))
    assert "wall s" in lines[header] and "peak RSS MB" in lines[header] and "rows written" in lines[header]
    runs = [line.split(" | ")[0].strip() for line in lines[header + 2 : header + 7]]
    assert runs == [
        "scopewatch cold",
        "scopewatch warm",
        "scopewatch drift 1",
        "urlwatch cold",
        "urlwatch warm",
    ]
    assert re.fullmatch(r"ratio_vs_urlwatch_cold=\d+\.\d\d ratio_vs_urlwatch_warm=\d+\.\d\d", lines[-1])
