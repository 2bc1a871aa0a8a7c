"""The checks users expect (#15): a url without its scheme (SWL212), the same document twice for
one norm (SWL213), valid_until before date (SWL309), "voldoet deels" or "voldoet niet" without
a verbeteractie (SWL310), and a text file the BSN scan could not read (SWL502); each at its
line and column, in Dutch and in English."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result, evidence, meldingen
from swlabel.domain import privacy
from swlabel.doors import paths

Repo = Callable[..., Path]
Run = Callable[..., Result]

AS_OF = ("--as-of", "2026-11-01")

REGISTER = """\
documents:
  - id: beleid
    title: Beleid
    url: www.gemeente.example/beleid
    date: 2026-01-10
    valid_until: 2025-01-10
  - id: notulen
    title: Notulen
    path: notulen.md
    date: 2026-02-01
"""

FILES = {
    "register.yaml": REGISTER,
    "notulen.md": "# Notulen\n",
    "evidence/1.1.md": evidence(
        "1.1",
        "partially_compliant",
        "evidence:\n"
        "  - document: notulen\n"
        "  - title: Notulen OR\n"
        "    path: ./notulen.md\n"
        "  - title: Website\n"
        "    url: http://www.gemeente.example\n"
        "    date: 2026-03-01\n"
        "    valid_until: 2026-02-28\n",
        "Deels.\n",
    ),
    "evidence/1.10.md": evidence("1.10", "non_compliant", "actions: [VA-1]\n", "Niet.\n"),
    "evidence/2.1.md": evidence("2.1", "non_compliant", "", "Niet.\n"),
    "improvement-plan.yaml": "actions:\n  - id: VA-1\n    title: Beter\n    norms: ['2.1']\n",
}

CODES = (" SWL212 ", " SWL213 ", " SWL309 ", " SWL310 ", " SWL502 ")


def _expected(run: Run, repo: Path, language: str) -> list[str]:
    result = run("check", repo, *AS_OF, "--lang", language)
    return [line for line in meldingen(result) if any(code in line for code in CODES)]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            [
                "evidence/1.1.md:3:9: SWL310 norm 1.1 is beoordeeld als 'voldoet deels' maar "
                "heeft geen verbeteractie; voeg er een toe (swlabel add action --norm 1.1)",
                "evidence/1.1.md:6:5: SWL213 norm 1.1: bewijsstuk 2 is hetzelfde document als "
                "bewijsstuk 1 (./notulen.md); laat er één staan en zet de aspecten van beide "
                "daarbij",
                "evidence/1.1.md:11:18: SWL309 Website: geldig tot (valid_until) 2026-02-28 ligt "
                "vóór de datum (date) 2026-03-01; is een jaartal verkeerd getypt, of zijn de "
                "datums verwisseld?",
                "register.yaml:4:10: SWL212 url 'www.gemeente.example/beleid' mist het begin "
                "(https://), zodat de link in het dossier niet opent; schrijf "
                "https://www.gemeente.example/beleid",
                "register.yaml:6:18: SWL309 beleid: geldig tot (valid_until) 2025-01-10 ligt "
                "vóór de datum (date) 2026-01-10; is een jaartal verkeerd getypt, of zijn de "
                "datums verwisseld?",
            ],
        ),
        (
            "en",
            [
                "evidence/1.1.md:3:9: SWL310 norm 1.1 is judged 'partially compliant' but has no "
                "improvement action; add one (swlabel add action --norm 1.1)",
                "evidence/1.1.md:6:5: SWL213 norm 1.1: evidence item 2 is the same document as "
                "item 1 (./notulen.md); keep one and give it the aspects of both",
                "evidence/1.1.md:11:18: SWL309 Website: valid until (valid_until) 2026-02-28 is "
                "before the date (date) 2026-03-01; was a year mistyped, or were the dates "
                "swapped?",
                "register.yaml:4:10: SWL212 url 'www.gemeente.example/beleid' lacks its "
                "beginning (https://), so the link in the dossier does not open; write "
                "https://www.gemeente.example/beleid",
                "register.yaml:6:18: SWL309 beleid: valid until (valid_until) 2025-01-10 is "
                "before the date (date) 2026-01-10; was a year mistyped, or were the dates "
                "swapped?",
            ],
        ),
    ],
)
def test_the_checks_users_expect(
    small_repo: Repo, run: Run, language: str, expected: list[str]
) -> None:
    assert _expected(run, small_repo(FILES), language) == expected


def test_an_action_in_the_plan_or_the_file_answers_a_judgement_a_cancelled_one_does_not(
    small_repo: Repo, run: Run
) -> None:
    plan = "actions:\n  - id: VA-1\n    title: Beter\n    norms: ['1.1']\n    status: cancelled\n"
    repo = small_repo(
        {
            "evidence/1.1.md": evidence("1.1", "non_compliant", "", "Niet.\n"),
            "evidence/1.10.md": evidence("1.10", "partially_compliant", "actions: [VA-1]\n", "D\n"),
            "improvement-plan.yaml": plan,
        }
    )
    found = [line.split(" ", 2)[:2] for line in _expected(run, repo, "nl")]
    assert found == [["evidence/1.1.md:3:9:", "SWL310"]]


def test_a_text_file_too_large_to_scan_is_a_warning(
    small_repo: Repo, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(privacy, "MAX_SCAN_BYTES", 1024 * 1024)
    repo = small_repo({"documenten/export.csv": "a;b\n" + "1;2\n" * 300_000})
    assert _expected(run, repo, "nl") == [
        "documenten/export.csv:1:1: SWL502 dit tekstbestand (1.1 MiB) is groter dan 1 MiB en "
        "is niet op BSN's doorzocht; kijk het zelf na, of vat het samen"
    ]
    assert _expected(run, repo, "en") == [
        "documenten/export.csv:1:1: SWL502 this text file (1.1 MiB) is larger than 1 MiB and "
        "was not searched for BSNs; check it yourself, or summarise it"
    ]


def test_an_unreadable_text_file_is_a_warning(
    small_repo: Repo, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = small_repo({"documenten/lijst.txt": "x\n"})
    read = paths.read_bytes

    def refuse(root: Path, relpath: str, **kwargs: int) -> bytes:
        if relpath == "documenten/lijst.txt":
            raise PermissionError(13, "Permission denied")
        data: bytes = read(root, relpath, **kwargs)
        return data

    monkeypatch.setattr(paths, "read_bytes", refuse)
    assert _expected(run, repo, "nl") == [
        "documenten/lijst.txt:1:1: SWL502 dit tekstbestand kan niet gelezen worden "
        "(Permission denied) en is niet op BSN's doorzocht; kijk het zelf na"
    ]


def test_a_file_the_loader_refused_is_one_melding_not_two(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"swlabel.yaml": "format_version: 1\norganisation: T\nnorms: normen.yaml\n"
                       "check:\n  max_file_mb: 1\n",
                       "evidence/1.1.md": evidence("1.1", body="x\n" * 600_000)})  # fmt: skip
    result = run("check", repo, *AS_OF)
    codes = [line.split(" ")[1] for line in meldingen(result) if line.startswith("evidence/1.1")]
    assert codes == ["SWL109"]


def test_valid_until_before_its_own_date_is_one_melding_not_also_expired(
    small_repo: Repo, run: Run
) -> None:
    """A mistyped year (valid until 2025-01-10 for a document of 2026-01-10) is SWL309 only:
    which of the two dates is wrong is not known, so neither is whether it expired (SWL401) or
    expires before the toetsing (SWL405). A document that simply expired is still SWL401."""
    register = (
        "documents:\n"
        "  - id: beleid\n    title: Beleid\n    path: notulen.md\n"
        "    date: 2026-01-10\n    valid_until: 2025-01-10\n"
        "  - id: oud\n    title: Oud\n    path: notulen.md\n"
        "    date: 2024-01-10\n    valid_until: 2025-01-10\n"
    )
    items = (
        "evidence:\n  - document: beleid\n  - document: oud\n"
        "  - title: Website\n    url: https://www.gemeente.example\n"
        "    date: 2026-03-01\n    valid_until: 2026-02-28\n"
    )
    repo = small_repo(
        {
            "register.yaml": register,
            "notulen.md": "# Notulen\n",
            "evidence/1.1.md": evidence("1.1", "compliant", items, "Ja.\n"),
        }
    )
    found = meldingen(run("check", repo, *AS_OF, "--select", "SWL309,SWL401,SWL405"))
    assert [line.split(" ")[:2] for line in found] == [
        ["evidence/1.1.md:10:18:", "SWL309"],
        ["register.yaml:6:18:", "SWL309"],
        ["register.yaml:11:18:", "SWL401"],
    ]
