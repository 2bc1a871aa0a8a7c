"""Nothing swlabel writes makes the repository dirty (#15): the scaffolded .gitignore keeps
its outputs out of git, and the report's "uncommitted changes" concern only the dossier's own
files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import Result, run_git
from swlabel.load.dossier import load_repository
from swlabel.load.gitinfo import dossier_paths, git_state

Run = Callable[..., Result]


def test_outputs_of_a_fresh_dossier_leave_git_status_clean(run: Run, tmp_path: Path) -> None:
    repo = tmp_path / "demo"
    assert run("init", repo, "--organisation", "Stichting X", "--no-git").code == 0
    run_git(repo, "init", "-q")
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-qm", "dossier")
    for args in (
        ("report", repo, "--format", "html", "--output", repo / "dossier.html"),
        ("report", repo, "--format", "md", "--output", repo / "dossier.md"),
        ("report", repo, "--format", "csv", "--output", repo / "dossier.csv"),
        ("calendar", repo, "--output", repo / "deadlines.ics"),
        ("calendar", repo, "--output", repo / "termijnen-hr.ics"),
        ("check", repo, "--format", "junit", "--output", repo / "swlabel-junit.xml"),
        ("schema", "--output", repo / "schemas"),
    ):
        assert run(*args).code in (0, 1), args
    assert run_git(repo, "status", "--porcelain", "--untracked-files=all") == ""


def test_uncommitted_changes_are_those_of_the_dossiers_files(run: Run, tmp_path: Path) -> None:
    repo = tmp_path / "demo"
    assert run("init", repo, "--organisation", "Stichting X").code == 0
    (repo / "documenten").mkdir()
    (repo / "documenten" / "beleid.pdf").write_bytes(b"%PDF")
    (repo / "register.yaml").write_text(
        "documents:\n  - id: beleid\n    title: Beleid\n    path: documenten/beleid.pdf\n",
        encoding="utf-8",
    )
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-qm", "dossier")
    dossier = load_repository(repo)
    paths = dossier_paths(dossier)
    assert {"swlabel.yaml", "register.yaml", "evidence/1.1.md", "documenten/beleid.pdf"} <= set(
        paths
    )
    assert git_state(repo, paths).dirty is False
    # A file of one's own beside the dossier, or an output, is no change to the dossier …
    (repo / "aantekeningen.txt").write_text("bellen met de OR\n", encoding="utf-8")
    (repo / "dossier-concept.html").write_text("<p>concept</p>\n", encoding="utf-8")
    assert git_state(repo, paths).dirty is False
    assert git_state(repo).dirty is True  # (the whole folder is)
    cover = "`, geen onvastgelegde wijzigingen |"
    assert cover in run("report", repo, "-f", "md", "-o", "-").out
    # … a changed evidence file or cited document is.
    (repo / "documenten" / "beleid.pdf").write_bytes(b"%PDF-1.7")
    assert git_state(repo, paths).dirty is True
    assert (
        "met wijzigingen die nog niet zijn vastgelegd"
        in run("report", repo, "-f", "md", "-o", "-").out
    )
