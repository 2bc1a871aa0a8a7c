"""One translation layer for everything a user reads: a plain catalogue per language.

Dutch is the default and the reference; English is complete too. A test checks that both
catalogues have the same keys and the same placeholders.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator, Mapping
from typing import Final

from swlabel import rules
from swlabel.doors import mask
from swlabel.doors.mask import printable
from swlabel.load.placeholders import Placeholders
from swlabel.problems import Arg, Join, Localised, Problem, Text

LANGUAGES: Final = ("nl", "en")
DEFAULT_LANGUAGE: Final = "nl"
ENV_VAR: Final = "SWLABEL_LANG"

# The rules' titles, documentation and message templates: read from each rule's folder
# (src/swlabel/rules/<CODE>-<name>/rule.yaml), one rule at a time, when first asked for.
_RULE_FOLDERS: Final = ("swlabel.rules", "texts")

# Per language: the messages every command needs, then the long texts that only `rules` and
# `schema` show. Catalogues are imported when first used, so `check` in Dutch never pays for
# the English ones or for the documentation.
_MODULES: Final = {
    "nl": (
        ("nl", "MESSAGES"),
        _RULE_FOLDERS,
        ("planning_nl", "MESSAGES"),
        ("diff_nl", "MESSAGES"),
        ("history_nl", "MESSAGES"),
        ("report_nl", "MESSAGES"),
        ("workbook_nl", "MESSAGES"),
        ("input_nl", "MESSAGES"),
        ("schema_nl", "DESCRIPTIONS"),
        ("schema_nl", "MESSAGES"),
    ),
    "en": (
        ("en", "MESSAGES"),
        _RULE_FOLDERS,
        ("planning_en", "MESSAGES"),
        ("diff_en", "MESSAGES"),
        ("history_en", "MESSAGES"),
        ("report_en", "MESSAGES"),
        ("workbook_en", "MESSAGES"),
        ("input_en", "MESSAGES"),
        ("schema_en", "DESCRIPTIONS"),
        ("schema_en", "MESSAGES"),
    ),
}
_loaded: dict[str, list[Mapping[str, str]]] = {}


class _RuleTexts(Mapping[str, str]):
    """``SWL204.title``, ``SWL204.doc``, ``SWL204.message`` … of every rule in one language."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __getitem__(self, key: str) -> str:
        code = key.partition(".")[0]
        if code not in rules.RULES:
            raise KeyError(key)
        return rules.texts(code, self.language)[key]

    def __iter__(self) -> Iterator[str]:
        for code in rules.RULES:
            yield from rules.texts(code, self.language)

    def __len__(self) -> int:
        return sum(len(rules.texts(code, self.language)) for code in rules.RULES)


def _part(language: str, index: int) -> Mapping[str, str] | None:
    parts = _loaded.setdefault(language, [])
    while len(parts) <= index:
        module, name = _MODULES[language][len(parts)]
        messages: Mapping[str, str]
        if (module, name) == _RULE_FOLDERS:
            messages = _RuleTexts(language)
        else:
            messages = getattr(importlib.import_module(f"swlabel.i18n.locales.{module}"), name)
        parts.append(messages)
    return parts[index]


def catalogue(language: str) -> dict[str, str]:
    """Every message of LANGUAGE (for tests and tools that list them all)."""
    merged: dict[str, str] = {}
    for index in range(len(_MODULES[language])):
        merged.update(_part(language, index) or {})
    return merged


def _lookup(language: str, key: str) -> str | None:
    for index in range(len(_MODULES[language])):
        part = _part(language, index)
        if part is not None and key in part:
            return part[key]
    return None


class _Catalogues(Mapping[str, Mapping[str, str]]):
    """CATALOGUES["nl"] is the merged Dutch catalogue, built on first use."""

    def __getitem__(self, language: str) -> Mapping[str, str]:
        return catalogue(language)

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


CATALOGUES: Final[Mapping[str, Mapping[str, str]]] = _Catalogues()


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

    def __call__(self, key: str, /, **values: object) -> str:
        template = _lookup(self.language, key)
        if template is None:
            # A missing key is a bug in swlabel; fall back to Dutch rather than fail the user.
            template = _lookup(DEFAULT_LANGUAGE, key)
        if template is None:
            raise KeyError(key)
        if not values:
            return template
        # A value may come from a file: it reaches the reader through the run's mask, and on
        # one line, so that a line break in a title cannot forge a melding or a CI command.
        shown = mask.current()
        return template.format(
            **{
                name: shown.line(value) if isinstance(value, str) else value
                for name, value in values.items()
            }
        )

    def has(self, key: str) -> bool:
        return _lookup(self.language, key) is not None

    def plural(self, key: str, count: int, /, **values: object) -> str:
        """KEY for COUNT things: ``KEY.one`` for one, ``KEY.many`` for any other number ("1
        fout", "2 fouten", "0 fouten"), with COUNT as ``{count}``; never "fout(en)"."""
        return self(f"{key}.{'one' if count == 1 else 'many'}", count=count, **values)


def render(message: str | Text, t: Translator) -> str:
    """MESSAGE as a sentence in T's language: a :class:`Text` (a melding, an error raised below
    the output layer) is looked up with its arguments, each nested Text rendered first and every
    value from a file masked as :meth:`Translator.__call__` masks it; a str is already one."""
    if isinstance(message, str):
        return message
    return t(message.key, **{name: _arg(value, t) for name, value in message.args})


def _arg(value: Arg, t: Translator) -> str | int | float:
    if isinstance(value, Text):
        return render(value, t)
    if isinstance(value, Localised):
        return value.get(t.language)
    if isinstance(value, Join):
        return render(value.sep, t).join(
            part.get(t.language) if isinstance(part, Localised) else part for part in value.parts
        )
    return value


def format_problem(problem: Problem, t: Translator) -> str:
    """``path:line:column: CODE message``, the form editors and CI logs turn into links."""
    where = f"{printable(problem.path)}:{problem.line}:{problem.column}"
    return f"{where}: {problem.code} {printable(render(problem.message, t))}"


def placeholders(t: Translator) -> Placeholders:
    """What stands in a model for a wrong value the reader must see as such, in T's language."""
    return Placeholders(
        organisation=t("config.no_organisation"),
        invalid_reason=t("evidence.invalid_reason"),
        invalid_place=t("register.invalid_place"),
        normset_text=t("normset.placeholder"),
    )
