"""A legality row is dated from when the permission began, as its page says it.

Three pages of our own, crawled from a loopback site into a real SQLite file:

- VT: a board page says the board has treated dry needling as within physical therapy practice
  "since its statement of March 2013", and later recounts a reply of May 4, 2016 that restates
  the position. The row is in force from March 2013, not from the reply.
- UT: a statute page says an act of 2024 renumbered the sections, and that dry needling has been
  lawful since another act took effect on July 1, 2016. The row is in force from 2016-07-01,
  the date the sentence stating the permission gives, not the renumbering's.
- TX: an AG opinion as a PDF, its date on a line of its own under the title. The row carries it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.cli import scopewatch
from tests.pages import board_page, registry
from tests.site import Route, TestSite, make_pdf

VT_BOARD = (
    "Physical therapy practice guidance",
    "The Board has treated dry needling as within the scope of physical therapy practice in this "
    "state since its statement of March 2013.",
    "Answering a question from an acupuncture society on May 4, 2016, the Board's view was that the "
    "practice act allows a physical therapist to perform dry needling when the therapist is trained "
    "for it and the treatment is clinically indicated.",
)
UT_STATUTE = (
    "Physical therapy practice act: dry needling",
    "Act 12 of 2024, effective June 1, 2024, moved the dry needling provisions into new sections.",
    "Dry needling by physical therapists has been lawful in this state since Act 40 took effect on "
    "July 1, 2016.",
    "A physical therapist may perform dry needling only while holding a dry needling registration "
    "issued by the Division.",
)
TX_OPINION = (
    "Opinion No. Z-0100: Whether physical therapists may perform dry needling",
    "March 3, 2015",
    "Opinion No. Z-0100",
    "The acupuncture board asked whether physical therapists may insert filiform needles.",
    "Conclusion: dry needling is within the scope of practice of physical therapy.",
)


def test_rows_are_dated_from_when_the_permission_began(site: TestSite, tmp_path: Path) -> None:
    site.routes["/vt"] = Route(board_page("Office of Professional Regulation", *VT_BOARD))
    site.routes["/ut"] = Route(board_page("State Legislature", *UT_STATUTE))
    site.routes["/tx.pdf"] = Route(make_pdf(*TX_OPINION), "application/pdf")
    reg = registry(
        tmp_path / "sources.toml",
        site,
        [
            ("vt-pt-board", "VT", "board_position", "/vt", "main"),
            ("ut-pt-statute", "UT", "statute", "/ut", "main"),
            ("tx-pt-ag", "TX", "ag_opinion", "/tx.pdf", ""),
        ],
    )
    db = tmp_path / "sw.db"
    result = scopewatch(
        "run", "--sources", str(reg), "--reports", str(tmp_path / "reports"), "--delay", "0", db=db
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        got = dict(
            conn.execute(
                "select jurisdiction, status || ' ' || coalesce(effective_date, '-') from legality"
            ).fetchall()
        )
    assert got == {
        "VT": "permitted 2013-03-01",
        "UT": "permitted 2016-07-01",
        "TX": "permitted 2015-03-03",
    }
