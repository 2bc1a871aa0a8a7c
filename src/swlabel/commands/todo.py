"""``swlabel todo``: what each person must do before the toetsing, in order of date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.commands.common import open_dossier
from swlabel.commands.options import AsOf, Chdir, Folder, Lang, in_folder
from swlabel.domain.todo import build_todo, known_owners, nearest_owner, owner_key
from swlabel.errors import EXIT_OK, UsageError
from swlabel.i18n import Translator
from swlabel.load.dossier import Dossier, suggest
from swlabel.output.todo import nothing_for, render_text

Owner = Annotated[
    str | None,
    typer.Option("--owner", metavar="cli.metavar.name", help="cli.opt.todo_owner"),
]


def refuse_unknown_owner(dossier: Dossier, owner: str, t: Translator) -> None:
    """A usage error when DOSSIER names no OWNER (a typo would otherwise show nothing to do),
    with the nearest name and every name it knows."""
    known = known_owners(dossier)
    values = {"owner": owner, "owners": ", ".join(known) or "-"}
    if not owner.strip():
        raise UsageError(t("todo.empty_owner", **values))
    if nearest_owner(owner, known) is not None:
        return
    by_key = {owner_key(name): name for name in known}
    nearest = suggest(owner_key(owner), list(by_key))[:1]
    if nearest:
        raise UsageError(t("todo.unknown_owner.suggest", nearest=by_key[nearest[0]], **values))
    raise UsageError(t("todo.unknown_owner", **values))


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
    if owner is not None:
        refuse_unknown_owner(dossier, owner, t)
    todo_list = build_todo(dossier, reference, owner)
    if owner is not None and not todo_list.owners:
        out.write(nothing_for(owner, todo_list, t))
        return EXIT_OK
    out.write(render_text(todo_list, t))
    return EXIT_OK
