"""The one record for every finding of swlabel: a melding, and the data its sentence is made of.

A melding is data (as yamllint's ``LintProblem``): where it is, which rule, what it is about
(its subject) and a :class:`Text` with the arguments of its sentence. The sentence is made only
where it is shown, in the language of the output (:func:`swlabel.i18n.render`), so nothing below
the output layer needs a translator, and a waiver matches the same melding in every language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Union


class Level(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Text:
    """A sentence still to be made: a catalogue KEY and its named arguments. An argument may be
    a Text itself (a hint, a reason), rendered first in the same language."""

    key: str
    args: tuple[tuple[str, Arg], ...] = ()

    def sort_key(self) -> tuple[str, ...]:
        return (self.key, *(part for name, value in self.args for part in (name, _flat(value))))


@dataclass(frozen=True)
class Localised:
    """A value the norm set gives per language (a scope question): the one of the output's
    language, else DEFAULT."""

    default: str
    by_language: tuple[tuple[str, str], ...] = ()

    def get(self, language: str) -> str:
        return dict(self.by_language).get(language) or self.default


@dataclass(frozen=True)
class Join:
    """PARTS joined by SEP (a separator that is a word: pydantic's choices with "or"); a part
    may be Localised (a choice with its Dutch label)."""

    parts: tuple[str | Localised, ...]
    sep: Text


# An argument of a Text: what a catalogue placeholder is filled with.
Arg = Union[str, int, float, Text, Localised, Join]  # noqa: UP007 (a runtime alias)


def msg(key: str, /, **args: Arg) -> Text:
    """``msg("SWL204.message", id="rie")``: the Text of KEY with ARGS, in the order given."""
    return Text(key, tuple(args.items()))


def _flat(value: Arg) -> str:
    if isinstance(value, Text):
        return "\x00".join(value.sort_key())
    if isinstance(value, Localised):
        return value.default
    if isinstance(value, Join):
        return "\x00".join(_flat(part) for part in value.parts)
    return str(value)


@dataclass(frozen=True)
class Problem:
    """A melding: where it is (1-based line and column), which rule, what it is about (SUBJECT:
    the norm, document, action, aspect, key or path it names) and its MESSAGE as data. Its LEVEL
    is given by the policy (:func:`swlabel.checks.policy.apply_levels`), not where the melding
    is made: error until then."""

    path: str
    line: int
    column: int
    code: str
    message: Text
    subject: str = ""
    level: Level = Level.ERROR
    waiver: str = ""  # the reason, when a waiver in the evidence file silences this melding

    def sort_key(self) -> tuple[tuple[tuple[int, str], ...], int, int, str, tuple[str, ...]]:
        return (natural_key(self.path), self.line, self.column, self.code, self.message.sort_key())


_NUMBER = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, str], ...]:
    """Sort key that puts '1.2' before '1.10' and 'evidence/2.1.md' before 'evidence/10.1.md'."""
    return tuple(
        (int(part), "") if part.isdigit() else (-1, part.casefold())
        for part in _NUMBER.split(text)
        if part
    )


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(set(problems), key=Problem.sort_key)
