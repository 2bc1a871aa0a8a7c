"""The writer's own rules (swlabel.doors.files): atomic, never through a link, never into a thing
that is not a file, never over a file swlabel did not write."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from swlabel.doors import files
from swlabel.doors.files import (
    RepositoryWriter,
    check_output,
    write_crash_log,
    write_for_reader,
    write_scratch,
    written_by_swlabel,
)
from swlabel.errors import UsageError
from swlabel.i18n import Translator, render
from swlabel.output.report_formats import csv_headers

T = Translator("nl")


def said(error: UsageError) -> str:
    """The message of ERROR as the user reads it, in Dutch."""
    return render(error.message, T)


POSIX = pytest.mark.skipif(os.name == "nt", reason="POSIX links, pipes and permissions")


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


def test_create_never_overwrites_and_makes_the_folders(tmp_path: Path) -> None:
    writer = RepositoryWriter(tmp_path)
    assert writer.create("a/b.txt", "eerste")
    assert not writer.create("a/b.txt", "tweede")
    assert (tmp_path / "a" / "b.txt").read_text(encoding="utf-8") == "eerste"
    assert writer.created == [tmp_path / "a", tmp_path / "a" / "b.txt"]


@POSIX
def test_new_files_get_ordinary_permissions_and_replaced_ones_keep_theirs(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "dossier.html"
        write_for_reader(target, "x")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o600)
        write_for_reader(target, "y")
        assert target.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)
    assert leftovers(tmp_path) == []


def test_failed_rename_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "dossier.md"
    target.write_text("oud", encoding="utf-8")

    def fail(self: Path, other: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        write_for_reader(target, "nieuw")
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "oud"
    assert [path.name for path in tmp_path.iterdir()] == ["dossier.md"]


@pytest.mark.parametrize("stop", [KeyboardInterrupt, SystemExit, GeneratorExit])
def test_base_exception_while_the_content_is_made_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException]
) -> None:
    """SIGTERM reaches the writer as an exception raised wherever the run is, most likely
    while a long report is rendered: the old file stays, and no temporary file is left."""
    target = tmp_path / "dossier.html"
    target.write_text("<!-- swlabel-dossier -->\noud\n", encoding="utf-8")

    def rendered() -> Iterator[str]:
        yield "<!-- swlabel-dossier -->\n"
        yield "nieuw " * 100_000
        raise stop

    with pytest.raises(stop):
        write_for_reader(target, rendered())
    assert target.read_text(encoding="utf-8") == "<!-- swlabel-dossier -->\noud\n"
    assert leftovers(tmp_path) == []

    def interrupted(stream: BinaryIO, data: bytes) -> None:
        raise stop

    monkeypatch.setattr(files, "_write_block", interrupted)
    with pytest.raises(stop):
        RepositoryWriter(tmp_path).replace("dossier.html", "nieuw")
    assert target.read_text(encoding="utf-8") == "<!-- swlabel-dossier -->\noud\n"
    assert leftovers(tmp_path) == []


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def write(stream: BinaryIO, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files, "_write_block", write)


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_is_a_message_and_the_old_file_stays(tmp_path: Path) -> None:
    target = tmp_path / "dossier.html"
    target.write_text("oud", encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        write_for_reader(target, "nieuw")
    assert said(raised.value) == (
        f"{target.as_posix()} kon niet worden geschreven: de schijf is vol. "
        "Er is niets half geschreven."
    )
    with pytest.raises(UsageError) as raised:
        RepositoryWriter(tmp_path).create("a/b.yaml", "x")
    assert re.search(r"^a/b\.yaml kon niet worden geschreven: de schijf is vol", said(raised.value))
    assert target.read_text(encoding="utf-8") == "oud"
    assert leftovers(tmp_path) == leftovers(tmp_path / "a") == []


@POSIX
@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (
            lambda root, outside: (root / "evidence").symlink_to(outside),
            "evidence is een link (symbolische koppeling); swlabel schrijft in de repository "
            "nooit via een link. Vervang de link door een gewone map of een gewoon bestand.",
        ),
        (
            lambda root, outside: (root / "evidence").symlink_to(root / "elders"),
            "evidence is een link (symbolische koppeling)",
        ),
        (
            lambda root, outside: (root / "evidence").write_text("x", encoding="utf-8"),
            "evidence is geen map; swlabel kan daar niets in schrijven",
        ),
        (
            lambda root, outside: (root / "evidence" / "1.1.md").mkdir(parents=True),
            "evidence/1.1.md is geen gewoon bestand maar een map",
        ),
        (
            lambda root, outside: _mkfifo(root / "evidence" / "1.1.md"),
            "evidence/1.1.md is geen gewoon bestand maar een named pipe",
        ),
        (
            lambda root, outside: _link_file(root / "evidence" / "1.1.md", root / "elders.md"),
            "evidence/1.1.md is een link (symbolische koppeling)",
        ),
    ],
    ids=["folder-link-out", "folder-link-in", "file-as-folder", "folder", "fifo", "file-link"],
)
def test_repository_writer_refuses_links_and_non_files(
    tmp_path: Path, setup: object, message: str
) -> None:
    root, outside = tmp_path / "repo", tmp_path / "buiten"
    (root / "elders").mkdir(parents=True)
    outside.mkdir()
    setup(root, outside)  # type: ignore[operator]
    writer = RepositoryWriter(root)
    for action in (
        lambda: writer.create("evidence/1.1.md", "x"),
        lambda: writer.replace("evidence/1.1.md", "x"),
        lambda: writer.look("evidence/1.1.md"),
    ):
        with pytest.raises(UsageError) as raised:
            action()
        assert said(raised.value).startswith(message)
    assert list(outside.iterdir()) == []
    assert list((root / "elders").iterdir()) == []


def _mkfifo(path: Path) -> None:
    path.parent.mkdir(parents=True)
    os.mkfifo(path)


def _link_file(path: Path, target: Path) -> None:
    path.parent.mkdir(parents=True)
    target.write_text("x", encoding="utf-8")
    path.symlink_to(target)


@pytest.mark.parametrize("relpath", ["../x.md", "/etc/x.md", "a/../../x.md", "", "C:\\x.md"])
def test_repository_writer_refuses_paths_that_leave(tmp_path: Path, relpath: str) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    with pytest.raises(UsageError) as raised:
        RepositoryWriter(root).create(relpath, "x")
    assert re.search("ligt buiten de repository", said(raised.value))
    assert sorted(tmp_path.rglob("*")) == [root]


def test_undo_removes_what_the_writer_made_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "mine.txt").write_text("van de gebruiker", encoding="utf-8")
    writer = RepositoryWriter(tmp_path / "repo")
    writer.make_root()
    writer.create("a/b/c.txt", "x")
    writer.create("d.txt", "x")
    own = RepositoryWriter(tmp_path)
    own.create("a/new.txt", "x")
    own.undo()
    writer.undo()
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        "a",
        "a/mine.txt",
    ]


# --- outputs --------------------------------------------------------------------------------


CHECK_LAST_LINE = "# swlabel check: uitvoer van swlabel check; een volgende run ...\n"


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html>\n<!-- swlabel-dossier: gemaakt met swlabel -->\n",
        '{\n  "generator": "swlabel-dossier",\n',
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//swlabel//swlabel 0.1.0//NL\r\n",
        '{\n  "$schema": "x",\n  "$comment": "generated by swlabel 0.1.0 from its models"\n',
        '{\n  "schema_version": 1,\n  "tool": {\n    "name": "swlabel",\n',
        '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="swlabel" tests="3">\n',
        "\ufeffnorm;rubriek;oordeel;onderbouwd;bewijsstukken;verlopen;open verbeteracties\r\n",
        "norm,rubriek,judgement,supported,evidence items,expired,open improvement actions\n",
    ],
    ids=["html", "json", "ics", "schema", "check-json", "junit", "csv-nl", "csv-en"],
)
def test_swlabel_recognises_each_of_its_outputs_by_its_start(tmp_path: Path, text: str) -> None:
    target = tmp_path / "uit"
    target.write_bytes(text.encode("utf-8") + b"rest\n" * 2000)
    assert written_by_swlabel(target, csv_headers())


@pytest.mark.parametrize("meldingen", [0, 1, 1000])
def test_swlabel_recognises_check_text_by_its_last_line(tmp_path: Path, meldingen: int) -> None:
    target = tmp_path / "meldingen.txt"
    target.write_text("x.md:1:1: SWL101 y\n" * meldingen + CHECK_LAST_LINE, encoding="utf-8")
    assert written_by_swlabel(target)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn notities\n",
        "",
        "norm;rubriek;mijn kolom\n",
        CHECK_LAST_LINE + "x\n" * 5000,  # the marker is check's last line, not its first
        "a" * 5000 + "swlabel-dossier",  # beyond the first few KB
    ],
)
def test_other_files_are_not_swlabels(tmp_path: Path, text: str) -> None:
    target = tmp_path / "uit"
    target.write_text(text, encoding="utf-8")
    assert not written_by_swlabel(target)


@POSIX
def test_output_refuses_a_link_a_folder_a_pipe_and_a_device(tmp_path: Path) -> None:
    real = tmp_path / "echt.html"
    real.write_text("<!-- swlabel-dossier -->", encoding="utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    cases = {
        link: "link.html is een link (symbolische koppeling); swlabel schrijft niet via een "
        "link. Geef het bestand zelf op, of --output - voor de standaarduitvoer.",
        tmp_path: "is een map; geef de naam van een bestand (in die map)",
        fifo: "pijp is geen gewoon bestand maar een named pipe; swlabel schrijft daar niet in. "
        "Geef een bestandsnaam op, of --output - voor de standaarduitvoer.",
        Path("/dev/null"): "/dev/null is geen gewoon bestand maar een apparaat",
        Path("/dev/stdout"): "/dev/stdout is een link",
    }
    for path, message in cases.items():
        for force in (False, True):
            with pytest.raises(UsageError) as raised:
                check_output(path, force=force)
            assert message in said(raised.value)
        if path != tmp_path:
            with pytest.raises(UsageError) as raised:
                write_for_reader(path, "x")
            assert message in said(raised.value)
    assert real.read_text(encoding="utf-8") == "<!-- swlabel-dossier -->"
    assert not written_by_swlabel(fifo)  # looked at without blocking


def test_output_over_another_file_needs_force(tmp_path: Path) -> None:
    mine = tmp_path / "notities.txt"
    mine.write_text("van mij", encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        check_output(mine, force=False)
    assert re.search("bestaat al en is niet door swlabel gemaakt", said(raised.value))
    check_output(mine, force=True)
    check_output(tmp_path / "nieuw.txt", force=False)


def test_reader_output_is_masked_and_keeps_a_leading_byte_order_mark(tmp_path: Path) -> None:
    target = tmp_path / "uit.csv"
    write_for_reader(target, iter(["\ufeffnorm;titel\r\n", "1.1;BSN 123456782\r\n"]))
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffnorm;titel\r\n")
    assert "123456782" not in text
    assert text.endswith("\r\n")


# --- outside any repository -----------------------------------------------------------------


def test_crash_log_is_new_private_and_masked(tmp_path: Path) -> None:
    log = write_crash_log("Traceback\nValueError: bsn 123456782\n")
    try:
        assert log.name.startswith("swlabel-crash-")
        text = log.read_text(encoding="utf-8")
        assert text.startswith("Traceback\n")
        assert "123456782" not in text
        if os.name != "nt":
            assert log.stat().st_mode & 0o777 == 0o600
    finally:
        log.unlink()


def test_scratch_files_are_new_and_never_through_a_link(tmp_path: Path) -> None:
    with files.scratch_folder("swlabel-test-") as base:
        write_scratch(base / "a" / "b" / "c.yaml", [b"een", b" twee"])
        assert (base / "a" / "b" / "c.yaml").read_bytes() == b"een twee"
        with pytest.raises(FileExistsError):
            write_scratch(base / "a" / "b" / "c.yaml", [b"x"])
        if os.name != "nt":
            (base / "link.yaml").symlink_to(tmp_path / "buiten.yaml")
            with pytest.raises(FileExistsError):
                write_scratch(base / "link.yaml", [b"x"])
            assert not (tmp_path / "buiten.yaml").exists()
            (base / "map").symlink_to(tmp_path)
            with pytest.raises(NotADirectoryError):
                write_scratch(base / "map" / "x.yaml", [b"x"])
        with pytest.raises(NotADirectoryError):
            write_scratch(base / "a" / ".." / ".." / "x.yaml", [b"x"])
    assert not base.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_a_message_and_a_locked_file_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(stream: BinaryIO, data: bytes) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(files, "_write_block", refused)
    new = tmp_path / "nieuw.html"
    with pytest.raises(UsageError) as raised:
        write_for_reader(new, "x")
    assert said(raised.value) == (
        f"{new.as_posix()} kon niet worden geschreven: u hebt daar geen schrijfrechten. "
        "Er is niets half geschreven."
    )
    existing = tmp_path / "dossier.html"
    existing.write_text("oud", encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        write_for_reader(existing, "x")
    assert re.search("is het bestand geopend in een ander programma", said(raised.value))
    assert existing.read_text(encoding="utf-8") == "oud"
    assert leftovers(tmp_path) == []
