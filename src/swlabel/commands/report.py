"""``swlabel report``: render the audit dossier as HTML, Markdown, JSON or CSV."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Literal, TextIO

import typer

from swlabel.checks import run_checks
from swlabel.commands.common import guard_output, open_dossier, progress, write_output
from swlabel.commands.options import AsOf, Chdir, Folder, Force, Lang, in_folder
from swlabel.commands.report_files import check_delivery, read_reference, write_bundle, write_docx
from swlabel.errors import EXIT_OK, UsageError
from swlabel.i18n import Translator, placeholders
from swlabel.load.gitinfo import dossier_paths, git_state, last_changed
from swlabel.output.report_formats import (
    CSV_DIALECTS,
    FORMATS,
    render_csv,
    render_json,
    stream_template,
)
from swlabel.output.report_view import ReportView, Selection, build_report
from swlabel.output.toetser import AUDIENCES, for_toetser, is_technical

# From this many norms on, a report shows a progress bar on a terminal.
PROGRESS_NORMS = 200


def _with_history(view: ReportView, root: Path, as_of: dt.date | None, t: Translator) -> ReportView:
    """VIEW with coverage at every revision, for --history; unchanged outside git."""
    from swlabel.domain.history import coverage_history, history_chart

    try:
        points = coverage_history(root, placeholders(t), tags_only=False, until=as_of)
    except UsageError:
        return view
    if not points:
        return view
    return dataclasses.replace(view, history=history_chart(points), history_points=tuple(points))


def report(
    directory: Folder = Path(),
    *,
    out: TextIO,
    chdir: Chdir = None,
    format_: Annotated[
        Literal[FORMATS],  # type: ignore[valid-type]  # the formats output.report_formats renders
        typer.Option("--format", "-f", help="cli.opt.report_format", case_sensitive=False),
    ] = "html",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="cli.metavar.file", help="cli.opt.output"),
    ] = None,
    as_of: AsOf = None,
    language: Lang = None,
    force: Force = False,
    only_gaps: Annotated[bool, typer.Option("--only-gaps", help="cli.opt.only_gaps")] = False,
    rubriek: Annotated[
        str | None, typer.Option("--rubriek", metavar="N", help="cli.opt.rubriek")
    ] = None,
    csv_dialect: Annotated[
        Literal[CSV_DIALECTS],  # type: ignore[valid-type]
        typer.Option("--csv-dialect", help="cli.opt.csv_dialect", case_sensitive=False),
    ] = "excel-nl",
    template_dir: Annotated[
        Path | None,
        typer.Option("--template-dir", metavar="cli.metavar.folder", help="cli.opt.template_dir"),
    ] = None,
    history: Annotated[bool, typer.Option("--history", help="cli.opt.report_history")] = False,
    reference_docx: Annotated[
        Path | None,
        typer.Option("--reference-docx", metavar="cli.metavar.file", help="cli.opt.reference_docx"),
    ] = None,
    bundle: Annotated[
        Path | None, typer.Option("--bundle", metavar="cli.metavar.file", help="cli.opt.bundle")
    ] = None,
    audience: Annotated[
        Literal[AUDIENCES],  # type: ignore[valid-type]  # organisatie, toetser
        typer.Option("--for", help="cli.opt.for", case_sensitive=False),
    ] = "organisatie",
) -> int:
    """Render the dossier of DIRECTORY to OUTPUT (default dossier.<format>; '-' for stdout)."""
    dossier, t = open_dossier(in_folder(directory, chdir), language)
    rubrieken = [r.id for r in dossier.normset.rubrieken]
    if rubriek is not None and rubriek not in rubrieken:
        raise UsageError(t("report.unknown_rubriek", rubriek=rubriek, choices=", ".join(rubrieken)))
    if template_dir is not None and not template_dir.is_dir():
        raise UsageError(t("report.template_dir_missing", path=template_dir.as_posix()))
    check_delivery(format_, output, reference_docx, bundle, t)
    to_stdout = output is not None and str(output) == "-"
    target = bundle or (Path(f"dossier.{format_}") if output is None else output)
    if not to_stdout:
        guard_output(dossier, target, t, force=force)
    # The bundle links a document by its path in the repository, then into the zip.
    base = dossier.root if bundle else Path.cwd() if to_stdout else target.resolve().parent
    reference = read_reference(reference_docx, t) if reference_docx is not None else None
    result = run_checks(dossier, as_of or dt.date.today())
    problems = [problem for problem in result.problems if not problem.waiver]
    if audience == "toetser":
        problems = [problem for problem in problems if not is_technical(problem.code)]
    selection = Selection(only_gaps=only_gaps, rubriek=rubriek)
    with progress(len(dossier.normset.norms), PROGRESS_NORMS, t("report.progress")) as step:
        view = build_report(
            dossier,
            result.coverage,
            problems,
            base,
            t,
            git=git_state(dossier.root, dossier_paths(dossier)),
            changed=last_changed(dossier.root),
            selection=selection,
            progress=step,
        )
    if history:
        view = _with_history(view, dossier.root, as_of, t)
    if bundle is not None:
        html = functools.partial(stream_template, format_="html", t=t, template_dir=template_dir)
        return write_bundle(view, dossier, bundle, t, out, html, toetser=audience == "toetser")
    if audience == "toetser":
        view = for_toetser(view)
    if format_ == "docx":
        write_docx(view, target, t, reference, reference_docx)
        out.write(t("report.written", path=target.as_posix()) + "\n")
        if problems:
            out.write(t.plural("report.with_problems", len(problems)) + "\n")
        return EXIT_OK
    text: str | Iterator[str]
    if format_ == "json":
        text = render_json(view, result, t)
    elif format_ == "csv":
        text = render_csv(view, t, csv_dialect)
    else:
        text = stream_template(view, format_, t, template_dir)
    if to_stdout:
        # Whole or not at all: a template that fails halfway must not leave half a report.
        out.write(text if isinstance(text, str) else "".join(text))
        return EXIT_OK
    write_output(target, text, t)
    out.write(t("report.written", path=target.as_posix()) + "\n")
    if problems:
        out.write(t.plural("report.with_problems", len(problems)) + "\n")
    return EXIT_OK
