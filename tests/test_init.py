"""swlabel init: scaffolding, answers from options or prompts, never overwriting."""

from __future__ import annotations

import io
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conftest import SMALL_NORMSET, Result, coverage_row, in_a_terminal, meldingen
from swlabel.commands.init import Answers, init
from swlabel.errors import UsageError
from swlabel.load.dossier import load_repository
from swlabel.load.normsets import load_normset

Run = Callable[..., Result]


class Scripted:
    """A prompter that answers from a list, and remembers what it was asked and told."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = list(texts)
        self.asked: list[str] = []
        self.said: list[str] = []

    def text(self, question: str, default: str) -> str:
        self.asked.append(question)
        # Enter (an empty answer) takes the default, as in a terminal.
        return (self.texts.pop(0) if self.texts else "") or default

    def say(self, text: str) -> None:
        self.said.append(text)


def test_init_creates_everything_and_says_what(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    result = run("init", target, "--organisation", "Stichting X", "--no-git")
    assert result.code == 0
    assert result.lines[1:17] == [
        "Aangemaakt:",
        "  swlabel.yaml",
        "  register.yaml",
        "  improvement-plan.yaml",
        "  README.md",
        "  .gitignore",
        "  .editorconfig",
        "  .vscode/settings.json",
        "  .pre-commit-config.yaml",
        "  .github/workflows/swlabel.yml",
        "  .swlabel/schemas/audit.schema.json",
        "  .swlabel/schemas/evidence.schema.json",
        "  .swlabel/schemas/improvement-plan.schema.json",
        "  .swlabel/schemas/register.schema.json",
        "  .swlabel/schemas/swlabel.schema.json",
        "  evidence/1.1.md … evidence/3.23.md (49 bestanden)",
    ]
    assert "swlabel check" in result.out
    assert not (target / ".git").exists()
    stubs = sorted(path.name for path in (target / "evidence").iterdir())
    assert len(stubs) == 49
    dossier = load_repository(target)
    assert dossier.config.organisation == "Stichting X"
    assert dossier.problems == []
    assert {record.file.status for record in dossier.evidence.values()} == {"not_assessed"}
    assert all(record.file.narrative == "" for record in dossier.evidence.values())


def test_stub_explains_every_field_in_dutch_and_quotes_the_norm(tmp_path: Path) -> None:
    init(tmp_path, out=io.StringIO(), answers=Answers(organisation="Stichting X", git=False))
    stub = (tmp_path / "evidence" / "3.16.md").read_text(encoding="utf-8")
    assert stub.startswith(
        "---\n# yaml-language-server: $schema=../.swlabel/schemas/evidence.schema.json\n"
        "# Zelfevaluatie van norm 3.16 (Organisatie en bestuur)"
    )
    assert "#   wettelijke verplichtingen op vlak van ARBO, RI&E en BHV." in stub
    assert "#   rie: RI&E" in stub
    lines = stub.splitlines()
    for key in ("norm:", "status:", "assessed_by:", "not_applicable_reason:", "evidence:"):
        index = next(number for number, line in enumerate(lines) if line.startswith(key))
        assert lines[index - 1].startswith("#"), f"{key} has no explaining comment above it"
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Kwaliteitsdossier Stichting X")
    config = (tmp_path / "swlabel.yaml").read_text(encoding="utf-8")
    assert config.startswith(
        "# yaml-language-server: $schema=.swlabel/schemas/swlabel.schema.json\n"
    )


def test_english_scaffold(tmp_path: Path) -> None:
    answers = Answers(organisation="Foundation Y", language="en", git=False)
    init(tmp_path, out=io.StringIO(), answers=answers)
    config = (tmp_path / "swlabel.yaml").read_text(encoding="utf-8")
    assert "language: en" in config
    assert "# The name of your organisation" in config
    stub = (tmp_path / "evidence" / "1.1.md").read_text(encoding="utf-8")
    assert "# Self-assessment of norm 1.1 (Vakmanschap)" in stub


def test_new_user_fills_in_one_norm_and_coverage_changes(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    run("init", target, "--organisation", "Stichting X")
    before = run("check", target, "--as-of", "2026-11-01")
    assert before.code == 0
    assert coverage_row(before, "Totaal") == ["0/49", "0%", "0/174", "0%"]
    stub = target / "evidence" / "1.1.md"
    text = stub.read_text(encoding="utf-8")
    text = text.replace("status: not_assessed", "status: compliant")
    text = text.replace(
        "evidence: []",
        "evidence:\n  - title: Competentieprofiel\n    url: https://example.org/profiel",
    )
    stub.write_text(text + "Ons competentieprofiel.\n", encoding="utf-8")
    after = run("check", target, "--as-of", "2026-11-01")
    assert after.code == 0
    assert meldingen(after) == []
    assert coverage_row(after, "Totaal") == ["1/49", "2%", "1/174", "1%"]
    assert coverage_row(after, "1 Vakmanschap") == ["1/15", "7%", "1/34", "3%"]
    for fmt in ("html", "md"):
        assert run("report", target, "--format", fmt, "--output", tmp_path / f"d.{fmt}").code == 0


def test_init_never_overwrites_and_adds_only_what_is_missing(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    run("init", target, "--organisation", "Stichting X", "--no-git")
    mine = '---\nnorm: "1.1"\nstatus: compliant\n---\nMijn eigen tekst.\n'
    (target / "evidence" / "1.1.md").write_text(mine, encoding="utf-8")
    (target / "evidence" / "2.3.md").unlink()
    (target / "evidence" / "3.1.md").rename(target / "evidence" / "3.1.yaml")
    config_before = (target / "swlabel.yaml").read_bytes()
    result = run("init", target, "--organisation", "Iets anders", "--no-git")
    assert result.code == 0
    assert result.lines[1:3] == ["Aangemaakt:", "  evidence/2.3.md"]
    assert "Al aanwezig, niet gewijzigd:" in result.lines
    assert (target / "evidence" / "1.1.md").read_text(encoding="utf-8") == mine
    assert (target / "swlabel.yaml").read_bytes() == config_before
    assert not (target / "evidence" / "3.1.md").exists()
    again = run("init", target, "--no-git")
    assert again.lines[1] == "Niets nieuws: alle bestanden waren er al."


def test_new_norms_in_the_norm_set_get_only_their_stubs(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    target.mkdir()
    (target / "normen.yaml").write_text(SMALL_NORMSET, encoding="utf-8")
    assert run("init", target, "-o", "X", "--norms", "normen.yaml", "--no-git").code == 0
    extra = '  - id: "2.2"\n    rubriek: "2"\n    text: Nieuwe norm.\n'
    (target / "normen.yaml").write_text(SMALL_NORMSET + extra, encoding="utf-8")
    result = run("init", target, "--no-git")
    assert result.code == 0
    assert result.lines[1:4] == ["Aangemaakt:", "  evidence/2.2.md", "Al aanwezig, niet gewijzigd:"]


def test_scope_answers_stub_scoped_norms_as_not_applicable(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    result = run(
        "init",
        target,
        "-o",
        "X",
        "--scope",
        "business_critical_interns=no",
        "--next-audit",
        "2027-05-01",
        "--no-git",
    )
    assert result.code == 0
    config = yaml.safe_load((target / "swlabel.yaml").read_text(encoding="utf-8"))
    assert config["scope"] == {
        "business_critical_volunteers": True,
        "business_critical_interns": False,
        "hired_third_parties": True,
        "citizens_initiatives": True,
    }
    assert str(config["next_audit"]) == "2027-05-01"
    stub = (target / "evidence" / "3.12.md").read_text(encoding="utf-8")
    assert "status: not_applicable" in stub
    assert (
        "not_applicable_reason: \"Valt buiten onze scope: op de vraag 'Zet de organisatie " in stub
    )
    assert "status: not_assessed" in (target / "evidence" / "3.11.md").read_text(encoding="utf-8")
    checked = run("check", target, "--as-of", "2026-11-01")
    assert meldingen(checked) == []
    assert coverage_row(checked, "Totaal") == ["0/47", "0%", "0/155", "0%"]


def test_bad_scope_options(run: Run, tmp_path: Path) -> None:
    bad = run("init", tmp_path / "a", "-o", "X", "--scope", "interns")
    assert bad.code == 2
    unknown = run("init", tmp_path / "b", "-o", "X", "--scope", "stagiairs=no")
    assert unknown.code == 2
    assert "onbekende scope-vraag stagiairs; de normenset kent: business_critical_volunteers" in (
        " ".join(unknown.err.split())
    )
    assert not (tmp_path / "b").exists()


def test_prompts_ask_every_answer_in_a_terminal(tmp_path: Path) -> None:
    ask = Scripted(
        [
            "Stichting Gevraagd",
            "en",
            "kwaliteitslabel-sociaal-werk-2019",
            *("y", "no", "yes", ""),  # the scope questions; Enter takes the default (yes)
            "2027-13-01",
            "2027-06-01",
            "bitbucket",
            "none",
        ]
    )
    init(tmp_path, out=io.StringIO(), answers=Answers(git=False), ask=ask)
    config = yaml.safe_load((tmp_path / "swlabel.yaml").read_text(encoding="utf-8"))
    assert config["organisation"] == "Stichting Gevraagd"
    assert config["language"] == "en"
    assert config["scope"]["business_critical_interns"] is False
    assert str(config["next_audit"]) == "2027-06-01"
    assert ask.asked[0] == "Naam van de organisatie"
    assert ask.asked[3] == "Does the organisation deploy business-critical volunteers? [Y/n]"
    ci = "Which CI does the organisation use: github (GitHub Actions), gitlab (GitLab CI) or none"
    assert ask.asked[-2:] == [ci, ci]
    assert ask.said == [
        "'2027-13-01' is not a date; write YYYY-MM-DD, for example 2026-11-01",
        "'bitbucket' is none of the choices; choose from github, gitlab, none.",
    ]
    assert not (tmp_path / ".github").exists()
    assert not (tmp_path / ".gitlab-ci.yml").exists()


def test_yes_no_questions_speak_the_language_of_the_dossier(tmp_path: Path) -> None:
    """In Dutch: [J/n], and j, ja, n, nee; 'yes' is no Dutch answer: said on a line of its own,
    then the question again."""
    ask = Scripted(["Stichting J", "nl", "", "yes", "ja", "nee", "N", "j", "", "gitlab"])
    init(tmp_path, out=io.StringIO(), answers=Answers(git=False), ask=ask)
    config = yaml.safe_load((tmp_path / "swlabel.yaml").read_text(encoding="utf-8"))
    assert list(config["scope"].values()) == [True, False, False, True]
    questions = [question for question in ask.asked if question.endswith("[J/n]")]
    assert len(questions) == 5
    assert questions[0] == questions[1]
    assert ask.said == ["'yes' is geen antwoord op deze vraag; typ j (ja) of n (nee)."]
    assert (tmp_path / ".gitlab-ci.yml").is_file()


def test_a_language_swlabel_does_not_speak_is_asked_again(tmp_path: Path) -> None:
    """'x' is no language: said on a line of its own, then the question again; 'EN' is en."""
    ask = Scripted(["Stichting T", "x", "EN", "", "", "", "", "", "", "none"])
    init(tmp_path, out=io.StringIO(), answers=Answers(git=False), ask=ask)
    config = yaml.safe_load((tmp_path / "swlabel.yaml").read_text(encoding="utf-8"))
    assert config["language"] == "en"
    assert ask.asked[1] == ask.asked[2]
    assert ask.said == ["'x' is geen taal van swlabel; kies uit nl, en."]


def test_without_a_terminal_init_never_prompts_and_names_the_option(
    run: Run, tmp_path: Path
) -> None:
    result = run("init", tmp_path / "demo")
    assert result.code == 2
    assert "--organisation" in result.err
    assert not (tmp_path / "demo").exists()


def test_a_folder_with_other_files_needs_allow_non_empty(run: Run, tmp_path: Path) -> None:
    (tmp_path / "notities.txt").write_text("van mij", encoding="utf-8")
    (tmp_path / "README.md").write_text("mijn readme", encoding="utf-8")
    refused = run("init", tmp_path, "-o", "X", "--no-git")
    assert refused.code == 2
    assert "is niet leeg (README.md, notities.txt)" in refused.err
    assert not (tmp_path / "swlabel.yaml").exists()
    allowed = run("init", tmp_path, "-o", "X", "--no-git", "--allow-non-empty")
    assert allowed.code == 0
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "mijn readme"
    assert "  README.md" in allowed.lines[allowed.lines.index("Al aanwezig, niet gewijzigd:") :]


def test_git_init_only_outside_a_work_tree(run: Run, tmp_path: Path) -> None:
    fresh = run("init", tmp_path / "nieuw", "-o", "X")
    assert "Er is een git-repository gemaakt (git init)." in fresh.lines
    assert (tmp_path / "nieuw" / ".git").is_dir()
    inner = run("init", tmp_path / "nieuw" / "sub", "-o", "Y")
    assert "De map valt al onder git; er is geen nieuwe git-repository gemaakt." in inner.lines
    assert not (tmp_path / "nieuw" / "sub" / ".git").exists()


@pytest.mark.parametrize(
    ("ci", "path", "absent"),
    [
        ("github", ".github/workflows/swlabel.yml", ".gitlab-ci.yml"),
        ("gitlab", ".gitlab-ci.yml", ".github/workflows/swlabel.yml"),
        ("none", None, ".gitlab-ci.yml"),
    ],
)
def test_ci_workflows_pin_this_version(
    run: Run, tmp_path: Path, ci: str, path: str | None, absent: str
) -> None:
    from swlabel import __version__

    assert run("init", tmp_path, "-o", "X", "--ci", ci, "--no-git").code == 0
    assert not (tmp_path / absent).exists()
    if path is not None:
        text = (tmp_path / path).read_text(encoding="utf-8")
        assert f'pip install "swlabel=={__version__}"' in text
        assert "swlabel report --format html --output dossier.html" in text
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = hooks["repos"][0]["hooks"]
    assert hook["id"] == "swlabel-check"
    assert hook["additional_dependencies"] == [f"swlabel=={__version__}"]


def test_editor_settings_bind_the_schemas(tmp_path: Path) -> None:
    init(tmp_path, out=io.StringIO(), answers=Answers(organisation="X", git=False))
    settings = json.loads((tmp_path / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    schemas = settings["yaml.schemas"]
    assert schemas[".swlabel/schemas/evidence.schema.json"] == "evidence/*.yaml"
    for schema in schemas:
        assert (tmp_path / schema).is_file()
    register = (tmp_path / "register.yaml").read_text(encoding="utf-8")
    assert register.startswith(
        "# yaml-language-server: $schema=.swlabel/schemas/register.schema.json"
    )


def test_register_folder_is_respected(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    (target / "register").mkdir(parents=True)
    result = run("init", target, "--organisation", "X", "--allow-non-empty", "--no-git")
    assert result.code == 0, result.err
    assert (target / "swlabel.yaml").is_file()
    assert not (target / "register.yaml").exists()


def test_init_into_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "bestand"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError):
        init(target, out=io.StringIO(), answers=Answers(organisation="X"))
    assert target.read_text(encoding="utf-8") == "x"


def test_init_with_an_own_norm_set(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    target.mkdir()
    (target / "normen.yaml").write_text(SMALL_NORMSET, encoding="utf-8")
    result = run("init", target, "--organisation", "X", "--norms", "normen.yaml", "--no-git")
    assert result.code == 0
    assert sorted(path.name for path in (target / "evidence").iterdir()) == [
        "1.1.md",
        "1.10.md",
        "2.1.md",
    ]
    assert load_normset("normen.yaml", target).id == "klein"
    assert run("check", target).code == 0


def test_organisation_name_with_quotes_and_colons_stays_valid_yaml(tmp_path: Path) -> None:
    name = 'Stichting "De Brug": welzijn & zorg'
    init(tmp_path, out=io.StringIO(), answers=Answers(organisation=name, git=False))
    assert load_repository(tmp_path).config.organisation == name


def test_scaffolded_repository_is_valid_for_git(run: Run, tmp_path: Path) -> None:
    run("init", tmp_path / "demo", "-o", "X")
    status = subprocess.run(
        ["git", "status", "--porcelain"],
        cwd=tmp_path / "demo",
        capture_output=True,
        text=True,
        check=False,
    )
    assert status.returncode == 0
    assert "?? swlabel.yaml" in status.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX terminal")
def test_interactive_init_in_a_real_terminal(tmp_path: Path) -> None:
    """The installed command in a pseudo-terminal, answering its questions as a person would."""

    # A Dutch yes/no question takes j/ja/n/nee; 'y' is refused, with the reason on a line of
    # its own and the question again.
    answers = ["Stichting Terminal", "", "", "y", "j", "nee", "ja", "J", "2027-04-01", "gitlab"]
    prompts = (b":", b"]", b"?", b"[Y/n]:", b"[y/N]:")
    code, text = in_a_terminal(["init", str(tmp_path / "demo"), "--no-git"], answers, prompts)
    assert code == 0, text
    assert "Naam van de organisatie" in text
    assert "Zet de organisatie bedrijfskritische stagiaires in? [J/n]:" in text
    assert "[Y/n]" not in text
    lines = [line.strip() for line in text.replace("\r", "").splitlines()]
    wrong = lines.index("'y' is geen antwoord op deze vraag; typ j (ja) of n (nee).")
    assert "Zet de organisatie bedrijfskritische vrijwilligers in? [J/n]:" in lines[wrong + 1]
    assert "Welke CI gebruikt de organisatie" in text
    assert (tmp_path / "demo" / ".gitlab-ci.yml").is_file()
    assert not (tmp_path / "demo" / ".github").exists()
    config = yaml.safe_load((tmp_path / "demo" / "swlabel.yaml").read_text(encoding="utf-8"))
    assert config["organisation"] == "Stichting Terminal"
    assert config["scope"]["business_critical_interns"] is False
    assert str(config["next_audit"]) == "2027-04-01"
