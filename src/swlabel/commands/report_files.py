"""The report's packed outputs: the Word dossier (``--format docx``, ``--reference-docx``) and
the bundle for the toetser (``--bundle``). Both are zips, written whole through the one
writer (:func:`swlabel.doors.files.write_packed_for_reader`) after their maker put every text
through the run's mask. python-docx is imported only when a docx is asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from swlabel.doors import paths
from swlabel.doors.files import write_packed_for_reader
from swlabel.errors import EXIT_OK, UsageError
from swlabel.i18n import Translator
from swlabel.load.dossier import Dossier
from swlabel.output.report_view import ReportView

# A house-style document with a logo is a few MB; anything far larger is not one.
MAX_REFERENCE_BYTES = 50 << 20


def check_delivery(
    format_: str,
    output: Path | None,
    reference_docx: Path | None,
    bundle: Path | None,
    t: Translator,
) -> None:
    """Refuse options that do not go together, before anything is read or written."""
    if reference_docx is not None and format_ != "docx":
        raise UsageError(t("docx.reference_only_docx"))
    if format_ == "docx" and output is not None and str(output) == "-":
        raise UsageError(t("docx.not_stdout"))
    if bundle is None:
        return
    if format_ != "html":
        raise UsageError(t("bundle.not_with_format"))
    if output is not None:
        raise UsageError(t("bundle.not_with_output"))
    if str(bundle) == "-":
        raise UsageError(t("bundle.not_stdout"))


def read_reference(path: Path, t: Translator) -> bytes:
    """The bytes of the house-style document PATH, named on the command line: a regular file,
    read through the door (no pipe, no device)."""
    shown = path.as_posix()
    try:
        return paths.read_bytes(path.absolute().parent, path.name, max_bytes=MAX_REFERENCE_BYTES)
    except paths.Refused:
        reason = t("bundle.missing.not_a_file")
    except paths.TooLarge:
        reason = t("bundle.missing.too_large", limit=MAX_REFERENCE_BYTES >> 20)
    except OSError as error:
        reason = error.strerror or type(error).__name__
    raise UsageError(t("docx.reference_unreadable", path=shown, reason=reason))


def write_docx(
    view: ReportView, target: Path, t: Translator, reference: bytes | None, shown: Path | None
) -> None:
    """The Word dossier of VIEW to TARGET, in the house style of REFERENCE (named SHOWN)."""
    from swlabel.output.docx import DocxRefused, render_docx

    try:
        data = render_docx(view, t, reference=reference)
    except DocxRefused as refused:
        path = (shown or Path()).as_posix()
        raise UsageError(t("docx.reference_refused", path=path, detail=str(refused))) from None
    write_packed_for_reader(target, data)


def write_bundle(
    view: ReportView,
    dossier: Dossier,
    target: Path,
    t: Translator,
    out: TextIO,
    html: Callable[[ReportView], Iterator[str]],
    *,
    toetser: bool,
) -> int:
    """The bundle of VIEW (built with the repository's root as its folder) to TARGET: the HTML
    dossier (HTML renders it) with the documents it cites; for the toetser without paths and
    codes, its links into the zip kept."""
    from swlabel.output import bundle
    from swlabel.output.toetser import for_toetser

    planned = bundle.plan(view, dossier, t)
    shown = for_toetser(planned.view, keep_document_links=True) if toetser else planned.view
    try:
        write_packed_for_reader(target, bundle.pack(planned, html(shown), dossier.root, t))
    except (paths.Refused, paths.TooLarge, OSError) as error:
        # A document changed between the look and the read.
        raise UsageError(
            t("files.write_failed", path=target.as_posix(), reason=str(error))
        ) from None
    count = len(planned.documents)
    out.write(t.plural("bundle.written", count, path=target.as_posix()) + "\n")
    return EXIT_OK
