"""Meldingen are data (#14): what a melding is about is the same in every language; only its
sentence, made at the edge, speaks the output's language; nothing below the output layer
takes a translator."""

from __future__ import annotations

import ast
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLE, Result, evidence, meldingen
from swlabel.checks import policy
from swlabel.doors import mask
from swlabel.i18n import Translator, format_problem, render
from swlabel.problems import Join, Localised, Problem, msg

Repo = Callable[..., Path]
Run = Callable[..., Result]

SOURCE = Path(__file__).resolve().parents[1] / "src" / "swlabel"
AS_OF = ("--as-of", "2026-11-01")


def _json(run: Run, repo: Path, language: str) -> dict[str, Any]:
    result = run("check", repo, *AS_OF, "--format", "json", "--lang", language)
    assert result.code in (0, 1), result.err
    data: dict[str, Any] = json.loads(result.out)
    return data


def _data(melding: dict[str, Any]) -> tuple[object, ...]:
    return tuple(melding[key] for key in ("path", "line", "column", "code", "subject", "level"))


# A dossier with a melding of every kind of argument: a nested hint (SWL106, SWL201), a choice
# joined with a word (SWL103), a norm set's question per language (SWL303), a YAML hint (SWL101).
BROKEN = {
    "evidence/1.1.md": evidence("1.1", "compliant", "statuss: x\n"),
    "evidence/1.2.md": evidence("1.2"),
    "evidence/2.1.md": evidence("2.1", "partly"),
    "evidence/1.10.md": "---\nnorm: '1.10'\nstatus: [\n---\n",
}


@pytest.mark.parametrize("dossier", ["example", "broken"])
def test_a_melding_is_the_same_data_in_both_languages(
    small_repo: Repo, run: Run, dossier: str
) -> None:
    repo = EXAMPLE if dossier == "example" else small_repo(BROKEN)
    dutch, english = _json(run, repo, "nl"), _json(run, repo, "en")
    assert dutch["meldingen"], "the dossier has meldingen"
    assert [_data(m) for m in dutch["meldingen"]] == [_data(m) for m in english["meldingen"]]
    assert [m["message"] for m in dutch["meldingen"]] != [
        m["message"] for m in english["meldingen"]
    ]


def test_the_subject_is_the_id_the_melding_is_about(small_repo: Repo, run: Run) -> None:
    found = {(m["code"], m["subject"]) for m in _json(run, small_repo(BROKEN), "en")["meldingen"]}
    assert {
        ("SWL106", "statuss"),  # the key
        ("SWL201", "1.2"),  # the norm
        ("SWL103", "status"),  # the field
        ("SWL301", "1.1"),
    } <= found
    assert {code for code, _ in found} >= {"SWL101", "SWL106", "SWL201", "SWL103", "SWL301"}


def test_a_dutch_waiver_works_in_english(small_repo: Repo, run: Run) -> None:
    """The README's waiver (rule SWL304, match bhv) silences the same melding in both languages."""
    extra = (
        "evidence:\n  - title: RI&E\n    url: https://example.org\n    aspects: [rie, arbo]\n"
        "waivers:\n"
        "  - rule: SWL304\n"
        "    match: bhv\n"
        "    reason: BHV is uitbesteed aan het verzamelgebouw.\n"
    )
    repo = small_repo({"evidence/2.1.md": evidence("2.1", "compliant", extra, "Tekst.\n")})
    for language, summary in (
        ("nl", "0 fouten, 0 waarschuwingen. 1 uitgezonderd met een waiver."),
        ("en", "0 errors, 0 warnings. 1 waived."),
    ):
        result = run("check", repo, "--lang", language)
        assert (result.code, meldingen(result)) == (0, []), result.out
        assert result.lines[-1] == summary
        waived = [line for line in result.lines if " SWL304 " in line]
        assert len(waived) == 1 and waived[0].startswith("  evidence/2.1.md:4:1: SWL304 ")


def test_a_waiver_matches_the_subject_never_the_text(small_repo: Repo, run: Run) -> None:
    # "voldoet" stands in the Dutch melding, but the melding is about the aspect bhv
    extra = (
        "evidence:\n  - title: RI&E\n    url: https://example.org\n    aspects: [rie, arbo]\n"
        "waivers:\n  - rule: SWL304\n    match: voldoet\n    reason: x\n"
    )
    repo = small_repo({"evidence/2.1.md": evidence("2.1", "compliant", extra, "Tekst.\n")})
    assert [line.split(" ")[1] for line in meldingen(run("check", repo))] == ["SWL304", "SWL307"]


def test_a_waiver_matches_the_whole_subject_not_a_part_of_it(small_repo: Repo, run: Run) -> None:
    """'bh' is no aspect: a part of an id would silence more than was meant (doc-1 would take
    doc-10 and doc-11 too), so the waiver matches nothing and says so. Whole words do match
    (an inline item's title: 'Contract' names 'Contract cliëntvolgsysteem')."""
    extra = (
        "evidence:\n  - title: RI&E\n    url: https://example.org\n    aspects: [rie, arbo]\n"
        "waivers:\n  - rule: SWL304\n    match: bh\n    reason: x\n"
    )
    repo = small_repo({"evidence/2.1.md": evidence("2.1", "compliant", extra, "Tekst.\n")})
    assert [line.split(" ")[1] for line in meldingen(run("check", repo))] == ["SWL304", "SWL307"]
    exact = extra.replace("match: bh\n", "match: ' BHV '\n")
    repo = small_repo({"evidence/2.1.md": evidence("2.1", "compliant", exact, "Tekst.\n")})
    assert meldingen(run("check", repo)) == []


@pytest.mark.parametrize(
    ("match", "subject", "named"),
    [
        ("doc-1", "doc-1", True),
        ("DOC-1", "doc-1", True),
        ("doc-1", "doc-10", False),
        ("doc-1", "doc-11", False),
        ("bh", "bhv", False),
        ("contract", "Contract cliëntvolgsysteem (samenvatting)", True),
        ("", "anything", True),
    ],
)
def test_a_waiver_names_whole_words_of_the_subject(match: str, subject: str, named: bool) -> None:
    assert policy._names(match.casefold(), subject) is named


def test_a_text_is_made_a_sentence_in_the_language_asked() -> None:
    hint = msg("schema.did_you_mean", suggestion="status")
    text = msg("SWL106.message", field="statu\ns", hint=hint)
    # a value from a file stays on one line, as Translator makes it
    assert render(text, Translator("nl")) == (
        "onbekend veld 'statu s' (bedoelde u 'status'?); verwijder het of corrigeer de naam"
    )
    assert render(text, Translator("en")).startswith("unknown field 'statu s' (did you mean")
    choice = msg(
        "schema.choice", field="status", value="x", expected=Join(("'a'", "'b'"), msg("schema.or"))
    )
    assert "'a' of 'b'" in render(choice, Translator("nl"))
    assert "'a' or 'b'" in render(choice, Translator("en"))
    question = Localised("Werkt u met stagiairs?", (("en", "Do you work with interns?"),))
    assert question.get("en") == "Do you work with interns?" and question.get("nl").startswith("W")
    assert render("al een zin", Translator("en")) == "al een zin"


def test_a_rendered_melding_passes_the_mask() -> None:
    problem = Problem(
        "evidence/1.1.md", 3, 5, "SWL204", msg("SWL204.message", id="111222333", hint="")
    )
    mask.learn({"111222333"})
    try:
        shown = format_problem(problem, Translator("nl"))
    finally:
        mask.reset()
    assert "111222333" not in shown
    assert shown.startswith("evidence/1.1.md:3:5: SWL204 ")


def _below_the_output_layer() -> list[Path]:
    files = [SOURCE / "problems.py", SOURCE / "errors.py"]
    for layer in ("load", "checks", "domain"):
        files += sorted((SOURCE / layer).glob("*.py"))
    return files


def test_no_translator_below_the_output_layer() -> None:
    """No module in load/, checks/, domain/ (nor problems.py, errors.py) imports swlabel.i18n
    or takes a Translator: a melding is data there, and becomes a sentence at the edge."""
    offenders = []
    for path in _below_the_output_layer():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(SOURCE)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("swlabel.i18n"):
                offenders.append(f"{where}:{node.lineno}: from {node.module} import")
            elif isinstance(node, ast.Import) and any(
                alias.name.startswith("swlabel.i18n") for alias in node.names
            ):
                offenders.append(f"{where}:{node.lineno}: import swlabel.i18n")
            elif isinstance(node, ast.Name) and node.id == "Translator":
                offenders.append(f"{where}:{node.lineno}: Translator")
    assert offenders == []
