"""A text as the BSN scan sees it: its lines, table cells, labels and the shapes of its lines,
each worked out once and kept for the next number."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple

from swlabel.doors.bsn.words import _BSN, _NEUTRAL, _classify, _label_text, _Lazy

# -- Line context -----------------------------------------------------------------------------

_NEWLINE_PARTS = _Lazy(r"(\r\n|\r|\n)")
_LIST_MARKER = r"(?:[-*+•]|[0-9]{1,3}[.)])[ \t]+"
_LIST_ITEM = _Lazy(rf"[ \t]*{_LIST_MARKER}")
# A line that holds only a number (perhaps masked), as list item or on its own.
_VALUE_LINE = _Lazy(rf"[ \t]*(?:{_LIST_MARKER})?[\"'`*]*[0-9*][0-9*. -]*[\"'`*]*[ \t]*,?[ \t]*")
_TABLE_DELIMITERS = ("\t", ";", "|", ",")
_CONTEXT = 200
# A line longer than this holds many numbers, each of which would shape the text around it.
_LONG_LINE = 8 * _CONTEXT


# A line as a row of a table: its cells (start, end), their starts, and the table's first line
# (None when the line is in no table).
_Row = tuple[list[tuple[int, int]], list[int], int | None]


class _Cell(NamedTuple):
    delimiter: str
    whole: bool
    header: int | None  # the kind of the column's header, None when the table has none
    previous: str
    link_header: bool  # whether the table's first line holds a link (see _Doc.has_link)


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
        self.rows: dict[tuple[int, str], _Row] = {}
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
        self._links: dict[int, bool] = {}

    def has_link(self, index: int) -> bool:
        """Whether line INDEX holds a link (``://`` or ``www.``). A table whose first line does
        is not taken for a table around a link: its numbers after a link are the link's (a
        list of links with ids after a comma), see context._context. Masking (digits become
        stars) never makes or breaks a link, so the answer is kept."""
        found = self._links.get(index)
        if found is None:
            line = self.lines[index]
            found = self._links[index] = "://" in line or "www." in line.lower()
        return found

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

    def remember_top(self, index: int, delimiter: str, top: int) -> None:
        """Line INDEX, a row judged with the rows above it (see rows.judge_rows), is in the
        table at DELIMITER whose first line is TOP: the walk up from a row below stops here."""
        self._tops[(index, delimiter)] = top

    def header_kind(self, top: int, delimiter: str, column: int) -> int:
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
            header = None if top == index else self.header_kind(top, delimiter, column)
            previous = ""
            if column > 0:
                previous_start, previous_end = spans[column - 1]
                previous = line[max(previous_start, previous_end - _CONTEXT) : previous_end]
            whole = cell_end - end <= _CONTEXT and not _strip_value(line[end:cell_end])
            return _Cell(delimiter, whole, header, previous, self.has_link(top))
        return None

    def row(
        self, index: int, delimiter: str
    ) -> tuple[list[tuple[int, int]], list[int], int | None]:
        """Line INDEX as a row of the table at DELIMITER, as cell() reads it (see _row)."""
        row = self.rows.get((index, delimiter))
        return self._row(index, delimiter) if row is None else row

    # The cells of line INDEX split at DELIMITER, their starts, and the first line of the table
    # the line is in (None when it is in none), worked out once per line.
    def _row(self, index: int, delimiter: str) -> _Row:
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
    # (A line without a quote has none to look for at each cell.)
    quoted = delimiter != "|" and '"' in line
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
# the comment's kind, _UNDECIDED), whether only a list marker or quotes stand before it, and
# whether a URL does (its verdict holds unless the number is a whole cell of a table).
_Local = tuple[int, bool, bool, int, int, frozenset[int], int, bool, bool]
# The rules read digits only as digits (never which digit), so texts that differ only in their
# digits say the same: one key for all, and a table or list of numbers is read once.
_ANY_DIGIT_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


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


def _shape(line: str) -> bytes:
    return line.encode("utf-8", "surrogatepass").translate(_ANY_DIGIT_AS_ZERO)
