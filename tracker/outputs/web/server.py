"""Start Datasette (its Python API, under uvicorn) on the scopewatch database."""

from __future__ import annotations

import asyncio
import signal
import socket
import sys
import threading
from pathlib import Path
from typing import Any

from datasette.app import Datasette
from datasette.database import Database as DatasetteDatabase
from datasette.plugins import pm

from tracker.errors import ScopewatchError, UsageError
from tracker.outputs.web import csvsafe, editors, review
from tracker.outputs.web.metadata import DATABASE, metadata
from tracker.sources import jurisdictions
from tracker.store.db import open_db, transaction

SETTINGS: dict[str, Any] = {
    # snapshots.text holds whole pages: keep table views readable (the row page shows it all).
    "truncate_cells_html": 300,
    "default_page_size": 100,
    "sql_time_limit_ms": 3000,
    # editors decide while reading: a page must never show a state from before a decision
    "default_cache_ttl": 0,
}


def refresh_jurisdictions(db_path: Path) -> int:
    """Write the ``jurisdictions`` lookup table (code, name, core); return its row count.

    Derived data only (from the ``us`` package through ``tracker.sources.jurisdictions``), rewritten
    whole each time, so it can never drift from the package.
    """
    db = open_db(db_path, create=False)
    core = set(jurisdictions.core_codes())
    rows = [
        {"jurisdiction": code, "name": jurisdictions.name(code), "core": int(code in core)}
        for code in sorted(jurisdictions.known_codes())
    ]
    try:
        with transaction(db):
            table = db.table("jurisdictions")
            if not table.exists():
                table.create({"jurisdiction": str, "name": str, "core": int}, pk="jurisdiction")
            table.delete_where()
            table.insert_all(rows)
    finally:
        db.close()
    return len(rows)


TEMPLATES = Path(__file__).parent / "templates"


def _register_review_plugin() -> None:
    if not pm.has_plugin(review.PLUGIN_NAME):
        pm.register(review, name=review.PLUGIN_NAME)
    if not pm.has_plugin(csvsafe.PLUGIN_NAME):
        pm.register(csvsafe, name=csvsafe.PLUGIN_NAME)


def make_datasette(db_path: Path, editors: dict[str, str] | None = None) -> Datasette:
    """A Datasette instance serving ``db_path`` read-only as ``/scopewatch``, with our metadata,
    and the review page ``/-/review`` where the ``editors`` (name -> password hash, see
    :mod:`tracker.outputs.web.editors`) decide after logging in at ``/-/login``."""
    editors = editors or {}
    meta = metadata()
    meta["plugins"] = {
        "datasette-auth-passwords": {f"{name}_password_hash": hashed for name, hashed in editors.items()}
    }
    _register_review_plugin()
    ds = Datasette(metadata=meta, settings=SETTINGS, template_dir=str(TEMPLATES))
    review.configure(ds, Path(db_path), frozenset(editors))
    # is_mutable: Datasette opens it with mode=ro and re-reads it per request, so pages show
    # what the nightly run committed last; immutable=1 would cache counts and skip locking.
    ds.add_database(DatasetteDatabase(ds, path=str(db_path), is_mutable=True), name=DATABASE)
    return ds


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        sock = socket.create_server((host, port), family=family)
    except OSError as exc:
        reason = (exc.strerror or str(exc)).split(" (while attempting")[0]
        raise UsageError(f"cannot listen on {host}:{port}: {reason}; pass another --port or --host") from None
    return sock


def url_for(host: str, port: int, path: str = f"/{DATABASE}") -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{path}"


def _interrupt(_signum: int, _frame: Any) -> None:
    raise KeyboardInterrupt


def serve(db_path: Path, host: str = "127.0.0.1", port: int = 8001, editors_path: Path | None = None) -> None:
    """Serve the web UI until interrupted (Ctrl-C or SIGTERM). ``port=0`` picks a free port.

    Prints ``scopewatch web UI: <url>`` once the socket listens.
    """
    import uvicorn

    db_path = Path(db_path)
    refresh_jurisdictions(db_path)  # also refuses a missing or foreign database file
    accounts = editors.load(editors_path)
    ds = make_datasette(db_path, accounts)
    asyncio.run(ds.invoke_startup())
    sock = _bind(host, port)
    try:
        url = url_for(host, sock.getsockname()[1])
        print(f"scopewatch web UI: {url}  (database {db_path}; Ctrl-C stops)", flush=True)
        who = ", ".join(sorted(accounts)) or "none: scopewatch editors add NAME"
        print(
            f"review in the browser: {url_for(host, sock.getsockname()[1], review.PATH)}  (editors: {who})",
            flush=True,
        )
        config = uvicorn.Config(ds.app(), log_level="warning", lifespan="on", workers=1)
        server = uvicorn.Server(config)
        # uvicorn shuts down gracefully on SIGTERM, then re-raises the signal to the previous
        # handler: make that a KeyboardInterrupt, so a stop by SIGTERM exits 0 like Ctrl-C.
        previous = None
        if threading.current_thread() is threading.main_thread():
            previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            server.run(sockets=[sock])
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        raise ScopewatchError(f"the web server stopped: {exc}") from None
    finally:
        sock.close()
    print("scopewatch web UI stopped", file=sys.stderr, flush=True)


__all__ = ["make_datasette", "refresh_jurisdictions", "serve", "url_for"]
