"""What every command that reads a repository does first."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from swlabel.errors import UsageError
from swlabel.files import write_atomic
from swlabel.i18n import Translator, pick_language
from swlabel.repository import CONFIG_FILE, Dossier, find_root, load_config, load_repository


def open_dossier(directory: Path, language: str | None) -> tuple[Dossier, Translator]:
    """Find the repository at or above DIRECTORY and load it, speaking the right language.

    --lang and SWLABEL_LANG win over the language in swlabel.yaml.
    """
    t = Translator(pick_language(language))
    root = find_root(directory, t)
    config = load_config(root, t)
    t = Translator(pick_language(language, config.language))
    return load_repository(root, t, config), t


def guard_output(dossier: Dossier, output: Path, t: Translator) -> None:
    """Refuse to write an output file over one of the dossier's own files."""
    target = output.resolve()
    own = {dossier.root / CONFIG_FILE, *(dossier.root / path for path in dossier.texts)}
    if target in {path.resolve() for path in own}:
        raise UsageError(t("output.own_file", path=output.as_posix()))
    if target.is_dir():
        raise UsageError(t("report.output_is_dir", path=output.as_posix()))


def write_output(path: Path, content: str | Iterable[str], t: Translator) -> None:
    """Write an output file atomically; a locked or read-only file is a message, not a crash."""
    try:
        write_atomic(path, content)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise UsageError(t("report.locked", path=path.as_posix(), reason=reason)) from None


@contextmanager
def progress(total: int, minimum: int, label: str) -> Iterator[Callable[[], None] | None]:
    """A progress bar on standard error for TOTAL steps, only on a terminal and only from
    MINIMUM steps on (below that the work is done before a bar is worth drawing); yields the
    function that advances it, or None."""
    if total < minimum or not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)
