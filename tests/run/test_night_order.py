"""Nights are recorded oldest first: a replay of an older night after a newer one is refused
(it would date every difference to the older night as a change), and `--record` into a folder
that cannot be written is refused before any run row exists."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pages import board_page, registry
from tests.site import Route, TestSite

IN_SCOPE = "The Board has determined that dry needling is within the scope of practice of physical therapy."
OUT_OF_SCOPE = (
    "The Board has determined that dry needling is not within the scope of practice of physical therapy."
)


def scopewatch(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args, "--db", str(db)],
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "COLUMNS": "200"},
    )


def runs(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return [(r[0], r[1]) for r in conn.execute("select as_of, status from runs order by id")]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def nights(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, Path]]:
    """Two nights recorded from a loopback site: VT's board turns against dry needling."""
    tmp = tmp_path_factory.mktemp("order")
    site = TestSite().start()
    try:
        reg = registry(tmp / "sources.toml", site, [("vt-pt-board", "VT", "board_position", "/vt", "main")])
        for name, text in (("2024-01-01", IN_SCOPE), ("2025-01-01", OUT_OF_SCOPE)):
            site.routes["/vt"] = Route(board_page("Board of Physical Therapy", "Dry needling", text))
            result = scopewatch(
                "run", "--sources", str(reg), "--reports", str(tmp / "r"), "--delay", "0",
                "--record", str(tmp / "mirror" / name), db=tmp / f"record-{name}.db",
            )  # fmt: skip
            assert result.returncode == 0, result.stderr
        yield tmp, reg, tmp / "mirror"
    finally:
        site.stop()


def replay(tmp: Path, reg: Path, night: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return scopewatch(
        "run", "--sources", str(reg), "--reports", str(tmp / "r"), "--replay", str(night), db=db
    )


def test_an_older_night_after_a_newer_one_is_refused(nights: tuple[Path, Path, Path]) -> None:
    tmp, reg, mirror = nights
    db = tmp / "newest-first.db"
    assert replay(tmp, reg, mirror / "2025-01-01", db).returncode == 0
    result = replay(tmp, reg, mirror / "2024-01-01", db)
    assert result.returncode == 2, result.stderr
    assert "older than the newest run" in result.stderr and "fresh --db" in result.stderr
    assert "Traceback" not in result.stderr
    assert runs(db) == [("2025-01-01", "ok")]  # no run row, no change dated 2024-01-01
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from changes").fetchone()[0] == 0
    conn.close()


def test_nights_replayed_oldest_first_record_the_change(nights: tuple[Path, Path, Path]) -> None:
    tmp, reg, mirror = nights
    db = tmp / "in-order.db"
    for name in ("2024-01-01", "2024-01-01", "2025-01-01"):  # the same night twice is no step back
        result = replay(tmp, reg, mirror / name, db)
        assert result.returncode == 0, result.stderr
    assert [r[0] for r in runs(db)] == ["2024-01-01", "2024-01-01", "2025-01-01"]
    conn = sqlite3.connect(db)
    kinds = [r[0] for r in conn.execute("select kind from changes where run_id = 3")]
    conn.close()
    assert "status" in kinds


def test_record_into_a_folder_that_cannot_be_written_is_a_usage_error(
    nights: tuple[Path, Path, Path],
) -> None:
    tmp, reg, _mirror = nights
    blocker = tmp / "a-file"
    blocker.write_text("not a folder\n")
    db = tmp / "unwritable.db"
    result = scopewatch(
        "run", "--sources", str(reg), "--reports", str(tmp / "r"), "--delay", "0",
        "--record", str(blocker / "2025-02-01"), db=db,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "cannot record into" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not db.exists() or runs(db) == []  # checked before the run row is written
