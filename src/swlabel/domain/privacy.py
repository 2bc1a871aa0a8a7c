"""Where BSNs stand in the repository: every file swlabel reads (config, evidence with its
narrative, register, plan) and every other text-like file (.md, .txt, .csv, .yaml, .yml),
except in hidden folders such as .git. Links are not followed, so nothing outside the
repository is read. The scan is done once per dossier; the rule that reports what it finds is
:func:`swlabel.checks.privacy.check_privacy`, and the mask of every output learns the numbers
(:func:`known_bsns`), also of an earlier revision (swlabel diff, history).
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from swlabel.doors import paths
from swlabel.doors.bsn import BsnMatch, summarise_bsns
from swlabel.load.dossier import Dossier
from swlabel.load.sources import DEFAULT_MAX_BYTES

TEXT_SUFFIXES = frozenset({".md", ".txt", ".csv", ".yaml", ".yml"})
MAX_SCAN_BYTES = DEFAULT_MAX_BYTES


def _text_files(root: Path) -> Iterator[tuple[str, int]]:
    """Each text file below ROOT (outside hidden folders), with its size."""
    # paths.walk, not os.walk: os.walk recurses (Python 3.11), and a tree of more than about
    # a thousand nested folders ended the run as an internal error.
    for folder, subfolders, files in paths.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        base = root / folder
        for name in sorted(files):
            path = base / name
            if path.suffix.lower() not in TEXT_SUFFIXES:
                continue
            size = _regular_size(path)
            if size is not None:
                yield path.relative_to(root).as_posix(), size


def decode_any(raw: bytes) -> str:
    """Text in whatever encoding people save it in: UTF-8, UTF-16 with a byte-order mark, or
    the Windows code page that Excel and Notepad use. A BSN must not hide behind an encoding."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _regular_size(path: Path) -> int | None:
    """The size of PATH when it is a regular file (not a link): a named pipe would block the
    read forever, and a link may point outside the repository."""
    try:
        info = path.lstat()
    except OSError:
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) else None


@dataclass(frozen=True)
class Skipped:
    """A text file the scan could not read, so a BSN in it would go unseen (SWL502): larger
    than LIMIT (SIZE in bytes), or unreadable (REASON, the system's words)."""

    relpath: str
    size: int
    reason: str = ""
    limit: int = MAX_SCAN_BYTES


def _read(root: Path, relpath: str, size: int) -> str | Skipped:
    if size > MAX_SCAN_BYTES:
        return Skipped(relpath, size, limit=MAX_SCAN_BYTES)
    try:
        return decode_any(paths.read_bytes(root, relpath, max_bytes=MAX_SCAN_BYTES))
    except paths.TooLarge as large:  # grew since it was looked at
        return Skipped(relpath, large.size, limit=MAX_SCAN_BYTES)
    except paths.Refused as refused:
        return Skipped(relpath, size, refused.reason)
    except OSError as error:
        return Skipped(relpath, size, error.strerror or str(error))


# How many BSNs of one file have a melding of their own (SWL501). The scan keeps one more of
# each file, where the melding for the rest of that file stands.
SHOWN_PER_FILE = 20


@dataclass(frozen=True)
class Found:
    """The BSNs of one text file (RELPATH): the first of them (up to SHOWN_PER_FILE + 1), how
    many there are (COUNT) and the line of the last (LAST_LINE). A list of a million clients
    keeps 21 of them, not a million objects."""

    relpath: str
    first: tuple[BsnMatch, ...]
    count: int
    last_line: int


@dataclass(frozen=True)
class _Scan:
    found: tuple[Found, ...]
    digits: frozenset[str]
    skipped: tuple[Skipped, ...]


# The last scan, kept for the run: the mask learns from it before the checks report from it.
_last: dict[str, tuple[Dossier, _Scan]] = {}


def _scan(dossier: Dossier) -> _Scan:
    kept = _last.get("scan")
    if kept is not None and kept[0] is dossier:
        return kept[1]
    found: list[Found] = []
    digits: set[str] = set()
    skipped: list[Skipped] = []
    for relpath, size in _text_files(dossier.root):
        text: str | Skipped | None = dossier.texts.get(relpath)
        if not text:  # not read by the loader, or not as UTF-8
            text = _read(dossier.root, relpath, size)
        if isinstance(text, Skipped):
            skipped.append(text)
        elif text:
            findings = summarise_bsns(text, SHOWN_PER_FILE + 1)
            if findings.count:
                found.append(Found(relpath, findings.first, findings.count, findings.last_line))
                digits.update(findings.digits)
    _last["scan"] = (dossier, _Scan(tuple(found), frozenset(digits), tuple(skipped)))
    return _last["scan"][1]


def scan(dossier: Dossier) -> tuple[Found, ...]:
    """The BSNs in the repository's text files, by file (each file that holds one); scanned
    once per dossier."""
    return _scan(dossier).found


def skipped(dossier: Dossier) -> tuple[Skipped, ...]:
    """The text files the scan could not read (too large, or unreadable)."""
    return _scan(dossier).skipped


def forget() -> None:
    """Let go of the last scan (the end of a run)."""
    _last.clear()


def known_bsns(dossier: Dossier) -> frozenset[str]:
    """The nine digits of every BSN in the repository, for the mask of everything shown."""
    return _scan(dossier).digits
