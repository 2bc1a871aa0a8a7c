"""The layers of ARCHITECTURE.md hold: import-linter checks the contracts in pyproject.toml
(imports run one way, from the command line down to the doors; the core imports no command
line, terminal, template or Markdown library)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).parent.parent


def test_the_import_contracts_are_kept(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(ROOT)
    code = lint_imports(config_filename=os.fspath(ROOT / "pyproject.toml"), no_cache=True)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "Contracts: 2 kept, 0 broken." in out


def test_the_architecture_names_every_layer() -> None:
    """ARCHITECTURE.md draws each folder of the package that the layers contract names."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "swlabel"
    folders = sorted(
        path.name
        for path in package.iterdir()
        if path.is_dir() and (path / "__init__.py").is_file() and path.name not in ("norms",)
    )
    missing = [name for name in folders if f"{name}/" not in text]
    assert missing == []
