"""The report's appendices: the document register, the improvement plan, and what expires or
falls due before the next toetsing."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from swlabel.domain.cycle import action_is_late, answering_actions, point_deadline
from swlabel.i18n import Translator
from swlabel.load.dossier import Dossier, document_users
from swlabel.models import CLOSED_ACTIONS, OPEN_ACTIONS, ImprovementAction
from swlabel.output.links import link_for, norm_anchor
from swlabel.problems import natural_key


@dataclass(frozen=True)
class DocumentRow:
    id: str
    title: str
    kind: str
    href: str | None
    owner: str
    date: str
    review_date: str
    valid_until: str
    norms: tuple[tuple[str, str], ...]  # (norm id, anchor)
    now: str  # validity on the reference date, in words
    at_audit: str  # validity on the toetsing date, in words ("" without a toetsing date)
    expired: bool


@dataclass(frozen=True)
class PlanRow:
    id: str
    title: str
    norms: tuple[str, ...]
    source: str
    owner: str
    due: str
    status: str
    state: str  # late, before_audit, open, done, cancelled
    state_label: str


@dataclass(frozen=True)
class ExpiryRow:
    date: str
    what: str
    kind: str
    norms: tuple[str, ...]


def iso_date(value: dt.date | None) -> str:
    """A date as the report shows it (YYYY-MM-DD), or nothing."""
    return value.isoformat() if value else ""


def actions_by_norm(dossier: Dossier) -> dict[str, list[str]]:
    """The actions of each norm: named in its evidence file, or naming the norm in the plan."""
    found: dict[str, list[str]] = {}
    for norm_id, record in dossier.evidence.items():
        found[norm_id] = list(dict.fromkeys(record.file.actions))
    for action_id, located in dossier.actions.items():
        for norm_id in located.value.norms:
            listed = found.setdefault(norm_id, [])
            if action_id not in listed:
                listed.append(action_id)
    return found


def _validity(valid_until: dt.date | None, day: dt.date, labels: tuple[str, str]) -> str:
    """LABELS (valid, expired) for a document valid until VALID_UNTIL, on DAY."""
    valid, expired = labels
    return expired if valid_until is not None and valid_until < day else valid


def document_rows(
    dossier: Dossier,
    as_of: dt.date,
    base: Path,
    t: Translator,
    link: Callable[[str | None, str | None], str | None] | None = None,
    users: dict[str, tuple[str, ...]] | None = None,
) -> tuple[DocumentRow, ...]:
    """The register's documents by title. LINK gives the link of a (path, url) from BASE, as
    link_for does: the report's view passes the links its evidence rows looked up already,
    and USERS, document_users of the dossier, which it asks once for the whole view."""
    if link is None:
        link = functools.partial(link_for, dossier.root, base=base)
    if users is None:
        users = document_users(dossier)
    audit = dossier.config.next_audit
    labels = (t("report.validity.valid"), t("report.validity.expired"))
    rows = []
    by_title = sorted(
        dossier.documents, key=lambda key: (dossier.documents[key].value.title.casefold(), key)
    )
    for document_id in by_title:
        document = dossier.documents[document_id].value
        rows.append(
            DocumentRow(
                id=document_id,
                title=document.title,
                kind=document.kind or "",
                href=link(document.path, document.url),
                owner=document.owner or "",
                date=iso_date(document.date),
                review_date=iso_date(document.review_date),
                valid_until=iso_date(document.valid_until),
                norms=tuple((norm, norm_anchor(norm)) for norm in users.get(document_id, ())),
                now=_validity(document.valid_until, as_of, labels),
                at_audit=_validity(document.valid_until, audit, labels) if audit else "",
                expired=document.valid_until is not None and document.valid_until < as_of,
            )
        )
    return tuple(rows)


def _state(action: ImprovementAction, as_of: dt.date, audit: dt.date | None) -> str:
    if action.status not in OPEN_ACTIONS:
        return action.status
    if action_is_late(action, as_of):
        return "late"
    if audit is not None and action.due is not None and action.due < audit:
        return "before_audit"
    return "open"


def plan_rows(dossier: Dossier, as_of: dt.date, t: Translator) -> tuple[PlanRow, ...]:
    audit = dossier.config.next_audit
    order = {"late": 0, "before_audit": 1, "open": 2, "done": 3, "cancelled": 4}
    rows = []
    for action_id, located in dossier.actions.items():
        action = located.value
        state = _state(action, as_of, audit)
        rows.append(
            PlanRow(
                id=action_id,
                title=action.title,
                norms=action.norms,
                source=action.source,
                owner=action.owner or "",
                due=iso_date(action.due),
                status=t(f"action.{action.status}"),
                state=state,
                state_label=t(f"plan.state.{state}"),
            )
        )
    rows.sort(key=lambda row: (order[row.state], row.due or "9999", natural_key(row.id)))
    return tuple(rows)


def expiry_rows(
    dossier: Dossier,
    as_of: dt.date,
    t: Translator,
    users: dict[str, tuple[str, ...]] | None = None,
) -> tuple[ExpiryRow, ...]:
    """Everything that expires or falls due between the reference date and the toetsing
    (USERS: document_users of the dossier, when the caller has it)."""
    audit = dossier.config.next_audit
    if audit is None or audit <= as_of:
        return ()

    def coming(day: dt.date | None) -> bool:
        return day is not None and as_of <= day < audit

    if users is None:
        users = document_users(dossier)
    rows = []
    for document_id, located in dossier.documents.items():
        document = located.value
        norms = users.get(document_id, ())
        if norms and coming(document.valid_until):
            what = t("expiry.document", title=document.title)
            rows.append(ExpiryRow(iso_date(document.valid_until), what, "valid_until", norms))
        if norms and coming(document.review_date):
            what = t("expiry.review", title=document.title)
            rows.append(ExpiryRow(iso_date(document.review_date), what, "review_date", norms))
    for norm_id, record in dossier.evidence.items():
        for item in record.file.evidence:
            if item.document is None and coming(item.valid_until):
                what = t("expiry.document", title=item.title or "")
                rows.append(ExpiryRow(iso_date(item.valid_until), what, "valid_until", (norm_id,)))
    for action_id, planned in dossier.actions.items():
        action = planned.value
        if action.status in OPEN_ACTIONS and coming(action.due):
            what = t("expiry.action", id=action_id, title=action.title)
            rows.append(ExpiryRow(iso_date(action.due), what, "due", action.norms))
    rows.sort(key=lambda row: (row.date, row.what))
    return tuple(rows)


@dataclass(frozen=True)
class FollowUpAction:
    id: str
    status: str
    due: str


@dataclass(frozen=True)
class FollowUpRow:
    """A verbeterpunt of a toetsing, with the verbeteracties that answer it."""

    id: str
    audit_date: str
    norms: tuple[str, ...]
    description: str
    deadline: str
    actions: tuple[FollowUpAction, ...]
    state: str  # done, open, late, none
    state_label: str


def follow_up_rows(dossier: Dossier, as_of: dt.date, t: Translator) -> tuple[FollowUpRow, ...]:
    rows = []
    for audit in dossier.audits:
        for point in audit.value.improvement_points:
            actions = answering_actions(dossier, point.id)
            deadline = point_deadline(dossier, point)
            if not actions:
                state = "none"
            elif all(action.status in CLOSED_ACTIONS for action in actions):
                state = "done"
            elif any(
                action.status in OPEN_ACTIONS and (action.due or deadline or as_of) < as_of
                for action in actions
            ):
                state = "late"
            else:
                state = "open"
            rows.append(
                FollowUpRow(
                    id=point.id,
                    audit_date=audit.value.date.isoformat(),
                    norms=point.norms,
                    description=point.description,
                    deadline=iso_date(deadline),
                    actions=tuple(
                        FollowUpAction(a.id, t(f"action.{a.status}"), iso_date(a.due))
                        for a in actions
                    ),
                    state=state,
                    state_label=t(f"followup.state.{state}"),
                )
            )
    return tuple(rows)


def last_judgements(dossier: Dossier, t: Translator) -> dict[str, str]:
    """Per norm, the judgement of the most recent toetsing that judged it, in words."""
    found: dict[str, str] = {}
    for audit in dossier.audits:  # oldest first, so later ones win
        for norm_id, judgement in audit.value.judgements.items():
            found[norm_id] = t(
                "report.last_audit_value",
                date=audit.value.date.isoformat(),
                judgement=t(f"status.{judgement}"),
            )
    return found
