"""``swlabel diff REF [REF2]``: what changed in the dossier since a revision, e.g. a toetsing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.commands.common import open_dossier
from swlabel.commands.options import AsOf, Chdir, Lang, in_folder
from swlabel.domain.coverage import compute_coverage
from swlabel.domain.revisions import DossierDiff, Revision, compare, load_revision, locate, resolve
from swlabel.errors import EXIT_OK
from swlabel.i18n import Translator, placeholders
from swlabel.output.check_formats import format_percentage
from swlabel.problems import printable


def diff(
    ref: Annotated[
        str,
        typer.Argument(metavar="cli.metavar.revision", help="cli.opt.diff_ref", show_default=False),
    ],
    ref2: Annotated[
        str | None,
        typer.Argument(
            metavar="cli.metavar.revision", help="cli.opt.diff_ref2", show_default=False
        ),
    ] = None,
    folder: Annotated[
        Path | None,
        typer.Argument(
            metavar="cli.metavar.folder", help="cli.opt.diff_folder", show_default=False
        ),
    ] = None,
    *,
    directory: Chdir = None,
    out: TextIO,
    as_of: AsOf = None,
    language: Lang = None,
) -> int:
    """Write what changed between REF and REF2, or between REF and the working tree.

    ``swlabel diff HEAD mydossier``: a second argument that is a folder is the dossier's folder
    (as the other commands take it), not a revision."""
    base = directory or Path()
    if folder is None and ref2 is not None and (base / ref2).is_dir():
        folder, ref2 = Path(ref2), None
    current, t = open_dossier(in_folder(folder or Path(), directory), language)
    work = locate(current.root)
    old_revision = resolve(work, ref)
    new_revision = None if ref2 is None else resolve(work, ref2)
    old = load_revision(work, old_revision, placeholders(t))
    new = current if new_revision is None else load_revision(work, new_revision, placeholders(t))
    reference = as_of or dt.date.today()
    changes = compare(
        old,
        compute_coverage(old, old_revision.date),
        new,
        compute_coverage(new, reference),
    )
    title = t(
        "diff.title",
        organisation=new.config.organisation,
        old=_revision_label(old_revision, t),
        new=t("diff.worktree") if new_revision is None else _revision_label(new_revision, t),
    )
    for line in [printable(title), "", *render(changes, t)]:
        out.write(line + "\n")
    return EXIT_OK


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
                label=printable(change.label),
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
                title=printable(change.title),
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
            title=printable(rubriek.title),
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
