"""The one door to git: every git process swlabel starts is started here.

The repository swlabel reads may have been written by anyone, and git can be told to run
programs from its configuration: filters (``filter.<name>.clean``/``smudge``/``process``, on a
file git looks at), signature checkers (``gpg.program`` when ``log.showSignature`` is on), diff
drivers and textconv, the file-system monitor, hooks, pagers, editors, credential helpers,
``core.sshCommand`` and remote helpers (a partial clone fetches a missing object). None of them
may run. So every git process here:

- sees no system or global configuration (``GIT_CONFIG_NOSYSTEM``, ``GIT_CONFIG_GLOBAL``), and
  none of the caller's ``GIT_*`` variables; the only settings kept from them are the folders
  the user declared safe (``safe.directory``), which git reads from those files alone;
- has every key of the repository's own configuration (``include``d files too) that names a
  program overridden with an empty value, in the command scope, which beats the repository's;
- has a fixed set of switches on top: no hooks, no file-system monitor, no pager, no external
  diff, no signature checks, no credential helper, no transport at all (``protocol.allow`` and
  every ``protocol.<name>.allow``, which would beat it), so a partial clone fetches nothing
  even on a git too old for ``GIT_NO_LAZY_FETCH``, and no automatic maintenance;
- runs only read-only commands (``config --list``, ``rev-parse``, ``log``, ``ls-tree``,
  ``for-each-ref``, ``status``, ``cat-file``), never in a terminal, with a time limit; ``init``
  runs ``git init`` in a folder that holds no repository yet.

The repository's configuration is listed first, by the same runner, once per run; if it cannot
be listed within a few seconds (for example an ``include.path`` that names a named pipe), git
is not run at all for that repository during the run and the answer is "unknown".
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

__all__ = ["GitBatch", "init_repository", "run_git"]

TIMEOUT = 30  # seconds for one command

# The last part of a configuration key that names a program (lower case, as git lists it):
# filter.<x>.clean, diff.<x>.command, merge.<x>.driver, gpg.<fmt>.program, difftool.<x>.cmd,
# credential.helper, core.editor, core.pager, core.askpass, core.sshcommand, core.gitproxy,
# core.alternaterefscommand, remote.<x>.uploadpack, remote.<x>.vcs, diff.external,
# hook.<x>.command, uploadpack.packobjectshook, sendemail.sendmailcmd, ...
_PROGRAM_KEYS = frozenset(
    {
        "alternaterefscommand",
        "askpass",
        "clean",
        "cmd",
        "command",
        "defaultkeycommand",
        "difffilter",
        "driver",
        "editor",
        "external",
        "fsmonitor",
        "gitproxy",
        "helper",
        "hookspath",
        "packobjectshook",
        "pager",
        "process",
        "program",
        "proxy",
        "proxycommand",
        "receivepack",
        "sendmailcmd",
        "smudge",
        "sshcommand",
        "textconv",
        "uploadpack",
        "vcs",
    }
)

# Applied last, so they win over anything above.
_SWITCHES: tuple[tuple[str, str], ...] = (
    ("core.fsmonitor", "false"),
    ("core.hooksPath", os.devnull),
    ("core.pager", "cat"),
    ("core.editor", ":"),
    ("core.askPass", ""),
    ("core.sshCommand", ""),
    ("core.alternateRefsCommand", ""),
    ("core.untrackedCache", "false"),
    ("diff.external", ""),
    ("log.showSignature", "false"),
    ("gpg.program", ""),
    ("gpg.ssh.program", ""),
    ("gpg.x509.program", ""),
    ("gpg.openpgp.program", ""),
    ("credential.helper", ""),
    ("protocol.allow", "never"),
    *(
        (f"protocol.{name}.allow", "never")
        for name in ("ext", "fd", "file", "git", "http", "https", "ssh")
    ),
    ("gc.auto", "0"),
    ("maintenance.auto", "false"),
    ("submodule.recurse", "false"),
    ("diff.ignoreSubmodules", "all"),
    ("status.submoduleSummary", "false"),
)

# Variables that would point git at other files or programs, or change what it prints.
_DROPPED_ENV = ("PAGER", "EDITOR", "VISUAL", "SSH_ASKPASS", "LESSOPEN", "LESSCLOSE")


def _executable() -> str | None:
    return shutil.which("git")


def _callers_env() -> dict[str, str]:
    """The caller's environment without anything that would point git elsewhere."""
    return {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("GIT_") and name not in _DROPPED_ENV
    }


def _base_env() -> dict[str, str]:
    env = _callers_env()
    env.update(
        {
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_ATTR_NOSYSTEM": "1",
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_OPTIONAL_LOCKS": "0",
            "GIT_NO_LAZY_FETCH": "1",
            "GIT_PAGER": "cat",
            "GIT_EDITOR": ":",
            "LC_ALL": "C",
        }
    )
    return env


def _with_settings(env: dict[str, str], settings: Sequence[tuple[str, str]]) -> dict[str, str]:
    # GIT_CONFIG_COUNT/KEY/VALUE rather than "-c key=value": a subsection name may hold '='.
    env = dict(env)
    env["GIT_CONFIG_COUNT"] = str(len(settings))
    for index, (key, value) in enumerate(settings):
        env[f"GIT_CONFIG_KEY_{index}"] = key
        env[f"GIT_CONFIG_VALUE_{index}"] = value
    return env


@lru_cache(maxsize=1)
def _safe_directories() -> tuple[str, ...]:
    """The folders the user declared safe in the system and global configuration: git honours
    ``safe.directory`` only from those, and we read neither otherwise."""
    executable = _executable()
    if executable is None:
        return ()
    # The user's own environment (not ours, which hides those files), less their GIT_*.
    env = _callers_env()
    found: list[str] = []
    for scope in ("--system", "--global"):
        args = ("config", scope, "-z", "--get-all", "safe.directory")
        listed = _run(executable, Path(os.sep).resolve(), env, args)
        if listed is not None:
            text = listed.decode("utf-8", errors="replace")
            found.extend(value for value in text.split("\0") if value)
    return tuple(found)


def _run(
    executable: str,
    cwd: Path,
    env: dict[str, str],
    args: Sequence[str],
    timeout: float = TIMEOUT,
) -> bytes | None:
    try:
        completed = subprocess.run(
            [executable, "--no-pager", *args],
            cwd=cwd,
            env=env,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return completed.stdout if completed.returncode == 0 else None


def _neutralising(names: Iterable[str]) -> list[tuple[str, str]]:
    settings = []
    for name in names:
        section, _, last = name.rpartition(".")
        if last.lower() in _PROGRAM_KEYS:
            settings.append((name, ""))
        if last.lower() == "required" and section.lower().startswith("filter."):
            settings.append((name, "false"))  # an empty required filter would stop git
        if section.lower() == "pager":
            settings.append((name, "false"))  # pager.<command>: a program, or a switch
        if last.lower() == "allow" and section.lower().startswith("protocol."):
            # protocol.<name>.allow beats protocol.allow, whatever scope it comes from
            settings.append((name, "never"))
    return settings


# The environment per repository folder, for one run (see forget()).
_ENVIRONMENTS: dict[Path, dict[str, str] | None] = {}
LISTING_TIMEOUT = 5  # seconds; a configuration that takes longer (an include that is a pipe)
# keeps git out of the repository for the rest of the run


def _env_for(root: Path) -> dict[str, str] | None:
    """The environment for git in ROOT: the repository's program keys emptied, the switches
    set; None when the configuration cannot be listed (git is then not run at all). Worked out
    once per folder and run."""
    if root not in _ENVIRONMENTS:
        _ENVIRONMENTS[root] = _listed_env(root)
    env = _ENVIRONMENTS[root]
    return None if env is None else dict(env)


def forget() -> None:
    """The end of a run: the next one lists the configuration again (it may have changed)."""
    _ENVIRONMENTS.clear()


def _listed_env(root: Path) -> dict[str, str] | None:
    executable = _executable()
    if executable is None:
        return None
    safe = [("safe.directory", value) for value in _safe_directories()]
    base = _with_settings(_base_env(), [*safe, *_SWITCHES])
    args = ("config", "--list", "--includes", "--name-only", "-z")
    listed = _run(executable, root, base, args, LISTING_TIMEOUT)
    if listed is None:
        # Outside a repository git still lists (nothing); a failure is a configuration git
        # cannot read, and then we do not let git near this repository.
        return None
    names = [name for name in listed.decode("utf-8", errors="replace").split("\0") if name]
    return _with_settings(_base_env(), [*safe, *_neutralising(names), *_SWITCHES])


def run_git(root: Path, *args: str) -> str | None:
    """Run a read-only git command in ROOT; its output, or None when git is missing, ROOT is
    not in a work tree, or the command failed."""
    executable = _executable()
    env = _env_for(root.absolute())
    if executable is None or env is None:
        return None
    output = _run(executable, root, env, args)
    return None if output is None else output.decode("utf-8", errors="replace")


def init_repository(folder: Path) -> bool:
    """``git init`` in FOLDER, which holds no repository yet (the caller made sure): there is no
    repository configuration to distrust, so the user's own settings (``init.defaultBranch``,
    a template folder) apply; the switches still hold. True when it worked."""
    executable = _executable()
    if executable is None:
        return False
    env = {**_callers_env(), "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    return _run(executable, folder, _with_settings(env, _SWITCHES), ("init", "--quiet")) is not None


class GitBatch:
    """One long-lived ``git cat-file --batch`` in ROOT: ask for ``<commit>:<path>`` a line at a
    time, read the answer from :attr:`stdout`. None from :meth:`start` when git cannot run."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process

    @classmethod
    def start(cls, root: Path) -> GitBatch | None:
        executable = _executable()
        env = _env_for(root.absolute())
        if executable is None or env is None:
            return None
        try:
            process = subprocess.Popen(
                [executable, "--no-pager", "cat-file", "--batch"],
                cwd=root,
                env=env,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            return None
        return cls(process)

    def ask(self, request: str) -> bytes:
        """Send one request; the header line git answers with."""
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None and stdout is not None
        stdin.write(request.encode("utf-8") + b"\n")
        stdin.flush()
        return stdout.readline()

    def read(self, size: int) -> bytes:
        stdout = self.process.stdout
        assert stdout is not None
        return stdout.read(size)

    def close(self) -> None:
        process = self.process
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
