"""The dossier as a view model: plain data, prepared for the report templates.

Templates receive a :class:`ReportView` and hold no logic beyond loops and conditionals, so
every decision (what is valid, what a link points to, how a date is shown) is made here.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from swlabel import __version__
from swlabel.bsn import mask_bsns
from swlabel.coverage import Coverage, NormCoverage, Tally, item_validity
from swlabel.i18n import Translator
from swlabel.models import EvidenceItem
from swlabel.problems import Level, Problem
from swlabel.reporters import format_percentage
from swlabel.repository import Dossier

SAFE_URL_SCHEMES = ("http://", "https://", "mailto:")


@dataclass(frozen=True)
class EvidenceRow:
    title: str
    kind: str
    date: str
    valid_until: str
    href: str | None
    location: str
    valid: bool
    validity: str
    aspects: tuple[str, ...]


@dataclass(frozen=True)
class AspectRow:
    id: str
    label: str
    covered: bool
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class ActionRow:
    id: str
    title: str
    status: str
    due: str
    owner: str
    known: bool


@dataclass(frozen=True)
class ProblemRow:
    location: str
    code: str
    level: str
    message: str


@dataclass(frozen=True)
class NormView:
    id: str
    anchor: str
    text: str
    status: str
    status_label: str
    in_scope: bool
    applicable: bool
    supported: bool
    assessed_by: str
    assessed_on: str
    not_applicable_reason: str
    narrative: str
    evidence: tuple[EvidenceRow, ...]
    aspects: tuple[AspectRow, ...]
    interviewees: tuple[str, ...]
    actions: tuple[ActionRow, ...]
    problems: tuple[ProblemRow, ...]
    source_path: str


@dataclass(frozen=True)
class TallyView:
    label: str
    anchor: str
    applicable: int
    supported: int
    percentage: str
    aspects: str
    aspect_percentage: str


@dataclass(frozen=True)
class StatusRow:
    status: str
    label: str
    counts: tuple[int, ...]  # per rubriek, in order
    total: int


@dataclass(frozen=True)
class RubriekView:
    id: str
    title: str
    anchor: str
    tally: TallyView
    norms: tuple[NormView, ...]


@dataclass(frozen=True)
class ReportView:
    language: str
    organisation: str
    normset_id: str
    normset_title: str
    normset_version: str
    publisher: str
    copyright: str
    aspects_note: str
    as_of: str
    next_audit: str
    generator: str
    rubrieken: tuple[RubriekView, ...]
    total: TallyView
    status_rows: tuple[StatusRow, ...]
    problems: tuple[ProblemRow, ...]
    errors: int
    warnings: int


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def anchor(norm_id: str) -> str:
    return "norm-" + norm_id.replace(".", "-")


def link_for(dossier: Dossier, path: str | None, url: str | None, base: Path) -> str | None:
    """A link that works from the report's folder BASE, or None for an unsafe or absent target."""
    if url is not None:
        return url if url.strip().lower().startswith(SAFE_URL_SCHEMES) else None
    if path is None:
        return None
    target = dossier.root / path.replace("\\", "/")
    return Path(os.path.relpath(target, base)).as_posix()


def _problem_row(problem: Problem) -> ProblemRow:
    return ProblemRow(
        location=f"{problem.path}:{problem.line}:{problem.column}",
        code=problem.code,
        level=problem.level.value,
        message=problem.message,
    )


def _evidence_row(
    dossier: Dossier,
    item: EvidenceItem,
    as_of: dt.date,
    base: Path,
    labels: dict[str, str],
    t: Translator,
) -> EvidenceRow:
    validity = item_validity(dossier, item, as_of)
    title, kind, path, url = item.title, item.kind, item.path, item.url
    date = item.date
    if item.document is not None:
        located = dossier.documents.get(item.document)
        if located is not None:
            document = located.value
            title, kind, path, url = document.title, document.kind, document.path, document.url
            date = document.date
        else:
            title = item.document
    return EvidenceRow(
        title=mask_bsns(title or ""),
        kind=kind or "",
        date=_date(date),
        valid_until=_date(validity.valid_until),
        href=link_for(dossier, path, url, base),
        location=(path or url or "").replace("\\", "/"),
        valid=validity.valid,
        validity=t(f"report.validity.{validity.reason or 'valid'}"),
        aspects=tuple(labels.get(aspect, aspect) for aspect in item.aspects),
    )


def _norm_view(
    dossier: Dossier,
    coverage: NormCoverage,
    problems: list[Problem],
    as_of: dt.date,
    base: Path,
    t: Translator,
    render: Callable[[str], str],
) -> NormView:
    norm = coverage.norm
    record = dossier.evidence.get(norm.id)
    labels = {aspect.id: aspect.label for aspect in norm.aspects}
    items = record.file.evidence if record else ()
    rows = tuple(_evidence_row(dossier, item, as_of, base, labels, t) for item in items)
    aspects = tuple(
        AspectRow(
            id=aspect.id,
            label=aspect.label,
            covered=aspect.id not in coverage.uncovered_aspects,
            evidence=tuple(
                row.title
                for row, item in zip(rows, items, strict=True)
                if aspect.id in item.aspects and row.valid
            ),
        )
        for aspect in norm.aspects
    )
    actions = []
    for action_id in record.file.actions if record else ():
        located = dossier.actions.get(action_id)
        if located is None:
            actions.append(ActionRow(action_id, "", "", "", "", known=False))
            continue
        action = located.value
        actions.append(
            ActionRow(
                id=action.id,
                title=mask_bsns(action.title),
                status=t(f"action.{action.status}"),
                due=_date(action.due),
                owner=action.owner or "",
                known=True,
            )
        )
    path = record.path if record else ""
    file = record.file if record else None
    # Meldingen point at any BSN; the dossier itself must never show one.
    narrative = mask_bsns(file.narrative) if file and file.narrative.strip() else ""
    return NormView(
        id=norm.id,
        anchor=anchor(norm.id),
        text=norm.text,
        status=coverage.status,
        status_label=t(f"status.{coverage.status}"),
        in_scope=coverage.in_scope,
        applicable=coverage.applicable,
        supported=coverage.supported,
        assessed_by=mask_bsns(file.assessed_by or "") if file else "",
        assessed_on=_date(file.assessed_on) if file else "",
        not_applicable_reason=mask_bsns(file.not_applicable_reason or "") if file else "",
        narrative=render(narrative) if narrative else "",
        evidence=rows,
        aspects=aspects,
        interviewees=file.interviewees if file else (),
        actions=tuple(actions),
        problems=tuple(_problem_row(p) for p in problems if path and p.path == path),
        source_path=path,
    )


def _tally_view(label: str, anchor_id: str, tally: Tally, t: Translator) -> TallyView:
    return TallyView(
        label=label,
        anchor=anchor_id,
        applicable=tally.applicable,
        supported=tally.supported,
        percentage=format_percentage(tally.percentage),
        aspects=f"{tally.covered_units}/{tally.units}",
        aspect_percentage=format_percentage(tally.aspect_percentage),
    )


def build_report(
    dossier: Dossier,
    coverage: Coverage,
    problems: list[Problem],
    base: Path,
    t: Translator,
    render: Callable[[str], str],
) -> ReportView:
    """The report's view model. BASE is the folder the report is written to (for links);
    RENDER turns a narrative's Markdown into what the output format needs."""
    normset = dossier.normset
    rubrieken = []
    for rubriek in coverage.rubrieken:
        anchor_id = f"rubriek-{rubriek.rubriek.id}"
        norms = tuple(
            _norm_view(dossier, norm, problems, coverage.as_of, base, t, render)
            for norm in rubriek.norms
        )
        rubrieken.append(
            RubriekView(
                id=rubriek.rubriek.id,
                title=rubriek.rubriek.title,
                anchor=anchor_id,
                tally=_tally_view(
                    f"{rubriek.rubriek.id} {rubriek.rubriek.title}", anchor_id, rubriek.tally, t
                ),
                norms=norms,
            )
        )
    errors = sum(problem.level is Level.ERROR for problem in problems)
    return ReportView(
        language=t.language,
        organisation=dossier.config.organisation,
        normset_id=normset.id,
        normset_title=normset.title,
        normset_version=normset.version,
        publisher=normset.publisher,
        copyright=normset.copyright,
        aspects_note=normset.aspects_note.get(t.language) if normset.aspects_note else "",
        as_of=coverage.as_of.isoformat(),
        next_audit=_date(dossier.config.next_audit),
        generator=f"swlabel {__version__}",
        rubrieken=tuple(rubrieken),
        total=_tally_view(t("coverage.total"), "samenvatting", coverage.total, t),
        status_rows=tuple(
            StatusRow(
                status=status,
                label=t(f"status.{status}"),
                counts=tuple(rubriek.tally.statuses[status] for rubriek in coverage.rubrieken),
                total=count,
            )
            for status, count in coverage.total.statuses.items()
        ),
        problems=tuple(_problem_row(problem) for problem in problems),
        errors=errors,
        warnings=len(problems) - errors,
    )
