"""Rows of a table judged together: the rows below a row the scan judged, under the same header,
whose cells are of a few plain kinds, judged column by column as the scan would judge each
number in them one by one.

A client list exported from a registration system (name, first name, BSN, date of birth, place)
has no two lines shaped alike, so the scan's reuse of a line's verdicts for the next line never
applies, and each number on its own costs the context rules of a whole cell (see
context._whole_cell). Here the rules are worked out for a column at once: loops in C over the
cells, and in Python only the words of the cell before each number."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import compress, count, repeat
from operator import add, and_, contains, eq, itemgetter, le, mul, not_, sub

from swlabel.doors.bsn.context import _AMOUNT_AFTER, _NO, _YES, _YES_UNLESS_DATE, _cell_verdict
from swlabel.doors.bsn.document import (
    _CONTEXT,
    _LONG_LINE,
    _TABLE_DELIMITERS,
    _block_shapes,
    _Doc,
    _split_cells,
)
from swlabel.doors.bsn.spelling import (
    _PASSING_TOTALS,
    _RUN,
    _elfproef_totals,
    _is_date,
)
from swlabel.doors.bsn.words import _BSN, _NEUTRAL, _OTHER, _classify

# Rows are taken in chunks: a long table costs memory for one chunk's cells at a time, and a
# row that does not fit ends the block after little work.
_CHUNK = 2048
_FIRST_CHUNK = 16
# Four lines shaped alike: three lines each shaped as the one before it.
_ALIKE_RUN = b"\x01" * 3
# A cell of digits, stars or nothing, perhaps in double quotes (a CSV export that quotes every
# cell), with at most 64 spaces on either side (a Markdown table pads its cells): what follows
# a number there lies well inside the _CONTEXT characters the rules read.
_DIGIT_CELL = r' {0,64}(?:[0-9]*|\*+|"(?:[0-9]*|\*+)") {0,64}'
_DIGIT_CELLS = re.compile(rf"{_DIGIT_CELL}(?:\n{_DIGIT_CELL})*")
# An ISO date (a date of birth) or nothing, perhaps in double quotes, with spaces beside it:
# such a run is never a candidate, so what stands around it does not matter (any spaces).
_DATE_CELL = r' *(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|"[0-9]{4}-[0-9]{2}-[0-9]{2}")? *'
_DATE_CELLS = re.compile(rf"{_DATE_CELL}(?:\n{_DATE_CELL})*")
_ONE_DATE_CELL = re.compile(_DATE_CELL)
# The kinds of a column: text without a run, cells of digits, ISO dates, or cells of every kind
# (a number among 'n.v.t.' cells, a phone number 06-12345678), of which those that are not
# digits or a date are judged run by run by the scan.
_TEXT, _DIGITS, _DATES, _MIXED = 0, 1, 2, 3
_ONE_DIGIT_CELL = re.compile(_DIGIT_CELL)
_NINE_OR_EIGHT = frozenset((8, 9))
_LAST_CHARACTERS = itemgetter(slice(-_CONTEXT, None))
_FIRST_CHARACTER = itemgetter(slice(0, 1))
_AMOUNT_SIGNS = frozenset(("-", "="))
_START = itemgetter(0)
_VERDICT = itemgetter(3)

# What the rule for a cell (context._cell_verdict) says of a number by its column's header, at
# 2 * the kind of the words of the cell before it + whether an amount follows.
_KINDS = (_NEUTRAL, _BSN, _OTHER)
_VERDICTS_BY = {
    header: [_cell_verdict(header, words, amount) for words in _KINDS for amount in (False, True)]
    for header in _KINDS
}
# The verdict that gives nine digits (never a date), by the verdict of the context.
_OF_NINE_DIGITS = {_NO: _NO, _YES: _YES, _YES_UNLESS_DATE: _YES}

# A judged number as the scan records it: start and end in the text, its nine digits, its
# verdict and its line.
Judged = tuple[int, int, str, int, int]


def judge_rows(
    doc: _Doc,
    first: int,
    top: int,
    delimiter: str,
    cells: int,
    judge_run: Callable[[str, int], None],
    *,
    first_only: bool = False,
) -> tuple[int, list[Judged]]:
    """Judge the rows from line FIRST on that belong to the table at DELIMITER whose header is
    line TOP (each of CELLS cells), as the scan judges the numbers in them, for as long as
    each row has the header's number of cells at DELIMITER (none of them a quoted cell that
    holds it), no other delimiter and, when TOP holds a link, no link; and only up to the row
    before a run of four rows shaped alike. Its cells are judged by their kind:

    - text without a run of digits the scan would look at: nothing to judge;
    - plain digits (a number of 8 or 9 is a candidate, others are not), stars or nothing;
    - an ISO date (never a candidate), or nothing;

    with spaces beside them; the runs of any other cell (a phone number, a number with words
    beside it) go one by one to JUDGE_RUN, the scan's own judge of a run, with where they
    start in the text. Returns the line after the last row judged (FIRST when none was) and
    the numbers judged, in the order of the text (but for those of JUDGE_RUN). With FIRST_ONLY
    the rows end with the chunk that holds a BSN.

    What the rules say of such a number (see context._whole_cell): nothing is glued to it, and
    a link in a cell before it is another cell (the table's first line holds none), so its
    header, the words of the cell before it and an amount after it (',-' in a ',' table)
    decide, and for eight digits whether they are a date. The label before it decides only
    the IP-address look, which plain digits never have."""
    lines = doc.lines
    others = [other for other in _TABLE_DELIMITERS if other != delimiter]
    link_header = doc.has_link(top)
    judged: list[Judged] = []
    row = first
    # The rows asked for at a time: few first, so that a block that ends soon costs little
    # (rows shaped alike in pairs), twice as many each time the rows asked for all fit.
    wanted = _FIRST_CHUNK // 2
    while row < len(lines):
        wanted = min(2 * wanted, _CHUNK)
        chunk = lines[row : row + wanted]
        fits = _rows_that_fit(chunk, delimiter, cells, others, link_header)
        # The rows judged now: those up to the first that does not fit, ...
        size = next(compress(count(), map(not_, fits)), len(chunk))
        # ... and up to the row before a run of rows shaped alike (the line above these rows
        # counts): the scan judges the first of them and reuses its verdicts for the others,
        # at less cost (a table of numbers with a few masked cells).
        shapes = _block_shapes(lines[row - 1 : row + size + 1])[0]
        alike = bytes(map(eq, shapes, shapes[1:])).find(_ALIKE_RUN)
        if alike >= 0:
            size = min(size, max(alike - 1, 0))
        if size == 0:
            break
        chunk = chunk[:size]
        kinds = _column_kinds(chunk, delimiter)
        found = _judge_chunk(doc, row, top, delimiter, chunk, kinds, judge_run)
        judged.extend(found)
        row += size
        if size < wanted or (first_only and _YES in map(_VERDICT, found)):
            break
    if row > first:
        # Later rows of the table find its header here, without walking up through these.
        doc.remember_top(row - 1, delimiter, top)
        doc.readers.setdefault(top, set()).update(range(first, row))
    return row, judged


def _rows_that_fit(
    chunk: list[str], delimiter: str, cells: int, others: list[str], link_header: bool
) -> list[bool]:
    """Whether each line of CHUNK is a row of CELLS cells at DELIMITER alone, short enough to be
    judged as one and not blank. A row with a double quote fits only when no quoted cell holds
    the delimiter (the scan's cells, _split_cells, are then those of str.split). With
    LINK_HEADER (the table's first line holds a link) a row with a link does not fit: a number
    after it may be the link's (see context._context)."""
    fits = list(map(eq, map(str.count, chunk, repeat(delimiter)), repeat(cells - 1)))
    fits = list(map(and_, fits, map(le, map(len, chunk), repeat(_LONG_LINE))))
    for other in others:
        fits = list(map(and_, fits, map(not_, map(contains, chunk, repeat(other)))))
    if delimiter == "\t":
        fits = list(map(and_, fits, map(not_, map(str.isspace, chunk))))
    if link_header:
        fits = list(map(and_, fits, map(_without_link, chunk)))
    if delimiter != "|":  # a Markdown table's cells are never quoted
        for index in compress(count(), map(contains, chunk, repeat('"'))):
            if fits[index] and len(_split_cells(chunk[index], delimiter)) != cells:
                fits[index] = False
    return fits


def _without_link(line: str) -> bool:
    return "://" not in line and "www." not in line.lower()


def _column_kinds(chunk: list[str], delimiter: str) -> list[int]:
    """The kind of each column of CHUNK's rows (see _TEXT)."""
    kinds = []
    for column in zip(*map(str.split, chunk, repeat(delimiter)), strict=True):
        joined = "\n".join(column)
        if _RUN.search(joined) is None:
            kinds.append(_TEXT)
        elif _DIGIT_CELLS.fullmatch(joined):
            kinds.append(_DIGITS)
        elif _DATE_CELLS.fullmatch(joined):
            kinds.append(_DATES)
        else:
            kinds.append(_MIXED)
    return kinds


def _judge_chunk(
    doc: _Doc,
    first: int,
    top: int,
    delimiter: str,
    chunk: list[str],
    kinds: list[int],
    judge_run: Callable[[str, int], None],
) -> list[Judged]:
    """The numbers of CHUNK's rows (lines FIRST on), their columns of KINDS, as judged; the
    runs of other cells go to JUDGE_RUN."""
    rows = list(map(str.split, chunk, repeat(delimiter)))
    columns = list(zip(*rows, strict=True))
    starts = doc.starts[first : first + len(chunk)]
    # Where each cell starts in its line: the cells before it and their delimiters.
    offsets = [0] * len(chunk)
    found: list[Judged] = []
    for column, kind in enumerate(kinds):
        cells = columns[column]
        if kind in (_DIGITS, _MIXED):
            # A number is a cell of 8 or 9 ASCII digits, perhaps in double quotes, with spaces
            # beside them (in a column of _DIGITS every cell is such a cell).
            stripped = list(map(str.strip, cells, repeat(' "')))
            numbers = list(
                compress(
                    count(),
                    map(
                        and_,
                        map(_NINE_OR_EIGHT.__contains__, map(len, stripped)),
                        map(str.isdigit, stripped),
                    ),
                )
            )
            if kind == _MIXED:
                # Only cells of digits (ASCII, spaces beside them) are whole cells here.
                plain = map(_ONE_DIGIT_CELL.fullmatch, map(cells.__getitem__, numbers))
                numbers = list(compress(numbers, plain))
                _judge_other_cells(doc, first, delimiter, top, cells, offsets, starts, judge_run)
            if numbers:
                found.extend(
                    _judge_column(
                        doc, first, top, delimiter, column, columns, kinds, numbers, stripped,
                        offsets, starts, chunk,
                    )
                )  # fmt: skip
        offsets = list(map(add, offsets, map(len, cells)))
        offsets = list(map(add, offsets, repeat(1)))
    if sum(kind in (_DIGITS, _MIXED) for kind in kinds) > 1:
        found.sort(key=_START)  # in the order of the text (ints compare faster than tuples)
    return found


def _judge_other_cells(
    doc: _Doc,
    first: int,
    delimiter: str,
    top: int,
    cells: tuple[str, ...],
    offsets: list[int],
    starts: list[int],
    judge_run: Callable[[str, int], None],
) -> None:
    """Give JUDGE_RUN the runs of the CELLS of a column of every kind that are neither digits
    nor a date (a phone number, a number with words beside it), with where they start."""
    for index in compress(count(), map(_RUN.search, cells)):
        cell = cells[index]
        if _ONE_DIGIT_CELL.fullmatch(cell) or _ONE_DATE_CELL.fullmatch(cell):
            continue
        # The rules read the row as a row of this table: its header is known already, so that
        # no walk up the rows above looks for it.
        doc.remember_top(first + index, delimiter, top)
        cell_start = starts[index] + offsets[index]
        for run in _RUN.finditer(cell):
            judge_run(run.group(), cell_start + run.start())


def _judge_column(
    doc: _Doc,
    first: int,
    top: int,
    delimiter: str,
    column: int,
    columns: list[tuple[str, ...]],
    kinds: list[int],
    numbers: list[int],
    stripped: list[str],
    offsets: list[int],
    starts: list[int],
    chunk: list[str],
) -> list[Judged]:
    """The numbers of COLUMN in the rows NUMBERS (indexes into the chunk), as judged."""
    cells = columns[column]
    written = list(map(stripped.__getitem__, numbers))
    nines = list(map(str.rjust, written, repeat(9), repeat("0")))
    passing = list(map(_PASSING_TOTALS.__contains__, _elfproef_totals(nines)))
    numbers = list(compress(numbers, passing))
    if not numbers:
        return []
    written = list(compress(written, passing))
    nines = list(compress(nines, passing))
    # Where each number starts and ends in the text: its line, its cell, the spaces before it.
    picked = list(map(cells.__getitem__, numbers))
    lead = list(map(sub, map(len, picked), map(len, map(str.lstrip, picked, repeat(' "')))))
    cell_starts = map(add, map(starts.__getitem__, numbers), map(offsets.__getitem__, numbers))
    begins = list(map(add, cell_starts, lead))
    ends = list(map(add, begins, map(len, written)))
    header = doc.header_kind(top, delimiter, column)
    if header == _BSN:
        verdicts = [_YES] * len(numbers)
    else:
        # The words of the cell before the number (in a two-column table, its key), and an
        # amount after it.
        if column and kinds[column - 1] in (_TEXT, _MIXED):
            previous = map(columns[column - 1].__getitem__, numbers)
            words = list(map(_classify, map(_LAST_CHARACTERS, previous)))
        else:
            # No cell before it, or one of digits, stars or a date: no words.
            words = [0] * len(numbers)
        amounts = _amounts(delimiter, column, columns, numbers, chunk, ends, starts)
        verdicts_by = _VERDICTS_BY[header]
        contexts = list(map(verdicts_by.__getitem__, map(add, map(mul, words, repeat(2)), amounts)))
        verdicts = list(map(_OF_NINE_DIGITS.__getitem__, contexts))
        # Eight digits that the context leaves a BSN unless they are a date.
        for place in compress(count(), map(eq, map(len, written), repeat(8))):
            if contexts[place] == _YES_UNLESS_DATE:
                verdicts[place] = _NO if _is_date(written[place]) else _YES
    lines = map(add, numbers, repeat(first))
    return list(zip(begins, ends, nines, verdicts, lines, strict=True))


def _amounts(
    delimiter: str,
    column: int,
    columns: list[tuple[str, ...]],
    numbers: list[int],
    chunk: list[str],
    ends: list[int],
    starts: list[int],
) -> list[bool]:
    """Whether an amount follows each number (123456782,- or 123456782<TAB>EUR), as
    _AMOUNT_AFTER finds it in the text after it."""
    if delimiter == "," and column + 1 < len(columns):
        # After a quoted number the quote stands between it and the ',-'.
        following = map(columns[column + 1].__getitem__, numbers)
        signs = map(_AMOUNT_SIGNS.__contains__, map(_FIRST_CHARACTER, following))
        quoted = map(
            str.endswith, map(str.rstrip, map(columns[column].__getitem__, numbers)), repeat('"')
        )
        return list(map(and_, signs, map(not_, quoted)))
    if delimiter != "\t":
        return [False] * len(numbers)  # only spaces and ';' or '|' follow the digits
    # Spaces and tabs are passed over, empty cells too: the text after each number as the
    # rules read it.
    amounts = []
    match = _AMOUNT_AFTER.compiled.match
    for number, end in zip(numbers, ends, strict=True):
        line = chunk[number]
        relative = end - starts[number]
        high = relative + _CONTEXT
        after = line[relative:high] + "\0" if high < len(line) else line[relative:]
        amounts.append(match(after) is not None)
    return amounts
