"""Time swlabel as a whole process against the floor and against check-jsonschema.

For each size, every contender runs N times, each time as a new process (cold: no results
are kept between runs; swlabel keeps none), and the median, minimum and maximum wall-clock
time and the peak resident memory are reported, with the ratios between contenders taken
from the same run. Contenders (see benchmarks/README.md for exactly what each does):

* ``floor``: ``python benchmarks/floor.py REPO``: imports Typer and pydantic, parses the same
  YAML with PyYAML's C loader, validates nothing;
* ``typer-floor``: ``python benchmarks/floor.py --typer REPO --as-of DATE``: the same work as
  the one command of a Typer app with check's kinds of options (the second floor: what a Typer
  command line pays at the least);
* ``check``: ``python -m swlabel check REPO --as-of DATE`` (text output to /dev/null);
* ``jsonschema``: check-jsonschema, once per kind of file, against ``swlabel schema``'s
  JSON Schemas (front matter of .md evidence extracted to .yaml once, outside the timing);
* ``report``: ``python -m swlabel report REPO --as-of DATE --format html --output FILE``.

Usage::

    python benchmarks/run.py --sizes example,large,huge:3 --runs 5 --write-readme
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import itertools
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent


def load_sibling(name: str) -> ModuleType:
    """A script next to this one, imported without putting benchmarks/ on sys.path (where its
    names could shadow others, such as a module called ``generate``)."""
    module_name = f"swlabel_benchmarks_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


generate = load_sibling("generate")

PROJECT = HERE.parent
EXAMPLE = PROJECT / "examples" / "stichting-welzijn-dalwijk"
README = HERE / "README.md"
DEFAULT_CACHE = HERE / ".cache"
AS_OF = generate.AS_OF.isoformat()
CONTENDERS = ("floor", "typer-floor", "check", "jsonschema", "report")
START_MARKER = "<!-- figures:start -->"
END_MARKER = "<!-- figures:end -->"
MIB = 1024 * 1024

# The targets of the issue: (size, what, limit).
#   ratio check/floor at most; ratio jsonschema/check at least; seconds at most; MiB at most.
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("example", "check/floor", 1.5),
    ("example", "check/typer-floor", 1.3),
    ("large", "check/floor", 1.5),
    ("large", "jsonschema/check", 5.0),
    ("huge", "check/floor", 2.0),
    ("large", "report seconds", 2.0),
    ("huge", "check MiB", 500.0),
    ("huge", "report MiB", 500.0),
)


@dataclass
class Run:
    seconds: float  # wall clock
    cpu_seconds: float  # user + system time of the child processes
    peak_bytes: int
    exit_codes: tuple[int, ...]


@dataclass
class Timing:
    contender: str
    runs: list[Run] = field(default_factory=list)

    @property
    def seconds(self) -> list[float]:
        return [run.seconds for run in self.runs]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu_median(self) -> float:
        return statistics.median(run.cpu_seconds for run in self.runs)

    @property
    def peak_mib(self) -> float:
        return max(run.peak_bytes for run in self.runs) / MIB


@dataclass
class SizeResult:
    name: str
    repo: Path
    shape: dict[str, int]
    runs: int
    timings: dict[str, Timing] = field(default_factory=dict)
    meldingen: Counter[str] = field(default_factory=Counter)
    skipped: dict[str, str] = field(default_factory=dict)
    load: list[float] = field(default_factory=list)  # 1-minute load average before and after

    def ratio(self, numerator: str, denominator: str, *, cpu: bool = False) -> float | None:
        if numerator not in self.timings or denominator not in self.timings:
            return None
        if cpu:
            return self.timings[numerator].cpu_median / self.timings[denominator].cpu_median
        return self.timings[numerator].median / self.timings[denominator].median

    def round_ratio(self, numerator: str, denominator: str) -> float | None:
        """The median over the rounds of NUMERATOR's CPU time over DENOMINATOR's in the same
        round: the two ran within seconds of each other, so a change in the machine's load
        between rounds weighs on both sides of each ratio (the method of #14's pairs)."""
        if numerator not in self.timings or denominator not in self.timings:
            return None
        pairs = zip(self.timings[numerator].runs, self.timings[denominator].runs, strict=True)
        return statistics.median(top.cpu_seconds / bottom.cpu_seconds for top, bottom in pairs)


# --- preparing the repositories (never timed) -------------------------------------------------


def _generator_digest() -> str:
    return hashlib.sha256((HERE / "generate.py").read_bytes()).hexdigest()[:16]


def prepare_repo(name: str, cache: Path, seed: int) -> Path:
    """The repository of size NAME: the bundled example, or one generated into CACHE (kept
    while the generator, the sizes and the seed stay the same)."""
    if name == "example":
        return EXAMPLE
    norms, documents, items = generate.SIZES[name]
    repo = cache / f"{name}-seed{seed}"
    stamp = cache / f"{name}-seed{seed}.json"
    wanted = {
        "norms": norms,
        "documents": documents,
        "items": items,
        "seed": seed,
        "generator": _generator_digest(),
    }
    if repo.is_dir() and stamp.is_file() and json.loads(stamp.read_text()) == wanted:
        return repo
    if repo.exists():
        shutil.rmtree(repo)
    print(f"generating {name} into {repo} ...", file=sys.stderr, flush=True)
    generate.generate(repo, norms=norms, documents=documents, items=items, seed=seed)
    stamp.write_text(json.dumps(wanted))
    return repo


def bundled_normset(repo: Path) -> Path | None:
    """The bundled norm-set file the repository's swlabel.yaml names, if it names one."""
    from importlib import resources

    import yaml

    config = yaml.load((repo / "swlabel.yaml").read_text("utf-8"), Loader=yaml.CBaseLoader)  # noqa: S506
    reference = str(config.get("norms") or "kwaliteitslabel-sociaal-werk-2019")
    if reference.endswith((".yaml", ".yml")) or "/" in reference:
        return None
    return Path(str(resources.files("swlabel.norms").joinpath(f"{reference}.yaml")))


def describe(repo: Path, normset: Path | None) -> dict[str, int]:
    """Norms, register documents, evidence items, actions, files and bytes of REPO."""
    import yaml

    def load(path: Path) -> Any:
        text = path.read_text("utf-8-sig")
        if path.suffix == ".md":
            text = text[3 : text.find("\n---", 3)]
        return yaml.load(text, Loader=yaml.CBaseLoader) or {}  # noqa: S506

    config = load(repo / "swlabel.yaml")
    norm_file = normset or repo / str(config.get("norms"))
    evidence = sorted((repo / "evidence").glob("*.*"))
    registers = [repo / "register.yaml", *sorted((repo / "register").glob("*.y*ml"))]
    plan = repo / "improvement-plan.yaml"
    files = [path for path in repo.rglob("*") if path.is_file() and ".git" not in path.parts]
    return {
        "norms": len(load(norm_file).get("norms") or []),
        "documents": sum(len(load(p).get("documents") or []) for p in registers if p.is_file()),
        "items": sum(len(load(p).get("evidence") or []) for p in evidence),
        "actions": len(load(plan).get("actions") or []) if plan.is_file() else 0,
        "files": len(files),
        "bytes": sum(path.stat().st_size for path in files),
    }


def export_schemas(work: Path, env: dict[str, str] | None = None) -> Path:
    """``swlabel schema --output``: the JSON Schemas check-jsonschema validates against."""
    folder = work / "schemas"
    if folder.exists():
        shutil.rmtree(folder)
    subprocess.run(
        [sys.executable, "-m", "swlabel", "schema", "--output", str(folder)],
        check=True,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    return folder


def extract_front_matter(repo: Path, target: Path) -> list[Path]:
    """Each evidence/*.md's front matter as target/evidence/<name>.yaml (done once, untimed)."""
    if target.exists():
        shutil.rmtree(target)
    (target / "evidence").mkdir(parents=True)
    written = []
    for path in sorted((repo / "evidence").glob("*.md")):
        text = path.read_text("utf-8-sig")
        end = text.find("\n---", 3)
        out = target / "evidence" / f"{path.stem}.yaml"
        out.write_text(text[4 : end + 1] if text.startswith("---") and end >= 0 else "")
        written.append(out)
    return written


def check_jsonschema_executable() -> str | None:
    local = Path(sys.executable).parent / "check-jsonschema"
    return str(local) if local.is_file() else shutil.which("check-jsonschema")


# --- the commands of each contender ------------------------------------------------------------


@dataclass(frozen=True)
class Contender:
    name: str
    commands: tuple[tuple[str, ...], ...]
    ok_codes: frozenset[int]
    before: Path | None = None  # a file to remove before each run (the report's output)
    env: dict[str, str] | None = None  # None: this process's environment as it is


def snapshot_source(cache: Path) -> tuple[dict[str, str], str]:
    """A copy of the working tree's swlabel package (src/swlabel with norms/ and templates/
    mapped in, as the wheel has them), put first on PYTHONPATH: the figures then belong to one
    version of the code even while others edit src/. Returns the environment and a digest."""
    target = cache / "snapshot"
    if target.exists():
        shutil.rmtree(target)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    package = target / "swlabel"
    shutil.copytree(PROJECT / "src" / "swlabel", package, ignore=ignore)
    shutil.copytree(PROJECT / "norms", package / "norms", ignore=ignore)
    shutil.copytree(PROJECT / "templates", package / "templates", ignore=ignore)
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(target).as_posix().encode() + path.read_bytes())
    return {**timing_environment(), "PYTHONPATH": str(target)}, digest.hexdigest()[:12]


def timing_environment() -> dict[str, str]:
    """This process's environment, but with bytecode written and read: a user's swlabel is
    installed by pip, which compiles it, so no timed run should compile swlabel's sources."""
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def compile_swlabel(env: dict[str, str]) -> None:
    """Byte-compile the swlabel package that the timed commands import (the installed one or
    the snapshot), once, before anything is timed."""
    locate = "import os, swlabel; print(os.path.dirname(swlabel.__file__))"
    found = subprocess.run(
        [sys.executable, "-c", locate], env=env, capture_output=True, text=True, check=True
    )
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", found.stdout.strip()],
        env=env,
        stdout=subprocess.DEVNULL,
        check=True,
    )


def contenders(
    repo: Path,
    work: Path,
    names: Sequence[str],
    skipped: dict[str, str],
    env: dict[str, str] | None = None,
) -> list[Contender]:
    python = sys.executable
    found = []
    for name in names:
        if name == "floor":
            normset = bundled_normset(repo)
            extra = ("--normset", str(normset)) if normset else ()
            command = (python, str(HERE / "floor.py"), str(repo), *extra)
            found.append(Contender(name, (command,), frozenset({0}), env=env))
        elif name == "typer-floor":
            normset = bundled_normset(repo)
            extra = ("--normset", str(normset)) if normset else ()
            command = (python, str(HERE / "floor.py"), "--typer", str(repo), "--as-of", AS_OF)
            found.append(Contender(name, ((*command, *extra),), frozenset({0}), env=env))
        elif name == "check":
            command = (python, "-m", "swlabel", "check", str(repo), "--as-of", AS_OF)
            found.append(Contender(name, (command,), frozenset({0, 1}), env=env))
        elif name == "report":
            output = work / "dossier.html"
            command = (python, "-m", "swlabel", "report", str(repo), "--as-of", AS_OF)
            command += ("--format", "html", "--output", str(output))
            found.append(Contender(name, (command,), frozenset({0}), before=output, env=env))
        elif name == "jsonschema":
            executable = check_jsonschema_executable()
            if executable is None:
                skipped[name] = "check-jsonschema is not installed"
                continue
            found.append(jsonschema_contender(executable, repo, work, env))
        else:
            raise ValueError(f"unknown contender {name!r}; choose from {', '.join(CONTENDERS)}")
    return found


def jsonschema_contender(
    executable: str, repo: Path, work: Path, env: dict[str, str] | None = None
) -> Contender:
    """One check-jsonschema process per kind of file (it takes one schema per run)."""
    schemas = export_schemas(work, env)
    front_matter = extract_front_matter(repo, work / "front-matter")
    evidence = [
        *front_matter,
        *sorted((repo / "evidence").glob("*.yaml")),
        *sorted((repo / "evidence").glob("*.yml")),
    ]
    register = [repo / "register.yaml"] if (repo / "register.yaml").is_file() else []
    register += sorted((repo / "register").glob("*.y*ml"))
    plan = [repo / "improvement-plan.yaml"] if (repo / "improvement-plan.yaml").is_file() else []
    groups = (
        ("swlabel.schema.json", [repo / "swlabel.yaml"]),
        ("evidence.schema.json", evidence),
        ("register.schema.json", register),
        ("improvement-plan.schema.json", plan),
    )
    commands = tuple(
        (executable, "--no-cache", "--schemafile", str(schemas / schema), *map(str, paths))
        for schema, paths in groups
        if paths
    )
    return Contender("jsonschema", commands, frozenset({0, 1}))


# --- timing -------------------------------------------------------------------------------------


def _maxrss_bytes(usage: Any) -> int:
    # ru_maxrss is in kibibytes on Linux, in bytes on macOS.
    return int(usage.ru_maxrss) * (1 if sys.platform == "darwin" else 1024)


def run_once(contender: Contender, capture: Path | None = None) -> Run:
    """Run the contender's commands one after the other, each a new process; time all of them.

    Standard output goes to /dev/null (or CAPTURE), never a terminal. Peak memory is each
    child's own ru_maxrss from wait4, the largest of the commands."""
    if contender.before is not None:
        contender.before.unlink(missing_ok=True)
    codes = []
    peak = 0
    cpu = 0.0
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        for command in contender.commands:
            with capture.open("ab") if capture else open(os.devnull, "wb") as out:  # noqa: PTH123
                process = subprocess.Popen(
                    command, stdout=out, stderr=errors, cwd=PROJECT, env=contender.env
                )
                _, status, usage = os.wait4(process.pid, 0)
            process.returncode = code = os.waitstatus_to_exitcode(status)
            codes.append(code)
            peak = max(peak, _maxrss_bytes(usage))
            cpu += usage.ru_utime + usage.ru_stime
        seconds = time.perf_counter() - start
        if any(code not in contender.ok_codes for code in codes):
            errors.seek(0)
            detail = errors.read().decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"{contender.name} exited with {codes}:\n{detail}")
    return Run(seconds, cpu, peak, tuple(codes))


def bench_size(
    name: str,
    runs: int,
    *,
    names: Sequence[str],
    cache: Path,
    seed: int,
    warmup: bool,
    env: dict[str, str] | None = None,
) -> SizeResult:
    repo = prepare_repo(name, cache, seed)
    work = cache / f"work-{name}"
    work.mkdir(parents=True, exist_ok=True)
    normset = bundled_normset(repo)
    result = SizeResult(name, repo, describe(repo, normset), runs)
    chosen = contenders(repo, work, names, result.skipped, env)
    if warmup:
        # Untimed: fills the OS file cache, and keeps check's output once
        # to count its meldingen per code.
        for contender in chosen:
            capture = work / "check-output.txt" if contender.name == "check" else None
            if capture:
                capture.unlink(missing_ok=True)
            print(f"  {name}: warm-up {contender.name}", file=sys.stderr, flush=True)
            run_once(contender, capture)
            if capture:
                codes = re.findall(r":\d+:\d+: (SWL\d+) ", capture.read_text("utf-8"))
                result.meldingen = Counter(codes)
    for contender in chosen:
        result.timings[contender.name] = Timing(contender.name)
    result.load.append(os.getloadavg()[0])
    for index in range(runs):
        # Rotate the order, so that no contender always runs right after another one.
        shift = index % len(chosen) if chosen else 0
        for contender in chosen[shift:] + chosen[:shift]:
            run = run_once(contender)
            result.timings[contender.name].runs.append(run)
            print(
                f"  {name}: run {index + 1}/{runs} {contender.name} {run.seconds:.2f} s "
                f"(CPU {run.cpu_seconds:.2f} s) {run.peak_bytes / MIB:.0f} MiB",
                file=sys.stderr,
                flush=True,
            )
    result.load.append(os.getloadavg()[0])
    return result


# --- reporting ----------------------------------------------------------------------------------


def _fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}×"


def _target_value(
    results: dict[str, SizeResult], size: str, what: str, *, cpu: bool = False
) -> float | None:
    result = results.get(size)
    if result is None:
        return None
    if what in ("check/floor", "check/typer-floor"):
        return result.ratio("check", what.split("/")[1], cpu=cpu)
    if what == "jsonschema/check":
        return result.ratio("jsonschema", "check", cpu=cpu)
    contender, unit = what.split()
    timing = result.timings.get(contender)
    if timing is None:
        return None
    if unit == "seconds":
        return timing.cpu_median if cpu else timing.median
    return None if cpu else timing.peak_mib


def targets_table(results: dict[str, SizeResult]) -> list[str]:
    lines = [
        "| size | target | measured (wall clock) | met | CPU time, for comparison |",
        "|---|---|---|---|---|",
    ]
    for size, what, limit in TARGETS:
        value = _target_value(results, size, what)
        cpu = _target_value(results, size, what, cpu=True)
        cpu_shown = "-"
        if cpu is not None:
            cpu_shown = f"{cpu:.2f} s" if what.endswith("seconds") else _fmt_ratio(cpu)
        at_least = what == "jsonschema/check"
        if what.endswith("seconds"):
            goal, shown = f"{what.split()[0]} ≤ {limit:g} s", value and f"{value:.2f} s"
        elif what.endswith("MiB"):
            goal, shown = f"{what.split()[0]} peak ≤ {limit:g} MiB", value and f"{value:.0f} MiB"
        elif at_least:
            goal, shown = f"check-jsonschema / check ≥ {limit:g}×", _fmt_ratio(value)
        else:
            floor = "Typer floor" if what.endswith("typer-floor") else "floor"
            goal, shown = f"check / {floor} ≤ {limit:g}×", _fmt_ratio(value)
        if value is None:
            met = "not measured"
        else:
            met = "yes" if (value >= limit if at_least else value <= limit) else "**no**"
        lines.append(f"| {size} | {goal} | {shown or '-'} | {met} | {cpu_shown} |")
    return lines


def growth_table(results: list[SizeResult]) -> list[str]:
    """How each contender's median grows from one size to the next, against the evidence items
    (linear cost: the time factor follows the items factor, less the fixed start-up)."""
    pairs = [
        (small, big)
        for small, big in itertools.pairwise(results)
        if small.shape["items"] and big.shape["items"] > small.shape["items"]
    ]
    if not pairs:
        return []
    names = [name for name in CONTENDERS if all(name in r.timings for pair in pairs for r in pair)]
    lines = [
        "",
        "Growth from one size to the next (factor of the medians; linear cost follows the items "
        "factor once start-up is small beside the work):",
        "",
        "| from → to | items | " + " | ".join(names) + " |",
        "|---|---:|" + "---:|" * len(names),
    ]
    for small, big in pairs:
        factors = [
            f"{big.timings[name].median / small.timings[name].median:.2f}×" for name in names
        ]
        items = big.shape["items"] / small.shape["items"]
        lines.append(f"| {small.name} → {big.name} | {items:.2f}× | " + " | ".join(factors) + " |")
    lines += [
        "",
        "| size | " + " | ".join(f"{name} ms per 1,000 items" for name in names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for result in results:
        if result.shape["items"]:
            per = [
                f"{result.timings[name].median * 1e6 / result.shape['items']:.0f}"
                for name in names
                if name in result.timings
            ]
            if len(per) == len(names):
                lines.append(f"| {result.name} | " + " | ".join(per) + " |")
    return lines


def markdown(results: dict[str, SizeResult], environment: dict[str, str]) -> str:
    lines = [
        f"Measured {environment['date']} on {environment['machine']}; "
        f"Python {environment['python']}, swlabel {environment['swlabel']}, "
        f"{environment['yaml']}, check-jsonschema {environment['check_jsonschema']}; "
        f"swlabel source: {environment['source']}.",
        "",
        "Sizes (evidence items are entries under `evidence:`):",
        "",
        "| size | norms | documents | evidence items | actions | files | MB | runs "
        "| load before → after |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for result in results.values():
        s = result.shape
        load = " → ".join(f"{value:.2f}" for value in result.load)
        lines.append(
            f"| {result.name} | {s['norms']:,} | {s['documents']:,} | {s['items']:,} | "
            f"{s['actions']:,} | {s['files']:,} | {s['bytes'] / 1e6:.1f} | {result.runs} "
            f"| {load} |"
        )
    lines += [
        "",
        "Wall-clock seconds per whole process (median, min–max over the runs), CPU seconds "
        "(user + system, median) and peak resident memory (largest of the runs):",
        "",
        "| size | contender | median s | min s | max s | CPU s | peak MiB |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for result in results.values():
        for timing in result.timings.values():
            lines.append(
                f"| {result.name} | {timing.contender} | {timing.median:.3f} | "
                f"{min(timing.seconds):.3f} | {max(timing.seconds):.3f} | "
                f"{timing.cpu_median:.3f} | {timing.peak_mib:.0f} |"
            )
        for contender, reason in result.skipped.items():
            lines.append(f"| {result.name} | {contender} | skipped: {reason} | | | | |")
    lines += [
        "",
        "Ratios of the medians, within each size's own run (wall clock; CPU time in brackets):",
        "",
        "| size | check / floor | check / Typer floor | report / floor "
        "| check-jsonschema / check |",
        "|---|---:|---:|---:|---:|",
    ]
    for result in results.values():
        cells = [
            f"{_fmt_ratio(result.ratio(a, b))} ({_fmt_ratio(result.ratio(a, b, cpu=True))})"
            if result.ratio(a, b) is not None
            else "-"
            for a, b in (
                ("check", "floor"),
                ("check", "typer-floor"),
                ("report", "floor"),
                ("jsonschema", "check"),
            )
        ]
        lines.append(f"| {result.name} | " + " | ".join(cells) + " |")
    rounds = [
        f"- {result.name}: check / Typer floor {_fmt_ratio(ratio)}"
        for result in results.values()
        if (ratio := result.round_ratio("check", "typer-floor")) is not None
    ]
    if rounds:
        lines += ["", "CPU time, the ratio taken within each round, median over the rounds:", ""]
        lines += rounds
    lines += growth_table(list(results.values()))
    lines += ["", "Targets:", "", *targets_table(results)]
    found = [result for result in results.values() if result.meldingen]
    if found:
        lines += ["", "Meldingen of `swlabel check` (from the warm-up run), per code:", ""]
        for result in found:
            counts = ", ".join(f"{code} {n}" for code, n in sorted(result.meldingen.items()))
            lines.append(f"- {result.name}: {counts}")
    return "\n".join(lines) + "\n"


def environment(env: dict[str, str] | None = None, snapshot: str = "") -> dict[str, str]:
    machine = platform.machine()
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        model = re.search(r"model name\s*:\s*(.+)", cpuinfo)
        if model:
            machine = model.group(1).strip()
    except OSError:
        pass
    probe = subprocess.run(
        [sys.executable, "-m", "swlabel", "--version"],
        capture_output=True,
        text=True,
        check=False,
        env={**(env or os.environ), "SWLABEL_LANG": "en"},
    )
    version = probe.stdout.strip()
    swlabel = version.split()[1] if version.startswith("swlabel ") else "?"
    yaml_text = "PyYAML C loader" if "C loader" in version else "PyYAML pure-Python loader"
    executable = check_jsonschema_executable()
    cj = "not installed"
    if executable:
        out = subprocess.run([executable, "--version"], capture_output=True, text=True, check=False)
        cj = out.stdout.strip().rsplit(" ", 1)[-1] or "?"
    commit = subprocess.run(
        ["git", "-C", str(PROJECT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(PROJECT), "status", "--porcelain", "--", "src"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    source = f"commit {commit or '?'}" + (" with uncommitted changes in src/" if dirty else "")
    if snapshot:
        source = f"a snapshot (sha256 {snapshot}) of the working tree taken at the start, {source}"
    return {
        "source": source,
        "date": dt.date.today().isoformat(),
        "machine": f"{platform.system()} {machine}, {os.cpu_count()} CPUs",
        "python": platform.python_version(),
        "swlabel": swlabel,
        "yaml": yaml_text,
        "check_jsonschema": cj,
    }


def write_readme(text: str, path: Path = README) -> None:
    content = path.read_text("utf-8")
    start, end = content.index(START_MARKER), content.index(END_MARKER)
    replaced = content[: start + len(START_MARKER)] + "\n" + text + content[end:]
    path.write_text(replaced, "utf-8")


def parse_sizes(text: str, runs: int) -> list[tuple[str, int]]:
    """``example,large,huge:3`` → [("example", RUNS), ("large", RUNS), ("huge", 3)]."""
    sizes = []
    for part in text.split(","):
        name, _, count = part.strip().partition(":")
        if name != "example" and name not in generate.SIZES:
            choices = ", ".join(["example", *generate.SIZES])
            raise SystemExit(f"unknown size {name!r}; choose from {choices}")
        sizes.append((name, int(count) if count else runs))
    return sizes


def run_benchmark(
    sizes: Sequence[tuple[str, int]],
    *,
    names: Sequence[str] = CONTENDERS,
    cache: Path = DEFAULT_CACHE,
    seed: int = 1,
    warmup: bool = True,
    env: dict[str, str] | None = None,
) -> dict[str, SizeResult]:
    cache.mkdir(parents=True, exist_ok=True)
    results = {}
    for name, runs in sizes:
        print(f"{name}: {runs} run(s)", file=sys.stderr, flush=True)
        results[name] = bench_size(
            name, runs, names=names, cache=cache, seed=seed, warmup=warmup, env=env
        )
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        default="example,large",
        help="comma-separated: example, " + ", ".join(generate.SIZES) + "; NAME:N sets its runs",
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs per contender")
    parser.add_argument(
        "--contenders",
        default=",".join(CONTENDERS),
        help="comma-separated subset of " + ", ".join(CONTENDERS),
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="generated repositories")
    parser.add_argument("--no-warmup", action="store_true", help="skip the untimed first run")
    parser.add_argument(
        "--snapshot",
        action="store_true",
        help="time a copy of src/ taken at the start (for when others edit it meanwhile)",
    )
    parser.add_argument("--json", type=Path, help="also write the raw timings here")
    parser.add_argument("--write-readme", action="store_true", help="update benchmarks/README.md")
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.contenders.split(",") if name.strip()]
    args.cache.mkdir(parents=True, exist_ok=True)
    env, digest = snapshot_source(args.cache) if args.snapshot else (timing_environment(), "")
    compile_swlabel(env)
    results = run_benchmark(
        parse_sizes(args.sizes, args.runs),
        names=names,
        cache=args.cache,
        seed=args.seed,
        warmup=not args.no_warmup,
        env=env,
    )
    text = markdown(results, environment(env, digest))
    print(text)
    if args.json:
        raw = {
            name: {
                "shape": result.shape,
                "meldingen": dict(result.meldingen),
                "timings": {
                    contender: [run.__dict__ for run in timing.runs]
                    for contender, timing in result.timings.items()
                },
            }
            for name, result in results.items()
        }
        args.json.write_text(json.dumps(raw, indent=2))
    if args.write_readme:
        write_readme(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
