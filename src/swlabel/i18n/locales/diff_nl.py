"""Dutch messages of ``swlabel diff``."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the command line ----------------------------------------------------------------
    "cli.diff.help": (
        "Wat er in het dossier veranderde tussen twee versies in git (REF..REF2), of tussen REF "
        "en de werkmap: statussen, bewijs, verbeteracties en de dekking."
    ),
    "cli.opt.diff_ref": "De oude versie: een tag, branch of commit, bijvoorbeeld toetsing-2025.",
    "cli.opt.diff_ref2": "De nieuwe versie; zonder deze de werkmap, met wijzigingen die nog niet zijn vastgelegd.",
    # --- errors ----------------------------------------------------------------------------
    "diff.not_git": "{path} staat niet in een git-repository; swlabel diff vergelijkt versies in git.",
    "diff.unknown_ref": "Git kent de versie '{ref}' niet. Geef een tag, branch of commit (zie git tag of git log).",
    "diff.no_dossier": "In versie '{ref}' staat geen swlabel.yaml in {path}: daar was nog geen dossier.",
    "diff.git_failed": "Git kon versie '{ref}' niet lezen.",
    # --- the output ------------------------------------------------------------------------
    "diff.title": "{organisation}: {old} → {new}",
    "diff.revision": "{ref} ({date})",
    "diff.worktree": "werkmap",
    "diff.statuses": "Status van normen",
    "diff.status": "{id}: {old} → {new}",
    "diff.norms_added": "Normen toegevoegd: {ids}",
    "diff.norms_removed": "Normen verwijderd: {ids}",
    "diff.evidence": "Bewijs",
    "diff.evidence.added": "{id} toegevoegd: {label}",
    "diff.evidence.removed": "{id} verwijderd: {label}",
    "diff.evidence.expired": "{id} verlopen: {label} (geldig tot {date})",
    "diff.actions": "Verbeteracties",
    "diff.action.opened": "nieuw: {id} {title} ({status})",
    "diff.action.closed": "afgesloten: {id} {title} ({status})",
    "diff.action.removed": "verwijderd: {id} {title}",
    "diff.no_changes": "Geen wijzigingen in normen, bewijs of verbeteracties.",
    "diff.coverage": "Dekking: {old} → {new}",
    "diff.coverage.rubriek": "{id} {title}: {old} → {new}",
    "diff.coverage.explained": (
        "Peildatum oud {old_date}, nieuw {new_date}; dekking: normen onderbouwd met geldig bewijs."
    ),
}
