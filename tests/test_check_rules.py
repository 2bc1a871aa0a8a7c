"""The content, freshness and privacy rules, each failing and passing, at exact lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import CONFIG, Result, evidence, meldingen
from swlabel.checks.freshness import months_before

Repo = Callable[..., Path]
Run = Callable[..., Result]

NARRATIVE = "Zo doen wij het.\n"
ITEM = "evidence:\n  - title: Profiel\n    url: https://example.org\n"


def check(run: Run, repo: Path, *codes: str, as_of: str = "2026-11-01") -> list[str]:
    args = ["check", repo, "--as-of", as_of]
    for code in codes:
        args += ["--select", code]
    return meldingen(run(*args))


def test_status_contradicting_the_scope(small_repo: Repo, run: Run) -> None:
    config = CONFIG.replace("business_critical_interns: yes", "business_critical_interns: no")
    repo = small_repo(
        {
            "swlabel.yaml": config,
            "evidence/2.1.md": evidence("2.1", "non_compliant", body=NARRATIVE),
        }
    )
    assert check(run, repo, "SWL303") == [
        "evidence/2.1.md:3:9: SWL303 norm 2.1 valt buiten de scope (op 'Stagiaires?' is nee "
        "geantwoord, scope.business_critical_interns) maar staat op voldoet niet; zet de status "
        "op not_applicable of pas de scope aan"
    ]
    reason = "not_applicable_reason: Geen stagiaires.\n"
    (repo / "evidence" / "2.1.md").write_text(evidence("2.1", "not_applicable", reason), "utf-8")
    assert check(run, repo, "SWL303") == []
    (repo / "swlabel.yaml").write_text(CONFIG, "utf-8")
    assert check(run, repo, "SWL303") == [
        "evidence/2.1.md:3:9: SWL303 norm 2.1 staat op niet van toepassing, maar op "
        "'Stagiaires?' is ja geantwoord (scope.business_critical_interns); beoordeel de norm of "
        "pas de scope aan"
    ]


def test_aspect_of_a_compliant_norm_without_evidence(small_repo: Repo, run: Run) -> None:
    extra = "evidence:\n  - title: RI&E\n    url: https://example.org\n    aspects: [rie, arbo]\n"
    repo = small_repo({"evidence/2.1.md": evidence("2.1", "compliant", extra, NARRATIVE)})
    assert check(run, repo, "SWL304") == [
        "evidence/2.1.md:4:1: SWL304 norm 2.1 staat op voldoet, maar geen bewijsstuk noemt aspect "
        "'bhv' (BHV); zet het bij 'aspects' van een bewijsstuk, of zet de status op "
        "partially_compliant"
    ]
    partial = evidence("2.1", "partially_compliant", extra, NARRATIVE)
    (repo / "evidence" / "2.1.md").write_text(partial, "utf-8")
    assert check(run, repo, "SWL304") == []


def test_empty_narrative_only_for_assessed_claims(small_repo: Repo, run: Run) -> None:
    repo = small_repo(
        {
            "evidence/1.1.md": evidence("1.1", "partially_compliant", ITEM),
            "evidence/1.10.yaml": 'norm: "1.10"\nstatus: non_compliant\nnarrative: ""\n',
            "evidence/2.1.md": evidence("2.1", "not_assessed"),
        },
    )
    (repo / "evidence" / "1.10.md").unlink()
    assert check(run, repo, "SWL305") == [
        "evidence/1.1.md:3:9: SWL305 norm 1.1 is beoordeeld maar de toelichting is leeg; beschrijf "
        "onder de afsluitende '---' hoe u aan de norm voldoet",
        "evidence/1.10.yaml:2:9: SWL305 norm 1.10 is beoordeeld maar de toelichting is leeg; "
        "beschrijf onder 'narrative' hoe u aan de norm voldoet",
    ]


def test_assessment_after_the_reference_date(small_repo: Repo, run: Run) -> None:
    extra = "assessed_on: 2026-11-02\n"
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "not_assessed", extra)})
    assert check(run, repo, "SWL306") == [
        "evidence/1.1.md:4:14: SWL306 de beoordeling van norm 1.1 is gedateerd 2026-11-02, na de "
        "peildatum 2026-11-01; controleer de datum"
    ]
    assert check(run, repo, "SWL306", as_of="2026-11-02") == []


REGISTER = """\
documents:
  - id: rie
    title: RI&E
    url: https://example.org/rie
    review_date: 2026-10-01
    valid_until: 2026-10-31
  - id: bhv
    title: BHV-plan
    url: https://example.org/bhv
    review_date: 2027-01-01
    valid_until: 2027-02-01
"""

PLAN = """\
actions:
  - id: VA-1
    title: Te laat
    due: 2026-10-15
    status: in_progress
  - id: VA-2
    title: Vóór de toetsing
    due: 2027-01-15
  - id: VA-3
    title: Klaar
    due: 2026-01-01
    status: done
    done_on: 2025-12-20
"""


@pytest.fixture
def fresh_repo(small_repo: Repo) -> Path:
    extra = (
        "assessed_on: 2025-10-31\n"
        "evidence:\n"
        "  - document: rie\n    aspects: [rie]\n"
        "  - document: bhv\n    aspects: [bhv]\n"
        "  - title: Arbobeleid\n    url: https://example.org/arbo\n"
        "    valid_until: 2026-12-31\n    aspects: [arbo]\n"
        "  - title: Oud\n    url: https://example.org/oud\n    valid_until: 2026-01-01\n"
    )
    config = CONFIG + "next_audit: 2027-03-01\n"
    return small_repo(
        {
            "swlabel.yaml": config,
            "evidence/2.1.md": evidence("2.1", "partially_compliant", extra, NARRATIVE),
            "register.yaml": REGISTER,
            "improvement-plan.yaml": PLAN,
        }
    )


def test_freshness_on_the_reference_date_and_before_the_audit(fresh_repo: Path, run: Run) -> None:
    assert check(run, fresh_repo, "SWL4") == [
        "evidence/2.1.md:4:14: SWL404 norm 2.1 is beoordeeld op 2025-10-31, langer dan 12 maanden "
        "geleden; beoordeel de norm opnieuw en zet de nieuwe datum bij 'assessed_on' "
        "(beoordeeld op)",
        "evidence/2.1.md:12:18: SWL405 bewijsstuk 'Arbobeleid' van norm 2.1 verloopt vóór de "
        "toetsing op 2027-03-01 (geldig tot 2026-12-31); zorg vóór de toetsing voor een nieuwe "
        "versie",
        "evidence/2.1.md:16:18: SWL401 bewijsstuk 'Oud' van norm 2.1 is verlopen op 2026-01-01; "
        "voeg een geldige versie toe of werk 'valid_until' (geldig tot) bij",
        "improvement-plan.yaml:4:10: SWL403 verbeteractie 'VA-1' is over de streefdatum "
        "(2026-10-15) en niet afgerond; rond haar af (status: done en done_on) of kies een nieuwe "
        "streefdatum",
        "improvement-plan.yaml:8:10: SWL406 verbeteractie 'VA-2' moet vóór de toetsing op "
        "2027-03-01 af zijn (streefdatum 2027-01-15); houd de voortgang bij",
        "register.yaml:5:18: SWL402 document 'rie' had op 2026-10-01 opnieuw bekeken moeten "
        "worden; bekijk het en zet een nieuwe 'review_date' (herzien op)",
        "register.yaml:6:18: SWL401 document 'rie' (gebruikt bij norm 2.1) is verlopen op "
        "2026-10-31; voeg een geldige versie toe of werk 'valid_until' (geldig tot) bij",
        "register.yaml:10:18: SWL406 document 'bhv' moet vóór de toetsing op 2027-03-01 opnieuw "
        "bekeken worden ('review_date' (herzien op) is 2027-01-01); plan dat in",
        "register.yaml:11:18: SWL405 document 'bhv' (gebruikt bij norm 2.1) verloopt vóór de "
        "toetsing op 2027-03-01 (geldig tot 2027-02-01); zorg vóór de toetsing voor een nieuwe "
        "versie",
    ]


def test_freshness_passes_when_everything_is_current(fresh_repo: Path, run: Run) -> None:
    # on an earlier reference date nothing has expired yet, and the audit is still far
    assert check(run, fresh_repo, "SWL401", "SWL402", "SWL403", "SWL404", as_of="2025-11-01") == []


def test_unused_register_document_and_old_expired_ones_are_quiet(
    small_repo: Repo, run: Run
) -> None:
    repo = small_repo({"register.yaml": REGISTER})
    # rie expired the day before: kept for the record, no melding at all; bhv is valid but unused
    assert check(run, repo, "SWL210", "SWL401", "SWL402") == [
        "register.yaml:7:9: SWL210 document 'bhv' wordt bij geen enkele norm als bewijs gebruikt; "
        "verwijs ernaar vanuit een bewijsbestand of haal het uit het register"
    ]


def test_max_assessment_age_is_configurable(small_repo: Repo, run: Run) -> None:
    config = CONFIG + "check:\n  max_assessment_age_months: 24\n"
    repo = small_repo(
        {
            "swlabel.yaml": config,
            "evidence/1.1.md": evidence("1.1", extra="assessed_on: 2025-01-01\n"),
        }
    )
    assert check(run, repo, "SWL404") == []
    assert len(check(run, repo, "SWL404", as_of="2027-01-02")) == 1


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 11, 1), 12, dt.date(2025, 11, 1)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2028, 3, 31), 1, dt.date(2028, 2, 29)),
        (dt.date(2026, 1, 15), 1, dt.date(2025, 12, 15)),
    ],
)
def test_months_before(day: dt.date, months: int, expected: dt.date) -> None:
    assert months_before(day, months) == expected


def test_bsn_in_evidence_register_and_text_files(small_repo: Repo, run: Run) -> None:
    body = "De cliënt (BSN: 123456782) is geholpen.\n"
    repo = small_repo(
        {
            "evidence/1.1.md": evidence("1.1", "not_assessed", body=body),
            "documenten/lijst.csv": "naam;bsn\nJan;111222333\n",
            "documenten/notitie.txt": "Factuur 123456782 betaald.\n",
            ".git/verborgen.txt": "BSN 123456782\n",
        }
    )
    found = check(run, repo, "SWL501")
    assert [line.split(" SWL501 ")[0] for line in found] == [
        "documenten/lijst.csv:2:5:",
        "evidence/1.1.md:5:17:",
    ]
    assert "git het in de geschiedenis bewaart" in found[0]
    assert "git filter-repo" in found[0]


def test_bsn_in_files_saved_in_a_windows_code_page_or_utf16(small_repo: Repo, run: Run) -> None:
    repo = small_repo(
        {
            "documenten/excel.csv": "Naam;BSN\nJosé;123456782\n".encode("cp1252"),
            "documenten/kladblok.txt": "BSN: 111222333\n".encode("utf-16"),
        }
    )
    assert [line.split(" ")[0] for line in check(run, repo, "SWL501")] == [
        "documenten/excel.csv:2:6:",
        "documenten/kladblok.txt:1:6:",
    ]


def test_choices_are_listed_in_the_users_language(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.1.md": evidence("1.1", status="klaar")})
    [line] = check(run, repo, "SWL103")
    assert line.endswith("'not_applicable' of 'not_assessed'")
