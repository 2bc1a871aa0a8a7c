"""``swlabel export``: the zelfevaluatie as an Excel workbook to fill in (issue #16)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.checks import run_checks
from swlabel.commands.common import guard_output, open_dossier
from swlabel.commands.options import AsOf, Chdir, Folder, Force, Lang, in_folder
from swlabel.doors.files import write_packed_for_reader
from swlabel.errors import EXIT_OK, UsageError
from swlabel.load.gitinfo import git_state

Output = Annotated[
    Path,
    typer.Option(
        "--output",
        "-o",
        metavar="cli.metavar.file",
        help="cli.opt.export_output",
        show_default=False,
    ),
]


def export(
    directory: Folder = Path(),
    *,
    out: TextIO,
    output: Output,
    chdir: Chdir = None,
    as_of: AsOf = None,
    language: Lang = None,
    force: Force = False,
) -> int:
    dossier, t = open_dossier(in_folder(directory, chdir), language)
    if str(output) == "-":
        # a workbook is a zip: on a terminal or in a pipe it is no use, and '-' is no file name
        raise UsageError(t("export.not_stdout"))
    guard_output(dossier, output, t, force=force)
    result = run_checks(dossier, as_of or dt.date.today())
    # Imported here, so that no other command pays for openpyxl.
    from swlabel.output.workbook import build_workbook

    data = build_workbook(dossier, result, t, git_state(dossier.root).commit)
    write_packed_for_reader(output, data)
    count = len(dossier.normset.norms)
    out.write(t("export.written", path=output.as_posix(), count=count) + "\n")
    return EXIT_OK
