"""Jurisdictions: the 50 states and DC (territories accepted), names from the ``us`` package."""

from __future__ import annotations

from functools import lru_cache

import us

from tracker.errors import UsageError


@lru_cache(maxsize=1)
def core_codes() -> tuple[str, ...]:
    """The 51 jurisdictions every coverage check expects: 50 states and DC, by name."""
    states = [*us.states.STATES, us.states.DC]
    return tuple(s.abbr for s in sorted(states, key=lambda s: s.name))


@lru_cache(maxsize=1)
def known_codes() -> frozenset[str]:
    return frozenset(core_codes()) | {t.abbr for t in us.states.TERRITORIES}


def is_known(code: str) -> bool:
    return code in known_codes()


def name(code: str) -> str:
    state = us.states.lookup(code) if code in known_codes() else None
    return state.name if state else code


def parse(value: str) -> str:
    """A USPS code or a state name -> the code; anything else is a UsageError listing valid codes."""
    text = value.strip()
    if text.upper() in known_codes():
        return text.upper()
    state = us.states.lookup(text) if text else None
    if state is not None and state.abbr in known_codes():
        return str(state.abbr)
    raise UsageError(f"unknown state {value!r}: use a USPS code or name, one of {', '.join(core_codes())}")
