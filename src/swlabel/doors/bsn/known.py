"""Where the numbers already known as BSNs (the ``known`` of :func:`~swlabel.doors.bsn.mask_bsns`)
occur in a text, whatever their context."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add, itemgetter, mod

from swlabel.doors.bsn.spelling import _LONG_RUN_PARTS


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


_FEW_CORES = 32
