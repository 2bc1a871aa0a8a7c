"""The report's two masks: each expression of a template is masked (finalize), and the whole
file once more as it is written (doors.files.write_for_reader). A BSN that only forms where two
expressions, or an expression and the template's own text, meet is masked by the second."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from swlabel.checks import run_checks
from swlabel.checks.privacy import known_bsns
from swlabel.doors import mask
from swlabel.i18n import Translator
from swlabel.load.dossier import load_repository
from swlabel.output.report_view import build_report
from swlabel.output.templating import report_environment
from test_report_escaping import Repo, Run, hostile_repo, own_template

# Large enough that the writer masks the file in more than one block.
FILLER = '<tr><td class="date">2026-11-01</td><td>VA-2025-0001</td></tr>\n' * 2000


@pytest.mark.parametrize("filler", ["", FILLER])
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_a_bsn_made_by_two_expressions_is_masked_in_the_file(
    small_repo: Repo, run: Run, tmp_path: Path, fmt: str, filler: str
) -> None:
    # Neither '1234' (the end of the organisation's name) nor '56782' is a BSN by itself.
    repo = small_repo()
    config = repo / "swlabel.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("Stichting Test", "Stichting 1234"),
        encoding="utf-8",
    )
    templates = own_template(
        tmp_path / "eigen",
        "<!-- {{ marker }} -->\n"
        + filler
        + "<p>BSN {{ view.organisation[-4:] }}{{ '56' ~ '782' }}</p>\n"
        + "<p>BSN {{ view.organisation[-4:] }}56782</p>\n"
        + filler,
        name=f"dossier.{fmt}.j2",
    )
    target = tmp_path / f"dossier.{fmt}"
    result = run("report", repo, "-f", fmt, "-o", target, "--template-dir", templates)
    assert result.code == 0, result.err
    written = target.read_text(encoding="utf-8")
    assert "123456782" not in written
    assert written.count("<p>BSN *********</p>") == 2
    assert written.count("2026-11-01") == 2 * filler.count("2026-11-01")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_html_dossier_is_escaped_as_jinjas_autoescaping_escapes_it(
    small_repo: Repo, language: str
) -> None:
    # swlabel's own HTML dossier is masked and escaped by its finalize, once per text; an own
    # template by Jinja's autoescaping. On the same view both give the same page.
    repo = hostile_repo(small_repo)
    dossier = load_repository(repo)
    mask.reset()
    mask.learn(known_bsns(dossier))
    try:
        result = run_checks(dossier, dt.date(2026, 11, 1))
        t = Translator(language)
        view = build_report(dossier, result.coverage, result.problems, repo, t)
        pages = [
            environment.get_template("report/dossier.html.j2").render(view=view, marker="m")
            for environment in (report_environment(t, html=True), report_environment(t))
        ]
    finally:
        mask.reset()
    assert pages[0] == pages[1]
    assert "&lt;script&gt;" in pages[0]
    assert "123456782" not in pages[0]
