"""``swlabel history``: coverage at every revision of the dossier in git."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, run_git
from swlabel.commands.history import history
from swlabel.domain.coverage import compute_coverage
from swlabel.domain.history import Point, Skipped, coverage_history, history_chart
from swlabel.errors import UsageError
from swlabel.i18n import Translator, render
from swlabel.load.dossier import load_repository

NOT_ASSESSED = ("1.2", "1.3", "2.1", "2.2", "3.1")


def set_status(folder: Path, norm_id: str, old: str, new: str) -> None:
    path = folder / "evidence" / f"{norm_id}.md"
    text = path.read_text(encoding="utf-8")
    assert text.count(f"status: {old}\n") == 1, norm_id
    path.write_text(text.replace(f"status: {old}\n", f"status: {new}\n", 1), encoding="utf-8")


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    """The example in a subfolder, in three commits that improve it; the last is tagged."""
    repo = tmp_path / "repo"
    folder = repo / "kwaliteit"
    shutil.copytree(EXAMPLE, folder)
    for norm_id in NOT_ASSESSED:
        set_status(folder, norm_id, "compliant", "not_assessed")
    run_git(repo, "init", "-q")
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-q", "-m", "Eerste opzet", date="2026-06-01T12:00:00")
    # Outside the dossier's folder: not a revision of the dossier.
    (repo / "LEESMIJ.txt").write_text("Andere zaken\n", encoding="utf-8")
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-q", "-m", "Iets anders", date="2026-07-01T12:00:00")
    for norm_id in NOT_ASSESSED[:3]:
        set_status(folder, norm_id, "not_assessed", "compliant")
    run_git(
        repo, "commit", "-q", "-a", "-m", "Rubriek 1 en 2.1 beoordeeld", date="2026-09-01T12:00:00"
    )
    for norm_id in NOT_ASSESSED[3:]:
        set_status(folder, norm_id, "not_assessed", "compliant")
    subject = "Alle normen beoordeeld voor de toetsing door het keurmerkinstituut"
    run_git(repo, "commit", "-q", "-a", "-m", subject, date="2026-11-01T12:00:00")
    run_git(repo, "tag", "toetsing-2026")
    return folder


def short(folder: Path, ref: str) -> str:
    return run_git(folder, "rev-parse", "--short", ref).strip()


def rows(points: list[Point]) -> list[tuple[Any, ...]]:
    return [
        (
            point.date.isoformat(),
            point.label,
            round(point.total or 0, 1),
            *(round(value or 0, 1) for _, _, value in point.rubrieken),
        )
        for point in points
    ]


def test_coverage_history_rows(dossier: Path) -> None:
    skipped: list[Skipped] = []
    found = coverage_history(dossier, tags_only=False, skipped=skipped)
    assert skipped == []
    # Onderbouwd of 47 applicable norms, and of 15, 10 and 22 per rubriek. Besides the statuses,
    # evidence dated after a commit does not count for it yet.
    assert rows(found) == [
        ("2026-06-01", short(dossier, "HEAD~3"), 59.6, 53.3, 50.0, 68.2),  # 28; 8, 5, 15
        ("2026-09-01", short(dossier, "HEAD~1"), 70.2, 66.7, 60.0, 77.3),  # 33; 10, 6, 17
        ("2026-11-01", "toetsing-2026", 87.2, 80.0, 100.0, 86.4),  # 41; 12, 10, 19
    ]
    assert [point.subject for point in found][:2] == ["Eerste opzet", "Rubriek 1 en 2.1 beoordeeld"]
    assert [rubriek_id for rubriek_id, _, _ in found[0].rubrieken] == ["1", "2", "3"]


def test_each_revision_is_judged_on_its_commit_date(dossier: Path) -> None:
    """The same numbers as loading a checkout of each revision on its own date."""
    found = coverage_history(dossier, tags_only=False)
    for point in found:
        checkout = dossier.parent.parent / f"checkout-{point.commit[:7]}"
        run_git(dossier, "worktree", "add", "-q", "--detach", str(checkout), point.commit)
        loaded = load_repository(checkout / "kwaliteit")
        coverage = compute_coverage(loaded, point.date)
        assert point.total == coverage.total.percentage
        assert [value for _, _, value in point.rubrieken] == [
            rubriek.tally.percentage for rubriek in coverage.rubrieken
        ]


def test_command_output(dossier: Path) -> None:
    out = io.StringIO()
    assert history(directory=dossier, out=out) == 0
    first, second = short(dossier, "HEAD~3"), short(dossier, "HEAD~1")
    width = max(len(first), len("toetsing-2026"))
    improved, subject = "Rubriek 1 en 2.1 beoordeeld", "Alle normen beoordeeld voor de toetsing…"
    assert len(subject) == 40
    assert out.getvalue().splitlines() == [
        "Stichting Welzijn Dalwijk: dekking per versie",
        "",
        f"Datum       {'Versie':<{width}}  {'Omschrijving':<40}  Totaal    1     2    3",
        f"2026-06-01  {first:<{width}}  {'Eerste opzet':<40}     60%  53%   50%  68%",
        f"2026-09-01  {second:<{width}}  {improved:<40}     70%  67%   60%  77%",
        f"2026-11-01  {'toetsing-2026':<{width}}  {subject}     87%  80%  100%  86%",
        "",
        "Rubrieken: 1 Vakmanschap; 2 Dienstverlening; 3 Organisatie en bestuur",
        "",
        "Peildatum per versie: de commitdatum; dekking: normen onderbouwd met geldig bewijs.",
    ]


def test_tags_only(dossier: Path) -> None:
    out = io.StringIO()
    assert history(directory=dossier, out=out, tags=True, language="en") == 0
    table = [line for line in out.getvalue().splitlines() if line.startswith("2026-")]
    assert table == [
        "2026-11-01  toetsing-2026  Alle normen beoordeeld voor de toetsing…    87%  80%  100%  86%"
    ]
    found = coverage_history(dossier, tags_only=True)
    assert [(point.date, point.label) for point in found] == [
        (dt.date(2026, 11, 1), "toetsing-2026")
    ]


def test_as_of_leaves_out_later_revisions(dossier: Path) -> None:
    found = coverage_history(dossier, tags_only=False, until=dt.date(2026, 10, 1))
    assert [point.date.isoformat() for point in found] == ["2026-06-01", "2026-09-01"]


def test_one_cat_file_process_and_working_tree_untouched(
    dossier: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A change that is not committed must stay as it is.
    (dossier / "evidence" / "1.1.md").write_text("kapot\n", encoding="utf-8")
    before = run_git(dossier, "status", "--porcelain")
    started: list[list[str]] = []
    real_popen = subprocess.Popen

    def counting_popen(args: Any, *rest: Any, **options: Any) -> Any:
        if "cat-file" in list(args):
            started.append(list(args))
        return real_popen(args, *rest, **options)

    monkeypatch.setattr(subprocess, "Popen", counting_popen)
    out = io.StringIO()
    assert history(directory=dossier, out=out) == 0
    monkeypatch.undo()
    assert len(started) == 1
    assert out.getvalue().count("2026-") == 3
    assert run_git(dossier, "status", "--porcelain") == before


def test_revision_without_dossier_is_skipped(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "notities.md").write_text("Nog geen dossier\n", encoding="utf-8")
    run_git(repo, "init", "-q")
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-q", "-m", "Begin", date="2026-05-01T12:00:00")
    shutil.copytree(EXAMPLE, repo, dirs_exist_ok=True)
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-q", "-m", "Dossier", date="2026-06-01T12:00:00")
    out = io.StringIO()
    assert history(directory=repo, out=out) == 0
    lines = out.getvalue().splitlines()
    assert f"Overgeslagen: {short(repo, 'HEAD~1')} (2026-05-01): geen swlabel.yaml in ." in lines
    assert [line[:10] for line in lines if line.startswith("2026-")] == ["2026-06-01"]


def test_outside_git_is_a_usage_error(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    shutil.copytree(EXAMPLE, folder)
    (tmp_path / ".git").mkdir()  # not a repository: stops git looking further up
    with pytest.raises(UsageError) as raised:
        history(directory=folder, out=io.StringIO())
    assert raised.value.exit_code == 2
    message = render(raised.value.message, Translator())
    assert "staat niet in een git-repository; swlabel history leest" in message


def test_no_commits_is_a_usage_error(tmp_path: Path) -> None:
    folder = tmp_path / "dossier"
    shutil.copytree(EXAMPLE, folder)
    run_git(folder, "init", "-q")
    with pytest.raises(UsageError) as raised:
        history(directory=folder, out=io.StringIO())
    assert "geen versies" in render(raised.value.message, Translator())


def test_chart_coordinates(dossier: Path) -> None:
    found = coverage_history(dossier, tags_only=False)
    chart = history_chart(found)
    assert (chart.width, chart.height) == (600, 200)
    xs = [x for x, _ in chart.overall.points]
    # By commit date: 2026-06-01, 09-01 (92 of 153 days), 11-01.
    assert xs == [0.0, pytest.approx(600 * 92 / 153), 600.0]
    assert [round(y, 1) for _, y in chart.overall.points] == [
        round(200 * (1 - (point.total or 0) / 100), 1) for point in found
    ]
    assert [line.rubriek_id for line in chart.rubrieken] == ["1", "2", "3"]
    x, y = chart.rubrieken[0].points[1]  # rubriek 1 at 66.7% on 2026-09-01
    assert (x, y) == pytest.approx((600 * 92 / 153, 200 / 3))
