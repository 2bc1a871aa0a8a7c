"""The Excel round-trip (#16): ``swlabel export`` writes a workbook a quality officer fills in,
``swlabel import`` brings its changes back as minimal edits, checked first, with conflicts
listed and not applied. Every workbook is opened with openpyxl, the real client."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE, Result, evidence, run_git
from swlabel.doors import files
from swlabel.i18n import Translator
from swlabel.load.workbook import CELL_LIMIT, COLUMNS, HEADERS, KINDS, STATUS_WORDS, simplify

Run = Callable[..., Result]


@pytest.fixture
def example(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EXAMPLE, tmp_path / "dalwijk"))


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def export(run: Run, repo: Path, book: Path, *args: str) -> openpyxl.Workbook:
    result = run("export", repo, "--output", book, *args)
    assert result.code == 0, result.out + result.err
    return openpyxl.load_workbook(book)


# --- the workbook ------------------------------------------------------------------------------


def test_export_has_a_row_per_norm_a_drop_down_protection_and_dates(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = export(run, example, tmp_path / "zelfevaluatie.xlsx")
    assert book.sheetnames == ["Zelfevaluatie", "Register", "Verbeterplan", "Uitleg", "swlabel"]
    assert book["swlabel"].sheet_state == "veryHidden"
    sheet = book["Zelfevaluatie"]
    header = [cell.value for cell in sheet[1]]
    assert header[:8] == [
        "Rubriek", "Norm", "Normtekst", "Status", "Beoordeeld door", "Beoordeeld op",
        "Reden niet van toepassing", "Toelichting",
    ]  # fmt: skip
    norms = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert len(norms) == 49
    assert norms[:3] == ["1.1", "1.2", "1.3"] and norms[-1] == "3.23"
    row = {name: sheet.cell(row=2, column=index + 1) for index, name in enumerate(header)}
    assert row["Status"].value == "voldoet"
    assert row["Beoordeeld op"].value == dt.datetime(2026, 9, 14)
    assert row["Beoordeeld op"].is_date and row["Beoordeeld op"].number_format == "dd-mm-yyyy"
    assert row["Toelichting"].value.startswith("Elke functiebeschrijving in ons **functiehuis**")
    assert row["Toelichting"].alignment.wrap_text
    # Protected without a password: the cells to fill in are open, the rest locked.
    assert sheet.protection.sheet and not sheet.protection.password
    assert not row["Status"].protection.locked and not row["Toelichting"].protection.locked
    assert row["Normtekst"].protection.locked and row["Norm"].protection.locked
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == "A1:L50"
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list" and str(validation.sqref) == "D2:D50"
    assert validation.formula1 == (
        '"voldoet,voldoet deels,voldoet niet,niet van toepassing,nog niet beoordeeld"'
    )
    colours = {
        rule.formula[0]: rule.dxf.fill.fgColor.rgb
        for rules in sheet.conditional_formatting
        for rule in rules.rules
    }
    assert colours['"voldoet"'].endswith("C6EFCE") and colours['"voldoet niet"'].endswith("FFC7CE")
    plan = book["Verbeterplan"]
    assert plan["A2"].value == "VA-2026-01" and plan["F2"].value == "loopt"
    assert plan["E2"].value == dt.datetime(2026, 12, 31)
    assert book["Register"]["A2"].value == "meerjarenbeleidsplan"
    assert "swlabel import" in " ".join(str(c.value) for c in book["Uitleg"]["A"])


def test_export_in_english(run: Run, example: Path, tmp_path: Path) -> None:
    book = export(run, example, tmp_path / "self.xlsx", "--lang", "en")
    assert book.sheetnames[:4] == ["Self-evaluation", "Register", "Improvement plan", "How to"]
    sheet = book["Self-evaluation"]
    assert [cell.value for cell in sheet[1]][3:8] == [
        "Status", "Assessed by", "Assessed on", "Reason not applicable", "Narrative",
    ]  # fmt: skip
    assert sheet["D2"].value == "compliant"
    assert sheet["F2"].number_format == "yyyy-mm-dd"


def test_every_header_swlabel_writes_is_understood_and_so_is_every_status_label() -> None:
    for language in ("nl", "en"):
        t = Translator(language)
        for kind in KINDS:
            understood = {
                name: {simplify(h) for h in names} for name, names in HEADERS[kind].items()
            }
            for column in COLUMNS[kind]:
                if column.editable or column.name in ("norm", "id"):
                    header = simplify(t(f"workbook.col.{kind}.{column.name}"))
                    assert header in understood[column.name], (language, kind, column.name)
        for status in ("compliant", "partially_compliant", "non_compliant", "not_applicable"):
            assert STATUS_WORDS[simplify(t(f"status.{status}"))] == status


def test_export_replaces_its_own_workbook_but_not_another(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = tmp_path / "zelfevaluatie.xlsx"
    export(run, example, book)
    assert files.written_by_swlabel(book)
    export(run, example, book)  # its own: replaced without --force
    other = tmp_path / "eigen.xlsx"
    openpyxl.Workbook().save(other)
    before = other.read_bytes()
    result = run("export", example, "--output", other)
    assert result.code == 2 and other.read_bytes() == before
    assert run("export", example, "--output", other, "--force").code == 0


# --- the round-trip -----------------------------------------------------------------------------


def test_export_and_import_without_edits_change_no_byte(
    run: Run, example: Path, tmp_path: Path
) -> None:
    before = snapshot(example)
    export(run, example, tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", example, "--apply")
    assert result.code == 0, result.out
    assert result.lines == ["Geen wijzigingen: de repository is gelijk aan de werkmap."]
    assert snapshot(example) == before


def changed_lines(before: bytes, after: bytes) -> list[tuple[bytes, bytes]]:
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def test_one_cell_changes_one_line(run: Run, example: Path, tmp_path: Path) -> None:
    book = export(run, example, tmp_path / "z.xlsx")
    before = snapshot(example)
    book["Zelfevaluatie"]["D2"] = "voldoet deels"
    book["Verbeterplan"]["F2"] = "afgerond"
    book["Register"]["H2"] = dt.datetime(2029, 1, 31)
    book.save(tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", example, "--apply")
    assert result.code == 0, result.out
    assert result.lines == [
        "Wijzigingen in 3 bestanden:",
        "  evidence/1.1.md",
        "    status: voldoet → voldoet deels  (Zelfevaluatie!D2)",
        "  improvement-plan.yaml",
        "    status: loopt → afgerond  (Verbeterplan!F2)",
        "  register/beleid.yaml",
        "    valid_until: '2028-12-31' → '2029-01-31'  (Register!H2)",
        "3 bestanden bijgewerkt. Controleer met 'swlabel check' en 'git diff'.",
    ]
    after = snapshot(example)
    changed = {path for path in after if after[path] != before[path]}
    assert changed == {"evidence/1.1.md", "improvement-plan.yaml", "register/beleid.yaml"}
    assert changed_lines(before["evidence/1.1.md"], after["evidence/1.1.md"]) == [
        (b"status: compliant\n", b"status: partially_compliant\n")
    ]
    assert changed_lines(before["improvement-plan.yaml"], after["improvement-plan.yaml"]) == [
        (b"    status: in_progress\n", b"    status: done\n")
    ]
    assert changed_lines(before["register/beleid.yaml"], after["register/beleid.yaml"]) == [
        (b"    valid_until: 2028-12-31\n", b"    valid_until: 2029-01-31\n")
    ]
    # and the repository still reads as it did, with the new values
    assert run("export", example, "--output", tmp_path / "again.xlsx").code == 0
    again = openpyxl.load_workbook(tmp_path / "again.xlsx")
    assert again["Zelfevaluatie"]["D2"].value == "voldoet deels"


def test_an_edited_narrative_keeps_the_layout_around_it(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = export(run, example, tmp_path / "z.xlsx")
    before = (example / "evidence/1.2.md").read_bytes()
    cell = book["Zelfevaluatie"]["H3"]
    cell.value = cell.value.replace("zeven", "zeven").replace(
        "een vaste maatje-collega", "een vaste maatje-collega (buddy)"
    )
    book.save(tmp_path / "z.xlsx")
    assert run("import", tmp_path / "z.xlsx", example, "--apply").code == 0
    after = (example / "evidence/1.2.md").read_bytes()
    (line,) = changed_lines(before, after)
    assert line[1].endswith(b"een vaste maatje-collega (buddy).\n")


def test_a_value_changed_in_both_places_is_a_conflict_and_not_applied(
    run: Run, example: Path, tmp_path: Path
) -> None:
    run_git(example, "init", "-q")
    run_git(example, "add", "-A")
    run_git(example, "commit", "-q", "-m", "dossier")
    commit = run_git(example, "rev-parse", "HEAD").strip()
    book = export(run, example, tmp_path / "z.xlsx")
    path = example / "evidence/1.1.md"
    path.write_bytes(path.read_bytes().replace(b"status: compliant", b"status: non_compliant"))
    changed = path.read_bytes()
    book["Zelfevaluatie"]["D2"] = "voldoet deels"  # conflict
    book["Zelfevaluatie"]["D3"] = "voldoet niet"  # only in the workbook: applied
    book.save(tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", example, "--apply")
    assert result.code == 1
    assert result.lines == [
        "Wijzigingen in 1 bestand:",
        "  evidence/1.2.md",
        "    status: voldoet → voldoet niet  (Zelfevaluatie!D3)",
        "1 conflict, niet overgenomen (zowel in de werkmap als in de repository veranderd "
        "sinds de export):",
        "  Zelfevaluatie!D2: evidence/1.1.md status: bij export voldoet, nu in de werkmap "
        "voldoet deels, nu in de repository voldoet niet",
        f"De werkmap is gemaakt uit commit {commit[:12]}.",
        "1 bestand bijgewerkt. Controleer met 'swlabel check' en 'git diff'.",
    ]
    assert path.read_bytes() == changed
    assert b"status: non_compliant" in (example / "evidence/1.2.md").read_bytes()


def test_wrong_values_are_meldingen_at_their_cell_and_nothing_is_written(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = export(run, example, tmp_path / "z.xlsx")
    before = snapshot(example)
    sheet = book["Zelfevaluatie"]
    sheet["D2"] = "voldoet deels"  # fine, but nothing is written while another cell is wrong
    sheet["F14"] = "10-01-2026"
    sheet["D15"] = "goed"
    sheet["E16"] = "=1+1"
    book.save(tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", example, "--apply")
    assert result.code == 1
    assert result.lines == [
        "Zelfevaluatie!F14: SWL107 assessed_on: '10-01-2026' is geen geldige datum; bedoelde u "
        "2026-01-10? Schrijf datums als JJJJ-MM-DD",
        "Zelfevaluatie!D15: SWL103 status: 'goed' is geen geldige waarde; kies uit voldoet, "
        "voldoet deels, voldoet niet, niet van toepassing, nog niet beoordeeld",
        "Zelfevaluatie!E16: SWL103 een formule wordt niet overgenomen; typ de waarde zelf",
        "Niets geschreven: herstel eerst 3 meldingen in de werkmap.",
    ]
    assert snapshot(example) == before


def test_without_apply_nothing_is_written(run: Run, example: Path, tmp_path: Path) -> None:
    book = export(run, example, tmp_path / "z.xlsx")
    before = snapshot(example)
    book["Zelfevaluatie"]["E2"] = "A. de Vries"
    book.save(tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", example)
    assert result.code == 0
    assert result.lines[-1] == "Niets geschreven. Schrijf de wijzigingen met --apply."
    assert snapshot(example) == before


def test_line_endings_byte_order_mark_and_comments_stay(
    run: Run, small_repo: Callable[..., Path], tmp_path: Path
) -> None:
    text = (
        "\ufeff---\r\n"
        'norm: "1.1"  # de norm\r\n'
        "status: not_assessed # nog doen\r\n"
        "# een opmerking\r\n"
        "---\r\n\r\n"
        "Eerste regel.\r\nTweede regel.\r\n"
    )
    repo = small_repo({"evidence/1.1.md": text.encode("utf-8")})
    book = export(run, repo, tmp_path / "z.xlsx")
    assert book["Zelfevaluatie"]["H2"].value == "Eerste regel.\nTweede regel."
    book["Zelfevaluatie"]["D2"] = "voldoet"
    book["Zelfevaluatie"]["F2"] = dt.datetime(2026, 10, 1)
    book["Zelfevaluatie"]["H2"] = "Eerste regel.\nTweede regel, aangevuld."
    book.save(tmp_path / "z.xlsx")
    assert run("import", tmp_path / "z.xlsx", repo, "--apply").code == 0
    assert (repo / "evidence/1.1.md").read_bytes() == (
        "\ufeff---\r\n"
        'norm: "1.1"  # de norm\r\n'
        "status: compliant # nog doen\r\n"
        "assessed_on: 2026-10-01\r\n"
        "# een opmerking\r\n"
        "---\r\n\r\n"
        "Eerste regel.\r\nTweede regel, aangevuld.\r\n"
    ).encode("utf-8")


def test_a_norm_without_an_evidence_file_gets_one(
    run: Run, small_repo: Callable[..., Path], tmp_path: Path
) -> None:
    repo = small_repo({"evidence/1.1.md": evidence("1.1")})
    (repo / "evidence/2.1.md").unlink()
    book = export(run, repo, tmp_path / "z.xlsx")
    rows = {row[1].value: row[0].row for row in book["Zelfevaluatie"].iter_rows(min_row=2)}
    number = rows["2.1"]
    book["Zelfevaluatie"][f"D{number}"] = "voldoet deels"
    book["Zelfevaluatie"][f"H{number}"] = "Wij werken eraan."
    book.save(tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", repo, "--apply")
    assert result.code == 0, result.out
    assert "  evidence/2.1.md (nieuw bestand)" in result.lines
    assert (repo / "evidence/2.1.md").read_text(encoding="utf-8") == (
        '---\nnorm: "2.1"\nstatus: partially_compliant\n---\n\nWij werken eraan.\n'
    )
    # check reads it: no melding of syntax or schema (SWL1xx) for the new file
    assert not re.search(r"^evidence/2\.1\.md:\d+:\d+: SWL1", run("check", repo).out, re.M)


def test_a_workbook_swlabel_did_not_make_is_read_by_its_header_names(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Onze zelfevaluatie"
    sheet.append(["Zelfevaluatie Dalwijk 2026"])
    sheet.append(["Nr.", "Oordeel", "Toelichting", "Datum", "Opmerking"])
    sheet.append(["1.1", "Voldoet deels", None, dt.datetime(2026, 10, 2), "intern"])
    sheet.append([1.2, "voldoet", None, None, None])  # typed as a number; unchanged
    book.save(tmp_path / "eigen.xlsx")
    before = snapshot(example)
    result = run("import", tmp_path / "eigen.xlsx", example, "--apply")
    assert result.code == 0, result.out
    assert result.lines[:4] == [
        "Wijzigingen in 1 bestand:",
        "  evidence/1.1.md",
        "    status: voldoet → voldoet deels  (Onze zelfevaluatie!B3)",
        "    assessed_on: '2026-09-14' → '2026-10-02'  (Onze zelfevaluatie!D3)",
    ]
    after = snapshot(example)
    assert {path for path in after if after[path] != before[path]} == {"evidence/1.1.md"}


def test_an_unknown_norm_and_a_file_that_is_no_workbook_are_meldingen(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Norm", "Status"])
    sheet.append(["9.9", "voldoet"])
    book.save(tmp_path / "eigen.xlsx")
    result = run("import", tmp_path / "eigen.xlsx", example)
    assert result.code == 1
    assert result.lines[0] == (
        "Sheet!A2: SWL201 norm '9.9' staat niet in de normenset van deze repository"
    )
    (tmp_path / "kapot.xlsx").write_bytes(b"geen zip")
    result = run("import", tmp_path / "kapot.xlsx", example)
    assert result.code == 2 and "geen Excel-werkmap" in result.err
    assert "Traceback" not in result.err


# --- hostile values -----------------------------------------------------------------------------

BSN = "123456782"
FORMULAS = ['=HYPERLINK("http://x","klik")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "=1+1"]
hostile_text = st.one_of(
    st.sampled_from(FORMULAS),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
    st.builds(
        lambda a, b: f"{a} BSN {BSN} {b}",
        st.text(alphabet="abc =+", max_size=5),
        st.text(alphabet="abc .", max_size=5),
    ),
    st.builds(lambda n: "x" * n, st.sampled_from([CELL_LIMIT - 1, CELL_LIMIT, CELL_LIMIT + 50])),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(by=hostile_text, narrative=hostile_text)
def test_hostile_values_stay_text_masked_and_within_excels_limit(
    run: Run, small_repo: Callable[..., Path], tmp_path: Path, by: str, narrative: str
) -> None:
    quoted = by.replace("\\", "\\\\").replace('"', '\\"')
    quoted = "".join(c if c.isprintable() or c in "\t" else f"\\u{ord(c):04x}" for c in quoted)
    body = narrative.replace("\r", "")
    repo = small_repo(
        {"evidence/1.1.md": evidence("1.1", extra=f'assessed_by: "{quoted}"\n', body=body)}
    )
    target = tmp_path / "z.xlsx"
    target.unlink(missing_ok=True)
    result = run("export", repo, "--output", target)
    assert result.code == 0, result.out + result.err
    with zipfile.ZipFile(target) as archive:
        for name in archive.namelist():
            assert b"<f>" not in archive.read(name), name  # no formula anywhere
            assert not re.search(rb"BSN 123456782(?!\d)", archive.read(name))
    book = openpyxl.load_workbook(target)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str):
                    assert len(cell.value) <= CELL_LIMIT
                    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", cell.value)
                    if cell.value.startswith(("=", "+", "-", "@")):
                        assert cell.quotePrefix
    # Importing the workbook as it is changes nothing, whatever it holds.
    before = snapshot(repo)
    result = run("import", target, repo, "--apply")
    assert result.code == 0, result.out
    assert snapshot(repo) == before


def test_a_bsn_typed_into_the_workbook_is_never_written(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = export(run, example, tmp_path / "z.xlsx")
    book["Zelfevaluatie"]["E2"] = f"cliënt met BSN {BSN}"
    book.save(tmp_path / "z.xlsx")
    before = snapshot(example)
    result = run("import", tmp_path / "z.xlsx", example, "--apply")
    assert result.code == 1
    assert result.lines[0] == (
        "Zelfevaluatie!E2: SWL501 deze tekst bevat een BSN of een stuurteken; haal dat weg"
    )
    assert BSN not in result.out
    assert snapshot(example) == before


# --- start-up and LibreOffice -------------------------------------------------------------------


def test_check_does_not_import_openpyxl() -> None:
    code = (
        "import sys\n"
        "from swlabel.cli.app import main\n"
        f"code = main(['check', {str(EXAMPLE)!r}])\n"
        "assert 'openpyxl' not in sys.modules, 'openpyxl imported'\n"
        "print('ok', code)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip().endswith("ok 0"), done.stdout + done.stderr


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None, reason="LibreOffice not installed"
)
def test_libreoffice_opens_the_workbook_and_shows_every_norm(
    run: Run, example: Path, tmp_path: Path
) -> None:
    assert SOFFICE is not None
    export(run, example, tmp_path / "zelfevaluatie.xlsx")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(tmp_path / "zelfevaluatie.xlsx")],
        capture_output=True, check=True, timeout=300, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "zelfevaluatie.pdf"), "-"],
        capture_output=True, check=True, text=True,
    ).stdout  # fmt: skip
    book = openpyxl.load_workbook(tmp_path / "zelfevaluatie.xlsx")
    norms = [row[1].value for row in book["Zelfevaluatie"].iter_rows(min_row=2)]
    missing = [norm for norm in norms if not re.search(rf"(?<![\d.]){re.escape(norm)}(?!\d)", text)]
    assert len(norms) == 49 and missing == []


def test_workbook_bytes_carry_the_marker(run: Run, example: Path, tmp_path: Path) -> None:
    export(run, example, tmp_path / "z.xlsx")
    data = (tmp_path / "z.xlsx").read_bytes()
    assert zipfile.ZipFile(io.BytesIO(data)).comment == b"swlabel-workbook"


def test_a_narrative_in_a_yaml_evidence_file_stays_a_block(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = export(run, example, tmp_path / "z.xlsx")
    sheet = book["Zelfevaluatie"]
    (number,) = [row[0].row for row in sheet.iter_rows(min_row=2) if row[1].value == "1.12"]
    sheet[f"H{number}"] = sheet[f"H{number}"].value + "\n\nNieuwe alinea."
    book.save(tmp_path / "z.xlsx")
    before = (example / "evidence/1.12.yaml").read_text(encoding="utf-8")
    result = run("import", tmp_path / "z.xlsx", example, "--apply")
    assert result.code == 0, result.out
    assert result.lines[2] == (
        f"    narrative: '…ortfolio's bij zijn.' → '…ortfolio's bij zijn. Nieuwe alinea.'  "
        f"(Zelfevaluatie!H{number})"
    )
    after = (example / "evidence/1.12.yaml").read_text(encoding="utf-8")
    lines = before.splitlines(keepends=True)
    end = max(index for index, line in enumerate(lines) if line.startswith("  ")) + 1
    assert after == "".join([*lines[:end], "\n", "  Nieuwe alinea.\n", *lines[end:]])


def test_a_text_cut_at_excels_limit_is_locked_and_an_edit_of_it_is_refused(
    run: Run, small_repo: Callable[..., Path], tmp_path: Path
) -> None:
    long = "Lange toelichting. " * 2_000  # 38,000 characters
    repo = small_repo({"evidence/1.1.md": evidence("1.1", body=long)})
    book = export(run, repo, tmp_path / "z.xlsx")
    cell = book["Zelfevaluatie"]["H2"]
    assert len(cell.value) == CELL_LIMIT and cell.value.endswith("…")
    assert cell.protection.locked
    before = snapshot(repo)
    assert run("import", tmp_path / "z.xlsx", repo, "--apply").code == 0
    assert snapshot(repo) == before  # cut, but not edited: nothing changes
    cell.value = "Kort."
    book.save(tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", repo, "--apply")
    assert result.code == 1
    assert result.lines[0] == (
        "Zelfevaluatie!H2: SWL103 deze tekst was te lang voor Excel en is ingekort; "
        "bewerk hem in het bestand zelf"
    )
    assert snapshot(repo) == before


def test_on_a_terminal_import_asks_first(
    run: Run, example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import typer

    from swlabel.commands import importing

    book = export(run, example, tmp_path / "z.xlsx")
    book["Zelfevaluatie"]["D2"] = "voldoet deels"
    book.save(tmp_path / "z.xlsx")
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(question: str) -> bool:
        asked.append(question)
        return next(answers)

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(importing.sys, "stdin", Terminal())
    monkeypatch.setattr(typer, "confirm", confirm)
    path = example / "evidence/1.1.md"
    before = path.read_bytes()
    result = run("import", tmp_path / "z.xlsx", example)
    assert result.lines[-1] == "Niets geschreven. Schrijf de wijzigingen met --apply."
    assert path.read_bytes() == before
    result = run("import", tmp_path / "z.xlsx", example)
    assert result.code == 0 and b"status: partially_compliant" in path.read_bytes()
    assert asked == ["Deze wijzigingen schrijven?"] * 2


# --- the review's findings ----------------------------------------------------------------------


def all_texts(book: openpyxl.Workbook) -> list[str]:
    return [
        str(cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    ]


def test_an_id_that_holds_a_bsn_is_masked_everywhere_and_the_round_trip_holds(
    run: Run, small_repo: Callable[..., Path], tmp_path: Path
) -> None:
    repo = small_repo(
        {
            "register/kopie.yaml": (
                f'documents:\n  - id: "kopie-bsn-{BSN}"\n    title: Kopie\n    path: kopie.pdf\n'
            ),
            "evidence/1.1.md": evidence(
                "1.1", extra=f'evidence:\n  - document: "kopie-bsn-{BSN}"\n'
            ),
        }
    )
    book = export(run, repo, tmp_path / "z.xlsx")
    assert not [text for text in all_texts(book) if BSN in text]
    assert book["Register"]["A2"].value == "kopie-bsn-*********"
    before = snapshot(repo)
    result = run("import", tmp_path / "z.xlsx", repo, "--apply")
    assert (result.code, result.lines) == (
        0,
        ["Geen wijzigingen: de repository is gelijk aan de werkmap."],
    )
    book["Register"]["B2"] = "Nieuwe titel"
    book.save(tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", repo, "--apply")
    assert result.code == 0, result.out
    assert BSN not in result.out
    assert (repo / "register/kopie.yaml").read_text(encoding="utf-8") == (
        f'documents:\n  - id: "kopie-bsn-{BSN}"\n    title: Nieuwe titel\n    path: kopie.pdf\n'
    )
    assert snapshot(repo).keys() == before.keys()


def test_an_unknown_document_or_action_is_said_with_checks_rule_for_it(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    register = book.active
    assert register is not None
    register.title = "Register"
    register.append(["Id", "Titel"])
    register.append(["onbekend-document", "Iets"])
    plan = book.create_sheet("Verbeterplan")
    plan.append(["Id", "Titel"])
    plan.append(["VA-0000", "Iets"])
    book.save(tmp_path / "eigen.xlsx")
    result = run("import", tmp_path / "eigen.xlsx", example)
    assert result.code == 1
    assert result.lines[:2] == [
        "Register!A2: SWL204 document 'onbekend-document' staat niet in het register; "
        "voeg het toe met 'swlabel add document'",
        "Verbeterplan!A2: SWL207 actie 'VA-0000' staat niet in het verbeterplan; "
        "voeg haar toe met 'swlabel add actie'",
    ]


def test_a_text_shown_masked_is_locked_and_an_edit_of_it_is_refused(
    run: Run, small_repo: Callable[..., Path], tmp_path: Path
) -> None:
    body = f"Eerste zin.\n\nDe cliënt met BSN {BSN} is genoemd.\n"
    repo = small_repo({"evidence/1.1.md": evidence("1.1", body=body)})
    book = export(run, repo, tmp_path / "z.xlsx")
    cell = book["Zelfevaluatie"]["H2"]
    assert cell.value == "Eerste zin.\n\nDe cliënt met BSN ********* is genoemd."
    assert cell.protection.locked
    assert not book["Zelfevaluatie"]["H3"].protection.locked
    before = snapshot(repo)
    assert run("import", tmp_path / "z.xlsx", repo, "--apply").code == 0
    assert snapshot(repo) == before  # masked, but not edited: nothing changes
    cell.value = cell.value.replace("Eerste", "Andere")
    book.save(tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", repo, "--apply")
    assert result.code == 1
    assert result.lines[0] == (
        "Zelfevaluatie!H2: SWL103 deze tekst bevat in het bestand een BSN of een stuurteken "
        "en staat hier gemaskeerd; bewerk hem in het bestand zelf"
    )
    assert snapshot(repo) == before
    # A workbook without swlabel's hidden sheet (an older one, or the organisation's own) is
    # refused the same.
    del book["swlabel"]
    book.save(tmp_path / "z.xlsx")
    result = run("import", tmp_path / "z.xlsx", repo, "--apply")
    assert result.code == 1 and result.lines[0].startswith("Zelfevaluatie!H2: SWL103 deze tekst")
    assert snapshot(repo) == before


@pytest.mark.parametrize(
    "part",
    [
        "xl/workbook.xml",
        "xl/styles.xml",
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "docProps/core.xml",
        "xl/worksheets/sheet1.xml",
        None,  # a zip without the part at all: the workbook's own is left out
    ],
)
def test_a_damaged_workbook_is_said_plainly_in_the_users_language(
    run: Run, example: Path, tmp_path: Path, part: str | None
) -> None:
    export(run, example, tmp_path / "z.xlsx")
    damaged = io.BytesIO()
    with (
        zipfile.ZipFile(tmp_path / "z.xlsx") as source,
        zipfile.ZipFile(damaged, "w") as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if part is None and info.filename == "xl/workbook.xml":
                continue
            target.writestr(info, data[: len(data) // 2] if info.filename == part else data)
    (tmp_path / "kapot.xlsx").write_bytes(damaged.getvalue())
    result = run("import", tmp_path / "kapot.xlsx", example)
    assert (result.code, result.out) == (2, "")
    assert result.err.startswith("swlabel: ") and result.err.endswith(
        "/kapot.xlsx is geen Excel-werkmap (.xlsx) die swlabel kan lezen; "
        "sla hem in Excel opnieuw op als Excel-werkmap (.xlsx)\n"
    ), result.err
    result = run("import", tmp_path / "kapot.xlsx", example, "--lang", "en")
    assert result.code == 2 and "is no Excel workbook (.xlsx) swlabel can read" in result.err
    assert "zip" not in result.err and "item" not in result.err


def test_a_workbook_with_no_header_swlabel_understands_is_an_error(
    run: Run, example: Path, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["foo", "bar"])
    sheet.append(["1.1", "voldoet"])
    book.save(tmp_path / "eigen.xlsx")
    before = snapshot(example)
    result = run("import", tmp_path / "eigen.xlsx", example, "--apply")
    assert (result.code, result.out) == (2, "")
    assert (
        "/eigen.xlsx: geen blad heeft een kopregel die swlabel begrijpt. Zet in een van de eerste "
        "tien regels een kolom voor de norm ('norm', 'normnummer', 'nummer', 'nr', 'norm id', "
        "'norm number') of, op de bladen Register en Verbeterplan, voor het id ('id', "
        "'document id', 'document', 'actie', 'action'), en daarnaast een kolom om in te vullen"
    ) in result.err
    assert snapshot(example) == before


def test_export_to_standard_output_is_refused(
    run: Run, example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("export", example, "--output", "-")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "swlabel: een werkmap is een bestand; geef --output zelfevaluatie.xlsx (niet '-')\n"
    )
    assert not (tmp_path / "-").exists() and not (example / "-").exists()


@pytest.mark.parametrize(("language", "placeholder"), [("nl", "BESTAND"), ("en", "FILE")])
def test_import_help_names_the_workbook_in_the_users_language(
    run: Run, monkeypatch: pytest.MonkeyPatch, language: str, placeholder: str
) -> None:
    monkeypatch.setenv("SWLABEL_LANG", language)
    result = run("import", "-h")
    assert result.code == 0
    assert "{workbook}" not in result.out and "* workbook" not in result.out
    usage = next(line for line in result.lines if "swlabel import" in line)
    assert f"{{{placeholder}}}" in usage  # Typer's braces: a required argument
    assert any(line.split()[:3] == ["│", "*", placeholder] for line in result.lines)
