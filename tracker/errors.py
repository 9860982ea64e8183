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


class ModelError(ScopewatchError):
    """The classifier's trained model (tracker/analysis/classify/data) is missing or unreadable."""


class DatabaseBusy(ScopewatchError):
    """Another process held the database's write lock for longer than the busy timeout."""


class DatabaseFull(ScopewatchError):
    """The disk (or the file-size limit) holding the database is full."""


def describe_sqlite_error(exc: BaseException, path: object) -> ScopewatchError:
    """One of ours for an sqlite3 error: it names the file and what to do."""
    text = str(exc)
    low = text.lower()
    if "locked" in low or "busy" in low:
        return DatabaseBusy(
            f"the database {path} stayed locked by another process (a run, an editor's command or "
            "a web server writing to it); try again when it has finished"
        )
    if "full" in low:
        return DatabaseFull(f"the disk holding {path} is full ({text}); free some space and run again")
    if "readonly" in low or "read-only" in low:
        return DatabaseError(
            f"cannot write the database {path}: the file or its folder is read-only; "
            "fix the permissions or pass another --db PATH"
        )
    if "unable to open" in low:
        return DatabaseError(f"cannot open the database {path}: check that its folder exists and is writable")
    if "disk i/o" in low:
        return DatabaseFull(
            f"the disk holding {path} refused a write ({text}): is it full, or the file past a size "
            "limit? free some space or check the disk, then run again"
        )
    if "malformed" in low or "not a database" in low or "encrypted" in low:
        return DatabaseError(
            f"{path} is corrupt or not an SQLite database ({text}); restore it from a backup "
            "or pass another --db PATH"
        )
    return DatabaseError(f"the database {path} cannot be used: {text}")
