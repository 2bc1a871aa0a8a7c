"""Privacy: no burgerservicenummer (BSN) anywhere in the repository.

Scanned: every file swlabel reads (config, evidence with its narrative, register, plan) and
every other text-like file in the repository (.md, .txt, .csv, .yaml, .yml), except in hidden
folders such as .git (see :mod:`swlabel.domain.privacy`, which the mask of every output reads
too). Links are not followed, so nothing outside the repository is read.
"""

from __future__ import annotations

from swlabel.domain.privacy import (
    SHOWN_PER_FILE,
    TEXT_SUFFIXES,
    decode_any,
    forget,
    known_bsns,
    scan,
    skipped,
)
from swlabel.load.dossier import Dossier
from swlabel.load.sources import make_problem
from swlabel.problems import Problem, msg

__all__ = ["TEXT_SUFFIXES", "check_privacy", "decode_any", "forget", "known_bsns", "scan"]


def check_privacy(dossier: Dossier) -> list[Problem]:
    message = msg("SWL501.message")
    problems: list[Problem] = []
    # Each BSN of a file has a melding of its own up to SHOWN_PER_FILE; the others of that
    # file have one together, at the first of them, with how many there are and the last
    # line: a list of clients would otherwise give a melding per client (a 15 MB file a
    # million and a half), which no one reads and every output has to write.
    for found in scan(dossier):
        # A melding for the rest would stand for one number ("nog 1 burgerservicenummers"):
        # that one has its own (the scan keeps SHOWN_PER_FILE + 1 of each file).
        shown = found.first if found.count <= len(found.first) else found.first[:SHOWN_PER_FILE]
        problems.extend(
            make_problem(found.relpath, match.line, match.column, "SWL501", message)
            for match in shown
        )
        if found.count > len(shown):
            rest = found.first[len(shown)]
            more = msg(
                "SWL501.more",
                count=found.count - len(shown),
                last=found.last_line,
                shown=SHOWN_PER_FILE,
            )
            problems.append(make_problem(found.relpath, rest.line, rest.column, "SWL501", more))
    return problems + _not_scanned(dossier)


# What the loader already says about a file it could not read (one mistake, one melding).
_READING_CODES = frozenset({"SWL104", "SWL109"})


def _not_scanned(dossier: Dossier) -> list[Problem]:
    """SWL502 for a text file the BSN scan skipped: a BSN in it would go unseen, and git keeps
    whatever is committed."""
    told = {problem.path for problem in dossier.problems if problem.code in _READING_CODES}
    told.update(dossier.refused)  # SWL206 (references)
    problems: list[Problem] = []
    for file in skipped(dossier):
        if file.relpath in told:
            continue
        if file.reason:
            message = msg("SWL502.unreadable", reason=file.reason)
        else:
            mib = 1024 * 1024
            message = msg(
                "SWL502.too_large", size=f"{file.size / mib:.1f}", limit=f"{file.limit / mib:g}"
            )
        problems.append(make_problem(file.relpath, 1, 1, "SWL502", message))
    return problems
