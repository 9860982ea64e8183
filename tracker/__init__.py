"""scopewatch: track where in the US dry needling is legal, with evidence."""

__version__ = "0.1.0"
