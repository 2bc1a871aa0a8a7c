"""The wheel carries norms/ and templates/ and works on its own, outside this checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        check=True,
        cwd=out,
    )
    [built] = list(out.glob("swlabel-*.whl"))
    return built


def test_wheel_contains_norms_templates_and_type_marker(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "swlabel/norms/kwaliteitslabel-sociaal-werk-2019.yaml" in names
    assert "swlabel/templates/report/dossier.html.j2" in names
    assert "swlabel/templates/report/dossier.css" in names
    assert "swlabel/templates/scaffold/nl/evidence.md.j2" in names
    assert "swlabel/templates/scaffold/en/README.md.j2" in names
    assert "swlabel/py.typed" in names
    assert "swlabel/rules/SWL204-unknown-document/rule.yaml" in names
    assert "swlabel/rules/SWL204-unknown-document/failing/evidence/1.1.md" in names
    assert "swlabel/rules/SWL104-encoding/failing/evidence/1.13.md" in names
    assert not [name for name in names if name.startswith(("tests/", "examples/"))]


def test_installed_wheel_runs_init_check_report_from_an_unrelated_folder(
    wheel: Path, tmp_path: Path
) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    swlabel = bindir / ("swlabel.exe" if os.name == "nt" else "swlabel")
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(swlabel), *args], cwd=work, env=env, capture_output=True, text=True, check=False
        )

    rules = run("rules", "SWL109")
    assert rules.returncode == 0, rules.stderr
    assert "  register/verslagen.yaml:" in rules.stdout
    init = run("init", "demo", "--organisation", "Stichting X")
    assert init.returncode == 0, init.stderr
    check = run("check", "demo", "--as-of", "2026-11-01")
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().endswith("Geen meldingen.")
    report = run("report", "demo", "--as-of", "2026-11-01", "--output", "dossier.html")
    assert report.returncode == 0, report.stderr
    html = (work / "dossier.html").read_text(encoding="utf-8")
    assert "Kwaliteitsdossier Stichting X" in html
    assert html.count('class="norm ') == 49
    where = subprocess.run(
        [str(python), "-c", "import swlabel, sys; sys.stdout.write(swlabel.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout).resolve().is_relative_to(env_dir.resolve())
