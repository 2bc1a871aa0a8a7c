"""swlabel report --bundle: the HTML dossier with the documents it cites, in one zip whose
links point inside it; nothing from outside the repository, nothing through a link."""

from __future__ import annotations

import html
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import EXAMPLE, Result, evidence

Run = Callable[..., Result]
Repo = Callable[..., Path]
AS_OF = ("--as-of", "2026-11-01")

REGISTER = """\
documents:
  - {id: binnen, title: Binnen, path: documenten/binnen.pdf, date: 2026-01-10}
  - {id: hekje, title: Met hekje, path: "documenten/notulen #3.pdf", date: 2026-01-10}
  - {id: buiten, title: Buiten, path: ../buiten.pdf, date: 2026-01-10}
  - {id: link, title: Via een link, path: documenten/link.pdf, date: 2026-01-10}
  - {id: weg, title: Weg, path: documenten/weg.pdf, date: 2026-01-10}
  - {id: web, title: Op het web, url: "https://x.example/web", date: 2026-01-10}
  - {id: lijst, title: Deelnemerslijst, path: documenten/lijst.csv, date: 2026-01-10}
  - {id: overzicht, title: Overzicht, path: documenten/overzicht.md, date: 2026-01-10}
"""
CITES = "evidence:\n" + "".join(
    f"  - document: {name}\n"
    for name in ("binnen", "hekje", "buiten", "link", "weg", "web", "lijst", "overzicht")
)


def _links(text: str) -> list[str]:
    return [html.unescape(link) for link in re.findall(r'href="([^"]*)"', text)]


def _local(links: list[str]) -> list[str]:
    return [link for link in links if not link.startswith(("#", "http:", "https:", "mailto:"))]


@pytest.mark.skipif(os.name == "nt", reason="a POSIX link")
def test_the_documents_inside_the_repository_and_nothing_else(
    small_repo: Repo, run: Run, tmp_path: Path
) -> None:
    repo = small_repo(
        {
            "register/documenten.yaml": REGISTER,
            "evidence/1.1.md": evidence("1.1", "compliant", CITES, "\nBSN 123456782 gesproken.\n"),
            "documenten/binnen.pdf": b"%PDF binnen",
            "documenten/notulen #3.pdf": b"%PDF notulen",
            "documenten/lijst.csv": "naam;bsn\nJan;123456782\n",
            # No BSN by itself (no word for it beside the number), but the mask knows the
            # number from the narrative, and hides it in every output: the zip too.
            "documenten/overzicht.md": "Dossiernr 123456782 gesloten.\n",
        }
    )
    (tmp_path / "buiten.pdf").write_bytes(b"%PDF buiten")
    (tmp_path / "geheim.pdf").write_bytes(b"%PDF geheim")
    (repo / "documenten" / "link.pdf").symlink_to(tmp_path / "geheim.pdf")
    target = tmp_path / "uit" / "toetser.zip"
    result = run("report", repo, *AS_OF, "--bundle", target)
    assert result.code == 0, result.err
    assert result.out.startswith(f"Dossier en 2 documenten geschreven naar {target.as_posix()}")
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert sorted(names) == [
            "documenten/binnen.pdf",
            "documenten/notulen #3.pdf",
            "dossier.html",
            "inhoud.txt",
        ]
        assert archive.read("documenten/binnen.pdf") == b"%PDF binnen"
        assert archive.comment == b"swlabel-dossier"
        dossier = archive.read("dossier.html").decode("utf-8")
        index = archive.read("inhoud.txt").decode("utf-8")
    # Every link to a document resolves to an entry of the zip.
    local = _local(_links(dossier))
    assert local and all(unquote(link).removeprefix("./") in names for link in local), local
    assert "./documenten/notulen%20%233.pdf" in local
    assert "https://x.example/web" in _links(dossier)
    assert "geheim" not in dossier and "buiten.pdf" not in " ".join(local)
    assert "123456782" not in dossier
    assert "  Op het web: https://x.example/web\r\n" in index
    assert "  Via een link: een link naar buiten de repository\r\n" in index
    assert "  Weg: niet gevonden in de repository\r\n" in index
    assert "  Buiten: buiten de repository\r\n" in index
    # A cited text file that holds a BSN is not copied into the zip: no mask reaches inside it.
    assert "documenten/lijst.csv" not in names
    assert "documenten/overzicht.md" not in names
    assert "  Overzicht: het document bevat een BSN (zie swlabel check)" in index
    assert (
        "  Deelnemerslijst: het document bevat een BSN (zie swlabel check); haal het nummer "
        "eruit en maak de bundel opnieuw\r\n"
    ) in index


def test_the_example_bundle_links_resolve(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "dossier.zip"
    assert run("report", EXAMPLE, *AS_OF, "--bundle", target).code == 0
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        dossier = archive.read("dossier.html").decode("utf-8")
    assert len(names) == len({name.casefold() for name in names})
    assert not [name for name in names if name.startswith("/") or ".." in name.split("/")]
    local = _local(_links(dossier))
    assert len(local) > 40
    assert [link for link in local if unquote(link).removeprefix("./") not in names] == []
    # A second run replaces its own zip without --force; another zip needs --force.
    assert run("report", EXAMPLE, *AS_OF, "--bundle", target).code == 0
    with zipfile.ZipFile(tmp_path / "eigen.zip", "w") as own:
        own.writestr("a.txt", "van ons")
    assert run("report", EXAMPLE, *AS_OF, "--bundle", tmp_path / "eigen.zip").code == 2


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--format", "md"), "--bundle maakt altijd een HTML-dossier in een zip"),
        (("--output", "x.html"), "--bundle en --output gaan niet samen"),
    ],
)
def test_bundle_refuses_what_does_not_go_with_it(
    small_repo: Repo, run: Run, extra: tuple[str, ...], message: str
) -> None:
    repo = small_repo()
    result = run("report", repo, "--bundle", repo / "b.zip", *extra)
    assert result.code == 2 and message in result.err
    assert not (repo / "b.zip").exists()
