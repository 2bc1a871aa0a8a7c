"""The floor: the least any tool must do to check an evidence repository, as one process.

It starts Python, imports Typer and pydantic's ``BaseModel`` (the libraries a command line
with validated models pays for at start-up), then reads the same files swlabel reads and
parses every YAML text in them with PyYAML's C loader (``yaml.CBaseLoader``: libyaml, every
scalar kept as text, as swlabel does):

* every ``.yaml``/``.yml`` file in the repository outside hidden folders (``swlabel.yaml``,
  the norm set when it is a file of the repository, ``evidence/*.yaml``, ``register.yaml``,
  ``register/*.yaml``, ``improvement-plan.yaml``);
* the front matter of every ``evidence/*.md``, split off at the ``---`` lines;
* the bundled norm set named with ``--normset`` (the example uses swlabel's own);
* the other text files swlabel scans for a BSN (``.md``, ``.txt``, ``.csv``) are read and
  decoded, not parsed.

It validates nothing, locates nothing and writes one line. Usage::

    python benchmarks/floor.py REPO [--normset PATH]

The second floor, ``--typer``, does the same work as the one command of a Typer app that takes
check's kinds of options (a folder as argument, -C, a date parsed by a callable, a choice, an
output file, flags, repeatable codes checked by a callback, a percentage in a range, --lang),
as ``swlabel check`` is run: Typer builds the command, parses the options and, since Typer
0.29, coerces them through pydantic when the command runs. That is the least a Typer command
line pays before its own work::

    python benchmarks/floor.py --typer REPO [--normset PATH] [--as-of DATE]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer  # the first floor imports it for its cost; the second runs a command with it
import yaml
from pydantic import BaseModel  # noqa: F401 - imported for its cost, as the models do

YAML_SUFFIXES = (".yaml", ".yml")
TEXT_SUFFIXES = (".md", ".txt", ".csv")


def front_matter(text: str) -> str:
    """The YAML between the first two ``---`` lines of a Markdown file ('' when there is none)."""
    if not text.startswith("---"):
        return ""
    end = text.find("\n---", 3)
    return text[3:end] if end >= 0 else ""


def files(root: Path) -> list[Path]:
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        found += [Path(folder) / name for name in sorted(names)]
    return found


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    root = Path(argv[0])
    extra = [Path(argv[2])] if len(argv) > 2 and argv[1] == "--normset" else []
    parsed = read = 0
    for path in [*extra, *files(root)]:
        suffix = path.suffix.lower()
        if suffix not in YAML_SUFFIXES and suffix not in TEXT_SUFFIXES:
            continue
        text = path.read_bytes().decode("utf-8-sig")
        read += 1
        if suffix in YAML_SUFFIXES:
            yaml_text = text
        elif path.parent.name == "evidence" and path.parent.parent == root:
            yaml_text = front_matter(text)
        else:
            continue
        yaml.load(yaml_text, Loader=yaml.CBaseLoader)  # noqa: S506 - CBaseLoader builds no objects
        parsed += 1
    print(f"floor: {read} files read, {parsed} parsed")
    return 0


def parse_date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def codes(values: list[str] | None) -> list[str]:
    return [part.strip().upper() for value in values or [] for part in value.split(",")]


def typer_main(argv: list[str]) -> int:
    """main() as the one command of a Typer app with check's kinds of options."""

    app = typer.Typer(add_completion=False, rich_markup_mode="rich")

    @app.command()
    def check(
        directory: Annotated[Path, typer.Argument(help="Folder.")] = Path(),
        chdir: Annotated[Path | None, typer.Option("--dir", "-C", help="Work here.")] = None,
        normset: Annotated[Path | None, typer.Option("--normset", help="Norm set.")] = None,
        as_of: Annotated[
            dt.date | None, typer.Option("--as-of", help="Date.", parser=parse_date)
        ] = None,
        format_: Annotated[
            Literal["text", "json", "github", "junit", "auto"],
            typer.Option("--format", "-f", help="Format.", case_sensitive=False),
        ] = "text",
        output: Annotated[Path | None, typer.Option("--output", "-o", help="File.")] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Quiet.")] = False,
        strict: Annotated[bool, typer.Option("--strict", help="Strict.")] = False,
        select: Annotated[
            list[str] | None, typer.Option("--select", help="Codes.", callback=codes)
        ] = None,
        ignore: Annotated[
            list[str] | None, typer.Option("--ignore", help="Codes.", callback=codes)
        ] = None,
        min_coverage: Annotated[
            float | None, typer.Option("--min-coverage", min=0, max=100, help="Percent.")
        ] = None,
        force: Annotated[bool, typer.Option("--force", help="Force.")] = False,
        lang: Annotated[str | None, typer.Option("--lang", help="Language.")] = None,
    ) -> int:
        root = directory if chdir is None else chdir / directory
        return main([str(root), *(["--normset", str(normset)] if normset else [])])

    command = typer.main.get_command(app)
    result = command.main(args=argv, prog_name="floor", standalone_mode=False)
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--typer"]:
        sys.exit(typer_main(sys.argv[2:]))
    sys.exit(main(sys.argv[1:]))
