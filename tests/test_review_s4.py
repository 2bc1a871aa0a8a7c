"""Review of the BSN scan round of #12 class 9 (SWL501's meldingen per file)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from conftest import Result, findings, meldingen
from swlabel.doors.bsn import mask_bsns
from swlabel.doors.bsn import passes_elfproef as passes
from swlabel.doors.mask import Mask

Repo = Callable[..., Path]
Run = Callable[..., Result]


def _clients(count: int) -> str:
    numbers = [f"{n:08d}" for n in range(10_000_000, 10_001_000) if passes("0" + f"{n:08d}")]
    return "naam;bsn\n" + "".join(f"Client {k};{numbers[k]}\n" for k in range(count))


def test_a_file_with_one_bsn_more_than_twenty_gives_it_a_melding_of_its_own(
    small_repo: Repo, run: Run
) -> None:
    # The melding for the rest would stand for one number ('staan nog 1 burgerservicenummers',
    # 'are 1 more citizen service numbers'): the 21st number gets the melding every other
    # number has, at its place, and no melding speaks of the rest.
    repo = small_repo({"documenten/clienten.csv": _clients(21)})
    found = findings(
        run("check", repo, "--as-of", "2026-11-01", "--format", "json", "--select", "SWL501")
    )
    assert [(finding.line, finding.column) for finding in found] == [
        (line, 9 + len(str(line - 2))) for line in range(2, 23)
    ]
    for lang in ("nl", "en"):
        text = run("check", repo, "--as-of", "2026-11-01", "--select", "SWL501", "--lang", lang)
        lines = meldingen(text)
        assert len(lines) == 21
        assert lines[20].startswith("documenten/clienten.csv:22:")
        assert lines[20].split(" SWL501 ")[1] == lines[0].split(" SWL501 ")[1]
        assert not any("nog 1 " in line or "1 more" in line for line in lines)


def test_a_file_with_two_bsns_more_than_twenty_has_one_melding_for_both(
    small_repo: Repo, run: Run
) -> None:
    repo = small_repo({"documenten/clienten.csv": _clients(22)})
    lines = meldingen(run("check", repo, "--as-of", "2026-11-01", "--select", "SWL501"))
    assert len(lines) == 21
    assert lines[20].startswith("documenten/clienten.csv:22:")
    assert "tot en met regel 23, staan nog 2 burgerservicenummers" in lines[20]


def test_a_bsn_after_the_first_twenty_one_of_a_file_is_masked_where_only_the_mask_knows_it(
    small_repo: Repo, run: Run, tmp_path: Path
) -> None:
    # The scan keeps 21 BSNs of a file for SWL501, but the mask learns the digits of all of
    # them: the 30th client's number, which a narrative calls an order number (no BSN by its
    # context), is masked in the dossier and in check's meldingen.
    numbers = [str(n) for n in range(123_456_000, 123_457_000) if passes(str(n))]
    clients = "naam;bsn\n" + "".join(f"Client {k};{numbers[k]}\n" for k in range(30))
    late = numbers[29]
    body = f"Ordernummer {late} is afgehandeld.\n"
    repo = small_repo(
        {
            "documenten/clienten.csv": clients,
            "evidence/1.1.md": evidence_with(body),
        }
    )
    target = tmp_path / "dossier.md"
    run("report", repo, "--as-of", "2026-11-01", "--format", "md", "--output", target)
    dossier = target.read_text(encoding="utf-8")
    assert "Ordernummer" in dossier
    assert late not in dossier
    assert late not in run("check", repo, "--as-of", "2026-11-01", "--format", "json").out


def evidence_with(body: str) -> str:
    return f'---\nnorm: "1.1"\nstatus: not_assessed\n---\n{body}'


def test_the_output_mask_masks_every_known_number_that_mask_bsns_masks() -> None:
    # Mask._known_in lets a text without a number the scan would judge go unmasked unless a
    # known number is in one of its runs: it must see every place where mask_bsns masks one
    # (nine digits, eight without the leading 0, cut up by separators, glued, in long runs).
    draw = random.Random(12)
    nines = [str(n) for n in range(100_000_000, 100_100_000, 7) if passes(str(n))][:200]
    zeros = [f"0{n}" for n in range(12_345_000, 12_350_000) if passes(f"0{n}")][:50]
    for _ in range(1_500):
        known = frozenset(draw.sample(nines, 3) + draw.sample(zeros, 2))
        pieces = []
        for _ in range(draw.randrange(1, 6)):
            number = draw.choice(sorted(known))
            if number[0] == "0" and draw.random() < 0.5:
                number = number[1:]
            digits = "".join(draw.choice("0123456789") for _ in range(draw.randrange(0, 50)))
            cut = draw.randrange(len(digits) + 1)
            run = digits[:cut] + number[draw.randrange(0, 2) :] + digits[cut:]
            run = "".join(c + (draw.choice("-. ") if draw.random() < 0.1 else "") for c in run)
            pieces.append(run.strip("-. ") + draw.choice([" ", "\n", "x", "..", "--", "a1"]))
        text = "".join(pieces)
        assert Mask(known).block(text) == mask_bsns(text, known), (text, sorted(known))
