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


_UNSAFE_LINK = re.compile(r"(\]\(\s*<?\s*)([a-zA-Z][a-zA-Z0-9+.\-]*):", re.ASCII)
_AUTOLINK = re.compile(r"<\s*([a-zA-Z][a-zA-Z0-9+.\-]*):[^>\s]*>")


def to_safe_markdown(text: str) -> str:
    """A narrative as Markdown that passes no raw HTML and no unsafe link on: '<' becomes
    '&lt;' (which Markdown shows as '<'), and links with a scheme other than http, https or
    mailto point nowhere."""

    def link(match: re.Match[str]) -> str:
        scheme = match.group(2)
        return match.group(0) if scheme.lower() in _SAFE_SCHEMES else f"{match.group(1)}#unsafe-"

    def autolink(match: re.Match[str]) -> str:
        safe = match.group(1).lower() in _SAFE_SCHEMES
        return match.group(0) if safe else match.group(0).replace("<", "&lt;")

    text = _AUTOLINK.sub(autolink, text)
    text = re.sub(r"<(?![a-zA-Z][a-zA-Z0-9+.\-]*:[^>\s]*>)", "&lt;", text)
    return _UNSAFE_LINK.sub(link, text)
