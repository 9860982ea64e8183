"""UTC timestamps as scopewatch writes them everywhere: ISO 8601, seconds, a ``Z``.

Dependency-free on purpose: the crawler process imports it and nothing else of the store.
"""

from __future__ import annotations

import datetime as dt


def utcnow() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
