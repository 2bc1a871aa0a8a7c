"""The terminal view of ``swlabel history``: a table of the coverage at each revision."""

from __future__ import annotations

from collections.abc import Sequence

from swlabel.domain.history import Point, Skipped, rubrieken
from swlabel.doors.mask import printable
from swlabel.i18n import Translator
from swlabel.i18n import render as sentence
from swlabel.output.check_formats import format_percentage

SUBJECT_WIDTH = 40


def history_lines(
    organisation: str, found: Sequence[Point], skipped: Sequence[Skipped], t: Translator
) -> list[str]:
    """The title, an empty line, then :func:`render`'s table and notes."""
    title = t("history.title", organisation=organisation)
    return [printable(title), "", *render(found, skipped, t)]


def _truncate(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def render(found: Sequence[Point], skipped: Sequence[Skipped], t: Translator) -> list[str]:
    """The history as lines of plain text: the table, the rubrieken, skipped revisions."""
    columns = rubrieken(found)
    header = [t("history.date"), t("history.revision"), t("history.subject"), t("history.total")]
    header += [rubriek_id for rubriek_id, _ in columns]
    rows = []
    for point in found:
        values = {rubriek_id: value for rubriek_id, _, value in point.rubrieken}
        rows.append(
            [
                point.date.isoformat(),
                printable(point.label),
                _truncate(printable(point.subject), SUBJECT_WIDTH),
                format_percentage(point.total),
                *(format_percentage(values.get(rubriek_id)) for rubriek_id, _ in columns),
            ]
        )
    widths = [max(len(row[index]) for row in [header, *rows]) for index in range(len(header))]
    lines = []
    for row in [header, *rows]:
        # Text columns to the left, percentages to the right.
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=False)]
        cells += [cell.rjust(width) for cell, width in zip(row[3:], widths[3:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    if columns:
        names = "; ".join(f"{rubriek_id} {title}" for rubriek_id, title in columns)
        lines += ["", t("history.rubrieken", rubrieken=names)]
    if skipped:
        lines.append("")
        lines += [
            t(
                "history.skipped",
                label=item.commit.label,
                date=item.commit.date.isoformat(),
                reason=sentence(item.reason, t),
            )
            for item in skipped
        ]
    lines += ["", t("history.explained")]
    return lines
