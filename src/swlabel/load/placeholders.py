"""The values that stand in a model for a wrong value, so the reader sees it as such.

They are shown as they are (an organisation's name, a reason, a document's place, a norm's
title), so they are words of the output's language: the command that loads passes them in
(:func:`swlabel.i18n.placeholders`); the loader itself speaks no language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Placeholders:
    organisation: str = "?"  # a wrong organisation in swlabel.yaml
    invalid_reason: str = "?"  # a wrong reason for not_applicable
    invalid_place: str = "?"  # a register document whose only path or url is wrong
    normset_text: str = "?"  # a wrong title or text of a norm in an own norm set


# For a load whose placeholders nobody reads (a test, the language of swlabel.yaml).
PLAIN = Placeholders()
