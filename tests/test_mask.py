"""The one mask: what it does to a line and to a block of text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from swlabel.doors.bsn import mask_bsns
from swlabel.doors.mask import Mask

KNOWN = Mask(frozenset({"123456782"}))


@pytest.mark.parametrize(
    ("text", "line", "block"),
    [
        ("plain text", "plain text", "plain text"),
        ("a\nb\r\nc\rd\te", "a b c d e", "a\nb\r\nc\ufffdd\te"),
        (
            "kleur \x1b[31m rood \x07",
            "kleur \ufffd[31m rood \ufffd",
            "kleur \ufffd[31m rood \ufffd",
        ),
        (
            "a\u202eb\u200bc\u00add\ufeffe",
            "a\ufffdb\ufffdc\ufffdd\ufffde",
            "a\ufffdb\ufffdc\ufffdd\ufffde",
        ),
        ("x\udcff.md", "x\ufffd.md", "x\ufffd.md"),
        # a known number, whatever hides in it or stands between its groups
        ("Gesprek 123456782", "Gesprek *********", "Gesprek *********"),
        ("Gesprek 12345\u00ad6782", "Gesprek *****\ufffd****", "Gesprek *****\ufffd****"),
        ("Gesprek 123\u200b456782", "Gesprek ***\ufffd******", "Gesprek ***\ufffd******"),
        (
            "Gesprek 123\u00a0456\u00a0782",
            "Gesprek ***\u00a0***\u00a0***",
            "Gesprek ***\u00a0***\u00a0***",
        ),
        ("Gesprek 123\t456\t782", "Gesprek *** *** ***", "Gesprek ***\t***\t***"),
        # Word's NBSP in ordinary text stays as it is
        ("50\u00a0% van de teams", "50\u00a0% van de teams", "50\u00a0% van de teams"),
    ],
)
def test_line_and_block(text: str, line: str, block: str) -> None:
    assert KNOWN.line(text) == line
    assert KNOWN.block(text) == block


def test_a_stream_keeps_a_number_whole_across_chunks() -> None:
    chunks = ["Gesprek 1234", "56782\n" + "x" * 70_000, "\nGesprek 123", "456782\n"]
    assert "".join(KNOWN.stream(chunks)) == (
        "Gesprek *********\n" + "x" * 70_000 + "\nGesprek *********\n"
    )


# Printable ASCII, weighted towards what makes or breaks a BSN: digits and their separators.
_ASCII_PIECES = st.sampled_from(
    ["123456782", "12345678", "123.456.782", "1234.56.782", "12 34 56 782", "bsn: ", "BSN",
     "0", "9", "-", ".", " ", "  ", "a", "Z", "<", "&", "'", '"', "~", "/", "=", ":"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(_ASCII_PIECES, max_size=12).map("".join),
    st.sets(st.sampled_from(["123456782", "111222333", "012345678"]), max_size=2),
)
def test_printable_ascii_is_masked_for_its_numbers_only(text: str, known: set[str]) -> None:
    """Printable ASCII holds no character the mask replaces, so a line and a block of it are
    what the BSN scan makes of it (the mask's short way for most titles and names)."""
    mask = Mask(frozenset(known))
    expected = mask_bsns(text, frozenset(known))
    assert mask.line(text) == expected
    assert mask.block(text) == expected
