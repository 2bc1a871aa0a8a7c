"""Check the bundled norm catalogue against the text of the norms it was copied from.

The seed is the PDF text extraction of "Normen Kwaliteitslabel Sociaal Werk, versie 29 mei 2019".
It is parsed here on its own terms, without swlabel, so a slip in the catalogue (a lost word, a
renumbered norm, a page footer pasted into a definition) fails this test.
"""

from __future__ import annotations

import datetime
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
CATALOGUE = REPO / "norms" / "kwaliteitslabel-sociaal-werk-2019.yaml"
SEED = REPO / "tests" / "data" / "normen-kwaliteitslabel-sociaal-werk-2019-05-29.txt"

# The page footer of the PDF lands in the middle of the terminology list.
FOOTER = re.compile(
    r"^[ \t]*Normen Kwaliteitslabel Sociaal Werk versie 29 mei 2019[ \t]*$"
    r"|^[ \t]*Het Copyright op de normen berust bij Sociaal Werk Nederland\.[ \t]*\d+[ \t]*$",
    re.MULTILINE,
)

EXPECTED_APPLIES_IF = {
    "2.10": "business_critical_volunteers",
    "3.11": "business_critical_volunteers",
    "2.11": "business_critical_interns",
    "3.12": "business_critical_interns",
    "3.13": "citizens_initiatives",
    "3.14": "hired_third_parties",
}

EXPECTED_ASPECT_COUNTS = {
    "1.1": 0,
    "1.2": 0,
    "1.3": 4,
    "1.4": 4,
    "1.5": 2,
    "1.6": 2,
    "1.7": 2,
    "1.8": 2,
    "1.9": 4,
    "1.10": 3,
    "1.11": 0,
    "1.12": 3,
    "1.13": 0,
    "1.14": 0,
    "1.15": 3,
    "2.1": 3,
    "2.2": 4,
    "2.3": 5,
    "2.4": 4,
    "2.5": 6,
    "2.6": 3,
    "2.7": 2,
    "2.8": 5,
    "2.9": 4,
    "2.10": 7,
    "2.11": 7,
    "3.1": 7,
    "3.2": 3,
    "3.3": 2,
    "3.4": 2,
    "3.5": 0,
    "3.6": 2,
    "3.7": 7,
    "3.8": 4,
    "3.9": 0,
    "3.10": 3,
    "3.11": 11,
    "3.12": 12,
    "3.13": 3,
    "3.14": 3,
    "3.15": 0,
    "3.16": 3,
    "3.17": 7,
    "3.18": 2,
    "3.19": 5,
    "3.20": 0,
    "3.21": 3,
    "3.22": 4,
    "3.23": 3,
}

SEED_TERMS = [
    "Klant",
    "Professional",
    "Medewerker",
    "Organisatie",
    "Opdrachtgever",
    "Dienstverlening",
    "Bedrijfskritische vrijwilligers",
    "Niet-bedrijfskritische vrijwilligers",
    "Bedrijfskritische stagiaires",
    "Snuffel stagiaires",
    "Ingezette derden",
    "Samenwerkingspartner",
    "Belanghebbenden",
    "Van toepassing zijnde beroepscompetentieprofielen en beroepscodes",
]

KEBAB_ASCII = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def normalise(text: str) -> str:
    return " ".join(text.split())


@cache
def catalogue() -> dict[str, Any]:
    data = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@cache
def seed_text() -> str:
    raw = SEED.read_text(encoding="utf-8")
    text, removed = FOOTER.subn("", raw)
    assert removed == 2, "the page footer of the seed was not found; did the seed change?"
    return text


@cache
def seed_norms() -> tuple[tuple[str, str, str], ...]:
    """(rubriek, norm id, normalised text) for every numbered item under a "Rubriek N." heading."""
    body = seed_text().split("De normen van het kwaliteitskader", 1)[1]
    parts = re.split(r"^[ \t]*Rubriek (\d+)\.[^\n]*$", body, flags=re.MULTILINE)
    found = []
    for rubriek, section in zip(parts[1::2], parts[2::2], strict=True):
        items = re.split(r"^[ \t]*(\d{1,2})\.[ \t]", section, flags=re.MULTILINE)
        numbers = [int(number) for number in items[1::2]]
        assert numbers == list(range(1, len(numbers) + 1)), f"rubriek {rubriek}: {numbers}"
        for number, text in zip(items[1::2], items[2::2], strict=True):
            found.append((rubriek, f"{rubriek}.{number}", normalise(text)))
    return tuple(found)


@cache
def seed_terms() -> tuple[tuple[str, str], ...]:
    """(term, normalised entry text after the term) for every "- " item of "Terminologie"."""
    text = seed_text()
    start = text.index("De volgende terminologie is gebruikt:")
    end = text.index("Bij het normenkader", start)
    block = text[start:end].split(":", 1)[1]
    found = []
    for entry in re.split(r"^[ \t]*- ", block, flags=re.MULTILINE)[1:]:
        # A word broken after its own hyphen ("CJG-" / "teams") is one word.
        joined = normalise(re.sub(r"(?<=\w)-[ \t]*\n\s*(?=\w)", "-", entry))
        match = re.match(r"(.+?)(?: \(|: )(.*)", joined)
        assert match, joined
        found.append((match.group(1), match.group(2)))
    return tuple(found)


def bare(text: str) -> str:
    """Words of a definition without parentheses and the list's ';' or '.' at the end."""
    return normalise(text.replace("(", "").replace(")", "")).strip(" .;")


def norms_by_id() -> dict[str, dict[str, Any]]:
    return {norm["id"]: norm for norm in catalogue()["norms"]}


def aspects(norm: dict[str, Any]) -> list[dict[str, Any]]:
    return norm.get("aspects") or []


def labels(norm_id: str) -> list[str]:
    return [aspect["label"] for aspect in aspects(norms_by_id()[norm_id])]


def test_seed_has_15_11_23_norms() -> None:
    per_rubriek = [rubriek for rubriek, _, _ in seed_norms()]
    assert [per_rubriek.count(r) for r in ("1", "2", "3")] == [15, 11, 23]
    assert len(per_rubriek) == 49


def test_header_metadata() -> None:
    data = catalogue()
    assert data["format_version"] == 1
    assert data["id"] == "kwaliteitslabel-sociaal-werk-2019"
    assert data["version"] == "2019-05-29"
    assert data["title"] == "Normen Kwaliteitslabel Sociaal Werk"
    assert data["publisher"] == "Sociaal Werk Nederland"
    assert data["effective_date"] == datetime.date(2020, 1, 1)
    assert data["copyright"] == "Het Copyright op de normen berust bij Sociaal Werk Nederland."
    assert data["copyright"] in normalise(SEED.read_text(encoding="utf-8"))
    assert "29 mei 2019" in data["source"]
    assert data["source_url"].startswith("https://www.sociaalwerknederland.nl/")
    assert data["aspects_note"]["nl"]
    assert data["aspects_note"]["en"]


def test_header_comment_names_copyright_and_aspects() -> None:
    lines = CATALOGUE.read_text(encoding="utf-8").splitlines()
    comment = " ".join(line for line in lines[: lines.index("format_version: 1")])
    assert comment.startswith("#")
    assert "© Sociaal Werk Nederland" in comment
    assert "aspects" in comment


def test_rubrieken_match_seed() -> None:
    rubrieken = catalogue()["rubrieken"]
    assert [r["id"] for r in rubrieken] == ["1", "2", "3"]
    assert [r["title"] for r in rubrieken] == [
        "Vakmanschap",
        "Dienstverlening",
        "Organisatie en bestuur",
    ]
    headings = re.findall(r"^[ \t]*Rubriek (\d+)\. (.+?)[ \t]*$", seed_text(), re.MULTILINE)
    assert [(r["id"], r["title"]) for r in rubrieken] == headings
    opzet = normalise(seed_text().split("Opzet", 1)[1].split("Terminologie", 1)[0])
    for rubriek in rubrieken:
        assert rubriek["description"].startswith("bevat ")
        assert f"{rubriek['title']}: {rubriek['description']}" in opzet


def test_norm_ids_are_strings_in_seed_order() -> None:
    norms = catalogue()["norms"]
    assert all(isinstance(norm["id"], str) for norm in norms)
    assert all(isinstance(norm["rubriek"], str) for norm in norms)
    assert [norm["id"] for norm in norms] == [norm_id for _, norm_id, _ in seed_norms()]
    assert [norm["id"] for norm in norms][9] == "1.10"
    for norm in norms:
        assert norm["id"].split(".")[0] == norm["rubriek"]


def test_norm_text_is_verbatim() -> None:
    catalogued = {norm["id"]: norm["text"] for norm in catalogue()["norms"]}
    for _, norm_id, text in seed_norms():
        assert catalogued[norm_id] == text, norm_id
        assert catalogued[norm_id] == normalise(catalogued[norm_id]), norm_id


def test_norm_text_keeps_the_seeds_own_spelling() -> None:
    norms = norms_by_id()
    assert "zij in zetten." in norms["1.10"]["text"]
    assert "organisatieeisen" in norms["3.8"]["text"]
    assert "medezeggenschap, , ongewenst gedrag" in norms["3.17"]["text"]
    assert "risico’s" in norms["2.2"]["text"]
    assert norms["3.13"]["text"].endswith("rond deze samenwerking in de praktijk.")


def test_applies_if() -> None:
    declared = {question["id"] for question in catalogue()["scope_questions"]}
    assert declared == {
        "business_critical_volunteers",
        "business_critical_interns",
        "hired_third_parties",
        "citizens_initiatives",
    }
    for question in catalogue()["scope_questions"]:
        assert question["question"]["nl"].endswith("?")
        assert question["question"]["en"].endswith("?")
    applies_if = {
        norm["id"]: norm["applies_if"] for norm in catalogue()["norms"] if "applies_if" in norm
    }
    assert applies_if == EXPECTED_APPLIES_IF
    assert set(applies_if.values()) <= declared


def test_aspect_counts() -> None:
    counts = {norm["id"]: len(aspects(norm)) for norm in catalogue()["norms"]}
    assert counts == EXPECTED_ASPECT_COUNTS


def test_aspect_ids_and_labels() -> None:
    for norm in catalogue()["norms"]:
        ids = [aspect["id"] for aspect in aspects(norm)]
        assert len(ids) == len(set(ids)), norm["id"]
        for aspect in aspects(norm):
            assert set(aspect) == {"id", "label"}, norm["id"]
            assert isinstance(aspect["id"], str), norm["id"]
            assert aspect["id"].isascii(), (norm["id"], aspect["id"])
            assert KEBAB_ASCII.fullmatch(aspect["id"]), (norm["id"], aspect["id"])
            assert isinstance(aspect["label"], str), norm["id"]
            assert aspect["label"] == normalise(aspect["label"]) != "", norm["id"]


def test_aspect_labels_of_pinned_norms() -> None:
    assert labels("3.16") == ["ARBO", "RI&E", "BHV"]
    assert labels("3.17") == [
        "privacy/AVG",
        "klachten",
        "meldcode",
        "vertrouwensfunctie",
        "cliëntparticipatie",
        "medezeggenschap",
        "ongewenst gedrag",
    ]
    assert labels("3.11") == [
        "visie en beleid",
        "maatschappelijke meerwaarde",
        "risico’s",
        "wettelijke vereisten",
        "werving",
        "selectie",
        "contracteren",
        "inwerken",
        "ontwikkelen",
        "begeleiding",
        "evaluatie",
    ]


def test_mirrored_norms_have_mirrored_aspects() -> None:
    norms = norms_by_id()
    assert aspects(norms["2.10"]) == aspects(norms["2.11"])
    volunteers = aspects(norms["3.11"])
    interns = aspects(norms["3.12"])
    extra = [aspect for aspect in interns if aspect not in volunteers]
    assert [aspect["label"] for aspect in extra] == ["eisen van de opleiding"]
    assert [aspect for aspect in interns if aspect in volunteers] == volunteers


def test_terminology_has_every_term_of_the_seed() -> None:
    terms = catalogue()["terms"]
    assert [term for term, _ in seed_terms()] == SEED_TERMS
    assert [term["term"] for term in terms] == SEED_TERMS


def test_term_definitions_are_verbatim() -> None:
    for term, (name, entry) in zip(catalogue()["terms"], seed_terms(), strict=True):
        definition = term["definition"]
        assert term["term"] == name
        assert definition == normalise(definition) != "", name
        assert bare(definition) == bare(entry), name
        assert not definition.endswith(";"), name
        assert "Copyright" not in definition, name
        assert "versie 29 mei 2019" not in definition, name
    dienstverlening = catalogue()["terms"][SEED_TERMS.index("Dienstverlening")]
    assert "CJG-teams" in dienstverlening["definition"]


def test_in_scope_only_where_the_seed_says_so() -> None:
    expected = {}
    for name, entry in seed_terms():
        if "Tellen niet mee" in entry:
            expected[name] = False
        elif "Tellen mee" in entry:
            expected[name] = True
    assert expected == {
        "Bedrijfskritische vrijwilligers": True,
        "Niet-bedrijfskritische vrijwilligers": False,
        "Bedrijfskritische stagiaires": True,
        "Snuffel stagiaires": False,
        "Ingezette derden": True,
    }
    in_scope = {
        term["term"]: term["in_scope"] for term in catalogue()["terms"] if "in_scope" in term
    }
    assert in_scope == expected
    assert all(isinstance(value, bool) for value in in_scope.values())
