import os

from hypothesis import settings

import tracker.fetch.crawl
from tests.site import site  # noqa: F401

# Crawls made by the test process itself use the crawler child, whatever ran before; the
# `scopewatch run` processes that tests start crawl in their own process, as users' do.
tracker.fetch.crawl.IN_PROCESS = False

# Property tests draw the same examples on every run, so a test run (and CI) cannot pass or fail
# by chance on the same code; `HYPOTHESIS_PROFILE=explore` draws new ones to hunt for bugs.
settings.register_profile("deterministic", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=500)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
