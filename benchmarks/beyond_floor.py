"""What ``swlabel check`` pays beyond the Typer floor, step by step, in CPU milliseconds.

    python benchmarks/beyond_floor.py [REPO] [--runs 7] [--as-of 2026-11-01]

Each run is a new process that first does the Typer floor's whole run in itself
(``floor.py --typer``: its imports, its command and its reading), so that what follows pays
only for what check does on top: swlabel's imports (with the dataclasses, pydantic models and
regular expressions created while importing them), then the steps of ``swlabel check`` one by
one as :func:`swlabel.commands.check.check` takes them (the command line itself, Typer building
and parsing ``check``, is left out: see ``floor.py``). The table gives the median of RUNS
processes; ``run.py`` remains the measure of the whole process. REPO defaults to the example.
The instruments that time the dataclasses, models and patterns add about 1 ms to the imports.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import io
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "examples" / "stichting-welzijn-dalwijk"
STEPS = (
    "the Typer floor's run after its imports (its command, its reading)",
    "swlabel's imports",
    "  of which dataclasses created",
    "  of which pydantic models created",
    "  of which regular expressions compiled",
    "find and read swlabel.yaml",
    "read and validate the dossier",
    "BSN scan (the mask learns)",
    "checks and coverage",
    "text output",
)


@contextlib.contextmanager
def timed(function_owner: Any, name: str, spent: list[float]) -> Iterator[None]:
    """Add the CPU time of every call of FUNCTION_OWNER.NAME to SPENT while inside."""
    original = getattr(function_owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.process_time() - start)

    setattr(function_owner, name, wrapper)
    try:
        yield
    finally:
        setattr(function_owner, name, original)


def lap(figures: dict[str, float], name: str, start: float) -> float:
    """Record the CPU time since START as NAME; return now."""
    now = time.process_time()
    figures[name] = now - start
    return now


def one_process(repo: Path, as_of: str) -> dict[str, float]:
    """The steps of one process, in CPU milliseconds."""
    gc.disable()  # as swlabel's console script does from its start
    clock = time.process_time
    sys.path.insert(0, str(HERE))
    import floor
    import yaml

    # The bundled norm set the repository names, parsed by the floor as check reads it.
    config = yaml.load((repo / "swlabel.yaml").read_text("utf-8"), Loader=yaml.CBaseLoader)  # noqa: S506
    reference = str(config.get("norms") or "kwaliteitslabel-sociaal-werk-2019")
    bundled = HERE.parent / "norms" / f"{reference}.yaml"
    extra = ["--normset", str(bundled)] if bundled.is_file() else []
    start = clock()
    with contextlib.redirect_stdout(io.StringIO()):
        floor.typer_main([str(repo), "--as-of", as_of, *extra])
    figures = {STEPS[0]: clock() - start}  # shown for scale: the floor's own work

    import dataclasses

    from pydantic._internal import _model_construction

    classes: list[float] = []
    models: list[float] = []
    patterns: list[float] = []
    start = clock()
    with (
        timed(dataclasses, "_process_class", classes),
        timed(_model_construction.ModelMetaclass, "__new__", models),
        timed(re, "_compile", patterns),
    ):
        # What a run of check imports before it reads anything: the command line and check.
        import swlabel.cli.app
        import swlabel.commands.check  # noqa: F401
    figures[STEPS[1]] = clock() - start
    figures[STEPS[2]], figures[STEPS[3]] = sum(classes), sum(models)
    figures[STEPS[4]] = sum(patterns)

    from swlabel.checks import run_checks
    from swlabel.checks.privacy import known_bsns
    from swlabel.doors import mask
    from swlabel.i18n import Translator, pick_language, placeholders
    from swlabel.load.dossier import find_root, load_config, load_repository
    from swlabel.output.check_formats import REPORTERS

    start = clock()
    root = find_root(repo)
    config = load_config(root)
    start = lap(figures, STEPS[5], start)
    t = Translator(pick_language(None, config.language))
    dossier = load_repository(root, config, placeholders(t))
    start = lap(figures, STEPS[6], start)
    mask.learn(known_bsns(dossier))
    start = lap(figures, STEPS[7], start)
    result = run_checks(dossier, dt.date.fromisoformat(as_of))
    start = lap(figures, STEPS[8], start)
    REPORTERS["text"](t).write(result, io.StringIO())
    lap(figures, STEPS[9], start)
    return {name: 1000 * seconds for name, seconds in figures.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("repo", nargs="?", type=Path, default=EXAMPLE)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--as-of", default="2026-11-01")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one_process(args.repo.resolve(), args.as_of)))
        return 0
    runs: list[dict[str, float]] = []
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    for _ in range(args.runs):
        command = [sys.executable, __file__, str(args.repo), "--as-of", args.as_of, "--one"]
        done = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
        runs.append(json.loads(done.stdout.splitlines()[-1]))
    print(f"Median of {args.runs} processes, CPU ms, {args.repo.name}:\n")
    print("| step | ms |\n|---|---:|")
    for name in STEPS:
        print(f"| {name} | {statistics.median(run[name] for run in runs):.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
