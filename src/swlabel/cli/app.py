"""The command line: Typer options only; the work happens in ``swlabel.commands``.

The app is built per run, so that ``--help`` speaks the language of ``--lang`` or SWLABEL_LANG.
One place (:func:`main`) maps every outcome to an exit code.
"""

# No ``from __future__ import annotations`` here: Typer reads the option types at run time,
# and the annotated aliases below are local to build_app.
import datetime as dt
import errno
import gc
import os
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO, cast

import typer

from swlabel import __version__
from swlabel.cli.entry import Interrupted, interruptible, language_in
from swlabel.doors import mask
from swlabel.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, SwlabelError
from swlabel.i18n import LANGUAGES, Translator, format_problem, pick_language, render
from swlabel.rules import RULES


def version_text(t: Translator) -> str:
    import yaml

    from swlabel.load.yamlio import C_LOADER

    loader = t("version.c_loader") if C_LOADER else t("version.python_loader")
    return t("version.text", version=__version__, pyyaml=yaml.__version__, loader=loader)


class ReportFormat(str, Enum):
    # The same names as swlabel.commands.report.FORMATS; a test keeps the two in step.
    html = "html"
    md = "md"
    json = "json"
    csv = "csv"
    docx = "docx"


class Audience(str, Enum):
    # swlabel.output.toetser.AUDIENCES
    organisatie = "organisatie"
    toetser = "toetser"


class CsvDialect(str, Enum):
    excel_nl = "excel-nl"
    comma = "comma"


class CiChoice(str, Enum):
    github = "github"
    gitlab = "gitlab"
    none = "none"


class TerminalPrompter:
    """init's questions, asked with Typer's prompts; a question may come from an own norm set,
    so it passes the mask like every other text for the reader."""

    def text(self, question: str, default: str) -> str:
        shown = mask.current().line(question)
        answer: str = typer.prompt(shown, default=default, show_default=bool(default))
        return answer

    def confirm(self, question: str, default: bool) -> bool:
        return typer.confirm(mask.current().line(question), default=default)


class AuditRoute(str, Enum):
    external = "external"
    peer = "peer"


class InterviewFormat(str, Enum):
    # The same names as swlabel.commands.interviews.FORMATS.
    text = "text"
    md = "md"


class CheckFormat(str, Enum):
    # The same names as swlabel.output.check_formats.FORMATS; a test keeps the two in step.
    text = "text"
    json = "json"
    github = "github"
    junit = "junit"
    auto = "auto"


def build_app(t: Translator) -> typer.Typer:
    """The Typer app, with every help text in T's language."""
    app = typer.Typer(
        name="swlabel",
        help=t("cli.help"),
        epilog=t("cli.epilog"),
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    def parse_date(value: str | None) -> dt.date | None:
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise typer.BadParameter(t("cli.bad_date", value=value)) from None

    def check_language(value: str | None) -> str | None:
        if value is not None and value not in LANGUAGES:
            raise typer.BadParameter(t("cli.bad_language", value=value))
        return value

    Directory = Annotated[
        Path,
        typer.Argument(help=t("cli.opt.directory"), show_default=False),
    ]
    AsOf = Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar=t("cli.metavar.date"),
            help=t("cli.opt.as_of"),
            show_default=False,
        ),
    ]
    Lang = Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="nl|en",
            help=t("cli.opt.lang"),
            callback=check_language,
            show_default=False,
        ),
    ]

    def output_option(help_key: str, metavar: str = "file") -> Any:
        return typer.Option(
            "--output",
            "-o",
            metavar=t(f"cli.metavar.{metavar}"),
            help=t(help_key),
            show_default=False,
        )

    def show_version(value: bool) -> None:
        if value:
            typer.echo(version_text(t))
            raise typer.Exit()

    @app.callback()
    def root(
        version: Annotated[
            bool,
            typer.Option(
                "--version",
                help=t("cli.opt.version"),
                callback=show_version,
                is_eager=True,
            ),
        ] = False,
    ) -> None:
        del version

    def scope_answers(values: list[str] | None) -> dict[str, bool]:
        answers = {}
        for value in values or []:
            key, _, answer = value.partition("=")
            lowered = answer.strip().lower()
            if not key.strip() or lowered not in ("yes", "no", "ja", "nee", "true", "false"):
                raise typer.BadParameter(t("init.bad_scope", value=value))
            answers[key.strip()] = lowered in ("yes", "ja", "true")
        return answers

    @app.command(help=t("cli.init.help"))
    def init(
        directory: Directory = Path(),
        organisation: Annotated[
            str | None,
            typer.Option(
                "--organisation",
                "-o",
                metavar=t("cli.metavar.name"),
                help=t("cli.opt.organisation"),
                show_default=False,
            ),
        ] = None,
        norms: Annotated[
            str | None,
            typer.Option("--norms", metavar="ID|PATH", help=t("cli.opt.norms"), show_default=False),
        ] = None,
        scope: Annotated[
            list[str] | None,
            typer.Option(
                "--scope", metavar="KEY=yes|no", help=t("cli.opt.scope"), show_default=False
            ),
        ] = None,
        next_audit: Annotated[
            str | None,
            typer.Option(
                "--next-audit",
                metavar=t("cli.metavar.date"),
                help=t("cli.opt.next_audit"),
                show_default=False,
            ),
        ] = None,
        ci: Annotated[
            CiChoice, typer.Option("--ci", help=t("cli.opt.ci"), case_sensitive=False)
        ] = CiChoice.github,
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("cli.opt.yes"))] = False,
        no_git: Annotated[bool, typer.Option("--no-git", help=t("cli.opt.no_git"))] = False,
        allow_non_empty: Annotated[
            bool, typer.Option("--allow-non-empty", help=t("cli.opt.allow_non_empty"))
        ] = False,
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.init import Answers
        from swlabel.commands.init import init as run_init

        answers = Answers(
            organisation=organisation,
            norms=norms,
            language=lang,
            scope=scope_answers(scope),
            next_audit=parse_date(next_audit),
            ci=ci.value,
            git=not no_git,
            allow_non_empty=allow_non_empty,
        )
        ask = TerminalPrompter() if sys.stdin.isatty() and not yes else None
        raise typer.Exit(run_init(directory, out=_stdout(), answers=answers, ask=ask))

    def codes(values: list[str] | None) -> tuple[str, ...]:
        """--select SWL1 --select SWL401,SWL402 → ('SWL1', 'SWL401', 'SWL402')."""
        found = [part.strip().upper() for value in values or [] for part in value.split(",")]
        for code in found:
            if not code or not any(rule.startswith(code) for rule in RULES):
                raise typer.BadParameter(t("cli.bad_code", value=code))
        return tuple(found)

    @app.command(help=t("cli.check.help"))
    def check(
        directory: Directory = Path(),
        as_of: AsOf = None,
        format_: Annotated[
            CheckFormat,
            typer.Option("--format", "-f", help=t("cli.opt.check_format"), case_sensitive=False),
        ] = CheckFormat.text,
        output: Annotated[Path | None, output_option("cli.opt.check_output", "file")] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help=t("cli.opt.quiet"))] = False,
        strict: Annotated[bool, typer.Option("--strict", help=t("cli.opt.strict"))] = False,
        select: Annotated[
            list[str] | None,
            typer.Option("--select", metavar="CODE", help=t("cli.opt.select"), show_default=False),
        ] = None,
        ignore: Annotated[
            list[str] | None,
            typer.Option("--ignore", metavar="CODE", help=t("cli.opt.ignore"), show_default=False),
        ] = None,
        min_coverage: Annotated[
            float | None,
            typer.Option(
                "--min-coverage",
                metavar="PERCENT",
                min=0,
                max=100,
                help=t("cli.opt.min_coverage"),
                show_default=False,
            ),
        ] = None,
        force: Annotated[bool, typer.Option("--force", help=t("cli.opt.force"))] = False,
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.check import check as run_check

        code = run_check(
            directory,
            out=_stdout(),
            as_of=parse_date(as_of),
            language=lang,
            format_=format_.value,
            output=output,
            quiet=quiet,
            strict=strict,
            select=codes(select),
            ignore=codes(ignore),
            min_coverage=min_coverage,
            force=force,
        )
        raise typer.Exit(code)

    @app.command(help=t("cli.rules.help"))
    def rules(
        code: Annotated[
            str | None, typer.Argument(help=t("cli.opt.code"), show_default=False)
        ] = None,
        markdown: Annotated[bool, typer.Option("--markdown", help=t("cli.opt.markdown"))] = False,
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.rules import rules as run_rules

        raise typer.Exit(run_rules(code, out=_stdout(), language=lang, markdown=markdown))

    @app.command(help=t("cli.report.help"))
    def report(
        directory: Directory = Path(),
        format_: Annotated[
            ReportFormat,
            typer.Option("--format", "-f", help=t("cli.opt.report_format"), case_sensitive=False),
        ] = ReportFormat.html,
        output: Annotated[Path | None, output_option("cli.opt.output", "file")] = None,
        as_of: AsOf = None,
        only_gaps: Annotated[
            bool, typer.Option("--only-gaps", help=t("cli.opt.only_gaps"))
        ] = False,
        rubriek: Annotated[
            str | None,
            typer.Option("--rubriek", metavar="N", help=t("cli.opt.rubriek"), show_default=False),
        ] = None,
        csv_dialect: Annotated[
            CsvDialect,
            typer.Option("--csv-dialect", help=t("cli.opt.csv_dialect"), case_sensitive=False),
        ] = CsvDialect.excel_nl,
        template_dir: Annotated[
            Path | None,
            typer.Option(
                "--template-dir",
                metavar=t("cli.metavar.folder"),
                help=t("cli.opt.template_dir"),
                show_default=False,
            ),
        ] = None,
        history: Annotated[
            bool, typer.Option("--history", help=t("cli.opt.report_history"))
        ] = False,
        force: Annotated[bool, typer.Option("--force", help=t("cli.opt.force"))] = False,
        lang: Lang = None,
        reference_docx: Annotated[
            Path | None,
            typer.Option(
                "--reference-docx",
                metavar=t("cli.metavar.file"),
                help=t("cli.opt.reference_docx"),
                show_default=False,
            ),
        ] = None,
        bundle: Annotated[
            Path | None,
            typer.Option(
                "--bundle",
                metavar=t("cli.metavar.file"),
                help=t("cli.opt.bundle"),
                show_default=False,
            ),
        ] = None,
        audience: Annotated[
            Audience, typer.Option("--for", help=t("cli.opt.for"), case_sensitive=False)
        ] = Audience.organisatie,
    ) -> None:
        from swlabel.commands.report import report as run_report

        code = run_report(
            directory,
            out=_stdout(),
            format_=format_.value,
            output=output,
            as_of=parse_date(as_of),
            language=lang,
            force=force,
            only_gaps=only_gaps,
            rubriek=rubriek,
            csv_dialect=csv_dialect.value,
            template_dir=template_dir,
            history=history,
            reference_docx=reference_docx,
            bundle=bundle,
            audience=audience.value,
        )
        raise typer.Exit(code)

    Repo = Annotated[
        Path,
        typer.Option(
            "--dir",
            "-C",
            metavar=t("cli.metavar.folder"),
            help=t("cli.opt.repo"),
            show_default=False,
        ),
    ]

    @app.command(help=t("cli.norms.help"))
    def norms(
        norm_id: Annotated[
            str | None, typer.Argument(help=t("cli.opt.norm_id"), show_default=False)
        ] = None,
        directory: Repo = Path(),
        normset: Annotated[
            str | None,
            typer.Option(
                "--norms", metavar="ID|PATH", help=t("cli.opt.browse_norms"), show_default=False
            ),
        ] = None,
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.norms import norms as run_norms

        code = run_norms(
            norm_id, out=_stdout(), directory=directory, normset_ref=normset, language=lang
        )
        raise typer.Exit(code)

    @app.command(help=t("cli.status.help"))
    def status(directory: Directory = Path(), as_of: AsOf = None, lang: Lang = None) -> None:
        from swlabel.commands.status import status as run_status

        raise typer.Exit(
            run_status(directory, out=_stdout(), as_of=parse_date(as_of), language=lang)
        )

    @app.command(help=t("cli.interviews.help"))
    def interviews(
        directory: Directory = Path(),
        as_of: AsOf = None,
        format_: Annotated[
            InterviewFormat,
            typer.Option(
                "--format", "-f", help=t("cli.opt.interviews_format"), case_sensitive=False
            ),
        ] = InterviewFormat.text,
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.interviews import interviews as run_interviews

        code = run_interviews(
            directory, out=_stdout(), as_of=parse_date(as_of), format_=format_.value, language=lang
        )
        raise typer.Exit(code)

    @app.command(help=t("cli.calendar.help"))
    def calendar(
        # Required, so it comes first among the parameters; --help keeps the usual order.
        output: Annotated[Path, output_option("cli.opt.calendar_output")],
        directory: Directory = Path(),
        as_of: AsOf = None,
        force: Annotated[bool, typer.Option("--force", help=t("cli.opt.force"))] = False,
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.calendar import calendar as run_calendar

        code = run_calendar(
            directory,
            out=_stdout(),
            output=output,
            as_of=parse_date(as_of),
            language=lang,
            force=force,
        )
        raise typer.Exit(code)

    @app.command(help=t("cli.diff.help"))
    def diff(
        ref: Annotated[str, typer.Argument(help=t("cli.opt.diff_ref"), show_default=False)],
        ref2: Annotated[
            str | None, typer.Argument(help=t("cli.opt.diff_ref2"), show_default=False)
        ] = None,
        directory: Repo = Path(),
        as_of: AsOf = None,
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.diff import diff as run_diff

        code = run_diff(
            ref, ref2, directory=directory, out=_stdout(), as_of=parse_date(as_of), language=lang
        )
        raise typer.Exit(code)

    @app.command(help=t("cli.history.help"))
    def history(
        directory: Repo = Path(),
        tags: Annotated[bool, typer.Option("--tags", help=t("cli.opt.history_tags"))] = False,
        as_of: Annotated[
            str | None,
            typer.Option("--as-of", metavar=t("cli.metavar.date"), help=t("cli.opt.history_as_of")),
        ] = None,
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.history import history as run_history

        code = run_history(
            directory=directory, out=_stdout(), tags=tags, as_of=parse_date(as_of), language=lang
        )
        raise typer.Exit(code)

    add = typer.Typer(help=t("cli.add.help"), no_args_is_help=True)
    app.add_typer(add, name="add")

    def field(name: str) -> Any:
        return typer.Option(
            f"--{name.replace('_', '-')}", help=t("cli.opt.field"), show_default=False
        )

    @add.command("document", help=t("cli.add.document.help"))
    def add_document(
        id: Annotated[str, field("id")],
        title: Annotated[str, field("title")],
        kind: Annotated[str | None, field("kind")] = None,
        path: Annotated[str | None, field("path")] = None,
        url: Annotated[str | None, field("url")] = None,
        owner: Annotated[str | None, field("owner")] = None,
        date: Annotated[str | None, field("date")] = None,
        review_date: Annotated[str | None, field("review_date")] = None,
        valid_until: Annotated[str | None, field("valid_until")] = None,
        to: Annotated[
            Path | None,
            typer.Option("--to", metavar=t("cli.metavar.file"), help=t("cli.opt.to")),
        ] = None,
        directory: Repo = Path(),
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.add import add_document as run_add

        fields = {
            "id": id,
            "title": title,
            "kind": kind,
            "path": path,
            "url": url,
            "owner": owner,
            "date": date,
            "review_date": review_date,
            "valid_until": valid_until,
        }
        raise typer.Exit(run_add(directory, out=_stdout(), fields=fields, to=to, language=lang))

    @add.command("action", help=t("cli.add.action.help"))
    def add_action(
        title: Annotated[str, field("title")],
        norm: Annotated[
            list[str] | None,
            typer.Option("--norm", metavar="ID", help=t("cli.opt.norm"), show_default=False),
        ] = None,
        id: Annotated[str | None, field("id")] = None,
        description: Annotated[str | None, field("description")] = None,
        source: Annotated[str | None, field("source")] = None,
        owner: Annotated[str | None, field("owner")] = None,
        due: Annotated[str | None, field("due")] = None,
        status: Annotated[str | None, field("status")] = None,
        directory: Repo = Path(),
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.add import add_action as run_add

        fields = {
            "id": id,
            "title": title,
            "description": description,
            "source": source,
            "owner": owner,
            "due": due,
            "status": status,
        }
        raise typer.Exit(
            run_add(directory, out=_stdout(), fields=fields, norms=norm or [], language=lang)
        )

    @add.command("toetsing", help=t("cli.add.toetsing.help"))
    def add_audit(
        date: Annotated[
            str, typer.Option("--date", metavar=t("cli.metavar.date"), help=t("cli.opt.field"))
        ],
        route: Annotated[
            AuditRoute, typer.Option("--route", help=t("cli.opt.field"), case_sensitive=False)
        ] = AuditRoute.external,
        body: Annotated[str | None, field("body")] = None,
        directory: Repo = Path(),
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.add import add_audit as run_add

        day = parse_date(date)
        assert day is not None  # a required option
        code = run_add(
            directory, out=_stdout(), date=day, route=route.value, body=body, language=lang
        )
        raise typer.Exit(code)

    @app.command(help=t("cli.schema.help"))
    def schema(
        output: Annotated[Path | None, output_option("cli.opt.schema_output", "folder")] = None,
        lang: Lang = None,
    ) -> None:
        from swlabel.commands.schema import schema as run_schema

        raise typer.Exit(run_schema(out=_stdout(), output=output, language=lang))

    return app


def _say(text: str) -> None:
    """A line on standard error, through the mask (a message may quote a value from a file);
    a closed standard error is no reason to fail."""
    try:
        sys.stderr.write(mask.current().line(text) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _report_error(error: SwlabelError, t: Translator) -> None:
    for problem in error.problems:
        _say(format_problem(problem, t))
    _say(f"swlabel: {render(error.message, t)}")


def _write_crash_log() -> Path:
    import traceback

    from swlabel.doors.files import write_crash_log

    return write_crash_log(
        f"swlabel {__version__}, Python {sys.version}\narguments: {sys.argv!r}\n\n"
        + traceback.format_exc()
    )


# Standard output of the run, through the mask; set by main().
_run: dict[str, mask.ReaderStream] = {}


def _stdout() -> TextIO:
    return cast(TextIO, _run.get("out") or mask.ReaderStream(sys.stdout))


def _silence_stdout() -> None:
    """After standard output failed (a full disk, a closed pipe), point it at the null device,
    so that the interpreter's last flush of what is still buffered does not fail again."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's capture): nothing is flushed at exit


def main(argv: Sequence[str] | None = None) -> int:
    """Run swlabel; return the exit code (see the table in ``swlabel --help``)."""
    with interruptible():
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # swlabel uses no pydantic plugins; looking them up scans every installed package's
    # metadata on each start, which costs more than checking a small dossier.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    for stream in (sys.stdout, sys.stderr):
        # A console or pipe in a legacy code page (Windows) must not turn a "✓" into a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            reconfigure(errors="replace")
    t = Translator(pick_language(language_in(args)))
    if sys.stdout is None:  # started with standard output closed
        _say(t("cli.stdout_failed", reason=t("cli.stdout_closed")))
        return EXIT_USAGE
    mask.reset()
    out = _run["out"] = mask.ReaderStream(sys.stdout)
    # A run builds hundreds of thousands of small objects (YAML data, models, meldingen) that
    # live until it ends and form hardly any reference cycles. The cyclic collector would walk
    # all of them again and again, a third of the time on a large dossier; reference counting
    # still frees everything else. It is switched back on for a caller that runs us in-process.
    collecting = gc.isenabled()
    gc.disable()
    try:
        try:
            command = typer.main.get_command(_only_the_named_command(build_app(t), args))
            result = command.main(args=args, prog_name="swlabel", standalone_mode=False)
        finally:
            out.flush()
    except typer.TyperException as error:
        # Typer's own usage errors (unknown option, bad value): its message, our exit code.
        show = getattr(error, "show", None)
        if callable(show):
            show()
        else:
            _say(f"swlabel: {error.message}")
        return EXIT_USAGE
    except typer.Abort:  # end of input at a question
        _say(t("cli.interrupted"))
        return EXIT_INTERRUPTED
    except Interrupted as interrupted:
        _say(
            t("cli.interrupted" if interrupted.exit_code == EXIT_INTERRUPTED else "cli.terminated")
        )
        return interrupted.exit_code
    except SwlabelError as error:
        _report_error(error, t)
        return error.exit_code
    except mask.OutputFailed as failed:
        _silence_stdout()
        if failed.errno != errno.EPIPE:  # a reader that stopped reading needs no message
            _say(t("cli.stdout_failed", reason=failed.reason))
        return EXIT_USAGE
    except Exception:
        return _crash(t)
    finally:
        _run.clear()
        _end_of_run()
        if collecting:
            gc.enable()
    return result if isinstance(result, int) else 0


def _crash(t: Translator) -> int:
    log = _write_crash_log()
    _say(t("cli.crash", log=log.as_posix()))
    return EXIT_INTERNAL


def _only_the_named_command(app: typer.Typer, args: Sequence[str]) -> typer.Typer:
    """APP with only the command that ARGS name, when they name one. Typer turns every
    command it has into a Click command on each start; a run needs only its own, and the
    others cost more than checking a small dossier takes. Without a known command name (help,
    --version, a typo) the whole app stays, so that Click can list or suggest commands."""
    name = next((arg for arg in args if not arg.startswith("-")), None)
    commands = [
        info
        for info in app.registered_commands
        if info.callback is not None
        and (info.name or info.callback.__name__.replace("_", "-")) == name
    ]
    groups = [info for info in app.registered_groups if info.name == name]
    if commands or groups:
        app.registered_commands = commands
        app.registered_groups = groups
    return app


def _end_of_run() -> None:
    """Let go of what the run cached for itself (only commands that read YAML have any)."""
    if "swlabel.doors.gitrun" in sys.modules:
        from swlabel.doors import gitrun

        gitrun.forget()
    if "swlabel.checks.privacy" in sys.modules:
        from swlabel.checks import privacy

        privacy.forget()
    if "swlabel.load.yamlio" in sys.modules:
        from swlabel.load.yamlio import forget_trees

        forget_trees()
