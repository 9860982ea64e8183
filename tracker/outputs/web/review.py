"""Review in the browser: ``/-/review`` lists what awaits an editor and takes decisions.

A small Datasette plugin (routes registered in-process, no package of its own). Reading the
page is open to anyone who can read the web UI; a decision (accept, reject, override, clear
an override) needs an editor signed in through datasette-auth-passwords' ``/-/login``, and a
form posted with Datasette's CSRF token (asgi-csrf refuses a POST without it). Every
decision goes through :mod:`tracker.editorial.review`, the same calls as ``scopewatch
review``, so it is recorded the same way: a ``reviews`` row with who (the editor's login)
and when.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.app import Datasette
from datasette.utils.asgi import Request, Response

from tracker.editorial import review
from tracker.errors import ScopewatchError
from tracker.models import LegalityStatus, Profession
from tracker.store.db import open_db

PATH = "/-/review"
PLUGIN_NAME = "scopewatch-review"
ACTIONS = ("accept", "reject", "override", "clear_override")


@dataclass(frozen=True)
class ReviewConfig:
    db_path: Path
    editors: frozenset[str] = field(default_factory=frozenset)


def config(datasette: Datasette) -> ReviewConfig | None:
    return getattr(datasette, "_scopewatch_review", None)


def configure(datasette: Datasette, db_path: Path, editors: frozenset[str]) -> None:
    datasette._scopewatch_review = ReviewConfig(Path(db_path), editors)


def _editor(request: Request, cfg: ReviewConfig) -> str | None:
    actor = request.actor or {}
    name = actor.get("id")
    return str(name) if name and str(name) in cfg.editors else None


def _read(cfg: ReviewConfig) -> dict[str, Any]:
    with closing(open_db(cfg.db_path, create=False)) as db:
        items = review.pending(db)
        decisions = [dict(r) for r in db.query("SELECT * FROM reviews ORDER BY id DESC LIMIT 20")]
        overrides = [dict(r) for r in db.query("SELECT * FROM overrides ORDER BY jurisdiction, profession")]
    return {"items": items, "decisions": decisions, "overrides": overrides}


def _decide(cfg: ReviewConfig, by: str, form: dict[str, str]) -> str:
    """Apply one posted decision; the sentence the CLI would print."""
    action = form.get("action", "")
    note = (form.get("note") or "").strip() or None
    with closing(open_db(cfg.db_path, create=False)) as db:
        if action in ("accept", "reject"):
            try:
                change_id = int(form.get("change_id", ""))
            except ValueError:
                raise ScopewatchError("no change id was posted") from None
            force = form.get("force") in ("1", "on", "true")
            return review.decide(db, change_id, action, by=by, note=note, force=force).line()
        state = form.get("state", "")
        profession = form.get("profession") or Profession.PHYSICAL_THERAPIST.value
        if action == "override":
            row = review.override(db, state, form.get("status", ""), note or "", profession, by=by)
            return f"override: {row['jurisdiction']} is {row['status']} ({row['profession']}) by {row['by']}"
        if action == "clear_override":
            review.clear_override(db, state, profession, by=by, note=note)
            return f"override removed for {state.upper()}"
    raise ScopewatchError(f"unknown action {action!r}: one of {', '.join(ACTIONS)}")


async def _run(fn: Callable[..., Any], *args: Any) -> Any:
    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)


async def review_page(request: Request, datasette: Datasette) -> Response:
    cfg = config(datasette)
    if cfg is None:
        return Response.text("review is not configured on this server", status=404)
    editor = _editor(request, cfg)
    if request.method == "POST":
        if editor is None:
            who = (request.actor or {}).get("id")
            reason = f"{who} is not an editor" if who else "you are not logged in"
            return Response.html(
                await datasette.render_template(
                    "scopewatch_review_refused.html", {"reason": reason}, request=request
                ),
                status=403,
            )
        form = dict(await request.post_vars())
        try:
            message = await _run(_decide, cfg, editor, form)
            datasette.add_message(request, message, datasette.INFO)
        except ScopewatchError as exc:
            datasette.add_message(request, f"Refused: {exc}", datasette.ERROR)
        return Response.redirect(datasette.urls.path(PATH))
    data = await _run(_read, cfg)
    context = {
        **data,
        "editor": editor,
        "actor_id": (request.actor or {}).get("id"),
        "has_editors": bool(cfg.editors),
        "statuses": [s.value for s in LegalityStatus],
        "professions": [p.value for p in Profession],
        "review_path": datasette.urls.path(PATH),
    }
    return Response.html(await datasette.render_template("scopewatch_review.html", context, request=request))


@hookimpl  # type: ignore[untyped-decorator]
def register_routes() -> list[tuple[str, Any]]:
    return [(rf"^{PATH}$", review_page)]


@hookimpl  # type: ignore[untyped-decorator]
def menu_links(datasette: Datasette, actor: dict[str, Any] | None) -> list[dict[str, str]]:
    return [{"href": datasette.urls.path(PATH), "label": "Review changes"}] if config(datasette) else []
