"""``swlabel schema``: write the JSON Schemas of the files an organisation edits, for editors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from swlabel.errors import EXIT_OK, UsageError
from swlabel.files import write_atomic
from swlabel.i18n import Translator, pick_language
from swlabel.schemas import MARKER, build_schemas, schema_text

DEFAULT_FOLDER = "schemas"


def is_generated(path: Path) -> bool:
    """Whether PATH is a schema swlabel wrote earlier (and so may be replaced)."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    comment = data.get("$comment") if isinstance(data, dict) else None
    return isinstance(comment, str) and comment.startswith(MARKER)


def schema(*, out: TextIO, output: Path | None = None, language: str | None = None) -> int:
    """Write one JSON Schema per kind of file into OUTPUT (default: ./schemas).

    A file that is there already is replaced only when swlabel wrote it; otherwise nothing is
    written at all.
    """
    t = Translator(pick_language(language))
    folder = Path(DEFAULT_FOLDER) if output is None else output
    if folder.exists() and not folder.is_dir():
        raise UsageError(t("schemas.not_a_directory", path=folder.as_posix()))
    targets = {folder / name: content for name, content in build_schemas(t).items()}
    for path in targets:
        if (path.exists() or path.is_symlink()) and not is_generated(path):
            raise UsageError(t("schemas.not_ours", path=path.as_posix()))
    for path, content in targets.items():
        write_atomic(path, schema_text(content))
        out.write(t("schemas.written", path=path.as_posix()) + "\n")
    return EXIT_OK
