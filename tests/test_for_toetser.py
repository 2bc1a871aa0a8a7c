"""swlabel report --for toetser: every format without file paths, rule codes and the technical
meldingen (SWL1xx, SWL2xx, SWL5xx); the content meldingen stay, as their sentence."""

from __future__ import annotations

import html
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from conftest import Result, evidence

Run = Callable[..., Result]
Repo = Callable[..., Path]
AS_OF = ("--as-of", "2026-11-01")


def _text(path: Path) -> str:
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            return html.unescape(archive.read("dossier.html").decode("utf-8"))
    text = path.read_text(encoding="utf-8")
    return html.unescape(text) if path.suffix == ".html" else text


@pytest.fixture
def repo(small_repo: Repo, run: Run) -> tuple[Path, dict[str, str]]:
    """A repository with one technical melding (SWL106, an unknown field) and one about the
    content (SWL301, compliant without evidence); their sentences, as check says them."""
    root = small_repo(
        {
            "evidence/1.1.md": evidence("1.1", "compliant"),
            "evidence/1.10.md": evidence("1.10", extra="kleur: rood\n"),
        }
    )
    found = json.loads(run("check", root, *AS_OF, "--format", "json").out)["meldingen"]
    messages = {m["code"]: m["message"] for m in found}
    assert {"SWL106", "SWL301"} <= set(messages), messages
    return root, messages


FORMATS = {
    "html": ("--format", "html", "-o", "d.html"),
    "md": ("--format", "md", "-o", "d.md"),
    "docx": ("--format", "docx", "-o", "d.docx"),
    "json": ("--format", "json", "-o", "d.json"),
    "bundle": ("--bundle", "d.zip"),
}


@pytest.mark.parametrize("name", list(FORMATS))
def test_for_toetser_leaves_out_paths_codes_and_technical_meldingen(
    repo: tuple[Path, dict[str, str]], run: Run, name: str
) -> None:
    root, messages = repo
    args = FORMATS[name]
    target = root / args[-1]
    mine = run("report", root, *AS_OF, *args[:-1], target)
    assert mine.code == 0, mine.err
    everything = _text(target)
    # For the organisation: the path of each evidence file, the codes, every melding.
    assert "evidence/1.1.md" in everything and "SWL106" in everything
    theirs = run("report", root, *AS_OF, *args[:-1], target, "--for", "toetser")
    assert theirs.code == 0, theirs.err
    text = _text(target)
    assert "SWL" not in text
    assert "evidence/" not in text and ".md:" not in text
    assert messages["SWL106"] not in text.replace("\\", "")
    assert messages["SWL301"] in text.replace("\\", "")


def test_json_for_toetser_keeps_level_and_sentence(
    repo: tuple[Path, dict[str, str]], run: Run
) -> None:
    root, messages = repo
    result = run("report", root, *AS_OF, "--format", "json", "-o", "-", "--for", "toetser")
    data = json.loads(result.out)
    assert data["meldingen"] == [
        {"level": "error", "message": messages["SWL301"]},
        {"level": "warning", "message": messages["SWL305"]},
    ]
    norms = [n for r in data["report"]["rubrieken"] for n in r["norms"]]
    assert {n["source_path"] for n in norms} == {""}
    assert data["report"]["for_toetser"] is True


def test_csv_for_toetser_is_the_csv(repo: tuple[Path, dict[str, str]], run: Run) -> None:
    root, _ = repo
    plain = run("report", root, *AS_OF, "--format", "csv", "-o", "-")
    theirs = run("report", root, *AS_OF, "--format", "csv", "-o", "-", "--for", "toetser")
    assert theirs.code == 0 and theirs.out == plain.out


def test_an_unknown_audience(repo: tuple[Path, dict[str, str]], run: Run) -> None:
    root, _ = repo
    result = run("report", root, "--for", "iedereen")
    assert result.code == 2 and "organisatie" in result.err and "toetser" in result.err
