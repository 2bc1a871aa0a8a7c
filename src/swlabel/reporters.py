"""Printing the result of ``swlabel check``: meldingen one per line, then the coverage table."""

from __future__ import annotations

from typing import TextIO

from swlabel.coverage import Coverage, Tally
from swlabel.i18n import Translator
from swlabel.problems import Level, Problem


def format_problem(problem: Problem) -> str:
    """``path:line:column: CODE message``, the form editors and CI logs turn into links."""
    return f"{problem.path}:{problem.line}:{problem.column}: {problem.code} {problem.message}"


def format_percentage(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}%"


def _row(label: str, tally: Tally, width: int) -> str:
    norms = f"{tally.supported}/{tally.applicable}"
    aspects = f"{tally.covered_units}/{tally.units}"
    return (
        f"  {label:<{width}}  {norms:>7} {format_percentage(tally.percentage):>5}"
        f"   {aspects:>7} {format_percentage(tally.aspect_percentage):>5}"
    )


def format_coverage(coverage: Coverage, t: Translator) -> list[str]:
    labels = [f"{r.rubriek.id} {r.rubriek.title}" for r in coverage.rubrieken]
    width = max(len(label) for label in [*labels, t("coverage.total")])
    header = f"  {'':<{width}}  {t('coverage.norms'):>13}   {t('coverage.aspects'):>13}"
    lines = [t("coverage.heading", date=coverage.as_of.isoformat()), header]
    for label, rubriek in zip(labels, coverage.rubrieken, strict=True):
        lines.append(_row(label, rubriek.tally, width))
    lines.append(_row(t("coverage.total"), coverage.total, width))
    lines.append(t("coverage.explained"))
    return lines


def summary_line(problems: list[Problem], t: Translator) -> str:
    errors = sum(problem.level is Level.ERROR for problem in problems)
    warnings = len(problems) - errors
    if not problems:
        return t("check.clean")
    return t("check.counts", errors=errors, warnings=warnings)


def write_text(problems: list[Problem], coverage: Coverage, t: Translator, out: TextIO) -> None:
    for problem in problems:
        out.write(format_problem(problem) + "\n")
    if problems:
        out.write("\n")
    for line in format_coverage(coverage, t):
        out.write(line + "\n")
    out.write("\n" + summary_line(problems, t) + "\n")
