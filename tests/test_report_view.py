"""The report's view model is data (#14): a narrative is its masked Markdown source, whatever
the format, and the templates decide what becomes of it."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from conftest import Result, evidence
from swlabel.checks import run_checks
from swlabel.i18n import Translator
from swlabel.load.dossier import load_repository
from swlabel.output.markdown import to_html, to_safe_markdown
from swlabel.output.narrative import MarkdownText
from swlabel.output.report_view import build_report

Repo = Callable[..., Path]
Run = Callable[..., Result]

NARRATIVE = (
    "# Aanpak\n\nWij werken *samen*.\n\n<script>alert(1)</script>\n\n"
    "[beleid](javascript:alert(2)) en BSN 123456782.\n"
)


def _repo(small_repo: Repo) -> Path:
    return small_repo({"evidence/1.1.md": evidence("1.1", "compliant", body=NARRATIVE)})


def _narrative_of(repo: Path) -> MarkdownText:
    dossier = load_repository(repo)
    result = run_checks(dossier, dt.date(2026, 11, 1))
    view = build_report(dossier, result.coverage, [], repo, Translator("nl"))
    return next(n for r in view.rubrieken for n in r.norms if n.id == "1.1").narrative


def test_the_view_holds_the_masked_markdown_source(small_repo: Repo) -> None:
    narrative = _narrative_of(_repo(small_repo))
    assert isinstance(narrative, MarkdownText)
    assert narrative == NARRATIVE.replace("123456782", "*********")


def _own(folder: Path, name: str, text: str) -> Path:
    (folder / "report").mkdir(parents=True)
    (folder / "report" / name).write_text(text, encoding="utf-8")
    return folder


def test_html_renders_the_narrative_with_the_markdown_filter(
    small_repo: Repo, run: Run, tmp_path: Path
) -> None:
    repo = _repo(small_repo)
    expected = to_html(NARRATIVE.replace("123456782", "*********"))
    result = run("report", repo, "-f", "html", "-o", "-")
    assert result.code == 0, result.err
    assert f'<div class="narrative">{expected}</div>' in result.out
    assert "<script>" not in result.out
    own = _own(
        tmp_path / "eigen",
        "dossier.html.j2",
        "{{ view.rubrieken[0].norms[0].narrative | markdown }}",
    )
    result = run("report", repo, "-f", "html", "-o", "-", "--template-dir", own)
    assert result.out == expected


def test_markdown_shows_the_narrative_as_safe_markdown(
    small_repo: Repo, run: Run, tmp_path: Path
) -> None:
    repo = _repo(small_repo)
    expected = to_safe_markdown(NARRATIVE.replace("123456782", "*********"))
    result = run("report", repo, "-f", "md", "-o", "-")
    assert result.code == 0, result.err
    assert expected in result.out
    own = _own(tmp_path / "eigen", "dossier.md.j2", "{{ view.rubrieken[0].norms[0].narrative }}")
    result = run("report", repo, "-f", "md", "-o", "-", "--template-dir", own)
    assert result.out == expected
    assert "<script>" not in result.out


def test_an_old_own_template_marking_the_narrative_safe_gets_it_rendered(
    small_repo: Repo, run: Run, tmp_path: Path
) -> None:
    """swlabel 0.x's view held the narrative rendered, so own templates wrote '| safe': that
    must never pass the Markdown source, raw HTML and all, into the dossier."""
    repo = _repo(small_repo)
    masked = NARRATIVE.replace("123456782", "*********")
    for fmt, expected in (("html", to_html(masked)), ("md", to_safe_markdown(masked))):
        shown = "{{ view.rubrieken[0].norms[0].narrative | safe }}"
        own = _own(tmp_path / fmt, f"dossier.{fmt}.j2", shown)
        result = run("report", repo, "-f", fmt, "-o", "-", "--template-dir", own)
        assert result.code == 0, result.err
        assert result.out == expected, fmt
        assert "<script>" not in result.out


def test_json_holds_the_narrative_source(small_repo: Repo, run: Run) -> None:
    result = run("report", _repo(small_repo), "-f", "json", "-o", "-")
    data = json.loads(result.out)
    norm = data["report"]["rubrieken"][0]["norms"][0]
    assert norm["narrative"] == NARRATIVE.replace("123456782", "*********")
