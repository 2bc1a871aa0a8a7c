"""swlabel.yaml, an own norm set and every text file keep what is valid (#13): one wrong value
is one melding, with its line and column, and the rest still counts."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLE, Finding, Result, findings
from swlabel.i18n import Translator, placeholders
from swlabel.load.dossier import load_repository, read_config

Run = Callable[..., Result]
AS_OF = ("--as-of", "2026-11-01")

CONFIG = """\
format_version: 1
organisation: Stichting Casus
norms: kwaliteitslabel-sociaal-werk-2019
language: nl
next_audit: 2027-03-16
scope:
  business_critical_volunteers: yes
  business_critical_interns: no
check:
  max_assessment_age_months: 12
  levels:
    SWL203: off
"""


@pytest.fixture
def example(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EXAMPLE, tmp_path / "dossier"))


def _repo(tmp_path: Path, config: str) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "swlabel.yaml").write_text(config, encoding="utf-8")
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _meldingen(result: Result) -> list[str]:
    return [line for line in result.out.splitlines() if ": SWL" in line]


def _found(run: Run, root: Path) -> list[Finding]:
    """The meldingen as data (place, code, subject); their sentences are in the case folders
    (config-unknown-key, broken-config ...)."""
    return findings(run("check", root, *AS_OF, "--format", "json"))


# --- swlabel.yaml ----------------------------------------------------------------------------


def test_each_wrong_key_of_the_config_is_one_melding_and_the_rest_is_used(
    tmp_path: Path, run: Run
) -> None:
    config = CONFIG.replace("next_audit: 2027-03-16", "next_audit: 16-03-2027\ncolour: blue")
    config = config.replace("interns: no", "interns: nee\n  'a b': yes")
    config = config.replace("SWL203: off", "SWL203: off\n    SWL999: off\n    SWL210: nope")
    config = config.replace("max_assessment_age_months: 12", "max_assessment_age_months: 0")
    root = _repo(tmp_path, config)
    assert run("check", root, *AS_OF, "--quiet").code == 1
    assert _found(run, root) == [
        ("swlabel.yaml", 5, 13, "SWL107", "next_audit"),
        ("swlabel.yaml", 6, 1, "SWL106", "colour"),
        ("swlabel.yaml", 9, 30, "SWL103", "scope.business_critical_interns"),
        ("swlabel.yaml", 10, 3, "SWL103", "scope.a b"),
        ("swlabel.yaml", 12, 30, "SWL103", "check.max_assessment_age_months"),
        ("swlabel.yaml", 15, 13, "SWL103", "check.levels.SWL999"),
        ("swlabel.yaml", 16, 13, "SWL103", "check.levels.SWL210"),
    ]
    # What was valid is used: SWL203 stays off, the other scope answer counts
    read = read_config(root)
    assert read.config.check.levels == {"SWL203": "off"}
    assert read.config.scope == {"business_critical_volunteers": True}
    assert read.config.next_audit is None
    assert read.config.check.max_assessment_age_months == 12  # the default
    assert read.config.organisation == "Stichting Casus"


def test_a_wrong_organisation_gives_way_to_a_placeholder_every_output_shows(
    example: Path, run: Run
) -> None:
    _edit(
        example / "swlabel.yaml",
        "organisation: Stichting Welzijn Dalwijk",
        "organisation: [Stichting, Welzijn]",
    )
    result = run("check", example, *AS_OF, "--format", "json")
    assert result.code == 1
    data = json.loads(result.out)
    assert data["organisation"] == "(naam van de organisatie ongeldig in swlabel.yaml)"
    assert [(m["path"], m["code"]) for m in data["meldingen"] if m["level"] == "error"] == [
        ("swlabel.yaml", "SWL103")
    ]
    # the rest of the dossier is untouched: coverage as in the example
    assert data["coverage"]["total"]["percentage"] == 87.2
    out = example / "dossier.md"
    assert run("report", example, *AS_OF, "--format", "md", "--output", out).code == 0
    assert "(naam van de organisatie ongeldig in swlabel.yaml)" in out.read_text("utf-8")
    english = run("status", example, "--lang", "en")
    assert "(name of the organisation invalid in swlabel.yaml)" in english.out


def test_a_missing_format_version_and_organisation_are_meldingen(tmp_path: Path, run: Run) -> None:
    config = CONFIG.replace("format_version: 1\norganisation: Stichting Casus\n", "")
    root = _repo(tmp_path, config)
    assert run("check", root, *AS_OF, "--quiet").code == 1
    assert _found(run, root) == [
        ("swlabel.yaml", 1, 1, "SWL103", "format_version"),
        ("swlabel.yaml", 1, 1, "SWL103", "organisation"),
    ]


def test_a_key_written_twice_in_the_config_is_a_melding_and_the_last_value_counts(
    tmp_path: Path, run: Run
) -> None:
    config = CONFIG + "language: en\n"
    root = _repo(tmp_path, config)
    result = run("check", root, *AS_OF, "--quiet")
    assert result.code == 1
    assert [line.split(" ", 2)[:2] for line in _meldingen(result)] == [
        ["swlabel.yaml:13:1:", "SWL105"]
    ]
    assert read_config(root).config.language == "en"


@pytest.mark.parametrize(
    ("config", "shown"),
    [
        ("- format_version: 1\n", "swlabel.yaml:1:1: SWL103"),
        ("format_version: 1\norganisation: 'open\n", "swlabel.yaml:2:"),
        ("", "swlabel.yaml:1:1: SWL103"),
        (CONFIG.replace("kwaliteitslabel-sociaal-werk-2019", "bestaat-niet"), "onbekende"),
    ],
    ids=["a-list", "yaml-syntax", "empty", "unknown-norm-set"],
)
def test_only_a_config_that_cannot_be_used_stops_the_run(
    tmp_path: Path, run: Run, config: str, shown: str
) -> None:
    result = run("check", _repo(tmp_path, config), *AS_OF, "--quiet")
    assert result.code == 2
    assert shown in result.err
    assert "Traceback" not in result.err


def test_the_config_meldingen_speak_the_dossiers_language(tmp_path: Path, run: Run) -> None:
    config = CONFIG.replace("language: nl", "language: en").replace("colour", "x")
    root = _repo(tmp_path, config + "colour: blue\n")
    result = run("check", root, *AS_OF, "--quiet")
    assert _meldingen(result) == [
        "swlabel.yaml:13:1: SWL106 unknown field 'colour'; remove it or correct its name"
    ]
    dossier = load_repository(root)
    assert [problem.code for problem in dossier.problems] == ["SWL106"]


# --- text files hold text --------------------------------------------------------------------


def _baseline(run: Run, root: Path) -> dict[str, object]:
    result = run("check", root, *AS_OF, "--format", "json")
    data: dict[str, object] = json.loads(result.out)
    return data


def _json_meldingen(data: dict[str, object]) -> list[tuple[str, int, int, str]]:
    found = data["meldingen"]
    assert isinstance(found, list)
    return [(m["path"], m["line"], m["column"], m["code"]) for m in found]


@pytest.mark.parametrize(
    ("path", "old", "new", "where"),
    [
        (
            "register/hr.yaml",
            "title: Functiehuis en formatieplan 2026",
            "title: Functiehuis\x00 en formatieplan 2026",
            (4, 23),
        ),
        (
            "improvement-plan.yaml",
            'owner: "Manager HR"\n    due: 2026-12-31',
            'owner: "Manager\x07 HR"\n    due: 2026-12-31',
            (13, 20),
        ),
        (
            "audits/2025-03-12-keurmerkinstituut.yaml",
            "body: Keurmerkinstituut",
            "body: Keurmerk\x1binstituut",
            (4, 15),
        ),
        (
            "evidence/1.1.md",
            "feedback van collega's.",
            "feedback\x7f van collega's.",
            (15, 190),
        ),
        (
            "evidence/1.1.md",
            'assessed_by: "M. Jansen',
            'assessed_by: "M.\x85 Jansen',
            (4, 17),
        ),
    ],
    ids=["nul-in-register", "bell-in-plan", "escape-in-audit", "del-in-narrative", "nel"],
)
def test_a_control_character_is_one_melding_and_the_file_still_counts(
    example: Path,
    run: Run,
    path: str,
    old: str,
    new: str,
    where: tuple[int, int],
) -> None:
    before = _baseline(run, example)
    _edit(example / path, old, new)
    after = _baseline(run, example)
    added = sorted(set(_json_meldingen(after)) - set(_json_meldingen(before)))
    assert added == [(path, *where, "SWL111")]
    assert len(_json_meldingen(after)) == len(_json_meldingen(before)) + 1
    assert after["coverage"] == before["coverage"]


def test_a_control_character_never_reaches_an_output(example: Path, run: Run) -> None:
    _edit(
        example / "register/hr.yaml",
        "title: Functiehuis en formatieplan 2026",
        "title: Functiehuis\x00 en formatieplan 2026",
    )
    _edit(example / "evidence/1.1.md", "feedback van collega's.", "feedback\x00 van collega's.")
    for form in ("md", "html", "json"):
        out = example / f"dossier.{form}"
        assert run("report", example, *AS_OF, "--format", form, "--output", out).code == 0
        text = out.read_text(encoding="utf-8")
        assert "\x00" not in text, form
        assert "Functiehuis\ufffd en formatieplan" in text or form == "json", form
    markdown = (example / "dossier.md").read_text(encoding="utf-8")
    assert "feedback\ufffd van collega's." in markdown
    result = run("check", example, *AS_OF, "--quiet")
    assert "\x00" not in result.out
    assert [found for found in _found(run, example) if found.code == "SWL111"] == [
        ("evidence/1.1.md", 15, 190, "SWL111", "evidence/1.1.md"),
        ("register/hr.yaml", 4, 23, "SWL111", "register/hr.yaml"),
    ]


def test_a_file_full_of_control_characters_gives_a_melding_for_the_first_lines_only(
    example: Path, run: Run
) -> None:
    path = example / "evidence/1.1.md"
    path.write_text(path.read_text("utf-8") + "\x01\n" * 30, encoding="utf-8")
    result = run("check", example, *AS_OF, "--quiet")
    found = [line for line in result.lines if " SWL111 " in line]
    assert [line.split(":")[1] for line in found] == [str(line) for line in range(18, 28)]
    assert found[-1].endswith("(en nog 20 regels verderop met zo'n teken)")


# --- an own norm set -------------------------------------------------------------------------

OWN_NORMSET = """\
format_version: 1
id: eigen
version: "1"
title: Eigen normen
publisher: Stichting Casus
scope_questions:
  - id: vrijwilligers
    question: {nl: Zet u vrijwilligers in?}
rubrieken:
  - id: "1"
    title: Vakmanschap
  - id: "2"
    title: [Dienstverlening]
terms:
  - term: Professional
    definition: [1, 2]
  - term: Cliënt
    definition: Wie ondersteuning krijgt.
norms:
  - id: "1.1"
    rubriek: "1"
    text: Professionals zijn vakbekwaam.
    aspects:
      - {id: opleiding, label: Opleiding}
      - {id: opleiding, label: Nog eens}
      - {id: registratie, label: [Registratie]}
  - id: "1.2"
    rubriek: "9"
    text: Een norm in een rubriek die er niet is.
  - id: "2.1"
    rubriek: "2"
    text: [Dienstverlening, op maat]
    applies_if: stagiaires
  - id: "2.2"
    rubriek: "2"
    text: Cliënten zijn tevreden.
    colour: red
"""


def test_an_own_norm_set_keeps_every_valid_entry(tmp_path: Path, run: Run) -> None:
    config = CONFIG.replace("kwaliteitslabel-sociaal-werk-2019", "normen/eigen.yaml")
    root = _repo(tmp_path, config.replace("scope:\n", "scope:\n  vrijwilligers: yes\n"))
    (root / "normen").mkdir()
    (root / "normen/eigen.yaml").write_text(OWN_NORMSET, encoding="utf-8")
    result = run("check", root, *AS_OF, "--quiet")
    assert result.code == 1, result.err
    found = [line.split(" ", 2)[:2] for line in _meldingen(result) if "eigen.yaml" in line]
    assert found == [
        ["normen/eigen.yaml:13:12:", "SWL103"],  # rubriek 2's title: a placeholder
        ["normen/eigen.yaml:16:17:", "SWL103"],  # the term Professional is left out
        ["normen/eigen.yaml:25:14:", "SWL103"],  # the second aspect 'opleiding'
        ["normen/eigen.yaml:26:34:", "SWL103"],  # the aspect registratie's label
        ["normen/eigen.yaml:28:14:", "SWL103"],  # norm 1.2's unknown rubriek: left out
        ["normen/eigen.yaml:32:11:", "SWL103"],  # norm 2.1's text: a placeholder
        ["normen/eigen.yaml:33:17:", "SWL103"],  # applies_if an unknown question: left out
        ["normen/eigen.yaml:37:5:", "SWL106"],  # an unknown field of norm 2.2
    ]
    # the item after one left out is named as the file counts it
    assert "norms[3].applies_if" in result.out
    dossier = load_repository(root, placeholders=placeholders(Translator()))
    normset = dossier.normset
    assert [norm.id for norm in normset.norms] == ["1.1", "2.1", "2.2"]
    assert [aspect.id for aspect in normset.norms[0].aspects] == ["opleiding"]
    assert normset.norms[1].text == "(ongeldig in de normenset; zie de melding)"
    assert normset.norms[1].applies_if is None
    assert [rubriek.title for rubriek in normset.rubrieken] == [
        "Vakmanschap",
        "(ongeldig in de normenset; zie de melding)",
    ]
    assert [term.term for term in normset.terms] == ["Cliënt"]


def test_an_own_norm_set_without_any_valid_norm_stops_the_run(tmp_path: Path, run: Run) -> None:
    config = CONFIG.replace("kwaliteitslabel-sociaal-werk-2019", "normen.yaml")
    root = _repo(tmp_path, config)
    only = (
        OWN_NORMSET.split("norms:\n", maxsplit=1)[0]
        + 'norms:\n  - id: "1.2"\n    rubriek: "9"\n    text: T\n'
    )
    (root / "normen.yaml").write_text(only, encoding="utf-8")
    result = run("check", root, *AS_OF, "--quiet")
    assert result.code == 2
    assert result.err.splitlines()[-1] == "swlabel: normenset 'normen.yaml' is ongeldig"


def test_a_future_norm_set_format_is_a_melding_and_is_read_as_this_one(
    tmp_path: Path, run: Run
) -> None:
    config = CONFIG.replace("kwaliteitslabel-sociaal-werk-2019", "normen.yaml")
    root = _repo(tmp_path, config)
    text = OWN_NORMSET.replace("format_version: 1", "format_version: 2")
    (root / "normen.yaml").write_text(text, encoding="utf-8")
    assert run("check", root, *AS_OF, "--quiet").code == 1
    assert _found(run, root)[0] == ("normen.yaml", 1, 17, "SWL103", "format_version")
