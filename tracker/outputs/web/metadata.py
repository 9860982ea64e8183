"""Datasette metadata for the scopewatch database: titles, column descriptions, facets, canned queries.

Kept as a Python dict (not a JSON file) so the canned queries can share the status and outcome
vocabulary with ``tracker.models`` and so a test can read exactly what the server is given.
The database is always mounted under the name :data:`DATABASE`, whatever its file is called,
so editors' bookmarks (``/scopewatch/legality``) survive a ``--db`` change.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from tracker.editorial import workflow
from tracker.models import ANSWERED_VALUES, NOT_ALLOWED, STALE_DAYS, LegalityStatus, Profession
from tracker.store import queries
from tracker.store.migrations import CONDITION_COLUMNS

DATABASE = "scopewatch"
PT = Profession.PHYSICAL_THERAPIST.value
NOT_YET = LegalityStatus.NOT_YET_IN_EFFECT.value
SUCCESS = ANSWERED_VALUES
AWAITING = tuple(sorted(s.value for s in workflow.OPEN))  # the review model's open states

CONDITIONS: dict[str, str] = {
    "min_training_hours": "Condition: minimum hours of dry needling training (blank: the page does not say)",
    "min_practice_years": "Condition: minimum years of licensed practice first",
    "in_person_training": "Condition: training must be in person (1 yes, 0 no, blank unknown)",
    "registration_required": "Condition: the licensee must register with the board first",
    "informed_consent": "Condition: written informed consent from the patient",
    "delegation_prohibited": "Condition: may not be delegated to assistants",
}
assert set(CONDITIONS) == set(CONDITION_COLUMNS), "describe every condition column"


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


# A legality row's published status in a reader's words (as tracker.models.status_words says it).
STATUS_WORDS_SQL = f"""
case
  when l.published_status = '{NOT_YET}' and l.awaiting_rules then 'authorised, awaiting rules'
  when l.published_status = '{NOT_YET}' and l.effective_date is not null
    then 'in force from ' || l.effective_date
  else replace(l.published_status, '_', ' ')
end""".strip()

# Published (what editors accepted, or an override) beside what the sources say now, with a
# pending mark while a review item is open.
PENDING_MARK_SQL = f"""
case when l.review_state in {_in(AWAITING)} then '● awaiting review' else '' end""".strip()

# The list the article names when it is published: physical therapists, not allowed today
# (prohibited, or authorised but not yet in effect) by the *published* status, as
# `scopewatch article --reviewed-only` writes it.
PROHIBITED_STATES_SQL = f"""
select
  l.jurisdiction,
  j.name as state_name,
  l.published_status,
  l.status as sources_say,
  {PENDING_MARK_SQL} as pending,
  {STATUS_WORDS_SQL} as status_words,
  l.authority,
  l.evidence,
  l.url,
  l.effective_date,
  l.enacted_date,
  l.source_id,
  l.review_state,
  l.first_seen,
  l.last_checked
from legality l
left join jurisdictions j on j.jurisdiction = l.jurisdiction
where {queries.article_sql("l", "published_status")}
order by l.jurisdiction
""".strip()

# Full-text search (migration 0003's FTS indexes) over page text and findings' evidence.
SEARCH_SQL = """
select 'snapshot' as kind, s.id as id, s.source_id as source_id, src.jurisdiction as jurisdiction,
  s.fetched_at as detail,
  snippet(snapshots_fts, 0, '[', ']', ' … ', 16) as snippet
from snapshots_fts
join snapshots s on s.rowid = snapshots_fts.rowid
left join sources src on src.id = s.source_id
where snapshots_fts match :q
union all
select 'finding' as kind, f.id as id, f.source_id as source_id, src.jurisdiction as jurisdiction,
  f.status as detail,
  snippet(findings_fts, 0, '[', ']', ' … ', 16) as snippet
from findings_fts
join findings f on f.rowid = findings_fts.rowid
left join sources src on src.id = f.source_id
where findings_fts match :q
order by kind desc, id desc
limit 200
""".strip()

CHANGES_AWAITING_REVIEW_SQL = f"""
select
  c.id,
  c.jurisdiction,
  j.name as state_name,
  c.profession,
  c.kind,
  c.old_status,
  c.new_status,
  c.review_state,
  c.detected_at,
  c.authority,
  c.evidence,
  c.url,
  c.source_id,
  coalesce(c.note, l.review_reason) as note,
  c.run_id
from changes c
left join jurisdictions j on j.jurisdiction = c.jurisdiction
left join legality l on l.jurisdiction = c.jurisdiction and l.profession = c.profession
where c.review_state in {_in(AWAITING)}
order by c.id
""".strip()

# :days arrives as '' when the form is left empty; coalesce(nullif(...)) gives the default.
# Timestamps are ISO text ending in Z, which julianday() reads; comparing them with
# datetime('now', ...) as strings would be wrong on the same day ('T' sorts after ' ').
STALE_SOURCES_SQL = f"""
with success as (
  select source_id, max(checked_at) as last_success
  from checks
  where outcome in {_in(SUCCESS)}
  group by source_id
),
latest as (
  select source_id, max(id) as check_id
  from checks
  group by source_id
)
select
  s.id as source_id,
  s.jurisdiction,
  j.name as state_name,
  s.profession,
  s.authority,
  s.url,
  case when su.last_success is null then 'never fetched' else 'stale' end as why,
  su.last_success,
  round(julianday('now') - julianday(su.last_success), 1) as days_since_success,
  c.checked_at as last_checked,
  c.outcome as last_outcome,
  c.http_status as last_http_status,
  c.error as last_error
from sources s
left join success su on su.source_id = s.id
left join latest la on la.source_id = s.id
left join checks c on c.id = la.check_id
left join jurisdictions j on j.jurisdiction = s.jurisdiction
where coalesce(s.active, 1) = 1
  and (
    su.last_success is null
    or {queries.stale_sql("su.last_success", days=f"coalesce(nullif(:days, ''), {STALE_DAYS})")}
  )
order by su.last_success is not null, su.last_success, s.id
""".strip()

ARTICLE_LIST_SQL = f"""
select
  l.jurisdiction,
  coalesce(j.name, l.jurisdiction) as state_name,
  l.published_status,
  l.status as sources_say,
  {PENDING_MARK_SQL} as pending,
  {STATUS_WORDS_SQL} as status_words,
  l.review_state,
  l.url
from legality l
left join jurisdictions j on j.jurisdiction = l.jurisdiction
where {queries.article_sql("l", "published_status")} or {queries.article_sql("l", "status")}
order by l.published_status not in {_in(NOT_ALLOWED)}, state_name
""".strip()

QUERIES: dict[str, dict[str, Any]] = {
    "prohibited_states": {
        "title": "States where it is not allowed",
        "description": (
            "Jurisdictions where a physical therapist may not perform dry needling today, as "
            "published (accepted by an editor, or an editor's override): prohibited, or not yet in "
            "effect (authorised, awaiting rules or in force from a later date). sources_say is the "
            "latest reading beside it; pending marks a row whose change awaits review."
        ),
        "sql": PROHIBITED_STATES_SQL,
    },
    "changes_awaiting_review": {
        "title": "Changes awaiting review",
        "description": (
            "Detected status changes (pending) and rows whose deciding page vanished or went silent "
            "(needs_review). Decide in the browser at /-/review (editors log in at /-/login), or with "
            "`scopewatch review accept ID` or `scopewatch review reject ID [--note WHY]`."
        ),
        "sql": CHANGES_AWAITING_REVIEW_SQL,
    },
    "stale_sources": {
        "title": "Stale and never-fetched sources",
        "description": (
            f"Active sources whose last successful check (fetched or not modified) is older than "
            f"`days` days (default {STALE_DAYS}): why = stale; or that never succeeded: why = never "
            "fetched (as in `scopewatch sources check`). The latest check says what went wrong."
        ),
        "sql": STALE_SOURCES_SQL,
        "params": ["days"],
    },
    "article_list": {
        "title": "The article's current list",
        "description": (
            "The states the article names as not allowing dry needling by physical therapists: "
            "first those published as not allowed (what `scopewatch article --reviewed-only` "
            "writes), then those the sources say but no editor has accepted yet (pending)."
        ),
        "sql": ARTICLE_LIST_SQL,
    },
    "search": {
        "title": "Search page text and findings",
        "description": (
            "Full-text search (SQLite FTS5, English stemming) over every snapshot's text and every "
            'finding\'s evidence: e.g. `dry needling hours`, `"not within the scope"`, `effect*`.'
        ),
        "sql": SEARCH_SQL,
        "params": ["q"],
    },
}

REVIEW_STATE = (
    "baseline (first observation, published as is), pending (a detected change awaiting an "
    "editor), accepted, rejected, needs_review (the deciding page vanished or went silent), "
    "overridden (an editor's decision outranks the sources)"
)

TABLES: dict[str, dict[str, Any]] = {
    "legality": {
        "title": "Legality: one row per jurisdiction and profession",
        "description": (
            "The answer per jurisdiction and profession, with evidence. published_status is what "
            "is published (accepted by an editor, or an override); status is the current reading "
            "(an override counts); source_status what the sources say before any override."
        ),
        "sort": "jurisdiction",
        "facets": ["published_status", "status", "review_state", "profession", "authority"],
        "columns": {
            "jurisdiction": "USPS code (50 states, DC, territories)",
            "profession": "Whose scope of practice: physical_therapist, chiropractor, ...",
            "status": "Current status (reviewed or not): permitted, prohibited, not_yet_in_effect "
            "(authorised, awaiting rules or in force from a later date: not allowed today), unaddressed or "
            "contested (an active override's status when there is one)",
            "source_status": "What the sources say, before any editor override",
            "evidence": "The deciding sentence, quoted from the source page",
            "source_id": "The deciding source (see sources)",
            "authority": "Kind of the deciding source: court > statute > rule > ag_opinion > "
            "board_position > faq > news",
            "url": "The deciding page",
            "effective_date": "When the deciding authority is in force (for not_yet_in_effect: from when)",
            "enacted_date": "When the deciding authority was signed, adopted or issued",
            "awaiting_rules": "1 when practice waits for board rules not yet adopted",
            "first_seen": "The as-of date of the run that first observed this status",
            "last_checked": "The as-of date of the newest run that reached one of the row's pages",
            "conflicting_sources": "JSON list of source ids that disagree with the status",
            "review_state": REVIEW_STATE,
            "review_reason": "Why the row needs review",
            "published_status": "What is published: the last status an editor accepted (or the "
            "baseline), or an override's status",
            "confidence": "The classifier's confidence in the deciding finding, 0 to 1",
            **CONDITIONS,
            "condition_sources": "JSON: per condition, every agreeing source that states it "
            "(value, source_id, authority, url, governing); the governing value is the highest "
            "authority's and fills the condition column",
            "finding_id": "The deciding finding (see findings)",
            "updated_run_id": "The run that last changed this row",
            "first_seen_run_id": "The run that first observed this status",
        },
    },
    "changes": {
        "title": "Changes: detected status changes",
        "description": (
            "One row per status change (or needs-review flag) a run detected; editors review them."
        ),
        "sort_desc": "id",
        "facets": ["kind", "review_state", "new_status"],
        "columns": {
            "id": "Change id: pass it to `scopewatch review accept|reject`",
            "run_id": "The run that detected it",
            "jurisdiction": "USPS code",
            "profession": "Whose scope of practice",
            "kind": "status (the status moved) or needs_review (the deciding page went silent)",
            "old_status": "Status before",
            "new_status": "Status after (unchanged for needs_review)",
            "detected_at": "The as-of date of the run that detected it "
            "(the replayed night's date under --replay)",
            "recorded_at": "Wall-clock time the change was written (UTC)",
            "evidence": "The sentence behind the new status",
            "url": "The deciding page",
            "source_id": "The deciding source",
            "authority": "Kind of the deciding source",
            "review_state": "pending, needs_review, accepted, rejected, or superseded (a newer "
            "reading of the same row replaced it before anyone decided)",
            "note": "Why a needs_review row was raised, or why a status moved with no page changing "
            "(took effect on DATE)",
            "superseded_by": "The newer change that replaced this one while it was open",
        },
    },
    "findings": {
        "title": "Findings: what each page says, per profession",
        "description": "The classifier's reading of one snapshot for one profession.",
        "sort_desc": "id",
        "facets": ["status"],
        "columns": {
            "id": "Finding id",
            "snapshot_id": "The snapshot classified",
            "source_id": "The source",
            "run_id": "The run that classified it",
            "profession": "Whose scope of practice",
            "status": "permitted, prohibited or unaddressed",
            "evidence": "The sentence that decided it",
            "confidence": "0 to 1",
            "effective_date": "When the page says the authority is in force",
            "enacted_date": "When the page says it was signed, adopted or issued",
            "awaiting_rules": "1 when the page permits it but practice waits for board rules",
            **CONDITIONS,
            "needs_review": "1 when the classifier was unsure or the rules disagreed",
            "rules": "JSON list of the classification rules that matched",
        },
    },
    "snapshots": {
        "title": "Snapshots: page texts as fetched",
        "description": (
            "A new row only when a page's text changes (by sha256). Long texts are truncated in this view."
        ),
        "sort_desc": "id",
        "columns": {
            "id": "Snapshot id",
            "source_id": "The source",
            "run_id": "The run that fetched it",
            "fetched_at": "When (UTC)",
            "url": "The URL requested",
            "final_url": "The URL after redirects",
            "http_status": "HTTP status",
            "content_type": "Content-Type (text/html, application/pdf, ...)",
            "sha256": "Hash of the extracted text",
            "text": "The extracted text the classifier read",
            "etag": "ETag, for the next conditional request",
            "last_modified": "Last-Modified, for the next conditional request",
        },
    },
    "checks": {
        "title": "Checks: every fetch attempt",
        "description": "One row per source per run, whatever it came to.",
        "sort_desc": "id",
        "facets": ["outcome"],
        "columns": {
            "id": "Check id",
            "run_id": "The run",
            "source_id": "The source",
            "checked_at": "When (UTC)",
            "url": "The URL requested",
            "final_url": "The URL after redirects",
            "outcome": "fetched, not_modified, gone, blocked, moved, skipped (robots.txt) or failed",
            "http_status": "HTTP status, blank when there was no answer",
            "error": "What went wrong",
            "snapshot_id": "The snapshot current after this check (new or unchanged)",
            "new_snapshot": "1 when the check produced a new snapshot",
            "etag": "Validator for the next conditional request",
            "last_modified": "Validator for the next conditional request",
            "retry_after": "Seconds the server asked us to wait",
        },
    },
    "sources": {
        "title": "Sources: the registry",
        "description": (
            "The pages watched (data/sources.toml). Sources that left the registry stay, inactive."
        ),
        "sort": "id",
        "facets": ["authority", "profession", "jurisdiction"],
        "columns": {
            "id": "Stable slug",
            "jurisdiction": "USPS code",
            "profession": "Whose scope of practice the page speaks to",
            "authority": "statute, rule, court, ag_opinion, board_position, faq or news",
            "board": "Who publishes the page",
            "url": "The page (HTML or PDF)",
            "selector": "CSS selector of the region that matters, if any",
            "active": "0 when the source left the registry (its history is kept)",
            "added_at": "When it entered the database (UTC)",
            "cites": "What the page carries (the statute, rule or opinion it quotes), from the registry",
            "verified": "How the source's URL was checked, from the registry",
        },
    },
    "runs": {
        "title": "Runs: nightly crawls",
        "description": "One row per run of `scopewatch run`.",
        "sort_desc": "id",
        "facets": ["status", "trigger"],
        "columns": {
            "id": "Run id",
            "started_at": "UTC",
            "finished_at": "UTC",
            "trigger": "manual or schedule",
            "status": "ok, partial (some sources failed), failed, aborted, running",
            "pages_total": "Sources checked",
            "pages_fetched": "Answered with a page",
            "pages_not_modified": "Answered 304 Not Modified",
            "pages_failed": "Did not answer usefully",
            "changes": "Status changes detected",
            "replay": "The recorded night replayed, if any",
            "as_of": "The date the run speaks for (the replayed night's under --replay, else the UTC "
            "date it started); legality is computed on it and every date the run records is it",
            "pid": "Process id of the run",
            "error": "Why the run failed or was aborted",
        },
    },
    "reviews": {
        "title": "Reviews: editors' decisions",
        "description": "Every accept, reject, override and cleared override, with who, when and why.",
        "sort_desc": "id",
        "facets": ["action"],
        "columns": {
            "id": "Review id",
            "at": "When (UTC)",
            "by": "Who",
            "action": "accept, reject, override or clear_override",
            "change_id": "The change decided (blank for overrides)",
            "jurisdiction": "USPS code",
            "profession": "Whose scope of practice",
            "status": "The status published by this decision",
            "note": "Why",
        },
    },
    "overrides": {
        "title": "Overrides: editors' statuses in force",
        "description": (
            "An override outranks the sources until it is cleared "
            "(`scopewatch review override STATE --clear`)."
        ),
        "sort": "jurisdiction",
        "columns": {
            "jurisdiction": "USPS code",
            "profession": "Whose scope of practice",
            "status": "The status published",
            "note": "Why",
            "by": "Who",
            "at": "When (UTC)",
        },
    },
    "wording_changes": {
        "title": "Wording changes",
        "description": "Pages whose text changed without changing the status.",
        "sort_desc": "id",
        "columns": {
            "id": "Wording change id",
            "run_id": "The run that saw it",
            "source_id": "The source",
            "old_snapshot_id": "Text before",
            "new_snapshot_id": "Text after",
            "status": "The (unchanged) status",
            "diff": "Word diff: [-removed-] {+added+}",
        },
    },
    "notifications": {
        "title": "Notifications",
        "description": (
            "What each run had to tell (queued with the run's data, sent after it commits); an "
            "unsent one is retried by the next run."
        ),
        "sort_desc": "id",
        "facets": ["state"],
        "columns": {
            "id": "Notification id",
            "run_id": "The run it tells about",
            "created_at": "When it was queued (UTC)",
            "subject": "Subject line",
            "body": "The message",
            "payload": "JSON: changes, reviews, sources that started failing or recovered",
            "state": "pending, sent, or given_up (after 10 attempts)",
            "attempts": "Send attempts so far",
            "last_attempt_at": "Last attempt (UTC)",
            "sent_at": "When every service took it (UTC)",
            "error": "The last send error (secrets removed)",
        },
    },
    "jurisdictions": {
        "title": "Jurisdictions: names for the codes",
        "description": (
            "Written by `scopewatch serve` from the `us` package, so queries can show state names."
        ),
        "sort": "name",
        "columns": {
            "jurisdiction": "USPS code",
            "name": "Name",
            "core": "1 for the 50 states and DC, 0 for territories",
        },
    },
    "migrations": {"hidden": True},
    # full-text indexes (migration 0003): Datasette offers a search box on the tables instead
    **{
        f"{table}_fts{suffix}": {"hidden": True}
        for table in ("snapshots", "findings")
        for suffix in ("", "_data", "_idx", "_docsize", "_config")
    },
}


# Datasette 0.65 lists every column description above the table; as a two-column grid the
# list takes a third of the height, so the rows stay near the top. Inline (a data: URL) so
# the package ships no static folder the server would have to mount.
COMPACT_CSS = (
    "dl.column-descriptions{display:grid;grid-template-columns:max-content 1fr;gap:0 1em;font-size:.85em}"
    "dl.column-descriptions dt,dl.column-descriptions dd{margin:0;padding:.1em 0}"
)


def metadata() -> dict[str, Any]:
    """The metadata dict handed to Datasette."""
    return {
        "title": "scopewatch: dry needling legality",
        "description": (
            "Where in the US may a physical therapist (or another profession) perform dry needling? "
            "One row per jurisdiction and profession, with the evidence quoted from the boards', "
            "legislatures' and courts' own pages, crawled nightly. Detected changes wait for an "
            "editor's review. Every table and query downloads as CSV or JSON."
        ),
        "license": "MIT (scopewatch); quoted evidence belongs to the publishing authorities",
        "source": "State boards, legislatures, attorneys general and courts (see the sources table)",
        "extra_css_urls": ["data:text/css," + quote(COMPACT_CSS)],
        "databases": {
            DATABASE: {
                "description": "The scopewatch database, as the nightly run leaves it (read-only here).",
                "tables": TABLES,
                "queries": QUERIES,
            }
        },
    }
