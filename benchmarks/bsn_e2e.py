"""What hostile BSN text costs whole commands: CPU seconds per MB for check, status and report.

    python benchmarks/bsn_e2e.py [--mb 4] [--runs 3] [--cases lines,csv_bsn_header]
        [--places document,narrative] [--commands check,status,html,md,json] [--ref COMMIT]

``benchmarks/bsn_scan.py`` times the BSN scan per call; issue #12 (class 9) is about what a
user meets: the installed CLI run on a dossier that holds megabytes of 9-digit numbers that
pass the 11-proef. This script builds, in a temporary folder, a new dossier (``swlabel init
--organisation ...``, committed in git) and, per case and place, the same dossier with one
hostile text of about ``--mb`` megabytes from ``bsn_scan.build(case, size, seed)`` (the
cases are those of ``bsn_scan.py``), committed as well:

==========  ===============================================================================
document    the text is ``documenten/bijlage.txt``, a document in ``register.yaml`` that
            norm 1.1 cites as evidence (``evidence: - document: bijlage``), so the privacy
            scan reads it and every output that names it passes the mask
narrative   the text is appended to the narrative of ``evidence/1.1.md`` (below its front
            matter), so every output that shows the narrative renders and masks it
==========  ===============================================================================

and runs each command on the plain dossier and on each hostile one, every run a new process
(``python -m swlabel`` of this interpreter), ``--runs`` times, all with ``--as-of
2026-11-01``:

==========  ===============================================================================
check       ``swlabel check REPO`` (text output, to /dev/null; exit code 0 or 1)
status      ``swlabel status REPO``
html        ``swlabel report REPO --format html --output TMP/dossier.html --force``
md          the same with ``--format md``
json        the same with ``--format json``
==========  ===============================================================================

The figures are the median CPU time (user + system) of the child process and what it waited
for (git), from ``os.wait4``, and the child's peak resident memory (``ru_maxrss``). The table
gives, per case, place and command, the median CPU seconds, the cost of the hostile text per
MB of it, ``(hostile - plain) / MB``, and the peak memory; the last line names the worst
seconds per MB. Issue #12 asks for at most about 0.2 s per MB. Standard output goes to
/dev/null; a command that exits otherwise than 0 or 1 (or is stopped by ``--limit-gb``, an
address-space limit that keeps a run from taking the shared machine's memory) is shown as
failed, with the end of its standard error, and the script then exits 1.

With ``--ref COMMIT`` the swlabel of that commit runs beside the current one, run for run on
the same dossiers: ``git archive COMMIT src norms templates`` is unpacked into the temporary
folder (``norms/`` and ``templates/`` mapped into the package, as the wheel has them) and put
first on ``PYTHONPATH`` of the same interpreter, with the same dependencies. Each figure is
then printed as ``before / after``. Before anything is timed, every command runs once
untimed on the plain dossier; bytecode goes to the temporary folder
(``PYTHONPYCACHEPREFIX``), as does everything else: nothing is written outside it, and it is
removed at the end.

``--snapshot`` times a copy of the working tree's package (``src/swlabel`` with ``norms/`` and
``templates/`` mapped in, taken at the start, uncommitted changes included) instead of the
installed swlabel, so that the figures belong to one version of the code while others commit
to ``src/`` during the run (an editable install would pick up their changes between two
runs). The first line of the output names the commit at the start, and at the end if it moved.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import bsn_scan

PROJECT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-01"
PLACES = ("document", "narrative")
COMMANDS = ("check", "status", "html", "md", "json")
DEFAULT_CASES = (
    "lines",
    "csv_bsn_header",
    "separators",
    "label_lines",
    "client_csv",
    "sparse_table",
    "known_everywhere",
    "glued_chain",
)
OK_CODES = frozenset({0, 1})
GIT = ("git", "-c", "user.name=bsn_e2e", "-c", "user.email=bsn_e2e@example.org")
GIT_COMMIT = (*GIT, "-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-m")
REGISTER_EMPTY = "documents: []"
REGISTER_DOCUMENT = (
    "documents:\n  - id: bijlage\n    title: Bijlage\n    kind: overzicht\n"
    "    path: documenten/bijlage.txt\n    date: 2026-01-01\n"
)
EVIDENCE_EMPTY = "evidence: []"
EVIDENCE_DOCUMENT = "evidence:\n  - document: bijlage\n    aspects: []"


@dataclass(frozen=True)
class Swlabel:
    """One swlabel to time: its name in the table and the environment that picks it."""

    name: str
    env: dict[str, str]


@dataclass
class Measured:
    """The runs of one command of one swlabel on one dossier."""

    cpu: list[float] = field(default_factory=list)
    peak: int = 0  # bytes
    failure: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")


def _git(repo: Path, *args: str) -> None:
    subprocess.run([*GIT, "-C", str(repo), *args], check=True, stdout=subprocess.DEVNULL)


def _commit(repo: Path, message: str) -> None:
    _git(repo, "add", "--all", ".")
    subprocess.run([*GIT_COMMIT, message], cwd=repo, check=True, stdout=subprocess.DEVNULL)


def _replace_once(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if text.count(old) != 1:
        raise SystemExit(f"{path}: expected {old!r} once (has swlabel init changed?)")
    path.write_text(text.replace(old, new), encoding="utf-8")


def make_plain(work: Path, env: dict[str, str]) -> Path:
    """A new dossier as ``swlabel init`` writes it, committed in git."""
    repo = work / "plain"
    init = ["init", str(repo), "--organisation", "Stichting Bench", "--yes", "--ci", "none"]
    subprocess.run(
        [sys.executable, "-m", "swlabel", *init],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    _commit(repo, "plain")
    return repo


def make_hostile(plain: Path, dest: Path, place: str, text: str) -> None:
    """The plain dossier with TEXT as a cited document or in norm 1.1's narrative."""
    shutil.copytree(plain, dest, symlinks=True)
    evidence = dest / "evidence" / "1.1.md"
    if place == "document":
        (dest / "documenten").mkdir()
        (dest / "documenten" / "bijlage.txt").write_text(text, encoding="utf-8")
        _replace_once(dest / "register.yaml", REGISTER_EMPTY, REGISTER_DOCUMENT)
        _replace_once(evidence, EVIDENCE_EMPTY, EVIDENCE_DOCUMENT)
    elif place == "narrative":
        with evidence.open("a", encoding="utf-8") as out:
            out.write("\n" + text)
    else:
        raise ValueError(place)
    _commit(dest, f"hostile {place}")


def command_line(command: str, repo: Path, work: Path) -> list[str]:
    base = [sys.executable, "-m", "swlabel"]
    if command in ("check", "status"):
        return [*base, command, str(repo), "--as-of", AS_OF]
    output = work / f"dossier.{command}"
    report = [*base, "report", str(repo), "--as-of", AS_OF, "--format", command]
    return [*report, "--output", str(output), "--force"]


def _limit(gigabytes: float) -> None:
    limit = int(gigabytes * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_once(argv: list[str], env: dict[str, str], limit_gb: float) -> tuple[float, int, str]:
    """CPU seconds and peak RSS (bytes) of one process; a failure's message, or ''."""
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            argv,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env=env,
            preexec_fn=(lambda: _limit(limit_gb)) if limit_gb > 0 else None,  # noqa: PLW1509
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = code = os.waitstatus_to_exitcode(status)
        failure = ""
        if code not in OK_CODES:
            errors.seek(0)
            tail = errors.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            failure = f"exit {code}: " + " | ".join(tail)
    peak = int(usage.ru_maxrss) * (1 if sys.platform == "darwin" else 1024)
    return usage.ru_utime + usage.ru_stime, peak, failure


def measure(
    repo: Path,
    commands: Sequence[str],
    swlabels: Sequence[Swlabel],
    runs: int,
    work: Path,
    limit_gb: float,
) -> dict[tuple[str, str], Measured]:
    """Every command on REPO, run for run alternating between the swlabels."""
    results = {(s.name, c): Measured() for s in swlabels for c in commands}
    for command in commands:
        argv = command_line(command, repo, work)
        for _ in range(runs):
            for swlabel in swlabels:
                result = results[swlabel.name, command]
                if result.failure:
                    continue
                cpu, peak, failure = run_once(argv, swlabel.env, limit_gb)
                result.failure = failure
                result.cpu.append(cpu)
                result.peak = max(result.peak, peak)
        for leftover in work.glob("dossier.*"):
            leftover.unlink()  # a report of hundreds of MB need not stay on the disk
    return results


def reference(ref: str, work: Path) -> Path:
    """The package of commit REF as the wheel lays it out, under WORK/ref; the folder to put
    on PYTHONPATH."""
    target = work / "ref"
    target.mkdir()
    archive = work / "ref.tar"
    paths = [p for p in ("src", "norms", "templates") if _in_commit(ref, p)]
    with archive.open("wb") as out:
        subprocess.run(
            ["git", "-C", str(PROJECT), "archive", "--format=tar", ref, *paths],
            stdout=out,
            check=True,
        )
    with tarfile.open(archive) as tar:
        tar.extractall(target)  # noqa: S202 - an archive of this repository, made just now
    archive.unlink()
    package = target / "src" / "swlabel"
    for data in ("norms", "templates"):
        if (target / data).is_dir() and not (package / data).exists():
            shutil.move(target / data, package / data)
    return target / "src"


def snapshot(work: Path) -> Path:
    """A copy of the working tree's package as the wheel lays it out, under WORK/snapshot; the
    folder to put on PYTHONPATH."""
    package = work / "snapshot" / "swlabel"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(PROJECT / "src" / "swlabel", package, ignore=ignore)
    for data in ("norms", "templates"):
        shutil.copytree(PROJECT / data, package / data, ignore=ignore)
    return package.parent


def _in_commit(ref: str, path: str) -> bool:
    found = subprocess.run(
        ["git", "-C", str(PROJECT), "cat-file", "-e", f"{ref}:{path}"],
        capture_output=True,
        check=False,
    )
    return found.returncode == 0


def _path(first: Path, env: dict[str, str]) -> str:
    return os.pathsep.join([str(first), *filter(None, [env.get("PYTHONPATH", "")])])


def _where(env: dict[str, str]) -> str:
    probe = "import swlabel; print(swlabel.__file__)"
    return subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def _commit_of_project() -> str:
    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(PROJECT), *args], capture_output=True, text=True, check=False
        ).stdout.strip()

    dirty = " with uncommitted changes in src/" if git("status", "--porcelain", "--", "src") else ""
    return (git("rev-parse", "--short", "HEAD") or "?") + dirty


def _machine() -> str:
    model = platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {model}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def _load() -> str:
    try:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _pair(values: Sequence[str]) -> str:
    return " / ".join(values)


def table(
    rows: list[tuple[str, str, str, float, dict[str, tuple[Measured, Measured]]]],
    names: Sequence[str],
) -> tuple[list[str], float, str]:
    """The Markdown lines, the worst seconds per MB of the last swlabel, and where."""
    lines = [
        "| case | place | command | median CPU s | (hostile - plain) s/MB | peak RSS MiB |",
        "|---|---|---|---:|---:|---:|",
    ]
    worst, where = float("-inf"), ""
    for case, place, command, mb, pairs in rows:
        cpu, per_mb, rss = [], [], []
        for name in names:
            hostile, plain = pairs[name]
            if hostile.failure or plain.failure:
                cpu.append("failed")
                per_mb.append("failed")
                rss.append(f"{hostile.peak / 2**20:.0f}")
                continue
            cost = (hostile.median - plain.median) / mb if mb else 0.0
            cpu.append(f"{hostile.median:.2f}")
            per_mb.append(f"{cost:.3f}")
            rss.append(f"{hostile.peak / 2**20:.0f}")
            if name == names[-1] and mb and cost > worst:
                worst, where = cost, f"{case} / {place} / {command}"
        lines.append(
            f"| {case} | {place} | {command} | {_pair(cpu)} | {_pair(per_mb)} | {_pair(rss)} |"
        )
    return lines, worst, where


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=4.0, help="megabytes of hostile text")
    parser.add_argument("--runs", type=int, default=3, help="runs per command (median)")
    parser.add_argument("--cases", default=",".join(DEFAULT_CASES), help="bsn_scan.py cases")
    parser.add_argument("--places", default=",".join(PLACES), help="document,narrative")
    parser.add_argument("--commands", default=",".join(COMMANDS), help="check,status,html,md,json")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ref", help="also time the swlabel of this commit (before / after)")
    parser.add_argument(
        "--snapshot", action="store_true", help="time a copy of the working tree's swlabel"
    )
    parser.add_argument(
        "--limit-gb", type=float, default=8.0, help="address-space limit per run (0: none)"
    )
    args = parser.parse_args(argv)
    cases = [c for c in args.cases.split(",") if c]
    places = [p for p in args.places.split(",") if p]
    commands = [c for c in args.commands.split(",") if c]
    for name, chosen, known in (
        ("case", cases, bsn_scan.CASES),
        ("place", places, PLACES),
        ("command", commands, COMMANDS),
    ):
        unknown = sorted(set(chosen) - set(known))
        if unknown:
            parser.error(f"unknown {name}: {', '.join(unknown)} (known: {', '.join(known)})")

    size = int(args.mb * 1_000_000)
    started = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    load_start = _load()
    commit = _commit_of_project()
    with tempfile.TemporaryDirectory(prefix="bsn_e2e-") as folder:
        work = Path(folder)
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base |= {"PYTHONPYCACHEPREFIX": str(work / "pycache"), "SWLABEL_LANG": "nl"}
        current = Swlabel("after", base)
        if args.snapshot:
            copy = snapshot(work)
            current = Swlabel("after", {**base, "PYTHONPATH": _path(copy, base)})
            if not _where(current.env).startswith(str(copy)):
                raise SystemExit("the snapshot of the working tree is not the swlabel imported")
        swlabels = [current]
        if args.ref:
            ref_src = reference(args.ref, work)
            swlabels.insert(0, Swlabel("before", {**base, "PYTHONPATH": _path(ref_src, base)}))
            if not _where(swlabels[0].env).startswith(str(ref_src)):
                raise SystemExit(f"the swlabel of {args.ref} is not the one imported")
        names = [s.name for s in swlabels]
        plain = make_plain(work, current.env)
        for swlabel in swlabels:  # untimed: bytecode written, files in the OS cache
            for command in commands:
                run_once(command_line(command, plain, work), swlabel.env, args.limit_gb)
        plain_results = measure(plain, commands, swlabels, args.runs, work, args.limit_gb)
        rows: list[tuple[str, str, str, float, dict[str, tuple[Measured, Measured]]]] = []
        plain_row = "| (plain) | | {} | {} | | {} |"
        plain_lines = [
            plain_row.format(
                command,
                _pair([f"{plain_results[n, command].median:.2f}" for n in names]),
                _pair([f"{plain_results[n, command].peak / 2**20:.0f}" for n in names]),
            )
            for command in commands
        ]
        for case in cases:
            text = bsn_scan.build(case, size, args.seed)
            mb = len(text.encode("utf-8")) / 1_000_000
            for place in places:
                repo = work / f"{place}-{case}"
                make_hostile(plain, repo, place, text)
                results = measure(repo, commands, swlabels, args.runs, work, args.limit_gb)
                for command in commands:
                    pairs = {n: (results[n, command], plain_results[n, command]) for n in names}
                    rows.append((case, place, command, mb, pairs))
                shutil.rmtree(repo)
                print(f"  done: {case} / {place}", file=sys.stderr, flush=True)
        lines, worst, where = table(rows, names)
        lines[2:2] = plain_lines

    moved = _commit_of_project()
    if moved != commit:
        commit += f" at the start, {moved} at the end"
        commit += " (timed: the snapshot of the start)" if args.snapshot else ""
    print(
        f"{started}, commit {commit}"
        + (f" (before: {args.ref})" if args.ref else "")
        + f"; {_machine()}; load average {load_start} at the start, {_load()} at the end; "
        f"--mb {args.mb:g} --runs {args.runs} --seed {args.seed}"
    )
    print()
    print("\n".join(lines))
    print()
    if where:
        print(f"Worst: {worst:.3f} s per MB ({where}); issue #12 asks for at most about 0.2.")
    failures = [
        f"{case} / {place} / {command} ({name}): {pairs[name][0].failure}"
        for case, place, command, _, pairs in rows
        for name in names
        if pairs[name][0].failure
    ]
    failures += [
        f"(plain) / {command} ({name}): {plain_results[name, command].failure}"
        for name in names
        for command in commands
        if plain_results[name, command].failure
    ]
    for failure in failures:
        print(f"Failed: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
