"""The TOML table checker shared by the registry and the notification settings."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tracker.errors import RegistryError, UsageError
from tracker.tomltables import check_table


@dataclass(frozen=True)
class Inner:
    port: int | None = None
    to: list[str] | None = field(default=None, metadata={"what": "a list of addresses"})
    sender: str | None = field(default=None, metadata={"key": "from"})


@dataclass(frozen=True)
class Outer:
    name: str
    timeout: float | None = None
    tls: bool | None = None
    email: Inner | None = None


def test_values_come_back_checked_and_normalised() -> None:
    table = {"name": " x ", "timeout": 3, "email": {"port": 25, "to": [" a@b "], "from": "me"}}
    assert check_table(table, Outer, "f.toml") == {
        "name": "x",
        "timeout": 3.0,
        "email": {"port": 25, "to": ["a@b"], "sender": "me"},
    }
    assert check_table({"name": "x"}, Outer, "f.toml") == {"name": "x"}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"name": "x", "nmae": 1}, "f.toml: unknown key 'nmae' (allowed: name, timeout, tls, [email])"),
        ({"name": "x", "email": {"sender": "me"}}, "unknown key 'email.sender' (allowed: port, to, from)"),
        ({}, "f.toml: missing or empty key 'name'"),
        ({"name": "  "}, "f.toml: missing or empty key 'name'"),
        ({"name": 3}, "f.toml: key 'name' must be a non-empty string"),
        ({"name": "x", "tls": "yes"}, "key 'tls' must be true or false"),
        ({"name": "x", "timeout": True}, "key 'timeout' must be a number"),
        ({"name": "x", "email": 3}, "key 'email' must be a table ([email])"),
        ({"name": "x", "email": {"port": "25"}}, "key 'email.port' must be an integer"),
        ({"name": "x", "email": {"port": False}}, "key 'email.port' must be an integer"),
        ({"name": "x", "email": {"to": "a@b"}}, "key 'email.to' must be a list of addresses"),
        ({"name": "x", "email": {"to": ["a@b", ""]}}, "key 'email.to' must be a list of addresses"),
    ],
)
def test_bad_tables_name_the_key(table: dict[str, object], message: str) -> None:
    with pytest.raises(UsageError) as info:
        check_table(table, Outer, "f.toml")
    assert message in str(info.value)


def test_the_caller_chooses_the_error() -> None:
    with pytest.raises(RegistryError, match="source 'a': not a table"):
        check_table([1], Outer, "source 'a'", error=RegistryError)
