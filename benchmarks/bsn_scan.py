"""How fast the BSN scan is on hostile text: seconds per MB for ``find_bsns`` and ``mask_bsns``.

    python benchmarks/bsn_scan.py [--mb 1] [--runs 3] [--cases lines,long_line] [--seed 1]

Each case is a text of about ``--mb`` megabytes made of 9-digit numbers that all pass the
11-proef (the worst input for the scan: every number is a candidate whose context must be
judged), written the ways a file may hold them:

==================  ========================================================================
lines               one number per line
yaml_list           ``bsns:`` and the numbers as list items under it
key_value           ``nummer: 123456782`` lines
csv_bsn_header      a wide ``;`` table of numbers under a header with a BSN column
csv_no_header       a wide ``,`` table of numbers without a header row
csv_plain_header    a wide ``;`` table under a header of neutral words
markdown_table      a wide ``|`` table with a BSN column and its ``|---|`` line
markdown_no_header  a wide ``|`` table of numbers only
separators          ``123.456.782``, ``1234.56.782``, ``12.34.56.782``, ``123-456-782`` lines
long_line           one line of numbers separated by single spaces
deep_indent         YAML list items, each one level deeper than the one before, up to 64
label_lines         ``BSN:`` label lines, each followed by a short list of numbers
labels_and_prose    a BSN label line followed by numbers with words after them
known_everywhere    distinct numbers in neutral places; the first is a BSN by its label, and
                    it appears again on every line, glued and in file names
glued_chain         under ``BSN:``, lines of two numbers glued together, each line starting
                    with the number that ended the line before (``123456782111222333``,
                    ``111222333…``): every number is a BSN only once the one before it is
                    masked
blank_separated     one number per line with a blank line between each
client_csv          a client list as exported: ``achternaam;voornaam;bsn;geboortedatum;plaats``
                    with names and places of many lengths (no two lines need be shaped alike)
client_list         ``Jansen,Piet,123456782`` lines without a header
client_table        a Markdown table ``| naam | bsn |`` with names
client_yaml         YAML records: ``- naam: Piet Jansen`` with ``bsn: 123456782`` below it
client_pairs        ``client_csv`` with its rows in pairs of the same names (two rows shaped
                    alike, then two others): the scan's reuse of a row and the rows judged
                    together take turns
client_links        ``client_csv`` with a link to each client's file before the BSN
                    (``https://crm.example.nl/dossier/4711``)
client_phones       ``client_csv`` with a phone number after the BSN (``06-12345678``): a
                    run of digits that is not a cell of a plain kind
client_quoted       ``client_csv`` as systems export it with every cell quoted
                    (``"Jansen";"Piet";"123456782"``)
sparse_table        a wide ``,`` table of numbers with one cell in ten empty
masked_cells        a wide ``;`` table of numbers with one cell in twenty masked already
na_cells            a wide ``;`` table of numbers with one cell in ten ``n.v.t.`` or ``-``
                    (not applicable), as Dutch tables mark an empty cell
known_heads         ``1234.5678.9012`` lines whose first eight digits are the first eight of
                    one of the 1,000 known numbers (found in review: every line has a known
                    number's digits to mask, read only in the "with 1,000 known" column)
known_glued         ``x123456782y`` words, each a known number glued between letters
known_spelled       one known number per line, written as in ``separators``: every line is
                    masked as known
known_in_longer     lines of a known number with a digit before or after it (``1234567821``,
                    ``0123.4567.82``): every line has a known number to mask in part of it
known_chain         one line of known numbers glued together (a run of a million digits)
==================  ========================================================================

The figures are the best of ``--runs`` runs of one call, in seconds per MB of text (UTF-8),
beside the number of BSNs found: ``find_bsns``, ``mask_bsns`` and ``mask_bsns`` with 1,000
known numbers from elsewhere (none of them in the text), as the one mask of every output
calls it. ``--mb`` picks the size; the scan is linear when the seconds
per MB stay the same for ``--mb 1`` and ``--mb 4``. Nothing is written; the texts are made in
memory from ``random.Random(seed)``, so the same seed gives the same texts.

With ``--ref COMMIT`` the scan of that commit (``src/swlabel/doors/bsn.py``, or the package
``src/swlabel/doors/bsn/`` since its split, taken with ``git show``) is timed beside the
current one, run for run on the same texts, and each figure is printed as ``before / after``:
on a busy machine only figures taken side by side compare. ``--clock cpu`` times the CPU time
of the process instead of the time on the wall, which other programs on a busy machine change
less (they still share its caches).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType

from swlabel.doors import bsn

WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
WIDTH = 20  # cells per row of the wide tables


def numbers(seed: int) -> Iterator[str]:
    """Endless distinct-looking 9-digit numbers that pass the 11-proef."""
    draw = random.Random(seed)  # noqa: S311 - test data, not secrets
    while True:
        first = f"{draw.randrange(10_000_000, 100_000_000):08d}"
        check = sum(w * int(c) for w, c in zip(WEIGHTS, first, strict=True)) % 11
        if check < 10:
            yield first + str(check)


def _fill(size: int, start: str, line: Callable[[], str]) -> str:
    parts = [start]
    total = len(start)
    while total < size:
        part = line()
        parts.append(part)
        total += len(part)
    return "".join(parts)


def _row(source: Iterator[str], delimiter: str, edge: str = "") -> str:
    return edge + delimiter.join(next(source) for _ in range(WIDTH)) + edge + "\n"


def _separated(number: str, index: int) -> str:
    shapes = (
        f"{number[:3]}.{number[3:6]}.{number[6:]}",
        f"{number[:4]}.{number[4:6]}.{number[6:]}",
        f"{number[:2]}.{number[2:4]}.{number[4:6]}.{number[6:]}",
        f"{number[:3]}-{number[3:6]}-{number[6:]}",
        f"{number[:4]} {number[4:6]} {number[6:]}",
    )
    return shapes[index % len(shapes)]


SYLLABLES = (
    "jan", "sen", "de", "vries", "bak", "ker", "vis", "ser", "mei", "jer", "boer", "mul",
    "groot", "bos", "pe", "ters", "hen", "driks", "leeu", "wen", "dek", "brou", "wer", "el",
    "am", "ra", "ni", "yil", "maz", "berg", "öz", "türk", "fa", "ti", "ma", "moham", "med",
    "san", "ne", "daan", "em", "lu", "cas", "ut", "recht", "zwol", "le", "ede",
)  # fmt: skip


def _word(draw: random.Random) -> str:
    """A name made of two or three syllables: names seldom repeat, as in a real list."""
    return "".join(draw.choice(SYLLABLES) for _ in range(draw.randrange(2, 4))).capitalize()


def _clients(case: str, size: int, source: Iterator[str], draw: random.Random) -> str:
    """The texts of the cases that hold names: lines of one text are seldom shaped alike."""

    def name() -> str:
        return f"{_word(draw)} {_word(draw)}"

    if case == "client_csv":
        return _fill(
            size,
            "achternaam;voornaam;bsn;geboortedatum;plaats\n",
            lambda: (
                f"{_word(draw)};{_word(draw)};{next(source)};"
                f"19{draw.randrange(40, 100)}-{draw.randrange(1, 13):02d}-"
                f"{draw.randrange(1, 29):02d};{_word(draw)}\n"
            ),
        )
    if case == "client_list":
        return _fill(
            size,
            "",
            lambda: f"{_word(draw)},{_word(draw)},{next(source)}\n",
        )
    if case == "client_table":
        return _fill(
            size, "| naam | bsn |\n|---|---|\n", lambda: f"| {name()} | {next(source)} |\n"
        )
    if case == "client_pairs":

        def pair() -> str:
            surname, first_name = _word(draw), _word(draw)
            return "".join(
                f"{surname};{first_name};{next(source)};1970-01-01;Ede\n" for _ in range(2)
            )

        return _fill(size, "achternaam;voornaam;bsn;geboortedatum;plaats\n", pair)
    if case == "client_links":
        return _fill(
            size,
            "achternaam;voornaam;dossier;bsn\n",
            lambda: (
                f"{_word(draw)};{_word(draw)};https://crm.example.nl/dossier/"
                f"{draw.randrange(1000, 100000)};{next(source)}\n"
            ),
        )
    if case == "client_phones":
        return _fill(
            size,
            "achternaam;voornaam;bsn;telefoon\n",
            lambda: (
                f"{_word(draw)};{_word(draw)};{next(source)};"
                f"06-{draw.randrange(10_000_000, 100_000_000)}\n"
            ),
        )
    if case == "client_quoted":
        return _fill(
            size,
            '"achternaam";"voornaam";"bsn";"geboortedatum";"plaats"\n',
            lambda: (
                f'"{_word(draw)}";"{_word(draw)}";"{next(source)}";'
                f'"19{draw.randrange(40, 100)}-{draw.randrange(1, 13):02d}-'
                f'{draw.randrange(1, 29):02d}";"{_word(draw)}"\n'
            ),
        )
    if case == "client_yaml":
        return _fill(size, "clienten:\n", lambda: f"  - naam: {name()}\n    bsn: {next(source)}\n")
    if case == "sparse_table":
        return _fill(
            size,
            "",
            lambda: (
                ",".join("" if draw.random() < 0.1 else next(source) for _ in range(WIDTH)) + "\n"
            ),
        )
    if case == "masked_cells":
        return _fill(
            size,
            "",
            lambda: (
                ";".join(
                    "*********" if draw.random() < 0.05 else next(source) for _ in range(WIDTH)
                )
                + "\n"
            ),
        )
    if case == "na_cells":
        return _fill(
            size,
            "",
            lambda: (
                ";".join(
                    draw.choice(("n.v.t.", "-")) if draw.random() < 0.1 else next(source)
                    for _ in range(WIDTH)
                )
                + "\n"
            ),
        )
    raise ValueError(case)


def build(case: str, size: int, seed: int = 1) -> str:
    """The text of CASE, about SIZE characters long."""
    source = numbers(seed)
    counter = iter(range(sys.maxsize))
    header = ["naam", "bsn", *(f"kolom{i}" for i in range(WIDTH - 2))]
    if case == "lines":
        return _fill(size, "", lambda: next(source) + "\n")
    if case == "yaml_list":
        return _fill(size, "bsns:\n", lambda: f"  - {next(source)}\n")
    if case == "key_value":
        return _fill(size, "", lambda: f"nummer: {next(source)}\n")
    if case == "csv_bsn_header":
        return _fill(size, ";".join(header) + "\n", lambda: _row(source, ";"))
    if case == "csv_no_header":
        return _fill(size, "", lambda: _row(source, ","))
    if case == "csv_plain_header":
        plain = ";".join(f"kolom{i}" for i in range(WIDTH)) + "\n"
        return _fill(size, plain, lambda: _row(source, ";"))
    if case == "markdown_table":
        top = "| " + " | ".join(header) + " |\n|" + "---|" * WIDTH + "\n"
        return _fill(size, top, lambda: _row(source, " | ", "| "))
    if case == "markdown_no_header":
        return _fill(size, "", lambda: _row(source, " | ", "| "))
    if case == "separators":
        return _fill(size, "", lambda: _separated(next(source), next(counter)) + "\n")
    if case == "long_line":
        return _fill(size, "", lambda: next(source) + " ")
    if case == "deep_indent":
        return _fill(size, "", lambda: "  " * (next(counter) % 64) + f"- {next(source)}\n")
    if case == "label_lines":
        return _fill(size, "", lambda: "BSN:\n" + "".join(f"- {next(source)}\n" for _ in range(5)))
    if case == "labels_and_prose":
        return _fill(
            size, "", lambda: "Burgerservicenummer\n" + f"{next(source)} (moeder), gezien\n"
        )
    if case == "known_everywhere":
        known = next(source)
        return _fill(
            size,
            f"BSN: {known}\n",
            lambda: f"klant {next(source)} met {known} in scan_{known}.pdf en {next(source)}\n",
        )
    if case == "glued_chain":
        previous = [next(source)]

        def link() -> str:
            number = next(source)
            line = f"{previous[0]}{number}\n"
            previous[0] = number
            return line

        return _fill(size, f"BSN:\n{previous[0]}\n", link)
    if case == "blank_separated":
        return _fill(size, "", lambda: next(source) + "\n\n")
    if case.startswith(("client_", "sparse_", "masked_", "na_")):
        return _clients(case, size, source, random.Random(seed))  # noqa: S311 - test data
    if case.startswith("known_") and case != "known_everywhere":
        # The known numbers of main(): the first 1,000 of the next seed's numbers.
        others = numbers(seed + 1)
        known = [next(others) for _ in range(1_000)]
        if case == "known_heads":

            def head() -> str:
                number = known[next(counter) % 1_000]
                return f"{number[:4]}.{number[4:8]}.{next(source)[:4]}\n"

            return _fill(size, "", head)
        if case == "known_spelled":

            def spelled() -> str:
                turn = next(counter)
                return _separated(known[turn % 1_000], turn) + "\n"

            return _fill(size, "", spelled)
        if case == "known_in_longer":

            def longer() -> str:
                turn = next(counter)
                digits = known[turn % 1_000] + str(turn % 10)
                if turn % 2:
                    digits = str(turn % 10) + digits[:9]
                return (digits if turn % 3 else f"{digits[:4]}.{digits[4:8]}.{digits[8:]}") + "\n"

            return _fill(size, "", longer)
        if case == "known_chain":
            return _fill(size, "", lambda: known[next(counter) % 1_000])
        return _fill(size, "", lambda: f"x{known[next(counter) % 1_000]}y ")
    raise ValueError(case)


CASES = (
    "lines",
    "yaml_list",
    "key_value",
    "csv_bsn_header",
    "csv_no_header",
    "csv_plain_header",
    "markdown_table",
    "markdown_no_header",
    "separators",
    "long_line",
    "deep_indent",
    "label_lines",
    "labels_and_prose",
    "known_everywhere",
    "glued_chain",
    "blank_separated",
    "client_csv",
    "client_list",
    "client_table",
    "client_yaml",
    "client_pairs",
    "client_links",
    "client_phones",
    "client_quoted",
    "sparse_table",
    "masked_cells",
    "na_cells",
    "known_heads",
    "known_glued",
    "known_spelled",
    "known_in_longer",
    "known_chain",
)


def reference(ref: str) -> ModuleType:
    """The scan as it was at commit REF: the module src/swlabel/doors/bsn.py, or the package
    src/swlabel/doors/bsn/ (from its split into modules on), imported as bsn_reference."""
    root = Path(__file__).resolve().parent.parent

    def show(path: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["git", "show", f"{ref}:{path}"], cwd=root, capture_output=True, text=True, check=False
        )

    folder = Path(tempfile.mkdtemp(prefix="bsn_reference_"))
    single = show("src/swlabel/doors/bsn.py")
    if single.returncode == 0:
        path = folder / "bsn_reference.py"
        path.write_text(single.stdout, encoding="utf-8")
    else:
        names = subprocess.run(
            ["git", "ls-tree", "--name-only", f"{ref}:src/swlabel/doors/bsn"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        (folder / "bsn_reference").mkdir()
        for name in names:
            if name.endswith(".py"):
                source = show(f"src/swlabel/doors/bsn/{name}").stdout
                # The modules import each other by their full name; point them at the copy.
                source = source.replace("swlabel.doors.bsn.", "bsn_reference.")
                (folder / "bsn_reference" / name).write_text(source, encoding="utf-8")
        path = folder / "bsn_reference" / "__init__.py"
    spec = importlib.util.spec_from_file_location("bsn_reference", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bsn_reference"] = module
    spec.loader.exec_module(module)
    return module


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of each text in MB")
    parser.add_argument("--runs", type=int, default=3, help="runs per call; the best counts")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated case names")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--ref", help="a commit whose scan is timed beside the current one")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = parser.parse_args(argv)
    clock = time.perf_counter if args.clock == "wall" else time.process_time
    modules = [bsn] if args.ref is None else [reference(args.ref), bsn]
    print("| case | MB | BSNs found | find_bsns s/MB | mask_bsns s/MB | with 1,000 known s/MB |")
    print("|---|---:|---:|---:|---:|---:|")
    others = numbers(args.seed + 1)
    known = frozenset(next(others) for _ in range(1_000))
    worst = 0.0
    for case in args.cases.split(","):
        text = build(case, int(args.mb * 1_000_000), args.seed)
        mb = len(text.encode()) / 1_000_000
        found = len(bsn.find_bsns(text))
        cells = []
        calls: list[Callable[[ModuleType, str], object]] = [
            lambda module, text: module.find_bsns(text),
            lambda module, text: module.mask_bsns(text),
            lambda module, text: module.mask_bsns(text, known),
        ]
        for call in calls:
            best = [float("inf")] * len(modules)
            for _ in range(args.runs):
                # One run of each scan in turn, so that both see the same load.
                for number, module in enumerate(modules):
                    began = clock()
                    call(module, text)
                    seconds = (clock() - began) / mb
                    best[number] = min(best[number], seconds)
            worst = max(worst, best[-1])
            cells.append(" / ".join(f"{seconds:.3f}" for seconds in best))
        print(f"| {case} | {mb:.2f} | {found:,} | " + " | ".join(cells) + " |", flush=True)
    print(f"\nSlowest: {worst:.3f} s per MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
