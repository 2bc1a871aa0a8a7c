"""Privacy: no burgerservicenummer (BSN) anywhere in the repository.

Scanned: every file swlabel reads (config, evidence with its narrative, register, plan) and
every other text-like file in the repository (.md, .txt, .csv, .yaml, .yml), except in hidden
folders such as .git (see :mod:`swlabel.domain.privacy`, which the mask of every output reads
too). Links are not followed, so nothing outside the repository is read.
"""

from __future__ import annotations

from swlabel.domain.privacy import TEXT_SUFFIXES, decode_any, forget, known_bsns, scan
from swlabel.load.dossier import Dossier
from swlabel.load.sources import make_problem
from swlabel.problems import Problem, msg

__all__ = ["TEXT_SUFFIXES", "check_privacy", "decode_any", "forget", "known_bsns", "scan"]


def check_privacy(dossier: Dossier) -> list[Problem]:
    message = msg("SWL501.message")
    return [
        make_problem(relpath, found.line, found.column, "SWL501", message)
        for relpath, found in scan(dossier)
    ]
