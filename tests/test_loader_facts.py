"""The loader records what it set aside as facts; checks/references.py makes the meldingen (#14).

An evidence file whose name is no norm, a second file of one norm, an id that was taken and a
file that leads out of the repository are left out while loading. The SWL2xx meldingen about
them are made by the references check, at the same place and in the same words as before."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLE, Result, findings, meldingen
from swlabel.load.dossier import DuplicateFile, load_repository

Run = Callable[..., Result]
DUPLICATE_ACTION = """
  - id: VA-2026-01
    title: "Nog een keer"
    norms: ["1.12"]
    source: zelfevaluatie
    status: open
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = Path(shutil.copytree(EXAMPLE, tmp_path / "dossier"))
    evidence = root / "evidence"
    text = (evidence / "1.1.md").read_text(encoding="utf-8")
    (evidence / "9.9.md").write_text(text.replace('norm: "1.1"', 'norm: "9.9"'), "utf-8")
    (evidence / "1.2.yaml").write_text("norm: '1.2'\nstatus: not_assessed\n", "utf-8")
    plan = root / "improvement-plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + DUPLICATE_ACTION, encoding="utf-8")
    outside = tmp_path / "elders.yaml"
    outside.write_text("documents: []\n", encoding="utf-8")
    (root / "register" / "elders.yaml").symlink_to(outside)
    return root


def test_the_loader_sets_aside_facts_not_meldingen(repo: Path) -> None:
    dossier = load_repository(repo)
    assert [p.code for p in dossier.problems if p.code.startswith("SWL2")] == []
    assert dossier.foreign_files == {"evidence/9.9.md": "9.9"}
    assert dossier.duplicate_files == [DuplicateFile("evidence/1.2.yaml", "1.2", "evidence/1.2.md")]
    [duplicate] = dossier.duplicate_ids
    assert duplicate.id == "VA-2026-01"
    assert duplicate.first.value.title != duplicate.entry.value.title == "Nog een keer"
    assert dossier.refused == {"register/elders.yaml": "link_outside"}


def test_references_makes_the_meldingen_of_what_was_set_aside(run: Run, repo: Path) -> None:
    selected = "SWL201,SWL202,SWL206,SWL209"
    found = findings(
        run("check", repo, "--as-of", "2026-11-01", "--select", selected, "-f", "json")
    )
    assert found == [
        ("evidence/1.2.yaml", 1, 1, "SWL202", "1.2"),
        ("evidence/9.9.md", 1, 1, "SWL201", "9.9"),
        ("improvement-plan.yaml", 88, 9, "SWL209", "VA-2026-01"),
        ("register/elders.yaml", 1, 1, "SWL206", "register/elders.yaml"),
    ]


def test_a_file_led_out_of_the_repository_is_not_also_unscanned(run: Run, repo: Path) -> None:
    # SWL206 says the file was not read; the BSN scan's SWL502 does not say it again.
    found = meldingen(run("check", repo, "--as-of", "2026-11-01", "--select", "SWL206,SWL502"))
    assert [line.split(" ")[:2] for line in found] == [["register/elders.yaml:1:1:", "SWL206"]]
