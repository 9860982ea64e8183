"""One exception hierarchy; the CLI turns each into ``Error: ...`` and an exit status."""

from __future__ import annotations


class ScopewatchError(Exception):
    """Base class. ``exit_code`` follows interfaces.md: 1 the work failed, 2 bad input."""

    exit_code = 1


class UsageError(ScopewatchError):
    """Bad user input: unknown state, profession, status, date, run id, file."""

    exit_code = 2


class RegistryError(UsageError):
    """The source registry is malformed; nothing has been fetched."""


class DatabaseError(ScopewatchError):
    """The database file is not usable (not SQLite, newer schema, ...)."""

    exit_code = 2


class CrawlError(ScopewatchError):
    """The crawl process itself failed (not one source: those are outcomes)."""


class RunInProgress(ScopewatchError):
    """Another run holds the lock."""


class ArticleError(ScopewatchError):
    """The article's sentence was not found, or the file cannot be read."""
