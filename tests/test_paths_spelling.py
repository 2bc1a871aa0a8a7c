"""doors.paths reads a path's spelling from the string (it runs for every file read): it must
say what PurePosixPath and PureWindowsPath say, for every mix of the awkward pieces (#14)."""

from __future__ import annotations

import itertools
from pathlib import PurePosixPath, PureWindowsPath

from swlabel.doors.paths import inside_parts, lexical_parts

PIECES = ("a", "..", ".", "", "/", "\\", "C:", "z:", "1:", "é:", ":", "b.pdf", "//", "~", "...")


def _by_pathlib(value: str) -> tuple[str, ...] | None:
    posix = value.replace("\\", "/")
    windows = PureWindowsPath(value)
    if PurePosixPath(posix).is_absolute() or windows.is_absolute() or windows.drive:
        return None
    return _lexical_by_pathlib(posix)


def _lexical_by_pathlib(posix: str) -> tuple[str, ...] | None:
    parts: list[str] = []
    for part in PurePosixPath(posix).parts:
        if part == ".":
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
            continue
        parts.append(part)
    return tuple(parts)


def test_inside_parts_reads_a_spelling_as_pathlib_does() -> None:
    for length in range(1, 4):
        for pieces in itertools.product(PIECES, repeat=length):
            for joiner in ("/", "\\", ""):
                value = joiner.join(pieces)
                assert inside_parts(value) == _by_pathlib(value), value
                if not value.replace("\\", "/").startswith("/"):
                    posix = value.replace("\\", "/")
                    assert lexical_parts(posix) == _lexical_by_pathlib(posix), value
