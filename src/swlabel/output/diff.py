"""The terminal view of ``swlabel diff``: what changed between two revisions, in words."""

from __future__ import annotations

from swlabel.domain.revisions import DossierDiff, Revision
from swlabel.doors.mask import printable
from swlabel.i18n import Translator
from swlabel.output.check_formats import format_percentage


def diff_lines(
    changes: DossierDiff,
    organisation: str,
    old: Revision,
    new: Revision | None,
    t: Translator,
) -> list[str]:
    """The title, an empty line, then :func:`render`'s sections; NEW None is the working tree."""
    title = t(
        "diff.title",
        organisation=organisation,
        old=_revision_label(old, t),
        new=t("diff.worktree") if new is None else _revision_label(new, t),
    )
    return [printable(title), "", *render(changes, t)]


def _revision_label(revision: Revision, t: Translator) -> str:
    return t("diff.revision", ref=revision.ref, date=revision.date.isoformat())


def render(changes: DossierDiff, t: Translator) -> list[str]:
    """The diff as lines of plain text, sections separated by an empty line."""
    sections: list[list[str]] = []
    statuses: list[str] = []
    if changes.norms_added:
        statuses.append(t("diff.norms_added", ids=", ".join(changes.norms_added)))
    if changes.norms_removed:
        statuses.append(t("diff.norms_removed", ids=", ".join(changes.norms_removed)))
    statuses += [
        t(
            "diff.status",
            id=change.norm_id,
            old=t(f"status.{change.old}"),
            new=t(f"status.{change.new}"),
        )
        for change in changes.statuses
    ]
    if statuses:
        sections.append([t("diff.statuses"), *(f"  {line}" for line in statuses)])
    if changes.evidence:
        lines = [
            t(
                f"diff.evidence.{change.kind}",
                id=change.norm_id,
                label=change.label,
                date=change.valid_until.isoformat() if change.valid_until else "",
            )
            for change in changes.evidence
        ]
        sections.append([t("diff.evidence"), *(f"  {line}" for line in lines)])
    if changes.actions:
        lines = [
            t(
                f"diff.action.{change.kind}",
                id=change.action_id,
                title=change.title,
                status=t(f"action.{change.status}"),
            )
            for change in changes.actions
        ]
        sections.append([t("diff.actions"), *(f"  {line}" for line in lines)])
    if not changes.changed:
        sections.append([t("diff.no_changes")])
    coverage = [
        t(
            "diff.coverage",
            old=format_percentage(changes.coverage.old),
            new=format_percentage(changes.coverage.new),
        )
    ]
    coverage += [
        "  "
        + t(
            "diff.coverage.rubriek",
            id=rubriek.rubriek_id,
            title=rubriek.title,
            old=format_percentage(rubriek.old),
            new=format_percentage(rubriek.new),
        )
        for rubriek in changes.rubrieken
    ]
    coverage.append(
        t(
            "diff.coverage.explained",
            old_date=changes.old_date.isoformat(),
            new_date=changes.new_date.isoformat(),
        )
    )
    sections.append(coverage)
    joined: list[str] = []
    for section in sections:
        joined += [*([""] if joined else []), *section]
    return joined
