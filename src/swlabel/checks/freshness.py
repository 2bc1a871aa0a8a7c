"""Freshness: what has expired, is overdue or will be by the next toetsing, the follow-up of
a toetsing's verbeterpunten, and the certificate's end.

The reference date is ``--as-of`` (default today); the toetsing date is ``next_audit`` in
swlabel.yaml. A register document is checked once, in the register, and only when a norm uses
it: an old document kept for the record is no melding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from swlabel.domain.cycle import certificate_end, point_deadline
from swlabel.domain.dates import months_before
from swlabel.load.dossier import Dossier, document_users
from swlabel.load.sources import SourceFile
from swlabel.models import CLOSED_ACTIONS, OPEN_ACTIONS, Date
from swlabel.problems import Problem, Text, msg


def check_freshness(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    audit = dossier.config.next_audit
    if audit is not None and audit <= as_of:
        audit = None  # a toetsing in the past says nothing about what is coming
    problems: list[Problem] = []
    problems += _evidence_items(dossier, as_of, audit)
    problems += _register(dossier, as_of, audit)
    problems += _actions(dossier, as_of, audit)
    problems += _assessments(dossier, as_of)
    problems += _follow_up(dossier, as_of)
    problems += _certificate(dossier, as_of)
    return problems


def _expiry(
    source: SourceFile,
    loc: tuple[str | int, ...],
    what: Callable[[], Text],
    subject: str,
    valid_until: Date | None,
    as_of: dt.date,
    audit: dt.date | None,
    dated: Date | None,
) -> list[Problem]:
    """SWL401 or SWL405 for what is valid until VALID_UNTIL; WHAT names it, and is asked for
    only when there is a melding (most of 20,000 items have none). Valid until before its own
    date (DATED) is SWL309's one mistake, a mistyped year or swapped dates: which date is wrong
    is not known, so neither is whether it expired, and the mistake gets one melding."""
    if valid_until is None or (dated is not None and valid_until < dated):
        return []
    if valid_until < as_of:
        message = msg("SWL401.message", what=what(), date=valid_until.isoformat())
        return [source.problem("SWL401", message, loc, subject=subject)]
    if audit is not None and valid_until < audit:
        message = msg(
            "SWL405.message", what=what(), date=valid_until.isoformat(), audit=audit.isoformat()
        )
        return [source.problem("SWL405", message, loc, subject=subject)]
    return []


def _evidence_items(dossier: Dossier, as_of: dt.date, audit: dt.date | None) -> list[Problem]:
    problems = []
    for record in dossier.evidence.values():
        for index, item in enumerate(record.file.evidence):
            if item.document is not None or item.valid_until is None:
                continue
            title = item.title or ""
            what = _item_name(title, record.norm_id)
            loc = ("evidence", index, "valid_until")
            problems += _expiry(
                record.source, loc, what, title, item.valid_until, as_of, audit, item.date
            )
    return problems


def _item_name(title: str, norm_id: str) -> Callable[[], Text]:
    return lambda: msg("freshness.item", title=title, id=norm_id)


def _document_name(document_id: str, norms: tuple[str, ...]) -> Callable[[], Text]:
    return lambda: msg("freshness.document", id=document_id, norms=", ".join(norms))


def _register(dossier: Dossier, as_of: dt.date, audit: dt.date | None) -> list[Problem]:
    users = document_users(dossier)
    problems = []
    for document_id, located in dossier.documents.items():
        norms = users.get(document_id)
        if not norms:
            continue
        document, source, loc = located.value, located.source, located.loc
        what = _document_name(document_id, norms)
        until = (*loc, "valid_until")
        problems += _expiry(
            source, until, what, document_id, document.valid_until, as_of, audit, document.date
        )
        review = document.review_date
        if review is None:
            continue
        if review < as_of:
            message = msg("SWL402.message", id=document_id, date=review.isoformat())
            where = (*loc, "review_date")
            problems.append(source.problem("SWL402", message, where, subject=document_id))
        elif audit is not None and review < audit:
            message = msg(
                "SWL406.review", id=document_id, date=review.isoformat(), audit=audit.isoformat()
            )
            where = (*loc, "review_date")
            problems.append(source.problem("SWL406", message, where, subject=document_id))
    return problems


def _actions(dossier: Dossier, as_of: dt.date, audit: dt.date | None) -> list[Problem]:
    problems = []
    for action_id, located in dossier.actions.items():
        action = located.value
        if action.status not in OPEN_ACTIONS or action.due is None:
            continue
        loc = (*located.loc, "due")
        if action.due < as_of:
            message = msg("SWL403.message", id=action_id, date=action.due.isoformat())
            problems.append(located.source.problem("SWL403", message, loc, subject=action_id))
        elif audit is not None and action.due < audit:
            message = msg(
                "SWL406.action", id=action_id, date=action.due.isoformat(), audit=audit.isoformat()
            )
            problems.append(located.source.problem("SWL406", message, loc, subject=action_id))
    return problems


def _assessments(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    months = dossier.config.check.max_assessment_age_months
    oldest = months_before(as_of, months)
    problems = []
    for record in dossier.evidence.values():
        assessed = record.file.assessed_on
        if assessed is not None and assessed < oldest:
            norm_id = record.norm_id
            message = msg("SWL404.message", id=norm_id, date=assessed.isoformat(), months=months)
            where = ("assessed_on",)
            problems.append(record.source.problem("SWL404", message, where, subject=norm_id))
    return problems


def _follow_up(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    """SWL408 for a verbeteractie not done by its own due date or, without one, by the deadline
    of the verbeterpunt it answers."""
    problems = []
    for action_id, located in dossier.actions.items():
        action = located.value
        if action.improvement_point is None:
            continue
        point = dossier.improvement_points.get(action.improvement_point)
        if point is None:
            continue  # SWL211 (references)
        deadline = action.due or point_deadline(dossier, point.value)
        if action.status not in CLOSED_ACTIONS and deadline is not None and deadline < as_of:
            message = msg(
                "SWL408.message", id=action_id, point=point.value.id, date=deadline.isoformat()
            )
            loc = (*located.loc, "due" if action.due else "improvement_point")
            problems.append(located.source.problem("SWL408", message, loc, subject=action_id))
    return problems


def _certificate(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    """SWL407 when the certificate of the last decided external toetsing ends within
    ``audits.warn_months_before_end`` months of AS_OF, or has ended."""
    settings = dossier.config.audits
    decided = [
        (located, end)
        for located in dossier.audits
        if (end := certificate_end(located.value, settings.certificate_years)) is not None
    ]
    if not decided:
        return []
    latest, end = decided[-1]
    warn_from = months_before(end, settings.warn_months_before_end)
    if as_of < warn_from:
        return []
    key = "SWL407.ended" if end < as_of else "SWL407.message"
    message = msg(key, date=end.isoformat(), audit=latest.value.date.isoformat())
    audit = latest.value
    loc = (
        ("certificate_valid_until",)
        if audit.certificate_valid_until
        else ("decision_date",)
        if audit.decision_date
        else ("date",)
    )
    return [latest.source.problem("SWL407", message, loc, subject=audit.date.isoformat())]
