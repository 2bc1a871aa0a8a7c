"""The mask's look before the BSN scan: a text in which no piece is written like a number the
scan would judge, and no known BSN's digits stand, is passed over; the answer is always the
scan's own (mask_bsns)."""

from __future__ import annotations

import ast
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT
from swlabel.doors import bsn, mask
from swlabel.doors.bsn import mask_bsns
from swlabel.doors.mask import Mask


def _bsn_test_strings() -> list[str]:
    # Every string of the scan's own tests: its hard cases, look-alikes and contexts.
    tree = ast.parse((ROOT / "tests" / "test_bsn.py").read_text(encoding="utf-8"))
    return sorted(
        {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        }
    )


# What a dossier is full of, and numbers next to them written the ways the scan reads.
DOSSIER_PIECES = [
    '<td class="date">2026-11-01</td>',
    "<strong>VA-2025-0001</strong>: ",
    "2026-11-01 2026-12-01",
    "bsn 2026-11-01",
    "2026-11-01 123456782",
    "12345678",
    "123456782",
    "x123456782",
    "123.456.782",
    "1234.56.782",
    "12.34.56.782",
    "12.345.678",
    "123.45.678",
    "123 456 782",
    "1234 5678",
    "1-2-3-4-5-6-7-8",
    "2026-11-012",
    "bsn:\n  - 2026-11-01\n",
    "BSN;naam\n2026-11-01;Jan\n",
]
TEXTS = _bsn_test_strings() + DOSSIER_PIECES
# A known BSN written as eight digits, which are those of a date and of an action id.
KNOWNS = [
    frozenset(),
    frozenset({"123456782"}),
    frozenset({"020261101", "020250001"}),
]
# Enough text around a piece that the large block's way is taken too.
FILLER = '<tr><td class="date">2026-11-01</td><td>VA-2025-0001 Ä</td></tr>\n' * 100


@pytest.mark.parametrize("known", KNOWNS)
def test_the_look_says_what_the_scan_says(known: frozenset[str]) -> None:
    shown = Mask(known)
    for text in TEXTS:
        for around in (text, FILLER + text + "\n" + FILLER):
            assert shown._bsns_masked(around) == mask_bsns(around, known), around


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(TEXTS), min_size=1, max_size=6),
    glue=st.lists(st.sampled_from(["", " ", "\n", "-", ".", ";", "a"]), min_size=6, max_size=6),
    known=st.sampled_from(KNOWNS),
)
def test_the_look_says_what_the_scan_says_of_glued_pieces(
    pieces: list[str], glue: list[str], known: frozenset[str]
) -> None:
    text = "".join(piece + joint for piece, joint in zip(pieces, glue, strict=False))
    assert Mask(known)._bsns_masked(text) == mask_bsns(text, known)


@pytest.mark.parametrize("shape", sorted(bsn._SHAPES))
@pytest.mark.parametrize("separator", ["-", ".", " "])
def test_every_way_the_scan_writes_a_bsn_is_looked_at(
    shape: tuple[int, ...], separator: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The look must hand every such number to the scan, glued to letters or not.
    written = separator.join("7" * size for size in shape)
    asked: list[str] = []

    def scan(text: str, known: frozenset[str]) -> str:
        asked.append(text)
        return text

    monkeypatch.setattr(mask, "mask_bsns", scan)
    for text in (written, f"x{written}y", FILLER + written):
        Mask()._bsns_masked(text)
    assert len(asked) == 3


def test_dates_and_action_ids_are_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    # What makes a large HTML dossier cheap to mask: its dates and ids never reach the scan.
    def refuse(text: str, known: object) -> str:
        raise AssertionError(text)

    monkeypatch.setattr(mask, "mask_bsns", refuse)
    assert Mask().block(FILLER) == FILLER
    assert Mask(frozenset({"123456782"})).block(FILLER) == FILLER
    assert Mask().line("VA-2025-0001 (2026-11-01)") == "VA-2025-0001 (2026-11-01)"


@pytest.mark.parametrize(
    "text",
    [
        "a\rb\r\nc\x07d\u202ee\u00a0f\tg\udcff h\u200b i 123\u00ad456782 é ✓",
        "BSN\t123456782\r\n",
        "naam\u00a0123\u00a0456\u00a0782\n",
        "\x1b[31m rood",
        "plain ✓ text, 2026-11-01\n",
    ],
)
def test_a_large_text_is_masked_as_a_small_one(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # A large text is asked for its special characters through the rest of its bytes; the
    # answer is the one the whole text gives, as a block and as a line.
    large = FILLER + text + FILLER
    known = Mask(frozenset({"123456782"}))
    quick = known.block(large), known.line(large), known.line(text * 20)
    monkeypatch.setattr(mask, "_LARGE_TEXT", sys.maxsize)
    assert quick == (known.block(large), known.line(large), known.line(text * 20))
