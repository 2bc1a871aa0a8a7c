"""How fast ``swlabel export`` and ``swlabel import`` are (issue #16), and whether they grow
linearly with the dossier: the whole process, as a user meets it, on the example organisation
and on generated repositories of 250 and 1,000 norms (benchmarks/generate.py, seed 1).

The import reads back the workbook just exported, without edits (the round-trip a quality
officer does most; it compares every cell and writes nothing). The figures are medians of
--runs runs; the table gives the time per norm as a ratio to the example's, which stays near 1
or below when the time is linear in the size. Usage::

    python benchmarks/workbook.py --runs 5
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "stichting-welzijn-dalwijk"
SIZES = {"example": None, "medium": (250, 1_250, 5_000), "large": (1_000, 5_000, 20_000)}


def _generate() -> object:
    spec = importlib.util.spec_from_file_location("swlabel_bench_generate", HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def prepare(name: str, work: Path) -> tuple[Path, int]:
    repo = work / name
    size = SIZES[name]
    if size is None:
        shutil.copytree(EXAMPLE, repo)
        return repo, 49
    norms, documents, items = size
    _generate().generate(repo, norms=norms, documents=documents, items=items, seed=1)  # type: ignore[attr-defined]
    return repo, norms


def timed(command: list[str], runs: int) -> tuple[float, float]:
    """The median wall-clock and CPU seconds (user + system) of COMMAND's process. On a
    shared machine the wall clock waits for other work; the CPU time is what the run costs."""
    subprocess.run(command, check=True, capture_output=True)  # warm-up, untimed
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if done.returncode not in (0, 1):
            raise SystemExit(done.stderr.decode())
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="example,medium,large")
    options = parser.parse_args()
    swlabel = [sys.executable, "-m", "swlabel"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="swlabel-workbook-bench-") as folder:
        work = Path(folder)
        for name in options.sizes.split(","):
            repo, norms = prepare(name, work)
            book = work / f"{name}.xlsx"
            export = timed([*swlabel, "export", str(repo), "--output", str(book)], options.runs)
            back = timed([*swlabel, "import", str(book), str(repo)], options.runs)
            rows.append((name, norms, export, back))
    first_norms, first_export, first_back = rows[0][1], rows[0][2][1], rows[0][3][1]
    print(
        "| size | norms | export wall / CPU (s) | CPU per norm vs example "
        "| import wall / CPU (s) | CPU per norm vs example |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for name, norms, (export_wall, export_cpu), (back_wall, back_cpu) in rows:
        export_ratio = (export_cpu / norms) / (first_export / first_norms)
        back_ratio = (back_cpu / norms) / (first_back / first_norms)
        print(
            f"| {name} | {norms:,} | {export_wall:.2f} / {export_cpu:.2f} | {export_ratio:.2f} "
            f"| {back_wall:.2f} / {back_cpu:.2f} | {back_ratio:.2f} |"
        )


if __name__ == "__main__":
    main()
