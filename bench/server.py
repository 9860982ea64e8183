"""A threaded loopback server for the benchmark's pages, with real conditional GETs.

Every file under the root is served from memory with an ``ETag`` (a hash of its bytes)
and a ``Last-Modified`` (when the bench last wrote it); ``If-None-Match`` and, when that
header is absent, ``If-Modified-Since`` get a bodiless 304 as RFC 9110 says.
``reload()`` picks up files the bench rewrote.
"""

from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Self

ROBOTS = b"User-agent: *\nAllow: /\n"
TYPES = {".html": "text/html; charset=utf-8", ".pdf": "application/pdf"}


class _Server(ThreadingHTTPServer):
    # socketserver's default backlog is 5: eight clients opening a connection per request
    # (urlwatch does) overflow it, and a dropped SYN is retried only after a second.
    request_queue_size = 1024
    daemon_threads = True


@dataclass(frozen=True)
class Entry:
    body: bytes
    content_type: str
    etag: str
    modified: float  # seconds since the epoch, whole seconds


class BenchServer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.entries: dict[str, Entry] = {}
        self.statuses: Counter[int] = Counter()
        self._lock = threading.Lock()
        self.reload()
        self.httpd = _Server(("127.0.0.1", 0), _handler(self))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}"

    def reload(self) -> None:
        """Serve the files as they are now; changed bytes get a new ETag and Last-Modified."""
        now = float(int(time.time()))
        entries = {"/robots.txt": Entry(ROBOTS, "text/plain", '"robots"', 0.0)}
        for path in sorted(self.root.rglob("*")):
            if path.suffix not in TYPES:
                continue
            url_path = "/" + path.relative_to(self.root).as_posix()
            body = path.read_bytes()
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            old = self.entries.get(url_path)
            modified = old.modified if old is not None and old.etag == etag else now
            entries[url_path] = Entry(body, TYPES[path.suffix], etag, modified)
        with self._lock:
            self.entries = entries

    def take_statuses(self) -> Counter[int]:
        """Responses by status since the last call (what a measured run asked for)."""
        with self._lock:
            seen, self.statuses = self.statuses, Counter()
        return seen

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _not_modified(entry: Entry, inm: str | None, ims: str | None) -> bool:
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or entry.etag in tags
    if ims is not None:
        try:
            since = email.utils.parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError):
            return False
        return entry.modified <= since
    return False


def _handler(server: BenchServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real web server

        def do_GET(self) -> None:
            entry = server.entries.get(self.path.split("?")[0])
            if entry is None:
                self._send(404, b"not found", {"Content-Type": "text/plain"})
                return
            headers = {
                "ETag": entry.etag,
                "Last-Modified": email.utils.formatdate(entry.modified, usegmt=True),
                "Cache-Control": "no-cache",
            }
            if _not_modified(entry, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")):
                self._send(304, b"", headers)
                return
            self._send(200, entry.body, {**headers, "Content-Type": entry.content_type})

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)
            with server._lock:
                server.statuses[status] += 1

        def log_message(self, *_: object) -> None:
            pass

    return Handler
