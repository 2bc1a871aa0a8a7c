"""Which meldingen a norm's section shows (#13, #14): those on the lines of the register
entries its evidence uses, found once per entry, from where the entry starts to where the
next one starts (the last one to the end of its list)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from conftest import evidence
from swlabel.checks import run_checks
from swlabel.load.dossier import load_repository
from swlabel.output.norm_problems import problems_by_norm

REGISTER = """\
documents:
  - id: doc-a
    title: A
    url: https://example.org/a
    colour: red
  - id: doc-b
    title: B
    url: https://example.org/b
  - id: doc-c
    title: C
    url: https://example.org/c
    colour: blue
    shade: dark
"""


def _uses(*documents: str) -> str:
    return "evidence:\n" + "".join(f"  - document: {document}\n" for document in documents)


def test_a_norm_shows_the_meldingen_on_the_lines_of_its_documents(
    small_repo: Callable[..., Path],
) -> None:
    root = small_repo(
        {
            "register/docs.yaml": REGISTER,
            "evidence/1.1.md": evidence("1.1", extra=_uses("doc-a")),
            "evidence/1.10.md": evidence("1.10", extra=_uses("doc-b")),
            "evidence/2.1.md": evidence("2.1", extra=_uses("doc-c", "doc-a")),
        }
    )
    dossier = load_repository(root)
    problems = run_checks(dossier, dt.date(2026, 11, 1)).problems
    on_register = sorted(
        (problem.line, problem.code) for problem in problems if problem.path == "register/docs.yaml"
    )
    assert [line for line, _ in on_register] == [5, 12, 13]

    found = problems_by_norm(dossier, problems)

    def register_lines(norm: str) -> list[int]:
        return [p.line for p in found.get(norm, []) if p.path == "register/docs.yaml"]

    assert register_lines("1.1") == [5]
    assert register_lines("1.10") == []
    # In the order of the list of all meldingen, doc-a's before doc-c's.
    assert register_lines("2.1") == [5, 12, 13]
