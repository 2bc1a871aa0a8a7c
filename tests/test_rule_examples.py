"""Every rule is documented, and its examples do what ``swlabel rules CODE`` says they do.

The examples are the real files in each rule's folder (``src/swlabel/rules/<CODE>-<name>/failing``
and ``passing``). Each is laid over a fresh copy of the bundled example organisation and checked
on 2026-11-01 with the real command line: the failing example must raise its rule in one of its
own files, the passing example must not.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from conftest import EXAMPLE as EXAMPLE_ORGANISATION
from swlabel.cli.app import main
from swlabel.i18n import CATALOGUES
from swlabel.rules import RULES
from swlabel.rules.examples import Example, RuleExamples, examples

AS_OF = "2026-11-01"
CODES = sorted(RULES)
EXAMPLES: dict[str, RuleExamples] = {code: examples(code) for code in CODES}


@pytest.fixture(autouse=True)
def _dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SWLABEL_LANG", raising=False)


def lay_over(example: Example, repo: Path) -> Path:
    """A copy of the example organisation at REPO with EXAMPLE's files written over it."""
    shutil.copytree(EXAMPLE_ORGANISATION, repo, copy_function=shutil.copyfile)
    for relpath in example.files:
        path = repo / relpath
        content = example.content(relpath)
        if content is None:
            path.unlink(missing_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode(example.encoding))
    return repo


def check(repo: Path, output: Path) -> list[dict[str, Any]]:
    """The meldingen of ``swlabel check REPO`` on the example's date, from its JSON output."""
    code = main(["check", str(repo), "--as-of", AS_OF, "--format", "json", "--output", str(output)])
    assert code in (0, 1), f"swlabel check exited with {code}"
    meldingen: list[dict[str, Any]] = json.loads(output.read_text(encoding="utf-8"))["meldingen"]
    return meldingen


def example_paths(example: Example) -> set[str]:
    """The files of EXAMPLE, as meldingen name them.

    An absent evidence file is reported as missing under evidence/<norm>.md (SWL203), also when
    the organisation kept that norm as .yaml.
    """
    paths = set(example.files)
    for relpath, content in example.files.items():
        pure = PurePosixPath(relpath)
        if content is None and pure.parent == PurePosixPath("evidence"):
            paths.add(f"evidence/{pure.stem}.md")
    return paths


def test_the_example_organisation_exists() -> None:
    assert (EXAMPLE_ORGANISATION / "swlabel.yaml").is_file()


@pytest.mark.parametrize("code", CODES)
def test_rule_is_documented_with_examples(code: str) -> None:
    for language, catalogue in CATALOGUES.items():
        doc = catalogue.get(f"{code}.doc")
        assert doc, (language, code)
        assert "{" not in doc and "}" not in doc, (language, code)
    assert code in EXAMPLES
    assert EXAMPLES[code].failing.files


@pytest.mark.parametrize("code", CODES)
def test_failing_example_raises_its_rule(code: str, tmp_path: Path) -> None:
    example = EXAMPLES[code].failing
    meldingen = check(lay_over(example, tmp_path / "repo"), tmp_path / "check.json")
    paths = example_paths(example)
    hits = [m for m in meldingen if m["code"] == code and m["path"] in paths]
    same_code = [f"{m['path']}:{m['line']} {m['message']}" for m in meldingen if m["code"] == code]
    assert hits, f"no {code} in {sorted(paths)}; {code} elsewhere: {same_code}"


@pytest.mark.parametrize("code", CODES)
def test_passing_example_does_not_raise_its_rule(code: str, tmp_path: Path) -> None:
    example = EXAMPLES[code].passing
    if not example.files:
        pytest.skip(f"{code} has no passing example")
    meldingen = check(lay_over(example, tmp_path / "repo"), tmp_path / "check.json")
    paths = example_paths(example)
    hits = [
        f"{m['path']}:{m['line']} {m['message']}"
        for m in meldingen
        if m["code"] == code and m["path"] in paths
    ]
    assert not hits


@pytest.mark.parametrize("code", CODES)
def test_rules_command_explains_the_rule(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    examples = EXAMPLES[code]
    for language in ("nl", "en"):
        capsys.readouterr()
        assert main(["rules", code, "--lang", language]) == 0
        out = capsys.readouterr().out
        assert CATALOGUES[language][f"{code}.doc"] in out
        for path in [*examples.failing.files, *examples.passing.files]:
            assert path in out, (language, path)


def test_rules_command_speaks_dutch_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "SWL401"]) == 0
    assert CATALOGUES["nl"]["SWL401.doc"] in capsys.readouterr().out
