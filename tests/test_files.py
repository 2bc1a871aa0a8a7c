from __future__ import annotations

import os
from pathlib import Path

import pytest

from swlabel.files import write_atomic, write_new


def test_write_new_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b.txt"
    assert write_new(target, "eerste")
    assert not write_new(target, "tweede")
    assert target.read_text(encoding="utf-8") == "eerste"


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_write_atomic_gives_ordinary_permissions_and_keeps_existing_ones(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "dossier.html"
        write_atomic(target, "x")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o600)
        write_atomic(target, "y")
        assert target.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".tmp")]


def test_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dossier.md"
    target.write_text("oud", encoding="utf-8")

    def fail(self: Path, other: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "nieuw")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "oud"
    assert [path.name for path in tmp_path.iterdir()] == ["dossier.md"]
