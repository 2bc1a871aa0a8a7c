"""The files ``swlabel init`` creates, as text: nothing here touches the disk.

Config, one evidence stub per norm, register, plan, a README for the organisation, the
editor settings that bind the JSON Schemas, the pre-commit configuration and a CI workflow.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from swlabel import __version__
from swlabel.i18n import Translator
from swlabel.load.dossier import AUDIT_DIR, CONFIG_FILE, EVIDENCE_DIR, PLAN_FILE, REGISTER_FILE
from swlabel.models import Config, NormSet
from swlabel.output.templating import environment

README_FILE = "README.md"
SCHEMA_DIR = ".swlabel/schemas"
CI_FILES = {"github": ".github/workflows/swlabel.yml", "gitlab": ".gitlab-ci.yml"}


@dataclass(frozen=True)
class ScaffoldFile:
    path: str
    content: str


def modeline(path: str, schema: str) -> str:
    """The yaml-language-server comment that binds SCHEMA to the file at PATH (relative)."""
    depth = path.count("/")
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMA_DIR}/{schema}\n"


def _scope_questions(normset: NormSet, config: Config, t: Translator) -> list[dict[str, object]]:
    return [
        {
            "id": question.id,
            "text": question.question.get(t.language),
            "answer": config.scope.get(question.id, True),
        }
        for question in normset.scope_questions
    ]


def render_config(config: Config, normset: NormSet, t: Translator) -> str:
    template = environment(t).get_template(f"scaffold/{t.language}/swlabel.yaml.j2")
    text = template.render(
        organisation=config.organisation,
        norms=config.norms,
        language=config.language,
        next_audit=config.next_audit.isoformat() if config.next_audit else "",
        scope_questions=_scope_questions(normset, config, t),
    )
    return modeline(CONFIG_FILE, "swlabel.schema.json") + text


def evidence_stubs(normset: NormSet, config: Config, t: Translator) -> list[ScaffoldFile]:
    """One stub per norm: not_assessed, or not_applicable when the scope excludes the norm."""
    env = environment(t)
    template = env.get_template(f"scaffold/{t.language}/evidence.md.j2")
    rubrieken = {rubriek.id: rubriek for rubriek in normset.rubrieken}
    questions = {question.id: question for question in normset.scope_questions}
    stubs = []
    for norm in normset.norms:
        status, reason = "not_assessed", ""
        if norm.applies_if is not None and not config.scope.get(norm.applies_if, True):
            status = "not_applicable"
            question = questions[norm.applies_if].question.get(t.language)
            reason = t("init.out_of_scope", question=question, key=norm.applies_if)
        path = f"{EVIDENCE_DIR}/{norm.id}.md"
        content = template.render(
            norm=norm,
            rubriek=rubrieken[norm.rubriek],
            normset=normset,
            status=status,
            reason=reason,
            modeline=modeline(path, "evidence.schema.json").rstrip("\n"),
        )
        stubs.append(ScaffoldFile(path, content))
    return stubs


def _vscode_settings() -> str:
    settings = {
        "yaml.schemas": {
            f"{SCHEMA_DIR}/swlabel.schema.json": CONFIG_FILE,
            f"{SCHEMA_DIR}/evidence.schema.json": f"{EVIDENCE_DIR}/*.yaml",
            f"{SCHEMA_DIR}/register.schema.json": [REGISTER_FILE, "register/*.yaml"],
            f"{SCHEMA_DIR}/improvement-plan.schema.json": PLAN_FILE,
            f"{SCHEMA_DIR}/audit.schema.json": f"{AUDIT_DIR}/*.yaml",
        },
        "files.encoding": "utf8",
        "files.eol": "\n",
        "[yaml]": {"editor.insertSpaces": True, "editor.tabSize": 2},
    }
    return json.dumps(settings, indent=2) + "\n"


# What --swlabel-source may name: a version (0.1.0), a git URL (git+https://…/swlabel.git@v0.1.0)
# or the URL of a wheel or source archive. It is written into YAML and a shell line of the CI
# files, so only the characters of a URL are allowed (no quotes, spaces or line breaks).
_VERSION = re.compile(r"\d+(?:\.\d+)*(?:[a-z]+\d*)?(?:\.post\d+)?(?:\.dev\d+)?")
_URL = re.compile(r"[A-Za-z0-9._~:/?#\[\]@!$&()*+,;=%-]+")
_ARCHIVE = (".whl", ".tar.gz", ".zip")


class BadSource(ValueError):
    """An --swlabel-source that is no version, git URL or archive URL."""


def install_requirement(source: str | None) -> str:
    """What the scaffolded CI workflow and pre-commit hook install: ``swlabel==VERSION`` for a
    version (this one's when SOURCE is None), ``swlabel @ URL`` for a git URL (``git+…``) or
    the URL of a wheel or source archive. Until swlabel is on PyPI, only the URLs install."""
    spec = (source if source is not None else __version__).strip()
    if _VERSION.fullmatch(spec):
        return f"swlabel=={spec}"
    if not _URL.fullmatch(spec):
        raise BadSource(spec)
    if spec.startswith("git+") or (
        spec.startswith(("https://", "http://", "file://")) and spec.endswith(_ARCHIVE)
    ):
        return f"swlabel @ {spec}"
    if spec.startswith("https://") and not spec.endswith(_ARCHIVE):
        return f"swlabel @ git+{spec}"  # the address of the repository itself
    raise BadSource(spec)


def repository_files(
    normset: NormSet,
    config: Config,
    t: Translator,
    *,
    ci: str = "github",
    requirement: str | None = None,
) -> list[ScaffoldFile]:
    """Everything but the config and the schemas; REQUIREMENT is what CI and pre-commit
    install (:func:`install_requirement`)."""
    env = environment(t)
    language = t.language
    requirement = requirement or install_requirement(None)

    def render(name: str, **context: object) -> str:
        return env.get_template(f"scaffold/{name}").render(
            version=__version__, requirement=requirement, **context
        )

    files = [
        *evidence_stubs(normset, config, t),
        ScaffoldFile(
            REGISTER_FILE,
            modeline(REGISTER_FILE, "register.schema.json")
            + render(f"{language}/register.yaml.j2"),
        ),
        ScaffoldFile(
            PLAN_FILE,
            modeline(PLAN_FILE, "improvement-plan.schema.json")
            + render(f"{language}/improvement-plan.yaml.j2"),
        ),
        ScaffoldFile(
            README_FILE,
            render(f"{language}/README.md.j2", organisation=config.organisation, normset=normset),
        ),
        ScaffoldFile(".gitignore", render("common/gitignore.j2")),
        ScaffoldFile(".editorconfig", render("common/editorconfig.j2")),
        ScaffoldFile(".vscode/settings.json", _vscode_settings()),
        ScaffoldFile(".pre-commit-config.yaml", render(f"{language}/pre-commit-config.yaml.j2")),
    ]
    if ci in CI_FILES:
        files.append(ScaffoldFile(CI_FILES[ci], render(f"{language}/{ci}-ci.yml.j2")))
    return files
