"""One text read for its source: the finding row, without ids.

What a worker process runs while the crawl goes on (:mod:`tracker.run.pipeline`), so this
module imports neither sqlite-utils nor the store: a worker imports the classifier and this,
not the database layer (about 10 MB and 0.1 s less per worker, bench/README.md).
:mod:`tracker.analysis.findings` writes the rows.
"""

from __future__ import annotations

import json

from tracker.models import Finding, Source
from tracker.store.rows import FindingReading


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def finding_row(finding: Finding) -> FindingReading:
    c = finding.conditions
    return {
        "profession": finding.profession.value,
        "status": finding.status.value,
        "evidence": finding.evidence,
        "confidence": round(finding.confidence, 3),
        "effective_date": finding.effective_date.isoformat() if finding.effective_date else None,
        "enacted_date": finding.enacted_date.isoformat() if finding.enacted_date else None,
        "awaiting_rules": int(finding.awaiting_rules),
        "needs_review": int(finding.needs_review),
        "rules": json.dumps(list(finding.rules)),
        "min_training_hours": c.min_training_hours,
        "min_practice_years": c.min_practice_years,
        "in_person_training": _flag(c.in_person_training),
        "registration_required": _flag(c.registration_required),
        "informed_consent": _flag(c.informed_consent),
        "delegation_prohibited": _flag(c.delegation_prohibited),
    }


def reading(text: str, source: Source) -> FindingReading:
    """The finding row of one text, read for its source, without ids: what a worker process
    sends back while the crawl goes on (:mod:`tracker.run.pipeline`)."""
    # imported here: the classifier compiles hundreds of patterns, and a run where nothing
    # changed (all 304s) never reads a page
    from tracker.analysis.classify import classify_text

    return finding_row(
        classify_text(text, source.profession, board=source.board, jurisdiction=source.jurisdiction)
    )
