#!/usr/bin/env python3
"""Build the source registry and the offline mirror from ``scripts/mirror_content/*.toml``.

Run from anywhere: ``python scripts/build_mirror.py``. It writes

* ``data/sources.toml``: the registry (where to look, never what the law is), and
* ``data/mirror/<night>/``: one stand-in page per source and night, plus ``manifest.json``,
  in the layout that ``scopewatch run --replay`` reads.

The content files hold paraphrased stand-in pages: the facts of each authority as they
stood on a night, in our own words. This script only validates them and wraps them in
page chrome (HTML) or prints them into a PDF. It is deterministic: the same content gives
byte-identical output, and each night is emptied before it is rewritten (by the same
``NightWriter`` that ``scopewatch run --record`` uses).

Each content file opens with comments giving the facts its pages state and where they
come from (citation, date, and the public page the fact was read on).

Content format, one file per jurisdiction (``<xx>.toml``):

    [[source]]   a registry entry (id, jurisdiction, profession, authority, board, url,
                 [selector], cites), checked by tracker.sources.registry, plus
                 format ("html" | "pdf"), verified ("<how>" or "unverified: <why>") and,
                 for a second profession named on the same page, page_of = "<source id>"
                 (that source's pages serve both; this source has no [[page]] of its own)
    [[page]]     source, night, [http_status = 200], title, last_updated (<= night), body
                 or, for a page that did not exist yet on that night: source, night,
                 published = false (the manifest marks it "not published yet"; a replay answers
                 it as not part of the night, neither a failure nor a vanished page)

A body is plain text: paragraphs separated by blank lines, ``## `` lines become headings,
consecutive ``- `` lines become a bulleted list.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import re
import shutil
import sys
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# These need ROOT on sys.path (above): the registry's own parser validates every source, the
# jurisdiction names come from the one jurisdictions module, and NightWriter writes the nights.
from tracker.errors import RegistryError
from tracker.fetch.mirror import NightWriter
from tracker.models import Source
from tracker.sources import jurisdictions
from tracker.sources import registry as registry_mod

CONTENT_DIR = ROOT / "scripts" / "mirror_content"
REGISTRY_PATH = ROOT / "data" / "sources.toml"
MIRROR_DIR = ROOT / "data" / "mirror"
NIGHTS = ("2017-06-01", "2026-11-28")
GENERATOR = "scripts/build_mirror.py"

CONTENT_ONLY_KEYS = ("format", "page_of")  # a content [[source]] is a registry entry plus these
PAGE_KEYS_REQUIRED = ("source", "night", "title", "last_updated", "body")
PAGE_KEYS_OPTIONAL = ("http_status", "published")
ID_RE = re.compile(r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
FORMATS = ("html", "pdf")
MIRROR_NOTE = """# The bundled mirror

Written by `scripts/build_mirror.py` from `scripts/mirror_content/*.toml`; do not edit by hand.

Each night (`YYYY-MM-DD/`) holds one stand-in page per registry source and a `manifest.json`
that `scopewatch run --replay` reads. The pages are paraphrased: each states the facts of one
official source as they stood on that night, in our own words, inside imitation page chrome.
They are not copies of the official pages; the registry URL points to the authoritative text.
Where only a board's home page is known, its stand-in page says nothing about dry needling.
"""


class ContentError(Exception):
    """The mirror content is malformed; the message names the file, the entry and the key."""


@dataclass(frozen=True)
class SourceEntry:
    """A registry source (validated by ``tracker.sources.registry``) plus how to render it."""

    source: Source
    format: str
    unverified: str | None  # why the URL is not verified, when it is not
    origin: str  # content file name, for messages
    page_of: str | None = None  # another source whose pages (same URL) this one shares

    @property
    def id(self) -> str:
        return self.source.id

    @property
    def url(self) -> str:
        return self.source.url


@dataclass(frozen=True)
class PageEntry:
    source: str
    night: str
    http_status: int
    title: str
    last_updated: dt.date
    body: str
    origin: str
    published: bool = True  # False: the page did not exist yet on that night


# --------------------------------------------------------------------------- loading


def _check_keys(entry: dict, required: tuple[str, ...], optional: tuple[str, ...], where: str) -> None:
    unknown = sorted(set(entry) - set(required) - set(optional))
    if unknown:
        raise ContentError(
            f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(required + optional)}"
        )
    missing = [k for k in required if k not in entry]
    if missing:
        raise ContentError(f"{where}: missing key(s) {', '.join(missing)}")


def _as_date(value: object, where: str, key: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ContentError(f"{where}: {key} = {value!r} is not a date (YYYY-MM-DD)")


def _parse_source(raw: dict, origin: str, index: int) -> SourceEntry:
    """A content source is a registry entry plus ``format``; ``verified`` is either how the URL
    was checked or ``"unverified: why"`` (the registry then gets a comment instead of the key)."""
    where = f"{origin}: [[source]] #{index + 1} ({raw.get('id', '?')})"
    if not isinstance(raw.get("format"), str) or raw["format"] not in FORMATS:
        raise ContentError(f"{where}: format {raw.get('format')!r} must be html or pdf")
    entry = {k: v for k, v in raw.items() if k not in CONTENT_ONLY_KEYS}
    verified = entry.get("verified")
    if not isinstance(verified, str) or not verified.strip():
        raise ContentError(f"{where}: verified must say how the URL was checked, or 'unverified: why'")
    unverified = None
    if verified.lower().startswith("unverified"):
        unverified = verified.split(":", 1)[1].strip() if ":" in verified else "not checked"
        del entry["verified"]
    try:
        (source,) = registry_mod.parse({"source": [entry]}, origin=origin)
    except RegistryError as exc:
        raise ContentError(str(exc)) from None
    if not source.cites:
        raise ContentError(f"{where}: cites must name the statute, rule, opinion or page it carries")
    if not ID_RE.match(source.id):
        raise ContentError(f"{where}: id {source.id!r} is not a lowercase slug like 'wa-pt-statute'")
    if origin != f"{source.jurisdiction.lower()}.toml":
        raise ContentError(
            f"{where}: jurisdiction {source.jurisdiction} belongs in {source.jurisdiction.lower()}.toml"
        )
    if not source.id.startswith(source.jurisdiction.lower() + "-"):
        raise ContentError(f"{where}: id {source.id!r} must start with '{source.jurisdiction.lower()}-'")
    if urlsplit(source.url).scheme != "https":
        raise ContentError(f"{where}: url {source.url!r} must be an https URL")
    if raw["format"] == "pdf" and source.selector:
        raise ContentError(f"{where}: a pdf source cannot have a selector")
    page_of = raw.get("page_of")
    if page_of is not None and (not isinstance(page_of, str) or not page_of.strip()):
        raise ContentError(f"{where}: page_of must name the source whose pages this one shares")
    return SourceEntry(
        source=source, format=raw["format"], unverified=unverified, origin=origin, page_of=page_of
    )


def _parse_page(raw: dict, origin: str, index: int) -> PageEntry:
    where = f"{origin}: [[page]] #{index + 1} ({raw.get('source', '?')} {raw.get('night', '?')})"
    if raw.get("published", True) is not True:
        return _parse_unpublished(raw, origin, where)
    _check_keys(raw, PAGE_KEYS_REQUIRED, PAGE_KEYS_OPTIONAL, where)
    night = str(raw["night"])
    if night not in NIGHTS:
        raise ContentError(f"{where}: night {night!r} is not one of {', '.join(NIGHTS)}")
    status = raw.get("http_status", 200)
    if status not in (200, 404):
        raise ContentError(f"{where}: http_status {status!r} must be 200 or 404")
    last_updated = _as_date(raw["last_updated"], where, "last_updated")
    if last_updated > dt.date.fromisoformat(night):
        raise ContentError(f"{where}: last_updated {last_updated} is after the night {night}")
    for key in ("source", "title", "body"):
        if not isinstance(raw[key], str):
            raise ContentError(f"{where}: {key} must be a string")
    body = raw["body"].strip()
    if status == 200 and not body:
        raise ContentError(f"{where}: a 200 page needs a body")
    if status == 404 and body:
        raise ContentError(f"{where}: a 404 page must have an empty body")
    if status == 200 and not raw["title"].strip():
        raise ContentError(f"{where}: a 200 page needs a title")
    return PageEntry(
        source=raw["source"],
        night=night,
        http_status=status,
        title=raw["title"].strip(),
        last_updated=last_updated,
        body=body,
        origin=origin,
    )


def _parse_unpublished(raw: dict, origin: str, where: str) -> PageEntry:
    """A page that did not exist yet on its night: ``source``, ``night``, ``published = false``."""
    _check_keys(raw, ("source", "night", "published"), (), where)
    if raw["published"] is not False:
        raise ContentError(f"{where}: published must be false (or left out for a page that exists)")
    night = str(raw["night"])
    if night not in NIGHTS:
        raise ContentError(f"{where}: night {night!r} is not one of {', '.join(NIGHTS)}")
    if not isinstance(raw["source"], str):
        raise ContentError(f"{where}: source must be a string")
    return PageEntry(
        source=raw["source"],
        night=night,
        http_status=404,
        title="",
        last_updated=dt.date.fromisoformat(night),
        body="",
        origin=origin,
        published=False,
    )


def load_content(content_dir: Path = CONTENT_DIR) -> tuple[list[SourceEntry], list[PageEntry]]:
    """Read and validate every content file; raise ContentError on the first problem."""
    files = sorted(content_dir.glob("*.toml"))
    if not files:
        raise ContentError(f"no content files in {content_dir}")
    sources: list[SourceEntry] = []
    pages: list[PageEntry] = []
    for path in files:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ContentError(f"{path.name}: not valid TOML: {exc}") from None
        unknown = sorted(set(data) - {"source", "page"})
        if unknown:
            raise ContentError(
                f"{path.name}: unknown table(s) {', '.join(unknown)}; use [[source]] and [[page]]"
            )
        sources += [_parse_source(s, path.name, i) for i, s in enumerate(data.get("source", []))]
        pages += [_parse_page(p, path.name, i) for i, p in enumerate(data.get("page", []))]

    by_id: dict[str, SourceEntry] = {}
    for s in sources:
        if s.id in by_id:
            raise ContentError(f"{s.origin}: duplicate source id {s.id!r} (also in {by_id[s.id].origin})")
        by_id[s.id] = s
    _check_shared_urls(sources, by_id)
    seen: set[tuple[str, str]] = set()
    for p in pages:
        if p.source not in by_id:
            raise ContentError(f"{p.origin}: [[page]] for unknown source {p.source!r}")
        if by_id[p.source].page_of:
            raise ContentError(
                f"{p.origin}: source {p.source!r} shares the pages of {by_id[p.source].page_of!r}; "
                "give it no [[page]] of its own"
            )
        if (p.source, p.night) in seen:
            raise ContentError(f"{p.origin}: two pages for {p.source} on {p.night}")
        seen.add((p.source, p.night))
    for s in sources:
        if s.page_of:
            continue
        for night in NIGHTS:
            if (s.id, night) not in seen:
                raise ContentError(
                    f"{s.origin}: source {s.id!r} has no page for night {night} "
                    "(use published = false if it did not exist then)"
                )
    return sources, pages


def _check_shared_urls(sources: list[SourceEntry], by_id: dict[str, SourceEntry]) -> None:
    """The mirror keeps one page per URL. Two sources may share a URL only when one page names
    two professions (e.g. a board rule for physical therapists and athletic trainers): the second
    says ``page_of`` the first, and their professions differ (a crawl keys snapshots by source,
    so each profession's finding still has its own source)."""
    owner: dict[str, SourceEntry] = {}
    for s in sources:
        if s.page_of:
            continue
        if s.url in owner:
            raise ContentError(
                f"{s.origin}: source {s.id!r} has the same url as {owner[s.url].id!r} ({s.url}); "
                "the mirror keeps one page per url: give the second source page_of = "
                f"{owner[s.url].id!r} if the page speaks to another profession"
            )
        owner[s.url] = s
    pairs: set[tuple[str, str]] = set()
    for s in sources:
        if s.page_of:
            target = by_id.get(s.page_of)
            if target is None or target.page_of:
                raise ContentError(
                    f"{s.origin}: source {s.id!r}: page_of {s.page_of!r} is not a source with pages"
                )
            if target.url != s.url or target.format != s.format:
                raise ContentError(
                    f"{s.origin}: source {s.id!r} shares the pages of {target.id!r} "
                    "but has another url or format"
                )
        key = (s.url, s.source.profession.value)
        if key in pairs:
            raise ContentError(f"{s.origin}: source {s.id!r}: two sources of one profession at {s.url}")
        pairs.add(key)


# --------------------------------------------------------------------------- registry


def _toml_str(value: str) -> str:
    out = value.replace("\\", "\\\\").replace('"', '\\"')
    out = "".join(c if c >= " " or c == "\t" else f"\\u{ord(c):04x}" for c in out)
    return f'"{out}"'


def _comment(text: str) -> str:
    return " ".join(text.split())


def render_registry(sources: list[SourceEntry]) -> str:
    lines = [
        "# scopewatch source registry: WHERE to look, never WHAT the law is.",
        "#",
        "# One [[source]] per official page (statute, rule, court decision, attorney general",
        "# opinion, board position, FAQ or news item) that may speak to dry needling for one",
        "# profession in one jurisdiction. Statuses live only in the fetched pages: scopewatch",
        "# reads and classifies them on every run.",
        "#",
        f"# Generated by {GENERATOR} from scripts/mirror_content/*.toml; edit those, not this.",
        "# `cites` names the statute, rule, opinion or decision the page carries. `verified` says how",
        "# the URL was checked to carry that authority's words on dry needling (a search of stored",
        "# public pages); an entry without it is unverified and its comment says why.",
        "",
    ]
    for s in sorted(sources, key=lambda s: (s.source.jurisdiction, s.id)):
        if s.unverified is not None:
            lines.append(f"# UNVERIFIED: {_comment(s.unverified)}".rstrip())
        lines.append("[[source]]")
        for key, value in s.source.as_row().items():
            if value is not None:
                lines.append(f"{key} = {_toml_str(str(value))}")
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------- page text


Block = tuple[str, str | list[str]]


def _blocks(body: str) -> list[Block]:
    """Split a body into ('h2', text), ('p', text) and ('ul', [items]) blocks.

    Paragraphs are separated by blank lines; ``## `` lines are headings; consecutive
    ``- `` lines form a list (an indented or plain line right after an item continues it).
    """
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        para: list[str] = []
        items: list[str] = []
        for ln in (ln.strip() for ln in chunk.splitlines()):
            if not ln:
                continue
            if ln.startswith(("## ", "- ")) and para:
                blocks.append(("p", " ".join(para)))
                para = []
            if ln.startswith("## "):
                if items:
                    blocks.append(("ul", items))
                    items = []
                blocks.append(("h2", ln[3:].strip()))
            elif ln.startswith("- "):
                items.append(ln[2:].strip())
            elif items and not para:
                items[-1] += " " + ln
            else:
                para.append(ln)
        if para:
            blocks.append(("p", " ".join(para)))
        if items:
            blocks.append(("ul", items))
    return blocks


def _long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def _http_date(d: dt.date) -> str:
    moment = dt.datetime(d.year, d.month, d.day, 12, 0, 0, tzinfo=dt.UTC)
    return email.utils.format_datetime(moment, usegmt=True)


def _pick(seq: list, key: str, n: int) -> list:
    """Deterministic choice of n items from seq, seeded by key."""
    ranked = sorted(seq, key=lambda item: hashlib.sha256(f"{key}|{item}".encode()).hexdigest())
    return ranked[:n]


# --------------------------------------------------------------------------- HTML

NEWS_HEADLINES = [
    "Legislative update: dry needling bill referred to committee",
    "Lawmakers hear testimony on dry needling and scope of practice",
    "Acupuncture groups and therapists testify on needling measure",
    "Reminder: license renewal opens next month",
    "Board meeting schedule for the coming year",
    "Public comment invited on proposed rule amendments",
    "Continuing education audit notices mailed",
    "New online application portal for license verification",
    "Scope-of-practice bills to watch this session",
    "Board welcomes new public member",
    "Address change requirements for licensees",
    "Telehealth guidance for licensees",
]

HOME_PAGE_CITES = "Board home page"  # cites of a source known only as a board's home page

NAV_ITEMS = [
    ("Home", "/"),
    ("Licensing", "/licensing"),
    ("Laws & Rules", "/laws-rules"),
    ("Dry Needling FAQ", "/dry-needling-faq"),
    ("Contact", "/contact"),
]

STYLE = """body{font-family:Georgia,serif;margin:0;color:#222}
header{background:#1d3557;color:#fff;padding:1em 2em}header a{color:#fff;margin-right:1em}
.wrap{display:flex;gap:2em;padding:1em 2em}main{flex:3}aside{flex:1;font-size:.9em}
footer{border-top:1px solid #ccc;padding:1em 2em;font-size:.85em;color:#555}"""


def _place(code: str) -> tuple[str, str]:
    """The jurisdiction's name and, for the footer's address, its capital (from ``us``)."""
    import us  # the same package tracker.sources.jurisdictions names places with

    place = us.states.lookup(code)
    return jurisdictions.name(code), (getattr(place, "capital", None) or jurisdictions.name(code))


def _kind(s: SourceEntry) -> str:
    """Which family of site chrome fits the source."""
    if s.source.authority == "statute":
        return "legislature"
    if s.source.authority == "court":
        return "court"
    if s.source.authority == "ag_opinion":
        return "ag"
    return "board"


def _body_html(body: str) -> str:
    out: list[str] = []
    for kind, content in _blocks(body):
        if isinstance(content, list):
            lis = "".join(f"<li>{html.escape(i)}</li>" for i in content)
            out.append(f"<ul>{lis}</ul>")
        else:
            out.append(f"<{kind}>{html.escape(content)}</{kind}>")
    return "\n".join(out)


def render_html(s: SourceEntry, p: PageEntry) -> str:
    e = html.escape
    state, capital = _place(s.source.jurisdiction)
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(s.url))
    kind = _kind(s)
    # A board home page stand-in says nothing about dry needling anywhere, chrome included.
    home = (s.source.cites or "").startswith(HOME_PAGE_CITES)
    nav_items = [(label, href) for label, href in NAV_ITEMS if not (home and "needl" in label.lower())]
    headlines = [h for h in NEWS_HEADLINES if not (home and "needl" in h.lower())]
    nav = "\n".join(f'    <a href="{e(origin + href)}">{e(label)}</a>' for label, href in nav_items)
    news = "\n".join(
        f'    <li><a href="{e(origin)}/news/{i + 1}">{e(h)}</a></li>'
        for i, h in enumerate(_pick(headlines, s.id, 4))
    )
    updated = _long_date(p.last_updated)
    tagline = {
        "legislature": f"{state} Legislature &middot; Statutes and Session Laws",
        "court": "Opinions and Orders",
        "ag": f"Office of the Attorney General &middot; State of {e(state)}",
        "board": f"State of {e(state)} &middot; Licensing and Regulation",
    }[kind]
    content = _body_html(p.body)
    if kind == "legislature":
        inner = (
            f'  <nav class="breadcrumb" aria-label="breadcrumb">Statutes &rsaquo; '
            f"{e(state)} &rsaquo; Current section</nav>\n"
            f'  <article class="statute">\n  <h1>{e(p.title)}</h1>\n{content}\n  </article>'
        )
    elif kind == "court":
        inner = f'  <div class="opinion">\n  <h1>{e(p.title)}</h1>\n{content}\n  </div>'
    elif kind == "ag":
        inner = f'  <h1>{e(p.title)}</h1>\n  <div class="opinion-text">\n{content}\n  </div>'
    else:
        inner = f'  <h1>{e(p.title)}</h1>\n  <div class="page-content">\n{content}\n  </div>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(p.title)} | {e(s.source.board)}</title>
<style>{STYLE}</style>
</head>
<body class="{kind}">
<a class="skip" href="#content">Skip to main content</a>
<header>
  <div class="brand"><strong>{e(s.source.board)}</strong><br><small>{tagline}</small></div>
  <form class="search" action="{e(origin)}/search" method="get"><input name="q" aria-label="Search">
    <button>Search</button></form>
  <nav class="primary">
{nav}
  </nav>
</header>
<div class="wrap">
<main id="content">
{inner}
  <p class="print"><a href="javascript:window.print()">Print this page</a></p>
</main>
<aside class="sidebar">
  <h3>Related news</h3>
  <ul>
{news}
  </ul>
  <h3>Quick links</h3>
  <ul>
    <li><a href="{e(origin)}/verify">Verify a license</a></li>
    <li><a href="{e(origin)}/complaints">File a complaint</a></li>
  </ul>
</aside>
</div>
<footer>
  <address>{e(s.source.board)} &middot; {e(capital)}, {e(state)}</address>
  <p>&copy; {p.last_updated.year} {e(s.source.board)}. All rights reserved.</p>
  <p class="updated">Page last updated: {updated}</p>
</footer>
</body>
</html>
"""


def render_not_found(s: SourceEntry) -> str:
    e = html.escape
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Page not found | {e(s.source.board)}</title>
</head>
<body>
<header><strong>{e(s.source.board)}</strong></header>
<main id="content">
  <h1>Page not found</h1>
  <p>The page you requested could not be found. It may have been moved or removed.</p>
</main>
</body>
</html>
"""


# --------------------------------------------------------------------------- PDF

_ASCII = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": "--",
    "\u2212": "-",
    "\u2026": "...",
    "\u00a0": " ",
    "\u00a7": "Sec.",
    "\u00b6": "para.",
    "\u2022": "*",
    "\u00a9": "(c)",
}


def to_ascii(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ASCII:
            out.append(_ASCII[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            decomposed = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
            out.append(decomposed or "?")
    return "".join(out)


def render_pdf(s: SourceEntry, p: PageEntry) -> bytes:
    from fpdf import FPDF  # imported here so the registry can be built without fpdf2

    footer_text = to_ascii(f"printed/last revised {_long_date(p.last_updated)}")

    class _Doc(FPDF):
        def footer(self) -> None:  # fpdf2 hook
            self.set_y(-15)
            self.set_font("Helvetica", "I", 8)
            self.cell(0, 10, f"Page {self.page_no()} - {footer_text}", align="C")

    pdf = _Doc(format="Letter")
    moment = dt.datetime(
        p.last_updated.year, p.last_updated.month, p.last_updated.day, 12, 0, 0, tzinfo=dt.UTC
    )
    pdf.set_creation_date(moment)
    pdf.set_title(to_ascii(p.title))
    pdf.set_author(to_ascii(s.source.board))
    pdf.set_creator(GENERATOR)
    pdf.set_producer(GENERATOR)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(width, 5, to_ascii(s.source.board), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(width, 7, to_ascii(p.title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, content in _blocks(p.body):
        if isinstance(content, list):
            pdf.set_font("Helvetica", "", 11)
            for item in content:
                pdf.multi_cell(width, 5.5, to_ascii(f"  - {item}"), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h2":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(width, 6, to_ascii(content), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(width, 5.5, to_ascii(content), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    data = bytes(pdf.output())
    # fpdf2 derives the trailer /ID from the content and creation date; no clock, no randomness.
    return data


# --------------------------------------------------------------------------- writing


def build_night(
    night: str, sources: list[SourceEntry], pages: list[PageEntry], mirror_dir: Path = MIRROR_DIR
) -> Path:
    """Rewrite one night through the mirror writer the recorder uses (``NightWriter``)."""
    night_dir = mirror_dir / night
    if night_dir.exists():
        shutil.rmtree(night_dir)  # stale pages of removed sources must not linger
    writer = NightWriter(night_dir)
    by_id = {s.id: s for s in sources if not s.page_of}
    for p in sorted((p for p in pages if p.night == night), key=lambda p: by_id[p.source].url):
        s = by_id[p.source]
        if not p.published:
            writer.add_unpublished(s.url)
            continue
        if p.http_status == 404:
            body, ext, ctype, headers = render_not_found(s).encode(), "html", "text/html; charset=utf-8", {}
        elif s.format == "pdf":
            body, ext, ctype = render_pdf(s, p), "pdf", "application/pdf"
            headers = {"Last-Modified": _http_date(p.last_updated)}
        else:
            body, ext, ctype = render_html(s, p).encode(), "html", "text/html; charset=utf-8"
            headers = {"Last-Modified": _http_date(p.last_updated)}
        writer.add(
            url=s.url,
            name=s.id,
            ext=ext,
            body=body,
            status=p.http_status,
            content_type=ctype,
            final_url=s.url,
            headers=headers,
        )
    return night_dir


def build(
    content_dir: Path = CONTENT_DIR, registry_path: Path = REGISTRY_PATH, mirror_dir: Path = MIRROR_DIR
) -> tuple[int, int]:
    sources, pages = load_content(content_dir)
    text = render_registry(sources)
    # never ship a registry scopewatch cannot read back, or one that says something else
    written = registry_mod.parse(tomllib.loads(text), origin="generated registry")
    if sorted(written, key=lambda s: s.id) != sorted((s.source for s in sources), key=lambda s: s.id):
        raise ContentError("internal: the written registry does not round-trip")
    registry_path.parent.mkdir(parents=True, exist_ok=True)
    registry_path.write_text(text, encoding="utf-8")
    for night in NIGHTS:
        build_night(night, sources, pages, mirror_dir)
    (mirror_dir / "README.md").write_text(MIRROR_NOTE, encoding="utf-8")
    return len(sources), len(pages)


def main() -> int:
    try:
        n_sources, n_pages = build()
    except ContentError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    juris = len({p.stem for p in CONTENT_DIR.glob("*.toml")})
    print(
        f"wrote {REGISTRY_PATH.relative_to(ROOT)} ({n_sources} sources, {juris} "
        f"jurisdictions) and {n_pages} pages under {MIRROR_DIR.relative_to(ROOT)}/ "
        f"for nights {', '.join(NIGHTS)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
