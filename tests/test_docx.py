"""swlabel report --format docx: the dossier as a Word document, opened again with python-docx
(and, where LibreOffice is installed, turned into a PDF whose text holds every norm)."""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Mm, RGBColor

from conftest import EXAMPLE, Result, evidence

Run = Callable[..., Result]
Repo = Callable[..., Path]
AS_OF = ("--as-of", "2026-11-01")


def _png() -> bytes:
    """A logo: a PNG of one red pixel."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example organisation's Word dossier in Dutch and English, and its JSON report."""
    from swlabel.cli.app import main

    out = tmp_path_factory.mktemp("docx")
    made = {}
    for lang in ("nl", "en"):
        target = out / f"dossier-{lang}.docx"
        code = main(
            ["report", str(EXAMPLE), *AS_OF, "--format", "docx", "-o", str(target), "--lang", lang]
        )
        assert code == 0
        made[lang] = target
    made["json"] = out / "dossier.json"
    assert main(["report", str(EXAMPLE), *AS_OF, "--format", "json", "-o", str(made["json"])]) == 0
    return made


def _styled(document: Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style is not None and p.style.name == style]


def _norms(json_path: Path) -> list[dict[str, str]]:
    report = json.loads(json_path.read_text(encoding="utf-8"))["report"]
    return [norm for rubriek in report["rubrieken"] for norm in rubriek["norms"]]


def test_every_norm_is_a_heading_2_with_its_status_in_words(example: dict[str, Path]) -> None:
    document = docx.Document(str(example["nl"]))
    norms = _norms(example["json"])
    assert len(norms) == 49
    headings = _styled(document, "Heading 2")
    for norm in norms:
        assert f"Norm {norm['id']}: {norm['status_label']}" in headings
    # The norm's own text follows its heading, as a quote.
    assert any("vakbekwaam" in text.lower() for text in _styled(document, "Quote"))


def test_word_heading_styles_make_the_outline(example: dict[str, Path]) -> None:
    document = docx.Document(str(example["nl"]))
    assert _styled(document, "Title") == ["Kwaliteitsdossier Stichting Welzijn Dalwijk"]
    level_1 = _styled(document, "Heading 1")
    assert level_1[:3] == ["Inhoud", "Samenvatting", "Overzicht in één beeld"]
    assert [text for text in level_1 if text.startswith("Rubriek ")] == [
        "Rubriek 1. Vakmanschap",
        "Rubriek 2. Dienstverlening",
        "Rubriek 3. Organisatie en bestuur",
    ]
    assert level_1[-1] == "Bijlagen"
    level_3 = _styled(document, "Heading 3")
    assert level_3.count("Hoe wij aan deze norm voldoen") == 49  # every narrative
    assert {"Aspecten", "Bewijs", "Verbeteracties", "Meldingen"} <= set(level_3)


def test_table_of_contents_and_page_numbers_are_word_fields(example: dict[str, Path]) -> None:
    document = docx.Document(str(example["nl"]))
    body = [node.text for node in document.element.body.iter(qn("w:instrText"))]
    assert any(code.strip().startswith('TOC \\o "1-2"') for code in body)
    footer = document.sections[0].footer
    assert [node.text.strip() for node in footer._element.iter(qn("w:instrText"))] == ["PAGE"]
    assert footer.paragraphs[-1].text.startswith("Pagina ")
    # Word fills the fields (the table of contents) when it opens the file.
    update = document.settings.element.find(qn("w:updateFields"))
    assert update is not None and update.get(qn("w:val")) == "true"


def test_real_tables_whose_header_row_repeats(example: dict[str, Path]) -> None:
    document = docx.Document(str(example["nl"]))
    headers = {}
    for table in document.tables:
        first = table.rows[0]
        if first._tr.trPr is not None and first._tr.trPr.find(qn("w:tblHeader")) is not None:
            headers[tuple(cell.text for cell in first.cells)] = table
    evidence_header = ("Document", "Soort", "Datum", "Geldig tot", "Op de peildatum")
    assert evidence_header in headers
    register = [h for h in headers if h[:2] == ("Document", "Id")]
    assert register, list(headers)
    documents = json.loads(example["json"].read_text(encoding="utf-8"))["report"]["documents"]
    assert len(headers[register[0]].rows) == 1 + len(documents)
    summary = next(h for h in headers if h[0] == "Rubriek")
    assert [row.cells[0].text for row in headers[summary].rows[1:]][-1] == "Totaal"


def test_status_in_words_beside_its_colour(example: dict[str, Path]) -> None:
    document = docx.Document(str(example["nl"]))
    statuses = [
        row.cells[1].text
        for table in document.tables
        for row in table.rows
        if len(row.cells) == 2 and row.cells[0].text == "Status"
    ]
    assert len(statuses) == 49
    assert {"voldoet", "voldoet deels"} <= set(statuses)


def test_english(example: dict[str, Path]) -> None:
    document = docx.Document(str(example["en"]))
    assert _styled(document, "Heading 1")[:2] == ["Contents", "Summary"]
    assert document.sections[0].footer.paragraphs[-1].text.startswith("Page ")
    assert document.core_properties.language == "en"


def test_marked_as_swlabels_own_and_replaced_without_force(
    example: dict[str, Path], run: Run, tmp_path: Path
) -> None:
    with zipfile.ZipFile(example["nl"]) as archive:
        assert archive.comment == b"swlabel-dossier"
        assert "docProps/thumbnail.jpeg" not in archive.namelist()
    target = tmp_path / "d.docx"
    shutil.copy(example["nl"], target)
    assert run("report", EXAMPLE, *AS_OF, "--format", "docx", "-o", target).code == 0
    # A Word document of the organisation's own is not replaced without --force.
    docx.Document().save(str(tmp_path / "eigen.docx"))
    result = run("report", EXAMPLE, *AS_OF, "--format", "docx", "-o", tmp_path / "eigen.docx")
    assert result.code == 2, result.err


def _all_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist())


def test_bsn_in_a_narrative_is_masked_and_control_characters_shown(
    small_repo: Repo, run: Run
) -> None:
    repo = small_repo(
        {
            "evidence/1.1.md": evidence(
                "1.1",
                "compliant",
                'assessed_by: "Jan\\x1b[31m"\n',
                "\nGesprek met cliënt, BSN 123456782, over *de* [uitkomst](https://x.example/a).\n",
            )
        }
    )
    target = repo / "d.docx"
    result = run("report", repo, *AS_OF, "--format", "docx", "-o", target)
    assert result.code == 0, result.err
    text = _all_text(target)
    assert "123456782" not in text and "*********" in text
    assert "\x1b" not in text and "Jan\ufffd[31m" in text
    document = docx.Document(str(target))
    narrative = next(p for p in document.paragraphs if "Gesprek met" in p.text)
    assert [run.text for run in narrative.runs if run.italic] == ["de"]
    assert 'Target="https://x.example/a"' in _all_text(target)


def test_reference_docx_gives_the_house_style(small_repo: Repo, run: Run, tmp_path: Path) -> None:
    reference = docx.Document()
    reference.sections[0].header.paragraphs[0].text = "Huisstijl Stichting Test"
    reference.add_paragraph("Deze tekst hoort niet in het dossier.")
    # Word writes only the styles a document uses: Heading 1 is not in this one.
    styles = reference.styles.element
    styles.remove(reference.styles["Heading 1"].element)
    path = tmp_path / "huisstijl.docx"
    reference.save(str(path))
    repo = small_repo()
    target = repo / "d.docx"
    result = run("report", repo, *AS_OF, "--format", "docx", "-o", target, "--reference-docx", path)
    assert result.code == 0, result.err
    document = docx.Document(str(target))
    assert document.sections[0].header.paragraphs[0].text == "Huisstijl Stichting Test"
    assert all("hoort niet" not in p.text for p in document.paragraphs)
    assert "Rubriek 1. Vakmanschap" in _styled(document, "Heading 1")


def test_reference_docx_that_is_no_word_file(small_repo: Repo, run: Run, tmp_path: Path) -> None:
    repo = small_repo()
    (tmp_path / "kapot.docx").write_text("geen zip", encoding="utf-8")
    result = run(
        "report", repo, "--format", "docx", "-o", repo / "d.docx", "--reference-docx",
        tmp_path / "kapot.docx",
    )  # fmt: skip
    assert result.code == 2
    assert (
        "kapot.docx is geen Word-document dat swlabel kan lezen (het is geen Word- of ander "
        "Office-bestand); geef een .docx-bestand dat in Word is opgeslagen"
    ) in result.err
    missing = run(
        "report", repo, "--format", "docx", "-o", repo / "d.docx", "--reference-docx",
        tmp_path / "weg.docx",
    )  # fmt: skip
    assert missing.code == 2 and "kan het Word-bestand" in missing.err
    assert not (repo / "d.docx").exists()


def _add_footnotes(parts: dict[str, bytes], runs: bytes, content_type: bytes) -> None:
    """A footnote of RUNS in the zip PARTS of a Word file, by hand (python-docx writes none):
    the part, its CONTENT_TYPE and its relationship."""
    w = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts["word/footnotes.xml"] = (
        b"<w:footnotes " + w + b'><w:footnote w:id="1"><w:p>' + runs + b"</w:p></w:footnote>"
        b"</w:footnotes>"
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/footnotes.xml" ContentType="' + content_type + b'"/></Types>',
    )
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    )


def test_reference_docx_comments_properties_and_thumbnail_do_not_leak(
    small_repo: Repo, run: Run, tmp_path: Path
) -> None:
    """What else a reference brings: its comments and footnotes (left behind when its body is
    emptied) and its extended properties (company) pass the mask; its thumbnail, a picture of
    its first page, is left out."""
    reference = docx.Document()
    paragraph = reference.add_paragraph("Concept")
    reference.add_comment(paragraph.runs, text="Cliënt BSN 123456782 \u202e", author="Q")
    path = tmp_path / "huisstijl.docx"
    reference.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    assert "docProps/thumbnail.jpeg" in parts and "word/comments.xml" in parts
    parts["docProps/app.xml"] = parts["docProps/app.xml"].replace(
        b"</Properties>", b"<Company>Dossier 123456782</Company></Properties>"
    )
    _add_footnotes(
        parts,
        b"<w:r><w:t>Dossier 1234</w:t></w:r><w:r><w:t>56782</w:t></w:r>",
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    repo = small_repo(
        {"evidence/1.1.md": evidence("1.1", "compliant", body="\nGesprek, BSN 123456782.\n")}
    )
    target = repo / "d.docx"
    result = run("report", repo, *AS_OF, "--format", "docx", "-o", target, "--reference-docx", path)
    assert result.code == 0, result.err
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        comments = archive.read("word/comments.xml").decode("utf-8")
        app = archive.read("docProps/app.xml").decode("utf-8")
        footnotes = archive.read("word/footnotes.xml").decode("utf-8")
        everything = b"".join(archive.read(name) for name in names)
    assert "Cliënt BSN *********" in comments and "\u202e" not in comments
    assert "<Company>Dossier *********</Company>" in app
    # a number split over two runs of one paragraph is masked as one
    assert "<w:t>Dossier ****</w:t>" in footnotes and "<w:t>*****</w:t>" in footnotes
    assert not any("thumbnail" in name for name in names)
    assert b"123456782" not in everything


def test_reference_docx_variables_custom_properties_and_odd_parts_do_not_leak(
    small_repo: Repo, run: Run, tmp_path: Path
) -> None:
    """Text a reference carries where no one looks: document variables (a mail merge's), custom
    properties, and footnotes whose part the file calls plain XML. The first two are left
    out; the footnotes are read as XML whatever their content type, and masked (they ended
    the run as an internal error, review)."""
    reference = docx.Document()
    reference.add_paragraph("Concept")
    path = tmp_path / "huisstijl.docx"
    reference.save(str(path))
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    _add_footnotes(parts, b"<w:r><w:t>BSN 123456782</w:t></w:r>", b"application/xml")
    parts["docProps/custom.xml"] = (
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-'
        b'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
        b'name="Client"><vt:lpwstr>BSN 111222333</vt:lpwstr></property></Properties>'
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.custom-properties+xml"/></Types>',
    )
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    )
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"</w:settings>",
        b'<w:docVars><w:docVar w:name="klant" w:val="BSN 555666777"/></w:docVars></w:settings>',
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "compliant")})
    target = repo / "d.docx"
    result = run("report", repo, *AS_OF, "--format", "docx", "-o", target, "--reference-docx", path)
    assert result.code == 0, result.err
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        footnotes = archive.read("word/footnotes.xml").decode("utf-8")
        settings = archive.read("word/settings.xml").decode("utf-8")
        everything = b"".join(archive.read(name) for name in names)
    assert "BSN *********" in footnotes
    assert "docProps/custom.xml" not in names
    assert "docVar" not in settings
    for number in (b"123456782", b"111222333", b"555666777"):
        assert number not in everything


def test_reference_docx_headers_and_footers_pass_the_mask(
    small_repo: Repo, run: Run, tmp_path: Path
) -> None:
    reference = docx.Document()
    section = reference.sections[0]
    section.header.paragraphs[0].text = "Huisstijl BSN 123456782 \u202e"
    section.header.paragraphs[0].add_run().add_picture(io.BytesIO(_png()), width=Mm(20))
    # Word splits a paragraph into runs as it likes: a known BSN over two runs is found too.
    split = section.footer.paragraphs[0]
    split.add_run("Dossier 1234")
    split.add_run("56782 \u200b").bold = True
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Eerste pagina 123456782"
    reference.settings.odd_and_even_pages_header_footer = True
    section.even_page_footer.paragraphs[0].text = "Even \u202e pagina"
    reference.styles["Heading 1"].font.color.rgb = RGBColor(0x12, 0x34, 0x56)
    path = tmp_path / "huisstijl.docx"
    reference.save(str(path))
    repo = small_repo(
        {"evidence/1.1.md": evidence("1.1", "compliant", body="\nGesprek, BSN 123456782.\n")}
    )
    target = repo / "d.docx"
    result = run("report", repo, *AS_OF, "--format", "docx", "-o", target, "--reference-docx", path)
    assert result.code == 0, result.err
    with zipfile.ZipFile(target) as archive:
        parts = [n for n in archive.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n)]
        text = "".join(archive.read(name).decode("utf-8") for name in parts)
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        logo = archive.read(media[0]) if media else b""
    assert len(parts) == 4
    for forbidden in ("123456782", "1234", "\u202e", "\u200b"):
        assert forbidden not in text
    document = docx.Document(str(target))
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "Huisstijl BSN ********* \ufffd"
    assert section.first_page_header.paragraphs[0].text == "Eerste pagina *********"
    assert section.even_page_footer.paragraphs[0].text == "Even \ufffd pagina"
    footer = section.footer.paragraphs[0]
    assert [(r.text, r.bold) for r in footer.runs[:2]] == [
        ("Dossier ****", None),
        ("***** \ufffd", True),
    ]
    assert logo == _png()
    assert 'r:embed="' in section.header._element.xml
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0x12, 0x34, 0x56)


def _office_file(path: Path, content_type: str) -> Path:
    """A zip shaped like an Office file whose main part is of CONTENT_TYPE (an Excel workbook
    renamed to .docx, say)."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType='
            '"application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Override PartName="/main.xml" ContentType="{content_type}"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="main.xml" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument"/></Relationships>',
        )
        archive.writestr("main.xml", "<x/>")
    return path


_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


@pytest.mark.parametrize(
    ("lang", "content_type", "expected"),
    [
        (
            "nl",
            _XLSX,
            "/excel.docx is geen Word-document dat swlabel kan lezen (het is een "
            "Excel-werkmap); geef een .docx-bestand dat in Word is opgeslagen",
        ),
        (
            "en",
            _XLSX,
            "/excel.docx is not a Word document swlabel can read (it is an Excel "
            "workbook); give a .docx file saved by Word",
        ),
        ("nl", _PPTX, "(het is een PowerPoint-presentatie)"),
        ("en", _DOTX, "(it is a Word template or a Word file with macros)"),
        ("nl", "", "(het bestand is beschadigd of onvolledig)"),
        ("en", "", "(the file is damaged or incomplete)"),
    ],
)
def test_reference_docx_of_another_kind_is_named_in_the_users_language(
    small_repo: Repo, run: Run, tmp_path: Path, lang: str, content_type: str, expected: str
) -> None:
    repo = small_repo()
    if content_type:
        reference = _office_file(tmp_path / "excel.docx", content_type)
    else:
        reference = tmp_path / "excel.docx"
        with zipfile.ZipFile(reference, "w") as archive:
            archive.writestr("iets.txt", "geen Office-bestand")
    result = run(
        "report", repo, "--format", "docx", "-o", repo / "d.docx", "--reference-docx", reference,
        "--lang", lang,
    )  # fmt: skip
    assert result.code == 2
    assert result.err.startswith("swlabel: ") and result.err.count("\n") == 1
    assert expected in result.err
    for library in ("0x", "BytesIO", "ValueError", "content type", "Error:", "not a Word file,"):
        assert library not in result.err
    assert not (repo / "d.docx").exists()


def test_reference_docx_only_with_docx_and_docx_not_to_stdout(small_repo: Repo, run: Run) -> None:
    repo = small_repo()
    result = run("report", repo, "--reference-docx", repo / "x.docx")
    assert result.code == 2 and "--reference-docx hoort bij --format docx" in result.err
    result = run("report", repo, "--format", "docx", "-o", "-")
    assert result.code == 2 and "een Word-dossier is een bestand" in result.err


def test_check_does_not_import_python_docx() -> None:
    code = (
        "import sys; from swlabel.cli.app import main; "
        f"main(['check', {str(EXAMPLE)!r}, '--quiet']); "
        "print('docx' in sys.modules, 'swlabel.output.docx' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    ).stdout
    assert found.strip().endswith("False False"), found


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_libreoffice_reads_every_norm(example: dict[str, Path], tmp_path: Path) -> None:
    home = tmp_path / "home"  # LibreOffice's profile, away from the user's
    converted = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{home}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(example["nl"])],
        capture_output=True, text=True, timeout=240, check=False,
    )  # fmt: skip
    pdf = tmp_path / "dossier-nl.pdf"
    if not pdf.exists():
        pytest.skip(f"LibreOffice made no PDF (no Writer?): {converted.stderr[-300:]}")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    missing = [n["id"] for n in _norms(example["json"]) if f"Norm {n['id']}:" not in text]
    assert missing == []
