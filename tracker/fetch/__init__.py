"""Fetching pages: the crawl (Scrapy in scrapers/), text extraction, the recorded mirror."""
