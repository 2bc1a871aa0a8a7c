"""swlabel check through the real CLI: exact meldingen, lines, columns and exit codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result, evidence, meldingen

Repo = Callable[..., Path]
Run = Callable[..., Result]


def test_clean_repository_exits_0_and_prints_coverage(small_repo: Repo, run: Run) -> None:
    result = run("check", small_repo(), "--as-of", "2026-11-01")
    assert result.code == 0
    assert meldingen(result) == []
    assert "Dekking op 2026-11-01" in result.out
    assert "  Totaal" in result.out
    assert result.lines[-1] == "Geen meldingen."


def test_norm_id_mismatch_and_unquoted_1_10_is_not_1_1(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.10.md": "---\nnorm: 1.1\n---\n"})
    result = run("check", repo)
    assert result.code == 1
    assert meldingen(result) == [
        "evidence/1.10.md:2:7: SWL108 norm: '1.1' wijkt af van de bestandsnaam 1.10.md; "
        'zet hier norm: "1.10" of hernoem het bestand'
    ]


def test_unquoted_1_10_matches_file_1_10(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.10.md": "---\nnorm: 1.10\n---\n"})
    assert run("check", repo).code == 0


def test_invalid_yaml_in_front_matter_points_at_the_file_line(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.1.md": "---\nnorm: '1.1'\nassessed_by: Jan: kwaliteit\n---\n"})
    result = run("check", repo)
    assert result.code == 1
    [line] = meldingen(result)
    assert line.startswith("evidence/1.1.md:3:")
    assert " SWL101 ongeldige YAML: de tekst na 'assessed_by:' bevat zelf een dubbele punt" in line
    assert line.endswith('zet de hele tekst tussen aanhalingstekens: assessed_by: "…"')


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "norm: '1.1'\n",
            "evidence/1.1.md:1:1: SWL102 geen front matter: een Markdown-bewijsbestand begint "
            "met een regel '---', dan de velden, dan weer '---'",
        ),
        (
            "---\nnorm: '1.1'\n",
            "evidence/1.1.md:1:1: SWL102 de front matter wordt niet afgesloten: zet een regel "
            "'---' onder de laatste sleutel",
        ),
    ],
)
def test_front_matter_problems(small_repo: Repo, run: Run, content: str, expected: str) -> None:
    result = run("check", small_repo({"evidence/1.1.md": content}))
    assert (result.code, meldingen(result)) == (1, [expected])


def test_unknown_field_suggests_the_nearest(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.1.md": evidence("1.1", extra="asessed_by: Jan\n")})
    result = run("check", repo)
    assert meldingen(result) == [
        "evidence/1.1.md:4:1: SWL106 onbekend veld 'asessed_by' (bedoelde u 'assessed_by'?); "
        "verwijder het of corrigeer de naam"
    ]


def test_impossible_dates_are_reported_at_the_value(small_repo: Repo, run: Run) -> None:
    extra = (
        "assessed_on: 2026-02-30\n"
        "evidence:\n"
        "  - title: Notulen\n"
        "    url: https://example.org/n\n"
        "    valid_until: 2026-13-01\n"
    )
    result = run("check", small_repo({"evidence/1.1.md": evidence("1.1", extra=extra)}))
    assert meldingen(result) == [
        "evidence/1.1.md:4:14: SWL107 assessed_on: '2026-02-30' is geen geldige datum; "
        "schrijf JJJJ-MM-DD met een bestaande dag, bijvoorbeeld 2026-03-31",
        "evidence/1.1.md:8:18: SWL107 evidence[1].valid_until: '2026-13-01' is geen geldige "
        "datum; schrijf JJJJ-MM-DD met een bestaande dag, bijvoorbeeld 2026-03-31",
    ]


def test_wrong_status_lists_the_choices(small_repo: Repo, run: Run) -> None:
    # (a Dutch status names the value meant instead: tests/test_dutch_input.py)
    result = run("check", small_repo({"evidence/1.1.md": evidence("1.1", status="prima")}))
    [line] = meldingen(result)
    assert line.startswith("evidence/1.1.md:3:9: SWL103 status: 'prima' is geen geldige waarde;")
    assert "'compliant'" in line
    assert "'not_assessed'" in line


def test_duplicate_key_is_an_error_not_silently_the_last(small_repo: Repo, run: Run) -> None:
    content = "---\nnorm: '1.1'\nstatus: compliant\nstatus: not_assessed\n---\n"
    result = run("check", small_repo({"evidence/1.1.md": content}))
    assert meldingen(result) == [
        "evidence/1.1.md:4:1: SWL105 de sleutel 'status' staat twee keer in deze mapping; de "
        "eerste waarde zou verloren gaan: voeg ze samen of verwijder er één"
    ]


def test_file_that_is_not_utf8(small_repo: Repo, run: Run) -> None:
    content = "---\nnorm: '1.1'\nassessed_by: Jos\xe9\n---\n".encode("latin-1")
    result = run("check", small_repo({"evidence/1.1.md": content}))
    assert meldingen(result) == [
        "evidence/1.1.md:3:17: SWL104 het bestand is geen UTF-8; sla het in uw editor op als "
        "UTF-8 (zonder andere codering)"
    ]


def test_bom_and_crlf_are_read_correctly(small_repo: Repo, run: Run) -> None:
    content = "\ufeff---\r\nnorm: '1.1'\r\nstatus: not_assessed\r\nbogus: 1\r\n---\r\n"
    result = run("check", small_repo({"evidence/1.1.md": content.encode("utf-8")}))
    assert meldingen(result) == [
        "evidence/1.1.md:4:1: SWL106 onbekend veld 'bogus'; verwijder het of corrigeer de naam"
    ]


def test_unknown_norm_file_suggests_ids(small_repo: Repo, run: Run) -> None:
    result = run("check", small_repo({"evidence/1.100.md": evidence("1.100")}))
    assert meldingen(result) == [
        "evidence/1.100.md:1:1: SWL201 het bestand hoort bij norm '1.100', maar die staat niet "
        "in normenset klein (bedoelde u '1.10', '1.1'?); hernoem het bestand naar een bestaande "
        "norm"
    ]


def test_two_files_for_one_norm(small_repo: Repo, run: Run) -> None:
    result = run("check", small_repo({"evidence/1.1.yaml": "norm: '1.1'\n"}))
    assert meldingen(result) == [
        "evidence/1.1.yaml:1:1: SWL202 norm 1.1 heeft al een bestand (evidence/1.1.md); voeg de "
        "twee samen tot één bestand"
    ]


def test_missing_evidence_file_only_for_applicable_norms(small_repo: Repo, run: Run) -> None:
    repo = small_repo(defaults=False)
    result = run("check", repo)
    assert [line.split(" ", 2)[:2] for line in meldingen(result)] == [
        ["evidence/1.1.md:1:1:", "SWL203"],
        ["evidence/1.10.md:1:1:", "SWL203"],
        ["evidence/2.1.md:1:1:", "SWL203"],
    ]
    (repo / "swlabel.yaml").write_text(
        "format_version: 1\norganisation: X\nnorms: normen.yaml\n"
        "scope:\n  business_critical_interns: no\n",
        encoding="utf-8",
    )
    result = run("check", repo)
    assert [line.split(":")[0] for line in meldingen(result)] == [
        "evidence/1.1.md",
        "evidence/1.10.md",
    ]


def test_references_register_paths_actions_and_aspects(small_repo: Repo, run: Run) -> None:
    extra = (
        "evidence:\n"
        "  - document: privacyreglement\n"
        "  - document: klachtenregelin\n"
        "    aspects: [arbo, brandveiligheid]\n"
        "  - title: RI&E\n"
        "    path: documenten/rie.pdf\n"
        "  - title: Buiten\n"
        "    path: ../geheim.txt\n"
        "  - title: Absoluut\n"
        "    path: /etc/passwd\n"
        "actions: [VA-1, VA-9]\n"
    )
    register = (
        "documents:\n"
        "  - id: klachtenregeling\n"
        "    title: Klachtenregeling\n"
        "    path: documenten/klachtenregeling.pdf\n"
    )
    plan = "actions:\n  - id: VA-1\n    title: Iets\n    norms: ['2.1', '9.9']\n"
    repo = small_repo(
        {
            "evidence/2.1.md": evidence("2.1", extra=extra),
            "register.yaml": register,
            "improvement-plan.yaml": plan,
            "documenten/klachtenregeling.pdf": b"%PDF-1.4",
        }
    )
    result = run("check", repo)
    assert result.code == 1
    assert meldingen(result) == [
        "evidence/2.1.md:5:15: SWL204 document 'privacyreglement' staat niet in het register; "
        "voeg het toe aan het register of corrigeer de id",
        "evidence/2.1.md:6:15: SWL204 document 'klachtenregelin' staat niet in het register "
        "(bedoelde u 'klachtenregeling'?); voeg het toe aan het register of corrigeer de id",
        "evidence/2.1.md:7:21: SWL208 aspect 'brandveiligheid' hoort niet bij norm 2.1; kies "
        "uit: arbo, rie, bhv",
        "evidence/2.1.md:9:11: SWL205 het bestand 'documenten/rie.pdf' bestaat niet in de "
        "repository; controleer de naam (hoofdletters tellen mee) of voeg het bestand toe",
        "evidence/2.1.md:11:11: SWL206 het pad '../geheim.txt' ligt buiten de repository; "
        "gebruik een pad binnen de repository, relatief ten opzichte van de hoofdmap, of een url",
        "evidence/2.1.md:13:11: SWL206 het pad '/etc/passwd' ligt buiten de repository; "
        "gebruik een pad binnen de repository, relatief ten opzichte van de hoofdmap, of een url",
        "evidence/2.1.md:14:17: SWL207 verbeteractie 'VA-9' staat niet in "
        "improvement-plan.yaml (bedoelde u 'VA-1'?); voeg haar toe of corrigeer de id",
        "improvement-plan.yaml:4:20: SWL201 onbekende norm '9.9' in normenset klein; gebruik een "
        "normnummer uit de normenset (swlabel norms toont ze allemaal)",
        "register.yaml:2:9: SWL210 document 'klachtenregeling' wordt bij geen enkele norm als "
        "bewijs gebruikt; verwijs ernaar vanuit een bewijsbestand of haal het uit het register",
    ]


def test_symlink_out_of_the_repository_is_reported_not_followed(
    small_repo: Repo, run: Run, tmp_path: Path
) -> None:
    outside = tmp_path / "geheim.txt"
    outside.write_text("geheim", encoding="utf-8")
    extra = "evidence:\n  - title: Link\n    path: documenten/link.txt\n"
    repo = small_repo({"evidence/1.1.md": evidence("1.1", extra=extra)})
    (repo / "documenten").mkdir()
    try:
        (repo / "documenten" / "link.txt").symlink_to(outside)
    except OSError:
        pytest.skip("symlinks are not available here")
    [line] = meldingen(run("check", repo))
    assert line.startswith("evidence/1.1.md:6:11: SWL206 het pad 'documenten/link.txt' verwijst")


def test_duplicate_register_ids_across_files(small_repo: Repo, run: Run) -> None:
    doc = "documents:\n  - id: beleid\n    title: Beleid\n    url: https://example.org\n"
    repo = small_repo({"register/a.yaml": doc, "register/b.yaml": doc})
    assert meldingen(run("check", repo, "--select", "SWL209")) == [
        "register/b.yaml:2:9: SWL209 de id 'beleid' bestaat al (register/a.yaml:2); kies een "
        "unieke id"
    ]


def test_content_rules(small_repo: Repo, run: Run) -> None:
    repo = small_repo(
        {
            "evidence/1.1.md": evidence("1.1", status="compliant"),
            "evidence/1.10.md": evidence("1.10", status="not_applicable"),
        }
    )
    assert meldingen(run("check", repo)) == [
        "evidence/1.1.md:3:9: SWL301 norm 1.1 staat op voldoet maar heeft geen bewijs; voeg "
        "onder 'evidence' (bewijs) minstens één document toe of pas de status aan",
        "evidence/1.1.md:3:9: SWL305 norm 1.1 is beoordeeld maar de toelichting is leeg; "
        "beschrijf onder de afsluitende '---' hoe u aan de norm voldoet",
        "evidence/1.10.md:3:9: SWL302 norm 1.10 staat op niet van toepassing zonder reden; vul "
        "'not_applicable_reason' (reden niet van toepassing) in",
    ]


def test_evidence_item_needs_reference_or_inline(small_repo: Repo, run: Run) -> None:
    extra = (
        "evidence:\n"
        "  - document: beleid\n"
        "    title: Beleid\n"
        "  - kind: notulen\n"
        "  - title: Beide\n"
        "    path: a.pdf\n"
        "    url: https://example.org\n"
    )
    result = run("check", small_repo({"evidence/1.1.md": evidence("1.1", extra=extra)}))
    assert [line.split(" SWL103 ")[0] for line in meldingen(result)] == [
        "evidence/1.1.md:5:5:",
        "evidence/1.1.md:7:5:",
        "evidence/1.1.md:8:5:",
    ]
    assert "gebruik óf 'document'" in meldingen(result)[0]
    assert "(ook ingevuld: title)" in meldingen(result)[0]


def test_english_meldingen(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.1.md": evidence("1.1", status="compliant")})
    result = run("check", repo, "--lang", "en", "--select", "SWL301")
    assert meldingen(result) == [
        "evidence/1.1.md:3:9: SWL301 norm 1.1 is marked compliant but has no evidence; add at "
        "least one document under 'evidence' or change the status"
    ]
    assert result.lines[-1] == "1 error, 0 warnings."


def test_language_from_environment_and_config(
    small_repo: Repo, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = small_repo()
    config = (repo / "swlabel.yaml").read_text(encoding="utf-8") + "language: en\n"
    (repo / "swlabel.yaml").write_text(config, encoding="utf-8")
    assert run("check", repo).lines[-1] == "No findings."
    monkeypatch.setenv("SWLABEL_LANG", "nl")
    assert run("check", repo).lines[-1] == "Geen meldingen."
    assert run("check", repo, "--lang", "en").lines[-1] == "No findings."


def test_broken_config_is_a_usage_error_with_its_line(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"swlabel.yaml": "format_version: 1\norganisation: X\nnorms: [a\n"})
    result = run("check", repo)
    assert result.code == 2
    assert result.err.splitlines()[0].startswith(
        "swlabel.yaml:3:8: SWL101 ongeldige YAML: een waarde die met [ begint"
    )
    assert result.err.splitlines()[-1] == (
        "swlabel: swlabel.yaml is ongeldig; herstel de meldingen hierboven"
    )


def test_unknown_normset_is_a_usage_error(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"swlabel.yaml": "format_version: 1\norganisation: X\nnorms: onbekend\n"})
    result = run("check", repo)
    assert result.code == 2
    assert (
        "onbekende normenset 'onbekend'; meegeleverd zijn: kwaliteitslabel-sociaal-werk-2019"
        in result.err
    )


def test_no_repository_here(run: Run, tmp_path: Path) -> None:
    result = run("check", tmp_path)
    assert result.code == 2
    assert "geen swlabel.yaml gevonden in" in result.err
    assert "swlabel init" in result.err


def test_check_finds_the_repository_from_a_subfolder(small_repo: Repo, run: Run) -> None:
    repo = small_repo()
    assert run("check", repo / "evidence").code == 0


def test_meldingen_are_sorted_naturally(small_repo: Repo, run: Run) -> None:
    repo = small_repo(
        {
            "evidence/1.10.md": evidence("1.10", status="compliant"),
            "evidence/1.1.md": evidence("1.1", status="compliant"),
            "evidence/2.1.md": evidence("2.1", status="compliant"),
        }
    )
    assert [line.split(":")[0] for line in meldingen(run("check", repo, "--select", "SWL301"))] == [
        "evidence/1.1.md",
        "evidence/1.10.md",
        "evidence/2.1.md",
    ]
