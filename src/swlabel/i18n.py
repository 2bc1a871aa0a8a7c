"""One translation layer for everything a user reads: a plain catalogue per language.

Dutch is the default and the reference; English is complete too. A test checks that both
catalogues have the same keys and the same placeholders.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final

from swlabel.locales import en, nl, rules_en, rules_nl, schema_en, schema_nl

LANGUAGES: Final = ("nl", "en")
DEFAULT_LANGUAGE: Final = "nl"
ENV_VAR: Final = "SWLABEL_LANG"

CATALOGUES: Final[Mapping[str, Mapping[str, str]]] = {
    "nl": {**nl.MESSAGES, **rules_nl.DOCS, **schema_nl.DESCRIPTIONS, **schema_nl.MESSAGES},
    "en": {**en.MESSAGES, **rules_en.DOCS, **schema_en.DESCRIPTIONS, **schema_en.MESSAGES},
}


def normalise_language(value: str | None) -> str | None:
    """Return a supported language code for VALUE ('NL', 'en_GB.UTF-8' …), or None."""
    if not value:
        return None
    code = value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return code if code in LANGUAGES else None


def pick_language(explicit: str | None = None, configured: str | None = None) -> str:
    """The language to speak: --lang, then SWLABEL_LANG, then the config, then Dutch."""
    for candidate in (explicit, os.environ.get(ENV_VAR), configured):
        code = normalise_language(candidate)
        if code:
            return code
    return DEFAULT_LANGUAGE


class Translator:
    """Looks messages up by key and fills in their named placeholders."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = normalise_language(language) or DEFAULT_LANGUAGE
        self._messages = CATALOGUES[self.language]

    def __call__(self, key: str, /, **values: object) -> str:
        template = self._messages.get(key)
        if template is None:
            # A missing key is a bug in swlabel; fall back to Dutch rather than fail the user.
            template = CATALOGUES[DEFAULT_LANGUAGE][key]
        return template.format(**values) if values else template

    def has(self, key: str) -> bool:
        return key in self._messages
