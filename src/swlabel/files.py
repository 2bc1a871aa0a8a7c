"""Writing files safely: atomically, and never over something the user wrote."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def _mode_for(path: Path) -> int:
    """The permissions a plain new file would get, or those PATH already has."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, content: str | bytes | Iterable[str]) -> None:
    """Write CONTENT to PATH through a temporary file in the same folder, then rename it.

    CONTENT may come in pieces (a report as it is rendered), so a large file is never held in
    memory whole. An interrupted write, or an error while the pieces are made, leaves the old
    file (or none), never half a file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if isinstance(content, (str, bytes)):
            data = content.encode("utf-8") if isinstance(content, str) else content
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
        else:
            with os.fdopen(handle, "w", encoding="utf-8", newline="") as text:
                text.writelines(content)
        # mkstemp creates the file readable by its owner only; give it ordinary permissions.
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_new(path: Path, content: str) -> bool:
    """Create PATH with CONTENT unless it exists; True when it was written."""
    if path.exists() or path.is_symlink():
        return False
    write_atomic(path, content)
    return True
