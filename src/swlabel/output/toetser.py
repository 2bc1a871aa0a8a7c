"""``report --for toetser``: the dossier without what is only for the organisation.

The toetser judges the organisation's work, not its repository. Left out, in every format:

- **file paths**: the evidence file of each norm (and the date git last changed it), the links
  to documents in the repository (a document is still named; in the bundle its link points
  inside the zip instead), the path of a document in the JSON; web addresses stay;
- **rule codes and places**: no ``SWL…`` code and no ``file:line:column`` with a melding;
- **the technical meldingen**: those about the files rather than the dossier's content, the
  families SWL1xx (syntax and schema of a file), SWL2xx (references between files and to
  files in the repository) and SWL5xx (a BSN in a file: the organisation removes it, the
  toetser never sees it anyway). The meldingen of SWL3xx (the content of a self-assessment)
  and SWL4xx (what expired or is overdue) stay, as their sentence alone.

The counts of errors and warnings follow what is left. Made here once on the view model, so
every output (HTML, Markdown, Word, JSON, the bundle) leaves out the same; the report command
also leaves the technical meldingen out before the view is built, so that each rubriek's
verdict counts only what the toetser sees.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from swlabel.output.appendices import DocumentRow
from swlabel.output.report_view import (
    EvidenceRow,
    NormView,
    ProblemRow,
    ReportView,
)
from swlabel.problems import Level

__all__ = ["AUDIENCES", "TECHNICAL_FAMILIES", "for_toetser", "is_technical"]

# organisatie: everything (the default); toetser: see the module's docstring.
AUDIENCES = ("organisatie", "toetser")
TECHNICAL_FAMILIES = ("SWL1", "SWL2", "SWL5")


def is_technical(code: str) -> bool:
    """Whether a melding of rule CODE is about the files rather than the dossier's content."""
    return code.upper().startswith(TECHNICAL_FAMILIES)


def _is_path_link(href: str | None) -> bool:
    # links.link_for makes a document's path "./…" or "../…"; a web address keeps its scheme.
    return href is not None and href.startswith(("./", "../"))


def _problems(rows: Iterable[ProblemRow]) -> tuple[ProblemRow, ...]:
    return tuple(
        dataclasses.replace(row, location="", code="") for row in rows if not is_technical(row.code)
    )


def _evidence(row: EvidenceRow, keep: bool) -> EvidenceRow:
    if row.location.startswith(("http:", "https:", "mailto:")):
        return row
    href = row.href if keep or not _is_path_link(row.href) else None
    return dataclasses.replace(row, href=href, location="")


def _norm(norm: NormView, keep: bool) -> NormView:
    return dataclasses.replace(
        norm,
        evidence=tuple(_evidence(row, keep) for row in norm.evidence),
        problems=_problems(norm.problems),
        source_path="",
        last_changed="",
    )


def _document(row: DocumentRow, keep: bool) -> DocumentRow:
    return dataclasses.replace(row, href=None) if not keep and _is_path_link(row.href) else row


def for_toetser(view: ReportView, *, keep_document_links: bool = False) -> ReportView:
    """VIEW without file paths, rule codes and technical meldingen (see the module). With
    KEEP_DOCUMENT_LINKS the links to documents stay: the bundle's point inside the zip."""
    keep = keep_document_links
    problems = _problems(view.problems)
    errors = sum(1 for row in problems if row.level == Level.ERROR.value)
    rubrieken = tuple(
        dataclasses.replace(rubriek, norms=tuple(_norm(norm, keep) for norm in rubriek.norms))
        for rubriek in view.rubrieken
    )
    return dataclasses.replace(
        view,
        rubrieken=rubrieken,
        problems=problems,
        errors=errors,
        warnings=len(problems) - errors,
        documents=tuple(_document(row, keep) for row in view.documents),
        for_toetser=True,
    )
