"""The one spider: fetch each registry source, extract its text, yield one FetchResult.

Driven entirely by the request list the runner hands it; no per-state code. Every
request produces exactly one item, from ``parse`` or from ``errback``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable, Iterator
from concurrent.futures import BrokenExecutor, Executor
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals
from scrapy.http import Response
from twisted.python.failure import Failure

from scrapers.middlewares import NOT_IN_MIRROR, NOT_PUBLISHED, header
from scrapers.outcomes import (
    challenge_reason,
    error_reason,
    moved_reason,
    parse_retry_after,
    status_outcome,
)
from tracker.clock import utcnow
from tracker.fetch.extract import ExtractError, extract_page, extract_text, sniff_kind
from tracker.fetch.options import RequestSpec
from tracker.models import FetchOutcome, FetchResult


class RegistrySpider(scrapy.Spider):
    name = "registry"

    def __init__(
        self,
        requests: Iterable[RequestSpec] | None = None,
        extractor: Executor | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.requests = requests or []
        # worker processes for text extraction (HTML parsing, PDF text): the crawl goes on
        # on this core while another extracts (bench/README.md); None: extract here
        self.extractor = extractor
        self._cookies: Any = None  # Scrapy's CookiesMiddleware, once looked up (False: none)

    async def start(self) -> AsyncIterator[Any]:
        conditional = not self.settings.get("SCOPEWATCH_RECORD")  # a recording is complete
        for spec in self.requests:
            await self._room()
            source = spec["source"]
            headers: dict[str, str] = {}
            if conditional and (etag := spec.get("etag")):
                headers["If-None-Match"] = etag
            if conditional and (last_modified := spec.get("last_modified")):
                headers["If-Modified-Since"] = last_modified
            meta = {
                "sw_source_id": source["id"],
                "sw_selector": source.get("selector"),
                # one cookie jar per source: one site's cookie flood must not reach another
                # source's requests (HTTP 431 for every later page of that host)
                "cookiejar": f"source:{source['id']}",
            }
            try:
                request = scrapy.Request(
                    source["url"],
                    headers=headers,
                    callback=self.parse,
                    errback=self.errback,
                    dont_filter=True,  # two sources may share a URL
                    meta=meta,
                )
            except Exception as exc:
                yield self._unsent(source, exc)
                continue
            yield request

    async def _room(self) -> None:
        """Wait until the crawl can take another request. Scrapy's engine reads ``start()``
        eagerly: without this, every request of the run (10,000 of them, each with its meta and
        headers) sat in the scheduler's queue from the first second, and the crawl's memory grew
        with the number of sources (bench/README.md)."""
        engine = self.crawler.engine if self.crawler is not None else None
        if engine is not None and engine.needs_backout():
            await self.crawler.signals.wait_for(signals.scheduler_empty)

    def _drop_cookie_jar(self, key: Any) -> None:
        """A source's cookie jar goes with its result: kept, 10,000 jars grew the crawl's
        memory with the number of sources (bench/README.md)."""
        if key is None or self.crawler is None or self.crawler.engine is None:
            return
        if self._cookies is None:
            from scrapy.downloadermiddlewares.cookies import CookiesMiddleware

            mws = self.crawler.engine.downloader.middleware.middlewares
            self._cookies = next((m for m in mws if isinstance(m, CookiesMiddleware)), False)
        if self._cookies:
            self._cookies.jars.pop(key, None)

    def _unsent(self, source: dict[str, Any], exc: Exception) -> FetchResult:
        return FetchResult(
            source_id=source["id"],
            url=source["url"],
            final_url=None,
            outcome=FetchOutcome.FAILED,
            http_status=None,
            content_type=None,
            text=None,
            etag=None,
            last_modified=None,
            error=f"the URL cannot be requested: {exc}",
            retry_after=None,
            fetched_at=utcnow(),
        )

    def _item(self, request: scrapy.Request, outcome: FetchOutcome, **fields: Any) -> FetchResult:
        self._drop_cookie_jar(request.meta.get("cookiejar"))
        chain = request.meta.get("redirect_urls") or []
        base: dict[str, Any] = {
            "source_id": request.meta["sw_source_id"],
            "url": chain[0] if chain else request.url,
            "final_url": None,
            "http_status": None,
            "content_type": None,
            "text": None,
            "etag": None,
            "last_modified": None,
            "error": None,
            "retry_after": None,
            "fetched_at": utcnow(),
            "outcome": outcome,
        }
        base.update(fields)
        return FetchResult(**base)

    async def parse(self, response: Response) -> AsyncIterator[FetchResult]:
        try:
            yield await self._page_item(response)
        except Exception as exc:  # one broken page must not lose its result
            self.logger.exception("internal error on %s", response.url)
            assert response.request is not None
            yield self._item(
                response.request,
                FetchOutcome.FAILED,
                final_url=response.url,
                http_status=response.status,
                error=f"internal error: {type(exc).__name__}: {exc}",
            )

    async def _page_item(self, response: Response) -> FetchResult:
        request = response.request
        assert request is not None
        status = response.status
        ctype = header(response.headers, "Content-Type")
        fields: dict[str, Any] = {
            "final_url": response.url,
            "http_status": status,
            "content_type": ctype,
            "etag": header(response.headers, "ETag"),
            "last_modified": header(response.headers, "Last-Modified"),
        }
        chain = request.meta.get("redirect_urls") or []
        original = chain[0] if chain else request.url
        replay_mark = header(response.headers, "X-Scopewatch-Replay")
        if replay_mark == NOT_PUBLISHED:
            night = Path(str(self.settings.get("SCOPEWATCH_REPLAY"))).name
            return self._item(
                request,
                FetchOutcome.NOT_PUBLISHED,
                final_url=None,
                error=f"{original} was {NOT_PUBLISHED} on the replayed night {night}",
            )
        if replay_mark == NOT_IN_MIRROR:
            night = self.settings.get("SCOPEWATCH_REPLAY")
            return self._item(
                request,
                FetchOutcome.FAILED,
                **fields,
                error=f"HTTP 404: {original} is {NOT_IN_MIRROR} {night}",
            )
        if status != 304 and (moved := moved_reason(original, response.url)):
            return self._item(request, FetchOutcome.MOVED, **fields, error=moved)
        outcome, reason = status_outcome(status)
        if outcome is FetchOutcome.NOT_MODIFIED or outcome is FetchOutcome.GONE:
            return self._item(request, outcome, **fields, error=reason)
        lower_headers = {
            k.decode().lower(): (v[0].decode("latin-1") if v else "") for k, v in response.headers.items()
        }
        if status in (200, 403, 429, 503) and (
            challenge := challenge_reason(status, lower_headers, response.body)
        ):
            return self._item(
                request,
                FetchOutcome.BLOCKED,
                **fields,
                error=challenge,
                retry_after=parse_retry_after(lower_headers.get("retry-after")),
            )
        if status == 429:
            wait = parse_retry_after(lower_headers.get("retry-after"))
            waited = request.meta.get("sw_waited")
            note = (
                f" after waiting {waited:g} s (Retry-After)"
                if waited is not None
                else f" (Retry-After {wait:g} s is over the cap)"
                if wait is not None
                else " (no Retry-After)"
            )
            return self._item(
                request,
                FetchOutcome.BLOCKED,
                **fields,
                error=f"HTTP 429 Too Many Requests{note}",
                retry_after=wait,
            )
        if outcome is not FetchOutcome.FETCHED:
            if status >= 500 and (retries := self.settings.getint("RETRY_TIMES")):
                reason = f"{reason} after {retries} retr{'y' if retries == 1 else 'ies'}"
            return self._item(request, outcome, **fields, error=reason)
        body = response.body
        kind = sniff_kind(body, ctype, response.url)
        try:
            # the text's encoding is decided in extract_text, from the Content-Type, a BOM or
            # <meta>, else UTF-8 or windows-1252 (w3lib's rules); not Scrapy's response.encoding,
            # which guesses with charset_normalizer over the whole body when nothing is declared
            # (0.14 s for each of the bench's PDFs, which Scrapy takes for text)
            text = await self._extract(body, ctype, response.url, request.meta.get("sw_selector"), None)
        except ExtractError as exc:
            return self._item(request, FetchOutcome.FAILED, **fields, error=str(exc))
        if not text.strip():
            what = "PDF (scanned? it needs OCR)" if kind == "pdf" else "page"
            return self._item(
                request, FetchOutcome.FAILED, **fields, error=f"no text in the {what} ({len(body)} bytes)"
            )
        return self._item(request, FetchOutcome.FETCHED, **fields, text=text)

    async def _extract(
        self, body: bytes, ctype: str | None, url: str, selector: str | None, encoding: str | None
    ) -> str:
        if self.extractor is None:
            return extract_text(body, ctype, url=url, selector=selector, encoding=encoding)
        try:
            future = self.extractor.submit(extract_page, body, ctype, url, selector, encoding)
            return await asyncio.wrap_future(future)
        except BrokenExecutor:  # the worker died (killed, out of memory): extract here from now on
            self.logger.warning("the extraction worker stopped; extracting in the crawler")
            self.extractor = None
            return extract_text(body, ctype, url=url, selector=selector, encoding=encoding)

    def errback(self, failure: Failure) -> Iterator[FetchResult]:
        request = failure.request  # type: ignore[attr-defined]
        chain = request.meta.get("redirect_urls") or []
        assert failure.value is not None  # a Failure always wraps an exception
        outcome, reason = error_reason(
            failure.value,
            url=request.url,
            timeout=self.settings.getfloat("DOWNLOAD_TIMEOUT"),
            max_bytes=self.settings.getint("DOWNLOAD_MAXSIZE"),
            max_redirects=self.settings.getint("REDIRECT_MAX_TIMES"),
            redirect_urls=list(chain),
        )
        final = request.url if chain else None
        yield self._item(request, outcome, final_url=final, error=reason)
