"""Synthetic state-board pages for the benchmark: deterministic for a seed.

Each HTML page is 20-60 KB: a header, a navigation bar, a sidebar and a footer (the
boilerplate a real board site wraps around everything) around a ``<main>`` holding a few
paragraphs about dry needling in one of several statuses and wordings. About one page in
ten is a PDF (fpdf2) carrying the same kind of text. ``drift`` rewrites the main text of a
few pages so their status or wording changes, as a board's page does when the law moves.
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from html import escape
from pathlib import Path

from tracker.models import Authority
from tracker.sources.jurisdictions import core_codes, name

STATUSES = ("permitted", "permitted_conditions", "prohibited", "silent", "pending")

PROFESSION_WORDS = (
    "physical therapists",
    "licensed physical therapists",
    "a physical therapist",
    "PTs licensed by the Board",
    "physical therapist licensees",
)
DN_WORDS = (
    "dry needling",
    "trigger point dry needling",
    "intramuscular manual therapy",
    "dry-needling",
    "functional dry needling",
)
BOARD_KINDS = (
    "Board of Physical Therapy",
    "Physical Therapy Board",
    "Board of Physical Therapy Examiners",
    "Physical Therapy Licensing Board",
    "Board of Physical Therapy Practice",
)
AUTHORITIES = tuple(a.value for a in Authority)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

TEMPLATES: dict[str, tuple[str, ...]] = {
    "permitted": (
        "The Board has determined that {dn} is within the scope of practice of {pt}.",
        "{PT} may perform {dn} as part of a plan of care.",
        "{DN} is a physical therapy intervention and falls within the practice of physical therapy.",
        "The practice act authorizes {pt} to perform {dn} on patients under their care.",
    ),
    "permitted_conditions": (
        (
            "{PT} may perform {dn} only after completing at least {hours} hours of in-person training "
            "approved by the Board."
        ),
        (
            "Before performing {dn}, a physical therapist must document {years} years of clinical practice "
            "and complete {hours} hours of hands-on instruction."
        ),
        (
            "{PT} may not perform {dn} unless they have completed {hours} hours of didactic and practical "
            "training and obtained the patient's written informed consent."
        ),
        (
            "{DN} is within the scope of practice of {pt} who hold a Board registration and have "
            "completed {hours} hours of training."
        ),
    ),
    "prohibited": (
        "{DN} is not within the scope of practice of {pt} in this state.",
        "{PT} may not perform {dn}, which the Board considers outside the scope of physical therapy.",
        "The Board advises licensees not to perform {dn} under any circumstances.",
        "{DN} involves the penetration of the skin and is prohibited for {pt}.",
    ),
    "silent": (
        "The Board has not taken a position on {dn} at this time.",
        "The practice act is silent on {dn} and the Board has issued no formal guidance.",
        "The Board has not addressed whether {dn} is part of physical therapy practice.",
        "No statute or rule specifically addresses {dn} by {pt}.",
    ),
    "pending": (
        "House Bill {bill}, introduced on {month} {day}, {year}, would allow {pt} to perform {dn}.",
        "A proposed rule under consideration would add {dn} to the practice of physical therapy.",
        "Senate Bill {bill} would authorize {pt} to perform {dn} if enacted.",
        "The Board is reviewing draft rule language that would permit {dn} by {pt}.",
    ),
}
FILLER = (
    "Licensees are reminded to renew their license every two years before {month} 31.",
    "Questions about continuing education may be directed to the Board office by email.",
    "The Board meets on the second {weekday} of every other month; meetings are open to the public.",
    "Complaints against a licensee may be filed online or by mail with supporting documents.",
    "This page is provided for general information and does not constitute legal advice.",
    "Applicants for licensure by endorsement must submit verification from every state of licensure.",
    "The Board adopted revised fee schedules effective {month} 1, {year}.",
    "Physical therapist assistants work under the supervision of a licensed physical therapist.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@dataclass(frozen=True)
class Page:
    id: str
    jurisdiction: str
    authority: str
    board: str
    path: str  # URL path on the bench server
    kind: str  # html | pdf
    status: str


def _fill(template: str, rng: random.Random) -> str:
    pt, dn = rng.choice(PROFESSION_WORDS), rng.choice(DN_WORDS)
    text = template.format(
        pt=pt,
        PT=pt[0].upper() + pt[1:],
        dn=dn,
        DN=dn[0].upper() + dn[1:],
        hours=rng.choice((24, 27, 30, 40, 46, 50, 54, 80)),
        years=rng.choice((1, 2, 3)),
        bill=rng.randint(100, 2999),
        month=rng.choice(MONTHS),
        day=rng.randint(1, 28),
        year=rng.randint(2015, 2025),
        weekday=rng.choice(WEEKDAYS),
    )
    return text


def main_paragraphs(status: str, rng: random.Random) -> list[str]:
    """A few paragraphs: one or two on dry needling in ``status``, the rest board filler."""
    paragraphs = [_fill(rng.choice(FILLER), rng) for _ in range(rng.randint(2, 4))]
    topical = " ".join(_fill(t, rng) for t in rng.sample(TEMPLATES[status], rng.randint(1, 2)))
    paragraphs.insert(rng.randint(0, len(paragraphs)), topical)
    return paragraphs


def _boilerplate_links(rng: random.Random, n: int) -> str:
    words = (
        "Licensing",
        "Renewals",
        "Rules",
        "Laws",
        "Forms",
        "Meetings",
        "Minutes",
        "Complaints",
        "Verification",
        "Continuing Education",
        "Fees",
        "FAQ",
        "News",
        "Contact",
        "Staff",
    )
    return "\n".join(
        f'<li class="menu-item"><a href="/section/{rng.randint(1, 9999)}/{w.lower().replace(" ", "-")}"'
        f' title="{w}">{w}</a></li>'
        for w in (rng.choice(words) for _ in range(n))
    )


def render_html(page: Page, paragraphs: list[str], rng: random.Random) -> bytes:
    target = rng.randint(20_000, 60_000)
    state = name(page.jurisdiction)
    main = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    head = (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(page.board)} - Practice Questions</title>"
        f"<style>body{{font-family:sans-serif}} .menu-item{{display:inline-block;padding:4px}}</style>"
        f"<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>"
        f'</head><body>\n<header class="site-header"><div class="logo">{escape(state)}</div>'
        f'<nav class="site-nav"><ul>{_boilerplate_links(rng, 40)}</ul></nav></header>\n'
        f'<main id="content"><h1>{escape(page.board)}: Practice Questions</h1>\n{main}\n</main>\n'
    )
    footer = (
        f'<footer class="site-footer"><p>{escape(page.board)}, {rng.randint(100, 9999)} Capitol Way, '
        f"{escape(state)}. Office hours Monday to Friday 8 a.m. to 5 p.m.</p>"
        f"<ul>{_boilerplate_links(rng, 30)}</ul><p>Copyright State of {escape(state)}.</p>"
        "</footer>\n</body></html>\n"
    )
    # The sidebar (news items, links) pads the page to its target size.
    items: list[str] = []
    size = len(head) + len(footer) + 100
    while size < target:
        item = (
            f'<li class="news"><a href="/news/{rng.randint(1, 99999)}">'
            f'{escape(_fill(rng.choice(FILLER), rng))}</a> <span class="date">'
            f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)}</span></li>\n"
        )
        items.append(item)
        size += len(item)
    sidebar = f'<aside class="sidebar"><h2>News</h2><ul>\n{"".join(items)}</ul></aside>\n'
    return (head + sidebar + footer).encode("utf-8")


def render_pdf(page: Page, paragraphs: list[str], rng: random.Random) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_compression(False)  # closer to 20-60 KB, and to what many boards publish
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    pdf.multi_cell(0, 8, f"{page.board}\nPosition statement", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    # Board minutes and appendices pad it to 20-60 KB, several pages, like the real ones.
    target = rng.randint(20_000, 60_000)
    lines = 0
    while 2_000 + lines * 125 < target:
        pdf.multi_cell(0, 6, _fill(rng.choice(FILLER), rng), new_x="LMARGIN", new_y="NEXT")
        lines += 1
    return bytes(pdf.output())


PDF_SHARE = 0.1  # about one page in ten is a PDF


def _page(index: int, rng: random.Random, pdf_share: float = PDF_SHARE) -> Page:
    codes = core_codes()
    code = codes[index % len(codes)]
    kind = "pdf" if rng.random() < pdf_share else "html"
    return Page(
        id=f"bench-{index:05d}",
        jurisdiction=code,
        authority=AUTHORITIES[index % len(AUTHORITIES)],
        board=f"{name(code)} {rng.choice(BOARD_KINDS)}",
        path=f"/pages/{index:05d}.{kind}",
        kind=kind,
        status=rng.choice(STATUSES),
    )


def write_page(root: Path, page: Page, rng: random.Random) -> None:
    paragraphs = main_paragraphs(page.status, rng)
    body = render_pdf(page, paragraphs, rng) if page.kind == "pdf" else render_html(page, paragraphs, rng)
    target = root / page.path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(body)


def generate(root: Path, n: int, seed: int = 20250101, pdf_share: float = PDF_SHARE) -> list[Page]:
    """Write ``n`` pages under ``root``; one generator per page, so page i is the same for any n.
    ``pdf_share=0`` makes every page HTML (the HTML-only variant)."""
    pages = []
    for index in range(n):
        rng = random.Random(f"{seed}-{index}")
        page = _page(index, rng, pdf_share)
        write_page(root, page, rng)
        pages.append(page)
    return pages


def drift(root: Path, pages: list[Page], fraction: float, seed: int = 7) -> list[Page]:
    """Rewrite the main text of ``fraction`` of the pages with another status; return them."""
    rng = random.Random(seed)
    count = max(1, round(len(pages) * fraction))
    changed = []
    for page in rng.sample(pages, count):
        status = rng.choice([s for s in STATUSES if s != page.status])
        moved = Page(**{**page.__dict__, "status": status})
        write_page(root, moved, random.Random(f"drift-{seed}-{page.id}"))
        changed.append(moved)
    return changed


def write_registry(path: Path, pages: list[Page], base_url: str) -> None:
    lines = []
    for page in pages:
        lines += [
            "[[source]]",
            f'id = "{page.id}"',
            f'jurisdiction = "{page.jurisdiction}"',
            'profession = "physical_therapist"',
            f'authority = "{page.authority}"',
            f'board = "{page.board}"',
            f'url = "{base_url}{page.path}"',
        ]
        if page.kind == "html":
            lines.append('selector = "main"')
        lines.append("")
    text = "\n".join(lines)
    tomllib.loads(text)  # a broken registry fails here, not halfway through a measurement
    path.write_text(text, encoding="utf-8")
