"""The audit cycle: when a toetsing's certificate ends, when a verbeterpunt must be answered,
which verbeteracties answer it and when an action is late.

The checks (SWL308, SWL407, SWL408) and the outputs (the report's appendices, status, the
calendar) ask the same questions, so the answers live here, once.
"""

from __future__ import annotations

import datetime as dt

from swlabel.domain.dates import add_days, add_years
from swlabel.load.dossier import Dossier
from swlabel.models import OPEN_ACTIONS, Audit, ImprovementAction, ImprovementPoint


def certificate_end(audit: Audit, years: int) -> dt.date | None:
    """When the certificate of an external audit ends: as written, or YEARS after the decision.
    A peer review has none, and neither has an audit without a decision yet (one that is
    still to come)."""
    if audit.route != "external":
        return None
    if audit.certificate_valid_until is not None:
        return audit.certificate_valid_until
    if audit.decision_date is None:
        return None
    return add_years(audit.decision_date, years)


def point_deadline(dossier: Dossier, point: ImprovementPoint) -> dt.date | None:
    """The verbeterpunt's own deadline, or the follow-up period of the certification body."""
    if point.deadline is not None:
        return point.deadline
    audit = dossier.audit_of(point.id)
    if audit is None or audit.body is None:
        return None
    terms = {term.body.casefold(): term.days for term in dossier.config.audits.follow_up}
    days = terms.get(audit.body.casefold())
    return None if days is None else add_days(audit.date, days)


def answering_actions(dossier: Dossier, point_id: str) -> list[ImprovementAction]:
    """The verbeteracties of the plan that answer the verbeterpunt POINT_ID, in plan order."""
    return [
        located.value
        for located in dossier.actions.values()
        if located.value.improvement_point == point_id
    ]


def action_is_late(action: ImprovementAction, as_of: dt.date) -> bool:
    """Whether an open or running verbeteractie is past its own due date on AS_OF."""
    return action.status in OPEN_ACTIONS and action.due is not None and action.due < as_of
