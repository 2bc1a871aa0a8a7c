"""``swlabel report --bundle dossier.zip``: what goes to the toetser, in one file.

The zip holds the HTML dossier (``dossier.html``), every document it cites that lies in the
repository (each at its path in the repository), and a short list of its contents
(``inhoud.txt``, ``contents.txt`` in English) that also names the documents on the web, with
their address, and the cited documents that could not go in, with the reason.

Where the documents come from: only the dossier's own links decide (the view model's, made
by :func:`swlabel.output.links.link_for`, which makes no link to a path outside the
repository or one that holds a BSN). Each is read through :mod:`swlabel.doors.paths`, which
follows no link out of the repository and reads nothing but a regular file. A document that
cannot be included keeps its title in the dossier, without a link, so no link in the zip
leads nowhere. Entry names are the document's path as the dossier links it: relative, without
'..', each once (compared without case, as Windows and macOS unpack).

The dossier and the contents list pass through the run's mask; the documents are the
organisation's own files and go in byte for byte, as they would to the toetser by mail, except
a text document in which the privacy scan found a BSN (SWL501): no mask can reach into a copied
file, so it stays out and the contents list says why. (A PDF or Word file is not scanned; see
the README's limits.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote

from swlabel.domain import privacy
from swlabel.doors import paths
from swlabel.doors.files import ZIP_MARKER
from swlabel.doors.mask import current
from swlabel.i18n import Translator
from swlabel.load.dossier import Dossier
from swlabel.output.report_view import EvidenceRow, ReportView

__all__ = ["DOSSIER", "MAX_DOCUMENT_MB", "Bundle", "pack", "plan"]

DOSSIER = "dossier.html"
# A document larger than this is left out (and listed): a bundle is sent by mail or upload.
MAX_DOCUMENT_MB = 100


@dataclass(frozen=True)
class Bundle:
    """What goes into the zip: the view whose links point inside it, and per entry the
    document's path in the repository."""

    view: ReportView
    documents: dict[str, str]  # entry name → path in the repository
    web: tuple[tuple[str, str], ...]  # (title, address)
    missing: tuple[tuple[str, str], ...]  # (title, reason in words)
    # The text documents as they were read to look for a BSN: packed as read, so that what
    # was looked at is what goes in (and is not read twice).
    read: dict[str, bytes] = field(default_factory=dict)  # path in the repository → bytes


@dataclass
class _Planner:
    dossier: Dossier
    t: Translator
    documents: dict[str, str] = field(default_factory=dict)  # entry → path in the repository
    entries: dict[str, str | None] = field(default_factory=dict)  # path → its link, or None
    taken: dict[str, str] = field(default_factory=dict)  # casefolded entry → its link
    web: dict[str, str] = field(default_factory=dict)  # address → title
    missing: dict[str, str] = field(default_factory=dict)  # title → reason
    reasons: dict[str, str] = field(default_factory=dict)  # path → why it is not in the zip
    reserved: frozenset[str] = frozenset()  # the dossier's and the contents list's names
    read: dict[str, bytes] = field(default_factory=dict)  # text documents, as looked at
    # The text files in which the privacy scan found a BSN (SWL501): a document the dossier
    # cites is copied byte for byte, so no mask could take the number out of it.
    holding_bsn: frozenset[str] = frozenset()

    def href(self, title: str, href: str | None) -> str | None:
        """HREF as the bundle's dossier links it: a document of the repository inside the zip
        (or no link when it cannot go in), a web address as it is."""
        if href is None:
            return None
        if not href.startswith("./"):
            self.web.setdefault(href, title)
            return href
        relpath = unquote(href[2:])
        if relpath not in self.entries:
            self.entries[relpath] = self._admit(relpath)
        link = self.entries[relpath]
        if link is None:
            self.missing.setdefault(title, self.reasons[relpath])
        return link

    def _admit(self, relpath: str) -> str | None:
        """The link to RELPATH inside the zip, or None (and the reason kept) when it cannot go
        in."""
        reason = self._refusal(relpath)
        if reason:
            self.reasons[relpath] = reason
            return None
        parts = paths.inside_parts(relpath) or ()
        entry = "/".join(parts)
        # The same file written another way (case): one entry, every link to it.
        if entry.casefold() not in self.taken:
            self.documents[entry] = relpath
            self.taken[entry.casefold()] = "./" + "/".join(quote(part, safe="") for part in parts)
        return self.taken[entry.casefold()]

    def _refusal(self, relpath: str) -> str:
        """Why RELPATH cannot go into the zip, in words; '' when it can."""
        parts = paths.inside_parts(relpath)
        if not parts:
            return self.t("bundle.missing.outside")
        if "/".join(parts).casefold() in self.reserved:
            return self.t("bundle.missing.reserved")
        # Nothing in a name that the mask would change: the entry must be what the link says.
        if current().line(relpath) != relpath:
            return self.t("bundle.missing.bsn")
        if "/".join(parts) in self.holding_bsn:
            return self.t("bundle.missing.bsn_inside")
        try:
            info = paths.look(self.dossier.root, relpath)
        except paths.Refused as refused:
            return self.t(f"bundle.missing.{refused.reason}")
        except FileNotFoundError:
            return self.t("bundle.missing.missing")
        except OSError as error:
            return self.t("bundle.missing.unreadable", reason=error.strerror or str(error))
        if not stat.S_ISREG(info.st_mode):
            return self.t("bundle.missing.not_a_file")
        if info.st_size > MAX_DOCUMENT_MB << 20:
            return self.t("bundle.missing.too_large", limit=MAX_DOCUMENT_MB)
        if self._holds_bsn(relpath):
            return self.t("bundle.missing.bsn_inside")
        return ""

    def _holds_bsn(self, relpath: str) -> bool:
        """Whether the text document RELPATH holds a number the mask hides in every other
        output: one the privacy scan found in it, or a BSN found anywhere in the repository
        (the mask knows those everywhere). A PDF or Word file cannot be read here."""
        if Path(relpath).suffix.lower() not in privacy.TEXT_SUFFIXES:
            return False
        try:
            raw = paths.read_bytes(self.dossier.root, relpath, max_bytes=MAX_DOCUMENT_MB << 20)
        except (OSError, paths.Refused, paths.TooLarge):
            return False  # pack() reads it again and says why it cannot
        self.read[relpath] = raw
        return current().holds_bsn(privacy.decode_any(raw))


def plan(view: ReportView, dossier: Dossier, t: Translator) -> Bundle:
    """The bundle of VIEW, a view built with the repository's root as its folder (so that a
    document's link is ``./`` and its path): every document link rewritten to point inside
    the zip, or taken away when the document cannot go in."""
    planner = _Planner(
        dossier,
        t,
        reserved=frozenset({DOSSIER, t("bundle.index_name")}),
        holding_bsn=frozenset(found.relpath for found in privacy.scan(dossier)),
    )

    def row(evidence: EvidenceRow) -> EvidenceRow:
        return dataclasses.replace(evidence, href=planner.href(evidence.title, evidence.href))

    rubrieken = tuple(
        dataclasses.replace(
            rubriek,
            norms=tuple(
                dataclasses.replace(norm, evidence=tuple(row(item) for item in norm.evidence))
                for norm in rubriek.norms
            ),
        )
        for rubriek in view.rubrieken
    )
    documents = []
    for doc in view.documents:
        located = dossier.documents.get(doc.id)
        if doc.href is None and located is not None and located.value.path:
            # link_for made no link: the path leaves the repository or holds a BSN.
            inside = paths.inside_parts(located.value.path)
            reason = t("bundle.missing.bsn" if inside else "bundle.missing.outside")
            planner.missing.setdefault(doc.title, reason)
        documents.append(dataclasses.replace(doc, href=planner.href(doc.title, doc.href)))
    bundled = dataclasses.replace(view, rubrieken=rubrieken, documents=tuple(documents))
    return Bundle(
        view=bundled,
        documents=planner.documents,
        web=tuple((title, href) for href, title in planner.web.items()),
        missing=tuple(sorted(planner.missing.items())),
        read=planner.read,
    )


def _index(bundle: Bundle, t: Translator) -> str:
    view = bundle.view
    none = f"  {t('bundle.none')}"
    lines = [
        t("bundle.index_title", organisation=view.organisation),
        "",
        t("bundle.index_dossier", name=DOSSIER),
        "",
        t("bundle.index_documents"),
        *([f"  {entry}" for entry in sorted(bundle.documents)] or [none]),
        "",
        t("bundle.index_web"),
        *([f"  {title}: {address}" for title, address in bundle.web] or [none]),
    ]
    if bundle.missing:
        lines += ["", t("bundle.index_missing")]
        lines += [f"  {title}: {reason}" for title, reason in bundle.missing]
    return current().block("\r\n".join(lines) + "\r\n")


class _Sink:
    """Where zipfile writes: collects what it wrote until :meth:`take` hands it on. It has no
    tell(), so zipfile writes the zip as a stream (data descriptors), never seeking back."""

    def __init__(self) -> None:
        self.pieces: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.pieces.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self.pieces)
        self.pieces.clear()
        return data


def pack(bundle: Bundle, dossier_html: Iterable[str], root: Path, t: Translator) -> Iterator[bytes]:
    """The zip of BUNDLE in pieces, as it is packed (a large bundle is never held whole): the
    dossier (DOSSIER_HTML, masked here), the contents list, then each document, read from
    ROOT through the door. Entries carry the reference date as their date, so the same
    dossier gives the same zip."""
    day = dt.date.fromisoformat(bundle.view.as_of)
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    sink = _Sink()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:  # type: ignore[call-overload]

        def entry(name: str) -> zipfile.ZipInfo:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            return info

        # The dossier whole (a few MB for the largest): the documents are what is large.
        page = "".join(current().stream(dossier_html))
        archive.writestr(entry(DOSSIER), page.encode("utf-8"))
        yield sink.take()
        archive.writestr(entry(t("bundle.index_name")), _index(bundle, t).encode("utf-8"))
        yield sink.take()
        for name, relpath in sorted(bundle.documents.items()):
            data = bundle.read.get(relpath)
            if data is None:
                data = paths.read_bytes(root, relpath, max_bytes=MAX_DOCUMENT_MB << 20)
            archive.writestr(entry(name), data)
            yield sink.take()
        archive.comment = ZIP_MARKER
    yield sink.take()
