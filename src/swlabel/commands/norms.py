"""``swlabel norms [ID]``: browse the norm set, with this repository's status when inside one."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.checks import run_checks
from swlabel.commands.common import open_dossier
from swlabel.commands.options import Chdir, Lang
from swlabel.domain.coverage import Coverage, compute_coverage
from swlabel.errors import EXIT_OK, ConfigError, UsageError
from swlabel.i18n import Translator, pick_language, render
from swlabel.load.dossier import Dossier, EvidenceRecord, did_you_mean
from swlabel.load.normsets import DEFAULT_NORMSET, load_normset
from swlabel.models import NormSet
from swlabel.output.norm_problems import problems_by_norm
from swlabel.problems import msg, printable


def _first_words(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder=" …")


def _context(
    directory: Path, norms: str | None, language: str | None
) -> tuple[NormSet, Dossier | None, Translator]:
    """The norm set to show, and the dossier when we are inside one that uses it."""
    if norms is None:
        try:
            dossier, t = open_dossier(directory, language)
        except ConfigError:
            t = Translator(pick_language(language))
            return load_normset(DEFAULT_NORMSET, directory), None, t
        return dossier.normset, dossier, t
    t = Translator(pick_language(language))
    return load_normset(norms, directory), None, t


def _listing(normset: NormSet, coverage: Coverage | None, t: Translator, out: TextIO) -> None:
    out.write(printable(f"{normset.title} ({t('report.version')} {normset.version})") + "\n")
    for rubriek in normset.rubrieken:
        out.write(f"\n{t('report.rubriek')} {rubriek.id}. {printable(rubriek.title)}\n")
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
            out.write(f"  {norm.id:<6} {text:<66}{status}\n")
    out.write("\n" + t("norms.more") + "\n")


def _detail(
    normset: NormSet,
    norm_id: str,
    dossier: Dossier | None,
    coverage: Coverage | None,
    t: Translator,
    out: TextIO,
) -> None:
    norm = normset.norm(norm_id)
    if norm is None:
        hint = did_you_mean(norm_id, [n.id for n in normset.norms])
        message = msg("SWL201.message", id=norm_id, normset=normset.id, hint=hint)
        raise UsageError(render(message, t))
    rubriek = {r.id: r for r in normset.rubrieken}[norm.rubriek]
    out.write(
        f"{t('report.norm')} {norm.id} ({t('report.rubriek')} {rubriek.id}. "
        f"{printable(rubriek.title)})\n\n"
    )
    out.write(textwrap.fill(norm.text, width=88) + "\n")
    if norm.applies_if:
        out.write("\n" + t("norms.applies_if", key=norm.applies_if) + "\n")
    if norm.aspects:
        out.write("\n" + t("report.aspects") + ":\n")
        for aspect in norm.aspects:
            out.write(f"  {printable(aspect.id):<24} {printable(aspect.label)}\n")
    if dossier is None or coverage is None:
        return
    found = coverage.norm(norm.id)
    record = dossier.evidence.get(norm.id)
    out.write("\n" + t("norms.here", path=record.path if record else "-") + "\n")
    if found is not None:
        supported = t("report.yes") if found.supported else t("report.no")
        out.write(f"  {t('report.status')}: {t(found.status_key)}\n")
        out.write(f"  {t('report.onderbouwd')}: {supported}\n")
        if found.uncovered_aspects:
            out.write(f"  {t('norms.uncovered')}: {', '.join(found.uncovered_aspects)}\n")
    if record is not None:
        _evidence_lines(dossier, record, t, out)
    checked = run_checks(dossier, coverage.as_of).problems
    problems = problems_by_norm(dossier, checked).get(norm.id)
    if problems:
        out.write("\n" + t("report.problems") + ":\n")
        for problem in problems:
            out.write(f"  {printable(problem.path)}:{problem.line}:{problem.column}: ")
            out.write(f"{problem.code} {printable(render(problem.message, t))}\n")


def _evidence_lines(dossier: Dossier, record: EvidenceRecord, t: Translator, out: TextIO) -> None:
    """The norm's evidence items in the file's order, the invalid ones said so."""
    if record.unreadable:
        out.write(f"  {t('report.unreadable_fields')}\n")
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
    for index in sorted(lines):
        out.write(f"  - {printable(lines[index])}\n")


def norms(
    norm_id: Annotated[
        str | None, typer.Argument(metavar="ID", help="cli.opt.norm_id", show_default=False)
    ] = None,
    *,
    out: TextIO,
    directory: Chdir = None,
    normset_ref: Annotated[
        str | None, typer.Option("--norms", metavar="ID|PATH", help="cli.opt.browse_norms")
    ] = None,
    language: Lang = None,
) -> int:
    """List the norm set, or show one norm in full (with this repository's evidence)."""
    normset, dossier, t = _context(directory or Path.cwd(), normset_ref, language)
    coverage = compute_coverage(dossier, dt.date.today()) if dossier else None
    if norm_id is None:
        _listing(normset, coverage, t, out)
    else:
        _detail(normset, norm_id, dossier, coverage, t, out)
    return EXIT_OK
