"""All the rules that look across files, and the policy that decides what is reported.

Each family lives in its own module and returns meldingen; none of them prints.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from swlabel.checks.content import check_content
from swlabel.checks.freshness import check_freshness
from swlabel.checks.policy import apply_levels, apply_waivers, is_reported
from swlabel.checks.privacy import check_privacy
from swlabel.checks.references import check_references
from swlabel.domain.coverage import Coverage, compute_coverage
from swlabel.load.dossier import Dossier
from swlabel.problems import Level, Problem, sort_problems
from swlabel.rules import RULES


def check_dossier(dossier: Dossier, as_of: dt.date) -> list[Problem]:
    """Every melding for DOSSIER on AS_OF: those found while loading and those of each rule,
    unsorted (run_checks sorts them once, after waivers and levels)."""
    return [
        *dossier.problems,
        *check_references(dossier, as_of),
        *check_content(dossier, as_of),
        *check_freshness(dossier, as_of),
        *check_privacy(dossier),
    ]


@dataclass(frozen=True)
class Gate:
    """The coverage gate: --min-coverage or check.min_coverage in swlabel.yaml."""

    minimum: float
    actual: float | None

    @property
    def passed(self) -> bool:
        return self.actual is not None and self.actual + 1e-9 >= self.minimum


@dataclass(frozen=True)
class CheckResult:
    """Everything ``swlabel check`` found; reporters turn it into output."""

    dossier: Dossier
    as_of: dt.date
    problems: tuple[Problem, ...]
    coverage: Coverage
    gate: Gate | None = None
    strict: bool = False

    def count(self, level: Level) -> int:
        return sum(1 for p in self.problems if p.level is level and not p.waiver)

    @property
    def errors(self) -> int:
        return self.count(Level.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Level.WARNING)

    @property
    def waived(self) -> int:
        return sum(1 for problem in self.problems if problem.waiver)

    @property
    def failed(self) -> bool:
        if self.errors or (self.strict and self.warnings):
            return True
        return self.gate is not None and not self.gate.passed


def run_checks(
    dossier: Dossier,
    as_of: dt.date,
    *,
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
    strict: bool = False,
    min_coverage: float | None = None,
) -> CheckResult:
    """Check DOSSIER on AS_OF with the organisation's policy; nothing is printed."""
    settings = dossier.config.check
    levels = {code.upper(): level for code, level in settings.levels.items()}
    reported = {code for code in RULES if is_reported(code, levels, select, ignore)}
    found = apply_waivers(check_dossier(dossier, as_of), dossier, reported)
    problems = apply_levels(found, levels, select, ignore)
    coverage = compute_coverage(dossier, as_of)
    minimum = min_coverage if min_coverage is not None else settings.min_coverage
    gate = Gate(minimum, coverage.total.percentage) if minimum is not None else None
    return CheckResult(dossier, as_of, tuple(sort_problems(problems)), coverage, gate, strict)
