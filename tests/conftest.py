import tracker.fetch.crawl
from tests.site import site  # noqa: F401

# Crawls made by the test process itself use the crawler child, whatever ran before; the
# `scopewatch run` processes that tests start crawl in their own process, as users' do.
tracker.fetch.crawl.IN_PROCESS = False
