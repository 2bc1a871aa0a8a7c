"""``swlabel history``: coverage per rubriek and overall at every revision of the dossier."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.commands.common import open_dossier, progress
from swlabel.commands.options import Chdir, Lang, parse_date
from swlabel.domain.history import Point, Skipped, list_commits, points, rubrieken
from swlabel.domain.revisions import locate
from swlabel.errors import EXIT_OK
from swlabel.i18n import Translator, placeholders
from swlabel.i18n import render as sentence
from swlabel.output.check_formats import format_percentage
from swlabel.problems import printable

# From this many revisions on, history shows a progress bar on a terminal.
PROGRESS_REVISIONS = 21
SUBJECT_WIDTH = 40


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
    title = t("history.title", organisation=current.config.organisation)
    for line in [printable(title), "", *render(found, skipped, t)]:
        out.write(line + "\n")
    return EXIT_OK


def _truncate(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render(found: Sequence[Point], skipped: Sequence[Skipped], t: Translator) -> list[str]:
    """The history as lines of plain text: the table, the rubrieken, skipped revisions."""
    columns = rubrieken(found)
    header = [t("history.date"), t("history.revision"), t("history.subject"), t("history.total")]
    header += [rubriek_id for rubriek_id, _ in columns]
    rows = []
    for point in found:
        values = {rubriek_id: value for rubriek_id, _, value in point.rubrieken}
        rows.append(
            [
                point.date.isoformat(),
                printable(point.label),
                _truncate(printable(point.subject), SUBJECT_WIDTH),
                format_percentage(point.total),
                *(format_percentage(values.get(rubriek_id)) for rubriek_id, _ in columns),
            ]
        )
    widths = [max(len(row[index]) for row in [header, *rows]) for index in range(len(header))]
    lines = []
    for row in [header, *rows]:
        # Text columns to the left, percentages to the right.
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=False)]
        cells += [cell.rjust(width) for cell, width in zip(row[3:], widths[3:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    if columns:
        names = "; ".join(f"{rubriek_id} {printable(title)}" for rubriek_id, title in columns)
        lines += ["", t("history.rubrieken", rubrieken=names)]
    if skipped:
        lines.append("")
        lines += [
            t(
                "history.skipped",
                label=printable(item.commit.label),
                date=item.commit.date.isoformat(),
                reason=printable(sentence(item.reason, t)),
            )
            for item in skipped
        ]
    lines += ["", t("history.explained")]
    return lines
