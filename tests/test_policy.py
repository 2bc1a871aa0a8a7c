"""What is reported: levels in swlabel.yaml, --select/--ignore, --strict, waivers, the gate."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import CONFIG, Result, coverage_row, evidence, findings, meldingen

Repo = Callable[..., Path]
Run = Callable[..., Result]

WARNING_ONLY = evidence("1.1", "non_compliant")  # SWL305: empty narrative, a warning


def codes(result: Result) -> list[str]:
    return [line.split(" ")[1] for line in meldingen(result)]


def test_warnings_pass_unless_strict(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.1.md": WARNING_ONLY})
    assert run("check", repo).code == 0
    strict = run("check", repo, "--strict")
    assert strict.code == 1
    assert strict.lines[-1] == "Met --strict laten ook waarschuwingen de controle mislukken."


def test_levels_in_the_config_raise_lower_or_switch_off(small_repo: Repo, run: Run) -> None:
    config = CONFIG + "check:\n  levels:\n    SWL305: error\n"
    plan = "actions:\n  - id: VA-1\n    title: Beter\n    norms: ['1.1']\n"  # else SWL310
    repo = small_repo(
        {"swlabel.yaml": config, "evidence/1.1.md": WARNING_ONLY, "improvement-plan.yaml": plan}
    )
    assert run("check", repo).code == 1
    (repo / "swlabel.yaml").write_text(CONFIG + "check:\n  levels:\n    swl305: off\n", "utf-8")
    result = run("check", repo)
    assert (result.code, codes(result)) == (0, [])
    # lowered: an error (SWL301, compliant without evidence) becomes a warning
    lowered = CONFIG + "check:\n  levels:\n    SWL301: warning\n"
    repo = small_repo({"swlabel.yaml": lowered, "evidence/1.1.md": evidence("1.1", "compliant")})
    result = run("check", repo)
    assert (result.code, codes(result)) == (0, ["SWL301", "SWL305"])
    assert "SWL301" in result.out and "0 fouten, 2 waarschuwingen." in result.out


def test_unknown_code_in_levels_is_a_melding(small_repo: Repo, run: Run) -> None:
    # a melding of the run, and the rest of swlabel.yaml is used (#13)
    repo = small_repo({"swlabel.yaml": CONFIG + "check:\n  levels:\n    SWL999: off\n"})
    result = run("check", repo)
    assert result.code == 1
    assert result.out.startswith(
        "swlabel.yaml:8:13: SWL103 check.levels.SWL999: 'SWL999' is geen code van swlabel"
    )


def test_select_and_ignore_take_codes_and_families(small_repo: Repo, run: Run) -> None:
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "compliant")})
    assert codes(run("check", repo)) == ["SWL301", "SWL305"]
    assert codes(run("check", repo, "--select", "SWL30")) == ["SWL301", "SWL305"]
    assert codes(run("check", repo, "--select", "SWL301")) == ["SWL301"]
    assert codes(run("check", repo, "--ignore", "swl301,SWL305")) == []
    assert run("check", repo, "--ignore", "SWL301").code == 0
    bad = run("check", repo, "--select", "SWL9")
    assert bad.code == 2
    assert "'SWL9' is geen (begin van een) code van swlabel" in " ".join(bad.err.split())


def test_waiver_silences_one_melding_and_stays_visible(small_repo: Repo, run: Run) -> None:
    extra = (
        "evidence:\n  - title: RI&E\n    url: https://example.org\n    aspects: [rie, arbo]\n"
        "waivers:\n"
        "  - rule: SWL304\n"
        "    match: bhv\n"
        "    reason: BHV is uitbesteed aan het verzamelgebouw.\n"
    )
    repo = small_repo({"evidence/2.1.md": evidence("2.1", "compliant", extra, "Tekst.\n")})
    result = run("check", repo)
    assert result.code == 0
    assert codes(result) == []
    assert "Uitgezonderd met een waiver (telt niet mee voor de exitcode):" in result.lines
    waived = [line for line in result.lines if "SWL304" in line]
    assert len(waived) == 1
    assert waived[0].startswith("  evidence/2.1.md:4:1: SWL304 norm 2.1 staat op voldoet")
    assert waived[0].endswith("[reden: BHV is uitbesteed aan het verzamelgebouw.]")
    assert result.lines[-1] == "0 fouten, 0 waarschuwingen. 1 uitgezonderd met een waiver."


def test_waiver_that_matches_nothing_is_reported(small_repo: Repo, run: Run) -> None:
    extra = "waivers:\n  - rule: SWL304\n    match: brandweer\n    reason: oud\n"
    repo = small_repo({"evidence/2.1.md": evidence("2.1", "not_assessed", extra)})
    assert findings(run("check", repo, "--format", "json")) == [
        ("evidence/2.1.md", 5, 5, "SWL307", "SWL304")
    ]
    # a waiver for a rule that is not reported at all is idle, not unused
    assert meldingen(run("check", repo, "--ignore", "SWL304")) == []


def test_waiver_needs_a_reason(small_repo: Repo, run: Run) -> None:
    extra = "waivers:\n  - rule: SWL304\n"
    repo = small_repo({"evidence/2.1.md": evidence("2.1", "not_assessed", extra)})
    assert findings(run("check", repo, "--format", "json")) == [
        ("evidence/2.1.md", 5, 5, "SWL103", "waivers[1].reason")
    ]


def test_coverage_gate_from_the_option_and_the_config(small_repo: Repo, run: Run) -> None:
    item = "evidence:\n  - title: Profiel\n    url: https://example.org\n"
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "compliant", item, "Tekst.\n")})
    result = run("check", repo, "--min-coverage", "34")
    assert coverage_row(result, "Totaal")[:2] == ["1/3", "33%"]
    assert result.code == 1
    assert result.lines[-2] == (
        "De dekking (33%) is lager dan het minimum van 34% (--min-coverage of check.min_coverage)."
    )
    assert run("check", repo, "--min-coverage", "33").code == 0
    (repo / "swlabel.yaml").write_text(CONFIG + "check:\n  min_coverage: 50\n", "utf-8")
    assert run("check", repo).code == 1
    assert run("check", repo, "--min-coverage", "10").code == 0
    assert run("check", repo, "--min-coverage", "101").code == 2


def test_waivers_in_the_register_and_the_plan(small_repo: Repo, run: Run) -> None:
    register = (
        "documents:\n"
        "  - id: archief\n    title: Archief\n    url: https://example.org\n"
        "waivers:\n"
        "  - rule: SWL210\n    match: archief\n    reason: Bewaard voor de volgende toetsing.\n"
    )
    plan = (
        "actions:\n  - id: VA-1\n    title: x\n    due: 2026-01-01\n"
        "waivers:\n  - rule: SWL403\n    match: VA-1\n    reason: Wacht op de gemeente.\n"
    )
    repo = small_repo({"register.yaml": register, "improvement-plan.yaml": plan})
    result = run("check", repo, "--as-of", "2026-11-01", "--lang", "en")
    assert meldingen(result) == []
    assert result.lines[-1] == "0 errors, 0 warnings. 2 waived."
