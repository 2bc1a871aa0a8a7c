"""The one mask: every text swlabel shows a reader, on a terminal or in a file, passes here.

Two promises hold here and nowhere else:

- **No BSN leaves.** A number is masked when its own context says it is a BSN (see
  :mod:`swlabel.doors.bsn`), and also wherever it appears when the privacy scan found it as a BSN
  anywhere in the repository (``title: Gesprek 123456782`` in one file, ``bsn: 123456782`` in
  another), whatever the field and whatever the output.
- **No character acts on the reader.** Control characters could move the cursor, recolour or
  retitle a terminal, or break a JUnit report; bidi overrides and zero-width characters could
  make a title read as something else (the "Trojan Source" trick). They are replaced by U+FFFD,
  so they are visible and do nothing.

The mask of a run is kept in a context variable: the command learns the BSNs of the dossier it
loads (:func:`learn`), and every sink asks :func:`current` for the mask. A caller that never
learns anything still gets the context rules and the character rules.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import repeat
from typing import Any, TextIO

from swlabel.doors.bsn import _SHAPES, holds_bsn, mask_bsns

__all__ = [
    "Mask",
    "OutputFailed",
    "ReaderStream",
    "current",
    "dumps_json",
    "learn",
    "printable",
    "reset",
]

REPLACEMENT = "\ufffd"
BOM = "\ufeff"

# The characters that change how text reads without being seen: Unicode's format characters
# (soft hyphen, bidi embeddings, overrides, isolates and marks, zero-width space and joiners,
# word joiner, invisible operators, a byte-order mark inside text, interlinear annotation,
# tags, ...), and lone surrogates (a file name that is not UTF-8).
_INVISIBLE = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f\ud800-\udfff"
)
# Spaces people (and Word) put between the groups of a number: shown as they are, but read as
# a space by the BSN scan.
_SPACES = "\u00a0\u2007\u2009\u202f"
_CONTROLS = "\x00-\x1f\x7f-\x9f"
_ONE_LINE = re.compile(f"[{_CONTROLS}{_INVISIBLE}{_SPACES}]")
# In a block of lines, line feeds and tabs stay, and so does a carriage return that ends a
# line (CSV and iCalendar end their lines with CR LF).
_BLOCK = re.compile(
    f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_INVISIBLE}{_SPACES}]|\\r(?!\\n)"
)
_SPACE_SET = frozenset("\u00a0\u2007\u2009\u202f")
# What a block replaces (every special character but the odd spaces): without any, the view
# the BSN scan reads is the text with odd spaces and tabs read as spaces, one for one.
_BLOCK_REPLACED = re.compile(
    f"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f{_INVISIBLE}]|\\r(?!\\n)"
)
_AS_SPACES = str.maketrans(dict.fromkeys("\t\u00a0\u2007\u2009\u202f", " "))

# Blocks of a stream are cut at a line end once they are this long, so a large report is
# masked as it is written and never held whole.
_STREAM_BLOCK = 1 << 16

# What the BSN scan can take for a BSN is a piece of the text written in one of its shapes
# (swlabel.doors.bsn._SHAPES: 123456782, 123.456.782, 1234.56.782, 12.34.56.782, 12345678,
# 12.345.678, 123.45.678): every number it judges, whole or split at single spaces, is such a
# piece. A text in which no piece has one of these forms (digits glued to anything) holds no
# number the scan would judge, so the scan leaves it as it is unless a known BSN's digits are
# in it. An HTML dossier is full of dates (2026-11-01) and action ids (VA-2025-0001), eight
# digits each that the scan looks at and lets go; this look lets them go at the speed of a
# byte search. The text's UTF-8 is translated byte for byte (an ASCII digit to 0, a separator
# to '-', anything else to 'x'), so each form is one plain substring to look for.
# tests/test_mask_shortcut.py holds this to mask_bsns.
_SHAPE_BYTES = bytes(
    ord("0") if byte in b"0123456789" else ord("-") if byte in b"-. " else ord("x")
    for byte in range(256)
)
_FORMS = frozenset(
    b"-".join(b"0" * size for size in shape) if len(shape) > 1 else b"0" * 8 for shape in _SHAPES
)
# A form that holds another one (000-000-000 holds 00-000-000) adds nothing to the look: a text
# that holds it holds the other. Four searches instead of seven over a large block.
_CANDIDATES = tuple(
    sorted(form for form in _FORMS if not any(other in form for other in _FORMS - {form}))
)
# Eight digits with single separators, which every form above has.
_EIGHT_DIGITS = re.compile(r"[0-9](?:[-. ]?[0-9]){7}")
# A run of eight or more digits with single separators: where a known BSN's digits can be.
_LONG_RUN = re.compile(r"[0-9](?:[-. ]?[0-9]){7,}")
_SEPARATORS = str.maketrans("", "", "-. ")
# Printable ASCII, tab and line feed: none of them is a character a block replaces, so the rest
# of a text's UTF-8 without them holds every character the block's expressions look for. Asking
# that short rest costs a large text a hundredth of asking the whole text, character by
# character, whether it is one of the many a block replaces.
_PLAIN_BYTES = bytes(range(0x20, 0x7F)) + b"\t\n"
# The same for one line, in which a tab and a line feed are special too.
_PRINTABLE_BYTES = bytes(range(0x20, 0x7F))
# From this size on a text is asked through the rest of its bytes (a narrative, a list of
# titles, a whole output); a shorter one is asked character by character, which costs less
# than encoding it.
_LARGE_TEXT = 256


@dataclass(frozen=True)
class Mask:
    """Masks BSNs (by context, and the KNOWN ones wherever they appear) and neutralises
    characters that act on the reader."""

    known: frozenset[str] = frozenset()

    def line(self, text: str) -> str:
        """TEXT for one line (a table cell, a melding, a title): a line break or a tab becomes
        a space, so that a value cannot forge a line of its own; every other control character
        and every invisible character is shown as U+FFFD."""
        return self._shown(text, _ONE_LINE, one_line=True)

    def block(self, text: str) -> str:
        """TEXT of several lines (a narrative, a whole output): line breaks and tabs stay."""
        return self._shown(text, _BLOCK, one_line=False)

    def _shown(self, text: str, special: re.Pattern[str], *, one_line: bool) -> str:
        if text.isascii() and text.isprintable():
            # No character to replace (printable ASCII has no control, invisible or odd space
            # character, nor a line break or tab): only numbers can be masked. Most titles,
            # names and labels of a dossier; tests/test_mask.py holds this to the long way.
            return self._bsns_masked(text)
        rest = _not_plain(text, _PRINTABLE_BYTES if one_line else _PLAIN_BYTES)
        plain = special.search(rest) is None and (one_line or "\t" not in text)
        if plain:
            return self._bsns_masked(text)
        if not one_line and _BLOCK_REPLACED.search(rest) is None:
            # Only odd spaces and tabs (Word's NBSP in a narrative): the common case of a large
            # report, done without a step per character.
            spaced = text.translate(_AS_SPACES)
            masked = self._bsns_masked(spaced)
            if masked == spaced:
                return text
            return "".join(
                after if after != seen else char
                for char, seen, after in zip(text, spaced, masked, strict=True)
            )
        # The characters to replace are first left out of what the BSN scan reads, so that no
        # number can hide behind one (12345<soft hyphen>6782); odd spaces read as spaces.
        shown: list[str | None] = []  # per character: what replaces it, or None (masked view)
        view: list[str] = []
        for index, char in enumerate(text):
            if char in _SPACE_SET or char == "\t" or (one_line and char in "\r\n"):
                if one_line and char == "\r" and text[index + 1 : index + 2] == "\n":
                    shown.append("")  # CR LF is one break, one space: the LF gives it
                    continue
                shown.append(" " if one_line and char in "\t\r\n" else None)
                view.append(" ")
            elif special.match(text, index) is not None and (
                char != "\r" or one_line or text[index + 1 : index + 2] != "\n"
            ):
                shown.append(REPLACEMENT)
            else:
                shown.append(None)
                view.append(char)
        plain_view = "".join(view)
        masked = self._bsns_masked(plain_view)
        out: list[str] = []
        position = 0
        for char, replacement in zip(text, shown, strict=True):
            if replacement in (REPLACEMENT, ""):
                out.append(replacement)
                continue
            after = masked[position]
            out.append(after if after != plain_view[position] else (replacement or char))
            position += 1
        return "".join(out)

    def _bsns_masked(self, text: str) -> str:
        """TEXT (as the scan reads it) with its BSNs masked: mask_bsns, after a look that lets
        a text without any number the scan would judge or a known BSN could be in go as it is."""
        if _EIGHT_DIGITS.search(text) is None:
            return text  # a title, a name, a label: most hold no eight digits at all
        shaped = text.encode("utf-8", "surrogatepass").translate(_SHAPE_BYTES)
        if not any(form in shaped for form in _CANDIDATES) and not self._known_in(text):
            return text
        return mask_bsns(text, self.known)

    def _known_in(self, text: str) -> bool:
        # Whether a known BSN's nine digits (or its last eight, written without its leading 0)
        # are in a run of TEXT: mask_bsns masks a known BSN's digits in any run. Each window of
        # a run is looked up in the known numbers themselves; nothing is made per known number
        # (a repository may hold a million BSNs, and most texts have a run or two).
        if not self.known:
            return False
        nines = self._known_nines
        for run in set(_LONG_RUN.findall(text)):
            digits = run.translate(_SEPARATORS)
            if any(digits[start : start + 9] in nines for start in range(len(digits) - 8)):
                return True
            if any("0" + digits[start : start + 8] in nines for start in range(len(digits) - 7)):
                return True
        return False

    @functools.cached_property
    def _known_nines(self) -> frozenset[str]:
        """The known numbers as nine digits (they mostly are already)."""
        if set(map(len, self.known)) == {9}:
            return self.known
        return frozenset(map(str.rjust, self.known, repeat(9), repeat("0")))

    def holds_bsn(self, text: str) -> bool:
        """Whether TEXT holds a BSN, so that it must not become a link's target."""
        return holds_bsn(text, self.known)

    def stream(self, chunks: Iterable[str]) -> Iterator[str]:
        """CHUNKS masked as blocks cut at line ends, so that no number is cut in two."""
        pending: list[str] = []
        size = 0
        for chunk in chunks:
            pending.append(chunk)
            size += len(chunk)
            if size < _STREAM_BLOCK:
                continue
            text = "".join(pending)
            cut = text.rfind("\n") + 1
            if cut == 0:
                pending, size = [text], len(text)
                continue
            yield self.block(text[:cut])
            rest = text[cut:]
            pending, size = [rest], len(rest)
        if pending:
            yield self.block("".join(pending))


_CURRENT: ContextVar[Mask] = ContextVar("swlabel_mask", default=Mask())  # noqa: B039


def _not_plain(text: str, plain: bytes) -> str:
    """The characters of TEXT that are not among the ASCII characters PLAIN, in order; a
    short TEXT (or one with a carriage return, which a block reads together with what follows
    it) as it is."""
    if len(text) < _LARGE_TEXT or "\r" in text:
        return text
    rest = text.encode("utf-8", "surrogatepass").translate(None, plain)
    return rest.decode("utf-8", "surrogatepass")


# The mask of this run. The context variable's own get, not a function around it: every text a
# report shows asks for it (254,000 times for the HTML dossier of "large").
current: Callable[[], Mask] = _CURRENT.get


def printable(text: str) -> str:
    """TEXT fit for one line in front of a reader: a melding may quote a value from a file, and
    a file must not be able to move the cursor, recolour or retitle the reader's terminal, break
    the XML of a JUnit report, or show a BSN."""
    return current().line(text)


def learn(known: Iterable[str]) -> None:
    """Mask these BSNs (9 digits each) in everything this run shows from now on."""
    mask = _CURRENT.get()
    joined = mask.known.union(known)
    if joined != mask.known:
        _CURRENT.set(Mask(frozenset(joined)))


def reset() -> None:
    """Forget what earlier runs in this process learned (a new command starts)."""
    _CURRENT.set(Mask())


def masked_data(data: Any, mask: Mask) -> Any:
    """DATA (from JSON-like lists, dicts and scalars) with every string passed through MASK:
    keys and values, one-line strings as lines, strings with line breaks as blocks."""
    if isinstance(data, str):
        return mask.block(data) if "\n" in data else mask.line(data)
    if isinstance(data, dict):
        return {masked_data(key, mask): masked_data(value, mask) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [masked_data(value, mask) for value in data]
    return data


def dumps_json(data: Any, *, indent: int | None = 2) -> str:
    """DATA as JSON for a reader, every string through the run's mask first: JSON would escape
    a control character, and the program that reads it would turn it back into one."""
    import json  # only the json formats need it: check's text output pays no import for it

    return json.dumps(
        masked_data(data, current()), ensure_ascii=False, indent=indent, default=_plain
    )


def _plain(value: object) -> object:
    # Dates (and anything else JSON has no type for) as text, masked like every other text.
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return current().line(text)


class OutputFailed(Exception):
    """Standard output could not be written (a full disk, a closed pipe)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.errno = error.errno
        self.reason = error.strerror or type(error).__name__


class ReaderStream(io.TextIOBase):
    """Standard output (or error) as the reader gets it: everything written passes through the
    run's mask, a line at a time, so no number is cut in two between writes."""

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self.target = target
        self._pending = ""
        self._started = False

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.target.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", None) or "utf-8"

    def write(self, text: str) -> int:
        written = len(text)
        if not self._started and text:
            self._started = True
            if text.startswith(BOM):  # a CSV for Excel starts with one; inside text it hides
                self._emit(BOM)
                text = text[len(BOM) :]
        self._pending += text
        cut = self._pending.rfind("\n") + 1
        if cut:
            ready, self._pending = self._pending[:cut], self._pending[cut:]
            self._emit(current().block(ready))
        return written

    def _emit(self, text: str) -> None:
        try:
            self.target.write(text)
        except OSError as error:
            raise OutputFailed(error) from error

    def write_styled(self, text: str) -> None:
        """TEXT with the terminal colours the caller put in it: BSNs are masked, escape
        sequences stay. Only for text whose every value already passed :meth:`Mask.line`."""
        self.flush_pending()
        self._emit(mask_bsns(text, current().known))

    def flush_pending(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, ""
            self._emit(current().block(pending))

    def flush(self) -> None:
        self.flush_pending()
        try:
            self.target.flush()
        except OSError as error:
            raise OutputFailed(error) from error
