"""What git says about the repository: the commit and whether the working tree is clean.

Every git process is started by :mod:`swlabel.doors.gitrun`, which lets the repository run nothing.
When git is missing or the folder is not a work tree, the answer is simply "unknown".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from swlabel.doors.gitrun import run_git


@dataclass(frozen=True)
class GitState:
    commit: str | None  # full hash of HEAD, None outside git or before the first commit
    dirty: bool | None  # uncommitted changes below the dossier's folder; None when unknown


def git_state(root: Path) -> GitState:
    head = run_git(root, "rev-parse", "--verify", "--quiet", "HEAD")
    if head is None:
        return GitState(None, None)
    status = run_git(
        root,
        "status",
        "--porcelain",
        "--untracked-files=normal",
        "--ignore-submodules=all",
        "--",
        ".",
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
