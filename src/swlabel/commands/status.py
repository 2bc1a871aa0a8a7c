"""``swlabel status``: where the dossier stands on one screen: coverage and the urgent gaps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.checks import run_checks
from swlabel.commands.common import open_dossier
from swlabel.commands.options import AsOf, Chdir, Folder, Lang, in_folder
from swlabel.doors.mask import printable
from swlabel.errors import EXIT_OK
from swlabel.output.check_formats import format_coverage
from swlabel.output.status import find_gaps, gap_lines


def status(
    directory: Folder = Path(),
    *,
    out: TextIO,
    chdir: Chdir = None,
    as_of: AsOf = None,
    language: Lang = None,
    show_all: Annotated[bool, typer.Option("--all", "-a", help="cli.opt.status_all")] = False,
) -> int:
    """Write where DIRECTORY stands to OUT: coverage, then the five most urgent points (every
    point with SHOW_ALL), each problem counted once; exit code 0 (a view, not a check)."""
    dossier, t = open_dossier(in_folder(directory, chdir), language)
    reference = as_of or dt.date.today()
    result = run_checks(dossier, reference)
    out.write(
        printable(
            f"{dossier.config.organisation} · {dossier.normset.title} {dossier.normset.version}"
        )
        + "\n\n"
    )
    for line in format_coverage(result.coverage, t):
        out.write(line + "\n")
    out.write("\n")
    for line in gap_lines(find_gaps(dossier, result, t), t, show_all=show_all):
        out.write(line + "\n")
    return EXIT_OK
