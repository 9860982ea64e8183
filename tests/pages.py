"""Board-like pages for tests: our own sentences inside realistic chrome."""

from __future__ import annotations

import html
from pathlib import Path

from tests.site import TestSite


def board_page(
    board: str, title: str, *paragraphs: str, updated: str = "January 5, 2025", charset: str = "utf-8"
) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html><head><meta charset="{charset}"><title>{html.escape(title)}</title>
<script>var tracker = "dry needling is not within the scope";</script>
<style>main {{ max-width: 40em; }}</style></head>
<body>
<header><strong>{html.escape(board)}</strong>
<nav><a href="/">Home</a> | <a href="/licensing">Licensing</a> |
<a href="/dn">Dry Needling FAQ</a></nav></header>
<main id="content"><h1>{html.escape(title)}</h1>
{body}
</main>
<aside class="sidebar"><h2>Related news</h2><a href="/news/1">Bill would ban dry needling</a></aside>
<footer>123 Capitol Way. Copyright 2025. Page last updated: {html.escape(updated)}</footer>
</body></html>"""


def registry(path: Path, site: TestSite, entries: list[tuple[str, str, str, str, str]]) -> Path:
    """Write a registry: entries of (id, jurisdiction, authority, path, selector or '')."""
    blocks = []
    for source_id, code, authority, route, selector in entries:
        lines = [
            "[[source]]",
            f'id = "{source_id}"',
            f'jurisdiction = "{code}"',
            'profession = "physical_therapist"',
            f'authority = "{authority}"',
            f'board = "{code} Board of Physical Therapy"',
            f'url = "{site.url(route)}"',
        ]
        if selector:
            lines.append(f'selector = "{selector}"')
        blocks.append("\n".join(lines))
    path.write_text("\n\n".join(blocks) + "\n")
    return path
