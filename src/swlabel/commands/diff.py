"""``swlabel diff REF [REF2]``: what changed in the dossier since a revision, e.g. a toetsing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.commands.common import open_dossier
from swlabel.commands.options import AsOf, Chdir, Lang, in_folder
from swlabel.domain.coverage import compute_coverage
from swlabel.domain.revisions import compare, load_revision, locate, resolve
from swlabel.errors import EXIT_OK
from swlabel.i18n import placeholders
from swlabel.output.diff import diff_lines


def diff(
    ref: Annotated[
        str,
        typer.Argument(metavar="cli.metavar.revision", help="cli.opt.diff_ref", show_default=False),
    ],
    ref2: Annotated[
        str | None,
        typer.Argument(
            metavar="cli.metavar.revision", help="cli.opt.diff_ref2", show_default=False
        ),
    ] = None,
    folder: Annotated[
        Path | None,
        typer.Argument(
            metavar="cli.metavar.folder", help="cli.opt.diff_folder", show_default=False
        ),
    ] = None,
    *,
    directory: Chdir = None,
    out: TextIO,
    as_of: AsOf = None,
    language: Lang = None,
) -> int:
    """Write what changed between REF and REF2, or between REF and the working tree.

    ``swlabel diff HEAD mydossier``: a second argument that is a folder is the dossier's folder
    (as the other commands take it), not a revision."""
    base = directory or Path()
    if folder is None and ref2 is not None and (base / ref2).is_dir():
        folder, ref2 = Path(ref2), None
    current, t = open_dossier(in_folder(folder or Path(), directory), language)
    work = locate(current.root)
    old_revision = resolve(work, ref)
    new_revision = None if ref2 is None else resolve(work, ref2)
    old = load_revision(work, old_revision, placeholders(t))
    new = current if new_revision is None else load_revision(work, new_revision, placeholders(t))
    reference = as_of or dt.date.today()
    changes = compare(
        old,
        compute_coverage(old, old_revision.date),
        new,
        compute_coverage(new, reference),
    )
    lines = diff_lines(changes, new.config.organisation, old_revision, new_revision, t)
    for line in lines:
        out.write(line + "\n")
    return EXIT_OK
