from __future__ import annotations

import gc
import itertools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from swlabel.doors import bsn as bsn_module
from swlabel.doors.bsn import BsnMatch, bsn_digits, find_bsns, holds_bsn, mask_bsns, passes_elfproef
from swlabel.doors.bsn import context as bsn_context
from swlabel.doors.bsn import document as bsn_document
from swlabel.doors.bsn import known as bsn_known
from swlabel.doors.bsn import masking as bsn_masking
from swlabel.doors.bsn import scan as bsn_scan
from swlabel.doors.bsn import spelling as bsn_spelling
from swlabel.doors.bsn import words as bsn_words

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


# The modules of the BSN scan. A module that imports a name holds its own reference to it, so a
# patch must reach every module that looks the name up, not only the one that defines it.
BSN_MODULES = (
    bsn_module,
    bsn_context,
    bsn_document,
    bsn_known,
    bsn_masking,
    bsn_scan,
    bsn_spelling,
    bsn_words,
)


def patch_bsn(patch: pytest.MonkeyPatch, name: str, value: object) -> None:
    """Replace NAME by VALUE in every module of the BSN scan that holds it."""
    holders = [module for module in BSN_MODULES if name in vars(module)]
    assert holders, name
    for module in holders:
        patch.setattr(module, name, value)


def complete(first_eight: str) -> str:
    """FIRST_EIGHT digits followed by the check digit that makes them pass the 11-proef."""
    total = sum(w * int(c) for w, c in zip(WEIGHTS, first_eight, strict=True))
    check = total % 11  # total - check must be divisible by 11
    assert check < 10, f"no check digit exists for {first_eight}"
    return first_eight + str(check)


# Worked out by hand (weights 9 8 7 6 5 4 3 2 -1):
# 123456782: 9+16+21+24+25+24+21+16 = 156, 156-2 = 154 = 14*11
# 111222333: 9+8+7 + 12+10+8 + 9+6 = 69, 69-3 = 66 = 6*11
# 012345672: 0+8+14+18+20+20+18+14 = 112, 112-2 = 110 = 10*11 (8-digit 12345672)
# 087654325: 0+64+49+36+25+16+9+4 = 203, 203-5 = 198 = 18*11 (8-digit 87654325)
# 040404043: 0+32+0+24+0+16+0+8 = 80, 80-3 = 77 = 7*11 (8-digit 40404043)
# 020260106: 0+16+0+12+30+0+3+0 = 61, 61-6 = 55 = 5*11 (the date 20260106)
# 014011980: 0+8+28+0+5+4+27+16 = 88, 88-0 = 88 = 8*11 (the date 14011980)
# 417164300: 36+8+49+6+30+16+9+0 = 154, 154-0 = 154 (the tail of NL91ABNA0417164300)
BSN = "123456782"
BSN2 = "111222333"
BSN8 = "12345672"
KVK = "87654325"
AGB = "40404043"
DATE_YMD = "20260106"
DATE_DMY = "14011980"
IBAN_TAIL = "417164300"
MOBILE9 = complete("61234562")  # 612345622: "+31 612345622" without its +31
IP9 = "102030121"  # 10.20.30.121


def test_complete_agrees_with_the_hand_computed_numbers() -> None:
    assert complete("12345678") == BSN
    assert complete("11122233") == BSN2
    assert complete("01234567") == "0" + BSN8
    assert complete("08765432") == "0" + KVK
    assert complete("04040404") == "0" + AGB
    assert complete("02026010") == "0" + DATE_YMD
    assert complete("01401198") == "0" + DATE_DMY
    assert complete("41716430") == IBAN_TAIL
    assert complete("10203012") == IP9


@pytest.mark.parametrize(
    "digits",
    [BSN, BSN2, "0" + BSN8, BSN8, KVK, AGB, DATE_YMD, DATE_DMY, IBAN_TAIL, MOBILE9, IP9],
)
def test_passes_elfproef_true(digits: str) -> None:
    assert passes_elfproef(digits)


@pytest.mark.parametrize(
    "digits",
    [
        "123456789",  # 156 - 9 = 147, not divisible by 11
        "123456781",
        "000000000",  # sum 0
        "000000012",  # 2*1 - 2 = 0: a sum of 0 does not count either
        "12345678",  # 012345678: 112 - 8 = 104
        "1234567",
        "1234567820",
        "12345678a",
        "12345678 ",
        "",
        "١٢٣٤٥٦٧٨٢",  # Arabic-Indic digits: not a BSN as written in Dutch text
    ],
)
def test_passes_elfproef_false(digits: str) -> None:
    assert not passes_elfproef(digits)


def test_passes_elfproef_accepts_the_8_digit_form_as_with_a_leading_zero() -> None:
    assert passes_elfproef(BSN8) is passes_elfproef("0" + BSN8) is True
    assert passes_elfproef("12345678") is passes_elfproef("012345678") is False


def test_about_one_in_eleven_numbers_passes() -> None:
    passing = sum(passes_elfproef(f"{n:09d}") for n in range(100_000_000, 100_011_000))
    assert 900 <= passing <= 1100


# -- True positives ---------------------------------------------------------------------------


def m(line: int, column: int, text: str, digits: str = BSN) -> BsnMatch:
    return BsnMatch(line=line, column=column, text=text, digits=digits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BSN: 123456782", [m(1, 6, "123456782")]),
        ("bsn 123456782", [m(1, 5, "123456782")]),
        ("burgerservicenummer 123.456.782", [m(1, 21, "123.456.782")]),
        ("Burger service nummer: 123-456-782", [m(1, 24, "123-456-782")]),
        ("Sofinummer: 1234 56 782", [m(1, 13, "1234 56 782")]),
        ("sofi-nummer 1234.56.782", [m(1, 13, "1234.56.782")]),
        ("BSN/sofinummer: 12.34.56.782.", [m(1, 17, "12.34.56.782")]),
        ("Het BSN-nummer van mevrouw is 123456782.", [m(1, 31, "123456782")]),
        ("**BSN:** 123456782", [m(1, 10, "123456782")]),
        ("client_bsn=123456782", [m(1, 12, "123456782")]),
        ("Klantnummer (BSN): 123456782", [m(1, 20, "123456782")]),  # the BSN word wins
        ("KvK/BSN: 123456782", [m(1, 10, "123456782")]),
        ("BSN: 12345672", [m(1, 6, "12345672", "012345672")]),
        ("BSN: 12.345.672", [m(1, 6, "12.345.672", "012345672")]),
        ("BSN: 012345672", [m(1, 6, "012345672", "012345672")]),
        ("BSN: 20260106", [m(1, 6, "20260106", "020260106")]),  # looks like a date; BSN wins
        # a label line just above
        ("Burgerservicenummer:\n123456782", [m(2, 1, "123456782")]),
        ("**BSN**\n\n  123 456 782 (moeder)", [m(3, 3, "123 456 782")]),
        ("BSN cliënt\n- 123456782, geverifieerd", [m(2, 3, "123456782")]),
        # YAML and key: value
        ('bsn: "123456782"', [m(1, 7, "123456782")]),
        ("client:\n  nummer: 123456782\n", [m(2, 11, "123456782")]),
        ('{"id": 123456782,', [m(1, 8, "123456782")]),
        ("nummer = '123456782'  # uit de intake", [m(1, 11, "123456782")]),
        ("- 123456782", [m(1, 3, "123456782")]),
        (
            "bsns:\n  - 123456782\n  - 111.222.333\n",
            [m(2, 5, "123456782"), m(3, 5, "111.222.333", BSN2)],
        ),
        # a number alone on a line
        ("Zie hieronder.\n\n  '123456782'  \n", [m(3, 4, "123456782")]),
        ("123456782", [m(1, 1, "123456782")]),
        # CRLF and a lone CR
        ("Naam: Jansen\r\nBSN: 123456782\r\n", [m(2, 6, "123456782")]),
        ("a\r\rb\r\nBSN:\r\n  111222333", [m(5, 3, "111222333", BSN2)]),
        # several on one line, each with its own label
        ("KvK 87654325, BSN 123456782", [m(1, 19, "123456782")]),
        ("BSN: 123456782; BSN partner: 111222333", [m(1, 6, "123456782"), m(1, 30, BSN2, BSN2)]),
        # values listed after one label share it
        (
            "BSN's: 123456782, 111222333 en 12.345.672",
            [m(1, 8, "123456782"), m(1, 19, BSN2, BSN2), m(1, 32, "12.345.672", "0" + BSN8)],
        ),
        ("BSN: 123456782 111222333", [m(1, 6, "123456782"), m(1, 16, BSN2, BSN2)]),
        # a URL or file name that says it holds a BSN
        ("https://example.org/zoek?bsn=123456782", [m(1, 30, "123456782")]),
        # the '=' percent-encoded, as a browser copies it (found in review)
        ("https://example.org/zoek?bsn%3D123456782", [m(1, 32, "123456782")]),
        ("https://example.org/zoek?q=1&bsn%3d123456782&x=2", [m(1, 36, "123456782")]),
        ("scans/bsn_123456782_intake.pdf", [m(1, 11, "123456782")]),
        ("Bijlage: BSN-123456782.pdf", [m(1, 14, "123456782")]),
    ],
)
def test_finds_bsns(text: str, expected: list[BsnMatch]) -> None:
    assert find_bsns(text) == expected


def test_csv_with_bsn_column_semicolons_dutch_excel() -> None:
    text = (
        "naam;bsn;geboortedatum;bedrag\n"
        "Jansen;123456782;01-02-1980;12,50\n"
        '"de Vries; Piet";"111222333";02-03-1981;0,00\n'
        "Bakker;;03-04-1982;1,00\n"
    )
    assert find_bsns(text) == [m(2, 8, "123456782"), m(3, 19, "111222333", BSN2)]


def test_csv_comma_separated_with_quoted_cells_and_a_number_next_to_it() -> None:
    text = 'naam,burgerservicenummer,bedrag\n"Jansen, J.",123456782,50\nde Vries,12345672,7\n'
    assert find_bsns(text) == [m(2, 14, "123456782"), m(3, 10, "12345672", "012345672")]


def test_tab_separated_table() -> None:
    text = "Naam\tBSN/sofinummer\tKvK\nJansen\t123456782\t87654325\n"
    assert find_bsns(text) == [m(2, 8, "123456782")]


def test_markdown_table_with_a_bsn_column() -> None:
    text = (
        "| Naam | BSN | Klantnummer |\n"
        "|------|-----|-------------|\n"
        "| Jansen | 123.456.782 | 111222333 |\n"
        "| de Vries | 111222333 (gecontroleerd) | 123456789 |\n"
    )
    # 111222333 in the klantnummer column is the BSN of row 4, so it is reported as well.
    assert find_bsns(text) == [
        m(3, 12, "123.456.782"),
        m(3, 26, "111222333", BSN2),
        m(4, 14, "111222333", BSN2),
    ]


def test_markdown_table_of_fields_uses_the_cell_to_the_left() -> None:
    text = "| Veld | Waarde |\n|---|---|\n| BSN | 123456782 |\n| KvK | 87654325 |\n"
    assert find_bsns(text) == [m(3, 9, "123456782")]


def test_table_cell_alone_under_a_neutral_column_is_a_value() -> None:
    text = "naam;nummer\nJansen;123456782\nde Vries;123456789\n"
    assert find_bsns(text) == [m(2, 8, "123456782")]


def test_a_known_bsn_is_reported_wherever_it_appears() -> None:
    text = (
        "BSN: 123456782\n"
        "klantnummer: 123456782\n"
        "Zie scans/123456782.pdf en https://example.org/c/123456782\n"
        "In totaal 123456782 keer\n"
        "Andere: 1234567820 en ABC123456782\n"
    )
    assert find_bsns(text) == [
        m(1, 6, "123456782"),
        m(2, 14, "123456782"),
        m(3, 11, "123456782"),
        m(3, 50, "123456782"),
        m(4, 11, "123456782"),
    ]


# -- Look-alikes that must not alarm ----------------------------------------------------------

# Each look-alike with the 8 or 9 digits in it that pass the 11-proef, so that the test shows
# the context and shape rules at work, not luck. None when the look-alike has no such digits.
LOOK_ALIKES: list[tuple[str, str | None]] = [
    # IBAN
    ("NL91ABNA0417164300", IBAN_TAIL),
    ("IBAN: NL91 ABNA 0417 1643 00", None),
    ("NL91 ABNA 0417 1643 00", None),
    ("rekeningnummer 417164300", IBAN_TAIL),
    # phone numbers
    ("Bel 06-12345672", BSN8),
    ("0612345672", BSN8),
    ("06 12345672", BSN8),
    ("+31 6 12345672", BSN8),
    ("+31 (0)6 12345672", BSN8),
    (f"+31 {MOBILE9}", MOBILE9),
    (f"+31{MOBILE9}", MOBILE9),
    ("020-1234567", None),
    ("030 123 4567", None),
    ("Tel. 012345672", "012345672"),
    ("mobiel: 12345672", BSN8),
    ("fax 123456782", BSN),
    # postcode and house number
    ("1234 AB 56", None),
    ("Postcode 1234 AB, huisnummer 12345672", BSN8),
    # KvK, AGB, RSIN
    (f"KvK: {KVK}", KVK),
    (f"KvK-nummer {KVK}", KVK),
    (f"Kamer van Koophandel {KVK}", KVK),
    (f"kvk: {KVK}", KVK),
    (f"AGB-code: {AGB}", AGB),
    (f"AGB {AGB}", AGB),
    ("RSIN: 123456782", BSN),
    ("Fiscaal nummer 123456782", BSN),
    # dates
    ("2026-01-06", DATE_YMD),
    ("14-01-1980", DATE_DMY),
    ("14.01.1980", DATE_DMY),
    (DATE_YMD, DATE_YMD),
    (f"- {DATE_DMY}", DATE_DMY),
    (f"peildatum: {DATE_YMD}", DATE_YMD),
    (f"gemaakt: {DATE_YMD}", DATE_YMD),
    # amounts
    ("€ 123.456.782", BSN),
    ("€123456782", BSN),
    ("123456782,50", BSN),
    ("Jansen;123456782,50", BSN),
    ("1.234.567,82", None),
    ("12.345.672,50", BSN8),
    ("0,123456782", BSN),
    ("123.456.782,-", BSN),
    ("nummer: 123.456.782 EUR", BSN),
    ("Bedrag: 123456782", BSN),
    ("Totaal 123.456.782 euro", BSN),
    # other numbers with a name
    ("factuur 123456782", BSN),
    ("Factuurnummer: 123456782", BSN),
    ("invoice 123456782", BSN),
    ("klantnummer: 123456782", BSN),
    ("klant_nummer: 123456782", BSN),
    ("Ordernummer 123456782", BSN),
    ("dossiernummer: 123456782", BSN),
    ("registratienummer 123456782", BSN),
    ("lidnummer: 123456782", BSN),
    ("personeelsnummer 123456782", BSN),
    ("artikel 123456782", BSN),
    ("btw 123456782", BSN),
    ("nummer: 123456782  # klantnummer", BSN),
    ("Klantnummers:\n- 123456782\n- 111222333", BSN),
    ("Klantnummer:\n123456782", BSN),
    # prose without context
    ("In 2025 hadden we 123456782 bezoekers.", BSN),
    ("We hadden 123456782 bezoekers.", BSN),
    ("Het BSN vragen we nooit. Wel telden we 123456782 bezoekers.", BSN),
    ("Het BSN vragen we nooit.\n123456782 bezoekers kwamen langs.", BSN),
    ("BSN 2 123456782", BSN),
    ("Zie het BSN-beleid. 123456782 mensen lazen het.", BSN),
    ("BSN: zie dossier. Klantnummer 123456782", BSN),
    # part of a longer run of digits or letters
    ("ABC123456782", BSN),
    ("123456782abc", BSN),
    ("1234567820", BSN),
    ("01234567820", BSN),
    ("REF-123456782", BSN),
    ("123456782-A", BSN),
    ("1.123.456.782", BSN),
    ("123-456-782-0", BSN),
    ("nummer_123456782", BSN),
    ("dossier_123456782.pdf", BSN),
    # URLs, paths, addresses. Decided: a number in a URL is a page or document id, not a BSN,
    # unless the URL names it (?bsn=...) or the same number is a BSN elsewhere in the text.
    ("https://example.org/doc/123456782?x", BSN),
    ("Zie https://example.org/doc?id=123456782 voor meer", BSN),
    ("Zie https://example.org/doc?id%3D123456782 voor meer", BSN),
    ("waarde%3D123456782", BSN),
    ("www.example.org/123456782", BSN),
    ("docs/123456782.pdf", BSN),
    ("123456782@example.org", BSN),
    ("issue #123456782", BSN),
    # versions and addresses
    ("1.2.3.4.5.6.7.8.9", None),
    ("v1.2.3", None),
    ("10.20.30.121", IP9),
    # table columns and keys that say it is something else
    (f"naam;kvk\nJansen;{KVK}\n", KVK),
    ("| Naam | Telefoon |\n|---|---|\n| Jansen | 123456782 |", BSN),
    ("naam,bedrag\nJansen,123456782\n", BSN),
    ("| Post | Begroting 2026 |\n|---|---|\n| Personeel | 123.456.782 |", BSN),
    ("Bel 06 - 12345672", BSN8),
]


@pytest.mark.parametrize(("text", "passing"), LOOK_ALIKES)
def test_look_alikes_do_not_alarm(text: str, passing: str | None) -> None:
    if passing is not None:
        assert passing in re.sub(r"[-. ]", "", text)
        assert passes_elfproef(passing)
    assert find_bsns(text) == []
    assert mask_bsns(text) == text


def test_look_alikes_together_do_not_alarm() -> None:
    text = "\n\n".join(text for text, _ in LOOK_ALIKES)
    assert find_bsns(text) == []


def test_a_label_ends_at_an_earlier_value_that_is_not_listed() -> None:
    assert find_bsns("BSN: 123456782 in 2025 en 111222333") == [m(1, 6, "123456782")]
    assert find_bsns("BSN: 123456782, KvK: 87654325") == [m(1, 6, "123456782")]


def test_look_alikes_next_to_a_bsn_stay_untouched_by_mask() -> None:
    text = (
        "BSN: 123.456.782, KvK 87654325\n"
        "IBAN NL91 ABNA 0417 1643 00, tel. 06-12345672, 12-03-2026\n"
        "Sofinummer\n"
        "  1234 56 782\n"
        "factuur 111222333 van € 1.234.567,82\n"
    )
    assert mask_bsns(text) == (
        "BSN: ***.***.***, KvK 87654325\n"
        "IBAN NL91 ABNA 0417 1643 00, tel. 06-12345672, 12-03-2026\n"
        "Sofinummer\n"
        "  **** ** ***\n"
        "factuur 111222333 van € 1.234.567,82\n"
    )


def test_mask_keeps_separators_and_masks_the_bsn_glued_elsewhere() -> None:
    assert mask_bsns("BSN 12.34.56.782 en scan123456782.pdf") == (
        "BSN **.**.**.*** en scan*********.pdf"
    )
    assert mask_bsns("BSN: 12345672\r\nx") == "BSN: ********\r\nx"


def test_a_long_line_of_numbers_is_handled_number_by_number() -> None:
    # Context is read from a window around each number: a quadratic slip would make this hang.
    numbers = [str(n) for n in range(100_000_000, 100_060_000)]
    line = " ".join(numbers) + " BSN: 123456782"
    assert find_bsns(line) == [m(1, len(line) - 8, "123456782")]
    assert find_bsns("\n".join("Het getal is " + n + "." for n in numbers)) == []


def test_text_without_candidates() -> None:
    assert find_bsns("") == []
    assert find_bsns("geen nummers hier\n") == []
    assert mask_bsns("") == ""


# -- Properties -------------------------------------------------------------------------------


def check_invariants(text: str) -> None:
    matches = find_bsns(text)
    lines = re.split(r"\r\n|\r|\n", text)
    starts = [0] + [found.end() for found in re.finditer(r"\r\n|\r|\n", text)]
    masked = mask_bsns(text)
    assert len(masked) == len(text)
    for original, after in zip(text, masked, strict=True):
        assert after == original or (original.isdigit() and after == "*")
    for match in matches:
        line = lines[match.line - 1]
        assert match.column >= 1
        assert line[match.column - 1 : match.column - 1 + len(match.text)] == match.text
        assert re.sub(r"[-. ]", "", match.text).rjust(9, "0") == match.digits
        assert passes_elfproef(match.digits)
        offset = starts[match.line - 1] + match.column - 1
        assert masked[offset : offset + len(match.text)] == re.sub("[0-9]", "*", match.text)
        assert match.digits not in masked
    assert find_bsns(masked) == []


FRAGMENTS = st.sampled_from(
    [
        "BSN: ",
        "bsn",
        "Sofinummer ",
        "KvK ",
        "klantnummer: ",
        "nummer: ",
        "naam;bsn\n",
        "| BSN |\n",
        "- ",
        ";",
        ",",
        "|",
        "\t",
        " ",
        "  ",
        "-",
        ".",
        "/",
        ":",
        '"',
        "€",
        "*",
        "\n",
        "\r\n",
        "\r",
        "https://x.nl/",
        "abc",
        "0",
        "06",
        "2025",
        BSN,
        BSN2,
        BSN8,
        KVK,
        "123.456.782",
        "1234 56 782",
        "12.345.672",
        "123456789",
    ]
)


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(FRAGMENTS | st.text(max_size=3), max_size=40).map("".join))
def test_properties_on_text_made_of_fragments(text: str) -> None:
    check_invariants(text)


@settings(max_examples=300, deadline=None, database=None)
@given(st.text())
def test_properties_on_random_text(text: str) -> None:
    check_invariants(text)


# -- Linear work on hostile text --------------------------------------------------------------
# No times here: the work is counted (characters scanned, lines looked at), so that a
# quadratic slip shows as a ratio however busy the machine is. benchmarks/bsn_scan.py measures
# the speed.


def numbers(count: int, seed: int = 3) -> list[str]:
    """COUNT distinct 9-digit numbers that pass the 11-proef."""
    found: list[str] = []
    n = 10_000_000 + seed * 7_919
    while len(found) < count:
        try:
            number = complete(f"{n:08d}")
        except AssertionError:
            number = ""
        if number and number not in found[-1:]:
            found.append(number)
        n += 7_919
    return found


class CountingRun:
    """The pattern that finds runs of digits, counting the characters it is run over."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scanned = 0

    def finditer(self, text: str, position: int = 0) -> Iterator[re.Match[str]]:
        # The scan searches again from the line after a block of lines shaped alike.
        self.scanned += len(text) - position
        return self.pattern.finditer(text, position)

    def sub(self, replacement: Callable[[re.Match[str]], str], text: str) -> str:
        self.scanned += len(text)
        return self.pattern.sub(replacement, text)


def scanned(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """How many characters are scanned for numbers while TEXT is masked."""
    counter = CountingRun(bsn_spelling._RUN)
    with monkeypatch.context() as patch:
        patch_bsn(patch, "_RUN", counter)
        mask_bsns(text)
    return counter.scanned


def glued_chain(count: int) -> str:
    # Each line starts with the number that ended the line before; each number is a BSN (a
    # value under "BSN:") only once the one glued in front of it is masked.
    chain = numbers(count + 1)
    return "BSN:\n" + chain[0] + "\n" + "".join(a + b + "\n" for a, b in itertools.pairwise(chain))


def test_mask_of_a_glued_chain_is_linear_and_leaves_no_bsn(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = glued_chain(100), glued_chain(400)
    first = numbers(1)[0]
    assert find_bsns(small) == [m(2, 1, first, first)]
    masked = mask_bsns(large)
    assert find_bsns(masked) == []
    assert not re.search("[0-9]", masked)  # every number of the chain is one person's BSN
    # Masking looked at the whole text again after each number: 16 times the work for four times
    # the lines.
    ratio = scanned(monkeypatch, large) / scanned(monkeypatch, small)
    assert ratio < 4.5


class CountingPattern:
    """A compiled pattern whose fullmatch calls are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def fullmatch(self, text: str) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.fullmatch(text)


@pytest.mark.parametrize("separator", ["\n", "\n\n", "\n  - 12\n"])
def test_each_line_above_a_value_is_looked_at_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, separator: str
) -> None:
    # A list of values shares its label; walking up from every value to find it cost up to 200
    # lines per value when the values had blank lines between them.
    text = "Klantnummers:\n\n" + separator.join(numbers(2_000))
    pattern = CountingPattern(bsn_document._VALUE_LINE.compiled)
    lazy = bsn_words._Lazy("")
    lazy._compiled = pattern  # type: ignore[assignment]
    patch_bsn(monkeypatch, "_VALUE_LINE", lazy)
    assert find_bsns(text) == []
    assert pattern.calls <= text.count("\n") + 1


@pytest.mark.parametrize(
    ("start", "line", "separator", "found"),
    [
        ("", "{}", "\n", 1_000),
        ("bsns:\n", "  - {}", "\n", 1_000),
        ("BSN:\n", "- {}", "\n\n", 1_000),
        ("nummer;bsn;x\n", "{0};{1};{2}", "\n", 3_000),
        ("| a | b |\n|---|---|\n", "| {0} | {1} |", "\n", 2_000),
        ("", "{0},{1}", "\n", 2_000),
    ],
)
def test_lines_shaped_alike_are_judged_by_their_digits_alone(
    monkeypatch: pytest.MonkeyPatch, start: str, line: str, separator: str, found: int
) -> None:
    # A line that differs from the one above it only in its digits, in the same list or table,
    # says the same of its numbers: their table cell and label are looked up for the first
    # lines only, not for each of a thousand lines.
    pool = numbers(3_000)
    rows = [line.format(*pool[3 * k : 3 * k + 3]) for k in range(1_000)]
    text = start + separator.join(rows) + "\n"
    calls = {"cell": 0, "label": 0}
    cell, label_kind = bsn_document._Doc.cell, bsn_document._Doc.label_kind

    def counting_cell(doc: bsn_document._Doc, *args: int) -> object:
        calls["cell"] += 1
        return cell(doc, *args)

    def counting_label_kind(doc: bsn_document._Doc, index: int) -> int:
        calls["label"] += 1
        return label_kind(doc, index)

    monkeypatch.setattr(bsn_document._Doc, "cell", counting_cell)
    monkeypatch.setattr(bsn_document._Doc, "label_kind", counting_label_kind)
    assert len(find_bsns(text)) == found
    assert calls["cell"] <= 6
    assert calls["label"] <= 6
    assert find_bsns(mask_bsns(text)) == []


@pytest.mark.parametrize(
    ("start", "line", "found"),
    [
        ("", "{}", 1_000),
        ("bsns:\n", "  - {}", 1_000),
        ("nummer;bsn;x\n", "{0};{1};{2}", 3_000),
        ("| a | b |\n|---|---|\n", "| {0} | {1} |", 2_000),
        ("", "{0},{1}", 2_000),
        ("BSN:\n", "- {0:.3}.{1}.{2}", 1_000),
    ],
)
def test_a_block_of_lines_shaped_alike_is_judged_in_one_go(
    monkeypatch: pytest.MonkeyPatch, start: str, line: str, found: int
) -> None:
    # The numbers of a block of lines shaped alike are read from their places in each line: the
    # search for runs of digits skips the block instead of yielding its every number, and the
    # lines are not judged one call at a time.
    pool = numbers(3_000)
    rows = []
    for k in range(1_000):
        three = pool[3 * k : 3 * k + 3]
        if line.startswith("- {0:.3}"):
            rows.append(f"- {three[0][:3]}.{three[0][3:6]}.{three[0][6:]}")
        else:
            rows.append(line.format(*three))
    text = start + "\n".join(rows) + "\n"
    counter = CountingMatches(bsn_spelling._RUN)
    reused = []
    reuse = bsn_scan._Scan._reuse

    def counting_reuse(scan: bsn_scan._Scan, index: int, *args: object) -> object:
        reused.append(index)
        return reuse(scan, index, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(bsn_scan._Scan, "_reuse", counting_reuse)
    patch_bsn(monkeypatch, "_RUN", counter)
    assert len(find_bsns(text)) == found
    assert counter.found <= 12
    assert len(reused) <= 2


@pytest.mark.parametrize(
    ("start", "line", "found"),
    [
        ("", "{}", 1_000),
        ("BSN:\n", "- {}", 1_000),
        ("Klantnummers:\n", "  - {}", 0),
        ("", "nummer: {}", 1_000),
    ],
)
def test_values_with_a_blank_line_between_them_are_judged_in_one_go(
    monkeypatch: pytest.MonkeyPatch, start: str, line: str, found: int
) -> None:
    # One blank line between two values keeps their label, so the values of such a list are
    # judged as a block of lines shaped alike: not one search for runs and one call per value.
    rows = [line.format(number) for number in numbers(1_000)]
    text = start + "\n\n".join(rows) + "\n"
    counter = CountingMatches(bsn_spelling._RUN)
    reused = []
    reuse = bsn_scan._Scan._reuse

    def counting_reuse(scan: bsn_scan._Scan, index: int, *args: object) -> object:
        reused.append(index)
        return reuse(scan, index, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(bsn_scan._Scan, "_reuse", counting_reuse)
    patch_bsn(monkeypatch, "_RUN", counter)
    matches = find_bsns(text)
    assert len(matches) == found
    assert [(m.line, m.column) for m in matches[:2]] == [
        (start.count("\n") + 1, line.index("{") + 1),
        (start.count("\n") + 3, line.index("{") + 1),
    ][: min(found, 2)]
    assert counter.found <= 12
    assert len(reused) <= 3
    monkeypatch.undo()
    assert find_bsns(mask_bsns(text)) == []
    assert mask_bsns(text).count("*") == 9 * found


def spelled(number: str, way: int) -> str:
    """NUMBER written in the WAY-th of five ways of writing a BSN."""
    return (
        f"{number[:3]}.{number[3:6]}.{number[6:]}",
        f"{number[:4]}.{number[4:6]}.{number[6:]}",
        f"{number[:2]}.{number[2:4]}.{number[4:6]}.{number[6:]}",
        f"{number[:3]}-{number[3:6]}-{number[6:]}",
        number,
    )[way % 5]


@pytest.mark.parametrize(
    ("start", "line", "found"),
    [("", "{}", 954), ("BSN:\n", "- {}", 954), ("Klantnummers:\n", "  - {}", 0)],
)
def test_lines_of_one_number_written_in_other_ways_are_judged_in_one_go(
    monkeypatch: pytest.MonkeyPatch, start: str, line: str, found: int
) -> None:
    # A line that holds one number, with the same text around it as the line above, says the
    # same of it however the number is written (123.456.782, 1234.56.782): the lines of a list
    # that changes its separators from line to line are judged as one block, their cells and
    # label not looked up again.
    rows = [line.format(spelled(number, way)) for way, number in enumerate(numbers(1_000))]
    text = start + "\n".join(rows) + "\n"
    counter = CountingMatches(bsn_spelling._RUN)
    calls = {"reuse": 0, "cell": 0, "label": 0}
    reuse = bsn_scan._Scan._reuse
    cell, label_kind = bsn_document._Doc.cell, bsn_document._Doc.label_kind

    def counting_reuse(scan: bsn_scan._Scan, index: int, *args: object) -> object:
        calls["reuse"] += 1
        return reuse(scan, index, *args)  # type: ignore[arg-type]

    def counting_cell(doc: bsn_document._Doc, *args: int) -> object:
        calls["cell"] += 1
        return cell(doc, *args)

    def counting_label_kind(doc: bsn_document._Doc, index: int) -> int:
        calls["label"] += 1
        return label_kind(doc, index)

    monkeypatch.setattr(bsn_scan._Scan, "_reuse", counting_reuse)
    monkeypatch.setattr(bsn_document._Doc, "cell", counting_cell)
    monkeypatch.setattr(bsn_document._Doc, "label_kind", counting_label_kind)
    patch_bsn(monkeypatch, "_RUN", counter)
    matches = find_bsns(text)
    # Without a BSN word before them on their line, 46 numbers written as 12.34.56.782 look
    # like an IP address.
    column = line.index("{")
    ip_look = re.compile(r"([0-9]{2})\.([0-9]{2})\.([0-9]{2})\.([0-9]{3})")
    expected = [
        (start.count("\n") + k + 1, column + 1, row[column:])
        for k, row in enumerate(rows)
        if not (m := ip_look.fullmatch(row[column:])) or int(m.group(4)) > 255
    ][:found]
    assert [(m.line, m.column, m.text) for m in matches] == expected
    assert len(matches) == found
    assert counter.found <= 12
    assert calls["reuse"] <= 3
    assert calls["cell"] <= 6
    assert calls["label"] <= 6
    monkeypatch.undo()
    assert find_bsns(mask_bsns(text)) == []


@pytest.mark.parametrize(
    ("start", "line", "found"),
    [
        ("", "{}", [spelled(BSN, 0), spelled(BSN2, 1)]),
        ("BSN:\n", "- {}", [spelled(BSN, 0), spelled(BSN2, 1)]),
        ("", "BSN {}", [spelled(BSN, 0), "10.20.30.121", spelled(BSN2, 1)]),
    ],
)
def test_a_number_written_otherwise_below_is_judged_as_on_its_own(
    start: str, line: str, found: list[str]
) -> None:
    # A line is judged by the line above it, but an IP-address look (10.20.30.121 passes the
    # 11-proef) still rejects its number unless a BSN word stands before it, and a number that
    # fails the 11-proef in between is no BSN.
    numbers = [spelled(BSN, 0), "10.20.30.121", spelled("123456789", 2), spelled(BSN2, 1)]
    text = start + "\n".join(line.format(number) for number in numbers)
    assert [m.text for m in find_bsns(text)] == found
    assert find_bsns(mask_bsns(text)) == []


@pytest.mark.parametrize(
    ("labels", "line", "size"),
    [
        (["BSN:"], "- {}", 3),
        (["BSN:", "KvK:"], "- {}", 3),
        (["Burgerservicenummer"], "{} (moeder), gezien", 1),
        (["# Gesprek"], "nummer: {}", 2),
    ],
)
def test_short_lists_under_a_repeated_label_are_judged_in_one_go(
    monkeypatch: pytest.MonkeyPatch, labels: list[str], line: str, size: int
) -> None:
    # A label above each short list of numbers: the first number under each label is judged by
    # the last one under the label before it when the label reads the same, not afresh. Under
    # another label (KvK) the numbers are no BSNs, and each list is judged afresh.
    pool = iter(numbers(3_000))
    parts = []
    expected = []
    for group in range(3_000 // size):
        label = labels[group % len(labels)]
        parts.append(label)
        for _ in range(size):
            number = next(pool)
            parts.append(line.format(number))
            if label != "KvK:":
                expected.append((len(parts), line.index("{") + 1, number))
    text = "\n".join(parts) + "\n"
    counter = CountingMatches(bsn_spelling._RUN)
    contexts = []
    context = bsn_context._context

    def counting_context(doc: bsn_document._Doc, index: int, *args: object) -> object:
        contexts.append(index)
        return context(doc, index, *args)  # type: ignore[arg-type]

    patch_bsn(monkeypatch, "_context", counting_context)
    patch_bsn(monkeypatch, "_RUN", counter)
    assert [(m.line, m.column, m.text) for m in find_bsns(text)] == expected
    lists = len(labels) > 1 and 3_000 // size
    assert counter.found <= 12 + 2 * lists
    assert len(contexts) <= 6 + lists
    monkeypatch.undo()
    assert find_bsns(mask_bsns(text)) == []


class CountingSearch:
    """The pattern that says whether a text holds eight digits, counting its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.searches = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        self.searches += 1
        return self.pattern.finditer(text)


@pytest.mark.parametrize("line", ["{}", "- {}", "{0};{1}", "BSN {0} en {1}"])
def test_masking_many_lines_looks_for_what_is_left_in_one_search(
    monkeypatch: pytest.MonkeyPatch, line: str
) -> None:
    # After the first round masked a thousand lines, the lines still holding eight digits are
    # found by one search of the text, not by one search per masked line.
    pool = numbers(2_000)
    text = "".join(line.format(pool[2 * k], pool[2 * k + 1]) + "\n" for k in range(1_000))
    counter = CountingSearch(bsn_spelling._HINT)
    patch_bsn(monkeypatch, "_HINT", counter)
    masked = mask_bsns(text)
    assert not re.search("[0-9]{8}", masked)
    assert counter.searches <= 4


class CountingMatches:
    """The pattern that finds runs of digits, counting the runs it yields."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.found = 0

    def finditer(self, text: str, position: int = 0) -> Iterator[re.Match[str]]:
        for match in self.pattern.finditer(text, position):
            self.found += 1
            yield match


def test_a_1_mb_hostile_text_is_masked_without_a_bsn_left() -> None:
    pool = numbers(2_000)
    shapes = (
        "{}",
        "- {}",
        "nummer: {}",
        "{0:.3}.{1}.{2}",
        "    - '{}'",
        "BSN: {} {}",
        "{};{};{};{}",
        "| {} | {} |",
        "klant {} in scan_{}.pdf",
    )
    lines = ["Burgerservicenummers:"]
    size = 0
    index = 0
    while size < 1_000_000:
        shape = shapes[index % len(shapes)]
        picked = [pool[(index + k) % len(pool)] for k in range(4)]
        if shape.startswith("{0:.3}"):
            line = f"{picked[0][:3]}.{picked[0][3:6]}.{picked[0][6:]}"
        else:
            line = shape.format(*picked)
        lines.append(line)
        size += len(line) + 1
        index += 1
    text = "\n".join(lines)
    found = find_bsns(text)
    assert {match.digits for match in found} == set(pool)
    masked = mask_bsns(text)
    assert find_bsns(masked) == []
    assert not any(number in masked for number in pool)


# -- Numbers known from elsewhere -------------------------------------------------------------


def test_bsn_digits_gives_the_nine_digits_of_every_bsn_found() -> None:
    text = "BSN: 123.456.782\nBSN partner: 12345672\nklantnummer: 111222333\n"
    assert bsn_digits(text) == frozenset({BSN, "0" + BSN8})
    assert bsn_digits("klantnummer: 111222333") == frozenset()
    assert bsn_digits("") == frozenset()


KNOWN = frozenset({BSN, "0" + BSN8})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: Gesprek 123456782", "title: Gesprek *********"),
        ("Gesprek 123.456.782", "Gesprek ***.***.***"),
        ("Gesprek 1234.56.782", "Gesprek ****.**.***"),
        ("Gesprek 12.34.56.782", "Gesprek **.**.**.***"),
        ("Gesprek 123-456-782 gehad", "Gesprek ***-***-*** gehad"),
        ("Gesprek 123 456 782", "Gesprek *** *** ***"),
        ("Gesprek 1234 56 782", "Gesprek **** ** ***"),
        ("klantnummer: 123456782", "klantnummer: *********"),  # a look-alike by context
        ("bsn123456782", "bsn*********"),
        ("bsn123.456.782", "bsn***.***.***"),
        ("scan_123456782.pdf", "scan_*********.pdf"),
        ("documenten/bsn-123456782.pdf", "documenten/bsn-*********.pdf"),
        ("https://x.nl/client?bsn=123456782&x=1", "https://x.nl/client?bsn=*********&x=1"),
        ("https://x.nl/doc/123456782", "https://x.nl/doc/*********"),
        ("ref 91234567820", "ref 9*********0"),  # inside a longer number
        ("ABC123456782", "ABC*********"),
        # the 8-digit spelling of 012345672, and the 9-digit one
        ("dossier 12345672", "dossier ********"),
        ("dossier 12.345.672", "dossier **.***.***"),
        ("dossier 012345672", "dossier *********"),
        ("nr12345672x", "nr********x"),
        ("BSN: 123456782 en 12345672", "BSN: ********* en ********"),
        ("regel 1\r\nGesprek 123456782\r\n", "regel 1\r\nGesprek *********\r\n"),
    ],
)
def test_mask_masks_known_numbers_in_every_spelling(text: str, expected: str) -> None:
    assert mask_bsns(text, KNOWN) == expected
    assert holds_bsn(text, KNOWN)
    assert find_bsns(expected) == []


def test_known_numbers_are_masked_besides_what_the_text_says_itself() -> None:
    text = "BSN: 111222333\nGesprek 123456782\nKvK 87654325"
    assert mask_bsns(text, {BSN}) == "BSN: *********\nGesprek *********\nKvK 87654325"
    assert mask_bsns(text) == "BSN: *********\nGesprek 123456782\nKvK 87654325"


@pytest.mark.parametrize(
    "text",
    [
        "NL91ABNA0417164300",
        "IBAN: NL91 ABNA 0417 1643 00",
        "Bel 06-87654325 of +31 6 87654325",
        "Tel. 020-1234567, 030 123 4567",
        "KvK 87654325, AGB-code 40404043",
        "Gesprek op 2026-01-06 en 14-01-1980, of 20260106",
        "klantnummer: 111222333",  # passes the 11-proef, not known, not a BSN by context
        "Zie scan_111222333.pdf en https://x.nl/doc/111222333",
        "Versie 1.2.3.4.5.6.7.8.9 op 10.20.30.121",
        "1234567890 en 1.123.456.789",
    ],
)
def test_look_alikes_stay_when_they_are_not_known(text: str) -> None:
    assert mask_bsns(text, KNOWN) == text
    assert not holds_bsn(text, KNOWN)


@pytest.mark.parametrize(("text", "passing"), LOOK_ALIKES)
def test_look_alikes_stay_with_other_known_numbers(text: str, passing: str | None) -> None:
    other = complete("98765432")
    assert mask_bsns(text, {other}) == text
    assert not holds_bsn(text, {other})


def test_a_text_without_eight_digits_is_returned_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_scan(*args: object, **kwargs: object) -> None:
        raise AssertionError("scanned")

    patch_bsn(monkeypatch, "_Scan", no_scan)
    patch_bsn(monkeypatch, "_Runs", no_scan)
    text = "Gesprek 12-3 om 10.30 uur, kamer 12, 1234567 bezoekers, 1 234 567"
    assert mask_bsns(text, KNOWN) is text
    assert not holds_bsn(text, KNOWN)
    assert bsn_digits(text) == frozenset()
    assert find_bsns(text) == []


def test_holds_bsn_agrees_with_mask() -> None:
    for text, _ in LOOK_ALIKES:
        assert holds_bsn(text) is (mask_bsns(text) != text)
    assert holds_bsn("BSN: 123456782")
    assert holds_bsn("klantnummer: 123456782", {BSN})
    assert not holds_bsn("klantnummer: 123456782")


def without_separators(text: str) -> str:
    return re.sub(r"(?<=[0-9])[-. ](?=[0-9])", "", text)


@settings(max_examples=300, deadline=None, database=None)
@given(
    st.lists(FRAGMENTS | st.text(max_size=3), max_size=40).map("".join),
    st.sets(st.sampled_from([BSN, BSN2, "0" + BSN8, "0" + KVK])),
)
def test_properties_of_masking_with_known_numbers(text: str, known: set[str]) -> None:
    masked = mask_bsns(text, known)
    assert len(masked) == len(text)
    for original, after in zip(text, masked, strict=True):
        assert after == original or (original.isdigit() and after == "*")
    assert find_bsns(masked) == []
    assert holds_bsn(text, known) is (masked != text)
    flat = without_separators(masked)
    for number in known:
        assert number not in flat
        assert number.lstrip("0") not in flat if len(number.lstrip("0")) == 8 else True
    assert mask_bsns(masked, known) == masked


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Four groups of at most 255 look like an IP address, unless a BSN word says otherwise.
        ("bsn 73.19.48.099", ["73.19.48.099"]),
        ("BSN: 73.19.48.099", ["73.19.48.099"]),
        ("server 73.19.48.099", []),
        ("ip: 10.20.30.123", []),
        # In a URL the BSN word right before the number says what it is, in any glue.
        ("https://x.example/client?bsn=123456782", ["123456782"]),
        ("https://x.example/client?bsn-123456782", ["123456782"]),
        ("https://x.example/dossiers/bsn-123456782", ["123456782"]),
        ("https://x.example/bsn/123456782", ["123456782"]),
        ("https://x.example/bsn_123456782.pdf", ["123456782"]),
        ("https://x.example/page/123456782", []),
        ("https://x.example/?id=123456782", []),
    ],
)
def test_a_bsn_word_right_before_the_number_wins(text: str, found: list[str]) -> None:
    assert [match.text for match in find_bsns(text)] == found


def test_a_large_text_is_scanned_with_the_garbage_collector_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The collector's passes over the scan's tuples grew with the text (a fifth of the time of
    # a 1 MB scan, two fifths of a 4 MB one); it is on again afterwards, and stays off when it
    # was off.
    seen = []
    init = bsn_scan._Scan.__init__

    def recording(scan: bsn_scan._Scan, *args: object, **kwargs: object) -> None:
        seen.append(gc.isenabled())
        init(scan, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bsn_scan._Scan, "__init__", recording)
    large = "\n".join(numbers(8_000)) + "\n"
    assert len(large) > bsn_module._LARGE_TEXT
    assert gc.isenabled()
    calls: list[Callable[[str], object]] = [find_bsns, bsn_digits, mask_bsns, holds_bsn]
    for call in calls:
        call(large)
        call(BSN)
    assert seen == [False, True] * 4
    assert gc.isenabled()
    gc.disable()
    try:
        find_bsns(large)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_found_bsn_is_a_frozen_bsn_match_like_any_other() -> None:
    # find_bsns fills each match's fields at once rather than through the frozen __init__.
    found = find_bsns(f"naam: x\nBSN: {BSN}\n")
    assert found == [BsnMatch(2, 6, BSN, BSN)]
    assert hash(found[0]) == hash(BsnMatch(2, 6, BSN, BSN))
    assert repr(found[0]) == f"BsnMatch(line=2, column=6, text='{BSN}', digits='{BSN}')"
    with pytest.raises(AttributeError):
        found[0].line = 3  # type: ignore[misc]


def known_places_by_hand(text: str, cores: frozenset[str]) -> set[int]:
    """Every window of 8 or 9 digits of every run, compared with CORES one by one."""
    places = set()
    for run in re.finditer(r"[0-9](?=[-. 0-9]{7})[0-9]*(?:[-. ][0-9]+)*", text):
        digit_places = [run.start() + i for i, char in enumerate(run.group()) if char.isdigit()]
        digits = "".join(char for char in run.group() if char.isdigit())
        for size in (8, 9):
            for offset in range(len(digits) - size + 1):
                if digits[offset : offset + size] in cores:
                    places.update(digit_places[offset : offset + size])
    return places


def masked_by_hand(text: str, cores: frozenset[str]) -> str:
    places = known_places_by_hand(text, cores)
    return "".join("*" if place in places else char for place, char in enumerate(text))


@pytest.mark.parametrize("glue", ["", ".", " ", "-"])
def test_a_line_of_known_numbers_is_masked_whole_however_they_are_joined(glue: str) -> None:
    # Every number of a line of a million digits may be known: the line is written once, not
    # once per number, and numbers of eight digits (a BSN without its leading 0) overlap the
    # nine digits of their neighbours.
    values = [*numbers(2_000, seed=17), BSN8, "0" + BSN8, BSN8]
    known = {*values[:2_000:2], "0" + BSN8}
    text = glue.join(values) + "\n" + "x".join(values[::-1])
    cores = bsn_known._known_cores(known)
    expected = masked_by_hand(text, cores)
    assert expected.count("*") >= 2 * 1_000 * 8
    assert bsn_known._mask_known(text, cores) == expected
    assert mask_bsns(text, known).count("*") >= expected.count("*")


KNOWN_PIECES = [BSN, BSN2, "0" + BSN8, BSN8, "123.456.782", "1234-56-782", "11 122 2333", KVK]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(KNOWN_PIECES),
            st.text(alphabet="0123456789.- x\n", max_size=14),
        ),
        max_size=12,
    )
)
def test_known_numbers_are_found_in_every_window_of_every_run(pieces: list[str]) -> None:
    # The runs that may hold a known number are picked in bulk by their windows of eight
    # digits; none that holds one may be passed over.
    text = "".join(pieces)
    cores = bsn_known._known_cores([BSN, BSN2, "0" + BSN8])
    assert set(bsn_known._known_positions(text, cores)) == known_places_by_hand(text, cores)
    assert bsn_known._mask_known(text, cores) == masked_by_hand(text, cores)


def test_a_known_number_in_a_long_text_is_masked_in_place() -> None:
    # A few known digits in a long text are written by copying the text between them.
    lines = [f"regel {number} van de lijst" for number in range(3_000)]
    lines[1_500] = f"scan_{BSN}.pdf en {BSN8}"
    text = "\n".join(lines)
    masked = mask_bsns(text, {BSN, "0" + BSN8})
    assert masked == text.replace(BSN, "*" * 9).replace(BSN8, "*" * 8)


@pytest.mark.parametrize("filler", ["tekst 12 ", "tekst é ", "tekst\t"])
def test_numbers_on_a_long_line_are_judged_by_the_text_around_them(filler: str) -> None:
    # A long ASCII line is shaped once and its numbers' surroundings cut from that shape; a
    # line with other characters is shaped piece by piece. Both read the same.
    line = filler * 400 + f"BSN: {BSN} en klantnummer {BSN2} " + filler * 400
    assert len(line) > bsn_document._LONG_LINE
    text = f"kop\n{line}\n{line}"
    assert [(m.line, m.text) for m in find_bsns(text)] == [(2, BSN), (3, BSN)]
    assert mask_bsns(text) == text.replace(BSN, "*" * 9)
    assert mask_bsns(text, {BSN2}) == text.replace(BSN, "*" * 9).replace(BSN2, "*" * 9)


def failing(number: str) -> str:
    """NUMBER with another check digit, so that it fails the 11-proef."""
    return number[:8] + str((int(number[8]) + 1) % 10)


@pytest.mark.parametrize(
    ("label", "prefix", "reported"),
    [("bsns:", "  - ", True), ("", "", True), ("", "klantnummer: ", False)],
)
def test_a_long_list_is_judged_in_bulk_by_the_11_proef_of_each_number(
    monkeypatch: pytest.MonkeyPatch, label: str, prefix: str, reported: bool
) -> None:
    # After a few lines shaped alike, the lines below are judged in blocks: each number that
    # passes the 11-proef is reported as it would be on its own, each that fails is not.
    judged_in_bulk = []
    judge_nines = bsn_scan._Scan._judge_nines

    def counting(scan: bsn_scan._Scan, index: int, *args: object) -> int:
        below = judge_nines(scan, index, *args)  # type: ignore[arg-type]
        judged_in_bulk.append(below - index)
        return below

    monkeypatch.setattr(bsn_scan._Scan, "_judge_nines", counting)
    values = [number if i % 3 else failing(number) for i, number in enumerate(numbers(1_000))]
    lines = ([label] if label else []) + [prefix + value for value in values]
    text = "\n".join(lines) + "\n"
    first = 2 if label else 1
    expected = [
        (first + i, len(prefix) + 1, value)
        for i, value in enumerate(values)
        if passes_elfproef(value) and reported
    ]
    assert [(m.line, m.column, m.text) for m in find_bsns(text)] == expected
    assert sum(judged_in_bulk) >= 950
    # A number that is a BSN elsewhere in the text is reported in the block too.
    extra = f"BSN: {values[500]}\n"
    assert [m.line for m in find_bsns(extra + text) if m.text == values[500]] == [1, first + 501]
    masked = [prefix + ("*" * 9 if reported and passes_elfproef(v) else v) for v in values]
    assert mask_bsns(text) == "\n".join(([label] if label else []) + masked) + "\n"


@settings(max_examples=2_000, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999), st.booleans())
def test_the_11_proef_in_three_looked_up_parts_is_the_weighted_sum(
    number: int, eight: bool
) -> None:
    # The sum is looked up in three tables of 1,000; it must be the weighted sum of the nine
    # digits, passing when it is a multiple of 11 and not 0.
    digits = f"{number:09d}"
    total = sum(w * int(c) for w, c in zip((*WEIGHTS, -1), digits, strict=True))
    assert passes_elfproef(digits) is (total != 0 and total % 11 == 0)
    if eight and digits[0] == "0":
        assert passes_elfproef(digits[1:]) is passes_elfproef(digits)


@pytest.mark.parametrize(("start", "separator"), [("", "\n"), ("bsns:\n", "\n  - "), ("", "\n\n")])
def test_a_known_number_in_a_long_list_finds_the_label_without_walking_the_list(
    monkeypatch: pytest.MonkeyPatch, start: str, separator: str
) -> None:
    # A known number masked in a list ends a block of lines judged in bulk; the value below it
    # looks up its label above the list by jumping over the blocks judged before, not by asking
    # every line above it whether it is a value (a thousand for the middle of 2,000).
    values = numbers(2_000)
    first = separator.lstrip("\n")
    text = start + first + separator.join(values) + "\n"
    pattern = CountingPattern(bsn_document._VALUE_LINE.compiled)
    lazy = bsn_words._Lazy("")
    lazy._compiled = pattern  # type: ignore[assignment]
    patch_bsn(monkeypatch, "_VALUE_LINE", lazy)
    masked = mask_bsns(text, {values[1_000]})
    assert masked == start + first + separator.join("*" * 9 for _ in values) + "\n"
    assert pattern.calls <= 50


def listed(count: int, seed: int = 3) -> str:
    """COUNT numbers listed with single spaces, every third failing the 11-proef."""
    return " ".join(n if i % 3 else failing(n) for i, n in enumerate(numbers(count, seed)))


@pytest.mark.parametrize(
    "text",
    [
        listed(1_000),
        "BSN: " + listed(1_000),
        "BSN:\n" + listed(1_000) + "\n",
        "Burgerservicenummers\n\n" + listed(1_000) + " (moeder)\n" + listed(1_000, 5),
        "klantnummers " + listed(1_000) + "\n" + listed(1_000) + "\n",
        "naam;nummers\nx;" + listed(1_000) + "\n",
        f"BSN: {numbers(600)[500]}\n" + listed(600) + "\n",
        "https://example.nl/client?bsn=" + listed(400),
        listed(300) + " 1234.56.782 " + listed(300),
        # The list ends where a piece is not BSN-sized (_split_run takes nothing after it): a
        # longer number, a short one, a number cut short by a masked digit.
        listed(1_000) + "5 " + listed(500),
        listed(1_000) + " 12 " + listed(500),
        listed(1_000, 7) + "****" + listed(500),
    ],
)
def test_a_long_line_of_listed_numbers_is_judged_in_bulk_as_one_by_one(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    # The numbers of a long line listed with spaces, away from its ends, share one context:
    # it is worked out once and the others are judged by their 11-proef alone. What is found
    # and masked is what judging every number on its own gives.
    contexts = []
    context = bsn_context._context

    def counting_context(*args: object) -> object:
        contexts.append(args)
        return context(*args)  # type: ignore[arg-type]

    patch_bsn(monkeypatch, "_context", counting_context)
    known = {numbers(600)[300], BSN}
    in_bulk = (find_bsns(text), mask_bsns(text), mask_bsns(text, known), holds_bsn(text))
    contexts_in_bulk = len(contexts)
    patch_bsn(monkeypatch, "_NINES_LISTED", re.compile("(?!)"))
    one_by_one = (find_bsns(text), mask_bsns(text), mask_bsns(text, known), holds_bsn(text))
    assert in_bulk == one_by_one
    # A line with a table delimiter, or numbers written otherwise among them, is judged number
    # by number.
    if "nummers\nx;" not in text and "1234.56.782" not in text:
        assert contexts_in_bulk < len(contexts) / 4


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", " ", ".", "-", "x", "\n"]),
            st.one_of(
                st.sampled_from(KNOWN_PIECES),
                st.text(alphabet="0123456789", min_size=1, max_size=60),
            ),
        ),
        max_size=40,
    )
)
def test_known_numbers_are_found_in_long_runs_of_digits(pieces: list[tuple[str, str]]) -> None:
    # Runs of up to forty digits have their every window compared at once, longer runs by the
    # 6-grams at every third digit: a run of numbers glued or listed, as long as a line.
    text = "".join(glue + piece for glue, piece in pieces)
    cores = bsn_known._known_cores([BSN, BSN2, "0" + BSN8])
    assert set(bsn_known._known_positions(text, cores)) == known_places_by_hand(text, cores)
    assert bsn_known._mask_known(text, cores) == masked_by_hand(text, cores)


def test_known_numbers_in_a_long_line_of_numbers_are_masked_where_they_are() -> None:
    # A line of a thousand numbers listed, glued or cut up otherwise: each known number is
    # masked wherever it stands, however its neighbours are written.
    values = numbers(1_000, seed=7)
    known = {values[10], values[500], values[999], "0" + BSN8}
    for glue in (" ", "", "-", "."):
        text = glue.join(values) + glue + BSN8
        places = known_places_by_hand(text, bsn_known._known_cores(known))
        assert len(places) >= 3 * 9 + 8
        expected = "".join("*" if i in places else char for i, char in enumerate(text))
        assert mask_bsns(text, known) == expected


@pytest.mark.parametrize("glue", ["\n", " ", "", "\n12 "])
def test_many_known_numbers_are_each_found_where_they_are(glue: str) -> None:
    # With hundreds of known numbers in the text the runs that hold them are picked by
    # comparing every window with them at once, not by one search of the text per number.
    values = numbers(600, seed=11)
    known = set(values[::2])
    text = glue.join(values) + "\n"
    cores = bsn_known._known_cores(known)
    places = set(bsn_known._known_positions(text, cores))
    assert places == known_places_by_hand(text, cores)
    assert len(places) >= 300 * 9


def test_masking_most_lines_judges_them_again_in_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    # When masking changed most lines and most still hold numbers to judge, the text is scanned
    # afresh, its lines shaped alike judged in blocks, not each number on its own again.
    pool = numbers(2_001)
    known = pool[0]
    lines = [
        f"klant {pool[k]} met {known} in scan_{known}.pdf en {pool[k + 1]}"
        for k in range(1, 2_001, 2)
    ]
    text = f"BSN: {known}\n" + "\n".join(lines) + "\n"
    contexts = []
    context = bsn_context._context

    def counting_context(*args: object) -> object:
        contexts.append(args)
        return context(*args)  # type: ignore[arg-type]

    patch_bsn(monkeypatch, "_context", counting_context)
    masked = mask_bsns(text)
    assert masked == text.replace(known, "*" * 9)
    assert len(contexts) <= 100


def respelled_blocks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the blocks of lines _Scan._judge_respelled judges in bulk from now on (0 for a
    call that judged none)."""
    in_bulk: list[int] = []
    judge_respelled = bsn_scan._Scan._judge_respelled

    def counting(scan: bsn_scan._Scan, index: int, *args: object) -> object:
        found = judge_respelled(scan, index, *args)  # type: ignore[arg-type]
        in_bulk.append(found[0] - index)
        return found

    monkeypatch.setattr(bsn_scan._Scan, "_judge_respelled", counting)
    return in_bulk


def spelled_otherwise(number: str, way: int) -> str:
    """NUMBER (nine digits) written in one of the ways of a BSN, by WAY."""
    ways = (
        f"{number[:3]}.{number[3:6]}.{number[6:]}",
        f"{number[:4]}.{number[4:6]}.{number[6:]}",
        f"{number[:2]}.{number[2:4]}.{number[4:6]}.{number[6:]}",
        f"{number[:3]}-{number[3:6]}-{number[6:]}",
        f"{number[:4]} {number[4:6]} {number[6:]}",
        number,
        f"{number[1:3]}.{number[3:6]}.{number[6:]}" if number[0] == "0" else number,
    )
    return ways[way % len(ways)]


def respelled_lines(prefix: str, count: int = 600) -> list[str]:
    """COUNT lines of PREFIX and a number written otherwise than on the line above: now and
    then one that fails the 11-proef, an IP address, a date, an 8-digit number, other text."""
    lines = []
    for i, value in enumerate(numbers(count, seed=13)):
        number = failing(value) if i % 7 == 3 else value
        if i % 50 == 10:
            lines.append(f"{prefix}10.20.30.{100 + i % 100}")  # an IP address
        elif i % 50 == 20:
            lines.append(f"{prefix}20260106")  # a date
        elif i % 97 == 40:
            lines.append(f"{prefix}{spelled_otherwise(number, i)} é")  # another text after it
        elif i % 11 == 5:
            lines.append(prefix + spelled_otherwise("0" + number[1:], 6))
        else:
            lines.append(prefix + spelled_otherwise(number, i % 5))
    return lines


@pytest.mark.parametrize("prefix", ["", "- ", "  - ", "BSN: ", "klantnummer: ", "x "])
@pytest.mark.parametrize("label", ["BSN:\n", "", "Notities\n\n"])
def test_lines_of_numbers_written_otherwise_are_judged_in_bulk_as_one_by_one(
    monkeypatch: pytest.MonkeyPatch, prefix: str, label: str
) -> None:
    # A list whose every line writes its number otherwise than the line above is judged in
    # blocks (the lines' shapes, the 11-proef, the IP-address look and the date asked in bulk):
    # what is found and masked is what judging each line on its own gives.
    text = label + "\n".join(respelled_lines(prefix)) + "\n"
    in_bulk = respelled_blocks(monkeypatch)
    known = {numbers(600, seed=13)[100]}
    bulk = (find_bsns(text), mask_bsns(text), mask_bsns(text, known), holds_bsn(text))
    assert sum(in_bulk) >= 300

    def one_by_one(scan: bsn_scan._Scan, index: int, shape: bytes, single: object, *state: bool):  # type: ignore[no-untyped-def]
        return index, *state, shape

    monkeypatch.setattr(bsn_scan._Scan, "_judge_respelled", one_by_one)
    assert bulk == (find_bsns(text), mask_bsns(text), mask_bsns(text, known), holds_bsn(text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123.- x", min_size=6, max_size=14))
def test_the_shapes_of_a_spelled_number_are_what_the_spelling_allows(written: str) -> None:
    spelled_shapes = bsn_scan._spelled_lines(b"", b"")
    shape = bsn_document._shape(written)
    assert (shape in spelled_shapes) is (bsn_spelling._SPELLING.fullmatch(written) is not None)


@settings(max_examples=1_000, deadline=None)
@given(
    st.one_of(
        st.sampled_from(sorted(bsn_spelling._SHAPES)).map(list),
        st.lists(st.integers(min_value=1, max_value=10), min_size=1, max_size=5),
    ),
    st.integers(min_value=0, max_value=4),
    st.sampled_from([-1, 0, 0, 1]),
    st.lists(st.sampled_from(["-", ".", " "]), min_size=4, max_size=4),
    st.booleans(),
)
def test_a_number_is_spelled_as_a_bsn_exactly_in_the_shapes(
    groups: list[int], group: int, change: int, separators: list[str], one_kind: bool
) -> None:
    # _shape_ok is _SPELLING, one expression: it accepts exactly the group lengths of _SHAPES
    # (here also each with one group a digit longer or shorter) with one kind of separator.
    groups[group % len(groups)] = max(1, groups[group % len(groups)] + change)
    if one_kind:
        separators = separators[:1] * 4
    written = "".join(
        (separators[k - 1] if k else "") + "7" * size for k, size in enumerate(groups)
    )
    kinds = set(separators[: len(groups) - 1])
    expected = tuple(groups) in bsn_spelling._SHAPES and len(kinds) <= 1
    assert bsn_spelling._shape_ok(written) is expected


def test_a_known_number_in_a_list_written_otherwise_finds_the_label_without_a_walk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As for a list of numbers written alike: the blocks of lines written otherwise, judged in
    # bulk, are jumped over when the value below a masked known number looks up its label.
    values = numbers(2_000)
    rows = [spelled(number, way) for way, number in enumerate(values)]
    text = "\n".join(rows) + "\n"
    # Each line is a BSN of its own, but for those that look like an IP address.
    expected = mask_bsns(text)
    assert expected.count("*") > 17_000
    pattern = CountingPattern(bsn_document._VALUE_LINE.compiled)
    lazy = bsn_words._Lazy("")
    lazy._compiled = pattern  # type: ignore[assignment]
    patch_bsn(monkeypatch, "_VALUE_LINE", lazy)
    assert mask_bsns(text, {values[1_000]}) == expected
    assert pattern.calls <= 600  # 1,999 when each line above is asked


@pytest.mark.parametrize("other", ["", "é ", "\udc80 ", "😀 "])
def test_many_numbers_with_separators_are_masked_from_one_masked_copy(
    monkeypatch: pytest.MonkeyPatch, other: str
) -> None:
    # After a few numbers written with separators, the others are cut from one copy of the
    # text with every digit masked (made as bytes): the same as masking each on its own, with
    # other characters (and a lone surrogate) before them.
    rows = [
        f"{other}BSN: {spelled(number, way % 4)} op 12-03"
        for way, number in enumerate(numbers(300))
    ]
    text = "\n".join(rows) + "\n"
    masked = mask_bsns(text)
    assert masked == re.sub(
        r"(?<=BSN: )[0-9][0-9. -]*[0-9]", lambda m: re.sub("[0-9]", "*", m.group()), text
    )
    patch_bsn(monkeypatch, "_FEW_CORES", 10**9)
    assert mask_bsns(text) == masked


@pytest.mark.parametrize(
    ("label", "line", "size", "reported"),
    [
        ("BSN:", "- {}", 5, True),
        ("Burgerservicenummer", "{} (moeder), gezien", 1, True),
        ("# Gesprek", "nummer: {}", 2, True),
        ("KvK:", "- {}", 3, False),
    ],
)
@pytest.mark.parametrize("rounds", [400, 1_600])
def test_a_label_and_its_short_list_repeated_are_judged_in_bulk(
    monkeypatch: pytest.MonkeyPatch, label: str, line: str, size: int, reported: bool, rounds: int
) -> None:
    # A label and a short list under it, repeated: once one round (a label and its list) leaves
    # the scan as the round before left it, the rounds below that read the same are judged by
    # the 11-proef alone. Every seventh number fails it; the first under its label only once,
    # in the middle, which ends the rounds judged in bulk for a round or two. The rounds judged
    # one by one stay as few for a text four times as long.
    pool = iter(numbers(rounds * size))
    parts = []
    expected: list[tuple[int, int, str]] = []
    for group in range(rounds):
        parts.append(label)
        for place in range(size):
            number = next(pool)
            if (place and (group * size + place) % 7 == 3) or (not place and group == rounds // 2):
                number = failing(number)
            parts.append(line.format(number))
            if reported and passes_elfproef(number):
                expected.append((len(parts), line.index("{") + 1, number))
    text = "\n".join(parts) + "\n"
    past_line = bsn_scan._Scan._past_line
    calls = []

    def counting(scan: bsn_scan._Scan, memo: object, index: int) -> object:
        calls.append(index)
        return past_line(scan, memo, index)  # type: ignore[arg-type]

    monkeypatch.setattr(bsn_scan._Scan, "_past_line", counting)
    assert [(m.line, m.column, m.text) for m in find_bsns(text)] == expected
    assert len(calls) <= 16
    known = {numbers(1, seed=9)[0], expected[len(expected) // 2][2] if expected else "123456782"}
    in_bulk = (find_bsns(text), mask_bsns(text), mask_bsns(text, known), holds_bsn(text))
    # The same with every round judged one by one.
    monkeypatch.setattr(bsn_scan._Scan, "_judge_periods", lambda _scan, index, *_: index)
    assert in_bulk == (find_bsns(text), mask_bsns(text), mask_bsns(text, known), holds_bsn(text))
    assert find_bsns(in_bulk[1]) == []


@pytest.mark.parametrize("count", [2_000, 8_000])
def test_a_long_list_written_otherwise_is_judged_in_blocks_one_after_the_other(
    monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    # Lines of one number each, every one written otherwise than the line above: after a whole
    # block judged in bulk the next block starts at once, so only the first lines of the list
    # and one line after each block of 256 are judged one by one.
    lines = [spelled_otherwise(number, i % 5) for i, number in enumerate(numbers(count, seed=13))]
    text = "\n".join(lines) + "\n"
    in_bulk = respelled_blocks(monkeypatch)
    # 12.34.56.782 is an IP address when its last three digits are 255 or less.
    expected = [
        (i + 1, 1, line)
        for i, line in enumerate(lines)
        if line.count(".") != 3 or int(line[-3:]) > 255
    ]
    assert [(m.line, m.column, m.text) for m in find_bsns(text)] == expected
    assert count - sum(in_bulk) <= 12 + count // 256  # was eight lines after each block


def test_a_dense_text_whose_every_digit_is_a_bsn_is_masked_in_one_round(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every digit of the text is in a BSN of its own: the whole text has its digits masked at
    # once, and no second round looks at the masked text. A number left over (it fails the
    # 11-proef) is looked at again.
    values = numbers(1_000)
    rescans = []
    rescan = bsn_scan._Scan.rescan

    def counting(scan: bsn_scan._Scan, text: str, dirty: set[int]) -> object:
        rescans.append(len(dirty))
        return rescan(scan, text, dirty)

    monkeypatch.setattr(bsn_scan._Scan, "rescan", counting)
    text = "\n".join(values) + "\n"
    assert mask_bsns(text) == "\n".join("*" * 9 for _ in values) + "\n"
    assert rescans == []
    text = "\n".join([*values, failing(values[0])]) + "\n"
    assert mask_bsns(text) == "\n".join(["*" * 9] * len(values) + [failing(values[0])]) + "\n"
    assert rescans == [len(values)]


@pytest.mark.parametrize("rows", [1_000, 4_000])
def test_a_known_number_in_a_long_table_finds_its_header_without_walking_the_table(
    monkeypatch: pytest.MonkeyPatch, rows: int
) -> None:
    # A known number masked in a long table ends a block of rows judged together; the row below
    # it looks up its table's header by jumping over the blocks judged before (their rows have
    # the same cells), not by splitting every row above it into cells.
    values = numbers(2 * rows, seed=5)
    text = "bsn;nummer\n" + "".join(
        f"{a};{b}\n" for a, b in zip(values[::2], values[1::2], strict=True)
    )
    known = {values[rows // 2 + 1], values[rows + 1], values[3 * rows // 2 + 1]}
    splits = []
    split_cells = bsn_document._split_cells

    def counting(line: str, delimiter: str) -> list[tuple[int, int]]:
        splits.append(line)
        return split_cells(line, delimiter)

    patch_bsn(monkeypatch, "_split_cells", counting)
    masked = mask_bsns(text, known)
    assert masked == "bsn;nummer\n" + "*********;*********\n" * rows
    assert len(splits) <= 60


def _passing_dates() -> list[str]:
    """Eight-digit dates (yyyymmdd) that pass the 11-proef as 8-digit numbers."""
    return [
        written
        for day in range(1, 29)
        for month in range(1, 13)
        if passes_elfproef("0" + (written := f"2024{month:02d}{day:02d}"))
    ]


PASSING_DATES = _passing_dates()
TABLE_HEADERS = [
    "bsn",
    "naam",
    "kvk-nummer",
    "bedrag",
    "12345",
    "",
    "*",
    "Burgerservicenummer",
    "BSN:",
    "http://x",
]
TABLE_CELLS = [
    "fresh nine",  # a number of nine digits that passes, each time another
    "fresh nine",
    "fresh eight",  # the same of eight digits
    BSN,
    BSN8,
    KVK,
    "123456789",  # fails the 11-proef
    "fresh date",
    "",
    "*********",
    "****",
    "12*345678",
    "*123456782",
    "1234567823",
    "12345678231234567823",
    "1234",
    "123456782x",
    "12.34.56.782",
    " 123456782",
    # Cells of a client list: names, words that name a number, and what stands around one.
    "Jan de Vries",
    "Medbak",
    "BSN",
    "kvk-nummer",
    "http://x.nl/a",
    "www.x.nl",
    '"fresh nine"',
    " fresh nine ",
    "fresh nine %",
    "€ 12",
    "-5",
    "=1",
    "12,5",
    "scan_fresh nine.pdf",
    "x-fresh nine",
    "bsn: fresh nine",
    "*fresh nine",
    "10.20.30.123",
    "fresh ip",  # 12.34.56.101: passes the 11-proef and looks like an IP address
    # Cells of one word beside the numbers, as in a table with 'not applicable' cells.
    "n.v.t.",
    "-",
    "kvk",
    "BSN",
    "€",
    "eur",
    "%",
    "=",
]

# Numbers written as IP addresses (12.34.56.101) that pass the 11-proef, each another.
IP_LIKE = [
    f"{a}.{b}.{c}.{d}"
    for a, b, c in [(12, 34, 56), (21, 43, 65), (11, 22, 33)]
    for d in range(100, 256)
    if passes_elfproef(f"{a}{b}{c}{d}")
]


@contextmanager
def number_rows_one_by_one() -> Iterator[None]:
    """The scan without _Scan._judge_number_row, _judge_table_row and _judge_rows (the rows
    below a row judged at once, see rows.judge_rows): every number judged on its own."""
    number_row = bsn_scan._Scan._judge_number_row
    table_row = bsn_scan._Scan._judge_table_row
    rows = bsn_scan._Scan._judge_rows
    bsn_scan._Scan._judge_number_row = lambda *args: False  # type: ignore[assignment,method-assign]
    bsn_scan._Scan._judge_table_row = lambda *args: False  # type: ignore[assignment,method-assign]
    bsn_scan._Scan._judge_rows = lambda scan, row, index, first_only: index + 1  # type: ignore[assignment,method-assign]
    try:
        yield
    finally:
        bsn_scan._Scan._judge_number_row = number_row  # type: ignore[method-assign]
        bsn_scan._Scan._judge_table_row = table_row  # type: ignore[method-assign]
        bsn_scan._Scan._judge_rows = rows  # type: ignore[method-assign]


@settings(max_examples=600, deadline=None)
@example(";", ["bsn", "naam"], [["fresh date", "fresh nine"]] * 3, False)
@example(",", ["naam", "x"], [["fresh nine", "fresh date"]] * 3, False)
@example(";", ["a", "b", "c"], [["www.x.nl", "fresh nine", "fresh nine"]] * 3, False)
@example(
    ";",
    ["a", "b"],
    [["x", "fresh nine"], *[["BSN", "fresh nine"], ["BSN", "fresh nine"], ["BSN", "fresh ip"]] * 2],
    False,
)
@example(
    ";", ["a", "b"], [["n.v.t.", "fresh nine"], ["BSN", "fresh nine"], ["BSN", "fresh ip"]], False
)
@example(
    ",",
    ["a", "b", "c"],
    [["fresh nine", "-", "fresh nine"], ["kvk", "fresh nine", "fresh nine"]] * 2,
    False,
)
@example(
    ";",
    ["a", "b", "c"],
    [["BSN", "fresh nine", "n.v.t."], ["n.v.t.", "fresh nine", "fresh nine"]] * 2,
    False,
)
@example(",", ["naam", "x", "bsn"], [["Jan de Vries", "BSN", "fresh nine"]] * 3, False)
@example(
    ";", ["a", "b"], [["Jan", "fresh nine"], ["BSN", "fresh nine"], ["BSN", "fresh ip"]], False
)
@example(
    ",", ["a", "b"], [["BSN", "fresh nine"], ["Jan", "fresh nine"], ["Jan", "fresh ip"]], False
)
@example("\t", ["naam", "bedrag"], [["fresh nine", "€ 12"], ["Medbak", "fresh nine %"]] * 2, False)
@example(",", ["kvk-nummer", "bsn"], [["fresh nine", "fresh nine"], ["", "*********"]] * 2, True)
@given(
    st.sampled_from([",", ";", "|", "\t"]),
    st.lists(st.sampled_from(TABLE_HEADERS), min_size=1, max_size=5),
    st.lists(
        st.one_of(
            st.lists(st.sampled_from(TABLE_CELLS), min_size=1, max_size=5),
            st.sampled_from([["BSN:"], [""], ["naam, 123456782"]]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.booleans(),
)
def test_a_row_of_numbers_is_judged_as_each_number_on_its_own(
    delimiter: str, header: list[str], rows: list[list[str]], known_bsn: bool
) -> None:
    # A table of numbers with empty, masked and odd cells: the whole row judged at once says
    # what judging each number on its own says, in find, mask and holds, whatever the header.
    width = len(header)
    lines = [delimiter.join(header)]
    lines += [delimiter.join((row * width)[:width]) if len(row) > 1 else row[0] for row in rows]
    text = fill_fresh("\n".join(lines) + "\n", seed=23)
    known = {BSN2} if known_bsn else set()
    at_once = bsn_answers(text, known)
    with number_rows_one_by_one():
        assert at_once == bsn_answers(text, known)


def fill_fresh(text: str, *, seed: int) -> str:
    """TEXT with each "fresh nine", "fresh eight", "fresh date" and "fresh ip" another number
    of nine or eight digits, 8-digit date or IP-like number that passes the 11-proef: a number
    found as a BSN anywhere is one everywhere, so each is another."""
    nines = iter(numbers(text.count("fresh"), seed=seed))  # one a round, at most
    eights = (
        f"{n:08d}" for n in itertools.count(10_000_019, 7_919) if passes_elfproef(f"0{n:08d}")
    )
    dates = itertools.cycle(PASSING_DATES)
    addresses = itertools.cycle(IP_LIKE)
    while "fresh" in text:
        text = text.replace("fresh nine", next(nines), 1).replace("fresh eight", next(eights), 1)
        text = text.replace("fresh date", next(dates), 1).replace("fresh ip", next(addresses), 1)
    return text


def bsn_answers(text: str, known: set[str]) -> tuple[object, ...]:
    """What find, mask (without and with KNOWN numbers) and holds say of TEXT."""
    return (find_bsns(text), mask_bsns(text), mask_bsns(text, known), holds_bsn(text))


def test_a_table_of_numbers_with_empty_cells_is_judged_row_by_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Rows that are shaped alike seldom (a cell in ten empty) are each judged at once.
    values = iter(numbers(2_000, seed=21))
    used: list[str] = []
    rows = [
        ",".join(
            "" if (row + column) % 7 == 0 else used.append(next(values)) or used[-1]
            for column in range(10)
        )
        for row in range(200)
    ]
    text = "bsn,naam,a,b,c,d,e,f,g,h\n" + "\n".join(rows) + "\n"
    judge = bsn_scan._Scan._judge_number_row
    at_once = []

    def counting(scan: bsn_scan._Scan, *args: object) -> bool:
        done = judge(scan, *args)  # type: ignore[arg-type]
        at_once.append(done)
        return done

    monkeypatch.setattr(bsn_scan._Scan, "_judge_number_row", counting)
    monkeypatch.setattr(
        bsn_scan._Scan, "_judge_rows", lambda scan, row, index, first_only: index + 1
    )
    found = find_bsns(text)
    assert at_once.count(True) >= 150
    # Every number that passes the 11-proef is a BSN: in the bsn column by its header, in the
    # others as a value of its own.
    assert [match.digits for match in found] == [value for value in used if passes_elfproef(value)]
    with number_rows_one_by_one():
        assert find_bsns(text) == found


@pytest.mark.parametrize("first", [0, 1, 21, 10_000])
def test_a_summary_of_the_bsns_of_a_text_says_what_finding_them_all_says(first: int) -> None:
    # The first FIRST in full, how many in all, the last line and every number's digits.
    values = numbers(300, seed=31)
    text = "BSN's:\n" + "\n".join(values) + "\nnaam: x\nBSN: " + BSN8 + "\nKvK 123456782\n"
    found = find_bsns(text)
    summary = bsn_module.summarise_bsns(text, first)
    assert summary.first == tuple(found[:first])
    assert summary.count == len(found) == 301
    assert summary.last_line == found[-1].line == 303
    assert summary.digits == bsn_digits(text) == {match.digits for match in found}
    assert bsn_module.summarise_bsns("geen nummer", first) == bsn_module.BsnFindings(
        (), 0, 0, frozenset()
    )
