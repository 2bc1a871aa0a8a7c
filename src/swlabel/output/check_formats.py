"""Output formats of ``swlabel check``: a small family of reporters chosen by ``--format``.

A reporter receives the finished :class:`CheckResult` and writes it; it decides nothing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, TextIO

from swlabel.checks import CheckResult
from swlabel.domain.coverage import Coverage, Tally
from swlabel.doors.mask import dumps_json, printable
from swlabel.i18n import Translator, format_problem, render
from swlabel.output.serialize import SCHEMA_VERSION, coverage_data, problem_data, tool_data
from swlabel.problems import Level, Problem

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET


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
    labels = [printable(f"{r.rubriek.id} {r.rubriek.title}") for r in coverage.rubrieken]
    width = max(len(label) for label in [*labels, t("coverage.total")])
    header = f"  {'':<{width}}  {t('coverage.norms'):>13}   {t('coverage.aspects'):>13}"
    lines = [t("coverage.heading", date=coverage.as_of.isoformat()), header]
    for label, rubriek in zip(labels, coverage.rubrieken, strict=True):
        lines.append(_row(label, rubriek.tally, width))
    lines.append(_row(t("coverage.total"), coverage.total, width))
    lines.append(t("coverage.explained"))
    return lines


def summary_lines(result: CheckResult, t: Translator) -> list[str]:
    lines = []
    if result.gate is not None and not result.gate.passed:
        lines.append(
            t(
                "check.gate_failed",
                actual=format_percentage(result.gate.actual),
                minimum=f"{result.gate.minimum:g}%",
            )
        )
    if not result.errors and not result.warnings and not result.waived:
        lines.append(t("check.clean"))
    else:
        errors = t.plural("count.errors", result.errors)
        warnings = t.plural("count.warnings", result.warnings)
        line = t("check.counts", errors=errors, warnings=warnings)
        if result.waived:
            line += " " + t("check.waived_count", count=result.waived)
        lines.append(line)
    if result.strict and result.warnings and not result.errors:
        lines.append(t("check.strict"))
    return lines


class Reporter:
    """Writes a CheckResult in one format."""

    name: ClassVar[str]

    def __init__(self, t: Translator, *, color: bool = False, quiet: bool = False) -> None:
        self.t = t
        self.color = color
        self.quiet = quiet

    def write(self, result: CheckResult, out: TextIO) -> None:
        raise NotImplementedError


class TextReporter(Reporter):
    """One line per melding, then the coverage table and a summary."""

    name = "text"
    _COLORS: ClassVar[Mapping[Level, str]] = {Level.ERROR: "31", Level.WARNING: "33"}

    def _paint(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.color else text

    def _line(self, problem: Problem) -> str:
        where = self._paint(f"{printable(problem.path)}:{problem.line}:{problem.column}:", "1")
        code = self._paint(problem.code, self._COLORS[problem.level])
        return f"{where} {code} {printable(render(problem.message, self.t))}"

    def write(self, result: CheckResult, out: TextIO) -> None:
        active = [problem for problem in result.problems if not problem.waiver]
        waived = [problem for problem in result.problems if problem.waiver]
        # Painted lines keep their colour codes past the output's mask; every value in them
        # went through printable() first.
        painted = getattr(out, "write_styled", out.write) if self.color else out.write
        for problem in active:
            painted(self._line(problem) + "\n")
        if self.quiet:
            if result.gate is not None and not result.gate.passed:
                out.write(summary_lines(result, self.t)[0] + "\n")
            return
        if waived:
            out.write(("\n" if active else "") + self.t("check.waived_heading") + "\n")
            for problem in waived:
                reason = self.t("check.waiver_reason", reason=problem.waiver)
                painted(self._paint(f"  {format_problem(problem, self.t)} {reason}", "2") + "\n")
        if result.problems:
            out.write("\n")
        for line in format_coverage(result.coverage, self.t):
            out.write(line + "\n")
        out.write("\n")
        for line in summary_lines(result, self.t):
            out.write(line + "\n")


class JsonReporter(Reporter):
    """The documented structure of README § "JSON output", schema_version 1."""

    name = "json"

    def write(self, result: CheckResult, out: TextIO) -> None:
        normset = result.dossier.normset
        config = result.dossier.config
        gate = result.gate
        data = {
            "schema_version": SCHEMA_VERSION,
            "tool": tool_data(),
            "organisation": config.organisation,
            "normset": {"id": normset.id, "version": normset.version, "title": normset.title},
            "as_of": result.as_of.isoformat(),
            "next_audit": config.next_audit.isoformat() if config.next_audit else None,
            "summary": {
                "errors": result.errors,
                "warnings": result.warnings,
                "waived": result.waived,
                "failed": result.failed,
            },
            "meldingen": [problem_data(problem, self.t) for problem in result.problems],
            "coverage": coverage_data(result.coverage),
            "gate": None
            if gate is None
            else {
                "minimum": gate.minimum,
                "actual": None if gate.actual is None else round(gate.actual, 1),
                "passed": gate.passed,
            },
        }
        out.write(dumps_json(data) + "\n")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


class GithubReporter(Reporter):
    """GitHub Actions workflow commands: each melding becomes an annotation on its line."""

    name = "github"

    def write(self, result: CheckResult, out: TextIO) -> None:
        for problem in result.problems:
            if problem.waiver:
                continue
            kind = "error" if problem.level is Level.ERROR else "warning"
            properties = ",".join(
                [
                    f"file={_escape_property(printable(problem.path))}",
                    f"line={problem.line}",
                    f"col={problem.column}",
                    f"title={_escape_property(problem.code)}",
                ]
            )
            message = printable(render(problem.message, self.t))
            out.write(f"::{kind} {properties}::{_escape_data(message)}\n")
        for line in format_coverage(result.coverage, self.t):
            out.write(line + "\n")
        for line in summary_lines(result, self.t):
            out.write(line + "\n")


class JunitReporter(Reporter):
    """JUnit XML for GitLab and Jenkins: one test case per norm, and one per other file."""

    name = "junit"

    def write(self, result: CheckResult, out: TextIO) -> None:
        import xml.etree.ElementTree as ET  # only this format needs it

        t = self.t
        by_path: dict[str, list[Problem]] = {}
        for problem in result.problems:
            by_path.setdefault(problem.path, []).append(problem)
        dossier = result.dossier
        norm_paths = {norm.id: f"evidence/{norm.id}.md" for norm in dossier.normset.norms}
        norm_paths.update({norm_id: rec.path for norm_id, rec in dossier.evidence.items()})
        claimed: set[str] = set()
        root = ET.Element("testsuites", name="swlabel")
        totals = [0, 0, 0]
        for rubriek in result.coverage.rubrieken:
            suite = ET.SubElement(
                root, "testsuite", name=f"{rubriek.rubriek.id} {rubriek.rubriek.title}"
            )
            counts = [0, 0, 0]  # tests, failures, skipped
            for norm in rubriek.norms:
                path = norm_paths[norm.norm.id]
                claimed.add(path)
                case = ET.SubElement(
                    suite,
                    "testcase",
                    classname=f"swlabel.rubriek-{rubriek.rubriek.id}",
                    name=t("junit.norm", id=norm.norm.id),
                    file=path,
                )
                counts[0] += 1
                if not norm.applicable and not by_path.get(path):
                    why = t(f"status.{norm.status}") if norm.in_scope else t("junit.out_of_scope")
                    ET.SubElement(case, "skipped", message=why)
                    counts[2] += 1
                    continue
                counts[1] += self._fill(case, by_path.get(path, []), result.strict, t)
            self._close(suite, counts, totals)
        others = sorted(path for path in by_path if path not in claimed)
        if others:
            suite = ET.SubElement(root, "testsuite", name=t("junit.files"))
            counts = [0, 0, 0]
            for path in others:
                case = ET.SubElement(
                    suite, "testcase", classname="swlabel.doors.files", name=path, file=path
                )
                counts[0] += 1
                counts[1] += self._fill(case, by_path[path], result.strict, t)
            self._close(suite, counts, totals)
        root.set("tests", str(totals[0]))
        root.set("failures", str(totals[1]))
        root.set("skipped", str(totals[2]))
        for element in root.iter():  # names of rubrieken and files come from the dossier
            for name, value in element.attrib.items():
                element.set(name, printable(value))
        ET.indent(root)
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(ET.tostring(root, encoding="unicode"))
        out.write("\n")

    @staticmethod
    def _close(suite: ET.Element, counts: list[int], totals: list[int]) -> None:
        suite.set("tests", str(counts[0]))
        suite.set("failures", str(counts[1]))
        suite.set("skipped", str(counts[2]))
        for index, value in enumerate(counts):
            totals[index] += value

    @staticmethod
    def _fill(case: ET.Element, problems: list[Problem], strict: bool, t: Translator) -> int:
        """Add a failure for the meldingen that fail the run; the rest go to system-out."""
        import xml.etree.ElementTree as ET  # only this format needs it

        failing = [p for p in problems if not p.waiver and (p.level is Level.ERROR or strict)]
        others = [p for p in problems if p not in failing]
        if failing:
            first = failing[0]
            failure = ET.SubElement(
                case, "failure", message=printable(render(first.message, t)), type=first.code
            )
            failure.text = "\n".join(format_problem(p, t) for p in failing)
        if others:
            output = ET.SubElement(case, "system-out")
            output.text = "\n".join(
                format_problem(p, t) + (f" [waiver: {printable(p.waiver)}]" if p.waiver else "")
                for p in others
            )
        return 1 if failing else 0


REPORTERS: dict[str, type[Reporter]] = {
    reporter.name: reporter
    for reporter in (TextReporter, JsonReporter, GithubReporter, JunitReporter)
}
FORMATS = (*REPORTERS, "auto")


def resolve_format(name: str, environ: Mapping[str, str] = os.environ) -> str:
    """``auto`` is github inside GitHub Actions, text elsewhere."""
    if name != "auto":
        return name
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"


def use_color(out: TextIO, environ: Mapping[str, str] = os.environ) -> bool:
    """Colour only on a terminal, and never with NO_COLOR (https://no-color.org) or TERM=dumb."""
    if "NO_COLOR" in environ or environ.get("TERM") == "dumb":
        return False
    isatty = getattr(out, "isatty", None)
    return bool(callable(isatty) and isatty())
