"""Find Burgerservicenummers (BSN) in text, so that none ends up in the evidence repository.

A number is reported when it is written like a BSN, passes the 11-proef and its context says it
is one: a BSN word in front of it or on the label line above it, a BSN column in a table, or the
number standing alone as a value (a ``key: value`` line, a list item, a table cell, a line of its
own) whose key, column or label does not say it is something else. Once a number is reported,
every other occurrence of the same number in the text is reported too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

__all__ = ["BsnMatch", "find_bsns", "mask_bsns", "passes_elfproef"]


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


_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
_ZERO_OFFSET = 48 * sum(_WEIGHTS)


def passes_elfproef(digits: str) -> bool:
    """Whether DIGITS, 9 digits or 8 with an implied leading 0, pass the 11-proef.

    A weighted sum of 0 (all zeros, or for instance 000000012) does not count as passing.
    """
    if len(digits) == 8:
        digits = "0" + digits
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    d = digits.encode()
    # Spelled out rather than a loop over _WEIGHTS: this runs for every 8- or 9-digit number in
    # every file. The ASCII codes are summed as they are; 48 * sum(_WEIGHTS) takes the '0's off.
    total = (
        (9 * d[0] + 8 * d[1] + 7 * d[2] + 6 * d[3] + 5 * d[4] + 4 * d[5] + 3 * d[6] + 2 * d[7])
        - d[8]
        - _ZERO_OFFSET
    )
    return total != 0 and total % 11 == 0


def find_bsns(text: str) -> list[BsnMatch]:
    """Every BSN in TEXT, in order of appearance."""
    spans = _find_spans(text)
    if not spans:
        return []
    starts = _line_starts(text)
    matches = []
    for start, end, digits in spans:
        index = bisect_right(starts, start) - 1
        matches.append(BsnMatch(index + 1, start - starts[index] + 1, text[start:end], digits))
    return matches


def mask_bsns(text: str) -> str:
    """TEXT with the digits of every BSN replaced by ``*``; separators and length are kept.

    The digits of a found BSN are also masked where they occur elsewhere glued to other
    characters (``scan123456782``): redacting a little too much is safer than too little. The
    result holds no BSN that :func:`find_bsns` would report.
    """
    while True:
        spans = _find_spans(text)
        if not spans:
            return text
        chars = list(text)
        cores = set()
        for start, end, _ in spans:
            for position in range(start, end):
                if chars[position].isdigit():
                    chars[position] = "*"
            cores.add(_SEPARATOR.sub("", text[start:end]))
        sizes = {len(core) for core in cores}
        for run in _DIGITS.finditer(text):
            digits = run.group()
            for size in sizes:
                for offset in range(len(digits) - size + 1):
                    if digits[offset : offset + size] in cores:
                        position = run.start() + offset
                        chars[position : position + size] = "*" * size
        text = "".join(chars)
        # Masking can take away what kept a neighbouring number from counting (the previous
        # value that ended a label), so look again until nothing is left.


def _find_spans(text: str) -> list[tuple[int, int, str]]:
    doc: _Doc | None = None
    judged: list[tuple[int, int, str, int]] = []
    for run in _RUN.finditer(text):
        written_run = run.group()
        # Almost every number in a file is short or a date; skip those before any other work.
        if len(written_run) < 8 or _ISO_DATE.fullmatch(written_run):
            continue
        for start, end in _split_run(written_run, run.start()):
            written = text[start:end]
            digits = (written if written.isdigit() else _SEPARATOR.sub("", written)).rjust(9, "0")
            if not passes_elfproef(digits):
                continue
            if doc is None:
                doc = _Doc(text)
            verdict = _judge(doc, start, end)
            if verdict != _REJECT:
                judged.append((start, end, digits, verdict))
    # A number that is a BSN in one place is that person's BSN everywhere in the same text, even
    # where the context alone would not have said so (a file name, a klantnummer field).
    known = {digits for _, _, digits, verdict in judged if verdict == _YES}
    return [
        (start, end, digits)
        for start, end, digits, verdict in judged
        if verdict == _YES or digits in known
    ]


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
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SEPARATOR = re.compile(r"[-. ]")
_DIGITS = re.compile(r"[0-9]{8,}")
_SEPARATORS_AND_COMMA = re.compile(r"[-., ]")

# The ways a BSN is written: 123456782, 123.456.782, 1234.56.782 (the old notation on ID
# cards), 12.34.56.782, and an 8-digit number without its leading 0. Anything else, such as
# 2026-03-12, 030 123 4567 or 1.2.3.4.5.6.7.8.9, is a date, phone number or version.
_SHAPES = frozenset({(9,), (3, 3, 3), (4, 2, 3), (2, 2, 2, 3), (8,), (2, 3, 3), (3, 2, 3)})


def _shape_ok(written: str) -> bool:
    if written.isdigit():
        return 8 <= len(written) <= 9
    separators = set(_SEPARATOR.findall(written))
    if len(separators) > 1:
        return False
    groups = _SEPARATOR.split(written)
    if tuple(len(group) for group in groups) not in _SHAPES:
        return False
    # 10.20.30.123 is an IP address, not 12.34.56.782.
    return not (separators == {"."} and all(int(group) <= 255 for group in groups))


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


def _classify(text: str) -> int:
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

_NEWLINE = _Lazy(r"\r\n|\r|\n")
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
_URL_BSN_PARAMETER = _Lazy(r"(?<![^\W\d_])(?:bsn|burgerservicenummer|sofinummer)=$", re.I)
_GLUED_BEFORE = _Lazy(r"(?:[/\\@#+$_]|\w-)$")
_GLUED_AFTER = _Lazy(r"[/\\@%_]|[-.]\w")
_TABLE_DELIMITERS = ("\t", ";", "|", ",")
_LABEL_LOOKBACK = 200
_CONTEXT = 200

_REJECT, _NO, _YES = 0, 1, 2


@dataclass(frozen=True)
class _Cell:
    delimiter: str
    whole: bool
    header: str | None
    previous: str


# The lines of one text; table structure is worked out only for lines that hold a candidate.
class _Doc:
    def __init__(self, text: str) -> None:
        self.lines = _NEWLINE.compiled.split(text)
        self.starts = _line_starts(text)
        self._cells: dict[tuple[int, str], list[tuple[int, int]]] = {}
        self._cell_starts: dict[tuple[int, str], list[int]] = {}
        self._labels: dict[int, str] = {}
        self._tops: dict[tuple[int, str], int] = {}

    def line_index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def cells(self, index: int, delimiter: str) -> list[tuple[int, int]]:
        key = (index, delimiter)
        spans = self._cells.get(key)
        if spans is None:
            spans = self._cells[key] = _split_cells(self.lines[index], delimiter)
            self._cell_starts[key] = [cell_start for cell_start, _ in spans]
        return spans

    def column(self, index: int, delimiter: str, position: int) -> int:
        self.cells(index, delimiter)
        return bisect_right(self._cell_starts[(index, delimiter)], position) - 1

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
            if not self.lines[above].strip() or len(self.cells(above, delimiter)) != count:
                break
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
                or len(self.cells(below, delimiter)) != count
            ):
                top = -1
        self._tops[key] = top
        return top if top >= 0 else None

    # The table cell that starts with the number at START:END of line INDEX, if it is in one.
    def cell(self, index: int, start: int, end: int) -> _Cell | None:
        line = self.lines[index]
        for delimiter in _TABLE_DELIMITERS:
            spans = self.cells(index, delimiter)
            if len(spans) < 2:
                continue
            column = self.column(index, delimiter, start)
            cell_start, cell_end = spans[column]
            # A quoted cell may hold the delimiter, but never inside a number.
            if end > cell_end or start - cell_start > _CONTEXT:
                continue
            if _strip_value(line[cell_start:start]):
                continue
            top = self.table_top(index, delimiter, len(spans))
            if top is None:
                continue
            header = None
            if top != index:
                header_start, header_end = self.cells(top, delimiter)[column]
                header = self.lines[top][header_start : min(header_end, header_start + _CONTEXT)]
            previous = ""
            if column > 0:
                previous_start, previous_end = spans[column - 1]
                previous = line[max(previous_start, previous_end - _CONTEXT) : previous_end]
            whole = cell_end - end <= _CONTEXT and not _strip_value(line[end:cell_end])
            return _Cell(delimiter, whole, header, previous)
        return None

    # The line that labels the value on line INDEX: the first line above it that is not another
    # value of the same list, with at most one blank line in between.
    def label_above(self, index: int) -> str:
        label = self._labels.get(index)
        if label is None:
            label = self._labels[index] = self._find_label_above(index)
        return label

    def _find_label_above(self, index: int) -> str:
        indent = _indent(self.lines[index])
        is_item = _LIST_ITEM.compiled.match(self.lines[index]) is not None
        blank = seen_blank = False
        for above in range(index - 1, max(-1, index - 1 - _LABEL_LOOKBACK), -1):
            line = self.lines[above]
            if not line.strip():
                if blank:
                    return ""
                blank = seen_blank = True
                continue
            blank = False
            if _VALUE_LINE.compiled.fullmatch(line) or (
                is_item and _LIST_ITEM.compiled.match(line) and _indent(line) == indent
            ):
                # A long list of values shares its label: reuse what the value above found.
                if not seen_blank and above in self._labels:
                    return self._labels[above]
                continue
            # A label is short; a long line only keeps its end, where the label would be.
            return line[-_CONTEXT:]
        return ""


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in _NEWLINE.compiled.finditer(text))]


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


def _judge(doc: _Doc, start: int, end: int) -> int:
    index = doc.line_index(start)
    line = doc.lines[index]
    line_start = doc.starts[index]
    start -= line_start
    end -= line_start
    # Only the text near the number counts. Cutting a long line keeps the work per number small
    # (a file may be one line of a million numbers); the NUL marks the cut, so that the parts
    # cannot pass for the whole start or end of the line.
    low = max(0, start - _CONTEXT)
    before = ("\0" if low else "") + line[low:start]
    high = end + _CONTEXT
    after = line[end:high] + ("\0" if high < len(line) else "")
    written = line[start:end]

    if after[:1].isalnum():
        return _REJECT  # part of a longer run such as 123456782abc
    token = before[max(before.rfind(" "), before.rfind("\t")) + 1 :]
    if "://" in token or token.lower().startswith("www."):
        # A number in a URL is a page or document id, unless the URL says it is a BSN.
        return _YES if _URL_BSN_PARAMETER.compiled.search(before) else _NO
    if _GLUED_BEFORE.compiled.search(before) or _GLUED_AFTER.compiled.match(after):
        # A path, file name, e-mail address, code or +31 number; in a file name such as
        # scans/bsn-123456782.pdf the BSN word still says what it is.
        return _YES if _classify(_label_text(before)) == _BSN else _NO
    decimal = (after[:1] == "," and after[1:2].isdigit()) or (
        before[-1:] == "," and before[-2:-1].isdigit()
    )
    amount = _AMOUNT_AFTER.compiled.match(after) is not None
    is_date = _is_date(written)

    cell = doc.cell(index, start, end)
    if decimal and (cell is None or cell.delimiter != "," or not cell.whole):
        return _REJECT  # 123456782,50 is an amount; in a comma-separated table it is two cells
    if cell is not None and (cell.whole or _classify(cell.header or "") == _BSN):
        column = _classify(cell.header) if cell.header is not None else _NEUTRAL
        row = _classify(cell.previous)  # in a two-column table the cell to the left is the key
        if _BSN in (column, row):
            return _YES
        if _OTHER in (column, row) or amount or is_date:
            return _NO
        return _YES

    label = _classify(_label_text(before))
    if label == _BSN:
        return _YES
    if label == _OTHER or amount:
        return _NO

    tail = _VALUE_TAIL.compiled.fullmatch(after)
    if tail is not None:
        comment = _classify(tail.group("comment") or "")
        key = _KEY_PREFIX.compiled.fullmatch(before)
        if key is not None and len(key.group("key").split()) <= 5:
            kinds = {_classify(key.group("key")), comment}
        elif _BARE_PREFIX.compiled.fullmatch(before):
            kinds = {_classify(_label_text(doc.label_above(index))), comment}
        else:
            kinds = set()
        if kinds:
            if _BSN in kinds:
                return _YES
            return _NO if _OTHER in kinds or is_date else _YES

    # A number at the start of a line with more text after it, under a label line "BSN:".
    if _BARE_PREFIX.compiled.fullmatch(before) and _is_label_line(doc.label_above(index)):
        return _YES
    return _NO
