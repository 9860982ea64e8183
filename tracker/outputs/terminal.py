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


def print_status_table(rows: list[dict[str, Any]], console: Console | None = None) -> None:
    table = Table(title="Dry needling legality", show_lines=False)
    for column in ("State", "Status", "Conditions", "Authority", "In effect since", "Last checked", "Review"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            row["state"],
            _status(row["status"], row.get("status_words")),
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
        + _status(story.get("status"), story.get("status_words"))
    )
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
            out.print(f"  {label + ':':<14}{value}", highlight=False)
    changes = story.get("changes") or []
    out.print(f"  history: {len(changes)} change{'s' if len(changes) != 1 else ''}")
    for change in changes:
        out.print(
            f"    #{change['id']} {change['detected_at'][:10]} {change['kind']}: "
            f"{change['old_status']} -> {change['new_status']} [{change['review_state']}]"
            + (f" {change['note']}" if change.get("note") else ""),
            highlight=False,
        )


def _print_conditions(out: Console, lines: list[dict[str, Any]]) -> None:
    """Each condition with the source that states it (the governing one first), then any
    other source stating it: 'also X' when it agrees, 'X says ...' when its value differs."""
    out.print("  conditions:", highlight=False)
    governing = [line for line in lines if line.get("governing")]
    for head in governing:
        others = [
            line for line in lines if line["condition"] == head["condition"] and not line.get("governing")
        ]
        text = f"{head['source_id']} ({head['authority']})"
        for other in others:
            if other["value"] == head["value"]:
                text += f"; also {other['source_id']}"
            else:
                text += f"; {other['source_id']} ({other['authority']}) says {other['text']}"
        out.print(f"    {head['text']:<22}{text}", highlight=False)


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
