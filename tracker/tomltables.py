"""Check a TOML table against a dataclass: the one validator of scopewatch's TOML files.

The dataclass's fields are the allowed keys (``field(metadata={"key": "from"})`` when the TOML
key is not a Python name), their annotations the types, and a field without a default is
required. A field whose type is itself such a dataclass is a sub-table (``[email]``). The
messages name the file or entry and the key, so a user can fix it:

- ``unknown key 'selectr' (allowed: id, jurisdiction, ...)``
- ``missing or empty key 'board'``
- ``key 'email.port' must be an integer`` (``metadata={"what": "a list of addresses"}``
  words the expected type in the domain's terms)

Used by the source registry (``tracker.sources.registry``) and the notification settings
(``tracker.outputs.notify``).
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any

from tracker.errors import ScopewatchError, UsageError

WHAT = {
    str: "a non-empty string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    list: "a list of non-empty strings",
}


def base_type(hint: Any) -> Any:
    """``str | None`` -> ``str``, ``list[str]`` -> ``list``; a dataclass stays itself."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        kinds = [a for a in typing.get_args(hint) if a is not type(None)]
        return base_type(kinds[0])
    return typing.get_origin(hint) or hint


@functools.cache
def keys(schema: type) -> dict[str, dataclasses.Field[Any]]:
    """The TOML key of each field of ``schema`` (its ``metadata["key"]`` or its name)."""
    return {f.metadata.get("key", f.name): f for f in dataclasses.fields(schema)}


@functools.cache
def _hints(schema: type) -> dict[str, Any]:
    # once per schema, not once per table: a registry of 10,000 sources spent 4 s here
    return typing.get_type_hints(schema)


def check_table(
    table: Any,
    schema: type,
    where: str,
    *,
    error: type[ScopewatchError] = UsageError,
    prefix: str = "",
) -> dict[str, Any]:
    """``{field name: value}`` for the keys of ``table`` present, checked against ``schema``.

    Strings come back stripped, lists of strings stripped item by item, an integer for a float
    field as a float, a sub-table as its own such dict. Anything else raises ``error`` with
    ``where`` (the file, or the entry in it) and the key (``prefix`` + key) in its message.
    """
    if not isinstance(table, dict):
        raise error(f"{where}: not a table")
    fields = keys(schema)
    hints = _hints(schema)
    for key in table:
        if key not in fields:
            allowed = ", ".join(
                f"[{prefix}{k}]" if dataclasses.is_dataclass(base_type(hints[f.name])) else k
                for k, f in fields.items()
            )
            raise error(f"{where}: unknown key {prefix + key!r} (allowed: {allowed})")
    values: dict[str, Any] = {}
    for key, name_, required, kind, what in _plan(schema):
        name = prefix + key
        value = table.get(key)
        if value is None or (isinstance(value, str) and not value.strip() and required):
            if required:
                raise error(f"{where}: missing or empty key {name!r}")
            continue
        if what is None:  # a sub-table
            if not isinstance(value, dict):
                raise error(f"{where}: key {name!r} must be a table ([{name}])")
            values[name_] = check_table(value, kind, where, error=error, prefix=f"{name}.")
            continue
        checked = _checked(value, kind)
        if checked is None:
            raise error(f"{where}: key {name!r} must be {what}")
        values[name_] = checked
    return values


@functools.cache
def _plan(schema: type) -> list[tuple[str, str, bool, Any, str | None]]:
    """Per field of ``schema``, once: its TOML key, its name, whether it is required, its base
    type and how a message words it (None for a sub-table). A registry of 10,000 sources
    asked ``typing`` for each field's base type 70,000 times (bench/README.md)."""
    hints = _hints(schema)
    plan = []
    for key, f in keys(schema).items():
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        kind = base_type(hints[f.name])
        table = isinstance(kind, type) and dataclasses.is_dataclass(kind)
        plan.append((key, f.name, required, kind, None if table else f.metadata.get("what", WHAT[kind])))
    return plan


def _checked(value: Any, kind: type) -> Any:
    """``value`` as ``kind`` (None when it is not one)."""
    if kind is str:
        return value.strip() if isinstance(value, str) and value.strip() else None
    if kind is bool:
        return value if isinstance(value, bool) else None
    if kind is int:
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if kind is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok else None
    if kind is list:
        ok = isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
        return [v.strip() for v in value] if ok else None
    raise TypeError(f"no TOML check for {kind!r}")  # a schema bug, not the user's
