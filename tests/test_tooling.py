"""What init scaffolds for other tools passes those tools' own validators, and really runs.

The CI files are checked with check-jsonschema's built-in GitHub Actions and GitLab CI schemas,
the pre-commit files with pre-commit's own validate-config and validate-manifest, the editor
settings with check-jsonschema; a deliberately broken copy of each shows the validator does
look. The slow tests run the swlabel-check hook for real: once with ``pre-commit try-repo``
against this checkout, once through the scaffolded ``.pre-commit-config.yaml`` itself.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from swlabel.cli.app import main

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
LANGUAGES = ("nl", "en")
CI_FILES = {"github": ".github/workflows/swlabel.yml", "gitlab": ".gitlab-ci.yml"}
CI_SCHEMAS = {"github": "vendor.github-workflows", "gitlab": "vendor.gitlab-ci"}
SLOW_TIMEOUT = 600  # seconds for one pre-commit or pip run that builds a virtualenv


def scaffold(target: Path, *options: str) -> Path:
    """``swlabel init TARGET OPTIONS`` in-process and unattended; TARGET."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(["init", str(target), "--organisation", "Stichting Test", "--yes", *options])
    assert code == 0, out.getvalue()
    return target


@pytest.fixture(scope="module")
def scaffolds(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """One scaffolded repository per (language, ci), shared by the fast tests, which only read."""
    base = tmp_path_factory.mktemp("scaffolds")
    return {
        (lang, ci): scaffold(base / f"{lang}-{ci}", "--lang", lang, "--ci", ci, "--no-git")
        for lang in LANGUAGES
        for ci in CI_FILES
    }


def tool(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m ARGS`` with this interpreter, so the validators come from the same venv."""
    return subprocess.run(
        [sys.executable, "-m", *(str(arg) for arg in args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
        cwd=cwd,
        timeout=120,
    )


def shown(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


def broken_copy(source: Path, target: Path, old: str, new: str) -> Path:
    """SOURCE with OLD (which must occur exactly once) replaced by NEW, written to TARGET."""
    text = source.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {source}:\n{text}"
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


# --- CI files: check-jsonschema's built-in vendor schemas ---------------------------------------


@pytest.mark.parametrize("ci", sorted(CI_FILES))
def test_ci_file_passes_the_vendor_schema(scaffolds: dict[tuple[str, str], Path], ci: str) -> None:
    files = [scaffolds[lang, ci] / CI_FILES[ci] for lang in LANGUAGES]
    result = tool("check_jsonschema", "--builtin-schema", CI_SCHEMAS[ci], *files)
    assert result.returncode == 0, shown(result)
    assert "ok -- validation done" in result.stdout


@pytest.mark.parametrize(
    ("ci", "old", "new", "complaint"),
    [
        pytest.param(
            "github",
            "    runs-on: ubuntu-latest\n",
            "",
            "$.jobs.dossier: 'runs-on' is a required property",
            id="github-job-without-runs-on",
        ),
        pytest.param(
            "gitlab",
            "  script:\n",
            "  script:\n    run:\n",
            "$.swlabel.script",
            id="gitlab-script-is-a-mapping",
        ),
    ],
)
def test_vendor_schema_rejects_a_broken_copy(
    scaffolds: dict[tuple[str, str], Path],
    tmp_path: Path,
    ci: str,
    old: str,
    new: str,
    complaint: str,
) -> None:
    source = scaffolds["nl", ci] / CI_FILES[ci]
    broken = broken_copy(source, tmp_path / Path(CI_FILES[ci]).name, old, new)
    yaml.safe_load(broken.read_text(encoding="utf-8"))  # still YAML: the schema must catch it
    result = tool("check_jsonschema", "--builtin-schema", CI_SCHEMAS[ci], broken)
    assert result.returncode == 1, shown(result)
    assert "Schema validation errors were encountered." in result.stdout, shown(result)
    assert complaint in result.stdout, shown(result)


# --- pre-commit: validate-config and validate-manifest -----------------------------------------


def test_scaffolded_pre_commit_config_passes_validate_config(
    scaffolds: dict[tuple[str, str], Path],
) -> None:
    files = [scaffolds[lang, "github"] / ".pre-commit-config.yaml" for lang in LANGUAGES]
    result = tool("pre_commit", "validate-config", *files)
    assert result.returncode == 0, shown(result)
    assert result.stdout == "", shown(result)  # pre-commit also warns on stdout


def test_this_repositorys_hook_manifest_passes_validate_manifest() -> None:
    result = tool("pre_commit", "validate-manifest", MANIFEST)
    assert result.returncode == 0, shown(result)
    assert result.stdout == "", shown(result)


def test_manifest_hook_and_scaffolded_local_hook_agree(
    scaffolds: dict[tuple[str, str], Path],
) -> None:
    """Whichever way an organisation wires the hook, it runs the same command the same way."""
    from swlabel import __version__

    [offered] = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    config = scaffolds["nl", "github"] / ".pre-commit-config.yaml"
    [repo] = yaml.safe_load(config.read_text(encoding="utf-8"))["repos"]
    [local] = repo["hooks"]
    assert repo["repo"] == "local"
    for key in ("id", "name", "entry", "language", "pass_filenames", "always_run"):
        assert local[key] == offered[key], key
    assert local["additional_dependencies"] == [f"swlabel=={__version__}"]


@pytest.mark.parametrize(
    ("old", "new", "complaint"),
    [
        pytest.param(
            "language: python",
            "language: pyhton",
            "Expected one of",
            id="unknown-language",
        ),
        pytest.param(
            "        entry: swlabel check\n", "", "Missing required key: entry", id="no-entry"
        ),
        pytest.param(
            "pass_filenames: false",
            "pass_filenames: nope",
            "Expected bool",
            id="pass-filenames-not-a-bool",
        ),
    ],
)
def test_validate_config_rejects_a_broken_copy(
    scaffolds: dict[tuple[str, str], Path], tmp_path: Path, old: str, new: str, complaint: str
) -> None:
    source = scaffolds["nl", "github"] / ".pre-commit-config.yaml"
    broken = broken_copy(source, tmp_path / ".pre-commit-config.yaml", old, new)
    result = tool("pre_commit", "validate-config", broken)
    assert result.returncode == 1, shown(result)
    assert complaint in result.stdout, shown(result)


def test_validate_manifest_rejects_a_broken_copy(tmp_path: Path) -> None:
    broken = broken_copy(
        MANIFEST, tmp_path / ".pre-commit-hooks.yaml", "  entry: swlabel check\n", ""
    )
    result = tool("pre_commit", "validate-manifest", broken)
    assert result.returncode == 1, shown(result)
    assert "Missing required key: entry" in result.stdout, shown(result)


# --- editor settings: .vscode/settings.json ----------------------------------------------------

# What swlabel relies on in the settings: a yaml.schemas table from schema file to glob(s).
SETTINGS_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["yaml.schemas"],
    "properties": {
        "yaml.schemas": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": r"^\.swlabel/schemas/[a-z-]+\.schema\.json$"},
            "additionalProperties": {
                "oneOf": [
                    {"type": "string", "minLength": 1},
                    {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
                ]
            },
        }
    },
}


@pytest.fixture(scope="module")
def settings_schema(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("settings-schema") / "vscode-settings.schema.json"
    path.write_text(json.dumps(SETTINGS_SCHEMA, indent=2), encoding="utf-8")
    return path


def test_vscode_settings_are_json_and_bind_schemas(
    scaffolds: dict[tuple[str, str], Path], settings_schema: Path
) -> None:
    files = [scaffolds[lang, "github"] / ".vscode" / "settings.json" for lang in LANGUAGES]
    result = tool("check_jsonschema", "--schemafile", settings_schema, *files)
    assert result.returncode == 0, shown(result)


def test_broken_vscode_settings_are_rejected(
    scaffolds: dict[tuple[str, str], Path], settings_schema: Path, tmp_path: Path
) -> None:
    source = scaffolds["nl", "github"] / ".vscode" / "settings.json"
    not_json = broken_copy(source, tmp_path / "trailing-comma.json", '"utf8",', '"utf8",,')
    elsewhere = tmp_path / "elsewhere.json"
    settings = json.loads(source.read_text(encoding="utf-8"))
    settings["yaml.schemas"] = {"schemas/swlabel.schema.json": "swlabel.yaml"}
    elsewhere.write_text(json.dumps(settings), encoding="utf-8")
    result = tool("check_jsonschema", "--schemafile", settings_schema, not_json, elsewhere)
    assert result.returncode == 1, shown(result)
    assert "Failed to parse trailing-comma.json" in result.stdout.replace(str(tmp_path) + "/", "")
    assert "elsewhere.json::" in result.stdout, shown(result)
    assert "'schemas/swlabel.schema.json' does not match" in result.stdout, shown(result)


def test_every_schema_the_settings_name_exists_and_is_a_json_schema(
    scaffolds: dict[tuple[str, str], Path],
) -> None:
    schemas = []
    for lang in LANGUAGES:
        root = scaffolds[lang, "github"]
        settings = json.loads((root / ".vscode" / "settings.json").read_text(encoding="utf-8"))
        named = [root / name for name in settings["yaml.schemas"]]
        missing = [path.relative_to(root).as_posix() for path in named if not path.is_file()]
        assert missing == [], f"settings.json ({lang}) names schemas init did not write: {missing}"
        schemas += named
    result = tool("check_jsonschema", "--check-metaschema", *schemas)
    assert result.returncode == 0, shown(result)


def test_the_settings_bind_each_schema_to_scaffolded_files(
    scaffolds: dict[tuple[str, str], Path],
) -> None:
    """Every glob picks out a scaffolded file, but evidence/*.yaml: init writes evidence as
    Markdown, which the YAML language server does not read; and audits/*.yaml, which 'add
    toetsing' writes later. (That the scaffolded files fit their schemas, test_schemas.py
    checks with check-jsonschema.)"""
    root = scaffolds["nl", "github"]
    settings = json.loads((root / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    matched = {
        name: sorted(
            path.relative_to(root).as_posix()
            for pattern in ([globs] if isinstance(globs, str) else globs)
            for path in root.glob(pattern)
        )
        for name, globs in settings["yaml.schemas"].items()
    }
    assert matched == {
        ".swlabel/schemas/swlabel.schema.json": ["swlabel.yaml"],
        ".swlabel/schemas/evidence.schema.json": [],
        ".swlabel/schemas/register.schema.json": ["register.yaml"],
        ".swlabel/schemas/improvement-plan.schema.json": ["improvement-plan.yaml"],
        ".swlabel/schemas/audit.schema.json": [],
    }


# --- slow: the hook really runs ----------------------------------------------------------------


def git_env() -> dict[str, str]:
    """The environment without git's per-repository variables (set when run from a git hook)."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("GIT_") or key.startswith(("GIT_CONFIG_", "GIT_EXEC_PATH"))
    }


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "-C", str(repo), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
        env=git_env(),
        timeout=120,
    )


def commit_all(repo: Path, message: str) -> None:
    for args in (
        ("init", "--quiet"),
        ("add", "--all"),
        (
            "-c",
            "user.name=swlabel tests",
            "-c",
            "user.email=tests@swlabel.invalid",
            "-c",
            "commit.gpgsign=false",
            "commit",
            "--quiet",
            "--no-verify",
            "--message",
            message,
        ),
    ):
        result = git(repo, *args)
        assert result.returncode == 0, shown(result)


def pypi_reachable() -> bool:
    try:
        socket.create_connection(("pypi.org", 443), timeout=10).close()
    except OSError:
        return False
    return True


def skip_if_offline(result: subprocess.CompletedProcess[str], what: str) -> None:
    """Skip, rather than fail, when WHAT failed and PyPI cannot be reached at all."""
    if result.returncode != 0 and not pypi_reachable():
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-5:])
        pytest.skip(f"{what} failed and pypi.org:443 is unreachable (no network?):\n{tail}")


def pre_commit(
    repo: Path, home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**git_env(), **(env or {}), "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", *args, "--color", "never"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
        cwd=repo,
        env=environment,
        timeout=SLOW_TIMEOUT,
    )
    # pre-commit exits 1 when a hook fails and 3 when it could not set the hook up (pip).
    if result.returncode == 3:
        skip_if_offline(result, "pre-commit installing the hook environment")
        log = home / "pre-commit.log"
        extra = log.read_text(encoding="utf-8", errors="replace")[-4000:] if log.exists() else ""
        pytest.fail(f"pre-commit could not run the hook\n{shown(result)}\n--- log\n{extra}")
    return result


def hook_passes_then_fails(repo: Path, run: Callable[[], subprocess.CompletedProcess[str]]) -> None:
    """RUN() on the fresh dossier passes; after a wrong status in evidence/1.1.md it fails."""
    passed = run()
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, shown(passed)
    assert re.search(r"^swlabel check\.+Passed$", output, re.MULTILINE), shown(passed)

    stub = repo / "evidence" / "1.1.md"
    text = stub.read_text(encoding="utf-8")
    assert text.count("\nstatus: not_assessed\n") == 1
    stub.write_text(text.replace("\nstatus: not_assessed\n", "\nstatus: voldoet\n"), "utf-8")
    assert git(repo, "add", "evidence/1.1.md").returncode == 0

    failed = run()
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, shown(failed)
    assert re.search(r"^swlabel check\.+Failed$", output, re.MULTILINE), shown(failed)
    assert "SWL103" in output, shown(failed)
    assert "evidence/1.1.md" in output, shown(failed)
    assert "voldoet" in output, shown(failed)


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    """A freshly scaffolded dossier, committed to a new git repository."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = scaffold(tmp_path / "dossier", "--lang", "nl", "--ci", "github", "--no-git")
    commit_all(repo, "swlabel init")
    return repo


@pytest.mark.slow
def test_try_repo_runs_this_checkouts_hook_in_a_scaffolded_dossier(
    dossier: Path, tmp_path: Path
) -> None:
    """pre-commit builds a virtualenv with swlabel installed from this checkout, then runs it.

    try-repo uses the checkout's HEAD, or, when tracked files have uncommitted changes, a
    temporary commit of them. Untracked files are left out of that commit, so a new module
    that is not yet ``git add``-ed is missing from the hook's swlabel.
    """
    top = git(ROOT, "rev-parse", "--show-toplevel")
    if top.returncode != 0 or Path(top.stdout.strip()).resolve() != ROOT:
        pytest.skip(f"{ROOT} is not the top of a git checkout, which try-repo needs")
    tracked = git(ROOT, "ls-files", "--error-unmatch", MANIFEST.name)
    assert tracked.returncode == 0, f"{MANIFEST.name} must be committed for try-repo to see it"
    untracked = git(ROOT, "ls-files", "--others", "--exclude-standard", "src", "norms", "templates")
    # Shown when the test fails: try-repo leaves untracked files out, see above.
    note = ""
    if untracked.stdout.strip():
        note = f"\n--- untracked in {ROOT}, so not in the hook's swlabel:\n{untracked.stdout}"

    home = tmp_path / "pre-commit-home"

    def run() -> subprocess.CompletedProcess[str]:
        result = pre_commit(dossier, home, "try-repo", str(ROOT), "swlabel-check", "--all-files")
        result.stderr += note
        return result

    hook_passes_then_fails(dossier, run)


@pytest.mark.slow
def test_scaffolded_pre_commit_config_runs_the_hook(dossier: Path, tmp_path: Path) -> None:
    """The dossier's own .pre-commit-config.yaml, with swlabel==<version> as a wheel of this
    checkout (swlabel need not be on PyPI yet); its dependencies come from the index."""
    wheels = tmp_path / "wheels"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
        timeout=SLOW_TIMEOUT,
    )
    skip_if_offline(build, "building the swlabel wheel (setuptools comes from the index)")
    assert build.returncode == 0, shown(build)
    find_links = " ".join(filter(None, [str(wheels), os.environ.get("PIP_FIND_LINKS")]))
    home = tmp_path / "pre-commit-home"

    def run() -> subprocess.CompletedProcess[str]:
        return pre_commit(dossier, home, "run", "--all-files", env={"PIP_FIND_LINKS": find_links})

    hook_passes_then_fails(dossier, run)
