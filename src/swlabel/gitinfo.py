"""What git says about the repository: the commit and whether the working tree is clean.

swlabel never lets the repository it reads run anything: git is called with hooks and the
file-system monitor switched off, without pager, editor or credential prompts, and only for
read-only plumbing commands. When git is missing or the folder is not a work tree, the
answer is simply "unknown".
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

# Options that stop a repository's own configuration from running programs.
SAFE_OPTIONS = (
    "-c",
    "core.fsmonitor=false",
    "-c",
    f"core.hooksPath={os.devnull}",
    "-c",
    "core.pager=cat",
    "-c",
    "diff.external=",
    "--no-pager",
)


@dataclass(frozen=True)
class GitState:
    commit: str | None  # full hash of HEAD, None outside git or before the first commit
    dirty: bool | None  # uncommitted changes below the dossier's folder; None when unknown


def git_env() -> dict[str, str]:
    """The environment git runs in: no prompts, no optional locks, no external diff, C locale."""
    return {
        **os.environ,
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_OPTIONAL_LOCKS": "0",
        "GIT_EXTERNAL_DIFF": "",
        "LC_ALL": "C",
    }


def git(root: Path, *args: str) -> str | None:
    """Run a read-only git command in ROOT; its output, or None when it failed."""
    executable = shutil.which("git")
    if executable is None:
        return None
    env = git_env()
    try:
        completed = subprocess.run(
            [executable, *SAFE_OPTIONS, *args],
            cwd=root,
            env=env,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if completed.returncode != 0:
        return None
    return completed.stdout.decode("utf-8", errors="replace")


def git_state(root: Path) -> GitState:
    head = git(root, "rev-parse", "--verify", "--quiet", "HEAD")
    if head is None:
        return GitState(None, None)
    status = git(root, "status", "--porcelain", "--untracked-files=normal", "--", ".")
    return GitState(head.strip(), None if status is None else bool(status.strip()))


def last_changed(root: Path) -> dict[str, str]:
    """The date of the last commit that changed each file below ROOT (paths relative to ROOT,
    forward slashes), read from one ``git log`` pass; empty outside git."""
    log = git(root, "log", "--relative", "--name-only", "--format=%x00%cs", "--", ".")
    if log is None:
        return {}
    dates: dict[str, str] = {}
    for record in log.split("\0")[1:]:
        date, _, names = record.partition("\n")
        for name in names.splitlines():
            if name and name not in dates:  # newest first: the first date seen is the last change
                dates[name] = date.strip()
    return dates
