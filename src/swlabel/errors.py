"""The exit codes and the small family of errors whose messages are meant for users."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from swlabel.problems import Problem, Text

EXIT_OK = 0
EXIT_MELDINGEN = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


class SwlabelError(Exception):
    """An error the user can fix. Its message is a finished sentence when raised above the
    output layer, or a :class:`~swlabel.problems.Text` when raised below it (the loader, the
    domain), made a sentence where it is shown (:func:`swlabel.i18n.render`)."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str | Text, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems or []


class ConfigError(SwlabelError):
    """The configuration or the norm set it names cannot be used."""


class UsageError(SwlabelError):
    """An option or argument cannot be used as given."""
