"""The command line: version, help language, and the exit-code table."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result
from swlabel import __version__

Repo = Callable[..., Path]
Run = Callable[..., Result]


def test_version_says_whether_the_c_loader_is_used(run: Run) -> None:
    import yaml

    result = run("--version")
    assert result.code == 0
    loader = "met de snelle C-lader (libyaml)" if yaml.__with_libyaml__ else "zonder C-lader"
    assert result.out.startswith(f"swlabel {__version__} (PyYAML {yaml.__version__}, {loader}")


def test_help_is_dutch_by_default_and_english_on_request(run: Run) -> None:
    dutch = run("--help")
    assert dutch.code == 0
    assert "Controleer het dossier" in dutch.out
    assert "Exitcodes: 0 geen fouten" in " ".join(dutch.out.split())
    english = run("check", "--help", "--lang", "en")
    assert english.code == 0
    assert "Reference date YYYY-MM-DD" in " ".join(english.out.split())


def test_help_follows_swlabel_lang(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWLABEL_LANG", "en")
    assert "Check the dossier" in run("--help").out


def test_a_mistyped_command_is_a_usage_error_that_suggests_the_right_one(run: Run) -> None:
    """Only the command being run is built; a name that is none of them keeps them all, so
    that the message can suggest the nearest."""
    result = run("chek", "--lang", "en")
    assert result.code == 2
    assert "No such command 'chek'. Did you mean 'check'" in " ".join(result.err.split())
    listing = run("--help")
    for command in ("init", "check", "report", "history", "add", "schema"):
        assert f" {command} " in listing.out


def test_bad_date_is_a_usage_error(small_repo: Repo, run: Run) -> None:
    result = run("check", small_repo(), "--as-of", "2026-02-30")
    assert result.code == 2
    assert "'2026-02-30' is geen datum; schrijf JJJJ-MM-DD" in " ".join(result.err.split())


def test_unknown_option_and_language_are_usage_errors(small_repo: Repo, run: Run) -> None:
    assert run("check", small_repo(), "--bogus").code == 2
    result = run("check", small_repo(), "--lang", "fr")
    assert result.code == 2
    assert "'fr' is geen ondersteunde taal" in " ".join(result.err.split())


def test_internal_error_exits_3_with_a_crash_log(
    small_repo: Repo, run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr("swlabel.checks.compute_coverage", explode)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = run("check", small_repo())
    assert result.code == 3
    assert "interne fout" in result.err
    assert "Traceback" not in result.err
    [log] = list(tmp_path.glob("swlabel-crash-*.log"))
    content = log.read_text(encoding="utf-8")
    assert "RuntimeError: kapot" in content
    assert log.as_posix() in result.err


def test_interrupt_exits_130(small_repo: Repo, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("swlabel.checks.compute_coverage", interrupt)
    assert run("check", small_repo()).code == 130


def test_python_dash_m_and_meldingen_exit_code(small_repo: Repo) -> None:
    from conftest import evidence

    repo = small_repo({"evidence/1.1.md": evidence("1.1", status="compliant")})
    completed = subprocess.run(
        [sys.executable, "-m", "swlabel", "check", str(repo), "--as-of", "2026-11-01"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stdout.startswith("evidence/1.1.md:3:9: SWL301 ")
    assert completed.stderr == ""


def test_readme_rule_table_is_generated_from_the_rules(run: Run) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- rules:start")
    table = readme[readme.index("\n", start) + 1 : readme.index("<!-- rules:end -->")]
    result = run("rules", "--markdown", "--lang", "en")
    assert result.code == 0
    assert table == result.out


def test_rules_lists_and_explains(run: Run) -> None:
    listing = run("rules")
    assert listing.code == 0
    assert "Actualiteit (SWL4xx)" in listing.out
    assert "  SWL401  fout         expired" in listing.out
    family = run("rules", "SWL5")
    assert family.code == 0
    assert "SWL501 bsn: Burgerservicenummer (BSN)" in family.out
    assert re.findall(r"^SWL\d{3} ", family.out, re.MULTILINE) == ["SWL501 "]
    assert run("rules", "SWL999").code == 2


def test_a_broken_command_line_definition_is_an_internal_error_not_a_traceback(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tempfile

    def broken(t: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'isidentifier'")

    monkeypatch.setattr("swlabel.cli.app.build_app", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = run("check")
    assert result.code == 3
    assert "Traceback" not in result.err
    assert list(tmp_path.glob("swlabel-crash-*.log"))
