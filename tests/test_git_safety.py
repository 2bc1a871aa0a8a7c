"""swlabel runs nothing from the repository: no program named in any git configuration or
attribute runs, whatever command reads git.

Every test builds a repository whose configuration names a program at every place git could
run one, each program leaving a marker file when it runs, then runs every swlabel command that
calls git and asserts that no marker appeared, and that the answers are still right.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLE, Result, run_git
from swlabel.doors import gitrun
from swlabel.load.gitinfo import git_state

SOURCE = Path(__file__).parent.parent / "src" / "swlabel"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def _evil(folder: Path, markers: Path, name: str) -> str:
    """A program that leaves the marker NAME when it runs, and passes stdin on (so a filter
    that does run would not break the command and hide itself)."""
    script = folder / f"evil-{name}"
    script.write_text(f'#!/bin/sh\ntouch "{markers}/{name}"\ncat\n', encoding="utf-8")
    script.chmod(0o755)
    return script.as_posix()


# Every configuration key that names a program, with the marker its program leaves.
PROGRAM_KEYS = {
    "filter.x.clean": "filter-clean",
    "filter.x.smudge": "filter-smudge",
    "filter.p.process": "filter-process",
    "diff.x.textconv": "textconv",
    "diff.x.command": "diff-command",
    "diff.external": "diff-external",
    "merge.x.driver": "merge-driver",
    "core.fsmonitor": "fsmonitor",
    "core.pager": "pager",
    "pager.log": "pager-log",
    "pager.status": "pager-status",
    "core.editor": "editor",
    "core.askPass": "askpass",
    "core.sshCommand": "ssh",
    "credential.helper": "credential",
    "gpg.program": "gpg",
    "gpg.ssh.program": "gpg-ssh",
    "core.alternateRefsCommand": "alternate-refs",
    "uploadpack.packObjectsHook": "pack-objects",
}


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path]:
    """The example organisation in a git repository whose configuration (directly and through
    an included file) and attributes name a program everywhere; its last commit is signed."""
    markers = tmp_path / "markers"
    markers.mkdir()
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo)
    (repo / ".gitattributes").write_text(
        "* filter=x diff=x merge=x\n*.yaml filter=p\n*.md filter=y\n", encoding="utf-8"
    )
    run_git(repo, "init", "--quiet")
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "--quiet", "-m", "dossier")
    run_git(repo, "tag", "toetsing-2025")
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    for hook in ("post-index-change", "post-checkout", "pre-auto-gc", "reference-transaction"):
        (hooks / hook).write_text(f'#!/bin/sh\ntouch "{markers}/hook-{hook}"\n', encoding="utf-8")
        (hooks / hook).chmod(0o755)
    settings = {key: _evil(tmp_path, markers, name) for key, name in PROGRAM_KEYS.items()}
    settings.update(
        {"filter.x.required": "true", "log.showSignature": "true", "core.hooksPath": str(hooks)}
    )
    for key, value in settings.items():
        run_git(repo, "config", key, value)
    included = tmp_path / "included.gitconfig"
    evil = _evil(tmp_path, markers, "included-clean")
    included.write_text(f'[filter "y"]\n\tclean = {evil}\n', encoding="utf-8")
    run_git(repo, "config", "include.path", included.as_posix())
    _sign_head(repo)
    # A touched file makes git status look at its content, through the clean filter.
    os.utime(repo / "evidence" / "1.1.md", (978_307_200, 978_307_200))
    os.utime(repo / "register" / "hr.yaml", (978_307_200, 978_307_200))
    for marker in markers.iterdir():  # the hooks of the set-up's own git commands
        marker.unlink()
    return repo, markers


def _sign_head(repo: Path) -> None:
    """Give HEAD a (fake) PGP signature, so that log.showSignature would start gpg.program."""
    body = run_git(repo, "cat-file", "commit", "HEAD")
    header, _, message = body.partition("\n\n")
    signature = (
        "gpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----"
    )
    signed = f"{header}\n{signature}\n\n{message}"
    done = subprocess.run(
        ["git", "hash-object", "-t", "commit", "-w", "--stdin"],
        cwd=repo,
        input=signed.encode(),
        capture_output=True,
        check=True,
        env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull},
    )
    run_git(repo, "update-ref", "HEAD", done.stdout.decode().strip())
    run_git(repo, "tag", "-f", "toetsing-2025")


def test_the_fixture_is_armed(hostile: tuple[Path, Path]) -> None:
    """Plain git in this repository does run the programs: the test below means something.
    Each is triggered by a command that always runs it (a filter by hashing a file through
    it), so the check does not depend on git's timing."""
    repo, markers = hostile
    plain = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}
    for command in (
        ["git", "log", "-1"],  # log.showSignature: gpg.program
        ["git", "status", "--porcelain"],  # core.fsmonitor
        ["git", "hash-object", "--path=README.md.txt", "swlabel.yaml"],  # filter x
        ["git", "hash-object", "--path=notes.md", "swlabel.yaml"],  # filter y, included
    ):
        subprocess.run(command, cwd=repo, capture_output=True, check=False, env=plain)
    ran = {path.name for path in markers.iterdir()}
    assert {"gpg", "filter-clean", "included-clean", "fsmonitor"} <= ran


COMMANDS: list[tuple[str, ...]] = [
    ("report", "--as-of", "2026-11-01", "--output", "out/dossier.html"),
    ("report", "--as-of", "2026-11-01", "--format", "md", "--history", "--output", "out/d.md"),
    ("history",),
    ("history", "--tags"),
    ("diff", "toetsing-2025"),
    ("diff", "HEAD", "toetsing-2025"),
]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: " ".join(args[:2]))
def test_no_program_from_the_repository_runs(
    hostile: tuple[Path, Path],
    run: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
) -> None:
    repo, markers = hostile
    # The caller's own environment may name programs too; swlabel does not pass them to git.
    monkeypatch.setenv("GIT_EXTERNAL_DIFF", _evil(repo.parent, markers, "env-external-diff"))
    monkeypatch.setenv("GIT_PAGER", _evil(repo.parent, markers, "env-pager"))
    monkeypatch.setenv("GIT_CONFIG_PARAMETERS", "'core.fsmonitor'='true'")
    monkeypatch.chdir(repo)
    result = run(*args)
    assert sorted(path.name for path in markers.iterdir()) == []
    assert result.code in (0, 1), result.err
    assert "Traceback" not in result.out + result.err


def test_git_still_answers_in_a_hostile_repository(hostile: tuple[Path, Path]) -> None:
    """With every program switched off, the commit is still known, and a touched file whose
    content did not change is not an uncommitted change."""
    repo, markers = hostile
    head = run_git(repo, "rev-parse", "HEAD").strip()
    assert git_state(repo).commit == head
    assert git_state(repo).dirty is False
    (repo / "evidence" / "1.1.md").write_text("changed\n", encoding="utf-8")
    assert git_state(repo).dirty is True
    assert sorted(path.name for path in markers.iterdir()) == []


def test_history_reads_a_signed_commit_without_gpg(
    hostile: tuple[Path, Path], run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, markers = hostile
    monkeypatch.chdir(repo)
    result = run("history", "--tags")
    assert result.code == 0
    assert "toetsing-2025" in result.out
    assert not list(markers.iterdir())


def test_an_unreadable_configuration_keeps_git_out(
    tmp_path: Path, run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A configuration git cannot list (here a broken section header) stops swlabel from running
    git there at all: the report says the commit is unknown instead of asking git."""
    repo = tmp_path / "repo"
    shutil.copytree(EXAMPLE, repo)
    run_git(repo, "init", "--quiet")
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "--quiet", "-m", "dossier")
    with (repo / ".git" / "config").open("a", encoding="utf-8") as config:
        config.write("[broken\n")
    assert git_state(repo).commit is None
    monkeypatch.chdir(repo)
    result = run("report", "--as-of", "2026-11-01", "--output", "dossier.html")
    assert result.code in (0, 1)
    assert "Traceback" not in result.err


def test_only_gitrun_starts_processes() -> None:
    """One door: no module but gitrun imports subprocess or calls os.system/exec/spawn, so a
    new git call cannot forget to switch the repository's programs off."""
    offenders = []
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        if relative == "doors/gitrun.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                names = [f"{node.value.id}.{node.attr}"] if node.value.id == "os" else []
            else:
                continue
            for name in names:
                if name in ("subprocess", "pty", "multiprocessing") or name.startswith(
                    ("os.system", "os.popen", "os.exec", "os.spawn", "os.posix_spawn")
                ):
                    offenders.append(f"{relative}:{node.lineno}: {name}")
    assert offenders == []


def test_every_program_key_of_the_repository_is_emptied(hostile: tuple[Path, Path]) -> None:
    """The armed fixture above proves only the keys that this git runs for these commands;
    this proves the rest: every key that names a program, in the repository's configuration
    and in the file it includes, reaches git emptied in the command scope, after which nothing
    can set it again (and git applies the command scope last)."""
    repo, _ = hostile
    env = gitrun._env_for(repo)
    assert env is not None
    count = int(env["GIT_CONFIG_COUNT"])
    settings = [(env[f"GIT_CONFIG_KEY_{i}"], env[f"GIT_CONFIG_VALUE_{i}"]) for i in range(count)]
    last = dict(settings)  # the value git uses: the last one given
    expected = {key.lower(): "" for key in PROGRAM_KEYS}
    expected.update({"pager.log": "false", "pager.status": "false"})
    expected.update(
        {
            "filter.y.clean": "",  # from the included file
            "filter.x.required": "false",
            "log.showsignature": "false",
            "core.hookspath": os.devnull,
            "core.fsmonitor": "false",
            "core.pager": "cat",
            "core.editor": ":",
            "protocol.allow": "never",
            "protocol.ext.allow": "never",
            "protocol.file.allow": "never",
        }
    )
    seen = {key.lower(): value for key, value in last.items()}
    assert {key: seen.get(key) for key in expected} == expected
    # and nothing of the caller's git environment is passed on
    assert not {name for name in env if name.startswith("GIT_")} - {
        *(f"GIT_CONFIG_{kind}_{i}" for kind in ("KEY", "VALUE") for i in range(count)),
        "GIT_CONFIG_COUNT",
        "GIT_CONFIG_NOSYSTEM",
        "GIT_CONFIG_GLOBAL",
        "GIT_ATTR_NOSYSTEM",
        "GIT_TERMINAL_PROMPT",
        "GIT_OPTIONAL_LOCKS",
        "GIT_NO_LAZY_FETCH",
        "GIT_PAGER",
        "GIT_EDITOR",
    }


def test_a_partial_clone_cannot_fetch_a_missing_object(tmp_path: Path) -> None:
    """A repository that says it is a partial clone of an ``ext::`` remote (which runs a
    program) and allows that protocol itself: git asked for an object that is not there would
    fetch it. swlabel's git may not, even on a git too old for GIT_NO_LAZY_FETCH."""
    marker = tmp_path / "fetched"
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "a.txt").write_text("a\n", encoding="utf-8")
    run_git(repo, "init", "--quiet")
    run_git(repo, "add", "a.txt")
    run_git(repo, "commit", "--quiet", "-m", "a")
    blob = run_git(repo, "rev-parse", "HEAD:a.txt").strip()
    for key, value in {
        "core.repositoryformatversion": "1",
        "extensions.partialClone": "origin",
        "remote.origin.promisor": "true",
        "remote.origin.url": f"ext::sh -c touch% {marker}",
        "protocol.ext.allow": "always",
    }.items():
        run_git(repo, "config", key, value)
    (repo / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    plain = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}
    plain.pop("GIT_NO_LAZY_FETCH", None)
    cat = ["git", "cat-file", "-p", blob]
    subprocess.run(cat, cwd=repo, env=plain, capture_output=True, check=False)
    assert marker.exists()  # armed: plain git runs the program
    marker.unlink()
    env = gitrun._env_for(repo)
    assert env is not None
    del env["GIT_NO_LAZY_FETCH"]
    subprocess.run(cat, cwd=repo, env=env, capture_output=True, check=False)
    assert not marker.exists()


def test_the_configuration_is_listed_once_per_run(
    hostile: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A configuration that is slow to list (an include that is a named pipe waits for the
    listing's time limit) costs that once per run, not once per git command."""
    repo, _ = hostile
    listings = []
    original = gitrun._run

    def counting(
        executable: str, cwd: Path, env: dict[str, str], args: tuple[str, ...], *rest: float
    ) -> bytes | None:
        if "config" in args:
            listings.append(args)
        return original(executable, cwd, env, args, *rest)

    monkeypatch.setattr(gitrun, "_run", counting)
    for _ in range(3):
        assert gitrun.run_git(repo, "rev-parse", "HEAD") is not None
    assert len(listings) == 1
    gitrun.forget()
    assert gitrun.run_git(repo, "rev-parse", "HEAD") is not None
    assert len(listings) == 2
