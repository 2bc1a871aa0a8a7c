"""Doing one pure piece of work over many files in a few processes, when that pays.

Reading a large dossier is mostly parsing YAML, which one Python process does on one core.
Above a size threshold the list is dealt out over a few parts; each part but the first goes to
a child process made with ``fork`` (it shares everything already imported and loaded), which
sends its results back pickled through a pipe, while this process does the first part. The
results are put back in the order of the list, so the outcome is the same as in one process.

Only on Linux, and only in a process without other threads: ``fork`` is not available on
Windows, not safe on macOS, and copies only the calling thread. ``SWLABEL_JOBS``
sets the number of processes (1 switches this off); it defaults to the number of CPUs this
process may use, at most :data:`MAX_JOBS`. A child that cannot be started, or that fails in
any way, is not trusted: its part is done here.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many bytes per process, starting a process and sending its results back costs
# more than the work it takes over (see "What made it fast" in benchmarks/README.md).
MIN_BYTES_PER_JOB = 1024 * 1024
MAX_JOBS = 4
JOBS_VARIABLE = "SWLABEL_JOBS"


def available_jobs() -> int:
    """How many processes may share the work: SWLABEL_JOBS, or the CPUs this process may use."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 1
    wanted = os.environ.get(JOBS_VARIABLE, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return min(int(wanted), MAX_JOBS)
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - depends on the platform
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, MAX_JOBS))


def map_parts(
    work: Callable[[Sequence[T]], list[R]],
    items: Sequence[T],
    weight: Callable[[T], int],
    *,
    jobs: int | None = None,
    min_weight: int | None = None,
) -> list[R]:
    """``work(items)``, done in parts in several processes when the total WEIGHT of the items
    is large (it is asked only when more than one process may be used).

    Part K holds every JOBS-th item from K on, so that each part gets its share of the few
    big files (a register, the plan) as well as of the many small ones. WORK must return one
    result per item, and be pure: a child's side effects are lost.
    """
    jobs = available_jobs() if jobs is None else jobs
    min_weight = MIN_BYTES_PER_JOB if min_weight is None else min_weight
    jobs = min(jobs, len(items))
    if jobs < 2 or _other_threads():
        return work(items)
    jobs = min(jobs, sum(map(weight, items)) // max(min_weight, 1))
    if jobs < 2:
        return work(items)
    children: dict[int, _Child] = {}
    try:
        for part in range(1, jobs):
            try:
                children[part] = _start(work, items[part::jobs])
            except OSError:
                break  # no more processes or pipes to be had: the rest is done here
        results: list[Any] = [None] * len(items)
        results[0::jobs] = work(items[0::jobs])
        for part in range(1, jobs):
            child = children.get(part)
            done = _collect(child) if child is not None else None
            results[part::jobs] = done if done is not None else work(items[part::jobs])
        return results
    finally:
        for child in children.values():
            _stop(child)


def _other_threads() -> bool:
    """Whether this process runs other Python threads (swlabel called from a program that
    has them). A fork copies only the calling thread, so a lock another thread holds at that
    moment (the import lock, say) would stay locked in the child forever."""
    threading = sys.modules.get("threading")
    return threading is not None and threading.active_count() > 1


@dataclass
class _Child:
    pid: int
    pipe: int  # the read end; -1 once closed
    status: int | None = None  # the wait status, once reaped


def _start(work: Callable[[Sequence[T]], list[R]], part: Sequence[T]) -> _Child:
    """Fork a child that does PART and writes its pickled results to a pipe."""
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        raise
    if pid == 0:  # pragma: no cover - runs in the child, which coverage does not follow
        code = 1
        try:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            payload = pickle.dumps(work(part), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    return _Child(pid, read_end)


def _collect(child: _Child) -> Any:
    """What the child sent, or None when it failed: then its part is done again here."""
    with os.fdopen(child.pipe, "rb") as pipe:
        child.pipe = -1
        payload = pipe.read()
    if _wait(child) != 0 or not payload:
        return None
    try:
        return pickle.loads(payload)  # noqa: S301 - written by our own child, just now
    except Exception:
        return None


def _stop(child: _Child) -> None:
    """Close the pipe and end the child if it still runs (after an error or an interrupt)."""
    if child.pipe >= 0:
        os.close(child.pipe)
        child.pipe = -1
    if child.status is None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(child.pid, signal.SIGKILL)
        _wait(child)


def _wait(child: _Child) -> int:
    if child.status is None:
        try:
            _, child.status = os.waitpid(child.pid, 0)
        except ChildProcessError:
            child.status = -1
    return child.status
