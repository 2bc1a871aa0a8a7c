"""The rows of a table judged together (doors.bsn.rows): what they find is what judging each
number on its own finds, for tables of every plain kind of cell and of cells that end a block."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from swlabel.doors.bsn import find_bsns, holds_bsn, mask_bsns
from swlabel.doors.bsn import rows as bsn_rows
from swlabel.doors.bsn import scan as bsn_scan
from test_bsn import BSN, BSN2, bsn_answers, fill_fresh, number_rows_one_by_one, numbers


@contextmanager
def chunks_of(size: int) -> Iterator[None]:
    """judge_rows taking SIZE rows at a time, so that short tables cross a chunk's end."""
    kept = bsn_rows._CHUNK
    bsn_rows._CHUNK = size
    try:
        yield
    finally:
        bsn_rows._CHUNK = kept


HEADERS = [
    "bsn",
    "naam",
    "voornaam",
    "kvk-nummer",
    "bedrag",
    "geboortedatum",
    "",
    " BSN ",
    "Burgerservicenummer",
    "klantnummer",
    "12345",
    "https://x.nl/a",  # a table whose first line holds a link
    "www.x.nl",
]
# The cells of a client list, plain and odd. "fresh nine" and "fresh eight" become a number
# that passes the 11-proef, each time another; "fresh date" an 8-digit date that passes it.
CELLS = [
    "fresh nine",
    "fresh nine",
    "fresh nine",
    "fresh eight",
    "fresh date",
    BSN,
    "123456789",  # fails the 11-proef
    " fresh nine ",
    "  fresh nine",
    " " * 70 + "fresh nine",  # more spaces than a block takes
    "fresh nine" + " " * 64,
    " " * 201 + "fresh nine",  # the cell's start beyond the _CONTEXT the rules read
    "fresh nine" + " " * 199,  # what follows the cell beyond it
    "*********",
    " ***** ",
    "",
    " ",
    "1954-03-12",
    " 2001-12-31 ",
    "1954-3-12",
    "12345678901",
    "1234",
    "Jan de Vries",
    "Medbak",
    "Özkan",
    "İnci Yılmaz",
    "van der Berg-Ölcer",
    "BSN",
    "bsn-nummer",
    "KvK",
    "kvk-nummer",
    "klantnr.",
    "n.v.t.",
    "-",
    "-5",
    "=",
    "€",
    "EUR",
    "eur 12",
    "%",
    "12,5",
    "Piet2",
    "nr 12",
    "06-12345678",
    "%3Dfresh nine",
    "١٢٣٤٥٦٧٨٢",  # Arabic-Indic digits: no candidate
    "www.x.nl",
    "http://x.nl/a",
    '"fresh nine"',
    "'fresh nine'",
    "x-fresh nine",
    "12.34.56.782",
    # Cells whose runs the scan judges one by one in a block.
    "bsn: fresh nine",
    "scan_fresh nine.pdf",
    "fresh nine x",
    "Tel. 06-12345678",
    "+31 6 12345678",
    "123.456.782",
    "1234.56.782",
    "1234 56 782",
    # Cells of a CSV export that quotes them.
    '"Jansen"',
    '"fresh nine"',
    ' "fresh nine" ',
    '"fresh eight"',
    '"1954-03-12"',
    '"*********"',
    '""',
    '"fresh nine',
    'fresh nine"',
    '"a;b"',
    '"a,b"',
    '"a|b"',
    '"a\tb"',
    '"x ""y"""',
]
# Lines among the rows that end a block: blank, a label, another delimiter, too few cells.
BREAKS = ["", "BSN:", "a;b|c,d\te", "x", "\t", " \t "]


def _fill(text: str) -> str:
    return fill_fresh(text, seed=29)


def _one_by_one(text: str, known: set[str]) -> tuple[object, ...]:
    with number_rows_one_by_one():
        return bsn_answers(text, known)


@settings(max_examples=800, deadline=None)
@example(
    ";",
    ["https://x.nl/a", "nummer"],
    [["http://y.nl/b", "fresh nine"], ["www.z.nl", "fresh nine"], ["Jan", "fresh nine"]] * 3,
    2048,
    False,
    True,
)
@example(
    ",", ["nummer", "bedrag"], [['"fresh nine"', "-5"], ["fresh nine", "-5"]] * 3, 2048, False, True
)
@example(
    ";",
    ["naam", "x", "nummer"],
    [['"a;b"', "fresh nine"], ["c", "fresh nine"]] * 3,
    2048,
    False,
    True,
)
@example(
    ";",
    ["x", "klantnummer", "y"],
    [['"a;b"', "fresh nine"], ["c", "fresh nine"]] * 3,
    2048,
    False,
    False,
)
@example(
    "\t",
    ["nummer", "naam"],
    [
        ["fresh nine", "Jan"],
        ["fresh nine", "Piet"],
        ["\t"],  # blank: ends the table
        ["klantnummer", "naam"],
        ["fresh nine", "Kees"],
        ["fresh nine", "Anna"],
    ],
    2048,
    False,
    False,
)
@example(
    ",", ["nummer", "bedrag"], [["fresh nine", "=1"], ["fresh nine", "x"]] * 4, 2048, False, True
)
@example(
    ";",
    ["x", "nummer"],
    [["fresh nine", "fresh nine"], ["kvk", "fresh nine"], ["Jan", "fresh nine"]] * 3,
    2048,
    False,
    True,
)
@example(";", ["bsn", "nummer"], [["fresh nine", "fresh nine"]] * 6, 2048, False, True)
@example(";", ["bsn", "nummer"], [["fresh nine", "fresh nine"]] * 6, 2048, False, False)
@example(";", ["bsn", "nummer"], [["fresh nine", "fresh nine"]] * 6, 2, False, True)
@example(";", ["bsn", "nummer"], [["fresh nine", "fresh nine"]] * 6, 2, False, False)
@example(
    ",", ["naam", "voornaam", "bsn"], [["Jan de Vries", "Piet", "fresh nine"]] * 6, 2, False, True
)
@example("\t", ["naam", "bsn"], [["Medbak", "fresh nine"], ["x", "fresh nine"]] * 4, 3, False, True)
@example(
    "\t", ["naam", "bsn"], [["Medbak", "fresh nine"], ["x", "fresh nine"]] * 4, 3, False, False
)
@example("\t", ["bsn", "bedrag"], [["fresh nine", "€"], ["fresh nine", ""]] * 4, 1, False, True)
@example("\t", ["bsn", "bedrag"], [["fresh nine", "€"], ["fresh nine", ""]] * 4, 1, False, False)
@example(",", ["bsn", "bedrag"], [["fresh nine", "-5"], ["fresh nine", "=1"]] * 4, 2, False, True)
@example(",", ["bsn", "bedrag"], [["fresh nine", "-5"], ["fresh nine", "=1"]] * 4, 2, False, False)
@example(";", ["naam", "x"], [["KvK", "fresh nine"], ["BSN", "fresh eight"]] * 4, 2, True, True)
@example(";", ["naam", "x"], [["KvK", "fresh nine"], ["BSN", "fresh eight"]] * 4, 2, True, False)
@example("|", ["", " BSN ", ""], [["", " fresh nine ", ""]] * 5, 2, False, True)
@example("|", ["", " BSN ", ""], [["", " fresh nine ", ""]] * 5, 2, False, False)
@example(",", ["naam", "nummer"], [["Jan de Vries", "fresh date"]] * 4, 2048, False, True)
@example(",", ["naam", "nummer"], [["Jan de Vries", "fresh date"]] * 4, 2048, False, False)
@example(
    ",", ["naam", "nummer", "x"], [["Jan", "fresh nine" + " " * 199, "-5"]] * 4, 2048, False, True
)
@example(
    ",", ["bsn", "naam"], [["fresh nine", "x"]] * 2 + [["fresh nine", "x;y"]] * 3, 2048, False, True
)
@example(
    ",",
    ["naam", "x", "klantnummer"],
    [["Jan", "Piet", "fresh nine"]] * 2 + [['"Jan', ' Piet"', "fresh nine"]] * 3,
    2048,
    False,
    True,
)
@example(";", ["naam", "nummer"], [["Jan", " " * 201 + "fresh nine"]] * 4, 2048, False, True)
@example(";", ["naam", "nummer"], [["Jan", " " * 201 + "fresh nine"]] * 4, 2048, False, False)
@example(
    ";", ["naam", "nummer"], [["x", "fresh nine"], ["n.v.t.", "١٢٣٤٥٦٧٨٢"]] * 3, 2048, False, True
)
@example(
    "\t",
    ["nummer", "naam"],
    [["fresh nine", "x"], ["\t"], ["fresh nine", "kvk"]] * 3,
    2048,
    False,
    True,
)
@given(
    st.sampled_from([",", ";", "|", "\t"]),
    st.lists(st.sampled_from(HEADERS), min_size=2, max_size=5),
    st.lists(
        st.one_of(
            st.lists(st.sampled_from(CELLS), min_size=1, max_size=5),
            st.sampled_from([[line] for line in BREAKS]),
        ),
        min_size=1,
        max_size=24,
    ),
    st.sampled_from([1, 2, 3, 7, 2048]),
    st.booleans(),
    st.booleans(),
)
def test_rows_judged_together_find_what_each_number_on_its_own_finds(
    delimiter: str,
    header: list[str],
    rows: list[list[str]],
    chunk: int,
    known_bsn: bool,
    vary: bool,
) -> None:
    # Rows of names, numbers, dates and odd cells under a header, some lines between them that
    # end a block, in chunks of every size: find, mask and holds say what they say when every
    # number is judged on its own. With VARY each row ends in a note of another length, so
    # that no two rows are shaped alike and the rows are judged together (rows shaped alike
    # are left to the scan's reuse of a row).
    width = len(header)
    lines = [delimiter.join([*header, "notitie"] if vary else header)]
    for number, row in enumerate(rows):
        cells = (row * width)[:width]
        if vary:
            cells.append("x" * (1 + number % 3))
        lines.append(delimiter.join(cells) if len(row) > 1 else row[0])
    text = _fill("\n".join(lines) + "\n")
    known = {BSN2} if known_bsn else set()
    with chunks_of(chunk):
        together = bsn_answers(text, known)
    assert together == _one_by_one(text, known)


def _blocks_judged(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The blocks of rows judge_rows is asked to judge from now on: the first line of each and
    the line after its last."""
    judge = bsn_rows.judge_rows
    blocks: list[tuple[int, int]] = []

    def spying(*args: object, **kwargs: object) -> tuple[int, list[bsn_rows.Judged]]:
        following, judged = judge(*args, **kwargs)  # type: ignore[arg-type]
        blocks.append((args[1], following))  # type: ignore[arg-type]
        return following, judged

    monkeypatch.setattr(bsn_scan, "judge_rows", spying)
    return blocks


def _client_list(rows: int, delimiter: str = ";") -> tuple[str, list[str]]:
    values = numbers(rows, seed=37)
    names = itertools.cycle(["Jansen", "de Vries", "Bakker", "Özdemir", "El Amrani", "Visser"])
    lines = [delimiter.join(["achternaam", "voornaam", "bsn", "geboortedatum", "plaats"])]
    for row, value in enumerate(values):
        born = f"19{40 + row % 60}-{1 + row % 12:02d}-{1 + row % 28:02d}"
        lines.append(delimiter.join([next(names), f"Piet{row % 7 or ''}", value, born, "Ede"]))
    return "\n".join(lines) + "\n", values


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_a_client_list_is_judged_in_one_block_below_its_second_row(
    delimiter: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every row below the second is judged together (the scan splits the text into lines at
    # the first number, and judges the row after it as a row of the table), and every number
    # in the bsn column is found as a BSN, in order, at its place.
    text, values = _client_list(300, delimiter)
    blocks = _blocks_judged(monkeypatch)
    found = find_bsns(text)
    assert blocks == [(3, 301)]
    assert [match.digits for match in found] == values
    assert [match.line for match in found] == list(range(2, 302))
    lines = text.split("\n")
    assert all(
        lines[match.line - 1][match.column - 1 :].startswith(match.digits) for match in found
    )
    monkeypatch.undo()
    assert found == find_bsns(text)
    with number_rows_one_by_one():
        assert find_bsns(text) == found


def test_a_row_that_does_not_fit_ends_the_block_and_the_scan_goes_on_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A row with a quoted cell that holds the delimiter is judged by the scan, and the rows after
    # it form a block again; a row with a phone number (a run of digits of no plain kind) stays
    # in the block, its run judged by the scan's own judge of a run.
    text, values = _client_list(50)
    lines = text.split("\n")
    lines[20] = lines[20].replace("Ede", "06-12345678")
    lines[21] = lines[21].replace("Ede", '"Ede; Noord"')
    text = "\n".join(lines)
    blocks = _blocks_judged(monkeypatch)
    found = find_bsns(text)
    assert blocks == [(3, 21), (22, 51)]
    assert [match.digits for match in found] == values
    with number_rows_one_by_one():
        assert find_bsns(text) == found


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_a_number_after_a_link_in_the_cell_before_it_is_a_value_of_its_own(
    delimiter: str,
) -> None:
    # A client list with a link to each client's file before the BSN: the number is a cell of
    # its own, not part of the link (before, every BSN of such an export went unfound).
    values = numbers(40, seed=53)
    header = delimiter.join(["naam", "dossier", "nummer"])
    rows = [
        delimiter.join([f"Client {row}", f"https://crm.example.nl/dossier/{4711 + row}", value])
        for row, value in enumerate(values)
    ]
    text = header + "\n" + "\n".join(rows) + "\n"
    found = find_bsns(text)
    assert [match.digits for match in found] == values
    assert "https://crm.example.nl/dossier/4711" in mask_bsns(text)
    assert not any(value in mask_bsns(text) for value in values)
    with number_rows_one_by_one():
        assert find_bsns(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # In a URL a number is a page or document id, unless the URL names a BSN.
        (f"zie https://x.nl/a;{BSN}\n", []),
        (f"zie https://x.nl/a/{BSN}\n", []),
        (f"https://x.nl/a;id={BSN}\nhttps://x.nl/b;id={BSN2}\n", []),
        (f"zie https://x.nl/client?bsn={BSN}\n", [BSN]),
        # Lines of a link and a number after ';' or ',' are a table whose first line holds a
        # link: the numbers are the links' (a list of links with ids, found in review).
        (f"https://x.nl/a;{BSN}\nhttps://x.nl/b;{BSN2}\n", []),
        (f"- https://x.nl/c?ids=4711,{BSN}\n- https://x.nl/c?ids=4712,{BSN2}\n", []),
        (f"https://x.nl/c?ids=4711,{BSN}\nJan, Piet\n", []),
        (f"Dossier: https://x.nl/d/4711;{BSN}\nDossier: https://x.nl/d/4712;{BSN2}\n", []),
        # Under a header without a link, a number that starts a cell after a link is a cell of
        # its own: whole, or with more in its cell under a BSN header (found in review).
        (f"naam;dossier;nummer\nJansen;https://x.nl/d/4711;{BSN}\n", [BSN]),
        (f"naam;dossier;bsn\nJansen;https://x.nl/d/4711;{BSN} (oud)\n", [BSN]),
        (f"naam;dossier;bsn\nJansen;https://x.nl/d/4711;{BSN} / {BSN2}\n", [BSN]),
        (f"naam;dossier;nummer\nJansen;https://x.nl/d/4711;{BSN} (oud)\n", []),
    ],
)
def test_a_number_in_a_link_is_still_part_of_it(text: str, found: list[str]) -> None:
    assert [match.digits for match in find_bsns(text)] == found
    with number_rows_one_by_one():
        assert [match.digits for match in find_bsns(text)] == found


@pytest.mark.parametrize(
    ("header", "previous", "after", "found"),
    [
        ("bsn", "Jansen", "", True),  # the header names a BSN
        ("nummer", "Jansen", "", True),  # a value of its own
        ("klantnummer", "Jansen", "", False),  # the header names another number
        ("klantnummer", "BSN", "", True),  # the cell before names a BSN: it wins
        ("nummer", "KvK", "", False),  # the cell before names another number
        ("nummer", "Jansen", "-", False),  # 123456782,- is an amount
        ("nummer", "Jansen", "=", False),
        ("nummer", "Jansen", "x", True),
    ],
)
def test_the_rules_of_a_whole_cell_decide_in_a_block(
    header: str, previous: str, after: str, found: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each rule of context._whole_cell, in the rows of a block (the second row is judged by
    # the scan, the others together: a note of another length ends each row, so that no two
    # are shaped alike): every row says the same.
    values = numbers(12, seed=43)
    rows = [f"{previous},{value},{after},{'x' * (1 + n % 3)}" for n, value in enumerate(values)]
    text = f"naam,{header},rest,notitie\n" + "\n".join(rows) + "\n"
    blocks = _blocks_judged(monkeypatch)
    expected = values if found else []
    assert [match.digits for match in find_bsns(text)] == expected
    assert blocks == [(3, 13)]
    monkeypatch.undo()
    with number_rows_one_by_one():
        assert [match.digits for match in find_bsns(text)] == expected


@pytest.mark.parametrize("at", [None, 2, 150, 299])
def test_whether_a_text_holds_a_bsn_stops_at_the_first_in_a_block(at: int | None) -> None:
    # Numbers in a klantnummer column are no BSN, unless the cell before one says it is: the
    # answer and the first BSN are what judging each number on its own gives.
    values = numbers(300, seed=47)
    rows = [f"{'BSN' if row == at else 'Jansen'};{value}" for row, value in enumerate(values)]
    text = "naam;klantnummer\n" + "\n".join(rows) + "\n"
    assert holds_bsn(text) is (at is not None)
    found = find_bsns(text)
    assert [match.digits for match in found] == ([] if at is None else [values[at]])
    with number_rows_one_by_one():
        assert holds_bsn(text) is (at is not None)
        assert find_bsns(text) == found
