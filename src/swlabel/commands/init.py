"""``swlabel init``: scaffold an evidence repository, or add what is missing to one.

Every answer can be given as an option, so init runs unattended; in a terminal it asks for the
ones that are missing. It never overwrites or deletes a file, and never writes through a link
(see :class:`swlabel.doors.files.RepositoryWriter`). When it cannot finish (a read-only
folder, a full disk, a link where it would write, Ctrl-C), what it created in this run is
removed again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TextIO

from swlabel.doors.files import RepositoryWriter
from swlabel.doors.gitrun import init_repository, run_git
from swlabel.errors import EXIT_OK, ConfigError, SwlabelError, UsageError
from swlabel.i18n import Translator, pick_language, placeholders, render
from swlabel.load.dossier import (
    CONFIG_FILE,
    EVIDENCE_DIR,
    EVIDENCE_SUFFIXES,
    REGISTER_DIR,
    REGISTER_FILE,
    load_config,
)
from swlabel.load.normsets import DEFAULT_NORMSET, load_normset
from swlabel.models import Config, NormSet
from swlabel.output.scaffold import SCHEMA_DIR, ScaffoldFile, render_config, repository_files


class Prompter(Protocol):
    """Asks the user; only used in a terminal."""

    def text(self, question: str, default: str) -> str: ...

    def confirm(self, question: str, default: bool) -> bool: ...


@dataclass
class Answers:
    """What init needs to know; None means: not given as an option."""

    organisation: str | None = None
    norms: str | None = None
    language: str | None = None
    scope: dict[str, bool] = field(default_factory=dict)
    next_audit: dt.date | None = None
    ci: str = "github"
    git: bool = True
    allow_non_empty: bool = False


def _existing_evidence(writer: RepositoryWriter, relpath: str) -> bool:
    """Whether the norm of RELPATH already has a file, in any of the accepted forms."""
    stem = relpath.rsplit(".", 1)[0]
    return any(writer.occupied(f"{stem}{suffix}") for suffix in EVIDENCE_SUFFIXES)


def _summarise(paths: list[str], t: Translator) -> list[str]:
    """Evidence stubs as one line (there may be dozens), other files one per line."""
    evidence = [path for path in paths if path.startswith(f"{EVIDENCE_DIR}/")]
    others = [path for path in paths if not path.startswith(f"{EVIDENCE_DIR}/")]
    lines = [f"  {path}" for path in others]
    if len(evidence) == 1:
        lines.append(f"  {evidence[0]}")
    elif evidence:
        shown = t("init.evidence_range", first=evidence[0], last=evidence[-1], count=len(evidence))
        lines.append(f"  {shown}")
    return lines


def _occupied(root: Path, norms: str | None) -> list[str]:
    """What is already in ROOT, besides git's own folder and the norm set init is told to use."""
    if not root.is_dir():
        return []
    own = _resolved(root / norms) if norms else None
    return sorted(
        entry.name
        for entry in root.iterdir()
        if entry.name != ".git" and (own is None or _resolved(entry) != own)
    )


def command_line_text(value: str) -> str:
    """VALUE as text: a command line in another encoding than UTF-8 (Latin-1, the Windows
    code page) reaches Python with its odd bytes as lone surrogates ('Jos\\udce9'), which no
    file can hold; read those bytes as the Windows code page, as people meant them."""
    if not any("\ud800" <= char <= "\udfff" for char in value):
        return value
    raw = value.encode("utf-8", "surrogateescape")
    return raw.decode("cp1252", errors="replace")


def _resolved(path: Path) -> Path | None:
    """PATH with its links followed; None for a loop of links (evidence -> evidence)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return None


def _ask_normset(answers: Answers, root: Path, t: Translator, ask: Prompter | None) -> NormSet:
    reference = answers.norms
    while True:
        if reference is None:
            reference = ask.text(t("init.ask_norms"), DEFAULT_NORMSET) if ask else DEFAULT_NORMSET
        try:
            normset = load_normset(reference, root)
        except ConfigError as error:
            if ask is None or answers.norms is not None:
                raise
            ask.text(render(error.message, t) + " " + t("init.try_again"), "")
            reference = None
            continue
        answers.norms = reference
        return normset


def _ask_date(question: str, t: Translator, ask: Prompter) -> dt.date | None:
    while True:
        value = ask.text(question, "").strip()
        if not value:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            question = t("cli.bad_date", value=value) + ". " + t("init.ask_next_audit")


def _new_config(
    answers: Answers, root: Path, t: Translator, ask: Prompter | None
) -> tuple[Config, NormSet, Translator]:
    organisation = answers.organisation
    if (not organisation or not organisation.strip()) and ask is not None:
        organisation = ask.text(t("init.ask_organisation"), "")
    if not organisation or not organisation.strip():
        raise UsageError(t("init.organisation_required"))
    organisation = command_line_text(organisation)
    if answers.language is None and ask is not None:
        answers.language = ask.text(t("init.ask_language"), t.language)
    t = Translator(pick_language(answers.language))
    normset = _ask_normset(answers, root, t, ask)
    unknown = sorted(set(answers.scope) - {q.id for q in normset.scope_questions})
    if unknown:
        choices = ", ".join(q.id for q in normset.scope_questions)
        raise UsageError(t("init.unknown_scope", keys=", ".join(unknown), choices=choices))
    scope = {}
    for question in normset.scope_questions:
        answer = answers.scope.get(question.id)
        if answer is None:
            text = question.question.get(t.language)
            answer = ask.confirm(text, True) if ask is not None else True
        scope[question.id] = answer
    next_audit = answers.next_audit
    if next_audit is None and ask is not None:
        next_audit = _ask_date(t("init.ask_next_audit"), t, ask)
    config = Config(
        format_version=1,
        organisation=organisation.strip(),
        norms=answers.norms or DEFAULT_NORMSET,
        language="en" if t.language == "en" else "nl",
        next_audit=next_audit,
        scope=scope,
    )
    return config, normset, t


def _schema_files(t: Translator) -> list[ScaffoldFile]:
    from swlabel.output.schemas import build_schemas, schema_text

    return [
        ScaffoldFile(f"{SCHEMA_DIR}/{name}", schema_text(schema))
        for name, schema in sorted(build_schemas(t).items())
    ]


def _git_init(root: Path, t: Translator) -> str:
    inside = run_git(root, "rev-parse", "--is-inside-work-tree")
    if inside is not None and inside.strip() == "true":
        return t("init.git_inside")
    if not init_repository(root):
        return t("init.git_unavailable")
    return t("init.git_created")


def init(
    directory: Path,
    *,
    out: TextIO,
    answers: Answers | None = None,
    ask: Prompter | None = None,
) -> int:
    """Create the repository in DIRECTORY; never overwrite a file, report what was added."""
    answers = answers or Answers()
    t = Translator(pick_language(answers.language))
    root = directory.resolve()
    if root.exists() and not root.is_dir():
        raise UsageError(t("init.not_a_directory", path=directory.as_posix()))
    created: list[str] = []
    kept: list[str] = []
    config_text = None
    if (root / CONFIG_FILE).exists():
        config = load_config(root, placeholders(t))
        t = Translator(pick_language(answers.language, config.language))
        normset = load_normset(config.norms, root)
        kept.append(CONFIG_FILE)
    else:
        occupied = _occupied(root, answers.norms)
        if occupied and not answers.allow_non_empty:
            shown = ", ".join(occupied[:5]) + (" …" if len(occupied) > 5 else "")
            raise UsageError(t("init.not_empty", path=directory.as_posix(), files=shown))
        config, normset, t = _new_config(answers, root, t, ask)
        config_text = render_config(config, normset, t)
    files = [*repository_files(normset, config, t, ci=answers.ci), *_schema_files(t)]
    writer = RepositoryWriter(root, t)
    try:
        if config_text is not None:
            writer.make_root()
            writer.create(CONFIG_FILE, config_text)
            created.append(CONFIG_FILE)
        for scaffold in files:
            if scaffold.path == REGISTER_FILE and (root / REGISTER_DIR).is_dir():
                continue
            exists = scaffold.path.startswith(f"{EVIDENCE_DIR}/") and _existing_evidence(
                writer, scaffold.path
            )
            if not exists and writer.create(scaffold.path, scaffold.content):
                created.append(scaffold.path)
            else:
                kept.append(scaffold.path)
    except SwlabelError as error:
        if not writer.created:
            raise
        writer.undo()
        raise UsageError(f"{render(error.message, t)} {t('init.undone')}", error.problems) from None
    except BaseException:
        # Ctrl-C, SIGTERM or a bug: no half-made repository either.
        writer.undo()
        raise
    heading = t(
        "init.heading", path=root.as_posix(), normset=normset.title, version=normset.version
    )
    out.write(heading + "\n")
    if created:
        out.write(t("init.created") + "\n")
        out.write("\n".join(_summarise(created, t)) + "\n")
    else:
        out.write(t("init.nothing_new") + "\n")
    if kept:
        out.write(t("init.kept") + "\n")
        out.write("\n".join(_summarise(kept, t)) + "\n")
    if answers.git:
        out.write(_git_init(root, t) + "\n")
    out.write("\n" + t("init.next_steps", dir=directory.as_posix()) + "\n")
    return EXIT_OK
