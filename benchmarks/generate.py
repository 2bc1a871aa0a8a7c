"""Write a synthetic evidence repository of a chosen size, in swlabel's own format.

The repository looks like a (very large) organisation's dossier: its own norm set
(``normen.yaml``), one evidence file per norm (Markdown with front matter, some YAML), a
document register split over ten files under ``register/``, an improvement plan, a pool of
small real files under ``documenten/`` and a README. About one entry in a hundred is wrong on
purpose, so that ``swlabel check`` has real work to report:

========  ==========================================================================
SWL106    an unknown field in an evidence item (``titel:``) - in ~1% of evidence files
SWL107    an impossible date (``2026-02-30``) - in ~0.5% of evidence files
SWL204    a ``document:`` reference to an id the register lacks - ~0.5% of references
SWL205    an inline ``path:`` to a file that does not exist - ~0.3% of inline items
SWL401    evidence past its ``valid_until`` - ~0.5% of inline items, ~0.5% of documents
========  ==========================================================================

Everything is drawn from one ``random.Random(seed)``: the same seed and sizes give the same
bytes. Usage::

    python benchmarks/generate.py DIR --size large --seed 1
    python benchmarks/generate.py DIR --norms 20 --documents 50 --items 200
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
from dataclasses import dataclass
from pathlib import Path

# name -> (norms, register documents, evidence items)
SIZES: dict[str, tuple[int, int, int]] = {
    "tiny": (20, 50, 200),
    "large": (1_000, 5_000, 20_000),
    "huge": (5_000, 20_000, 100_000),
}

AS_OF = dt.date(2026, 11, 1)  # the reference date the benchmark checks against
NEXT_AUDIT = dt.date(2027, 3, 16)
NORMS_PER_RUBRIEK = 250
REGISTER_FILES = (
    "beleid",
    "hr",
    "verslagen",
    "financien",
    "privacy",
    "veiligheid",
    "vrijwilligers",
    "samenwerking",
    "kwaliteit",
    "communicatie",
)
MAX_POOL = 300  # real files under documenten/; items and documents share them
DOCUMENT_REFERENCE_SHARE = 0.5  # the rest of the evidence items is described inline
URL_SHARE = 0.2  # of inline items and register documents with a url instead of a path
MARKDOWN_SHARE = 0.8  # of evidence files as .md (the rest as .yaml)

# Planted mistakes (shares of files, references or items; see the module docstring).
UNKNOWN_FIELD_FILES = 0.01
IMPOSSIBLE_DATE_FILES = 0.005
UNKNOWN_DOCUMENT_REFS = 0.005
MISSING_PATH_ITEMS = 0.003
EXPIRED_ITEMS = 0.005
EXPIRED_DOCUMENTS = 0.005

_WORD_TEXT = (
    "de het een en van in op met voor door bij naar over onder tussen ook niet wel altijd "
    "samen wijk buurt bewoners cliënten professionals vrijwilligers teams gemeente partners "
    "afspraken overleg evaluatie kwaliteit signalen ondersteuning begeleiding gesprekken "
    "jaarplan werkwijze methodiek resultaten doelen inzet netwerk participatie zorg welzijn "
    "jongeren ouderen gezinnen mantelzorgers activiteiten project aanpak verbetering "
    "medewerkers leidinggevenden teamleider kwaliteitsmedewerker beleid procedure regeling "
    "rapportage registratie dossier privacy veiligheid scholing intervisie feedback "
    "bespreken vastleggen evalueren verbeteren organiseren ondersteunen signaleren "
    "afstemmen borgen toetsen rapporteren plannen uitvoeren zichtbaar duidelijk tijdig "
    "zorgvuldig structureel jaarlijks maandelijks gezamenlijk concreet praktisch"
)
WORDS = tuple(_WORD_TEXT.split())
KINDS = (
    "beleidsplan",
    "reglement",
    "protocol",
    "procedure",
    "jaarverslag",
    "rapportage",
    "notulen",
    "overzicht",
    "evaluatie",
    "handboek",
    "convenant",
    "contract",
)
OWNERS = (
    "Directeur-bestuurder",
    "Manager HR",
    "Kwaliteitsmedewerker",
    "Controller",
    "Functionaris gegevensbescherming",
    "Teamleider wijkteam",
    "Coördinator vrijwilligers",
    "Preventiemedewerker",
)
ASSESSORS = (
    "M. Jansen, kwaliteitsmedewerker",
    "S. Bakker, beleidsmedewerker",
    "A. de Vries, teamleider",
    "K. Yilmaz, manager HR",
    "R. Visser, controller",
)
INTERVIEWEES = (
    "medewerkers",
    "vrijwilligers",
    "cliëntenraad",
    "or",
    "management",
    "samenwerkingspartners",
    "gemeente",
    "stagiaires",
)
STATUSES = (
    ("compliant", 0.62),
    ("partially_compliant", 0.2),
    ("non_compliant", 0.04),
    ("not_applicable", 0.04),
    ("not_assessed", 0.1),
)
ACTION_STATUSES = ("open", "in_progress", "in_progress", "done", "cancelled")
ACTION_SOURCES = ("zelfevaluatie", "toetsing", "intern")
POOL_EXTENSIONS = (".pdf", ".pdf", ".pdf", ".pdf", ".docx", ".docx", ".md", ".xlsx")
SCOPE_QUESTIONS = (
    (
        "business_critical_volunteers",
        "Zet de organisatie bedrijfskritische vrijwilligers in?",
        True,
    ),
    ("business_critical_interns", "Zet de organisatie bedrijfskritische stagiaires in?", False),
    ("hired_third_parties", "Zet de organisatie derden in?", True),
)
SCOPE_ANSWERS = {question: answer for question, _, answer in SCOPE_QUESTIONS}


@dataclass(frozen=True)
class NormSpec:
    id: str
    rubriek: str
    aspects: tuple[str, ...]
    applies_if: str | None


def q(value: str) -> str:
    """A YAML double-quoted scalar (the generated text holds no backslashes or quotes)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(values: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(values) + "]"


class Writer:
    """Everything drawn from one seeded random generator, in a fixed order."""

    def __init__(self, root: Path, *, norms: int, documents: int, items: int, seed: int) -> None:
        self.root = root
        self.n_norms = norms
        self.n_documents = documents
        self.n_items = items
        self.seed = seed
        self.rng = random.Random(seed)  # noqa: S311 - test data, not cryptography

    # --- text ----------------------------------------------------------------------------

    def sentence(self, low: int = 8, high: int = 18) -> str:
        words = [self.rng.choice(WORDS) for _ in range(self.rng.randint(low, high))]
        return words[0].capitalize() + " " + " ".join(words[1:]) + "."

    def paragraph(self, low: int = 3, high: int = 5) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def title(self, low: int = 3, high: int = 7) -> str:
        words = [self.rng.choice(WORDS) for _ in range(self.rng.randint(low, high))]
        return " ".join(words).capitalize()

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randint(0, (end - start).days))

    def day(self, start: tuple[int, int, int], end: tuple[int, int, int]) -> str:
        return self.date_between(dt.date(*start), dt.date(*end)).isoformat()

    def chance(self, share: float) -> bool:
        return self.rng.random() < share

    # --- the parts -----------------------------------------------------------------------

    def write(self, relpath: str, text: str) -> None:
        path = self.root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))

    def generate(self) -> None:
        self.norm_specs = self.make_norms()
        self.pool = self.make_pool()
        self.document_ids = self.make_register()
        self.action_ids = self.make_plan()
        self.make_evidence()
        self.make_config()

    def make_norms(self) -> list[NormSpec]:
        count = self.n_norms
        rubrieken = max(min(3, count), math.ceil(count / NORMS_PER_RUBRIEK))
        per_rubriek = [
            count // rubrieken + (1 if r < count % rubrieken else 0) for r in range(rubrieken)
        ]
        specs: list[NormSpec] = []
        lines = [
            "# Eigen normenset voor de benchmark van swlabel: synthetisch, gegenereerd door",
            f"# benchmarks/generate.py (seed {self.seed}). Niet met de hand bewerken.",
            "format_version: 1",
            f"id: benchmark-{count}",
            'version: "2026-01-01"',
            f"title: Synthetische normenset met {count} normen",
            "publisher: swlabel benchmark",
            "effective_date: 2026-01-01",
            "scope_questions:",
        ]
        for question_id, text, _ in SCOPE_QUESTIONS:
            lines += [f"  - id: {question_id}", "    question:", f"      nl: {q(text)}"]
        lines.append("rubrieken:")
        for r in range(rubrieken):
            lines += [
                f'  - id: "{r + 1}"',
                f"    title: {q(self.title(1, 3))}",
                f"    description: {q(self.sentence())}",
            ]
        lines.append("norms:")
        for r, size in enumerate(per_rubriek):
            for n in range(size):
                norm_id = f"{r + 1}.{n + 1}"
                aspect_count = self.rng.choice((0, 0, 1, 2, 2, 3, 3, 4))
                aspects: list[str] = []
                while len(aspects) < aspect_count:
                    aspect = "-".join(self.rng.sample(WORDS[20:], 2))
                    if aspect not in aspects:
                        aspects.append(aspect)
                applies_if = None
                if self.chance(0.02):
                    applies_if = self.rng.choice(SCOPE_QUESTIONS)[0]
                lines += [
                    f'  - id: "{norm_id}"',
                    f'    rubriek: "{r + 1}"',
                    f"    text: {q(self.sentence(12, 30))}",
                ]
                if applies_if:
                    lines.append(f"    applies_if: {applies_if}")
                if aspects:
                    lines.append("    aspects:")
                    for aspect in aspects:
                        lines += [
                            f"      - id: {aspect}",
                            f"        label: {q(aspect.replace('-', ' '))}",
                        ]
                else:
                    lines.append("    aspects: []")
                specs.append(NormSpec(norm_id, str(r + 1), tuple(aspects), applies_if))
        self.write("normen.yaml", "\n".join(lines) + "\n")
        return specs

    def make_pool(self) -> list[str]:
        size = min(MAX_POOL, max(10, self.n_documents // 10))
        pool = []
        for index in range(size):
            extension = self.rng.choice(POOL_EXTENSIONS)
            name = f"documenten/{self.rng.choice(KINDS)}-{index + 1:04d}{extension}"
            if extension == ".md":
                content = f"# {self.title()}\n\n{self.paragraph()}\n"
            elif extension == ".pdf":
                content = f"%PDF-1.4\n% synthetisch document {index + 1}\n%%EOF\n"
            else:
                content = f"synthetisch document {index + 1}\n"
            self.write(name, content)
            pool.append(name)
        return pool

    def make_register(self) -> list[str]:
        files: dict[str, list[str]] = {name: [] for name in REGISTER_FILES}
        ids: list[str] = []
        expired = self.planted(EXPIRED_DOCUMENTS, list(range(self.n_documents)))
        for index in range(self.n_documents):
            kind = self.rng.choice(KINDS)
            doc_id = f"{kind}-{index + 1:05d}"
            ids.append(doc_id)
            date = self.date_between(dt.date(2023, 1, 1), dt.date(2026, 10, 1))
            review = self.date_between(dt.date(2026, 9, 15), dt.date(2030, 12, 31))
            lines = [
                f"  - id: {doc_id}",
                f"    title: {q(self.title())}",
                f"    kind: {kind}",
            ]
            if self.chance(URL_SHARE):
                lines.append(f"    url: https://intranet.example.nl/documenten/{doc_id}")
            else:
                lines.append(f"    path: {self.rng.choice(self.pool)}")
            lines += [
                f"    owner: {q(self.rng.choice(OWNERS))}",
                f"    date: {date.isoformat()}",
                f"    review_date: {max(date + dt.timedelta(days=30), review)}",
            ]
            if index in expired:
                lines.append(f"    valid_until: {self.day((2025, 1, 1), (2026, 9, 30))}")
            elif self.chance(0.4):
                lines.append(f"    valid_until: {self.day((2027, 4, 1), (2030, 12, 31))}")
            files[REGISTER_FILES[index % len(REGISTER_FILES)]].append("\n".join(lines))
        for name, entries in files.items():
            header = [
                f"# Documentenregister: {name}. Synthetisch (benchmarks/generate.py).",
                "documents:",
            ]
            body = "\n\n".join(entries) if entries else ""
            text = "\n".join(header) + ("\n" + body if body else " []") + "\n"
            self.write(f"register/{name}.yaml", text)
        return ids

    def make_plan(self) -> list[str]:
        count = max(5, self.n_norms // 4)
        ids = []
        lines = [
            "# Verbeterplan. Synthetisch, gegenereerd door benchmarks/generate.py.",
            "actions:",
        ]
        for index in range(count):
            action_id = f"VA-2026-{index + 1:04d}"
            ids.append(action_id)
            norms = sorted(
                {self.rng.choice(self.norm_specs).id for _ in range(self.rng.randint(1, 3))}
            )
            status = self.rng.choice(ACTION_STATUSES)
            due = self.date_between(dt.date(2026, 3, 1), dt.date(2027, 12, 31))
            lines += [
                f"  - id: {action_id}",
                f"    title: {q(self.title(4, 9))}",
                "    description: >-",
                f"      {self.sentence()} {self.sentence()}",
                f"    norms: {flow([q(norm) for norm in norms])}",
                f"    source: {self.rng.choice(ACTION_SOURCES)}",
                f"    owner: {q(self.rng.choice(OWNERS))}",
                f"    due: {due.isoformat()}",
                f"    status: {status}",
            ]
            if status == "done":
                lines.append(f"    done_on: {self.day((2026, 1, 1), (2026, 10, 31))}")
            lines.append("")
        self.write("improvement-plan.yaml", "\n".join(lines))
        return ids

    def item_counts(self) -> list[int]:
        """Items per norm: around the mean, varying, summing to exactly n_items."""
        norms, items = self.n_norms, self.n_items
        counts = [items // norms + (1 if i < items % norms else 0) for i in range(norms)]
        for _ in range(norms):
            a, b = self.rng.randrange(norms), self.rng.randrange(norms)
            move = self.rng.randint(0, counts[a] // 2)
            counts[a] -= move
            counts[b] += move
        return counts

    def document_references(self, count: int) -> list[str]:
        """Every register document at least once (while references last), then at random."""
        order = list(self.document_ids)
        self.rng.shuffle(order)
        references = order[:count]
        references += [self.rng.choice(self.document_ids) for _ in range(count - len(references))]
        self.rng.shuffle(references)
        return references

    def planted(self, share: float, population: list[int]) -> set[int]:
        """max(1, round(SHARE x len(POPULATION))) members of POPULATION, chosen at random."""
        if not population:
            return set()
        count = min(len(population), max(1, round(share * len(population))))
        return set(self.rng.sample(population, count))

    def make_evidence(self) -> None:
        counts = self.item_counts()
        owner = [norm for norm, count in enumerate(counts) for _ in range(count)]
        is_reference = [self.chance(DOCUMENT_REFERENCE_SHARE) for _ in range(self.n_items)]
        references = iter(self.document_references(sum(is_reference)))
        # Files that fail validation as a whole (swlabel then skips their items), and the
        # item-level mistakes, planted only in files that do not, so that each one is reported.
        with_items = [norm for norm, count in enumerate(counts) if count]
        unknown_field = self.planted(UNKNOWN_FIELD_FILES, with_items)
        rest = [norm for norm in range(self.n_norms) if norm not in unknown_field]
        impossible_date = self.planted(IMPOSSIBLE_DATE_FILES, rest)
        broken = unknown_field | impossible_date
        healthy = [item for item in range(self.n_items) if owner[item] not in broken]
        unknown_document = self.planted(
            UNKNOWN_DOCUMENT_REFS, [item for item in healthy if is_reference[item]]
        )
        inline = [item for item in healthy if not is_reference[item]]
        missing_path = self.planted(MISSING_PATH_ITEMS, inline)
        expired = self.planted(EXPIRED_ITEMS, [item for item in inline if item not in missing_path])
        bad_field_item = {norm: self.rng.randrange(counts[norm]) for norm in sorted(unknown_field)}
        item = 0
        for norm, (spec, count) in enumerate(zip(self.norm_specs, counts, strict=True)):
            status = self.rng.choices([s for s, _ in STATUSES], [w for _, w in STATUSES])[0]
            if spec.applies_if and not SCOPE_ANSWERS[spec.applies_if]:
                status = "not_applicable"
            assessed_on = self.day((2025, 9, 1), (2026, 10, 15))
            fields = [
                f'norm: "{spec.id}"',
                f"status: {status}",
                f"assessed_by: {q(self.rng.choice(ASSESSORS))}",
                f"assessed_on: {'2026-02-30' if norm in impossible_date else assessed_on}",
            ]
            if status == "not_applicable":
                fields.append(f"not_applicable_reason: {q(self.sentence())}")
            fields.append("evidence:" if count else "evidence: []")
            for index in range(count):
                if is_reference[item]:
                    document = next(references)
                    if item in unknown_document:
                        document = f"onbekend-{document}"
                    fields += self.reference_item(spec, document)
                else:
                    fields += self.inline_item(spec, item in missing_path, item in expired)
                if bad_field_item.get(norm) == index:
                    fields.append(f"    titel: {q(self.title())}")
                item += 1
            fields.append(
                f"interviewees: {flow(self.rng.sample(INTERVIEWEES, self.rng.randint(1, 3)))}"
            )
            if self.chance(0.3):
                fields.append(f"actions: {flow(self.rng.sample(self.action_ids, 1))}")
            narrative = "\n\n".join(self.paragraph() for _ in range(self.rng.randint(2, 4)))
            if self.chance(MARKDOWN_SHARE):
                text = "---\n" + "\n".join(fields) + "\n---\n\n" + narrative + "\n"
                self.write(f"evidence/{spec.id}.md", text)
            else:
                block = "\n".join("  " + line if line else "" for line in narrative.split("\n"))
                text = (
                    f"# Zelfevaluatie van norm {spec.id}, in YAML-vorm.\n"
                    + "\n".join(fields)
                    + "\nnarrative: |\n"
                    + block
                    + "\n"
                )
                self.write(f"evidence/{spec.id}.yaml", text)

    def aspects(self, spec: NormSpec) -> list[str]:
        if not spec.aspects:
            return []
        chosen = self.rng.sample(spec.aspects, self.rng.randint(1, len(spec.aspects)))
        return [f"    aspects: {flow(chosen)}"]

    def reference_item(self, spec: NormSpec, document: str) -> list[str]:
        return [f"  - document: {document}", *self.aspects(spec)]

    def inline_item(self, spec: NormSpec, missing_path: bool, expired: bool) -> list[str]:
        kind = self.rng.choice(KINDS)
        lines = [f"  - title: {q(self.title())}", f"    kind: {kind}"]
        if missing_path:
            lines.append(f"    path: documenten/ontbreekt-{self.rng.randrange(10**6)}.pdf")
        elif self.chance(URL_SHARE):
            number = self.rng.randrange(10**5)
            lines.append(f"    url: https://intranet.example.nl/bewijs/{kind}-{number}")
        else:
            lines.append(f"    path: {self.rng.choice(self.pool)}")
        lines.append(f"    date: {self.day((2024, 1, 1), (2026, 10, 1))}")
        if expired:
            lines.append(f"    valid_until: {self.day((2025, 1, 1), (2026, 9, 30))}")
        elif self.chance(0.3):
            lines.append(f"    valid_until: {self.day((2027, 4, 1), (2029, 12, 31))}")
        return lines + self.aspects(spec)

    def make_config(self) -> None:
        lines = [
            "# Instellingen van een synthetisch dossier voor de benchmark van swlabel.",
            "format_version: 1",
            f"organisation: Stichting Welzijn Benchmark ({self.n_norms} normen, seed {self.seed})",
            "norms: normen.yaml",
            "language: nl",
            f"next_audit: {NEXT_AUDIT.isoformat()}",
            "scope:",
            *(
                f"  {question}: {'yes' if answer else 'no'}"
                for question, _, answer in SCOPE_QUESTIONS
            ),
            "check:",
            "  levels: {}",
        ]
        self.write("swlabel.yaml", "\n".join(lines) + "\n")
        readme = (
            "# Synthetisch dossier\n\n"
            f"Gegenereerd door `benchmarks/generate.py` (seed {self.seed}): {self.n_norms} normen, "
            f"{self.n_documents} documenten, {self.n_items} bewijsstukken. Verzonnen tekst.\n"
        )
        self.write("README.md", readme)


def generate(root: Path, *, norms: int, documents: int, items: int, seed: int) -> None:
    """Write a repository with NORMS norms, DOCUMENTS register documents and ITEMS evidence
    items (entries under ``evidence:``) into ROOT, which must be missing or empty."""
    if norms < 1 or documents < 1 or items < 0:
        raise ValueError("norms and documents must be at least 1, items at least 0")
    root = Path(root)
    if root.exists() and any(root.iterdir()):
        raise FileExistsError(f"{root} is not empty")
    root.mkdir(parents=True, exist_ok=True)
    Writer(root, norms=norms, documents=documents, items=items, seed=seed).generate()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="where to write (missing or empty)")
    parser.add_argument("--size", choices=sorted(SIZES), help="a named size")
    parser.add_argument("--norms", type=int)
    parser.add_argument("--documents", type=int)
    parser.add_argument("--items", type=int)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    norms, documents, items = SIZES[args.size] if args.size else (None, None, None)
    norms = args.norms or norms
    documents = args.documents or documents
    items = args.items if args.items is not None else items
    if norms is None or documents is None or items is None:
        parser.error("give --size, or all of --norms, --documents and --items")
    generate(args.directory, norms=norms, documents=documents, items=items, seed=args.seed)
    print(f"{args.directory}: {norms} norms, {documents} documents, {items} evidence items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
