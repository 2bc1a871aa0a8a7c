"""``swlabel interviews``: the interview plan for the day of the toetsing, as text or Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Literal, TextIO

import typer

from swlabel.commands.common import open_dossier
from swlabel.commands.options import AsOf, Chdir, Folder, Lang, in_folder
from swlabel.domain.interviews import build_plan
from swlabel.errors import EXIT_OK, UsageError
from swlabel.output.interviews import FORMATS, RENDERERS


def interviews(
    directory: Folder = Path(),
    *,
    out: TextIO,
    chdir: Chdir = None,
    as_of: AsOf = None,
    format_: Annotated[
        Literal[FORMATS],  # type: ignore[valid-type]  # the formats output.interviews renders
        typer.Option("--format", "-f", help="cli.opt.interviews_format", case_sensitive=False),
    ] = "text",
    language: Lang = None,
) -> int:
    """Write the interview plan of DIRECTORY to OUT; always exit code 0 (a view, not a check)."""
    dossier, t = open_dossier(in_folder(directory, chdir), language)
    if format_ not in FORMATS:
        raise UsageError(t("interviews.bad_format", value=format_))
    plan = build_plan(dossier, as_of or dt.date.today())
    out.write(RENDERERS[format_](plan, t))
    return EXIT_OK
