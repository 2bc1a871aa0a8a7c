"""``swlabel check``: validate the repository, report meldingen and coverage."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Literal, TextIO

import typer

from swlabel.checks import run_checks
from swlabel.commands.common import guard_output, open_dossier, write_output
from swlabel.commands.options import AsOf, Chdir, CliValueError, Folder, Force, Lang, in_folder
from swlabel.errors import EXIT_MELDINGEN, EXIT_OK
from swlabel.output.check_formats import FORMATS, REPORTERS, resolve_format, use_color
from swlabel.rules import RULES


def codes(values: Sequence[str] | None) -> list[str]:
    """--select SWL1 --select SWL401,SWL402 → ['SWL1', 'SWL401', 'SWL402']."""
    found = [part.strip().upper() for value in values or [] for part in value.split(",")]
    for code in found:
        if not code or not any(rule.startswith(code) for rule in RULES):
            raise CliValueError("cli.bad_code", value=code)
    return found


def check(
    directory: Folder = Path(),
    *,
    out: TextIO,
    chdir: Chdir = None,
    as_of: AsOf = None,
    format_: Annotated[
        Literal[FORMATS],  # type: ignore[valid-type]  # the reporters' names, and auto
        typer.Option("--format", "-f", help="cli.opt.check_format", case_sensitive=False),
    ] = "text",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="cli.metavar.file", help="cli.opt.check_output"),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="cli.opt.quiet")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="cli.opt.strict")] = False,
    select: Annotated[
        list[str] | None,
        typer.Option("--select", metavar="cli.metavar.code", help="cli.opt.select", callback=codes),
    ] = None,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", metavar="cli.metavar.code", help="cli.opt.ignore", callback=codes),
    ] = None,
    min_coverage: Annotated[
        float | None,
        typer.Option(
            "--min-coverage",
            metavar="cli.metavar.percent",
            min=0,
            max=100,
            help="cli.opt.min_coverage",
        ),
    ] = None,
    force: Force = False,
    language: Lang = None,
) -> int:
    """Check the repository at DIRECTORY; 1 when a melding fails the run (or the gate does).

    With OUTPUT the result goes to that file, which may replace only check's own earlier
    output (or, with FORCE, another regular file)."""
    dossier, t = open_dossier(in_folder(directory, chdir), language)
    result = run_checks(
        dossier,
        as_of or dt.date.today(),
        select=tuple(select or ()),
        ignore=tuple(ignore or ()),
        strict=strict,
        min_coverage=min_coverage,
    )
    name = resolve_format(format_)
    reporter = REPORTERS[name]
    if output is None:
        reporter(t, color=use_color(out), quiet=quiet).write(result, out)
    else:
        guard_output(dossier, output, t, force=force)
        buffer = io.StringIO()
        reporter(t, quiet=quiet).write(result, buffer)
        if name in ("text", "github"):
            from swlabel.doors.files import CHECK_MARKER  # the writer: only with --output

            # These formats have no comment syntax; the last line marks the file as check's
            # own, so that the next run may replace it (files.written_by_swlabel).
            buffer.write(f"{CHECK_MARKER}: {t('check.output_marker')}\n")
        write_output(output, buffer.getvalue(), t)
    return EXIT_MELDINGEN if result.failed else EXIT_OK
