"""A narrative of plain prose is rendered without markdown-it, exactly as markdown-it renders
it (swlabel.output.markdown.to_html); anything else goes to markdown-it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE
from swlabel.output import markdown
from swlabel.output.markdown import _html_parser, to_html
from swlabel.output.narrative import PLACEHOLDER

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
    assert markdown._plain_paragraphs(text) is None
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
