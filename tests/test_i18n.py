from __future__ import annotations

import re
import string

import pytest

from swlabel.i18n import CATALOGUES, Translator, normalise_language, pick_language
from swlabel.rules import RULES


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    nl, en = CATALOGUES["nl"], CATALOGUES["en"]
    assert set(nl) == set(en)
    for key in nl:
        assert _fields(nl[key]) == _fields(en[key]), key


def test_every_rule_has_a_title_and_a_message_in_both_languages() -> None:
    for language, catalogue in CATALOGUES.items():
        for code in RULES:
            assert f"{code}.title" in catalogue, (language, code)
            # a message (.message, or variants such as .missing or .anchor), beside its title
            # and its documentation
            assert any(
                key.startswith(f"{code}.") and key not in (f"{code}.title", f"{code}.doc")
                for key in catalogue
            ), (language, code)


def test_findings_are_meldingen_never_bevindingen() -> None:
    assert not [key for key, text in CATALOGUES["nl"].items() if "bevinding" in text.lower()]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("nl", "nl"), ("EN", "en"), ("en_GB.UTF-8", "en"), ("nl-BE", "nl"), ("fr", None), ("", None)],
)
def test_normalise_language(value: str, expected: str | None) -> None:
    assert normalise_language(value) == expected


def test_pick_language_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SWLABEL_LANG", raising=False)
    assert pick_language() == "nl"
    assert pick_language(configured="en") == "en"
    monkeypatch.setenv("SWLABEL_LANG", "nl")
    assert pick_language(configured="en") == "nl"
    assert pick_language("en", configured="nl") == "en"


def test_translator_fills_placeholders() -> None:
    assert Translator("en")("SWL203.message", id="1.1").startswith("norm 1.1 has no evidence file")


def test_no_catalogue_text_has_a_bracketed_plural() -> None:
    # "1 fout", "2 fouten" (Translator.plural), never "fout(en)", "bewijsstuk(ken)", "error(s)".
    bracketed = re.compile(r"\w\((?:en|ken|s|n|es)\)")
    for language, catalogue in CATALOGUES.items():
        found = [key for key, text in catalogue.items() if bracketed.search(text)]
        assert found == [], language


@pytest.mark.parametrize(
    ("language", "count", "expected"),
    [("nl", 0, "0 fouten"), ("nl", 1, "1 fout"), ("nl", 2, "2 fouten"), ("en", 1, "1 error")],
)
def test_plural_chooses_by_count(language: str, count: int, expected: str) -> None:
    assert Translator(language).plural("count.errors", count) == expected
