"""``swlabel schema``: write the JSON Schemas of the files an organisation edits, for editors."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Annotated, TextIO

import typer

from swlabel.commands.options import Chdir, Lang, in_folder
from swlabel.doors.files import check_output, write_for_reader
from swlabel.errors import EXIT_OK, UsageError
from swlabel.i18n import Translator, pick_language
from swlabel.output.schemas import build_schemas, schema_text

DEFAULT_FOLDER = "schemas"


def schema(
    *,
    out: TextIO,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", metavar="cli.metavar.folder", help="cli.opt.schema_output"),
    ] = None,
    chdir: Chdir = None,
    language: Lang = None,
) -> int:
    """Write one JSON Schema per kind of file into OUTPUT (default: ./schemas).

    A file that is there already is replaced only when swlabel wrote it; otherwise nothing is
    written at all.
    """
    t = Translator(pick_language(language))
    folder = in_folder(Path(DEFAULT_FOLDER) if output is None else output, chdir)
    try:
        is_folder = stat.S_ISDIR(folder.stat().st_mode)
    except OSError:
        is_folder = None  # missing (the writer makes it), or it cannot be looked at
    if is_folder is False:
        raise UsageError(t("schemas.not_a_directory", path=folder.as_posix()))
    targets = {folder / name: content for name, content in build_schemas(t).items()}
    # Every file is looked at before the first is written: all of them or none.
    for path in targets:
        check_output(path, force=False, not_ours="schemas.not_ours")
    for path, content in targets.items():
        write_for_reader(path, schema_text(content))
        out.write(t("schemas.written", path=path.as_posix()) + "\n")
    return EXIT_OK
