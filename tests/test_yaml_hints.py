"""YAML syntax errors in the reader's language (#15): each common mistake is named at the line
and column where it is, with its usual fix, in Dutch and in English; PyYAML's English sentence
("mapping values are not allowed in this context") reaches neither."""

from __future__ import annotations

import pytest

from swlabel.i18n import Translator, format_problem
from swlabel.load import sources, yamlio

# (name, text, line, column, Dutch melding, English melding); the text is a .yaml file.
CASES = [
    (
        "colon in a value",
        "norm: '1.1'\nassessed_by: Kwaliteit: M. Jansen\n",
        2,
        23,
        "ongeldige YAML: de tekst na 'assessed_by:' bevat zelf een dubbele punt met een spatie "
        "erna, en die leest YAML als een nieuwe sleutel; zet de hele tekst tussen "
        'aanhalingstekens: assessed_by: "…"',
        "invalid YAML: the text after 'assessed_by:' contains a colon followed by a space, "
        'which YAML reads as a new key; put the whole text between quotes: assessed_by: "…"',
    ),
    (
        "colon in a value of a list item",
        "evidence:\n  - title: Notulen: maart\n",
        2,
        19,
        "ongeldige YAML: de tekst na 'title:' bevat zelf een dubbele punt met een spatie erna, "
        "en die leest YAML als een nieuwe sleutel; zet de hele tekst tussen aanhalingstekens: "
        'title: "…"',
        "invalid YAML: the text after 'title:' contains a colon followed by a space, which YAML "
        'reads as a new key; put the whole text between quotes: title: "…"',
    ),
    (
        "tab",
        "evidence:\n  - title: a\n\t  date: 2026-01-01\n",
        3,
        1,
        "ongeldige YAML: deze regel springt in met een tab, en YAML kent alleen spaties; "
        "vervang de tab door spaties (twee per niveau) of laat de editor tabs omzetten in "
        "spaties",
        "invalid YAML: this line is indented with a tab, and YAML allows only spaces; replace "
        "the tab with spaces (two per level) or have your editor turn tabs into spaces",
    ),
    (
        "no space after a dash",
        "evidence:\n  -title: a\n  - title: b\n",
        2,
        3,
        "ongeldige YAML: na het streepje van een lijstitem hoort een spatie: '- id: …', niet "
        "'-id: …'",
        "invalid YAML: a list item's dash needs a space after it: '- id: …', not '-id: …'",
    ),
    (
        "unclosed quote, marked where it opens",
        "norm: '1.1'\nassessed_by: 'M. Jansen\nstatus: compliant\n",
        2,
        14,
        "ongeldige YAML: het aanhalingsteken ' dat hier begint, wordt nergens gesloten; zet "
        "aan het eind van de tekst ook een '",
        "invalid YAML: the quote ' that opens here is never closed; put a ' at the end of the "
        "text too",
    ),
    (
        "an apostrophe inside single quotes",
        "evidence:\n  - title: 'Auto's van de zaak'\n",
        2,
        18,
        "ongeldige YAML: na het aanhalingsteken ' dat de tekst sluit, staat nog tekst; staat "
        "er een ' in de tekst zelf (zoals in auto's), zet de hele tekst dan tussen \"-tekens",
        "invalid YAML: there is more text after the quote ' that closes the text; if the text "
        "itself contains a ' (as in don't), put the whole text between \"-quotes",
    ),
    (
        "a line without a colon, before the next key",
        "norm: '1.1'\nstatus compliant\nassessed_by: M. Jansen\n",
        2,
        1,
        "ongeldige YAML: op deze regel ontbreekt de dubbele punt na de sleutel; schrijf "
        "'sleutel: waarde', bijvoorbeeld status: compliant",
        "invalid YAML: the colon after the key is missing on this line; write 'key: value', "
        "for example status: compliant",
    ),
    (
        "a line without a colon, the last line",
        "norm: '1.1'\nstatus compliant\n",
        2,
        1,
        "ongeldige YAML: op deze regel ontbreekt de dubbele punt na de sleutel; schrijf "
        "'sleutel: waarde', bijvoorbeeld status: compliant",
        "invalid YAML: the colon after the key is missing on this line; write 'key: value', "
        "for example status: compliant",
    ),
    (
        "wrong indentation in a list item",
        "evidence:\n  - title: a\n   date: 2026-01-01\n",
        3,
        4,
        "ongeldige YAML: deze regel springt anders in dan de regels erboven; sleutels op "
        "hetzelfde niveau beginnen in dezelfde kolom, en de regels van een lijstitem onder de "
        "eerste letter na '- '",
        "invalid YAML: this line is indented differently from the lines above; keys at the "
        "same level start in the same column, and the lines of a list item under the first "
        "letter after '- '",
    ),
    (
        "wrong indentation of a key",
        "scope:\n  interns: yes\n volunteers: no\n",
        3,
        2,
        "ongeldige YAML: deze regel springt anders in dan de regels erboven; sleutels op "
        "hetzelfde niveau beginnen in dezelfde kolom, en de regels van een lijstitem onder de "
        "eerste letter na '- '",
        "invalid YAML: this line is indented differently from the lines above; keys at the "
        "same level start in the same column, and the lines of a list item under the first "
        "letter after '- '",
    ),
    (
        "a text that starts with a bracket",
        "evidence:\n  - title: [Concept] Notulen\n",
        2,
        22,
        "ongeldige YAML: een waarde die met [ begint, leest YAML als een opsomming die met een "
        "sluithaak eindigt; zet een tekst die met [ begint tussen aanhalingstekens, of sluit "
        "de haak",
        "invalid YAML: YAML reads a value that starts with [ as an enumeration that ends with a "
        "closing bracket; put a text that starts with [ between quotes, or close the bracket",
    ),
    (
        "an unclosed bracket, marked where it opens",
        "actions: [a1, a2\nstatus: compliant\n",
        1,
        10,
        "ongeldige YAML: een waarde die met [ begint, leest YAML als een opsomming die met een "
        "sluithaak eindigt; zet een tekst die met [ begint tussen aanhalingstekens, of sluit "
        "de haak",
        "invalid YAML: YAML reads a value that starts with [ as an enumeration that ends with a "
        "closing bracket; put a text that starts with [ between quotes, or close the bracket",
    ),
    (
        "a value that starts with @",
        "assessed_by: @mjansen\n",
        1,
        14,
        "ongeldige YAML: een waarde mag in YAML niet met @ beginnen; zet de waarde tussen "
        "aanhalingstekens",
        "invalid YAML: a value may not start with @ in YAML; put the value between quotes",
    ),
]


@pytest.mark.parametrize(
    ("text", "line", "column", "dutch", "english"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_common_yaml_mistake_is_named_where_it_is_in_both_languages(
    text: str, line: int, column: int, dutch: str, english: str
) -> None:
    parsed = sources.parse_text(text, "evidence/1.1.yaml")
    assert parsed.data is None
    [problem] = parsed.problems
    assert (problem.line, problem.column, problem.code) == (line, column, "SWL101")
    where = f"evidence/1.1.yaml:{line}:{column}: SWL101 "
    assert format_problem(problem, Translator("nl")) == where + dutch
    assert format_problem(problem, Translator("en")) == where + english


def _mistake(text: str) -> tuple[int, int, str, tuple[tuple[str, str], ...]]:
    with pytest.raises(yamlio.YamlSyntaxError) as caught:
        yamlio.parse(text)
    error = caught.value
    return error.line, error.column, error.hint, error.details


def test_both_parsers_name_the_same_mistakes(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyYAML's Python parser words its errors differently from libyaml's ("expected <block
    end>, but found '<scalar>'"); the mistake named, and where, is the same."""
    import yaml

    found = [_mistake(case[1]) for case in CASES]
    monkeypatch.setattr(yamlio, "_Composer", type("Composer", (yaml.BaseLoader,), {}))
    assert [_mistake(case[1]) for case in CASES] == found


def test_pyyamls_english_is_shown_in_neither_language() -> None:
    parsed = sources.parse_text("a: b: c\nd: 'e\n", "x.yaml")
    for language in ("nl", "en"):
        shown = format_problem(parsed.problems[0], Translator(language))
        assert "mapping values" not in shown and "not allowed" not in shown
