"""The promises of README § "Limits and safety" over the whole matrix: every field a user can
write × every output × every kind of hostile value.

For each kind of hostile value one repository is built in which EVERY field a user can write
holds such a value, each field its own (a distinct BSN per field, a script tag naming the
field, …), so that a failure names the field that leaked: the configuration, an own norm set
(rubriek, norm and aspect texts), evidence files (every field and the narrative), the register
(with a hostile file name), the improvement plan, a toetsing, a git tag and a commit message.
Then every output is produced (check in four formats, report in four, status, norms, diff,
history, interviews, calendar, schema) and held to the invariants:

- no BSN that was planted appears, in any spelling;
- no raw HTML and no unsafe link in the HTML and Markdown dossiers (the Markdown rendered as
  GitHub would, raw HTML allowed, to see what a reader's browser would get);
- no CSV cell that a spreadsheet would take for a formula;
- no control, bidi or zero-width character (JSON values are decoded first);
- no traceback, and a documented exit code.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import count
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import Result, run_git
from swlabel.doors.bsn import passes_elfproef

# -- hostile values ---------------------------------------------------------------------------


def _bsns() -> Iterator[str]:
    """Distinct 9-digit numbers that pass the 11-proef, none starting with 0 or looking like a
    date."""
    for number in count(731_947_000, 7):
        digits = str(number)
        if passes_elfproef(digits) and "0" not in digits[:2]:
            yield digits


@dataclass
class Hostile:
    """One kind of hostile value: TEXT(field) for free text, IDENT(field) for ids (no spaces),
    and what it planted (the BSNs, for the invariant)."""

    name: str
    text: Callable[[str], str]
    ident: Callable[[str], str]
    planted: dict[str, str] = field(default_factory=dict)  # the digits of a BSN: its field


def _bsn_kind() -> Hostile:
    numbers = _bsns()
    kind = Hostile("bsn", str, str)
    spellings = [
        lambda d: f"BSN {d}",
        lambda d: f"bsn: {d[:4]}.{d[4:6]}.{d[6:]}",
        lambda d: f"burgerservicenummer {d[:3]} {d[3:6]} {d[6:]}",
        lambda d: f"bsn {d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
        # invisible characters and odd spaces inside the number
        lambda d: f"bsn {d[:5]}\u00ad{d[5:]}",
        lambda d: f"BSN {d[:3]}\u200b{d[3:]}",
        lambda d: f"bsn {d[:3]}\u00a0{d[3:6]}\u00a0{d[6:]}",
        lambda d: f"bsn {d[:3]}\t{d[3:6]}\t{d[6:]}",
    ]
    turn = count()

    def text(name: str) -> str:
        digits = next(numbers)
        kind.planted[digits] = name
        return f"{name}: {spellings[next(turn) % len(spellings)](digits)}"

    def ident(name: str) -> str:
        digits = next(numbers)
        kind.planted[digits] = name
        return f"bsn-{digits}"

    kind.text, kind.ident = text, ident
    return kind


def _kinds() -> list[Hostile]:
    return [
        _bsn_kind(),
        Hostile(
            "html",
            lambda f: f'<script>alert("{f}")</script><img src=x onerror=alert(1)> & "q"',
            lambda f: f"<img/src=x/onerror=alert('{f}')>",
        ),
        Hostile(
            "markdown",
            lambda f: (
                f"{f} ` `` <b>x</b> ` | a | [klik](javascript:alert(1)) "
                "[e](&#106;avascript:alert(1)) <data&colon;text/html,x> ![i](x.png) *[r]*"
            ),
            lambda f: f"x`<img/src=x/onerror=alert('{f}')>`|[a](javascript:alert(1))",
        ),
        Hostile(
            "control",
            lambda f: f"{f}\x1b[31mROOD\x1b]0;titel\x07\u202egnp.exe\u200b\u2066x\u2069\x08\r",
            lambda f: f"{f}\x1b[2J\u202e\u200b",
        ),
        Hostile(
            "formula",
            lambda f: f'=HYPERLINK("http://x.example/{f}","klik")',
            lambda f: f"=1+1+{f}",
        ),
        Hostile(
            "long",
            lambda f: f"{f} " + "lang " * 4000,
            lambda f: f"{f}-" + "x" * 5000,
        ),
    ]


# -- the repository ---------------------------------------------------------------------------


def _yaml(value: str) -> str:
    """VALUE as a double-quoted YAML scalar (JSON is YAML), escapes and all."""
    return json.dumps(value, ensure_ascii=True)


def _build(root: Path, kind: Hostile) -> None:
    t, i = kind.text, kind.ident
    q = _yaml
    files: dict[str, str] = {}
    files["swlabel.yaml"] = textwrap.dedent(
        f"""\
        format_version: 1
        organisation: {q(t("organisation"))}
        norms: normen.yaml
        next_audit: 2027-03-16
        scope:
          business_critical_interns: yes
        """
    )
    files["normen.yaml"] = textwrap.dedent(
        f"""\
        format_version: 1
        id: eigen
        version: {q(t("normset.version"))}
        title: {q(t("normset.title"))}
        publisher: {q(t("normset.publisher"))}
        scope_questions:
          - id: business_critical_interns
            question: {{nl: {q(t("scope.question"))}, en: "Interns?"}}
        rubrieken:
          - id: "1"
            title: {q(t("rubriek.title"))}
            description: {q(t("rubriek.description"))}
          - id: "2"
            title: Organisatie
        norms:
          - id: "1.1"
            rubriek: "1"
            text: {q(t("norm.text"))}
            aspects:
              - {{id: a1, label: {q(t("aspect.label"))}}}
          - id: "1.2"
            rubriek: "1"
            text: Tweede norm.
          - id: "2.1"
            rubriek: "2"
            text: Derde norm.
            applies_if: business_critical_interns
        """
    )
    document_id = i("register.id")
    action_id = i("plan.id")
    point_id = i("audit.improvement_point.id")
    files["evidence/1.1.md"] = (
        "---\n"
        + textwrap.dedent(
            f"""\
            norm: "1.1"
            status: partially_compliant
            assessed_by: {q(t("evidence.assessed_by"))}
            assessed_on: 2026-09-14
            evidence:
              - document: {q(document_id)}
                aspects: [a1]
              - title: {q(t("evidence.item.title"))}
                kind: {q(t("evidence.item.kind"))}
                url: {q("https://x.example/client?" + i("evidence.item.url"))}
                date: 2026-01-10
              - title: {q(t("evidence.item2.title"))}
                path: {q("documenten/" + i("evidence.item.path") + ".pdf")}
              - document: {q(i("evidence.unknown_document"))}
            interviewees: [{q(i("evidence.interviewee"))}, medewerkers]
            actions: [{q(action_id)}, {q(i("evidence.unknown_action"))}]
            waivers:
              - rule: SWL205
                reason: {q(t("evidence.waiver.reason"))}
            """
        )
        + "---\n\n"
        + t("narrative")
        + "\n\n[r]: javascript:alert(1)\n\n"
        + "<script>alert('narrative')</script>\n"
    )
    files["evidence/1.2.md"] = (
        "---\n"
        + textwrap.dedent(
            f"""\
            norm: "1.2"
            status: not_applicable
            not_applicable_reason: {q(t("evidence.not_applicable_reason"))}
            """
        )
        + "---\n"
    )
    files["evidence/2.1.md"] = '---\nnorm: "2.1"\nstatus: non_compliant\n---\n'
    register_name = (
        "register/" + re.sub(r"[/\x00-\x1f]", "_", i("register.file_name"))[:120] + ".yaml"
    )
    files[register_name] = textwrap.dedent(
        f"""\
        documents:
          - id: {q(document_id)}
            title: {q(t("register.title"))}
            kind: {q(t("register.kind"))}
            path: {q("documenten/" + i("register.path") + " #3?.pdf")}
            owner: {q(t("register.owner"))}
            date: 2025-01-10
            valid_until: 2026-12-01
          - id: web
            title: {q(t("register.web.title"))}
            url: {q("https://x.example/" + i("register.url"))}
            date: 2025-01-10
        """
    )
    files["improvement-plan.yaml"] = textwrap.dedent(
        f"""\
        actions:
          - id: {q(action_id)}
            title: {q(t("plan.title"))}
            description: {q(t("plan.description"))}
            norms: ["1.1"]
            source: toetsing
            improvement_point: {q(point_id)}
            owner: {q(t("plan.owner"))}
            due: 2026-06-30
            status: open
        """
    )
    files["audits/2025-03-12-toetser.yaml"] = textwrap.dedent(
        f"""\
        date: 2025-03-12
        route: external
        body: {q(t("audit.body"))}
        scope: {q(t("audit.scope"))}
        decision_date: 2025-04-20
        judgements:
          "1.1": partially_compliant
        strengths:
          - {q(t("audit.strength"))}
        improvement_points:
          - id: {q(point_id)}
            norms: ["1.1"]
            description: {q(t("audit.improvement_point.description"))}
            deadline: 2026-06-30
        """
    )
    for relpath, text in files.items():
        path = root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    # A file name that is not UTF-8 (a zip from Windows, a Samba share).
    (root / "register" / os.fsdecode(b"lijst-\xff\xfe.yaml")).write_text(
        "documents: []\n", encoding="utf-8"
    )
    (root / "evidence" / os.fsdecode(b"\xff\xfe.md")).write_text("x\n", encoding="utf-8")
    (root / "documenten").mkdir()
    # The git history: a first commit with a tag, then the rest, so diff and history list it.
    run_git(root, "init", "--quiet")
    run_git(root, "add", "swlabel.yaml", "normen.yaml", "evidence/2.1.md")
    run_git(root, "commit", "--quiet", "-m", _commit_message(t("git.commit")))
    tag = re.sub(r"[^A-Za-z0-9<>=+@`|'()/._-]", "_", i("git.tag")).strip("/.")[:200]
    run_git(root, "tag", tag or "tag")
    run_git(root, "add", "-A")
    run_git(
        root,
        "commit",
        "--quiet",
        "-m",
        _commit_message(t("git.commit2")),
        date="2026-10-21T12:00:00",
    )


def _commit_message(text: str) -> str:
    # git keeps a message as written, control characters included (but not NUL).
    return text.replace("\x00", "")


# -- the outputs ------------------------------------------------------------------------------

AS_OF = ("--as-of", "2026-11-01")
H, M, C, D = "o/d.html", "o/d.md", "o/d.csv", "o/d.docx"
# name: (arguments, output file or None for standard output, kind of text)
OUTPUTS: dict[str, tuple[tuple[str, ...], str | None, str]] = {
    "check text": (("check", ".", *AS_OF), None, "text"),
    "check json": (("check", ".", *AS_OF, "--format", "json"), None, "json"),
    "check github": (("check", ".", *AS_OF, "--format", "github"), None, "text"),
    "check junit": (("check", ".", *AS_OF, "--format", "junit"), None, "xml"),
    "report html": (("report", ".", *AS_OF, "--history", "--output", H), H, "html"),
    "report md": (("report", ".", *AS_OF, "--history", "--format", "md", "--output", M), M, "md"),
    "report json": (("report", ".", *AS_OF, "--format", "json", "--output", "-"), None, "json"),
    "report csv": (("report", ".", *AS_OF, "--format", "csv", "--output", C), C, "csv"),
    "report docx": (("report", ".", *AS_OF, "--history", "--format", "docx", "-o", D), D, "docx"),
    "report bundle": (("report", ".", *AS_OF, "--bundle", "o/d.zip"), "o/d.zip", "zip"),
    "export xlsx": (("export", ".", *AS_OF, "--output", "o/d.xlsx"), "o/d.xlsx", "xlsx"),
    "report toetser": (("report", ".", *AS_OF, "--for", "toetser", "--output", H), H, "html"),
    "status": (("status", ".", *AS_OF), None, "text"),
    "norms": (("norms",), None, "text"),
    "norms 1.1": (("norms", "1.1"), None, "text"),
    "diff": (("diff", "HEAD~1", *AS_OF), None, "text"),
    "history": (("history", *AS_OF), None, "text"),
    "history tags": (("history", "--tags", *AS_OF), None, "text"),
    "interviews": (("interviews", ".", *AS_OF), None, "text"),
    "interviews md": (("interviews", ".", *AS_OF, "--format", "md"), None, "md"),
    "calendar": (("calendar", ".", *AS_OF, "--output", "o/d.ics"), "o/d.ics", "ics"),
    "schema": (("schema",), None, "json-text"),
}  # fmt: skip


# -- the invariants ---------------------------------------------------------------------------

_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]|\r(?!\n)"
)
# A link target a browser would not run: a web or mail address, an anchor, or a relative path
# (no scheme before the first '/', '?' or '#').
_SAFE_TARGET = re.compile(r"^(https?:|mailto:|#|\.{0,2}/|[^:/?#]*(?:[/?#]|$))", re.IGNORECASE)
_ACTIVE_TAGS = ("script", "img", "iframe", "object", "embed", "form", "base", "link", "meta")
_NUMBER = re.compile(r"-?[0-9]+([.,][0-9]+)?%?")


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        harmless_meta = tag == "meta" and all(name != "http-equiv" for name, _ in attrs)
        if tag in _ACTIVE_TAGS and not harmless_meta:
            self.bad.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"{tag} {name}=")
            if name in ("href", "src", "xlink:href", "action", "formaction") and value is not None:
                target = "".join(value.split())
                if not _SAFE_TARGET.match(target):
                    self.bad.append(f"{tag} {name}={value!r}")


def _html_problems(html: str) -> list[str]:
    parser = _Html()
    parser.feed(html)
    return parser.bad


def _violations(text: str, kind: str, planted: dict[str, str]) -> list[str]:
    found = []
    unfolded = text.replace("\r\n ", "") if kind == "ics" else text
    visible = re.sub("[\u00ad\u200b\u00a0\ufffd\t]", "", unfolded)
    squeezed = re.sub(r"(?<=[0-9])[ .\-*]?(?=[0-9])", "", visible)
    found += [f"BSN of {name}" for digits, name in planted.items() if digits in squeezed]
    values = [text]
    if kind == "json":
        values += list(_strings(json.loads(text)))
    for value in values:
        for match in _CONTROL.finditer(value):
            before = value[max(0, match.start() - 30) : match.start()]
            found.append(f"control character {match.group()!r} after {before!r}")
    if kind in ("html", "html-text"):
        found += _html_problems(text if kind == "html" else text[text.find("<a href=") :])
    if kind == "md":
        rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
        found += [f"md: {bad}" for bad in _html_problems(rendered)]
    if kind == "csv":
        dialect = ";" if text.lstrip("\ufeff").split("\n", 1)[0].count(";") else ","
        for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=dialect):
            for cell in row:
                formula = cell[:1] in ("=", "+", "-", "@", "\t", "\r")
                if formula and not _NUMBER.fullmatch(cell):
                    found.append(f"formula cell {cell[:40]!r}")
    return found


def _unpacked(path: Path, kind: str) -> tuple[str, str]:
    """What a reader gets from a zip swlabel wrote. A docx or an xlsx: the text of every XML
    part (the document, footer, properties; every sheet, the hidden one too, and the shared
    strings), entities decoded, and each link's target as an HTML link for the link invariant;
    an xlsx holds no formula. The bundle: its dossier (HTML) and its contents list."""
    import html as html_module
    import zipfile

    with zipfile.ZipFile(path) as archive:
        if kind == "zip":
            names = archive.namelist()
            assert len(names) == len(set(names)) and not any(
                name.startswith("/") or ".." in name.split("/") for name in names
            )
            texts = [archive.read(name).decode("utf-8") for name in names if name != "dossier.html"]
            escaped = "\n".join(html_module.escape(text) for text in texts)  # plain text
            return archive.read("dossier.html").decode("utf-8") + escaped, "html"
        names = archive.namelist()
        assert all(name.endswith((".xml", ".rels")) for name in names), names
        parts = [archive.read(name).decode("utf-8") for name in names]
    if kind == "xlsx":
        formulas = [name for name, part in zip(names, parts, strict=True) if "<f>" in part]
        assert formulas == [], f"a cell is a formula in {formulas}"
    texts, links = [], []
    for part in parts:
        links += re.findall(r'Target="([^"]*)"[^>]*TargetMode="External"', part)
        texts.append(html_module.unescape(re.sub(r"<[^>]+>", "", part)))
    anchors = "".join(f'<a href="{html_module.escape(link)}">x</a>' for link in links)
    return "\n".join(texts) + anchors, "html-text"


@pytest.fixture(scope="module")
def hostile_repos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Hostile]]:
    if shutil.which("git") is None:
        pytest.skip("needs git")
    repos = {}
    for kind in _kinds():
        root = tmp_path_factory.mktemp(f"hostile-{kind.name}")
        _build(root, kind)
        repos[kind.name] = (root, kind)
    return repos


@pytest.mark.parametrize("output", list(OUTPUTS))
@pytest.mark.parametrize("kind", [kind.name for kind in _kinds()])
def test_every_output_keeps_the_promises(
    hostile_repos: dict[str, tuple[Path, Hostile]],
    run: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    output: str,
) -> None:
    root, hostile = hostile_repos[kind]
    args, target, text_kind = OUTPUTS[output]
    monkeypatch.chdir(root)
    if target is not None:
        (root / target).unlink(missing_ok=True)
    result = run(*args, "--force") if target is not None else run(*args)
    assert "Traceback" not in result.out + result.err
    assert result.code in (0, 1), f"exit {result.code}: {result.err[-2000:]}"
    if text_kind in ("docx", "xlsx", "zip"):
        text, text_kind = _unpacked(root / target, text_kind)
    else:
        text = (root / target).read_text(encoding="utf-8") if target is not None else result.out
    assert text.strip(), f"{output} wrote nothing"
    problems = _violations(text, text_kind, hostile.planted)
    problems += [f"stderr: {p}" for p in _violations(result.err, "text", hostile.planted)]
    assert problems == []


def test_the_values_do_reach_the_outputs(
    hostile_repos: dict[str, tuple[Path, Hostile]],
    run: Callable[..., Result],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The matrix means something only if the hostile values are shown at all: the fields are
    in the dossier, masked or escaped, not dropped as invalid."""
    root, _ = hostile_repos["html"]
    monkeypatch.chdir(root)
    result = run("report", ".", *AS_OF, "--format", "md", "--output", "-")
    for name in (
        "organisation",
        "register.title",
        "plan.title",
        "evidence.item.title",
        "evidence.assessed_by",
        "narrative",
        "plan.owner",
    ):
        assert f"alert(&quot;{name}&quot;)" in result.out or f'alert("{name}")' in result.out or (
            f"alert(\\\"{name}\\\")" in result.out
        ), name  # fmt: skip
    root, _ = hostile_repos["bsn"]
    monkeypatch.chdir(root)
    result = run("report", ".", *AS_OF, "--format", "md", "--output", "-")
    for name in ("organisation", "register.title", "plan.title", "narrative"):
        assert f"{name}: " in result.out, name


# -- the door ---------------------------------------------------------------------------------

SOURCE = Path(__file__).parent.parent / "src" / "swlabel"
# The modules that may touch the terminal themselves, and why.
TERMINAL_ALLOWED = {
    "cli/app.py": "sets up the masked streams, and prints Typer's help and swlabel's version",
    "doors/mask.py": "is the mask: ReaderStream writes what passed it",
    "cli/entry.py": "one fixed sentence when interrupted before anything else is loaded",
    "commands/common.py": "asks sys.stderr.isatty() for the progress bar; writes nothing",
    "commands/init.py": "asks init's questions in a terminal (TerminalPrompter), each masked",
    "commands/importing.py": "asks in a terminal whether to write the changes, its question masked",
}
# What a command declares its options with: Typer writes nothing through these.
DECLARATIONS = ("Exit", "Option", "Argument", "BadParameter")


def test_only_the_mask_writes_to_the_terminal() -> None:
    """One door for text that leaves for a reader: no module but the allowed ones prints, or
    reaches sys.stdout or sys.stderr; commands write to the `out` stream they are given, which
    the CLI makes a ReaderStream, and files for a reader go through files.write_for_reader."""
    import ast

    offenders = []
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        if relative in TERMINAL_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = ""
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                name = node.func.id if node.func.id in ("print", "input") else ""
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                dotted = f"{node.value.id}.{node.attr}"
                watched = ("sys.stdout", "sys.stderr", "sys.__stdout__", "sys.__stderr__")
                terminal = node.value.id in ("typer", "click", "rich")
                if dotted in watched or (terminal and node.attr not in DECLARATIONS):
                    name = dotted
            if name:
                offenders.append(f"{relative}:{node.lineno}: {name}")
    assert offenders == []
