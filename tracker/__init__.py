"""scopewatch: track where in the US dry needling is legal, with evidence."""

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

__version__ = "0.1.0"


class _WithoutPandas(importlib.abc.Loader):
    """sqlite-utils' own loader, run with pandas and numpy hidden.

    sqlite-utils (4.2) imports pandas and numpy at import time whenever they are installed,
    only to convert their values on insert, which scopewatch never does. Importing
    ``tracker.store.db`` costs 121 MB RSS and 1.3-2.1 s with them, 24 MB and 0.3-0.45 s without
    (measured 2026-12-01 on the CI machine); ``export`` imports pandas itself when an analyst
    asks. This happens when sqlite-utils is first imported, not when ``tracker`` is: a worker
    process that only classifies never imports it (10 MB and 0.1 s less, bench/README.md).
    """

    def __init__(self, inner: importlib.abc.Loader) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:  # get_source, get_resource_reader, ...: the real loader's
        return getattr(self.inner, name)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self.inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
        for name in hidden:
            sys.modules[name] = None  # type: ignore[assignment]  # makes importing it raise ImportError
        try:
            self.inner.exec_module(module)
        finally:
            for name in hidden:
                if sys.modules.get(name) is None:
                    del sys.modules[name]


class _FindSqliteUtils(importlib.abc.MetaPathFinder):
    """Hands sqlite-utils, the first time it is imported, to :class:`_WithoutPandas`."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != "sqlite_utils":
            return None
        sys.meta_path.remove(self)  # once
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _WithoutPandas(spec.loader)
        return spec


if "sqlite_utils" not in sys.modules:
    sys.meta_path.insert(0, _FindSqliteUtils())
