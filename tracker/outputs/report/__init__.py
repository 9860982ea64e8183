"""Change reports: what one run found, as data (``build``) and as files (``write``).

``build(db, run_id)`` returns the report as a JSON-ready dict; ``change-report.json`` is
exactly that dict, typed by ``schema.Report`` (so mypy checks what the templates and the
JSON file receive). Its keys:

- ``run``: ``id``, ``started_at``, ``finished_at``, ``trigger``, ``status``, ``as_of`` (the
  date the run speaks for; the folder name), ``replay``, ``counts`` (``pages_total``,
  ``pages_fetched``, ``pages_not_modified``, ``pages_failed``, ``changes`` from the run row,
  and ``sources_checked``: this run's ``checks`` rows).
- ``generated_at``: when the report was built (ISO UTC).
- ``failing_after``: N, the failures in a row after which a source counts as *failing*.
- ``summary``: one line, e.g. "2 status changes, 1 needs review, 1 wording change, 1 failing
  source, 1 other source did not answer (run partial)", or on a quiet night "Quiet night: no
  status changes, nothing to review, all 6 sources answered."
- ``status_changes``: changes of kind ``status`` in this run: ``change_id``, ``run_id``,
  ``jurisdiction``, ``state``, ``profession``, ``old_status``, ``new_status``, ``authority``,
  ``evidence``, ``url``, ``source_id``, ``review_state``, ``published_status`` (the row's,
  now), ``detected_at`` (the run's as-of
  date), ``note`` (e.g. "took effect on 2027-07-01" when only the date moved the status),
  ``new_status_words`` (the new status in words: "in force from DATE", "authorised, awaiting
  rules"), and ``conditions``: the row's current conditions, one entry per condition with
  the source stating its governing value (``condition``, ``value``, ``text``, ``source_id``,
  ``authority``, ``url``, ``also``, ``differing``: see ``tracker.models.condition_sources``).
- ``needs_review``: changes of kind ``needs_review``: the same keys plus ``status`` (kept) and
  ``reason`` (why: the change's ``note``, else the legality row's ``review_reason``).
- ``uncertain_findings``: this run's findings below the review threshold (the page mentions
  dry needling but nothing decides it): ``source_id``, ``jurisdiction``, ``state``,
  ``profession``, ``authority``, ``url``, ``confidence``, ``evidence``.
- ``wording_changes``: ``id``, ``source_id``, ``jurisdiction``, ``state``, ``profession``,
  ``authority``, ``url``, ``status``, ``diff`` (``[-old-] {+new+}`` text), ``segments`` (the
  same diff as ``{"op": "equal"|"delete"|"insert", "text"}``, for the coloured HTML),
  ``old_snapshot_id``, ``new_snapshot_id``, ``old_text`` and ``new_text`` (the full texts'
  paths inside the report folder, ``texts/snapshot-<id>.txt``).
- ``failed_sources`` (outcomes ``failed``, ``gone``), ``moved_sources``, ``blocked_sources``,
  ``skipped_sources`` (robots.txt): every non-answer of this run, each ``source_id``,
  ``jurisdiction``, ``state``, ``profession``, ``authority``, ``url``, ``final_url``,
  ``outcome``, ``http_status``, ``error``, ``consecutive_failures`` (counted back through
  ``checks``), ``failing`` (``consecutive_failures >= failing_after``), ``last_success``.
- ``article``: ``profession`` (physical_therapist), ``not_allowed`` (the *published* list:
  state names after this run whose published status, as the map, the web UI and ``article
  --reviewed-only`` read it, is ``prohibited`` or ``not_yet_in_effect``, alphabetical),
  ``sources_not_allowed`` (the sources' reading after this run, changes pending review
  included), ``before`` (the sources' reading before this run), ``joined``, ``left`` (from this
  run's status changes of that profession, which wait for review before they are published).
- ``staleness``: ``stale_days``, ``no_source`` (``jurisdiction``, ``state``),
  ``never_fetched`` and ``stale`` (``source_id``, ``jurisdiction``, ``state``, ``url``;
  ``stale`` adds ``last_success``), computed by ``tracker.sources.coverage`` as of the run's end.
- ``map``: ``profession`` and ``states``: USPS code -> ``state``, ``status`` (the
  *published* legality status, or ``no_data``), ``current`` (what the sources say now),
  ``pending`` (a review item is open: the tile gets a dot), ``authority``, ``source_id``,
  ``effective_date``, ``awaiting_rules``:
  what the SVG map draws (a ``not_yet_in_effect`` tile's title says "in force from DATE" or
  "authorised, awaiting rules").
- ``timeline``: every status change up to this run, oldest first: ``date`` plus the keys of
  ``status_changes``.

``write(db, run_id, reports_dir, formats)`` writes ``change-report.{md,html,json}`` (and the
wording changes' full texts under ``texts/``) into ``<reports_dir>/<as_of>-run<id>/`` (``run``
key ``folder``): one folder per run, so two runs of one date keep two reports. It refreshes
``<reports_dir>/latest/`` (plus ``index.html`` and ``changes.atom``, an Atom feed of status
changes) when the run is the newest one. A hidden ``.run-id`` file in ``latest/`` names the
run its files belong to: a newer run replaces all of them, while rewriting the same run in
one format keeps the others. Files are written with mode 0666 less the umask.
"""

from tracker.outputs.report.data import build, overview, statuses_after, timeline
from tracker.outputs.report.render import FORMATS, render, render_index, write

__all__ = ["FORMATS", "build", "overview", "render", "render_index", "statuses_after", "timeline", "write"]
