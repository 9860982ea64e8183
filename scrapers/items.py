"""The crawler's contract: one PageItem per FetchRequest, whatever happened.

Field for field the :class:`tracker.fetch.crawl.FetchResult`, plus ``key`` (the request's
position in the batch, so two sources sharing a URL stay apart).
"""

from __future__ import annotations

import scrapy


class PageItem(scrapy.Item):
    key = scrapy.Field()  # int: index of the request in the batch
    source_id = scrapy.Field()
    url = scrapy.Field()
    final_url = scrapy.Field()
    outcome = scrapy.Field()  # FetchOutcome value (str)
    http_status = scrapy.Field()
    content_type = scrapy.Field()
    text = scrapy.Field()
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    error = scrapy.Field()
    fetched_at = scrapy.Field()  # ISO 8601 UTC
    retry_after = scrapy.Field()
