"""Plain-data (JSON-ready) forms of meldingen and coverage, shared by check and report.

``SCHEMA_VERSION`` changes only when a key is removed or changes meaning; new keys may appear.
"""

from __future__ import annotations

from typing import Any

from swlabel import __version__
from swlabel.domain.coverage import Coverage, NormCoverage, Tally
from swlabel.i18n import Translator, render
from swlabel.problems import Problem
from swlabel.rules import RULES

SCHEMA_VERSION = 1


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def problem_data(problem: Problem, t: Translator) -> dict[str, Any]:
    """A melding as data, its message in T's language; SUBJECT (what it is about: the id a
    waiver's ``match`` is compared with) is the same in every language."""
    return {
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
        "code": problem.code,
        "rule": RULES[problem.code].name,
        "level": problem.level.value,
        "message": render(problem.message, t),
        "subject": problem.subject,
        "waiver": problem.waiver or None,
    }


def tally_data(tally: Tally) -> dict[str, Any]:
    return {
        "norms": tally.norms,
        "applicable": tally.applicable,
        "supported": tally.supported,
        "percentage": _round(tally.percentage),
        "aspects": tally.units,
        "aspects_covered": tally.covered_units,
        "aspect_percentage": _round(tally.aspect_percentage),
        "statuses": dict(tally.statuses),
    }


def norm_data(norm: NormCoverage) -> dict[str, Any]:
    return {
        "id": norm.norm.id,
        "status": norm.status,
        "in_scope": norm.in_scope,
        "applicable": norm.applicable,
        "supported": norm.supported,
        "aspects": norm.units,
        "aspects_covered": norm.covered_units,
        "uncovered_aspects": list(norm.uncovered_aspects),
    }


def coverage_data(coverage: Coverage) -> dict[str, Any]:
    return {
        "as_of": coverage.as_of.isoformat(),
        "total": tally_data(coverage.total),
        "rubrieken": [
            {
                "id": rubriek.rubriek.id,
                "title": rubriek.rubriek.title,
                **tally_data(rubriek.tally),
                "norms": [norm_data(norm) for norm in rubriek.norms],
            }
            for rubriek in coverage.rubrieken
        ],
    }


def tool_data() -> dict[str, str]:
    return {"name": "swlabel", "version": __version__}
