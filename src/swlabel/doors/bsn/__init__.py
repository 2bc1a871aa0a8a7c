"""Find Burgerservicenummers (BSN) in text, so that none ends up in the evidence repository.

A number is reported when it is written like a BSN, passes the 11-proef and its context says it
is one: a BSN word in front of it or on the label line above it, a BSN column in a table, or the
number standing alone as a value (a ``key: value`` line, a list item, a table cell, a line of its
own) whose key, column or label does not say it is something else. Once a number is reported,
every other occurrence of the same number in the text is reported too.

:func:`mask_bsns` replaces the digits of every BSN with ``*``. Given the BSNs found elsewhere
(``known``, from :func:`bsn_digits` over every file), it also masks those numbers wherever they
occur, whatever their context, so one mask can serve every text swlabel shows;
:func:`holds_bsn` says whether it would change a text. Text without eight digits in a row
(separators allowed) is passed over at the cost of one regex search. The scan is linear in the
text: what is worked out about a line (its cells, its table, its label) is kept for the next
number, and masking judges again only the lines it changed.

What is where (imports run one way, down this list):

- ``spelling``: the 11-proef and the ways a number is written (its shapes, separators, dates,
  the IP-address look, numbers listed in a row) and the regular expressions that find candidates;
- ``words``: the words that say a number is a BSN or something else, and the label in front of it;
- ``known``: where the numbers already known as BSNs (``known``) occur in a text;
- ``document``: a text as lines and table cells, with their labels and shapes, worked out once;
- ``context``: the rules that judge a number by the text around it, its line, table and label;
- ``rows``: the rows of a table (a client list) judged together, a column at a time, as the
  rules judge each number in them;
- ``scan``: ``_Scan``, which walks the candidates of a text, judges them and remembers what it
  worked out for the next line alike;
- ``masking``: replacing the digits of what the scan found (and the known numbers) with ``*``;
- this module: the public API (``find_bsns``, ``summarise_bsns``, ``bsn_digits``,
  ``mask_bsns``, ``holds_bsn``, ``passes_elfproef``, ``BsnMatch``, ``BsnFindings``) and
  ``_SHAPES`` for :mod:`swlabel.doors.mask`.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter

from swlabel.doors.bsn.known import _holds_known, _known_cores
from swlabel.doors.bsn.masking import _mask_bsns
from swlabel.doors.bsn.scan import _Scan
from swlabel.doors.bsn.spelling import _HINT, passes_elfproef
from swlabel.doors.bsn.spelling import _SHAPES as _SHAPES

__all__ = [
    "BsnFindings",
    "BsnMatch",
    "bsn_digits",
    "find_bsns",
    "holds_bsn",
    "mask_bsns",
    "passes_elfproef",
    "summarise_bsns",
]


@dataclass(frozen=True)
class BsnMatch:
    """One BSN found in a text.

    ``line`` and ``column`` are 1-based and point at the first digit; columns count characters
    and lines end at ``\\n``, ``\\r\\n`` or ``\\r``. ``text`` is the number as written (with its
    separators), ``digits`` its nine digits (an 8-digit number gets its leading 0).
    """

    line: int
    column: int
    text: str
    digits: str


def find_bsns(text: str) -> list[BsnMatch]:
    """Every BSN in TEXT, in order of appearance."""
    if not _HINT.search(text):
        return []
    with _collector_paused(text):
        return _find_bsns(text)


@dataclass(frozen=True)
class BsnFindings:
    """What :func:`summarise_bsns` found in a text: its FIRST BSNs (as :func:`find_bsns` gives
    them), how many there are in all (COUNT), the line of the last one (LAST_LINE, 0 when there
    is none) and the nine digits of every one (DIGITS, as :func:`bsn_digits` gives them)."""

    first: tuple[BsnMatch, ...]
    count: int
    last_line: int
    digits: frozenset[str]


def summarise_bsns(text: str, first: int) -> BsnFindings:
    """The BSNs of TEXT as :func:`find_bsns` finds them, the first FIRST of them in full and the
    others counted: a list of a million clients does not make a million objects."""
    if not _HINT.search(text):
        return BsnFindings((), 0, 0, frozenset())
    with _collector_paused(text):
        scan = _Scan(text)
        spans = scan.spans()
        if not spans:
            return BsnFindings((), 0, 0, frozenset())
        return BsnFindings(
            tuple(_matches(text, scan, spans[:first])),
            len(spans),
            spans[-1][3] + 1,
            frozenset(map(itemgetter(2), spans)),
        )


def _find_bsns(text: str) -> list[BsnMatch]:
    scan = _Scan(text)
    spans = scan.spans()
    if not spans:
        return []
    return _matches(text, scan, spans)


def _matches(text: str, scan: _Scan, spans: list[tuple[int, int, str, int]]) -> list[BsnMatch]:
    starts = scan.doc.starts
    # A dense text reports a BSN every ten bytes. BsnMatch's frozen __init__ sets each field
    # through object.__setattr__, twice the cost of filling the new object's __dict__ at once.
    matches: list[BsnMatch] = []
    append = matches.append
    new = object.__new__
    for start, end, digits, index in spans:
        match = new(BsnMatch)
        fields = match.__dict__
        fields["line"] = index + 1
        fields["column"] = start - starts[index] + 1
        fields["text"] = text[start:end]
        fields["digits"] = digits
        append(match)
    return matches


def bsn_digits(text: str) -> frozenset[str]:
    """The nine digits of every BSN :func:`find_bsns` reports in TEXT (``012345672`` for an
    8-digit ``12345672``), to be passed as ``known`` when masking other texts."""
    if not _HINT.search(text):
        return frozenset()
    with _collector_paused(text):
        return frozenset(digits for _, _, digits, _ in _Scan(text).spans())


def mask_bsns(text: str, known: Collection[str] = frozenset()) -> str:
    """TEXT with the digits of every BSN replaced by ``*``; separators and length are kept.

    The digits of a found BSN are also masked where they occur elsewhere glued to other
    characters (``scan123456782``): redacting a little too much is safer than too little. The
    result holds no BSN that :func:`find_bsns` would report: masking can make a neighbouring
    number count, so the lines that changed are judged again, and a text that still has a new
    BSN after four rounds (numbers glued in a chain, each a BSN once the one before it is
    masked) has every number of eight or more digits masked.

    KNOWN holds BSNs found elsewhere (nine digits each, as :func:`bsn_digits` gives them). They
    are masked wherever their digits occur, whatever the context says: with or without
    separators, as 8 digits without the leading 0, inside a longer number or glued to letters
    (``Gesprek 123456782``, ``bsn123.456.782``, ``scan_123456782.pdf``, ``?bsn=123456782&x``).

    A text without eight digits in a row (single separators allowed) is returned at once.
    """
    if not _HINT.search(text):
        return text
    with _collector_paused(text):
        return _mask_bsns(text, known)


def holds_bsn(text: str, known: Collection[str] = frozenset()) -> bool:
    """Whether :func:`mask_bsns` would change TEXT (with the same KNOWN), without masking it."""
    if not _HINT.search(text):
        return False
    if known:
        cores = _known_cores(known)
        if cores and _holds_known(text, cores):
            return True
    # Masking changes a text exactly when its first round has something to mask.
    with _collector_paused(text):
        return _Scan(text, first_only=True).has_yes


# Above this size a text is scanned with Python's cyclic garbage collector paused.
_LARGE_TEXT = 65_536


@contextmanager
def _collector_paused(text: str) -> Iterator[None]:
    """Pause the cyclic garbage collector while a large TEXT is scanned. The scan keeps a few
    tuples per number and makes no cycles, but the collector's passes over them grow with
    the text: on a dense text they took a fifth of the scan of 1 MB and two fifths of 4 MB
    (benchmarks/README.md)."""
    if len(text) < _LARGE_TEXT or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
