"""``swlabel check``: validate the repository, report meldingen and coverage."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import TextIO

from swlabel.checks import run_checks
from swlabel.commands.common import guard_output, open_dossier, write_output
from swlabel.doors.files import CHECK_MARKER
from swlabel.errors import EXIT_MELDINGEN, EXIT_OK
from swlabel.output.check_formats import REPORTERS, resolve_format, use_color


def check(
    directory: Path,
    *,
    out: TextIO,
    as_of: dt.date | None = None,
    language: str | None = None,
    format_: str = "text",
    output: Path | None = None,
    quiet: bool = False,
    strict: bool = False,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    min_coverage: float | None = None,
    force: bool = False,
) -> int:
    """Check the repository at DIRECTORY; 1 when a melding fails the run (or the gate does).

    With OUTPUT the result goes to that file, which may replace only check's own earlier
    output (or, with FORCE, another regular file)."""
    dossier, t = open_dossier(directory, language)
    result = run_checks(
        dossier,
        as_of or dt.date.today(),
        select=select,
        ignore=ignore,
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
            # These formats have no comment syntax; the last line marks the file as check's
            # own, so that the next run may replace it (files.written_by_swlabel).
            buffer.write(f"{CHECK_MARKER}: {t('check.output_marker')}\n")
        write_output(output, buffer.getvalue(), t)
    return EXIT_MELDINGEN if result.failed else EXIT_OK
