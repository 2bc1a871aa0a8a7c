"""The interview plan of ``swlabel interviews`` as text for the terminal or as Markdown."""

from __future__ import annotations

import re
from collections.abc import Callable

from swlabel.domain.interviews import InterviewPlan, PlannedNorm
from swlabel.i18n import Translator

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#])")


def _dates(plan: InterviewPlan, t: Translator) -> str:
    parts = [t("interviews.as_of", date=plan.as_of.isoformat())]
    if plan.next_audit is not None:
        parts.append(t("interviews.next_audit", date=plan.next_audit.isoformat()))
    return " · ".join(parts)


def render_text(plan: InterviewPlan, t: Translator) -> str:
    """The plan for the terminal: plain text, documents one per line under their norm."""
    every = [*plan.unspoken, *(norm for group in plan.groups for norm in group.norms)]
    width = max((len(norm.id) for norm in every), default=0) + 2
    lines = [
        t("interviews.title", organisation=plan.organisation),
        _dates(plan, t),
        t("interviews.explained"),
        "",
    ]

    def norm_lines(norm: PlannedNorm, mark: str) -> list[str]:
        documents = norm.documents or (t("interviews.no_documents"),)
        first, *rest = documents
        indent = " " * (len(mark) + width)
        return [f"{mark}{norm.id:<{width}}{first}", *(f"{indent}{title}" for title in rest)]

    if plan.groups:
        lines.append(t("interviews.groups", count=len(plan.groups)))
        name_width = max(len(group.name) for group in plan.groups) + 2
        for group in plan.groups:
            count = t.plural("interviews.count", len(group.norms))
            lines.append(f"  {group.name:<{name_width}}{count}")
    else:
        lines.append(t("interviews.no_groups"))
    lines.append("")
    if plan.unspoken:
        lines += [t("interviews.unspoken", count=len(plan.unspoken))]
        lines += [f"  {t('interviews.unspoken_explained')}"]
        for norm in plan.unspoken:
            lines += norm_lines(norm, "  ! ")
    else:
        lines.append(t("interviews.all_spoken"))
    for group in plan.groups:
        lines += ["", t.plural("interviews.group", len(group.norms), group=group.name)]
        for norm in group.norms:
            lines += norm_lines(norm, "  ")
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    """TEXT safe in a Markdown heading or table cell: one line, no markup, no broken rows."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(plan: InterviewPlan, t: Translator) -> str:
    """The plan as GitHub/GitLab-flavoured Markdown, one section per group, to print or paste."""
    norm = t("interviews.column.norm")
    documents = t("interviews.column.documents")

    def table(norms: tuple[PlannedNorm, ...]) -> list[str]:
        rows = [f"| {norm} | {documents} |", "|---|---|"]
        for planned in norms:
            titles = "; ".join(_md(title) for title in planned.documents)
            rows.append(f"| {_md(planned.id)} | {titles or _md(t('interviews.no_documents'))} |")
        return rows

    lines = [
        f"# {_md(t('interviews.title', organisation=plan.organisation))}",
        "",
        _md(_dates(plan, t)),
        "",
        _md(t("interviews.explained")),
        "",
    ]
    if plan.groups:
        lines += [f"## {t('interviews.groups', count=len(plan.groups))}", ""]
        group, count, norms = (t(f"interviews.column.{key}") for key in ("group", "count", "norms"))
        lines += [f"| {group} | {count} | {norms} |", "|---|---:|---|"]
        for planned in plan.groups:
            ids = ", ".join(_md(item.id) for item in planned.norms)
            lines.append(f"| {_md(planned.name)} | {len(planned.norms)} | {ids} |")
    else:
        lines.append(_md(t("interviews.no_groups")))
    lines.append("")
    if plan.unspoken:
        lines += [f"## {_md(t('interviews.unspoken', count=len(plan.unspoken)))}", ""]
        lines += [f"**{_md(t('interviews.unspoken_explained'))}**", "", *table(plan.unspoken), ""]
    else:
        lines += [_md(t("interviews.all_spoken")), ""]
    for planned in plan.groups:
        heading = t.plural("interviews.group", len(planned.norms), group=planned.name)
        lines += [f"## {_md(heading)}", "", *table(planned.norms), ""]
    return "\n".join(lines)


# The formats `interviews --format` offers, each with its renderer.
RENDERERS: dict[str, Callable[[InterviewPlan, Translator], str]] = {
    "text": render_text,
    "md": render_markdown,
}
FORMATS = tuple(RENDERERS)
