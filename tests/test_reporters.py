"""The four output formats of swlabel check, against their exact expected output."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result, evidence
from swlabel.cli.app import build_command
from swlabel.i18n import Translator
from swlabel.output.check_formats import FORMATS, resolve_format, use_color

Repo = Callable[..., Path]
Run = Callable[..., Result]

ERROR_301 = (
    "norm 1.1 staat op voldoet maar heeft geen bewijs; voeg onder 'evidence' (bewijs) minstens één "
    "document toe of pas de status aan"
)
WARNING_305 = (
    "norm 1.1 is beoordeeld maar de toelichting is leeg; beschrijf onder de afsluitende '---' "
    "hoe u aan de norm voldoet"
)


@pytest.fixture
def repo(small_repo: Repo) -> Path:
    return small_repo({"evidence/1.1.md": evidence("1.1", status="compliant")})


def test_text(repo: Path, run: Run) -> None:
    result = run("check", repo, "--as-of", "2026-11-01")
    assert result.code == 1
    assert result.out == (
        f"evidence/1.1.md:3:9: SWL301 {ERROR_301}\n"
        f"evidence/1.1.md:3:9: SWL305 {WARNING_305}\n"
        "\n"
        "Dekking op 2026-11-01: normen onderbouwd met geldig bewijs, en aspecten met bewijs\n"
        "                        normen        aspecten\n"
        "  1 Vakmanschap      0/2    0%       0/2    0%\n"
        "  2 Organisatie      0/1    0%       0/3    0%\n"
        "  Totaal             0/3    0%       0/5    0%\n"
        "Dekking zegt hoe compleet het dossier is, niet of de organisatie aan de normen voldoet.\n"
        "\n"
        "1 fout, 1 waarschuwing.\n"
    )


def test_text_quiet_prints_only_meldingen(repo: Path, run: Run) -> None:
    result = run("check", repo, "--quiet")
    assert result.out == (
        f"evidence/1.1.md:3:9: SWL301 {ERROR_301}\nevidence/1.1.md:3:9: SWL305 {WARNING_305}\n"
    )


def test_json(repo: Path, run: Run) -> None:
    result = run("check", repo, "--as-of", "2026-11-01", "--format", "json")
    assert result.code == 1
    data = json.loads(result.out)
    assert data["schema_version"] == 1
    assert data["tool"]["name"] == "swlabel"
    assert data["organisation"] == "Stichting Test"
    assert data["normset"] == {"id": "klein", "version": "1", "title": "Kleine normenset"}
    assert (data["as_of"], data["next_audit"]) == ("2026-11-01", None)
    assert data["summary"] == {"errors": 1, "warnings": 1, "waived": 0, "failed": True}
    assert data["meldingen"] == [
        {
            "path": "evidence/1.1.md",
            "line": 3,
            "column": 9,
            "code": "SWL301",
            "rule": "compliant-without-evidence",
            "level": "error",
            "message": ERROR_301,
            "subject": "1.1",
            "waiver": None,
        },
        {
            "path": "evidence/1.1.md",
            "line": 3,
            "column": 9,
            "code": "SWL305",
            "rule": "empty-narrative",
            "level": "warning",
            "message": WARNING_305,
            "subject": "1.1",
            "waiver": None,
        },
    ]
    total = data["coverage"]["total"]
    assert total == {
        "norms": 3,
        "applicable": 3,
        "supported": 0,
        "percentage": 0.0,
        "aspects": 5,
        "aspects_covered": 0,
        "aspect_percentage": 0.0,
        "statuses": {
            "compliant": 1,
            "partially_compliant": 0,
            "non_compliant": 0,
            "not_applicable": 0,
            "not_assessed": 2,
        },
    }
    [first, second] = data["coverage"]["rubrieken"]
    assert (first["id"], first["title"], second["id"]) == ("1", "Vakmanschap", "2")
    assert second["norms"] == [
        {
            "id": "2.1",
            "status": "not_assessed",
            "in_scope": True,
            "applicable": True,
            "supported": False,
            "aspects": 3,
            "aspects_covered": 0,
            "uncovered_aspects": ["arbo", "rie", "bhv"],
        }
    ]
    assert data["gate"] is None


def test_github_annotations(repo: Path, run: Run) -> None:
    result = run("check", repo, "--as-of", "2026-11-01", "--format", "github")
    lines = result.lines
    assert lines[0] == f"::error file=evidence/1.1.md,line=3,col=9,title=SWL301::{ERROR_301}"
    assert lines[1] == f"::warning file=evidence/1.1.md,line=3,col=9,title=SWL305::{WARNING_305}"
    assert lines[-1] == "1 fout, 1 waarschuwing."


def test_github_escapes_newlines_percent_and_property_separators(
    small_repo: Repo, run: Run
) -> None:
    repo = small_repo({"evidence/1,1%.md": evidence("1,1%")})
    line = run("check", repo, "--format", "github", "--select", "SWL201").lines[0]
    assert line.startswith("::error file=evidence/1%2C1%25.md,line=1,col=1,title=SWL201::")


def test_auto_picks_github_inside_actions(
    repo: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run("check", repo, "--format", "auto").lines[0].startswith("::error file=")
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert run("check", repo, "--format", "auto").lines[0].startswith("evidence/1.1.md:3:9:")
    assert resolve_format("auto", {}) == "text"
    assert resolve_format("json", {"GITHUB_ACTIONS": "true"}) == "json"


def test_junit(repo: Path, run: Run, tmp_path: Path) -> None:
    target = tmp_path / "junit.xml"
    result = run("check", repo, "--format", "junit", "--output", target, "--as-of", "2026-11-01")
    assert result.code == 1
    assert result.out == ""
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("skipped")) == ("3", "1", "0")
    suites = root.findall("testsuite")
    assert [suite.get("name") for suite in suites] == ["1 Vakmanschap", "2 Organisatie"]
    cases = root.findall(".//testcase")
    assert [(c.get("name"), c.get("file")) for c in cases] == [
        ("norm 1.1", "evidence/1.1.md"),
        ("norm 1.10", "evidence/1.10.md"),
        ("norm 2.1", "evidence/2.1.md"),
    ]
    failure = cases[0].find("failure")
    assert failure is not None
    assert (failure.get("type"), failure.get("message")) == ("SWL301", ERROR_301)
    assert failure.text == f"evidence/1.1.md:3:9: SWL301 {ERROR_301}"
    out = cases[0].find("system-out")
    assert out is not None
    assert out.text == f"evidence/1.1.md:3:9: SWL305 {WARNING_305}"
    assert cases[1].find("failure") is None


def test_junit_skips_out_of_scope_norms_and_lists_other_files(small_repo: Repo, run: Run) -> None:
    repo = small_repo(
        {
            "swlabel.yaml": "format_version: 1\norganisation: X\nnorms: normen.yaml\n"
            "scope:\n  business_critical_interns: no\n",
            "improvement-plan.yaml": "actions:\n  - id: VA-1\n    title: x\n    norms: ['9.9']\n",
        }
    )
    root = ET.fromstring(run("check", repo, "--format", "junit").out)
    cases = {case.get("name"): case for case in root.iter("testcase")}
    skipped = cases["norm 2.1"].find("skipped")
    assert skipped is not None
    assert skipped.get("message") == "valt buiten de scope (swlabel.yaml)"
    plan = cases["improvement-plan.yaml"]
    failure = plan.find("failure")
    assert failure is not None
    assert failure.get("type") == "SWL201"
    assert root.findall("testsuite")[-1].get("name") == "overige bestanden"


def test_output_file_is_written_and_never_over_the_dossier(repo: Path, run: Run) -> None:
    target = repo / "meldingen.txt"
    assert run("check", repo, "--output", target, "--quiet").code == 1
    assert target.read_text(encoding="utf-8").startswith("evidence/1.1.md:3:9: SWL301")
    config = (repo / "swlabel.yaml").read_bytes()
    result = run("check", repo, "--output", repo / "swlabel.yaml")
    assert result.code == 2
    assert "is een bestand van het dossier zelf" in result.err
    assert (repo / "swlabel.yaml").read_bytes() == config


def test_colour_only_on_a_terminal_and_never_with_no_color() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert use_color(Terminal(), {})
    assert not use_color(Terminal(), {"NO_COLOR": ""})
    assert not use_color(Terminal(), {"TERM": "dumb"})
    assert not use_color(io.StringIO(), {})


def test_output_is_deterministic(repo: Path, run: Run) -> None:
    first = run("check", repo, "--format", "json", "--as-of", "2026-11-01").out
    assert run("check", repo, "--format", "json", "--as-of", "2026-11-01").out == first


def test_cli_format_choices_are_the_reporters() -> None:
    """check's --format chooses from the reporters' registry itself (no copy to keep in step)."""
    [option] = [p for p in build_command("check", Translator()).params if p.name == "format_"]
    assert tuple(option.type_descriptor.choices) == FORMATS
