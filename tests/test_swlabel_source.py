"""Before PyPI (#15): init --swlabel-source chooses what the scaffolded CI workflow and
pre-commit hook install (a version, a git URL or a wheel URL), and the hook's comment is true for
a local hook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conftest import Result
from swlabel import __version__
from swlabel.output.scaffold import BadSource, install_requirement

Run = Callable[..., Result]

GIT = "git+https://example.org/welzijn/swlabel.git@v0.1.0"
WHEEL = "https://example.org/dist/swlabel-0.1.0-py3-none-any.whl"


@pytest.mark.parametrize(
    ("source", "requirement"),
    [
        (None, f"swlabel=={__version__}"),
        ("0.2.0", "swlabel==0.2.0"),
        ("1.0rc1", "swlabel==1.0rc1"),
        (GIT, f"swlabel @ {GIT}"),
        (WHEEL, f"swlabel @ {WHEEL}"),
        (
            "https://example.org/welzijn/swlabel",
            "swlabel @ git+https://example.org/welzijn/swlabel",
        ),
    ],
)
def test_a_source_becomes_what_pip_installs(source: str | None, requirement: str) -> None:
    assert install_requirement(source) == requirement


@pytest.mark.parametrize(
    "source", ["", "swlabel", 'x" y', "git+https://e.org/a b", "ftp://e.org/x", "0.1\n- evil"]
)
def test_anything_else_is_refused(source: str) -> None:
    with pytest.raises(BadSource):
        install_requirement(source)


@pytest.mark.parametrize(
    ("ci", "workflow"), [("github", ".github/workflows/swlabel.yml"), ("gitlab", ".gitlab-ci.yml")]
)
@pytest.mark.parametrize("source", [GIT, WHEEL])
def test_ci_and_pre_commit_install_the_source(
    run: Run, tmp_path: Path, ci: str, workflow: str, source: str
) -> None:
    target = tmp_path / "dossier"
    result = run(
        "init", target, "-o", "X", "--yes", "--no-git", "--ci", ci, "--swlabel-source", source
    )
    assert result.code == 0, result.err
    text = (target / workflow).read_text(encoding="utf-8")
    yaml.safe_load(text)
    assert f'pip install "swlabel @ {source}"' in text
    hooks = yaml.safe_load((target / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = hooks["repos"][0]["hooks"]
    assert hook["additional_dependencies"] == [f"swlabel @ {source}"]


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "'pre-commit autoupdate' werkt een lokale hook niet"),
        ("en", "'pre-commit autoupdate' does not update a local hook"),
    ],
)
def test_the_hooks_comment_is_true_for_a_local_hook(
    run: Run, tmp_path: Path, language: str, said: str
) -> None:
    target = tmp_path / "dossier"
    assert run("init", target, "-o", "X", "--yes", "--no-git", "--lang", language).code == 0
    text = (target / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert said in " ".join(line.lstrip("# ") for line in text.splitlines())
    assert "repo: local" in text


def test_a_wrong_source_is_a_usage_error_and_writes_nothing(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "dossier"
    result = run("init", target, "-o", "X", "--yes", "--no-git", "--swlabel-source", "a b")
    assert result.code == 2
    assert result.err.splitlines()[-1] == (
        "swlabel: --swlabel-source 'a b' is geen versie, git-adres of adres van een wheel; "
        "bijvoorbeeld 0.1.0, git+https://example.org/swlabel.git@v0.1.0 of "
        "https://example.org/swlabel-0.1.0-py3-none-any.whl"
    )
    assert not target.exists() or not any(target.iterdir())
