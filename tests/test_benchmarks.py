"""The benchmark's instruments keep working: the generator and the timing script.

Nothing here asserts a time; the speed itself is measured by ``benchmarks/run.py`` only.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT

# The benchmark's generator and timing script run whole dossiers and subprocesses (#14).
pytestmark = pytest.mark.slow

BENCHMARKS = ROOT / "benchmarks"
TINY = {"norms": 20, "documents": 50, "items": 200}
PLANTED = {"SWL106", "SWL107", "SWL204", "SWL205", "SWL401"}


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"swlabel_benchmarks_{name}", BENCHMARKS / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    return _load("generate")


@pytest.fixture(scope="module")
def run() -> ModuleType:
    return _load("run")


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_generator_is_deterministic_for_a_seed(generate: ModuleType, tmp_path: Path) -> None:
    generate.generate(tmp_path / "a", seed=7, **TINY)
    generate.generate(tmp_path / "b", seed=7, **TINY)
    generate.generate(tmp_path / "c", seed=8, **TINY)
    first = _tree(tmp_path / "a")
    assert first == _tree(tmp_path / "b")
    assert first != _tree(tmp_path / "c")
    assert {"swlabel.yaml", "normen.yaml", "improvement-plan.yaml"} <= set(first)
    assert len([name for name in first if name.startswith("register/")]) >= 5
    assert any(name.startswith("evidence/") and name.endswith(".md") for name in first)
    assert any(name.startswith("documenten/") for name in first)


def test_generator_refuses_a_folder_in_use(generate: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine")
    with pytest.raises(FileExistsError):
        generate.generate(tmp_path, seed=1, **TINY)


def test_generated_repository_has_the_asked_size(
    generate: ModuleType, run: ModuleType, tmp_path: Path
) -> None:
    generate.generate(tmp_path / "repo", seed=1, **TINY)
    shape = run.describe(tmp_path / "repo", None)
    assert (shape["norms"], shape["documents"], shape["items"]) == (20, 50, 200)


def test_swlabel_check_reports_the_planted_mistakes(generate: ModuleType, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    generate.generate(repo, seed=1, **TINY)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "swlabel",
            "check",
            str(repo),
            "--as-of",
            "2026-11-01",
            "-f",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # the planted errors
    codes = {melding["code"] for melding in json.loads(done.stdout)["meldingen"]}
    assert codes >= PLANTED


def test_floor_parses_the_repository(generate: ModuleType, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    generate.generate(repo, seed=1, **TINY)
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "floor.py"), str(repo)],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.fullmatch(r"floor: (\d+) files read, (\d+) parsed\n", done.stdout)
    assert found is not None, done.stdout
    # every YAML file and front matter: the norm set, config, register, plan and evidence
    assert int(found[2]) >= TINY["norms"] + 3
    # The second floor does the same work as a Typer command with check's kinds of options.
    typer_floor = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "floor.py"),
            "--typer",
            str(repo),
            "--as-of",
            "2026-11-01",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert typer_floor.stdout == done.stdout


def test_parse_sizes(run: ModuleType) -> None:
    assert run.parse_sizes("example,large,huge:3", 5) == [
        ("example", 5),
        ("large", 5),
        ("huge", 3),
    ]
    with pytest.raises(SystemExit):
        run.parse_sizes("enormous", 5)


def test_write_readme_replaces_only_between_the_markers(run: ModuleType, tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"before\n{run.START_MARKER}\nold\n{run.END_MARKER}\nafter\n")
    run.write_readme("new figures\n", readme)
    assert (
        readme.read_text() == f"before\n{run.START_MARKER}\nnew figures\n{run.END_MARKER}\nafter\n"
    )


def test_timing_script_produces_a_table_with_ratios(
    run: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(
        run.generate.SIZES, "tiny", (TINY["norms"], TINY["documents"], TINY["items"])
    )
    contenders = ["floor", "typer-floor", "check", "report"]
    if run.check_jsonschema_executable() is not None:
        contenders.append("jsonschema")
    raw = tmp_path / "raw.json"
    args = ["--sizes", "tiny", "--runs", "1", "--cache", str(tmp_path / "cache")]
    code = run.main([*args, "--contenders", ",".join(contenders), "--json", str(raw)])
    assert code == 0
    out = capsys.readouterr().out
    header = (
        "| size | check / floor | check / Typer floor | report / floor | check-jsonschema / check |"
    )
    assert header in out
    row = next(line for line in out.splitlines() if line.startswith("| tiny | ") and "×" in line)
    ratios = [cell.strip() for cell in row.strip("|").split("|")[1:]]
    ratio = re.compile(r"^\d+\.\d\d× \(\d+\.\d\d×\)$")  # wall clock (CPU time)
    assert all(ratio.match(cell) for cell in ratios[:3]), ratios
    if "jsonschema" in contenders:
        assert ratio.match(ratios[3]), ratios
    for contender in contenders:
        assert f"| tiny | {contender} |" in out
    assert "Targets:" in out
    assert "SWL106" in out  # the meldingen of the warm-up run
    timings = json.loads(raw.read_text())["tiny"]["timings"]
    assert sorted(timings) == sorted(contenders)
    assert all(len(runs) == 1 for runs in timings.values())


def test_snapshot_holds_the_package_with_its_data(run: ModuleType, tmp_path: Path) -> None:
    env, digest = run.snapshot_source(tmp_path)
    package = Path(env["PYTHONPATH"]) / "swlabel"
    assert (package / "cli" / "app.py").is_file()
    assert list((package / "norms").glob("*.yaml"))
    assert (package / "templates").is_dir()
    assert len(digest) == 12


def test_the_round_ratio_pairs_the_runs_of_one_round(run: ModuleType) -> None:
    """check / Typer floor taken within each round, then the median: a busy round slows both
    sides of its own ratio (#14), where the ratio of the medians mixes rounds."""
    shape = dict.fromkeys(("norms", "documents", "items", "actions", "files", "bytes"), 0)
    result = run.SizeResult("example", Path(), shape, 3)
    for name, cpu in (("check", (0.26, 0.50, 0.27)), ("typer-floor", (0.20, 0.40, 0.18))):
        result.timings[name] = run.Timing(name, [run.Run(1.0, value, 0, (0,)) for value in cpu])
    assert result.round_ratio("check", "typer-floor") == pytest.approx(1.3)
    assert result.ratio("check", "typer-floor", cpu=True) == pytest.approx(0.27 / 0.20)
    assert result.round_ratio("check", "floor") is None
    keys = ("date", "machine", "python", "swlabel", "yaml", "check_jsonschema", "source")
    text = run.markdown({"example": result}, dict.fromkeys(keys, "-"))
    assert "- example: check / Typer floor 1.30×" in text
