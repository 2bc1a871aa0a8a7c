"""Resolving a path that a user wrote in a file, inside the repository and nowhere else.

Users write paths on Windows and macOS, where names are case-insensitive and a name typed as
``cliëntenraad.pdf`` may be stored in another Unicode normalisation (NFD on macOS). CI runs on
Linux, where neither is forgiven. So the resolver compares names itself, one folder at a time:
an NFC-equal name is the same file; a name that differs only in case is reported with the
name that does exist. A path that is absolute, climbs out with ``..``, or passes through a
link that points outside the repository is never followed.
"""

from __future__ import annotations

import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Literal

Verdict = Literal["ok", "outside", "link_outside", "missing", "case", "folder"]


@dataclass(frozen=True)
class PathCheck:
    verdict: Verdict
    suggestion: str = ""  # for "case": the path as it exists


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def lexical_parts(posix: str) -> tuple[str, ...] | None:
    """The parts of a relative path with '.' and 'x/..' folded away; None when it climbs out
    of the repository (documenten/../documenten/a.pdf stays in, ../a.pdf does not)."""
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


class PathResolver:
    """Checks paths relative to ROOT. Folder listings and the verdict for each path written
    are cached for one run: a dossier refers to the same documents from many norms."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.real_root = root.resolve()
        self._listings: dict[Path, frozenset[str]] = {}
        self._verdicts: dict[str, PathCheck] = {}

    def _names(self, folder: Path) -> frozenset[str]:
        if folder not in self._listings:
            try:
                self._listings[folder] = frozenset(entry.name for entry in folder.iterdir())
            except OSError:
                self._listings[folder] = frozenset()
        return self._listings[folder]

    def _inside(self, path: Path) -> bool | None:
        """Whether PATH resolves inside the repository; None for a link loop."""
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):
            return None
        return resolved.is_relative_to(self.real_root)

    def check(self, value: str) -> PathCheck:
        if value not in self._verdicts:
            self._verdicts[value] = self._check(value)
        return self._verdicts[value]

    def _check(self, value: str) -> PathCheck:
        posix = value.replace("\\", "/")
        parts = lexical_parts(posix)
        windows = PureWindowsPath(value)
        if PurePosixPath(posix).is_absolute() or windows.is_absolute() or windows.drive:
            return PathCheck("outside")
        if parts is None:
            return PathCheck("outside")
        current = self.root
        written: list[str] = []
        wrong_case = False
        for part in parts:
            names = self._names(current)
            if part in names:
                name = part
            else:
                same = sorted(n for n in names if _nfc(n) == _nfc(part))
                folded = sorted(n for n in names if _nfc(n).casefold() == _nfc(part).casefold())
                if same:
                    name = same[0]
                elif folded:
                    name = folded[0]
                    wrong_case = True
                else:
                    return PathCheck("missing")
            current = current / name
            written.append(name)
            try:
                mode = current.lstat().st_mode
            except OSError:
                return PathCheck("missing")
            if stat.S_ISLNK(mode):
                inside = self._inside(current)
                if inside is None:
                    return PathCheck("missing")  # a loop of links leads nowhere
                if not inside:
                    return PathCheck("link_outside")
                try:
                    mode = current.stat().st_mode
                except OSError:
                    return PathCheck("missing")  # a link to nowhere
        if not written or stat.S_ISDIR(mode):
            return PathCheck("folder")
        if wrong_case:
            return PathCheck("case", "/".join(written))
        return PathCheck("ok")
