"""``swlabel status``: where the dossier stands on one screen: coverage and the urgent gaps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from swlabel.checks import CheckResult, run_checks
from swlabel.commands.common import open_dossier
from swlabel.errors import EXIT_OK
from swlabel.i18n import Translator
from swlabel.load.dossier import Dossier
from swlabel.output.appendices import action_is_late
from swlabel.output.check_formats import format_coverage
from swlabel.problems import Level, natural_key, printable

MOST_URGENT = 5


@dataclass(frozen=True)
class Gap:
    rank: int  # lower is more urgent
    key: str
    text: str


def find_gaps(dossier: Dossier, result: CheckResult, t: Translator) -> list[Gap]:
    """Everything that needs attention, most urgent first."""
    as_of = result.as_of
    gaps: list[Gap] = []
    errors: dict[str, int] = {}
    for problem in result.problems:
        if problem.level is Level.ERROR and not problem.waiver:
            errors[problem.path] = errors.get(problem.path, 0) + 1
    for path, count in errors.items():
        gaps.append(Gap(0, path, t.plural("status.gap.errors", count, path=path)))
    for action_id, located in dossier.actions.items():
        action = located.value
        if action_is_late(action, as_of) and action.due is not None:
            due = action.due.isoformat()
            gaps.append(
                Gap(1, action_id, t("status.gap.late", id=action_id, title=action.title, due=due))
            )
    for rubriek in result.coverage.rubrieken:
        for norm in rubriek.norms:
            if not norm.applicable:
                continue
            expired = sum(validity.reason == "expired" for validity in norm.validities)
            values = {"id": norm.norm.id}
            if expired:
                gaps.append(Gap(2, norm.norm.id, t.plural("status.gap.expired", expired, **values)))
            if norm.unreadable:
                gaps.append(Gap(4, norm.norm.id, t("status.gap.unreadable", **values)))
            elif norm.status_invalid:
                gaps.append(Gap(4, norm.norm.id, t("status.gap.status_invalid", **values)))
            elif norm.status == "non_compliant":
                gaps.append(Gap(3, norm.norm.id, t("status.gap.non_compliant", **values)))
            elif norm.status == "not_assessed":
                gaps.append(Gap(4, norm.norm.id, t("status.gap.not_assessed", **values)))
            elif not norm.supported and norm.uncovered_aspects:
                missing = ", ".join(norm.uncovered_aspects)
                gaps.append(
                    Gap(5, norm.norm.id, t("status.gap.aspects", aspects=missing, **values))
                )
            elif not norm.supported:
                gaps.append(Gap(5, norm.norm.id, t("status.gap.unsupported", **values)))
    return sorted(gaps, key=lambda gap: (gap.rank, natural_key(gap.key)))


def status(
    directory: Path, *, out: TextIO, as_of: dt.date | None = None, language: str | None = None
) -> int:
    dossier, t = open_dossier(directory, language)
    reference = as_of or dt.date.today()
    result = run_checks(dossier, reference)
    out.write(
        printable(
            f"{dossier.config.organisation} · {dossier.normset.title} {dossier.normset.version}"
        )
        + "\n\n"
    )
    for line in format_coverage(result.coverage, t):
        out.write(line + "\n")
    gaps = find_gaps(dossier, result, t)
    out.write("\n")
    if not gaps:
        out.write(t("status.no_gaps") + "\n")
        return EXIT_OK
    out.write(t("status.urgent", shown=min(MOST_URGENT, len(gaps)), total=len(gaps)) + "\n")
    for number, gap in enumerate(gaps[:MOST_URGENT], start=1):
        out.write(f"  {number}. {printable(gap.text)}\n")
    return EXIT_OK
