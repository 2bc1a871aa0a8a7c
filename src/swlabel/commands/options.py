"""The options several commands share, each declared once.

A command declares its options in its own signature, with these aliases and ``typer.Option``.
Help texts and placeholders are catalogue keys (``cli.opt.*``, ``cli.metavar.*``): the command
line (``swlabel.cli.app``) puts them in the run's language when it builds the command, so a
command module can be imported before the language is known.

A value that does not parse raises :class:`CliValueError` with a catalogue key, which the
command line shows in the run's language.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from swlabel.i18n import LANGUAGES


class CliValueError(typer.BadParameter):
    """A value on the command line that swlabel refuses: KEY of the catalogue, with VALUES."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def parse_date(value: str) -> dt.date:
    """JJJJ-MM-DD, the one date format of the command line (as in the files)."""
    if isinstance(value, dt.date):  # a default, already a date
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        # Imported here: only a refused date pays for the Dutch readings (#14, the benchmark).
        from swlabel.load.dutch_input import suggest_date

        meant = suggest_date(value)  # 12-03-2026: name the date meant (#15)
        if meant is not None:
            raise CliValueError("cli.bad_date_meant", value=value, suggestion=meant) from None
        raise CliValueError("cli.bad_date", value=value) from None


def parse_language(value: str) -> str:
    if value not in LANGUAGES:
        raise CliValueError("cli.bad_language", value=value)
    return value


def in_folder(directory: Path, chdir: Path | None) -> Path:
    """DIRECTORY as git reads a path after ``-C``: relative to -C's folder when one is given."""
    return directory if chdir is None else chdir / directory


# The folder as a positional argument (check, report, status, interviews, calendar, init).
Folder = Annotated[
    Path, typer.Argument(help="cli.opt.directory", metavar="cli.metavar.folder", show_default=False)
]
# -C, as git has it: the commands with a positional folder read that folder relative to it.
Chdir = Annotated[
    Path | None,
    typer.Option("--dir", "-C", metavar="cli.metavar.folder", help="cli.opt.repo"),
]
AsOf = Annotated[
    dt.date | None,
    typer.Option("--as-of", metavar="cli.metavar.date", help="cli.opt.as_of", parser=parse_date),
]
Lang = Annotated[
    str | None,
    typer.Option("--lang", metavar="nl|en", help="cli.opt.lang", parser=parse_language),
]
Force = Annotated[bool, typer.Option("--force", help="cli.opt.force")]


def command_line_text(value: str) -> str:
    """VALUE as text: a command line in another encoding than UTF-8 (Latin-1, the Windows
    code page) reaches Python with its odd bytes as lone surrogates ('Jos\\udce9'), which no
    file can hold; read those bytes as the Windows code page, as people meant them."""
    if not any("\ud800" <= char <= "\udfff" for char in value):
        return value
    try:
        raw = value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that stands for no byte ('\ud800'): no text
        return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in value)
    return raw.decode("cp1252", errors="replace")
