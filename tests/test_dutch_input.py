"""Dutch input gets a hint (#15): a value written in Dutch (status: voldoet, --status loopt) or a
date written the Dutch way (12-03-2026) is still refused, but the melding names the value meant,
in check's meldingen and in add's option errors, in both languages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result, evidence, meldingen
from swlabel.load import dutch_input
from swlabel.load.dutch_input import suggest_choice, suggest_date
from swlabel.problems import Localised

Repo = Callable[..., Path]
Run = Callable[..., Result]

STATUSES = ("compliant", "partially_compliant", "non_compliant", "not_applicable", "not_assessed")
ACTION_STATES = ("open", "in_progress", "done", "cancelled")


@pytest.mark.parametrize(
    ("value", "choices", "meant"),
    [
        ("voldoet", STATUSES, "compliant"),
        ("Voldoet deels", STATUSES, "partially_compliant"),
        ("voldoet_niet", STATUSES, "non_compliant"),
        ("n.v.t.", STATUSES, "not_applicable"),
        ("nog niet beoordeeld", STATUSES, "not_assessed"),
        ("Compliant", STATUSES, "compliant"),
        ("partially-compliant", STATUSES, "partially_compliant"),
        ("complaint", STATUSES, "compliant"),
        ("loopt", ACTION_STATES, "in_progress"),
        ("afgerond", ACTION_STATES, "done"),
        ("vervallen", ACTION_STATES, "cancelled"),
        ("in progress", ACTION_STATES, "in_progress"),
        # a word of another field is not suggested here
        ("loopt", STATUSES, None),
        ("voldoet", ACTION_STATES, None),
        ("banaan", STATUSES, None),
        ("", STATUSES, None),
    ],
)
def test_the_value_meant_is_suggested_only_when_the_field_allows_it(
    value: str, choices: tuple[str, ...], meant: str | None
) -> None:
    assert suggest_choice(value, choices) == meant


@pytest.mark.parametrize(
    ("value", "meant"),
    [
        ("12-03-2026", "2026-03-12"),  # day first, as the Netherlands writes it
        ("1-3-2026", "2026-03-01"),
        ("12/03/2026", "2026-03-12"),
        ("12.3.2026", "2026-03-12"),
        ("2026/03/12", "2026-03-12"),
        ("2026-3-12", "2026-03-12"),
        ("20260312", "2026-03-12"),
        ("12 maart 2026", "2026-03-12"),
        ("1 okt. 2026", "2026-10-01"),
        ("31-02-2026", None),  # no such day: nothing to suggest
        ("2026-02-30", None),
        ("2026-03-12", None),  # already right
        ("volgende week", None),
        ("13-13-2026", None),
    ],
)
def test_a_date_written_another_way_names_the_date_meant(value: str, meant: str | None) -> None:
    assert suggest_date(value) == meant


FILES = {
    "evidence/1.1.md": evidence(
        "1.1",
        "voldoet",
        "assessed_on: 12-03-2026\n",
    ),
    "evidence/1.2.md": evidence("1.2", "'Voldoet deels'"),
    "evidence/1.10.md": evidence("1.10", "compliant", "assessed_on: 31-02-2026\n"),
}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            [
                "evidence/1.1.md:3:9: SWL103 status: 'voldoet' is geen geldige waarde; "
                "gebruik compliant (voldoet)",
                "evidence/1.1.md:4:14: SWL107 assessed_on: '12-03-2026' is geen geldige datum; "
                "bedoelde u 2026-03-12? Schrijf datums als JJJJ-MM-DD",
                "evidence/1.2.md:3:9: SWL103 status: 'Voldoet deels' is geen geldige waarde; "
                "gebruik partially_compliant (voldoet deels)",
                "evidence/1.10.md:4:14: SWL107 assessed_on: '31-02-2026' is geen geldige datum; "
                "schrijf JJJJ-MM-DD met een bestaande dag, bijvoorbeeld 2026-03-31",
            ],
        ),
        (
            "en",
            [
                "evidence/1.1.md:3:9: SWL103 status: 'voldoet' is not a valid value; use compliant",
                "evidence/1.1.md:4:14: SWL107 assessed_on: '12-03-2026' is not a valid date; "
                "did you mean 2026-03-12? Write dates as YYYY-MM-DD",
                "evidence/1.2.md:3:9: SWL103 status: 'Voldoet deels' is not a valid value; "
                "use partially_compliant",
                "evidence/1.10.md:4:14: SWL107 assessed_on: '31-02-2026' is not a valid date; "
                "write YYYY-MM-DD with a day that exists, for example 2026-03-31",
            ],
        ),
    ],
)
def test_check_names_the_value_meant(
    small_repo: Repo, run: Run, language: str, expected: list[str]
) -> None:
    repo = small_repo(FILES)
    result = run("check", repo, "--as-of", "2026-11-01", "--lang", language)
    found = [line for line in meldingen(result) if " SWL103 " in line or " SWL107 " in line]
    assert found == expected


def test_a_value_with_no_likely_meaning_keeps_the_list_of_choices(
    small_repo: Repo, run: Run
) -> None:
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "banaan")})
    [line] = [m for m in meldingen(run("check", repo, "--as-of", "2026-11-01")) if "SWL103" in m]
    assert line == (
        "evidence/1.1.md:3:9: SWL103 status: 'banaan' is geen geldige waarde; kies uit "
        "'compliant' (voldoet), 'partially_compliant' (voldoet deels), 'non_compliant' "
        "(voldoet niet), 'not_applicable' (niet van toepassing) of 'not_assessed' (nog niet "
        "beoordeeld)"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            "swlabel: due: '12-03-2026' is geen geldige datum; bedoelde u 2026-03-12? Schrijf "
            "datums als JJJJ-MM-DD; status: 'loopt' is geen geldige waarde; gebruik "
            "in_progress (loopt)\n",
        ),
        (
            "en",
            "swlabel: due: '12-03-2026' is not a valid date; did you mean 2026-03-12? Write "
            "dates as YYYY-MM-DD; status: 'loopt' is not a valid value; use in_progress\n",
        ),
    ],
)
def test_add_action_names_the_value_meant(
    small_repo: Repo, run: Run, language: str, expected: str
) -> None:
    repo = small_repo()
    plan = repo / "improvement-plan.yaml"
    before = plan.read_bytes() if plan.exists() else None
    result = run(
        "add", "action", "-C", repo, "--title", "Klachten", "--status", "loopt",
        "--due", "12-03-2026", "--lang", language,
    )  # fmt: skip
    assert result.code == 2
    assert result.err == expected
    assert (plan.read_bytes() if plan.exists() else None) == before


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", "swlabel: '12-03-2026' is geen datum; bedoelde u 2026-03-12? Schrijf JJJJ-MM-DD"),
        ("en", "swlabel: '12-03-2026' is not a date; did you mean 2026-03-12? Write YYYY-MM-DD"),
    ],
)
def test_a_date_option_names_the_date_meant(
    small_repo: Repo, run: Run, language: str, expected: str
) -> None:
    result = run("add", "toetsing", "-C", small_repo(), "--date", "12-03-2026", "--lang", language)
    assert result.code == 2
    assert result.err.splitlines()[-1] == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        # a Dutch word for a choice of the command line, with its label where it has one
        (
            ("add", "toetsing", "--date", "2027-03-16", "--route", "extern"),
            "swlabel: ongeldige waarde voor '--route'; gebruik external.",
        ),
        (
            ("add", "toetsing", "--date", "2027-03-16", "--route", "Intercollegiaal"),
            "swlabel: ongeldige waarde voor '--route'; gebruik peer.",
        ),
        # a typo of the value itself
        (
            ("check", "--format", "jsn"),
            "swlabel: ongeldige waarde voor '--format' / '-f'; gebruik json.",
        ),
        # nothing likely: the list of choices, as before
        (
            ("add", "toetsing", "--date", "2027-03-16", "--route", "xyz"),
            "swlabel: ongeldige waarde voor '--route': kies uit external, peer.",
        ),
    ],
)
def test_a_choice_option_names_the_value_meant(
    small_repo: Repo, run: Run, args: tuple[str, ...], expected: str
) -> None:
    repo = small_repo()
    result = run(*args, "-C", repo)
    assert result.code == 2
    assert result.err.splitlines()[-1] == expected
    assert not (repo / "audits").exists()
    english = run(*args, "-C", repo, "--lang", "en").err.splitlines()[-1]
    assert english == expected.replace("ongeldige waarde voor", "invalid value for").replace(
        "gebruik", "use"
    ).replace("kies uit", "choose from")


def test_the_choices_of_a_refused_value_carry_their_dutch_labels(
    small_repo: Repo, run: Run
) -> None:
    """A Dutch reader sees what each value means (see the "banaan" test); English keeps the values
    alone, and a value without a label (open, external) stands as it is."""
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "5", "", "Ja.\n")})
    english = meldingen(run("check", repo, "--select", "SWL103", "--lang", "en"))
    assert english == [
        "evidence/1.1.md:3:9: SWL103 status: '5' is not a valid value; choose from 'compliant', "
        "'partially_compliant', 'non_compliant', 'not_applicable' or 'not_assessed'"
    ]
    assert dutch_input.labelled("'open', 'in_progress'") == Localised(
        "'open', 'in_progress'", (("nl", "'open', 'in_progress' (loopt)"),)
    )
    assert dutch_input.labelled("'external'") == "'external'"
