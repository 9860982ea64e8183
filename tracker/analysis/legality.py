"""Combine each jurisdiction's findings into one legality row per profession.

Precedence (strongest first): court > statute > rule > ag_opinion > board_position > faq > news.
The strongest rank with a deciding finding (permitted or prohibited) decides; when sources of
that rank disagree the status is ``contested``. One refinement, because legislatures can undo
an interpretation: a court ruling or AG opinion is *superseded* by a statute or rule that took
effect later and says otherwise (e.g. an AG opinion of 2014 against, a statute of 2015 for).
Every source that disagrees with the result, of any rank, is listed in ``conflicting_sources``.

Time: legality is computed against the run's as-of date. A permission is *pending* when it
waits for board rules not yet adopted (``awaiting_rules``), or when it is a statute or rule
whose ``effective_date`` is after the as-of date. Pending permissions do not decide today: the
in-force sources decide; when they do not permit it (prohibited, contested or silent) and a
pending permission of at least the deciding rank exists, the row is ``not_yet_in_effect``
(authorised, not allowed today). A later run whose as-of date reaches the effective date turns
the row ``permitted`` without any page changing.

Conditions come from every *agreeing* source, not only the deciding one: for ``permitted`` the
in-force permitting sources, for ``not_yet_in_effect`` the pending ones. Each condition keeps
the sources that state it; the governing value is the highest authority's (same rank: the
deciding source's, then the newest, then by id). Other statuses keep the decider's conditions
(none when ``contested``).

Dates: a row carries its decider's dates, except that a court or AG opinion agreeing with older
sources (a board ruling it upheld) dates the row from the earliest of them, and a decider without a
date (a statute that only defines the technique) takes the strongest agreeing source's date (the
rule that set the terms); see ``row_dates``.

Silence is not a change in the law: when the page that decided a row vanishes (404/410) or
stops deciding (its finding becomes ``unaddressed``), its last deciding finding keeps counting
and the row is flagged ``needs_review``. A failed fetch changes nothing, since findings come
only from new snapshots.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from tracker.models import (
    ANSWERED_VALUES,
    CONDITION_FIELDS,
    Authority,
    FetchOutcome,
    FindingStatus,
    LegalityStatus,
    ReviewState,
)
from tracker.store.rows import FindingRow, LegalityRow, as_row, as_rows

DECIDING = (FindingStatus.PERMITTED.value, FindingStatus.PROHIBITED.value)
SUPERSEDABLE = (Authority.COURT, Authority.AG_OPINION)
SUPERSEDING = (Authority.STATUTE, Authority.RULE)
DATED = (Authority.STATUTE, Authority.RULE)  # whose effective date says when the permission binds
PERMITTED = FindingStatus.PERMITTED.value


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)[:10]) if value else None


@dataclass(frozen=True)
class Say:
    """One source's latest finding, as legality sees it."""

    source_id: str
    authority: Authority
    url: str
    finding: FindingRow

    @property
    def status(self) -> str:
        return str(self.finding["status"])

    def condition(self, name: str) -> Any:
        """The finding's value of the condition column ``name`` (None: the page does not say)."""
        values: Mapping[str, Any] = self.finding
        return values.get(name)

    @property
    def effective(self) -> dt.date | None:
        return _date(self.finding.get("effective_date"))

    @property
    def enacted(self) -> dt.date | None:
        return _date(self.finding.get("enacted_date"))

    @property
    def date(self) -> dt.date | None:
        """When it took (or takes) effect, else when it was signed or issued."""
        return self.effective or self.enacted

    @property
    def awaiting_rules(self) -> bool:
        return bool(self.finding.get("awaiting_rules"))

    @property
    def deciding(self) -> bool:
        return self.status in DECIDING

    def pending(self, as_of: dt.date | None) -> bool:
        """A permission not binding on ``as_of``: awaiting rules, or a statute or rule in force later."""
        if self.status != PERMITTED:
            return False
        if self.awaiting_rules:
            return True
        effective = self.effective
        return as_of is not None and self.authority in DATED and effective is not None and effective > as_of


@dataclass(frozen=True)
class Decision:
    status: LegalityStatus
    decider: Say | None
    conflicting: tuple[str, ...] = ()
    superseded: tuple[str, ...] = ()
    agreeing: tuple[Say, ...] = ()  # the sources whose conditions bind, strongest first


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


def _ordered(says: list[Say], decider: Say | None) -> tuple[Say, ...]:
    """Strongest authority first; at one rank the decider, then the newest, then by id."""
    return tuple(
        sorted(
            says,
            key=lambda s: (
                s.authority.rank,
                s is not decider,
                -(s.date or dt.date.min).toordinal(),
                s.source_id,
            ),
        )
    )


def _decide(says: list[Say], deciding: list[Say]) -> Decision:
    """The status from in-force ``says`` alone (``deciding``: every deciding say, for dissent)."""
    live = [s for s in says if s.deciding]
    if not live:
        with_evidence = [s for s in says if s.finding.get("evidence")] or says
        decider = min(with_evidence, key=lambda s: (s.authority.rank, s.source_id)) if with_evidence else None
        return Decision(LegalityStatus.UNADDRESSED, decider, agreeing=(decider,) if decider else ())
    top_rank = min(s.authority.rank for s in live)
    top = [s for s in live if s.authority.rank == top_rank]
    statuses = {s.status for s in top}
    if len(statuses) > 1:
        everyone = tuple(sorted({s.source_id for s in deciding}))
        return Decision(LegalityStatus.CONTESTED, _best(top), everyone)
    status = LegalityStatus(statuses.pop())
    decider = _best(top)
    conflicting = tuple(sorted(s.source_id for s in deciding if s.status != status.value))
    if status is LegalityStatus.PERMITTED:
        return Decision(
            status,
            decider,
            conflicting,
            agreeing=_ordered([s for s in live if s.status == PERMITTED], decider),
        )
    return Decision(status, decider, conflicting, agreeing=(decider,))


def combine(says: list[Say], as_of: dt.date | None = None) -> Decision:
    """The legality of one jurisdiction and profession on ``as_of`` from its sources' findings.

    ``as_of`` None ignores effective dates (every dated permission counts as in force);
    ``awaiting_rules`` still holds a permission back.
    """
    deciding = [s for s in says if s.deciding]
    superseded = _superseded(deciding)
    current = [s for s in says if s.source_id not in superseded]
    pending = [s for s in current if s.pending(as_of)]
    in_force = [s for s in current if not s.pending(as_of)]
    decision = _decide(in_force, deciding)
    if pending and decision.status is not LegalityStatus.PERMITTED:
        strongest = min(s.authority.rank for s in pending)
        decider_rank = decision.decider.authority.rank if decision.decider else len(Authority)
        if decision.status is LegalityStatus.UNADDRESSED or strongest <= decider_rank:
            top = [s for s in pending if s.authority.rank == strongest]
            decider = _best(top)
            # a prohibition in force agrees that it is not allowed today; an in-force permission does not
            conflicting = sorted(s.source_id for s in in_force if s.deciding and s.status == PERMITTED)
            return Decision(
                LegalityStatus.NOT_YET_IN_EFFECT,
                decider,
                tuple(conflicting),
                tuple(sorted(superseded)),
                _ordered(pending, decider),
            )
    return Decision(
        decision.status,
        decision.decider,
        decision.conflicting,
        tuple(sorted(superseded)),
        decision.agreeing if decision.status is not LegalityStatus.CONTESTED else (),
    )


INTERPRETING = (Authority.COURT, Authority.AG_OPINION)  # they read the law; they do not enact it


def row_dates(decision: Decision) -> tuple[str | None, str | None]:
    """The row's (``effective_date``, ``enacted_date``), ISO or None.

    The decider's own dates, with two refinements for a permission. A court or an AG opinion that
    agrees with the sources beside it declares what the law already allowed, so the row is in force
    since the earliest date among the agreeing sources (a board's ruling years before the opinion
    that upheld it). A decider that gives no date (a statute page that only defines the technique)
    takes the date of the strongest agreeing source that gives one (the rule that sets the terms).
    """
    decider = decision.decider
    if decider is None:
        return None, None
    effective, enacted = decider.effective, decider.enacted
    if decision.status is LegalityStatus.PERMITTED:
        dated = [s for s in decision.agreeing if s.date is not None]
        if decider.authority in INTERPRETING and dated:
            earliest = min(dated, key=lambda s: (s.date or dt.date.max, s.source_id))
            if effective is None or (earliest.date is not None and earliest.date < effective):
                effective = earliest.date
        elif effective is None:
            effective = next((s.effective for s in decision.agreeing if s.effective is not None), None)
    if effective is None and enacted is None and decision.status is LegalityStatus.NOT_YET_IN_EFFECT:
        effective = next((s.effective for s in decision.agreeing if s.effective is not None), None)
    return (effective.isoformat() if effective else None, enacted.isoformat() if enacted else None)


def _stored(value: Any) -> Any:
    return int(value) if isinstance(value, bool) else value


def merge_conditions(decision: Decision) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The governing value of each condition, and every agreeing source that states one.

    Returns (``{condition: value or None}``, ``{condition: [{value, source_id, authority, url,
    governing}, ...]}``); the governing entry comes first.
    """
    values: dict[str, Any] = dict.fromkeys(CONDITION_FIELDS)
    sources: dict[str, list[dict[str, Any]]] = {}
    for name in CONDITION_FIELDS:
        stated = [s for s in decision.agreeing if s.condition(name) is not None]
        if not stated:
            continue
        values[name] = _stored(stated[0].condition(name))
        sources[name] = [
            {
                "value": _stored(s.condition(name)),
                "source_id": s.source_id,
                "authority": s.authority.value,
                "url": s.url,
                "governing": i == 0,
            }
            for i, s in enumerate(stated)
        ]
    return values, sources


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
    note: str | None = None  # why the status moved when no page did ("took effect on ...")
    extra: dict[str, Any] = field(default_factory=dict)


def _latest_by_source(
    db: Database, table: str, ids: list[str], where: str = "1"
) -> dict[str, dict[str, Any]]:
    """The newest row of ``table`` for each of the sources ``ids`` (matching ``where``)."""
    latest: dict[str, dict[str, Any]] = {}
    for part in _parts(ids):
        marks = ", ".join("?" for _ in part)
        sql = f"""
            select t.* from {table} t where t.id in (
                select max(id) from {table} where source_id in ({marks}) and ({where}) group by source_id
            )
        """
        latest.update((row["source_id"], row) for row in db.query(sql, part))
    return latest


def _parts(ids: list[str], size: int = 500) -> Iterator[list[str]]:
    """``ids`` in lists of at most ``size`` (SQLite's limit on a statement's parameters)."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _latest_findings(db: Database, ids: list[str], where: str = "1") -> dict[str, FindingRow]:
    return {
        sid: as_row(FindingRow, row) for sid, row in _latest_by_source(db, "findings", ids, where).items()
    }


def _groups(db: Database) -> Iterator[tuple[tuple[str, str], list[dict[str, Any]]]]:
    """The active sources by (jurisdiction, profession), in that order, each group read when
    it is reached: the rows of 10,000 sources and their findings held at once were most of a
    run's peak memory (bench/README.md)."""
    keys = db.execute(
        "select jurisdiction, profession, id from sources where active = 1"
        " order by jurisdiction, profession, id"
    ).fetchall()
    for key, members in itertools.groupby(keys, key=lambda row: (row[0], row[1])):
        ids = [row[2] for row in members]
        rows: dict[str, dict[str, Any]] = {}
        for part in _parts(ids):
            marks = ", ".join("?" for _ in part)
            rows.update(
                (row["id"], row) for row in db.query(f"select * from sources where id in ({marks})", part)
            )
        yield key, [rows[i] for i in ids]


def update(db: Database, run_id: int, as_of: str) -> list[Transition]:
    """Recompute every legality row of the active sources on ``as_of`` (the run's date, ISO);
    write them; return the transitions.

    Every date the rows record (``first_seen``, ``last_checked``) is a run's as-of date.
    """
    day = dt.date.fromisoformat(as_of[:10])
    run_dates = {r["id"]: r["as_of"] for r in db.query("select id, as_of from runs")}
    overrides = {(r["jurisdiction"], r["profession"]): r for r in db.table("overrides").rows}
    transitions = []
    for (code, profession), sources in _groups(db):
        ids = [s["id"] for s in sources]
        findings = _latest_findings(db, ids)
        deciding_findings = _latest_findings(db, ids, "status in ('permitted', 'prohibited')")
        checks = _latest_by_source(db, "checks", ids)
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
        decision = combine(says, day)
        if silent:
            reason, kept = silent
            kept_says = [kept if s.source_id == kept.source_id else s for s in says]
            decision = combine(kept_says, day)
            # flagged only when the row rests on the silent page: without its last word, the
            # status would differ (a gone board page under a deciding statute is no reason)
            without = [s for s in says if s.source_id != kept.source_id]
            if without and combine(without, day).status is decision.status:
                reason = None
            says = kept_says
        row = _row(code, profession, decision, sources, checks, run_dates, old, run_id)
        transition = _apply(db, row, old, reason, overrides, as_of, run_id)
        if transition.status_changed and not any(s.finding.get("run_id") == run_id for s in says):
            transition.note = _dated_note(transition, as_of)
        transitions.append(transition)
    return transitions


def _dated_note(t: Transition, as_of: str) -> str:
    """Why a status moved although no page changed: the as-of date passed an effective date."""
    effective = t.row.get("effective_date")
    if t.old_status == LegalityStatus.NOT_YET_IN_EFFECT.value and t.new_status == PERMITTED:
        return f"took effect on {effective}" if effective else f"took effect by {as_of}"
    if t.new_status == LegalityStatus.NOT_YET_IN_EFFECT.value and effective:
        return f"not yet in effect on {as_of}: in force from {effective}"
    return f"no page changed; the status moved with the date ({as_of})"


def _get(db: Database, code: str, profession: str) -> LegalityRow | None:
    rows = db.table("legality").rows_where("jurisdiction = ? and profession = ?", [code, profession])
    found = as_rows(LegalityRow, rows)
    return found[0] if found else None


def _silence(
    old: LegalityRow | None,
    says: list[Say],
    checks: dict[str, dict[str, Any]],
    deciding_findings: dict[str, FindingRow],
) -> tuple[str, Say] | None:
    """If the row's deciding page went silent, its last deciding say and the reason."""
    if old is None or not old.get("source_id"):
        return None
    current = next((s for s in says if s.source_id == old["source_id"]), None)
    if current is None:
        return None
    check = checks.get(current.source_id) or {}
    if check.get("outcome") == FetchOutcome.GONE.value and current.deciding:
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
    run_dates: dict[int, str],
    old: LegalityRow | None,
    run_id: int,
) -> dict[str, Any]:
    finding: Mapping[str, Any] = decision.decider.finding if decision.decider else {}
    ok_runs = [
        checks[s["id"]]["run_id"]
        for s in sources
        if s["id"] in checks and checks[s["id"]]["outcome"] in ANSWERED_VALUES
    ]
    # the as-of date of the newest run that reached one of the row's pages
    last_checked = run_dates.get(max(ok_runs)) if ok_runs else None
    conditions, condition_sources = merge_conditions(decision)
    effective, enacted = row_dates(decision)
    row: dict[str, Any] = {
        "jurisdiction": code,
        "profession": profession,
        "source_status": decision.status.value,
        "evidence": finding.get("evidence"),
        "source_id": decision.decider.source_id if decision.decider else None,
        "authority": decision.decider.authority.value if decision.decider else None,
        "url": decision.decider.url if decision.decider else None,
        "effective_date": effective,
        "enacted_date": enacted,
        "awaiting_rules": int(bool(finding.get("awaiting_rules"))),
        "last_checked": last_checked or (old["last_checked"] if old else None),
        "conflicting_sources": json.dumps(list(decision.conflicting)),
        "confidence": finding.get("confidence"),
        "finding_id": finding.get("id"),
        "updated_run_id": run_id,
        **conditions,
        "condition_sources": json.dumps(condition_sources),
    }
    return row


def _apply(
    db: Database,
    row: dict[str, Any],
    old: LegalityRow | None,
    silent_reason: str | None,
    overrides: dict[tuple[str, str], dict[str, Any]],
    as_of: str,
    run_id: int,
) -> Transition:
    new_status = row["source_status"]
    old_status = old["source_status"] if old else None
    changed = old is not None and old_status != new_status
    # review_state, review_reason and published_status follow from the review items
    # (tracker.editorial.workflow.settle, run by the change stage); a new row is the baseline
    if old is None:
        row.update(
            first_seen=as_of,
            first_seen_run_id=run_id,
            review_state=ReviewState.BASELINE.value,
            review_reason=None,
            published_status=new_status,
        )
    else:
        row.update(
            first_seen=as_of if changed else old["first_seen"],
            first_seen_run_id=run_id if changed else old.get("first_seen_run_id"),
            review_state=old["review_state"],
            review_reason=old["review_reason"],
            published_status=old["published_status"],
        )
    fresh_silence = (
        silent_reason if silent_reason and (old["review_reason"] if old else None) != silent_reason else None
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
