"""Datasette plugin: the web UI's CSV downloads neutralise formulas as ``export`` does.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
``'`` (:func:`tracker.outputs.export.neutralise`): page text is untrusted, and a spreadsheet
would run ``=HYPERLINK(...)`` from a downloaded CSV. Datasette's CSV renderer has no hook, so
this wraps the ASGI app and rewrites the body of every CSV response.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from datasette import hookimpl

from tracker.outputs.export import neutralise

PLUGIN_NAME = "scopewatch-csv-safe"

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
App = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]


def neutralise_csv(body: bytes) -> bytes:
    text = body.decode("utf-8", errors="replace")
    bom = text.startswith("\ufeff")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")):
        writer.writerow([neutralise(cell) for cell in row])
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8")


def _is_csv(scope: Scope) -> bool:
    query = scope.get("query_string", b"")
    return str(scope.get("path", "")).endswith(".csv") or b"_format=csv" in query


@hookimpl  # type: ignore[untyped-decorator]
def asgi_wrapper(datasette: Any) -> Callable[[App], App]:
    def wrap(app: App) -> App:
        async def wrapped(
            scope: Scope,
            receive: Callable[[], Awaitable[Message]],
            send: Callable[[Message], Awaitable[None]],
        ) -> None:
            if scope.get("type") != "http" or not _is_csv(scope):
                await app(scope, receive, send)
                return
            start: Message | None = None
            chunks: list[bytes] = []

            async def capture(message: Message) -> None:
                nonlocal start
                if message["type"] == "http.response.start":
                    start = message
                    if message.get("status") != 200:
                        await send(message)
                    return
                if start is None or start.get("status") != 200 or message["type"] != "http.response.body":
                    await send(message)
                    return
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                body = neutralise_csv(b"".join(chunks))
                headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(body)).encode()))
                await send({**start, "headers": headers})
                await send({"type": "http.response.body", "body": body})

            await app(scope, receive, capture)

        return wrapped

    return wrap
