"""Evidence files keep every valid value (#13): one wrong value is one melding, the rest of the
file still counts, and each norm shows its own meldingen where the reader looks."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, Result, evidence

AS_OF = "2026-11-01"
Run = Callable[..., Result]
Repo = Callable[..., Path]
Melding = tuple[str, int, int, str, str, bool]

# 3.21 of the example with every field an evidence file has: a reference and two inline items
# (a path and a url), interviewees, an action and a waiver.
FULL = """\
---
norm: "3.21"
status: partially_compliant
assessed_by: "S. Bakker, beleidsmedewerker"
assessed_on: 2026-09-23
evidence:
  - document: leveranciersbeleid
    aspects: [selectie-en-toetsing, contracteren]
  - title: Contract cliëntvolgsysteem (samenvatting)
    kind: contract
    path: documenten/contract-clientvolgsysteem.md
    date: 2024-03-01
    valid_until: 2027-02-28
    aspects: [selectie-en-toetsing, contracteren]
  - title: Verslag leveranciersoverleg
    url: https://example.org/verslag-leveranciers
    date: 2026-05-01
interviewees: [management, ict]
actions: [VA-2026-04]
waivers:
  - rule: SWL405
    match: Contract
    reason: de verlenging is getekend
---

Het inkoopbeleid noemt onze bedrijfskritische leveranciers.
"""


def _example(tmp_path: Path, name: str = "dossier") -> Path:
    root = Path(shutil.copytree(EXAMPLE, tmp_path / name))
    (root / "evidence/3.21.md").write_text(FULL, encoding="utf-8")
    return root


def _check(run: Run, root: Path) -> dict[str, Any]:
    result = run("check", root, "--format", "json", "--as-of", AS_OF)
    assert result.code in (0, 1), result.err
    data: dict[str, Any] = json.loads(result.out)
    return data


def _meldingen(data: dict[str, Any]) -> Counter[Melding]:
    return Counter(
        (m["path"], m["line"], m["column"], m["code"], m["message"], bool(m["waiver"]))
        for m in data["meldingen"]
    )


def _norms(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        norm["id"]: norm for rubriek in data["coverage"]["rubrieken"] for norm in rubriek["norms"]
    }


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


# --- 1. the example: one wrong interviewee ------------------------------------------


def test_a_wrong_interviewee_costs_that_entry_and_nothing_else(run: Run, tmp_path: Path) -> None:
    root = Path(shutil.copytree(EXAMPLE, tmp_path / "dossier"))
    before = _check(run, root)
    _replace(
        root / "evidence/3.16.yaml",
        "interviewees: [medewerkers, or, management]",
        "interviewees: [medewerkers, or, manager HR]",
    )
    after = _check(run, root)

    new = _meldingen(after) - _meldingen(before)
    assert list(new) == [
        (
            "evidence/3.16.yaml",
            18,
            33,
            "SWL103",
            "interviewees[3]: 'manager HR' is geen geldige id; gebruik geen spaties",
            False,
        )
    ]
    assert not _meldingen(before) - _meldingen(after)  # SWL405 of bhv-certificaten stays
    assert after["coverage"] == before["coverage"]
    assert "SWL210" not in {m["code"] for m in after["meldingen"]}

    shown = run("norms", "3.16", "-C", root)
    assert "  Status: voldoet\n" in shown.out
    assert "  - BHV-plan alle locaties [bhv]\n" in shown.out
    assert "evidence/3.16.yaml:18:33: SWL103 interviewees[3]: 'manager HR'" in shown.out

    report = run("report", root, "--format", "md", "--as-of", AS_OF, "-o", tmp_path / "r.md")
    assert report.code == 0, report.err
    section = _section(tmp_path / "r.md", "3.16")
    assert "### Norm 3.16: voldoet ✓" in section
    assert "BHV-plan alle locaties" in section
    assert "Wij hebben een contract met een gecertificeerde arbodienst" in section
    assert "`evidence/3.16.yaml:18:33` SWL103 interviewees\\[3\\]: 'manager HR'" in section
    assert "| Te interviewen | Medewerkers, OR |" in section


def _section(report: Path, norm_id: str) -> str:
    text = report.read_text(encoding="utf-8")
    start = text.index(f"### Norm {norm_id}:")
    end = text.find("\n### ", start + 1)
    return text[start : end if end != -1 else len(text)]


# --- 2. wrong items, status and norm --------------------------------------------------------


def test_an_item_with_a_wrong_field_is_shown_invalid_and_the_rest_counts(
    run: Run, tmp_path: Path
) -> None:
    root = _example(tmp_path)
    _replace(root / "evidence/3.21.md", "  - title: Verslag leveranciersoverleg", '  - title: ""')
    _replace(root / "evidence/3.21.md", "    date: 2024-03-01", "    date: 01-03-2024")
    data = _check(run, root)
    codes = [(m["path"], m["line"], m["code"]) for m in data["meldingen"]]
    assert ("evidence/3.21.md", 12, "SWL107") in codes
    assert ("evidence/3.21.md", 15, "SWL103") in codes
    # Both inline items prove nothing now; the reference still counts.
    assert _norms(data)["3.21"]["aspects_covered"] == 2

    out = tmp_path / "r.md"
    assert run("report", root, "--format", "md", "--as-of", AS_OF, "-o", out).code in (0, 1)
    section = _section(out, "3.21")
    rows = [line for line in section.splitlines() if line.startswith("| [") or "| https" in line]
    # In the file's order: the reference, the item without its date, the item left out.
    assert [row.rsplit("|", 2)[-2].strip() for row in rows] == [
        "geldig",
        "ongeldig (zie de melding)",
        "ongeldig (zie de melding)",
    ]
    assert "Contract cliëntvolgsysteem (samenvatting)" in rows[1]
    assert rows[2].startswith("| https://example.org/verslag-leveranciers |")


def test_a_wrong_status_says_so_everywhere_and_counts_as_not_assessed(
    run: Run, tmp_path: Path
) -> None:
    root = _example(tmp_path)
    before = _check(run, root)
    _replace(root / "evidence/3.21.md", "status: partially_compliant", "status: deels")
    after = _check(run, root)
    new = _meldingen(after) - _meldingen(before)
    assert [(path, line, code) for path, line, _, code, _, _ in new] == [
        ("evidence/3.21.md", 3, "SWL103")
    ]
    assert _norms(after)["3.21"]["status"] == "not_assessed"

    assert "status ongeldig (zie de melding)" in run("norms", "3.21", "-C", root).out
    listing = run("norms", "-C", root).out
    assert next(line for line in listing.splitlines() if line.startswith("  3.21 ")).endswith(
        "status ongeldig (zie de melding)"
    )
    status = run("status", root, "--as-of", AS_OF).out
    assert "norm 3.21: de status is ongeldig (zie de melding)" in status
    out = tmp_path / "r.md"
    run("report", root, "--format", "md", "--as-of", AS_OF, "-o", out)
    section = _section(out, "3.21")
    assert section.startswith("### Norm 3.21: status ongeldig (zie de melding)")
    assert "nog niet beoordeeld" not in section


def test_a_wrong_norm_gives_way_to_the_file_name(run: Run, tmp_path: Path) -> None:
    root = _example(tmp_path)
    before = _check(run, root)
    _replace(root / "evidence/3.21.md", 'norm: "3.21"', 'norm: "3 21"')
    after = _check(run, root)
    new = _meldingen(after) - _meldingen(before)
    assert [(code, line) for _, line, _, code, _, _ in new] == [("SWL103", 2)]
    assert after["coverage"] == before["coverage"]


def test_a_narrative_in_front_matter_is_one_melding_and_the_body_counts(
    run: Run, small_repo: Repo
) -> None:
    extra = "narrative: dubbel\nevidence:\n  - title: Profiel\n    url: https://example.org\n"
    repo = small_repo({"evidence/1.1.md": evidence("1.1", "compliant", extra, "Onze aanpak.\n")})
    data = _check(run, repo)
    assert [(m["path"], m["code"]) for m in data["meldingen"]] == [("evidence/1.1.md", "SWL106")]
    assert _norms(data)["1.1"]["supported"]


# --- 3. unreadable front matter -------------------------------------------------------------


def test_a_yaml_error_in_front_matter_keeps_the_norm_with_its_narrative(
    run: Run, tmp_path: Path
) -> None:
    root = _example(tmp_path)
    before = _check(run, root)
    _replace(root / "evidence/3.21.md", "interviewees: [management, ict]", "interviewees: [a, b")
    after = _check(run, root)
    codes = [m["code"] for m in after["meldingen"] if m["path"] == "evidence/3.21.md"]
    assert codes == ["SWL101"]
    assert "SWL203" not in {m["code"] for m in after["meldingen"]}
    assert _norms(after)["3.21"]["status"] == "not_assessed"
    assert {k: v for k, v in _norms(after).items() if k != "3.21"} == {
        k: v for k, v in _norms(before).items() if k != "3.21"
    }

    out = tmp_path / "r.md"
    run("report", root, "--format", "md", "--as-of", AS_OF, "-o", out)
    section = _section(out, "3.21")
    assert section.startswith("### Norm 3.21: velden onleesbaar (zie de melding)")
    assert "*De velden bovenaan het bestand zijn onleesbaar (zie de melding)" in section
    assert "Het inkoopbeleid noemt onze bedrijfskritische leveranciers." in section
    assert "SWL101" in section
    html = tmp_path / "r.html"
    run("report", root, "--as-of", AS_OF, "-o", html)
    assert "De velden bovenaan het bestand zijn onleesbaar" in html.read_text(encoding="utf-8")
    shown = run("norms", "3.21", "-C", root).out
    assert "velden onleesbaar (zie de melding)" in shown
    assert "SWL101" in shown
    assert (
        "norm 3.21: de velden bovenaan het bestand zijn onleesbaar"
        in run("status", root, "--as-of", AS_OF).out
    )


def test_an_unclosed_front_matter_keeps_the_norm_without_narrative(
    run: Run, tmp_path: Path
) -> None:
    root = _example(tmp_path)
    (root / "evidence/3.21.md").write_text(FULL.replace("---\n\nHet", "\nHet"), encoding="utf-8")
    out = tmp_path / "r.md"
    run("report", root, "--format", "md", "--as-of", AS_OF, "-o", out)
    section = _section(out, "3.21")
    assert "SWL102" in section
    assert "*De velden bovenaan het bestand zijn onleesbaar" in section
    assert "Het inkoopbeleid" not in section


# --- 4. meldingen where the reader looks ----------------------------------------------------


def test_each_norm_shows_the_meldingen_of_its_documents_and_actions(
    run: Run, tmp_path: Path
) -> None:
    root = Path(shutil.copytree(EXAMPLE, tmp_path / "dossier"))
    out = tmp_path / "r.json"
    assert run("report", root, "--format", "json", "--as-of", AS_OF, "-o", out).code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    norms = {n["id"]: n for r in report["report"]["rubrieken"] for n in r["norms"]}
    codes = {norm_id: [p["location"] for p in n["problems"]] for norm_id, n in norms.items()}
    # 3.16 uses bhv-certificaten (expiring) and bhv-plan, rie-plan-van-aanpak (review due).
    assert codes["3.16"] == [
        "register/hr.yaml:44:18",
        "register/verslagen.yaml:37:18",
        "register/verslagen.yaml:46:18",
    ]
    # 3.21's own file and its action VA-2026-04.
    assert codes["3.21"] == ["evidence/3.21.md:13:18", "improvement-plan.yaml:50:10"]
    # klachtenregeling's review is due: only the norms that use it show it.
    users = sorted(k for k, v in codes.items() if "register/beleid.yaml:19:18" in v)
    assert users and all(
        any(
            item.get("title", "").startswith("Klachtenregeling")
            for item in norms[norm_id]["evidence"]
        )
        for norm_id in users
    )
    # The overall table stays.
    assert len(report["meldingen"]) == 11

    shown = run("norms", "3.16", "-C", root, "--lang", "en").out
    assert "register/hr.yaml:44:18: SWL405" in shown


# --- 5. no cascades: each field of an evidence file, broken alone ---------------------------

# (what to replace, by what, the melding expected, what follows from that field alone: "+CODE"
# is a melding that appears, "-" lets meldingen in the file go). What follows: an item left out
# takes the meldingen about it (its expiry, SWL405) along, so the waiver for that expiry matches
# nothing (SWL307); a waiver left out lets its melding through; a document no valid reference
# names is unused (SWL210).
FIELDS = [
    ("norm", 'norm: "3.21"', 'norm: "3 21"', "SWL103", ()),
    ("norm (other id)", 'norm: "3.21"', 'norm: "3.12"', "SWL108", ()),
    ("status", "status: partially_compliant", "status: partly", "SWL103", ()),
    ("assessed_by", 'assessed_by: "S. Bakker, beleidsmedewerker"', 'assessed_by: ""', "SWL103", ()),
    ("assessed_on", "assessed_on: 2026-09-23", "assessed_on: 23-09-2026", "SWL107", ()),
    (
        "evidence",
        FULL[FULL.index("evidence:") : FULL.index("interviewees")],
        "evidence: 3\n" + "#\n" * 11,
        "SWL103",
        ("-", "+SWL210", "+SWL307"),
    ),
    (
        "evidence[1].document",
        "  - document: leveranciersbeleid",
        "  - document: leveranciers beleid",
        "SWL103",
        ("+SWL210",),
    ),
    (
        "evidence[1].aspects[2]",
        "    aspects: [selectie-en-toetsing, contracteren]\n  - title: Contract",
        "    aspects: [selectie-en-toetsing, con tracteren]\n  - title: Contract",
        "SWL103",
        (),
    ),
    (
        "evidence[2].title",
        "  - title: Contract cliëntvolgsysteem (samenvatting)",
        "  - title: [a]",
        "SWL103",
        ("-", "+SWL307"),
    ),
    ("evidence[2].kind", "    kind: contract", "    kind: [contract]", "SWL103", ()),
    ("evidence[2].unknown", "    kind: contract", "    soort: contract", "SWL106", ()),
    (
        "evidence[2].path",
        "    path: documenten/contract-clientvolgsysteem.md",
        "    path: [a]",
        "SWL103",
        ("-", "+SWL307"),
    ),
    ("evidence[2].date", "    date: 2024-03-01", "    date: 1-3-2024", "SWL107", ()),
    (
        "evidence[2].valid_until",
        "valid_until: 2027-02-28",
        "valid_until: 28 feb",
        "SWL107",
        ("-", "+SWL307"),
    ),
    (
        "evidence[3].url",
        "    url: https://example.org/verslag-leveranciers",
        '    url: ""',
        "SWL103",
        (),
    ),
    ("evidence[3].date", "    date: 2026-05-01", "    date: 2026-05-32", "SWL107", ()),
    ("interviewees[2]", "[management, ict]", "[management, i c t]", "SWL103", ()),
    ("actions[1]", "actions: [VA-2026-04]", "actions: [VA 2026 04]", "SWL103", ()),
    ("unknown key", "interviewees:", "interviewes:", "SWL106", ()),
    ("waivers[1].rule", "  - rule: SWL405", '  - rule: ""', "SWL103", ("-", "+SWL405")),
    (
        "waivers[1].match",
        "    match: Contract",
        "    match: [Contract]",
        "SWL103",
        ("-", "+SWL405"),
    ),
    (
        "waivers[1].reason",
        "    reason: de verlenging is getekend",
        "    reason: [getekend]",
        "SWL103",
        ("-", "+SWL405"),
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "code", "follows"),
    [pytest.param(*case[1:], id=case[0]) for case in FIELDS],
)
def test_one_wrong_field_of_an_evidence_file_is_one_melding(
    run: Run, tmp_path: Path, old: str, new: str, code: str, follows: tuple[str, ...]
) -> None:
    root = _example(tmp_path)
    before = _check(run, root)
    _replace(root / "evidence/3.21.md", old, new)
    after = _check(run, root)

    new_meldingen = _meldingen(after) - _meldingen(before)
    gone = _meldingen(before) - _meldingen(after)
    ours = [
        m
        for m in new_meldingen
        if m[0] == "evidence/3.21.md" and m[3] in ("SWL103", "SWL106", "SWL107", "SWL108")
    ]
    assert len(ours) == 1, new_meldingen
    if code:
        assert ours[0][3] == code
    others = sorted(m[3] for m in new_meldingen if m not in ours)
    assert others == sorted(f[1:] for f in follows if f.startswith("+")), new_meldingen
    if "-" not in follows:
        assert not gone, gone
    else:
        assert all(m[0] == "evidence/3.21.md" for m in gone), gone
    # Coverage changes only for 3.21.
    changed = sorted(k for k, v in _norms(after).items() if _norms(before)[k] != v)
    assert changed in ([], ["3.21"])


@pytest.mark.parametrize(
    ("extra", "code", "follows"),
    [
        pytest.param('not_applicable_reason: ""\n', "SWL302", [], id="empty-reason"),
        pytest.param("not_applicable_reason: [a]\n", "SWL103", [], id="reason"),
        pytest.param("narrative: [a]\n", "SWL103", [], id="narrative"),
        pytest.param("waivers: geen\n", "SWL103", [], id="waivers"),
        pytest.param("actions: {a: b}\n", "SWL103", [], id="actions"),
        pytest.param("interviewees: {a: b}\n", "SWL103", [], id="interviewees"),
    ],
)
def test_one_wrong_field_in_a_generated_yaml_evidence_file(
    run: Run, small_repo: Repo, extra: str, code: str, follows: list[str]
) -> None:
    base = 'norm: "1.1"\nstatus: not_applicable\nnot_applicable_reason: geen jeugdwerk\n'
    repo = small_repo({"evidence/1.1.yaml": base}, defaults=True)
    (repo / "evidence/1.1.md").unlink()
    before = _check(run, repo)
    text = (
        base + extra
        if "reason" not in extra
        else base.replace("not_applicable_reason: geen jeugdwerk\n", extra)
    )
    (repo / "evidence/1.1.yaml").write_text(text, encoding="utf-8")
    after = _check(run, repo)
    new = sorted(m[3] for m in _meldingen(after) - _meldingen(before))
    assert new == sorted([code, *follows])
    assert not _meldingen(before) - _meldingen(after)
    changed = sorted(k for k, v in _norms(after).items() if _norms(before)[k] != v)
    assert changed in ([], ["1.1"])
