"""swlabel todo: what each person must do before the toetsing, per owner, in order of date."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import CONFIG, Result, evidence
from swlabel.commands.todo import todo
from swlabel.errors import UsageError

Repo = Callable[..., Path]
AS_OF = dt.date(2026, 11, 1)

REGISTER = """\
documents:
  - id: privacy
    title: Privacyreglement
    path: privacy.pdf
    owner: Functionaris gegevensbescherming
    date: 2025-01-01
    review_date: 2026-10-01
  - id: bhv
    title: BHV-plan
    path: bhv.pdf
    owner: preventiemedewerker
    date: 2025-01-01
    valid_until: 2027-02-01
  - id: archief
    title: Oud jaarverslag
    path: archief.pdf
    owner: Preventiemedewerker
    date: 2020-01-01
    valid_until: 2021-01-01
"""

PLAN = """\
actions:
  - id: VA-1
    title: Portfolio's actueel
    norms: ["1.10"]
    owner: Manager HR
    due: 2026-12-31
    status: in_progress
  - id: VA-2
    title: Evaluatie vastleggen
    norms: ["1.1"]
    owner: Manager HR
    due: 2026-09-30
  - id: VA-3
    title: Al gedaan
    owner: Manager HR
    due: 2026-09-30
    status: done
    done_on: 2026-09-01
  - id: VA-4
    title: Na de toetsing
    owner: Manager HR
    due: 2027-06-01
"""


def _tree(next_audit: str | None = "2027-03-16") -> dict[str, str]:
    config = CONFIG + (f"next_audit: {next_audit}\n" if next_audit else "")
    return {
        "swlabel.yaml": config,
        "register.yaml": REGISTER,
        "improvement-plan.yaml": PLAN,
        "privacy.pdf": "x",
        "bhv.pdf": "x",
        "archief.pdf": "x",
        "evidence/1.1.md": evidence(
            "1.1",
            "compliant",
            "assessed_by: Kwaliteitsmedewerker\nevidence:\n  - document: privacy\n"
            "  - title: Scholingsoverzicht\n    path: privacy.pdf\n    date: 2025-01-01\n"
            "    valid_until: 2027-01-15\n",
        ),
        "evidence/1.10.md": evidence("1.10", extra="assessed_by: kwaliteitsmedewerker\n"),
        "evidence/2.1.md": evidence("2.1", "compliant", "evidence:\n  - document: bhv\n"),
    }


def _run(root: Path, **options: Any) -> str:
    out = io.StringIO()
    assert todo(root, out=out, as_of=options.pop("as_of", AS_OF), **options) == 0
    return out.getvalue()


def test_todo_lists_each_owners_work_by_date_with_what_is_late(small_repo: Repo) -> None:
    assert _run(small_repo(_tree())) == (
        "Te doen vóór de toetsing · Stichting Test\n"
        "Peildatum 2026-11-01 · toetsing 2027-03-16\n"
        "\n"
        "Functionaris gegevensbescherming · 1 taak\n"
        "  2026-10-01  te laat  herzien: Privacyreglement · norm 1.1 · register.yaml\n"
        "\n"
        "Kwaliteitsmedewerker · 2 taken\n"
        "  2027-01-15           verloopt: Scholingsoverzicht · norm 1.1 · evidence/1.1.md\n"
        "  2027-03-16           norm 1.10 beoordelen · evidence/1.10.md\n"
        "\n"
        "Manager HR · 2 taken\n"
        "  2026-09-30  te laat  verbeteractie VA-2: Evaluatie vastleggen · norm 1.1"
        " · improvement-plan.yaml\n"
        "  2026-12-31           verbeteractie VA-1: Portfolio's actueel · norm 1.10"
        " · improvement-plan.yaml\n"
        "\n"
        "preventiemedewerker · 1 taak\n"
        "  2027-02-01           verloopt: BHV-plan · norm 2.1 · register.yaml\n"
    )


def test_owner_filters_without_regard_to_case_in_english(small_repo: Repo) -> None:
    text = _run(small_repo(_tree()), owner="manager hr", language="en")
    assert text == (
        "To do before the audit · Stichting Test\n"
        "Reference date 2026-11-01 · audit 2027-03-16\n"
        "\n"
        "Manager HR · 2 tasks\n"
        "  2026-09-30  late  improvement action VA-2: Evaluatie vastleggen · norm 1.1"
        " · improvement-plan.yaml\n"
        "  2026-12-31        improvement action VA-1: Portfolio's actueel · norm 1.10"
        " · improvement-plan.yaml\n"
    )


def test_an_owner_with_nothing_to_do_is_told_so(small_repo: Repo) -> None:
    # Preventiemedewerker owns the old annual report, which no norm uses: it does not nag.
    root = small_repo(_tree())
    assert _run(root, owner="Preventiemedewerker", as_of=dt.date(2027, 2, 2)) == (
        "Te doen vóór de toetsing · Stichting Test\n"
        "Peildatum 2027-02-02 · toetsing 2027-03-16\n"
        "\n"
        "preventiemedewerker · 1 taak\n"
        "  2027-02-01  te laat  verloopt: BHV-plan · norm 2.1 · register.yaml\n"
    )
    tree = _tree()
    tree["evidence/2.1.md"] = evidence("2.1", "compliant")
    assert _run(small_repo(tree), owner="Preventiemedewerker") == (
        "Niets te doen voor Preventiemedewerker vóór 2027-03-16.\n"
    )


def test_an_unknown_owner_is_a_usage_error_with_a_suggestion(small_repo: Repo) -> None:
    with pytest.raises(UsageError) as raised:
        _run(small_repo(_tree()), owner="Manager H")
    assert raised.value.message == (
        "het dossier noemt geen eigenaar 'Manager H'; bedoelde u 'Manager HR'? Eigenaren: "
        "Functionaris gegevensbescherming, Kwaliteitsmedewerker, Manager HR, preventiemedewerker"
    )


@pytest.mark.parametrize("owner", ["", "  "])
def test_an_empty_owner_asks_for_a_name(small_repo: Repo, owner: str) -> None:
    with pytest.raises(UsageError) as raised:
        _run(small_repo(_tree()), owner=owner)
    assert raised.value.message == (
        "geef na --owner de naam van een eigenaar; eigenaren: Functionaris "
        "gegevensbescherming, Kwaliteitsmedewerker, Manager HR, preventiemedewerker"
    )


def test_without_a_toetsing_the_next_three_months_count(small_repo: Repo) -> None:
    text = _run(small_repo(_tree(next_audit=None)), owner="Kwaliteitsmedewerker")
    assert text == (
        "Te doen vóór de toetsing · Stichting Test\n"
        "Peildatum 2026-11-01 · geen toetsing gepland (next_audit in swlabel.yaml), dus tot "
        "2027-02-01\n"
        "\n"
        "Kwaliteitsmedewerker · 2 taken\n"
        "  2027-01-15  verloopt: Scholingsoverzicht · norm 1.1 · evidence/1.1.md\n"
        "  geen datum  norm 1.10 beoordelen · evidence/1.10.md\n"
    )


def test_nothing_to_do(small_repo: Repo) -> None:
    # 2.1 is out of scope; the other two are assessed, without documents or actions.
    tree = {
        "swlabel.yaml": CONFIG.replace("yes", "no"),
        "evidence/1.1.md": evidence("1.1", "non_compliant"),
        "evidence/1.10.md": evidence("1.10", "non_compliant"),
    }
    assert _run(small_repo(tree)).splitlines()[-1] == "Niets te doen vóór 2027-02-01."


def test_todo_from_the_command_line(small_repo: Repo, run: Callable[..., Result]) -> None:
    root = small_repo(_tree())
    result = run(
        "todo", root, "--as-of", "2026-11-01", "--owner", "FUNCTIONARIS gegevensbescherming"
    )
    assert (result.code, result.lines[-1]) == (
        0,
        "  2026-10-01  te laat  herzien: Privacyreglement · norm 1.1 · register.yaml",
    )
    result = run("todo", "-C", root, "--as-of", "2026-11-01", "--owner", "Niemand", "--lang", "en")
    assert result.code == 2
    assert result.err.splitlines()[-1] == (
        "swlabel: the dossier names no owner 'Niemand'; owners: Functionaris gegevensbescherming, "
        "Kwaliteitsmedewerker, Manager HR, preventiemedewerker"
    )
