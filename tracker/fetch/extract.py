"""Text out of fetched bytes: HTML (a selector region, or the body minus boilerplate),
PDF (pdfium, via pypdfium2) and plain text.

Pure functions, no I/O: the crawler calls them on response bodies, ``classify FILE``
on local files. The output has one block element per line, whitespace inside a line
collapsed, and a blank line between paragraphs, so sentence splitting works.
"""

from __future__ import annotations

import logging
import re
from typing import Literal

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag
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
        return clean_text(_pdf_text(body, url))
    text = _decode(body, encoding, content_type, is_html=kind == "html")
    if _looks_binary(text):
        where = f" at {url}" if url else ""
        raise ExtractError(f"binary content{where}: not HTML, PDF or text")
    text = _CONTROL.sub("", text)  # before parsing: lxml would turn a NUL into U+FFFD
    if kind == "html":
        return clean_text(html_text(text, selector=selector, url=url))
    return clean_text(_normalise(text.splitlines()))


# Control characters other than tab and newline, and the replacement character: stray NULs
# in a page must neither reject it nor split a sentence.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\ufeff]")
# A footnote marker right after a sentence's end ("needling.[1]", "needling.1", "needling.*",
# "needling.†") or just before it ("needling[1]."): the classifier reads it as more sentence.
_MARKER_AFTER = re.compile(
    r"(?<=[a-z\)\]\"'\u2019\u201d][.!?])(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}|[*\u2020\u2021\u00a7]+"
    r"|[\u00b9\u00b2\u00b3\u2070-\u2079]+)(?=\s|$)"
)
_MARKER_BEFORE = re.compile(
    r"(?<=[a-z\)])(?:\[\d{1,3}\]|[*\u2020\u2021]+|[\u00b9\u00b2\u00b3\u2070-\u2079]+)(?=[.!?;:,](?:\s|$))"
)


def clean_text(text: str) -> str:
    """Extracted text with control characters dropped and footnote markers taken off
    sentence ends (linear regular expressions, no backtracking)."""
    text = _CONTROL.sub("", text)
    text = _MARKER_AFTER.sub("", text)
    return _MARKER_BEFORE.sub("", text)


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

    None when lxml cannot parse the page or the selector, nothing matches, or the markup is
    nested deeper than libxml2 keeps (it would drop the text below silently): the caller
    then takes the BeautifulSoup path, which reports those cases and keeps deep text.
    """
    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        doc = lxml_html.document_fromstring(markup, parser=parser)
        matched = CSSSelector(selector, translator="html")(doc)
    except (ValueError, etree.LxmlError, SelectorError):  # the slow path explains them
        return None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        log.info("markup nested too deeply for lxml; parsing it with BeautifulSoup")
        return None
    chosen = set(matched)
    outermost = [el for el in matched if not any(a in chosen for a in el.iterancestors())]
    if not outermost or any(el.tag in ("html", "body") for el in outermost):
        return None  # the whole page anyway: nothing to save, and the parser would unwrap it
    return "".join(lxml_html.tostring(el, encoding="unicode", with_tail=False) for el in outermost)


def _outermost(tags: list[Tag]) -> list[Tag]:
    """The matches not inside another match, in one walk (``.parents`` per tag is quadratic
    on deep markup)."""
    chosen = set(map(id, tags))
    if len(tags) < 2:
        return tags
    inside: set[int] = set()
    keep: list[Tag] = []
    for tag in _tags_in_order(tags[0].find_parent("[document]") or tags[0]):
        parent = tag.parent
        if parent is not None and (id(parent) in inside or id(parent) in chosen):
            inside.add(id(tag))
        elif id(tag) in chosen:
            keep.append(tag)
    return keep


def _tags_in_order(root: Tag) -> list[Tag]:
    """``root`` and every tag below it, parents before children (no recursion)."""
    return [root, *(d for d in root.descendants if isinstance(d, Tag))]


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
    """Remove page furniture below ``root``, never the main content itself.

    Linear in the size of the tree: one walk down (ancestry facts), one walk up (text
    length, content below), one walk down (decisions), whatever the nesting depth.
    """
    tags = _tags_in_order(root)
    parent_of = {id(t): t.parent for t in tags}
    in_content = {id(root): root.find_parent(_CONTENT_TAGS) is not None}  # below a <main>/<article>
    for tag in tags[1:]:
        parent = parent_of[id(tag)]
        assert parent is not None
        in_content[id(tag)] = in_content[id(parent)] or parent.name in _CONTENT_TAGS
    text_len: dict[int, int] = dict.fromkeys(map(id, tags), 0)
    content_below: dict[int, bool] = dict.fromkeys(map(id, tags), False)
    for node in root.descendants:
        if isinstance(node, NavigableString) and not isinstance(node, _SKIP_STRINGS):
            size = len(node.strip())
            if size and node.parent is not None and id(node.parent) in text_len:
                text_len[id(node.parent)] += size + 1
    for tag in reversed(tags):
        parent = parent_of[id(tag)]
        if tag is root or parent is None or id(parent) not in text_len:
            continue
        text_len[id(parent)] += text_len[id(tag)]
        if content_below[id(tag)] or tag.name in _CONTENT_TAGS or tag.get("role") == "main":
            content_below[id(parent)] = True
    total = text_len[id(root)] or 1
    doomed: list[Tag] = []
    under_doomed: set[int] = set()
    for tag in tags:
        parent = parent_of[id(tag)]
        if parent is not None and id(parent) in under_doomed:
            under_doomed.add(id(tag))
            continue
        if tag is root or tag.name in ("html", "body", *_CONTENT_TAGS) or tag.get("role") == "main":
            continue
        if tag.name in _BOILERPLATE_TAGS:
            # an <article>'s own <header> is its title, not the site banner
            if tag.name in ("header", "footer") and in_content[id(tag)]:
                continue
        elif _furniture_attr(tag):
            # a wrapper such as <div class="with-sidebar"> holding the content stays
            if content_below[id(tag)]:
                continue
            if text_len[id(tag)] > 0.6 * total and total > 200:
                continue
        else:
            continue
        doomed.append(tag)
        under_doomed.add(id(tag))
    for tag in doomed:
        tag.decompose()


_PARA, _LINE = "\x00P", "\x00L"
_END_PRE = object()


def _render(root: Tag) -> str:
    """Walk the tree without recursion (deep markup must not hit the recursion limit)."""
    out: list[str] = []
    stack: list[object] = [root]
    pre_depth = 0  # how many <pre> the walk is inside: their newlines are line breaks
    while stack:
        node = stack.pop()
        if node is _END_PRE:
            pre_depth -= 1
            continue
        if isinstance(node, str) and node in (_PARA, _LINE, "\x00C"):
            out.append(" | " if node == "\x00C" else node)
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, _SKIP_STRINGS):
                continue
            if pre_depth:
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
        if name == "pre":
            pre_depth += 1
            stack.append(_END_PRE)
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
    # pdfium gives the same text as pypdf did on the bench's PDFs and the mirror's, line for
    # line, in 40 % of the time (bench/README.md); imported late: only PDFs pay for it
    import pypdfium2 as pdfium

    where = f" at {url}" if url else ""
    pages: list[str] = []
    try:
        doc = pdfium.PdfDocument(body[body.find(b"%PDF-") :], password="")
        try:
            for index in range(len(doc)):
                page = doc[index]
                textpage = page.get_textpage()
                pages.append(textpage.get_text_range())
                textpage.close()
                page.close()
        finally:
            doc.close()
    except Exception as exc:  # PdfiumError and friends on broken or encrypted files
        raise ExtractError(f"unparsable PDF{where}: {type(exc).__name__}: {exc}") from exc
    paragraphs = [_reflow(p.replace("\r\n", "\n").replace("\r", "\n")) for p in pages]
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


# control characters other than tab, newline, carriage return and form feed; DEL; U+FFFD
_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def _looks_binary(text: str) -> bool:
    """Decoded text that is mostly control or undecodable characters is not a page."""
    sample = text[:8192]
    if not sample:
        return False
    junk = len(_JUNK.findall(sample))  # one pass in C: a loop in Python cost 0.3 ms a page
    return junk > max(16, 0.05 * len(sample))  # a few stray NULs are cleaned, not fatal


_WIDE = re.compile(r"^(utf-?16|utf-?32|ucs-?2|ucs-?4)(?:[-_]?(le|be))?$")


def _decode(body: bytes, encoding: str | None, content_type: str | None, *, is_html: bool) -> str:
    """Bytes to text with w3lib's rules (BOM, then the HTTP charset or ``encoding``, then
    ``<meta>``, then UTF-8 if it decodes, else windows-1252; latin-1 labels mean windows-1252).

    UTF-16/32 declared without a byte order are decoded in the order the bytes show (w3lib
    assumes big-endian; most such pages are little-endian).
    """
    from w3lib.encoding import html_to_unicode, resolve_encoding

    declared = encoding or _charset(content_type)
    if declared and (wide := _WIDE.match(declared.strip().lower().replace("_", "-"))):
        return _decode_wide(body, 32 if "32" in wide.group(1) or "4" in wide.group(1) else 16, wide.group(2))
    if declared and resolve_encoding(declared) is None:
        log.warning("unknown encoding %r; guessing", declared)
        declared = None
    header = f"text/html; charset={declared}" if declared else None
    if not is_html and declared is None:
        header = "text/plain"  # a <meta> inside plain text is not a declaration

    def guess(data: bytes) -> str:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return "cp1252"
        return "utf-8"

    _name, text = html_to_unicode(header, body, default_encoding="cp1252", auto_detect_fun=guess)
    return text.lstrip("\ufeff")


def _charset(content_type: str | None) -> str | None:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def _decode_wide(body: bytes, bits: int, order: str | None) -> str:
    boms = {
        16: ((b"\xff\xfe", "le"), (b"\xfe\xff", "be")),
        32: ((b"\xff\xfe\x00\x00", "le"), (b"\x00\x00\xfe\xff", "be")),
    }
    for bom, bom_order in boms[bits]:
        if body.startswith(bom):
            body, order = body[len(bom) :], bom_order
            break
    else:
        # The bytes outrank the label (Scrapy and w3lib call an unmarked "utf-16" big-endian):
        # ASCII-heavy text has its zero bytes at the high end of each unit.
        width = bits // 8
        sample = body[: 4096 - 4096 % width]
        low_zeros = sample[0::width].count(0)
        high_zeros = sample[width - 1 :: width].count(0)
        if abs(high_zeros - low_zeros) > len(sample) // width // 10:
            order = "le" if high_zeros > low_zeros else "be"
    order = order or "le"
    return body.decode(f"utf-{bits}-{order}", errors="replace")


def extract_page(
    body: bytes, content_type: str | None, url: str, selector: str | None, encoding: str | None
) -> str:
    """:func:`extract_text` with positional arguments: what the crawl sends to a worker process."""
    return extract_text(body, content_type, url=url, selector=selector, encoding=encoding)
