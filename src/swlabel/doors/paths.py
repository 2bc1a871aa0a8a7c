"""Resolving a path that a user wrote in a file, inside the repository and nowhere else.

Users write paths on Windows and macOS, where names are case-insensitive and a name typed as
``cliëntenraad.pdf`` may be stored in another Unicode normalisation (NFD on macOS). CI runs on
Linux, where neither is forgiven. So the resolver compares names itself, one folder at a time:
an NFC-equal name is the same file; a name that differs only in case is reported with the
name that does exist. A path that is absolute, climbs out with ``..``, or passes through a
link that points outside the repository is never followed.

This module is also the one door through which swlabel reads the repository: :func:`look`,
:func:`read_bytes`, :func:`list_folder` and :func:`walk`. Each refuses a path that lies outside
the repository, whether by its spelling or through a link, and never reads a named pipe or a
device. A test (``test_hostile_reads.py``) holds every other module to going through here.
"""

from __future__ import annotations

import errno
import os
import stat
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Verdict = Literal["ok", "outside", "link_outside", "missing", "case", "folder"]


@dataclass(frozen=True)
class PathCheck:
    verdict: Verdict
    suggestion: str = ""  # for "case": the path as it exists
    # For "ok" and "case": the path as it exists (its names NFC-equal to those written).
    found: str = field(default="", compare=False)


class Refused(Exception):
    """A path swlabel does not read: it lies outside the repository (``outside``), a link on
    the way leads there (``link_outside``), or it is no regular file (``not_a_file``)."""

    def __init__(self, reason: Literal["outside", "link_outside", "not_a_file"]) -> None:
        super().__init__(reason)
        self.reason = reason


class TooLarge(Exception):
    """A file larger than the reader was told to read; SIZE is its size in bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


_DRIVE_LETTERS = frozenset(string.ascii_letters)


def inside_parts(value: str) -> tuple[str, ...] | None:
    """The parts of VALUE, a path relative to the repository written with / or \\; None when
    it is absolute, names a drive or climbs out of the repository."""
    posix = value.replace("\\", "/")
    # What PurePosixPath and PureWindowsPath would call absolute or a drive ("/x", "\\x",
    # "//server/share", "C:x", "C:\\x"), read from the string: this runs for every file read.
    if posix.startswith("/") or (value[1:2] == ":" and value[:1] in _DRIVE_LETTERS):
        return None
    return lexical_parts(posix)


def look(root: Path, relpath: str) -> os.stat_result:
    """What ROOT/RELPATH is, following a link only when it ends inside the repository.

    Without a link on the way this costs one ``lstat`` per part of RELPATH (the last one says
    what the file is). Raises :class:`Refused` for a path outside the repository and OSError
    when the path cannot be looked at (missing, no permission, a loop of links).
    """
    parts = inside_parts(relpath)
    if not parts:
        raise Refused("outside")
    return _look(root, parts)[0]


def _look(root: Path, parts: tuple[str, ...]) -> tuple[os.stat_result, str]:
    """What ROOT/PARTS is (see :func:`look`), and the path to open it by: ROOT/PARTS itself
    without a link on the way, else where the links lead. Joined as strings: a Path per part
    cost a large dossier more than the reading."""
    current = os.fspath(root)
    info = None
    for part in parts:
        current = os.path.join(current, part)  # noqa: PTH118 (see above)
        info = os.lstat(current)
        if stat.S_ISLNK(info.st_mode):
            path = root.joinpath(*parts)
            try:
                resolved = path.resolve()
            except RuntimeError as error:  # a loop of links (Python 3.11)
                raise OSError(errno.ELOOP, os.strerror(errno.ELOOP)) from error
            if not resolved.is_relative_to(root.resolve()):
                raise Refused("link_outside")
            return path.stat(), os.fspath(resolved)
    assert info is not None  # parts is not empty
    return info, current


# O_NONBLOCK: a named pipe put in place of the file after it was looked at must not block the
# open; O_NOFOLLOW (where there is one) keeps the open on the file that was looked at.
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_bytes(root: Path, relpath: str, *, max_bytes: int) -> bytes:
    """The content of ROOT/RELPATH, a regular file inside the repository of at most MAX_BYTES.

    Raises :class:`Refused`, :class:`TooLarge` (unread) or OSError.
    """
    parts = inside_parts(relpath)
    if not parts:
        raise Refused("outside")
    info, target = _look(root, parts)
    if not stat.S_ISREG(info.st_mode):
        raise Refused("not_a_file")
    if info.st_size > max_bytes:
        raise TooLarge(info.st_size)
    handle = os.open(target, _READ_FLAGS | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(handle, "rb") as stream:
        opened = os.fstat(stream.fileno())
        if not stat.S_ISREG(opened.st_mode):
            raise Refused("not_a_file")
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(max(len(data), opened.st_size))
    return data


@dataclass(frozen=True)
class Entry:
    """One name in a folder: whether it is a regular file, a folder or a link (not followed)."""

    name: str
    is_file: bool
    is_folder: bool
    is_link: bool


def list_folder(root: Path, relpath: str) -> list[Entry] | None:
    """The entries of the folder ROOT/RELPATH ("" for ROOT itself), unsorted; None when there
    is no such folder. Raises :class:`Refused` for a folder outside the repository (also
    through a link) and OSError when it cannot be read."""
    if relpath:
        try:
            info = look(root, relpath)
        except FileNotFoundError:
            return None
        if not stat.S_ISDIR(info.st_mode):
            return None
    folder = root.joinpath(*(inside_parts(relpath) or ()))
    with os.scandir(folder) as scan:
        return [_entry(item) for item in scan]


def _entry(item: os.DirEntry[str]) -> Entry:
    try:
        is_link = item.is_symlink()
        return Entry(
            item.name,
            item.is_file(follow_symlinks=False),
            item.is_dir(follow_symlinks=False),
            is_link,
        )
    except OSError:  # cannot be looked at: reading it will say why
        return Entry(item.name, True, False, False)


def walk(root: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    """Like ``os.walk(root)`` top-down, without following links: (folder relative to ROOT with
    /, its subfolders, its other entries). Iterative, so a tree deeper than Python's recursion
    limit is walked too; a folder that cannot be read is skipped. The caller may prune the list
    of subfolders in place."""
    pending = [""]
    while pending:
        relpath = pending.pop()
        folder = root / relpath if relpath else root
        try:
            with os.scandir(folder) as scan:
                items = list(scan)
        except OSError:
            continue
        subfolders: list[str] = []
        files: list[str] = []
        for item in items:
            try:
                is_folder = item.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            (subfolders if is_folder else files).append(item.name)
        yield relpath, subfolders, files
        # Reversed onto the stack, so the subfolders are walked in the order the caller left.
        pending.extend(f"{relpath}/{name}" if relpath else name for name in reversed(subfolders))


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def lexical_parts(posix: str) -> tuple[str, ...] | None:
    """The parts of a relative path with '.' and 'x/..' folded away; None when it climbs out
    of the repository (documenten/../documenten/a.pdf stays in, ../a.pdf does not)."""
    parts: list[str] = []
    # PurePosixPath(posix).parts, without the Path: empty parts and "." fall away.
    for part in posix.split("/"):
        if part in ("", "."):
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
        parts = inside_parts(value)
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
            return PathCheck("case", "/".join(written), "/".join(written))
        return PathCheck("ok", found="/".join(written))
