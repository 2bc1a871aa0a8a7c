from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pytest

from swlabel.cli.app import main
from swlabel.errors import SwlabelError
from swlabel.i18n import Translator, render

# The project's folder, and the example organisation's dossier every end-to-end test reads.
ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "stichting-welzijn-dalwijk"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the expected output of case folders instead of comparing with it",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


# A small norm set of our own: two rubrieken, three norms, one scoped, one with aspects.
SMALL_NORMSET = """\
format_version: 1
id: klein
version: "1"
title: Kleine normenset
publisher: Test
scope_questions:
  - id: business_critical_interns
    question: {nl: "Stagiaires?", en: "Interns?"}
rubrieken:
  - id: "1"
    title: Vakmanschap
  - id: "2"
    title: Organisatie
norms:
  - id: "1.1"
    rubriek: "1"
    text: Professionals zijn vakbekwaam.
  - id: "1.10"
    rubriek: "1"
    text: Professionals werken samen.
  - id: "2.1"
    rubriek: "2"
    text: De organisatie regelt ARBO, RI&E en BHV.
    applies_if: business_critical_interns
    aspects:
      - {id: arbo, label: ARBO}
      - {id: rie, label: RI&E}
      - {id: bhv, label: BHV}
"""

CONFIG = """\
format_version: 1
organisation: Stichting Test
norms: normen.yaml
scope:
  business_critical_interns: yes
"""


def said(error: SwlabelError, language: str = "nl") -> str:
    """The message of ERROR as the user reads it: an error raised below the output layer
    carries a Text, made a sentence where it is shown."""
    return render(error.message, Translator(language))


def evidence(norm: str, status: str = "not_assessed", extra: str = "", body: str = "") -> str:
    return f'---\nnorm: "{norm}"\nstatus: {status}\n{extra}---\n{body}'


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8", newline="")
    return root


@pytest.fixture
def small_repo(tmp_path: Path) -> Callable[..., Path]:
    """A repository on the small norm set, with evidence files for every norm unless given."""

    def make(files: dict[str, str | bytes] | None = None, *, defaults: bool = True) -> Path:
        tree: dict[str, str | bytes] = {"swlabel.yaml": CONFIG, "normen.yaml": SMALL_NORMSET}
        if defaults:
            tree.update(
                {
                    "evidence/1.1.md": evidence("1.1"),
                    "evidence/1.10.md": evidence("1.10"),
                    "evidence/2.1.md": evidence("2.1"),
                }
            )
        tree.update(files or {})
        return write_tree(tmp_path / "repo", tree)

    return make


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Result]:
    """Run the real CLI entry point in-process; Dutch unless --lang says otherwise."""
    monkeypatch.delenv("SWLABEL_LANG", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")

    def invoke(*args: str | Path) -> Result:
        capsys.readouterr()
        code = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


def coverage_row(result: Result, label: str) -> list[str]:
    """The figures of one row of check's coverage table: supported/applicable, %, aspects, %."""
    for line in result.lines:
        if line.startswith(f"  {label} "):
            return line[len(label) + 2 :].split()
    raise AssertionError(f"no coverage row {label!r} in:\n{result.out}")


def meldingen(result: Result) -> list[str]:
    """The active melding lines of check's text output (``path:line:col: CODE …``); waived
    meldingen are listed indented and are not included."""
    return [line for line in result.lines if ": SWL" in line and not line.startswith(" ")]


class Finding(NamedTuple):
    """One melding as data: where it is, which rule, and what it is about. Tests compare these;
    the exact sentence of a melding is tested in the case folders (tests/cases) only."""

    path: str
    line: int
    column: int
    code: str
    subject: str | None


def findings(result: Result) -> list[Finding]:
    """The active meldingen of ``check --format json`` (waived ones left out), in its order."""
    assert result.code in (0, 1), result.out + result.err
    return [
        Finding(item["path"], item["line"], item["column"], item["code"], item["subject"])
        for item in json.loads(result.out)["meldingen"]
        if not item["waiver"]
    ]


def run_git(repo: Path, *args: str, date: str = "2026-10-20T12:00:00") -> str:
    """Run git in REPO as a fixed test author, with commit dates fixed to DATE."""
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    command = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org"]
    command += ["-c", "commit.gpgsign=false", *args]
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, check=True)
    return done.stdout.decode()


@pytest.fixture(autouse=True)
def _a_new_run_for_git() -> Iterator[None]:
    """swlabel lists a repository's git configuration once per run; a test that calls its
    functions directly is a run of its own."""
    yield
    from swlabel.doors import gitrun

    gitrun.forget()


def in_a_terminal(
    args: list[str], answers: list[str], prompts: tuple[bytes, ...] = (b":",)
) -> tuple[int, str]:
    """Run ``python -m swlabel ARGS`` in a pseudo-terminal (Dutch, 120 columns, no colour),
    typing the next of ANSWERS whenever what it printed ends with one of PROMPTS; its exit
    code and everything it showed."""
    primary, secondary = os.openpty()
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1", "SWLABEL_LANG": "nl"}
    process = subprocess.Popen(
        [sys.executable, "-m", "swlabel", *args],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=env,
    )
    os.close(secondary)
    typed = iter(answers)
    seen = b""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        try:
            chunk = os.read(primary, 4096)
        except OSError:
            break
        seen += chunk
        if chunk.rstrip().endswith(prompts):
            answer = next(typed, None)
            if answer is not None:
                os.write(primary, answer.encode() + b"\n")
    process.wait(timeout=30)
    os.close(primary)
    return process.returncode, seen.decode("utf-8", errors="replace")
