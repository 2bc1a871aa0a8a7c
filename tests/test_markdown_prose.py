"""A narrative of plain prose and simple bullet lists is rendered without markdown-it, exactly
as markdown-it renders it (swlabel.output.markdown.to_html), and written again as Markdown
without its tokens, exactly as they write it (to_safe_markdown); anything else goes to
markdown-it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE
from swlabel.output import markdown
from swlabel.output.markdown import _html_parser, narrative_tree, to_html, to_safe_markdown
from swlabel.output.narrative import PLACEHOLDER, MarkdownText

# Prose and what is next to it: every character the plain way allows, and many it does not.
PIECES = st.sampled_from(
    [
        "Een",
        "zin",
        "cliënten",
        "Ωmega",
        "84",
        "2026",
        " ",
        "  ",
        ".",
        ",",
        ";",
        ":",
        "?",
        "'",
        '"',
        "%",
        "(",
        ")",
        "/",
        "-",
        "!",
        "*",
        "_",
        "`",
        "[",
        "]",
        "<",
        ">",
        "&",
        "&amp;",
        "\\",
        "|",
        "~",
        "#",
        "=",
        "+",
        "1.",
        "- ",
        "> ",
        "\t",
        "\r",
        "\u00a0",
        "\u2028",
        "\u0301",
        "é",
        "x_y",
        "http://a.nl",
        "    ",
        "---",
        "===",
        "\ufffd",
        "***",
        # A line may start with digits (not as an ordered list item), and with the character
        # the parser reads for a star of the mask (#12).
        "1)",
        "123456789",
        "1234567890",
        PLACEHOLDER,
    ]
)
LINES = st.lists(PIECES, max_size=8).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(LINES, max_size=6).map("\n".join))
def test_prose_is_rendered_as_markdown_it_renders_it(text: str) -> None:
    assert to_html(text) == _html_parser().render(text)


@pytest.mark.parametrize(
    "text",
    [
        'Een "citaat" en 84% (ja): a/b; c? d\'e.\n\nTwee  spaties\nregel twee\n',
        "\n\nEen\n\n\n\nTwee\n",
        "",
        "2026 was een goed jaar.\n1234567890. is geen lijst\n1.5 ook niet",
        f"{PLACEHOLDER * 9}\n{PLACEHOLDER * 3} {PLACEHOLDER * 3}\n\nscan{PLACEHOLDER * 9}a",
        # A line may start with punctuation that starts no block (a row of a CSV file).
        f",{PLACEHOLDER * 9},,{PLACEHOLDER * 9}\n(zie bijlage) en\n\"Citaat\" en 'ja'\n.\n%",
    ],
)
def test_prose_takes_the_plain_way(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _html_parser().render(text)
    monkeypatch.setattr(markdown, "_html_parser", None)  # not called
    assert to_html(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Een *nadruk*",
        "1. lijst",
        "regel met twee spaties op het eind  \nvolgende",
        "Tom & Jerry",
        "a | b",
        "    code",
        "Kop\n===",
        "12) lijst",
        "123456789. lijst",
        "2026.",
    ],
)
def test_markdown_takes_markdown_it(text: str) -> None:
    assert markdown._plain_blocks(text) is None
    assert to_html(text) == _html_parser().render(text)


def test_the_examples_narratives_are_rendered_as_markdown_it_renders_them() -> None:
    for path in sorted((EXAMPLE / "evidence").glob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        assert to_html(body) == _html_parser().render(body), path.name


# Only what the plain way allows, so that most texts take it.
PROSE_PIECES = st.sampled_from(
    [
        "Een",
        "zin",
        "cliënten",
        "Ωmega",
        "84",
        " ",
        "  ",
        ".",
        ",",
        ";",
        ":",
        "?",
        "'",
        '"',
        "%",
        "(",
        ")",
        "/",
        "-",
        "é",
        "2026",
        PLACEHOLDER,
    ]
)
PROSE_LINES = st.lists(PROSE_PIECES, max_size=10).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.lists(PROSE_LINES, max_size=6).map("\n".join))
def test_any_prose_is_rendered_as_markdown_it_renders_it(text: str) -> None:
    assert to_html(text) == _html_parser().render(text)


def _tokens_way(text: str) -> str:
    # to_safe_markdown without its plain way: the narrative written again from its tokens.
    return "\n".join(markdown._blocks(narrative_tree(text).children, tight=False))


def _masked(for_parser: str) -> MarkdownText:
    # A narrative as MarkdownText.masked makes it: PLACEHOLDER where the mask put a star.
    text = MarkdownText(for_parser.replace(PLACEHOLDER, "*"))
    text.for_parser = for_parser
    return text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(LINES, PROSE_LINES), max_size=6).map("\n".join))
def test_prose_is_written_as_markdown_as_its_tokens_write_it(text: str) -> None:
    assert to_safe_markdown(text) == _tokens_way(text)
    assert to_safe_markdown(_masked(text)) == _tokens_way(_masked(text))


def test_masked_prose_is_written_again_without_markdown_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _masked(f"{PLACEHOLDER * 9}\nscan{PLACEHOLDER * 9}a\n\n{PLACEHOLDER * 3} {PLACEHOLDER}")
    monkeypatch.setattr(markdown, "narrative_tree", None)  # not called
    stars = "\\*" * 9
    assert to_safe_markdown(text) == f"{stars}\nscan{stars}a\n\n\\*\\*\\* \\*"


def _renders_as_markdown_it(text: str) -> None:
    assert to_html(text) == _html_parser().render(text)
    assert to_html(_masked(text)) == _html_parser().render(text).replace(PLACEHOLDER, "*")


def _writes_as_its_tokens(text: str) -> None:
    assert to_safe_markdown(text) == _tokens_way(text)
    assert to_safe_markdown(_masked(text)) == _tokens_way(_masked(text))


def _takes_the_plain_way(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected_html = _html_parser().render(text)
    expected_markdown = _tokens_way(text)
    monkeypatch.setattr(markdown, "_html_parser", None)  # not called
    monkeypatch.setattr(markdown, "narrative_tree", None)
    assert to_html(text) == expected_html
    assert to_safe_markdown(text) == expected_markdown


def _takes_markdown_it(text: str) -> None:
    assert markdown._plain_blocks(text) is None
    assert to_html(text) == _html_parser().render(text)
    assert to_safe_markdown(text) == _tokens_way(text)


# --- simple bullet lists (#12 class 9) -----------------------------------------------------

# Lines of narratives with lists: items with each marker, prose, blank lines, and lines that
# must not take the plain way (an item without its space or text, an ordered item, indented
# lines, a rule, an item of an item, emphasis).
LIST_LINES = st.one_of(
    st.builds(lambda marker, line: marker + line, st.sampled_from(["- ", "* ", "+ "]), PROSE_LINES),
    PROSE_LINES,
    st.just(""),
    st.sampled_from(
        [
            "-",
            "- ",
            "-a",
            "*a",
            "+1",
            "-  a",
            "-\ta",
            "1. item",
            "2) item",
            "- 1. item",
            "- - a",
            "* * *",
            "***",
            "---",
            "- a  ",
            " - a",
            "  - a",
            "    - a",
            "  a",
            "- *a*",
            "* a_b",
            "# kop",
            "> a",
            f"- {PLACEHOLDER * 9}",
            f"* {PLACEHOLDER * 3} {PLACEHOLDER * 3}",
            "- 123456782",
            "+ naam: Jan",
        ]
    ),
)
LIST_TEXTS = st.lists(LIST_LINES, max_size=10).map("\n".join)


@settings(max_examples=1500, deadline=None)
@given(LIST_TEXTS)
def test_lists_are_rendered_as_markdown_it_renders_them(text: str) -> None:
    _renders_as_markdown_it(text)


@settings(max_examples=1000, deadline=None)
@given(LIST_TEXTS)
def test_lists_are_written_as_markdown_as_their_tokens_write_them(text: str) -> None:
    _writes_as_its_tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        "- een\n- twee\n- drie",
        "* een\n* twee\n",
        "+ een\n+ twee",
        "- een\n\n- twee\n\n\n- drie\n",
        "Inleiding:\n- een\n- twee\n\nSlot.",
        "- een\n* twee\n+ drie",
        "- een\n\n* twee\n\n* drie",
        "- een\n\nTussen\n- twee",
        "- naam: Jan\n- bsn: 123456782\n- 2026 was goed",
        f"- {PLACEHOLDER * 9}\n- {PLACEHOLDER * 9}",
        "- een\nlui vervolg",  # a lazy line continues the item
        f"BSN:\n- {PLACEHOLDER * 9}\n- {PLACEHOLDER * 9}\nBSN:\n- {PLACEHOLDER * 9}",
        "- een\n\n- twee\nlui\nlui\n\nSlot.",
    ],
)
def test_simple_lists_take_the_plain_way(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _takes_the_plain_way(text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        "- een\n  vervolg",
        "- ",
        "-een",
        "-  een",
        "- - een",
        "- 1. een",
        "1. een\n2. twee",
        "* * *",
        "  - een",
        "- een *nadruk*",
        "- een\n    - twee",
    ],
)
def test_other_lists_take_markdown_it(text: str) -> None:
    _takes_markdown_it(text)


def test_a_long_list_of_masked_bsns_is_rendered_without_markdown_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A narrative of 400,000 masked BSNs as list items (#12): markdown-it took 2 to 3 s per MB.
    text = _masked("".join(f"- {PLACEHOLDER * 9}\n" for _ in range(50_000)))
    calls: list[str] = []

    def counted(*args: object) -> None:
        calls.append("markdown-it")

    monkeypatch.setattr(markdown, "_html_parser", counted)
    monkeypatch.setattr(markdown, "narrative_tree", counted)
    assert to_html(text) == "<ul>\n" + "<li>*********</li>\n" * 50_000 + "</ul>\n"
    assert to_safe_markdown(text) == "\n".join(["- " + "\\*" * 9] * 50_000)
    assert calls == []


# --- simple tables (#12 class 9) -----------------------------------------------------------

# A cell: prose with spaces beside it or none, empty, or something the plain way does not take.
CELLS = st.one_of(
    PROSE_LINES.map(lambda cell: f" {cell} "),
    PROSE_LINES,
    st.sampled_from(["", " ", "  ", " *a* ", " a_b ", " `x` ", " a\\|b ", "\t", " 1. a ", " - "]),
)


def _row(cells: list[str], edges: tuple[str, str]) -> str:
    return edges[0] + "|".join(cells) + edges[1]


EDGES = st.sampled_from(
    [("|", "|"), ("|", "|"), ("|", "|"), ("", "|"), ("|", ""), ("", ""), ("|", "| ")]
)
# Lines of narratives with tables: rows of 1 to 4 cells (with and without their outer pipes),
# delimiter rows (with alignment, too short, not one), prose, items and blank lines.
TABLE_LINES = st.one_of(
    st.builds(_row, st.lists(CELLS, min_size=1, max_size=4), EDGES),
    st.builds(
        _row,
        st.lists(
            st.sampled_from(["---", "-", " --- ", ":--", "--:", ":-:", "- -", "", "=="]),
            min_size=1,
            max_size=4,
        ),
        EDGES,
    ),
    PROSE_LINES,
    st.just(""),
    st.just(""),
    st.builds(lambda line: "- " + line, PROSE_LINES),
)
# Tables as they are written: a header, its delimiter row and rows of as many cells, the lines
# perhaps with spaces after them.
WHOLE_TABLES = st.integers(min_value=1, max_value=4).flatmap(
    lambda width: st.builds(
        lambda header, rows, end: "\n".join(
            [
                _row(header, ("|", end)),
                "|" + "---|" * width + end[1:],
                *(_row(row, ("|", end)) for row in rows),
            ]
        ),
        st.lists(CELLS, min_size=width, max_size=width),
        st.lists(st.lists(CELLS, min_size=width, max_size=width), max_size=4),
        st.sampled_from(["|", "|", "| ", "|  "]),
    )
)
TABLE_TEXTS = st.lists(st.one_of(TABLE_LINES, WHOLE_TABLES, WHOLE_TABLES), max_size=8).map(
    "\n".join
)


@settings(max_examples=1500, deadline=None)
@given(TABLE_TEXTS)
def test_tables_are_rendered_as_markdown_it_renders_them(text: str) -> None:
    _renders_as_markdown_it(text)


@settings(max_examples=1000, deadline=None)
@given(TABLE_TEXTS)
def test_tables_are_written_as_markdown_as_their_tokens_write_them(text: str) -> None:
    _writes_as_its_tokens(text)


@pytest.mark.parametrize(
    "text",
    [
        "| naam | bsn |\n|---|---|\n| Piet Jansen | 123456782 |\n| Els | |\n",
        "| a |\n|-|\n",
        "Inleiding.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\nSlot.",
        "- een\n\n| a |\n|---|\n| b |",
        f"| naam | bsn |\n|---|---|\n| Jan | {PLACEHOLDER * 9} |",
        '| een "citaat" | 84% (ja) |\n|---|---|',
        "| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |",  # rows of more or fewer cells
        "| a | b | \n|---|---|  \n| 1 | 2 |   ",  # spaces after the rows
    ],
)
def test_simple_tables_take_the_plain_way(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    _takes_the_plain_way(text, monkeypatch)


@pytest.mark.parametrize(
    "text",
    [
        "Inleiding\n| a | b |\n|---|---|",  # a table that interrupts a paragraph
        "| a | b |\n|---|---|\n| 1 | 2 |\nvervolg",  # a line without pipes is a row too
        "| a | b |\n|:--|--:|",  # aligned
        "a | b\n--|--",  # without outer pipes
        "| a | b |\n|---|",
        "| *a* | b |\n|---|---|",
        "| a\\|b |\n|---|",
        "| a |",
    ],
)
def test_other_tables_take_markdown_it(text: str) -> None:
    _takes_markdown_it(text)


def test_a_long_table_of_masked_bsns_is_rendered_without_markdown_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A client list pasted into a narrative as a table (#12): markdown-it took about 1 s per MB
    # for the HTML dossier and 1.4 for the Markdown one.
    rows = "".join(f"| Client {n} | {PLACEHOLDER * 9} |\n" for n in range(20_000))
    text = _masked("| naam | bsn |\n|---|---|\n" + rows)
    calls: list[str] = []

    def counted(*args: object) -> None:
        calls.append("markdown-it")

    monkeypatch.setattr(markdown, "_html_parser", counted)
    monkeypatch.setattr(markdown, "narrative_tree", counted)
    html = to_html(text)
    assert html.startswith("<table>\n<thead>\n<tr>\n<th>naam</th>\n<th>bsn</th>\n</tr>\n</thead>")
    assert html.count("<td>*********</td>") == 20_000
    assert "<td>Client 19999</td>" in html
    written = to_safe_markdown(text).split("\n")
    assert written[:3] == ["| naam | bsn |", "| --- | --- |", "| Client 0 | " + "\\*" * 9 + " |"]
    assert len(written) == 20_002
    assert calls == []
