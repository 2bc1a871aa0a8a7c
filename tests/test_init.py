"""swlabel init: scaffolding, never overwriting, adding only what is missing."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result, coverage_row, meldingen
from swlabel.commands.init import init
from swlabel.errors import UsageError
from swlabel.i18n import Translator
from swlabel.normsets import load_normset
from swlabel.repository import load_repository

Run = Callable[..., Result]


def test_init_creates_config_stubs_register_plan_and_readme(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    result = run("init", target, "--organisation", "Stichting X")
    assert result.code == 0
    assert result.lines[1:6] == [
        "Aangemaakt:",
        "  swlabel.yaml",
        "  register.yaml",
        "  improvement-plan.yaml",
        "  README.md",
    ]
    assert result.lines[6] == "  evidence/1.1.md … evidence/3.23.md (49 bestanden)"
    assert "swlabel check" in result.out
    stubs = sorted(path.name for path in (target / "evidence").iterdir())
    assert len(stubs) == 49
    assert "1.10.md" in stubs
    dossier = load_repository(target, Translator("nl"))
    assert dossier.config.organisation == "Stichting X"
    assert dossier.problems == []
    assert {record.file.status for record in dossier.evidence.values()} == {"not_assessed"}
    assert all(record.file.narrative == "" for record in dossier.evidence.values())


def test_stub_explains_every_field_in_dutch_and_quotes_the_norm(tmp_path: Path) -> None:
    init(tmp_path, out=io.StringIO(), organisation="Stichting X")
    stub = (tmp_path / "evidence" / "3.16.md").read_text(encoding="utf-8")
    assert stub.startswith("---\n# Zelfevaluatie van norm 3.16 (Organisatie en bestuur)")
    assert "#   wettelijke verplichtingen op vlak van ARBO, RI&E en BHV." in stub
    assert "#   rie: RI&E" in stub
    lines = stub.splitlines()
    for key in ("norm:", "status:", "assessed_by:", "not_applicable_reason:", "evidence:"):
        index = next(number for number, line in enumerate(lines) if line.startswith(key))
        assert lines[index - 1].startswith("#"), f"{key} has no explaining comment above it"
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Kwaliteitsdossier Stichting X")
    assert "swlabel check" in readme


def test_english_scaffold(tmp_path: Path) -> None:
    init(tmp_path, out=io.StringIO(), organisation="Foundation Y", language="en")
    config = (tmp_path / "swlabel.yaml").read_text(encoding="utf-8")
    assert "language: en" in config
    assert "# The name of your organisation" in config
    stub = (tmp_path / "evidence" / "1.1.md").read_text(encoding="utf-8")
    assert stub.startswith("---\n# Self-assessment of norm 1.1 (Vakmanschap)")


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
    stub.write_text(text, encoding="utf-8")
    after = run("check", target, "--as-of", "2026-11-01")
    assert after.code == 0
    assert coverage_row(after, "Totaal") == ["1/49", "2%", "1/174", "1%"]
    assert coverage_row(after, "1 Vakmanschap") == ["1/15", "7%", "1/34", "3%"]


def test_init_never_overwrites_and_adds_only_what_is_missing(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    run("init", target, "--organisation", "Stichting X")
    mine = '---\nnorm: "1.1"\nstatus: compliant\n---\nMijn eigen tekst.\n'
    (target / "evidence" / "1.1.md").write_text(mine, encoding="utf-8")
    (target / "evidence" / "2.3.md").unlink()
    (target / "evidence" / "3.1.md").rename(target / "evidence" / "3.1.yaml")
    config_before = (target / "swlabel.yaml").read_bytes()
    result = run("init", target, "--organisation", "Iets anders")
    assert result.code == 0
    assert result.lines[1:3] == ["Aangemaakt:", "  evidence/2.3.md"]
    assert "Al aanwezig, niet gewijzigd:" in result.lines
    assert (target / "evidence" / "1.1.md").read_text(encoding="utf-8") == mine
    assert (target / "swlabel.yaml").read_bytes() == config_before
    assert not (target / "evidence" / "3.1.md").exists()
    again = run("init", target)
    assert again.lines[1] == "Niets nieuws: alle bestanden waren er al."


def test_scope_answers_stub_scoped_norms_as_not_applicable(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    target.mkdir()
    (target / "swlabel.yaml").write_text(
        "format_version: 1\norganisation: X\nscope:\n  business_critical_interns: no\n",
        encoding="utf-8",
    )
    run("init", target)
    stub = (target / "evidence" / "3.12.md").read_text(encoding="utf-8")
    assert "status: not_applicable" in stub
    assert (
        "not_applicable_reason: \"Valt buiten onze scope: op de vraag 'Zet de organisatie " in stub
    )
    assert "status: not_assessed" in (target / "evidence" / "3.11.md").read_text(encoding="utf-8")
    result = run("check", target, "--as-of", "2026-11-01")
    assert meldingen(result) == []
    assert coverage_row(result, "Totaal") == ["0/47", "0%", "0/155", "0%"]


def test_register_folder_is_respected(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    (target / "register").mkdir(parents=True)
    run("init", target, "--organisation", "X")
    assert not (target / "register.yaml").exists()


def test_organisation_is_required_for_a_new_repository(run: Run, tmp_path: Path) -> None:
    result = run("init", tmp_path / "demo")
    assert result.code == 2
    assert "--organisation" in result.err
    assert not (tmp_path / "demo").exists()


def test_organisation_is_asked_when_a_prompt_is_available(tmp_path: Path) -> None:
    init(tmp_path, out=io.StringIO(), ask=lambda question: "Stichting Gevraagd")
    assert 'organisation: "Stichting Gevraagd"' in (tmp_path / "swlabel.yaml").read_text(
        encoding="utf-8"
    )


def test_init_into_a_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "bestand"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(UsageError):
        init(target, out=io.StringIO(), organisation="X")
    assert target.read_text(encoding="utf-8") == "x"


def test_init_with_an_own_norm_set(run: Run, tmp_path: Path) -> None:
    from conftest import SMALL_NORMSET

    target = tmp_path / "demo"
    target.mkdir()
    (target / "normen.yaml").write_text(SMALL_NORMSET, encoding="utf-8")
    result = run("init", target, "--organisation", "X", "--norms", "normen.yaml")
    assert result.code == 0
    assert sorted(path.name for path in (target / "evidence").iterdir()) == [
        "1.1.md",
        "1.10.md",
        "2.1.md",
    ]
    assert load_normset("normen.yaml", target, Translator()).id == "klein"
    assert run("check", target).code == 0


def test_organisation_name_with_quotes_and_colons_stays_valid_yaml(tmp_path: Path) -> None:
    name = 'Stichting "De Brug": welzijn & zorg'
    init(tmp_path, out=io.StringIO(), organisation=name)
    assert load_repository(tmp_path, Translator()).config.organisation == name
