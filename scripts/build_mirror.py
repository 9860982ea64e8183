#!/usr/bin/env python3
"""Build the source registry and the offline mirror from ``scripts/mirror_content/*.toml``.

Run from anywhere: ``python scripts/build_mirror.py``. It writes

* ``data/sources.toml``: the registry (where to look, never what the law is), and
* ``data/mirror/<night>/``: one stand-in page per source and night, plus ``manifest.json``,
  in the layout that ``scopewatch run --replay`` reads.

The content files hold paraphrased stand-in pages: the facts of each authority as they
stood on a night, in our own words. This script only validates them and wraps them in
page chrome (HTML) or prints them into a PDF. It is deterministic: the same content gives
byte-identical output, and each night's ``pages/`` is emptied before it is rewritten.

Content format, one file per jurisdiction (``<xx>.toml``):

    [[source]]   id, jurisdiction, profession, authority, board, url, [selector],
                 format ("html" | "pdf"), verified ("<how>" or "unverified: <why>")
    [[page]]     source, night, [http_status = 200], title, last_updated (<= night), body

A body is plain text: paragraphs separated by blank lines, ``## `` lines become headings,
consecutive ``- `` lines become a bulleted list.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import json
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

from tracker.models import Authority, Profession  # needs ROOT on sys.path (above)

CONTENT_DIR = ROOT / "scripts" / "mirror_content"
REGISTRY_PATH = ROOT / "data" / "sources.toml"
MIRROR_DIR = ROOT / "data" / "mirror"
NIGHTS = ("2017-06-01", "2026-11-28")
GENERATOR = "scripts/build_mirror.py"

# Names and a city (usually the capital) only dress the page footers; validation uses the codes.
# CODE:Name:City, underscores for spaces.
_JURISDICTION_TABLE = """
AL:Alabama:Montgomery AK:Alaska:Juneau AZ:Arizona:Phoenix AR:Arkansas:Little_Rock
CA:California:Sacramento CO:Colorado:Denver CT:Connecticut:Hartford DE:Delaware:Dover
DC:District_of_Columbia:Washington FL:Florida:Tallahassee GA:Georgia:Atlanta HI:Hawaii:Honolulu
ID:Idaho:Boise IL:Illinois:Springfield IN:Indiana:Indianapolis IA:Iowa:Des_Moines KS:Kansas:Topeka
KY:Kentucky:Frankfort LA:Louisiana:Baton_Rouge ME:Maine:Augusta MD:Maryland:Baltimore
MA:Massachusetts:Boston MI:Michigan:Lansing MN:Minnesota:Saint_Paul MS:Mississippi:Jackson
MO:Missouri:Jefferson_City MT:Montana:Helena NE:Nebraska:Lincoln NV:Nevada:Carson_City
NH:New_Hampshire:Concord NJ:New_Jersey:Trenton NM:New_Mexico:Santa_Fe NY:New_York:Albany
NC:North_Carolina:Raleigh ND:North_Dakota:Bismarck OH:Ohio:Columbus OK:Oklahoma:Oklahoma_City
OR:Oregon:Salem PA:Pennsylvania:Harrisburg RI:Rhode_Island:Providence SC:South_Carolina:Columbia
SD:South_Dakota:Pierre TN:Tennessee:Nashville TX:Texas:Austin UT:Utah:Salt_Lake_City
VT:Vermont:Montpelier VA:Virginia:Richmond WA:Washington:Olympia WV:West_Virginia:Charleston
WI:Wisconsin:Madison WY:Wyoming:Cheyenne PR:Puerto_Rico:San_Juan GU:Guam:Hagatna
VI:U.S._Virgin_Islands:Charlotte_Amalie AS:American_Samoa:Pago_Pago
MP:Northern_Mariana_Islands:Saipan
"""
JURISDICTIONS: dict[str, tuple[str, str]] = {
    code: (name.replace("_", " "), capital.replace("_", " "))
    for code, name, capital in (row.split(":") for row in _JURISDICTION_TABLE.split())
}

SOURCE_KEYS_REQUIRED = ("id", "jurisdiction", "profession", "authority", "board", "url", "format", "verified")
SOURCE_KEYS_OPTIONAL = ("selector",)
REGISTRY_KEYS = ("id", "jurisdiction", "profession", "authority", "board", "url", "selector")
PAGE_KEYS_REQUIRED = ("source", "night", "title", "last_updated", "body")
PAGE_KEYS_OPTIONAL = ("http_status",)
ID_RE = re.compile(r"^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
FORMATS = ("html", "pdf")


class ContentError(Exception):
    """The mirror content is malformed; the message names the file, the entry and the key."""


@dataclass(frozen=True)
class SourceEntry:
    id: str
    jurisdiction: str
    profession: str
    authority: str
    board: str
    url: str
    selector: str | None
    format: str
    verified: str
    origin: str  # content file name, for messages


@dataclass(frozen=True)
class PageEntry:
    source: str
    night: str
    http_status: int
    title: str
    last_updated: dt.date
    body: str
    origin: str


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
    where = f"{origin}: [[source]] #{index + 1} ({raw.get('id', '?')})"
    _check_keys(raw, SOURCE_KEYS_REQUIRED, SOURCE_KEYS_OPTIONAL, where)
    for key in SOURCE_KEYS_REQUIRED + SOURCE_KEYS_OPTIONAL:
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            raise ContentError(f"{where}: {key} must be a non-empty string")
    sid = raw["id"]
    if not ID_RE.match(sid):
        raise ContentError(f"{where}: id {sid!r} is not a lowercase slug like 'wa-pt-statute'")
    jur = raw["jurisdiction"]
    if jur not in JURISDICTIONS:
        raise ContentError(f"{where}: jurisdiction {jur!r} is not a USPS code")
    expected_file = f"{jur.lower()}.toml"
    if origin != expected_file:
        raise ContentError(f"{where}: jurisdiction {jur} belongs in {expected_file}")
    if not sid.startswith(jur.lower() + "-"):
        raise ContentError(f"{where}: id {sid!r} must start with '{jur.lower()}-'")
    try:
        Profession(raw["profession"])
    except ValueError:
        raise ContentError(
            f"{where}: profession {raw['profession']!r} is not one of "
            f"{', '.join(p.value for p in Profession)}"
        ) from None
    try:
        Authority(raw["authority"])
    except ValueError:
        raise ContentError(
            f"{where}: authority {raw['authority']!r} is not one of {', '.join(a.value for a in Authority)}"
        ) from None
    url = raw["url"]
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.netloc or any(c.isspace() for c in url):
        raise ContentError(f"{where}: url {url!r} must be an absolute https URL")
    if raw["format"] not in FORMATS:
        raise ContentError(f"{where}: format {raw['format']!r} must be html or pdf")
    if raw["format"] == "pdf" and "selector" in raw:
        raise ContentError(f"{where}: a pdf source cannot have a selector")
    return SourceEntry(
        id=sid,
        jurisdiction=jur,
        profession=raw["profession"],
        authority=raw["authority"],
        board=raw["board"].strip(),
        url=url,
        selector=raw.get("selector"),
        format=raw["format"],
        verified=raw["verified"].strip(),
        origin=origin,
    )


def _parse_page(raw: dict, origin: str, index: int) -> PageEntry:
    where = f"{origin}: [[page]] #{index + 1} ({raw.get('source', '?')} {raw.get('night', '?')})"
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
    by_url: dict[str, SourceEntry] = {}
    for s in sources:
        if s.id in by_id:
            raise ContentError(f"{s.origin}: duplicate source id {s.id!r} (also in {by_id[s.id].origin})")
        if s.url in by_url:
            raise ContentError(
                f"{s.origin}: source {s.id!r} has the same url as "
                f"{by_url[s.url].id!r} ({s.url}); the mirror is keyed by url"
            )
        by_id[s.id] = s
        by_url[s.url] = s
    seen: set[tuple[str, str]] = set()
    for p in pages:
        if p.source not in by_id:
            raise ContentError(f"{p.origin}: [[page]] for unknown source {p.source!r}")
        if (p.source, p.night) in seen:
            raise ContentError(f"{p.origin}: two pages for {p.source} on {p.night}")
        seen.add((p.source, p.night))
    for s in sources:
        for night in NIGHTS:
            if (s.id, night) not in seen:
                raise ContentError(
                    f"{s.origin}: source {s.id!r} has no page for night {night} "
                    "(use http_status = 404 if it did not exist then)"
                )
    return sources, pages


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
        "# Each entry's comment says whether its URL was seen in a search of public pages.",
        "",
    ]
    for s in sorted(sources, key=lambda s: (s.jurisdiction, s.id)):
        verified = s.verified
        if verified.lower().startswith("unverified"):
            rest = verified.split(":", 1)[1].strip() if ":" in verified else ""
            lines.append(f"# UNVERIFIED: {_comment(rest)}".rstrip())
        else:
            lines.append(f"# verified: {_comment(verified)}")
        lines.append("[[source]]")
        for key in REGISTRY_KEYS:
            value = getattr(s, key)
            if value is None:
                continue
            lines.append(f"{key} = {_toml_str(value)}")
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


def _kind(s: SourceEntry) -> str:
    """Which family of site chrome fits the source."""
    if s.authority == "statute":
        return "legislature"
    if s.authority == "court":
        return "court"
    if s.authority == "ag_opinion":
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
    state, capital = JURISDICTIONS[s.jurisdiction]
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(s.url))
    kind = _kind(s)
    nav = "\n".join(f'    <a href="{e(origin + href)}">{e(label)}</a>' for label, href in NAV_ITEMS)
    news = "\n".join(
        f'    <li><a href="{e(origin)}/news/{i + 1}">{e(h)}</a></li>'
        for i, h in enumerate(_pick(NEWS_HEADLINES, s.id, 4))
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
<title>{e(p.title)} | {e(s.board)}</title>
<style>{STYLE}</style>
</head>
<body class="{kind}">
<a class="skip" href="#content">Skip to main content</a>
<header>
  <div class="brand"><strong>{e(s.board)}</strong><br><small>{tagline}</small></div>
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
  <address>{e(s.board)} &middot; {e(capital)}, {e(state)}</address>
  <p>&copy; {p.last_updated.year} {e(s.board)}. All rights reserved.</p>
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
<title>Page not found | {e(s.board)}</title>
</head>
<body>
<header><strong>{e(s.board)}</strong></header>
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
    pdf.set_author(to_ascii(s.board))
    pdf.set_creator(GENERATOR)
    pdf.set_producer(GENERATOR)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(width, 5, to_ascii(s.board), align="C", new_x="LMARGIN", new_y="NEXT")
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
) -> dict:
    night_dir = mirror_dir / night
    pages_dir = night_dir / "pages"
    if pages_dir.exists():
        shutil.rmtree(pages_dir)  # stale pages of removed sources must not linger
    pages_dir.mkdir(parents=True)
    by_id = {s.id: s for s in sources}
    entries: dict[str, dict] = {}
    for p in sorted((p for p in pages if p.night == night), key=lambda p: by_id[p.source].url):
        s = by_id[p.source]
        if p.http_status == 404:
            name = f"pages/{s.id}.html"
            (night_dir / name).write_text(render_not_found(s), encoding="utf-8")
            entries[s.url] = {
                "file": name,
                "status": 404,
                "content_type": "text/html; charset=utf-8",
                "final_url": s.url,
                "headers": {},
            }
            continue
        if s.format == "pdf":
            name = f"pages/{s.id}.pdf"
            (night_dir / name).write_bytes(render_pdf(s, p))
            ctype = "application/pdf"
        else:
            name = f"pages/{s.id}.html"
            (night_dir / name).write_text(render_html(s, p), encoding="utf-8")
            ctype = "text/html; charset=utf-8"
        entries[s.url] = {
            "file": name,
            "status": 200,
            "content_type": ctype,
            "final_url": s.url,
            "headers": {"Last-Modified": _http_date(p.last_updated)},
        }
    manifest = {
        "night": night,
        "generated_by": GENERATOR,
        "note": (
            "Paraphrased stand-in pages: each states the facts of one official source "
            "as they stood on this night, in our own words, inside imitation page chrome. "
            "Not copies of the official pages; see the URL for the authoritative text."
        ),
        "pages": dict(sorted(entries.items())),
    }
    (night_dir / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest


def build(
    content_dir: Path = CONTENT_DIR, registry_path: Path = REGISTRY_PATH, mirror_dir: Path = MIRROR_DIR
) -> tuple[int, int]:
    sources, pages = load_content(content_dir)
    registry = render_registry(sources)
    parsed = tomllib.loads(registry)  # never ship a registry we cannot read back
    if len(parsed.get("source", [])) != len(sources):
        raise ContentError("internal: the written registry does not round-trip")
    registry_path.parent.mkdir(parents=True, exist_ok=True)
    registry_path.write_text(registry, encoding="utf-8")
    for night in NIGHTS:
        build_night(night, sources, pages, mirror_dir)
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
