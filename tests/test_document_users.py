"""Which norms use each register document (load.dossier.document_users): the report, the
calendar, the to-do list and two checks ask for it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import evidence
from swlabel.load.dossier import document_users, load_repository

Repo = Callable[..., Path]

REGISTER = """\
documents:
  - {id: rie, title: RI&E, url: "https://example.org/rie"}
  - {id: arbo, title: Arbobeleid, url: "https://example.org/arbo"}
  - {id: los, title: Los, url: "https://example.org/los"}
"""


def test_each_document_lists_its_norms_once_in_natural_order(small_repo: Repo) -> None:
    """1.1 before 1.10 before 2.1 whatever order the evidence was read in; a norm that names a
    document twice, or in an item left out as invalid, is listed once."""
    twice = "evidence:\n  - document: rie\n  - document: arbo\n  - document: rie\n"
    # a reference with a title of its own is left out as invalid
    invalid = "evidence:\n  - document: arbo\n    title: Arbo\n  - document: rie\n"
    repo = small_repo(
        {
            "register/documenten.yaml": REGISTER,
            "evidence/1.1.md": evidence("1.1", extra=invalid),
            "evidence/1.10.md": evidence("1.10", extra="evidence:\n  - document: rie\n"),
            "evidence/2.1.md": evidence("2.1", extra=twice),
        }
    )
    dossier = load_repository(repo)
    assert [item.document for item in dossier.evidence["1.1"].invalid_items] == ["arbo"]
    expected = {"rie": ("1.1", "1.10", "2.1"), "arbo": ("1.1", "2.1")}
    assert document_users(dossier) == expected
    # the evidence in another order (as another loader might keep it): the same lists
    reordered = dict(reversed(list(dossier.evidence.items())))
    dossier.evidence.clear()
    dossier.evidence.update(reordered)
    assert list(dossier.evidence) == ["2.1", "1.10", "1.1"]
    assert document_users(dossier) == expected
