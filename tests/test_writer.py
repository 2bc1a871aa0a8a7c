"""One writer for every file swlabel writes (issue #12, classes 4, 6 and 7).

A contract over the source holds every module but swlabel.doors.files to writing nothing itself;
the commands that write (init, add, report, calendar, check and schema) are tried against
links, pipes, devices, folders, files they did not write, a full disk, and files with other
line endings, and must refuse with a message (exit 2) or keep every byte they were not asked
to change.
"""

from __future__ import annotations

import ast
import codecs
import errno
import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from conftest import CONFIG, SMALL_NORMSET, Result, evidence, write_tree
from swlabel.doors import files

Run = Callable[..., Result]
POSIX = pytest.mark.skipif(os.name == "nt", reason="POSIX links, pipes and devices")

# --- the contract: nothing but swlabel.doors.files writes ----------------------------------

SOURCE = Path(__file__).parent.parent / "src" / "swlabel"

# Functions of these modules that change the file system, whatever their arguments.
WRITING_FUNCTIONS = {
    "os": {
        "open", "replace", "rename", "renames", "remove", "unlink", "rmdir", "removedirs",
        "mkdir", "makedirs", "link", "symlink", "mkfifo", "mknod", "truncate", "chmod",
        "chown", "lchown", "utime", "write", "ftruncate",
    },
    "shutil": {
        "copy", "copy2", "copyfile", "copytree", "copymode", "copystat", "move", "rmtree",
        "make_archive", "unpack_archive",
    },
}  # fmt: skip
# Every function of tempfile makes a file or a folder.
WRITING_MODULES = {"tempfile"}
# Methods that change the file system on whatever object they are called (pathlib.Path).
WRITING_METHODS = {
    "write_text", "write_bytes", "mkdir", "rmdir", "unlink", "rename", "touch", "symlink_to",
    "hardlink_to", "chmod", "lchmod",
}  # fmt: skip
# Functions that open a file, with the position of their mode argument; a mode with w, a, x
# or + writes, and a mode that is not written out cannot be shown to read only.
OPENERS = {"open": 1, "io.open": 1, "codecs.open": 1, "os.fdopen": 1, "gzip.open": 1}

# Where a writing call is allowed outside swlabel.doors.files, and why. Keep this short: a new
# entry needs a reason why the call writes no file a person or the repository will see.
ALLOWED: dict[str, dict[str, str]] = {
    "cli.app": {"os.open": "the null device, where standard output goes once it has failed"},
}


def _aliases(tree: ast.AST) -> dict[str, str]:
    """What each imported name stands for: ``os`` for ``import os``, ``os.replace`` for
    ``from os import replace``."""
    names: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _mode(call: ast.Call, position: int) -> str | None:
    """The mode of an open call, "" when it is not written out, None when it has none."""
    mode: ast.expr | None = call.args[position] if len(call.args) > position else None
    for keyword in call.keywords:
        if keyword.arg == "mode":
            mode = keyword.value
    if mode is None:
        return None
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return mode.value
    return ""


def _writes(mode: str | None) -> bool:
    return mode is not None and (mode == "" or any(letter in mode for letter in "wax+"))


_WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's own constants (NAME = expression), as source text."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = ast.unparse(node.value)
    return found


def _opens_for_writing(call: ast.Call, constants: dict[str, str]) -> bool:
    """Whether os.open(path, flags) may write: its flags, with the module's constants written
    out, name a writing flag, or do not show O_RDONLY at all (they cannot be shown to read)."""
    if len(call.args) < 2:
        return True
    flags = ast.unparse(call.args[1])
    for _ in range(3):
        for name, value in constants.items():
            flags = flags.replace(name, f"({value})")
    return any(flag in flags for flag in _WRITE_FLAGS) or "O_RDONLY" not in flags


def writing_calls(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, name) of every call in TREE that writes to the file system."""
    aliases = _aliases(tree)
    constants = _constants(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            name = aliases.get(func.id, func.id)
        elif isinstance(func, ast.Attribute):
            receiver = func.value
            module = aliases.get(receiver.id) if isinstance(receiver, ast.Name) else None
            name = f"{module}.{func.attr}" if module else func.attr
        else:
            continue
        module_name, _, function = name.rpartition(".")
        if name == "os.open":
            if _opens_for_writing(node, constants):
                found.append((node.lineno, name))
        elif module_name in WRITING_MODULES or function in WRITING_FUNCTIONS.get(module_name, ()):
            found.append((node.lineno, name))
        elif name in OPENERS:
            if _writes(_mode(node, OPENERS[name])):
                found.append((node.lineno, name))
        elif not module_name and isinstance(func, ast.Attribute):
            if function in WRITING_METHODS:
                found.append((node.lineno, function))
            elif function == "open" and _writes(_mode(node, 0)):
                found.append((node.lineno, "open"))  # Path.open("w")
            elif function == "replace" and len(node.args) == 1 and not node.keywords:
                found.append((node.lineno, "replace"))  # Path.replace (str.replace takes two)
    return found


def test_nothing_but_swlabel_files_writes() -> None:
    bypasses = []
    for path in sorted(SOURCE.rglob("*.py")):
        module = ".".join(path.relative_to(SOURCE).with_suffix("").parts)
        if module == "doors.files":
            continue
        for line, name in writing_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if name not in ALLOWED.get(module, {}):
                bypasses.append(f"swlabel/{module}.py:{line}: {name}(…)")
    assert bypasses == [], (
        "write through swlabel.doors.files (RepositoryWriter, write_for_reader, write_crash_log, "
        "write_scratch), or add the call to ALLOWED with the reason it writes no file"
    )


def test_the_contract_sees_a_write_that_bypasses_the_writer() -> None:
    tree = ast.parse(
        "import os, tempfile, shutil\nfrom os import replace as swap\nfrom pathlib import Path\n"
        "Path('a').write_text('x')\n"
        "open('b', 'w')\n"
        "open('c')\n"
        "Path('d').open(mode='ab')\n"
        "Path('e').open('rb')\n"
        "os.replace('f', 'g')\n"
        "swap('h', 'i')\n"
        "tempfile.mkstemp()\n"
        "shutil.which('git')\n"
        "shutil.rmtree('j')\n"
        "Path('k').replace('l')\n"
        "'m'.replace('n', 'o')\n"
        "os.fdopen(3, 'wb')\n"
        "open('p', mode)\n"
        "Path('q').mkdir(parents=True)\n"
        "READ = os.O_RDONLY | os.O_NONBLOCK\n"
        "os.open('r', READ | os.O_NOFOLLOW)\n"
        "os.open('s', os.O_WRONLY | os.O_CREAT)\n"
        "os.open('t', flags)\n"
    )
    assert writing_calls(tree) == [
        (4, "write_text"),
        (5, "open"),
        (7, "open"),
        (9, "os.replace"),
        (10, "os.replace"),
        (11, "tempfile.mkstemp"),
        (13, "shutil.rmtree"),
        (14, "replace"),
        (16, "os.fdopen"),
        (17, "open"),
        (18, "mkdir"),
        (21, "os.open"),
        (22, "os.open"),
    ]


# --- helpers -----------------------------------------------------------------------------------


def tree_of(root: Path) -> list[str]:
    """Every path under ROOT (links not followed), relative and sorted."""
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*"))


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return write_tree(
        tmp_path / "repo",
        {
            "swlabel.yaml": CONFIG,
            "normen.yaml": SMALL_NORMSET,
            "evidence/1.1.md": evidence("1.1"),
            "evidence/1.10.md": evidence("1.10"),
            "evidence/2.1.md": evidence("2.1"),
        },
    )


@pytest.fixture
def no_hang() -> Iterator[None]:
    """A pipe that is opened blocks until a writer comes; fail instead of hanging forever."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError("swlabel blocked on a pipe")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def fail_writes_after(monkeypatch: pytest.MonkeyPatch, count: int, code: int) -> None:
    """Let COUNT blocks be written, then fail as a full disk (ENOSPC) or a read-only folder
    (EACCES) would."""
    written = [0]
    real = files._write_block

    def write(stream: BinaryIO, data: bytes) -> None:
        if written[0] >= count:
            raise OSError(code, os.strerror(code))
        written[0] += 1
        real(stream, data)

    monkeypatch.setattr(files, "_write_block", write)


# --- init ------------------------------------------------------------------------------------


@POSIX
@pytest.mark.parametrize("folder", ["evidence", ".github", ".swlabel", ".vscode"])
def test_init_never_writes_through_a_linked_folder(run: Run, tmp_path: Path, folder: str) -> None:
    outside = tmp_path / "buiten"
    outside.mkdir()
    target = tmp_path / "demo"
    target.mkdir()
    (target / folder).symlink_to(outside)
    result = run("init", target, "--organisation", "X", "--no-git", "--allow-non-empty")
    assert result.code == 2
    assert result.err == (
        f"swlabel: {folder} is een link (symbolische koppeling); swlabel schrijft in de "
        "repository nooit via een link. Vervang de link door een gewone map of een gewoon "
        "bestand. Wat init in deze run had aangemaakt, is weer verwijderd.\n"
    )
    assert list(outside.iterdir()) == []
    assert tree_of(target) == [folder]


@POSIX
def test_init_refuses_a_link_where_it_would_write_a_file(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    target.mkdir()
    (target / "README.md").symlink_to(tmp_path / "elders.md")
    result = run("init", target, "--organisation", "X", "--no-git", "--allow-non-empty")
    assert result.code == 2
    assert result.err.startswith("swlabel: README.md is een link (symbolische koppeling)")
    assert not (tmp_path / "elders.md").exists()
    assert tree_of(target) == ["README.md"]


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.ENOSPC, "de schijf is vol"), (errno.EACCES, "u hebt daar geen schrijfrechten")],
)
@pytest.mark.parametrize("after", [0, 1, 30])
def test_init_on_a_full_disk_or_read_only_folder_leaves_nothing_behind(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str, after: int
) -> None:
    target = tmp_path / "nieuw" / "demo"
    fail_writes_after(monkeypatch, after, code)
    result = run("init", target, "--organisation", "X", "--no-git")
    assert result.code == 2, result.err
    assert f"kon niet worden geschreven: {reason}. Er is niets half geschreven." in result.err
    assert result.err.endswith("Wat init in deze run had aangemaakt, is weer verwijderd.\n")
    assert "Traceback" not in result.err
    assert list(tmp_path.iterdir()) == []  # not even the folders it made


def test_init_adding_to_an_existing_repository_keeps_what_was_there(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "demo"
    assert run("init", target, "--organisation", "X", "--no-git").code == 0
    (target / "README.md").unlink()
    (target / ".vscode" / "settings.json").unlink()
    (target / ".vscode").rmdir()
    before = {path: path.read_bytes() for path in target.rglob("*") if path.is_file()}
    fail_writes_after(monkeypatch, 1, errno.ENOSPC)
    result = run("init", target, "--no-git")
    assert result.code == 2
    assert {path: path.read_bytes() for path in target.rglob("*") if path.is_file()} == before
    assert not (target / ".vscode").exists()


def test_init_interrupted_leaves_nothing_behind(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = [0]
    real = files._write_block

    def write(stream: BinaryIO, data: bytes) -> None:
        written[0] += 1
        if written[0] == 10:
            raise KeyboardInterrupt
        real(stream, data)

    monkeypatch.setattr(files, "_write_block", write)
    result = run("init", tmp_path / "demo", "--organisation", "X", "--no-git")
    assert result.code == 130
    assert list(tmp_path.iterdir()) == []


# --- add ----------------------------------------------------------------------------------------


@POSIX
def test_add_toetsing_never_writes_through_a_linked_audits_folder(
    run: Run, repo: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "buiten"
    outside.mkdir()
    (repo / "audits").symlink_to(outside)
    result = run("add", "toetsing", "--dir", repo, "--date", "2027-03-01")
    assert result.code == 2
    assert result.err.startswith("swlabel: audits is een link (symbolische koppeling)")
    assert list(outside.iterdir()) == []


@POSIX
def test_add_document_never_reads_a_register_that_links_outside(
    run: Run, repo: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "geheim.yaml"
    secret.write_text("documents:\n  - id: geheim\n    title: Geheim\n    url: https://x.org\n")
    (repo / "register.yaml").symlink_to(secret)
    result = run(
        "add", "document", "--dir", repo, "--id", "a", "--title", "A", "--url", "https://a.org"
    )
    assert result.code == 2
    assert result.err == (
        "swlabel: register.yaml is een link (symbolische koppeling); swlabel schrijft in de "
        "repository nooit via een link. Vervang de link door een gewone map of een gewoon "
        "bestand.\n"
    )
    assert (repo / "register.yaml").is_symlink()
    assert "geheim" not in "".join(path.name for path in repo.rglob("*"))


def test_add_document_on_a_latin1_register_gives_checks_melding(run: Run, repo: Path) -> None:
    register = "documents:\n  - id: a\n    title: Cliëntenraad\n    url: https://a.org\n"
    (repo / "register.yaml").write_bytes(register.encode("latin-1"))
    result = run(
        "add", "document", "--dir", repo, "--id", "b", "--title", "B", "--url", "https://b.org"
    )
    check = run("check", repo, "--select", "SWL104")
    assert result.code == 2
    melding = next(line for line in check.lines if "SWL104" in line)
    assert result.err == (
        f"{melding}\nswlabel: register.yaml is niet gewijzigd; los eerst de melding hierboven op\n"
    )
    assert (repo / "register.yaml").read_bytes() == register.encode("latin-1")


@pytest.mark.parametrize("command", ["document", "action"])
def test_add_on_a_full_disk_is_a_message_and_the_file_stays(
    run: Run, repo: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    name = "register.yaml" if command == "document" else "improvement-plan.yaml"
    key = "documents" if command == "document" else "actions"
    (repo / name).write_text(f"{key}: []\n", encoding="utf-8")
    fail_writes_after(monkeypatch, 0, errno.ENOSPC)
    options = ("--url", "https://b.org") if command == "document" else ("--norm", "1.1")
    result = run("add", command, "--dir", repo, "--id", "b", "--title", "B", *options)
    assert result.code == 2
    assert result.err == (
        f"swlabel: {name} kon niet worden geschreven: de schijf is vol. "
        "Er is niets half geschreven.\n"
    )
    assert (repo / name).read_text(encoding="utf-8") == f"{key}: []\n"
    assert [path.name for path in repo.iterdir() if path.name.endswith(".tmp")] == []


REGISTER_LINES = [
    "# Het register van documenten",
    "documents:",
    "  - id: a",
    "    title: Cliëntenraad",
    '    url: "https://a.org"',
]
PLAN_LINES = [
    "# Verbeterplan",
    "actions:",
    "  - id: VA-1",
    "    title: Eerste",
    '    norms: ["1.1"]',
]
STYLES = {
    "lf": ("\n", b"", True),
    "crlf": ("\r\n", b"", True),
    "crlf-bom": ("\r\n", codecs.BOM_UTF8, True),
    "lf-no-final-newline": ("\n", b"", False),
    "cr": ("\r", b"", True),
}


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("command", ["document", "action"])
def test_add_keeps_every_byte_and_the_files_own_line_ending(
    run: Run, repo: Path, style: str, command: str
) -> None:
    newline, bom, final = STYLES[style]
    name, lines = (
        ("register.yaml", REGISTER_LINES)
        if command == "document"
        else ("improvement-plan.yaml", PLAN_LINES)
    )
    before = bom + (newline.join(lines) + (newline if final else "")).encode("utf-8")
    (repo / name).write_bytes(before)
    if command == "document":
        options = ("--id", "b", "--title", "Brandveiligheid", "--url", "https://b.org")
        added = ["  - id: b", "    title: Brandveiligheid", '    url: "https://b.org"']
    else:
        options = ("--id", "VA-2", "--title", "Tweede", "--norm", "1.10")
        added = ["  - id: VA-2", "    title: Tweede", '    norms: ["1.10"]']
    result = run("add", command, "--dir", repo, *options)
    assert result.code == 0, result.err
    expected = (
        before
        + (b"" if final else newline.encode())
        + "".join(line + newline for line in added).encode("utf-8")
    )
    assert (repo / name).read_bytes() == expected
    assert run("check", repo, "--select", "SWL1,SWL2").code in (0, 1)
    assert "SWL1" not in run("check", repo, "--select", "SWL1").out.replace("SWL1,", "")


def test_add_in_the_middle_of_a_crlf_file_changes_only_the_inserted_lines(
    run: Run, repo: Path
) -> None:
    text = "\ufeffdocuments:\r\n  - id: a\r\n    title: A\r\n    url: https://a.org\r\n" + (
        "waivers: []\r\n"
    )
    (repo / "register.yaml").write_bytes(text.encode("utf-8"))
    result = run(
        "add", "document", "--dir", repo, "--id", "b", "--title", "B", "--url", "https://b.org"
    )
    assert result.code == 0, result.err
    assert (repo / "register.yaml").read_bytes() == (
        "\ufeffdocuments:\r\n  - id: a\r\n    title: A\r\n    url: https://a.org\r\n"
        '  - id: b\r\n    title: B\r\n    url: "https://b.org"\r\n'
        "waivers: []\r\n"
    ).encode("utf-8")


# --- outputs ----------------------------------------------------------------------------------

OUTPUTS = {
    "report": ("report", "--format", "md"),
    "calendar": ("calendar",),
    "check": ("check",),
}


@POSIX
@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize("command", OUTPUTS)
def test_outputs_refuse_a_pipe_a_device_a_link_and_a_folder(
    run: Run, repo: Path, tmp_path: Path, command: str
) -> None:
    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    real = tmp_path / "echt.md"
    real.write_text("mijn tekst\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    expected = {
        fifo: f"swlabel: {fifo.as_posix()} is geen gewoon bestand maar een named pipe; swlabel "
        "schrijft daar niet in. Geef een bestandsnaam op, of --output - voor de "
        "standaarduitvoer.\n",
        Path("/dev/null"): "swlabel: /dev/null is geen gewoon bestand maar een apparaat;",
        Path("/dev/stdout"): "swlabel: /dev/stdout is een link (symbolische koppeling); "
        "swlabel schrijft niet via een link. Geef het bestand zelf op, of --output - voor de "
        "standaarduitvoer.\n",
        link: f"swlabel: {link.as_posix()} is een link (symbolische koppeling);",
        tmp_path: f"swlabel: {tmp_path.as_posix()} is een map;",
    }
    for target, message in expected.items():
        for force in ((), ("--force",)):
            result = run(*OUTPUTS[command], repo, "--output", target, *force)
            assert result.code == 2, (target, result.err)
            assert result.err.startswith(message)
    assert real.read_text(encoding="utf-8") == "mijn tekst\n"


@pytest.mark.parametrize("format_", ["text", "github", "json", "junit"])
def test_check_output_replaces_only_its_own_earlier_output(
    run: Run, repo: Path, format_: str
) -> None:
    document = repo / "documenten" / "beleid.md"
    document.parent.mkdir()
    document.write_text("Ons beleid\n", encoding="utf-8")
    result = run("check", repo, "--format", format_, "--output", document)
    assert result.code == 2
    assert result.err == (
        f"swlabel: {document.as_posix()} bestaat al en is niet door swlabel gemaakt; kies een "
        "ander bestand met --output, of overschrijf het met --force\n"
    )
    assert document.read_text(encoding="utf-8") == "Ons beleid\n"
    output = repo / f"meldingen.{format_}"
    for _ in range(2):  # the second run replaces the first's output without --force
        assert run("check", repo, "--format", format_, "--output", output).code in (0, 1)
    for quiet in ((), ("--quiet",)):
        assert run("check", repo, "--format", format_, "--output", output, *quiet).code in (0, 1)
    assert run("check", repo, "--format", format_, "--output", document, "--force").code in (0, 1)
    assert document.read_text(encoding="utf-8") != "Ons beleid\n"


def test_check_text_output_ends_with_its_marker(run: Run, repo: Path) -> None:
    output = repo / "meldingen.txt"
    run("check", repo, "--output", output, "--quiet")
    assert output.read_text(encoding="utf-8").splitlines()[-1] == (
        "# swlabel check: uitvoer van swlabel check; een volgende run met --output vervangt "
        "dit bestand"
    )


@pytest.mark.parametrize("command", ["report", "calendar", "check"])
def test_outputs_on_a_full_disk_are_a_message_and_the_old_file_stays(
    run: Run, repo: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    output = repo.parent / "uit.txt"
    assert run(*OUTPUTS[command], repo, "--output", output).code in (0, 1)
    before = output.read_bytes()
    fail_writes_after(monkeypatch, 0, errno.ENOSPC)
    result = run(*OUTPUTS[command], repo, "--output", output)
    assert result.code == 2
    assert result.err.endswith(
        "kon niet worden geschreven: de schijf is vol. Er is niets half geschreven.\n"
    )
    assert output.read_bytes() == before
    assert sorted(path.name for path in repo.parent.iterdir()) == ["repo", "uit.txt"]


def test_schema_on_a_full_disk_is_a_message(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_writes_after(monkeypatch, 0, errno.ENOSPC)
    result = run("schema", "--output", tmp_path / "schemas")
    assert result.code == 2
    assert result.err == (
        f"swlabel: {(tmp_path / 'schemas').as_posix()}/swlabel.schema.json kon niet worden "
        "geschreven: de schijf is vol. Er is niets half geschreven.\n"
    )
    assert [path.name for path in (tmp_path / "schemas").iterdir()] == []


@POSIX
def test_schema_refuses_a_link_in_place_of_a_schema(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "schemas"
    folder.mkdir()
    (folder / "evidence.schema.json").symlink_to(tmp_path / "elders.json")
    result = run("schema", "--output", folder)
    assert result.code == 2
    assert "evidence.schema.json is een link (symbolische koppeling)" in result.err
    assert not (tmp_path / "elders.json").exists()
    assert [path.name for path in folder.iterdir()] == ["evidence.schema.json"]


@POSIX
def test_add_document_to_a_file_through_a_link_is_refused(
    run: Run, repo: Path, tmp_path: Path
) -> None:
    (repo / "register").mkdir()
    (repo / "register" / "echt.yaml").write_text("documents: []\n", encoding="utf-8")
    (repo / "lijsten").symlink_to(repo / "register")
    (repo / "register" / "link.yaml").symlink_to(repo / "register" / "echt.yaml")
    options = ("--id", "b", "--title", "B", "--url", "https://b.org")
    # lijsten/ is no folder of the register (swlabel would not read the document there)
    result = run("add", "document", "--dir", repo, "--to", repo / "lijsten" / "echt.yaml", *options)
    assert result.code == 2
    assert "is geen bestand van het register" in result.err
    result = run(
        "add", "document", "--dir", repo, "--to", repo / "register" / "link.yaml", *options
    )
    assert result.code == 2
    assert result.err.startswith("swlabel: register/link.yaml is een link (symbolische koppeling)")
    outside = run("add", "document", "--dir", repo, "--to", tmp_path / "x.yaml", *options)
    assert outside.code == 2
    assert "ligt buiten de repository" in outside.err
    assert (repo / "register" / "echt.yaml").read_text(encoding="utf-8") == "documents: []\n"


@pytest.mark.parametrize(
    "note",
    [
        "Ons proces: zie het swlabel-dossier in de map.\nBelangrijk\n",
        "Notitie\n<!-- uit het swlabel-dossier: -->\n",
        'Zie "generator": "swlabel-dossier" in de export.\n',
        "Verwijzing naar PRODID:-//swlabel// in de tekst\n",
    ],
)
def test_a_note_that_mentions_a_marker_is_not_taken_for_swlabels_own(
    run: Run, repo: Path, note: str
) -> None:
    """Only a marker where swlabel writes it (at the start of a line, in the syntax of its
    format) says swlabel wrote the file; a user's note that mentions it is the user's."""
    output = repo / "documenten" / "proces.md"
    output.parent.mkdir(exist_ok=True)
    output.write_text(note, encoding="utf-8")
    for command in ("check", "report", "calendar"):
        result = run(*OUTPUTS[command], repo, "--output", output)
        assert result.code == 2, (command, result.err)
        assert output.read_text(encoding="utf-8") == note
