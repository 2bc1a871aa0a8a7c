"""Dutch messages of ``swlabel history``."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the command line ----------------------------------------------------------------
    "cli.history.help": (
        "De dekking per rubriek en in totaal bij elke versie in git die het dossier wijzigde, "
        "van oud naar nieuw, elke versie beoordeeld op haar eigen commitdatum."
    ),
    "cli.opt.history_tags": "Alleen versies met een tag, bijvoorbeeld toetsing-2025.",
    "cli.opt.history_as_of": "Laat versies na deze datum (JJJJ-MM-DD) weg.",
    # --- errors ----------------------------------------------------------------------------
    "history.not_git": (
        "{path} staat niet in een git-repository; swlabel history leest de versies in git."
    ),
    "history.no_commits": "Git heeft geen versies (commits) van het dossier in {path}.",
    "history.no_dossier": "geen swlabel.yaml in {path}",
    # --- the output ------------------------------------------------------------------------
    "history.progress": "Versies lezen",
    "history.title": "{organisation}: dekking per versie",
    "history.date": "Datum",
    "history.revision": "Versie",
    "history.subject": "Omschrijving",
    "history.total": "Totaal",
    "history.rubrieken": "Rubrieken: {rubrieken}",
    "history.skipped": "Overgeslagen: {label} ({date}): {reason}",
    "history.explained": (
        "Peildatum per versie: de commitdatum; dekking: normen onderbouwd met geldig bewijs."
    ),
}
