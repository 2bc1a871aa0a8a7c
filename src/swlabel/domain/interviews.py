"""The interview plan for the day of the toetsing, from the ``interviewees`` of every norm.

Groups are defined once, in ``interview_groups`` of swlabel.yaml (an id and the name to show:
``{id: manager-hr, name: Manager HR}``); without that list the usual groups count
(:data:`BUILTIN_GROUPS`: ``or`` is shown as "OR"). Groups are matched by id or by name,
without regard to case, Unicode form, or whether words are joined by spaces, hyphens or
underscores ("OR", "or"; "raad-van-toezicht", "Raad van toezicht"). A group the list does not
know is shown as the organisation wrote it: its most frequent spelling, the first one on a tie.

Only applicable norms are planned (:attr:`swlabel.domain.coverage.NormCoverage.applicable`): a norm
that is out of scope or not applicable is not discussed at the toetsing. An applicable norm
without interviewees is one nobody can speak to in practice, and the plan lists it apart.
The documents per norm are the evidence items that are valid on the reference date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from swlabel.domain.coverage import Coverage, NormCoverage, compute_coverage
from swlabel.doors.mask import printable
from swlabel.load.dossier import Dossier
from swlabel.models import Config, EvidenceItem
from swlabel.problems import natural_key

_SEPARATORS = re.compile(r"[\s_-]+")

# The groups of a toetsing (DOMAIN.md), as ``init`` scaffolds them: (id, name to show).
BUILTIN_GROUPS: tuple[tuple[str, str], ...] = (
    ("medewerkers", "Medewerkers"),
    ("vrijwilligers", "Vrijwilligers"),
    ("cliënten", "Cliënten"),
    ("cliëntenraad", "Cliëntenraad"),
    ("or", "OR"),
    ("management", "Management"),
    ("raad-van-toezicht", "Raad van toezicht"),
)


@dataclass(frozen=True)
class PlannedNorm:
    """A norm on the plan, with the titles of its valid evidence, in the evidence file's order."""

    id: str
    documents: tuple[str, ...]


@dataclass(frozen=True)
class GroupPlan:
    """One group to invite and the norms it can speak to (natural order: 1.2 before 1.10)."""

    name: str
    norms: tuple[PlannedNorm, ...]


@dataclass(frozen=True)
class InterviewPlan:
    """Groups with the most norms first (then by name); ``unspoken`` are the applicable norms
    that no group can speak to."""

    organisation: str
    as_of: dt.date
    next_audit: dt.date | None
    groups: tuple[GroupPlan, ...]
    unspoken: tuple[PlannedNorm, ...]


def group_key(name: str) -> str:
    """The form two spellings of one group share: NFC, case-folded, one hyphen between words."""
    folded = unicodedata.normalize("NFC", name).casefold().strip(" \t\r\n-_")
    return _SEPARATORS.sub("-", folded)


def group_names(config: Config) -> dict[str, str]:
    """Per group (by :func:`group_key` of its id and of its name), the name to show: the
    groups of swlabel.yaml, or the built-in ones."""
    defined = [(group.id, group.name) for group in config.interview_groups] or BUILTIN_GROUPS
    names: dict[str, str] = {}
    for group_id, name in defined:
        names.setdefault(group_key(group_id), name)
        names.setdefault(group_key(name), name)
    return names


def group_name(written: str, names: dict[str, str]) -> str:
    """WRITTEN (an entry of ``interviewees``) as it is shown: its group's name, or as written."""
    return names.get(group_key(written), written)


def _display(text: str) -> str:
    """TEXT fit to show: on one line, any BSN masked (as in the report), and control characters
    (which could recolour or clear a terminal) shown as U+FFFD."""
    return printable(" ".join(text.split()))


def _title(dossier: Dossier, item: EvidenceItem) -> str:
    located = dossier.documents.get(item.document) if item.document is not None else None
    return _display(located.value.title if located else item.title or item.document or "")


def _documents(dossier: Dossier, norm: NormCoverage) -> tuple[str, ...]:
    record = dossier.evidence.get(norm.norm.id)
    if record is None:
        return ()
    titles = (
        _title(dossier, item)
        for item, validity in zip(record.file.evidence, norm.validities, strict=True)
        if validity.valid
    )
    return tuple(dict.fromkeys(titles))


def build_plan(dossier: Dossier, as_of: dt.date, coverage: Coverage | None = None) -> InterviewPlan:
    """The interview plan of DOSSIER, with the documents that are valid on AS_OF (COVERAGE on
    that date, when the caller has it already)."""
    coverage = coverage or compute_coverage(dossier, as_of)
    by_id = {
        norm.norm.id: norm
        for rubriek in coverage.rubrieken
        for norm in rubriek.norms
        if norm.applicable
    }
    applicable = sorted(by_id, key=natural_key)
    # Per group the spellings used, in the order first seen (a Counter keeps that order).
    names = group_names(dossier.config)
    spellings: dict[str, Counter[str]] = {}
    members: dict[str, list[str]] = {}
    unspoken: list[PlannedNorm] = []
    documents = {norm_id: _documents(dossier, by_id[norm_id]) for norm_id in applicable}
    for norm_id in applicable:
        record = dossier.evidence.get(norm_id)
        keys: list[str] = []
        for written in record.file.interviewees if record else ():
            name = _display(group_name(written, names))
            key = group_key(name)
            if not key:
                continue
            spellings.setdefault(key, Counter())[name] += 1
            if key not in keys:
                keys.append(key)
        if not keys:
            unspoken.append(PlannedNorm(norm_id, documents[norm_id]))
        for key in keys:
            members.setdefault(key, []).append(norm_id)
    groups = []
    for key, norm_ids in members.items():
        # max() keeps the first of equals: on a tie, the spelling seen first wins.
        name = max(spellings[key], key=spellings[key].__getitem__)
        groups.append(GroupPlan(name, tuple(PlannedNorm(n, documents[n]) for n in norm_ids)))
    groups.sort(key=lambda group: (-len(group.norms), group_key(group.name)))
    return InterviewPlan(
        organisation=_display(dossier.config.organisation),
        as_of=as_of,
        next_audit=dossier.config.next_audit,
        groups=tuple(groups),
        unspoken=tuple(unspoken),
    )
