"""Field names for readers (#15): what a reader of the dossier sees uses the Dutch labels, not
the YAML's keys and values; a melding names the key as the user types it, with its label."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLE, Result, evidence, meldingen

Repo = Callable[..., Path]
Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("language", "nobody"), [("nl", "Nog niemand genoemd"), ("en", "Nobody named yet")]
)
def test_the_interview_plan_names_no_key(run: Run, language: str, nobody: str) -> None:
    for fmt in ("md", "html"):
        result = run(
            "report", EXAMPLE, "-f", fmt, "-o", "-", "--as-of", "2026-11-01", "--lang", language
        )
        assert nobody in result.out
        assert "'interviewees'" not in result.out


def test_the_csv_shows_the_status_as_a_reader_says_it(run: Run) -> None:
    result = run("report", EXAMPLE, "-f", "csv", "-o", "-", "--as-of", "2026-11-01")
    rows = list(csv.reader(io.StringIO(result.out.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:3] == ["norm", "rubriek", "oordeel"]
    values = {"compliant", "partially_compliant", "non_compliant", "not_assessed"}
    assert not values & {cell for row in rows for cell in row}
    english = run(
        "report", EXAMPLE, "-f", "csv", "-o", "-", "--as-of", "2026-11-01", "--lang", "en"
    )
    assert "partially compliant" in english.out and "partially_compliant" not in english.out


def test_a_melding_names_the_key_with_its_label_in_dutch(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "not_applicable", "", "Tekst.\n")})
    [dutch] = [m for m in meldingen(run("check", repo)) if " SWL302 " in m]
    assert dutch.endswith("vul 'not_applicable_reason' (reden niet van toepassing) in")
    [english] = [m for m in meldingen(run("check", repo, "--lang", "en")) if " SWL302 " in m]
    assert english.endswith("fill in 'not_applicable_reason'")
