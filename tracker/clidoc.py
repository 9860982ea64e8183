"""The README's CLI reference, rendered from the commands' own ``--help`` (a test keeps it true).

Regenerate with ``python -m tracker.clidoc --write``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from tracker.cli import cli

START = "<!-- cli-reference:start -->"
END = "<!-- cli-reference:end -->"
README = Path(__file__).resolve().parents[1] / "README.md"


def _walk(command: click.Command, path: list[str]) -> list[tuple[list[str], click.Command]]:
    found = [(path, command)]
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            found.extend(_walk(command.commands[name], [*path, name]))
    return found


def render() -> str:
    """Each command's real ``--help`` output, as a user sees it at 100 columns."""
    runner = CliRunner()
    parts = []
    for path, _command in _walk(cli, ["scopewatch"]):
        result = runner.invoke(
            cli, [*path[1:], "--help"], prog_name="scopewatch", terminal_width=100, max_content_width=100
        )
        parts.append(f"### `{' '.join(path)}`\n\n```text\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


def splice(readme: str, reference: str) -> str:
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    if not pattern.search(readme):
        raise SystemExit(f"README has no {START} ... {END} block")
    return pattern.sub(lambda _m: f"{START}\n{reference}\n{END}", readme)


def main() -> None:
    readme = README.read_text()
    updated = splice(readme, render())
    if "--write" in sys.argv:
        README.write_text(updated)
    elif updated != readme:
        print("README's CLI reference is out of date: run python -m tracker.clidoc --write")
        sys.exit(1)


if __name__ == "__main__":
    main()
