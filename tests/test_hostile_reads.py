"""Reads that must hold under hostile input (issue #12, classes 5 and 6).

- Dates at the ends of the calendar (0001-01-01, 9999-12-31) in every file and as ``--as-of``
  are ordinary dates: no command ends as an internal error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import Result, evidence
from swlabel.dates import add_days, add_months, add_years, compact, day_after, months_before

Run = Callable[..., Result]
MakeRepo = Callable[..., Path]

# --- dates at the ends of the calendar ----------------------------------------------------

FIRST, LAST = dt.date.min, dt.date.max


@pytest.mark.parametrize(
    ("day", "days", "expected"),
    [
        (LAST, 1, LAST),
        (dt.date(9999, 12, 30), 3650, LAST),
        (FIRST, -1, FIRST),
        (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 1)),
        (dt.date(2026, 1, 1), -1, dt.date(2025, 12, 31)),
    ],
)
def test_add_days_stops_at_the_ends_of_the_calendar(
    day: dt.date, days: int, expected: dt.date
) -> None:
    assert add_days(day, days) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(9999, 12, 15), 1, LAST),
        (dt.date(9998, 12, 31), 24, LAST),
        (FIRST, -1, FIRST),
        (dt.date(1, 5, 31), -12, FIRST),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
        (dt.date(2026, 1, 15), 10**30, LAST),
        (dt.date(2026, 1, 15), -(10**30), FIRST),
    ],
)
def test_add_months_stops_at_the_ends_of_the_calendar(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(day, months) == expected


def test_years_and_months_before_are_months() -> None:
    assert add_years(dt.date(9998, 12, 31), 2) == LAST
    assert add_years(dt.date(2024, 2, 29), 2) == dt.date(2026, 2, 28)
    assert months_before(dt.date(1, 6, 1), 12) == FIRST


def test_day_after_and_compact_at_the_ends() -> None:
    assert day_after(LAST) is None
    assert day_after(FIRST) == dt.date(1, 1, 2)
    # strftime('%Y') writes year 1 as "1" on Linux; an iCalendar date needs four digits.
    assert compact(FIRST) == "00010101"
    assert compact(LAST) == "99991231"


EDGE_CONFIG = """\
format_version: 1
organisation: Stichting Test
norms: normen.yaml
next_audit: 9999-12-31
scope:
  business_critical_interns: yes
check:
  max_assessment_age_months: 1000000000000000000000000
audits:
  follow_up:
    - {body: Kiwa, days: 3650}
"""

EDGE_FILES: dict[str, str | bytes] = {
    "swlabel.yaml": EDGE_CONFIG,
    "evidence/1.1.md": evidence(
        "1.1",
        "compliant",
        "assessed_on: 0001-01-01\n"
        "interviewees: [Teamleider]\n"
        "evidence:\n"
        "  - title: Nooit verlopen\n"
        "    url: https://example.org/a\n"
        "    date: 0001-01-01\n"
        "    valid_until: 9999-12-31\n"
        "  - {document: reg-1}\n"
        "actions: [a1, a2]\n",
        "Tekst.\n",
    ),
    "evidence/1.10.md": evidence(
        "1.10",
        "compliant",
        "assessed_on: 9999-12-31\n"
        "evidence:\n"
        "  - title: Al lang verlopen\n"
        "    path: swlabel.yaml\n"
        "    valid_until: 0001-01-01\n",
        "Tekst.\n",
    ),
    "register.yaml": (
        "documents:\n"
        "  - id: reg-1\n"
        "    title: Beleid\n"
        "    url: https://example.org/b\n"
        "    date: 0001-01-01\n"
        "    review_date: 9999-12-31\n"
        "    valid_until: 9999-12-31\n"
    ),
    "improvement-plan.yaml": (
        "actions:\n"
        "  - {id: a1, title: Een, norms: ['1.1'], due: 9999-12-31, improvement_point: p1}\n"
        "  - {id: a2, title: Twee, norms: ['1.1'], due: 0001-01-01}\n"
        "  - {id: a3, title: Drie, norms: ['1.1'], improvement_point: p2}\n"
    ),
    "audits/laat.yaml": (
        "date: 9999-12-30\n"
        "route: external\n"
        "body: Kiwa\n"
        "decision_date: 9998-12-31\n"
        "improvement_points:\n"
        "  - {id: p1, norms: ['1.1']}\n"
        "  - {id: p2, norms: ['1.1']}\n"
    ),
    "audits/vroeg.yaml": (
        "date: 0001-01-01\nroute: external\nbody: Kiwa\ncertificate_valid_until: 0001-01-01\n"
    ),
}

COMMANDS = {
    "check": ("check",),
    "check-json": ("check", "--format", "json"),
    "report-html": ("report", "--output", "-"),
    "report-md": ("report", "--format", "md", "--output", "-"),
    "report-json": ("report", "--format", "json", "--output", "-"),
    "report-csv": ("report", "--format", "csv", "--output", "-"),
    "status": ("status",),
    "interviews": ("interviews",),
    "interviews-md": ("interviews", "--format", "md"),
    "calendar": ("calendar", "--output", "-"),
}


@pytest.mark.parametrize("as_of", ["0001-01-01", "9999-12-31", "2026-11-01"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_dates_at_the_ends_of_the_calendar_are_ordinary_dates(
    command: str, as_of: str, run: Run, small_repo: MakeRepo
) -> None:
    repo = small_repo(EDGE_FILES)
    name, *options = COMMANDS[command]
    result = run(name, repo, *options, "--as-of", as_of)
    shown = result.out + result.err
    assert result.code in (0, 1), shown
    assert "Traceback" not in shown
    assert "interne fout" not in shown


def test_certificate_after_a_decision_late_in_the_calendar_ends_on_the_last_day(
    run: Run, small_repo: MakeRepo
) -> None:
    repo = small_repo(EDGE_FILES)
    result = run("check", repo, "--as-of", "9999-12-31", "--quiet", "--select", "SWL407")
    assert result.out.splitlines() == [
        "audits/laat.yaml:4:16: SWL407 het certificaat van de toetsing van 9999-12-30 verloopt "
        "op 9999-12-31; plan de hercertificering"
    ]


def test_calendar_writes_the_first_and_last_day_with_four_digit_years(
    run: Run, small_repo: MakeRepo
) -> None:
    repo = small_repo(EDGE_FILES)
    result = run("calendar", repo, "--output", "-", "--as-of", "0001-01-01")
    assert result.code == 0, result.err
    lines = result.out.split("\r\n")
    assert "DTSTAMP:00010101T000000Z" in lines
    assert "DTSTART;VALUE=DATE:00010101" in lines
    assert "DTEND;VALUE=DATE:00010102" in lines
    assert "DTSTART;VALUE=DATE:99991231" in lines
    # The last day of the calendar has no day after it: the event has no DTEND and so lasts
    # that one day.
    assert "DTEND;VALUE=DATE:100000101" not in result.out
    assert lines.count("BEGIN:VEVENT") == lines.count("DTEND;VALUE=DATE:00010102") + sum(
        line == "DTSTART;VALUE=DATE:99991231" for line in lines
    )
