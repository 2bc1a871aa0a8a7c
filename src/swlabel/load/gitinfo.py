"""What git says about the repository: the commit and whether the dossier's files are clean.

"Uncommitted changes" concern only the files the dossier consists of (:func:`dossier_paths`):
a calendar, a report or a notes file elsewhere in the folder does not make the dossier dirty.
Every git process is started by :mod:`swlabel.doors.gitrun`, which lets the repository run nothing.
When git is missing or the folder is not a work tree, the answer is simply "unknown".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from swlabel.doors.gitrun import run_git
from swlabel.load.dossier import CONFIG_FILE, Dossier


@dataclass(frozen=True)
class GitState:
    commit: str | None  # full hash of HEAD, None outside git or before the first commit
    # uncommitted changes in the given files (or below the folder); None when unknown
    dirty: bool | None


def dossier_paths(dossier: Dossier) -> list[str]:
    """The files DOSSIER consists of, relative to its root: swlabel.yaml, every file it read
    (evidence, register, plan, toetsingen), an own norm set, and the documents it cites by
    path."""
    found = {CONFIG_FILE, *dossier.texts}
    norms = dossier.config.norms
    if norms.endswith((".yaml", ".yml")):
        found.add(norms)
    found.update(located.value.path or "" for located in dossier.documents.values())
    for record in dossier.evidence.values():
        found.update(item.path or "" for item in record.file.evidence)
    return sorted(path.replace("\\", "/") for path in found if path)


def git_state(root: Path, paths: Iterable[str] | None = None) -> GitState:
    """The commit of ROOT's work tree, and whether PATHS (relative to ROOT; every file below
    ROOT when None) have changes that are not committed."""
    head = run_git(root, "rev-parse", "--verify", "--quiet", "HEAD")
    if head is None:
        return GitState(None, None)
    # ':(literal)': a file name is a name, never a pattern ('*', '[' or ':' in it).
    spec = ["."] if paths is None else [f":(literal){path}" for path in paths]
    if not spec:
        return GitState(head.strip(), False)
    status = run_git(
        root,
        "status",
        "--porcelain",
        "--untracked-files=normal",
        "--ignore-submodules=all",
        "--",
        *spec,
    )
    return GitState(head.strip(), None if status is None else bool(status.strip()))


def last_changed(root: Path) -> dict[str, str]:
    """The date of the last commit that changed each file below ROOT (paths relative to ROOT,
    forward slashes), read from one ``git log`` pass; empty outside git."""
    log = run_git(
        root, "log", "--no-renames", "--relative", "--name-only", "--format=%x00%cs", "--", "."
    )
    if log is None:
        return {}
    dates: dict[str, str] = {}
    for record in log.split("\0")[1:]:
        date, _, names = record.partition("\n")
        for name in names.splitlines():
            if name and name not in dates:  # newest first: the first date seen is the last change
                dates[name] = date.strip()
    return dates
