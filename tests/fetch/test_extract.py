"""extract_text / sniff_kind on bytes: no network, no crawler."""

from __future__ import annotations

import logging
import os

import pytest

from tests.site import make_pdf
from tracker.fetch.extract import ExtractError, extract_text, html_text, sniff_kind

PAGE = """<!DOCTYPE html><html><head><title>Board</title>
<style>p { color: red }</style><script>var nav = "SCRIPT TEXT";</script></head>
<body>
<header class="site-header"><a href="/">Board home</a> BANNER TEXT</header>
<nav><ul><li>NAV ONE</li><li>NAV TWO</li></ul></nav>
<div class="breadcrumbs">Home &gt; CRUMB TEXT</div>
<div id="mainMenu">MENU TEXT</div>
<a class="skip-link" href="#main">SKIP TEXT</a>
<main id="main">
  <h1>Dry   needling</h1>
  <p>Physical therapists may perform
     dry needling.</p>
  <p>They must complete <b>50 hours</b> of training.<br>Line after break.</p>
  <ul><li>first item</li><li>second item</li></ul>
</main>
<aside class="sidebar">SIDEBAR TEXT</aside>
<div role="navigation">ROLE NAV TEXT</div>
<div class="cookie-banner">COOKIE TEXT</div>
<form>FORM TEXT</form>
<noscript>NOSCRIPT TEXT</noscript>
<footer>FOOTER TEXT</footer>
</body></html>"""

FURNITURE = (
    "SCRIPT",
    "BANNER",
    "NAV ONE",
    "CRUMB",
    "MENU",
    "SKIP",
    "SIDEBAR",
    "ROLE NAV",
    "COOKIE",
    "FORM",
    "NOSCRIPT",
    "FOOTER",
)


def test_body_without_boilerplate() -> None:
    text = extract_text(PAGE.encode(), "text/html; charset=utf-8")
    for word in FURNITURE:
        assert word not in text
    assert text == (
        "Dry needling\n\n"
        "Physical therapists may perform dry needling.\n\n"
        "They must complete 50 hours of training.\nLine after break.\n\n"
        "first item\nsecond item"
    )


def test_selector_region() -> None:
    text = extract_text(PAGE.encode(), "text/html", selector="main p")
    assert text.startswith("Physical therapists may perform dry needling.")
    assert "Dry needling" not in text and "first item" not in text


def test_selector_matching_nothing_falls_back_with_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="tracker.fetch.extract"):
        text = extract_text(PAGE.encode(), "text/html", selector="#nowhere", url="http://x/")
    assert "Physical therapists may perform dry needling." in text
    assert "NAV ONE" not in text
    assert "matched nothing" in caplog.text


def test_invalid_selector() -> None:
    with pytest.raises(ExtractError, match="invalid CSS selector"):
        extract_text(PAGE.encode(), "text/html", selector="main[")


def test_content_wrappers_and_article_headers_survive() -> None:
    html = b"""<html><body><div class="page with-sidebar"><article>
    <header><h1>Position statement</h1></header><p>Dry needling is within scope.</p>
    </article><div class="sidebar">Links</div></div>
    <p class="unavailable">Hours unavailable on holidays.</p></body></html>"""
    text = extract_text(html, "text/html")
    assert "Position statement" in text
    assert "Dry needling is within scope." in text
    assert "Hours unavailable on holidays." in text  # "unavailable" is not "nav"
    assert "Links" not in text


def test_tables_pre_and_deep_nesting() -> None:
    deep = "<div>" * 3000 + "<p>Deep text.</p>" + "</div>" * 3000
    html = (
        f"<html><body><table><tr><th>Rule</th><td>12.5</td></tr></table>"
        f"<pre>line one\nline two</pre>{deep}</body></html>"
    )
    text = extract_text(html.encode(), "text/html")
    assert "Rule | 12.5" in text
    assert "line one\nline two" in text
    assert text.endswith("Deep text.")


def test_windows_1252_from_argument_and_meta() -> None:
    raw = "<p>Caf\u00e9 \u2019dry needling\u2019 \u2013 r\u00e9sum\u00e9</p>".encode("cp1252")
    assert (
        extract_text(raw, "text/html", encoding="windows-1252")
        == "Caf\u00e9 \u2019dry needling\u2019 \u2013 r\u00e9sum\u00e9"
    )
    # latin-1 labels mean windows-1252, as in browsers
    assert "\u2019dry" in extract_text(raw, "text/html", encoding="ISO-8859-1")
    meta = b'<html><head><meta charset="windows-1252"></head><body>' + raw + b"</body></html>"
    assert "Caf\u00e9 \u2019dry needling\u2019" in extract_text(meta, "text/html")
    equiv = (
        b'<html><head><meta http-equiv="Content-Type" content="text/html; '
        b'charset=iso-8859-1"></head><body>' + raw + b"</body></html>"
    )
    assert "Caf\u00e9 \u2019dry needling\u2019" in extract_text(equiv, None)
    # no declaration: utf-8 if it decodes, else windows-1252
    assert "\u2019dry" in extract_text(b"<p>" + raw + b"</p>", "text/html")
    assert extract_text("<p>na\u00efve</p>".encode(), "text/html") == "na\u00efve"


def test_pdf_text() -> None:
    body = make_pdf("Dry needling is within the scope of physical therapy practice.", "Training: 50 hours.")
    assert sniff_kind(body, "application/pdf", "x.pdf") == "pdf"
    text = extract_text(body, "application/pdf")
    assert "Dry needling is within the scope of physical therapy practice." in text
    assert "Training: 50 hours." in text


def test_sniff_trusts_the_bytes() -> None:
    pdf = make_pdf("Hello.")
    html = b"<!DOCTYPE html><html><body><p>Hi</p></body></html>"
    assert sniff_kind(pdf, "text/html", "http://x/page.html") == "pdf"
    assert sniff_kind(html, "application/pdf", "http://x/doc.pdf") == "html"
    assert sniff_kind(b"\xef\xbb\xbf<html><p>x</p></html>", None, "") == "html"
    assert sniff_kind(b"Plain statute text.", "text/plain", "http://x/a.txt") == "text"
    assert sniff_kind(b"Section 1.", None, "http://x/rule.html") == "html"
    assert extract_text(html, "application/pdf") == "Hi"
    assert "Hello." in extract_text(pdf, "text/html")


def test_plain_text_paragraphs() -> None:
    body = b"Rule 1.   Dry needling\n  is permitted.\n\n\n\nRule 2. Consent.\n"
    assert extract_text(body, "text/plain") == "Rule 1. Dry needling\nis permitted.\n\nRule 2. Consent."
    utf16 = "Dry needling \u2019ok\u2019".encode("utf-16")
    assert extract_text(utf16, "text/plain") == "Dry needling \u2019ok\u2019"


def test_unparsable_pdf() -> None:
    with pytest.raises(ExtractError, match="unparsable PDF"):
        extract_text(b"%PDF-1.7\n" + b"\x00garbage" * 50, "application/pdf", url="http://x/a.pdf")


def test_binary_junk() -> None:
    junk = os.urandom(4096)
    with pytest.raises(ExtractError, match="binary content"):
        extract_text(junk, "text/html")
    with pytest.raises(ExtractError, match="binary content"):
        extract_text(junk, "application/octet-stream")


def test_empty_page_is_empty_text() -> None:
    assert extract_text(b"", "text/html") == ""
    assert extract_text(b"<html><body><nav>menu</nav>  </body></html>", "text/html") == ""


def test_selector_body_still_drops_page_furniture() -> None:
    page = (
        "<html><body><header>Board of Things</header><nav>Home | Dry Needling FAQ</nav>"
        "<main><p>The rule.</p><nav>In-page menu</nav></main><footer>Page last updated: May 1, 2025</footer>"
        "</body></html>"
    )
    assert html_text(page, selector="body") == "The rule."
    assert html_text(page, selector="main") == "The rule."
    assert html_text(page, selector="p, main") == "The rule."  # nested matches: the outermost wins


DECISIVE = "Physical therapists may not perform dry needling."


@pytest.mark.parametrize("selector", ["main", None])
def test_markup_deeper_than_libxml2_keeps_its_text(selector: str | None) -> None:
    """300 unclosed <font> tags (old pages) and 20,000 nested <div>s: no text silently dropped,
    and boilerplate removal stays linear (the quadratic version took minutes here)."""
    fonts = f"<html><body><main>{'<font>' * 300}<p>{DECISIVE}</p></main><footer>F</footer></body></html>"
    assert extract_text(fonts.encode(), "text/html", selector=selector) == DECISIVE
    divs = "<div class='level'>x " * 20000 + DECISIVE + "</div>" * 20000
    page = f"<html><body><nav>NAV</nav><main>{divs}</main></body></html>"
    text = extract_text(page.encode(), "text/html", selector=selector)
    assert text.endswith(DECISIVE) and "NAV" not in text


@pytest.mark.parametrize("marker", ["[1]", "1", "*", "\u2020", "\u00b9", "(2)", "[12]", "\u2021\u2021"])
def test_footnote_markers_after_a_sentence_are_dropped(marker: str) -> None:
    page = f"<main><p>{DECISIVE}{marker} The next sentence.</p></main>"
    assert extract_text(page.encode(), "text/html") == f"{DECISIVE} The next sentence."


def test_footnote_marker_before_the_full_stop_and_numbers_kept() -> None:
    assert extract_text(b"<p>They may not perform dry needling[1].</p>", "text/html") == (
        "They may not perform dry needling."
    )
    kept = "Rule 4.1 applies. See 18 U.S.C. 1. Chapter IV.2 too."
    assert extract_text(f"<p>{kept}</p>".encode(), "text/html") == kept


def test_nul_and_control_characters_are_dropped_not_fatal() -> None:
    body = b"<p>" + DECISIVE.encode().replace(b"not", b"n\x00ot") + b"\x00\x01\x1b</p>" + b"<p>ok</p>" * 10
    assert extract_text(body, "text/html") == f"{DECISIVE}\n\nok" + "\n\nok" * 9
    assert extract_text(b"Plain\x00 text.\x07", "text/plain") == "Plain text."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("declared", ["header", "argument"])
def test_utf16_and_utf32_with_a_declared_charset_and_no_bom(codec: str, declared: str) -> None:
    body = f"<html><body><p>{DECISIVE} Caf\u00e9.</p></body></html>".encode(codec)
    label = codec.rsplit("-", 1)[0]  # "utf-16": no byte order, as servers usually say
    if declared == "header":
        text = extract_text(body, f"text/html; charset={label}")
    else:  # what Scrapy passes on (it calls an unmarked utf-16 big-endian)
        text = extract_text(body, "text/html", encoding=f"{label}-be")
    assert text == f"{DECISIVE} Caf\u00e9."
