"""What each person must do before the toetsing, as data: ``swlabel todo``.

Four kinds of work, each with the date it is due and the person it falls to:

- ``review``: a register document whose ``review_date`` comes before the horizon (its
  ``owner``);
- ``expires``: evidence a norm uses whose ``valid_until`` comes before the horizon: a register
  document (its ``owner``) or an item described inline (the norm's ``assessed_by``); a document
  no norm uses does not nag, as in ``swlabel check``;
- ``action``: an open or running verbeteractie whose ``due`` comes before the horizon (its
  ``owner``);
- ``assess``: an applicable norm that is not assessed yet (or whose status or fields cannot be
  read), due at the toetsing (the norm's ``assessed_by``).

The horizon is the next toetsing (``next_audit``) when it lies after the reference date, and
otherwise :data:`HORIZON_MONTHS` months ahead. What is already past its date stays on the list,
marked late: it is the most urgent work there is. Everything here is plain data; the words are
made in :mod:`swlabel.output.todo`.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Literal

from swlabel.domain.coverage import compute_coverage
from swlabel.domain.dates import add_months
from swlabel.load.dossier import Dossier, document_users
from swlabel.models import OPEN_ACTIONS
from swlabel.problems import natural_key

HORIZON_MONTHS = 3

TodoKind = Literal["action", "review", "expires", "assess"]
# The order of items on one day.
KINDS: tuple[TodoKind, ...] = ("action", "review", "expires", "assess")


@dataclass(frozen=True)
class TodoItem:
    """One thing to do. SUBJECT is the document, action or norm id (for an inline evidence
    item: its title); DAY is None for a norm to assess when no toetsing is planned."""

    kind: TodoKind
    subject: str
    title: str
    day: dt.date | None
    late: bool
    owner: str | None
    norms: tuple[str, ...]
    path: str


@dataclass(frozen=True)
class OwnerTodo:
    """The items of one owner (None: nobody is named), by date."""

    owner: str | None
    items: tuple[TodoItem, ...]


@dataclass(frozen=True)
class TodoList:
    organisation: str
    as_of: dt.date
    next_audit: dt.date | None  # the toetsing, when it lies after as_of
    horizon: dt.date
    owners: tuple[OwnerTodo, ...]
    # Every owner the dossier names, as first written (for --owner's "did you mean").
    known_owners: tuple[str, ...]

    @property
    def count(self) -> int:
        return sum(len(owner.items) for owner in self.owners)


def owner_key(name: str) -> str:
    """The form two spellings of one person or role share: NFC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _owner(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def _items(dossier: Dossier, as_of: dt.date, horizon: dt.date) -> list[TodoItem]:
    def item(
        kind: TodoKind,
        subject: str,
        title: str,
        day: dt.date | None,
        owner: str | None,
        norms: tuple[str, ...] | list[str],
        path: str,
    ) -> TodoItem:
        ordered = tuple(sorted(dict.fromkeys(norms), key=natural_key))
        late = day is not None and day < as_of
        return TodoItem(kind, subject, title, day, late, _owner(owner), ordered, path)

    found: list[TodoItem] = []
    users = document_users(dossier)
    for document_id, located in dossier.documents.items():
        document, path = located.value, located.source.path
        used = users.get(document_id, ())
        if document.review_date is not None and document.review_date <= horizon:
            day = document.review_date
            found.append(
                item("review", document_id, document.title, day, document.owner, used, path)
            )
        if used and document.valid_until is not None and document.valid_until <= horizon:
            day = document.valid_until
            found.append(
                item("expires", document_id, document.title, day, document.owner, used, path)
            )
    inline: dict[tuple[str, dt.date, str | None], tuple[list[str], str]] = {}
    for norm_id in sorted(dossier.evidence, key=natural_key):
        record = dossier.evidence[norm_id]
        for evidence in record.file.evidence:
            if evidence.document is not None or evidence.title is None:
                continue
            if evidence.valid_until is None or evidence.valid_until > horizon:
                continue
            key = (evidence.title, evidence.valid_until, _owner(record.file.assessed_by))
            inline.setdefault(key, ([], record.path))[0].append(norm_id)
    for (title, day, owner), (norms, path) in inline.items():
        found.append(item("expires", title, title, day, owner, norms, path))
    citing: dict[str, list[str]] = {}
    for norm_id, record in dossier.evidence.items():
        for action_id in record.file.actions:
            citing.setdefault(action_id, []).append(norm_id)
    for action_id, located_action in dossier.actions.items():
        action = located_action.value
        if action.status not in OPEN_ACTIONS or action.due is None or action.due > horizon:
            continue
        norms = [*action.norms, *citing.get(action_id, ())]
        path = located_action.source.path
        found.append(item("action", action_id, action.title, action.due, action.owner, norms, path))
    audit = dossier.config.next_audit
    audit = audit if audit is not None and audit > as_of else None
    for rubriek in compute_coverage(dossier, as_of).rubrieken:
        for norm in rubriek.norms:
            if not norm.applicable:
                continue
            if not (norm.unreadable or norm.status_invalid or norm.status == "not_assessed"):
                continue
            assessed = dossier.evidence.get(norm.norm.id)
            owner = assessed.file.assessed_by if assessed is not None else None
            path = assessed.path if assessed is not None else ""
            found.append(item("assess", norm.norm.id, "", audit, owner, [norm.norm.id], path))
    return found


def _order(item: TodoItem) -> tuple[object, ...]:
    # Undated work (a norm to assess when no toetsing is planned) comes last.
    day = item.day or dt.date.max
    return (item.day is None, day, KINDS.index(item.kind), natural_key(item.subject))


def build_todo(dossier: Dossier, as_of: dt.date, owner: str | None = None) -> TodoList:
    """The to-do list of DOSSIER on AS_OF, per owner by date; only OWNER's items when given
    (matched without regard to case or spacing)."""
    audit = dossier.config.next_audit
    audit = audit if audit is not None and audit > as_of else None
    horizon = audit or add_months(as_of, HORIZON_MONTHS)
    items = _items(dossier, as_of, horizon)
    groups: dict[str | None, list[TodoItem]] = {}
    spelling: dict[str, str] = {}
    for found in items:
        key = owner_key(found.owner) if found.owner else None
        if key is not None:
            spelling.setdefault(key, found.owner or "")
        groups.setdefault(key, []).append(found)
    known = known_owners(dossier)
    if owner is not None:
        wanted = owner_key(owner)
        groups = {key: value for key, value in groups.items() if key == wanted}
    owners = [
        OwnerTodo(
            spelling[key] if key is not None else None,
            tuple(sorted(value, key=_order)),
        )
        for key, value in groups.items()
    ]
    # Named owners alphabetically, then the work nobody is named for.
    owners.sort(key=lambda group: (group.owner is None, owner_key(group.owner or "")))
    return TodoList(
        organisation=dossier.config.organisation,
        as_of=as_of,
        next_audit=audit,
        horizon=horizon,
        owners=tuple(owners),
        known_owners=known,
    )


def known_owners(dossier: Dossier) -> tuple[str, ...]:
    """Every owner or assessor the dossier names, as first written, alphabetically."""
    names = [located.value.owner for located in dossier.documents.values()]
    names += [located.value.owner for located in dossier.actions.values()]
    names += [record.file.assessed_by for record in dossier.evidence.values()]
    seen: dict[str, str] = {}
    for name in names:
        shown = _owner(name)
        if shown is not None:
            seen.setdefault(owner_key(shown), shown)
    return tuple(sorted(seen.values(), key=owner_key))


def nearest_owner(owner: str, known: tuple[str, ...]) -> str | None:
    """The owner of KNOWN that OWNER names (without regard to case or spacing): None when it
    names none."""
    for name in known:
        if owner_key(name) == owner_key(owner):
            return name
    return None
