"""Work over many files in several processes: same results, same order, no process left."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from conftest import CONFIG, SMALL_NORMSET, evidence, write_tree
from swlabel.cli.app import main
from swlabel.load import workers

PARENT = os.getpid()


def squares_with_pid(part: Sequence[int]) -> list[tuple[int, int]]:
    return [(item * item, os.getpid()) for item in part]


@pytest.fixture
def forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pids of the children map_parts forks, in order."""
    started: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            started.append(pid)
        return pid

    monkeypatch.setattr(workers.os, "fork", counting_fork)
    return started


def one(item: object) -> int:
    return 1


def no_children_left() -> bool:
    try:
        os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_parts_are_done_in_other_processes_and_come_back_in_order() -> None:
    items = list(range(10))

    results = workers.map_parts(squares_with_pid, items, one, jobs=3, min_weight=1)

    assert [value for value, _ in results] == [item * item for item in items]
    pids = [pid for _, pid in results]
    # dealt out: items 0, 3, 6, 9 here, 1, 4, 7 in one child, 2, 5, 8 in the other
    assert pids[0::3] == [PARENT] * 4
    assert len(set(pids[1::3])) == len(set(pids[2::3])) == 1
    assert len(set(pids)) == 3
    assert no_children_left()


@pytest.mark.parametrize(
    ("jobs", "weights", "min_weight"),
    [(1, [10] * 4, 1), (4, [10] * 4, 100), (4, [10], 1)],
    ids=["one job", "below the threshold", "one item"],
)
def test_small_work_stays_in_this_process(
    jobs: int, weights: list[int], min_weight: int, forks: list[int]
) -> None:
    items = list(range(len(weights)))
    weighed: list[int] = []

    def weight(item: int) -> int:
        weighed.append(item)
        return weights[item]

    results = workers.map_parts(squares_with_pid, items, weight, jobs=jobs, min_weight=min_weight)
    assert results == [(item * item, PARENT) for item in items]
    assert forks == []
    # the files are weighed (a stat each) only when a second process is possible at all
    assert weighed == ([] if jobs == 1 or len(items) == 1 else items)


def fails_in_a_child(part: Sequence[int]) -> list[int]:
    if os.getpid() != PARENT:
        raise RuntimeError("a child that breaks")
    return [item + 1 for item in part]


def dies_in_a_child(part: Sequence[int]) -> list[int]:
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return [item + 1 for item in part]


@pytest.mark.parametrize("work", [fails_in_a_child, dies_in_a_child])
def test_a_failing_child_has_its_part_done_again_here(
    work: Callable[[Sequence[int]], list[int]], forks: list[int]
) -> None:
    results = workers.map_parts(work, list(range(6)), one, jobs=2, min_weight=1)
    assert results == [1, 2, 3, 4, 5, 6]
    assert len(forks) == 1  # the child was there, and failed
    assert no_children_left()


def test_with_other_threads_running_no_process_is_forked(forks: list[int]) -> None:
    """A program that runs swlabel beside threads of its own: a fork would copy only this
    thread, and any lock another one holds would stay locked in the child."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        results = workers.map_parts(squares_with_pid, list(range(6)), one, jobs=3, min_weight=1)
    finally:
        stop.set()
        other.join()
    assert results == [(item * item, PARENT) for item in range(6)]
    assert forks == []


def test_when_no_process_can_be_started_the_work_is_done_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A full process table or too many open files: still the whole result, in order."""
    started = []
    real_fork = os.fork

    def fork_once() -> int:
        if started:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        started.append(True)
        return real_fork()

    monkeypatch.setattr(workers.os, "fork", fork_once)
    results = workers.map_parts(squares_with_pid, list(range(9)), one, jobs=3, min_weight=1)
    assert [value for value, _ in results] == [item * item for item in range(9)]
    pids = [pid for _, pid in results]
    assert pids[0::3] == pids[2::3] == [PARENT] * 3  # the part without a process: done here
    assert set(pids[1::3]) != {PARENT}
    assert no_children_left()


def test_an_error_here_ends_the_children_and_leaves_no_process(forks: list[int]) -> None:
    """The children are ended, not waited for: this one would take a minute."""

    def breaks_here(part: Sequence[int]) -> list[int]:
        if os.getpid() == PARENT:
            raise ValueError("broken here")
        time.sleep(60)
        return list(part)

    start = time.monotonic()
    with pytest.raises(ValueError, match="broken here"):
        workers.map_parts(breaks_here, list(range(4)), one, jobs=2, min_weight=1)
    assert time.monotonic() - start < 10
    assert len(forks) == 1
    assert no_children_left()


def test_swlabel_jobs_sets_the_number_of_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers.sys, "platform", "linux")
    monkeypatch.setenv("SWLABEL_JOBS", "1")
    assert workers.available_jobs() == 1
    monkeypatch.setenv("SWLABEL_JOBS", "3")
    assert workers.available_jobs() == 3
    monkeypatch.setenv("SWLABEL_JOBS", "64")
    assert workers.available_jobs() == workers.MAX_JOBS
    monkeypatch.setenv("SWLABEL_JOBS", "veel")  # not a number: the default
    assert workers.available_jobs() == min(len(os.sched_getaffinity(0)), workers.MAX_JOBS)
    monkeypatch.setattr(workers.sys, "platform", "darwin")
    monkeypatch.setenv("SWLABEL_JOBS", "3")
    assert workers.available_jobs() == 1


def test_check_says_the_same_read_in_one_process_or_in_three(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    forks: list[int],
) -> None:
    """A dossier with meldingen in many files, read whole here and dealt out over three
    processes: the same output, byte for byte."""
    files: dict[str, str | bytes] = {"swlabel.yaml": CONFIG, "normen.yaml": SMALL_NORMSET}
    files["evidence/1.1.md"] = evidence(
        "1.1", "compliant", "evidence:\n  - title: Beleid\n    path: weg.pdf\n"
    )
    files["evidence/1.10.yaml"] = 'norm: "1.10"\nstatus: [compliant\n'
    files["evidence/2.1.md"] = evidence(
        "2.1", "partially_compliant", "evidence:\n  - document: onbekend\n"
    )
    files["register/beleid.yaml"] = "documents:\n" + "".join(
        f"  - id: doc-{index}\n    title: Document {index}\n    path: doc-{index}.pdf\n"
        for index in range(40)
    )
    files["improvement-plan.yaml"] = "actions:\n  - id: VA-1\n    title: x\n    titel: y\n"
    root = write_tree(tmp_path / "repo", files)
    monkeypatch.setattr(workers, "MIN_BYTES_PER_JOB", 1)
    outputs = []
    for jobs in ("1", "3"):
        monkeypatch.setenv("SWLABEL_JOBS", jobs)
        code = main(["check", str(root), "--as-of", "2026-11-01", "--lang", "en"])
        outputs.append((code, capsys.readouterr().out))
        assert no_children_left()
    assert len(forks) == 2  # the second run was read in three processes
    assert outputs[0] == outputs[1]
    code, out = outputs[0]
    assert code == 1
    found = {line.split(" ", 2)[0] + " " + line.split(" ", 2)[1] for line in out.splitlines()[:86]}
    expected = {
        "evidence/1.1.md:3:9: SWL305",
        "evidence/1.1.md:6:11: SWL205",
        "evidence/1.10.yaml:2:19: SWL101",
        "evidence/2.1.md:3:9: SWL305",
        "evidence/2.1.md:5:15: SWL204",
        "improvement-plan.yaml:4:5: SWL106",
    }
    for index in range(40):  # each register entry takes three lines, from line 2 on
        expected.add(f"register/beleid.yaml:{2 + 3 * index}:9: SWL210")
        expected.add(f"register/beleid.yaml:{4 + 3 * index}:11: SWL205")
    assert found == expected
