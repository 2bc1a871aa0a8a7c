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
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import accumulate, compress, count, cycle, repeat
from operator import add, and_, countOf, eq, itemgetter, lt, mod, ne, not_, sub
from typing import NamedTuple

__all__ = ["BsnMatch", "bsn_digits", "find_bsns", "holds_bsn", "mask_bsns", "passes_elfproef"]


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
_VERDICT_OF = itemgetter(3)
_LINE_OF = itemgetter(4)
_SPAN_OF = itemgetter(0, 1, 2, 4)
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


def find_bsns(text: str) -> list[BsnMatch]:
    """Every BSN in TEXT, in order of appearance."""
    if not _HINT.search(text):
        return []
    with _collector_paused(text):
        return _find_bsns(text)


def _find_bsns(text: str) -> list[BsnMatch]:
    scan = _Scan(text)
    spans = scan.spans()
    if not spans:
        return []
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


def _mask_bsns(text: str, known: Collection[str]) -> str:
    if known:
        known_cores = _known_cores(known)
        positions = list(_known_positions(text, known_cores)) if known_cores else []
        if 16 * len(positions) < len(text):
            # A few digits of a long text: copying the text between them costs less than a
            # list of all its characters.
            pieces = []
            previous = 0
            for position in sorted(set(positions)):
                pieces.append(text[previous:position])
                pieces.append("*")
                previous = position + 1
            pieces.append(text[previous:])
            text = "".join(pieces)
        else:
            masked = list(text)
            for position in positions:
                masked[position] = "*"
            text = "".join(masked)
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


def holds_bsn(text: str, known: Collection[str] = frozenset()) -> bool:
    """Whether :func:`mask_bsns` would change TEXT (with the same KNOWN), without masking it."""
    if not _HINT.search(text):
        return False
    if known:
        cores = _known_cores(known)
        if cores and next(_known_positions(text, cores), None) is not None:
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


def _known_cores(known: Collection[str]) -> frozenset[str]:
    cores = set()
    for number in known:
        digits = number.rjust(9, "0")
        if len(digits) == 9 and digits.isascii() and digits.isdigit():
            cores.add(digits)
            if digits[0] == "0":
                cores.add(digits[1:])  # written as 8 digits, without the leading 0
    return frozenset(cores)


def _known_positions(text: str, cores: frozenset[str]) -> Iterator[int]:
    """The positions of the digits of every occurrence of one of CORES in TEXT, in any run of
    digits with single separators (``-``, ``.``, space), however it is cut up or glued."""
    # The text cut into the runs and what stands between them, so that a run's place is the
    # sum of the lengths before it: match objects for every run cost three times as much.
    parts = _LONG_RUN_PARTS.split(text)
    runs = parts[1::2]
    if not runs:
        return
    # The digits of every run, the separators taken out of all runs at once.
    flat = "\n".join(runs).replace(".", "").replace("-", "").replace(" ", "")
    digits = flat.split("\n")
    # A core starts where a window of eight digits of a run is a core's first eight (its head).
    # A run of up to nine digits holds a core only as the whole run, or one of eight digits as
    # one of its two windows of eight: the heads found so (sets, loops in C), usually none, are
    # looked for in all the digits. Medium runs (up to _MEDIUM_RUN digits): see the sevens
    # below. Longer runs: see _core_offsets.
    lengths = list(map(len, digits))
    found = {core[:8] for core in cores.intersection(digits)}
    eights = _eight_digit_cores(cores)
    if eights:
        # An eight-digit core in a run of nine digits is one of its two windows of eight: the
        # runs that are one of the twenty such runs of a core, found by one intersection (runs
        # of eight are the cores themselves, longer runs are compared below).
        for nine in _nine_digit_holders(eights).intersection(digits):
            found |= eights.intersection((nine[:8], nine[1:]))
    longer = list(compress(count(), map((9).__lt__, lengths))) if max(lengths) > 9 else []
    long_runs = [number for number in longer if lengths[number] > _MEDIUM_RUN]
    medium_runs = [number for number in longer if lengths[number] <= _MEDIUM_RUN]
    medium = [digits[number] for number in medium_runs]
    widest = max(map(len, medium), default=0)
    # A core (eight or nine digits) that starts at offset o of a medium run holds the seven
    # digits at the first even offset from o on: its first or its second seven. The sevens at
    # every other digit of the medium runs are compared with those of the cores at once (half
    # the windows of eight at every digit), and the few that are one say where a core may start.
    sevens = _seven_digit_grams(cores)
    medium_at: dict[int, set[int]] = {}
    for offset in range(0, widest - 6, 2):
        seven = itemgetter(slice(offset, offset + 7))
        for hit in compress(count(), map(sevens.__contains__, map(seven, medium))):
            medium_at.setdefault(medium_runs[hit], set()).update(
                (offset - 1, offset) if offset else (0,)
            )
    heads_at: dict[int, list[int]] = {}
    if len(found) > _FEW_CORES:
        # Many heads (a text whose every number is known): each search of all the digits for
        # one would make the whole quadratic, so every window is compared with them at once.
        for offset in range(max(widest, 9) - 7):
            eight = itemgetter(slice(offset, offset + 8))
            pool, numbers = (digits, None) if offset < 2 else (medium, medium_runs)
            for hit in compress(count(), map(found.__contains__, map(eight, pool))):
                number = hit if numbers is None else numbers[hit]
                if lengths[number] <= _MEDIUM_RUN:
                    heads_at.setdefault(number, []).append(offset)
    elif found:
        run_starts = list(accumulate(map(add, lengths, repeat(1)), initial=0))
        for head in found:
            position = flat.find(head)
            while position >= 0:
                number = bisect_right(run_starts, position) - 1
                if lengths[number] <= _MEDIUM_RUN:
                    heads_at.setdefault(number, []).append(position - run_starts[number])
                position = flat.find(head, position + 1)
    picked: dict[int, Sequence[int]] = dict(heads_at)
    for number, starts in medium_at.items():
        picked[number] = sorted(starts.union(heads_at.get(number, ())))
    if long_runs and len(cores) > _MANY_CORES:
        # Nearly every 6-gram is one of so many cores': every window is compared.
        for number in long_runs:
            picked[number] = range(lengths[number] - 7)
    elif long_runs:
        for number, hits in _core_offsets([digits[n] for n in long_runs], cores).items():
            picked[long_runs[number]] = hits
    if not picked:
        return
    sizes = sorted({len(core) for core in cores}, reverse=True)
    # Where a run starts: the lengths of the parts before it, added up from the run before.
    start = part = 0
    for number in sorted(picked):
        start += sum(map(len, parts[part : 2 * number + 1]))
        part = 2 * number + 1
        run_digits = digits[number]
        written = runs[number]
        places: list[int] | range
        if len(run_digits) == len(written):
            places = range(start, start + len(written))
        else:
            # The places of the digits picked in C: a run may be a line of a million numbers.
            digit_or_not = written.encode("ascii").translate(_DIGIT_AS_ONE)
            places = list(compress(range(start, start + len(written)), digit_or_not))
        offsets = picked[number]
        for size in sizes:
            for offset in offsets:
                window = run_digits[offset : offset + size]
                if len(window) == size and window in cores:
                    yield from places[offset : offset + size]


def _core_offsets(runs: list[str], cores: frozenset[str]) -> dict[int, list[int]]:
    """Where in RUNS, the digits of runs longer than nine, an occurrence of one of CORES may
    start, by run (a superset of the places), found by loops in C. A core (eight or nine
    digits) that starts at offset o holds the six digits at the first multiple of 3 from o on,
    the 6-gram that starts 0, 1 or 2 digits into it: the 6-grams at every third digit of each
    run are compared with those of the cores (one in about 170 passes by chance). The runs
    are joined, each padded to a multiple of three and apart, so that one search cuts them
    all into threes."""
    pieces = list(map(add, runs, map(_PADDING.__getitem__, map(mod, map(len, runs), repeat(3)))))
    starts = list(accumulate(map(len, pieces), initial=0))
    threes = _ANY_THREE.findall("".join(pieces))
    found: dict[int, list[int]] = {}
    for hit in compress(
        count(0, 3), map(_six_grams(cores).__contains__, map(add, threes, threes[1:]))
    ):
        number = bisect_right(starts, hit) - 1
        last = starts[number] + len(runs[number]) - 8
        for place in (hit - 2, hit - 1, hit):
            if starts[number] <= place <= last:
                found.setdefault(number, []).append(place - starts[number])
    return found


# Above this many cores, _core_offsets would pick most places of a run.
_MANY_CORES = 20_000
# Runs of digits up to this long have their every window of eight compared at once.
_MEDIUM_RUN = 40
# Bytes 1 for a digit, 0 for a separator.
_DIGIT_AS_ONE = bytes.maketrans(b"0123456789-. ", b"\1" * 10 + b"\0" * 3)
# Pads a run of N digits, by N % 3, to a multiple of three and three more (see _core_offsets).
_PADDING = ("xxx", "xxxxx", "xxxx")
_ANY_THREE = re.compile("...", re.DOTALL)


@lru_cache(maxsize=8)
def _six_grams(cores: frozenset[str]) -> frozenset[str]:
    return frozenset(core[k : k + 6] for core in cores for k in range(3))


@lru_cache(maxsize=64)
def _spelled_lines(before: bytes, after: bytes) -> frozenset[bytes]:
    """The shapes of a line of one number spelled as _SPELLING allows, between BEFORE and
    AFTER."""
    spelled = {b"0" * 8, b"0" * 9}
    for groups in ((3, 3, 3), (4, 2, 3), (2, 2, 2, 3), (2, 3, 3), (3, 2, 3)):
        for separator in (b"-", b".", b" "):
            spelled.add(separator.join(b"0" * size for size in groups))
    return frozenset(before + number + after for number in spelled)


@lru_cache(maxsize=8)
def _seven_digit_grams(cores: frozenset[str]) -> frozenset[str]:
    return frozenset(core[k : k + 7] for core in cores for k in (0, 1))


@lru_cache(maxsize=8)
def _nine_digit_holders(eights: frozenset[str]) -> frozenset[str]:
    """The runs of nine digits that hold one of EIGHTS, eight digits each."""
    return frozenset(
        holder
        for core in eights
        for digit in "0123456789"
        for holder in (digit + core, core + digit)
    )


@lru_cache(maxsize=8)
def _eight_digit_cores(cores: frozenset[str]) -> frozenset[str]:
    return frozenset(core for core in cores if len(core) == 8)


_BULK_AFTER = 8
# Lines written otherwise judged in one go (see _Scan._judge_respelled).
_RESPELLED_BLOCK = 256

# One round masks, the next confirms; a third is rare (a number that counts only once the one
# before it on its line is masked), a fifth needs a text made for it.
_MASK_ROUNDS = 4
_FEW_CORES = 32
# Above this, and above one line in eight, the lines masked are worked on in one go.
_MANY_LINES = 64


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


class _Scan:
    """The candidates of one text with their verdicts, kept so that after masking only the
    lines that changed, and the lines that read them as label or header, are judged again."""

    def __init__(self, text: str, *, first_only: bool = False) -> None:
        self.text = text
        self._doc: _Doc | None = None
        self._judged: list[tuple[int, int, str, int, int]] = []
        self._runs: list[tuple[int, str]] | None = None
        self._runs_of: str | None = None
        # With FIRST_ONLY the scan stops at the first number that is a BSN by its context.
        self.has_yes = False
        # The line being scanned once the text is split into lines: its index, its shape and
        # what was found at each candidate in it (see _reuse). A dense file is mostly lines like
        # the one before them, whose numbers are then judged by their digits alone.
        memo: _Memo | None = None
        index = line_start = 0
        line_end = skip_to = -1
        # The search for runs starts again after a block of lines judged by _reuse_alike.
        position = 0
        while position >= 0:
            restart = -1
            for run in _RUN.finditer(text, position):
                start = run.start()
                if start < skip_to:
                    continue  # in a line judged by _reuse
                doc = self._doc
                if doc is not None and start >= line_end:
                    last, memo = memo, None
                    index = bisect_right(doc.starts, start) - 1
                    line_start = doc.starts[index]
                    line = doc.lines[index]
                    # No run starts at a line break, so every run of this line starts before this.
                    line_end = line_start + len(line) + 1
                    shape = line.encode("utf-8", "surrogatepass").translate(_ANY_DIGIT_AS_ZERO)
                    if last is not None and last[1] != shape and last[0] == index - 1:
                        last = self._alike(last, index) or last
                    # A single blank line between two values of a list keeps their label.
                    gap = (
                        last is not None
                        and last[0] == index - 2
                        and not doc.lines[index - 1].strip()
                        and last[1] == shape
                    )
                    if last is not None and (gap or last[0] == index - 1) and last[1] == shape:
                        reads = last[3]
                        if reads is None or gap:
                            reads = self._same_context(index, last[2], gap=gap)
                        elif not last[4] and any(c is not None and c[2] for _, _, c in last[2]):
                            reads = None  # a verdict read the label, which is another line's now
                        if reads is not None:
                            memo = self._reuse(index, line_start, last, reads)
                    elif last is not None and last[0] == index - 2 and last[1] == shape:
                        memo = self._past_line(last, index - 1)
                    if memo is not None:
                        skip_to = line_end
                        if first_only and self.has_yes:
                            return
                        if index + 1 < len(doc.lines):
                            memo = self._reuse_alike(memo, first_only)
                        if memo[0] == index:
                            continue
                        if first_only and self.has_yes:
                            return
                        # The runs of the lines judged just now are not looked at.
                        index = memo[0]
                        line_end = doc.starts[index] + len(doc.lines[index]) + 1
                        skip_to = restart = line_end
                        break
                    memo = (index, shape, [], None, False)
                written = run.group()
                entries = None if memo is None else memo[2]
                if not written.isdigit():
                    self._judge_run(written, start, entries, line_start)
                # The common case spelled out: a plain number of 8 or 9 digits.
                elif 8 <= len(written) <= 9:
                    digits = written if len(written) == 9 else "0" + written
                    end = start + len(written)
                    if not _elfproef_nine(digits):
                        if entries is not None:
                            entries.append((start - line_start, end - line_start, None))
                        continue
                    self._judge_piece(start, end, written, digits, entries, line_start)
                if doc is None and self._doc is not None:
                    # The lines were split just now, in the middle of this line: it is not recorded.
                    index = self._doc.line_index(start)
                    line_end = self._doc.starts[index] + len(self._doc.lines[index]) + 1
                if first_only and self.has_yes:
                    return
            position = restart

    def _judge_piece(
        self,
        start: int,
        end: int,
        written: str,
        digits: str,
        entries: list[_Entry] | None,
        line_start: int,
    ) -> None:
        # The number at START:END passes the 11-proef; ENTRIES, when given, records the line
        # starting at LINE_START.
        doc = self.doc
        if entries is None:
            index = bisect_right(doc.starts, start) - 1
            line_start = doc.starts[index]
        else:
            index = bisect_right(doc.starts, start) - 1
        context = _context(doc, index, start - line_start, end - line_start, written)
        if entries is not None:
            entries.append((start - line_start, end - line_start, context))
        verdict = _REJECT if context is None else _verdict(context, written)
        if verdict != _REJECT:
            self._judged.append((start, end, digits, verdict, index))
            if verdict == _YES:
                self.has_yes = True

    def _same_context(
        self, index: int, entries: list[_Entry], *, gap: bool = False
    ) -> tuple[int, ...] | None:
        """Whether line INDEX, shaped as the line above it (the same text but for its digits),
        stands where what was found on that line holds for it too: the same label above, when
        a verdict read it (the line above is a value of the same list), and the same table
        header and cells (the line above is a row of the table, not its header). With GAP a
        blank line stands between them, which ends any table. If so, the lines its verdicts may
        read (its tables' headers, its label); None if not."""
        doc = self.doc
        above = index - 2 if gap else index - 1
        if not doc.is_value(above):
            for entry in entries:
                context = entry[2]
                if context is not None and context[2]:
                    return None
        reads = []
        for delimiter in doc.delimiters(above):
            count = len(doc.cells(above, delimiter)[0])
            if count >= 2:
                if gap:
                    return None
                top = doc.table_top(above, delimiter, count)
                if top is None or top == above:
                    return None
                reads.append(top)
        label = doc.labels_of.get(above, -1)
        if label >= 0:
            reads.append(label)
        return tuple(reads)

    def _reuse(self, index: int, line_start: int, last: _Memo, reads: tuple[int, ...]) -> _Memo:
        """Judge the numbers of line INDEX by what was found on the line above it (LAST), which
        has its shape and context (see _same_context); a number that was not judged there is
        judged here. Returns what was found on this line, for the line below."""
        doc = self.doc
        # What this line's verdicts read is what the line above read: its tables' headers and
        # its label, the same lines.
        for line in reads:
            doc.read(line, index)
        found = []
        text = self.text
        judged = self._judged
        fresh_label = False
        for entry in last[2]:
            relative_start, relative_end, context = entry
            start = line_start + relative_start
            end = line_start + relative_end
            written = text[start:end]
            digits = (written if written.isdigit() else _without_separators(written)).rjust(9, "0")
            if not _elfproef_nine(digits):
                found.append(entry)
                continue
            if context is None:
                context = _context(doc, index, relative_start, relative_end, written)
                found.append((relative_start, relative_end, context))
                if context is None:
                    continue
                fresh_label = fresh_label or context[2]
            else:
                found.append(entry)
            verdict = _verdict(context, written)
            if verdict != _REJECT:
                judged.append((start, end, digits, verdict, index))
                if verdict == _YES:
                    self.has_yes = True
        value = last[4] or (last[3] is None and doc.is_value(last[0]))
        if fresh_label:
            label = doc.labels_of.get(index, -1)
            if label >= 0 and label not in reads:
                reads = (*reads, label)
        return (index, last[1], found, reads, value)

    def _reuse_alike(self, memo: _Memo, first_only: bool) -> _Memo:
        """Judge the lines below MEMO's line that are shaped as it as _reuse would, each by the
        line above it, up to the first line that is shaped otherwise or whose verdicts would not
        hold for the line below (a verdict read the label, and the line is not a value). A
        line of one number may write it otherwise (see _alike), and a single blank line between
        two values shaped alike is passed over as the scan would (see _same_context). Returns
        what was found on the last line judged."""
        doc = self.doc
        lines, starts = doc.lines, doc.starts
        size = len(lines)
        index = memo[0] + 1
        # The lines from FIRST on read what MEMO's line reads; they are recorded at the end.
        first = index
        # Where the last round of the loop started, when it ended past a label (_past_line): a
        # label and its short list repeating are judged in bulk (see _judge_periods).
        started: tuple[int, _Memo] | None = None
        while index < size:
            if started is not None and not first_only:
                below = self._judge_periods(index, memo, started)
                if below > index:
                    memo = _shifted(memo, below - index)
                    index = first = below
                if index >= size:
                    break
            round_start = (index, memo)
            passed = False
            _, shape, entries, reads, value = memo
            assert reads is not None
            last = None
            # A verdict that read the label holds for the line below only when MEMO's line is a
            # value (of the same list); else only a line past a label that reads the same.
            if value or not any(c is not None and c[2] for _, _, c in entries):
                single = self._single(memo)
                if single is not None and single[4] is not None:
                    memo = self._judge_single(index, memo, single, first_only)
                    index = memo[0] + 1
                else:
                    pending, judging = _plan(lines[memo[0]], entries)
                    stop = self._judge_alike(index, shape, pending, judging, first_only)
                    if stop > index:
                        memo = (stop - 1, shape, entries, reads, value)
                        index = stop
                if index >= size or (first_only and self.has_yes):
                    break
                last = self._alike(memo, index)
            if last is not None:
                # A number that failed the 11-proef on the line above passes here, or the scan
                # would judge the line afresh: _reuse judges it (the line may read a label now).
                self._record_reads(reads, first, index)
                memo = self._reuse(index, starts[index], last, reads)
                index += 1
            elif lines[index].strip():
                # A line of text between two lines shaped alike, such as a label repeated
                # above each short list of numbers.
                last = self._past_line(memo, index)
                if last is None:
                    break
                self._record_reads(reads, first, index)
                memo = last
                index += 2
                passed = True
            else:
                shape = memo[1]
                below = index + 1
                if below >= size or _shape(lines[below]) != shape:
                    break
                # One blank line, and a value shaped alike below it: as the scan would, ask
                # whether the blank line ends a table or a label that a verdict read.
                gap_reads = self._same_context(below, memo[2], gap=True)
                if gap_reads is None:
                    break
                self._record_reads(reads, first, index)
                memo = self._reuse(below, starts[below], memo, gap_reads)
                index = below + 1
                if first_only and self.has_yes:
                    return memo
                # The values below, each after one blank line, read what _same_context gives
                # them: nothing, when no label of the line above them was looked up, as none is
                # for a line judged by its digits alone. They are judged in one go.
                entries = memo[2]
                if below + 2 < size and self._same_context(below + 2, entries, gap=True) == ():
                    pending, judging = _plan(lines[below], entries)
                    stop = self._judge_alike(below + 2, shape, pending, judging, first_only, 2)
                    if stop > below + 2:
                        memo = (stop - 2, shape, entries, (), memo[4])
                        index = stop - 1
            first = index
            started = round_start if passed else None
            if first_only and self.has_yes:
                return memo
        self._record_reads(memo[3], first, index)
        return memo

    def _judge_periods(self, index: int, memo: _Memo, started: tuple[int, _Memo]) -> int:
        """Judge in bulk the lines from INDEX on that repeat the round of _reuse_alike's loop
        that went from STARTED (where it started and with what) to INDEX and MEMO past a label
        (_past_line): a short list of values under each of a label repeated, one number of
        nine plain digits per value line. When that round left MEMO as it found STARTED's memo
        but for its lines (each PERIOD lines further down), a round through lines that read
        the same (the label the same text, the values shaped alike, the number under each
        label passing the 11-proef, as that round's did) goes the same way and leaves the same:
        _past_line, _judge_single and the checks between look at no line more than two away
        from the round, and at the digits only through the 11-proef. So the numbers of such
        rounds are judged by the 11-proef alone, with the verdict of the round before, and what
        the rounds leave (the label of each first value, the lines that read each label) is
        recorded as they would. Returns the first line not judged, the start of a round (INDEX
        when none was)."""
        period = index - started[0]
        # The round's later values, one by one in _judge_single (no _judge_nines among them).
        if not 2 <= period <= _BULK_AFTER + 2 or memo[0] != index - 1:
            return index
        if _shifted(started[1], period) != memo or len(memo[2]) != 1:
            return index
        begin, end, context = memo[2][0]
        shape = memo[1]
        doc = self.doc
        lines, starts = doc.lines, doc.starts
        if (
            context is None
            or end - begin != 9
            or len(shape) != len(lines[memo[0]])
            or shape[begin:end] != b"000000000"
            or memo[3] != ((index - 2,) if context[2] else ())
            or self._single(memo) is None
        ):
            return index
        label = lines[index - 2]
        values = period - 1
        # Where in a round (from the line below a label's first value) the label stands.
        labelled = values - 1
        mask = [True] * period
        mask[labelled] = False
        if any(map(ne, _shapes(compress(lines[index - period : index], mask)), repeat(shape))):
            return index
        verdict = _YES if context[0] == _YES_UNLESS_DATE else context[0]
        reads_label = context[2]
        nine_digits = itemgetter(slice(begin, end))
        start = index
        rounds = 4
        while True:
            # The rounds, and the first line of the round after them: _past_line looks at it.
            block = lines[start : start + rounds * period + 1]
            value_lines = list(compress(block, cycle(mask)))
            bad_value = next(
                compress(count(), map(ne, _shapes(value_lines), repeat(shape))), len(value_lines)
            )
            bad_label = next(
                compress(count(), map(ne, block[labelled::period], repeat(label))), len(block)
            )
            offset = bad_value % values
            bad = min(
                len(block),
                bad_value // values * period + (offset if offset < labelled else values),
                bad_label * period + labelled,
            )
            judged = max(0, (bad - 1) // period)
            digits = list(map(nine_digits, value_lines[: judged * values]))
            passing = list(map(_PASSING_TOTALS.__contains__, _elfproef_totals(digits)))
            # A first value under a label that fails the 11-proef leaves another round.
            judged = next(compress(count(), map(not_, passing[labelled::values])), judged)
            labels = range(start + labelled, start + judged * period, period)
            firsts = range(labels.start + 1, labels.stop + 1, period)
            if not doc.labels_of.keys().isdisjoint(firsts) or (
                reads_label and not doc.readers.keys().isdisjoint(labels)
            ):
                judged = 0
            if not judged:
                return start
            del passing[judged * values :]
            stop = start + judged * period
            if verdict != _REJECT and any(passing):
                numbers = list(compress(range(start, stop), cycle(mask)))
                places = list(
                    map(add, compress(map(starts.__getitem__, numbers), passing), repeat(begin))
                )
                self._judged.extend(
                    zip(
                        places,
                        map(add, places, repeat(9)),
                        compress(digits, passing),
                        repeat(verdict),
                        compress(numbers, passing),
                    )
                )
                if verdict == _YES:
                    self.has_yes = True
            if reads_label:
                # As _record_reads and _past_line leave them: each label is read by the lines
                # of its list, the last label so far by its first value.
                readers = doc.readers
                if values > 1:
                    readers.setdefault(start - 2, set()).update(range(start, start + values - 1))
                readers.update(
                    zip(
                        labels,
                        map(set, map(range, firsts, map(add, labels, repeat(period)))),
                        strict=True,
                    )
                )
                readers[labels[-1]] = {labels[-1] + 1}
                doc.labels_of.update(zip(firsts, labels, strict=True))
            start = stop
            if judged < rounds:
                return start
            rounds = min(2 * rounds, 512)

    def _past_line(self, memo: _Memo, index: int) -> _Memo | None:
        """Judge line INDEX + 1 as the scan would afresh, when it is shaped as MEMO's line, the
        line INDEX between them holds no number and is not blank, and what was found on MEMO's
        line holds for it: no verdict read the label above MEMO's line, or line INDEX is the
        label of the line below it and reads as that label does. Returns what was found on
        line INDEX + 1; None when it is not such a line."""
        doc = self.doc
        lines = doc.lines
        below = index + 1
        entries = memo[2]
        if below >= len(lines) or not entries or _shape(lines[below]) != memo[1]:
            return None
        between = lines[index]
        if _HINT.search(between) or not between.strip():
            return None  # its numbers are judged first; a blank line is passed otherwise
        for delimiter in doc.delimiters(memo[0]):
            # A row of a table reads its header; two lines apart they are in no table alike.
            count = len(doc.cells(memo[0], delimiter)[0])
            if count >= 2 and (
                doc.table_top(memo[0], delimiter, count) is not None
                or doc.table_top(below, delimiter, count) is not None
            ):
                return None
        if any(c is not None and c[2] for _, _, c in entries):
            # Outside a table, what MEMO's line reads is its label (see _same_context).
            reads = memo[3]
            if reads is None:
                label = doc.labels_of.get(memo[0], -1)
                reads = (label,) if label >= 0 else ()
            if (
                len(reads) != 1
                or lines[reads[0]] != between
                or doc.is_value(index)
                or _LIST_ITEM.compiled.match(between)
            ):
                return None
        line = lines[below]
        # As _afresh for each number, the label looked up once: line INDEX, as checked above.
        fresh: list[_Entry] = []
        label_read = False
        for begin, end, context in entries:
            written = line[begin:end]
            if (
                context is None
                or not _elfproef_nine(_digits_of(written))
                or (context[1] and _looks_like_ip(written))
            ):
                fresh.append((begin, end, None))
                continue
            label_read = label_read or context[2]
            fresh.append((begin, end, context))
        if label_read and below not in doc.labels_of:
            doc.labels_of[below] = index
            doc.read(index, below)
        found = self._reuse(below, doc.starts[below], (memo[0], memo[1], fresh, (), False), ())
        # What the scan leaves for the line below one it judged afresh (see _same_context).
        label = doc.labels_of.get(below, -1)
        return (below, memo[1], found[2], (label,) if label >= 0 else (), doc.is_value(below))

    def _single(self, memo: _Memo) -> _Single | None:
        """MEMO's number when it is the only run of digits of its line (see _Single)."""
        entries = memo[2]
        if len(entries) != 1:
            return None
        begin, end, context = entries[0]
        above = self.doc.lines[memo[0]]
        # A run of digits of its own, not a piece of one (a number among others listed with
        # spaces): then a line with the same text around another number holds that one run.
        if begin and (
            above[begin - 1] in _ASCII_DIGITS
            or (begin > 1 and above[begin - 1] in "-. " and above[begin - 2] in _ASCII_DIGITS)
        ):
            return None
        if end + 1 < len(above) and above[end] in "-. " and above[end + 1] in _ASCII_DIGITS:
            return None
        return (begin, len(above) - end, _shape(above[:begin]), _shape(above[end:]), context)

    def _alike(self, memo: _Memo, index: int) -> _Memo | None:
        """MEMO as it holds for line INDEX when that line reads as MEMO's line but for its
        digits: shaped alike, or both lines one number with the same text around it, written
        otherwise (123.456.782 below 1234.56.782): what the rules say of a number does not
        depend on where its separators are. None when the line is neither.

        The scan judges the number of a line shaped otherwise afresh, so the entry given for it
        is what that leaves (see _afresh)."""
        line = self.doc.lines[index]
        shape = line.encode("utf-8", "surrogatepass").translate(_ANY_DIGIT_AS_ZERO)
        if shape == memo[1]:
            return memo
        entries = memo[2]
        if len(entries) != 1:
            return None
        # Most lines shaped otherwise have no number where MEMO's line has it.
        begin, end, _ = entries[0]
        stop = len(line) - len(self.doc.lines[memo[0]]) + end
        if not 8 <= stop - begin <= 12 or not _SPELLING.fullmatch(line, begin, stop):
            return None
        single = self._single(memo)
        if single is None:
            return None
        stop = _respelled(line, single)
        if stop < 0:
            return None
        begin = single[0]
        context = self._afresh(index, line[begin:stop], single[4])
        return (memo[0], shape, [(begin, stop, context)], memo[3], memo[4])

    def _afresh(self, index: int, written: str, context: _Context | None) -> _Context | None:
        """What judging WRITTEN on line INDEX afresh leaves as its context, CONTEXT being that
        of the same number on a line that reads the same but for its digits: None when the
        11-proef or the IP-address look rejects it (no context is worked out then), else
        CONTEXT, the label above the line looked up when CONTEXT read it."""
        if context is None or not _elfproef_nine(_digits_of(written)):
            return None
        if context[1] and _looks_like_ip(written):
            return None
        if context[2]:
            self.doc.label_above(index)
        return context

    def _judge_single(self, index: int, memo: _Memo, single: _Single, first_only: bool) -> _Memo:
        """Judge the lines from INDEX on that hold MEMO's one number (SINGLE, with a context)
        with the same text around it, written as on the line above or otherwise (see _alike),
        as _reuse would each by the line above it; returns what was found on the last line
        judged (MEMO when none was)."""
        lines, starts = self.doc.lines, self.doc.starts
        judged = self._judged
        size = len(lines)
        begin, tail, before, after, context = single
        assert context is not None
        # The verdict of 9 plain digits (no IP-address look, no date), and of any number when
        # the digits do not decide, else -1.
        nine = _YES if context[0] == _YES_UNLESS_DATE else context[0]
        fixed = context[0] if not context[1] and context[0] != _YES_UNLESS_DATE else -1
        last, shape = memo[0], memo[1]
        # What the scan would have left on the last line judged: no context (it judged the
        # number afresh and the 11-proef or the IP-address look rejected it), or the label
        # above looked up (it judged the number afresh, and the context reads the label).
        none = fresh = False
        yes = False
        # How many lines in a row were shaped as the one above them; after _BULK_AFTER the
        # lines below are judged in bulk (see _judge_nines).
        alike = 0
        # And how many were written otherwise than the one above (see _judge_respelled).
        otherwise = 0
        while index < size:
            # Judged in bulk only a long list: for a few lines it costs more than it saves.
            if alike >= _BULK_AFTER and not none and not first_only:
                alike = 0
                below = self._judge_nines(index, shape, begin, tail, nine)
                if below > index:
                    last, index, fresh = below - 1, below, False
                    if index >= size:
                        break
            elif otherwise >= _BULK_AFTER and not first_only:
                otherwise = 0
                below, none, fresh, shape = self._judge_respelled(index, shape, single, none, fresh)
                if below - index == _RESPELLED_BLOCK:
                    otherwise = _BULK_AFTER  # a whole block: the next line may start another
                if below > index:
                    last, index = below - 1, below
                    if index >= size:
                        break
            line = lines[index]
            line_shape = line.encode("utf-8", "surrogatepass").translate(_ANY_DIGIT_AS_ZERO)
            stop = len(line) - tail
            respelled = line_shape != shape
            alike = 0 if respelled else alike + 1
            otherwise = otherwise + 1 if respelled else 0
            if respelled:
                if len(line_shape) != len(line):
                    stop = _respelled(line, single)
                    if stop < 0:
                        break
                # _respelled on an ASCII line, whose shape is worked out already: the shape of
                # a piece of it is that piece of its shape.
                elif not (
                    8 <= stop - begin <= 12
                    and line_shape[:begin] == before
                    and line_shape[stop:] == after
                    and _SPELLING.fullmatch(line, begin, stop)
                ):
                    break
            written = line[begin:stop]
            size_written = len(written)
            verdict = _REJECT
            if size_written == 9 and not respelled and not none:
                # The loop of a dense file: _elfproef_nine spelled out, the verdict known.
                fresh = False
                if (
                    nine != _REJECT
                    and _SUMS_FIRST[written[:3]]
                    + _SUMS_MIDDLE[written[3:6]]
                    + _SUMS_LAST[written[6:]]
                    in _PASSING_TOTALS
                ):
                    start = starts[index] + begin
                    judged.append((start, start + 9, written, nine, index))
                    if nine == _YES:
                        yes = True
                last = index
                index += 1
                if yes and first_only:
                    break
                continue
            if size_written == 9:
                digits = written
            elif size_written == 8:
                digits = "0" + written
            else:
                digits = _without_separators(written).rjust(9, "0")
            passes = _elfproef_nine(digits)
            if respelled:
                # The scan judges the number afresh: what it finds is CONTEXT's verdict.
                if not passes or (context[1] and _looks_like_ip(written)):
                    none, fresh = True, False
                else:
                    none, fresh = False, context[2]
                    # _verdict, the IP-address look already asked.
                    verdict = context[0]
                    if verdict == _YES_UNLESS_DATE:
                        verdict = _NO if _is_date(written) else _YES
            elif none:
                if passes:
                    break  # judged afresh by _reuse
            else:
                fresh = False
                if passes:
                    verdict = fixed if fixed >= 0 else _verdict(context, written)
            if verdict != _REJECT:
                start = starts[index] + begin
                judged.append((start, start + size_written, digits, verdict, index))
                if verdict == _YES:
                    yes = True
            last, shape = index, line_shape
            index += 1
            if yes and first_only:
                break
        if yes:
            self.has_yes = True
        if last == memo[0]:
            return memo
        if fresh:
            self.doc.label_above(last)
        end = len(lines[last]) - tail
        return (last, shape, [(begin, end, None if none else context)], memo[3], memo[4])

    def _judge_respelled(
        self, index: int, shape: bytes, single: _Single, none: bool, fresh: bool
    ) -> tuple[int, bool, bool, bytes]:
        """Judge the lines from INDEX on that each hold SINGLE's number with the same text
        around it, written otherwise than on the line above (SHAPE the shape of the line above
        INDEX), in bulk: as _judge_single's loop would one by one, each judged afresh by its
        digits and SINGLE's context. Returns the first line not judged and what the loop keeps
        of the last line judged (NONE, FRESH and SHAPE as given when none was). A block of
        ASCII lines is taken; it ends at the first line that is written as the line above it,
        holds other characters or reads otherwise."""
        lines, starts = self.doc.lines, self.doc.starts
        begin, tail, before, after, context = single
        assert context is not None
        block = lines[index : index + _RESPELLED_BLOCK]
        shapes, ascii_only = _block_shapes(block)
        # The checks of _judge_single's loop for a line written otherwise: an ASCII line, shaped
        # as SINGLE's text around a number spelled as a BSN may be (_SPELLING's shapes).
        checks = map(
            and_,
            map(ne, shapes, [shape, *shapes[:-1]]),
            map(_spelled_lines(before, after).__contains__, shapes),
        )
        if not ascii_only:
            checks = map(and_, checks, map(eq, map(len, shapes), map(len, block)))
        count_ok = next(compress(count(), map(not_, checks)), len(block))
        if not count_ok:
            return index, none, fresh, shape
        written = block[:count_ok]
        if begin or tail:
            stops = map(sub, map(len, written), repeat(tail))
            written = list(map(str.__getitem__, written, map(slice, repeat(begin), stops)))
        flat = "\n".join(written).replace(".", "").replace("-", "").replace(" ", "")
        digits = flat.split("\n")
        nine_each = len(flat) == 10 * count_ok - 1
        if not nine_each:
            digits = list(map(str.rjust, digits, repeat(9), repeat("0")))  # some of eight
        passing = list(map(_PASSING_TOTALS.__contains__, _elfproef_totals(digits)))
        verdict, ip_look, reads_label = context
        if ip_look:
            # The IP-address look in bulk: of the spellings of a BSN only 12.34.56.782 has
            # three dots, and its first three groups of two digits are below 256, so it looks
            # like an IP address when its last three digits are 255 or less.
            for number in compress(count(), map((3).__eq__, map(str.count, written, repeat(".")))):
                if written[number][-3:] <= "255":
                    passing[number] = False
        verdicts: Iterable[int] = repeat(verdict)
        if verdict == _YES_UNLESS_DATE:
            # A BSN unless it is a date, which only eight plain digits can be (none when every
            # number has nine digits).
            verdicts = repeat(_YES)
            if not nine_each:
                dated = [_YES] * count_ok
                for number in compress(count(), map((8).__eq__, map(len, written))):
                    if _is_date(written[number]):
                        dated[number] = _NO
                verdicts = dated
        if verdict != _REJECT:
            places = list(compress(starts[index : index + count_ok], passing))
            if begin:
                places = list(map(add, places, repeat(begin)))
            picked = list(compress(written, passing))
            self._judged.extend(
                zip(
                    places,
                    map(add, places, map(len, picked)),
                    compress(digits, passing),
                    compress(verdicts, passing),
                    compress(range(index, index + count_ok), passing),
                    strict=True,
                )
            )
            if _YES in compress(verdicts, passing):
                self.has_yes = True
        # A line of a value, or of none, whatever the spelling of its number (see _VALUE_LINE:
        # a spelled number is a run of its number's characters).
        if self.doc.is_value(index):
            self.doc.value_blocks[index + count_ok - 1] = index
        judged_last = passing[count_ok - 1]
        return index + count_ok, not judged_last, judged_last and reads_label, shapes[count_ok - 1]

    def _judge_nines(self, index: int, shape: bytes, begin: int, tail: int, verdict: int) -> int:
        """Judge the lines from INDEX on that have SHAPE, whose one number is nine plain digits
        from BEGIN to TAIL characters before the line's end, in bulk: as _judge_single's loop
        would one by one, each number that passes the 11-proef given VERDICT. Returns the
        first line not judged (INDEX when none was, or the number is not nine characters).

        Each step is a loop in C over a block of lines (map, compress, zip): their shapes, the
        nine digits, the 11-proef as three partial sums looked up for three digits each, and
        the records of the numbers that pass. A block grows while the lines keep the shape."""
        lines, starts = self.doc.lines, self.doc.starts
        judged = self._judged
        size = len(lines)
        nine_digits = itemgetter(slice(begin, begin + 9))
        block_size = 64
        value: bool | None = None
        while index < size:
            block = lines[index : index + block_size]
            shapes = _block_shapes(block)[0]
            alike = next(compress(count(), map(ne, shapes, repeat(shape))), len(block))
            # Lines of one shape have one length.
            if alike and len(block[0]) - tail - begin != 9:
                return index
            if alike:
                digits = block[:alike] if alike < len(block) else block
                if begin or tail:
                    digits = list(map(nine_digits, digits))
                totals = map(
                    add,
                    map(
                        add,
                        map(_SUMS_FIRST.__getitem__, map(_FIRST_THREE, digits)),
                        map(_SUMS_MIDDLE.__getitem__, map(_MIDDLE_THREE, digits)),
                    ),
                    map(_SUMS_LAST.__getitem__, map(_LAST_THREE, digits)),
                )
                passing = list(map(_PASSING_TOTALS.__contains__, totals))
                if verdict != _REJECT and any(passing):
                    places = list(
                        map(add, compress(starts[index : index + alike], passing), repeat(begin))
                    )
                    judged.extend(
                        zip(
                            places,
                            map(add, places, repeat(9)),
                            compress(digits, passing),
                            repeat(verdict),
                            compress(range(index, index + alike), passing),
                        )
                    )
                    if verdict == _YES:
                        self.has_yes = True
                # Lines of one shape are all value lines or none (see _Doc.value_blocks).
                if value is None:
                    value = self.doc.is_value(index)
                if value:
                    self.doc.value_blocks[index + alike - 1] = index
                index += alike
            if alike < len(block):
                break
            block_size = min(2 * block_size, 4096)
        return index

    def _judge_alike(
        self,
        index: int,
        shape: bytes,
        pending: list[tuple[int, int, int]],
        judging: list[tuple[int, int, int, _Context, int]],
        first_only: bool,
        step: int = 1,
    ) -> int:
        """Judge the lines from INDEX on that have SHAPE by their digits alone, as long as no
        number in PENDING passes the 11-proef; returns the first line not judged. JUDGING holds
        the numbers of the line with a context that may give a verdict, PENDING those without
        one, each with where it starts and ends in the line and its kind (see _plan). With STEP
        2 every other line is judged, as long as the line before each is blank."""
        lines, starts = self.doc.lines, self.doc.starts
        judged = self._judged
        size = len(lines)
        yes = False
        first = index
        while index < size:
            if step == 2 and lines[index - 1].strip():
                break
            line = lines[index]
            if line.encode("utf-8", "surrogatepass").translate(_ANY_DIGIT_AS_ZERO) != shape:
                break
            if pending and any(
                _elfproef_nine(_nine_digits(line[begin:end], kind)) for begin, end, kind in pending
            ):
                break
            line_start = starts[index]
            for begin, end, kind, context, fixed in judging:
                written = line[begin:end]
                if kind == 9:
                    # _elfproef_nine spelled out once more: this is the loop of a dense file.
                    if (
                        _SUMS_FIRST[written[:3]]
                        + _SUMS_MIDDLE[written[3:6]]
                        + _SUMS_LAST[written[6:]]
                        not in _PASSING_TOTALS
                    ):
                        continue
                    digits = written
                    verdict = fixed
                else:
                    digits = _nine_digits(written, kind)
                    if not _elfproef_nine(digits):
                        continue
                    verdict = fixed if fixed >= 0 else _verdict(context, written)
                    if verdict == _REJECT:
                        continue
                judged.append((line_start + begin, line_start + end, digits, verdict, index))
                if verdict == _YES:
                    yes = True
            index += step
            if yes and first_only:
                break
        if yes:
            self.has_yes = True
        # Lines of one shape are all value lines or none (see _Doc.value_blocks).
        if index > first and self.doc.is_value(first):
            self.doc.value_blocks[index - step] = first
        if step == 1 and index - 1 > first:
            self.doc.alike_blocks[index - 1] = first
        return index

    def _record_reads(self, reads: tuple[int, ...] | None, first: int, end: int) -> None:
        if reads and end > first:
            readers = self.doc.readers
            for line in reads:
                readers.setdefault(line, set()).update(range(first, end))

    @property
    def doc(self) -> _Doc:
        if self._doc is None:
            self._doc = _Doc(self.text)
        return self._doc

    def doc_line(self, offset: int) -> int:
        return self.doc.line_index(offset)

    def _judge_run(
        self,
        written_run: str,
        offset: int,
        entries: list[_Entry] | None = None,
        line_start: int = 0,
    ) -> None:
        # Almost every number in a file is short or a date; skip those before any other work.
        size = len(written_run)
        if size < 8:
            return
        pieces: Iterable[tuple[int, int]]
        if written_run.isdigit():
            if size > 9:
                return
            pieces = ((offset, offset + size),)
        elif _ISO_DATE.fullmatch(written_run):
            return
        elif size > _LONG_LINE and _NINES_LISTED.match(written_run):
            listed = _listed_nines(written_run)
            if listed:
                self._judge_listed(written_run[:listed], offset, entries, line_start)
                return
            pieces = _split_run(written_run, offset)
        else:
            pieces = _split_run(written_run, offset)
        self._judge_pieces(pieces, entries, line_start)

    def _judge_pieces(
        self, pieces: Iterable[tuple[int, int]], entries: list[_Entry] | None, line_start: int
    ) -> None:
        for start, end in pieces:
            written = self.text[start:end]
            digits = (written if written.isdigit() else _without_separators(written)).rjust(9, "0")
            if not _elfproef_nine(digits):
                if entries is not None:
                    entries.append((start - line_start, end - line_start, None))
                continue
            self._judge_piece(start, end, written, digits, entries, line_start)

    def _judge_listed(
        self, written_run: str, offset: int, entries: list[_Entry] | None, line_start: int
    ) -> None:
        """Judge WRITTEN_RUN, a long run of nine-digit numbers listed with single spaces (a line
        of numbers), as _judge_pieces would one by one. A number whose _CONTEXT characters on
        either side lie inside the run has the same text around it as every other such number
        (the run repeats every ten characters), and on a line without table delimiters the
        same cell (none), label and line: one context for all. Only the numbers near the ends of
        the run are judged one by one; the others by the 11-proef in bulk."""
        doc = self.doc
        index = doc.line_index(offset)
        starts = range(offset, offset + len(written_run), 10)
        # The first number whose context starts after the run's first character, and the last
        # whose context ends before its last.
        edge = _CONTEXT // 10 + 1
        if doc.delimiters(index) or len(starts) <= 2 * edge:
            edge = len(starts)
        inner = starts[edge : len(starts) - edge]
        self._judge_pieces(((start, start + 9) for start in starts[:edge]), entries, line_start)
        if inner:
            digits = written_run[10 * edge : 10 * (len(starts) - edge) - 1].split(" ")
            passing = list(map(_PASSING_TOTALS.__contains__, _elfproef_totals(digits)))
            first = next(compress(count(), passing), -1)
            context = None
            verdict = _REJECT
            if first >= 0:
                # As _judge_piece for the first that passes; the others say what it says.
                line_begin = doc.starts[index]
                start = inner[first]
                context = _context(
                    doc, index, start - line_begin, start + 9 - line_begin, digits[first]
                )
                if context is not None:
                    verdict = _verdict(context, digits[first])
            if entries is not None:
                relative = range(inner.start - line_start, inner.stop - line_start, 10)
                contexts = [context if passes else None for passes in passing]
                entries.extend(zip(relative, map(add, relative, repeat(9)), contexts, strict=True))
            if verdict != _REJECT:
                places = list(compress(inner, passing))
                self._judged.extend(
                    zip(
                        places,
                        map(add, places, repeat(9)),
                        compress(digits, passing),
                        repeat(verdict),
                        repeat(index),
                    )
                )
                if verdict == _YES:
                    self.has_yes = True
        tail = starts[len(starts) - edge :] if inner else starts[edge:]
        self._judge_pieces(((start, start + 9) for start in tail), entries, line_start)

    def spans(self) -> list[tuple[int, int, str, int]]:
        # A number that is a BSN in one place is that person's BSN everywhere in the same text,
        # even where the context alone would not have said so (a file name, a klantnummer field).
        judged = self._judged
        if countOf(map(_VERDICT_OF, judged), _YES) == len(judged):
            return list(map(_SPAN_OF, judged))  # a dense text: every number found is a BSN
        known = {digits for _, _, digits, verdict, _ in self._judged if verdict == _YES}
        return [
            (start, end, digits, index)
            for start, end, digits, verdict, index in self._judged
            if verdict == _YES or digits in known
        ]

    def digit_runs(self) -> list[tuple[int, str]]:
        if self._runs is None:
            source = self.text if self._runs_of is None else self._runs_of
            self._runs = [(run.start(), run.group()) for run in _DIGITS.finditer(source)]
        return self._runs

    def keep_runs(self) -> None:
        # The runs of digits of the text as it is now are those that digit_runs gives later.
        if self._runs is None and self._runs_of is None:
            self._runs_of = self.text

    def rescan(self, text: str, dirty: set[int]) -> list[tuple[int, int, str, int]]:
        """The spans of TEXT, the scanned text with the lines DIRTY changed (masked)."""
        self.text = text
        doc = self.doc
        again = set(dirty)
        many = len(dirty) > _MANY_LINES and 8 * len(dirty) > len(doc.lines)
        if many:
            # Masking keeps the line breaks: splitting the text again changes only DIRTY.
            # (str.split when no line ends in \r: the starts are the same.)
            doc.replace_all(text.split("\n") if "\r" not in text else _split_lines(text)[0], dirty)
        else:
            for index in dirty:
                # Masking keeps every line's length.
                start = doc.starts[index]
                doc.replace(index, text[start : start + len(doc.lines[index])])
        if doc.readers:
            for readers in filter(None, map(doc.readers.get, dirty)):
                again.update(readers)
        judged = self._judged
        self._judged = list(
            compress(judged, map(not_, map(again.__contains__, map(_LINE_OF, judged))))
        )
        if len(again) > _MANY_LINES and 8 * len(again) > len(doc.lines):
            # The lines with eight digits in a row, found by one search of the whole text.
            lines = sorted({doc.line_index(hint.start()) for hint in _HINT.finditer(text)} & again)
            if len(lines) > _MANY_LINES and 8 * len(lines) > len(doc.lines):
                # Most lines are judged again: scanning the whole text afresh judges the lines
                # shaped alike in blocks, not each number on its own (a text of lines that each
                # hold a known BSN and other numbers). What it finds is what judging the lines
                # again finds, the others' verdicts being the same.
                fresh = _Scan(text)
                self._doc, self._judged = fresh._doc, fresh._judged
                return self.spans()
        else:
            lines = sorted(again)
        for index in lines:
            line = doc.lines[index]
            if _HINT.search(line):
                offset = doc.starts[index]
                for run in _RUN.finditer(line):
                    self._judge_run(run.group(), offset + run.start())
        self._judged.sort()
        return self.spans()


class _Lazy:
    """A regular expression compiled on first use. The context rules are needed only for a
    number that passes the 11-proef, which most dossiers never have, and compiling them all
    costs more than scanning a small dossier."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled


# -- Candidates -------------------------------------------------------------------------------

# A run of ASCII digits with single separators, not preceded by a letter or digit (an underscore
# is judged later, as in the file name bsn_123456782.pdf). Greedy, so a run is always as long as
# it can be: a longer number is never cut into a BSN-sized piece.
# Written digit first, so that the regex engine skips to the next digit without trying the
# pattern at every character; the lookbehind then looks at the character before that digit.
# The lookahead only lets a run start where at least eight digits and separators follow, so the
# many short numbers of a file (a day, a count, a norm id) cost no step in Python; every run of
# eight or more characters still starts there, since such a run begins with eight of them.
_RUN = re.compile(r"[0-9](?<![^\W_][0-9])(?=[-. 0-9]{7})[0-9]*(?:[-. ][0-9]+)*")
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
_SEPARATORS_AND_COMMA = re.compile(r"[-., ]")
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
    if written.isdigit():
        return 8 <= len(written) <= 9
    separators = set(_SEPARATOR.findall(written))
    if len(separators) > 1:
        return False
    groups = _SEPARATOR.split(written)
    return tuple(len(group) for group in groups) in _SHAPES


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


# -- Context words ----------------------------------------------------------------------------

_BSN_WORDS = r"""
    bsn(?:'?s)?(?:[-\s]?(?:n?ummers?|nrs?\.?))?
  | burger[-\s]?service[-\s]?(?:nummers?|nrs?\.?)
  | sofi[-\s]?(?:nummers?|nrs?\.?)
  | citizen[-\s]service[-\s]numbers?
"""
# Words that name another kind of number. Besides the list in the domain notes: RSIN / fiscaal
# nummer (an organisation's number, 9 digits, same 11-proef), every other compound on -nummer or
# -nr, counts and sizes, and dates.
_OTHER_WORDS = r"""
    kvk\w* | kamer\s+van\s+koophandel | handelsregister\w*
  | agb\w* | uzi\w* | big
  | rsin | anbi | fiscaal\w*
  | iban\w* | bic | swift | (?:bank)?rekening\w* | giro\w* | account\w*
  | factu(?:ur|ren)\w* | invoice\w* | nota
  | telefoon\w* | tel\.? | telnr | mobiel\w* | mob | gsm | fax\w* | phone\w* | whatsapp
  | btw\w* | vat
  | postcode\w* | zip | huisnummer\w* | huisnr | postbus
  | order\w* | artikel\w* | art\.?
  | bedrag\w* | prijs\w* | kosten | totaal\w* | subtotaal | saldo | aantal | som | euro?'?s? | €
  | begroting\w* | budget\w* | subsidie\w* | omzet\w* | lasten | baten | uitgaven | inkomsten
  | salaris\w* | loon | bezoekers | deelnemers
  | [^\W\d_]*datum | date | versie | version
  | isbn | issn | ean | sku | kenmerk\w* | referentie\w* | ref
  | amount | price | total | count | size | timeout | limit | max | min | port | bytes | seed
  | hash | checksum | timestamp | epoch
  | [^\W\d_]{2,}[-_]?(?:nummers?|nrs?\.?) | [^\W\d_]{2,}[-_]id
  | (?:klant|order|dossier|registratie|lid|personeels|referentie|factuur|telefoon|huis
     |rekening|artikel|zaak|polis|cli[eë]nt|relatie|debiteur|crediteur|contract|pas
     |document|paspoort|rijbewijs|id)\s+(?:nummers?|nrs?\.?)
"""
# A word counts only as a whole word: "bsn" in "client_bsn" counts, "tel" in "hotel" does not.
# The BSN words come first, so "burgerservicenummer" is never taken for just another -nummer.
_KEYWORD = _Lazy(
    rf"(?<![^\W\d_])(?:(?P<bsn>{_BSN_WORDS})|(?P<other>{_OTHER_WORDS}))(?![^\W\d_])",
    re.IGNORECASE | re.VERBOSE,
)

_NEUTRAL, _BSN, _OTHER = 0, 1, 2


# Every context word holds a letter or is the euro sign; most texts a number is judged by (other
# numbers, delimiters, spaces) hold neither.
_WORDISH = re.compile(r"[^\W\d_]|€")


def _classify(text: str) -> int:
    return _classify_words(text) if _WORDISH.search(text) else _NEUTRAL


@lru_cache(maxsize=4096)
def _classify_words(text: str) -> int:
    # An explicit BSN word wins over any other word in the same label.
    found = _NEUTRAL
    for match in _KEYWORD.compiled.finditer(text):
        if match.lastgroup == "bsn":
            return _BSN
        found = _OTHER
    return found


# A label ends at an earlier value (a number of 3 or more digits, or one masked already) or at
# the end of a sentence, so in "BSN: 123456782, KvK: 12345672" the KvK number has its own label.
# Values listed one after the other ("BSN's: 123456782, 111222333") share the label in front.
_LABEL_CUT = _Lazy(
    r"(?P<value>[0-9*]+(?:[-., ][0-9*]+)*)|(?<=[a-zà-ÿ]{3})[.!?](?=\s+(?:[A-Z0-9]|$))"
)
_LIST_GLUE = _Lazy(r"[\s,;/&+()\"'`]*(?:(?:en|of|and|or)[\s,;/&+()\"'`]+)?", re.I)
_LABEL_WINDOW = 40
_LABEL_STEPS = 8


def _label_text(text: str) -> str:
    end = len(text)
    for _ in range(_LABEL_STEPS):
        start = max(0, end - _LABEL_WINDOW)
        # Widen the window to a word start, or a long word like burgerservicenummer is cut in two.
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        label = text[start:end]
        cuts = [
            cut
            for cut in _LABEL_CUT.compiled.finditer(label)
            if cut.lastgroup != "value" or len(_SEPARATORS_AND_COMMA.sub("", cut.group())) >= 3
        ]
        if not cuts:
            return label
        last = cuts[-1]
        rest = label[last.end() :]
        if last.lastgroup != "value" or not _LIST_GLUE.compiled.fullmatch(rest):
            return rest
        end = start + last.start()
    return ""


# -- Line context -----------------------------------------------------------------------------

_NEWLINE_PARTS = _Lazy(r"(\r\n|\r|\n)")
_LIST_MARKER = r"(?:[-*+•]|[0-9]{1,3}[.)])[ \t]+"
# What may stand before a number that is the whole value of its line or list item.
_BARE_PREFIX = _Lazy(rf"[ \t]*(?:>[ \t]*)*(?:{_LIST_MARKER})?[\"'`*]*")
# What may stand before a number that is the whole value of a "key: value" or "key = value".
_KEY_PREFIX = _Lazy(
    rf"[ \t]*(?:{_LIST_MARKER}|[{{,][ \t]*)?[*_]{{0,2}}[\"']?"
    r"(?P<key>[^\s\0\"':=*#|][^\0\"':=*#|]{0,39}?)"
    r"[\"']?[*_]{0,2}[ \t]*[:=][*_]{0,2}[ \t]*[\"'`*]*"
)
# What may follow such a value: closing quotes, a comma (JSON) and a comment.
_VALUE_TAIL = _Lazy(r"[\"'`*]*[ \t]*,?[ \t]*(?:#(?P<comment>.*))?")
_LIST_ITEM = _Lazy(rf"[ \t]*{_LIST_MARKER}")
# A line that holds only a number (perhaps masked), as list item or on its own.
_VALUE_LINE = _Lazy(rf"[ \t]*(?:{_LIST_MARKER})?[\"'`*]*[0-9*][0-9*. -]*[\"'`*]*[ \t]*,?[ \t]*")
_AMOUNT_AFTER = _Lazy(r"[ \t]*(?:€|eur(?:o'?s?)?(?![^\W\d_])|,[-=]|%)", re.IGNORECASE)
# In a URL the BSN word must stand right before the number: ?bsn=…, /bsn-…, /bsn_…, /bsn/…
_URL_BSN_PARAMETER = _Lazy(
    r"(?<![^\W\d_])(?:bsn|burgerservicenummer|sofinummer)(?:[=_/:-]|%3[dD])$", re.I
)
_GLUED_BEFORE = _Lazy(r"(?:[/\\@#+$_]|\w-)$")
_GLUED_AFTER = _Lazy(r"[/\\@%_]|[-.]\w")
_TABLE_DELIMITERS = ("\t", ";", "|", ",")
_CONTEXT = 200
# A line longer than this holds many numbers, each of which would shape the text around it.
_LONG_LINE = 8 * _CONTEXT

_REJECT, _NO, _YES = 0, 1, 2


class _Cell(NamedTuple):
    delimiter: str
    whole: bool
    header: int | None  # the kind of the column's header, None when the table has none
    previous: str


# The lines of one text. What is worked out about a line is kept, so that each line is looked at
# a bounded number of times however many numbers it or its neighbours hold. Masking (digits
# becoming "*") never changes a line's cells, whether it is blank, a value line or a list item,
# nor which line is a value's label or a table's header: only the text read from those lines, so
# ``replace`` keeps everything but that.
class _Doc:
    def __init__(self, text: str) -> None:
        self.lines, self.starts = _split_lines(text)
        self._cells: dict[tuple[int, str], tuple[list[tuple[int, int]], list[int]]] = {}
        self._tops: dict[tuple[int, str], int] = {}
        self.rows: dict[tuple[int, str], tuple[list[tuple[int, int]], list[int], int | None]] = {}
        self._values: dict[int, bool] = {}
        self._skips: dict[int, int] = {}
        # Blocks of value lines judged together (their last line and their first), each value
        # perhaps with a single blank line above it: a walk up through one jumps over it whole.
        self.value_blocks: dict[int, int] = {}
        # Blocks of lines shaped alike judged together (their last line and their first): they
        # have the same cells (masking keeps them), so a table's walk up jumps over them whole.
        self.alike_blocks: dict[int, int] = {}
        self._labels: dict[tuple[int, int], int] = {}
        # Kinds read from a line's text, per line, dropped when the line is masked.
        self._kinds: dict[int, dict[object, int]] = {}
        self._delimiters: dict[int, tuple[str, ...]] = {}
        self.labels_of: dict[int, int] = {}
        # Which lines' verdicts read the text of a line (as label or header).
        self.readers: dict[int, set[int]] = {}
        self.local: dict[tuple[bytes, bytes], _Local] = {}
        self._long_shapes: dict[int, bytes | None] = {}

    def long_shape(self, index: int) -> bytes | None:
        """The shape of line INDEX, a long line, when it is ASCII (one byte per character)."""
        shapes = self._long_shapes
        if index in shapes:
            return shapes[index]
        line = self.lines[index]
        shape = shapes[index] = _shape(line) if line.isascii() else None
        return shape

    def line_index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def replace(self, index: int, line: str) -> None:
        self.lines[index] = line
        self._kinds.pop(index, None)
        self._long_shapes.pop(index, None)

    def replace_all(self, lines: list[str], changed: Iterable[int]) -> None:
        # As replace for each of the lines CHANGED, all the others being the same.
        self.lines = lines
        if self._long_shapes:
            self._long_shapes.clear()
        kinds = self._kinds
        if kinds:
            for index in changed:
                kinds.pop(index, None)

    def read(self, index: int, reader: int) -> None:
        readers = self.readers.get(index)
        if readers is None:
            readers = self.readers[index] = set()
        readers.add(reader)

    def delimiters(self, index: int) -> tuple[str, ...]:
        found = self._delimiters.get(index)
        if found is None:
            line = self.lines[index]
            found = self._delimiters[index] = tuple(d for d in _TABLE_DELIMITERS if d in line)
        return found

    def cells(self, index: int, delimiter: str) -> tuple[list[tuple[int, int]], list[int]]:
        key = (index, delimiter)
        found = self._cells.get(key)
        if found is None:
            spans = _split_cells(self.lines[index], delimiter)
            found = self._cells[key] = (spans, [cell_start for cell_start, _ in spans])
        return found

    def _count(self, index: int, delimiter: str) -> int:
        return len(self.cells(index, delimiter)[0]) if delimiter in self.delimiters(index) else 1

    def table_top(self, index: int, delimiter: str, count: int) -> int | None:
        key = (index, delimiter)
        if key in self._tops:
            top = self._tops[key]
            return top if top >= 0 else None
        # A table is a block of two or more adjacent lines with the same number of cells; its
        # first line is the header. Tops are remembered, so a long CSV is walked through once.
        top = index
        while top > 0:
            above = top - 1
            if not self.lines[above].strip() or self._count(above, delimiter) != count:
                break
            # The lines of a block shaped alike have the same cells: the walk jumps over them.
            above = self.alike_blocks.get(above, above)
            cached = self._tops.get((above, delimiter), -1)
            if cached >= 0:
                top = cached
                break
            top = above
        if top == index:
            below = index + 1
            if (
                below >= len(self.lines)
                or not self.lines[below].strip()
                or self._count(below, delimiter) != count
            ):
                top = -1
        self._tops[key] = top
        return top if top >= 0 else None

    def _header_kind(self, top: int, delimiter: str, column: int) -> int:
        kinds = self._kinds.setdefault(top, {})
        key = (delimiter, column)
        kind = kinds.get(key)
        if kind is None:
            header_start, header_end = self.cells(top, delimiter)[0][column]
            header = self.lines[top][header_start : min(header_end, header_start + _CONTEXT)]
            kind = kinds[key] = _classify(header)
        return kind

    # The table cell that starts with the number at START:END of line INDEX, if it is in one.
    def cell(self, index: int, start: int, end: int) -> _Cell | None:
        line = self.lines[index]
        for delimiter in self.delimiters(index):
            row = self.rows.get((index, delimiter))
            if row is None:
                row = self._row(index, delimiter)
            spans, cell_starts, top = row
            if top is None:
                continue  # one cell (the delimiter is inside quotes), or no table
            column = bisect_right(cell_starts, start) - 1
            cell_start, cell_end = spans[column]
            # A quoted cell may hold the delimiter, but never inside a number.
            if end > cell_end or start - cell_start > _CONTEXT:
                continue
            if _strip_value(line[cell_start:start]):
                continue
            header = None if top == index else self._header_kind(top, delimiter, column)
            previous = ""
            if column > 0:
                previous_start, previous_end = spans[column - 1]
                previous = line[max(previous_start, previous_end - _CONTEXT) : previous_end]
            whole = cell_end - end <= _CONTEXT and not _strip_value(line[end:cell_end])
            return _Cell(delimiter, whole, header, previous)
        return None

    # The cells of line INDEX split at DELIMITER, their starts, and the first line of the table
    # the line is in (None when it is in none), worked out once per line.
    def _row(
        self, index: int, delimiter: str
    ) -> tuple[list[tuple[int, int]], list[int], int | None]:
        spans, cell_starts = self.cells(index, delimiter)
        top = self.table_top(index, delimiter, len(spans)) if len(spans) >= 2 else None
        if top is not None and top != index:
            self.read(top, index)
        row = self.rows[(index, delimiter)] = (spans, cell_starts, top)
        return row

    def is_value(self, index: int) -> bool:
        value = self._values.get(index)
        if value is None:
            value = self._values[index] = (
                _VALUE_LINE.compiled.fullmatch(self.lines[index]) is not None
            )
        return value

    # Where the walk up from line INDEX (the line before it was blank when BLANK) leaves the
    # lines every value skips (other value lines, single blank lines): the first line that is
    # neither, or -1 when there is none or two blank lines end the walk. Shared by every value
    # below, so a list of a million values is walked once.
    def _skip_values(self, index: int, blank: bool) -> int:
        # Keyed by 2 * index + blank; -2 stands for "before the first line".
        skips = self._skips
        key = 2 * index + blank
        found = skips.get(key)
        if found is not None:
            return found
        path = []
        lines = self.lines
        while True:
            if index < 0:
                found = -1
                break
            path.append(key)
            if not lines[index].strip():
                if blank:
                    found = -1
                    break
                index, blank = index - 1, True
            elif self.is_value(index):
                index, blank = self.value_blocks.get(index, index) - 1, False
            else:
                found = index
                break
            key = 2 * index + blank
            found = skips.get(key)
            if found is not None:
                break
        for key in path:
            skips[key] = found
        return found

    # The line that labels the value on line INDEX: the first line above it that is not another
    # value of the same list, with at most one blank line in between; -1 when there is none.
    def label_above(self, index: int) -> int:
        above = self.labels_of.get(index)
        if above is None:
            above = self.labels_of[index] = self._find_label_above(index)
        return above

    def _find_label_above(self, index: int) -> int:
        line = self.lines[index]
        indent = _indent(line) if _LIST_ITEM.compiled.match(line) else -1
        path = []
        above = self._skip_values(index - 1, False)
        while above >= 0:
            found = self._labels.get((indent, above))
            if found is not None:
                above = found
                break
            path.append((indent, above))
            line = self.lines[above]
            # An item of the same list (same indent) is skipped too; only an item looks for those.
            if indent < 0 or not _LIST_ITEM.compiled.match(line) or _indent(line) != indent:
                break
            above = self._skip_values(above - 1, False)
        for key in path:
            self._labels[key] = above
        if above >= 0:
            self.read(above, index)
        return above

    def label_kind(self, index: int) -> int:
        """The kind of the label above line INDEX, as :func:`_classify` gives it."""
        above = self.label_above(index)
        if above < 0:
            return _NEUTRAL
        kinds = self._kinds.setdefault(above, {})
        kind = kinds.get("label")
        if kind is None:
            kind = kinds["label"] = _classify(_label_text(self.lines[above][-_CONTEXT:]))
        return kind

    def is_label_line(self, index: int) -> bool:
        """Whether the label above line INDEX announces a BSN on the lines below it."""
        above = self.label_above(index)
        if above < 0:
            return False
        kinds = self._kinds.setdefault(above, {})
        kind = kinds.get("announces")
        if kind is None:
            kind = kinds["announces"] = _is_label_line(self.lines[above][-_CONTEXT:])
        return bool(kind)


def _split_lines(text: str) -> tuple[list[str], list[int]]:
    """TEXT's lines, cut at ``\\r\\n``, ``\\r`` and ``\\n``, and where each starts."""
    if "\r" not in text:
        # Most texts: str.split is four times as fast as the regular expression, and a line
        # starts one character after the end of the line before it.
        lines = text.split("\n")
        starts = list(accumulate(map(add, map(len, lines), repeat(1)), initial=0))
        del starts[-1]
        return lines, starts
    # The text cut into lines and line breaks: a line starts where the lengths of the parts
    # before it add up to (summed in C; a match object per line break cost more).
    parts = _NEWLINE_PARTS.compiled.split(text)
    return parts[::2], [0, *accumulate(map(len, parts))][::2]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _strip_value(text: str) -> str:
    return text.strip(" \t\"'`*")


def _split_cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    # CSV cells may be quoted and then hold the delimiter; Markdown cells are never quoted.
    quoted = delimiter != "|"
    spans = []
    start = 0
    size = len(line)
    while True:
        search_from = start
        if quoted:
            position = start
            while position < size and line[position] == " ":
                position += 1
            if position < size and line[position] == '"':
                position += 1
                while position < size:
                    if line[position] == '"':
                        if line[position + 1 : position + 2] == '"':
                            position += 2
                            continue
                        position += 1
                        break
                    position += 1
                search_from = position
        end = line.find(delimiter, search_from)
        if end < 0:
            spans.append((start, size))
            return spans
        spans.append((start, end))
        start = end + 1


def _is_label_line(line: str) -> bool:
    # Only a short label or one ending in a colon announces the number on the next line; a
    # sentence that mentions the BSN does not.
    stripped = line.strip(" \t#*_>|-")
    return _classify(line) == _BSN and (stripped.endswith(":") or len(stripped.split()) <= 3)


# What the text around a number says before the table and the lines above it are asked: a
# verdict (-1 when they decide), whether it is a decimal or an amount, the kind of its label, how
# a value tail decides (_BY_KEY with the kinds of the key and the comment, _BY_LABEL_ABOVE with
# the comment's kind, _UNDECIDED) and whether only a list marker or quotes stand before it.
_Local = tuple[int, bool, bool, int, int, frozenset[int], int, bool]
_UNDECIDED, _BY_KEY, _BY_LABEL_ABOVE = 0, 1, 2
# The rules read digits only as digits (never which digit), so texts that differ only in their
# digits say the same: one key for all, and a table or list of numbers is read once.
_ANY_DIGIT_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LOCAL_SHAPES = 4096


def _local(before: str, after: str) -> _Local:
    none = frozenset[int]()
    if after[:1].isalnum():
        return (_REJECT, False, False, _NEUTRAL, _UNDECIDED, none, _NEUTRAL, False)
    words = _WORDISH.search(before) is not None
    token = before[max(before.rfind(" "), before.rfind("\t")) + 1 :]
    if "://" in token or token[:8].lower().startswith("www."):
        # A number in a URL is a page or document id, unless the URL says it is a BSN.
        verdict = _YES if _URL_BSN_PARAMETER.compiled.search(before) else _NO
        return (verdict, False, False, _NEUTRAL, _UNDECIDED, none, _NEUTRAL, False)
    if _GLUED_BEFORE.compiled.search(before[-2:]) or _GLUED_AFTER.compiled.match(after):
        # A path, file name, e-mail address, code or +31 number; in a file name such as
        # scans/bsn-123456782.pdf the BSN word still says what it is.
        verdict = _YES if words and _classify(_label_text(before)) == _BSN else _NO
        return (verdict, False, False, _NEUTRAL, _UNDECIDED, none, _NEUTRAL, False)
    decimal = (after[:1] == "," and after[1:2].isdigit()) or (
        before[-1:] == "," and before[-2:-1].isdigit()
    )
    amount = _AMOUNT_AFTER.compiled.match(after) is not None
    label = _classify(_label_text(before)) if words else _NEUTRAL
    bare = _BARE_PREFIX.compiled.fullmatch(before) is not None
    mode, kinds, comment_kind = _UNDECIDED, none, _NEUTRAL
    tail = _VALUE_TAIL.compiled.fullmatch(after)
    if tail is not None:
        comment = tail.group("comment")
        comment_kind = _classify(comment) if comment else _NEUTRAL
        key = _KEY_PREFIX.compiled.fullmatch(before)
        if key is not None and len(key.group("key").split()) <= 5:
            mode, kinds = _BY_KEY, frozenset({_classify(key.group("key")), comment_kind})
        elif bare:
            mode = _BY_LABEL_ABOVE
    return (-1, decimal, amount, label, mode, kinds, comment_kind, bare)


# What the context says of a number, apart from its digits: a verdict, or _YES_UNLESS_DATE (a
# value that is a BSN unless its 8 digits are a date); whether an IP-address look (12.34.56.78x)
# rejects it; and whether the label above its line was read. Lines that differ only in their
# digits, in the same table or list, say the same of the numbers at the same places.
_Context = tuple[int, bool, bool]
# A candidate of a line: where it starts and ends in the line, and its context when judged.
_Entry = tuple[int, int, _Context | None]
# A scanned line: its index, shape and entries; once it was judged by the line above it, the
# lines its verdicts read (else None) and whether it is a value line (a list item, a number).
_Memo = tuple[int, bytes, list[_Entry], tuple[int, ...] | None, bool]
_YES_UNLESS_DATE = 3
# The one number of a line, a run of digits of its own: where it starts, how many characters
# follow it, the shapes of the text before and after it, and its context.
_Single = tuple[int, int, bytes, bytes, _Context | None]


def _plan(
    line: str, entries: list[_Entry]
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int, _Context, int]]]:
    """The candidates of ENTRIES, found on LINE, for judging the lines shaped as LINE (their
    digits at the same places): those without a context, and those with one and the verdict it
    gives whatever the digits, or -1 when the digits decide (an IP-address look, a date). Each
    with its kind: 9 or 8 plain digits, or 0 for digits with separators."""
    pending = []
    judging = []
    for begin, end, context in entries:
        written = line[begin:end]
        kind = len(written) if written.isdigit() and 8 <= len(written) <= 9 else 0
        if context is None:
            pending.append((begin, end, kind))
            continue
        verdict, ip_look, _ = context
        if (kind == 0 and ip_look) or (kind == 8 and verdict == _YES_UNLESS_DATE):
            verdict = -1
        elif verdict == _YES_UNLESS_DATE:
            verdict = _YES  # only 8 plain digits can be a date
        if verdict != _REJECT:
            judging.append((begin, end, kind, context, verdict))
    return pending, judging


def _digits_of(written: str) -> str:
    return (written if written.isdigit() else _without_separators(written)).rjust(9, "0")


def _shifted(memo: _Memo, lines: int) -> _Memo:
    """MEMO as it holds for the line LINES further down (what it reads moved as far)."""
    reads = memo[3]
    moved = None if reads is None else tuple(map(add, reads, repeat(lines)))
    return (memo[0] + lines, memo[1], memo[2], moved, memo[4])


def _block_shapes(block: list[str]) -> tuple[list[bytes], bool]:
    """The shapes of the lines of BLOCK (see _shape), worked out at once (the lines joined:
    no line holds a line break), and whether they are all ASCII."""
    joined = "\n".join(block)
    encoded = joined.encode("utf-8", "surrogatepass")
    return encoded.translate(_ANY_DIGIT_AS_ZERO).split(b"\n"), len(encoded) == len(joined)


def _shapes(lines: Iterable[str]) -> Iterator[bytes]:
    """The shapes of LINES (see _shape), worked out in C."""
    return map(
        bytes.translate,
        map(str.encode, lines, repeat("utf-8"), repeat("surrogatepass")),
        repeat(_ANY_DIGIT_AS_ZERO),
    )


def _respelled(line: str, single: _Single) -> int:
    """Where the number of LINE ends when LINE holds SINGLE's number with the same text around
    it, written in any of the ways of a BSN; -1 when it does not."""
    begin, tail, before, after, _ = single
    stop = len(line) - tail
    if not 8 <= stop - begin <= 12 or not _SPELLING.fullmatch(line, begin, stop):
        return -1
    if _shape(line[:begin]) != before or _shape(line[stop:]) != after:
        return -1
    return stop


def _nine_digits(written: str, kind: int) -> str:
    if kind == 9:
        return written
    if kind == 8:
        return "0" + written
    return _without_separators(written).rjust(9, "0")


def _shape(line: str) -> bytes:
    return line.encode("utf-8", "surrogatepass").translate(_ANY_DIGIT_AS_ZERO)


def _judge(doc: _Doc, index: int, start: int, end: int) -> int:
    written = doc.lines[index][start:end]
    context = _context(doc, index, start, end, written)
    return _REJECT if context is None else _verdict(context, written)


def _verdict(context: _Context, written: str) -> int:
    verdict, ip_look, _ = context
    if ip_look and _looks_like_ip(written):
        return _REJECT
    if verdict == _YES_UNLESS_DATE:
        return _NO if _is_date(written) else _YES
    return verdict


# None when the IP-address look rejects the number before its table or label is read.
def _context(doc: _Doc, index: int, start: int, end: int, written: str) -> _Context | None:
    line = doc.lines[index]
    # Only the text near the number counts. Cutting a long line keeps the work per number small
    # (a file may be one line of a million numbers); the NUL marks the cut, so that the parts
    # cannot pass for the whole start or end of the line.
    low = start - _CONTEXT
    high = end + _CONTEXT
    shape = doc.long_shape(index) if len(line) > _LONG_LINE else None
    if shape is not None:
        # The pieces of the shape of the long ASCII line, worked out once, are the shapes of
        # the pieces of the line.
        key = (
            b"\0" + shape[low:start] if low > 0 else shape[:start],
            shape[end:high] + b"\0" if high < len(line) else shape[end:],
        )
    else:
        key = (
            _shape("\0" + line[low:start] if low > 0 else line[:start]),
            _shape(line[end:high] + "\0" if high < len(line) else line[end:]),
        )
    local = doc.local.get(key)
    if local is None:
        before = "\0" + line[low:start] if low > 0 else line[:start]
        after = line[end:high] + "\0" if high < len(line) else line[end:]
        if len(doc.local) >= _LOCAL_SHAPES:
            doc.local.clear()  # every number in a new shape: keep the memory bounded
        local = doc.local[key] = _local(before, after)
    verdict, decimal, amount, label, mode, kinds, comment_kind, bare = local
    if verdict >= 0:
        return (verdict, False, False)
    ip_look = label != _BSN
    if ip_look and _looks_like_ip(written):
        return None

    cell = doc.cell(index, start, end)
    if decimal and (cell is None or cell.delimiter != "," or not cell.whole):
        # 123456782,50 is an amount; in a comma-separated table it is two cells
        return (_REJECT, ip_look, False)
    if cell is not None and (cell.whole or cell.header == _BSN):
        column = _NEUTRAL if cell.header is None else cell.header
        row = _classify(cell.previous)  # in a two-column table the cell to the left is the key
        if _BSN in (column, row):
            return (_YES, ip_look, False)
        if _OTHER in (column, row) or amount:
            return (_NO, ip_look, False)
        return (_YES_UNLESS_DATE, ip_look, False)

    if label == _BSN:
        return (_YES, ip_look, False)
    if label == _OTHER or amount:
        return (_NO, ip_look, False)

    if mode == _BY_LABEL_ABOVE:
        above = doc.label_kind(index)
        if _BSN in (above, comment_kind):
            return (_YES, ip_look, True)
        return (_NO if _OTHER in (above, comment_kind) else _YES_UNLESS_DATE, ip_look, True)
    if mode == _BY_KEY:
        if _BSN in kinds:
            return (_YES, ip_look, False)
        return (_NO if _OTHER in kinds else _YES_UNLESS_DATE, ip_look, False)

    # A number at the start of a line with more text after it, under a label line "BSN:".
    if bare:
        return (_YES if doc.is_label_line(index) else _NO, ip_look, True)
    return (_NO, ip_look, False)
