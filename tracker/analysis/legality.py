"""Combine each jurisdiction's findings into one legality row per profession.

Precedence (strongest first): court > statute > rule > ag_opinion > board_position > faq > news.
The strongest rank with a deciding finding (permitted or prohibited) decides; when sources of
that rank disagree the status is ``contested``. One refinement, because legislatures can undo
an interpretation: a court ruling or AG opinion is *superseded* by a statute or rule that took
effect later and says otherwise (e.g. an AG opinion of 2014 against, a statute of 2015 for).
Every source that disagrees with the result, of any rank, is listed in ``conflicting_sources``.

Silence is not a change in the law: when the page that decided a row vanishes (404/410) or
stops deciding (its finding becomes ``unaddressed``), its last deciding finding keeps counting
and the row is flagged ``needs_review``. A failed fetch changes nothing, since findings come
only from new snapshots.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from tracker.models import CONDITION_FIELDS, Authority, FindingStatus, LegalityStatus, ReviewState

DECIDING = (FindingStatus.PERMITTED.value, FindingStatus.PROHIBITED.value)
SUPERSEDABLE = (Authority.COURT, Authority.AG_OPINION)
SUPERSEDING = (Authority.STATUTE, Authority.RULE)


@dataclass(frozen=True)
class Say:
    """One source's latest finding, as legality sees it."""

    source_id: str
    authority: Authority
    url: str
    finding: dict[str, Any]

    @property
    def status(self) -> str:
        return str(self.finding["status"])

    @property
    def date(self) -> dt.date | None:
        value = self.finding.get("effective_date")
        return dt.date.fromisoformat(value) if value else None

    @property
    def deciding(self) -> bool:
        return self.status in DECIDING


@dataclass(frozen=True)
class Decision:
    status: LegalityStatus
    decider: Say | None
    conflicting: tuple[str, ...] = ()
    superseded: tuple[str, ...] = ()


def _best(says: list[Say]) -> Say:
    """The most telling of equally ranked says: surest, then newest, then by id."""
    return min(
        says,
        key=lambda s: (
            -(s.finding.get("confidence") or 0),
            -(s.date or dt.date.min).toordinal(),
            s.source_id,
        ),
    )


def _superseded(deciding: list[Say]) -> set[str]:
    out = set()
    for old in deciding:
        if old.authority not in SUPERSEDABLE or old.date is None:
            continue
        for new in deciding:
            if new.authority in SUPERSEDING and new.date and new.date > old.date and new.status != old.status:
                out.add(old.source_id)
    return out


def combine(says: list[Say]) -> Decision:
    """The legality of one jurisdiction and profession from its sources' findings."""
    deciding = [s for s in says if s.deciding]
    superseded = _superseded(deciding)
    live = [s for s in deciding if s.source_id not in superseded]
    if not live:
        with_evidence = [s for s in says if s.finding.get("evidence")] or says
        decider = min(with_evidence, key=lambda s: (s.authority.rank, s.source_id)) if with_evidence else None
        return Decision(LegalityStatus.UNADDRESSED, decider)
    top_rank = min(s.authority.rank for s in live)
    top = [s for s in live if s.authority.rank == top_rank]
    statuses = {s.status for s in top}
    if len(statuses) > 1:
        conflicting = sorted({s.source_id for s in deciding})
        return Decision(LegalityStatus.CONTESTED, _best(top), tuple(conflicting), tuple(sorted(superseded)))
    status = LegalityStatus(statuses.pop())
    conflicting = sorted(s.source_id for s in deciding if s.status != status.value)
    return Decision(status, _best(top), tuple(conflicting), tuple(sorted(superseded)))


@dataclass
class Transition:
    """What one run did to one legality row (the change stage records it)."""

    jurisdiction: str
    profession: str
    old_status: str | None
    new_status: str
    row: dict[str, Any]
    status_changed: bool
    needs_review: str | None = None  # reason, when the deciding page went silent this run
    extra: dict[str, Any] = field(default_factory=dict)


def _latest_by_source(db: Database, table: str, where: str = "1") -> dict[str, dict[str, Any]]:
    sql = f"""
        select t.* from {table} t join (
            select source_id, max(id) as id from {table} where {where} group by source_id
        ) last on last.id = t.id
    """
    return {row["source_id"]: row for row in db.query(sql)}


def update(db: Database, run_id: int, now: str) -> list[Transition]:
    """Recompute every legality row touched by the active sources; write them; return transitions."""
    findings = _latest_by_source(db, "findings")
    deciding_findings = _latest_by_source(db, "findings", "status in ('permitted', 'prohibited')")
    checks = _latest_by_source(db, "checks")
    overrides = {(r["jurisdiction"], r["profession"]): r for r in db.table("overrides").rows}
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for source in db.table("sources").rows_where("active = 1", order_by="id"):
        groups.setdefault((source["jurisdiction"], source["profession"]), []).append(source)

    transitions = []
    for (code, profession), sources in sorted(groups.items()):
        old = _get(db, code, profession)
        says = [
            Say(s["id"], Authority(s["authority"]), s["url"], findings[s["id"]])
            for s in sources
            if s["id"] in findings
        ]
        if not says:
            continue
        reason = None
        silent = _silence(old, says, checks, deciding_findings)
        decision = combine(says)
        if silent:
            reason, kept = silent
            kept_says = [kept if s.source_id == kept.source_id else s for s in says]
            decision = combine(kept_says)
            # flagged only when the row rests on the silent page: without its last word, the
            # status would differ (a gone board page under a deciding statute is no reason)
            without = [s for s in says if s.source_id != kept.source_id]
            if without and combine(without).status is decision.status:
                reason = None
        row = _row(code, profession, decision, sources, checks, old, run_id)
        transitions.append(_apply(db, row, old, reason, overrides, now))
    return transitions


def _get(db: Database, code: str, profession: str) -> dict[str, Any] | None:
    rows = list(db.table("legality").rows_where("jurisdiction = ? and profession = ?", [code, profession]))
    return rows[0] if rows else None


def _silence(
    old: dict[str, Any] | None,
    says: list[Say],
    checks: dict[str, dict[str, Any]],
    deciding_findings: dict[str, dict[str, Any]],
) -> tuple[str, Say] | None:
    """If the row's deciding page went silent, its last deciding say and the reason."""
    if old is None or not old.get("source_id"):
        return None
    current = next((s for s in says if s.source_id == old["source_id"]), None)
    if current is None:
        return None
    check = checks.get(current.source_id) or {}
    if check.get("outcome") == "gone" and current.deciding:
        status = check.get("http_status")
        return f"the deciding page {current.source_id} is gone (HTTP {status})", current
    if not current.deciding and current.source_id in deciding_findings:
        kept = Say(current.source_id, current.authority, current.url, deciding_findings[current.source_id])
        return f"the deciding page {current.source_id} no longer decides the question", kept
    return None


def _row(
    code: str,
    profession: str,
    decision: Decision,
    sources: list[dict[str, Any]],
    checks: dict[str, dict[str, Any]],
    old: dict[str, Any] | None,
    run_id: int,
) -> dict[str, Any]:
    finding = decision.decider.finding if decision.decider else {}
    ok_checks = [
        checks[s["id"]]["checked_at"]
        for s in sources
        if s["id"] in checks and checks[s["id"]]["outcome"] in ("fetched", "not_modified")
    ]
    row: dict[str, Any] = {
        "jurisdiction": code,
        "profession": profession,
        "source_status": decision.status.value,
        "evidence": finding.get("evidence"),
        "source_id": decision.decider.source_id if decision.decider else None,
        "authority": decision.decider.authority.value if decision.decider else None,
        "url": decision.decider.url if decision.decider else None,
        "effective_date": finding.get("effective_date"),
        "last_checked": max(ok_checks) if ok_checks else (old or {}).get("last_checked"),
        "conflicting_sources": json.dumps(list(decision.conflicting)),
        "confidence": finding.get("confidence"),
        "finding_id": finding.get("id"),
        "updated_run_id": run_id,
    }
    for name in CONDITION_FIELDS:
        row[name] = finding.get(name) if decision.status is not LegalityStatus.CONTESTED else None
    return row


def _apply(
    db: Database,
    row: dict[str, Any],
    old: dict[str, Any] | None,
    silent_reason: str | None,
    overrides: dict[tuple[str, str], dict[str, Any]],
    now: str,
) -> Transition:
    new_status = row["source_status"]
    old_status = old["source_status"] if old else None
    changed = old is not None and old_status != new_status
    # review_state, review_reason and published_status follow from the review items
    # (tracker.editorial.workflow.settle, run by the change stage); a new row is the baseline
    if old is None:
        row.update(
            first_seen=now,
            review_state=ReviewState.BASELINE.value,
            review_reason=None,
            published_status=new_status,
        )
    else:
        row.update(
            first_seen=now if changed else old["first_seen"],
            review_state=old["review_state"],
            review_reason=old["review_reason"],
            published_status=old["published_status"],
        )
    fresh_silence = (
        silent_reason if silent_reason and (old or {}).get("review_reason") != silent_reason else None
    )
    override = overrides.get((row["jurisdiction"], row["profession"]))
    row["status"] = override["status"] if override else new_status
    db.table("legality").upsert(row, pk=("jurisdiction", "profession"))
    return Transition(
        jurisdiction=row["jurisdiction"],
        profession=row["profession"],
        old_status=old_status,
        new_status=new_status,
        row=row,
        status_changed=changed,
        needs_review=fresh_silence,
    )
