"""``swlabel init``: scaffold an evidence repository, or add what is missing to one.

Every answer can be given as an option, so init runs unattended; in a terminal it asks for the
ones that are missing. It never overwrites or deletes a file, and never writes through a link
(see :class:`swlabel.doors.files.RepositoryWriter`). When it cannot finish (a read-only
folder, a full disk, a link where it would write, Ctrl-C), what it created in this run is
removed again.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal, Protocol, TextIO

import typer

from swlabel.commands.options import (
    Chdir,
    CliValueError,
    Folder,
    Lang,
    command_line_text,
    in_folder,
    parse_date,
)
from swlabel.doors import mask
from swlabel.doors.files import RepositoryWriter
from swlabel.doors.gitrun import init_repository, run_git
from swlabel.errors import EXIT_OK, ConfigError, SwlabelError, UsageError
from swlabel.i18n import (
    LANGUAGES,
    Translator,
    normalise_language,
    pick_language,
    placeholders,
    render,
)
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
from swlabel.output.scaffold import (
    CI_FILES,
    SCHEMA_DIR,
    BadSource,
    ScaffoldFile,
    install_requirement,
    render_config,
    repository_files,
)

# The CI systems init scaffolds a workflow for, and none; the first is the default.
CI_CHOICES = (*CI_FILES, "none")


class Prompter(Protocol):
    """Asks the user; only used in a terminal."""

    def text(self, question: str, default: str) -> str: ...

    def say(self, text: str) -> None:
        """A line of its own before the next question (what was wrong with an answer)."""


class TerminalPrompter:
    """init's questions, asked with Typer's prompts; a question may come from an own norm set,
    so it passes the mask like every other text for the reader."""

    def text(self, question: str, default: str) -> str:
        shown = mask.current().line(question)
        answer: str = typer.prompt(shown, default=default, show_default=bool(default))
        return answer

    def say(self, text: str) -> None:
        typer.echo(mask.current().line(text))


def _ask_yes_no(question: str, default: bool, t: Translator, ask: Prompter) -> bool:
    """A yes/no question in T's language: [J/n] and j, ja, n, nee in Dutch (y, yes, n, no in
    English); Enter takes DEFAULT."""
    hint = t("init.yes_no.default_yes" if default else "init.yes_no.default_no")
    yes = t("init.yes_no.yes").split(",")
    no = t("init.yes_no.no").split(",")
    while True:
        answer = ask.text(f"{question} {hint}", "").strip().lower()
        if not answer:
            return default
        if answer in yes or answer in no:
            return answer in yes
        ask.say(t("init.yes_no.wrong", answer=answer))


@dataclass
class Answers:
    """What init needs to know; None means: not given as an option."""

    organisation: str | None = None
    norms: str | None = None
    language: str | None = None
    scope: dict[str, bool] = field(default_factory=dict)
    next_audit: dt.date | None = None
    ci: str | None = None  # None: asked in a terminal, else github
    git: bool = True
    allow_non_empty: bool = False
    # What CI and pre-commit install: a version, a git URL or a wheel URL (#15).
    swlabel_source: str | None = None


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
            ask.say(render(error.message, t) + " " + t("init.try_again"))
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
            ask.say(t("cli.bad_date", value=value))


def _ask_ci(t: Translator, ask: Prompter) -> str:
    while True:
        answer = ask.text(t("init.ask_ci"), CI_CHOICES[0]).strip().lower()
        if answer in CI_CHOICES:
            return answer
        ask.say(t("init.bad_ci", value=answer, choices=", ".join(CI_CHOICES)))


def _ask_language(t: Translator, ask: Prompter) -> str:
    """The dossier's language, asked again until it is one swlabel speaks (nl, en, or a
    spelling of them such as 'NL' or 'en_GB')."""
    while True:
        answer = ask.text(t("init.ask_language"), t.language).strip()
        language = normalise_language(answer)
        if language is not None:
            return language
        ask.say(t("init.bad_language", value=answer, choices=", ".join(LANGUAGES)))


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
        answers.language = _ask_language(t, ask)
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
            answer = _ask_yes_no(text, True, t, ask) if ask is not None else True
        scope[question.id] = answer
    next_audit = answers.next_audit
    if next_audit is None and ask is not None:
        next_audit = _ask_date(t("init.ask_next_audit"), t, ask)
    if answers.ci is None and ask is not None:
        answers.ci = _ask_ci(t, ask)
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
    try:  # before any question is asked
        requirement = install_requirement(answers.swlabel_source)
    except BadSource as bad:
        raise UsageError(t("init.bad_swlabel_source", source=str(bad))) from None
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
    ci = answers.ci or CI_CHOICES[0]
    files = [
        *repository_files(normset, config, t, ci=ci, requirement=requirement),
        *_schema_files(t),
    ]
    writer = RepositoryWriter(root)
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


def scope_answers(values: list[str] | None) -> dict[str, bool]:
    """--scope KEY=yes|no (or ja/nee, true/false), as often as needed."""
    answers = {}
    for value in values or []:
        key, _, answer = value.partition("=")
        lowered = answer.strip().lower()
        if not key.strip() or lowered not in ("yes", "no", "ja", "nee", "true", "false"):
            raise CliValueError("init.bad_scope", value=value)
        answers[key.strip()] = lowered in ("yes", "ja", "true")
    return answers


def init_command(
    directory: Folder = Path(),
    *,
    out: TextIO,
    chdir: Chdir = None,
    organisation: Annotated[
        str | None,
        typer.Option(
            "--organisation", "-o", metavar="cli.metavar.name", help="cli.opt.organisation"
        ),
    ] = None,
    norms: Annotated[
        str | None, typer.Option("--norms", metavar="ID|PATH", help="cli.opt.norms")
    ] = None,
    scope: Annotated[
        list[str] | None,
        typer.Option("--scope", metavar="KEY=yes|no", help="cli.opt.scope", show_default=False),
    ] = None,
    next_audit: Annotated[
        dt.date | None,
        typer.Option(
            "--next-audit", metavar="cli.metavar.date", help="cli.opt.next_audit", parser=parse_date
        ),
    ] = None,
    ci: Annotated[
        Literal[CI_CHOICES] | None,  # type: ignore[valid-type]  # the workflows init scaffolds
        typer.Option("--ci", help="cli.opt.ci", case_sensitive=False, show_default=False),
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="cli.opt.yes")] = False,
    no_git: Annotated[bool, typer.Option("--no-git", help="cli.opt.no_git")] = False,
    allow_non_empty: Annotated[
        bool, typer.Option("--allow-non-empty", help="cli.opt.allow_non_empty")
    ] = False,
    swlabel_source: Annotated[
        str | None,
        typer.Option(
            "--swlabel-source", metavar="cli.metavar.source", help="cli.opt.swlabel_source"
        ),
    ] = None,
    language: Lang = None,
) -> int:
    """swlabel init: the answers given as options; in a terminal (without --yes) init asks for
    the others."""
    answers = Answers(
        organisation=organisation,
        norms=norms,
        language=language,
        scope=scope_answers(scope),
        next_audit=next_audit,
        ci=ci,
        git=not no_git,
        allow_non_empty=allow_non_empty,
        swlabel_source=swlabel_source,
    )
    ask = TerminalPrompter() if sys.stdin.isatty() and not yes else None
    return init(in_folder(directory, chdir), out=out, answers=answers, ask=ask)
