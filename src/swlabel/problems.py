"""The one record for every finding of swlabel: a melding."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from swlabel.doors import mask


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """A melding: where it is (1-based line and column), which rule, how bad, and what to do."""

    path: str
    line: int
    column: int
    code: str
    level: Level
    message: str
    waiver: str = ""  # the reason, when a waiver in the evidence file silences this melding

    def sort_key(self) -> tuple[tuple[tuple[int, str], ...], int, int, str, str]:
        return (natural_key(self.path), self.line, self.column, self.code, self.message)


def printable(text: str) -> str:
    """TEXT fit for one line in front of a reader: a melding may quote a value from a file, and
    a file must not be able to move the cursor, recolour or retitle the reader's terminal, break
    the XML of a JUnit report, or show a BSN (see :mod:`swlabel.doors.mask`)."""
    return mask.current().line(text)


def format_problem(problem: Problem) -> str:
    """``path:line:column: CODE message``, the form editors and CI logs turn into links."""
    where = f"{printable(problem.path)}:{problem.line}:{problem.column}"
    return f"{where}: {problem.code} {printable(problem.message)}"


_NUMBER = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, str], ...]:
    """Sort key that puts '1.2' before '1.10' and 'evidence/2.1.md' before 'evidence/10.1.md'."""
    return tuple(
        (int(part), "") if part.isdigit() else (-1, part.casefold())
        for part in _NUMBER.split(text)
        if part
    )


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(set(problems), key=Problem.sort_key)
