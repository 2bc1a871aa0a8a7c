"""English messages of ``swlabel history``."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the command line ----------------------------------------------------------------
    "cli.history.help": (
        "Coverage per rubriek and overall at every revision in git that changed the dossier, "
        "oldest first, each revision judged on its own commit date."
    ),
    "cli.opt.history_tags": "Only tagged revisions, for example toetsing-2025.",
    "cli.opt.history_as_of": "Leave out revisions after this date (YYYY-MM-DD).",
    # --- errors ----------------------------------------------------------------------------
    "history.not_git": "{path} is not in a git repository; swlabel history reads revisions in git.",
    "history.no_commits": "Git has no revisions (commits) of the dossier in {path}.",
    "history.no_dossier": "no swlabel.yaml in {path}",
    # --- the output ------------------------------------------------------------------------
    "history.progress": "Reading revisions",
    "history.title": "{organisation}: coverage per revision",
    "history.date": "Date",
    "history.revision": "Revision",
    "history.subject": "Subject",
    "history.total": "Total",
    "history.rubrieken": "Rubrieken: {rubrieken}",
    "history.skipped": "Skipped: {label} ({date}): {reason}",
    "history.explained": (
        "Reference date per revision: its commit date; coverage: norms supported by valid evidence."
    ),
}
