"""Links in the report: to a document in the repository, relative to where the report is
written, or to a web address with a safe scheme. Anything else gets no link at all.

:func:`link_for` is the one place that decides whether something becomes a link, for the HTML
and the Markdown dossier alike: never a target that holds a BSN (it is shown, masked, as
text), never a scheme other than http, https or mailto, and a document's path percent-encoded
per segment so that ``notulen #3.pdf`` opens that file and not ``notulen`` at anchor ``3.pdf``.
"""

from __future__ import annotations

import html
import os
import re
from functools import lru_cache
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from swlabel.doors.mask import current
from swlabel.doors.paths import lexical_parts

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

# A browser takes tabs and line breaks out of a URL wherever they are, and control characters
# and spaces off its ends, before it reads the scheme (WHATWG URL standard): "java\tscript:"
# is "javascript:".
_DROPPED = re.compile(r"[\t\n\r]")
# What is stripped from both ends of a link target: spaces and control characters.
ENDS = "".join(chr(code) for code in range(0x21))
# A scheme is whatever comes before the first ':' that is not after a '/', '?' or '#'.
_HEAD = re.compile(r"[^/?#]*")


def is_safe_target(target: str) -> bool:
    """Whether TARGET may be a link: relative (a path, an anchor) or http, https or mailto.

    Anything with a colon before its first '/', '?' or '#' that is not one of those schemes
    is refused, whatever it looks like ("javascript:", "JaVaScRiPt:", "&#106;avascript:",
    "data&colon;", "vbscript:", "C:"), so an encoding we did not think of cannot make one.
    """
    # Also as HTML would read it, should it ever land in HTML unescaped: "&#106;avascript:"
    # (without a '&' HTML reads it as it is).
    if not _safe_scheme(target):
        return False
    return "&" not in target or _safe_scheme(html.unescape(target))


def _safe_scheme(target: str) -> bool:
    cleaned = _DROPPED.sub("", target).strip(ENDS)
    head = _HEAD.match(cleaned)
    first = head.group() if head else ""
    if ":" not in first:
        return True
    return first.split(":", 1)[0].lower() in SAFE_SCHEMES


def _is_web_address(url: str) -> bool:
    cleaned = _DROPPED.sub("", url).strip(ENDS).lower()
    return cleaned.startswith(("http://", "https://", "mailto:")) and is_safe_target(cleaned)


_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def _anchor_part(ident: str) -> str:
    # Only letters, digits, '-' and '_' in an anchor: it is written inside an HTML attribute in
    # both dossiers (the Markdown one has <a id="…">), whatever an own norm set calls a norm.
    return _ANCHOR_UNSAFE.sub(lambda m: f"_{ord(m.group()):x}_", ident.replace(".", "-"))


@lru_cache(maxsize=8192)  # a norm is linked from the chart, its section and the register
def norm_anchor(norm_id: str) -> str:
    """The HTML/Markdown anchor of a norm: '1.10' → 'norm-1-10'."""
    return "norm-" + _anchor_part(norm_id)


def rubriek_anchor(rubriek_id: str) -> str:
    """The HTML/Markdown anchor of a rubriek: '1' → 'rubriek-1'."""
    return "rubriek-" + _anchor_part(rubriek_id)


def link_for(root: Path, path: str | None, url: str | None, base: Path) -> str | None:
    """A link that works from the report's folder BASE, or None for an unsafe or absent
    target, or one that holds a BSN (the report then shows the masked text without a link)."""
    mask = current()
    if url is not None:
        if mask.holds_bsn(url) or not _is_web_address(url):
            return None
        return _DROPPED.sub("", url).strip(ENDS)
    if path is None or mask.holds_bsn(path):
        return None
    return _path_link(root, path, base)


# A dossier refers to the same documents from many norms and from the register.
@lru_cache(maxsize=8192)
def _path_link(root: Path, path: str, base: Path) -> str | None:
    posix = path.replace("\\", "/")
    parts = None if PurePosixPath(posix).is_absolute() else lexical_parts(posix)
    # A first segment with a colon ("javascript:…", "C:") would turn a relative link into a
    # scheme or a drive; an absolute path or one that climbs out leaves the repository
    # (SWL206). No link.
    if not parts or ":" in parts[0]:
        return None
    relative = Path(os.path.relpath(root.joinpath(*parts), base)).as_posix()
    # Each segment percent-encoded ('.' and '..' stay as they are): '#', '?', '%', a space or
    # a colon in a file name is part of the name, not of the link's syntax.
    link = "/".join(quote(segment, safe="") for segment in relative.split("/"))
    return link if link.startswith(("./", "../")) else f"./{link}"
