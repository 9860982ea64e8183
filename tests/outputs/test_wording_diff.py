"""Legal text keeps its dates: a date-only edit is a wording change, shown whole in the HTML diff."""

from __future__ import annotations

import html
import os
import re
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

from tests.pages import board_page, registry
from tests.site import Route, TestSite
from tracker.analysis.wording import normalise, word_diff

RULE = (
    "A physical therapist may perform dry needling after 50 hours of approved dry needling training. "
    "This rule takes effect on {date}."
)


def run(db: Path, reg: Path, reports: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tracker", "run", "--db", str(db), "--sources", str(reg), "--reports",
         str(reports), "--delay", "0", "--timeout", "5"],
        check=False, capture_output=True, text=True, timeout=120, preexec_fn=lambda: os.umask(0o022),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_only_boilerplate_lines_and_counters_are_masked() -> None:
    page = (
        "Rule 11 takes effect on January 1, 2027.\n"
        "Page last updated: March 1, 2025\nCopyright 2025. Visitors: 1,204"
    )
    assert normalise(page) == "Rule 11 takes effect on January 1, 2027. ."
    later = page.replace("March 1, 2025", "May 2, 2026").replace("1,204", "9,877").replace("2025.", "2026.")
    assert normalise(later) == normalise(page)
    moved = page.replace("January 1, 2027", "July 1, 2027")
    assert word_diff(normalise(page), normalise(moved)) == (
        "Rule 11 takes effect on [-January 1, 2027.-] {+July 1, 2027.+} ."
    )
    # a body sentence that happens to say "last updated" is not a stamp line
    body = (
        "The fee schedule was last updated by statute, which takes effect on July 1, 2027, for all licensees."
    )
    assert "July 1, 2027" in normalise(body)


def test_a_date_only_edit_is_a_wording_change_with_both_dates_in_the_html_diff(
    site: TestSite, tmp_path: Path
) -> None:
    site.routes["/co"] = Route(board_page("Board", "Rule 11", RULE.format(date="January 1, 2027")))
    reg = registry(tmp_path / "sources.toml", site, [("co-pt-rule-11", "CO", "rule", "/co", "main")])
    db, reports = tmp_path / "sw.db", tmp_path / "reports"
    run(db, reg, reports)
    site.routes["/co"] = Route(
        board_page("Board", "Rule 11", RULE.format(date="July 1, 2027"), updated="November 2, 2026")
    )
    run(db, reg, reports)
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "select source_id, diff, old_snapshot_id, new_snapshot_id from wording_changes"
    ).fetchall()
    assert [r[:2] for r in rows] == [
        ("co-pt-rule-11", "… takes effect on [-January 1, 2027.-] {+July 1, 2027.+}")
    ]
    (folder,) = [p for p in reports.iterdir() if p.name.endswith("-run2")]
    page = (folder / "change-report.html").read_text()
    diff = re.search(r'<p class="diff" id="diff-\d+">(.*?)</p>', page).group(1)  # type: ignore[union-attr]
    assert "<del>January 1, 2027.</del> <ins>July 1, 2027.</ins>" in diff
    links = re.findall(r'<a href="(texts/snapshot-\d+\.txt)">', page)
    assert links == [f"texts/snapshot-{rows[0][2]}.txt", f"texts/snapshot-{rows[0][3]}.txt"]
    old, new = ((folder / link).read_text() for link in links)
    assert "January 1, 2027" in old and "July 1, 2027" in new
    assert html.escape("takes effect on") in page
    for path in (folder / "change-report.html", folder / links[0], reports / "latest" / "changes.atom"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
