"""Terminal rendering for editors (rich): tables coloured by status, one state's full story."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

COLOURS = {
    "permitted": "green",
    "prohibited": "red",
    "unaddressed": "yellow",
    "contested": "magenta",
    None: "dim",
}
REVIEW_MARKS = {
    "pending": "change pending review",
    "needs_review": "needs review",
    "overridden": "editor override",
}


def _status(value: str | None) -> Text:
    return Text(value or "no data", style=COLOURS.get(value, "bold"))


def _console(console: Console | None) -> Console:
    return console or Console(soft_wrap=False)


def print_status_table(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    table = Table(title="Dry needling legality", show_lines=False)
    for column in ("State", "Status", "Conditions", "Authority", "In effect since", "Last checked", "Review"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            row["state"],
            _status(row["status"]),
            row.get("conditions_summary") or "",
            row.get("authority") or "",
            row.get("effective_date") or "",
            (row.get("last_checked") or "")[:10],
            REVIEW_MARKS.get(row.get("review_state") or "", ""),
        )
    _console(console).print(table)


def print_story(story: dict[str, Any], console: Console | None = None) -> None:
    out = _console(console)
    out.print(
        Text(f"{story['state']} ({story['jurisdiction']}), {story['profession']}: ", style="bold")
        + _status(story.get("status"))
    )
    override = story.get("override")
    if override:
        out.print(
            f"  editor override by {override['by']} at {override['at']}: {override['note']}"
            f" (the sources say {story.get('source_status')})"
        )
    fields = [
        ("conditions", story.get("conditions_summary") or "none stated"),
        ("evidence", story.get("evidence")),
        ("source", story.get("url")),
        ("authority", " / ".join(x for x in (story.get("authority"), story.get("board")) if x)),
        ("effective", story.get("effective_date")),
        ("first seen", story.get("first_seen")),
        ("last checked", story.get("last_checked")),
        ("conflicting", ", ".join(story.get("conflicting_sources") or []) or "none"),
        ("review", " - ".join(x for x in (story.get("review_state"), story.get("review_reason")) if x)),
        ("published", story.get("published_status")),
    ]
    for label, value in fields:
        if value:
            out.print(f"  {label + ':':<14}{value}", highlight=False)
    changes = story.get("changes") or []
    out.print(f"  history: {len(changes)} change{'s' if len(changes) != 1 else ''}")
    for change in changes:
        out.print(
            f"    #{change['id']} {change['detected_at'][:10]} {change['kind']}: "
            f"{change['old_status']} -> {change['new_status']} [{change['review_state']}]",
            highlight=False,
        )


def print_changes(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    out = _console(console)
    if not rows:
        out.print("No status changes recorded.")
        return
    table = Table(title="Status changes")
    for column in ("ID", "Detected", "State", "Profession", "Change", "Authority", "Review"):
        table.add_column(column, overflow="fold")
    for row in rows:
        change = Text.assemble(_status(row["old_status"]), " -> ", _status(row["new_status"]))
        table.add_row(
            str(row["id"]),
            row["detected_at"][:10],
            row["state"],
            row["profession"],
            change,
            row.get("authority") or "",
            row["review_state"],
        )
    out.print(table)


def print_review_list(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    out = _console(console)
    if not rows:
        out.print("Nothing to review.")
        return
    for row in rows:
        head = Text(f"#{row['id']} {row['state']} ({row['profession']}) ", style="bold")
        if row["kind"] == "status":
            head += Text.assemble(_status(row["old_status"]), " -> ", _status(row["new_status"]))
        else:
            head += Text(f"needs review: {row.get('note') or ''}", style="yellow")
        out.print(head)
        if row.get("evidence"):
            out.print(f"    evidence: {row['evidence']}", highlight=False)
        if row.get("url"):
            out.print(f"    source:   {row['url']} ({row.get('authority')})", highlight=False)
    out.print(
        f"{len(rows)} item(s): scopewatch review accept ID | reject ID --note TEXT | override STATE ..."
    )
