"""``swlabel check``: validate the repository, print meldingen and coverage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TextIO

from swlabel.checks import check_dossier
from swlabel.commands.common import open_dossier
from swlabel.coverage import compute_coverage
from swlabel.errors import EXIT_MELDINGEN, EXIT_OK
from swlabel.problems import Level
from swlabel.reporters import write_text


def check(directory: Path, as_of: dt.date | None, language: str | None, out: TextIO) -> int:
    """Check the repository at DIRECTORY; 1 when there is a melding at error level."""
    dossier, t = open_dossier(directory, language)
    reference = as_of or dt.date.today()
    problems = check_dossier(dossier, t)
    coverage = compute_coverage(dossier, reference)
    write_text(problems, coverage, t, out)
    failed = any(problem.level is Level.ERROR for problem in problems)
    return EXIT_MELDINGEN if failed else EXIT_OK
