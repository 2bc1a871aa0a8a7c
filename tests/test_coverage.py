"""Coverage: which norms are onderbouwd on a reference date, per rubriek and overall."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from conftest import EXAMPLE, evidence
from swlabel.domain.coverage import compute_coverage
from swlabel.load.dossier import load_repository

Repo = Callable[..., Path]
AS_OF = dt.date(2026, 11, 1)

REGISTER = """\
documents:
  - id: rie
    title: RI&E 2025
    url: https://example.org/rie
    date: 2025-01-01
    valid_until: 2026-10-31
  - id: arbo
    title: Arbobeleid
    url: https://example.org/arbo
    date: 2026-12-01
"""


def coverage_of(repo: Path, as_of: dt.date = AS_OF):  # type: ignore[no-untyped-def]
    return compute_coverage(load_repository(repo), as_of)


def test_empty_dossier_has_zero_coverage_and_every_norm_applicable(small_repo: Repo) -> None:
    coverage = coverage_of(small_repo())
    assert (coverage.total.applicable, coverage.total.supported) == (3, 0)
    assert coverage.total.units == 5  # 1.1 and 1.10 count as one unit each, 2.1 has 3 aspects
    assert coverage.total.percentage == 0.0
    assert coverage.total.statuses["not_assessed"] == 3


def test_compliant_with_valid_evidence_is_supported(small_repo: Repo) -> None:
    extra = "evidence:\n  - title: Profiel\n    url: https://example.org\n"
    coverage = coverage_of(small_repo({"evidence/1.1.md": evidence("1.1", "compliant", extra)}))
    norm = coverage.norm("1.1")
    assert norm is not None
    assert norm.supported
    assert [r.tally.supported for r in coverage.rubrieken] == [1, 0]
    assert round(coverage.total.percentage or 0, 1) == 33.3


def test_a_status_that_does_not_claim_compliance_is_never_supported(small_repo: Repo) -> None:
    extra = "evidence:\n  - title: Profiel\n    url: https://example.org\n"
    for status in ("non_compliant", "not_assessed"):
        repo = small_repo({"evidence/1.1.md": evidence("1.1", status, extra)})
        norm = coverage_of(repo).norm("1.1")
        assert norm is not None
        assert not norm.supported
        assert norm.covered_units == 1


def test_every_aspect_needs_evidence_valid_on_the_reference_date(small_repo: Repo) -> None:
    extra = (
        "evidence:\n"
        "  - document: rie\n    aspects: [rie]\n"
        "  - document: arbo\n    aspects: [arbo]\n"
        "  - title: BHV-plan\n    url: https://example.org/bhv\n    aspects: [bhv]\n"
    )
    repo = small_repo(
        {
            "evidence/2.1.md": evidence("2.1", "partially_compliant", extra),
            "register.yaml": REGISTER,
        }
    )
    on_reference = coverage_of(repo).norm("2.1")
    assert on_reference is not None
    # RI&E expired the day before; the arbo policy is dated after the reference date.
    assert on_reference.uncovered_aspects == ("arbo", "rie")
    assert not on_reference.supported
    later = coverage_of(repo, dt.date(2026, 12, 1)).norm("2.1")
    assert later is not None
    assert later.uncovered_aspects == ("rie",)
    earlier = coverage_of(repo, dt.date(2026, 10, 31)).norm("2.1")
    assert earlier is not None
    assert earlier.uncovered_aspects == ("arbo",)


def test_out_of_scope_and_not_applicable_with_reason_leave_the_denominator(
    small_repo: Repo,
) -> None:
    repo = small_repo(
        {
            "swlabel.yaml": "format_version: 1\norganisation: X\nnorms: normen.yaml\n"
            "scope:\n  business_critical_interns: no\n",
            "evidence/1.10.md": evidence(
                "1.10", "not_applicable", "not_applicable_reason: Wij werken alleen.\n"
            ),
        }
    )
    coverage = coverage_of(repo)
    assert coverage.total.applicable == 1
    norm = coverage.norm("2.1")
    assert norm is not None
    assert (norm.in_scope, norm.applicable) == (False, False)


def test_not_applicable_without_reason_stays_in_the_denominator(small_repo: Repo) -> None:
    repo = small_repo({"evidence/1.10.md": evidence("1.10", "not_applicable")})
    assert coverage_of(repo).total.applicable == 3


def test_example_organisation_figures() -> None:
    coverage = coverage_of(EXAMPLE)
    assert [(r.tally.supported, r.tally.applicable) for r in coverage.rubrieken] == [
        (12, 15),
        (10, 10),
        (19, 22),
    ]
    assert (coverage.total.covered_units, coverage.total.units) == (149, 155)
    assert coverage.total.statuses == {
        "compliant": 38,
        "partially_compliant": 6,
        "non_compliant": 1,
        "not_applicable": 2,
        "not_assessed": 2,
    }


def test_a_documents_validity_is_worked_out_once_for_every_norm_citing_it(
    small_repo: Repo,
) -> None:
    # It rests on the register document alone (#14): one answer, the same for each citation;
    # an item with dates of its own is judged by itself.
    own = "  - title: Eigen verslag\n    url: https://example.org/v\n    date: 2026-12-01\n"
    cites = "evidence:\n  - document: rie\n  - document: arbo\n"
    repo = small_repo(
        {
            "register/docs.yaml": REGISTER,
            "evidence/1.1.md": evidence("1.1", "compliant", cites),
            "evidence/1.10.md": evidence("1.10", "compliant", cites + own),
        }
    )
    norms = {
        norm.norm.id: norm for rubriek in coverage_of(repo).rubrieken for norm in rubriek.norms
    }
    first, second = norms["1.1"].validities, norms["1.10"].validities
    assert [(v.valid, v.reason) for v in second] == [
        (False, "expired"),
        (False, "not_yet"),
        (False, "not_yet"),
    ]
    assert first[0] is second[0] and first[1] is second[1]
