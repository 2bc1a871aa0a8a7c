"""Writing files safely: atomically, and never over something the user wrote."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write CONTENT to PATH through a temporary file in the same folder, then rename it.

    An interrupted write leaves the old file (or none), never half a file.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
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
