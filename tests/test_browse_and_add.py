"""swlabel norms, status and add: browsing the norm set and adding entries as text."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLE, Result, evidence, meldingen
from swlabel.commands.add import next_action_id
from swlabel.output.entries import append_entry

Run = Callable[..., Result]


@pytest.fixture
def example(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EXAMPLE, tmp_path / "dossier"))


def test_norms_lists_the_set_with_the_status_here(run: Run, example: Path) -> None:
    result = run("norms", "--dir", example)
    assert result.code == 0
    assert result.lines[0] == "Normen Kwaliteitslabel Sociaal Werk (versie 2019-05-29)"
    row = next(line for line in result.lines if line.startswith("  1.14 "))
    assert row.endswith("voldoet niet")
    assert sum(1 for line in result.lines if line.startswith("  ") and "." in line[:8]) == 49


def test_norms_outside_a_repository_shows_the_bundled_set(run: Run, tmp_path: Path) -> None:
    result = run("norms", "--dir", tmp_path)
    assert result.code == 0
    row = next(line for line in result.lines if line.startswith("  3.17 "))
    assert row.rstrip().endswith("…")  # no status column without a repository


def test_one_norm_in_full_with_its_evidence(run: Run, example: Path) -> None:
    result = run("norms", "3.16", "--dir", example)
    assert result.code == 0
    assert result.lines[0] == "Norm 3.16 (Rubriek 3. Organisatie en bestuur)"
    assert "  rie                      RI&E" in result.lines
    assert "In deze repository (evidence/3.16.yaml):" in result.lines
    assert "  - BHV-plan alle locaties [bhv]" in result.lines
    unknown = run("norms", "3.24", "--dir", example)
    assert unknown.code == 2
    assert "onbekende norm '3.24'" in unknown.err


def test_norms_of_another_set(run: Run, tmp_path: Path) -> None:
    from conftest import SMALL_NORMSET

    (tmp_path / "klein.yaml").write_text(SMALL_NORMSET, encoding="utf-8")
    result = run("norms", "--norms", "klein.yaml", "--dir", tmp_path, "--lang", "en")
    assert result.lines[0] == "Kleine normenset (version 1)"
    assert any(line.startswith("  1.10 ") for line in result.lines)


def test_status_shows_coverage_and_the_most_urgent_gaps(run: Run, example: Path) -> None:
    result = run("status", example, "--as-of", "2027-01-20")
    assert result.code == 0
    assert (
        result.lines[0]
        == "Stichting Welzijn Dalwijk · Normen Kwaliteitslabel Sociaal Werk 2019-05-29"
    )
    # The expired subsidiebeschikking is one point (not also an error of register/verslagen.yaml).
    start = result.lines.index(
        "De 5 meest urgente van 9 punten (alle punten: swlabel status --all):"
    )
    assert result.lines[start + 1 :] == [
        "  1. verbeteractie VA-2026-01 (Portfolio's van geregistreerde professionals actueel en "
        "aantoonbaar) is over de streefdatum 2026-12-31",
        "  2. verbeteractie VA-2026-06 (Evaluatie bij afsluiting vastleggen en feedback van "
        "klanten en partners bundelen) is over de streefdatum 2027-01-15",
        "  3. Subsidiebeschikking 2026 gemeente Dalwijk is verlopen op 2026-12-31 (norm 3.3)",
        "  4. norm 1.14 voldoet niet",
        "  5. norm 3.4 is nog niet beoordeeld",
    ]


def test_status_all_shows_every_point(run: Run, example: Path) -> None:
    result = run("status", example, "--as-of", "2027-01-20", "--all", "--lang", "en")
    start = result.lines.index("9 points to work on, most urgent first:")
    assert result.lines[start + 6 :] == [
        "  6. norm 3.20 is not yet assessed",
        "  7. norm 1.12: no valid evidence for portfolio",
        "  8. norm 1.15: no valid evidence for feedback",
        "  9. norm 3.21: no valid evidence for evaluatie-prestaties",
    ]


def test_status_counts_a_document_cited_by_two_norms_once(
    run: Run, small_repo: Callable[..., Path]
) -> None:
    register = (
        "documents:\n"
        "  - {id: rie, title: RI&E, url: https://x.org, date: 2020-01-01,\n"
        "     valid_until: 2021-01-01}\n"
    )
    cites = "evidence:\n  - document: rie\n"
    repo = small_repo(
        {
            "register.yaml": register,
            "evidence/1.1.md": evidence("1.1", "compliant", cites),
            "evidence/1.10.md": evidence("1.10", "compliant", cites),
            "evidence/2.1.md": evidence("2.1", "not_applicable", "not_applicable_reason: geen\n"),
        }
    )
    result = run("status", repo, "--as-of", "2026-11-01")
    assert result.lines[-2:] == [
        "1 punt om aan te werken:",
        "  1. RI&E is verlopen op 2021-01-01 (normen 1.1, 1.10)",
    ]


def test_add_document_keeps_comments_and_layout(run: Run, example: Path) -> None:
    register = example / "register" / "beleid.yaml"
    before = register.read_text(encoding="utf-8")
    result = run(
        "add",
        "document",
        "--dir",
        example,
        "--to",
        register,
        "--id",
        "brandveiligheid",
        "--title",
        "Brandveiligheid: ontruimingsplan",
        "--kind",
        "plan",
        "--url",
        "https://example.org/ontruiming",
        "--date",
        "2026-10-01",
    )
    assert result.code == 0, result.err
    assert result.out == "Document 'brandveiligheid' toegevoegd aan register/beleid.yaml.\n"
    after = register.read_text(encoding="utf-8")
    assert after.startswith(before.rstrip("\n"))
    assert after[len(before.rstrip("\n")) :] == (
        "\n  - id: brandveiligheid\n"
        '    title: "Brandveiligheid: ontruimingsplan"\n'
        "    kind: plan\n"
        '    url: "https://example.org/ontruiming"\n'
        "    date: 2026-10-01\n"
    )
    check = run("check", example, "--as-of", "2026-11-01", "--select", "SWL1,SWL2")
    assert [line.split(" ")[1] for line in meldingen(check)] == ["SWL210"]


def test_add_document_refuses_what_would_be_wrong(run: Run, example: Path) -> None:
    register = example / "register" / "beleid.yaml"
    before = register.read_bytes()

    def add(*options: str, to: Path | None = register) -> Result:
        target = ("--to", str(to)) if to is not None else ()
        return run("add", "document", "--dir", example, *target, "--title", "x", *options)

    existing = add("--id", "klachtenregeling", "--url", "https://e.org")
    assert existing.code == 2
    assert "de id 'klachtenregeling' bestaat al (register/beleid.yaml:" in existing.err
    bad_date = add("--id", "nieuw", "--url", "https://e.org", "--date", "2026-02-30")
    assert bad_date.code == 2
    assert "date: '2026-02-30' is geen geldige datum" in bad_date.err
    both = add("--id", "nieuw", "--url", "https://e.org", "--path", "a.pdf")
    assert both.code == 2
    assert "vul precies één van 'path' en 'url' in" in both.err
    outside = add("--id", "nieuw", "--path", "../geheim.pdf")
    assert outside.code == 2
    assert "ligt buiten de repository" in outside.err
    no_target = add("--id", "nieuw", "--url", "https://e.org", to=None)
    assert no_target.code == 2
    assert "kies met --to in welk bestand" in no_target.err
    assert register.read_bytes() == before


def test_add_action_numbers_on_and_checks_norms(run: Run, example: Path) -> None:
    result = run(
        "add",
        "action",
        "--dir",
        example,
        "--title",
        "Portfolio's bijhouden",
        "--norm",
        "1.12",
        "--norm",
        "1.10",
        "--due",
        "2027-02-01",
    )
    assert result.code == 0, result.err
    action_id = next_action_id([f"VA-2026-0{n}" for n in range(1, 8)], dt.date.today())
    plan = (example / "improvement-plan.yaml").read_text(encoding="utf-8")
    assert plan.endswith(
        f"  - id: {action_id}\n"
        "    title: Portfolio's bijhouden\n"
        '    norms: ["1.12", "1.10"]\n'
        "    due: 2027-02-01\n"
    )
    unknown = run("add", "action", "--dir", example, "--title", "x", "--norm", "3.24")
    assert unknown.code == 2
    assert "onbekende norm '3.24'" in unknown.err
    bad = run("add", "action", "--dir", example, "--title", "x", "--status", "klaar")
    assert bad.code == 2
    assert "status: 'klaar' is geen geldige waarde" in bad.err


def test_next_action_id() -> None:
    assert next_action_id([], dt.date(2027, 1, 5)) == "VA-2027-01"
    assert next_action_id(["VA-2027-01", "VA-2027-09", "VA-2026-12"], dt.date(2027, 1, 5)) == (
        "VA-2027-10"
    )


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("documents: []\n", "documents:\n  - id: b\n"),
        ("# uitleg\ndocuments:\n", "# uitleg\ndocuments:\n  - id: b\n"),
        ("documents:\n- id: a\n", "documents:\n- id: a\n- id: b\n"),
        ("documents:\n  - id: a\nwaivers: []\n", "documents:\n  - id: a\n  - id: b\nwaivers: []\n"),
        ("", "documents:\n  - id: b\n"),
        ("documents:\n  - id: a", "documents:\n  - id: a\n  - id: b\n"),
    ],
)
def test_append_entry_shapes(before: str, after: str) -> None:
    assert append_entry(before, "documents", {"id": "b"}) == after
