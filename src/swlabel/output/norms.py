"""The terminal views of ``swlabel norms``: the norm set as a list, and one norm in full."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from swlabel.domain.coverage import Coverage
from swlabel.doors.mask import printable
from swlabel.i18n import Translator, render
from swlabel.load.dossier import Dossier, EvidenceRecord
from swlabel.models import Norm, NormSet
from swlabel.problems import Problem


def _first_words(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder=" …")


def norm_listing(normset: NormSet, coverage: Coverage | None, t: Translator) -> str:
    """Every norm by rubriek on one line, with the repository's status when COVERAGE is given."""
    parts = [printable(f"{normset.title} ({t('report.version')} {normset.version})") + "\n"]
    for rubriek in normset.rubrieken:
        parts.append(f"\n{t('report.rubriek')} {rubriek.id}. {printable(rubriek.title)}\n")
        for norm in normset.norms:
            if norm.rubriek != rubriek.id:
                continue
            status = ""
            if coverage is not None:
                found = coverage.norm(norm.id)
                if found is not None:
                    mark = "✓" if found.supported else " "
                    status = f"  {mark} {t(found.status_key)}"
            text = printable(_first_words(norm.text, 64))
            parts.append(f"  {norm.id:<6} {text:<66}{status}\n")
    parts.append("\n" + t("norms.more") + "\n")
    return "".join(parts)


def norm_detail(
    normset: NormSet,
    norm: Norm,
    dossier: Dossier | None,
    coverage: Coverage | None,
    problems: Sequence[Problem],
    t: Translator,
) -> str:
    """NORM in full; inside a repository (DOSSIER and COVERAGE given) also its status, its
    evidence and PROBLEMS, the meldingen about it."""
    rubriek = {r.id: r for r in normset.rubrieken}[norm.rubriek]
    parts = [
        f"{t('report.norm')} {norm.id} ({t('report.rubriek')} {rubriek.id}. "
        f"{printable(rubriek.title)})\n\n",
        textwrap.fill(norm.text, width=88) + "\n",
    ]
    if norm.applies_if:
        parts.append("\n" + t("norms.applies_if", key=norm.applies_if) + "\n")
    if norm.aspects:
        parts.append("\n" + t("report.aspects") + ":\n")
        for aspect in norm.aspects:
            parts.append(f"  {printable(aspect.id):<24} {printable(aspect.label)}\n")
    if dossier is None or coverage is None:
        return "".join(parts)
    found = coverage.norm(norm.id)
    record = dossier.evidence.get(norm.id)
    parts.append("\n" + t("norms.here", path=record.path if record else "-") + "\n")
    if found is not None:
        supported = t("report.yes") if found.supported else t("report.no")
        parts.append(f"  {t('report.status')}: {t(found.status_key)}\n")
        parts.append(f"  {t('report.onderbouwd')}: {supported}\n")
        if found.uncovered_aspects:
            parts.append(f"  {t('norms.uncovered')}: {', '.join(found.uncovered_aspects)}\n")
    if record is not None:
        parts += _evidence_lines(dossier, record, t)
    if problems:
        parts.append("\n" + t("report.problems") + ":\n")
        for problem in problems:
            parts.append(f"  {printable(problem.path)}:{problem.line}:{problem.column}: ")
            parts.append(f"{problem.code} {printable(render(problem.message, t))}\n")
    return "".join(parts)


def _evidence_lines(dossier: Dossier, record: EvidenceRecord, t: Translator) -> list[str]:
    """The norm's evidence items in the file's order, the invalid ones said so."""
    parts = []
    if record.unreadable:
        parts.append(f"  {t('report.unreadable_fields')}\n")
    lines: dict[int, str] = {}
    for index, item in zip(record.item_indices, record.file.evidence, strict=True):
        title = item.title
        if item.document is not None:
            located = dossier.documents.get(item.document)
            title = located.value.title if located else item.document
        aspects = f" [{', '.join(item.aspects)}]" if item.aspects else ""
        lines[index] = f"{title or ''}{aspects}"
    for invalid in record.invalid_items:
        title = invalid.label or t("report.item_n", number=invalid.index + 1)
        lines[invalid.index] = f"{title}: {t('report.validity.invalid_item')}"
    parts += [f"  - {printable(lines[index])}\n" for index in sorted(lines)]
    return parts
