"""A narrative in the report's view model: its Markdown source, rendered only by a template."""

from __future__ import annotations


class MarkdownText(str):
    """A narrative: its Markdown source, already masked, as the organisation wrote it.

    The view model holds it as data, for every format alike; what becomes of it is the
    template's choice (:mod:`swlabel.output.templating`): the HTML template renders it with
    the ``markdown`` filter, the Markdown template shows it as it is, the Word dossier and the
    JSON read the source."""

    __slots__ = ()
