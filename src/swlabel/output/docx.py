"""The dossier as a Word document (``swlabel report --format docx``), for the board and the
toetser.

It is made from the same view model as the HTML and Markdown dossiers
(:class:`swlabel.output.report_view.ReportView`, built with the narratives left as Markdown) and
shows the same content: Word's own heading styles (rubriek = Heading 1, norm = Heading 2, the
parts of a norm = Heading 3), so the navigation pane and the table of contents work; a TOC
field that Word fills when the document is opened; real tables whose header row repeats on
every page; the page number in the footer (a PAGE field); every status in words, colour only
beside it.

Every text that goes into the document passes :func:`_shown`: the run's mask (no BSN, no
control or invisible character) and then whatever XML cannot hold. A link is made only where
the view model made one (:func:`swlabel.output.links.link_for`: never a target that holds a
BSN, never a scheme but http, https or mailto).

python-docx is imported here only, and this module only when a docx is asked for, so the
start-up of ``check`` does not pay for it.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import docx
from docx.enum.text import WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.part import Part, PartFactory, XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.package import Package
from docx.shared import Mm, Pt, RGBColor
from markdown_it.tree import SyntaxTreeNode

from swlabel.doors.files import ZIP_MARKER
from swlabel.doors.mask import REPLACEMENT, current
from swlabel.i18n import Translator
from swlabel.output.markdown import narrative_tree

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from swlabel.output.report_view import NormView, ProblemRow, ReportView

__all__ = ["DocxRefused", "render_docx"]


# What XML 1.0 cannot hold at all (lxml refuses it): the mask already shows the controls as
# U+FFFD, this catches the rest (U+FFFE, U+FFFF).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# The colour beside each status word (never the only carrier), as in the HTML dossier.
_STATUS_COLOURS = {
    "compliant": RGBColor(0x1B, 0x7F, 0x3B),
    "partially_compliant": RGBColor(0xA0, 0x62, 0x00),
    "non_compliant": RGBColor(0xB3, 0x26, 0x1E),
    "not_applicable": RGBColor(0x5F, 0x63, 0x68),
    "not_assessed": RGBColor(0x5F, 0x63, 0x68),
}
_STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Quote", "Table Grid")
# A Word bookmark name: letters, digits and '_', starting with a letter, at most 40 long.
_BOOKMARK_UNSAFE = re.compile(r"[^A-Za-z0-9_]")


class DocxRefused(Exception):
    """The reference document (``--reference-docx``) is no Word document python-docx reads;
    its text says in the user's language what the file is instead."""


def _shown(text: str, *, block: bool = False) -> str:
    """TEXT as it may go into the document: through the run's mask, then XML-safe."""
    mask = current()
    masked = mask.block(text) if block else mask.line(text)
    return _NOT_XML.sub(REPLACEMENT, masked)


def _property(text: str) -> str:
    # A document property holds at most 255 characters (python-docx refuses more).
    return _shown(text)[:255]


def _target(href: str) -> str:
    """A link's target as a relationship holds it: no space, control or non-ASCII character."""
    return quote(href, safe=":/?#[]@!$&'()*+,;=%~")


def bookmark(anchor: str) -> str:
    """The Word bookmark for an HTML anchor of the view model ('norm-1-10' → 'norm_1_10')."""
    return ("b_" + _BOOKMARK_UNSAFE.sub("_", anchor))[:40]


# --- the document and its styles ------------------------------------------------------------


@lru_cache(maxsize=1)
def _default_styles() -> Any:
    return docx.Document().styles


def _open(reference: bytes | None, t: Translator) -> Document:
    """A new document, or the organisation's REFERENCE with its body emptied: its styles,
    sections, headers, footers and logo stay, the text of its headers, footers, notes, comments
    and properties masked, its thumbnail left out. A
    style the dossier needs that REFERENCE lacks (Word writes only the styles a document uses)
    is copied from python-docx's template."""
    if reference is None:
        document = docx.Document()
        # python-docx's template is US Letter; a Dutch dossier prints on A4.
        for section in document.sections:
            section.page_width, section.page_height = Mm(210), Mm(297)
            section.left_margin = section.right_margin = Mm(25)
        return document
    document = _reference_document(reference, t)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _mask_headers_and_footers(document)
    _mask_the_rest(document)
    _drop_document_variables(document)
    names = {style.name for style in document.styles}
    for name in _STYLES:
        if name not in names:
            document.styles.element.append(copy.deepcopy(_default_styles()[name].element))
    return document


# The main part's content type of an Office file that is no Word document (python-docx refuses
# it in English with the repr of our buffer): what the user is told it is instead.
_OTHER_OFFICE = (
    ("spreadsheetml", "docx.refused.excel"),
    ("presentationml", "docx.refused.powerpoint"),
    ("wordprocessingml", "docx.refused.word_other"),
)


def _reference_document(reference: bytes, t: Translator) -> Document:
    """REFERENCE opened as a Word document, or :class:`DocxRefused` saying in T's language what
    the file is instead."""
    # The parts whose text is masked in place are read as XML parts, which write their tree
    # back when the document is saved, whatever content type the file gives them: python-docx
    # reads footnotes, endnotes and the extended properties as raw bytes otherwise.
    # PartFactory.part_class_selector is python-docx's documented hook for this, set only
    # while the reference is read.
    previous, PartFactory.part_class_selector = PartFactory.part_class_selector, _xml_part_for
    try:
        part = Package.open(io.BytesIO(reference)).main_document_part
    except Exception:  # no zip, a zip without an Office document in it, a damaged part
        key = (
            "docx.refused.damaged"
            if zipfile.is_zipfile(io.BytesIO(reference))
            else ("docx.refused.not_office")
        )
        raise DocxRefused(t(key)) from None
    finally:
        PartFactory.part_class_selector = previous
    if part.content_type != CT.WML_DOCUMENT_MAIN:
        key = next(
            (key for kind, key in _OTHER_OFFICE if kind in part.content_type),
            "docx.refused.not_office",
        )
        raise DocxRefused(t(key))
    return cast("Document", part.document)


def _mask_headers_and_footers(document: Document) -> None:
    """Every text of the reference's headers and footers (default, first page and even pages,
    of every section) through the run's mask: the organisation's house style can hold a BSN or
    a bidi override as well as any other file swlabel writes for a reader. A paragraph is
    masked as a whole, so that a number Word split over runs is found too; the runs keep their
    formatting, the pictures (the logo) their place."""
    kinds = (RELATIONSHIP_TYPE.HEADER, RELATIONSHIP_TYPE.FOOTER)
    for relation in document.part.rels.values():
        if relation.is_external or relation.reltype not in kinds:
            continue
        element = getattr(relation.target_part, "element", None)
        if element is None:
            continue
        paragraphs: dict[Any, list[Any]] = {}
        for text in element.iter(*_TEXTS):
            paragraph = next(text.iterancestors(qn("w:p")), None)
            paragraphs.setdefault(paragraph, []).append(text)
        for texts in paragraphs.values():
            _mask_paragraph(texts)
        for drawing in element.iter(qn("wp:docPr")):
            for name in ("descr", "title", "name"):
                value = drawing.get(name)
                if value:
                    drawing.set(name, _shown(value))


# Parts of a reference that hold its own text besides headers and footers: its notes and
# comments (left behind when the body is emptied), and its extended properties (company,
# manager). A thumbnail is a picture of the reference's first page: no mask can read it.
_NOTE_PARTS = (RELATIONSHIP_TYPE.FOOTNOTES, RELATIONSHIP_TYPE.ENDNOTES, RELATIONSHIP_TYPE.COMMENTS)
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
# The parts whose text is masked, read as XML parts (see _reference_document).
_MASKED = frozenset((*_NOTE_PARTS, RELATIONSHIP_TYPE.EXTENDED_PROPERTIES))
# Text of the reference no reader of the dossier needs, left out rather than masked: its
# custom properties, its glossary (building blocks), and custom XML data bound to it.
_LEFT_OUT = frozenset(
    (
        _THUMBNAIL,
        RELATIONSHIP_TYPE.CUSTOM_PROPERTIES,
        RELATIONSHIP_TYPE.GLOSSARY_DOCUMENT,
        RELATIONSHIP_TYPE.CUSTOM_XML,
    )
)


def _xml_part_for(content_type: str, reltype: str) -> type[Part] | None:
    """XmlPart for a part whose text is masked, unless python-docx knows a class of its own
    for it (an XML part too: comments); None lets python-docx choose."""
    known = PartFactory.part_type_for.get(content_type)
    if reltype in _MASKED and not (known is not None and issubclass(known, XmlPart)):
        return XmlPart
    return None


def _mask_the_rest(document: Document) -> None:
    """The reference's footnotes, endnotes and comments, paragraph by paragraph, and every text
    of its extended properties through the run's mask; its document variables, custom
    properties, glossary, custom XML and thumbnail left out."""
    rels = document.part.rels
    for rid, relation in list(rels.items()):
        if relation.reltype in _LEFT_OUT:
            rels.pop(rid)
            continue
        if relation.is_external or relation.reltype not in _NOTE_PARTS:
            continue
        paragraphs: dict[Any, list[Any]] = {}
        for text in _element(relation.target_part).iter(*_TEXTS):
            paragraph = next(text.iterancestors(qn("w:p")), None)
            paragraphs.setdefault(paragraph, []).append(text)
        for texts in paragraphs.values():
            _mask_paragraph(texts)
    package_rels = document.part.package.rels
    for rid, relation in list(package_rels.items()):
        if relation.reltype in _LEFT_OUT:
            package_rels.pop(rid)
        elif relation.reltype == RELATIONSHIP_TYPE.EXTENDED_PROPERTIES and not relation.is_external:
            for node in _element(relation.target_part).iter():
                if isinstance(node.tag, str) and node.text and node.text.strip():
                    node.text = _shown(node.text)


def _element(part: Any) -> Any:
    """The XML tree of PART, which the saved document is written from: an XML part (see
    _xml_part_for). A part read as raw bytes would keep its text unmasked: no silent way past."""
    return part.element


def _drop_document_variables(document: Document) -> None:
    # Document variables (w:docVars in the settings) are text a macro or a mail merge left in
    # the reference; nothing in the dossier uses them.
    settings = document.settings.element
    for variables in settings.findall(qn("w:docVars")):
        settings.remove(variables)


# The elements that hold a run's text: shown, deleted (tracked changes), and a field's code.
_TEXTS = tuple(qn(tag) for tag in ("w:t", "w:delText", "w:instrText", "w:delInstrText"))


def _mask_paragraph(texts: list[Any]) -> None:
    before = [text.text or "" for text in texts]
    joined = "".join(before)
    shown = _shown(joined)
    if shown == joined:
        return
    if len(shown) != len(joined):
        # The mask changed the length (a CR LF became one space): the runs' borders no longer
        # hold, so the first run shows the paragraph's text.
        pieces = [shown] + [""] * (len(texts) - 1)
    else:
        pieces, start = [], 0
        for piece in before:
            pieces.append(shown[start : start + len(piece)])
            start += len(piece)
    for text, piece in zip(texts, pieces, strict=True):
        text.text = piece


def _field(paragraph: Paragraph, instruction: str, placeholder: str = "") -> None:
    """A Word field (TOC, PAGE) in PARAGRAPH, showing PLACEHOLDER until Word updates it."""

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")
        return element

    paragraph.add_run()._r.append(char("begin"))
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    paragraph.add_run()._r.append(char("separate"))
    paragraph.add_run(_shown(placeholder))
    paragraph.add_run()._r.append(char("end"))


def _update_fields_on_open(document: Document) -> None:
    # Word then fills the table of contents (and the page numbers in it) when it opens the file.
    settings = document.settings.element
    element = settings.find(qn("w:updateFields"))
    if element is None:
        element = OxmlElement("w:updateFields")
        settings.append(element)
    element.set(qn("w:val"), "true")


def _footer(document: Document, t: Translator) -> None:
    """The page number in every section's footer, after what the reference put there."""
    for section in document.sections:
        footer = section.footer
        if any("PAGE" in (node.text or "") for node in footer.part.element.iter(qn("w:instrText"))):
            continue
        footer.is_linked_to_previous = False
        paragraph = footer.add_paragraph()
        paragraph.add_run(_shown(t("docx.page") + " "))
        _field(paragraph, "PAGE", "1")


# --- pieces of text -------------------------------------------------------------------------


def _hyperlink(paragraph: Paragraph, text: str, *, href: str = "", anchor: str = "") -> None:
    """TEXT as a link to HREF (a web address or a file beside the document) or to the
    bookmark ANCHOR inside it."""
    link = OxmlElement("w:hyperlink")
    if anchor:
        link.set(qn("w:anchor"), anchor)
    else:
        relation = paragraph.part.relate_to(_target(href), RELATIONSHIP_TYPE.HYPERLINK, True)
        link.set(qn("r:id"), relation)
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    for tag, value in (("w:color", "0563C1"), ("w:u", "single")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        properties.append(element)
    run.append(properties)
    shown = OxmlElement("w:t")
    shown.set(qn("xml:space"), "preserve")
    shown.text = _shown(text)
    run.append(shown)
    link.append(run)
    paragraph._p.append(link)


def _bookmarked(paragraph: Paragraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)


def _status(paragraph: Paragraph, status: str, label: str) -> None:
    """The status in words, bold, in its colour."""
    run = paragraph.add_run(_shown(label))
    run.bold = True
    colour = _STATUS_COLOURS.get(status)
    if colour is not None:
        run.font.color.rgb = colour


class _Writer:
    """Writes the view into one document; keeps the bookmark numbers."""

    def __init__(self, document: Document, t: Translator) -> None:
        self.document = document
        self.t = t
        self.bookmarks = 0
        # python-docx looks a style up by name through every style, for each paragraph: once
        # per name here (a dossier of 49 norms spent half its time there).
        self.style_ids: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        if name not in self.style_ids:
            self.style_ids[name] = self.document.styles[name].style_id
        return self.style_ids[name]

    def heading(self, text: str, level: int, anchor: str = "") -> Paragraph:
        paragraph = self.paragraph(text, style="Title" if level == 0 else f"Heading {level}")
        if anchor:
            self.bookmarks += 1
            _bookmarked(paragraph, bookmark(anchor), self.bookmarks)
        return paragraph

    def paragraph(self, text: str = "", *, style: str | None = None) -> Paragraph:
        paragraph: Paragraph = self.document.add_paragraph(_shown(text))
        if style is not None:
            paragraph._p.style = self.style_id(style)
        return paragraph

    def note(self, text: str) -> Paragraph:
        paragraph = self.document.add_paragraph()
        run = paragraph.add_run(_shown(text))
        run.italic = True
        return paragraph

    def item(self, text: str = "", *, mark: str = "•", level: int = 0) -> Paragraph:
        """One item of a list: a mark and an indent of its own, so that no numbering
        definition of a reference document is needed."""
        paragraph = self.document.add_paragraph()
        paragraph.paragraph_format.left_indent = Pt(18 + 18 * level)
        paragraph.paragraph_format.first_line_indent = Pt(-12)
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(_shown(mark) + "\t" if mark else "")
        if text:
            paragraph.add_run(_shown(text))
        return paragraph

    def table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[Any]],
        widths: Sequence[int] = (),
    ) -> Table:
        """A table with a header row that Word repeats on every page. A cell is a text, or a
        callable that fills the cell's paragraph itself (a link, a status). WIDTHS, in mm,
        for each column (all the same when not given)."""
        table = self.document.add_table(rows=1, cols=len(header))
        table._tbl.tblStyle_val = self.style_id("Table Grid")
        for column, width in zip(table.columns, widths, strict=False):
            column.width = Mm(width)
        for cell, width in zip(table.rows[0].cells, widths, strict=False):
            cell.width = Mm(width)
        head = table.rows[0]
        properties = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        properties.append(repeat)
        for cell, text in zip(head.cells, header, strict=True):
            cell.paragraphs[0].add_run(_shown(text)).bold = True
        for values in rows:
            cells = table.add_row().cells
            for cell, width in zip(cells, widths, strict=False):
                cell.width = Mm(width)
            for cell, value in zip(cells, values, strict=True):
                if callable(value):
                    value(cell.paragraphs[0])
                elif value:
                    cell.paragraphs[0].add_run(_shown(str(value)))
        made: Table = table
        return made

    def pairs(self, rows: Iterable[tuple[str, Any]]) -> None:
        """A table of two columns, a label and its value (the cover, a norm's facts)."""
        rows = [row for row in rows if row[1]]
        if not rows:
            return
        table = self.document.add_table(rows=0, cols=2)
        table._tbl.tblStyle_val = self.style_id("Table Grid")
        table.columns[0].width, table.columns[1].width = Mm(45), Mm(115)
        for label, value in rows:
            cells = table.add_row().cells
            # The label narrow, the value wide (Word reads the width of each cell).
            cells[0].width, cells[1].width = Mm(45), Mm(115)
            cells[0].paragraphs[0].add_run(_shown(label)).bold = True
            if callable(value):
                value(cells[1].paragraphs[0])
            else:
                cells[1].paragraphs[0].add_run(_shown(str(value)))
        self.document.add_paragraph()


def _linked(text: str, href: str | None) -> Any:
    def fill(paragraph: Paragraph) -> None:
        if href:
            _hyperlink(paragraph, text, href=href)
        else:
            paragraph.add_run(_shown(text))

    return fill


def _status_cell(status: str, label: str) -> Any:
    return lambda paragraph: _status(paragraph, status, label)


# --- a narrative's Markdown -----------------------------------------------------------------


def _narrative(writer: _Writer, text: str) -> None:
    """A narrative's Markdown (already masked as a whole) as Word paragraphs: headings in
    bold, lists with their marks, tables, code in a fixed-width font, safe links as links."""
    root = narrative_tree(text)  # the mask's stars are text, not Markdown (#12)
    _blocks(writer, root.children, level=0)


def _blocks(writer: _Writer, nodes: list[SyntaxTreeNode], *, level: int) -> None:
    for node in nodes:
        kind = node.type
        if kind == "paragraph":
            paragraph = writer.document.add_paragraph()
            if level:
                paragraph.paragraph_format.left_indent = Pt(18 * level)
            _inlines(paragraph, node.children)
        elif kind == "heading":
            paragraph = writer.document.add_paragraph()
            _inlines(paragraph, node.children, bold=True)
        elif kind in ("bullet_list", "ordered_list"):
            number = int(str(node.attrs.get("start", 1)))
            for item in node.children:
                mark = f"{number}." if kind == "ordered_list" else "•"
                number += 1
                rest = list(item.children)
                paragraph = writer.item(mark=mark, level=level)
                if rest and rest[0].type == "paragraph":
                    _inlines(paragraph, rest.pop(0).children)
                _blocks(writer, rest, level=level + 1)
        elif kind == "blockquote":
            _blocks(writer, node.children, level=level + 1)
        elif kind in ("fence", "code_block"):
            paragraph = writer.document.add_paragraph()
            run = paragraph.add_run(_shown(node.content.rstrip("\n"), block=True))
            run.font.name = "Courier New"
        elif kind == "hr":
            writer.document.add_paragraph("―" * 10)
        elif kind == "table":
            _narrative_table(writer, node)
        elif node.content:
            writer.paragraph(node.content)


def _narrative_table(writer: _Writer, node: SyntaxTreeNode) -> None:
    rows: list[list[Any]] = []
    for section in node.children:
        for row in section.children:
            cells = []
            for cell in row.children:
                inline = cell.children
                cells.append(lambda paragraph, nodes=inline: _inlines(paragraph, nodes))
            rows.append(cells)
    if not rows:
        return
    width = len(rows[0])
    header = [""] * width
    table = writer.table(header, [row[:width] + [""] * (width - len(row)) for row in rows[1:]])
    for head, fill in zip(table.rows[0].cells, rows[0], strict=False):
        fill(head.paragraphs[0])


def _plain(node: SyntaxTreeNode) -> str:
    """The text inside NODE (a link's words)."""
    if node.type in ("text", "code_inline"):
        return node.content
    return "".join(_plain(child) for child in node.children)


def _inlines(
    paragraph: Paragraph,
    nodes: list[SyntaxTreeNode],
    *,
    bold: bool = False,
    italic: bool = False,
    strike: bool = False,
) -> None:
    for node in nodes:
        kind = node.type
        if kind == "inline":
            _inlines(paragraph, node.children, bold=bold, italic=italic, strike=strike)
        elif kind == "text":
            run = paragraph.add_run(_shown(node.content))
            run.bold, run.italic, run.font.strike = bold or None, italic or None, strike or None
        elif kind == "softbreak":
            paragraph.add_run(" ")
        elif kind == "hardbreak":
            paragraph.add_run().add_break(WD_BREAK.LINE)
        elif kind == "code_inline":
            run = paragraph.add_run(_shown(node.content))
            run.font.name = "Courier New"
        elif kind in ("strong", "em", "s"):
            _inlines(
                paragraph,
                node.children,
                bold=bold or kind == "strong",
                italic=italic or kind == "em",
                strike=strike or kind == "s",
            )
        elif kind == "link":
            text = _plain(node)
            href = str(node.attrs.get("href", ""))
            if href.startswith(("http://", "https://", "mailto:")) and not current().holds_bsn(
                href
            ):
                _hyperlink(paragraph, text or href, href=href)
            else:
                _inlines(paragraph, node.children, bold=bold, italic=italic, strike=strike)
        else:
            paragraph.add_run(_shown(node.content))


# --- the dossier ----------------------------------------------------------------------------


def render_docx(view: ReportView, t: Translator, *, reference: bytes | None = None) -> bytes:
    """The dossier of VIEW as the bytes of a .docx, in T's language; with REFERENCE (the
    bytes of the organisation's own Word file) in its house style. VIEW's narratives are
    Markdown (built with a render that keeps the text). Raises :class:`DocxRefused` for a
    REFERENCE that python-docx cannot read."""
    document = _open(reference, t)
    # The package's thumbnail is a picture of another document (python-docx's template, or the
    # reference's own first page): it goes.
    relations = document.part.package.rels
    for key, relation in list(relations.items()):
        if relation.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            relations.pop(key)
    writer = _Writer(document, t)
    title = t("report.title", organisation=view.organisation)
    properties = document.core_properties
    properties.title = _property(title)
    properties.author = _property(view.organisation)
    properties.last_modified_by = _property(view.generator)
    properties.comments = _property(t("report.generated_note", generator=view.generator))
    properties.subject = _property(view.normset_title)
    properties.language = view.language
    properties.keywords = ""
    _cover(writer, view, title)
    _summary(writer, view)
    _overview(writer, view)
    if view.history_points:
        _history(writer, view)
    if view.problems:
        _problems(writer, view)
    for rubriek in view.rubrieken:
        if not rubriek.norms:
            continue
        writer.heading(f"{t('report.rubriek')} {rubriek.id}. {rubriek.title}", 1, rubriek.anchor)
        writer.note(
            t(
                "report.rubriek_line",
                supported=rubriek.tally.supported,
                applicable=rubriek.tally.applicable,
                percentage=rubriek.tally.percentage,
            )
            + f" {rubriek.verdict}."
        )
        for norm in rubriek.norms:
            _norm(writer, view, norm)
    if view.shown == 0:
        writer.paragraph(t("report.no_norms_shown"))
    _appendices(writer, view)
    writer.paragraph(view.copyright + (f" {view.aspects_note}" if view.aspects_note else ""))
    writer.note(t("report.generated_note", generator=view.generator))
    _footer(document, t)
    _update_fields_on_open(document)
    buffer = io.BytesIO()
    document.save(buffer)
    # The marker as the zip's comment, its last bytes: a later run knows the file as its own
    # (doors.files.written_by_swlabel); Word drops it when it saves, and the file is the user's.
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.comment = ZIP_MARKER
    return buffer.getvalue()


def _cover(writer: _Writer, view: ReportView, title: str) -> None:
    t = writer.t
    writer.heading(title, 0)
    rows: list[tuple[str, Any]] = [
        (t("report.organisation"), view.organisation),
        (
            t("report.normset"),
            f"{view.normset_title} ({t('report.version')} {view.normset_version}, "
            f"{view.publisher})",
        ),
        (t("report.as_of"), view.as_of),
        (t("report.next_audit"), view.next_audit),
        (
            t("report.scope"),
            "; ".join(f"{row.question} {row.answer}" for row in view.scope),
        ),
        (
            t("report.commit"),
            view.commit + (f", {view.working_tree}" if view.working_tree else ""),
        ),
        (t("report.selection"), view.selection),
        (t("report.generator"), view.generator),
    ]
    writer.pairs(rows)
    writer.heading(t("report.contents"), 1)
    _field(writer.document.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u', t("docx.toc_placeholder"))
    writer.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _summary(writer: _Writer, view: ReportView) -> None:
    t = writer.t
    writer.heading(t("report.summary"), 1, "samenvatting")
    writer.note(t("report.coverage_explained"))
    rows: list[list[Any]] = [
        [
            rubriek.tally.label,
            f"{rubriek.tally.supported}/{rubriek.tally.applicable}",
            rubriek.tally.percentage,
            rubriek.tally.aspects,
            rubriek.tally.aspect_percentage,
            rubriek.verdict,
        ]
        for rubriek in view.rubrieken
    ]
    total = view.total
    rows.append(
        [
            total.label,
            f"{total.supported}/{total.applicable}",
            total.percentage,
            total.aspects,
            total.aspect_percentage,
            "",
        ]
    )
    writer.table(
        [
            t("report.rubriek"),
            t("report.supported"),
            "%",
            t("report.aspects"),
            "%",
            t("report.verdict"),
        ],
        rows,
    )
    writer.document.add_paragraph()
    writer.table(
        [
            t("report.status"),
            *(f"{t('report.rubriek')} {rubriek.id}" for rubriek in view.rubrieken),
            total.label,
        ],
        (
            [_status_cell(row.status, row.label), *map(str, row.counts), str(row.total)]
            for row in view.status_rows
        ),
    )


def _overview(writer: _Writer, view: ReportView) -> None:
    """The chart of the HTML dossier in words: per rubriek its norms with their marks."""
    t = writer.t
    writer.heading(t("report.chart"), 1, "overzicht")
    for row in view.chart.rows:
        paragraph = writer.document.add_paragraph()
        paragraph.add_run(_shown(row.label)).bold = True
        paragraph.add_run(_shown(f" ({row.bar_text}): "))
        for index, square in enumerate(row.squares):
            if index:
                paragraph.add_run(" · ")
            _hyperlink(
                paragraph, f"{square.norm_id}\u00a0{square.mark}", anchor=bookmark(square.anchor)
            )
    writer.note(" · ".join(f"{item.mark} = {item.label}" for item in view.chart.legend))


def _history(writer: _Writer, view: ReportView) -> None:
    t = writer.t
    writer.heading(t("report.history"), 1, "geschiedenis")
    writer.note(t("report.history_intro"))
    writer.table(
        [t("report.date"), t("report.version"), view.total.label],
        (
            [
                str(point.date),
                f"{point.label} {point.subject}",
                "–" if point.total is None else f"{point.total:.0f}%",
            ]
            for point in view.history_points
        ),
    )


def _problem_text(view: ReportView, problem: ProblemRow) -> str:
    if view.for_toetser:
        return problem.message
    return f"{problem.location} {problem.code} {problem.message}"


def _problems(writer: _Writer, view: ReportView) -> None:
    t = writer.t
    writer.heading(t("report.problems"), 1, "meldingen")
    writer.paragraph(t("report.problems_intro", errors=view.errors, warnings=view.warnings))
    if view.for_toetser:
        header = [t("report.level"), t("report.message")]
        rows = ([t(f"level.{p.level}"), p.message] for p in view.problems)
    else:
        header = [t("report.where"), t("report.code"), t("report.level"), t("report.message")]
        rows = ([p.location, p.code, t(f"level.{p.level}"), p.message] for p in view.problems)
    writer.table(header, rows)


def _norm(writer: _Writer, view: ReportView, norm: NormView) -> None:
    t = writer.t
    heading = writer.heading(f"{t('report.norm')} {norm.id}: ", 2, norm.anchor)
    heading.add_run(_shown(norm.status_label))
    writer.paragraph(norm.text, style="Quote")
    if not norm.in_scope:
        writer.note(t("report.out_of_scope"))
    supported = f"✓ {t('report.yes')}" if norm.supported else f"✗ {t('report.no')}"
    assessed = norm.assessed_by + (f" ({norm.assessed_on})" if norm.assessed_on else "")
    source = norm.source_path
    if source and norm.last_changed:
        source += " · " + t("report.last_changed", date=norm.last_changed)
    writer.pairs(
        [
            (t("report.status"), _status_cell(norm.status, norm.status_label)),
            (t("report.onderbouwd"), supported),
            (t("report.assessed"), assessed.strip()),
            (t("report.reason"), norm.not_applicable_reason),
            (t("report.last_audit"), norm.last_audit),
            (t("report.interviewees"), ", ".join(norm.interviewees)),
            (t("report.source"), source),
        ]
    )
    if norm.notice:
        writer.note(norm.notice)
    if norm.aspects:
        writer.heading(t("report.aspects"), 3)
        for aspect in norm.aspects:
            evidence = "; ".join(aspect.evidence) if aspect.evidence else t("report.no_evidence")
            writer.item(f"{aspect.label}: {evidence}", mark="✓" if aspect.covered else "✗")
    if norm.narrative:
        writer.heading(t("report.narrative"), 3)
        _narrative(writer, norm.narrative)
    if norm.evidence:
        writer.heading(t("report.evidence"), 3)
        writer.table(
            [
                t("report.document"),
                t("report.kind"),
                t("report.date"),
                t("report.valid_until"),
                t("report.validity"),
            ],
            (
                [_linked(row.title, row.href), row.kind, row.date, row.valid_until, row.validity]
                for row in norm.evidence
            ),
            widths=(56, 24, 25, 25, 30),
        )
    if norm.actions:
        writer.heading(t("report.actions"), 3)
        for action in norm.actions:
            if action.known:
                due = f", {t('report.due')} {action.due}" if action.due else ""
                text = f"{action.id}: {action.title} ({action.status}{due})"
            else:
                text = f"{action.id} ({t('report.unknown_action')})"
            writer.item(text)
    if norm.problems:
        writer.heading(t("report.problems"), 3)
        for problem in norm.problems:
            writer.item(f"{t(f'level.{problem.level}')}: {_problem_text(view, problem)}")


def _norm_links(norms: Sequence[tuple[str, str]]) -> Any:
    def fill(paragraph: Paragraph) -> None:
        for index, (norm_id, anchor) in enumerate(norms):
            if index:
                paragraph.add_run(", ")
            _hyperlink(paragraph, norm_id, anchor=bookmark(anchor))

    return fill


def _appendices(writer: _Writer, view: ReportView) -> None:
    t = writer.t
    writer.heading(t("report.appendices"), 1, "bijlagen")
    writer.heading(t("report.register"), 2, "register")
    if view.documents:
        writer.note(t("report.register_intro"))
        header = [
            t("report.document"),
            "Id",
            t("report.kind"),
            t("report.owner"),
            t("report.date"),
            t("report.review_date"),
            t("report.valid_until"),
            t("report.norms_column"),
            t("report.validity"),
        ]
        if view.next_audit:
            header.append(t("report.at_audit"))
        rows = []
        for doc in view.documents:
            row: list[Any] = [
                _linked(doc.title, doc.href),
                doc.id,
                doc.kind,
                doc.owner,
                doc.date,
                doc.review_date,
                doc.valid_until,
                _norm_links(doc.norms),
                doc.now,
            ]
            if view.next_audit:
                row.append(doc.at_audit)
            rows.append(row)
        writer.table(header, rows)
    else:
        writer.paragraph(t("report.empty_register"))
    writer.heading(t("report.plan"), 2, "verbeterplan")
    if view.plan:
        writer.note(t("report.plan_intro"))
        writer.table(
            [
                "Id",
                t("report.what"),
                t("report.norms_column"),
                t("report.owner"),
                t("report.due_header"),
                t("report.status"),
                t("report.state"),
            ],
            (
                [a.id, a.title, ", ".join(a.norms), a.owner, a.due, a.status, a.state_label]
                for a in view.plan
            ),
        )
    else:
        writer.paragraph(t("report.empty_plan"))
    if view.follow_up:
        writer.heading(t("report.follow_up"), 2, "opvolging")
        writer.table(
            [
                "Id",
                t("report.what"),
                t("report.norms_column"),
                t("report.deadline"),
                t("report.actions"),
                t("report.state"),
            ],
            (
                [
                    f"{row.id} ({row.audit_date})",
                    row.description,
                    ", ".join(row.norms),
                    row.deadline,
                    "; ".join(f"{action.id} {action.status}" for action in row.actions),
                    row.state_label,
                ]
                for row in view.follow_up
            ),
        )
    if view.interviews and view.interviews.groups:
        writer.heading(t("report.interviews"), 2, "interviews")
        writer.note(t("report.interviews_intro"))
        rows = [
            [group.name, ", ".join(norm.id for norm in group.norms)]
            for group in view.interviews.groups
        ]
        if view.interviews.unspoken:
            rows.append(
                [t("report.nobody"), ", ".join(norm.id for norm in view.interviews.unspoken)]
            )
        writer.table([t("report.group"), t("report.norms_column")], rows)
    writer.heading(t("report.expiring"), 2, "verloopt")
    if not view.next_audit:
        writer.paragraph(t("report.no_audit_date"))
    elif view.expiring:
        writer.note(t("report.expiring_intro", as_of=view.as_of, audit=view.next_audit))
        writer.table(
            [t("report.date"), t("report.what"), t("report.norms_column")],
            ([row.date, row.what, ", ".join(row.norms)] for row in view.expiring),
        )
    else:
        writer.paragraph(t("report.nothing_expiring"))
