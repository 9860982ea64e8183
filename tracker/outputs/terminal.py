"""Terminal rendering for editors (rich): tables coloured by status, one state's full story,
the registry's coverage."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tracker.editorial.workflow import OPEN

if TYPE_CHECKING:
    from tracker.models import ConditionSource
    from tracker.sources.coverage import Coverage, SourceCoverage
    from tracker.store.queries import ChangeView, LegalityView, StateStory

COLOURS = {
    "permitted": "green",
    "prohibited": "red",
    "unaddressed": "yellow",
    "contested": "magenta",
    "not_yet_in_effect": "dark_orange",
    None: "dim",
}
REVIEW_MARKS = {
    "pending": "change pending review",
    "needs_review": "needs review",
    "overridden": "editor override",
}


def _status(value: str | None, words: str | None = None) -> Text:
    """The status name, coloured; ``not_yet_in_effect`` with its words ("in force from ...")."""
    text = value or "no data"
    if value == "not_yet_in_effect" and words:
        text = f"{value} ({words})"
    return Text(text, style=COLOURS.get(value, "bold"))


def _console(console: Console | None) -> Console:
    return console or Console(soft_wrap=False)


NARROW = 110  # below this terminal width the status table drops its less needed columns
TSV_COLUMNS = (
    "jurisdiction", "state", "published_status", "status", "review_state", "status_words", "conditions",
    "authority", "effective_date", "last_checked",
)  # fmt: skip
SHORT_MARKS = {"pending": "● pending", "needs_review": "● review", "overridden": "override"}


CHANGES_TSV_COLUMNS = (
    "id", "detected_at", "jurisdiction", "state", "profession", "old_status", "new_status", "authority",
    "review_state",
)  # fmt: skip
REVIEW_TSV_COLUMNS = (
    "id", "jurisdiction", "state", "profession", "kind", "old_status", "new_status", "published_status",
    "current_status", "note", "authority", "url", "evidence",
)  # fmt: skip


def tsv(rows: Iterable[Mapping[str, object]], columns: Sequence[str]) -> str:
    """Tab-separated text, one header line then one line per row; whitespace inside a cell
    (tabs, newlines) becomes one space, so every row stays one line."""

    def cell(value: Any) -> str:
        return " ".join(str(value).split()) if value is not None else ""

    lines = ["\t".join(columns)]
    lines += ["\t".join(cell(row.get(c)) for c in columns) for row in rows]
    return "\n".join(lines) + "\n"


def status_tsv(rows: list[LegalityView]) -> str:
    """The status table as tab-separated text (for pipes: ``scopewatch status | cut -f2,3``).
    ``status`` is the sources' current reading."""
    return tsv(
        (
            {
                **row,
                "conditions": row.get("conditions_summary") or "",
                "published_status": row.get("published_status") or row.get("status"),
            }
            for row in rows
        ),
        TSV_COLUMNS,
    )


def _layout(out: Console, fmt: str) -> str:
    """``tsv`` (asked for, or ``auto`` and the output is no terminal), ``narrow`` (a terminal
    below :data:`NARROW` columns) or ``wide``."""
    if fmt == "tsv" or (fmt == "auto" and not out.is_terminal):
        return "tsv"
    return "narrow" if out.width < NARROW else "wide"


def _write(out: Console, text: str) -> None:
    out.file.write(text)
    out.file.flush()


def _plain(*cells: str | Text) -> list[Text]:
    """Table cells as text, never as Rich markup: page text and URLs may hold "[/]" or
    "[link=...]" (a crash, or a hidden terminal link)."""
    return [cell if isinstance(cell, Text) else Text(cell) for cell in cells]


def print_status_table(rows: list[LegalityView], console: Console | None = None, fmt: str = "auto") -> None:
    """Every row: the published status beside the sources' reading, with review marks.

    ``fmt``: ``table``, ``tsv``, or ``auto`` (TSV when the output is not a terminal, a narrow
    table below :data:`NARROW` columns, the full table otherwise).
    """
    out = _console(console)
    layout = _layout(out, fmt)
    if layout == "tsv":
        _write(out, status_tsv(rows))
        return
    narrow = layout == "narrow"
    table = Table(title="Dry needling legality", show_lines=False, pad_edge=not narrow)
    table.add_column("State", no_wrap=True)
    table.add_column("Published", no_wrap=True)
    table.add_column("Sources say", no_wrap=True)
    table.add_column("Review", no_wrap=True)
    table.add_column("Conditions", overflow="fold", ratio=1)
    if not narrow:
        for column in ("Authority", "In effect since", "Last checked"):
            table.add_column(column, no_wrap=True)
    for row in rows:
        published = row.get("published_status") or row["status"]
        current = row["status"]
        review = row.get("review_state") or ""
        cells: list[Any] = [
            row["jurisdiction"] if narrow else row["state"],
            _status(published, None if narrow or published != current else row.get("status_words")),
            _status(current, None if narrow else row.get("status_words"))
            if current != published or not narrow
            else Text("same", style="dim"),
            (SHORT_MARKS if narrow else REVIEW_MARKS).get(review, ""),
            row.get("conditions_summary") or "",
        ]
        if not narrow:
            cells += [
                row.get("authority") or "",
                row.get("effective_date") or "",
                (row.get("last_checked") or "")[:10],
            ]
        table.add_row(*_plain(*cells))
    out.print(table)


def print_story(story: StateStory, console: Console | None = None) -> None:
    out = _console(console)
    head = Text(f"{story['state']} ({story['jurisdiction']}), {story['profession']}: ", style="bold")
    head += _status(story.get("status"), story.get("status_words"))
    published = story.get("published_status")
    awaiting = story.get("review_state") in {s.value for s in OPEN}
    if published and (published != story.get("status") or awaiting):
        head += Text("  [published: ")
        head += _status(published)
        head += Text("; awaiting review]" if awaiting else "]")
    out.print(head)
    override = story.get("override")
    if override:
        out.print(
            f"  editor override by {override['by']} at {override['at']}: {override['note']}"
            f" (the sources say {story.get('source_status')})"
        )
    fields = [
        ("conditions", "" if story.get("condition_sources") else "none stated"),
        ("evidence", story.get("evidence")),
        ("source", story.get("url")),
        ("authority", " / ".join(x for x in (story.get("authority"), story.get("board")) if x)),
        ("effective", story.get("effective_date")),
        ("enacted", story.get("enacted_date")),
        ("first seen", story.get("first_seen")),
        ("last checked", story.get("last_checked")),
        ("conflicting", ", ".join(story.get("conflicting_sources") or []) or "none"),
        ("review", " - ".join(x for x in (story.get("review_state"), story.get("review_reason")) if x)),
        ("published", story.get("published_status")),
    ]
    for label, value in fields:
        if label == "conditions" and not value:
            _print_conditions(out, story.get("condition_sources") or [])
        elif value:
            out.print(f"  {label + ':':<14}{value}", markup=False, highlight=False)
    changes = story.get("changes") or []
    out.print(f"  history: {len(changes)} change{'s' if len(changes) != 1 else ''}")
    for change in changes:
        out.print(
            f"    #{change['id']} {change['detected_at'][:10]} {change['kind']}: "
            f"{change['old_status']} -> {change['new_status']} [{change['review_state']}]"
            + (f" {change['note']}" if change.get("note") else ""),
            markup=False,
            highlight=False,
        )


def _print_conditions(out: Console, lines: list[ConditionSource]) -> None:
    """Each condition with the source that states it (the governing one), then any other
    source stating it: 'also X' when it agrees, 'X says ...' when its value differs."""
    out.print("  conditions:", highlight=False)
    for line in lines:
        text = f"{line['source_id']} ({line['authority']})"
        text += "".join(f"; also {sid}" for sid in line["also"])
        text += "".join(f"; {d['source_id']} ({d['authority']}) says {d['text']}" for d in line["differing"])
        out.print(f"    {line['text']:<22}{text}", markup=False, highlight=False)


def print_changes(rows: list[ChangeView], console: Console | None = None, fmt: str = "auto") -> None:
    """The recorded status changes; ``fmt`` as for :func:`print_status_table` (TSV when piped,
    a narrow table, without profession and authority, below :data:`NARROW` columns)."""
    out = _console(console)
    layout = _layout(out, fmt)
    if layout == "tsv":
        _write(out, tsv(rows, CHANGES_TSV_COLUMNS))
        return
    if not rows:
        out.print("No status changes recorded.")
        return
    narrow = layout == "narrow"
    table = Table(title="Status changes", pad_edge=not narrow)
    columns = ("ID", "Detected", "State", "Change", "Review") if narrow else (
        "ID", "Detected", "State", "Profession", "Change", "Authority", "Review"
    )  # fmt: skip
    for column in columns:
        table.add_column(column, no_wrap=column != "Change", overflow="fold")
    for row in rows:
        change = Text.assemble(_status(row["old_status"]), " -> ", _status(row["new_status"]))
        review = row["review_state"] or ""
        if narrow:
            cells: list[str | Text] = [
                str(row["id"]), row["detected_at"][:10], row["jurisdiction"], change,
                SHORT_MARKS.get(review, review),
            ]  # fmt: skip
        else:
            cells = [
                str(row["id"]), row["detected_at"][:10], row["state"], row["profession"], change,
                row.get("authority") or "", review,
            ]  # fmt: skip
        table.add_row(*_plain(*cells))
    out.print(table)


def print_review_list(rows: list[dict[str, Any]], console: Console | None = None, fmt: str = "auto") -> None:
    """Open review items with evidence and links; ``fmt`` as for :func:`print_status_table`
    (TSV when piped; below :data:`NARROW` columns each evidence line is cut to the width)."""
    out = _console(console)
    layout = _layout(out, fmt)
    if layout == "tsv":
        _write(out, tsv(rows, REVIEW_TSV_COLUMNS))
        return
    if not rows:
        out.print("Nothing to review.")
        return
    narrow = layout == "narrow"
    for row in rows:
        place = row["jurisdiction"] if narrow else f"{row['state']} ({row['profession']})"
        head = Text(f"#{row['id']} {place} ", style="bold")
        if row["kind"] == "status":
            head += Text.assemble(_status(row["old_status"]), " -> ", _status(row["new_status"]))
        else:
            head += Text(f"needs review: {row.get('note') or ''}", style="yellow")
        out.print(head)
        published, sources = (
            ("    published: ", "; sources: ") if narrow else ("    published now: ", "; the sources say ")
        )
        out.print(
            Text.assemble(
                published, _status(row.get("published_status")), sources, _status(row.get("current_status"))
            )
        )
        if row.get("evidence"):
            evidence = Text(f"    evidence: {row['evidence']}", no_wrap=narrow, overflow="ellipsis")
            out.print(evidence, highlight=False)
        if row.get("url"):
            out.print(f"    source:   {row['url']} ({row.get('authority')})", markup=False, highlight=False)
    out.print(
        f"{len(rows)} item(s): scopewatch review accept ID | reject ID [--note TEXT] | override STATE ..."
    )


# --- coverage (``scopewatch sources check``) ----------------------------------------------


def _source_flags(row: SourceCoverage) -> str:
    flags = []
    if row["pdf"]:
        flags.append("PDF")
    if row["failing"]:
        flags.append(f"FAILING x{row['consecutive_failures']} ({row['last_outcome']})")
    elif row["consecutive_failures"]:
        flags.append(f"failed x{row['consecutive_failures']} ({row['last_outcome']})")
    if row["never_fetched"]:
        flags.append("never fetched")
    if row["stale"]:
        flags.append(f"stale since {row['last_success']}")
    return ", ".join(flags) or "ok"


def verified_line(cov: Coverage) -> str:
    """``Verified URLs: 74 of 104 (71%)``: sources whose registry entry says how the URL was checked."""
    count, total = cov["verified"]["count"], cov["verified"]["total"]
    share = f"{100 * count / total:.0f}%" if total else "-"
    return f"Verified URLs: {count} of {total} ({share}); unverified: {len(cov['verified']['unverified'])}"


def summary_lines(cov: Coverage) -> list[str]:
    """The closing lists: no source, never fetched, stale, failing, PDFs, then the verified share."""
    lines = []
    for items, label in (
        (cov["no_source"], "Jurisdictions with no source"),
        (cov["never_fetched"], "Never fetched"),
        (cov["stale"], f"Not verified for more than {cov['stale_days']} days"),
        (cov["failing"], "Failing"),
        (cov["pdf"], "PDF sources"),
    ):
        lines.append(f"{label} ({len(items)}): {', '.join(items) or 'none'}")
    lines.append(verified_line(cov))
    return lines


def to_text(cov: Coverage) -> str:
    """Plain text for ``scopewatch sources check`` (one line per jurisdiction and profession)."""
    lines = [
        (
            f"Coverage as of {cov['now']} (stale after {cov['stale_days']} days, "
            f"failing after {cov['failing_after']} failed runs in a row)"
        ),
        "",
    ]
    for place in cov["jurisdictions"]:
        for entry in place["professions"]:
            covered = ", ".join(entry["authorities"]) or "-"
            missing = ", ".join(entry["missing"]) or "-"
            lines.append(
                f"{place['jurisdiction']}  {place['state']:<22} {entry['profession']:<22} "
                f"covered: {covered:<32} missing: {missing}"
            )
    lines.append("")
    lines.append("Sources:")
    for row in cov["sources"]:
        lines.append(f"  {row['id']:<32} {row['jurisdiction']} {row['authority']:<15} {_source_flags(row)}")
    lines.append("")
    lines.extend(summary_lines(cov))
    return "\n".join(lines) + "\n"


def to_rich(cov: Coverage) -> Table:
    """A rich table of the same content: one row per jurisdiction and profession."""
    table = Table(title=f"Source coverage as of {cov['now']}")
    for column in ("Code", "State", "Profession", "Covered", "Missing", "Sources"):
        table.add_column(column)
    flags = {row["id"]: _source_flags(row) for row in cov["sources"]}
    for place in cov["jurisdictions"]:
        for entry in place["professions"]:
            srcs = "\n".join(f"{sid}: {flags[sid]}" for sid in entry["sources"]) or "no source"
            table.add_row(
                *_plain(
                    place["jurisdiction"],
                    place["state"],
                    entry["profession"],
                    ", ".join(entry["authorities"]) or "-",
                    ", ".join(entry["missing"]) or "-",
                    srcs,
                ),
                style=None if place["has_source"] else "dim",
            )
    return table


def print_coverage(cov: Coverage, console: Console | None = None) -> None:
    """What ``scopewatch sources check`` prints: the rich table, then the closing lists."""
    console = console or Console()
    console.print(to_rich(cov))
    for line in summary_lines(cov):
        console.print(line, markup=False, highlight=False)
