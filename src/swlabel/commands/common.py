"""What every command that reads a repository does first."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from swlabel.checks.privacy import known_bsns
from swlabel.doors import mask
from swlabel.errors import UsageError
from swlabel.i18n import Translator, pick_language, placeholders
from swlabel.load.dossier import CONFIG_FILE, Dossier, find_root, load_config, load_repository


def open_dossier(directory: Path, language: str | None) -> tuple[Dossier, Translator]:
    """Find the repository at or above DIRECTORY and load it, speaking the right language.

    --lang and SWLABEL_LANG win over the language in swlabel.yaml.
    """
    root = find_root(directory)
    config = load_config(root)
    t = Translator(pick_language(language, config.language))
    dossier = load_repository(root, config, placeholders(t))
    # From here on every output of the run masks the BSNs found anywhere in the repository.
    mask.learn(known_bsns(dossier))
    return dossier, t


def guard_output(
    dossier: Dossier,
    output: Path,
    t: Translator,
    *,
    force: bool,
    not_ours: str = "output.would_overwrite",
) -> None:
    """Refuse an output over one of the dossier's own files or a document it cites as evidence
    (whatever FORCE says), and
    whatever :func:`swlabel.doors.files.check_output` refuses: a link, a folder, a pipe or a device,
    and without FORCE a file swlabel did not write (NOT_OURS is that message's key)."""
    own = {
        dossier.root / CONFIG_FILE,
        *(dossier.root / path for path in dossier.texts),
        *(dossier.root / path for path in cited_paths(dossier)),
    }
    with suppress(OSError, RuntimeError):  # a loop of links: check_output says what it is
        if output.resolve() in {path.resolve() for path in own}:
            raise UsageError(t("output.own_file", path=output.as_posix()))
    # Imported here: the report's formats bring Jinja, markdown-it and the report's view model,
    # which check and the other commands that only read never need; the writer is needed only
    # by a run that writes a file (#14, the benchmark).
    from swlabel.doors.files import check_output
    from swlabel.output.report_formats import csv_headers

    check_output(output, force=force, not_ours=not_ours, csv_headers=csv_headers())


def cited_paths(dossier: Dossier) -> set[str]:
    """The paths of the documents the dossier cites (register and inline evidence)."""
    paths = {located.value.path for located in dossier.documents.values()}
    for record in dossier.evidence.values():
        paths.update(item.path for item in record.file.evidence)
    return {path.replace("\\", "/") for path in paths if path}


def write_output(path: Path, content: str | Iterable[str], t: Translator) -> None:
    """Write an output for a reader through the one writer: masked, atomically; a locked or
    read-only file or a full disk is a message, not a crash."""
    from swlabel.doors.files import write_for_reader  # only a run that writes a file needs it

    write_for_reader(path, content)


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
