"""A DNS resolver with a hosts override, so tests can give a loopback server a public
name (``SCOPEWATCH_HOSTS = {"public.scopewatch.test": "127.0.0.1"}``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer


class HostsOverrideResolver(CachingThreadedResolver):
    hosts: dict[str, str]

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> HostsOverrideResolver:
        resolver = super().from_crawler(crawler, reactor)
        resolver.hosts = {
            k.lower(): v for k, v in (crawler.settings.getdict("SCOPEWATCH_HOSTS") or {}).items()
        }
        return resolver

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred[str]:
        hosts = getattr(self, "hosts", {})
        if name.lower() in hosts:
            return defer.succeed(hosts[name.lower()])
        return super().getHostByName(name, timeout)


def parse_hosts(spec: str | None) -> dict[str, str]:
    """``"a.test=127.0.0.1,b.test=127.0.0.1"`` (the SCOPEWATCH_HOSTS env var) -> dict."""
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if "=" in part:
            name, ip = part.split("=", 1)
            out[name.strip().lower()] = ip.strip()
    return out
