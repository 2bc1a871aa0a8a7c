"""One rule, one place: each rule's folder under src/swlabel/rules holds all of it, and holds it
consistently (the cheap head the catalogue reads, the function that raises it, its examples)."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from swlabel import rules
from swlabel.i18n import CATALOGUES
from swlabel.problems import Level
from swlabel.rules import HEAD, RULE_FILE, RULES, read_head, texts
from swlabel.rules.examples import examples

FOLDER = Path(__file__).resolve().parents[1] / "src" / "swlabel" / "rules"
CODES = sorted(RULES)
KEYS = {*HEAD, "title", "doc", "messages", "failing", "passing"}
EXAMPLE_KEYS = {"files", "absent", "encoding", "padded"}


def rule_yaml(code: str) -> dict[str, object]:
    data: dict[str, object] = yaml.safe_load(
        (FOLDER / RULES[code].folder / RULE_FILE).read_text(encoding="utf-8")
    )
    return data


def test_every_folder_is_a_rule_named_by_its_code_and_name() -> None:
    folders = {path.name for path in FOLDER.iterdir() if path.name.startswith("SWL")}
    assert folders == {f"{rule.code}-{rule.name}" for rule in RULES.values()}
    assert list(RULES) == sorted(RULES)
    assert len(RULES) == 44


@pytest.mark.parametrize("code", CODES)
def test_the_head_read_without_yaml_is_what_yaml_reads(code: str) -> None:
    data = rule_yaml(code)
    text = (FOLDER / RULES[code].folder / RULE_FILE).read_text(encoding="utf-8")
    assert read_head(text) == {key: data[key] for key in HEAD}
    assert list(data)[: len(HEAD)] == list(HEAD)
    assert set(data) <= KEYS
    assert data["code"] == code
    assert Level(data["level"]) is RULES[code].level
    for key in ("title", "doc"):
        by_language = data[key]
        assert isinstance(by_language, dict), key
        assert set(by_language) == {"nl", "en"}, key
        assert all(isinstance(text, str) and text for text in by_language.values()), key
    messages = data.get("messages") or {}
    assert isinstance(messages, dict)
    for name, by_language in messages.items():
        assert set(by_language) == {"nl", "en"}, name


def test_the_catalogue_reads_a_rule_only_when_it_is_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its codes come from the folders' names; a rule's head is read once, when it is first
    asked for, so that a check reads only the rules it reports (#14, check's start-up)."""
    read: list[str] = []

    def counted(text: str) -> dict[str, str]:
        head = read_head(text)
        read.append(head["code"])
        return head

    monkeypatch.setattr(rules, "read_head", counted)
    catalogue = rules.Catalogue()
    assert list(catalogue) == CODES
    assert "SWL204" in catalogue and "SWL999" not in catalogue and len(catalogue) == 44
    assert read == []
    assert catalogue["SWL204"] == RULES["SWL204"]
    assert catalogue["SWL204"].folder == "SWL204-unknown-document"
    assert read == ["SWL204"]
    with pytest.raises(KeyError):
        catalogue["SWL999"]
    assert dict(catalogue) == dict(RULES)


def test_read_head_stops_at_the_first_other_key() -> None:
    text = "# comment\ncode: SWL999\nname: x\n\nfamily: y\ntitle:\n  nl: code: no\nlevel: z\n"
    assert read_head(text) == {"code": "SWL999", "name": "x", "family": "y"}


@pytest.mark.parametrize("code", CODES)
def test_found_by_names_the_function_that_raises_the_rule(code: str) -> None:
    module_name, _, name = RULES[code].found_by.rpartition(".")
    module = importlib.import_module(module_name)
    function = getattr(module, name, None)
    assert inspect.isfunction(function), f"{code}: no function {RULES[code].found_by}"
    # where the melding is made, its code is written: "SWL204" or "SWL204.message"
    assert f'"{code}' in inspect.getsource(module), f"{module_name} does not mention {code}"


@pytest.mark.parametrize("code", CODES)
def test_the_example_folders_hold_exactly_the_files_rule_yaml_lists(code: str) -> None:
    data = rule_yaml(code)
    for side in ("failing", "passing"):
        spec: dict[str, object] = data.get(side) or {}  # type: ignore[assignment]
        assert set(spec) <= EXAMPLE_KEYS, (code, side)
        listed = list(spec.get("files", []))  # type: ignore[call-overload]
        absent = list(spec.get("absent", []))  # type: ignore[call-overload]
        root = FOLDER / RULES[code].folder / side
        on_disk = sorted(
            path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()
        )
        assert on_disk == sorted(listed), (code, side)
        assert not set(absent) & set(listed), (code, side)
        assert set(spec.get("padded", {})) <= set(listed), (code, side)  # type: ignore[call-overload]
    assert data.get("failing"), code


def test_the_examples_keep_what_the_files_cannot_say() -> None:
    latin = examples("SWL104").failing
    assert latin.encoding == "latin-1"
    raw = (FOLDER / RULES["SWL104"].folder / "failing" / "evidence" / "1.13.md").read_bytes()
    assert "casuïstiekoverleg".encode("latin-1") in raw
    assert latin.files["evidence/1.13.md"] == raw.decode("latin-1")
    padded = examples("SWL109").failing
    content = padded.content("register/verslagen.yaml")
    assert content is not None
    assert content.startswith("documents: []\n")
    assert len(content.encode()) > 2 * 1024 * 1024
    assert examples("SWL203").failing.files == {"evidence/3.17.yaml": None}
    assert "\x00" in (examples("SWL111").failing.files["evidence/1.13.md"] or "")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_catalogue_serves_the_texts_of_the_rule_folders(language: str) -> None:
    catalogue = CATALOGUES[language]
    for code in CODES:
        for key, text in texts(code, language).items():
            assert catalogue[key] == text, key


def test_the_catalogue_is_read_without_yaml() -> None:
    # Every command reads the rules (check for each melding's level, --help for the codes);
    # PyYAML is imported only where a file or a rule's texts are parsed.
    code = "import sys, swlabel.rules as r; assert len(r.RULES) == 44; print('yaml' in sys.modules)"
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert completed.stdout == "False\n"


# Where each family is found (#14): what a file says as YAML and as the schema asks is the
# loader's (SWL1xx); every other family is one module of checks/.
FAMILY_MODULES = {
    "syntax": ("1", "swlabel.load."),
    "references": ("2", "swlabel.checks.references"),
    "content": ("3", "swlabel.checks.content"),
    "freshness": ("4", "swlabel.checks.freshness"),
    "privacy": ("5", "swlabel.checks.privacy"),
}
# SWL307 (unused waiver) is the policy's: only once every check has run and every waiver has
# been applied is it known that a waiver silenced nothing (rules/README.md says so).
FOUND_BY_THE_POLICY = {"SWL307": "swlabel.checks.policy"}


@pytest.mark.parametrize("code", CODES)
def test_a_rule_is_found_in_the_module_of_its_family(code: str) -> None:
    rule = RULES[code]
    digit, module = FAMILY_MODULES[rule.family]
    assert code[3] == digit, f"{code} is numbered outside its family {rule.family}"
    found_in = rule.found_by.rpartition(".")[0]
    expected = FOUND_BY_THE_POLICY.get(code, module)
    if expected.endswith("."):
        assert found_in.startswith(expected), (code, found_in)
    else:
        assert found_in == expected, (code, found_in)


SOURCE = FOLDER.parent
# The reader refuses a link out of the repository for every caller; for the dossier's files the
# loader records it and checks/references.py reports it, but swlabel.yaml (no dossier without
# it) and the file ``swlabel add`` edits stop on the reader's own melding.
RAISED_OUTSIDE_THEIR_FAMILY = {("load/sources.py", "SWL206")}


def _raised_codes(path: Path) -> set[str]:
    """The codes PATH makes meldingen of: a code or message key written as an argument of a
    call (msg("SWL204.message"), make_problem(..., "SWL204", ...), f"SWL102.{reason}")."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        for arg in node.args:
            parts = arg.values if isinstance(arg, ast.JoinedStr) else [arg]
            first = parts[0] if parts else None
            if (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and re.match(r"SWL\d{3}", first.value)
            ):
                found.add(first.value[:6])
    return found


def test_the_loader_and_each_check_raise_only_their_own_family() -> None:
    strays = []
    for path in sorted([*SOURCE.glob("load/*.py"), *SOURCE.glob("checks/*.py")]):
        relpath = path.relative_to(SOURCE).as_posix()
        module = "swlabel." + relpath.removesuffix(".py").replace("/", ".")
        for code in sorted(_raised_codes(path)):
            if (relpath, code) in RAISED_OUTSIDE_THEIR_FAMILY:
                continue
            home = FAMILY_MODULES[RULES[code].family][1]
            home = FOUND_BY_THE_POLICY.get(code, home)
            if not (module.startswith(home) if home.endswith(".") else module == home):
                strays.append(f"{relpath} raises {code}")
    assert strays == []
