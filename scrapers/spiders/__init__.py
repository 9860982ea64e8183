"""scopewatch has one spider, :mod:`scrapers.spiders.registry`."""
