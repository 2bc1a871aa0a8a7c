"""What every command that reads a repository does first."""

from __future__ import annotations

from pathlib import Path

from swlabel.i18n import Translator, pick_language
from swlabel.repository import Dossier, find_root, load_config, load_repository


def open_dossier(directory: Path, language: str | None) -> tuple[Dossier, Translator]:
    """Find the repository at or above DIRECTORY and load it, speaking the right language.

    --lang and SWLABEL_LANG win over the language in swlabel.yaml.
    """
    t = Translator(pick_language(language))
    root = find_root(directory, t)
    config = load_config(root, t)
    t = Translator(pick_language(language, config.language))
    return load_repository(root, t, config), t
