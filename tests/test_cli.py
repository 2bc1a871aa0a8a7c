"""The command line: version, help language, and the exit-code table."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import Result, evidence
from swlabel import __version__

Repo = Callable[..., Path]
Run = Callable[..., Result]


def test_version_says_whether_the_c_loader_is_used(run: Run) -> None:
    import yaml

    result = run("--version")
    assert result.code == 0
    loader = "met de snelle C-lader (libyaml)" if yaml.__with_libyaml__ else "zonder C-lader"
    assert result.out.startswith(f"swlabel {__version__} (PyYAML {yaml.__version__}, {loader}")


def test_help_is_dutch_by_default_and_english_on_request(run: Run) -> None:
    dutch = run("--help")
    assert dutch.code == 0
    assert "Controleer het dossier" in dutch.out
    assert "Exitcodes: 0 geen fouten" in " ".join(dutch.out.split())
    english = run("check", "--help", "--lang", "en")
    assert english.code == 0
    assert "Reference date YYYY-MM-DD" in " ".join(english.out.split())


def test_help_follows_swlabel_lang(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWLABEL_LANG", "en")
    assert "Check the dossier" in run("--help").out


def test_a_mistyped_command_is_a_usage_error_that_suggests_the_right_one(run: Run) -> None:
    """Only the command being run is built; a name that is none of them keeps them all, so
    that the message can suggest the nearest."""
    result = run("chek", "--lang", "en")
    assert result.code == 2
    assert "No such command 'chek'. Did you mean 'check'" in " ".join(result.err.split())
    listing = run("--help")
    for command in ("init", "check", "report", "history", "add", "schema"):
        assert f" {command} " in listing.out


def test_bad_date_is_a_usage_error(small_repo: Repo, run: Run) -> None:
    result = run("check", small_repo(), "--as-of", "2026-02-30")
    assert result.code == 2
    assert "'2026-02-30' is geen datum; schrijf JJJJ-MM-DD" in " ".join(result.err.split())


def test_unknown_option_and_language_are_usage_errors(small_repo: Repo, run: Run) -> None:
    assert run("check", small_repo(), "--bogus").code == 2
    result = run("check", small_repo(), "--lang", "fr")
    assert result.code == 2
    assert "'fr' is geen ondersteunde taal" in " ".join(result.err.split())


def test_internal_error_exits_3_with_a_crash_log(
    small_repo: Repo, run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr("swlabel.checks.compute_coverage", explode)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = run("check", small_repo())
    assert result.code == 3
    assert "interne fout" in result.err
    assert "Traceback" not in result.err
    [log] = list(tmp_path.glob("swlabel-crash-*.log"))
    content = log.read_text(encoding="utf-8")
    assert "RuntimeError: kapot" in content
    assert log.as_posix() in result.err


def test_interrupt_exits_130(small_repo: Repo, run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("swlabel.checks.compute_coverage", interrupt)
    assert run("check", small_repo()).code == 130


def test_python_dash_m_and_meldingen_exit_code(small_repo: Repo) -> None:
    from conftest import evidence

    repo = small_repo({"evidence/1.1.md": evidence("1.1", status="compliant")})
    completed = subprocess.run(
        [sys.executable, "-m", "swlabel", "check", str(repo), "--as-of", "2026-11-01"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert completed.returncode == 1
    assert completed.stdout.startswith("evidence/1.1.md:3:9: SWL301 ")
    assert completed.stderr == ""


def test_readme_rule_table_is_generated_from_the_rules(run: Run) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- rules:start")
    table = readme[readme.index("\n", start) + 1 : readme.index("<!-- rules:end -->")]
    result = run("rules", "--markdown", "--lang", "en")
    assert result.code == 0
    assert table == result.out


def test_rules_lists_and_explains(run: Run) -> None:
    listing = run("rules")
    assert listing.code == 0
    assert "Actualiteit (SWL4xx)" in listing.out
    assert "  SWL401  fout         expired" in listing.out
    family = run("rules", "SWL5")
    assert family.code == 0
    assert "  SWL502  waarschuwing" in family.out
    one = run("rules", "SWL501")
    assert "SWL501 bsn: Burgerservicenummer (BSN)" in one.out
    assert re.findall(r"^SWL\d{3} ", one.out, re.MULTILINE) == ["SWL501 "]
    assert run("rules", "SWL999").code == 2


def test_a_broken_command_line_definition_is_an_internal_error_not_a_traceback(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tempfile

    def broken(t: object) -> None:
        raise AttributeError("'NoneType' object has no attribute 'isidentifier'")

    monkeypatch.setattr("swlabel.cli.app.build_app", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = run("check")
    assert result.code == 3
    assert "Traceback" not in result.err
    assert list(tmp_path.glob("swlabel-crash-*.log"))


# The command line's own words, each option's help, and one way to name the folder (#14, #15).

ENGLISH_WORDS = ("Usage", "Options", "Arguments", "Commands", "Show this message", "default:")
PLACEHOLDERS = ("<bool>", "<str>", "<path>", "<text>", "<int>", "<float>")


def _command_lines() -> list[tuple[str, ...]]:
    from swlabel.cli.app import COMMANDS, build_command
    from swlabel.i18n import Translator

    lines: list[tuple[str, ...]] = [()]
    for name in COMMANDS:
        command = build_command(name, Translator("nl"))
        subcommands = getattr(command, "commands", {})
        lines += [(name, sub) for sub in subcommands] if subcommands else [(name,)]
    return lines


@pytest.mark.parametrize("words", _command_lines(), ids=lambda words: " ".join(words) or "swlabel")
def test_help_speaks_dutch_or_english_and_shows_no_type_placeholders(
    run: Run, words: tuple[str, ...]
) -> None:
    dutch = run(*words, "--help")
    assert dutch.code == 0, dutch.err
    assert dutch.out.lstrip().startswith("Gebruik: swlabel")
    assert "Toon deze hulp en stop." in dutch.out
    assert "Opties" in dutch.out
    for english in ENGLISH_WORDS:
        assert english not in dutch.out, english
    english = run(*words, "--help", "--lang", "en")
    assert english.out.lstrip().startswith("Usage: swlabel")
    assert "Show this help and exit." in english.out
    for shown in (dutch.out, english.out):
        for placeholder in PLACEHOLDERS:
            assert placeholder not in shown, placeholder


def test_defaults_and_required_options_are_marked_in_the_language(run: Run) -> None:
    dutch = " ".join(run("check", "--help").out.split())
    assert "[standaard: text]" in dutch
    # (add document and add action ask for a missing --id or --title in a terminal)
    assert "[verplicht]" in " ".join(run("add", "toetsing", "--help").out.split())
    assert "[required]" in " ".join(run("add", "toetsing", "--help", "--lang", "en").out.split())


def test_a_flag_shows_no_placeholder(run: Run) -> None:
    lines = run("check", "--help").out.splitlines()
    [quiet] = [line for line in lines if "--quiet" in line]
    assert quiet.split(" -q ", 1)[1].split()[0] == "Toon"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_option_of_every_command_has_its_own_help(language: str) -> None:
    """What it is, in the language; never the old 'see the README' for every field."""
    from swlabel.cli.app import COMMANDS, build_command
    from swlabel.i18n import Translator

    t = Translator(language)
    commands = []
    for name in COMMANDS:
        command = build_command(name, t)
        subcommands = getattr(command, "commands", {})
        commands += list(subcommands.values()) if subcommands else [command]
    for command in commands:
        helps = {}
        for param in command.get_params(_context(command, t)):
            text = param.help or ""
            assert text and not text.startswith("cli."), (command.name, param.name)
            assert "the README or in the file itself" not in text, (command.name, param.name)
            assert "in de README of in het bestand zelf" not in text, (command.name, param.name)
            helps[param.name] = text
        assert len(set(helps.values())) == len(helps), (command.name, helps)


def _context(command: Any, t: Any) -> Any:
    from typer._click import Context

    return Context(command, obj=t)


def _words(text: str) -> str:
    """TEXT without the help's frame and line breaks."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", text).split())


def test_add_options_say_format_values_and_an_example(run: Run) -> None:
    document = _words(run("add", "document", "--help").out)
    assert "Datum van het document (JJJJ-MM-DD), bijvoorbeeld 2026-03-12." in document
    action = _words(run("add", "action", "--help").out)
    assert "open (standaard), in_progress (loopt), done (klaar) of cancelled (vervallen)" in action
    audit = _words(run("add", "toetsing", "--help", "--lang", "en").out)
    assert "external (external audit, default) or peer (peer review)" in audit


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (("check", "--bogus"), "onbekende optie --bogus.", "no such option --bogus."),
        (
            ("check", "--format", "xml"),
            "ongeldige waarde voor '--format' / '-f': kies uit text, json, github, junit, auto.",
            "invalid value for '--format' / '-f': choose from text, json, github, junit, auto.",
        ),
        (("calendar",), "de optie '--output' / '-o' ontbreekt.", "the option '--output' / '-o'"),
        (("check", ".", "x", "y"), "te veel argumenten: x y.", "too many arguments: x y."),
        (("check", "--as-of"), "de optie --as-of heeft een waarde nodig.", "needs a value"),
        (("add", "toetsing"), "de optie '--date' ontbreekt.", "the option '--date' is missing."),
    ],
)
def test_usage_errors_in_the_language(
    run: Run, args: tuple[str, ...], dutch: str, english: str
) -> None:
    result = run(*args)
    assert result.code == 2
    assert f"swlabel: {dutch}" in result.err
    assert "Usage" not in result.err and "Error" not in result.err
    assert english in run("--lang", "en", *args).err


def test_lang_before_or_after_the_command(small_repo: Repo, run: Run) -> None:
    repo = small_repo()
    before = run("--lang", "en", "status", repo)
    after = run("status", repo, "--lang", "en")
    assert before.code == after.code == 0
    assert before.out == after.out
    assert "Coverage" in before.out
    assert "Dekking" in run("status", repo).out


@pytest.mark.parametrize("command", ["check", "status", "interviews", "norms"])
def test_every_command_takes_the_folder_with_dash_c(
    small_repo: Repo, run: Run, command: str
) -> None:
    repo = small_repo()
    with_c = run(command, "-C", repo, "--lang", "en")
    assert with_c.out.strip(), with_c.err
    if command != "norms":  # norms takes a norm id as its argument, the folder only with -C
        assert with_c.out == run(command, repo, "--lang", "en").out
        # As git reads a path after -C: the argument is relative to -C's folder.
        assert with_c.out == run(command, "-C", repo.parent, repo.name, "--lang", "en").out


@pytest.mark.parametrize("command", ["check", "status", "interviews", "todo"])
def test_dash_c_before_a_command_that_takes_a_folder_argument(
    small_repo: Repo, run: Run, command: str
) -> None:
    """As git reads it (#15): -C before the command is the same -C as after it, and a folder
    argument or a second -C is read inside it."""
    repo = small_repo()
    args = (command, "--as-of", "2026-11-01", "--lang", "en")
    expected = run(*args, repo)
    assert expected.out.strip(), expected.err
    assert run("-C", repo, *args) == expected
    assert run("-C", repo.parent, *args, repo.name) == expected
    assert run("-C", repo.parent, *args, "-C", repo.name) == expected
    assert run("--dir", repo.parent, *args, "--dir", repo.name) == expected
    # An absolute folder after the command stands on its own, as in git.
    assert run("-C", repo.parent / "elsewhere", *args, "-C", repo) == expected


@pytest.mark.parametrize(
    "args",
    [
        ("schema",),
        ("norms", "1.1"),
        ("check",),
        ("status",),
        ("todo",),
        ("export", "--output", "w.xlsx"),
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("where", ["before", "after"])
def test_dash_c_must_name_an_existing_folder(
    small_repo: Repo, run: Run, tmp_path: Path, args: tuple[str, ...], where: str
) -> None:
    """-C names the folder to work in, as in git: a missing one is not created (schema wrote
    its files there) nor replaced by the bundled norm set (norms), and a file is no folder."""
    missing = tmp_path / "bestaat-niet"
    a_file = small_repo() / "swlabel.yaml"
    for target, said in (
        (missing, "swlabel: de map {path} bestaat niet\n"),
        (a_file, "swlabel: {path} is geen map; geef na -C de map van het dossier\n"),
    ):
        line = ("-C", target, *args) if where == "before" else (*args, "-C", target)
        result = run(*line)
        assert result.code == 2, result.out
        assert result.err == said.format(path=target.as_posix()), result.err
    assert not missing.exists()


@pytest.mark.parametrize(
    "args", [("norms",), ("norms", "1.1"), ("history",), ("diff", "HEAD")], ids=" ".join
)
def test_dash_c_before_a_command_that_takes_the_folder_only_with_dash_c(
    small_repo: Repo, run: Run, args: tuple[str, ...]
) -> None:
    from conftest import run_git

    repo = small_repo()
    run_git(repo, "init", "-q")
    run_git(repo, "add", ".")
    run_git(repo, "commit", "-q", "-m", "start")
    expected = run(*args, "-C", repo, "--lang", "en")
    assert expected.code == 0, expected.err
    assert expected.out.strip()
    assert run("-C", repo, *args, "--lang", "en") == expected
    assert run("-C", repo.parent, *args, "-C", repo.name, "--lang", "en") == expected


def test_dash_c_before_a_command_that_writes(small_repo: Repo, run: Run, tmp_path: Path) -> None:
    """report writes the same dossier, and add writes into the register of -C's folder."""
    repo = small_repo({"register.yaml": "documents: []\n"})
    report = ("report", "--as-of", "2026-11-01", "--format", "md", "--output")
    assert run(*report, tmp_path / "a.md", repo).code == 0
    assert run("-C", repo, *report, tmp_path / "b.md").code == 0
    assert (tmp_path / "a.md").read_bytes() == (tmp_path / "b.md").read_bytes()
    added = run(
        "-C", repo, "add", "document", "--id", "rie", "--title", "RI&E", "--path", "rie.pdf"
    )
    assert added.code == 0, added.err
    assert "  - id: rie\n" in (repo / "register.yaml").read_text(encoding="utf-8")


def test_dash_c_before_a_command_that_works_in_no_folder(run: Run) -> None:
    """rules reads no dossier: -C before it changes nothing (an alias with -C keeps working)."""
    assert run("-C", "no-such-folder", "rules") == run("rules")


def test_help_says_dash_c_goes_before_or_after_the_command(run: Run) -> None:
    assert "--dir -C MAP Werk in deze map, zoals git -C" in _words(run("--help").out)
    assert "(swlabel -C mijndossier check)" in _words(run("--help").out)
    assert "(swlabel -C mydossier check)" in _words(run("--help", "--lang", "en").out)


def test_dash_c_before_the_command_names_a_missing_folder(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nergens"
    result = run("-C", missing, "check")
    assert result.code == 2
    assert result.err == run("check", "-C", missing).err
    assert str(missing) in result.err


def test_diff_reads_a_folder_as_the_dossier_not_as_a_second_revision(
    small_repo: Repo, run: Run
) -> None:
    from conftest import run_git

    repo = small_repo()
    run_git(repo, "init", "-q")
    run_git(repo, "add", ".")
    run_git(repo, "commit", "-q", "-m", "start")
    folder = run("diff", "HEAD", repo, "--lang", "en")
    assert folder.code == 0, folder.err
    assert folder.out == run("diff", "HEAD", "-C", repo, "--lang", "en").out
    assert "working tree" in folder.out


def test_a_run_builds_only_its_own_command(small_repo: Repo) -> None:
    """Typer turns every command into a Click command on each start; swlabel imports and
    builds only the one a run names (the others cost more than checking a small dossier)."""
    code = (
        "import sys\n"
        "from swlabel.cli.app import main\n"
        f"main(['check', {str(small_repo())!r}])\n"
        "print(sorted(m for m in sys.modules if m.startswith('swlabel.commands.')))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    loaded = completed.stdout.strip().splitlines()[-1]
    assert loaded == str(
        ["swlabel.commands.check", "swlabel.commands.common", "swlabel.commands.options"]
    )


def test_the_console_script_imports_with_the_collector_off() -> None:
    """A run's imports build many long-lived objects and hardly a cycle: the cyclic collector
    is off from the start of the console script (#14: 4% of check on the example), as main()
    keeps it off during the run."""
    code = (
        "import gc, sys\n"
        "from swlabel.cli import entry\n"
        "seen = []\n"
        "class Watch:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'swlabel.cli.app':\n"
        "            seen.append(gc.isenabled())\n"
        "sys.meta_path.insert(0, Watch())\n"
        "sys.argv = ['swlabel', '--version']\n"
        "code = entry.run()\n"
        "print(gc.isenabled(), seen, code)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert completed.stdout.splitlines()[-1] == "False [False] 0", completed.stderr


def test_the_console_script_leaves_the_run_s_objects_to_the_end_of_the_process(
    small_repo: Repo,
) -> None:
    """Python's last cyclic collection at exit would walk every object of the run (a sixth of
    check on the example, #14): the console script freezes them once the run is done, after
    it has said everything (exit code and output as before)."""
    code = (
        "import gc, sys\n"
        "from swlabel.cli import entry\n"
        f"sys.argv = ['swlabel', 'check', {str(small_repo())!r}, '--as-of', '2026-11-01']\n"
        "code = entry.run()\n"
        "print(code, gc.get_freeze_count() > 10_000)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert completed.stdout.splitlines()[-2:] == ["Geen meldingen.", "0 True"], completed.stderr


def test_check_imports_none_of_the_report_machinery(small_repo: Repo) -> None:
    """check needs no templates, Markdown, rich, workbook or docx: they would cost a check of
    a small dossier more than its own work (#14, the benchmark)."""
    code = (
        "import sys\n"
        "from swlabel.cli.app import main\n"
        f"main(['check', {str(small_repo())!r}])\n"
        "heavy = ('jinja2', 'markdown_it', 'rich', 'openpyxl', 'docx',\n"
        "         'swlabel.output.report_view')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m in heavy))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert completed.stdout.strip().splitlines()[-1] == "[]", completed.stderr


def test_check_of_a_valid_dossier_imports_only_what_it_uses(small_repo: Repo) -> None:
    """A check that writes no file and refuses no value needs neither the writer
    (doors.files) nor the Dutch readings of a refused date or choice (load.dutch_input):
    each is imported where it is used (#14, check's start-up against the Typer floor)."""
    code = (
        "import sys\n"
        "from swlabel.cli.app import main\n"
        f"code = main(['check', {str(small_repo())!r}, '--as-of', '2026-11-01'])\n"
        "unused = ('swlabel.doors.files', 'swlabel.load.dutch_input')\n"
        "print(code, [name for name in unused if name in sys.modules])\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert completed.stdout.strip().splitlines()[-1] == "0 []", completed.stderr


def test_what_check_imports_where_it_is_used_still_works(
    run: Callable[..., Result], small_repo: Repo, tmp_path: Path
) -> None:
    """The other side of the test above: a Dutch date on the command line still names the date
    meant, a wrong value in a file still names the value meant, and --output still writes
    check's own file with its marker, which the next run may replace."""
    repo = small_repo()
    refused = run("check", repo, "--as-of", "01-11-2026")
    assert refused.code == 2
    assert "'01-11-2026' is geen datum; bedoelde u 2026-11-01?" in refused.err
    output = tmp_path / "check.txt"
    for _ in range(2):
        written = run("check", repo, "--as-of", "2026-11-01", "--output", output)
        assert written.code == 0, written.err
    assert output.read_text(encoding="utf-8").splitlines()[-1].startswith("# swlabel check: ")
    wrong = small_repo({"evidence/2.1.md": evidence("2.1", status="voldoet")})
    assert (
        "evidence/2.1.md:3:9: SWL103 status: 'voldoet' is geen geldige waarde; "
        "gebruik compliant (voldoet)" in run("check", wrong, "--as-of", "2026-11-01").out
    )
