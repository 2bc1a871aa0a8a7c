"""Rendering a narrative's Markdown to HTML: untrusted text, so raw HTML is off and only safe
link schemes survive."""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*):")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def is_safe_link(url: str) -> bool:
    """Relative links, anchors and http(s)/mailto; never javascript:, data:, vbscript: …"""
    match = _SCHEME.match(url)
    return match is None or match.group(1).lower() in _SAFE_SCHEMES


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # Images are off: a narrative's image would fetch from the network when the dossier is
    # opened, and the dossier must open offline without requests.
    parser = (
        MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table").disable("image")
    )
    parser.validateLink = is_safe_link  # type: ignore[method-assign]
    return parser


def to_html(text: str) -> str:
    return str(_parser().render(text))
