"""HTML to text: the selected region (or the body minus page furniture), one block element
per line, a blank line between paragraphs.

Kept apart from :mod:`tracker.fetch.extract` so that BeautifulSoup, soupsieve and lxml.html
are imported only when a page is read, not by every process that imports the crawler.
"""

from __future__ import annotations

import logging
import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag
from bs4.element import NavigableString
from cssselect import SelectorError
from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

from tracker.fetch.extract import ExtractError

log = logging.getLogger("tracker.fetch.extract")  # the warnings users know, as before

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


def html_text(markup: str, *, selector: str | None = None, url: str = "") -> str:
    """Text of decoded HTML (see :func:`tracker.fetch.extract.extract_text`)."""
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
