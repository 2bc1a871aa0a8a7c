"""benchmarks/beyond_floor.py keeps working: the steps of check beyond the Typer floor.

It asserts no time; it holds the script to the steps check takes, so that a renamed function
of the loader or the checks breaks this test and not the next measurement.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import EXAMPLE, ROOT

pytestmark = pytest.mark.slow


def test_every_step_of_check_beyond_the_floor_is_measured() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "beyond_floor.py"), str(EXAMPLE), "--runs", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    rows = re.findall(r"^\| (.+?) \| (\d+\.\d) \|$", done.stdout, flags=re.MULTILINE)
    assert [name for name, _ in rows] == [
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
    ]
    # Something was created while swlabel was imported: the instruments are in place.
    figures = {name: float(value) for name, value in rows}
    assert figures["  of which dataclasses created"] > 0
    assert figures["  of which pydantic models created"] > 0
