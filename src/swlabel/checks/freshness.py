"""Freshness: what has expired, is overdue or will be by the next toetsing.

The reference date is ``--as-of`` (default today); the toetsing date is ``next_audit`` in
swlabel.yaml. A register document is checked once, in the register, and only when a norm uses
it: an old document kept for the record is no melding.
"""

from __future__ import annotations

import datetime as dt

from swlabel.domain.dates import months_before
from swlabel.i18n import Translator
from swlabel.load.dossier import Dossier, document_users
from swlabel.load.sources import SourceFile
from swlabel.models import OPEN_ACTIONS, Date
from swlabel.problems import Problem


def check_freshness(dossier: Dossier, t: Translator, as_of: dt.date) -> list[Problem]:
    audit = dossier.config.next_audit
    if audit is not None and audit <= as_of:
        audit = None  # a toetsing in the past says nothing about what is coming
    problems: list[Problem] = []
    problems += _evidence_items(dossier, t, as_of, audit)
    problems += _register(dossier, t, as_of, audit)
    problems += _actions(dossier, t, as_of, audit)
    problems += _assessments(dossier, t, as_of)
    return problems


def _expiry(
    source: SourceFile,
    loc: tuple[str | int, ...],
    what: str,
    valid_until: Date | None,
    as_of: dt.date,
    audit: dt.date | None,
    t: Translator,
) -> list[Problem]:
    if valid_until is None:
        return []
    if valid_until < as_of:
        message = t("SWL401.message", what=what, date=valid_until.isoformat())
        return [source.problem("SWL401", message, loc)]
    if audit is not None and valid_until < audit:
        message = t(
            "SWL405.message", what=what, date=valid_until.isoformat(), audit=audit.isoformat()
        )
        return [source.problem("SWL405", message, loc)]
    return []


def _evidence_items(
    dossier: Dossier, t: Translator, as_of: dt.date, audit: dt.date | None
) -> list[Problem]:
    problems = []
    for record in dossier.evidence.values():
        for index, item in enumerate(record.file.evidence):
            if item.document is not None:
                continue
            what = t("freshness.item", title=item.title or "", id=record.norm_id)
            loc = ("evidence", index, "valid_until")
            problems += _expiry(record.source, loc, what, item.valid_until, as_of, audit, t)
    return problems


def _register(
    dossier: Dossier, t: Translator, as_of: dt.date, audit: dt.date | None
) -> list[Problem]:
    users = document_users(dossier)
    problems = []
    for document_id, located in dossier.documents.items():
        norms = users.get(document_id)
        if not norms:
            continue
        document, source, loc = located.value, located.source, located.loc
        what = t("freshness.document", id=document_id, norms=", ".join(norms))
        problems += _expiry(
            source, (*loc, "valid_until"), what, document.valid_until, as_of, audit, t
        )
        review = document.review_date
        if review is None:
            continue
        if review < as_of:
            message = t("SWL402.message", id=document_id, date=review.isoformat())
            problems.append(source.problem("SWL402", message, (*loc, "review_date")))
        elif audit is not None and review < audit:
            message = t(
                "SWL406.review", id=document_id, date=review.isoformat(), audit=audit.isoformat()
            )
            problems.append(source.problem("SWL406", message, (*loc, "review_date")))
    return problems


def _actions(
    dossier: Dossier, t: Translator, as_of: dt.date, audit: dt.date | None
) -> list[Problem]:
    problems = []
    for action_id, located in dossier.actions.items():
        action = located.value
        if action.status not in OPEN_ACTIONS or action.due is None:
            continue
        loc = (*located.loc, "due")
        if action.due < as_of:
            message = t("SWL403.message", id=action_id, date=action.due.isoformat())
            problems.append(located.source.problem("SWL403", message, loc))
        elif audit is not None and action.due < audit:
            message = t(
                "SWL406.action", id=action_id, date=action.due.isoformat(), audit=audit.isoformat()
            )
            problems.append(located.source.problem("SWL406", message, loc))
    return problems


def _assessments(dossier: Dossier, t: Translator, as_of: dt.date) -> list[Problem]:
    months = dossier.config.check.max_assessment_age_months
    oldest = months_before(as_of, months)
    problems = []
    for record in dossier.evidence.values():
        assessed = record.file.assessed_on
        if assessed is not None and assessed < oldest:
            message = t(
                "SWL404.message", id=record.norm_id, date=assessed.isoformat(), months=months
            )
            problems.append(record.source.problem("SWL404", message, ("assessed_on",)))
    return problems
