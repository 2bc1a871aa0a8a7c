"""The 11-proef and the ways a BSN is written: the shapes of a number, its separators, what
looks like a date or an IP address, and the regular expressions that find candidates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from operator import add, itemgetter


def passes_elfproef(digits: str) -> bool:
    """Whether DIGITS, 9 digits or 8 with an implied leading 0, pass the 11-proef.

    A weighted sum of 0 (all zeros, or for instance 000000012) does not count as passing.
    """
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    return _elfproef_nine(digits)


# The 11-proef's weighted sum of nine digits (weights 9 8 7 6 5 4 3 2 -1) in three parts, each
# looked up for three digits at once (tables of 1,000); _PASSING_TOTALS holds the sums that
# pass (a multiple of 11, not 0).
_SUMS_FIRST = {f"{n:03d}": 9 * (n // 100) + 8 * (n // 10 % 10) + 7 * (n % 10) for n in range(1000)}
_SUMS_MIDDLE = {f"{n:03d}": 6 * (n // 100) + 5 * (n // 10 % 10) + 4 * (n % 10) for n in range(1000)}
_SUMS_LAST = {f"{n:03d}": 3 * (n // 100) + 2 * (n // 10 % 10) - (n % 10) for n in range(1000)}
_PASSING_TOTALS = frozenset(total for total in range(-9, 400) if total and total % 11 == 0)
_FIRST_THREE = itemgetter(slice(0, 3))
_MIDDLE_THREE = itemgetter(slice(3, 6))
_LAST_THREE = itemgetter(slice(6, 9))


def _elfproef_totals(numbers: list[str]) -> Iterator[int]:
    """The 11-proef's weighted sums of NUMBERS, nine digits each, as _elfproef_nine works them
    out, in bulk (loops in C)."""
    return map(
        add,
        map(
            add,
            map(_SUMS_FIRST.__getitem__, map(_FIRST_THREE, numbers)),
            map(_SUMS_MIDDLE.__getitem__, map(_MIDDLE_THREE, numbers)),
        ),
        map(_SUMS_LAST.__getitem__, map(_LAST_THREE, numbers)),
    )


def _elfproef_nine(digits: str) -> bool:
    # DIGITS is nine ASCII digits. This runs for every 8- or 9-digit number in every file: the
    # weighted sum in three parts, each looked up for three digits, costs a third of summing
    # the nine digits' codes one by one.
    return (
        _SUMS_FIRST[digits[:3]] + _SUMS_MIDDLE[digits[3:6]] + _SUMS_LAST[digits[6:]]
        in _PASSING_TOTALS
    )


# -- Candidates -------------------------------------------------------------------------------

# A run of ASCII digits with single separators, not preceded by a letter or digit (an underscore
# is judged later, as in the file name bsn_123456782.pdf). Greedy, so a run is always as long as
# it can be: a longer number is never cut into a BSN-sized piece.
# Written digit first, so that the regex engine skips to the next digit without trying the
# pattern at every character; the lookbehind then looks at the character before that digit.
# The lookahead only lets a run start where at least eight digits and separators follow, so the
# many short numbers of a file (a day, a count, a norm id) cost no step in Python; every run of
# eight or more characters still starts there, since such a run begins with eight of them.
# After '%3D' (a percent-encoded '=', as in a link's ?bsn%3D123456782) a run starts too, though
# a letter stands before it: the URL rule reads the parameter's name before it.
_RUN = re.compile(
    r"[0-9](?:(?<![^\W_][0-9])|(?<=%3[dD][0-9]))(?=[-. 0-9]{7})[0-9]*(?:[-. ][0-9]+)*"
)
# A long run of nine-digit numbers listed with single spaces (see _Scan._judge_listed).
_NINES_LISTED = re.compile(r"[0-9]{9}(?: [0-9]{9})+")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SEPARATOR = re.compile(r"[-. ]")
_DIGITS = re.compile(r"[0-9]{8,}")
# Any run of digits with single separators that is eight characters or longer, wherever it
# starts (also right after a letter, where _RUN does not start).
_LONG_RUN = re.compile(r"[0-9](?=[-. 0-9]{7})[0-9]*(?:[-. ][0-9]+)*")
# The same in a group, so that splitting a text at its runs keeps them.
_LONG_RUN_PARTS = re.compile(f"({_LONG_RUN.pattern})")
_ANY_DIGIT = re.compile(r"[0-9]")
# Eight digits with single separators: a text without this holds no candidate at all.
_HINT = re.compile(r"[0-9](?:[-. ]?[0-9]){7}")
_ASCII_DIGITS = frozenset("0123456789")
# A str.translate table that masks digits (faster than a regular expression).
_DIGITS_AS_STARS = str.maketrans("0123456789", "*" * 10)
_DIGIT_BYTES_AS_STARS = bytes.maketrans(b"0123456789", b"*" * 10)


def _without_separators(written: str) -> str:
    # Faster than _SEPARATOR.sub or str.translate for a number's few characters.
    return written.replace(".", "").replace("-", "").replace(" ", "")


# The ways a BSN is written: 123456782, 123.456.782, 1234.56.782 (the old notation on ID
# cards), 12.34.56.782, and an 8-digit number without its leading 0. Anything else, such as
# 2026-03-12, 030 123 4567 or 1.2.3.4.5.6.7.8.9, is a date, phone number or version.
_SHAPES = frozenset({(9,), (3, 3, 3), (4, 2, 3), (2, 2, 2, 3), (8,), (2, 3, 3), (3, 2, 3)})
# A run of digits and separators that _shape_ok accepts, as one expression.
_SPELLING = re.compile(
    r"[0-9]{8,9}|[0-9]{3}([-. ])[0-9]{3}\1[0-9]{3}|[0-9]{4}([-. ])[0-9]{2}\2[0-9]{3}"
    r"|[0-9]{2}([-. ])[0-9]{2}\3[0-9]{2}\3[0-9]{3}|[0-9]{2}([-. ])[0-9]{3}\4[0-9]{3}"
    r"|[0-9]{3}([-. ])[0-9]{2}\5[0-9]{3}"
)


def _shape_ok(written: str) -> bool:
    """Whether WRITTEN, digits with single separators, is written in one of _SHAPES, with one
    kind of separator throughout."""
    return _SPELLING.fullmatch(written) is not None


def _looks_like_ip(written: str) -> bool:
    """10.20.30.123 is an IP address, not 12.34.56.782, unless a BSN word says otherwise."""
    # Asked of every number whose context does not name a BSN; almost none has three dots.
    if written.count(".") != 3:
        return False
    groups = written.split(".")
    return all(map(str.isdigit, groups)) and max(map(int, groups)) <= 255


def _split_run(written: str, offset: int) -> Iterator[tuple[int, int]]:
    if _shape_ok(written):
        yield offset, offset + len(written)
        return
    if " " not in written:
        return
    # Numbers listed with single spaces (123456782 111222333) are each a candidate, but only
    # while every number before it in the run is BSN-sized too: in +31 6 12345678 or
    # 2025 123456782 the short number in front says it is a phone number or not a lone value.
    position = offset
    for chunk in written.split(" "):
        size = len(_SEPARATOR.sub("", chunk))
        if not 8 <= size <= 9:
            return
        if _shape_ok(chunk):
            yield position, position + len(chunk)
        position += len(chunk) + 1


def _listed_nines(written: str) -> int:
    """How long the start of WRITTEN, a run that starts with nine-digit numbers listed with
    single spaces, is when _split_run takes exactly the numbers of that start from WRITTEN:
    the whole run, or the listed numbers up to a piece that is not BSN-sized (where _split_run
    stops: a number cut short by a masked digit, a longer number). 0 when it is neither."""
    match = _NINES_LISTED.match(written)
    if match is None:
        return 0
    end = match.end()
    if end == len(written):
        return end
    if written[end] != " ":
        # The last number matched is the start of a longer piece: the list ends before it.
        end = written.rfind(" ", 0, end)
        if end < 19:
            return 0  # one number listed
    after = written.find(" ", end + 1)
    piece = written[end + 1 : after if after >= 0 else len(written)]
    return 0 if 8 <= len(_without_separators(piece)) <= 9 else end


def _is_date(written: str) -> bool:
    if len(written) != 8 or not written.isdigit():
        return False
    for year, month, day in (
        (written[:4], written[4:6], written[6:]),
        (written[4:], written[2:4], written[:2]),
    ):
        if 1900 <= int(year) <= 2099:
            try:
                date(int(year), int(month), int(day))
            except ValueError:
                continue
            return True
    return False
