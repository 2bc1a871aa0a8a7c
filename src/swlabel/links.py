"""Links in the report: to a document in the repository, relative to where the report is
written, or to a web address with a safe scheme. Anything else gets no link at all."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path, PurePosixPath

from swlabel.paths import lexical_parts

SAFE_URL_SCHEMES = ("http://", "https://", "mailto:")


def norm_anchor(norm_id: str) -> str:
    """The HTML/Markdown anchor of a norm: '1.10' → 'norm-1-10'."""
    return "norm-" + norm_id.replace(".", "-")


def link_for(root: Path, path: str | None, url: str | None, base: Path) -> str | None:
    """A link that works from the report's folder BASE, or None for an unsafe or absent target."""
    if url is not None:
        return url if url.strip().lower().startswith(SAFE_URL_SCHEMES) else None
    if path is None:
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
    link = Path(os.path.relpath(root.joinpath(*parts), base)).as_posix()
    return link if link.startswith(("./", "../")) else f"./{link}"
