"""Old migrations are frozen: they call no live model code."""

from __future__ import annotations

import ast
from pathlib import Path

import tracker.store.migrations as migrations


def test_migrations_import_no_tracker_module() -> None:
    # a migration that calls live code changes what it did when that code changes
    tree = ast.parse(Path(migrations.__file__).read_text())
    imported = [
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    ]
    assert [m for m in imported if m and m.startswith("tracker")] == []
