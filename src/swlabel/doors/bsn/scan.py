"""The scan of a text for BSNs: candidates, their 11-proef and context, and what is kept from a
line for the next line alike."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import compress, count, cycle, repeat
from operator import add, and_, countOf, eq, itemgetter, methodcaller, ne, not_, sub

from swlabel.doors.bsn.context import (
    _NO,
    _REJECT,
    _YES,
    _YES_UNLESS_DATE,
    _cell_verdict,
    _Context,
    _context,
    _Entry,
    _Memo,
    _plan,
    _Single,
    _verdict,
    _whole_cell,
)
from swlabel.doors.bsn.document import (
    _ANY_DIGIT_AS_ZERO,
    _CONTEXT,
    _LIST_ITEM,
    _LONG_LINE,
    _block_shapes,
    _Doc,
    _shape,
    _shapes,
    _split_lines,
    _strip_value,
)
from swlabel.doors.bsn.rows import judge_rows
from swlabel.doors.bsn.spelling import (
    _ANY_DIGIT,
    _ASCII_DIGITS,
    _DIGITS,
    _HINT,
    _ISO_DATE,
    _NINES_LISTED,
    _PASSING_TOTALS,
    _RUN,
    _SPELLING,
    _SUMS_FIRST,
    _SUMS_LAST,
    _SUMS_MIDDLE,
    _elfproef_nine,
    _elfproef_totals,
    _is_date,
    _listed_nines,
    _looks_like_ip,
    _split_run,
    _without_separators,
)
from swlabel.doors.bsn.words import _NEUTRAL, _classify, _wordish

_VERDICT_OF = itemgetter(3)
_START_OF = itemgetter(0)
_LINE_OF = itemgetter(4)
_SPAN_OF = itemgetter(0, 1, 2, 4)


@lru_cache(maxsize=64)
def _spelled_lines(before: bytes, after: bytes) -> frozenset[bytes]:
    """The shapes of a line of one number spelled as _SPELLING allows, between BEFORE and
    AFTER."""
    spelled = {b"0" * 8, b"0" * 9}
    for groups in ((3, 3, 3), (4, 2, 3), (2, 2, 2, 3), (2, 3, 3), (3, 2, 3)):
        for separator in (b"-", b".", b" "):
            spelled.add(separator.join(b"0" * size for size in groups))
    return frozenset(before + number + after for number in spelled)


# A line as a row of a table (see _Scan._table_row): its one kind of delimiter, its cells (start,
# end), their starts and the table's header line.
_TableRow = tuple[str, list[tuple[int, int]], list[int], int]
_EIGHT_OR_NINE = frozenset((8, 9))
_GROUP = methodcaller("group")


def _is_ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _is_number(written: str) -> bool:
    """Whether WRITTEN, a run, is a number of eight or nine plain digits."""
    return 8 <= len(written) <= 9 and written.isdigit()


# What a row of numbers judged by _judge_number_row is made of, by its delimiter: digits (0 in
# its shape), stars and the delimiter.
_IN_NUMBER_ROW = {delimiter: b"0*" + delimiter.encode() for delimiter in ",;|"}
_BULK_AFTER = 8
# Lines written otherwise judged in one go (see _Scan._judge_respelled).
_RESPELLED_BLOCK = 256
# Above this, and above one line in eight, the lines masked are worked on in one go.
_MANY_LINES = 64


class _Scan:
    """The candidates of one text with their verdicts, kept so that after masking only the
    lines that changed, and the lines that read them as label or header, are judged again."""

    def __init__(self, text: str, *, first_only: bool = False) -> None:
        self.text = text
        self._doc: _Doc | None = None
        self._judged: list[tuple[int, int, str, int, int]] = []
        self._runs: list[tuple[int, str]] | None = None
        self._runs_of: str | None = None
        # The context of a whole cell of digits by its column's header and the verdict it
        # gives nine digits, by table (see _judge_number_row; the headers do not change while
        # the text is scanned).
        self._column_contexts: dict[tuple[int, str], dict[int, tuple[_Context, int]]] = {}
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
                    row = self._table_row(index, line)
                    # The line after the row when it was judged as a row of a table at once.
                    following = -1
                    if row is not None:
                        if self._judge_number_row(row, index, line_start, line, shape, memo[2]):
                            following = index + 1
                        elif self._judge_table_row(
                            row, index, line_start, line, memo[2], first_only
                        ):
                            # The rows below it of a few plain kinds of cell (names, numbers,
                            # dates), judged together.
                            following = (
                                index + 1
                                if first_only and self.has_yes
                                else self._judge_rows(row, index, first_only)
                            )
                    if following >= 0:
                        if first_only and self.has_yes:
                            return
                        if following > index + 1:
                            index = following - 1
                            line_end = doc.starts[index] + len(doc.lines[index]) + 1
                            memo = None
                        # The search for runs starts again after the line (a row of twenty
                        # numbers would otherwise make twenty matches only to pass them by).
                        skip_to = restart = line_end
                        break
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

    def _table_row(self, index: int, line: str) -> _TableRow | None:
        """Line INDEX (LINE) as a row of a table at one kind of delimiter, under a header other
        than itself (see _TableRow); None when it is not one, or longer than _LONG_LINE."""
        if len(line) > _LONG_LINE:
            return None
        doc = self.doc
        delimiters = doc.delimiters(index)
        if len(delimiters) != 1:
            return None
        delimiter = delimiters[0]
        spans, cell_starts = doc.cells(index, delimiter)
        if len(spans) < 2:
            return None
        top = doc.table_top(index, delimiter, len(spans))
        if top is None or top == index:
            return None
        return delimiter, spans, cell_starts, top

    def _judge_rows(self, row: _TableRow, index: int, first_only: bool) -> int:
        """Judge the rows below line INDEX, a ROW of a table the scan judged, that
        rows.judge_rows judges together; returns the line after the last of them (INDEX + 1
        when none was). Runs of rows shaped alike are left to _reuse_alike, which judges them
        at less cost, and a table of numbers alone (with empty, masked or 'n.v.t.' cells) to
        _judge_number_row: this is for a table with names in it."""
        delimiter, spans, _, top = row
        # The runs of cells of no plain kind are judged by _judge_run, into a list of their own
        # that is then put in the order of the text with the others.
        judged_before, self._judged = self._judged, []
        try:
            following, judged = judge_rows(
                self.doc, index + 1, top, delimiter, len(spans), self._judge_run,
                first_only=first_only,
            )  # fmt: skip
            if self._judged:
                judged.extend(self._judged)
                judged.sort(key=_START_OF)
        finally:
            self._judged = judged_before
        if judged:
            self._judged.extend(judged)
            if _YES in map(_VERDICT_OF, judged):
                self.has_yes = True
        return following

    def _judge_number_row(
        self,
        row: _TableRow,
        index: int,
        line_start: int,
        line: str,
        shape: bytes,
        entries: list[_Entry],
    ) -> bool:
        """Judge line INDEX (LINE, with SHAPE, starting at LINE_START) at once when it is a row of
        numbers in a table: cells of digits, cells masked (``*``) and empty cells between one
        kind of delimiter (``,``, ``;`` or ``|``), under a header, and perhaps cells of text
        without a digit, space, tab, quote or URL ('n.v.t.', '-'). Records its numbers in
        ENTRIES as the scan would one by one. Returns whether it did.

        What the rules say of such a number depends on its column's header: its cell is the
        whole cell, and no space or other sign stands near it, so nothing around it is a
        URL, a key or a file name. Of a cell of text before it, the words count (as in
        _whole_cell), and in a ',' table a '-' or '=' after it makes an amount; the label
        before it is not read when the row holds two numbers or more (see _judge_table_row),
        and a row of numbers alone has none. A table of numbers with some cells empty,
        masked or 'n.v.t.' has few lines shaped alike, and each number judged on its own costs
        the scan of ten."""
        delimiter, spans, _, top = row
        allowed = _IN_NUMBER_ROW.get(delimiter)
        if allowed is None:
            return False
        doc = self.doc
        cells = line.split(delimiter)
        # With TEXTS: cells of text without a digit beside the numbers ('n.v.t.', '-', 'x').
        texts = shape.translate(None, allowed) != b""
        if texts:
            # No space or tab (the text before a number is then one word: no URL, key or amount
            # can stand in it unless written here), no quote (cells split as they are written).
            if (
                " " in line
                or "\t" in line
                or '"' in line
                or "://" in line
                or "www." in line.lower()
                or any(map(_ANY_DIGIT.search, compress(cells, map(not_, map(str.isdigit, cells)))))
            ):
                return False
        # A cell of digits and stars is judged as the scan judges the number in it.
        elif "*" in line and any(cell.strip("*") and not cell.isdigit() for cell in cells):
            return False
        numbers = list(compress(count(), map(_EIGHT_OR_NINE.__contains__, map(len, cells))))
        written = list(map(cells.__getitem__, numbers))
        if "*" in line or texts:
            # Digits that are not ASCII digits (Arabic-Indic, superscripts) are text here.
            digits_only = list(map(_is_ascii_digits, written))
            numbers = list(compress(numbers, digits_only))
            written = list(compress(written, digits_only))
        if not numbers:
            return True
        if texts and len(numbers) < 2 and any(map(_wordish, cells)):
            return False  # one number: the label before it counts (see _judge_table_row)
        nines = list(map(str.rjust, written, repeat(9), repeat("0")))
        passing = list(map(_PASSING_TOTALS.__contains__, _elfproef_totals(nines)))
        if True not in passing:
            for column in numbers:
                begin, end = spans[column]
                entries.append((begin, end, None))
            return True
        doc.row(index, delimiter)  # the row is read as cell() reads it
        # By column: the context of a whole cell (its header decides), and the verdict it gives
        # nine digits ("a BSN unless a date": eight digits may be a date).
        columns = self._column_contexts.setdefault((top, delimiter), {})
        for column in set(numbers).difference(columns):
            header = doc.header_kind(top, delimiter, column)
            verdict = _cell_verdict(header, _NEUTRAL, False)
            columns[column] = (
                (verdict, True, False),
                _YES if verdict == _YES_UNLESS_DATE else verdict,
            )
        judged = self._judged
        for column, number, digits, passes in zip(numbers, written, nines, passing, strict=True):
            begin, end = spans[column]
            if not passes:
                entries.append((begin, end, None))
                continue
            context, verdict = columns[column]
            if texts:
                # The cell before it may name something ('kvk'), and in a ',' table a '-' or
                # '=' after it makes an amount (123456782,-): as _whole_cell reads them.
                previous = cells[column - 1][-_CONTEXT:] if column else ""
                kind = _NEUTRAL if previous.isdigit() else _classify(previous)
                amount = delimiter == "," and line[end + 1 : end + 2] in ("-", "=")
                if kind != _NEUTRAL or amount:
                    verdict = _cell_verdict(doc.header_kind(top, delimiter, column), kind, amount)
                    context = (verdict, True, False)
                    verdict = _YES if verdict == _YES_UNLESS_DATE else verdict
            entries.append((begin, end, context))
            if end - begin == 8 and context[0] == _YES_UNLESS_DATE and _is_date(number):
                verdict = _NO
            if verdict != _REJECT:
                judged.append((line_start + begin, line_start + end, digits, verdict, index))
                if verdict == _YES:
                    self.has_yes = True
        return True

    def _judge_table_row(
        self,
        row: _TableRow,
        index: int,
        line_start: int,
        line: str,
        entries: list[_Entry],
        first_only: bool,
    ) -> bool:
        """Judge line INDEX (LINE, starting at LINE_START) at once when it is a row of a table at
        one kind of delimiter, under a header, recording its numbers in ENTRIES as the scan would
        one by one. Returns whether it did.

        A number of plain digits that is a whole cell is judged by _whole_cell, from its header,
        the cell before it and the label before it; any other number as the scan judges it.
        A client list (names and a BSN on each line) has no two lines shaped alike.

        In a row of two or more numbers of plain digits the label is not read: it decides only
        whether a number that looks like an IP address (12.34.56.782, three dots) is one, and
        the only lines that use this line's contexts are lines shaped as it (plain digits in
        the same places) or, for a line of one number, a line that writes it otherwise. A table
        with 'n.v.t.' in some cells read the label for each number anew."""
        delimiter, spans, cell_starts, top = row
        doc = self.doc
        judged = self._judged
        registered = False
        runs = list(_RUN.finditer(line))
        with_label = len(runs) < 2 or sum(map(_is_number, map(_GROUP, runs))) < 2
        for run in runs:
            begin, end = run.span()
            written = run.group()
            if not written.isdigit():
                self._judge_run(written, line_start + begin, entries, line_start)
                if first_only and self.has_yes:
                    return True
                continue
            if not 8 <= end - begin <= 9:
                continue
            digits = written if end - begin == 9 else "0" + written
            if not _elfproef_nine(digits):
                entries.append((begin, end, None))
                continue
            context = None
            column = bisect_right(cell_starts, begin) - 1
            cell_start, cell_end = spans[column]
            if (
                end <= cell_end
                and begin - cell_start <= _CONTEXT
                and cell_end - end <= _CONTEXT
                and not _strip_value(line[cell_start:begin])
                and not _strip_value(line[end:cell_end])
            ):
                previous = ""
                if column:
                    previous_start, previous_end = spans[column - 1]
                    previous = line[max(previous_start, previous_end - _CONTEXT) : previous_end]
                header = doc.header_kind(top, delimiter, column)
                context = _whole_cell(
                    line,
                    begin,
                    end,
                    header,
                    previous,
                    with_label=with_label,
                    link_header=doc.has_link(top),
                )
            if context is None:
                self._judge_piece(
                    line_start + begin, line_start + end, written, digits, entries, line_start
                )
                if first_only and self.has_yes:
                    return True
                continue
            if not registered:
                doc.row(index, delimiter)  # the row is read as cell() reads it
                registered = True
            entries.append((begin, end, context))
            verdict = _verdict(context, written)
            if verdict != _REJECT:
                judged.append((line_start + begin, line_start + end, digits, verdict, index))
                if verdict == _YES:
                    self.has_yes = True
                    if first_only:
                        return True
        return True

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
        if index + labelled < len(lines) and lines[index + labelled] != label:
            # The next round's label reads otherwise (YAML records, each under its own name):
            # no round is judged in bulk, as the loop below would find at its first label.
            return index
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
                self._record_nines(
                    places, compress(digits, passing), verdict, compress(numbers, passing)
                )
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
                passing = list(map(_PASSING_TOTALS.__contains__, _elfproef_totals(digits)))
                if verdict != _REJECT and any(passing):
                    places = list(
                        map(add, compress(starts[index : index + alike], passing), repeat(begin))
                    )
                    found = compress(range(index, index + alike), passing)
                    self._record_nines(places, compress(digits, passing), verdict, found)
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

    def _record_nines(
        self, places: list[int], digits: Iterable[str], verdict: int, lines: Iterable[int]
    ) -> None:
        """Record the numbers of nine plain digits that start at PLACES (their DIGITS and LINES),
        each with VERDICT, as _judge_piece records one."""
        self._judged.extend(
            zip(places, map(add, places, repeat(9)), digits, repeat(verdict), lines)
        )
        if verdict == _YES:
            self.has_yes = True

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
                self._record_nines(places, compress(digits, passing), verdict, repeat(index))
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


def _digits_of(written: str) -> str:
    return (written if written.isdigit() else _without_separators(written)).rjust(9, "0")


def _shifted(memo: _Memo, lines: int) -> _Memo:
    """MEMO as it holds for the line LINES further down (what it reads moved as far)."""
    reads = memo[3]
    moved = None if reads is None else tuple(map(add, reads, repeat(lines)))
    return (memo[0] + lines, memo[1], memo[2], moved, memo[4])


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
