"""Review of the BSN scan round of #12 class 9 (SWL501's meldingen per file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import Result, findings, meldingen
from swlabel.doors.bsn import passes_elfproef as passes

Repo = Callable[..., Path]
Run = Callable[..., Result]


def _clients(count: int) -> str:
    numbers = [f"{n:08d}" for n in range(10_000_000, 10_001_000) if passes("0" + f"{n:08d}")]
    return "naam;bsn\n" + "".join(f"Client {k};{numbers[k]}\n" for k in range(count))


def test_a_file_with_one_bsn_more_than_twenty_gives_it_a_melding_of_its_own(
    small_repo: Repo, run: Run
) -> None:
    # The melding for the rest would stand for one number ('staan nog 1 burgerservicenummers',
    # 'are 1 more citizen service numbers'): the 21st number gets the melding every other
    # number has, at its place, and no melding speaks of the rest.
    repo = small_repo({"documenten/clienten.csv": _clients(21)})
    found = findings(
        run("check", repo, "--as-of", "2026-11-01", "--format", "json", "--select", "SWL501")
    )
    assert [(finding.line, finding.column) for finding in found] == [
        (line, 9 + len(str(line - 2))) for line in range(2, 23)
    ]
    for lang in ("nl", "en"):
        text = run("check", repo, "--as-of", "2026-11-01", "--select", "SWL501", "--lang", lang)
        lines = meldingen(text)
        assert len(lines) == 21
        assert lines[20].startswith("documenten/clienten.csv:22:")
        assert lines[20].split(" SWL501 ")[1] == lines[0].split(" SWL501 ")[1]
        assert not any("nog 1 " in line or "1 more" in line for line in lines)


def test_a_file_with_two_bsns_more_than_twenty_has_one_melding_for_both(
    small_repo: Repo, run: Run
) -> None:
    repo = small_repo({"documenten/clienten.csv": _clients(22)})
    lines = meldingen(run("check", repo, "--as-of", "2026-11-01", "--select", "SWL501"))
    assert len(lines) == 21
    assert lines[20].startswith("documenten/clienten.csv:22:")
    assert "tot en met regel 23, staan nog 2 burgerservicenummers" in lines[20]
