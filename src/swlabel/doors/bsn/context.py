"""The context rules: what the text around a number, its line, its table column and the label
above it say about whether it is a BSN."""

from __future__ import annotations

import re

from swlabel.doors.bsn.document import _CONTEXT, _LIST_MARKER, _LONG_LINE, _Doc, _Local, _shape
from swlabel.doors.bsn.spelling import _is_date, _looks_like_ip
from swlabel.doors.bsn.words import _BSN, _NEUTRAL, _OTHER, _classify, _label_text, _Lazy, _wordish

# What may stand before a number that is the whole value of its line or list item.
_BARE_PREFIX = _Lazy(rf"[ \t]*(?:>[ \t]*)*(?:{_LIST_MARKER})?[\"'`*]*")
# What may stand before a number that is the whole value of a "key: value" or "key = value".
_KEY_PREFIX = _Lazy(
    rf"[ \t]*(?:{_LIST_MARKER}|[{{,][ \t]*)?[*_]{{0,2}}[\"']?"
    r"(?P<key>[^\s\0\"':=*#|][^\0\"':=*#|]{0,39}?)"
    r"[\"']?[*_]{0,2}[ \t]*[:=][*_]{0,2}[ \t]*[\"'`*]*"
)
# What _KEY_PREFIX allows after the key's ":" or "=".
_AFTER_KEY = " \t\"'`*_"
_KEY_ENDS = (":", "=")
# What may follow such a value: closing quotes, a comma (JSON) and a comment.
_VALUE_TAIL = _Lazy(r"[\"'`*]*[ \t]*,?[ \t]*(?:#(?P<comment>.*))?")
_AMOUNT_AFTER = _Lazy(r"[ \t]*(?:€|eur(?:o'?s?)?(?![^\W\d_])|,[-=]|%)", re.IGNORECASE)
# In a URL the BSN word must stand right before the number: ?bsn=…, /bsn-…, /bsn_…, /bsn/…
_URL_BSN_PARAMETER = _Lazy(
    r"(?<![^\W\d_])(?:bsn|burgerservicenummer|sofinummer)(?:[=_/:-]|%3[dD])$", re.I
)
_GLUED_BEFORE = _Lazy(r"(?:[/\\@#+$_]|\w-)$")
_GLUED_AFTER = _Lazy(r"[/\\@%_]|[-.]\w")

_REJECT, _NO, _YES = 0, 1, 2
_UNDECIDED, _BY_KEY, _BY_LABEL_ABOVE = 0, 1, 2
_LOCAL_SHAPES = 4096


def _local(before: str, after: str) -> _Local:
    none = frozenset[int]()
    if after[:1].isalnum():
        return (_REJECT, False, False, _NEUTRAL, _UNDECIDED, none, _NEUTRAL, False, False)
    words = _wordish(before)
    token = before[max(before.rfind(" "), before.rfind("\t")) + 1 :]
    verdict = -1
    url = "://" in token or token[:8].lower().startswith("www.")
    if url:
        # A number in a URL is a page or document id, unless the URL says it is a BSN; but a
        # whole cell of a table is a value of its own, after a link in the cell before it
        # (see _context): what follows is worked out for that case.
        verdict = _YES if _URL_BSN_PARAMETER.compiled.search(before) else _NO
    elif _GLUED_BEFORE.compiled.search(before[-2:]) or _GLUED_AFTER.compiled.match(after):
        # A path, file name, e-mail address, code or +31 number; in a file name such as
        # scans/bsn-123456782.pdf the BSN word still says what it is.
        verdict = _YES if words and _classify(_label_text(before)) == _BSN else _NO
        return (verdict, False, False, _NEUTRAL, _UNDECIDED, none, _NEUTRAL, False, False)
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
        # The key ends in ":" or "=" and what may follow it (a quick look first: the expression
        # backtracks through a long text before it that is no key).
        key = (
            _KEY_PREFIX.compiled.fullmatch(before)
            if before.rstrip(_AFTER_KEY)[-1:] in _KEY_ENDS
            else None
        )
        if key is not None and len(key.group("key").split()) <= 5:
            mode, kinds = _BY_KEY, frozenset({_classify(key.group("key")), comment_kind})
        elif bare:
            mode = _BY_LABEL_ABOVE
    return (verdict, decimal, amount, label, mode, kinds, comment_kind, bare, url)


def _whole_cell(
    line: str,
    start: int,
    end: int,
    header: int,
    previous: str,
    *,
    with_label: bool = True,
    link_header: bool = False,
) -> _Context | None:
    """What _context says of the number at START:END of LINE, plain digits that are the whole
    cell of a table row (only quotes, stars and spaces beside it in the cell),
    the table's header over its column being of kind HEADER and the cell before it PREVIOUS
    (as _Doc.cell gives it). None when the text around it calls for the rules in full: a word
    glued to it, which a whole cell seldom has, or a URL before it in a table whose first line
    holds a link (LINK_HEADER, see _context).

    The rules reduced to such a number: nothing alphanumeric follows it, and of the text
    before it only the label counts (it decides the IP-address look), so the verdict comes from
    the header, the cell before and an amount after it (_cell_verdict), as in _context's table
    branch. A link in a cell before it does not make it part of the link (see _context), unless
    the table's first line holds a link too. (A decimal comma, which rejects a number in a table
    at another delimiter, cannot stand beside a whole cell there: only quotes, stars, spaces and
    the delimiter do.)

    Without WITH_LABEL the label is not read and the IP-address look is taken as asked: see
    _Scan._judge_table_row, for a row of two or more numbers, where it is never looked at."""
    low = start - _CONTEXT
    high = end + _CONTEXT
    before = "\0" + line[low:start] if low > 0 else line[:start]
    after = line[end:high] + "\0" if high < len(line) else line[end:]
    if (
        after[:1].isalnum()
        or _GLUED_BEFORE.compiled.search(before[-2:])
        or _GLUED_AFTER.compiled.match(after)
    ):
        return None
    if link_header:
        token = before[max(before.rfind(" "), before.rfind("\t")) + 1 :]
        if "://" in token or token[:8].lower().startswith("www."):
            return None
    ip_look = True
    if with_label and _wordish(before):
        ip_look = _classify(_label_text(before)) != _BSN
    amount = _AMOUNT_AFTER.compiled.match(after) is not None
    return (_cell_verdict(header, _classify(previous), amount), ip_look, False)


def _cell_verdict(header: int, previous: int, amount: bool) -> int:
    """What a number that is a cell of a table is, by the kind of its column's HEADER, the kind
    of the words of the cell before it (PREVIOUS: in a two-column table, its key) and whether
    an AMOUNT follows it: a BSN word in either makes it a BSN; else another number's word or
    an amount makes it none; else it is a value of its own, a BSN unless its eight digits are
    a date. The one rule for a cell, which _context, _whole_cell and the rows judged at once
    (_Scan._judge_number_row, rows.py) all ask."""
    if _BSN in (header, previous):
        return _YES
    if _OTHER in (header, previous) or amount:
        return _NO
    return _YES_UNLESS_DATE


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
    verdict, decimal, amount, label, mode, kinds, comment_kind, bare, url = local
    cell = None
    if verdict >= 0:
        if not url:
            return (verdict, False, False)
        # A URL stands before the number, no space between them. When the number starts a
        # cell of a table (the cell is whole or its column's header names a BSN) and the
        # table's first line holds no link, the URL is in a cell before it (a client list with
        # a link to each client's file): the number is judged as any other cell. Else it is in
        # the URL (a list of links with ids after a comma).
        cell = doc.cell(index, start, end)
        if cell is None or cell.link_header or not (cell.whole or cell.header == _BSN):
            return (verdict, False, False)
    ip_look = label != _BSN
    if ip_look and _looks_like_ip(written):
        return None

    if cell is None:
        cell = doc.cell(index, start, end)
    if decimal and (cell is None or cell.delimiter != "," or not cell.whole):
        # 123456782,50 is an amount; in a comma-separated table it is two cells
        return (_REJECT, ip_look, False)
    if cell is not None and (cell.whole or cell.header == _BSN):
        column = _NEUTRAL if cell.header is None else cell.header
        return (_cell_verdict(column, _classify(cell.previous), amount), ip_look, False)

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
