"""Case folders: each tests/cases/<case>/repo is a repository, checked through the CLI.

Beside it, ``exit-code`` holds the expected exit code and ``expected.txt`` the expected
meldingen (standard output with --quiet, or standard error for a configuration error).
Rewrite the expectations after a deliberate change with ``pytest --update-golden`` and review
the diff.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result

CASES = Path(__file__).parent / "cases"
Run = Callable[..., Result]


@pytest.mark.parametrize("case", sorted(path.name for path in CASES.iterdir() if path.is_dir()))
def test_case(case: str, run: Run, update_golden: bool) -> None:
    folder = CASES / case
    result = run("check", folder / "repo", "--as-of", "2026-11-01", "--quiet")
    expected_code = int((folder / "exit-code").read_text(encoding="utf-8"))
    shown = result.err if expected_code == 2 else result.out
    golden = folder / "expected.txt"
    if update_golden:
        golden.write_text(shown, encoding="utf-8", newline="\n")
    assert result.code == expected_code, result.out + result.err
    assert shown == golden.read_text(encoding="utf-8")
    for line in shown.splitlines():
        if line.startswith("swlabel: "):
            continue
        path, line_number, column, rest = line.split(":", 3)
        assert (folder / "repo" / path).exists() or " SWL203 " in rest, line
        assert int(line_number) >= 1
        assert int(column) >= 1
