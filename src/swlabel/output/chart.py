"""The picture in the report: every norm as a coloured square per rubriek, and a bar per rubriek.

Only geometry is computed here; the template draws it. Colour is never the only carrier: each
square holds the norm id and a status letter, and the legend spells the statuses out.
"""

from __future__ import annotations

from dataclasses import dataclass

from swlabel.domain.coverage import Coverage
from swlabel.i18n import Translator
from swlabel.models import STATUSES

CELL = 46
GAP = 4
LABEL_WIDTH = 190
BAR_WIDTH = 160
PER_ROW = 12


@dataclass(frozen=True)
class Square:
    norm_id: str
    anchor: str
    status: str
    mark: str  # one letter per status, so that colour is not the only carrier
    label: str  # "1.1 voldoet" for screen readers and tooltips
    x: int
    y: int


@dataclass(frozen=True)
class ChartRow:
    rubriek: str
    label: str
    y: int
    squares: tuple[Square, ...]
    bar_x: int
    bar_filled: int  # width of the supported part
    bar_text: str


@dataclass(frozen=True)
class LegendItem:
    status: str
    mark: str
    label: str
    x: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    size: int
    rows: tuple[ChartRow, ...]
    legend: tuple[LegendItem, ...]
    legend_y: int
    bar_width: int
    title: str


def build_chart(coverage: Coverage, anchors: dict[str, str], t: Translator) -> Chart:
    rows = []
    y = 0
    widest = 0
    for rubriek in coverage.rubrieken:
        squares = []
        for index, norm in enumerate(rubriek.norms):
            column, line = index % PER_ROW, index // PER_ROW
            squares.append(
                Square(
                    norm_id=norm.norm.id,
                    anchor=anchors[norm.norm.id],
                    status=norm.status,
                    mark=t(f"chart.mark.{norm.status}"),
                    label=f"{norm.norm.id} {t(f'status.{norm.status}')}",
                    x=LABEL_WIDTH + column * (CELL + GAP),
                    y=y + line * (CELL + GAP),
                )
            )
        lines = max(1, -(-len(rubriek.norms) // PER_ROW))
        columns = min(PER_ROW, max(1, len(rubriek.norms)))
        bar_x = LABEL_WIDTH + columns * (CELL + GAP) + 16
        widest = max(widest, bar_x + BAR_WIDTH)
        tally = rubriek.tally
        share = 0.0 if tally.applicable == 0 else tally.supported / tally.applicable
        rows.append(
            ChartRow(
                rubriek=rubriek.rubriek.id,
                label=f"{rubriek.rubriek.id} {rubriek.rubriek.title}",
                y=y,
                squares=tuple(squares),
                bar_x=bar_x,
                bar_filled=round(BAR_WIDTH * share),
                bar_text=t("chart.bar", supported=tally.supported, applicable=tally.applicable),
            )
        )
        y += lines * (CELL + GAP) + 14
    legend = []
    x = 0
    for status in STATUSES:
        label = t(f"status.{status}")
        legend.append(LegendItem(status, t(f"chart.mark.{status}"), label, x))
        x += 34 + 8 * len(label)
    return Chart(
        width=max(widest, x),
        height=y + 34,
        size=CELL,
        rows=tuple(rows),
        legend=tuple(legend),
        legend_y=y + 6,
        bar_width=BAR_WIDTH,
        title=t("chart.title"),
    )
