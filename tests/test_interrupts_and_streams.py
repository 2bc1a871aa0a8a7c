"""The ends of a run that are not the dossier's fault: Ctrl-C, a cancelled CI job (SIGTERM), a
full disk behind standard output, a closed standard output. Each ends with a message and a
documented exit code, never a traceback, and leaves no temporary file behind.

Signals are sent by the run itself at a fixed point (a patched function), so the tests do not
depend on timing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import EXAMPLE


def _run_with_signal(
    tmp_path: Path, args: list[str], *, signal_name: str, at: str
) -> subprocess.CompletedProcess[str]:
    """Run the console script's entry point in a fresh interpreter; when the function AT
    (``module:function``) is first called, the process sends itself SIGNAL_NAME."""
    module, function = at.split(":")
    script = textwrap.dedent(
        f"""
        import importlib, os, signal, sys, time
        from swlabel.cli.entry import run
        target = importlib.import_module({module!r})
        original = getattr(target, {function!r})
        sent = []
        def patched(*args, **kwargs):
            if not sent:
                sent.append(True)
                os.kill(os.getpid(), signal.{signal_name})
                time.sleep(5)  # the handler raises before this ends
            return original(*args, **kwargs)
        setattr(target, {function!r}, patched)
        sys.argv = ["swlabel", *{args!r}]
        raise SystemExit(run())
        """
    )
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("SWLABEL_LANG", None)
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("signal_name", "code", "dutch", "english"),
    [
        ("SIGINT", 130, "swlabel: onderbroken.", "swlabel: interrupted."),
        ("SIGTERM", 143, "swlabel: afgebroken (SIGTERM).", "swlabel: terminated (SIGTERM)."),
    ],
)
def test_a_signal_ends_the_run_with_a_message(
    tmp_path: Path, signal_name: str, code: int, dutch: str, english: str
) -> None:
    at = "swlabel.commands.common:load_repository"
    done = _run_with_signal(tmp_path, ["check", str(EXAMPLE)], signal_name=signal_name, at=at)
    assert (done.returncode, done.stderr, done.stdout) == (code, dutch + "\n", "")
    done = _run_with_signal(
        tmp_path, ["check", str(EXAMPLE), "--lang", "en"], signal_name=signal_name, at=at
    )
    assert (done.returncode, done.stderr) == (code, english + "\n")


def test_a_signal_during_start_up_gives_the_message_too(tmp_path: Path) -> None:
    """Before swlabel's own modules are imported (the first regular expression compiled
    after the entry point is in Typer's or swlabel's imports)."""
    done = _run_with_signal(
        tmp_path, ["check", str(EXAMPLE)], signal_name="SIGINT", at="re:compile"
    )
    assert (done.returncode, done.stderr) == (130, "swlabel: onderbroken.\n")


@pytest.mark.parametrize("signal_name", ["SIGINT", "SIGTERM"])
def test_a_signal_while_the_report_is_written_leaves_the_old_file(
    tmp_path: Path, signal_name: str
) -> None:
    output = tmp_path / "dossier.html"
    first = subprocess.run(
        [sys.executable, "-m", "swlabel", "report", str(EXAMPLE), "--as-of", "2026-11-01",
         "--output", str(output)],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert first.returncode in (0, 1), first.stderr
    before = output.read_bytes()
    done = _run_with_signal(
        tmp_path,
        ["report", str(EXAMPLE), "--as-of", "2026-11-02", "--output", str(output)],
        signal_name=signal_name,
        at="swlabel.output.report_view:_norm_view",
    )
    assert done.returncode == (130 if signal_name == "SIGINT" else 143), done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["dossier.html"]
    assert output.read_bytes() == before


def test_a_second_ctrl_c_while_the_first_is_handled(tmp_path: Path) -> None:
    """Every further signal is ignored once the run is ending: its message and its clean-up
    are not cut short."""
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        from swlabel import i18n
        from swlabel.cli.entry import run
        import swlabel.commands.common as common
        def interrupt(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGINT)
        common.load_repository = interrupt
        original = i18n.Translator.__call__
        def twice(self, key, /, **values):
            if key == "cli.interrupted":
                os.kill(os.getpid(), signal.SIGINT)
                os.kill(os.getpid(), signal.SIGTERM)
            return original(self, key, **values)
        i18n.Translator.__call__ = twice
        sys.argv = ["swlabel", "check", {str(EXAMPLE)!r}]
        raise SystemExit(run())
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stderr) == (130, "swlabel: onderbroken.\n")


def test_a_full_disk_behind_standard_output(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("needs /dev/full")
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "swlabel", "check", str(EXAMPLE), "--as-of", "2026-11-01"],
            stdout=full, stderr=subprocess.PIPE, text=True, check=False,
            env={**os.environ, "SWLABEL_LANG": "nl"},
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("swlabel: kan niet naar de standaarduitvoer schrijven (")
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


def test_a_closed_standard_output(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "swlabel", "check", str(EXAMPLE), "--as-of", "2026-11-01"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False,
        env={**os.environ, "SWLABEL_LANG": "en"}, preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.startswith("swlabel: cannot write to standard output (")
    assert "Traceback" not in done.stderr


def test_a_reader_that_stops_reading(tmp_path: Path) -> None:
    """``swlabel report … --output - | head -1``, with the reader gone before the first write:
    exit 2, and no message (the reader chose to stop), no traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "swlabel", "report", str(EXAMPLE), "--as-of", "2026-11-01",
             "--output", "-"],
            stdout=write_end, stderr=subprocess.PIPE, text=True, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (2, "")
