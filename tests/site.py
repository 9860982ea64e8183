"""A real HTTP site on loopback for tests: a route table you set per test.

Usage (the ``site`` fixture yields a started :class:`TestSite`)::

    def test_x(site):
        site.routes["/page"] = Route("<p>Hello</p>")               # 200 text/html
        site.routes["/doc.pdf"] = Route(pdf_bytes, "application/pdf")
        site.routes["/tagged"] = Route("<p>x</p>", etag='"v1"')      # real 304 handling
        site.routes["/dated"] = Route("<p>x</p>", last_modified="Wed, 01 Jan 2025 00:00:00 GMT")
        site.routes["/gone"] = Route(status=404)
        site.routes["/old"] = Route(redirect="/page")                # 302; or status=301
        site.routes["/away"] = Route(redirect="http://elsewhere/x")  # absolute URL
        site.routes["/slow"] = Route("<p>late</p>", delay=5)         # hang before answering
        site.routes["/reset"] = Route(reset=True)                    # TCP RST, no response
        site.routes["/huge"] = Route(stream_bytes=5_000_000)         # streamed, no length
        site.routes["/robots.txt"] = Route("User-agent: *\\nDisallow: /private\\n",
                                           "text/plain")
        site.routes["/custom"] = lambda handler: ...                 # full control
        url = site.url("/page")           # http://127.0.0.1:<port>/page
        site.url("/page", host=PUBLIC_HOST)   # same server under a made-up public name
        site.hits["/page"]                # requests seen per path (query ignored)
        site.headers["/page"]["If-None-Match"]   # headers of the last request per path
        make_pdf("First paragraph.", "Second.")  # PDF bytes (fpdf2), one paragraph each

Unknown paths (robots.txt included) answer 404. ``PUBLIC_HOST`` resolves to 127.0.0.1
only inside a crawl whose environment has ``SCOPEWATCH_HOSTS=public.scopewatch.test=127.0.0.1``
(see ``HOSTS_ENV``).
"""

from __future__ import annotations

import collections
import email.utils
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest

PUBLIC_HOST = "public.scopewatch.test"
HOSTS_ENV = ("SCOPEWATCH_HOSTS", f"{PUBLIC_HOST}=127.0.0.1")


@dataclass
class Route:
    """What the site answers on one path."""

    body: bytes | str = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    redirect: str | None = None  # a path on this site or an absolute URL
    delay: float = 0.0  # seconds to wait before answering
    reset: bool = False  # drop the connection with a TCP reset
    stream_bytes: int = 0  # stream this many filler bytes, no Content-Length

    def payload(self) -> bytes:
        return self.body.encode("utf-8") if isinstance(self.body, str) else self.body


Handler = Callable[[BaseHTTPRequestHandler], None]


class TestSite:
    """A threaded HTTP server on 127.0.0.1 with a mutable route table."""

    __test__ = False  # not a test class, whatever pytest thinks of the name

    def __init__(self) -> None:
        self.routes: dict[str, Route | Handler] = {}
        self.hits: collections.Counter[str] = collections.Counter()
        self.headers: dict[str, Message] = {}
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        site = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site._handle(self)

            def do_HEAD(self) -> None:
                site._handle(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._server.handle_error = _quiet  # type: ignore[method-assign,assignment]
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> TestSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        path = urlsplit(h.path).path
        with self._lock:
            self.hits[path] += 1
            self.headers[path] = h.headers
        route = self.routes.get(path)
        if route is None:
            self._send(h, 404, "text/plain", b"not found")
        elif callable(route) and not isinstance(route, Route):
            route(h)
        else:
            self._serve(h, route)

    def _serve(self, h: BaseHTTPRequestHandler, route: Route) -> None:
        if route.delay and self._stopping.wait(route.delay):
            return
        if route.reset:
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            h.connection.close()
            h.close_connection = True
            return
        if route.redirect is not None:
            target = route.redirect
            if target.startswith("/"):
                target = self.url(target, host=h.headers.get("Host", "").split(":")[0] or "127.0.0.1")
            status = route.status if 300 <= route.status < 400 else 302
            self._send(h, status, "text/html", b"", {"Location": target, **route.headers})
            return
        extra = dict(route.headers)
        if route.etag:
            extra["ETag"] = route.etag
        if route.last_modified:
            extra["Last-Modified"] = route.last_modified
        if route.status == 200 and _not_modified(h.headers, route):
            self._send(h, 304, None, b"", extra)
            return
        if route.stream_bytes:
            self._stream(h, route, extra)
            return
        self._send(h, route.status, route.content_type, route.payload(), extra)

    def _send(
        self,
        h: BaseHTTPRequestHandler,
        status: int,
        ctype: str | None,
        body: bytes,
        headers: dict[str, str] | None = None,
    ) -> None:
        try:
            h.send_response(status)
            if ctype:
                h.send_header("Content-Type", ctype)
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            if h.command != "HEAD":
                h.wfile.write(body)
        except OSError:
            pass  # the client gave up (timeouts): that is the test's point

    def _stream(self, h: BaseHTTPRequestHandler, route: Route, headers: dict[str, str]) -> None:
        try:
            h.send_response(route.status)
            h.send_header("Content-Type", route.content_type)
            for k, v in headers.items():
                h.send_header(k, v)
            h.send_header("Connection", "close")
            h.end_headers()
            chunk = b"<p>" + b"x" * 65530 + b"</p>\n"
            sent = 0
            while sent < route.stream_bytes and not self._stopping.is_set():
                h.wfile.write(chunk)
                sent += len(chunk)
            h.close_connection = True
        except OSError:
            pass


def _quiet(request: Any, client_address: Any) -> None:
    """Clients that hang up (timeouts, resets) are the tests' point, not errors."""


def _not_modified(headers: Message, route: Route) -> bool:
    inm = headers.get("If-None-Match")
    if route.etag and inm:
        return route.etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
    ims = headers.get("If-Modified-Since")
    if route.last_modified and ims:
        try:
            return email.utils.parsedate_to_datetime(
                route.last_modified
            ) <= email.utils.parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
    return False


def make_pdf(*paragraphs: str) -> bytes:
    """A real PDF with the given paragraphs (Helvetica, so keep to Latin-1 text)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for text in paragraphs:
        pdf.multi_cell(0, 8, text)
        pdf.ln(6)
    return bytes(pdf.output())


@pytest.fixture
def site() -> Iterator[TestSite]:
    """A started :class:`TestSite`, stopped after the test."""
    server = TestSite().start()
    try:
        yield server
    finally:
        server.stop()
