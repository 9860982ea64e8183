"""scopewatch: track where in the US dry needling is legal, with evidence."""

import sys

__version__ = "0.1.0"


def _import_sqlite_utils_without_pandas() -> None:
    """sqlite-utils (4.2) imports pandas and numpy at import time whenever they are installed,
    only to convert their values on insert, which scopewatch never does. Importing
    ``tracker.store.db`` costs 121 MB RSS and 1.3-2.1 s with them, 24 MB and 0.3-0.45 s without
    (measured 2026-12-01 on the CI machine). A lazy import on our side cannot avoid that (it is
    sqlite-utils' own module-level import), so import it once here with both hidden (unless
    something imported them already); ``export`` imports pandas itself when an analyst asks."""
    if "sqlite_utils.db" in sys.modules:
        return
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes importing it raise ImportError
    try:
        import sqlite_utils.db  # noqa: F401
    except ImportError:
        pass  # not installed: the modules that need it will say so
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils_without_pandas()
