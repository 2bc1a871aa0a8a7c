"""Masking: the digits of every BSN the scan found, and of every known number, become ``*``."""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import compress, repeat
from operator import itemgetter, lt, sub

from swlabel.doors.bsn.known import _FEW_CORES, _known_cores, _mask_known
from swlabel.doors.bsn.scan import _Scan
from swlabel.doors.bsn.spelling import (
    _ANY_DIGIT,
    _DIGIT_BYTES_AS_STARS,
    _DIGITS,
    _DIGITS_AS_STARS,
    _RUN,
    _without_separators,
)


def _mask_bsns(text: str, known: Collection[str]) -> str:
    if known:
        known_cores = _known_cores(known)
        if known_cores:
            text = _mask_known(text, known_cores)
    scan = _Scan(text)
    spans = scan.spans()
    if not spans:
        return text
    masked_cores: set[str] = set()
    for round_number in range(_MASK_ROUNDS):
        result = _mask_spans(text, spans)
        cores = _cores(text, spans)
        dirty = set(map(_INDEX_OF, spans))
        cores -= masked_cores
        masked_cores |= cores
        if cores:
            if round_number == 0 and len(cores) > _FEW_CORES:
                if _ANY_DIGIT.search(result) is None:
                    # Every digit of the text was in a BSN of its own (a dense text): none is
                    # glued elsewhere, and no number is left for another round to find.
                    return result
                result = _mask_glued_first(scan, result, cores, dirty)
            else:
                chars = list(result)
                _mask_glued(scan, text, chars, cores, {start for start, *_ in spans}, dirty)
                result = "".join(chars)
        # Masking can take away what kept a neighbouring number from counting (the previous
        # value that ended a label), so look again, only where something changed.
        text = result
        spans = scan.rescan(text, dirty)
        if not spans:
            return text
    # Still not settled (a chain of numbers glued to each other, each a BSN once the one before
    # it is masked): mask every long number rather than go on.
    return _mask_every_number(text)


def _cores(text: str, spans: list[tuple[int, int, str, int]]) -> set[str]:
    """The digits of the numbers at SPANS as written, without separators: each number's nine
    digits, or eight when it is written with eight."""
    cores = set(map(_DIGITS_OF, spans))
    # Nine digits of which the first is not 0 are nine digits as written (an 8-digit number's
    # nine digits start with its added 0): a dense text needs no look at each number.
    if not cores or min(cores) >= "1":
        return cores
    # Only the numbers whose nine digits start with 0 are looked at (picked in C): a number of
    # 8 or 9 characters is written without separators.
    zeros = list(compress(spans, map(lt, map(_DIGITS_OF, spans), repeat("1"))))
    cores.difference_update(map(_DIGITS_OF, zeros))
    cores.update(
        text[start:end] if end - start <= 9 else _without_separators(text[start:end])
        for start, end, _, _ in zeros
    )
    return cores


_DIGITS_OF = itemgetter(2)
_INDEX_OF = itemgetter(3)

# One round masks, the next confirms; a third is rare (a number that counts only once the one
# before it on its line is masked), a fifth needs a text made for it.
_MASK_ROUNDS = 4


def _mask_glued(
    scan: _Scan, text: str, chars: list[str], cores: set[str], spans: set[int], dirty: set[int]
) -> None:
    # A core is 8 or 9 digits, so wherever it occurs it is inside a run of 8 or more digits. A few
    # cores are looked for with str.find (fast, in C); many are compared with every window of
    # every run instead, which costs the same however many there are.
    if len(cores) <= _FEW_CORES:
        for core in cores:
            size = len(core)
            position = text.find(core)
            while position >= 0:
                chars[position : position + size] = "*" * size
                dirty.add(scan.doc_line(position))
                position = text.find(core, position + 1)
        return
    sizes = set(map(len, cores))
    for start, digits in scan.digit_runs():
        if start in spans and digits in cores:
            continue  # a number masked just now as a BSN of its own
        for size in sizes:
            for offset in range(len(digits) - size + 1):
                if digits[offset : offset + size] in cores:
                    position = start + offset
                    chars[position : position + size] = "*" * size
                    dirty.add(scan.doc_line(position))


def _mask_spans(text: str, spans: list[tuple[int, int, str, int]]) -> str:
    # SPANS are in order and apart; a number of 8 or 9 characters is all digits.
    if len(spans) > _FEW_CORES:
        # A dense text whose every digit is in a number masked (a list or table of BSNs): the
        # digits of the whole text masked at once (bytes, the same length). A span is written
        # as a BSN is, so its length says how many digits it holds.
        encoded = text.encode("utf-8", "surrogatepass")
        digits = len(encoded) - len(encoded.translate(None, _ASCII_DIGIT_BYTES))
        # Each span holds eight or nine digits: most texts with other digits are told at once.
        if 8 * len(spans) <= digits <= 9 * len(spans):
            lengths = map(sub, map(_END_OF, spans), map(_START_OF, spans))
            # (Another length, which no span has, makes the sum negative.)
            if sum(map(_DIGITS_IN_SPAN.get, lengths, repeat(-(1 << 40)))) == digits:
                return encoded.translate(_DIGIT_BYTES_AS_STARS).decode("utf-8", "surrogatepass")
    pieces = []
    position = 0
    separated = 0
    stars: str | None = None
    for start, end, _, _ in spans:
        pieces.append(text[position:start])
        size = end - start
        if size <= 9:
            pieces.append(_STARS[size])
        elif stars is not None:
            pieces.append(stars[start:end])
        else:
            pieces.append(text[start:end].translate(_DIGITS_AS_STARS))
            separated += 1
            if separated == _FEW_CORES:
                # Many numbers with separators: the whole text with its digits masked, made
                # once (bytes, the same length), gives each as a slice.
                stars = (
                    text.encode("utf-8", "surrogatepass")
                    .translate(_DIGIT_BYTES_AS_STARS)
                    .decode("utf-8", "surrogatepass")
                )
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


_STARS = ["*" * size for size in range(10)]
# How many digits a number written as a BSN may be holds, by its length (see _SHAPES).
_DIGITS_IN_SPAN = {8: 8, 9: 9, 10: 8, 11: 9, 12: 9}
_START_OF = itemgetter(0)
_END_OF = itemgetter(1)
_ASCII_DIGIT_BYTES = b"0123456789"


def _mask_glued_first(scan: _Scan, masked: str, cores: set[str], dirty: set[int]) -> str:
    """_mask_glued in the first round with many CORES, on the text with its BSNs masked
    (MASKED): the runs of digits left in it are those of the scanned text that were not a BSN
    of their own, unchanged (a number that is a BSN is a whole run of digits, or holds none of
    8), so only they are compared with the cores."""
    scan.keep_runs()
    sizes = set(map(len, cores))
    chars = None
    for run in _DIGITS.finditer(masked):
        start, digits = run.start(), run.group()
        for size in sizes:
            for offset in range(len(digits) - size + 1):
                if digits[offset : offset + size] in cores:
                    if chars is None:
                        chars = list(masked)
                    position = start + offset
                    chars[position : position + size] = "*" * size
                    dirty.add(scan.doc_line(position))
    return masked if chars is None else "".join(chars)


def _mask_every_number(text: str) -> str:
    # The whole text with its digits masked, made once (bytes, the same length): each number
    # is cut from it. The first pass keeps every length, so it serves the second too.
    every = (
        text.encode("utf-8", "surrogatepass")
        .translate(_DIGIT_BYTES_AS_STARS)
        .decode("utf-8", "surrogatepass")
    )

    def stars(match: re.Match[str]) -> str:
        return every[match.start() : match.end()]

    return _DIGITS.sub(stars, _RUN.sub(stars, text))
