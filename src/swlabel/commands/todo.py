"""``swlabel todo``: what each person must do before the toetsing, in order of date."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.commands.common import open_dossier
from swlabel.commands.options import AsOf, Chdir, Folder, Lang, in_folder
from swlabel.domain.todo import build_todo, is_known_owner, owner_key
from swlabel.errors import EXIT_OK, UsageError
from swlabel.output.todo import nothing_for, render_text

Owner = Annotated[
    str | None,
    typer.Option("--owner", metavar="cli.metavar.name", help="cli.opt.todo_owner"),
]


def todo(
    directory: Folder = Path(),
    *,
    out: TextIO,
    chdir: Chdir = None,
    owner: Owner = None,
    as_of: AsOf = None,
    language: Lang = None,
) -> int:
    """Write the to-do list of DIRECTORY to OUT, per owner (only OWNER's with --owner); exit
    code 0 (a view, not a check). An owner the dossier does not name is a usage error."""
    dossier, t = open_dossier(in_folder(directory, chdir), language)
    reference = as_of or dt.date.today()
    todo_list = build_todo(dossier, reference, owner)
    if owner is not None and not is_known_owner(todo_list, owner):
        known = todo_list.known_owners
        by_key = {owner_key(name): name for name in known}
        nearest = difflib.get_close_matches(owner_key(owner), list(by_key), n=1)
        values = {"owner": owner, "owners": ", ".join(known) or "-"}
        if nearest:
            raise UsageError(t("todo.unknown_owner.suggest", nearest=by_key[nearest[0]], **values))
        raise UsageError(t("todo.unknown_owner", **values))
    if owner is not None and not todo_list.owners:
        out.write(nothing_for(owner, todo_list, t))
        return EXIT_OK
    out.write(render_text(todo_list, t))
    return EXIT_OK
