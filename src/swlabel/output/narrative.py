"""A narrative in the report's view model: its Markdown source, rendered only by a template."""

from __future__ import annotations

import re

from swlabel.doors.mask import current

__all__ = ["PLACEHOLDER", "MarkdownText", "parser_source"]

# What the Markdown parser reads where the mask put a '*' for a digit of a BSN (#12). A '*'
# is Markdown: alone on a line three of them are a rule ('123456782' became <hr>), and between
# letters they open and close emphasis ('scan*********a en b*********'). A digit is none of
# that, and neither is this character: not a space, not punctuation, no block marker, allowed
# in a link's target and in an autolink. The mask shows every C1 control character as U+FFFD,
# so a masked text never holds one of its own; the renderers show it as '*' again
# (swlabel.output.markdown), and one they missed would be shown by the mask as U+FFFD, never
# as a digit.
PLACEHOLDER = "\x9f"

_STARS = re.compile(r"\*+")


class MarkdownText(str):
    """A narrative: its Markdown source, already masked, as the organisation wrote it.

    The view model holds it as data, for every format alike; what becomes of it is the
    template's choice (:mod:`swlabel.output.templating`): the HTML template renders it with
    the ``markdown`` filter, the Markdown template shows it as it is, the Word dossier and the
    JSON read the source.

    Made by :meth:`masked`, it also knows which of its stars are the mask's
    (:func:`parser_source`), so that the renderers show them as stars and not as Markdown."""

    # Its text with the mask's stars as PLACEHOLDER, when the mask put any there.
    for_parser: str | None = None

    @classmethod
    def masked(cls, source: str) -> MarkdownText:
        """SOURCE through the run's mask (the one mask, as a block)."""
        masked = current().block(source)
        text = cls(masked)
        # The mask keeps a text's length (a digit becomes '*', a character that acts on the
        # reader U+FFFD) and never takes a '*' away: more stars are the mask's.
        if len(masked) == len(source) and masked.count("*") > source.count("*"):
            text.for_parser = _placeholders(source, masked)
        return text


def _placeholders(source: str, masked: str) -> str:
    """MASKED with each star the mask put in for a digit of SOURCE as PLACEHOLDER; the stars
    SOURCE had stay."""
    marked = masked.replace("*", PLACEHOLDER)
    if "*" not in source:
        return marked
    parts: list[str] = []
    end = 0
    for run in _STARS.finditer(source):
        parts.append(marked[end : run.start()])
        parts.append(run.group())
        end = run.end()
    parts.append(marked[end:])
    return "".join(parts)


def parser_source(text: str) -> tuple[str, bool]:
    """What the Markdown parser reads of a narrative TEXT, and whether it holds the mask's
    stars as PLACEHOLDER (a :class:`MarkdownText` made by :meth:`MarkdownText.masked` in whose
    text the mask put stars); otherwise TEXT as it is."""
    marked = getattr(text, "for_parser", None)
    return (marked, True) if marked is not None else (str(text), False)
