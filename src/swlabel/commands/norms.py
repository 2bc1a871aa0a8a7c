"""``swlabel norms [ID]``: browse the norm set, with this repository's status when inside one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.checks import run_checks
from swlabel.commands.common import open_dossier
from swlabel.commands.options import Chdir, Lang
from swlabel.domain.coverage import Coverage, compute_coverage
from swlabel.errors import EXIT_OK, ConfigError, UsageError
from swlabel.i18n import Translator, pick_language, render
from swlabel.load.dossier import Dossier, did_you_mean
from swlabel.load.normsets import DEFAULT_NORMSET, load_normset
from swlabel.models import NormSet
from swlabel.output.norm_problems import problems_by_norm
from swlabel.output.norms import norm_detail, norm_listing
from swlabel.problems import Problem, msg


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


def _detail(
    normset: NormSet,
    norm_id: str,
    dossier: Dossier | None,
    coverage: Coverage | None,
    t: Translator,
) -> str:
    """NORM_ID in full; inside a repository with the meldingen about it (an unknown id is
    a usage error that names the nearest)."""
    norm = normset.norm(norm_id)
    if norm is None:
        hint = did_you_mean(norm_id, [n.id for n in normset.norms])
        message = msg("SWL201.message", id=norm_id, normset=normset.id, hint=hint)
        raise UsageError(render(message, t))
    problems: list[Problem] = []
    if dossier is not None and coverage is not None:
        checked = run_checks(dossier, coverage.as_of).problems
        problems = problems_by_norm(dossier, checked).get(norm.id) or []
    return norm_detail(normset, norm, dossier, coverage, problems, t)


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
        out.write(norm_listing(normset, coverage, t))
    else:
        out.write(_detail(normset, norm_id, dossier, coverage, t))
    return EXIT_OK
