"""``swlabel diff``: what changed in the dossier between two revisions in git."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, run_git
from swlabel.commands.diff import diff
from swlabel.domain.revisions import WorkTree, locate
from swlabel.errors import UsageError
from swlabel.i18n import Translator, render

AS_OF = dt.date(2026, 11, 1)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


NEW_ACTION = """
  - id: VA-2026-99
    title: "Evaluatie inhuur derden vastleggen"
    norms: ["3.14"]
    due: 2027-03-01
    status: open
"""


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    """A git repository with the example dossier in a subfolder: tagged, then changed."""
    repo = tmp_path / "repo"
    folder = repo / "kwaliteit"
    shutil.copytree(EXAMPLE, folder)
    # Valid on the day of the tag (2026-10-01), expired on AS_OF.
    edit(
        folder / "register" / "hr.yaml",
        "    date: 2026-09-01\n",
        "    date: 2026-09-01\n    valid_until: 2026-10-15\n",
    )
    edit(folder / "evidence" / "3.14.md", "status: compliant", "status: partially_compliant")
    run_git(repo, "init", "-q")
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-q", "-m", "toetsing", date="2026-10-01T12:00:00")
    run_git(repo, "tag", "toetsing-2025")
    edit(folder / "evidence" / "3.14.md", "status: partially_compliant", "status: compliant")
    edit(folder / "evidence" / "1.1.md", "  - document: gesprekscyclus\n", "")
    edit(
        folder / "evidence" / "1.1.md",
        "  - document: functiehuis\n",
        "  - document: functiehuis\n  - title: Registratieoverzicht oktober 2026\n"
        "    path: documenten/overzicht-registraties.md\n    date: 2026-10-20\n",
    )
    plan = folder / "improvement-plan.yaml"
    edit(plan, "due: 2026-12-31\n    status: in_progress", "due: 2026-12-31\n    status: done")
    plan.write_text(plan.read_text(encoding="utf-8") + NEW_ACTION, encoding="utf-8")
    run_git(repo, "commit", "-q", "-a", "-m", "na de toetsing")
    return folder


def run_diff(folder: Path, *refs: str, lang: str | None = None) -> list[str]:
    out = io.StringIO()
    assert diff(*refs, directory=folder, out=out, as_of=AS_OF, language=lang) == 0
    return out.getvalue().splitlines()


EVIDENCE_AND_ACTIONS = [
    "",
    "Bewijs",
    "  1.1 verwijderd: gesprekscyclus",
    "  1.1 toegevoegd: Registratieoverzicht oktober 2026",
    "  1.1 verlopen: overzicht-registraties (geldig tot 2026-10-15)",
    "  1.7 verlopen: overzicht-registraties (geldig tot 2026-10-15)",
    "  1.12 verlopen: overzicht-registraties (geldig tot 2026-10-15)",
    "",
    "Verbeteracties",
    "  nieuw: VA-2026-99 Evaluatie inhuur derden vastleggen (open)",
    "  afgesloten: VA-2026-01 Portfolio's van geregistreerde professionals actueel en "
    "aantoonbaar (afgerond)",
    "",
]
EXPLAINED = (
    "Peildatum oud 2026-10-01, nieuw 2026-11-01; dekking: normen onderbouwd met geldig bewijs."
)


def test_diff_between_two_commits(dossier: Path) -> None:
    assert run_diff(dossier, "toetsing-2025", "HEAD") == [
        "Stichting Welzijn Dalwijk: toetsing-2025 (2026-10-01) → HEAD (2026-10-20)",
        "",
        "Status van normen",
        "  3.14: voldoet deels → voldoet",
        *EVIDENCE_AND_ACTIONS,
        "Dekking: 85% → 87%",
        "  1 Vakmanschap: 80% → 80%",
        "  2 Dienstverlening: 100% → 100%",
        "  3 Organisatie en bestuur: 82% → 86%",
        EXPLAINED,
    ]


def test_diff_with_the_working_tree(dossier: Path) -> None:
    edit(dossier / "evidence" / "1.2.md", "status: compliant", "status: non_compliant")
    assert run_diff(dossier, "toetsing-2025") == [
        "Stichting Welzijn Dalwijk: toetsing-2025 (2026-10-01) → werkmap",
        "",
        "Status van normen",
        "  1.2: voldoet → voldoet niet",
        "  3.14: voldoet deels → voldoet",
        *EVIDENCE_AND_ACTIONS,
        "Dekking: 85% → 85%",
        "  1 Vakmanschap: 80% → 73%",
        "  2 Dienstverlening: 100% → 100%",
        "  3 Organisatie en bestuur: 82% → 86%",
        EXPLAINED,
    ]


def test_nothing_changed_in_english(dossier: Path) -> None:
    lines = run_diff(dossier, "HEAD", lang="en")
    assert lines[2] == "No changes in norms, evidence or improvement actions."
    assert lines[4] == "Coverage: 87% → 87%"


def test_unknown_ref_is_a_usage_error(dossier: Path) -> None:
    for ref in ("toetsing-2042", "--output=x"):
        with pytest.raises(UsageError) as raised:
            run_diff(dossier, ref)
        assert f"'{ref}'" in render(raised.value.message, Translator("nl"))


def test_outside_git_is_a_usage_error(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    shutil.copytree(EXAMPLE, folder)
    (tmp_path / ".git").mkdir()  # not a repository: stops git looking further up
    with pytest.raises(UsageError) as raised:
        run_diff(folder, "HEAD")
    assert "swlabel diff vergelijkt versies in git" in render(raised.value.message, Translator())


@pytest.mark.parametrize("folder", ["", "sub/dossier"])
def test_the_work_tree_and_the_dossier_s_place_in_it(tmp_path: Path, folder: str) -> None:
    run_git(tmp_path, "init", "-q")
    (tmp_path / folder).mkdir(parents=True, exist_ok=True)
    work = locate(tmp_path / folder)
    assert work == WorkTree(tmp_path.resolve(), f"{folder}/" if folder else "")


def test_working_tree_untouched(dossier: Path) -> None:
    (dossier / "evidence" / "1.2.md").write_text("---\nnorm: kapot\n", encoding="utf-8")
    before = run_git(dossier, "status", "--porcelain", "--ignored", "--untracked-files=all")
    run_diff(dossier, "toetsing-2025")
    run_diff(dossier, "toetsing-2025", "HEAD")
    assert run_git(dossier, "status", "--porcelain", "--ignored", "--untracked-files=all") == before


def test_one_cat_file_per_revision(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    real = subprocess.Popen

    def counting(args: list[str], *rest: Any, **options: Any) -> Any:
        calls.append(list(args))
        return real(args, *rest, **options)

    monkeypatch.setattr(subprocess, "Popen", counting)

    def cat_files() -> int:
        count = sum("cat-file" in args for args in calls)
        calls.clear()
        return count

    run_diff(dossier, "toetsing-2025")
    assert cat_files() == 1
    run_diff(dossier, "toetsing-2025", "HEAD")
    assert cat_files() == 2
