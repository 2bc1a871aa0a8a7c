"""Reads that must hold under hostile input (issue #12, classes 5 and 6).

- An own norm set is read inside the repository only, through the path resolver; its norm and
  rubriek ids are ids, never paths, so ``init`` cannot be made to write outside.
- A folder or a file that cannot be read is a melding, and the run goes on.
- A folder tree deeper than Python's recursion limit is walked without recursion.
- Nothing but :mod:`swlabel.doors.paths` reads the repository: a contract over the source.
- Dates at the ends of the calendar (0001-01-01, 9999-12-31) in every file and as ``--as-of``
  are ordinary dates: no command ends as an internal error.
"""

from __future__ import annotations

import ast
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import SMALL_NORMSET, Result, evidence, write_tree
from swlabel.domain.dates import add_days, add_months, add_years, compact, day_after, months_before
from swlabel.doors import paths
from swlabel.errors import ConfigError
from swlabel.i18n import Translator, render
from swlabel.load.normsets import load_normset, load_normset_kept
from swlabel.load.sources import read_file

Run = Callable[..., Result]
MakeRepo = Callable[..., Path]

# --- dates at the ends of the calendar ----------------------------------------------------

FIRST, LAST = dt.date.min, dt.date.max


@pytest.mark.parametrize(
    ("day", "days", "expected"),
    [
        (LAST, 1, LAST),
        (dt.date(9999, 12, 30), 3650, LAST),
        (FIRST, -1, FIRST),
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 1)),
        (dt.date(2026, 1, 1), -1, dt.date(2025, 12, 31)),
    ],
)
def test_add_days_stops_at_the_ends_of_the_calendar(
    day: dt.date, days: int, expected: dt.date
) -> None:
    assert add_days(day, days) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(9999, 12, 15), 1, LAST),
        (dt.date(9998, 12, 31), 24, LAST),
        (FIRST, -1, FIRST),
        (dt.date(1, 5, 31), -12, FIRST),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
        (dt.date(2026, 1, 15), 10**30, LAST),
        (dt.date(2026, 1, 15), -(10**30), FIRST),
    ],
)
def test_add_months_stops_at_the_ends_of_the_calendar(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(day, months) == expected


def test_years_and_months_before_are_months() -> None:
    assert add_years(dt.date(9998, 12, 31), 2) == LAST
    assert add_years(dt.date(2024, 2, 29), 2) == dt.date(2026, 2, 28)
    assert months_before(dt.date(1, 6, 1), 12) == FIRST


def test_day_after_and_compact_at_the_ends() -> None:
    assert day_after(LAST) is None
    assert day_after(FIRST) == dt.date(1, 1, 2)
    # strftime('%Y') writes year 1 as "1" on Linux; an iCalendar date needs four digits.
    assert compact(FIRST) == "00010101"
    assert compact(LAST) == "99991231"


EDGE_CONFIG = """\
format_version: 1
organisation: Stichting Test
norms: normen.yaml
next_audit: 9999-12-31
scope:
  business_critical_interns: yes
check:
  max_assessment_age_months: 1000000000000000000000000
audits:
  follow_up:
    - {body: Kiwa, days: 3650}
"""

EDGE_FILES: dict[str, str | bytes] = {
    "swlabel.yaml": EDGE_CONFIG,
    "evidence/1.1.md": evidence(
        "1.1",
        "compliant",
        "assessed_on: 0001-01-01\n"
        "interviewees: [Teamleider]\n"
        "evidence:\n"
        "  - title: Nooit verlopen\n"
        "    url: https://example.org/a\n"
        "    date: 0001-01-01\n"
        "    valid_until: 9999-12-31\n"
        "  - {document: reg-1}\n"
        "actions: [a1, a2]\n",
        "Tekst.\n",
    ),
    "evidence/1.10.md": evidence(
        "1.10",
        "compliant",
        "assessed_on: 9999-12-31\n"
        "evidence:\n"
        "  - title: Al lang verlopen\n"
        "    path: swlabel.yaml\n"
        "    valid_until: 0001-01-01\n",
        "Tekst.\n",
    ),
    "register.yaml": (
        "documents:\n"
        "  - id: reg-1\n"
        "    title: Beleid\n"
        "    url: https://example.org/b\n"
        "    date: 0001-01-01\n"
        "    review_date: 9999-12-31\n"
        "    valid_until: 9999-12-31\n"
    ),
    "improvement-plan.yaml": (
        "actions:\n"
        "  - {id: a1, title: Een, norms: ['1.1'], due: 9999-12-31, improvement_point: p1}\n"
        "  - {id: a2, title: Twee, norms: ['1.1'], due: 0001-01-01}\n"
        "  - {id: a3, title: Drie, norms: ['1.1'], improvement_point: p2}\n"
    ),
    "audits/laat.yaml": (
        "date: 9999-12-30\n"
        "route: external\n"
        "body: Kiwa\n"
        "decision_date: 9998-12-31\n"
        "improvement_points:\n"
        "  - {id: p1, norms: ['1.1']}\n"
        "  - {id: p2, norms: ['1.1']}\n"
    ),
    "audits/vroeg.yaml": (
        "date: 0001-01-01\nroute: external\nbody: Kiwa\ncertificate_valid_until: 0001-01-01\n"
    ),
}

COMMANDS = {
    "check": ("check",),
    "check-json": ("check", "--format", "json"),
    "report-html": ("report", "--output", "-"),
    "report-md": ("report", "--format", "md", "--output", "-"),
    "report-json": ("report", "--format", "json", "--output", "-"),
    "report-csv": ("report", "--format", "csv", "--output", "-"),
    "status": ("status",),
    "interviews": ("interviews",),
    "interviews-md": ("interviews", "--format", "md"),
    "calendar": ("calendar", "--output", "-"),
}


@pytest.mark.parametrize("as_of", ["0001-01-01", "9999-12-31", "2026-11-01"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_dates_at_the_ends_of_the_calendar_are_ordinary_dates(
    command: str, as_of: str, run: Run, small_repo: MakeRepo
) -> None:
    repo = small_repo(EDGE_FILES)
    name, *options = COMMANDS[command]
    result = run(name, repo, *options, "--as-of", as_of)
    shown = result.out + result.err
    assert result.code in (0, 1), shown
    assert "Traceback" not in shown
    assert "interne fout" not in shown


def test_certificate_after_a_decision_late_in_the_calendar_ends_on_the_last_day(
    run: Run, small_repo: MakeRepo
) -> None:
    repo = small_repo(EDGE_FILES)
    result = run("check", repo, "--as-of", "9999-12-31", "--quiet", "--select", "SWL407")
    assert result.out.splitlines() == [
        "audits/laat.yaml:4:16: SWL407 het certificaat van de toetsing van 9999-12-30 verloopt "
        "op 9999-12-31; plan de hercertificering"
    ]


def test_calendar_writes_the_first_and_last_day_with_four_digit_years(
    run: Run, small_repo: MakeRepo
) -> None:
    repo = small_repo(EDGE_FILES)
    result = run("calendar", repo, "--output", "-", "--as-of", "0001-01-01")
    assert result.code == 0, result.err
    lines = result.out.split("\r\n")
    assert "DTSTAMP:00010101T000000Z" in lines
    assert "DTSTART;VALUE=DATE:00010101" in lines
    assert "DTEND;VALUE=DATE:00010102" in lines
    assert "DTSTART;VALUE=DATE:99991231" in lines
    # The last day of the calendar has no day after it: the event has no DTEND and so lasts
    # that one day.
    assert "DTEND;VALUE=DATE:100000101" not in result.out
    assert lines.count("BEGIN:VEVENT") == lines.count("DTEND;VALUE=DATE:00010102") + sum(
        line == "DTSTART;VALUE=DATE:99991231" for line in lines
    )


# --- an own norm set stays inside the repository --------------------------------------------


def _config(norms: str) -> str:
    return f"format_version: 1\norganisation: Stichting Test\nnorms: {norms}\n"


@pytest.mark.parametrize(
    ("norms", "expected"),
    [
        (
            "../elders/normen.yaml",
            "swlabel: swlabel.yaml: norms: '../elders/normen.yaml' ligt buiten de repository; zet "
            "het normenset-bestand in de repository (bijvoorbeeld normen/eigen-normen.yaml) en "
            "schrijf het pad ten opzichte van de map met swlabel.yaml",
        ),
        (
            "'..\\elders\\normen.yaml'",
            "swlabel: swlabel.yaml: norms: '../elders/normen.yaml' ligt buiten de repository;",
        ),
        ("ABSOLUTE", "swlabel: swlabel.yaml: norms: 'ABSOLUTE' ligt buiten de repository;"),
        (
            "normen/../../elders/normen.yaml",
            "swlabel: swlabel.yaml: norms: 'normen/../../elders/normen.yaml' ligt buiten de",
        ),
        (
            "link/normen.yaml",
            "swlabel: swlabel.yaml: norms: 'link/normen.yaml' verwijst (via een snelkoppeling) "
            "naar een plek buiten de repository; kopieer het normenset-bestand in de repository",
        ),
        ("eigen.yaml", "swlabel: swlabel.yaml: norms: 'eigen.yaml' verwijst (via een"),
    ],
)
def test_own_norm_set_outside_the_repository_is_never_read(
    norms: str, expected: str, run: Run, tmp_path: Path
) -> None:
    elsewhere = write_tree(tmp_path / "elders", {"normen.yaml": SMALL_NORMSET})
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "link").symlink_to(elsewhere)
    (repo / "eigen.yaml").symlink_to(elsewhere / "normen.yaml")
    norms = norms.replace("ABSOLUTE", (elsewhere / "normen.yaml").as_posix())
    expected = expected.replace("ABSOLUTE", (elsewhere / "normen.yaml").as_posix())
    write_tree(repo, {"swlabel.yaml": _config(norms)})
    for command in ("check", "status", "interviews"):
        result = run(command, repo)
        assert result.code == 2, (command, result.out + result.err)
        assert result.err.startswith(expected), (command, result.err)
        assert "Traceback" not in result.err


def test_own_norm_set_that_is_a_pipe_or_a_folder_is_refused(tmp_path: Path) -> None:
    repo = write_tree(tmp_path / "repo", {"swlabel.yaml": _config("pijp.yaml")})
    os.mkfifo(repo / "pijp.yaml")
    (repo / "map.yaml").mkdir()
    t = Translator()
    for name in ("pijp.yaml", "map.yaml"):
        with pytest.raises(ConfigError) as caught:
            load_normset(name, repo)
        assert render(caught.value.message, t) == (
            f"swlabel.yaml: norms: '{name}' is geen gewoon bestand; verwijs naar een .yaml-bestand"
        )


def test_own_norm_set_inside_the_repository_still_loads(tmp_path: Path) -> None:
    repo = write_tree(tmp_path / "repo", {"normen/eigen.yaml": SMALL_NORMSET})
    # A link that stays inside the repository is followed, as for every other file.
    (repo / "kort.yaml").symlink_to(repo / "normen" / "eigen.yaml")
    t = Translator()
    for reference in ("normen/eigen.yaml", "normen\\eigen.yaml", "./normen/../kort.yaml"):
        assert load_normset(reference, repo).id == "klein"
    with pytest.raises(ConfigError) as caught:
        load_normset("Normen/Eigen.yaml", repo)
    assert render(caught.value.message, t) == (
        "swlabel.yaml: norms: 'Normen/Eigen.yaml' bestaat niet, wel 'normen/eigen.yaml'; schrijf "
        "het pad precies zo"
    )


# --- norm ids are ids, never paths ---------------------------------------------------------

BAD_ID_NORMSET = """\
format_version: 1
id: klein
version: "1"
title: Kleine normenset
publisher: Test
rubrieken:
  - id: "1"
    title: Vakmanschap
norms:
  - id: "1.1"
    rubriek: "1"
    text: Een gewone norm.
  - id: {id}
    rubriek: "1"
    text: Een norm met een pad als id.
"""


@pytest.mark.parametrize(
    "norm_id",
    [
        "../../x",
        "a/b",
        "a\\\\b",
        "..",
        ".",
        "''",
        "'1.1\\u001b[31m'",
        "'1.1\\u0000'",
        "'-1'",
        "'=1+1'",
        "1..2",
        "'1. 2'",
        "'1.2.'",
        "'" + "9" * 65 + "'",
    ],
)
def test_norm_id_that_is_no_id_is_refused_at_its_line(
    norm_id: str, run: Run, tmp_path: Path
) -> None:
    normset = BAD_ID_NORMSET.format(id=f'"{norm_id}"' if norm_id[0] not in "'" else norm_id)
    repo = write_tree(tmp_path / "repo", {"swlabel.yaml": _config("normen.yaml")})
    (repo / "normen.yaml").write_text(normset, encoding="utf-8")
    result = run("check", repo)
    # a melding, and the norm is left out; the rest of the norm set counts (#13)
    assert result.code == 1, result.out + result.err
    found = [line for line in result.lines if line.startswith("normen.yaml:")]
    assert len(found) == 1, result.out
    assert found[0].startswith("normen.yaml:13:"), result.out
    assert " SWL103 norms[2].id: '" in found[0]
    assert "kan geen id zijn; een id van een norm of rubriek bestaat uit letters" in found[0]
    assert load_normset_kept("normen.yaml", repo)[0].norms[-1].id != norm_id


def test_rubriek_id_that_is_no_id_is_refused(tmp_path: Path) -> None:
    normset = SMALL_NORMSET.replace('id: "2"\n', 'id: "../2"\n').replace(
        'rubriek: "2"', 'rubriek: "../2"'
    )
    repo = write_tree(tmp_path / "repo", {"normen.yaml": normset})
    with pytest.raises(ConfigError) as caught:
        load_normset("normen.yaml", repo)
    t = Translator()
    shown = [f"{p.path}:{p.line} {render(p.message, t)[:40]}" for p in caught.value.problems]
    assert shown[0] == "normen.yaml:12 rubrieken[2].id: '../2' kan geen id zijn"


def test_duplicate_rubriek_id_is_refused(tmp_path: Path) -> None:
    normset = SMALL_NORMSET.replace('id: "2"\n', 'id: "1"\n')
    repo = write_tree(tmp_path / "repo", {"normen.yaml": normset})
    with pytest.raises(ConfigError) as caught:
        load_normset("normen.yaml", repo)
    t = Translator()
    assert [(p.line, render(p.message, t)) for p in caught.value.problems] == [
        (12, "rubrieken[2].id: rubriek '1' staat twee keer in de normenset"),
        # the norm of the rubriek left out cannot be placed either
        (22, "norms[3].rubriek: rubriek '2' staat niet onder 'rubrieken'"),
    ]


def test_ordinary_ids_are_ids() -> None:
    repo = Path(__file__).parent  # unused by bundled norm sets
    normset = load_normset("kwaliteitslabel-sociaal-werk-2019", repo)
    assert all(norm.id.replace(".", "").isdigit() for norm in normset.norms)


def test_init_with_a_norm_id_that_climbs_out_writes_nothing_outside(
    run: Run, tmp_path: Path
) -> None:
    target = tmp_path / "a" / "b" / "demo"
    target.mkdir(parents=True)
    (target / "normen.yaml").write_text(BAD_ID_NORMSET.format(id='"../../../x"'), "utf-8")
    before = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*"))
    result = run("init", target, "-o", "X", "--norms", "normen.yaml", "--no-git")
    assert result.code == 2, result.out + result.err
    assert "'../../../x' kan geen id zijn" in result.err
    assert sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*")) == before


# --- what cannot be read is a melding, and the run goes on ---------------------------------

DENIED = "Permission denied"


def _deny(monkeypatch: pytest.MonkeyPatch, call: str, *names: str) -> None:
    """Make the OS call CALL (in swlabel.doors.paths) fail as chmod 000 does for a user that is not
    root; the tests run as root in CI, where chmod 000 stops nothing."""
    real = getattr(os, call)

    def denied(path: object, *args: object, **kwargs: object) -> object:
        if Path(os.fsdecode(path)).name in names:  # type: ignore[arg-type]
            raise PermissionError(13, DENIED)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(f"swlabel.doors.paths.os.{call}", denied)


UNREADABLE_FILES: dict[str, str | bytes] = {
    "register/beleid.yaml": "documents:\n  - {id: beleid, title: Beleid, url: 'https://x.nl/'}\n",
    "audits/2026.yaml": "date: 2026-01-10\nroute: peer\nimprovement_points:\n  - {id: p1}\n",
    "improvement-plan.yaml": (
        "actions:\n  - {id: a1, title: Een, norms: ['1.1'], improvement_point: p1}\n"
    ),
    "evidence/1.1.md": evidence("1.1", "compliant", "evidence:\n  - {document: beleid}\n", "T\n"),
    "evidence/1.10.md": evidence("1.10", "status: kapot\n"),
}


@pytest.mark.parametrize(
    ("folder", "expected"),
    [
        # What evidence/ holds is unknown: no norm is missing (SWL203), no document unused
        # (SWL210).
        ("evidence", ["evidence:1:1: SWL104"]),
        # The document that evidence/1.1.md refers to is in the unreadable folder: no SWL204.
        ("register", ["evidence/1.10.md:", "register:1:1: SWL104"]),
        # The verbeterpunt the plan answers is in the unreadable folder: no SWL211.
        ("audits", ["audits:1:1: SWL104", "evidence/1.10.md:"]),
    ],
)
def test_unreadable_folder_is_a_melding_and_the_run_goes_on(
    folder: str,
    expected: list[str],
    run: Run,
    small_repo: MakeRepo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = small_repo(UNREADABLE_FILES)
    _deny(monkeypatch, "scandir", folder)
    result = run("check", repo, "--as-of", "2026-11-01", "--quiet")
    assert result.code == 1, result.out + result.err
    lines = result.out.splitlines()
    assert [line[: len(want)] for line, want in zip(lines, expected, strict=True)] == expected
    assert f"{folder}:1:1: SWL104 de map kan niet gelezen worden ({DENIED}); controleer of u " in (
        result.out
    )
    assert "de bestanden erin zijn niet gecontroleerd" in result.out
    for command in (("report", "--output", "-"), ("status",), ("calendar", "--output", "-")):
        other = run(command[0], repo, *command[1:], "--as-of", "2026-11-01")
        assert other.code in (0, 1), (command, other.out + other.err)


def test_unreadable_file_is_a_melding_and_the_run_goes_on(
    run: Run, small_repo: MakeRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = small_repo(UNREADABLE_FILES)
    _deny(monkeypatch, "open", "beleid.yaml")
    result = run("check", repo, "--as-of", "2026-11-01", "--quiet")
    assert result.code == 1, result.out + result.err
    assert (
        "register/beleid.yaml:1:1: SWL104 het bestand kan niet gelezen worden "
        f"({DENIED}); controleer of het bestaat en of u het mag lezen"
    ) in result.out.splitlines()
    assert "evidence/1.10.md:" in result.out


@pytest.mark.skipif(os.geteuid() == 0, reason="as root, chmod 000 does not stop a read")
def test_unreadable_folder_for_real(run: Run, small_repo: MakeRepo) -> None:
    repo = small_repo(UNREADABLE_FILES)
    (repo / "register").chmod(0)
    try:
        result = run("check", repo, "--as-of", "2026-11-01", "--quiet")
    finally:
        (repo / "register").chmod(0o755)
    assert result.code == 1, result.out + result.err
    assert "register:1:1: SWL104 de map kan niet gelezen worden" in result.out


# --- a tree deeper than Python's recursion limit --------------------------------------------

DEPTH = 1500  # above the recursion limit (1000), below PATH_MAX (4096) with one-letter names


def _make_deep(top: Path, depth: int, leaf: dict[str, str]) -> None:
    """DEPTH nested folders named d under TOP, with LEAF's files at the bottom; made through
    file descriptors, as os.makedirs would recurse."""
    top.mkdir(parents=True, exist_ok=True)
    handles = [os.open(top, os.O_RDONLY)]
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=handles[-1])
            handles.append(os.open("d", os.O_RDONLY, dir_fd=handles[-1]))
        for name, text in leaf.items():
            handle = os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=handles[-1])
            os.write(handle, text.encode("utf-8"))
            os.close(handle)
    finally:
        for handle in handles:
            os.close(handle)


def _remove_deep(top: Path, depth: int, leaf: dict[str, str]) -> None:
    """Undo _make_deep (pytest's clean-up, shutil.rmtree, recurses too)."""
    handles = [os.open(top, os.O_RDONLY)]
    try:
        for _ in range(depth):
            handles.append(os.open("d", os.O_RDONLY, dir_fd=handles[-1]))
        for name in leaf:
            os.unlink(name, dir_fd=handles[-1])
        while len(handles) > 1:
            os.close(handles.pop())
            os.rmdir("d", dir_fd=handles[-1])
    finally:
        for handle in handles:
            os.close(handle)


def test_folder_tree_deeper_than_the_recursion_limit(run: Run, small_repo: MakeRepo) -> None:
    repo = small_repo()
    leaf = {"notities.txt": "bsn: 111222333\n", "1.1.md": evidence("1.1")}
    _make_deep(repo, DEPTH, leaf)
    _make_deep(repo / "evidence", DEPTH, leaf)
    try:
        result = run("check", repo, "--as-of", "2026-11-01", "--quiet")
        report = run("report", repo, "--output", "-", "--format", "json", "--as-of", "2026-11-01")
    finally:
        _remove_deep(repo, DEPTH, leaf)
        _remove_deep(repo / "evidence", DEPTH, leaf)
    assert result.code == 1, result.out + result.err
    deep = "/".join(["d"] * DEPTH)
    # The BSN at the bottom of both trees is found: the scan walked all the way down.
    assert [line.split(" ", 2)[:2] for line in result.lines] == [
        [f"{deep}/notities.txt:1:6:", "SWL501"],
        [f"evidence/{deep}/notities.txt:1:6:", "SWL501"],
    ]
    assert report.code in (0, 1), report.err


# --- one door for reading: a contract over the source ---------------------------------------

SOURCE = Path(__file__).parent.parent / "src" / "swlabel"

# Calls that open, read or list files and folders.
READING_CALLS = frozenset(
    {
        "open",
        "read_text",
        "read_bytes",
        "iterdir",
        "walk",
        "scandir",
        "listdir",
        "glob",
        "rglob",
        "fdopen",
    }
)

# Where a reading call is allowed outside swlabel.doors.paths, and why. Keep this short: a new
# entry needs a reason why the call does not read the organisation's repository.
ALLOWED: dict[str, dict[str, str]] = {
    "doors.files": {
        "open": "the one writer: peeks at the head of an output file it may replace",
        "fdopen": "the one writer: writes its temporary file",
    },
    "output.templating": {
        "open": "own templates (--template-dir, named on the command line), opened without "
        "following links by the template loader's own checks",
        "fdopen": "reads the template file it opened",
    },
    "cli.app": {"open": "os.devnull, where standard output goes once it is closed"},
    "commands.init": {"iterdir": "whether the target folder is empty, before it is a repository"},
    "commands.add": {"iterdir": "whether register/ holds files, to choose where to add"},
    "rules.__init__": {
        "read_bytes": "each rule's rule.yaml, package data found through importlib.resources"
    },
    "output.docx": {
        "open": "Package.open of the reference document's bytes in memory, which were read "
        "through paths.read_bytes"
    },
}


def _reading_calls(tree: ast.AST) -> list[tuple[int, str, str]]:
    """(line, call name, receiver) of every reading call in TREE; the door itself
    (``paths.read_bytes(…)``) and package data (``resources.files(…)``) are no such call."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "open":
            found.append((node.lineno, "open", ""))
        elif isinstance(node.func, ast.Attribute) and node.func.attr in READING_CALLS:
            receiver = ast.unparse(node.func.value)
            if receiver == "paths" or "resources.files(" in receiver:
                continue
            found.append((node.lineno, node.func.attr, receiver))
    return found


def test_nothing_but_the_path_resolver_reads_the_repository() -> None:
    outside_the_door = []
    used: set[tuple[str, str]] = set()
    for path in sorted(SOURCE.rglob("*.py")):
        module = ".".join(path.relative_to(SOURCE).with_suffix("").parts)
        if module == "doors.paths":
            continue
        allowed = ALLOWED.get(module, {})
        for line, name, receiver in _reading_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if name not in allowed:
                outside_the_door.append(f"swlabel/{module}: line {line}: {receiver}.{name}(…)")
            used.add((module, name))
    # An entry nothing needs any more is a hole waiting for a new call: it goes.
    stale = {(module, name) for module, names in ALLOWED.items() for name in names} - used
    assert stale == set()
    assert outside_the_door == [], (
        "read the repository through swlabel.doors.paths (look, read_bytes, list_folder, walk), or "
        "add the call to ALLOWED with the reason it reads no file of the repository"
    )


def test_the_contract_sees_a_read_that_bypasses_the_door() -> None:
    tree = ast.parse(
        "from pathlib import Path\nimport os\n"
        "Path('x').read_text()\nopen('y')\nos.scandir('.')\nos.walk('.')\n"
        "paths.read_bytes(root, 'a', max_bytes=1)\n"
        "resources.files('p').joinpath('a').read_bytes()\n"
    )
    assert [(line, name) for line, name, _ in _reading_calls(tree)] == [
        (3, "read_text"),
        (4, "open"),
        (5, "scandir"),
        (6, "walk"),
    ]


# --- the door itself ---------------------------------------------------------------------


def test_the_door_refuses_what_lies_outside_or_is_no_file(tmp_path: Path) -> None:
    outside = write_tree(tmp_path / "elders", {"geheim.txt": "geheim"})
    repo = write_tree(tmp_path / "repo", {"a.txt": "a", "map/b.txt": "b"})
    (repo / "link").symlink_to(outside)
    (repo / "binnen").symlink_to(repo / "map")
    os.mkfifo(repo / "pijp.txt")
    assert paths.read_bytes(repo, "map/../a.txt", max_bytes=10) == b"a"
    assert paths.read_bytes(repo, "binnen\\b.txt", max_bytes=10) == b"b"
    for relpath, reason in [
        ("../elders/geheim.txt", "outside"),
        ((outside / "geheim.txt").as_posix(), "outside"),
        ("C:/geheim.txt", "outside"),
        ("", "outside"),
        ("link/geheim.txt", "link_outside"),
        ("pijp.txt", "not_a_file"),
        ("map", "not_a_file"),
    ]:
        with pytest.raises(paths.Refused) as refused:
            paths.read_bytes(repo, relpath, max_bytes=10)
        assert refused.value.reason == reason, relpath
    with pytest.raises(paths.TooLarge):
        paths.read_bytes(repo, "a.txt", max_bytes=0)
    with pytest.raises(paths.Refused):
        paths.list_folder(repo, "link")
    assert paths.list_folder(repo, "nergens") is None
    names = sorted(entry.name for entry in paths.list_folder(repo, "") or ())
    assert names == ["a.txt", "binnen", "link", "map", "pijp.txt"]


def test_reading_a_dossier_file_outside_the_repository_is_refused(tmp_path: Path) -> None:
    write_tree(tmp_path, {"geheim.yaml": "norm: '1.1'\n"})
    repo = write_tree(tmp_path / "repo", {"a.yaml": "x: 1\n"})
    parsed = read_file(repo, "../geheim.yaml")
    assert parsed.data is None
    t = Translator()
    assert [(p.code, render(p.message, t)) for p in parsed.problems] == [
        (
            "SWL206",
            "het pad '../geheim.yaml' ligt buiten de repository; gebruik een pad binnen de "
            "repository, relatief ten opzichte van de hoofdmap, of een url",
        )
    ]
