"""The report's cover, summary, picture, appendices, selections and data formats."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLE, Result, run_git
from swlabel.cli.app import build_command
from swlabel.i18n import Translator
from swlabel.output.report_formats import FORMATS

Run = Callable[..., Result]


def render(run: Run, *args: str | Path, fmt: str = "md") -> str:
    result = run("report", EXAMPLE, "--as-of", "2026-11-01", "-f", fmt, "-o", "-", *args)
    assert result.code == 0, result.err
    return result.out


def test_summary_verdicts_per_rubriek(run: Run) -> None:
    text = render(run)
    assert (
        "| [1 Vakmanschap](#rubriek-1) | 12/15 | 80% | 32/34 | 94% | 1 norm voldoet niet, "
        "2 normen nog niet volledig onderbouwd |"
    ) in text
    assert "alle toepasselijke normen onderbouwd, niets over de streefdatum |" in text
    assert "| 2 normen nog niet beoordeeld, 1 norm nog niet volledig onderbouwd |" in text


def test_cover_names_scope_and_git_state(run: Run, tmp_path: Path) -> None:
    repo = tmp_path / "dossier"
    shutil.copytree(EXAMPLE, repo)
    plain = run("report", repo, "--as-of", "2026-11-01", "-f", "md", "-o", "-").out
    assert "| Git-commit | `geen git-repository` |" in plain
    assert "| Scope | Zet de organisatie bedrijfskritische vrijwilligers in? **ja** |" in plain
    assert "|  | Zet de organisatie bedrijfskritische stagiaires in? **nee** |" in plain
    run_git(repo, "init", "-q")
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-qm", "dossier")
    head = run_git(repo, "rev-parse", "HEAD").strip()
    clean = run("report", repo, "--as-of", "2026-11-01", "-f", "md", "-o", "-").out
    assert f"| Git-commit | `{head[:12]}`, geen onvastgelegde wijzigingen |" in clean
    (repo / "evidence" / "1.1.md").write_text("---\nnorm: '1.1'\n---\n", encoding="utf-8")
    dirty = run("report", repo, "--as-of", "2026-11-01", "-f", "md", "-o", "-").out
    assert f"`{head[:12]}`, met wijzigingen die nog niet zijn vastgelegd (commit) |" in dirty


def test_picture_has_every_norm_with_text_and_a_legend(run: Run) -> None:
    html = render(run, fmt="html")
    svg = html.split('<svg class="chart"')[1].split("</svg>")[0]
    squares = re.findall(r'<g class="cell (\w+)"><title>([\d.]+) ([^<]+)</title>', svg)
    assert len(squares) == 49
    assert ("non_compliant", "1.14", "voldoet niet") in squares
    assert ("not_applicable", "2.11", "niet van toepassing") in squares
    legend = re.findall(r'<text class="legendlabel"[^>]*>([^<]+)</text>', svg)
    assert legend == [
        "voldoet",
        "voldoet deels",
        "voldoet niet",
        "niet van toepassing",
        "nog niet beoordeeld",
    ]
    assert "12 van 15 onderbouwd" in svg
    assert '<title id="chart-title">' in svg


def test_appendices(run: Run) -> None:
    text = render(run)
    appendix = text.split("## Bijlagen")[1]
    assert (
        "(`bhv-certificaten`) | overzicht | Preventiemedewerker |  | 2027-02-01 | "
        "[3.16](#norm-3-16) | geldig | verlopen |"
    ) in appendix
    plan = appendix.split("### Verbeterplan")[1].split("### Wat verloopt")[0]
    ids = re.findall(r"^\| `(VA-[\d-]+)`", plan, flags=re.MULTILINE)
    assert ids == [
        "VA-2026-01",
        "VA-2026-06",
        "VA-2026-04",
        "VA-2026-03",
        "VA-2026-02",
        "VA-2026-07",
        "VA-2026-05",
    ]
    expiring = appendix.split("### Wat verloopt vóór de toetsing")[1]
    rows = re.findall(r"^\| (\d{4}-\d\d-\d\d) \| (.+?) \| (.*?) \|$", expiring, flags=re.MULTILINE)
    assert rows[0] == ("2026-12-31", "Subsidiebeschikking 2026 gemeente Dalwijk verloopt", "3.3")
    assert rows[-1] == ("2027-02-28", "Contract cliëntvolgsysteem (samenvatting) verloopt", "3.21")
    assert len(rows) == 10


def test_late_actions_show_in_the_plan_and_the_verdict(run: Run) -> None:
    text = render(run, "--as-of", "2027-01-20")
    assert "| `VA-2026-01` |" in text
    assert "| loopt | **te laat** |" in text
    assert "1 verbeteractie over de streefdatum" in text


def test_only_gaps(run: Run) -> None:
    text = render(run, "--only-gaps")
    assert re.findall(r"^### Norm ([\d.]+):", text, flags=re.MULTILINE) == [
        "1.12",
        "1.14",
        "1.15",
        "3.4",
        "3.20",
        "3.21",
    ]
    assert "| Selectie | alleen normen die nog niet onderbouwd zijn |" in text
    assert "| **Totaal** | **41/47** |" in text  # the summary still covers everything


def test_one_rubriek(run: Run) -> None:
    text = render(run, "--rubriek", "2")
    norms = re.findall(r"^### Norm ([\d.]+):", text, flags=re.MULTILINE)
    assert norms == [f"2.{n}" for n in range(1, 12)]
    assert "| Selectie | alleen rubriek 2 |" in text
    result = run("report", EXAMPLE, "--rubriek", "4", "-o", "-")
    assert result.code == 2
    assert "rubriek '4' bestaat niet; kies uit 1, 2, 3" in result.err


def test_json_shares_checks_structures(run: Run) -> None:
    data = json.loads(render(run, fmt="json"))
    assert data["generator"] == "swlabel-dossier"
    assert data["schema_version"] == 1
    check = json.loads(run("check", EXAMPLE, "--as-of", "2026-11-01", "--format", "json").out)
    assert data["meldingen"] == check["meldingen"]
    assert data["coverage"] == check["coverage"]
    report = data["report"]
    assert report["organisation"] == "Stichting Welzijn Dalwijk"
    assert [len(r["norms"]) for r in report["rubrieken"]] == [15, 11, 23]
    norm = report["rubrieken"][0]["norms"][11]
    assert norm["id"] == "1.12"
    assert norm["narrative"].startswith("Professionals ontwikkelen hun competenties")
    titles = [document["title"] for document in report["documents"]]
    assert titles == sorted(titles, key=str.casefold)
    assert len(titles) == 34
    assert "chart" not in report


def test_csv_for_dutch_excel_and_plain(run: Run) -> None:
    text = render(run, fmt="csv")
    # the status as the reader says it; the YAML's value is in the json
    assert text.startswith("\ufeffnorm;rubriek;oordeel;onderbouwd;bewijsstukken;")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert len(rows) == 50
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id["1.14"] == ["1.14", "1", "voldoet niet", "nee", "1", "0", "1"]
    assert by_id["1.10"][0] == "1.10"
    plain = render(run, "--csv-dialect", "comma", fmt="csv")
    assert plain.startswith("norm,rubriek,oordeel,")


def test_csv_counts_expired_evidence(run: Run) -> None:
    text = render(run, "--as-of", "2027-03-01", fmt="csv")
    rows = {row[0]: row for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";")}
    assert rows["3.16"][5] == "1"  # the BHV certificates expired on 2027-02-01


def test_report_overwrites_its_own_csv_and_json(run: Run, tmp_path: Path) -> None:
    """A second report on another date replaces the first, which it recognises as its own."""
    for fmt in ("csv", "json"):
        target = tmp_path / f"dossier.{fmt}"
        args = ("report", EXAMPLE, "-f", fmt, "-o", target)
        assert run(*args, "--as-of", "2026-11-01").code == 0
        assert run(*args, "--as-of", "2027-01-20").code == 0
    text = (tmp_path / "dossier.csv").read_text(encoding="utf-8-sig")
    assert "\n3.3;3;voldoet;ja;3;1;0\n" in text  # one piece of evidence expired
    data = json.loads((tmp_path / "dossier.json").read_text(encoding="utf-8"))
    assert data["report"]["as_of"] == "2027-01-20"


def own_templates(folder: Path, name: str, text: str) -> Path:
    """A --template-dir FOLDER holding report/NAME with TEXT."""
    (folder / "report").mkdir(parents=True)
    (folder / "report" / name).write_text(text, encoding="utf-8")
    return folder


def commit_all(repo: Path, message: str, date: str) -> None:
    run_git(repo, "add", "-A")
    run_git(repo, "commit", "-qm", message, date=f"{date}T12:00:00+01:00")


def test_template_dir_overrides_one_template(run: Run, tmp_path: Path) -> None:
    templates = own_templates(tmp_path / "huisstijl", "dossier.css", "body { color: #123456; }\n")
    html = render(run, "--template-dir", templates, fmt="html")
    assert "body { color: #123456; }" in html
    assert "Kwaliteitsdossier Stichting Welzijn Dalwijk" in html
    assert "--compliant: #1e7a3c" not in html


def test_template_dir_can_extend_ours_with_a_logo(run: Run, tmp_path: Path) -> None:
    templates = own_templates(
        tmp_path / "huisstijl",
        "dossier.html.j2",
        '{% extends "swlabel/report/dossier.html.j2" %}'
        '{% block logo %}<p class="logo">Welzijn Dalwijk</p>{% endblock %}',
    )
    html = render(run, "--template-dir", templates, fmt="html")
    assert '<header class="cover">\n<p class="logo">Welzijn Dalwijk</p>' in html
    assert html.count('<article class="norm ') == 49


@pytest.mark.parametrize(
    "template",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ t.__init__.__globals__ }}",
        "{% include '../../../../etc/passwd' %}",
    ],
)
def test_template_dir_is_sandboxed(run: Run, tmp_path: Path, template: str) -> None:
    templates = own_templates(tmp_path / "kwaad", "dossier.md.j2", template)
    result = run("report", EXAMPLE, "-f", "md", "-o", "-", "--template-dir", templates)
    assert result.code == 2
    assert result.err.startswith("swlabel: eigen template report/dossier.md.j2:")
    assert "root:" not in result.out


def test_a_template_that_fails_while_rendering_leaves_the_earlier_report(
    run: Run, tmp_path: Path
) -> None:
    """The report is written as it is rendered; an error halfway keeps the old file whole and
    leaves no temporary file behind."""
    target = tmp_path / "uit" / "dossier.md"
    assert run("report", EXAMPLE, "--as-of", "2026-11-01", "-f", "md", "-o", target).code == 0
    before = target.read_bytes()
    templates = own_templates(
        tmp_path / "stuk",
        "dossier.md.j2",
        "{{ marker }}\n{% for r in view.rubrieken %}{{ r.title }}\n{% endfor %}"
        "{{ view.bestaat_niet }}",
    )
    args = ("report", EXAMPLE, "-f", "md", "-o", target, "--template-dir", templates)
    result = run(*args)
    assert result.code == 2
    assert result.err.startswith("swlabel: eigen template report/dossier.md.j2:")
    assert "bestaat_niet" in result.err
    assert target.read_bytes() == before
    assert sorted(path.name for path in target.parent.iterdir()) == ["dossier.md"]


def test_locked_output_file_is_a_clear_message(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(path: Path, content: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("swlabel.doors.files._write_block", locked)
    (tmp_path / "dossier.html").write_text(
        "<!-- swlabel-dossier: an earlier report -->\n", encoding="utf-8"
    )
    result = run("report", EXAMPLE, "-o", tmp_path / "dossier.html")
    assert result.code == 2
    assert "is het bestand geopend in een ander programma" in result.err
    assert "Er is niets half geschreven." in result.err


def test_cli_report_formats_are_the_command() -> None:
    """report's --format chooses from the formats the command renders (no copy to keep)."""
    [option] = [p for p in build_command("report", Translator()).params if p.name == "format_"]
    assert tuple(option.type_descriptor.choices) == FORMATS


def test_progress_is_reported_once_per_norm() -> None:
    from swlabel.checks import run_checks
    from swlabel.i18n import Translator
    from swlabel.load.dossier import load_repository
    from swlabel.output.report_view import build_report

    t = Translator()
    dossier = load_repository(EXAMPLE)
    result = run_checks(dossier, dt.date(2026, 11, 1))
    ticks: list[int] = []
    build_report(dossier, result.coverage, [], EXAMPLE, t, progress=lambda: ticks.append(1))
    assert len(ticks) == 49


def test_each_evidence_file_shows_when_it_last_changed(run: Run, tmp_path: Path) -> None:
    repo = tmp_path / "dossier"
    shutil.copytree(EXAMPLE, repo)

    run_git(repo, "init", "-q")
    commit_all(repo, "dossier", "2026-09-01")
    evidence = repo / "evidence" / "1.2.md"
    evidence.write_text(evidence.read_text(encoding="utf-8") + "\nAangevuld.\n", encoding="utf-8")
    commit_all(repo, "1.2 aangevuld", "2026-10-15")
    text = run("report", repo, "--as-of", "2026-11-01", "-f", "md", "-o", "-").out
    assert "| Bestand | `evidence/1.1.md` · laatst gewijzigd 2026-09-01 |" in text
    assert "| Bestand | `evidence/1.2.md` · laatst gewijzigd 2026-10-15 |" in text


def test_report_history_charts_coverage_per_commit(run: Run, tmp_path: Path) -> None:
    repo = tmp_path / "dossier"
    shutil.copytree(EXAMPLE, repo)
    assert "Dekking in de tijd" not in run("report", repo, "--history", "-f", "md", "-o", "-").out

    run_git(repo, "init", "-q")
    norm = repo / "evidence" / "1.1.md"
    compliant = norm.read_text(encoding="utf-8")
    norm.write_text(compliant.replace("status: compliant", "status: not_assessed"), "utf-8")
    commit_all(repo, "begin", "2026-10-20")
    norm.write_text(compliant, encoding="utf-8")
    commit_all(repo, "1.1 onderbouwd", "2026-10-30")
    text = run("report", repo, "--as-of", "2026-11-01", "--history", "-f", "md", "-o", "-").out
    section = text.split("## Dekking in de tijd")[1].split("##")[0]
    rows = re.findall(r"^\| (2026-\d\d-\d\d) \| `(\w+)` (.+?) \| (\d+%) \|$", section, re.MULTILINE)
    assert [(date, subject, total) for date, _, subject, total in rows] == [
        ("2026-10-20", "begin", "85%"),
        ("2026-10-30", "1.1 onderbouwd", "87%"),
    ]
    html = run("report", repo, "--as-of", "2026-11-01", "--history", "-o", "-").out
    assert html.count('<polyline class="overall"') == 1
