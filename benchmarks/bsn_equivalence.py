"""Whether the BSN scan still says exactly what it said at a reference commit.

    python benchmarks/bsn_equivalence.py [--ref 2d7ec5c] [--count 100000] [--seed 1] [--bulk]
                                         [--links-may-find-more]

The reference scan is taken from git (``git show REF:src/swlabel/doors/bsn.py``, or the
files of the package ``src/swlabel/doors/bsn/`` since its split) into a temporary folder and
imported beside the current one. Both are given the same texts,
and ``find_bsns``, ``bsn_digits``, ``holds_bsn`` and ``mask_bsns`` (without and with known
numbers) must give the same answers:

- every string in ``tests/test_bsn.py`` (its test corpus), alone and in pairs;
- every case of ``benchmarks/bsn_scan.py`` at a few small sizes;
- ``--count`` generated texts: random fragments of the test corpus glued with line breaks,
  lines of values (lists, ``key: value``, labels above, blank lines between), short lists
  each under a label (the same label or another), a label and its short list repeated many
  times (now and then broken by another line, a number that fails or one written otherwise),
  long lines of listed numbers cut by a piece that is not BSN-sized, tables (``;``,
  ``,``, tab and ``|``, with and without a header, quoted cells) and YAML, with numbers that
  pass the 11-proef or not, 8-digit numbers, dates, IP-like and separated numbers, masked
  numbers, and lines that repeat the shape of the line before with other digits, or with
  their 9-digit numbers written another way (``123.456.782`` below ``1234.56.782``).

With ``--links-may-find-more`` a text with a link in it (``://`` or ``www.``) may find more
than at REF, and mask more, but never less: a number that is a whole cell of a table after a
link in the cell before it is a cell of its own since the rows of a table were judged
together (before, it was taken for part of the link). The text's answers must then be
supersets of REF's; every other text must give the same answers.

With ``--bulk`` the current scan takes its bulk paths as early as it can (a block after one
line alike instead of eight, the masked text scanned afresh whenever masking changed more than
an eighth of its lines), so that the short generated texts go through them too.

It prints how many texts it compared and stops at the first difference, printing the text.
Exit code 0 when all agree. It takes a few minutes for 100,000 texts; it is not part of the
test suite.
"""

from __future__ import annotations

import argparse
import ast
import itertools
import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import bsn_scan  # noqa: E402

from swlabel.doors import bsn as current  # noqa: E402
from swlabel.doors.bsn import scan as current_scan  # noqa: E402

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


def corpus() -> list[str]:
    tree = ast.parse((ROOT / "tests" / "test_bsn.py").read_text(encoding="utf-8"))
    found = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    # f-strings of the tests hold their numbers as names; fill them in with test numbers.
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                if isinstance(value, ast.Constant):
                    parts.append(str(value.value))
                else:
                    parts.append("123456782")
            found.add("".join(parts))
    return sorted(found)


def passing(draw: random.Random) -> str:
    while True:
        first = f"{draw.randrange(0, 100_000_000):08d}"
        check = sum(w * int(c) for w, c in zip(WEIGHTS, first, strict=True)) % 11
        if check < 10 and first != "00000000":
            return first + str(check)


def number(draw: random.Random) -> str:
    kind = draw.random()
    nine = passing(draw) if kind < 0.7 else f"{draw.randrange(0, 10**9):09d}"
    shape = draw.random()
    if shape < 0.55:
        return nine
    if shape < 0.65:
        return nine[1:] if nine[0] == "0" else nine[:8]
    if shape < 0.72:
        return f"{nine[:3]}.{nine[3:6]}.{nine[6:]}"
    if shape < 0.76:
        return f"{nine[:4]}.{nine[4:6]}.{nine[6:]}"
    if shape < 0.80:
        return f"{nine[:2]}.{nine[2:4]}.{nine[4:6]}.{nine[6:]}"
    if shape < 0.83:
        return f"{nine[:3]}-{nine[3:6]}-{nine[6:]}"
    if shape < 0.86:
        return f"{nine[:3]} {nine[3:6]} {nine[6:]}"
    if shape < 0.89:
        return draw.choice(["20260106", "14011980", "19991231", "2026-01-06", "10.20.30.123"])
    if shape < 0.92:
        return "*" * 9
    if shape < 0.95:
        return nine + passing(draw)[: draw.randrange(1, 10)]
    return (
        f"{draw.randrange(10, 250)}.{draw.randrange(0, 256)}.{draw.randrange(0, 256)}.{nine[-3:]}"
    )


WORDS = [
    "bsn",
    "BSN",
    "Burgerservicenummer",
    "BSN's",
    "sofinummer",
    "kvk",
    "KvK-nummer",
    "klantnummer",
    "naam",
    "datum",
    "bedrag",
    "telefoon",
    "nummer",
    "id",
    "client_bsn",
    "rsin",
    "kolom",
    "moeder",
    "gezien",
    "en",
    "of",
    "dossier nr",
    "postcode",
    "€",
    "EUR",
    "totaal",
    "Gesprek",
    "scan",
    "bsn-",
    "bsn_",
    "x",
    "Notities",
    "https://example.nl/client?bsn=",
    "www.x.nl/",
]
SEPARATORS = ["\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n\n\n"]
MARKERS = ["", "", "- ", "  - ", "    - ", "* ", "1. ", "> ", "  ", "\t"]


def word(draw: random.Random) -> str:
    return draw.choice(WORDS)


def value_line(draw: random.Random) -> str:
    kind = draw.random()
    marker = draw.choice(MARKERS)
    quote = draw.choice(["", "", "", '"', "'", "`", "**"])
    tail = draw.choice(
        ["", "", "", ",", " ", "  # " + word(draw), " €", " (moeder)", " " + word(draw)]
    )
    if kind < 0.6:
        return f"{marker}{quote}{number(draw)}{quote}{tail}"
    if kind < 0.85:
        return f"{marker}{word(draw)}: {quote}{number(draw)}{quote}{tail}"
    return f"{marker}{word(draw)} {number(draw)} {word(draw)} {number(draw)}{tail}"


def repeated(draw: random.Random, line: str) -> str:
    """LINE with other digits (the same shape), or now and then another line."""
    if draw.random() < 0.1:
        return value_line(draw)
    chars = list(line)
    for index, char in enumerate(chars):
        if char.isdigit() and draw.random() < 0.8:
            chars[index] = str(draw.randrange(10))
    made = "".join(chars)
    if draw.random() < 0.3:
        # Make the numbers pass where they can: many of the shapes are then BSNs.
        made = _fix_numbers(made, draw)
    if draw.random() < 0.25:
        made = respell(made, draw)
    return made


# A number of nine digits as a BSN may be written, not inside a longer run of digits.
NINE = re.compile(
    r"(?<![0-9])(?:[0-9]{9}|[0-9]{3}([-. ])[0-9]{3}\1[0-9]{3}|[0-9]{4}([-. ])[0-9]{2}\2[0-9]{3}"
    r"|[0-9]{2}([-. ])[0-9]{2}\3[0-9]{2}\3[0-9]{3})(?![0-9])"
)


def respell(line: str, draw: random.Random) -> str:
    """LINE with its 9-digit numbers written another way (123456782, 123.456.782, 1234.56.782,
    12.34.56.782, with dots, dashes or spaces), the same digits: the same line as the scan's
    rules read it, shaped otherwise."""

    def other(match: re.Match[str]) -> str:
        nine = re.sub("[-. ]", "", match.group())
        separator = draw.choice(".- ")
        groups = draw.choice([(9,), (3, 3, 3), (4, 2, 3), (2, 2, 2, 3)])
        if nine[0] == "0" and draw.random() < 0.2:
            nine, groups = nine[1:], draw.choice([(8,), (2, 3, 3), (3, 2, 3)])
        parts = []
        position = 0
        for size in groups:
            parts.append(nine[position : position + size])
            position += size
        return separator.join(parts)

    return NINE.sub(other, line)


def _fix_numbers(line: str, draw: random.Random) -> str:
    out = []
    index = 0
    while index < len(line):
        if line[index : index + 9].isdigit() and (index == 0 or not line[index - 1].isdigit()):
            out.append(passing(draw))
            index += 9
        else:
            out.append(line[index])
            index += 1
    return "".join(out)


def lines_text(draw: random.Random) -> str:
    parts = []
    if draw.random() < 0.5:
        parts.append(
            draw.choice(
                [
                    "BSN:",
                    "bsns:",
                    "Burgerservicenummer",
                    "KvK:",
                    "nummers:",
                    "# BSN",
                    word(draw) + ":",
                ]
            )
        )
    line = value_line(draw)
    for _ in range(draw.randrange(1, 12)):
        parts.append(line)
        line = repeated(draw, line)
        if draw.random() < 0.08:
            parts.append(draw.choice(["BSN:", "KvK:", "", word(draw), "bsns:"]))
    separator = draw.choice(SEPARATORS)
    if draw.random() < 0.3:
        return "".join(part + draw.choice(SEPARATORS) for part in parts)
    return separator.join(parts) + draw.choice(["", "\n"])


def groups_text(draw: random.Random) -> str:
    """Short lists of values shaped alike, a label above each (the same label or another)."""
    line = value_line(draw)
    parts = []
    for _ in range(draw.randrange(1, 6)):
        parts.append(
            draw.choice(["BSN:", "BSN:", "KvK:", "Burgerservicenummer", "# BSN", "- BSN:", "x"])
            if draw.random() < 0.9
            else word(draw)
        )
        for _ in range(draw.randrange(1, 4)):
            parts.append(line)
            line = repeated(draw, line)
    return draw.choice(["\n", "\n", "\r\n"]).join(parts) + draw.choice(["", "\n"])


def periods_text(draw: random.Random) -> str:
    """A label and a short list of values under it, repeated many times with other digits: the
    same label (now and then another, or a blank line), the values shaped alike (now and then
    written otherwise), most numbers passing the 11-proef, some not."""
    labels = ["BSN:", "BSN:", "Burgerservicenummer", "- BSN:", "# BSN", "KvK:", "BSN, naam"]
    label = draw.choice([*labels, "x;y", word(draw)])
    template = draw.choice(
        [
            "- {}",
            "{} (moeder), gezien",
            "{}",
            "nummer: {}",
            "  - {}",
            "{}, x",
            "{};{}",
            "{} en {}",
            "* {}",
        ]
    )
    size = draw.randrange(1, 12)
    fail = draw.choice([0.0, 0.0, 0.02, 0.1, 0.5])
    lines = []
    for _ in range(draw.randrange(2, 60)):
        odd = draw.random()
        if odd < 0.03:
            lines.append(draw.choice(["", word(draw), "KvK:", label + " "]))
        elif odd < 0.05:
            lines.append(value_line(draw))
        lines.append(label)
        for _ in range(size):
            numbers = [
                f"{draw.randrange(0, 10**9):09d}" if draw.random() < fail else passing(draw)
                for _ in range(template.count("{}"))
            ]
            line = template.format(*numbers)
            if draw.random() < 0.02:
                line = respell(line, draw)
            lines.append(line)
    return draw.choice(["\n", "\n", "\r\n"]).join(lines) + draw.choice(["", "\n", "\nx\n"])


def listed_text(draw: random.Random) -> str:
    """A long line of nine-digit numbers listed with single spaces (longer than the scan's
    long line), cut here and there by a piece that is not BSN-sized, masked digits, a number
    written otherwise or another character, with a label or text before it."""
    pieces = [passing(draw) if draw.random() < 0.8 else number(draw) for _ in range(400)]
    pieces = [piece if len(piece) == 9 and piece.isdigit() else passing(draw) for piece in pieces]
    for _ in range(draw.randrange(0, 4)):
        place = draw.randrange(len(pieces))
        pieces[place] += draw.choice(["5", " 12", "****", " 12345678", " 123.456.782", ";", "x"])
    start = draw.choice(
        ["", "", "BSN: ", "klantnummers ", "naam;nummers\nx;", "Burgerservicenummers\n"]
    )
    return start + " ".join(pieces) + draw.choice(["", "\n", " (moeder)\n"])


def table_text(draw: random.Random) -> str:
    delimiter = draw.choice([";", ",", "\t", " | ", "|", ", "])
    width = draw.randrange(1, 6)
    edge = draw.choice(["", "| "]) if "|" in delimiter else ""
    rows = []
    if draw.random() < 0.6:
        rows.append(edge + delimiter.join(word(draw) for _ in range(width)) + edge)
        if "|" in delimiter and draw.random() < 0.7:
            rows.append("|" + "---|" * width)
    row = (
        edge
        + delimiter.join(
            draw.choice(
                [
                    number(draw),
                    number(draw),
                    f'"{number(draw)}"',
                    word(draw),
                    "",
                    f'"a{delimiter}b"',
                ]
            )
            for _ in range(width)
        )
        + edge
    )
    for _ in range(draw.randrange(1, 10)):
        rows.append(row)
        row = repeated(draw, row)
        if draw.random() < 0.05:
            rows.append("")
    return draw.choice(["\n", "\n", "\r\n"]).join(rows) + "\n"


def yaml_text(draw: random.Random) -> str:
    lines = []
    for _ in range(draw.randrange(1, 5)):
        key = word(draw).replace(":", "")
        if draw.random() < 0.5:
            lines.append(f"{key}: {number(draw)}")
        else:
            lines.append(f"{key}:")
            item = f"  - {number(draw)}"
            for _ in range(draw.randrange(1, 6)):
                lines.append(item)
                item = repeated(draw, item)
    return "\n".join(lines) + "\n"


def fragments_text(draw: random.Random, texts: list[str]) -> str:
    parts = [draw.choice(texts) for _ in range(draw.randrange(1, 5))]
    if draw.random() < 0.5:
        parts = [part[draw.randrange(len(part) + 1) :] if part else part for part in parts]
    return "".join(part + draw.choice(["", " ", *SEPARATORS]) for part in parts)


def generated(count: int, seed: int, texts: list[str]) -> Iterator[str]:
    draw = random.Random(seed)  # noqa: S311 - test data
    makers: list[Callable[[], str]] = [
        lambda: lines_text(draw),
        lambda: groups_text(draw),
        lambda: periods_text(draw),
        lambda: listed_text(draw),
        lambda: table_text(draw),
        lambda: yaml_text(draw),
        lambda: fragments_text(draw, texts),
        lambda: lines_text(draw) + draw.choice(SEPARATORS) + table_text(draw),
        lambda: fragments_text(draw, texts) + "\n" + lines_text(draw),
    ]
    for _ in range(count):
        yield draw.choice(makers)()


def answers(module: ModuleType, text: str, known: frozenset[str]) -> tuple[object, ...]:
    found = [(m.line, m.column, m.text, m.digits) for m in module.find_bsns(text)]
    return (
        found,
        module.bsn_digits(text),
        module.holds_bsn(text),
        module.mask_bsns(text),
        module.mask_bsns(text, known),
        module.holds_bsn(text, known),
    )


def finds_more(text: str, before: tuple[object, ...], after: tuple[object, ...]) -> bool:
    """Whether AFTER's answers on TEXT find, hold and mask all that BEFORE's do, and more."""
    found_before, digits_before, holds_before, masked_before, known_before, holds_known = before
    found_after, digits_after, holds_after, masked_after, known_after, holds_known_after = after
    return (
        set(found_before) <= set(found_after)  # type: ignore[call-overload]
        and digits_before <= digits_after  # type: ignore[operator]
        and holds_after >= holds_before  # type: ignore[operator]
        and holds_known_after >= holds_known  # type: ignore[operator]
        and masks_more(text, masked_before, masked_after)  # type: ignore[arg-type]
        and masks_more(text, known_before, known_after)  # type: ignore[arg-type]
    )


def masks_more(text: str, before: str, after: str) -> bool:
    """Whether AFTER masks every character of TEXT that BEFORE masks (a star where TEXT has
    a digit)."""
    return len(before) == len(after) == len(text) and all(
        b != "*" or a == "*" for a, b in zip(after, before, strict=True)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ref", default="2d7ec5c")
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--bulk", action="store_true", help="take the bulk paths from the first line alike"
    )
    parser.add_argument(
        "--links-may-find-more",
        action="store_true",
        help="texts with a link may find more than at REF, never less",
    )
    args = parser.parse_args(argv)
    supersets = 0
    if args.bulk:
        # The scan looks these up in its own module.
        current_scan._BULK_AFTER = 1
        current_scan._MANY_LINES = 0
    old = bsn_scan.reference(args.ref)
    texts = corpus()
    draw = random.Random(args.seed)  # noqa: S311 - test data
    compared = 0

    def compare(text: str) -> bool:
        nonlocal compared
        digits = sorted(old.bsn_digits(text))
        known = frozenset(
            [*draw.sample(digits, min(len(digits), 2)), passing(draw), "12345672", "012345672"]
        )
        compared += 1
        before, after = answers(old, text, known), answers(current, text, known)
        if before == after:
            return True
        if args.links_may_find_more and ("://" in text or "www." in text.lower()):
            nonlocal supersets
            if finds_more(text, before, after):
                supersets += 1
                return True
        print(f"DIFFERENT after {compared:,} texts: {text!r} (known {sorted(known)})")
        return False

    pairs = [a + "\n" + b for a, b in itertools.pairwise(texts)]
    for text in [*texts, *pairs]:
        if not compare(text):
            return 1
    for case in bsn_scan.CASES:
        for size in (50, 300, 3_000, 30_000):
            if not compare(bsn_scan.build(case, size, args.seed)):
                return 1
    for number_of, text in enumerate(generated(args.count, args.seed, texts), 1):
        if not compare(text):
            return 1
        if number_of % 20_000 == 0:
            print(f"{number_of:,} generated texts agree", flush=True)
    print(
        f"All {compared:,} texts agree ({len(texts):,} from the test corpus, {len(pairs):,} "
        f"pairs of them, {len(bsn_scan.CASES) * 4} benchmark texts, {args.count:,} generated)."
    )
    if args.links_may_find_more:
        print(f"Of them {supersets:,} texts with a link find more than at the reference.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
