"""Scrapy settings for scopewatch's crawler: polite defaults for live crawls.

The settings a run can change (user agent, timeout, retries, delay, concurrency, size cap,
redirects, robots.txt, replay, record) have their defaults in one place,
:class:`tracker.fetch.options.CrawlOptions`; they are set from it below, and
``scrapers.runner`` layers the run's own options over them the same way.
"""

from scrapy.settings import default_settings as _scrapy

from tracker.fetch.options import DEFAULTS

BOT_NAME = "scopewatch"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

DOWNLOAD_DELAY_JITTER = 0.5  # +-50 %, so a night's requests do not tick like a clock
# each response yields one item: Scrapy's default of 100 parallel item tasks per response
# cost a third of a warm run's CPU (bench/README.md)
CONCURRENT_ITEMS = 1
AUTOTHROTTLE_ENABLED = False
DOWNLOAD_WARNSIZE = 0  # the cap is reported per page; no separate warning
# the result carries the reason; a give-up is not an error of the crawler
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
# 429 is not here: Retry-After is honoured by RetryAfterMiddleware instead
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408]
REDIRECT_ENABLED = True
METAREFRESH_ENABLED = True  # a <meta refresh> move is a redirect like any other
# Every status reaches the spider: 304/403/404/429/5xx are outcomes, not errors.
HTTPERROR_ALLOW_ALL = True
# Never: a cache can serve a stale copy on a 5xx, and an outage must not look unchanged.
HTTPCACHE_ENABLED = False
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "WARNING"
# the level first: the parent process logs each line at the level it had here
LOG_FORMAT = "%(levelname)s [%(name)s] %(message)s"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
TWISTED_DNS_RESOLVER = "scrapers.resolver.HostsOverrideResolver"
SCOPEWATCH_HOSTS: dict[str, str] = {}

# Scrapy's component lists with ours over them. What a crawl of known URLs does not use is
# left out of the *_BASE dicts rather than set to None in the project dicts: Scrapy imports
# every key of the project dicts, None or not, to compare import paths, and the remote-control
# and telnet extensions alone imported aiohttp and twisted.conch at every start (0.15 s of a
# warm run's 2 s, bench/README.md).
_OFF_DOWNLOADER = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware",  # SharedRobotsTxtMiddleware
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware",  # no allowed_domains
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware",  # no credentials
    "scrapy.downloadermiddlewares.stats.DownloaderStats",  # nobody reads the stats
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware",  # never (above)
}
DOWNLOADER_MIDDLEWARES_BASE = {
    k: v for k, v in _scrapy.DOWNLOADER_MIDDLEWARES_BASE.items() if k not in _OFF_DOWNLOADER
}
DOWNLOADER_MIDDLEWARES = {
    "scrapers.middlewares.SharedRobotsTxtMiddleware": 100,
    # before robots.txt (100): refuse a private redirect target before touching it
    "scrapers.middlewares.RedirectGuardMiddleware": 50,
    # below Retry (550): sees the final 429 after the 5xx retries
    "scrapers.middlewares.RetryAfterMiddleware": 545,
    # below Redirect (600), Compression (590), Retry (550): the final, decoded response
    "scrapers.middlewares.RecordMiddleware": 540,
    # last before the network: answers from the mirror; everything else still applies
    "scrapers.middlewares.ReplayMiddleware": 950,
}
# The spider follows no links: no depth or URL length to track (the Referer middleware
# stays: the redirect middlewares ask for it).
_OFF_SPIDER = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware",
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware",
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware",
}
SPIDER_MIDDLEWARES_BASE = {k: v for k, v in _scrapy.SPIDER_MIDDLEWARES_BASE.items() if k not in _OFF_SPIDER}
# http and https only: Scrapy imports the module of every scheme's handler when the crawler
# starts, lazy or not (FTP pulled in twisted.protocols.ftp, S3 probed for botocore: about
# 0.08 s of a warm run), and a source is an http(s) URL (tracker.fetch.crawl refuses the rest),
# so a redirect to file:, data:, s3: or ftp: now fails as a scheme with no handler.
DOWNLOAD_HANDLERS_BASE = {
    scheme: path for scheme, path in _scrapy.DOWNLOAD_HANDLERS_BASE.items() if scheme in ("http", "https")
}
# None of Scrapy's optional extensions: no telnet or remote console, no feeds, no periodic
# memory or progress checks, no saved state; only the core stats and the log counts.
EXTENSIONS_BASE = {
    "scrapy.extensions.corestats.CoreStats": 0,
    "scrapy.extensions.logcount.LogCount": 0,
}

# USER_AGENT, DOWNLOAD_TIMEOUT, RETRY_*, DOWNLOAD_DELAY, CONCURRENT_REQUESTS*, ROBOTSTXT_OBEY,
# REDIRECT_MAX_TIMES, DOWNLOAD_MAXSIZE and SCOPEWATCH_{REPLAY,RECORD,RETRY_AFTER_CAP,
# ALLOW_PRIVATE_REDIRECTS}: the crawl options' defaults
globals().update(DEFAULTS.scrapy_settings())
