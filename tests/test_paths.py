"""Paths users write: inside the repository only, exact about case, forgiving about Unicode."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result, evidence, findings, meldingen
from swlabel.doors.paths import PathCheck, PathResolver

Repo = Callable[..., Path]
Run = Callable[..., Result]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "documenten" / "notulen").mkdir(parents=True)
    (tmp_path / "documenten" / "Klachtenregeling.pdf").write_bytes(b"%PDF")
    nfd = unicodedata.normalize("NFD", "cliëntenraad.pdf")
    (tmp_path / "documenten" / nfd).write_bytes(b"%PDF")
    return tmp_path


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("documenten/Klachtenregeling.pdf", PathCheck("ok")),
        ("documenten\\Klachtenregeling.pdf", PathCheck("ok")),
        ("./documenten/Klachtenregeling.pdf", PathCheck("ok")),
        ("documenten/klachtenregeling.pdf", PathCheck("case", "documenten/Klachtenregeling.pdf")),
        ("Documenten/KLACHTENREGELING.PDF", PathCheck("case", "documenten/Klachtenregeling.pdf")),
        ("documenten/cliëntenraad.pdf", PathCheck("ok")),  # NFC written, NFD stored
        ("documenten/notulen", PathCheck("folder")),
        ("documenten/ontbreekt.pdf", PathCheck("missing")),
        ("/etc/passwd", PathCheck("outside")),
        ("C:\\Users\\jan\\a.pdf", PathCheck("outside")),
        ("documenten/../../geheim.txt", PathCheck("outside")),
    ],
)
def test_resolver(root: Path, value: str, expected: PathCheck) -> None:
    assert PathResolver(root).check(value) == expected


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_links_out_of_the_repository_and_loops(
    root: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("buiten") / "geheim.txt"
    outside.write_text("geheim", encoding="utf-8")
    (root / "documenten" / "link.txt").symlink_to(outside)
    (root / "documenten" / "lus").symlink_to(root / "documenten" / "lus")
    (root / "documenten" / "binnen.pdf").symlink_to(root / "documenten" / "Klachtenregeling.pdf")
    resolver = PathResolver(root)
    assert resolver.check("documenten/link.txt") == PathCheck("link_outside")
    assert resolver.check("documenten/lus") in (PathCheck("link_outside"), PathCheck("missing"))
    assert resolver.check("documenten/binnen.pdf") == PathCheck("ok")


def test_wrong_case_through_the_cli(small_repo: Repo, run: Run) -> None:
    extra = "evidence:\n  - title: Regeling\n    path: documenten/klachtenregeling.PDF\n"
    repo = small_repo(
        {
            "evidence/1.1.md": evidence("1.1", extra=extra),
            "documenten/Klachtenregeling.pdf": b"%PDF",
        }
    )
    assert findings(run("check", repo, "--select", "SWL205", "--format", "json")) == [
        ("evidence/1.1.md", 6, 11, "SWL205", "documenten/klachtenregeling.PDF")
    ]


@pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")
def test_evidence_files_that_are_links_out_or_nowhere(
    small_repo: Repo, run: Run, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("buiten") / "1.1.md"
    outside.write_text('---\nnorm: "1.1"\nstatus: compliant\nnot_a_field: x\n---\n', "utf-8")
    repo = small_repo()
    (repo / "evidence" / "1.1.md").unlink()
    (repo / "evidence" / "1.1.md").symlink_to(outside)
    (repo / "evidence" / "1.10.md").unlink()
    (repo / "evidence" / "1.10.md").symlink_to(repo / "evidence" / "weg.md")
    lines = meldingen(run("check", repo))
    assert lines[0].startswith("evidence/1.1.md:1:1: SWL206 het pad 'evidence/1.1.md' verwijst")
    assert lines[1].startswith("evidence/1.10.md:1:1: SWL104 het bestand kan niet gelezen worden")
    assert len(lines) == 2  # the outside file was not read: its unknown field is not reported
