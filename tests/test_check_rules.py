"""The content, freshness and privacy rules, each failing and passing, at exact lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import CONFIG, Finding, Result, evidence, findings, meldingen
from swlabel.checks.freshness import months_before
from swlabel.doors.bsn import passes_elfproef as passes

Repo = Callable[..., Path]
Run = Callable[..., Result]

NARRATIVE = "Zo doen wij het.\n"
ITEM = "evidence:\n  - title: Profiel\n    url: https://example.org\n"


def check(run: Run, repo: Path, *codes: str, as_of: str = "2026-11-01") -> list[Finding]:
    """The meldingen of CODES (or code prefixes) as data: place, code and subject."""
    args = ["check", repo, "--as-of", as_of, "--format", "json"]
    for code in codes:
        args += ["--select", code]
    return findings(run(*args))


def test_status_contradicting_the_scope(small_repo: Repo, run: Run) -> None:
    config = CONFIG.replace("business_critical_interns: yes", "business_critical_interns: no")
    repo = small_repo(
        {
            "swlabel.yaml": config,
            "evidence/2.1.md": evidence("2.1", "non_compliant", body=NARRATIVE),
        }
    )
    assert check(run, repo, "SWL303") == [("evidence/2.1.md", 3, 9, "SWL303", "2.1")]
    reason = "not_applicable_reason: Geen stagiaires.\n"
    (repo / "evidence" / "2.1.md").write_text(evidence("2.1", "not_applicable", reason), "utf-8")
    assert check(run, repo, "SWL303") == []
    (repo / "swlabel.yaml").write_text(CONFIG, "utf-8")
    # The other way round: not applicable, though the scope says it applies.
    assert check(run, repo, "SWL303") == [("evidence/2.1.md", 3, 9, "SWL303", "2.1")]


def test_aspect_of_a_compliant_norm_without_evidence(small_repo: Repo, run: Run) -> None:
    extra = "evidence:\n  - title: RI&E\n    url: https://example.org\n    aspects: [rie, arbo]\n"
    repo = small_repo({"evidence/2.1.md": evidence("2.1", "compliant", extra, NARRATIVE)})
    assert check(run, repo, "SWL304") == [("evidence/2.1.md", 4, 1, "SWL304", "bhv")]
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
        ("evidence/1.1.md", 3, 9, "SWL305", "1.1"),
        ("evidence/1.10.yaml", 2, 9, "SWL305", "1.10"),
    ]


def test_assessment_after_the_reference_date(small_repo: Repo, run: Run) -> None:
    extra = "assessed_on: 2026-11-02\n"
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "not_assessed", extra)})
    assert check(run, repo, "SWL306") == [("evidence/1.1.md", 4, 14, "SWL306", "1.1")]
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
        ("evidence/2.1.md", 4, 14, "SWL404", "2.1"),
        ("evidence/2.1.md", 12, 18, "SWL405", "Arbobeleid"),
        ("evidence/2.1.md", 16, 18, "SWL401", "Oud"),
        ("improvement-plan.yaml", 4, 10, "SWL403", "VA-1"),
        ("improvement-plan.yaml", 8, 10, "SWL406", "VA-2"),
        ("register.yaml", 5, 18, "SWL402", "rie"),
        ("register.yaml", 6, 18, "SWL401", "rie"),
        ("register.yaml", 10, 18, "SWL406", "bhv"),
        ("register.yaml", 11, 18, "SWL405", "bhv"),
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
        ("register.yaml", 7, 9, "SWL210", "bhv")
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
    # Not the .git folder, and each file at the number's place (the advice to clean the
    # history is in the case folder bsn-in-a-document).
    assert check(run, repo, "SWL501") == [
        ("documenten/lijst.csv", 2, 5, "SWL501", "documenten/lijst.csv"),
        ("evidence/1.1.md", 5, 17, "SWL501", "evidence/1.1.md"),
    ]


def test_a_list_of_bsns_gives_twenty_meldingen_and_one_for_the_rest(
    small_repo: Repo, run: Run
) -> None:
    # A client list of 1,000 BSNs: the first twenty each at their place, then one melding at
    # the 21st that says how many more there are and up to which line.
    numbers = [f"{n:08d}" for n in range(10_000_000, 10_100_000) if passes("0" + f"{n:08d}")]
    rows = "".join(f"Client {k};{number}\n" for k, number in enumerate(numbers[:1_000]))
    repo = small_repo({"documenten/clienten.csv": "naam;bsn\n" + rows})
    found = check(run, repo, "SWL501")
    assert found == [
        (
            "documenten/clienten.csv",
            line,
            9 + len(str(line - 2)),
            "SWL501",
            "documenten/clienten.csv",
        )
        for line in range(2, 23)
    ]
    text = run("check", repo, "--as-of", "2026-11-01", "--select", "SWL501")
    assert text.code == 1
    lines = meldingen(text)
    assert len(lines) == 21
    assert "nog 980" not in lines[0]
    assert lines[20].startswith("documenten/clienten.csv:22:")
    assert "tot en met regel 1001, staan nog 980 burgerservicenummers" in lines[20]
    assert "swlabel noemt er per bestand 20 apart" in lines[20]
    english = run("check", repo, "--as-of", "2026-11-01", "--select", "SWL501", "--lang", "en")
    assert "up to line 1001, are 980 more citizen service numbers" in meldingen(english)[20]


def test_bsn_in_files_saved_in_a_windows_code_page_or_utf16(small_repo: Repo, run: Run) -> None:
    repo = small_repo(
        {
            "documenten/excel.csv": "Naam;BSN\nJosé;123456782\n".encode("cp1252"),
            "documenten/kladblok.txt": "BSN: 111222333\n".encode("utf-16"),
        }
    )
    assert check(run, repo, "SWL501") == [
        ("documenten/excel.csv", 2, 6, "SWL501", "documenten/excel.csv"),
        ("documenten/kladblok.txt", 1, 6, "SWL501", "documenten/kladblok.txt"),
    ]


def test_choices_are_listed_in_the_users_language(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.1.md": evidence("1.1", status="klaar")})
    assert check(run, repo, "SWL103") == [("evidence/1.1.md", 3, 9, "SWL103", "status")]
    # What this test is about: the sentence's list of choices, in Dutch.
    [line] = meldingen(run("check", repo, "--as-of", "2026-11-01", "--select", "SWL103"))
    assert line.endswith(
        "'not_applicable' (niet van toepassing) of 'not_assessed' (nog niet beoordeeld)"
    )
