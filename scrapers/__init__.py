"""The Scrapy project: one registry-driven spider, its middlewares and settings."""

import os

# Scrapy's cookie middleware asks tldextract for the public-suffix list; without this,
# tldextract's first use downloads it from the internet (and prints a traceback offline).
# Empty means: use the snapshot shipped inside the installed package. Set here only: every
# crawl, in process (tracker.fetch.crawl imports scrapers.runner) or in the child
# (python -m scrapers.runner), imports this package before Scrapy.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


def _no_stack_walk_on_import() -> None:
    """Let Scrapy name the module of its deprecated aliases without ``inspect.stack()``.

    ``scrapy.utils.deprecate.create_deprecated_class`` calls ``inspect.stack()`` to find the
    module that defines each alias, which reads the source of every frame on the stack and,
    for each of importlib's frozen frames, scans ``sys.modules``. The crawl imports three such
    aliases (Scrapy's TLS context factories), deep in the CLI's stack: 0.17 s of CPU, a tenth of
    a warm run (bench/README.md). The function only needs the calling frame, ``stack()[1][0]``,
    so that is all this ``stack`` gives it. It then asks ``inspect.getmodule`` for that frame's
    module, which on its first call computes the absolute file of every module in
    ``sys.modules`` (about 750 ``realpath`` calls, 0.06 s of a warm run): the frame's own
    ``__name__`` says the same. Every other name is the real ``inspect``'s.
    """
    import inspect
    import sys
    import types
    from typing import Any

    from scrapy.utils import deprecate

    class _Inspect(types.ModuleType):
        def __getattr__(self, name: str) -> Any:
            return getattr(inspect, name)

        @staticmethod
        def stack(context: int = 1) -> list[Any]:
            return [None, (sys._getframe(2),)]  # 0: this, 1: create_deprecated_class, 2: its caller

        @staticmethod
        def getmodule(obj: object, _filename: str | None = None) -> types.ModuleType | None:
            if isinstance(obj, types.FrameType):
                return sys.modules.get(obj.f_globals.get("__name__", ""))
            return inspect.getmodule(obj, _filename)

    if getattr(deprecate, "inspect", None) is inspect:
        deprecate.inspect = _Inspect("inspect")  # type: ignore[attr-defined]


_no_stack_walk_on_import()
