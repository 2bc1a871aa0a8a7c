"""The audit cycle: toetsingen under audits/, their verbeterpunten and the certificate."""

from __future__ import annotations

import ast
import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLE, Result, findings, meldingen
from swlabel.domain.cycle import (
    action_is_late,
    answering_actions,
    certificate_end,
    point_deadline,
)
from swlabel.load.dossier import load_repository

Run = Callable[..., Result]
AUDIT = "audits/2025-03-12-keurmerkinstituut.yaml"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    return Path(shutil.copytree(EXAMPLE, tmp_path / "dossier"))


def test_certificate_end_is_near_on_the_example(run: Run) -> None:
    found = findings(
        run("check", EXAMPLE, "--as-of", "2026-11-01", "--select", "SWL407", "-f", "json")
    )
    assert found == [(AUDIT, 6, 16, "SWL407", "2025-03-12")]
    assert meldingen(run("check", EXAMPLE, "--as-of", "2026-10-19", "--select", "SWL407")) == []
    ended = meldingen(run("check", EXAMPLE, "--as-of", "2027-05-01", "--select", "SWL407"))
    assert "is verlopen op 2027-04-20" in ended[0]


def test_follow_up_is_late_and_points_need_actions(run: Run, example: Path) -> None:
    # on 2027-02-02 the answer to VP-2025-03 (due 2027-02-01) is late
    late = findings(
        run("check", example, "--as-of", "2027-02-02", "--select", "SWL408", "-f", "json")
    )
    assert late == [("improvement-plan.yaml", 39, 10, "SWL408", "VA-2026-03")]
    audit = example / AUDIT
    audit.write_text(
        audit.read_text(encoding="utf-8")
        + '  - id: VP-2025-04\n    norms: ["3.22", "9.9"]\n    description: Nieuw.\n',
        encoding="utf-8",
    )
    plan = example / "improvement-plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("point: VP-2025-02", "point: VP-2025-20"),
        encoding="utf-8",
    )
    found = meldingen(run("check", example, "--as-of", "2026-11-01", "--select", "SWL2,SWL308"))
    assert [line.split(" ")[0:2] for line in found] == [
        [f"{AUDIT}:23:9:", "SWL308"],  # VP-2025-02: its action now names VP-2025-20
        [f"{AUDIT}:31:9:", "SWL308"],  # VP-2025-04: new, no action yet
        [f"{AUDIT}:32:21:", "SWL201"],  # norm 9.9 does not exist
        ["improvement-plan.yaml:82:24:", "SWL211"],
    ]


def test_follow_up_term_of_the_certification_body(run: Run, example: Path) -> None:
    audit = example / AUDIT
    text = audit.read_text(encoding="utf-8").replace("    deadline: 2026-06-30\n", "")
    audit.write_text(text, encoding="utf-8")
    plan = example / "improvement-plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace(
            "    due: 2026-06-30\n    status: done", "    status: in_progress"
        ),
        encoding="utf-8",
    )
    assert meldingen(run("check", example, "--as-of", "2026-11-01", "--select", "SWL408")) == []
    config = example / "swlabel.yaml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + "audits:\n  follow_up:\n    - body: Keurmerkinstituut\n      days: 365\n",
        encoding="utf-8",
    )
    [late] = meldingen(run("check", example, "--as-of", "2026-11-01", "--select", "SWL408"))
    assert "verbeterpunt VP-2025-01" in late
    assert "(2026-03-12)" in late


def test_report_shows_the_last_judgement_and_the_follow_up(run: Run) -> None:
    text = run("report", EXAMPLE, "--as-of", "2026-11-01", "-f", "md", "-o", "-").out
    section = text.split('<a id="norm-3-14"></a>')[1].split("<a id=")[0]
    assert "| Laatste toetsing | 2025-03-12: voldoet deels |" in section
    follow_up = text.split("### Opvolging vorige toetsing")[1].split("###")[0]
    assert (
        "| `VP-2025-03` (2025-03-12) | Maak de kosten en baten van activiteiten inzichtelijk voor "
        "professionals. | 1.14, 3.19 | 2027-02-01 | `VA-2026-03` loopt | loopt |"
    ) in follow_up


def test_interviews_and_calendar_through_the_cli(run: Run, tmp_path: Path) -> None:
    plan = run("interviews", EXAMPLE, "--as-of", "2026-11-01", "--format", "md")
    assert plan.code == 0
    assert "3.17" in plan.out
    target = tmp_path / "termijnen.ics"
    result = run("calendar", EXAMPLE, "--as-of", "2026-11-01", "--output", target)
    assert result.code == 0
    text = target.read_text(encoding="utf-8")
    assert "SUMMARY:Einde certificaat Kwaliteitslabel" in text
    assert "DTSTART;VALUE=DATE:20270420" in text


def test_add_toetsing_scaffolds_a_valid_file_and_never_overwrites(run: Run, example: Path) -> None:
    result = run(
        "add", "toetsing", "--date", "2027-03-16", "--body", "Keurmerk Instituut", "-C", example
    )
    assert result.code == 0
    path = example / "audits" / "2027-03-16-keurmerk-instituut.yaml"
    text = path.read_text(encoding="utf-8")
    assert 'body: "Keurmerk Instituut"' in text
    assert '  # "3.17": compliant' in text
    # valid as written, and the coming toetsing (no decision yet) does not end the certificate
    found = meldingen(run("check", example, "--as-of", "2026-11-01", "--select", "SWL1,SWL407"))
    assert [line.split(" ")[1] for line in found] == ["SWL407"]
    again = run(
        "add", "toetsing", "--date", "2027-03-16", "--body", "Keurmerk Instituut", "-C", example
    )
    assert again.code == 2
    assert path.read_text(encoding="utf-8") == text


@pytest.mark.parametrize(
    ("body", "name", "written"),
    [
        ("\n", "2027-03-16.yaml", "body:"),
        # a lone surrogate (a command line in another encoding) is no text a file can hold
        ("a\ud800b", "2027-03-16-a-b.yaml", 'body: "a\ufffdb"'),
        ("Jos\udce9", "2027-03-16-jose.yaml", 'body: "José"'),
        # accents come off the file name, not the letters: the name says who it is
        (
            "Keurmerk Cliënt Straße",
            "2027-03-16-keurmerk-client-strasse.yaml",
            'body: "Keurmerk Cliënt Straße"',
        ),
        (
            " Keurmerk\n Instituut ",
            "2027-03-16-keurmerk-instituut.yaml",
            'body: "Keurmerk Instituut"',
        ),
    ],
)
def test_add_toetsing_writes_the_body_on_one_line(
    run: Run, example: Path, body: str, name: str, written: str
) -> None:
    """Line breaks and spaces around a certification body's name are no part of it, and a body
    of only those is none: the file stays valid (no SWL103 on 'body')."""
    assert run("add", "toetsing", "--date", "2027-03-16", "--body", body, "-C", example).code == 0
    text = (example / "audits" / name).read_text(encoding="utf-8")
    assert written in text.splitlines()
    assert meldingen(run("check", example, "--as-of", "2026-11-01", "--select", "SWL1")) == []


def test_report_carries_the_interview_plan(run: Run) -> None:
    text = run("report", EXAMPLE, "--as-of", "2026-11-01", "-f", "md", "-o", "-").out
    section = text.split("### Interviewplan")[1].split("###")[0]
    assert "| Cliëntenraad | 1.9, 2.8, 3.2, 3.17, 3.22 |" in section
    assert "| **Nog niemand genoemd** | 3.4, 3.20 |" in section


def test_the_audit_cycle_answers_in_the_domain(example: Path) -> None:
    """Checks and outputs ask domain.cycle when a certificate ends, when a verbeterpunt must
    be answered, which actions answer it and whether an action is late (#14)."""
    dossier = load_repository(example)
    [latest] = dossier.audits
    audit = latest.value
    assert certificate_end(audit, 2) == dt.date(2027, 4, 20)  # decided 2025-04-20
    assert certificate_end(audit, 3) == dt.date(2028, 4, 20)
    assert certificate_end(audit.model_copy(update={"route": "peer"}), 2) is None
    written = audit.model_copy(update={"certificate_valid_until": dt.date(2027, 1, 1)})
    assert certificate_end(written, 2) == dt.date(2027, 1, 1)
    assert certificate_end(audit.model_copy(update={"decision_date": None}), 2) is None
    leap = audit.model_copy(update={"decision_date": dt.date(2024, 2, 29)})
    assert certificate_end(leap, 1) == dt.date(2025, 2, 28)

    point = dossier.improvement_points["VP-2025-03"].value
    assert point_deadline(dossier, point) == dt.date(2027, 2, 1)
    without = point.model_copy(update={"deadline": None})
    assert point_deadline(dossier, without) is None  # no follow-up term for the body
    [action] = answering_actions(dossier, "VP-2025-03")
    assert action.id == "VA-2026-03"
    assert answering_actions(dossier, "VP-2099-01") == []

    assert action.due == dt.date(2027, 2, 1)
    assert not action_is_late(action, dt.date(2027, 2, 1))  # due that day: not yet late
    assert action_is_late(action, dt.date(2027, 2, 2))
    done = action.model_copy(update={"status": "done"})
    assert not action_is_late(done, dt.date(2030, 1, 1))


OUTPUT = Path(__file__).resolve().parents[1] / "src" / "swlabel" / "output"


def test_no_output_module_reaches_into_a_rule_module() -> None:
    """The report, status and the calendar take the audit cycle from domain.cycle, not from the
    checks that raise meldingen about it (function-local imports included)."""
    reaching = []
    for path in sorted(OUTPUT.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "swlabel.checks."
            ):
                reaching.append(f"{path.name}: {node.module}")
    assert reaching == []
