"""swlabel schema: JSON Schemas for editors, complete in both languages and true to the models.

The files of the example organisation and of a fresh scaffold are validated with an
independent validator, the check-jsonschema CLI, which reads YAML 1.2 as an editor does.
"""

from __future__ import annotations

import io
import json
import string
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, get_args

import pytest
from pydantic import BaseModel, ValidationError

from conftest import EXAMPLE, Result
from swlabel import models
from swlabel.commands.schema import DEFAULT_FOLDER, schema
from swlabel.errors import UsageError
from swlabel.i18n import Translator, render
from swlabel.i18n.locales import en, nl, schema_en, schema_nl
from swlabel.load import yamlio
from swlabel.output.schemas import SCHEMA_FILES, build_schemas
from swlabel.rules import RULES, texts

Run = Callable[..., Result]

CONFIG, EVIDENCE, REGISTER, PLAN, AUDIT = SCHEMA_FILES  # the file names, in this order

# Keywords whose meaning is the same in draft-07 (the YAML language server) and 2020-12.
PORTABLE_KEYWORDS = {
    "$schema", "$comment", "$ref", "$defs", "title", "description", "type", "enum",
    "properties", "patternProperties", "additionalProperties", "required", "items", "anyOf",
    "oneOf", "if", "then", "else", "not", "pattern", "minLength", "format", "minimum",
    "maximum", "default", "examples", "enumDescriptions",
}  # fmt: skip


@pytest.fixture(autouse=True)
def dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SWLABEL_LANG", raising=False)


@pytest.fixture(scope="module")
def schemas() -> dict[str, dict[str, dict[str, Any]]]:
    return {language: build_schemas(Translator(language)) for language in ("nl", "en")}


@pytest.fixture(scope="module")
def schema_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("schemas")
    assert schema(out=io.StringIO(), output=folder) == 0
    return folder


@pytest.fixture(scope="module")
def checker() -> Callable[..., subprocess.CompletedProcess[str]]:
    """check-jsonschema as a user runs it: a separate process, YAML files on the command line."""
    pytest.importorskip("check_jsonschema", reason="pip install check-jsonschema")

    def check(schema_file: Path, *files: Path, json_output: bool = False) -> Any:
        options = ["--output-format", "json"] if json_output else []
        return subprocess.run(
            [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema_file)]
            + options
            + [str(path) for path in files],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )

    return check


def walk(
    node: Any, where: str = "", *, constraints: bool = True
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema in NODE with a readable location (property names, not their patterns).

    With ``constraints=False``, only the schemas that define values, not the conditions laid
    over them (if/then/else, oneOf, not), whose properties need no description of their own.
    """
    if not isinstance(node, dict):
        return
    yield where, node
    for keyword in ("properties", "patternProperties", "$defs"):
        for name, child in node.get(keyword, {}).items():
            yield from walk(child, f"{where}/{name}", constraints=constraints)
    single = ("items", "additionalProperties", *(("if", "then", "else", "not") * constraints))
    for keyword in single:
        yield from walk(node.get(keyword), f"{where}/{keyword}", constraints=constraints)
    for keyword in ("anyOf", *(("oneOf", "allOf") * constraints)):
        for index, child in enumerate(node.get(keyword, [])):
            yield from walk(child, f"{where}/{keyword}[{index}]", constraints=constraints)


def front_matter(markdown: Path, folder: Path) -> Path:
    """The YAML between the first two '---' lines of MARKDOWN, as a .yaml file in FOLDER."""
    lines = markdown.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "---", markdown
    end = lines.index("---", 1)
    target = folder / f"{markdown.stem}.yaml"
    target.write_text("\n".join(lines[1:end]) + "\n", encoding="utf-8")
    return target


def evidence_as_yaml(evidence_dir: Path, folder: Path) -> list[Path]:
    folder.mkdir(exist_ok=True)
    files = []
    for path in sorted(evidence_dir.iterdir()):
        files.append(front_matter(path, folder) if path.suffix == ".md" else path)
    return files


# --- the schemas themselves -----------------------------------------------------------------


def test_every_key_has_a_description_in_both_languages(schemas: Any) -> None:
    for language, files in schemas.items():
        for name, document in files.items():
            assert document["title"] and document["description"], (language, name)
            for where, node in walk(document, constraints=False):
                for keyword in ("properties", "patternProperties"):
                    for key, child in node.get(keyword, {}).items():
                        text = child.get("description", "")
                        assert text.strip(), (language, name, f"{where}/{key}")
                if "enum" in node and all(isinstance(value, str) for value in node["enum"]):
                    assert len(node.get("enumDescriptions", [])) == len(node["enum"]), where


def test_every_mapping_rejects_unknown_keys(schemas: Any) -> None:
    for files in schemas.values():
        for name, document in files.items():
            for where, node in walk(document, constraints=False):
                kinds = node.get("type", [])
                if "object" in ([kinds] if isinstance(kinds, str) else kinds):
                    assert node.get("additionalProperties") is False, (name, where)


def test_choices_are_enums_taken_from_the_models(schemas: Any) -> None:
    for files in schemas.values():
        evidence = files[EVIDENCE]["properties"]
        assert evidence["status"]["enum"] == list(models.STATUSES)
        action = files[PLAN]["$defs"]["ImprovementAction"]["properties"]
        assert action["status"]["enum"] == list(get_args(models.ActionStatus))
        assert action["source"]["enum"] == list(get_args(models.ActionSource))
        config = files[CONFIG]["properties"]
        assert config["language"]["enum"] == ["nl", "en"]
        assert config["format_version"]["enum"] == [models.FORMAT_VERSION]
        levels = files[CONFIG]["$defs"]["CheckSettings"]["properties"]["levels"]
        assert list(levels["properties"]) == list(RULES)
        assert {
            rule["enum"] == ["error", "warning", "off"] for rule in levels["properties"].values()
        } == {True}


def test_dates_are_strings_in_date_format(schemas: Any) -> None:
    item = schemas["nl"][EVIDENCE]["$defs"]["EvidenceItem"]["properties"]
    assert item["date"]["type"] == ["string", "null"]
    assert item["date"]["format"] == "date"
    assert (
        schemas["nl"][PLAN]["$defs"]["ImprovementAction"]["properties"]["due"]["format"] == "date"
    )


def test_the_dutch_text_explains_the_dutch_meaning(schemas: Any) -> None:
    status = schemas["nl"][EVIDENCE]["properties"]["status"]
    assert "compliant (voldoet)" in status["description"]
    assert "partially_compliant (voldoet deels)" in status["description"]
    assert "JJJJ-MM-DD" in schemas["nl"][EVIDENCE]["properties"]["assessed_on"]["description"]
    assert "YYYY-MM-DD" in schemas["en"][EVIDENCE]["properties"]["assessed_on"]["description"]
    assert ".yaml" in schemas["nl"][EVIDENCE]["properties"]["narrative"]["description"]
    assert "aanhalingstekens" in schemas["nl"][EVIDENCE]["properties"]["norm"]["description"]
    scope = schemas["nl"][CONFIG]["properties"]["scope"]["properties"]
    assert scope["business_critical_interns"]["description"].startswith(
        "Zet de organisatie bedrijfskritische stagiaires in?"
    )
    assert "2.11, 3.12" in scope["business_critical_interns"]["description"]


def test_both_languages_have_the_same_structure(schemas: Any) -> None:
    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            texts = ("description", "title", "enumDescriptions")
            return {key: strip(value) for key, value in node.items() if key not in texts}
        if isinstance(node, list):
            return [strip(value) for value in node]
        return node

    assert strip(schemas["nl"]) == strip(schemas["en"])


def test_schemas_are_valid_and_portable_to_draft_07(schemas: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    for files in schemas.values():
        for name, document in files.items():
            jsonschema.Draft202012Validator.check_schema(document)
            assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
            for where, node in walk(document):
                keywords = set(node) - {"$defs"} if where else set(node)
                assert keywords <= PORTABLE_KEYWORDS, (name, where, keywords - PORTABLE_KEYWORDS)
                # draft-07 ignores every keyword beside $ref
                assert "$ref" not in node or set(node) == {"$ref"}, (name, where)


def test_examples_are_valid_values(schemas: Any) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    for name, document in schemas["nl"].items():
        for where, node in walk(document):
            for example in node.get("examples", []):
                validator = jsonschema.Draft202012Validator(
                    node, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
                )
                assert not list(validator.iter_errors(example)), (name, where, example)


def test_catalogues_match_and_collide_with_nothing() -> None:
    for nl_texts, en_texts in (
        (schema_nl.DESCRIPTIONS, schema_en.DESCRIPTIONS),
        (schema_nl.MESSAGES, schema_en.MESSAGES),
    ):
        assert set(nl_texts) == set(en_texts)
        for key, text in nl_texts.items():
            fields = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            english = {name for _, name, _, _ in string.Formatter().parse(en_texts[key]) if name}
            assert fields == english, key
            assert "bevinding" not in text.lower(), key
    # DESCRIPTIONS are merged into the catalogues as they are: no placeholders to fill in.
    for key, text in schema_nl.DESCRIPTIONS.items():
        assert "{" not in text and "{" not in schema_en.DESCRIPTIONS[key], key
    ours = set(schema_nl.DESCRIPTIONS) | set(schema_nl.MESSAGES)
    for language, messages in (("nl", nl.MESSAGES), ("en", en.MESSAGES)):
        rule_texts = {key for code in RULES for key in texts(code, language)}
        assert not ours & (set(messages) | rule_texts)


def test_every_description_is_used(schemas: Any) -> None:
    shown = []
    for document in schemas["nl"].values():
        for _, node in walk(document):
            shown += [node.get("title", ""), node.get("description", "")]
            shown += node.get("enumDescriptions", [])
    text = "\n".join(shown)
    assert [key for key, value in schema_nl.DESCRIPTIONS.items() if value not in text] == []


# --- the example organisation and a fresh scaffold validate -------------------------------


def test_example_organisation_validates(
    schema_dir: Path, checker: Callable[..., Any], tmp_path: Path
) -> None:
    evidence = evidence_as_yaml(EXAMPLE / "evidence", tmp_path / "evidence")
    assert len(evidence) == 49
    assert any(path.suffix == ".yaml" and path.is_relative_to(EXAMPLE) for path in evidence)
    registers = sorted((EXAMPLE / "register").glob("*.yaml"))
    assert registers
    for schema_file, files in (
        (CONFIG, [EXAMPLE / "swlabel.yaml"]),
        (EVIDENCE, evidence),
        (REGISTER, registers),
        (PLAN, [EXAMPLE / "improvement-plan.yaml"]),
        (AUDIT, sorted((EXAMPLE / "audits").glob("*.yaml"))),
    ):
        completed = checker(schema_dir / schema_file, *files)
        assert completed.returncode == 0, completed.stdout + completed.stderr
        assert "ok -- validation done" in completed.stdout


def test_fresh_scaffold_validates(
    run: Run, schema_dir: Path, checker: Callable[..., Any], tmp_path: Path
) -> None:
    repo = tmp_path / "demo"
    assert run("init", repo, "--organisation", "X").code == 0
    evidence = evidence_as_yaml(repo / "evidence", tmp_path / "front-matter")
    assert len(evidence) == 49
    # The toetsing add writes is bound to its schema as every file init writes (#15).
    assert run("add", "toetsing", "-C", repo, "--date", "2027-03-16", "--body", "DNV").code == 0
    audit = repo / "audits" / "2027-03-16-dnv.yaml"
    assert audit.read_text(encoding="utf-8").splitlines()[0] == (
        "# yaml-language-server: $schema=../.swlabel/schemas/audit.schema.json"
    )
    assert (repo / ".swlabel" / "schemas" / AUDIT).is_file()
    settings = json.loads((repo / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"][f".swlabel/schemas/{AUDIT}"] == "audits/*.yaml"
    for schema_file, files in (
        (CONFIG, [repo / "swlabel.yaml"]),
        (EVIDENCE, evidence),
        (REGISTER, [repo / "register.yaml"]),
        (PLAN, [repo / "improvement-plan.yaml"]),
        (AUDIT, [audit]),
    ):
        completed = checker(schema_dir / schema_file, *files)
        assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.parametrize(
    ("schema_file", "text", "named"),
    [
        pytest.param(EVIDENCE, 'norm: "1.1"\nstatsu: compliant\n', "'statsu'", id="unknown key"),
        pytest.param(EVIDENCE, 'norm: "1.1"\nstatus: voldoet\n', "$.status", id="wrong status"),
        pytest.param(
            EVIDENCE,
            'norm: "1.1"\nevidence:\n  - [privacyreglement, klachten]\n',
            "$.evidence[0]",
            id="list where a mapping belongs",
        ),
        pytest.param(
            CONFIG,
            "format_version: 1\norganisation: X\ncheck: [SWL305]\n",
            "$.check",
            id="list for the check section",
        ),
        pytest.param(
            EVIDENCE,
            'norm: "1.1"\nassessed_on: [2026-09-18]\n',
            "$.assessed_on",
            id="impossible type",
        ),
        pytest.param(
            REGISTER,
            "documents:\n  - id: a\n    title: A\n    path: a.pdf\n    url: https://a.nl\n",
            "$.documents[0]",
            id="path and url",
        ),
        pytest.param(
            PLAN,
            "actions:\n  - id: VA-1\n    title: T\n    status: klaar\n",
            "$.actions[0].status",
            id="wrong action status",
        ),
        pytest.param(
            CONFIG,
            "format_version: 1\norganisation: X\nscope:\n  hired_third_parties: ja\n",
            "$.scope.hired_third_parties",
            id="ja is not yes",
        ),
    ],
)
def test_broken_files_fail_and_name_the_key(
    schema_file: str,
    text: str,
    named: str,
    schema_dir: Path,
    checker: Callable[..., Any],
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    completed = checker(schema_dir / schema_file, broken)
    assert completed.returncode == 1, completed.stdout + completed.stderr
    assert named in completed.stdout
    # ... and swlabel rejects it too.
    assert not swlabel_accepts(SCHEMA_FILES[schema_file], text)


# --- the schema accepts what swlabel accepts -----------------------------------------------


def swlabel_accepts(model: type[BaseModel], text: str) -> bool:
    """What swlabel's own loading makes of TEXT: scalars as text, validated by the model."""
    data, _ = yamlio.parse(text)
    try:
        model.model_validate({} if data is None else data)
    except ValidationError:
        return False
    return True


_CONFIG = "format_version: 1\norganisation: X\n"
_NORM = 'norm: "1.1"\n'

# (file, text, accepted): swlabel and the schema must agree on every one.
AGREEMENT = [
    (CONFIG, _CONFIG, True),
    (CONFIG, "organisation: X\n", False),
    (CONFIG, "format_version: 2\norganisation: X\n", False),
    (CONFIG, "format_version: 1\norganisation:\n", False),
    (CONFIG, "format_version: 1\norganisation: '  '\n", False),
    (CONFIG, "format_version: 1\norganisation: 2025\n", True),
    (CONFIG, _CONFIG + "language: fr\n", False),
    (CONFIG, _CONFIG + "next_audit: 2027-03-16\n", True),
    (CONFIG, _CONFIG + "next_audit: 2027-02-30\n", False),
    (CONFIG, _CONFIG + "next_audit: 2027-3-16\n", False),
    (CONFIG, _CONFIG + "next_audit: 2027-03-16 10:00:00\n", False),
    (CONFIG, _CONFIG + "next_audit:\n", True),
    (CONFIG, _CONFIG + "scope:\n", True),
    (CONFIG, _CONFIG + "scope:\n  a: yes\n  b: no\n  c: true\n  d: False\n  e: Y\n", True),
    (CONFIG, _CONFIG + "scope:\n  a: on\n  b: OFF\n  c: 1\n  d: 0\n  e: 'n'\n", True),
    (CONFIG, _CONFIG + "scope:\n  a: ja\n", False),
    (CONFIG, _CONFIG + "scope:\n  a: 2\n", False),
    (CONFIG, _CONFIG + "scope:\n  a:\n", False),
    (CONFIG, _CONFIG + "scope:\n  two words: yes\n", False),
    (CONFIG, _CONFIG + "scope: yes\n", False),
    (CONFIG, _CONFIG + "check:\n", True),
    (CONFIG, _CONFIG + "check:\n  min_coverage: 60\n  max_assessment_age_months: 6\n", True),
    (CONFIG, _CONFIG + "check:\n  min_coverage: 101\n", False),
    (CONFIG, _CONFIG + "check:\n  max_assessment_age_months: 0\n", False),
    (CONFIG, _CONFIG + "check:\n  max_assessment_age_months: 1.5\n", False),
    (CONFIG, _CONFIG + "check:\n  levels:\n    SWL305: error\n    swl210: off\n", True),
    (CONFIG, _CONFIG + "check:\n  levels:\n", True),
    (CONFIG, _CONFIG + "check:\n  levels:\n    SWL999: off\n", False),
    (CONFIG, _CONFIG + "check:\n  levels:\n    SWL305: fatal\n", False),
    (CONFIG, _CONFIG + "check:\n  strict: yes\n", False),
    (EVIDENCE, _NORM, True),
    (EVIDENCE, "status: compliant\n", False),
    (EVIDENCE, "norm: 1.10\n", True),
    (EVIDENCE, "norm: 1 10\n", False),
    (EVIDENCE, _NORM + "status:\n", False),
    (EVIDENCE, _NORM + "status: Compliant\n", False),
    (EVIDENCE, _NORM + "assessed_by: M. Jansen\nassessed_on: 2026-09-18\n", True),
    (EVIDENCE, _NORM + "actions: VA-2026-01\ninterviewees: medewerkers\n", True),
    (EVIDENCE, _NORM + "actions:\ninterviewees:\nevidence:\nwaivers:\n", True),
    (EVIDENCE, _NORM + "interviewees: [raad van toezicht]\n", False),
    (EVIDENCE, _NORM + "actions: {VA-1: x}\n", False),
    (EVIDENCE, _NORM + "narrative: |\n  Tekst.\n", True),
    (EVIDENCE, _NORM + "narrative:\n", True),
    (EVIDENCE, _NORM + "evidence:\n  - document: a\n    aspects: klachten\n", True),
    (EVIDENCE, _NORM + "evidence:\n  - document: a\n    title: A\n", False),
    (EVIDENCE, _NORM + "evidence:\n  - document: a\n    title:\n", True),
    (EVIDENCE, _NORM + "evidence:\n  - title: A\n    path: a.pdf\n    date: 2026-01-01\n", True),
    (EVIDENCE, _NORM + "evidence:\n  - title: A\n    url: https://a.nl\n    path:\n", True),
    (EVIDENCE, _NORM + "evidence:\n  - title: A\n", False),
    (EVIDENCE, _NORM + "evidence:\n  - title: A\n    path: a.pdf\n    url: https://a.nl\n", False),
    (EVIDENCE, _NORM + "evidence:\n  - kind: verslag\n    path: a.pdf\n", False),
    (EVIDENCE, _NORM + "evidence:\n  - {}\n", False),
    (EVIDENCE, _NORM + "evidence:\n  - document:\n", False),
    (EVIDENCE, _NORM + "waivers:\n  - rule: SWL304\n    reason: BHV via de verhuurder.\n", True),
    (EVIDENCE, _NORM + "waivers:\n  - rule: SWL304\n", False),
    (REGISTER, "documents:\n", True),
    (REGISTER, "", True),
    (
        REGISTER,
        "documents:\n  - id: a\n    title: A\n    path: a.pdf\n    review_date: 2027-01-01\n",
        True,
    ),
    (REGISTER, "documents:\n  - id: a\n    title: A\n", False),
    (REGISTER, "documents:\n  - id: a b\n    title: A\n    path: a.pdf\n", False),
    (REGISTER, "documents:\n  - id: a\n    title: A\n    path: a.pdf\n    owner:\n", True),
    (REGISTER, "documents:\n  - id: a\n    title: A\n    path: a.pdf\n    version: 2\n", False),
    (REGISTER, "documents: {id: a}\n", False),
    (PLAN, "actions:\n", True),
    (PLAN, "actions:\n  - id: VA-1\n    title: T\n", True),
    (PLAN, "actions:\n  - id: VA-1\n    title: T\n    norms: 1.10\n", True),
    (PLAN, 'actions:\n  - id: VA-1\n    title: T\n    norms: ["1.12", 3.10]\n', True),
    (
        PLAN,
        "actions:\n  - id: VA-1\n    title: T\n    status: done\n    done_on: 2026-05-20\n",
        True,
    ),
    (PLAN, "actions:\n  - id: VA-1\n    title: T\n    source: klacht\n", False),
    (PLAN, "actions:\n  - id: VA-1\n    title: T\n    description:\n", True),
    (PLAN, "actions:\n  - id: VA-1\n", False),
    (AUDIT, "date: 2025-03-12\nroute: external\nbody: Keurmerkinstituut\n", True),
    (
        AUDIT,
        'date: 2025-03-12\nroute: peer\npeers: [A, B]\njudgements:\n  "3.14": compliant\n',
        True,
    ),
    (AUDIT, 'date: 2025-03-12\nroute: external\njudgements:\n  "3.14": voldoet\n', False),
    (AUDIT, "date: 2025-03-12\nroute: extern\n", False),
    (AUDIT, "route: external\n", False),
    (
        AUDIT,
        "date: 2025-03-12\nroute: external\nimprovement_points:\n  - id: VP-1\n    norms: 3.14\n",
        True,
    ),
    (AUDIT, "date: 2025-03-12\nroute: external\nimprovement_points:\n  - norms: [3.14]\n", False),
    (AUDIT, "date: 2025-03-12\nroute: external\nbesluit: 2025-04-20\n", False),
]

# Where they knowingly differ: (file, text, swlabel accepts, schema accepts). Each is a value
# an editor reads as another YAML type than swlabel does, or padding swlabel strips.
KNOWN_DIFFERENCES = [
    # swlabel reads `true` as the text "true"; the schema does not take booleans for text.
    (EVIDENCE, _NORM + "assessed_by: true\n", True, False),
    # Quoted numbers: swlabel parses the text, the schema asks for a YAML number.
    (CONFIG, "format_version: '1'\norganisation: X\n", True, False),
    (CONFIG, _CONFIG + "check:\n  min_coverage: '60'\n", True, False),
    # Padding inside quotes, which swlabel strips.
    (EVIDENCE, _NORM + "assessed_on: ' 2026-09-18'\n", True, False),
    (REGISTER, "documents:\n  - id: ' a'\n    title: A\n    path: a.pdf\n", True, False),
    # 1.0 is the integer 1 to a JSON Schema validator; pydantic takes only "1" as a bool.
    (CONFIG, _CONFIG + "scope:\n  a: 1.0\n", False, True),
]


@pytest.mark.parametrize("schema_file", list(SCHEMA_FILES))
def test_schema_agrees_with_swlabel(
    schema_file: str, schema_dir: Path, checker: Callable[..., Any], tmp_path: Path
) -> None:
    cases = [(text, ok, ok) for name, text, ok in AGREEMENT if name == schema_file] + [
        (text, ours, theirs)
        for name, text, ours, theirs in KNOWN_DIFFERENCES
        if name == schema_file
    ]
    files = []
    for index, (text, _, _) in enumerate(cases):
        path = tmp_path / f"case-{index}.yaml"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    completed = checker(schema_dir / schema_file, *files, json_output=True)
    report = json.loads(completed.stdout)
    assert not report.get("parse_errors"), report
    failed = {Path(error["filename"]).name for error in report["errors"]}
    for path, (text, ours, theirs) in zip(files, cases, strict=True):
        model = SCHEMA_FILES[schema_file]
        assert swlabel_accepts(model, text) is ours, ("swlabel", text)
        assert (path.name not in failed) is theirs, ("schema", text, report["errors"])


# --- the command -----------------------------------------------------------------------------


def test_schema_writes_five_files_and_replaces_its_own(tmp_path: Path) -> None:
    out = io.StringIO()
    assert schema(out=out, output=tmp_path / "s") == 0
    written = sorted(path.name for path in (tmp_path / "s").iterdir())
    assert written == sorted(SCHEMA_FILES)
    for name in SCHEMA_FILES:
        data = json.loads((tmp_path / "s" / name).read_text(encoding="utf-8"))
        assert data == build_schemas(Translator("nl"))[name]
    assert out.getvalue().splitlines() == [
        f"Geschreven: {tmp_path.as_posix()}/s/{name}" for name in SCHEMA_FILES
    ]
    # Again, in English: our own files are replaced.
    assert schema(out=io.StringIO(), output=tmp_path / "s", language="en") == 0
    config = json.loads((tmp_path / "s" / CONFIG).read_text(encoding="utf-8"))
    assert config["title"] == "swlabel.yaml: settings of the quality dossier"


def test_schema_defaults_to_a_schemas_folder_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    assert schema(out=out) == 0
    assert (tmp_path / DEFAULT_FOLDER / EVIDENCE).is_file()
    assert out.getvalue().startswith(f"Geschreven: {DEFAULT_FOLDER}/swlabel.schema.json\n")


def test_schema_never_overwrites_a_file_it_did_not_write(tmp_path: Path) -> None:
    (tmp_path / REGISTER).write_text('{"type": "object"}\n', encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        schema(out=io.StringIO(), output=tmp_path)
    said = render(raised.value.message, Translator("nl"))
    assert said.startswith(f"{tmp_path.as_posix()}/{REGISTER} bestaat al")
    # Nothing is written, not even the files before it.
    assert sorted(path.name for path in tmp_path.iterdir()) == [REGISTER]
    assert (tmp_path / REGISTER).read_text(encoding="utf-8") == '{"type": "object"}\n'


def test_schema_output_must_be_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "file.json"
    target.write_text("{}", encoding="utf-8")
    with pytest.raises(UsageError, match="is not a folder"):
        schema(out=io.StringIO(), output=target, language="en")


def test_schema_command_in_the_cli(run: Run, tmp_path: Path) -> None:
    from swlabel.cli.app import COMMANDS

    assert "schema" in COMMANDS
    result = run("schema", "--output", tmp_path, "--lang", "en")
    assert result.code == 0, result.err
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(SCHEMA_FILES)
    assert result.out.startswith("Written: ")
    (tmp_path / PLAN).write_text("{}", encoding="utf-8")
    refused = run("schema", "--output", tmp_path)
    assert refused.code == 2
    assert "geen schema van swlabel" in refused.err
