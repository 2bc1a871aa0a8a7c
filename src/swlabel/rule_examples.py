"""A failing and a passing example for every rule, shown by ``swlabel rules CODE``.

Each example is a set of files laid over the bundled example organisation
(examples/stichting-welzijn-dalwijk, checked on 2026-11-01); a test runs every example through
``swlabel check`` and asserts that the failing one raises its rule and the passing one does not.
A file given as None is absent in that example.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Example:
    files: Mapping[str, str | None]
    encoding: str = "utf-8"
    # Files padded with comment lines to this many bytes (shown, not printed in full).
    padded: Mapping[str, int] = field(default_factory=dict)

    def content(self, path: str) -> str | None:
        """The file as written in the example, padding included."""
        text = self.files[path]
        size = self.padded.get(path)
        if text is None or size is None:
            return text
        line = "# " + "x" * 98 + "\n"
        return text + line * (size // len(line) + 1)


@dataclass(frozen=True)
class RuleExamples:
    failing: Example
    passing: Example = field(default_factory=lambda: Example({}))


def _edit(text: str, old: str, new: str) -> str:
    """TEXT with OLD (which must occur exactly once) replaced by NEW."""
    if text.count(old) != 1:
        raise ValueError(f"expected {old!r} exactly once in an example")
    return text.replace(old, new)


def _config(*, interns: str = "no", check: str = "") -> str:
    """The organisation's swlabel.yaml without its comments, for the rules that depend on it."""
    return (
        "format_version: 1\n"
        "organisation: Stichting Welzijn Dalwijk\n"
        "norms: kwaliteitslabel-sociaal-werk-2019\n"
        "language: nl\n"
        "next_audit: 2027-03-16\n"
        "scope:\n"
        "  business_critical_volunteers: yes\n"
        f"  business_critical_interns: {interns}\n"
        "  hired_third_parties: yes\n"
        "  citizens_initiatives: yes\n"
        f"{check}"
    )


# The self-assessments of a few norms of the example organisation, shortened.

_NORM_1_1 = """\
---
norm: "1.1"
status: compliant
assessed_by: "M. Jansen, kwaliteitsmedewerker"
assessed_on: 2026-09-14
evidence:
  - document: functiehuis
  - document: overzicht-registraties
  - document: gesprekscyclus
interviewees: [medewerkers, management]
---

Elke functiebeschrijving in ons functiehuis is gebaseerd op het beroepscompetentieprofiel.
In de gesprekscyclus bespreekt de teamleider hoe de professional de competenties toepast.
"""

_NORM_1_13 = """\
---
norm: "1.13"
status: compliant
assessed_by: "M. Jansen, kwaliteitsmedewerker"
assessed_on: 2026-09-22
evidence:
  - title: Overzicht intervisie en kennisdeling 2026
    kind: overzicht
    path: documenten/overzicht-intervisie-2026.md
    date: 2026-09-30
interviewees: [medewerkers]
---

Kennis delen is vast onderdeel van het werk: tweewekelijks casuïstiekoverleg, intervisie in
vaste groepen en de maandelijkse kennislunch "Dalwijk leert".
"""

# Norm 1.13 with a register document besides its inline item.
_NORM_1_13_REGISTER = _edit(
    _NORM_1_13,
    "    date: 2026-09-30\n",
    "    date: 2026-09-30\n  - document: regeling-intervisie\n",
)

_NORM_1_14 = """\
---
norm: "1.14"
status: non_compliant
assessed_by: "M. Jansen, kwaliteitsmedewerker"
assessed_on: 2026-09-22
evidence:
  - document: werkplan-gemeente-2026
interviewees: [medewerkers, management, opdrachtgever]
actions: [VA-2026-03]
---

Professionals kennen de prestatieafspraken met de gemeente, maar kunnen niet uitleggen wat hun
inzet kost en oplevert. Met verbeteractie VA-2026-03 maakt de controller een kostprijsoverzicht.
"""

_NORM_2_11 = """\
---
norm: "2.11"
status: not_applicable
assessed_by: "M. Jansen, kwaliteitsmedewerker"
assessed_on: 2026-07-14
not_applicable_reason: "Wij hebben geen bedrijfskritische stagiaires, alleen snuffelstages."
---

Niet van toepassing: geen stagiaires die een halfjaar of langer zelfstandig in het primaire
proces werken.
"""

_NORM_3_16 = """\
norm: "3.16"
status: compliant
assessed_by: "S. Bakker, beleidsmedewerker"
assessed_on: 2026-09-17
evidence:
  - document: personeelshandboek
    aspects: [arbo]
  - document: rie-plan-van-aanpak
    aspects: [rie, arbo]
  - document: regeling-ongewenst-gedrag
    aspects: [arbo]
  - document: bhv-plan
    aspects: [bhv]
  - document: bhv-certificaten
    aspects: [bhv]
interviewees: [medewerkers, or, management]
narrative: |
  Arbodienst, preventiemedewerker en verzuimprotocol; de RI&E van 2024 met plan van aanpak
  geldt voor alle locaties; per locatie ten minste twee gecertificeerde BHV'ers.
"""

_NORM_3_18 = """\
---
norm: "3.18"
status: compliant
assessed_by: "S. Bakker, beleidsmedewerker"
assessed_on: 2026-09-21
evidence:
  - document: governance-reglement
    aspects: [governance-code]
  - document: jaarverslag-2025
    aspects: [governance-code]
  - document: personeelshandboek
    aspects: [cao]
interviewees: [bestuur, raad-van-toezicht]
---

Wij passen de Governance code Sociaal Werk toe (reglement raad van toezicht en bestuur). Op alle
medewerkers is de CAO Sociaal Werk van toepassing; het personeelshandboek werkt die uit.
"""

_NORM_3_21 = """\
---
norm: "3.21"
status: partially_compliant
assessed_by: "S. Bakker, beleidsmedewerker"
assessed_on: 2026-09-23
evidence:
  - document: leveranciersbeleid
    aspects: [selectie-en-toetsing, contracteren]
  - title: Contract cliëntvolgsysteem (samenvatting)
    kind: contract
    path: documenten/contract-clientvolgsysteem.md
    date: 2024-03-01
    valid_until: 2027-02-28
    aspects: [selectie-en-toetsing, contracteren]
interviewees: [management]
actions: [VA-2026-04]
---

Bedrijfskritische leveranciers selecteren wij met een risicoanalyse en contracteren wij
schriftelijk. Het jaarlijkse prestatiegesprek is nog niet met allemaal gevoerd (VA-2026-04).
"""

# Norm 3.21 after the contract of the client system was renewed.
_NORM_3_21_RENEWED = _edit(_NORM_3_21, "valid_until: 2027-02-28", "valid_until: 2029-02-28")

# A register file of the organisation's own, with one document that norm 1.13 can use.
_REGISTER = """\
# Documentenregister: kwaliteit en kennisdeling.
documents:
  - id: regeling-intervisie
    title: Regeling intervisie en kennisdeling
    kind: regeling
    url: https://intranet.welzijndalwijk.example/regeling-intervisie
    owner: Kwaliteitsmedewerker
    date: 2025-06-01
    review_date: 2027-06-01
"""

_REGISTER_TWO = (
    _REGISTER
    + """
  - id: kennislunch-2026
    title: Jaarprogramma kennislunch 2026
    kind: plan
    url: https://intranet.welzijndalwijk.example/kennislunch-2026
    owner: Kwaliteitsmedewerker
    date: 2026-01-15
"""
)

_NORM_1_13_TWO = _edit(
    _NORM_1_13_REGISTER,
    "  - document: regeling-intervisie\n",
    "  - document: regeling-intervisie\n  - document: kennislunch-2026\n",
)

_PLAN = """\
# Verbeterplan van Stichting Welzijn Dalwijk.
actions:
  - id: VA-2026-01
    title: "Portfolio's van geregistreerde professionals actueel en aantoonbaar"
    norms: ["1.12", "3.10"]
    source: zelfevaluatie
    owner: "Manager HR"
    due: 2026-09-30
    status: in_progress
"""

_AUDIT = """\
# De toetsing voor het Kwaliteitslabel Sociaal Werk van maart 2025 en wat eruit kwam.
date: 2025-03-12
route: external
body: Keurmerkinstituut
decision_date: 2025-04-20
improvement_points:
  - id: VP-2025-01
    norms: ["2.5", "3.17"]
    deadline: 2026-06-30
  - id: VP-2025-02
    norms: ["3.14"]
    deadline: 2026-09-30
  - id: VP-2025-03
    norms: ["1.14", "3.19"]
    deadline: 2027-02-01
"""

_AUDIT_FILE = "audits/2025-03-12-keurmerkinstituut.yaml"

_ANSWER = """\
# Verbeterplan van Stichting Welzijn Dalwijk.
actions:
  - id: VA-2026-03
    title: "Kostprijs per activiteit inzichtelijk maken voor professionals"
    norms: ["1.14", "3.19"]
    source: toetsing
    improvement_point: VP-2025-03
    due: 2026-09-30
    status: in_progress
"""

_NARRATIVE_END = 'vaste groepen en de maandelijkse kennislunch "Dalwijk leert".\n'


def _with_case(ending: str) -> str:
    """Norm 1.13 with a sentence about a case discussed in intervision, ending in ENDING."""
    case = "In maart bespraken wij in de intervisie de casus van een cliënt uit Dalwijk-Noord"
    return _edit(_NORM_1_13, _NARRATIVE_END, f"{_NARRATIVE_END}{case}{ending}\n")


EXAMPLES: dict[str, RuleExamples] = {
    # --- SWL1xx: syntax and schema of one file ------------------------------------------
    "SWL101": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13,
                    "title: Overzicht intervisie en kennisdeling 2026",
                    "title: Kennisdeling: overzicht intervisie 2026",
                )
            }
        ),
        passing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13,
                    "title: Overzicht intervisie en kennisdeling 2026",
                    'title: "Kennisdeling: overzicht intervisie 2026"',
                )
            }
        ),
    ),
    "SWL102": RuleExamples(
        failing=Example(
            {"evidence/1.13.md": _edit(_NORM_1_13, "[medewerkers]\n---\n", "[medewerkers]\n")}
        ),
        passing=Example({"evidence/1.13.md": _NORM_1_13}),
    ),
    "SWL103": RuleExamples(
        failing=Example(
            {"evidence/1.13.md": _edit(_NORM_1_13, "status: compliant", "status: voldoet")}
        ),
        passing=Example({"evidence/1.13.md": _NORM_1_13}),
    ),
    "SWL104": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13,
                    "---\nnorm:",
                    "---\n# in Kladblok opgeslagen als ANSI (Latin-1)\nnorm:",
                )
            },
            encoding="latin-1",
        ),
        passing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13, "---\nnorm:", "---\n# opgeslagen als UTF-8\nnorm:"
                )
            }
        ),
    ),
    "SWL105": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13,
                    "interviewees: [medewerkers]\n",
                    "interviewees: [medewerkers]\nevidence:\n  - document: methodiekhandboek\n",
                )
            }
        ),
        passing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13,
                    "    date: 2026-09-30\n",
                    "    date: 2026-09-30\n  - document: methodiekhandboek\n",
                )
            }
        ),
    ),
    "SWL106": RuleExamples(
        failing=Example({"evidence/1.13.md": _edit(_NORM_1_13, "assessed_on:", "assesed_on:")}),
        passing=Example({"evidence/1.13.md": _NORM_1_13}),
    ),
    "SWL107": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13, "assessed_on: 2026-09-22", "assessed_on: 2026-09-31"
                )
            }
        ),
        passing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13, "assessed_on: 2026-09-22", "assessed_on: 2026-09-30"
                )
            }
        ),
    ),
    "SWL108": RuleExamples(
        failing=Example({"evidence/1.13.md": _edit(_NORM_1_13, 'norm: "1.13"', 'norm: "1.12"')}),
        passing=Example({"evidence/1.13.md": _NORM_1_13}),
    ),
    "SWL109": RuleExamples(
        failing=Example(
            {
                "swlabel.yaml": _config(check="check:\n  max_file_mb: 1\n"),
                "register/verslagen.yaml": "documents: []\n",
            },
            padded={"register/verslagen.yaml": 2 * 1024 * 1024},
        ),
        passing=Example(
            {
                "swlabel.yaml": _config(check="check:\n  max_file_mb: 4\n"),
                "register/verslagen.yaml": "documents: []\n",
            },
            padded={"register/verslagen.yaml": 2 * 1024 * 1024},
        ),
    ),
    "SWL110": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13,
                    "assessed_by:",
                    "interviewees: &groepen [medewerkers, management]\nassessed_by:",
                )
            }
        ),
        passing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13,
                    "assessed_by:",
                    "interviewees: [medewerkers, management]\nassessed_by:",
                )
            }
        ),
    ),
    "SWL111": RuleExamples(
        # A NUL character, as a text pasted from a PDF or a database export may hold.
        failing=Example(
            {"evidence/1.13.md": _edit(_NORM_1_13, '"Dalwijk leert".', '"Dalwijk leert".\x00')}
        ),
        passing=Example({"evidence/1.13.md": _NORM_1_13}),
    ),
    # --- SWL2xx: references ----------------------------------------------------------------
    "SWL201": RuleExamples(
        failing=Example(
            {
                "evidence/1.16.md": (
                    "---\n"
                    'norm: "1.16"\n'
                    "status: not_assessed\n"
                    "---\n"
                    "\n"
                    "Overgenomen uit de zelfevaluatie op de vorige versie van de normen.\n"
                )
            }
        ),
        passing=Example({"evidence/1.16.md": None}),
    ),
    "SWL202": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.yaml": (
                    'norm: "1.13"\n'
                    "status: partially_compliant\n"
                    'assessed_by: "P. de Vries, teamleider"\n'
                    "assessed_on: 2026-10-05\n"
                    "evidence:\n"
                    "  - document: methodiekhandboek\n"
                    "narrative: |\n"
                    "  De kennislunch loopt nog niet in alle teams.\n"
                )
            }
        ),
        passing=Example({"evidence/1.13.yaml": None}),
    ),
    "SWL203": RuleExamples(
        failing=Example({"evidence/3.17.yaml": None}),
        passing=Example({"evidence/3.17.yaml": 'norm: "3.17"\nstatus: not_assessed\n'}),
    ),
    "SWL204": RuleExamples(
        failing=Example(
            {
                "evidence/1.1.md": _edit(
                    _NORM_1_1, "document: overzicht-registraties", "document: overzicht-registratie"
                )
            }
        ),
        passing=Example({"evidence/1.1.md": _NORM_1_1}),
    ),
    "SWL205": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13, "overzicht-intervisie-2026.md", "overzicht-intervisie-2026.pdf"
                )
            }
        ),
        passing=Example({"evidence/1.13.md": _NORM_1_13}),
    ),
    "SWL206": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13,
                    "path: documenten/overzicht-intervisie-2026.md",
                    r"path: S:\Kwaliteit\Overzicht intervisie 2026.docx",
                )
            }
        ),
        passing=Example({"evidence/1.13.md": _NORM_1_13}),
    ),
    "SWL207": RuleExamples(
        failing=Example(
            {"evidence/1.14.md": _edit(_NORM_1_14, "actions: [VA-2026-03]", "actions: [VA-2026-3]")}
        ),
        passing=Example({"evidence/1.14.md": _NORM_1_14}),
    ),
    "SWL208": RuleExamples(
        failing=Example(
            {
                "evidence/3.16.yaml": _edit(
                    _NORM_3_16, "aspects: [rie, arbo]", "aspects: [RI&E, arbo]"
                )
            }
        ),
        passing=Example({"evidence/3.16.yaml": _NORM_3_16}),
    ),
    "SWL209": RuleExamples(
        failing=Example(
            {
                "register/kwaliteit.yaml": _edit(
                    _REGISTER_TWO, "  - id: kennislunch-2026", "  - id: regeling-intervisie"
                ),
                "evidence/1.13.md": _NORM_1_13_TWO,
            }
        ),
        passing=Example(
            {"register/kwaliteit.yaml": _REGISTER_TWO, "evidence/1.13.md": _NORM_1_13_TWO}
        ),
    ),
    "SWL210": RuleExamples(
        failing=Example({"register/kwaliteit.yaml": _REGISTER, "evidence/1.13.md": _NORM_1_13}),
        passing=Example(
            {"register/kwaliteit.yaml": _REGISTER, "evidence/1.13.md": _NORM_1_13_REGISTER}
        ),
    ),
    # --- SWL3xx: the content of a self-assessment -------------------------------------------
    "SWL211": RuleExamples(
        failing=Example(
            {"improvement-plan.yaml": _edit(_ANSWER, "point: VP-2025-03", "point: VP-2025-3")}
        ),
        passing=Example({"improvement-plan.yaml": _ANSWER}),
    ),
    "SWL301": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13,
                    "evidence:\n"
                    "  - title: Overzicht intervisie en kennisdeling 2026\n"
                    "    kind: overzicht\n"
                    "    path: documenten/overzicht-intervisie-2026.md\n"
                    "    date: 2026-09-30\n",
                    "evidence: []\n",
                )
            }
        ),
        passing=Example({"evidence/1.13.md": _NORM_1_13}),
    ),
    "SWL302": RuleExamples(
        failing=Example(
            {
                "evidence/2.11.md": _edit(
                    _NORM_2_11,
                    'not_applicable_reason: "Wij hebben geen bedrijfskritische stagiaires, '
                    'alleen snuffelstages."\n',
                    "",
                )
            }
        ),
        passing=Example({"evidence/2.11.md": _NORM_2_11}),
    ),
    "SWL303": RuleExamples(
        failing=Example({"swlabel.yaml": _config(interns="yes"), "evidence/2.11.md": _NORM_2_11}),
        passing=Example({"swlabel.yaml": _config(interns="no"), "evidence/2.11.md": _NORM_2_11}),
    ),
    "SWL304": RuleExamples(
        failing=Example(
            {
                "evidence/3.18.md": _edit(
                    _NORM_3_18,
                    "  - document: personeelshandboek\n    aspects: [cao]\n",
                    "  - document: personeelshandboek\n",
                )
            }
        ),
        passing=Example({"evidence/3.18.md": _NORM_3_18}),
    ),
    "SWL305": RuleExamples(
        failing=Example({"evidence/1.13.md": _NORM_1_13[: _NORM_1_13.index("---\n\n") + 4]}),
        passing=Example({"evidence/1.13.md": _NORM_1_13}),
    ),
    "SWL306": RuleExamples(
        failing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13, "assessed_on: 2026-09-22", "assessed_on: 2026-11-09"
                )
            }
        ),
        passing=Example(
            {
                "evidence/1.13.md": _edit(
                    _NORM_1_13, "assessed_on: 2026-09-22", "assessed_on: 2026-09-11"
                )
            }
        ),
    ),
    "SWL307": RuleExamples(
        failing=Example(
            {
                "evidence/3.21.md": _edit(
                    _NORM_3_21_RENEWED,
                    "actions: [VA-2026-04]\n",
                    "actions: [VA-2026-04]\n"
                    "waivers:\n"
                    "  - rule: SWL405\n"
                    "    match: Contract cliëntvolgsysteem\n"
                    '    reason: "De verlenging tot 2029 wordt in januari 2027 getekend."\n',
                )
            }
        ),
        passing=Example({"evidence/3.21.md": _NORM_3_21_RENEWED}),
    ),
    "SWL308": RuleExamples(
        failing=Example(
            {
                _AUDIT_FILE: _AUDIT
                + '  - id: VP-2025-04\n    norms: ["3.22"]\n    deadline: 2026-12-31\n'
            }
        ),
        passing=Example({_AUDIT_FILE: _AUDIT}),
    ),
    # --- SWL4xx: freshness -------------------------------------------------------------------
    "SWL401": RuleExamples(
        failing=Example(
            {
                "evidence/3.21.md": _edit(
                    _NORM_3_21, "valid_until: 2027-02-28", "valid_until: 2026-02-28"
                )
            }
        ),
        passing=Example({"evidence/3.21.md": _NORM_3_21_RENEWED}),
    ),
    "SWL402": RuleExamples(
        failing=Example(
            {
                "register/kwaliteit.yaml": _edit(
                    _REGISTER, "review_date: 2027-06-01", "review_date: 2026-06-01"
                ),
                "evidence/1.13.md": _NORM_1_13_REGISTER,
            }
        ),
        passing=Example(
            {"register/kwaliteit.yaml": _REGISTER, "evidence/1.13.md": _NORM_1_13_REGISTER}
        ),
    ),
    "SWL403": RuleExamples(
        failing=Example({"improvement-plan.yaml": _PLAN}),
        passing=Example(
            {
                "improvement-plan.yaml": _edit(
                    _PLAN, "status: in_progress\n", "status: done\n    done_on: 2026-10-20\n"
                )
            }
        ),
    ),
    "SWL404": RuleExamples(
        failing=Example(
            {
                "swlabel.yaml": _config(check="check:\n  max_assessment_age_months: 12\n"),
                "evidence/1.1.md": _edit(
                    _NORM_1_1, "assessed_on: 2026-09-14", "assessed_on: 2025-09-14"
                ),
            }
        ),
        passing=Example(
            {
                "swlabel.yaml": _config(check="check:\n  max_assessment_age_months: 12\n"),
                "evidence/1.1.md": _NORM_1_1,
            }
        ),
    ),
    "SWL405": RuleExamples(
        failing=Example({"swlabel.yaml": _config(), "evidence/3.21.md": _NORM_3_21}),
        passing=Example({"swlabel.yaml": _config(), "evidence/3.21.md": _NORM_3_21_RENEWED}),
    ),
    "SWL406": RuleExamples(
        failing=Example(
            {
                "swlabel.yaml": _config(),
                "register/kwaliteit.yaml": _edit(
                    _REGISTER, "review_date: 2027-06-01", "review_date: 2027-02-01"
                ),
                "evidence/1.13.md": _NORM_1_13_REGISTER,
            }
        ),
        passing=Example(
            {
                "swlabel.yaml": _config(),
                "register/kwaliteit.yaml": _REGISTER,
                "evidence/1.13.md": _NORM_1_13_REGISTER,
            }
        ),
    ),
    "SWL407": RuleExamples(
        failing=Example({_AUDIT_FILE: _AUDIT}),
        passing=Example(
            {_AUDIT_FILE: _edit(_AUDIT, "decision_date: 2025-04-20", "decision_date: 2025-12-01")}
        ),
    ),
    "SWL408": RuleExamples(
        failing=Example({"improvement-plan.yaml": _ANSWER}),
        passing=Example(
            {
                "improvement-plan.yaml": _edit(
                    _ANSWER,
                    "    status: in_progress\n",
                    "    status: done\n    done_on: 2026-09-28\n",
                )
            }
        ),
    ),
    # --- SWL5xx: privacy ---------------------------------------------------------------------
    "SWL501": RuleExamples(
        failing=Example({"evidence/1.13.md": _with_case(" (BSN 123456782).")}),
        passing=Example({"evidence/1.13.md": _with_case(".")}),
    ),
}
