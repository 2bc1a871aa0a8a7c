"""``swlabel report``: render the audit dossier as HTML, Markdown, JSON or CSV."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
import io
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Annotated, Literal, TextIO

import jinja2
import typer

from swlabel.checks import CheckResult, run_checks
from swlabel.commands.common import guard_output, open_dossier, progress, write_output
from swlabel.commands.options import AsOf, Chdir, Folder, Force, Lang, in_folder
from swlabel.commands.report_files import check_delivery, read_reference, write_bundle, write_docx
from swlabel.doors.mask import current, dumps_json
from swlabel.errors import EXIT_OK, UsageError
from swlabel.i18n import Translator, placeholders
from swlabel.load.gitinfo import dossier_paths, git_state, last_changed
from swlabel.output.dossier import ReportView, Selection, build_report
from swlabel.output.serialize import SCHEMA_VERSION, coverage_data, problem_data, tool_data
from swlabel.output.templating import OwnTemplateRefused, report_environment
from swlabel.output.toetser import AUDIENCES, for_toetser, is_technical

# Every report carries this marker, so a later run may replace it but nothing else.
MARKER = "swlabel-dossier"
FORMATS = ("html", "md", "json", "csv", "docx")
# The dialects render_csv writes: excel-nl (';' and a byte-order mark) and comma.
CSV_DIALECTS = ("excel-nl", "comma")
# The status as the reader says it (voldoet deels), not as the YAML spells it: the json keeps
# the value (#15).
CSV_KEYS = (
    "norm",
    "rubriek",
    "status_label",
    "supported",
    "evidence",
    "expired",
    "open_actions",
)


def stream_template(
    view: ReportView, format_: str, t: Translator, template_dir: Path | None
) -> Iterator[str]:
    """The rendered report in pieces, as Jinja makes them: a large dossier is written out as
    it is rendered, never held in memory whole. An organisation's broken template is a usage
    error, when it is loaded or while it renders."""
    name = f"report/dossier.{format_}.j2"
    try:
        template = report_environment(t, template_dir).get_template(name)
        yield from template.generate(view=view, marker=MARKER)
    # Whatever an own template does wrong (a Jinja error, the sandbox's range limit, a macro
    # that calls itself, 1/0) is the template's error, not swlabel's: exit 2, not 3.
    except Exception as error:
        if template_dir is None:
            raise
        raise UsageError(template_error(error, name, t)) from None


def template_error(error: Exception, name: str, t: Translator) -> str:
    """ERROR of the own template NAME (or one it includes) in words, with the template and
    line where Jinja knows them."""
    where, line = name, None
    if isinstance(error, OwnTemplateRefused):
        where = error.name
    elif isinstance(error, jinja2.TemplateSyntaxError):
        where, line = error.name or name, error.lineno
    else:
        # Jinja rewrites the traceback so that a template's frames carry its name and line.
        found = _template_frame(error.__traceback__)
        if found is not None:
            where, line = found
    if isinstance(error, RecursionError):
        detail = t("report.template_recursion")
    elif isinstance(error, jinja2.TemplateError):
        detail = error.message or type(error).__name__
    else:
        detail = f"{type(error).__name__}: {error}"
    shown = where if line is None else f"{where}:{line}"
    return t("report.template_error", name=shown, detail=detail)


def _template_frame(traceback: TracebackType | None) -> tuple[str, int] | None:
    found = None
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or filename.endswith(".css"):
            found = filename, traceback.tb_lineno
        traceback = traceback.tb_next
    return found


def render_json(view: ReportView, result: CheckResult, t: Translator) -> str:
    """The view model as data, with check's own structures for meldingen and coverage; every
    text through the run's mask (dumps_json)."""
    data = dataclasses.asdict(view)
    data.pop("chart")
    data.pop("problems")
    document = {
        "generator": MARKER,
        "schema_version": SCHEMA_VERSION,
        "tool": tool_data(),
        "report": data,
        # For the toetser only what the view keeps: the sentence and its level.
        "meldingen": (
            [{"level": row.level, "message": row.message} for row in view.problems]
            if view.for_toetser
            else [problem_data(problem, t) for problem in result.problems]
        ),
        "coverage": coverage_data(result.coverage),
    }
    return dumps_json(document) + "\n"


# OWASP's list for CSV injection: a cell starting with one of these is a formula (or, for tab
# and CR, one once a spreadsheet trims it).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str | int) -> str | int:
    """One cell of the CSV report. A count is a number we made and stays a number. Every text
    (ids and titles from an own norm set too, our own labels alike) goes through the run's
    mask, and one that a spreadsheet would read as a formula gets a leading apostrophe, as
    OWASP recommends: Excel shows the text as written and does not run it. A text that merely
    looks like a number ("-5", "12,5") is neutralised too: only our own counts are trusted."""
    if isinstance(value, int):
        return value
    shown = current().line(value)
    if value.startswith(_FORMULA_START) or shown.lstrip().startswith(_FORMULA_START):
        return "'" + shown
    return shown


def render_csv(view: ReportView, t: Translator, dialect: str) -> str:
    """One row per norm, for Excel: ';' and a byte-order mark unless the comma dialect."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if dialect == "excel-nl" else ",")
    writer.writerow([csv_cell(t(f"csv.{key}")) for key in CSV_KEYS])
    for rubriek in view.rubrieken:
        for norm in rubriek.norms:
            cells: list[str | int] = [
                norm.id,
                rubriek.id,
                norm.status_label,
                t("report.yes") if norm.supported else t("report.no"),
                len(norm.evidence),
                sum(1 for row in norm.evidence if row.expired),
                sum(1 for action in norm.actions if action.open),
            ]
            writer.writerow([csv_cell(cell) for cell in cells])
    text = buffer.getvalue()
    return "\ufeff" + text if dialect == "excel-nl" else text


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
        Literal[FORMATS],  # type: ignore[valid-type]  # the formats this module renders
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
