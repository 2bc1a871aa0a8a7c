"""``swlabel import``: the changes of a filled-in workbook back into the repository (issue #16).

Checked first (nothing is written while a cell is wrong), shown file by file and field by
field, and written only with ``--apply`` or after a yes on a terminal; each file through the
one writer, as a minimal edit.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.commands.common import open_dossier
from swlabel.commands.options import Chdir, Folder, Lang, in_folder
from swlabel.domain.roundtrip import FilePlan, ImportPlan, WorkbookProblem, plan_import
from swlabel.doors import mask, paths
from swlabel.doors.files import RepositoryWriter
from swlabel.doors.mask import printable
from swlabel.errors import EXIT_MELDINGEN, EXIT_OK, UsageError
from swlabel.i18n import Translator, render
from swlabel.load.dossier import Dossier
from swlabel.load.edits import EditError, edit_markdown, edit_yaml, strip_bom
from swlabel.load.sources import parse_text
from swlabel.problems import msg

# A workbook of the largest dossier is a few MB; anything far larger is no zelfevaluatie.
MAX_WORKBOOK_BYTES = 64 * 1024 * 1024
_SHOWN = 70  # characters of a value shown in the list of changes

Workbook = Annotated[
    Path,
    typer.Argument(help="cli.opt.import_workbook", metavar="cli.metavar.file", show_default=False),
]
Apply = Annotated[bool, typer.Option("--apply", help="cli.opt.import_apply")]


def import_workbook(
    workbook: Workbook,
    directory: Folder = Path(),
    *,
    out: TextIO,
    chdir: Chdir = None,
    language: Lang = None,
    apply: Apply = False,
) -> int:
    dossier, t = open_dossier(in_folder(directory, chdir), language)
    data = _read_workbook(workbook, t)
    from swlabel.load.workbook import NoHeader, NotAWorkbook, key_names, read_workbook

    try:
        read = read_workbook(data)
    except NotAWorkbook:
        # the library's own words (English, a Python repr) tell a quality officer nothing
        raise UsageError(t("import.not_a_workbook", path=workbook.as_posix())) from None
    except NoHeader:
        names = key_names()
        norms, ids = names["evidence"], dict.fromkeys(names["register"] + names["plan"])
        message = t(
            "import.no_header",
            path=workbook.as_posix(),
            norms=", ".join(f"'{name}'" for name in norms),
            ids=", ".join(f"'{name}'" for name in ids),
        )
        raise UsageError(message) from None
    plan = plan_import(dossier, read)
    texts = _new_texts(dossier, plan)
    for problem in plan.problems:
        out.write(format_cell_problem(problem, t) + "\n")
    if plan.problems:
        out.write(t.plural("import.problems", len(plan.problems)) + "\n")
        return EXIT_MELDINGEN
    show_plan(plan, out, t)
    if plan.conflicts and read.commit:
        # where the workbook's values came from, to compare with git log
        out.write(t("import.commit", commit=read.commit[:12]) + "\n")
    if not texts:
        return EXIT_MELDINGEN if plan.conflicts else EXIT_OK
    question = mask.current().line(t("import.confirm"))
    if not apply and not (sys.stdin.isatty() and typer.confirm(question)):
        out.write(t("import.dry_run") + "\n")
        return EXIT_MELDINGEN if plan.conflicts else EXIT_OK
    writer = RepositoryWriter(dossier.root)
    for relpath, content in texts.items():
        if plan.files[relpath].new_file:
            writer.create(relpath, content)
        else:
            writer.replace(relpath, content)
    out.write(t.plural("import.applied", len(texts)) + "\n")
    return EXIT_MELDINGEN if plan.conflicts else EXIT_OK


def format_cell_problem(problem: WorkbookProblem, t: Translator) -> str:
    """``Zelfevaluatie!D14: SWL107 assessed_on: …``: the cell, the rule and check's words."""
    return printable(f"{problem.ref}: {problem.code} {render(problem.message, t)}")


def _read_workbook(workbook: Path, t: Translator) -> bytes:
    shown = workbook.as_posix()
    try:
        return paths.read_bytes(workbook.parent, workbook.name, max_bytes=MAX_WORKBOOK_BYTES)
    except paths.Refused:
        reason = t("sources.not_a_file")
        raise UsageError(t("import.unreadable", path=shown, reason=reason)) from None
    except paths.TooLarge as large:
        reason = f"{large.size} bytes"
        raise UsageError(t("import.unreadable", path=shown, reason=reason)) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise UsageError(t("import.unreadable", path=shown, reason=reason)) from None


def _new_texts(dossier: Dossier, plan: ImportPlan) -> dict[str, bytes]:
    """The new content of every file the plan changes; an edit that cannot be made is a
    melding of the plan (at the first cell it came from) and nothing is written."""
    texts: dict[str, bytes] = {}
    for relpath, target in sorted(plan.files.items()):
        try:
            texts[relpath] = _edited(dossier, target)
        except EditError as error:
            reason = msg(error.reason)
            message = msg("import.file_problem", path=relpath, reason=reason)
            plan.problems.append(WorkbookProblem(target.fields[0].ref, "SWL103", message))
    return texts


def _edited(dossier: Dossier, target: FilePlan) -> bytes:
    markdown = target.path.lower().endswith(".md")
    if target.new_file:
        norm = target.path.rsplit("/", 1)[-1][: -len(".md")]
        original = f'---\nnorm: "{norm}"\n---\n'
    else:
        try:
            raw = paths.read_bytes(dossier.root, target.path, max_bytes=dossier.max_bytes)
            original = raw.decode("utf-8")
        except (paths.Refused, paths.TooLarge, OSError, UnicodeDecodeError):
            raise EditError("edits.unreadable") from None
    bom, text = strip_bom(original)
    if markdown:
        edited = edit_markdown(text, target.changes, target.narrative)
    else:
        edited = edit_yaml(text, target.changes)
    # The edit must leave a file that reads as YAML, as check reads it.
    parsed = parse_text(edited, target.path, front_matter=markdown)
    if parsed.failed:
        raise EditError("edits.unreadable")
    return (bom + edited).encode("utf-8")


def show_plan(plan: ImportPlan, out: TextIO, t: Translator) -> None:
    """The changes file by file and field by field, then the conflicts."""
    if plan.files:
        out.write(t.plural("import.changes", len(plan.files)) + "\n")
    elif not plan.conflicts:
        out.write(t("import.nothing") + "\n")
    for relpath, target in sorted(plan.files.items()):
        suffix = f" {t('import.new_file')}" if target.new_file else ""
        out.write(printable(f"  {relpath}{suffix}") + "\n")
        for change in target.fields:
            before, after = _from_difference(change.old, change.new, change.type)
            old, new = _short(before, change.type, t), _short(after, change.type, t)
            line = t("import.field", name=change.name, old=old, new=new, ref=change.ref)
            out.write(line + "\n")
    if plan.conflicts:
        out.write(t.plural("import.conflicts", len(plan.conflicts)) + "\n")
        for conflict in plan.conflicts:
            line = t(
                "import.conflict",
                ref=conflict.ref,
                path=conflict.path,
                name=conflict.name,
                exported=_short(conflict.exported, conflict.type, t),
                workbook=_short(conflict.workbook, conflict.type, t),
                repository=_short(conflict.repository, conflict.type, t),
            )
            out.write(line + "\n")


def _from_difference(old: str, new: str, kind: str) -> tuple[str, str]:
    """OLD and NEW from a little before where they first differ, when they are narratives:
    a changed sentence deep in a long text is what the reader needs to see."""
    if kind != "narrative":
        return old, new
    same = 0
    for a, b in zip(old, new, strict=False):
        if a != b:
            break
        same += 1
    start = max(0, same - 20)
    if start == 0:
        return old, new
    return "…" + old[start:], "…" + new[start:]


def _short(value: str, kind: str, t: Translator) -> str:
    if not value:
        return t("import.empty")
    if kind in ("status", "action_status"):
        return t(f"{'status' if kind == 'status' else 'action'}.{value}")
    one_line = " ".join(value.split())
    if len(one_line) > _SHOWN:
        one_line = one_line[: _SHOWN - 1] + "…"
    return f"'{one_line}'"
