"""Privacy: no burgerservicenummer (BSN) anywhere in the repository.

Scanned: every file swlabel reads (config, evidence with its narrative, register, plan) and
every other text-like file in the repository (.md, .txt, .csv, .yaml, .yml), except in hidden
folders such as .git. Links are not followed, so nothing outside the repository is read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from swlabel.bsn import find_bsns
from swlabel.i18n import Translator
from swlabel.problems import Problem
from swlabel.repository import Dossier
from swlabel.sources import make_problem

TEXT_SUFFIXES = frozenset({".md", ".txt", ".csv", ".yaml", ".yml"})
MAX_SCAN_BYTES = 16 * 1024 * 1024


def _text_files(root: Path) -> Iterator[str]:
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        base = Path(folder)
        for name in sorted(files):
            path = base / name
            # Only regular files: a named pipe would block the read forever.
            if path.suffix.lower() in TEXT_SUFFIXES and _regular(path):
                yield path.relative_to(root).as_posix()


def decode_any(raw: bytes) -> str:
    """Text in whatever encoding people save it in: UTF-8, UTF-16 with a byte-order mark, or
    the Windows code page that Excel and Notepad use. A BSN must not hide behind an encoding."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _read(root: Path, relpath: str) -> str | None:
    path = root / relpath
    try:
        if path.stat().st_size > MAX_SCAN_BYTES:
            return None
        return decode_any(path.read_bytes())
    except OSError:
        return None


def check_privacy(dossier: Dossier, t: Translator) -> list[Problem]:
    problems = []
    for relpath in _text_files(dossier.root):
        text = dossier.texts.get(relpath)
        if not text:  # not read by the loader, or not as UTF-8
            text = _read(dossier.root, relpath)
        if not text:
            continue
        for found in find_bsns(text):
            message = t("SWL501.message")
            problems.append(make_problem(relpath, found.line, found.column, "SWL501", message))
    return problems
