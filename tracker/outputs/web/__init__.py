"""The web UI: Datasette on the scopewatch database, with titles, facets and canned queries.

``serve(db_path)`` refreshes the small ``jurisdictions`` lookup table (codes -> names, from
the ``us`` package, so queries can show state names), then serves the database read-only
under ``/scopewatch``. The nightly run may write while the server is up: the file is opened
normally (not immutable), so pages always show the latest committed run.
"""

from tracker.outputs.web.metadata import DATABASE, QUERIES, metadata
from tracker.outputs.web.server import make_datasette, refresh_jurisdictions, serve

__all__ = ["DATABASE", "QUERIES", "make_datasette", "metadata", "refresh_jurisdictions", "serve"]
