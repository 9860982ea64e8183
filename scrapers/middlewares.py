"""Downloader middlewares: replay from / record to the mirror, the private-redirect guard,
and Retry-After.

Requests that belong to a source carry ``meta["sw_source_id"]``;
anything else (robots.txt) passes through untouched.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from scrapers.outcomes import is_private_host, parse_retry_after
from tracker.fetch.extract import sniff_kind
from tracker.fetch.mirror import MirrorPage, NightWriter, load_manifest

log = logging.getLogger(__name__)

NOT_IN_MIRROR = "not in the mirror"
NOT_PUBLISHED = "not published yet"  # the night's manifest marks the page as not existing yet
RECORDED_HEADERS = ("ETag", "Last-Modified", "Retry-After")


def header(headers: Headers, name: str) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value is not None else None


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, fixed for requests that wait on one robots.txt.

    In Scrapy 2.19 every request that arrives while a host's robots.txt is downloading
    awaits the same Deferred; the first waiter consumes its result and the others get
    None, i.e. "no robots.txt", and are let through (scrapy/scrapy#6802 dropped the
    pass-through callback). Each waiter here gets its own Deferred fed by a callback
    that hands the parser on.
    """

    async def robot_parser(self, request: Request) -> Any:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        mine: Deferred[Any] = Deferred()

        def hand_on(result: Any) -> Any:
            mine.callback(result)
            return result

        pending.addCallback(hand_on)
        return await maybe_deferred_to_future(mine)


class RedirectRefused(IgnoreRequest):
    """A public page redirected to a loopback/private/link-local address."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.scopewatch_reason = reason


class RedirectGuardMiddleware:
    """Refuse a redirect that moves from a public host to a private address (SSRF)."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedirectGuardMiddleware:
        return cls(crawler.settings.getbool("SCOPEWATCH_ALLOW_PRIVATE_REDIRECTS"))

    def process_request(self, request: Request) -> None:
        chain: list[str] = request.meta.get("redirect_urls") or []
        if self.allow_private or not chain:
            return
        origin = urlsplit(chain[0]).hostname
        target = urlsplit(request.url).hostname
        if is_private_host(target) and not is_private_host(origin):
            raise RedirectRefused(
                f"refused redirect from public host {origin} to private address {target} ({request.url})"
            )


class RetryAfterMiddleware:
    """On a 429 whose Retry-After is within the cap, wait that long and try once more."""

    def __init__(self, cap: float, replay: bool) -> None:
        self.cap = cap
        self.replay = replay

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfterMiddleware:
        return cls(
            crawler.settings.getfloat("SCOPEWATCH_RETRY_AFTER_CAP"),
            bool(crawler.settings.get("SCOPEWATCH_REPLAY")),
        )

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status != 429 or self.replay or request.meta.get("sw_waited") is not None:
            return response
        wait = parse_retry_after(header(response.headers, "Retry-After"))
        if wait is None or wait > self.cap:
            return response
        log.info("429 from %s: waiting %.1f s (Retry-After) before one retry", request.url, wait)
        await asyncio.sleep(wait)
        retry = request.replace(dont_filter=True)
        retry.meta["sw_waited"] = wait
        return retry


class ReplayMiddleware:
    """Answer every request from a recorded night; nothing reaches the network."""

    def __init__(self, night: Path) -> None:
        self.night = night
        self.pages: dict[str, MirrorPage] = load_manifest(night)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ReplayMiddleware:
        night = crawler.settings.get("SCOPEWATCH_REPLAY")
        if not night:
            raise NotConfigured
        return cls(Path(night))

    def process_request(self, request: Request) -> Response:
        page = self.pages.get(request.url)
        if page is None:
            return _not_in_mirror(request, f"{request.url} is {NOT_IN_MIRROR} {self.night}")
        if not page.published:
            return _not_in_mirror(
                request, f"{request.url} was {NOT_PUBLISHED} on {self.night.name}", NOT_PUBLISHED
            )
        headers = Headers(dict(page.headers))
        if page.content_type:
            headers["Content-Type"] = page.content_type
        if page.final_url != request.url:
            request.meta["redirect_urls"] = [request.url]
        if _not_modified(request, page):
            return Response(page.final_url, status=304, headers=headers, request=request)
        try:
            body = page.path.read_bytes()
        except OSError as exc:
            return _not_in_mirror(request, f"mirror file missing: {exc}")
        cls = responsetypes.from_args(headers=headers, url=page.final_url, body=body)
        return cls(page.final_url, status=page.status, headers=headers, body=body, request=request)


def _not_in_mirror(request: Request, why: str, mark: str = NOT_IN_MIRROR) -> Response:
    """The 404 a replay answers for a page the mirror cannot give (or that the night marks as
    not published yet), marked so the crawl can tell it from a real 404."""
    return Response(
        request.url,
        status=404,
        request=request,
        headers={"X-Scopewatch-Replay": mark},
        body=why.encode(),
    )


def _not_modified(request: Request, page: MirrorPage) -> bool:
    inm = header(request.headers, "If-None-Match")
    etag = page.header("ETag")
    if inm and etag:
        return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
    ims = header(request.headers, "If-Modified-Since")
    last_modified = page.header("Last-Modified")
    if ims and last_modified:
        try:
            since = email.utils.parsedate_to_datetime(ims)
            modified = email.utils.parsedate_to_datetime(last_modified)
        except (TypeError, ValueError, IndexError):
            return ims.strip() == last_modified.strip()
        return modified <= since
    return False


class RecordMiddleware:
    """Save every final HTTP response of a source into a night (raw, decoded bytes)."""

    def __init__(self, night: Path) -> None:
        self.writer = NightWriter(night)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RecordMiddleware:
        night = crawler.settings.get("SCOPEWATCH_RECORD")
        if not night:
            raise NotConfigured
        return cls(Path(night))

    def process_response(self, request: Request, response: Response) -> Response:
        if "sw_source_id" not in request.meta or response.status == 304:
            return response
        chain = request.meta.get("redirect_urls") or []
        url = chain[0] if chain else request.url
        ctype = header(response.headers, "Content-Type")
        kind = sniff_kind(response.body, ctype, response.url)
        ext = {"html": "html", "pdf": "pdf", "text": "txt"}[kind]
        recorded = {k: v for k in RECORDED_HEADERS if (v := header(response.headers, k)) is not None}
        try:
            self.writer.add(
                url=url,
                name=str(request.meta.get("sw_source_id", "page")),
                ext=ext,
                body=response.body,
                status=response.status,
                content_type=ctype,
                final_url=response.url,
                headers=recorded,
            )
        except OSError as exc:
            log.warning("could not record %s into %s: %s", url, self.writer.night, exc)
        return response
