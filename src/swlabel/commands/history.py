"""``swlabel history``: coverage per rubriek and overall at every revision of the dossier."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.commands.common import open_dossier, progress
from swlabel.commands.options import Chdir, Lang, parse_date
from swlabel.domain.history import Skipped, list_commits, points
from swlabel.domain.revisions import locate
from swlabel.errors import EXIT_OK
from swlabel.i18n import placeholders
from swlabel.output.history import history_lines

# From this many revisions on, history shows a progress bar on a terminal.
PROGRESS_REVISIONS = 21


def history(
    *,
    directory: Chdir = None,
    out: TextIO,
    tags: Annotated[bool, typer.Option("--tags", help="cli.opt.history_tags")] = False,
    as_of: Annotated[
        dt.date | None,
        typer.Option(
            "--as-of", metavar="cli.metavar.date", help="cli.opt.history_as_of", parser=parse_date
        ),
    ] = None,
    language: Lang = None,
) -> int:
    """Write a table of the dossier's coverage at each revision that touched it, oldest first."""
    current, t = open_dossier(directory or Path(), language)
    work = locate(current.root, not_git="history.not_git")
    commits = list_commits(work, tags_only=tags, until=as_of)
    skipped: list[Skipped] = []
    with progress(len(commits), PROGRESS_REVISIONS, t("history.progress")) as advance:
        found = points(work, commits, placeholders(t), skipped, advance)
    for line in history_lines(current.config.organisation, found, skipped, t):
        out.write(line + "\n")
    return EXIT_OK
