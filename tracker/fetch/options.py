"""A crawl's options and their defaults: the one home of the crawler's politeness settings.

The CLI's option defaults, ``scrapers/settings.py`` and the crawler child's Scrapy settings
are all built from :class:`CrawlOptions`, so a default changes in one place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, TypedDict

import tracker

USER_AGENT = (
    f"scopewatch/{tracker.__version__} (+https://github.com/scopewatch/scopewatch; regulation tracker)"
)
PER_DOMAIN = 2  # requests in flight per site while there is a politeness delay


@dataclass(frozen=True)
class CrawlOptions:
    replay: Path | None = None  # a night dir, or a mirror root (its newest night)
    record: Path | None = None  # a mirror root (a night named today) or a night dir
    timeout: float = 30.0
    retries: int = 2
    delay: float = 1.0  # per-domain politeness delay (0 in tests/bench)
    max_bytes: int = 10 * 1024 * 1024
    obey_robots: bool = True
    concurrency: int = 8
    user_agent: str = USER_AGENT
    max_redirects: int = 5
    retry_after_cap: float = 60.0  # honour Retry-After up to this bound
    allow_private_redirects: bool = False

    def stall_limit(self) -> float:
        """Seconds without a new result after which the child is presumed stuck:
        robots.txt plus the page, each with all retries, plus a Retry-After wait."""
        per_fetch = (self.retries + 1) * (self.timeout + self.delay)
        return 60.0 + 2 * per_fetch + self.retry_after_cap

    def as_json(self) -> dict[str, Any]:
        """JSON-ready, for the crawler child (paths as text)."""
        data = asdict(self)
        for name in ("replay", "record"):
            data[name] = str(data[name]) if data[name] is not None else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CrawlOptions:
        """The inverse of :meth:`as_json`; unknown keys are refused (a version mismatch)."""
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown crawl options: {', '.join(sorted(unknown))}")
        values = dict(data)
        for name in ("replay", "record"):
            if values.get(name) is not None:
                values[name] = Path(values[name])
        return cls(**values)

    def scrapy_settings(self) -> dict[str, Any]:
        """These options as Scrapy settings: the only place the two vocabularies meet."""
        delay = 0.0 if self.replay is not None else self.delay
        return {
            "USER_AGENT": self.user_agent,
            "DOWNLOAD_TIMEOUT": self.timeout,
            "RETRY_ENABLED": self.retries > 0,
            "RETRY_TIMES": self.retries,
            "DOWNLOAD_DELAY": delay,
            "DOWNLOAD_MAXSIZE": self.max_bytes,
            # a replay answers from disk: there is no site to be polite to
            "ROBOTSTXT_OBEY": self.obey_robots and self.replay is None,
            "CONCURRENT_REQUESTS": self.concurrency,
            # politeness only matters when there is a delay to respect (live crawls)
            "CONCURRENT_REQUESTS_PER_DOMAIN": self.concurrency
            if delay == 0
            else min(PER_DOMAIN, self.concurrency),
            "REDIRECT_MAX_TIMES": self.max_redirects,
            "SCOPEWATCH_RETRY_AFTER_CAP": self.retry_after_cap,
            "SCOPEWATCH_ALLOW_PRIVATE_REDIRECTS": self.allow_private_redirects,
            "SCOPEWATCH_REPLAY": str(self.replay) if self.replay is not None else None,
            "SCOPEWATCH_RECORD": str(self.record) if self.record is not None else None,
        }


DEFAULTS = CrawlOptions()


class RequestSpec(TypedDict):
    """One source to fetch, as the spider is given it (JSON-ready, for the crawler child)."""

    source: dict[str, Any]  # Source.as_row()
    etag: str | None
    last_modified: str | None


class CrawlSpec(TypedDict):
    """What a crawl is given: ``python -m scrapers.runner IN.json`` reads this from IN.json."""

    options: dict[str, Any]  # CrawlOptions.as_json()
    requests: Iterable[RequestSpec]  # a list in IN.json; a generator for a crawl in process
