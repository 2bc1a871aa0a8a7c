"""How complete the dossier is: which norms are onderbouwd (supported) on a reference date.

A norm is onderbouwd when its status is compliant or partially_compliant and each of its
aspects (or, without aspects, the norm itself) has at least one evidence item that is valid on
the reference date. Coverage = onderbouwde norms / applicable norms, where a norm that is out of
scope, or not_applicable with a reason, leaves the denominator. Coverage measures how complete
the dossier is, not whether the organisation complies.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from swlabel.load.dossier import Dossier
from swlabel.models import STATUSES, EvidenceItem, Norm, Rubriek, Status

SUPPORTING_STATUSES: frozenset[Status] = frozenset({"compliant", "partially_compliant"})


@dataclass(frozen=True)
class ItemValidity:
    """Whether one evidence item counts on the reference date, and if not, why not."""

    valid: bool
    # "", "unknown_document", "invalid_document", "invalid_item", "not_yet", "expired"
    reason: str = ""
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class NormCoverage:
    norm: Norm
    status: Status
    in_scope: bool
    applicable: bool
    supported: bool
    units: int  # aspects, or 1 for a norm without aspects
    covered_units: int
    uncovered_aspects: tuple[str, ...]
    # One per evidence item of the norm's file, in its order (the report and the interview
    # plan show them without working them out again).
    validities: tuple[ItemValidity, ...] = ()
    # The file's status was wrong, or its fields unreadable: the norm counts as not assessed,
    # and what is shown says why (see status_key), never a silent "not assessed".
    status_invalid: bool = False
    unreadable: bool = False

    @property
    def status_key(self) -> str:
        """The catalogue key of what to call the norm's status."""
        if self.unreadable:
            return "status.unreadable"
        if self.status_invalid:
            return "status.invalid"
        return f"status.{self.status}"


@dataclass(frozen=True)
class Tally:
    """Counts for a rubriek or for the whole norm set."""

    norms: int
    applicable: int
    supported: int
    units: int
    covered_units: int
    statuses: dict[Status, int]

    @property
    def percentage(self) -> float | None:
        return None if self.applicable == 0 else 100.0 * self.supported / self.applicable

    @property
    def aspect_percentage(self) -> float | None:
        return None if self.units == 0 else 100.0 * self.covered_units / self.units


@dataclass(frozen=True)
class RubriekCoverage:
    rubriek: Rubriek
    norms: tuple[NormCoverage, ...]
    tally: Tally


@dataclass(frozen=True)
class Coverage:
    as_of: dt.date
    rubrieken: tuple[RubriekCoverage, ...]
    total: Tally

    def norm(self, norm_id: str) -> NormCoverage | None:
        for rubriek in self.rubrieken:
            for norm in rubriek.norms:
                if norm.norm.id == norm_id:
                    return norm
        return None


# The fields of a register document on which its validity rests.
PROVING_FIELDS = frozenset({"date", "valid_until", "review_date", "path", "url"})


def item_validity(dossier: Dossier, item: EvidenceItem, as_of: dt.date) -> ItemValidity:
    """An item counts when its document exists and it is dated on or before AS_OF and not past
    its valid_until; a register reference takes the register document's dates."""
    start, end = item.date, item.valid_until
    if item.document is not None:
        located = dossier.documents.get(item.document)
        if located is None:
            return ItemValidity(False, "unknown_document")
        if not located.invalid.isdisjoint(PROVING_FIELDS):
            # Its melding says which; a document whose dates or place are wrong proves nothing,
            # one with a wrong owner or kind still does.
            return ItemValidity(False, "invalid_document")
        start, end = located.value.date, located.value.valid_until
    if start is not None and start > as_of:
        return ItemValidity(False, "not_yet", end)
    if end is not None and end < as_of:
        return ItemValidity(False, "expired", end)
    return ItemValidity(True, "", end)


# An item that lost a wrong field proves nothing; its melding says which field.
_INVALID_ITEM = ItemValidity(False, "invalid_item")


def norm_coverage(
    dossier: Dossier,
    norm: Norm,
    as_of: dt.date,
    documents: dict[str, ItemValidity] | None = None,
) -> NormCoverage:
    """NORM's coverage on AS_OF. DOCUMENTS keeps the validity of each register document an
    item refers to (which rests on the document alone), for the next norm that cites it."""
    if documents is None:
        documents = {}
    record = dossier.evidence.get(norm.id)
    in_scope = dossier.norm_applies(norm.id)
    status: Status
    if record is not None:
        status = record.file.status
    else:
        status = "not_assessed" if in_scope else "not_applicable"
    excused = status == "not_applicable" and (
        record is None or bool(record.file.not_applicable_reason)
    )
    applicable = in_scope and not excused
    covered: set[str] = set()
    any_valid = False
    items = record.file.evidence if record is not None else ()
    wrong = record.wrong_items if record is not None else frozenset()
    validities = tuple(
        _INVALID_ITEM
        if index in wrong
        else item_validity(dossier, item, as_of)
        if item.document is None
        else _document_validity(dossier, item, item.document, as_of, documents)
        for index, item in enumerate(items)
    )
    for item, validity in zip(items, validities, strict=True):
        if validity.valid:
            any_valid = True
            covered.update(item.aspects)
    aspect_ids = [aspect.id for aspect in norm.aspects]
    if aspect_ids:
        uncovered = tuple(aspect for aspect in aspect_ids if aspect not in covered)
        units, covered_units = len(aspect_ids), len(aspect_ids) - len(uncovered)
    else:
        uncovered = ()
        units, covered_units = 1, int(any_valid)
    supported = applicable and status in SUPPORTING_STATUSES and covered_units == units
    return NormCoverage(
        norm=norm,
        status=status,
        in_scope=in_scope,
        applicable=applicable,
        supported=supported,
        units=units,
        covered_units=covered_units,
        uncovered_aspects=uncovered,
        validities=validities,
        status_invalid=record is not None and record.status_invalid,
        unreadable=record is not None and record.unreadable,
    )


def _document_validity(
    dossier: Dossier,
    item: EvidenceItem,
    document: str,
    as_of: dt.date,
    documents: dict[str, ItemValidity],
) -> ItemValidity:
    # A register document is cited by many items (20,000 items, 5,000 documents on "large").
    found = documents.get(document)
    if found is None:
        found = documents[document] = item_validity(dossier, item, as_of)
    return found


def _tally(norms: list[NormCoverage]) -> Tally:
    statuses: Counter[Status] = Counter(norm.status for norm in norms)
    applicable = [norm for norm in norms if norm.applicable]
    return Tally(
        norms=len(norms),
        applicable=len(applicable),
        supported=sum(norm.supported for norm in applicable),
        units=sum(norm.units for norm in applicable),
        covered_units=sum(norm.covered_units for norm in applicable),
        statuses={status: statuses.get(status, 0) for status in STATUSES},
    )


def compute_coverage(dossier: Dossier, as_of: dt.date) -> Coverage:
    """Coverage of DOSSIER on AS_OF, per rubriek and overall."""
    by_rubriek: dict[str, list[NormCoverage]] = {r.id: [] for r in dossier.normset.rubrieken}
    documents: dict[str, ItemValidity] = {}
    for norm in dossier.normset.norms:
        by_rubriek[norm.rubriek].append(norm_coverage(dossier, norm, as_of, documents))
    rubrieken = tuple(
        RubriekCoverage(rubriek, tuple(by_rubriek[rubriek.id]), _tally(by_rubriek[rubriek.id]))
        for rubriek in dossier.normset.rubrieken
    )
    every = [norm for rubriek in rubrieken for norm in rubriek.norms]
    return Coverage(as_of=as_of, rubrieken=rubrieken, total=_tally(every))
