"""The Scrapy project: one registry-driven spider, its middlewares and settings."""

import os

# Scrapy's cookie middleware asks tldextract for the public-suffix list; without this,
# tldextract's first use downloads it from the internet (and prints a traceback offline).
# Empty means: use the snapshot shipped inside the installed package. Set here only: every
# crawl, in process (tracker.fetch.crawl imports scrapers.runner) or in the child
# (python -m scrapers.runner), imports this package before Scrapy.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
