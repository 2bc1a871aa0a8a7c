"""English messages of ``swlabel diff``."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the command line ----------------------------------------------------------------
    "cli.diff.help": (
        "What changed in the dossier between two revisions in git (REF..REF2), or between REF "
        "and the working tree: statuses, evidence, improvement actions and coverage."
    ),
    "cli.opt.diff_ref": "The old revision: a tag, branch or commit, for example toetsing-2025.",
    "cli.opt.diff_ref2": "The new revision; without it the working tree, uncommitted changes included.",
    # --- errors ----------------------------------------------------------------------------
    "diff.not_git": "{path} is not in a git repository; swlabel diff compares revisions in git.",
    "diff.unknown_ref": "Git does not know the revision '{ref}'. Give a tag, branch or commit (see git tag or git log).",
    "diff.no_dossier": "Revision '{ref}' has no swlabel.yaml in {path}: there was no dossier yet.",
    "diff.git_failed": "Git could not read revision '{ref}'.",
    # --- the output ------------------------------------------------------------------------
    "diff.title": "{organisation}: {old} → {new}",
    "diff.revision": "{ref} ({date})",
    "diff.worktree": "working tree",
    "diff.statuses": "Norm statuses",
    "diff.status": "{id}: {old} → {new}",
    "diff.norms_added": "Norms added: {ids}",
    "diff.norms_removed": "Norms removed: {ids}",
    "diff.evidence": "Evidence",
    "diff.evidence.added": "{id} added: {label}",
    "diff.evidence.removed": "{id} removed: {label}",
    "diff.evidence.expired": "{id} expired: {label} (valid until {date})",
    "diff.actions": "Improvement actions",
    "diff.action.opened": "new: {id} {title} ({status})",
    "diff.action.closed": "closed: {id} {title} ({status})",
    "diff.action.removed": "removed: {id} {title}",
    "diff.no_changes": "No changes in norms, evidence or improvement actions.",
    "diff.coverage": "Coverage: {old} → {new}",
    "diff.coverage.rubriek": "{id} {title}: {old} → {new}",
    "diff.coverage.explained": (
        "Reference date old {old_date}, new {new_date}; coverage: norms supported by valid evidence."
    ),
}
