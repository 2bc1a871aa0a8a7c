"""``swlabel calendar``: the dossier's deadlines as an iCalendar file for Outlook and Google."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.commands.common import guard_output, open_dossier, write_output
from swlabel.commands.options import AsOf, Chdir, Folder, Force, Lang, in_folder
from swlabel.commands.todo import refuse_unknown_owner
from swlabel.doors import mask
from swlabel.errors import EXIT_OK
from swlabel.output.ical import calendar_events, render_ics


def _write_stdout(out: TextIO, text: str) -> None:
    # Through the byte stream when there is one: a text stream on Windows would turn CRLF into
    # CR CR LF, and a console code page could not encode every title.
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        out.write(text)
        return
    out.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def calendar(
    directory: Folder = Path(),
    *,
    out: TextIO,
    output: Annotated[
        Path,
        typer.Option("--output", "-o", metavar="cli.metavar.file", help="cli.opt.calendar_output"),
    ],
    chdir: Chdir = None,
    as_of: AsOf = None,
    language: Lang = None,
    force: Force = False,
    owner: Annotated[
        str | None,
        typer.Option("--owner", metavar="cli.metavar.name", help="cli.opt.calendar_owner"),
    ] = None,
    remind_days: Annotated[
        int | None,
        typer.Option(
            "--remind-days", metavar="cli.metavar.days", min=0, max=365, help="cli.opt.remind_days"
        ),
    ] = None,
) -> int:
    """Write the deadlines of DIRECTORY on or after AS_OF (default today), and what is overdue
    on AS_OF, to OUTPUT ('-' for OUT); only OWNER's (and the toetsing's) when given, each with
    a reminder REMIND_DAYS before (default: calendar.remind_days of swlabel.yaml). A file
    swlabel did not write is only replaced with FORCE."""
    dossier, t = open_dossier(in_folder(directory, chdir), language)
    if owner is not None:
        refuse_unknown_owner(dossier, owner, t)
    to_stdout = str(output) == "-"
    if not to_stdout:
        guard_output(dossier, output, t, force=force, not_ours="calendar.would_overwrite")
    reference = as_of or dt.date.today()
    events = calendar_events(dossier, reference, t, owner)
    organisation = dossier.config.organisation
    text = render_ics(
        events,
        organisation=organisation,
        calendar_name=t("calendar.name", organisation=organisation),
        stamp=reference,
        remind_days=dossier.config.calendar.remind_days if remind_days is None else remind_days,
    )
    if to_stdout:
        _write_stdout(out, mask.current().block(text))
        return EXIT_OK
    write_output(output, text, t)
    values = {"path": output.as_posix(), "as_of": reference.isoformat()}
    out.write(t.plural("calendar.written", len(events), **values) + "\n")
    if not events:
        out.write(t("calendar.empty", as_of=reference.isoformat()) + "\n")
    return EXIT_OK
