"""The zelfevaluatie workbook a quality officer fills in with Excel (``swlabel export``).

Sheets: Zelfevaluatie (one row per norm), Register, Verbeterplan, Uitleg, and a hidden sheet
with the commit and every value as exported, so that ``swlabel import`` can tell a change in
the workbook from one in the repository. Every text passes the mask; no text ever becomes a
formula (a cell that starts with = + - @ is a text cell shown with Excel's quote prefix).
openpyxl is imported here only, when a workbook is written.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from swlabel.checks import CheckResult
from swlabel.domain.roundtrip import current_values, shown
from swlabel.i18n import Translator, format_problem
from swlabel.load.dossier import Dossier
from swlabel.load.workbook import (
    COLUMNS,
    KINDS,
    MARKER,
    MASKED_PREFIX,
    META_FORMAT,
    META_SHEET,
    Column,
    Kind,
    cell_text,
    masked,
)
from swlabel.models import STATUSES
from swlabel.output.norm_problems import problems_by_norm

_STATUS_FILLS = {
    "compliant": "C6EFCE",
    "partially_compliant": "FFEB9C",
    "non_compliant": "FFC7CE",
    "not_applicable": "D9D9D9",
    "not_assessed": "FFFFFF",
}
_ACTION_FILLS = {"open": "FFEB9C", "in_progress": "DDEBF7", "done": "C6EFCE", "cancelled": "D9D9D9"}
_ACTION_STATUSES = ("open", "in_progress", "done", "cancelled")
_HEADER_FILL = "305496"
_LOCKED_FILL = "F2F2F2"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def build_workbook(
    dossier: Dossier, result: CheckResult, t: Translator, commit: str | None
) -> bytes:
    """The workbook of DOSSIER as xlsx bytes, in T's language."""
    from openpyxl import Workbook

    book = Workbook()
    values = current_values(dossier)
    recorded: list[list[str]] = []
    meldingen = problems_by_norm(dossier, result.problems)
    rows: dict[Kind, list[tuple[str, dict[str, Any]]]] = {
        "evidence": [],
        "register": [],
        "plan": [],
    }
    rubrieken = {rubriek.id: rubriek.title for rubriek in dossier.normset.rubrieken}
    for norm in dossier.normset.norms:
        record = dossier.evidence.get(norm.id)
        file = record.file if record is not None else None
        rows["evidence"].append(
            (
                norm.id,
                {
                    "rubriek": f"{norm.rubriek} {rubrieken.get(norm.rubriek, '')}".strip(),
                    "norm": norm.id,
                    "norm_text": norm.text,
                    "evidence": ", ".join(
                        item.document or item.title or "" for item in file.evidence
                    )
                    if file
                    else "",
                    "interviewees": ", ".join(file.interviewees) if file else "",
                    "actions": ", ".join(file.actions) if file else "",
                    "meldingen": "\n".join(
                        format_problem(problem, t) for problem in meldingen.get(norm.id, [])
                    ),
                },
            )
        )
    for key, located in dossier.documents.items():
        document = located.value
        rows["register"].append(
            (
                key,
                {
                    "id": key,
                    "place": document.path or document.url or "",
                    "file": located.source.path,
                },
            )
        )
    for key, action in dossier.actions.items():
        rows["plan"].append(
            (
                key,
                {"id": key, "norms": ", ".join(action.value.norms), "file": action.source.path},
            )
        )
    # A new workbook has one empty sheet; the three are made anew, in order.
    book.remove(book.worksheets[0])
    for kind in KINDS:
        sheet = book.create_sheet(t(f"workbook.sheet.{kind}"))
        for key, info in rows[kind]:
            info.update(values[kind, key])
        _fill(sheet, kind, rows[kind], t, recorded)
    _explain(book.create_sheet(t("workbook.sheet.help")), dossier, t, commit)
    meta = book.create_sheet(META_SHEET)
    meta.append([MARKER.decode(), META_FORMAT, commit or "", t.language])
    for entry in recorded:
        meta.append(entry)
    for row in meta.iter_rows():
        for cell in row:
            _put(cell, cell.value)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.comment = MARKER
    return buffer.getvalue()


def _put(cell: Any, value: Any) -> None:
    """VALUE into CELL; a text stays a text whatever it starts with."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(_FORMULA_START):
            cell.quotePrefix = True


def _style(book: Any, date_format: str, *, locked: bool, wrap: bool, date: bool) -> str:
    """The name of the cell style for these properties, added to BOOK when first asked for.
    One named style per kind of cell: setting a cell's alignment, fill and protection one by
    one costs openpyxl a search of its style lists each, most of an export's time."""
    from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill, Protection

    name = f"swlabel-{'locked' if locked else 'open'}{'-wrap' if wrap else ''}"
    name += "-date" if date else ""
    if name not in book.named_styles:
        style = NamedStyle(name=name)
        style.font = Font(name="Calibri", size=11)  # the workbook's own font, not the reader's
        style.alignment = Alignment(wrap_text=wrap, vertical="top")
        style.protection = Protection(locked=locked)
        if locked:
            style.fill = PatternFill("solid", fgColor=_LOCKED_FILL)
        if date:
            style.number_format = date_format
        book.add_named_style(style)
    return name


def _fill(
    sheet: Any,
    kind: Kind,
    rows: list[tuple[str, dict[str, Any]]],
    t: Translator,
    recorded: list[list[str]],
) -> None:
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    columns = COLUMNS[kind]
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        _put(cell, t(f"workbook.col.{kind}.{column.name}"))
        cell.font = Font(name="Calibri", size=11, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=_HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.row_dimensions[1].height = 2 * _LINE_POINTS + 4
    date_format = "dd-mm-yyyy" if t.language == "nl" else "yyyy-mm-dd"
    book = sheet.parent
    for number, (key, info) in enumerate(rows, start=2):
        lines = 1
        exported: list[str] = []
        cut_names: list[str] = []
        for index, column in enumerate(columns, start=1):
            cell = sheet.cell(row=number, column=index)
            raw = info.get(column.name, "")
            value, cut = _cell_value(column, raw, t)
            # A text the mask changed is locked: written back, the mask's stars would
            # replace what the file holds.
            hidden = column.editable and column.type in _TEXTS and masked(str(raw))
            wrap = isinstance(value, str) and (
                "\n" in value or column.type == "narrative" or column.name in _WRAPPED
            )
            locked = cut or hidden or not column.editable
            date = isinstance(value, dt.date)
            # the style first: a named style would take the quote prefix away again
            cell.style = _style(book, date_format, locked=locked, wrap=wrap, date=date)
            _put(cell, value)
            if column.editable:
                exported.append(shown(column, raw))
                if cut:
                    cut_names.append(column.name)
                if hidden:
                    cut_names.append(MASKED_PREFIX + column.name)
            if wrap:
                lines = max(lines, _lines(value, column.width))
        # The hidden sheet: per row its kind, key as the row shows it (masked: no raw text is
        # in the workbook), the fields cut at Excel's limit, and the value of each field to
        # fill in as exported (see swlabel.load.workbook).
        recorded.append([kind, cell_text(key)[0], " ".join(cut_names), *exported])
        # Neither Excel nor LibreOffice sizes a row to its wrapped text when opening a file:
        # give each row the height of its longest cell (at most Excel's 409 points).
        sheet.row_dimensions[number].height = min(_MAX_ROW_POINTS, _LINE_POINTS * lines)
    last = len(rows) + 1
    width = get_column_letter(len(columns))
    sheet.freeze_panes = "C2" if kind == "evidence" else "B2"
    sheet.auto_filter.ref = f"A1:{width}{max(last, 2)}"
    for index, column in enumerate(columns, start=1):
        if column.type not in ("status", "action_status"):
            continue
        letter = get_column_letter(index)
        area = f"{letter}2:{letter}{max(last, 2)}"
        statuses = STATUSES if column.type == "status" else _ACTION_STATUSES
        prefix = "status" if column.type == "status" else "action"
        labels = [t(f"{prefix}.{status}") for status in statuses]
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(labels) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=t("workbook.status_error_title"),
            error=t("workbook.status_error", choices=", ".join(labels)),
        )
        validation.add(area)
        sheet.add_data_validation(validation)
        fills = _STATUS_FILLS if column.type == "status" else _ACTION_FILLS
        for status, label in zip(statuses, labels, strict=True):
            fill = PatternFill("solid", fgColor=fills[status], bgColor=fills[status])
            rule = CellIsRule(operator="equal", formula=[f'"{label}"'], fill=fill)  # type: ignore[no-untyped-call]
            sheet.conditional_formatting.add(area, rule)
    # Printed (or made a PDF): landscape, as wide as the page, the header row on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    # Locked without a password: a guard against typing in the wrong column, not a secret.
    protection = sheet.protection
    protection.sheet = True
    protection.autoFilter = False
    protection.sort = False
    protection.formatColumns = False
    protection.formatRows = False
    protection.selectLockedCells = False
    protection.selectUnlockedCells = False


_LINE_POINTS = 13
_WRAPPED = ("norm_text", "meldingen")
_TEXTS = ("text", "narrative")
_MAX_ROW_POINTS = 409


def _lines(text: str, width: int) -> int:
    """About how many lines TEXT takes wrapped in a column WIDTH characters wide."""
    per_line = max(1, width * 11 // 10)  # a column of width N holds about 1.1 N characters
    return sum(max(1, -(-len(paragraph) // per_line)) for paragraph in text.split("\n"))


def _cell_value(column: Column, raw: Any, t: Translator) -> tuple[Any, bool]:
    if column.type in ("status", "action_status"):
        prefix = "status" if column.type == "status" else "action"
        return (t(f"{prefix}.{raw}") if raw else ""), False
    if column.type == "date":
        return (dt.date.fromisoformat(raw) if raw else None), False
    return cell_text(str(raw))


def _explain(sheet: Any, dossier: Dossier, t: Translator, commit: str | None) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.column_dimensions["A"].width = 110
    lines = [
        (t("workbook.help.title", organisation=dossier.config.organisation), True),
        (t("workbook.help.commit", commit=(commit or "-")[:12]), False),
        ("", False),
        *((t(f"workbook.help.{number}"), False) for number in range(1, 8)),
        ("", False),
        (dossier.normset.copyright, False),
    ]
    for number, (text, bold) in enumerate(lines, start=1):
        cell = sheet.cell(row=number, column=1)
        _put(cell, cell_text(text)[0])
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True, size=14)
    sheet.protection.sheet = True
