"""Text out of fetched bytes: HTML (a selector region, or the body minus boilerplate),
PDF (pypdf) and plain text.

Pure functions, no I/O: the crawler calls them on response bodies, ``classify FILE``
on local files. The output has one block element per line, whitespace inside a line
collapsed, and a blank line between paragraphs, so sentence splitting works.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Literal

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag
from bs4.dammit import EncodingDetector
from bs4.element import NavigableString
from cssselect import SelectorError
from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

from tracker.errors import ScopewatchError

log = logging.getLogger(__name__)

Kind = Literal["html", "pdf", "text"]


class ExtractError(ScopewatchError):
    """The bytes cannot be turned into text (unparsable PDF, binary junk, bad selector)."""


# Tags whose content is never prose.
_ALWAYS_DROP = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "object")
# Page furniture, dropped from the page body.
_BOILERPLATE_TAGS = ("nav", "header", "footer", "aside", "form")
# Tokens of class/id/role values that mark furniture ("site-nav", "mainMenu", "cookie-banner").
_BOILERPLATE_TOKENS = ("nav", "menu", "breadcrumb", "sidebar", "footer", "skip", "cookie")
_CONTENT_TAGS = ("main", "article")

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hgroup",
        "hr",
        "legend",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "body",
        "html",
        "header",
        "footer",
        "nav",
        "aside",
        "form",
    ]
)
_LINE_TAGS = frozenset(("li", "dt", "dd", "tr", "caption"))
_CELL_TAGS = frozenset(("td", "th"))
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)

_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|"
    rb"p|div|h[1-6]|table|span|section|article|main|link|script|style|br|a)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_LATIN1_ALIASES = frozenset(
    ("iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "iso_8859-1", "cp819")
)


def sniff_kind(body: bytes, content_type: str | None = None, url: str = "") -> Kind:
    """Decide what the bytes are; the bytes outrank the header, the header the URL.

    ``%PDF-`` near the start is a PDF whatever the server says; markup is HTML even if
    served as ``application/pdf``.
    """
    head = body[:1024]
    if b"%PDF-" in head:
        return "pdf"
    sample = _strip_bom(body[:4096])
    if _HTML_START.search(sample):
        return "html"
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in ("text/html", "application/xhtml+xml") or (
        not ctype and re.search(r"\.(s?html?|php|aspx?|jsp)$", url.split("?")[0], re.IGNORECASE)
    ):
        return "html"
    if b"<" in sample and re.search(rb"</?(p|div|br|table|body|html)[\s>/]", sample, re.IGNORECASE):
        return "html"
    return "text"


def extract_text(
    body: bytes,
    content_type: str | None = None,
    *,
    url: str = "",
    selector: str | None = None,
    encoding: str | None = None,
) -> str:
    """The readable text of a page; ``""`` when it has none (callers decide what that means).

    ``selector`` (CSS) picks the region that matters in HTML; when it matches nothing the
    whole cleaned body is used and a warning is logged. ``encoding`` is the decided
    encoding (HTTP header or ``<meta>``); without it the ``<meta>`` is read here.
    Raises :class:`ExtractError` on an unparsable PDF, binary junk or a bad selector.
    """
    kind = sniff_kind(body, content_type, url)
    if kind == "pdf":
        return _pdf_text(body, url)
    if _looks_binary(body):
        where = f" at {url}" if url else ""
        raise ExtractError(f"binary content{where}: not HTML, PDF or text")
    if kind == "html":
        return html_text(_decode(body, encoding, is_html=True), selector=selector, url=url)
    return _normalise(_decode(body, encoding, is_html=False).splitlines())


def html_text(markup: str, *, selector: str | None = None, url: str = "") -> str:
    """Text of decoded HTML (see :func:`extract_text`)."""
    if selector:
        fragment = _preselect(markup, selector)
        if fragment is not None:
            # only the selected region goes through BeautifulSoup: building the whole page's
            # tree (every nav link and sidebar item) was most of a crawl's CPU (bench/README.md)
            soup = BeautifulSoup(fragment, "lxml")
            for tag in soup.find_all(_ALWAYS_DROP):
                tag.decompose()
            holder = soup.body or soup
            return _render_roots([t for t in holder.find_all(recursive=False) if isinstance(t, Tag)])
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup.find_all(_ALWAYS_DROP):
        tag.decompose()
    roots: list[Tag] = []
    if selector:
        try:
            matched = soup.select(selector)
        except Exception as exc:  # soupsieve raises several types for bad CSS
            raise ExtractError(f"invalid CSS selector {selector!r}: {exc}") from exc
        roots = _outermost(matched)
        if not roots:
            log.warning(
                "selector %r matched nothing at %s; using the whole page", selector, url or "(no url)"
            )
    if not roots:
        body = soup.body or soup
        roots = [body] if isinstance(body, Tag) else []
    return _render_roots(roots)


def _render_roots(roots: list[Tag]) -> str:
    parts = []
    for root in roots:
        _drop_boilerplate(root)
        parts.append(_render(root))
    return "\n\n".join(p for p in parts if p)


def _preselect(markup: str, selector: str) -> str | None:
    """The outermost elements matching ``selector``, as markup, found with lxml alone.

    None when lxml cannot parse the page or the selector, or nothing matches: the caller then
    takes the slower BeautifulSoup path, which reports those cases.
    """
    try:
        doc = lxml_html.document_fromstring(markup)
        matched = CSSSelector(selector, translator="html")(doc)
    except (ValueError, etree.LxmlError, SelectorError):  # the slow path explains them
        return None
    chosen = set(matched)
    outermost = [el for el in matched if not any(a in chosen for a in el.iterancestors())]
    if not outermost or any(el.tag in ("html", "body") for el in outermost):
        return None  # the whole page anyway: nothing to save, and the parser would unwrap it
    return "".join(lxml_html.tostring(el, encoding="unicode", with_tail=False) for el in outermost)


def _outermost(tags: list[Tag]) -> list[Tag]:
    chosen = set(map(id, tags))
    return [t for t in tags if not any(id(p) in chosen for p in t.parents)]


def _furniture_attr(tag: Tag) -> bool:
    values: list[str] = []
    for attr in ("class", "id", "role"):
        value = tag.get(attr)
        if isinstance(value, list):
            values.extend(value)
        elif value:
            values.append(str(value))
    for value in values:
        # camelCase -> camel-case, then split on anything not a letter or digit
        spaced = re.sub(r"([a-z])([A-Z])", r"\1-\2", value).lower()
        for token in re.split(r"[^a-z0-9]+", spaced):
            if token and any(token.startswith(w) or token.endswith(w) for w in _BOILERPLATE_TOKENS):
                return True
    return False


def _drop_boilerplate(root: Tag) -> None:
    """Remove page furniture below ``root``, never the main content itself."""
    total = len(root.get_text(" ", strip=True)) or 1
    doomed: list[Tag] = []
    doomed_ids: set[int] = set()
    for tag in root.find_all(True):
        if any(id(p) in doomed_ids for p in tag.parents):
            continue
        if tag.name in ("html", "body", *_CONTENT_TAGS) or tag.get("role") == "main":
            continue
        if tag.name in _BOILERPLATE_TAGS:
            # an <article>'s own <header> is its title, not the site banner
            if tag.name in ("header", "footer") and tag.find_parent(_CONTENT_TAGS):
                continue
            doomed.append(tag)
            doomed_ids.add(id(tag))
        elif _furniture_attr(tag):
            # a wrapper such as <div class="with-sidebar"> holding the content stays
            if tag.find(_CONTENT_TAGS) or tag.select_one("[role=main]"):
                continue
            if len(tag.get_text(" ", strip=True)) > 0.6 * total and total > 200:
                continue
            doomed.append(tag)
            doomed_ids.add(id(tag))
    for tag in doomed:
        tag.decompose()


_PARA, _LINE = "\x00P", "\x00L"


def _render(root: Tag) -> str:
    """Walk the tree without recursion (deep markup must not hit the recursion limit)."""
    out: list[str] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and node in (_PARA, _LINE, "\x00C"):
            out.append(" | " if node == "\x00C" else node)
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, _SKIP_STRINGS):
                continue
            parent = node.parent
            if parent is not None and (parent.name == "pre" or parent.find_parent("pre")):
                out.append(str(node).replace("\n", _LINE))
            else:
                out.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name == "br":
            out.append(_LINE)
            continue
        if name in _BLOCK_TAGS and name not in _LINE_TAGS:
            marker: str | None = _PARA
        elif name in _LINE_TAGS:
            marker = _LINE
        else:
            marker = None
        if marker:
            out.append(marker)
            stack.append(marker)
        elif name in _CELL_TAGS:
            stack.append("\x00C")
        stack.extend(reversed(list(node.children)))
    return _assemble("".join(out))


def _assemble(raw: str) -> str:
    lines: list[str] = []
    for para in raw.split(_PARA):
        para_lines = [re.sub(r"\s+", " ", ln).strip(" |") for ln in para.split(_LINE)]
        para_lines = [ln.strip() for ln in para_lines if ln.strip()]
        if para_lines:
            lines.append("\n".join(para_lines))
    return "\n\n".join(lines)


def _normalise(raw_lines: list[str]) -> str:
    """Plain text: collapse spaces inside lines, keep one blank line between paragraphs."""
    out: list[str] = []
    for line in raw_lines:
        line = re.sub(r"\s+", " ", line).strip()
        if line:
            out.append(line)
        elif out and out[-1] != "":
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def _pdf_text(body: bytes, url: str) -> str:
    from pypdf import PdfReader  # imported late: only PDFs pay for it

    where = f" at {url}" if url else ""
    try:
        reader = PdfReader(io.BytesIO(body[body.find(b"%PDF-") :]), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many types on broken files
        raise ExtractError(f"unparsable PDF{where}: {type(exc).__name__}: {exc}") from exc
    paragraphs = [_reflow(p) for p in pages]
    return "\n\n".join(p for p in paragraphs if p)


def _reflow(page: str) -> str:
    """Join a PDF's hard-wrapped lines: a line starting in lower case continues the last."""
    out: list[str] = []
    for line in page.splitlines():
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            if out and out[-1] != "":
                out.append("")
        elif out and out[-1] and (line[0].islower() or out[-1].endswith(("-", ","))):
            out[-1] = f"{out[-1]}{'' if out[-1].endswith('-') else ' '}{line}"
        else:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


def _strip_bom(data: bytes) -> bytes:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(bom):
            return data[len(bom) :]
    return data


def _looks_binary(body: bytes) -> bool:
    if body.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a BOM has NULs and is text
    sample = body[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return controls / len(sample) > 0.05


def _decode(body: bytes, encoding: str | None, *, is_html: bool) -> str:
    if encoding:
        name = encoding.strip().lower()
        if name in _LATIN1_ALIASES:
            name = "cp1252"  # what browsers do, and what these pages mean
        try:
            return body.decode(name, errors="replace")
        except LookupError:
            log.warning("unknown encoding %r; guessing", encoding)
    for bom, name in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if body.startswith(bom):
            return body.decode(name, errors="replace").lstrip("\ufeff")
    declared = EncodingDetector.find_declared_encoding(body, is_html=is_html) if is_html else None
    candidates = [declared] if declared else []
    candidates += ["utf-8", "cp1252"]
    for name in candidates:
        name = "cp1252" if name.lower() in _LATIN1_ALIASES else name
        try:
            return body.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("cp1252", errors="replace")
