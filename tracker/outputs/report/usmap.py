"""An inline SVG tile-grid map of the US: one square per state and DC, coloured by status.

Positions follow the familiar tile-grid arrangement (Alaska top left, Maine top right,
Hawaii and Texas on the bottom row). Every text that reaches the SVG is XML-escaped here,
because the templates insert the SVG as markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from tracker.models import status_words
from tracker.sources import jurisdictions

# (column, row) per USPS code; 12 columns x 8 rows.
TILES: dict[str, tuple[int, int]] = {
    "AK": (0, 0), "ME": (11, 0),
    "VT": (10, 1), "NH": (11, 1),
    "WA": (1, 2), "ID": (2, 2), "MT": (3, 2), "ND": (4, 2), "MN": (5, 2), "IL": (6, 2),
    "WI": (7, 2), "MI": (8, 2), "NY": (9, 2), "RI": (10, 2), "MA": (11, 2),
    "OR": (1, 3), "NV": (2, 3), "WY": (3, 3), "SD": (4, 3), "IA": (5, 3), "IN": (6, 3),
    "OH": (7, 3), "PA": (8, 3), "NJ": (9, 3), "CT": (10, 3),
    "CA": (1, 4), "UT": (2, 4), "CO": (3, 4), "NE": (4, 4), "MO": (5, 4), "KY": (6, 4),
    "WV": (7, 4), "VA": (8, 4), "MD": (9, 4), "DE": (10, 4),
    "AZ": (2, 5), "NM": (3, 5), "KS": (4, 5), "AR": (5, 5), "TN": (6, 5), "NC": (7, 5),
    "SC": (8, 5), "DC": (9, 5),
    "OK": (4, 6), "LA": (5, 6), "MS": (6, 6), "AL": (7, 6), "GA": (8, 6),
    "HI": (1, 7), "TX": (4, 7), "FL": (9, 7),
}  # fmt: skip

NO_DATA = "no_data"
# status -> (label, fill, text colour); colour-blind-safe hues, text contrast >= 4.5:1.
PALETTE: dict[str, tuple[str, str, str]] = {
    "permitted": ("Permitted", "#2b7bba", "#ffffff"),
    "prohibited": ("Prohibited", "#c0392b", "#ffffff"),
    # reddish purple from the Okabe-Ito colour-blind-safe set; black text (contrast about 7:1)
    "not_yet_in_effect": ("Not yet in effect", "#cc79a7", "#000000"),
    "contested": ("Contested", "#e69f00", "#000000"),
    "unaddressed": ("Unaddressed", "#c8c8c8", "#000000"),
    NO_DATA: ("No data", "#ffffff", "#555555"),
}
SIZE = 44
GAP = 4


PENDING_MARK = "#111111"


def tile_title(code: str, status: str, authority: str | None, entry: Mapping[str, Any] | None = None) -> str:
    """ "Colorado: permitted (rule)", or with a review open "Colorado: permitted published;
    the sources say prohibited, awaiting review (rule)". ``entry``: the tile's map data
    (``current``, ``pending``, ``effective_date``, ``awaiting_rules``)."""
    entry = entry or {}
    label = status_words(status, entry.get("effective_date"), entry.get("awaiting_rules"))
    text = f"{jurisdictions.name(code)}: {label}"
    current, pending = entry.get("current"), bool(entry.get("pending"))
    if pending or (current and current != status):
        text += " published"
        if current and current != status:
            text += f"; the sources say {status_words(current, None, None)}"
        if pending:
            text += ", awaiting review"
    return f"{text} ({authority})" if authority else text


def svg(states: Mapping[str, Mapping[str, Any]], profession: str = "physical_therapist") -> str:
    """The ``<svg id="us-map">`` markup for ``states``: code -> {"status", "authority",
    "current", "pending"}.

    A tile's colour is ``status`` (the published one); a tile whose row awaits review gets the
    class ``pending`` and a black corner dot (the legend counts them). Codes without an entry
    (or outside the grid) are drawn as "no data"; territories, which have no place on the
    grid, are left out.
    """
    step = SIZE + GAP
    width = 12 * step
    grid_height = 8 * step
    counts: dict[str, int] = {}
    pending_count = 0
    tiles: list[str] = []
    for code, (col, row) in TILES.items():
        entry = states.get(code) or {}
        status = str(entry.get("status") or NO_DATA)
        if status not in PALETTE:
            status = NO_DATA
        counts[status] = counts.get(status, 0) + 1
        _, fill, ink = PALETTE[status]
        x, y = col * step, row * step
        pending = bool(entry.get("pending"))
        pending_count += pending
        title = tile_title(code, status, entry.get("authority"), entry)
        dash = ' stroke-dasharray="4 3"' if status == NO_DATA else ""
        dot = (
            f'<circle class="pending-mark" cx="{x + SIZE - 7}" cy="{y + 7}" r="5" fill="{PENDING_MARK}" '
            'stroke="#ffffff" stroke-width="1.5"/>'
            if pending
            else ""
        )
        tiles.append(
            f'<g id="tile-{code}" class="tile status-{status}{" pending" if pending else ""}">'
            f"<title>{escape(title)}</title>"
            f'<rect x="{x}" y="{y}" width="{SIZE}" height="{SIZE}" rx="4" fill="{fill}" '
            f'stroke="#555555"{dash}/>'
            f'<text x="{x + SIZE / 2:g}" y="{y + SIZE / 2 + 5:g}" text-anchor="middle" '
            f'font-family="sans-serif" font-size="14" font-weight="bold" fill="{ink}">{code}</text>'
            f"{dot}</g>"
        )
    legend: list[str] = []
    x, y = 0, grid_height + 8
    items = [
        (f"status-{status}", f"{label} ({counts.get(status, 0)})", fill)
        for status, (label, fill, _) in PALETTE.items()
    ]
    items.append(("pending", f"Awaiting review ({pending_count})", PENDING_MARK))
    for css, text, fill in items:
        item_width = 19 + 7 * len(text) + 14
        if x and x + item_width > width:  # wrap the legend under the map
            x, y = 0, y + 20
        swatch = (
            f'<circle cx="{x + 7}" cy="{y + 7}" r="5" fill="{fill}"/>'
            if css == "pending"
            else f'<rect x="{x}" y="{y}" width="14" height="14" fill="{fill}" stroke="#555555"/>'
        )
        legend.append(
            f'<g class="legend-item {css}">{swatch}'
            f'<text x="{x + 19}" y="{y + 12}" font-family="sans-serif" font-size="12" '
            f'fill="#222222">{escape(text)}</text></g>'
        )
        x += item_width
    height = y + 24
    summary = ", ".join(f"{counts[s]} {PALETTE[s][0].lower()}" for s in PALETTE if counts.get(s))
    if pending_count:
        summary += f"; {pending_count} awaiting review"
    aria = f"Map of published dry needling status for {profession.replace('_', ' ')}s by state: {summary}"
    return (
        f'<svg id="us-map" role="img" aria-label="{escape(aria)}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
        + "".join(tiles)
        + f'<g class="legend">{"".join(legend)}</g></svg>'
    )
