"""``swlabel report``: render the audit dossier as one HTML file or as Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TextIO

from swlabel.checks import run_checks
from swlabel.commands.common import guard_output, open_dossier
from swlabel.errors import EXIT_OK, UsageError
from swlabel.files import write_atomic
from swlabel.markdown import to_html
from swlabel.report import build_report
from swlabel.templating import environment

# Every report carries this marker, so a later run may replace it but nothing else.
MARKER = "swlabel-dossier"


def _is_ours(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return MARKER.encode() in head


def _keep_text(text: str) -> str:
    return text


def report(
    directory: Path,
    *,
    out: TextIO,
    format_: str = "html",
    output: Path | None = None,
    as_of: dt.date | None = None,
    language: str | None = None,
    force: bool = False,
) -> int:
    """Render the dossier of DIRECTORY to OUTPUT (default dossier.<format>; '-' for stdout)."""
    dossier, t = open_dossier(directory, language)
    to_stdout = output is not None and str(output) == "-"
    target = Path(f"dossier.{format_}") if output is None else output
    if not to_stdout:
        guard_output(dossier, target, t)
        if target.exists() and not force and not _is_ours(target):
            raise UsageError(t("report.would_overwrite", path=target.as_posix()))
    base = Path.cwd() if to_stdout else target.resolve().parent
    result = run_checks(dossier, t, as_of or dt.date.today())
    problems = [problem for problem in result.problems if not problem.waiver]
    render = to_html if format_ == "html" else _keep_text
    view = build_report(dossier, result.coverage, problems, base, t, render)
    template = environment(t).get_template(f"report/dossier.{format_}.j2")
    text = template.render(view=view, marker=MARKER)
    if to_stdout:
        out.write(text)
        return EXIT_OK
    write_atomic(target, text)
    out.write(t("report.written", path=target.as_posix()) + "\n")
    if problems:
        out.write(t("report.with_problems", count=len(problems)) + "\n")
    return EXIT_OK
