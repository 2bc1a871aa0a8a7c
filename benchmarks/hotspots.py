"""Where swlabel's time goes on one size: import cost and a cProfile of the run.

    python benchmarks/hotspots.py --size large [--command check|report] [--top 10]

1. ``python -X importtime -m swlabel check REPO …``: the modules with the largest cumulative
   import time (paid before and during the run, as modules are imported lazily), grouped by
   top-level package, and swlabel's own modules;
2. ``python -m cProfile -m swlabel check REPO --as-of 2026-11-01`` (or ``report --format
   html``): the entries with the largest cumulative time, those in swlabel's own code and the
   overall top, plus the functions with the largest own (tottime) time.

Profiling slows Python code down (roughly 1.5-2×); use the shares, not the absolute times.
The repository is generated into benchmarks/.cache as ``run.py`` does. To profile the
snapshot that ``run.py --snapshot`` timed, run with ``PYTHONPATH=benchmarks/.cache/snapshot``.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import pstats
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def _load_run() -> ModuleType:
    """benchmarks/run.py, imported without putting benchmarks/ on sys.path."""
    spec = importlib.util.spec_from_file_location("swlabel_benchmarks_run", HERE / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


run = _load_run()


def _swlabel_source() -> str:
    """The folder of the swlabel the subprocesses import (PYTHONPATH first, as for them)."""
    spec = importlib.util.find_spec("swlabel")
    if spec is None or spec.origin is None:
        return str(run.PROJECT / "src" / "swlabel")
    return str(Path(spec.origin).parent)


SWLABEL_SOURCE = _swlabel_source()


def import_times(repo: Path, command: str, top: int) -> str:
    args = [command, str(repo), "--as-of", run.AS_OF]
    with tempfile.TemporaryDirectory() as work:
        if command == "report":
            args += ["--format", "html", "--output", str(Path(work) / "dossier.html")]
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "swlabel", *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            cwd=run.PROJECT,
        )
    # "import time: self [us] | cumulative | imported package"
    rows = []
    for line in done.stderr.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if found:
            own, cumulative, indent, name = found.groups()
            rows.append((name, int(own), int(cumulative), len(indent) // 2))
    total = sum(own for _, own, _, _ in rows)
    by_package: dict[str, int] = defaultdict(int)
    for name, own, _, _ in rows:
        by_package[name.split(".")[0]] += own
    lines = [
        f"import time of `swlabel {command}`: {total / 1000:.0f} ms in {len(rows)} modules",
        "",
    ]
    lines += ["| top-level package | own import time, ms (sum over its modules) |", "|---|---:|"]
    for package, own in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"| {package} | {own / 1000:.1f} |")
    lines += ["", "| module (first import, cumulative) | cumulative ms |", "|---|---:|"]
    for name, _, cumulative, _ in sorted(rows, key=lambda row: -row[2])[:top]:
        lines.append(f"| {name} | {cumulative / 1000:.1f} |")
    own_rows = [row for row in rows if row[0].startswith("swlabel")]
    lines += ["", "| swlabel module | own ms | cumulative ms |", "|---|---:|---:|"]
    for name, own, cumulative, _ in sorted(own_rows, key=lambda row: -row[2])[:top]:
        lines.append(f"| {name} | {own / 1000:.1f} | {cumulative / 1000:.1f} |")
    return "\n".join(lines)


def _label(func: tuple[str, int, str]) -> str:
    filename, line, name = func
    if filename.startswith(SWLABEL_SOURCE):
        filename = "swlabel/" + filename[len(SWLABEL_SOURCE) + 1 :]
    elif "site-packages/" in filename:
        filename = filename.split("site-packages/", 1)[1]
    return f"{filename}:{line}({name})"


def profile(repo: Path, command: str, top: int) -> str:
    with tempfile.TemporaryDirectory() as work:
        stats_file = Path(work) / "profile.out"
        args = [command, str(repo), "--as-of", run.AS_OF]
        if command == "report":
            args += ["--format", "html", "--output", str(Path(work) / "dossier.html")]
        subprocess.run(
            [sys.executable, "-m", "cProfile", "-o", str(stats_file), "-m", "swlabel", *args],
            stdout=subprocess.DEVNULL,
            check=False,
            cwd=run.PROJECT,
        )
        stats = pstats.Stats(str(stats_file), stream=io.StringIO())
    entries = stats.stats  # type: ignore[attr-defined]
    total = max(ct for _, _, _, ct, _ in entries.values())
    rows = [(func, cc, nc, tt, ct) for func, (cc, nc, tt, ct, _) in entries.items()]

    def table(title: str, chosen: list[tuple], key: str) -> list[str]:
        lines = ["", title, "", "| function | calls | own s | cumulative s | % of run |"]
        lines.append("|---|---:|---:|---:|---:|")
        for func, _, nc, tt, ct in chosen:
            share = 100 * ct / total if key == "ct" else 100 * tt / total
            lines.append(f"| `{_label(func)}` | {nc:,} | {tt:.3f} | {ct:.3f} | {share:.0f}% |")
        return lines

    own = [row for row in rows if row[0][0].startswith(SWLABEL_SOURCE)]
    lines = [f"cProfile of `swlabel {' '.join(args[:1])}` on {repo.name}: {total:.2f} s in all"]
    lines += table(
        f"Top {top} cumulative entries in swlabel's own code:",
        sorted(own, key=lambda row: -row[4])[:top],
        "ct",
    )
    lines += table(
        f"Top {top} functions by own time (anywhere):",
        sorted(rows, key=lambda row: -row[3])[:top],
        "tt",
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="large", help="example, or a size of generate.py")
    parser.add_argument("--command", choices=("check", "report"), default="check")
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=run.DEFAULT_CACHE)
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    repo = run.prepare_repo(args.size, args.cache, args.seed)
    print(import_times(repo, args.command, args.top))
    print()
    print(profile(repo, args.command, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
