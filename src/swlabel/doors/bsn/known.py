"""Where the numbers already known as BSNs (the ``known`` of :func:`~swlabel.doors.bsn.mask_bsns`)
occur in a text, whatever their context, and the text with their digits masked.

Every step works on all the runs of digits of a text at once, in loops that run in C (``map``,
``compress``, set lookups): a text may be a million numbers, each of which holds a known
number's digits, and a step taken in Python for each of them would cost more than the whole
scan of the text.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import itemgetter, not_

from swlabel.doors.bsn.spelling import _DIGITS_AS_STARS, _LONG_RUN_PARTS

# A hit: the number of a run of digits (with single separators) in a text, and the offset and
# size of a known number's digits in that run's digits.
_Hit = tuple[int, int, int]


def _known_cores(known: Collection[str]) -> frozenset[str]:
    """The digits of KNOWN as they may be written: nine digits, and eight without a leading 0.
    The one mask of the outputs asks with the same frozenset for every text it masks, so the
    answer for a frozenset is kept (a repository may hold a million BSNs)."""
    return _cores_of(known if isinstance(known, frozenset) else frozenset(known))


@lru_cache(maxsize=8)
def _cores_of(known: frozenset[str]) -> frozenset[str]:
    cores = set()
    for number in known:
        digits = number.rjust(9, "0")
        if len(digits) == 9 and digits.isascii() and digits.isdigit():
            cores.add(digits)
            if digits[0] == "0":
                cores.add(digits[1:])  # written as 8 digits, without the leading 0
    return frozenset(cores)


class _Runs:
    """A text cut into its runs of digits with single separators (``-``, ``.``, space) that are
    eight characters or longer, and what stands between them: ``parts[2 * n + 1]`` is run N
    as written, ``digits[n]`` its digits alone."""

    def __init__(self, text: str) -> None:
        self.parts = _LONG_RUN_PARTS.split(text)  # masked in place by masked()
        self.runs = runs = self.parts[1::2]
        # The separators taken out of all runs at once.
        self.digits = "\n".join(runs).replace(".", "").replace("-", "").replace(" ", "").split("\n")
        if not runs:
            self.digits = []

    def hits(self, cores: frozenset[str]) -> list[_Hit]:
        """Every place where one of CORES (eight or nine digits each) occurs in the digits of a
        run, however the run is cut up or glued; a place may be given twice."""
        digits = self.digits
        if not digits:
            return []
        # A run of up to nine digits holds a core only as the whole run, or, with nine digits,
        # an eight-digit core as one of its two windows of eight.
        hits: list[_Hit] = [
            (number, 0, len(digits[number]))
            for number in compress(count(), map(cores.__contains__, digits))
        ]
        eights = _eight_digit_cores(cores)
        if eights:
            holders = list(compress(count(), map(_nine_digit_holders(eights).__contains__, digits)))
            for offset in (0, 1):
                window = itemgetter(slice(offset, offset + 8))
                inside = map(eights.__contains__, map(window, map(digits.__getitem__, holders)))
                hits.extend(zip(compress(holders, inside), repeat(offset), repeat(8)))
        # Longer runs are cut into pieces of _PIECE digits that overlap by eight, so that every
        # window of eight or nine digits lies whole in one piece, and the pieces are compared
        # at once: a core that starts at offset o of a piece holds the seven digits at the
        # first even offset from o on, its first or its second seven. The sevens at every other
        # digit of all pieces are compared with those of the cores, and the pieces that hold one
        # have their windows of eight and nine at o and o - 1 compared with the cores.
        lengths = list(map(len, digits))
        longer = list(compress(count(), map((9).__lt__, lengths)))
        if not longer:
            return hits
        # Most longer runs are a piece of their own, picked at once.
        pieces = list(map(digits.__getitem__, longer))
        if max(map(lengths.__getitem__, longer)) <= _PIECE:
            owners, bases = longer, [0] * len(longer)
        else:
            fits = list(map(_PIECE.__ge__, map(len, pieces)))
            owners = list(compress(longer, fits))
            pieces = list(compress(pieces, fits))
            bases = [0] * len(owners)
            for number in compress(longer, map(not_, fits)):
                run = digits[number]
                starts = range(0, len(run) - 7, _PIECE - 8)
                pieces.extend(run[start : start + _PIECE] for start in starts)
                owners.extend(repeat(number, len(starts)))
                bases.extend(starts)
        sevens = _seven_digit_grams(cores)
        # Each size compared with the cores of that size alone: a window cut short by the end
        # of its piece is never taken for a core of another size.
        by_size = [(8, eights), (9, _nine_digit_cores(cores))]
        widest = max(map(len, pieces))
        numbered = range(len(pieces))
        for offset in range(0, widest - 6, 2):
            seven = itemgetter(slice(offset, offset + 7))
            found = list(compress(numbered, map(sevens.__contains__, map(seven, pieces))))
            if not found:
                continue
            held = list(map(pieces.__getitem__, found))
            for start in (offset - 1, offset) if offset else (0,):
                for size, sized in by_size:
                    if not sized:
                        continue
                    window = itemgetter(slice(start, start + size))
                    for piece in compress(found, map(sized.__contains__, map(window, held))):
                        hits.append((owners[piece], bases[piece] + start, size))
        return hits

    def masked(self, hits: list[_Hit]) -> str:
        """The text with the digits at HITS masked; separators and length are kept."""
        parts = self.parts
        if len(set(map(itemgetter(0), hits))) == len(hits):
            # One hit in each run (a text of numbers, each known): each run masked by slicing.
            runs, digits = self.runs, self.digits
            for number, offset, size in hits:
                written = runs[number]
                if len(written) == len(digits[number]):
                    parts[2 * number + 1] = (
                        written[:offset] + _STARS[size] + written[offset + size :]
                    )
                else:
                    parts[2 * number + 1] = self._masked_run(number, ((offset, offset + size),))
            return "".join(parts)
        # A run with many hits (a line of known numbers glued together) is written once.
        spans: dict[int, list[tuple[int, int]]] = {}
        for number, offset, size in sorted(hits):
            spans.setdefault(number, []).append((offset, offset + size))
        for number, windows in spans.items():
            parts[2 * number + 1] = self._masked_run(number, _merged(windows))
        return "".join(parts)

    def _masked_run(self, number: int, spans: Iterable[tuple[int, int]]) -> str:
        """Run NUMBER as written, with its digits in SPANS (offsets in its digits, in order,
        apart) masked."""
        written = self.runs[number]
        if len(written) != len(self.digits[number]):
            places = _digit_places(written)
            spans = [(places[first], places[end - 1] + 1) for first, end in spans]
        pieces = []
        previous = 0
        for first, end in spans:
            pieces.append(written[previous:first])
            pieces.append(written[first:end].translate(_DIGITS_AS_STARS))
            previous = end
        pieces.append(written[previous:])
        return "".join(pieces)

    def positions(self, hits: list[_Hit]) -> set[int]:
        """The places in the text of the digits at HITS."""
        starts = list(accumulate(map(len, self.parts), initial=0))
        places: set[int] = set()
        for number, offset, size in hits:
            start = starts[2 * number + 1]
            digit_places = _digit_places(self.runs[number])
            places.update(start + place for place in digit_places[offset : offset + size])
        return places


def _mask_known(text: str, cores: frozenset[str]) -> str:
    """TEXT with the digits of every occurrence of one of CORES masked, in any run of digits
    with single separators, however it is cut up or glued."""
    runs = _Runs(text)
    hits = runs.hits(cores)
    return runs.masked(hits) if hits else text


def _holds_known(text: str, cores: frozenset[str]) -> bool:
    return bool(_Runs(text).hits(cores))


def _known_positions(text: str, cores: frozenset[str]) -> Iterator[int]:
    """The positions of the digits of every occurrence of one of CORES in TEXT (for tests and
    for a look at what :func:`_mask_known` masks)."""
    runs = _Runs(text)
    yield from sorted(runs.positions(runs.hits(cores)))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """SPANS, in order, with those that overlap or touch joined."""
    joined = [spans[0]]
    for first, end in spans[1:]:
        last_first, last_end = joined[-1]
        if first <= last_end:
            joined[-1] = (last_first, max(end, last_end))
        else:
            joined.append((first, end))
    return joined


def _digit_places(written: str) -> tuple[int, ...]:
    """The offsets of the digits in WRITTEN, a run with separators."""
    if len(written) > 64:
        return tuple(place for place, char in enumerate(written) if char.isdigit())
    # The runs of a text are mostly written alike (123.456.782): kept by their shape.
    return _places_of_shape(written.translate(_DIGITS_AS_ZERO))


@lru_cache(maxsize=256)
def _places_of_shape(shape: str) -> tuple[int, ...]:
    return tuple(place for place, char in enumerate(shape) if char == "0")


_DIGITS_AS_ZERO = str.maketrans("0123456789", "0" * 10)


_STARS = {8: "*" * 8, 9: "*" * 9}
# Longer runs are compared in pieces of this many digits (see _Runs.hits).
_PIECE = 40


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
def _nine_digit_cores(cores: frozenset[str]) -> frozenset[str]:
    return frozenset(core for core in cores if len(core) == 9)


@lru_cache(maxsize=8)
def _eight_digit_cores(cores: frozenset[str]) -> frozenset[str]:
    return frozenset(core for core in cores if len(core) == 8)


_FEW_CORES = 32
