"""add (#15): asks field by field in a terminal when a required option is missing (never off a
terminal), and add action --norm X also names the action under ``actions`` in evidence/X,
keeping that file's layout."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conftest import Result, evidence, in_a_terminal, meldingen
from swlabel.load.edits import EditError, add_to_list, add_to_list_markdown

Repo = Callable[..., Path]
Run = Callable[..., Result]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "norm: '1.1'\nactions: [VA-1]  # eerst\n",
            "norm: '1.1'\nactions: [VA-1, VA-9]  # eerst\n",
        ),
        ("norm: '1.1'\nactions: []\n", "norm: '1.1'\nactions: [VA-9]\n"),
        (
            "norm: '1.1'\nactions:\n  - VA-1  # eerst\n  - 'VA-2'\nnarrative: |\n  x\n",
            "norm: '1.1'\nactions:\n  - VA-1  # eerst\n  - 'VA-2'\n  - VA-9\nnarrative: |\n  x\n",
        ),
        ("norm: '1.1'\nactions: VA-1\n", "norm: '1.1'\nactions: [VA-1, VA-9]\n"),
        ("norm: '1.1'\nactions:\n", "norm: '1.1'\nactions: [VA-9]\n"),
        ("norm: '1.1'\r\nstatus: x\r\n", "norm: '1.1'\r\nstatus: x\r\nactions: [VA-9]\r\n"),
        ("norm: '1.1'\nactions: [VA-9]\n", "norm: '1.1'\nactions: [VA-9]\n"),
        (
            "norm: '1.1'\nnarrative: |\n  tekst\n\n  meer\n",
            "norm: '1.1'\nnarrative: |\n  tekst\n\n  meer\nactions: [VA-9]\n",
        ),
    ],
)
def test_an_action_is_added_to_the_list_in_its_own_style(before: str, after: str) -> None:
    assert add_to_list(before, ("actions",), "VA-9") == after
    assert yaml.safe_load(after)["actions"][-1] == "VA-9"


def test_in_a_markdown_file_only_the_front_matter_changes() -> None:
    text = "---\nnorm: '1.1'\nstatus: compliant\n---\n\nTekst: met *opmaak*.\n"
    assert add_to_list_markdown(text, ("actions",), "VA-9") == (
        "---\nnorm: '1.1'\nstatus: compliant\nactions: [VA-9]\n---\n\nTekst: met *opmaak*.\n"
    )


def test_actions_that_are_no_list_are_refused() -> None:
    with pytest.raises(EditError) as caught:
        add_to_list("norm: '1.1'\nactions: {a: b}\n", ("actions",), "VA-9")
    assert caught.value.reason == "edits.not_a_list"


def test_add_action_names_the_action_in_each_norms_evidence_file(
    small_repo: Repo, run: Run
) -> None:
    repo = small_repo(
        {
            "evidence/1.1.md": evidence("1.1", "partially_compliant", "# wie\n", "Deels.\n"),
            "evidence/1.10.md": "---\r\nnorm: '1.10'\r\nactions: [VA-0]\r\n---\r\nTekst.\r\n",
        }
    )
    (repo / "evidence/2.1.md").unlink()
    plan = "actions:\n  - id: VA-0\n    title: Oud\n"
    (repo / "improvement-plan.yaml").write_text(plan, encoding="utf-8")
    result = run(
        "add", "action", "-C", repo, "--id", "VA-1", "--title", "Scholing",
        "--norm", "1.1", "--norm", "1.10", "--norm", "2.1",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.splitlines()[1:] == [
        "verbeteractie VA-1 toegevoegd aan 'actions' in evidence/1.1.md",
        "verbeteractie VA-1 toegevoegd aan 'actions' in evidence/1.10.md",
        "norm 2.1 heeft nog geen bewijsbestand; de verbeteractie staat alleen in het verbeterplan",
    ]
    assert (repo / "evidence/1.1.md").read_text(encoding="utf-8") == (
        # after the last value, before the comment below it
        '---\nnorm: "1.1"\nstatus: partially_compliant\nactions: [VA-1]\n# wie\n---\nDeels.\n'
    )
    assert (repo / "evidence/1.10.md").read_bytes() == (
        b"---\r\nnorm: '1.10'\r\nactions: [VA-0, VA-1]\r\n---\r\nTekst.\r\n"
    )
    check = run("check", repo, "--as-of", "2026-11-01")
    assert not [line for line in meldingen(check) if " SWL207 " in line or " SWL310 " in line]


def test_an_evidence_file_that_cannot_take_the_action_leaves_everything_unwritten(
    small_repo: Repo, run: Run
) -> None:
    repo = small_repo({"evidence/1.1.md": "---\nnorm: '1.1'\nactions: {a: b}\n---\n"})
    before = {path: path.read_bytes() for path in repo.rglob("*") if path.is_file()}
    result = run("add", "action", "-C", repo, "--title", "Scholing", "--norm", "1.1")
    assert result.code == 2
    assert "evidence/1.1.md" in result.err and "er is niets geschreven" not in result.out
    assert {path: path.read_bytes() for path in repo.rglob("*") if path.is_file()} == before


@pytest.mark.parametrize(
    ("args", "option"),
    [(("document", "--title", "X"), "--id"), (("action", "--norm", "1.1"), "--title")],
)
def test_off_a_terminal_a_missing_option_is_a_usage_error(
    small_repo: Repo, run: Run, args: tuple[str, ...], option: str
) -> None:
    repo = small_repo()
    result = run("add", *args, "-C", repo)
    assert result.code == 2
    assert result.err.splitlines()[-1] == f"swlabel: de optie '{option}' ontbreekt."
    assert not (repo / "register.yaml").exists() and not (repo / "improvement-plan.yaml").exists()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX terminal")
def test_add_document_asks_field_by_field_in_a_terminal(small_repo: Repo) -> None:
    repo = small_repo()
    # the id, the title left empty once (required), the title, a web address, the owner
    # skipped, a Dutch date refused with the date meant, then that date; the rest skipped
    answers = ["privacybeleid", "", "Privacybeleid", "www.example.nl/privacy", "", "12-03-2026",
               "2026-03-12", "", ""]  # fmt: skip
    args = ["add", "document", "-C", str(repo), "--kind", "beleid"]
    code, shown = in_a_terminal(args, answers)
    text = shown.replace("\r", "")
    assert code == 0, text
    lines = [line.strip() for line in text.splitlines()]
    assert "Dit veld is verplicht." in lines
    assert "'12-03-2026' is geen datum; bedoelde u 2026-03-12? Schrijf JJJJ-MM-DD" in lines
    assert "Soort" not in text  # given on the command line, so not asked
    register = yaml.safe_load((repo / "register.yaml").read_text(encoding="utf-8"))
    [document] = register["documents"]
    assert document == {
        "id": "privacybeleid",
        "title": "Privacybeleid",
        "kind": "beleid",
        "url": "www.example.nl/privacy",
        "date": dt.date(2026, 3, 12),
    }


@pytest.mark.parametrize(
    ("language", "said"),
    [("nl", "Verplicht; in een terminal vraagt swlabel erom"), ("en", "Required; in a terminal")],
)
def test_the_help_says_which_options_are_required_and_asked_for(
    run: Run, language: str, said: str
) -> None:
    for kind, count in (("document", 2), ("action", 1)):
        shown = " ".join(
            run("add", kind, "--help", "--lang", language).out.replace("│", "").split()
        )
        assert shown.count(said) == count, kind
