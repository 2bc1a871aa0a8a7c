"""Robustness: hostile repositories, a very large one, and property-based fuzzing of the loader.

What must hold for any input, however broken: ``swlabel check`` ends with exit code 0, 1 or 2
(never 3, an internal error), within a few seconds; every melding names a file of the
repository, a line >= 1 and a column >= 1; and checking writes nothing into the repository.

The property tests run a small number of examples by default. ``HYPOTHESIS_PROFILE=fuzz`` runs
the long campaign (see tests/README.md)::

    HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_robustness.py -k property -q

A bug this file finds is first a test marked ``xfail(strict=True)`` with the exact input; when
the fix lands, strict xfail fails on the unexpected pass and the marker goes. The tests whose
docstring says "fixed in 43e0066" began that way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import sys
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CONFIG, SMALL_NORMSET, evidence, write_tree
from swlabel.cli.app import main
from swlabel.commands.check import check as check_command
from swlabel.errors import SwlabelError
from swlabel.i18n import Translator, render
from swlabel.load.sources import CONTROL_CHARACTERS
from swlabel.models import STATUSES
from swlabel.rules import RULES

AS_OF = dt.date(2026, 11, 1)
TIME_LIMIT = 5.0  # seconds per example: generous, a guard against hangs, not a speed goal

# --- Hypothesis profiles --------------------------------------------------------------------
# Small by default so that the suite stays fast; HYPOTHESIS_PROFILE=fuzz for a long campaign.
# The profiles are applied to this file's tests only (not loaded globally), so other test
# files keep their own settings.
settings.register_profile(
    "robustness",
    max_examples=100,
    deadline=None,
    # One repository per test, reset before each example (see Sandbox).
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
settings.register_profile("fuzz", settings.get_profile("robustness"), max_examples=20_000)
PROFILE = settings.get_profile(
    "fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "robustness"
)

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX links and pipes")


# --- running a check ------------------------------------------------------------------------


@dataclass
class Outcome:
    code: int
    meldingen: list[dict[str, Any]]
    elapsed: float
    stderr: str = ""


def _problem_data(problem: Any) -> dict[str, Any]:
    return {
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
        "code": problem.code,
        "message": render(problem.message, Translator("nl")),
    }


def check_fast(root: Path) -> Outcome:
    """``swlabel check --format json`` without Typer's argument parsing (ten times faster):
    the same loading, rules and reporter; an exception other than a user error escapes, which
    is what the CLI would turn into exit code 3."""
    out = io.StringIO()
    start = time.monotonic()
    try:
        code = check_command(root, out=out, as_of=AS_OF, language="nl", format_="json")
    except SwlabelError as error:
        problems = [_problem_data(problem) for problem in error.problems]
        message = render(error.message, Translator("nl"))
        return Outcome(error.exit_code, problems, time.monotonic() - start, message)
    elapsed = time.monotonic() - start
    return Outcome(code, json.loads(out.getvalue())["meldingen"], elapsed)


def run_cli(*args: str | Path) -> tuple[int, str, str, float]:
    """The real entry point, in-process; an exit code 3 fails with the crash log's traceback."""
    out, err = io.StringIO(), io.StringIO()
    start = time.monotonic()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args])
    elapsed = time.monotonic() - start
    if code == 3:
        log = re.search(r"\S*swlabel-crash-\S+\.log", err.getvalue())
        traceback = Path(log.group(0)).read_text(encoding="utf-8") if log else ""
        pytest.fail(f"internal error (exit code 3):\n{err.getvalue()}\n{traceback}")
    return code, out.getvalue(), err.getvalue(), elapsed


MELDING_LINE = re.compile(
    r"^(?P<path>[^\s:][^:\n]*):(?P<line>\d+):(?P<column>\d+): (?P<code>SWL\d{3}) "
)
GITHUB_LINE = re.compile(
    r"^::(?:error|warning|notice) file=(?P<path>[^,]+),line=(?P<line>\d+),col=(?P<column>\d+),"
    r"title=(?P<code>SWL\d{3})::"
)


def parse_melding_lines(text: str, pattern: re.Pattern[str] = MELDING_LINE) -> list[dict[str, Any]]:
    """The meldingen in ``path:line:column: CODE message`` lines (text output, stderr), or in
    GitHub annotations with ``pattern=GITHUB_LINE``."""
    found = []
    for line in text.split("\n"):
        match = pattern.match(line)
        if match:
            found.append(
                {
                    "path": match["path"],
                    "line": int(match["line"]),
                    "column": int(match["column"]),
                    "code": match["code"],
                }
            )
    return found


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ROOT with its bytes (links as their target), to prove nothing was
    written."""
    files: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        relpath = path.relative_to(root).as_posix()
        if path.is_symlink():
            files[relpath] = b"-> " + str(path.readlink()).encode()
        elif path.is_file():
            files[relpath] = path.read_bytes()
        else:
            files[relpath + "/"] = b""
    return files


def assert_sane(outcome: Outcome, root: Path, *, config_touched: bool = False) -> None:
    """The invariants for any input. Only a broken swlabel.yaml or norm set may stop the run
    (exit code 2); a broken evidence, register or plan file is a melding like any other."""
    allowed = (0, 1, 2) if config_touched else (0, 1)
    assert outcome.code in allowed, outcome
    assert outcome.elapsed < TIME_LIMIT, f"took {outcome.elapsed:.1f} s"
    for melding in outcome.meldingen:
        assert melding["path"], melding
        assert melding["line"] >= 1, melding
        assert melding["column"] >= 1, melding
        assert melding["code"] in RULES, melding
        # a file, or a link to one that cannot be read (reported, never followed)
        path = root / melding["path"]
        assert path.is_file() or path.is_symlink() or melding["code"] == "SWL203", melding


# --- the repository the property tests write into --------------------------------------------

REGISTER = """\
documents:
  - id: beleid
    title: Beleidsplan
    path: documenten/beleid.pdf
    date: 2026-01-01
    review_date: 2027-06-01
    valid_until: 2028-01-01
"""
PLAN = """\
actions:
  - id: VA-1
    title: Scholing BHV
    norms: ["2.1"]
    due: 2027-06-30
"""
BASE_TREE: dict[str, str | bytes] = {
    "swlabel.yaml": CONFIG + "next_audit: 2027-03-16\n",
    "normen.yaml": SMALL_NORMSET,
    "evidence/1.1.md": evidence("1.1", extra="evidence:\n  - document: beleid\n"),
    "evidence/1.10.md": evidence("1.10"),
    "evidence/2.1.md": evidence("2.1"),
    "register.yaml": REGISTER,
    "improvement-plan.yaml": PLAN,
    "documenten/beleid.pdf": b"%PDF-1.4\n",
}
BASE_BYTES = {
    name: content if isinstance(content, bytes) else content.encode("utf-8")
    for name, content in BASE_TREE.items()
}

# Where a generated file may land: every kind of file swlabel reads, and one it only scans.
TARGETS = (
    "evidence/1.1.md",
    "evidence/1.10.yaml",  # beside evidence/1.10.md: also two files for one norm
    "evidence/2.1.md",
    "register.yaml",
    "register/extra.yaml",
    "improvement-plan.yaml",
    "swlabel.yaml",
    "normen.yaml",
    "documenten/notities.txt",  # read by the BSN scan only
)
CONFIG_FILES = ("swlabel.yaml", "normen.yaml")


@dataclass
class Sandbox:
    """A small repository, put back in its base state before each example."""

    root: Path
    extra: set[str] = field(default_factory=set)

    def reset(self) -> None:
        for name in self.extra:
            (self.root / name).unlink(missing_ok=True)
        self.extra.clear()
        for name, content in BASE_BYTES.items():
            path = self.root / name
            if not path.is_file() or path.read_bytes() != content:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(content)

    def put(self, name: str, content: bytes) -> None:
        self.reset()
        if name not in BASE_BYTES:
            self.extra.add(name)
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)

    def check(self, name: str, content: bytes) -> Outcome:
        """Write CONTENT to NAME, check, and assert the invariants (and that nothing was
        written)."""
        self.put(name, content)
        before = snapshot(self.root)
        outcome = check_fast(self.root)
        assert_sane(outcome, self.root, config_touched=name in CONFIG_FILES)
        assert snapshot(self.root) == before, "check wrote into the repository"
        return outcome


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    box = Sandbox(tmp_path / "repo")
    box.reset()
    return box


def test_the_sandbox_starts_clean(sandbox: Sandbox) -> None:
    outcome = sandbox.check("evidence/1.1.md", BASE_BYTES["evidence/1.1.md"])
    assert outcome.code == 0
    assert [m["code"] for m in outcome.meldingen] == []


# --- strategies -----------------------------------------------------------------------------

# Characters that make YAML, Markdown and line counting interesting.
TOKENS = (
    "\t",
    ":",
    ": ",
    " :",
    "&a ",
    "*a",
    "&",
    "*",
    "!",
    "!!str ",
    "!!binary ",
    "!<tag:x> ",
    "!!python/object/apply:os.system ['echo hi'] ",
    "---",
    "\n---\n",
    "...",
    "\n...\n",
    "'",
    '"',
    "''",
    '\\"',
    "\\",
    "[",
    "]",
    "{",
    "}",
    "- ",
    "-",
    "#",
    " #",
    "|",
    ">",
    "|-\n",
    "? ",
    "%YAML 1.1\n",
    "%TAG ! tag:x,2000:\n",
    "<<: *a",
    "\n",
    "\r\n",
    "\r",
    "\x00",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\ufffe",
    "9" * 400,
    "1e999",
    "-0",
    "0x1F",
    "0o17",
    ".inf",
    ".nan",
    "~",
    "null",
    "yes",
    "no",
    "on",
    "2026-02-30",
    "2026-13-01",
    "20261301",
    "12:30:00",
    "1.10",
    "\u202e",
    "\u200f",
    "\u202b",
    "\u0301",
    "e\u0301",
    "\u0308" * 50,
    "\u200b",
    "\u00a0",
    "ë",
    "ĳ",
    "𝒳",
    "😀",
    "שלום",
    "مرحبا",
    "\U000e0001",
    "\U0010fffd",
    "111222333",
    "BSN 111222333",
    "burgerservicenummer: 123456782",
    "norm: ",
    "status: ",
    "evidence:\n  - ",
    "aspects: [",
    "path: ../",
    "path: /etc/passwd",
    "path: C:\\x.pdf",
    "url: javascript:alert(1)",
    "waivers:\n  - rule: SWL",
    "\n  ",
    "    ",
)
token = st.one_of(st.sampled_from(TOKENS), st.text(max_size=8))


def mutate(text: str, operations: list[tuple[str, int, int, str]]) -> str:
    """Apply edits to TEXT: delete, insert, replace characters; swap, duplicate, indent with
    a tab or drop lines; cut the end off."""
    for kind, first, second, piece in operations:
        if kind == "delete" and text:
            start = first % len(text)
            text = text[:start] + text[start + 1 + second % 8 :]
        elif kind == "insert":
            at = first % (len(text) + 1)
            text = text[:at] + piece + text[at:]
        elif kind == "replace" and text:
            at = first % len(text)
            text = text[:at] + piece + text[at + 1 :]
        elif kind in ("swap", "duplicate", "tab", "drop"):
            lines = text.split("\n")
            one, two = first % len(lines), second % len(lines)
            if kind == "swap":
                lines[one], lines[two] = lines[two], lines[one]
            elif kind == "duplicate":
                lines.insert(two, lines[one])
            elif kind == "tab":
                lines[one] = "\t" + lines[one].lstrip(" ")
            elif len(lines) > 1:
                del lines[one]
            text = "\n".join(lines)
        elif kind == "truncate":
            text = text[: first % (len(text) + 1)]
    return text


operations = st.lists(
    st.tuples(
        st.sampled_from(
            (
                "delete",
                "insert",
                "insert",
                "replace",
                "swap",
                "duplicate",
                "tab",
                "drop",
                "truncate",
            )
        ),
        st.integers(0, 1 << 20),
        st.integers(0, 1 << 20),
        token,
    ),
    min_size=1,
    max_size=8,
)

# Text values for valid files: anything, written as a YAML double-quoted scalar.
plain_text = st.text(max_size=40)
# Required text fields may not be blank.
text_value = plain_text.map(lambda value: value if value.strip() else "Tekst")
dates = st.dates(dt.date(2015, 1, 1), dt.date(2032, 12, 31)).map(dt.date.isoformat)
ASPECTS = ("arbo", "rie", "bhv", "brandveiligheid")


# What YAML allows unescaped in a double-quoted scalar (PyYAML's printable set), minus the
# characters YAML 1.1 reads as line breaks.
_PRINTABLE = re.compile(
    r"[\t\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def quoted(value: str) -> str:
    """VALUE as a YAML double-quoted scalar that reads back as VALUE."""
    out = []
    for character in value:
        if character in '"\\':
            out.append("\\" + character)
        elif _PRINTABLE.fullmatch(character):
            out.append(character)
        elif ord(character) <= 0xFF:
            out.append(f"\\x{ord(character):02x}")
        elif ord(character) <= 0xFFFF:
            out.append(f"\\u{ord(character):04x}")
        else:
            out.append(f"\\U{ord(character):08x}")
    return '"' + "".join(out) + '"'


@st.composite
def evidence_items(draw: st.DrawFn) -> list[str]:
    """One item of ``evidence:`` as YAML lines: a register reference or an inline document."""
    aspects = draw(st.lists(st.sampled_from(ASPECTS), max_size=3, unique=True))
    lines = []
    if draw(st.booleans()):
        lines.append(f"document: {draw(st.sampled_from(('beleid', 'onbekend')))}")
    else:
        lines.append(f"title: {quoted(draw(text_value))}")
        if draw(st.booleans()):
            path = draw(
                st.sampled_from(
                    ("documenten/beleid.pdf", "documenten/Beleid.pdf", "documenten", "x.pdf")
                )
            )
            lines.append(f"path: {path}")
        else:
            lines.append(f"url: https://example.org/{draw(st.integers(0, 99))}")
        for key in ("date", "valid_until"):
            if draw(st.booleans()):
                lines.append(f"{key}: {draw(dates)}")
    if aspects:
        lines.append(f"aspects: [{', '.join(aspects)}]")
    return lines


@st.composite
def evidence_files(draw: st.DrawFn) -> tuple[str, str]:
    """A valid evidence file for the small norm set: (target, text), Markdown or YAML."""
    norm = draw(st.sampled_from(("1.1", "1.10", "2.1")))
    markdown = norm != "1.10" or draw(st.booleans())
    target = f"evidence/{norm}.md" if markdown else "evidence/1.10.yaml"
    status = draw(st.sampled_from(STATUSES))
    lines = [f"norm: {quoted(norm)}", f"status: {status}"]
    if draw(st.booleans()):
        lines.append(f"assessed_by: {quoted(draw(text_value))}")
    if draw(st.booleans()):
        lines.append(f"assessed_on: {draw(dates)}")
    if status == "not_applicable" and draw(st.booleans()):
        lines.append(f"not_applicable_reason: {quoted(draw(text_value))}")
    items = draw(st.lists(evidence_items(), max_size=3))
    if items:
        lines.append("evidence:")
        for item in items:
            lines.append(f"  - {item[0]}")
            lines.extend(f"    {line}" for line in item[1:])
    for key, choices in (
        ("interviewees", ("cliëntenraad", "medewerkers", "vrijwilligers")),
        ("actions", ("VA-1", "VA-2")),
    ):
        chosen = draw(st.lists(st.sampled_from(choices), max_size=2, unique=True))
        if chosen:
            lines.append(f"{key}: [{', '.join(chosen)}]")
    if draw(st.booleans()):
        rule = draw(st.sampled_from((*sorted(RULES), "SWL999")))
        lines += ["waivers:", f"  - rule: {rule}", f"    reason: {quoted('omdat')}"]
    narrative = draw(st.text(max_size=200))
    if markdown:
        # A control character in a text file is a melding (SWL111): a valid file has none
        narrative = CONTROL_CHARACTERS.sub("", narrative)
        return target, "---\n" + "\n".join(lines) + "\n---\n" + narrative
    return target, "\n".join(lines) + f"\nnarrative: {quoted(narrative)}\n"


@st.composite
def register_or_plan_files(draw: st.DrawFn) -> tuple[str, str]:
    """A valid register file or improvement plan."""
    if draw(st.booleans()):
        target = draw(st.sampled_from(("register.yaml", "register/extra.yaml")))
        lines = ["documents:"]
        for index in range(draw(st.integers(1, 3))):
            lines += [
                f"  - id: {draw(st.sampled_from(('beleid', 'rie', 'bhv')))}{index}",
                f"    title: {quoted(draw(text_value))}",
                f"    url: https://example.org/{index}",
            ]
            for key in ("date", "review_date", "valid_until"):
                if draw(st.booleans()):
                    lines.append(f"    {key}: {draw(dates)}")
        return target, "\n".join(lines) + "\n"
    lines = ["actions:"]
    for index in range(draw(st.integers(1, 3))):
        norms = draw(st.lists(st.sampled_from(("1.1", "1.10", "2.1", "9.9")), max_size=2))
        lines += [
            f"  - id: VA-{index + 2}",
            f"    title: {quoted(draw(text_value))}",
            f"    norms: [{', '.join(quoted(norm) for norm in norms)}]",
            f"    status: {draw(st.sampled_from(('open', 'in_progress', 'done', 'cancelled')))}",
            f"    due: {draw(dates)}",
        ]
    return "improvement-plan.yaml", "\n".join(lines) + "\n"


configuration_files = st.sampled_from(
    (("swlabel.yaml", BASE_TREE["swlabel.yaml"]), ("normen.yaml", SMALL_NORMSET))
)


# --- property tests -------------------------------------------------------------------------


@settings(PROFILE)
@given(target=st.sampled_from(TARGETS), text=st.text(max_size=2000))
def test_property_random_text(sandbox: Sandbox, target: str, text: str) -> None:
    sandbox.check(target, text.encode("utf-8"))


@settings(PROFILE)
@given(target=st.sampled_from(TARGETS), data=st.binary(max_size=2000))
def test_property_random_bytes(sandbox: Sandbox, target: str, data: bytes) -> None:
    sandbox.check(target, data)


@settings(PROFILE)
@given(file=evidence_files(), edits=operations)
def test_property_mutated_evidence_files(
    sandbox: Sandbox, file: tuple[str, str], edits: list[tuple[str, int, int, str]]
) -> None:
    target, text = file
    sandbox.check(target, mutate(text, edits).encode("utf-8"))


@settings(PROFILE)
@given(file=evidence_files(), crlf=st.booleans(), bom=st.booleans())
def test_property_valid_evidence_files_load(
    sandbox: Sandbox, file: tuple[str, str], crlf: bool, bom: bool
) -> None:
    """Unmutated files: whatever the rules say about the content, the file itself is read (no
    melding of the 1xx family), also with CRLF line endings and a byte-order mark."""
    target, text = file
    if crlf:
        text = text.replace("\n", "\r\n")
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    outcome = sandbox.check(target, data)
    reading = [m for m in outcome.meldingen if m["code"].startswith("SWL1") and m["path"] == target]
    assert reading == [], reading


@settings(PROFILE)
@given(file=register_or_plan_files(), edits=operations)
def test_property_mutated_register_and_plan(
    sandbox: Sandbox, file: tuple[str, str], edits: list[tuple[str, int, int, str]]
) -> None:
    target, text = file
    sandbox.check(target, mutate(text, edits).encode("utf-8"))


@settings(PROFILE)
@given(file=configuration_files, edits=operations)
def test_property_mutated_config_and_norm_set(
    sandbox: Sandbox, file: tuple[str, str], edits: list[tuple[str, int, int, str]]
) -> None:
    target, text = file
    sandbox.check(target, mutate(text, edits).encode("utf-8"))


@settings(PROFILE)
@given(
    file=st.one_of(evidence_files(), register_or_plan_files()),
    edits=operations,
    format_=st.sampled_from(("text", "json", "github", "junit")),
)
def test_property_cli_end_to_end(
    sandbox: Sandbox,
    file: tuple[str, str],
    edits: list[tuple[str, int, int, str]],
    format_: str,
) -> None:
    """Through the real entry point and every output format, into a file outside the
    repository."""
    target, text = file
    sandbox.put(target, mutate(text, edits).encode("utf-8"))
    output = sandbox.root.parent / f"meldingen.{format_}"
    output.unlink(missing_ok=True)
    before = snapshot(sandbox.root)
    code, _, err, elapsed = run_cli(
        "check", sandbox.root, "--as-of", "2026-11-01", "--format", format_, "--output", output
    )
    assert snapshot(sandbox.root) == before, "check wrote into the repository"
    written = output.read_text(encoding="utf-8")
    if format_ == "json":
        meldingen = json.loads(written)["meldingen"]
    elif format_ == "text":
        meldingen = parse_melding_lines(written)
    elif format_ == "github":
        meldingen = parse_melding_lines(written, GITHUB_LINE)
    else:
        meldingen = []
    assert_sane(Outcome(code, meldingen, elapsed, err), sandbox.root)


# --- a very large repository with a few broken files -----------------------------------------

LARGE = 3000


def _broken(index: int, kind: int) -> tuple[bytes, str, int]:
    """A distinct broken evidence file for norm 1.INDEX: (bytes, code, line of the melding)."""
    head = f'---\nnorm: "1.{index}"\n'
    ok = f"{head}status: not_assessed\n"
    cases: list[tuple[str | bytes, str, int]] = [
        (f"{ok}veld_{index}: x\n---\n", "SWL106", 4),
        (f"{ok}assessed_on: 2026-02-30\n---\n", "SWL107", 4),
        (f"{head}status: klaar_{index}\n---\n", "SWL103", 3),
        (f'---\nnorm: "1.{index + 1}"\nstatus: not_assessed\n---\n', "SWL108", 2),
        (f"{ok}status: not_assessed\n---\n", "SWL105", 4),
        (f"{head}status: &s{index} not_assessed\n---\n", "SWL110", 3),
        (f"{ok}assessed_by: Jos\xe9 {index}\n---\n".encode("latin-1"), "SWL104", 4),
        (ok, "SWL102", 1),
        (f"{head}status: compliant\n---\nZo doen wij het.\n", "SWL301", 3),
        (f"{ok}evidence:\n  - document: doc-{index}\n---\n", "SWL204", 5),
    ]
    content, code, line = cases[kind % len(cases)]
    return content if isinstance(content, bytes) else content.encode("utf-8"), code, line


def test_thousands_of_files_one_broken_per_hundred_all_meldingen_appear(tmp_path: Path) -> None:
    """3,000 norms and evidence files; every 100th file has its own error and one file is not
    valid YAML: every one of those meldingen appears, and nothing else."""
    norms = "".join(
        f'  - id: "1.{index}"\n    rubriek: "1"\n    text: Norm {index} van de grote normenset.\n'
        for index in range(1, LARGE + 1)
    )
    normset = (
        'format_version: 1\nid: groot\nversion: "1"\ntitle: Grote normenset\npublisher: Test\n'
        'rubrieken:\n  - id: "1"\n    title: Alles\nnorms:\n' + norms
    )
    files: dict[str, str | bytes] = {
        "swlabel.yaml": "format_version: 1\norganisation: Stichting Groot\nnorms: normen.yaml\n",
        "normen.yaml": normset,
    }
    expected = set()
    for index in range(1, LARGE + 1):
        path = f"evidence/1.{index}.md"
        if index % 100 == 0:
            files[path], code, line = _broken(index, index // 100)
            expected.add((path, code, line))
        else:
            files[path] = evidence(f"1.{index}")
    files["evidence/1.1234.md"] = '---\nnorm: "1.1234"\nstatus: [not_assessed\n---\n'
    # the unclosed '[' is reported at the end of its own line, not on the closing '---'
    expected.add(("evidence/1.1234.md", "SWL101", 3))
    root = write_tree(tmp_path / "repo", files)
    output = tmp_path / "meldingen.json"

    code, _, err, elapsed = run_cli(
        "check", root, "--as-of", "2026-11-01", "--format", "json", "--output", output
    )

    assert (code, err) == (1, "")
    meldingen = json.loads(output.read_text(encoding="utf-8"))["meldingen"]
    assert {(m["path"], m["code"], m["line"]) for m in meldingen} == expected
    assert len(meldingen) == len(expected) == LARGE // 100 + 1
    assert elapsed < 30, f"took {elapsed:.1f} s"


# --- hostile input that must never run ------------------------------------------------------


@pytest.mark.parametrize("suffix", [".yaml", ".md"])
def test_python_tags_are_refused_and_never_run(tmp_path: Path, suffix: str) -> None:
    """Tags that make an unsafe YAML loader run code or create files: SWL110, and no file
    appears anywhere."""
    marker = tmp_path / "uitgevoerd"
    payloads = [
        f'!!python/object/apply:os.system ["touch {marker.as_posix()}-1"]',
        f'!!python/object/apply:builtins.open ["{marker.as_posix()}-2", "w"]',
        f'!!python/object/apply:subprocess.call [["touch", "{marker.as_posix()}-3"]]',
        f'!!python/object/new:pathlib.Path ["{marker.as_posix()}-4"]',
        '!!python/name:os.system ""',
    ]
    files: dict[str, str | bytes] = {"swlabel.yaml": CONFIG, "normen.yaml": SMALL_NORMSET}
    for index, payload in enumerate(payloads):
        fields = f'norm: "1.1"\nstatus: {payload}\n'
        name = f"evidence/1.{index + 1}{suffix}"
        files[name] = fields if suffix == ".yaml" else f"---\n{fields}---\n"
    root = write_tree(tmp_path / "repo", files)
    everything_before = snapshot(tmp_path)

    outcome = check_fast(root)

    assert snapshot(tmp_path) == everything_before
    assert not list(tmp_path.glob("uitgevoerd*"))
    refused = {(m["path"], m["code"]) for m in outcome.meldingen if m["code"] == "SWL110"}
    assert refused == {(f"evidence/1.{index + 1}{suffix}", "SWL110") for index in range(5)}


CASES = Path(__file__).parent / "cases"


@pytest.mark.parametrize("case", sorted(path.name for path in CASES.iterdir() if path.is_dir()))
def test_check_writes_nothing_into_a_case_repository(case: str, tmp_path: Path) -> None:
    """``check`` to the screen and to a file, on every case folder: the repository is
    unchanged."""
    repo = CASES / case / "repo"
    before = snapshot(repo)
    run_cli("check", repo, "--as-of", "2026-11-01")
    output = tmp_path / "meldingen.xml"
    run_cli("check", repo, "--as-of", "2026-11-01", "--format", "junit", "--output", output)
    assert snapshot(repo) == before


# --- links, pipes and positions: situations a case folder cannot hold ------------------------


def _path_repo(tmp_path: Path, path: str, extra: dict[str, str | bytes] | None = None) -> Path:
    text = evidence(
        "2.1",
        "partially_compliant",
        f"evidence:\n  - title: Document\n    path: {path}\n",
        "Tekst.\n",
    )
    files: dict[str, str | bytes] = {
        "swlabel.yaml": CONFIG,
        "normen.yaml": SMALL_NORMSET,
        "evidence/1.1.md": evidence("1.1"),
        "evidence/1.10.md": evidence("1.10"),
        "evidence/2.1.md": text,
        "documenten/beleid.pdf": b"%PDF-1.4\n",
        # "voldoet deels" with its verbeteractie (else SWL310)
        "improvement-plan.yaml": PLAN,
        **(extra or {}),
    }
    return write_tree(tmp_path / "repo", files)


def _codes(outcome: Outcome) -> list[tuple[str, int, int, str]]:
    return [(m["path"], m["line"], m["column"], m["code"]) for m in outcome.meldingen]


@posix_only
def test_link_to_a_file_outside_the_repository_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "buiten.pdf"
    secret.write_bytes(b"%PDF-1.4 geheim\n")
    root = _path_repo(tmp_path, "documenten/link.pdf")
    (root / "documenten/link.pdf").symlink_to(secret)

    outcome = check_fast(root)

    assert _codes(outcome) == [("evidence/2.1.md", 6, 11, "SWL206")]
    assert "snelkoppeling" in outcome.meldingen[0]["message"]


@posix_only
def test_link_to_a_folder_outside_the_repository_is_refused(tmp_path: Path) -> None:
    (tmp_path / "buiten").mkdir()
    (tmp_path / "buiten/a.pdf").write_bytes(b"%PDF-1.4\n")
    root = _path_repo(tmp_path, "documenten/map/a.pdf")
    (root / "documenten/map").symlink_to(tmp_path / "buiten", target_is_directory=True)

    assert _codes(check_fast(root)) == [("evidence/2.1.md", 6, 11, "SWL206")]


@posix_only
def test_link_inside_the_repository_is_followed(tmp_path: Path) -> None:
    root = _path_repo(tmp_path, "documenten/actueel.pdf")
    (root / "documenten/actueel.pdf").symlink_to("beleid.pdf")

    assert _codes(check_fast(root)) == []


@posix_only
def test_link_to_nowhere_is_a_missing_file(tmp_path: Path) -> None:
    root = _path_repo(tmp_path, "documenten/weg.pdf")
    (root / "documenten/weg.pdf").symlink_to("bestaat-niet.pdf")

    assert _codes(check_fast(root)) == [("evidence/2.1.md", 6, 11, "SWL205")]


@posix_only
def test_link_loop_is_a_missing_file_not_a_path_outside(tmp_path: Path) -> None:
    """Was reported as SWL206 'verwijst naar een plek buiten de repository' (fixed in 43e0066)."""
    root = _path_repo(tmp_path, "documenten/lus.pdf")
    (root / "documenten/lus.pdf").symlink_to("lus.pdf")

    outcome = check_fast(root)

    assert outcome.code == 1
    assert _codes(outcome) == [("evidence/2.1.md", 6, 11, "SWL205")]


@posix_only
def test_link_loop_in_evidence_and_register_folders_does_not_hang(tmp_path: Path) -> None:
    root = _path_repo(tmp_path, "documenten/beleid.pdf")
    (root / "evidence/1.2.md").symlink_to("1.2.md")
    (root / "register").mkdir()
    (root / "register/a.yaml").symlink_to("b.yaml")
    (root / "register/b.yaml").symlink_to("a.yaml")
    (root / "documenten/lus").symlink_to(".", target_is_directory=True)

    outcome = check_fast(root)

    assert_sane(outcome, root)
    assert _codes(outcome) == [
        ("evidence/1.2.md", 1, 1, "SWL104"),
        ("register/a.yaml", 1, 1, "SWL104"),
        ("register/b.yaml", 1, 1, "SWL104"),
    ]


@posix_only
def test_evidence_file_linked_outside_the_repository_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "elders.md"
    outside.write_text(
        '---\nnorm: "1.1"\nstatus: compliant\nevidence:\n  - title: x\n'
        "    url: https://example.org/x\n---\nTekst van buiten de repository.\n",
        encoding="utf-8",
    )
    root = _path_repo(tmp_path, "documenten/beleid.pdf")
    (root / "evidence/1.1.md").unlink()
    (root / "evidence/1.1.md").symlink_to(outside)

    outcome = check_fast(root)

    # SWL206 at the file itself; the outside file's compliant status is not read (so its
    # missing narrative, SWL305, is not reported either)
    assert _codes(outcome) == [("evidence/1.1.md", 1, 1, "SWL206")]


@posix_only
def test_named_pipe_in_the_repository_does_not_hang(tmp_path: Path) -> None:
    """Was a hang (fixed in 43e0066): the BSN scan opened every *.txt/*.md/*.csv/*.yaml name,
    also a named pipe, and read_bytes() blocked forever."""
    root = _path_repo(tmp_path, "documenten/beleid.pdf")
    pipe = root / "documenten/pijp.txt"
    os.mkfifo(pipe)
    found: list[Outcome] = []
    worker = threading.Thread(target=lambda: found.append(check_fast(root)), daemon=True)
    worker.start()
    worker.join(TIME_LIMIT)
    if worker.is_alive():
        # Let the blocked reader go: open the pipe for writing and close it (end of file).
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(TIME_LIMIT)
        pytest.fail(f"check was still reading the named pipe after {TIME_LIMIT:.0f} s")
    assert _codes(found[0]) == []


def test_nul_byte_after_accented_letters_is_placed_right(tmp_path: Path) -> None:
    """Was placed at (4, 3) (fixed in 43e0066): libyaml reports a control character's position
    as a byte offset, which was counted as characters, so every 'ë' moved it one further."""
    text = (
        'norm: "1.10"\n'
        'assessed_by: "Zoë Çelik, coördinator cliëntenparticipatie"\n'
        "status: not_assessed\x00\n"
        "interviewees: [cliëntenraad]\n"
    )
    root = _path_repo(tmp_path, "documenten/beleid.pdf", {"evidence/1.10.yaml": text})
    (root / "evidence/1.10.md").unlink()

    # the NUL is line 3, column 21 ("status: not_assessed" is 20 characters); it is part of
    # the status, shown as U+FFFD, which is no status
    assert _codes(check_fast(root)) == [
        ("evidence/1.10.yaml", 3, 9, "SWL103"),
        ("evidence/1.10.yaml", 3, 21, "SWL111"),
    ]


@pytest.mark.parametrize("character", ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e"])
def test_control_character_in_front_matter_does_not_shift_lines(
    tmp_path: Path, character: str
) -> None:
    """Front matter was split with str.splitlines(), which also breaks at \\v (Word's
    Shift+Enter), \\f and \\x1c-\\x1e: the character became a line break and every later
    melding was one line too far (fixed in 43e0066). Now it is SWL111, as in a .yaml file, and
    the rest of the file counts (#13): the wrong status on the next line is its own melding."""
    text = (
        '---\nnorm: "1.1"\n'
        f'assessed_by: "S. Bakker{character}beleidsmedewerker"\n'
        "status: klaar\n---\nTekst.\n"
    )
    root = _path_repo(tmp_path, "documenten/beleid.pdf", {"evidence/1.1.md": text})

    meldingen = [m for m in check_fast(root).meldingen if m["path"] == "evidence/1.1.md"]

    # the control character, after 'assessed_by: "S. Bakker' (23 characters)
    assert [(m["line"], m["column"], m["code"]) for m in meldingen] == [
        (3, 24, "SWL111"),
        (4, 9, "SWL103"),
    ]


def test_error_at_end_of_file_without_final_newline_is_on_a_real_line(tmp_path: Path) -> None:
    """Was placed on line 4 of this 3-line file, libyaml's end-of-stream mark (fixed in
    43e0066)."""
    data = b"documents:\n  - id: rie\n    title: [RI&E"
    root = _path_repo(tmp_path, "documenten/beleid.pdf", {"register.yaml": data})

    meldingen = check_fast(root).meldingen

    assert [(m["path"], m["line"], m["code"]) for m in meldingen] == [
        ("register.yaml", 3, "SWL101")
    ]


def test_not_utf8_column_counts_characters(tmp_path: Path) -> None:
    """The column of SWL104 was counted in bytes, one too far after a 2-byte 'ë' (fixed in
    43e0066)."""
    text = "documents:\n  - id: cr\n    title: Cliëntenraad (José)\n    url: https://x.nl\n"
    data = text.encode("utf-8").replace("é".encode(), "é".encode("latin-1"))
    root = _path_repo(tmp_path, "documenten/beleid.pdf", {"register.yaml": data})

    # "    title: Cliëntenraad (Jos" is 28 characters: the Latin-1 é is column 29
    assert _codes(check_fast(root)) == [("register.yaml", 3, 29, "SWL104")]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        pytest.param(
            "evidence/1.1.yaml",
            b'norm: "1.1"\rstatus: not_assessed\rassessed_by: S. Bak\x00ker\r',
            (3, 20, "SWL111"),
            id="NUL",
        ),
        pytest.param(
            "evidence/1.1.yaml",
            b'norm: "1.1"\rstatus: not_assessed\rassessed_by: Jos\xe9\r',
            (3, 17, "SWL104"),
            id="latin-1",
        ),
    ],
)
def test_position_with_cr_only_line_endings(
    tmp_path: Path, name: str, data: bytes, expected: tuple[int, int, str]
) -> None:
    root = _path_repo(tmp_path, "documenten/beleid.pdf", {name: data})
    (root / "evidence/1.1.md").unlink()

    assert _codes(check_fast(root)) == [(name, *expected)]


def test_dotdot_that_stays_inside_is_not_called_outside(tmp_path: Path) -> None:
    """Was SWL206 'ligt buiten de repository' (fixed in 43e0066)."""
    root = _path_repo(tmp_path, "documenten/../documenten/beleid.pdf")

    assert _codes(check_fast(root)) == []


def test_nfc_reference_finds_nfd_name_and_the_reverse(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "cliëntenraad.pdf")
    nfd = unicodedata.normalize("NFD", nfc)
    root = _path_repo(tmp_path, f"documenten/{nfd}", {f"documenten/{nfc}": b"%PDF-1.4\n"})

    assert _codes(check_fast(root)) == []


# Long inputs that must stay fast: each is checked within TIME_LIMIT.
SLOW_CANDIDATES: dict[str, Callable[[], str]] = {
    "many keys": lambda: '---\nnorm: "1.1"\n' + "".join(f"k{i}: v\n" for i in range(20_000)),
    "long list": lambda: '---\nnorm: "1.1"\ninterviewees:\n' + "  - a\n" * 50_000 + "---\n",
    "long flow list": lambda: '---\nnorm: "1.1"\ninterviewees: [' + "a, " * 50_000 + "a]\n---\n",
    "deep indentation": lambda: (
        '---\nnorm: "1.1"\n' + "".join(" " * (2 * i) + f"k{i}:\n" for i in range(60)) + "---\n"
    ),
    "many digits": lambda: (
        '---\nnorm: "1.1"\nstatus: not_assessed\n---\n' + ("1234567890 " * 100_000)
    ),
    "many colons": lambda: '---\nnorm: "1.1"\nassessed_by: ' + "a: " * 100_000 + "\n---\n",
    "unclosed quote": lambda: '---\nnorm: "1.1"\nassessed_by: "' + "x" * 1_000_000 + "\n---\n",
    "many aliases": lambda: '---\nnorm: "1.1"\n' + "a: &a x\n" + "b: *a\n" * 10_000 + "---\n",
}


@pytest.mark.parametrize("name", sorted(SLOW_CANDIDATES))
def test_large_hostile_inputs_finish_quickly(name: str, sandbox: Sandbox) -> None:
    sandbox.check("evidence/1.1.md", SLOW_CANDIDATES[name]().encode("utf-8"))


# A value echoed in a melding, with YAML escapes for NUL, ESC (a colour code) and \v.
ECHOED_CONTROL_CHARACTERS = '"x\\0y\\e[31mROOD\\vz"'


def test_text_output_carries_no_control_characters(tmp_path: Path) -> None:
    """A melding echoes the value (here status); its NUL, ESC and \\v reached the terminal
    raw, so a file could recolour, clear or retitle it (fixed in 43e0066)."""
    text = evidence("1.1", ECHOED_CONTROL_CHARACTERS)
    root = _path_repo(tmp_path, "documenten/beleid.pdf", {"evidence/1.1.md": text})

    code, out, _, _ = run_cli("check", root, "--as-of", "2026-11-01", "--quiet")

    assert code == 1
    assert "SWL103" in out
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", out), repr(out)


def test_junit_output_is_well_formed_with_control_characters(tmp_path: Path) -> None:
    """The JUnit XML was not well-formed when a melding echoed a control character, and GitLab
    and Jenkins reject such a report whole (fixed in 43e0066)."""
    import xml.etree.ElementTree as ET

    text = evidence("1.1", ECHOED_CONTROL_CHARACTERS)
    root = _path_repo(tmp_path, "documenten/beleid.pdf", {"evidence/1.1.md": text})
    output = tmp_path / "meldingen.xml"

    code, _, _, _ = run_cli(
        "check", root, "--as-of", "2026-11-01", "--format", "junit", "--output", output
    )

    assert code == 1
    ET.parse(output)
