"""What a workbook brings back into the repository (``swlabel import``): values compared with
what swlabel exported and with the repository as it is now, validated as ``check`` validates
them, and planned as minimal edits per file. Nothing here reads or writes a file; the command
does that through the doors.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from swlabel.load.dossier import EVIDENCE_DIR, Dossier
from swlabel.load.edits import Change
from swlabel.load.validation import explain
from swlabel.load.workbook import (
    COLUMNS,
    Cell,
    Column,
    Kind,
    Row,
    WorkbookRead,
    as_date,
    as_text,
    cell_text,
    masked,
    status_value,
)
from swlabel.models import EvidenceFile, ImprovementAction, RegisterDocument
from swlabel.problems import Text, msg

Place = tuple[str, str, str]  # (kind, key, field)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def current_values(dossier: Dossier) -> dict[tuple[Kind, str], dict[str, str]]:
    """The editable values of every row as they are in the repository, as text: a status as
    its value in the files, a date as YYYY-MM-DD, a narrative without the blank lines around
    it. A norm without an evidence file has its defaults."""
    values: dict[tuple[Kind, str], dict[str, str]] = {}
    for norm in dossier.normset.norms:
        record = dossier.evidence.get(norm.id)
        file = record.file if record is not None else EvidenceFile(norm=norm.id)
        row = {
            column.name: _text(getattr(file, column.name, None))
            for column in COLUMNS["evidence"]
            if column.editable
        }
        row["narrative"] = file.narrative.strip("\n")
        values["evidence", norm.id] = row
    for key, located in dossier.documents.items():
        values["register", key] = {
            column.name: _text(getattr(located.value, column.name))
            for column in COLUMNS["register"]
            if column.editable
        }
    for key, action in dossier.actions.items():
        values["plan", key] = {
            column.name: _text(getattr(action.value, column.name))
            for column in COLUMNS["plan"]
            if column.editable
        }
    return values


def shown(column: Column, value: str) -> str:
    """VALUE as the workbook shows it (and records it): texts masked and cut."""
    if column.type in ("text", "narrative"):
        return cell_text(value)[0]
    return value


@dataclass(frozen=True)
class WorkbookProblem:
    ref: str  # "Zelfevaluatie!D14"
    code: str
    message: Text


@dataclass(frozen=True)
class FieldChange:
    ref: str
    name: str
    old: str
    new: str
    type: str = "text"  # the column's type, so that a status is shown in words


@dataclass
class FilePlan:
    """The changes to one file of the repository."""

    path: str
    kind: Kind
    new_file: bool = False
    fields: list[FieldChange] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    narrative: str | None = None  # the new narrative of a Markdown file


@dataclass(frozen=True)
class Conflict:
    ref: str
    path: str
    name: str
    exported: str
    workbook: str
    repository: str
    type: str = "text"


@dataclass
class ImportPlan:
    files: dict[str, FilePlan] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[WorkbookProblem] = field(default_factory=list)


_MODELS: dict[Kind, tuple[type[Any], dict[str, str]]] = {
    "evidence": (EvidenceFile, {}),
    "register": (RegisterDocument, {"title": "-", "path": "-"}),
    "plan": (ImprovementAction, {"title": "-"}),
}
_REQUIRED = {("register", "title"), ("plan", "title")}
# The rule of check for a reference to a norm, document or action that does not exist.
_UNKNOWN: dict[Kind, str] = {"evidence": "SWL201", "register": "SWL204", "plan": "SWL207"}


def plan_import(dossier: Dossier, read: WorkbookRead) -> ImportPlan:
    """Compare READ with DOSSIER: every cell whose value differs from what was exported (or,
    in a workbook swlabel did not make, from the repository) is a change, a conflict (the
    repository changed it too since the export) or a melding (a wrong value)."""
    plan = ImportPlan()
    for ref, key, values in read.problems:
        plan.problems.append(WorkbookProblem(ref, "SWL103", msg(key, **values)))
    current = current_values(dossier)
    # An id that holds a BSN (or a control character) is in the workbook only masked, on the
    # visible sheet and the hidden one: the row is the one id that masks to it.
    masked: dict[tuple[Kind, str], list[str]] = {}
    for kind, key in current:
        if cell_text(key)[0] != key:
            masked.setdefault((kind, cell_text(key)[0]), []).append(key)
    for row in read.rows:
        key = row.key
        if (row.kind, key) not in current and len(masked.get((row.kind, key), ())) == 1:
            key = masked[row.kind, key][0]
        now = current.get((row.kind, key))
        if now is None:
            message = msg(f"workbook.unknown_{row.kind}", id=row.key)
            plan.problems.append(WorkbookProblem(row.key_ref, _UNKNOWN[row.kind], message))
            continue
        for column in COLUMNS[row.kind]:
            cell = row.cells.get(column.name)
            if cell is None or not column.editable:
                continue
            _compare(dossier, plan, read, row, key, column, cell, now[column.name])
    return plan


def _compare(
    dossier: Dossier,
    plan: ImportPlan,
    read: WorkbookRead,
    row: Row,
    key: str,
    column: Column,
    cell: Cell,
    now: str,
) -> None:
    """KEY is the row's id in the repository; ROW's key is the id as the workbook shows it."""
    place: Place = (row.kind, row.key, column.name)
    if cell.formula:
        plan.problems.append(WorkbookProblem(cell.ref, "SWL103", msg("workbook.formula")))
        return
    foreign = read.exported is None
    if foreign and cell.value in (None, ""):
        return  # an empty cell of the organisation's own workbook: not filled in, not erased
    value = _value(column, cell, row.kind, plan)
    if value is None:
        return
    exported = None if read.exported is None else read.exported.get(place)
    repository = shown(column, now)
    if exported is not None and value == exported:
        return
    if exported is not None and place in read.cut:
        plan.problems.append(WorkbookProblem(cell.ref, "SWL103", msg("workbook.cut_edited")))
        return
    if value == repository:
        return
    if column.type in ("text", "narrative") and (place in read.masked or masked(now)):
        # the workbook holds this text masked: its edit would write the mask's stars
        plan.problems.append(WorkbookProblem(cell.ref, "SWL103", msg("workbook.masked_edited")))
        return
    path, loc = _where(dossier, row.kind, key, column.name)
    if exported is not None and repository != exported:
        plan.conflicts.append(
            Conflict(cell.ref, path, column.name, exported, value, repository, column.type)
        )
        return
    if value != cell_text(value)[0] and column.type in ("text", "narrative"):
        # a BSN or a control character: never written back from a workbook
        plan.problems.append(WorkbookProblem(cell.ref, "SWL501", msg("workbook.masked")))
        return
    target = plan.files.get(path)
    if target is None:
        new_file = row.kind == "evidence" and key not in dossier.evidence
        target = plan.files[path] = FilePlan(path, row.kind, new_file)
    target.fields.append(FieldChange(cell.ref, column.name, repository, value, column.type))
    if column.name == "narrative" and path.lower().endswith(".md"):
        target.narrative = value
        return
    written: str | dt.date | None = value or None
    if column.name == "narrative" and value and key in dossier.evidence:
        # a narrative of a YAML file keeps the line breaks it ended with (its block's "|")
        raw = dossier.evidence[key].file.narrative
        written = value + raw[len(raw.rstrip("\n")) :]
    if column.type == "date" and value:
        written = dt.date.fromisoformat(value)
    target.changes.append(Change(loc, written))


def _value(column: Column, cell: Cell, kind: Kind, plan: ImportPlan) -> str | None:
    """The cell's value as the repository's text, or None with a melding."""
    if column.type in ("status", "action_status"):
        word = as_text(cell.value)
        status = status_value(word, column.type)
        if status is None:
            labels = msg(f"workbook.{column.type}_choices")
            message = msg("schema.choice", field=column.name, value=word, expected=labels)
            plan.problems.append(WorkbookProblem(cell.ref, "SWL103", message))
        return status
    if column.type == "date":
        date = as_date(cell.value)
        if date is None or isinstance(date, dt.date):
            return "" if date is None else date.isoformat()
        return _validated(column, date, kind, cell, plan, "SWL107")
    text = as_text(cell.value)
    if column.type == "narrative":
        return text.strip("\n")
    if not text.strip() and (kind, column.name) not in _REQUIRED:
        return ""
    return _validated(column, text, kind, cell, plan, "SWL103")


def _validated(
    column: Column,
    value: str,
    kind: Kind,
    cell: Cell,
    plan: ImportPlan,
    code: str,
) -> str | None:
    model, base = _MODELS[kind]
    data = {**base, "norm" if kind == "evidence" else "id": "x", column.name: value}
    checked, messages = explain(model, data)
    if checked is None:
        plan.problems.extend(WorkbookProblem(cell.ref, code, message) for message in messages)
        return None
    result = getattr(checked, column.name)
    return result.isoformat() if isinstance(result, dt.date) else str(result)


def _where(dossier: Dossier, kind: Kind, key: str, name: str) -> tuple[str, tuple[str | int, ...]]:
    """The file that holds the value and its place there (in the file's own numbering)."""
    if kind == "evidence":
        record = dossier.evidence.get(key)
        return (record.path if record else f"{EVIDENCE_DIR}/{key}.md"), (name,)
    located = dossier.documents[key] if kind == "register" else dossier.actions[key]
    loc: tuple[str | int, ...] = (*located.loc, name)
    if located.source.remap is not None:
        loc = tuple(located.source.remap(loc))
    return located.source.path, loc
