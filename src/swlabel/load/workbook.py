"""The zelfevaluatie workbook (``swlabel export`` / ``swlabel import``): its columns, and reading
one back into values per cell.

This module knows the columns of the three sheets swlabel writes, which header names it
understands in a workbook (its own, in Dutch or English, and the usual names of an
organisation's own zelfevaluatie), and how a cell's value becomes the text swlabel compares and
writes. openpyxl is imported only when a workbook is read or written, so that ``check`` does not
pay for it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from swlabel.doors import mask

Kind = Literal["evidence", "register", "plan"]
KINDS: tuple[Kind, ...] = ("evidence", "register", "plan")
ColumnType = Literal["text", "status", "action_status", "date", "narrative", "list", "info"]

# Excel keeps at most this many characters in a cell; a longer text is cut there, marked, and
# locked (it is edited in its file).
CELL_LIMIT = 32_767
# The marker swlabel puts in the workbook's zip comment (at its very end): the one writer
# recognises its own workbook by it (see swlabel.doors.files.written_by_swlabel).
MARKER = b"swlabel-workbook"
META_SHEET = "swlabel"
META_FORMAT = 1
MASKED_PREFIX = "masked:"


@dataclass(frozen=True)
class Column:
    name: str  # the field of the model, or of the view for read-only columns
    type: ColumnType
    editable: bool
    width: int


COLUMNS: dict[Kind, tuple[Column, ...]] = {
    "evidence": (
        Column("rubriek", "info", False, 18),
        Column("norm", "info", False, 8),
        Column("norm_text", "info", False, 50),
        Column("status", "status", True, 20),
        Column("assessed_by", "text", True, 22),
        Column("assessed_on", "date", True, 13),
        Column("not_applicable_reason", "text", True, 24),
        Column("narrative", "narrative", True, 70),
        Column("evidence", "list", False, 24),
        Column("interviewees", "list", False, 18),
        Column("actions", "list", False, 16),
        Column("meldingen", "info", False, 50),
    ),
    "register": (
        Column("id", "info", False, 22),
        Column("title", "text", True, 40),
        Column("kind", "text", True, 16),
        Column("place", "info", False, 36),
        Column("owner", "text", True, 22),
        Column("date", "date", True, 13),
        Column("review_date", "date", True, 13),
        Column("valid_until", "date", True, 13),
        Column("file", "info", False, 22),
    ),
    "plan": (
        Column("id", "info", False, 14),
        Column("title", "text", True, 40),
        Column("norms", "list", False, 12),
        Column("owner", "text", True, 22),
        Column("due", "date", True, 13),
        Column("status", "action_status", True, 14),
        Column("done_on", "date", True, 13),
        Column("file", "info", False, 22),
    ),
}
KEY_COLUMN: dict[Kind, str] = {"evidence": "norm", "register": "id", "plan": "id"}

# The sheets by name, in every language swlabel speaks.
SHEET_NAMES: dict[str, Kind] = {
    "zelfevaluatie": "evidence",
    "self-evaluation": "evidence",
    "self evaluation": "evidence",
    "register": "register",
    "documentenregister": "register",
    "verbeterplan": "plan",
    "improvement plan": "plan",
}

# The header names understood per field (compared without case, accents or punctuation). The
# first Dutch and English names are those swlabel writes; README "Excel" lists them all.
HEADERS: dict[Kind, dict[str, tuple[str, ...]]] = {
    "evidence": {
        "norm": ("norm", "normnummer", "nummer", "nr", "norm id", "norm number"),
        "status": ("status", "oordeel", "beoordeling", "judgement", "assessment", "score"),
        "assessed_by": ("beoordeeld door", "assessed by", "door", "auteur", "author"),
        "assessed_on": (
            "beoordeeld op", "assessed on", "datum", "datum beoordeling", "date", "assessed",
        ),
        "not_applicable_reason": (
            "reden niet van toepassing", "reason not applicable", "reden nvt", "reden",
        ),
        "narrative": (
            "toelichting", "narrative", "onderbouwing", "zelfevaluatie", "beschrijving",
            "explanation", "description", "self-evaluation",
        ),
    },
    "register": {
        "id": ("id", "document id", "document"),
        "title": ("titel", "title"),
        "kind": ("soort", "kind", "type"),
        "owner": ("eigenaar", "owner"),
        "date": ("datum", "date"),
        "review_date": ("herzien op", "review date", "herziening"),
        "valid_until": ("geldig tot", "valid until"),
    },
    "plan": {
        "id": ("id", "actie", "action"),
        "title": ("titel", "title"),
        "owner": ("eigenaar", "owner", "verantwoordelijke"),
        "due": ("uiterlijk", "due", "deadline", "einddatum"),
        "status": ("status",),
        "done_on": ("afgerond op", "done on", "gereed op"),
    },
}  # fmt: skip

# Status words understood in a cell: swlabel's own labels in Dutch and English, the values of
# the files, and the short forms people type.
STATUS_WORDS: dict[str, str] = {
    "voldoet": "compliant",
    "voldoet deels": "partially_compliant",
    "voldoet gedeeltelijk": "partially_compliant",
    "deels": "partially_compliant",
    "voldoet niet": "non_compliant",
    "niet van toepassing": "not_applicable",
    "nvt": "not_applicable",
    "n v t": "not_applicable",
    "nog niet beoordeeld": "not_assessed",
    "niet beoordeeld": "not_assessed",
    "compliant": "compliant",
    "partially compliant": "partially_compliant",
    "non compliant": "non_compliant",
    "not compliant": "non_compliant",
    "not applicable": "not_applicable",
    "n a": "not_applicable",
    "not assessed": "not_assessed",
    "not assessed yet": "not_assessed",
    "": "not_assessed",
}
ACTION_STATUS_WORDS: dict[str, str] = {
    "open": "open",
    "loopt": "in_progress",
    "in uitvoering": "in_progress",
    "in progress": "in_progress",
    "afgerond": "done",
    "gereed": "done",
    "done": "done",
    "vervallen": "cancelled",
    "geannuleerd": "cancelled",
    "cancelled": "cancelled",
    "": "open",
}

_PUNCTUATION = re.compile(r"[\W_]+")


def simplify(text: str) -> str:
    """TEXT without case, accents or punctuation: how header names and words are compared."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _PUNCTUATION.sub(" ", plain.casefold()).strip()


def status_value(word: str, kind: ColumnType) -> str | None:
    """The status a cell's WORD stands for, or None when it names none."""
    table = STATUS_WORDS if kind == "status" else ACTION_STATUS_WORDS
    simple = simplify(word)
    if simple in table:
        return table[simple]
    return simple.replace(" ", "_") if simple.replace(" ", "_") in table.values() else None


def cell_text(value: str) -> tuple[str, bool]:
    """VALUE as it goes into a cell for a reader: masked (BSNs, control characters), and cut
    at Excel's limit with MORE marked; whether it was cut."""
    shown = mask.current().block(value)
    if len(shown) <= CELL_LIMIT:
        return shown, False
    return shown[: CELL_LIMIT - 1] + "…", True


def masked(value: str) -> bool:
    """Whether the mask changes VALUE: such a text is shown masked and locked in the workbook,
    and never written back from it (the masked text would replace the file's)."""
    return mask.current().block(value) != value


# --- reading a workbook ------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    ref: str  # "Zelfevaluatie!D14"
    value: Any  # as openpyxl gives it: str, date, datetime, number, bool or None
    formula: bool = False


@dataclass(frozen=True)
class Row:
    kind: Kind
    key: str
    key_ref: str
    cells: dict[str, Cell]


@dataclass
class WorkbookRead:
    rows: list[Row] = field(default_factory=list)
    # What swlabel recorded when it wrote the workbook: (kind, key, field) → the cell's text.
    exported: dict[tuple[str, str, str], str] | None = None
    cut: set[tuple[str, str, str]] = field(default_factory=set)
    masked: set[tuple[str, str, str]] = field(default_factory=set)  # shown masked, locked
    commit: str = ""
    # Meldingen about the workbook's shape: (cell reference, catalogue key, values).
    problems: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)


class NotAWorkbook(Exception):
    """DATA is no xlsx workbook openpyxl can read."""


class NoHeader(Exception):
    """No sheet of the workbook has a header row swlabel understands."""


def key_names() -> dict[Kind, tuple[str, ...]]:
    """The header names understood for the key column of each kind of sheet."""
    return {kind: HEADERS[kind][KEY_COLUMN[kind]] for kind in KINDS}


def _load(data: bytes) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:
        # A damaged file fails anywhere in openpyxl, the zip module or the XML parsers, with
        # whatever they raise (lxml's XMLSyntaxError for a part cut in half): all of it says
        # the one thing the user can act on, that this file is no workbook swlabel can read.
        raise NotAWorkbook(type(error).__name__) from None


_HEADER_ROWS = 10


def read_workbook(data: bytes) -> WorkbookRead:
    """The rows of every sheet of DATA whose header row names a key column, and what swlabel
    recorded in it when it wrote it. Raises :class:`NotAWorkbook`, and :class:`NoHeader` when
    no sheet has a header row naming a norm or an id and a field."""
    book = _load(data)
    read = WorkbookRead()
    headers = 0
    # Read only: the sheets are parsed as they are walked, so a broken one fails here.
    try:
        for sheet in book.worksheets:
            if sheet.title == META_SHEET:
                _read_meta(sheet, read)
                continue
            named = SHEET_NAMES.get(simplify(sheet.title).replace("  ", " "))
            found = _header(sheet, named)
            if found is None:
                if named is not None:
                    read.problems.append((f"{sheet.title}!A1", "workbook.no_header", {}))
                continue
            kind, header_row, columns = found
            headers += 1
            read.rows.extend(_rows(sheet, kind, header_row, columns, read))
    except Exception as error:
        raise NotAWorkbook(type(error).__name__) from None
    finally:
        book.close()
    if not headers:
        # nothing to compare: "no changes" would hide that swlabel understood no column
        raise NoHeader
    return read


def _header(sheet: Any, named: Kind | None) -> tuple[Kind, int, dict[str, int]] | None:
    """The kind of sheet, its header row and the column of each field it names."""
    kinds: list[Kind] = [named] if named is not None else ["evidence"]
    for row_number, row in enumerate(
        sheet.iter_rows(min_row=1, max_row=_HEADER_ROWS, values_only=True), start=1
    ):
        names = [simplify(str(value)) if value is not None else "" for value in row]
        for kind in kinds:
            columns: dict[str, int] = {}
            for field_name, understood in HEADERS[kind].items():
                simple = {simplify(name) for name in understood}
                for index, name in enumerate(names):
                    if name in simple and field_name not in columns:
                        columns[field_name] = index
                        break
            if KEY_COLUMN[kind] in columns and len(columns) > 1:
                return kind, row_number, columns
    return None


def _rows(
    sheet: Any, kind: Kind, header_row: int, columns: dict[str, int], read: WorkbookRead
) -> Iterator[Row]:
    from openpyxl.utils import get_column_letter

    key_field = KEY_COLUMN[kind]
    letters = {name: get_column_letter(index + 1) for name, index in columns.items()}
    seen: dict[str, str] = {}
    for number, row in enumerate(sheet.iter_rows(min_row=header_row + 1), start=header_row + 1):
        cells = {
            name: Cell(
                f"{sheet.title}!{letters[name]}{number}",
                row[index].value if index < len(row) else None,
                index < len(row) and row[index].data_type == "f",
            )
            for name, index in columns.items()
        }
        key_cell = cells[key_field]
        key = key_text(key_cell.value)
        if not key:
            if any(cell.value not in (None, "") for cell in cells.values()):
                read.problems.append((key_cell.ref, "workbook.no_key", {}))
            continue
        if key in seen:
            read.problems.append((key_cell.ref, "workbook.duplicate", {"other": seen[key]}))
            continue
        seen[key] = key_cell.ref
        yield Row(kind, key, key_cell.ref, cells)


def key_text(value: Any) -> str:
    """A key cell's text: a norm typed as a number (1.1) is the norm "1.1"."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_meta(sheet: Any, read: WorkbookRead) -> None:
    """What swlabel recorded: per row its kind, key, the fields cut at Excel's limit and those
    shown masked (names joined by spaces, a masked one after MASKED_PREFIX), then the value of
    each field to fill in, in the order of COLUMNS."""
    rows = sheet.iter_rows(values_only=True)
    first: tuple[Any, ...] = next(rows, ())
    if len(first) < 3 or first[0] != MARKER.decode() or first[1] != META_FORMAT:
        return
    read.commit = str(first[2] or "")
    exported: dict[tuple[str, str, str], str] = {}
    fields: dict[str, list[str]] = {
        kind: [c.name for c in COLUMNS[kind] if c.editable] for kind in KINDS
    }
    for row in rows:
        if len(row) < 3 or row[0] not in fields:
            continue
        kind, key = str(row[0]), str(row[1])
        for name, value in zip(fields[kind], row[3:], strict=False):
            exported[kind, key, name] = "" if value is None else str(value)
        for name in str(row[2] or "").split():
            if name.startswith(MASKED_PREFIX):
                read.masked.add((kind, key, name.removeprefix(MASKED_PREFIX)))
            else:
                read.cut.add((kind, key, name))
    read.exported = exported


def as_date(value: Any) -> dt.date | str | None:
    """A date cell's date; a text as typed (validated like a file's date); None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return str(value).strip() or None


def as_text(value: Any) -> str:
    """A text cell's text, with Excel's line breaks (CR LF or CR) as LF."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        value = value.isoformat()[:10]
    return str(value).replace("\r\n", "\n").replace("\r", "\n")
