"""The audit cycle: toetsingen, their verbeterpunten, the verbeteracties that answer them, and
the certificate that an external audit leads to."""

from __future__ import annotations

import datetime as dt

from swlabel.checks.references import unknown_norm
from swlabel.domain.cycle import answering_actions, certificate_end, point_deadline
from swlabel.domain.dates import months_before
from swlabel.load.dossier import AUDIT_DIR, Dossier, did_you_mean
from swlabel.models import CLOSED_ACTIONS
from swlabel.problems import Problem, msg


def check_cycle(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    problems: list[Problem] = []
    for located in dossier.audits:
        audit, source = located.value, located.source
        found = [
            unknown_norm(dossier, norm_id, source, ("judgements", norm_id), key=True)
            for norm_id in audit.judgements
        ]
        for index, point in enumerate(audit.improvement_points):
            where = ("improvement_points", index)
            found += [
                unknown_norm(dossier, norm_id, source, (*where, "norms", at))
                for at, norm_id in enumerate(point.norms)
            ]
            if not answering_actions(dossier, point.id):
                message = msg("SWL308.message", id=point.id, date=audit.date.isoformat())
                found.append(source.problem("SWL308", message, (*where, "id"), subject=point.id))
        problems += [problem for problem in found if problem]
    problems += _actions(dossier, as_of)
    problems += _certificate(dossier, as_of)
    return problems


def _actions(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    problems = []
    point_ids = list(dossier.improvement_points)
    for action_id, located in dossier.actions.items():
        action = located.value
        if action.improvement_point is None:
            continue
        point = dossier.improvement_points.get(action.improvement_point)
        if point is None:
            if AUDIT_DIR in dossier.unreadable_folders:
                continue
            point_id = action.improvement_point
            hint = did_you_mean(point_id, point_ids)
            message = msg("SWL211.message", id=point_id, hint=hint)
            loc = (*located.loc, "improvement_point")
            problems.append(located.source.problem("SWL211", message, loc, subject=point_id))
            continue
        deadline = action.due or point_deadline(dossier, point.value)
        if action.status not in CLOSED_ACTIONS and deadline is not None and deadline < as_of:
            message = msg(
                "SWL408.message", id=action_id, point=point.value.id, date=deadline.isoformat()
            )
            loc = (*located.loc, "due" if action.due else "improvement_point")
            problems.append(located.source.problem("SWL408", message, loc, subject=action_id))
    return problems


def _certificate(dossier: Dossier, as_of: dt.date) -> list[Problem]:
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
