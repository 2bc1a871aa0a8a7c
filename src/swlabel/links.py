"""Links in the report: to a document in the repository, relative to where the report is
written, or to a web address with a safe scheme. Anything else gets no link at all."""

from __future__ import annotations

import os
from pathlib import Path

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
    return Path(os.path.relpath(root / path.replace("\\", "/"), base)).as_posix()
