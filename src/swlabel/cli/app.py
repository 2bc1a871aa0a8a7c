"""The command line: which commands there are, in the run's language; one place (:func:`main`)
maps every outcome to an exit code.

Each command declares its own options in its signature (``swlabel.commands.<name>``), with help
texts and placeholders as catalogue keys; :class:`Commands` imports a command's module only
when the run names it (a run needs only its own command, and importing the others would cost
more than checking a small dossier takes), builds it with Typer, and puts every text of it in
the run's language. To add a command: one line in :data:`COMMANDS`.
"""

from __future__ import annotations

import errno
import functools
import gc
import importlib
import inspect
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TextIO, cast

import typer

# Typer's own copy of Click: its error classes and the types its hooks are called with.
from typer._click import Context, HelpFormatter
from typer._click import exceptions as click_errors
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from swlabel import __version__
from swlabel.cli.entry import Interrupted, interruptible, language_in
from swlabel.commands.options import Chdir, CliValueError, Lang, in_folder
from swlabel.doors import mask
from swlabel.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, SwlabelError
from swlabel.i18n import Translator, format_problem, pick_language, render
from swlabel.problems import msg

# Command name → "module:function" for a command, or "module:MAPPING" for a group of them (a
# mapping of subcommand name to function). Help texts: cli.<name>.help, cli.<name>.<sub>.help.
COMMANDS: dict[str, str] = {
    "init": "swlabel.commands.init:init_command",
    "check": "swlabel.commands.check:check",
    "rules": "swlabel.commands.rules:rules",
    "report": "swlabel.commands.report:report",
    "norms": "swlabel.commands.norms:norms",
    "status": "swlabel.commands.status:status",
    "interviews": "swlabel.commands.interviews:interviews",
    "calendar": "swlabel.commands.calendar:calendar",
    "todo": "swlabel.commands.todo:todo",
    "diff": "swlabel.commands.diff:diff",
    "history": "swlabel.commands.history:history",
    "export": "swlabel.commands.export:export",
    "import": "swlabel.commands.importing:import_workbook",
    "add": "swlabel.commands.add:SUBCOMMANDS",
    "schema": "swlabel.commands.schema:schema",
}

# What a run shares with its command: its standard output (through the mask), and the language
# and the folder (-C) asked for before the command's name; set by main() and root().
_run: dict[str, Any] = {}


def version_text(t: Translator) -> str:
    import yaml

    from swlabel.load.yamlio import C_LOADER

    loader = t("version.c_loader") if C_LOADER else t("version.python_loader")
    return t("version.text", version=__version__, pyyaml=yaml.__version__, loader=loader)


def _stdout() -> TextIO:
    return cast(TextIO, _run.get("out") or mask.ReaderStream(sys.stdout))


def _translator(ctx: Context) -> Translator:
    found = ctx.find_root().obj
    return found if isinstance(found, Translator) else Translator(pick_language())


def _usage(command: TyperCommand | TyperGroup, ctx: Context, formatter: HelpFormatter) -> None:
    pieces = command.collect_usage_pieces(ctx)
    prefix = _translator(ctx)("cli.usage") + " "
    formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=prefix)


def _help(command: TyperCommand | TyperGroup, ctx: Context, formatter: HelpFormatter) -> None:
    """COMMAND's help, with Typer's panel titles and markers in the run's language: Typer reads
    these constants of typer.rich_utils when it draws the help (their documented place). Rich
    is imported only for the help: a run that checks a dossier does not pay for it."""
    from typer import rich_utils

    t = _translator(ctx)
    rich_utils.ARGUMENTS_PANEL_TITLE = t("cli.panel.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = t("cli.panel.options")
    rich_utils.COMMANDS_PANEL_TITLE = t("cli.panel.commands")
    rich_utils.DEFAULT_STRING = t("cli.default")
    rich_utils.REQUIRED_LONG_STRING = t("cli.required")
    rich_utils.ERRORS_PANEL_TITLE = t("cli.error")
    if isinstance(command, TyperGroup):
        TyperGroup.format_help(command, ctx, formatter)
    else:
        TyperCommand.format_help(command, ctx, formatter)


def _help_option(option: TyperOption | None, ctx: Context) -> TyperOption | None:
    if option is not None:
        t = _translator(ctx)
        option.help = t("cli.opt.help")
        option.metavar = ""  # a flag: no placeholder
        option.rich_help_panel = t("cli.panel.options")
    return option


class Command(TyperCommand):
    """A command whose own words (the usage line, the help option) are in the run's language."""

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        _usage(self, ctx, formatter)

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _help(self, ctx, formatter)

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        return _help_option(super().get_help_option(ctx), ctx)


class Group(TyperGroup):
    """A group whose own words (the usage line, the help option) are in the run's language."""

    def format_usage(self, ctx: Context, formatter: HelpFormatter) -> None:
        _usage(self, ctx, formatter)

    def format_help(self, ctx: Context, formatter: HelpFormatter) -> None:
        _help(self, ctx, formatter)

    def get_help_option(self, ctx: Context) -> TyperOption | None:
        return _help_option(super().get_help_option(ctx), ctx)


class Commands(Group):
    """The root: knows the commands by name (:data:`COMMANDS`) and builds only those it is
    asked for, in the language of the run."""

    def list_commands(self, ctx: Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Context, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        if cmd_name not in self.commands:
            self.commands[cmd_name] = build_command(cmd_name, _translator(ctx))
        return self.commands[cmd_name]

    def resolve_command(self, ctx: Context, args: list[str]) -> Any:
        if args and not args[0].startswith("-") and args[0] not in COMMANDS:
            import difflib

            nearest = difflib.get_close_matches(args[0], list(COMMANDS), n=1)
            raise CliUsageError(
                "cli.no_such_command.suggest" if nearest else "cli.no_such_command",
                ctx=ctx,
                name=args[0],
                nearest=nearest[0] if nearest else "",
            )
        return super().resolve_command(ctx, args)


class CliUsageError(click_errors.UsageError):
    """A usage error of swlabel's own: KEY of the catalogue with VALUES."""

    def __init__(self, key: str, ctx: Context | None = None, **values: object) -> None:
        super().__init__(key, ctx)
        self.key = key
        self.values = values


def _load(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _bound(function: Callable[..., int]) -> Callable[..., int]:
    """FUNCTION as a command: Typer sees every parameter but ``out``, which is the run's
    standard output; ``language`` falls back to a --lang given before the command, and the
    command's own -C is read inside a -C given before it (as git reads ``git -C a -C b``)."""
    signature = inspect.signature(function, eval_str=True)
    parameters = [p for p in signature.parameters.values() if p.name != "out"]
    takes_out = len(parameters) < len(signature.parameters)
    # The parameter declared as commands.options.Chdir, whatever the command calls it.
    chdir = next((p.name for p in parameters if p.annotation == Chdir), None)

    @functools.wraps(function)
    def command(**values: Any) -> int:
        if "language" in values and values["language"] is None:
            values["language"] = _run.get("language")
        outer = _run.get("chdir")
        if chdir is not None and outer is not None:
            inner = values[chdir]
            values[chdir] = outer if inner is None else in_folder(inner, outer)
        if chdir is not None and values[chdir] is not None:
            _must_be_a_folder(values[chdir])
        if takes_out:
            values["out"] = _stdout()
        return function(**values)

    # Typer reads the signature; inspect honours __signature__ before __wrapped__. Typer reads
    # the annotations too (typing.get_type_hints): these are the ones already evaluated above,
    # so that the command's annotations are not compiled from their text a second time.
    command.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    command.__annotations__ = {
        **{parameter.name: parameter.annotation for parameter in parameters},
        "return": signature.return_annotation,
    }
    return command


def build_command(name: str, t: Translator) -> Any:
    """The Click command NAME of :data:`COMMANDS`, every text of it in T's language."""
    target = _load(COMMANDS[name])
    app = typer.Typer(
        add_completion=False,
        rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    if callable(target):
        app.command(name, help=t(f"cli.{name}.help"), cls=Command)(_bound(target))
    else:
        app = typer.Typer(
            name=name,
            help=t(f"cli.{name}.help"),
            no_args_is_help=True,
            add_completion=False,
            rich_markup_mode="rich",
            cls=Group,
            context_settings={"help_option_names": ["-h", "--help"]},
        )
        for sub, function in target.items():
            app.command(sub, help=t(f"cli.{name}.{sub}.help"), cls=Command)(_bound(function))
    command = typer.main.get_command(app)
    translate(command, t)
    command.name = name
    return command


def translate(command: Any, t: Translator) -> None:
    """Put the catalogue keys of COMMAND's parameters (help, placeholder) in T's language; a
    flag shows no placeholder, and each parameter stands in a panel with a title in T's
    language."""
    if getattr(command, "options_metavar", None):
        command.options_metavar = t("cli.metavar.options")
    for param in command.params:
        if isinstance(param.help, str) and param.help.startswith("cli."):
            param.help = t(param.help)
        if isinstance(param.metavar, str) and param.metavar.startswith("cli."):
            param.metavar = t(param.metavar)
        if isinstance(param, TyperOption) and param.metavar is None:
            param.metavar = _placeholder(param, t)
        argument = isinstance(param, TyperArgument)
        if argument:
            # The name column shows the argument's placeholder already; Typer would add its
            # type (<path>, <str>) beside it.
            param.display_type_rich = lambda ctx: None
        param.rich_help_panel = t("cli.panel.arguments" if argument else "cli.panel.options")
    for sub in getattr(command, "commands", {}).values():
        translate(sub, t)
        sub.rich_help_panel = t("cli.panel.commands")


def _placeholder(option: TyperOption, t: Translator) -> str | None:
    """A placeholder in T's language for an option that names none: nothing for a flag, Typer's
    list for a choice, else a word for its kind of value (Typer would show <path>, <str>)."""
    if option.is_flag:
        return ""
    described = option.type_descriptor
    if described.is_choice:
        return None
    if described.is_path:
        return t("cli.metavar.path")
    if described.is_ranged or described.annotation in (int, float):
        return t("cli.metavar.number")
    return t("cli.metavar.text")


def _show_version(ctx: typer.Context, value: bool) -> None:
    if value:
        typer.echo(version_text(_translator(ctx)))
        raise typer.Exit()


def root(
    version: Annotated[
        bool,
        typer.Option("--version", help="cli.opt.version", callback=_show_version, is_eager=True),
    ] = False,
    lang: Lang = None,
    chdir: Chdir = None,
) -> None:
    """--lang before the command counts for the command (after it, the command's own wins);
    -C before the command counts for every command that works in a folder, as the command's
    own -C does (``rules`` works in none)."""
    del version
    _run["language"] = lang
    _run["chdir"] = chdir


def build_app(t: Translator) -> Any:
    """The Click command of swlabel, with every text in T's language."""
    app = typer.Typer(
        name="swlabel",
        help=t("cli.help"),
        epilog=t("cli.epilog"),
        no_args_is_help=True,
        add_completion=False,
        rich_markup_mode="rich",
        cls=Commands,
        context_settings={"help_option_names": ["-h", "--help"]},
        # Typer's subcommand_metavar default is English.
        subcommand_metavar=t("cli.metavar.command"),
    )
    app.callback()(root)
    command = typer.main.get_command(app)
    translate(command, t)
    return command


def _say(text: str) -> None:
    """A line on standard error, through the mask (a message may quote a value from a file);
    a closed standard error is no reason to fail."""
    try:
        sys.stderr.write(mask.current().line(text) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _must_be_a_folder(folder: Path) -> None:
    """-C names the folder to work in, as in git: a missing folder or a file is an error, not
    a reason to create it (schema) or to fall back on another folder (norms)."""
    if not folder.exists():
        raise SwlabelError(msg("repo.missing_dir", path=folder.as_posix()))
    if not folder.is_dir():
        raise SwlabelError(msg("cli.chdir_not_a_folder", path=folder.as_posix()))


def _report_error(error: SwlabelError, t: Translator) -> None:
    for problem in error.problems:
        _say(format_problem(problem, t))
    _say(f"swlabel: {render(error.message, t)}")


# Patterns of Typer's English usage errors, compiled (by re, which keeps them) only when a run
# has a usage error to show: a run without one does not pay for them (#14, the benchmark).
_EXTRA = r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)$"
_REQUIRES = r"Option '(?P<option>[^']*)' requires (?:an argument|\d+ arguments)\.$"
# Typer's coercion says which value it refused: "Value error, 'extern' is not one of ..."
_NOT_ONE_OF = r"'(?P<value>[^']*)' is not one of "


def usage_message(error: Any, t: Translator) -> str:
    """ERROR (a usage error of Typer's Click) in T's language. Typer's Click writes its
    messages in English without gettext, so they are made again here from what the error
    carries."""
    if isinstance(error, (CliValueError, CliUsageError)):
        message = t(error.key, **error.values)
    elif isinstance(error, click_errors.NoSuchOption):
        message = t("cli.no_such_option", option=error.option_name)
        if error.possibilities:
            message += " " + t("cli.did_you_mean", options=", ".join(sorted(error.possibilities)))
    elif isinstance(error, click_errors.MissingParameter):
        hint = error.param.get_error_hint() if error.param is not None else ""
        key = "cli.missing_argument" if isinstance(error.param, TyperArgument) else "cli.missing"
        message = t(key, param=hint)
    elif isinstance(error, click_errors.BadParameter):
        param = error.param
        choices = getattr(getattr(param, "type_descriptor", None), "choices", None)
        hint = param.get_error_hint() if param is not None else ""
        from swlabel.load.dutch_input import choice_hint  # only a refused value pays for it

        given = re.search(_NOT_ONE_OF, error.message)
        meant = given and choice_hint(given.group("value"), tuple(map(str, choices or ())))
        if given and meant:  # '--route extern': name the value meant, as check does in a file
            text = msg("cli.bad_choice_suggestion", param=hint, suggestion=meant)
            message = render(text, t)
        elif choices:
            message = t("cli.bad_choice", param=hint, choices=", ".join(map(str, choices)))
        else:
            message = t("cli.bad_value", param=hint, message=error.message)
    elif match := re.match(_EXTRA, error.message):
        message = t("cli.extra_arguments", args=match.group("args"))
    elif match := re.match(_REQUIRES, error.message):
        message = t("cli.requires_value", option=match.group("option"))
    elif error.message == "Missing command.":
        message = t("cli.missing_command")
    else:
        message = error.message
    return message


def _show_usage_error(error: Any, t: Translator) -> None:
    ctx = getattr(error, "ctx", None)
    if ctx is not None:
        _say(ctx.get_usage())
        _say(t("cli.try_help", command=ctx.command_path))
    _say("swlabel: " + usage_message(error, t))


def _write_crash_log() -> Path:
    import traceback

    from swlabel.doors.files import write_crash_log

    return write_crash_log(
        f"swlabel {__version__}, Python {sys.version}\narguments: {sys.argv!r}\n\n"
        + traceback.format_exc()
    )


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
            command = build_app(t)
            result = command.main(args=args, prog_name="swlabel", standalone_mode=False, obj=t)
        finally:
            out.flush()
    except click_errors.NoArgsIsHelpError as error:
        # swlabel (or swlabel add) without a command: the help, as a usage error.
        _say(error.format_message())
        return EXIT_USAGE
    except click_errors.UsageError as error:
        _show_usage_error(error, t)
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
    except typer.TyperException as error:  # any other of Click's errors (a file it cannot open)
        _say(f"swlabel: {error}")
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
