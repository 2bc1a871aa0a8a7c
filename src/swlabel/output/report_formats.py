"""The report's formats: the HTML and Markdown dossier through their templates, and the view
model as JSON and as CSV. Every text leaves through the run's mask: the templates' ``finalize``,
``mask.dumps_json`` and :func:`csv_cell`."""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from types import TracebackType

import jinja2

from swlabel.checks import CheckResult
from swlabel.doors.mask import current, dumps_json
from swlabel.errors import UsageError
from swlabel.i18n import LANGUAGES, Translator
from swlabel.output.report_view import ReportView
from swlabel.output.serialize import SCHEMA_VERSION, coverage_data, problem_data, tool_data
from swlabel.output.templating import OwnTemplateRefused, report_environment

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


_PIECES_AT_A_TIME = 256


def stream_template(
    view: ReportView, format_: str, t: Translator, template_dir: Path | None
) -> Iterator[str]:
    """The rendered report in pieces, as Jinja makes them: a large dossier is written out as
    it is rendered, never held in memory whole. An organisation's broken template is a usage
    error, when it is loaded or while it renders."""
    name = f"report/dossier.{format_}.j2"
    try:
        environment = report_environment(t, template_dir, html=format_ == "html")
        template = environment.get_template(name)
        # Jinja yields a piece per expression (700,000 for "large"); joined a few hundred at a
        # time, the writer and the mask handle a few thousand instead. The pieces are taken
        # from the template's render function by islice and join, without a step in Python
        # per piece (Template.stream's buffering took a fifth of the template's time); what
        # Template.generate adds around it is kept: an error is raised with the template's
        # own lines in its traceback.
        pieces = template.root_render_func(template.new_context({"view": view, "marker": MARKER}))
        try:
            while chunk := list(islice(pieces, _PIECES_AT_A_TIME)):
                yield "".join(chunk)
        except Exception:
            template.environment.handle_exception()
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


def csv_headers() -> tuple[tuple[str, ...], ...]:
    """The header row of the CSV report in every language: how swlabel knows a CSV file of its
    own (a CSV has no room for a marker), so that a next run may replace it without --force."""
    return tuple(
        tuple(Translator(language)(f"csv.{key}") for key in CSV_KEYS) for language in LANGUAGES
    )


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
