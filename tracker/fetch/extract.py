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

from tracker.errors import ScopewatchError

log = logging.getLogger(__name__)

Kind = Literal["html", "pdf", "text"]


class ExtractError(ScopewatchError):
    """The bytes cannot be turned into text (unparsable PDF, binary junk, bad selector)."""


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


def html_text(markup: str, *, selector: str | None = None, url: str = "") -> str:
    """Text of decoded HTML (see :func:`extract_text`); :mod:`tracker.fetch.html` does it, imported
    on the first page, so a run that reads no page (all 304s) never imports BeautifulSoup,
    soupsieve or lxml.html (about 0.15 s of a warm run's start, bench/README.md)."""
    from tracker.fetch.html import html_text as text_of

    return text_of(markup, selector=selector, url=url)


def clean_text(text: str) -> str:
    """Extracted text with control characters dropped and footnote markers taken off
    sentence ends (linear regular expressions, no backtracking)."""
    text = _CONTROL.sub("", text)
    text = _MARKER_AFTER.sub("", text)
    return _MARKER_BEFORE.sub("", text)


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
