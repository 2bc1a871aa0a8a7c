"""Dutch input (#15): what the meldingen say when a value is written in Dutch or another way."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "cli.metavar.source": "BRON",
    "cli.opt.swlabel_source": "Wat de CI-workflow en de pre-commit-hook installeren: een versie (0.1.0, zodra swlabel op PyPI staat), een git-adres (git+https://…/swlabel.git@v0.1.0) of het adres van een wheel (https://…/swlabel-0.1.0-py3-none-any.whl). Standaard de versie van deze swlabel.",
    "init.bad_swlabel_source": "--swlabel-source '{source}' is geen versie, git-adres of adres van een wheel; bijvoorbeeld 0.1.0, git+https://example.org/swlabel.git@v0.1.0 of https://example.org/swlabel-0.1.0-py3-none-any.whl",
    "add.ask.document.intro": "Vul het document veld voor veld in (Enter slaat een veld over dat niet verplicht is).",
    "add.ask.action.intro": "Vul de verbeteractie veld voor veld in (Enter slaat een veld over dat niet verplicht is).",
    "add.ask.required": "Dit veld is verplicht.",
    "add.ask.document.id": "Id van het document (kort, zonder spaties, bijvoorbeeld klachtenregeling)",
    "add.ask.document.title": "Titel",
    "add.ask.document.place": "Pad in de repository (documenten/...) of webadres (https://...)",
    "add.ask.document.kind": "Soort (beleid, notulen, verslag...)",
    "add.ask.document.owner": "Eigenaar",
    "add.ask.document.date": "Datum van het document (JJJJ-MM-DD)",
    "add.ask.document.review_date": "Opnieuw bekijken op (JJJJ-MM-DD)",
    "add.ask.document.valid_until": "Geldig tot (JJJJ-MM-DD)",
    "add.ask.action.title": "Titel van de verbeteractie",
    "add.ask.action.norms": "Normen (ids, met komma's, bijvoorbeeld 1.12, 3.10)",
    "add.ask.action.owner": "Eigenaar",
    "add.ask.action.due": "Streefdatum (JJJJ-MM-DD)",
    "add.linked_action": "verbeteractie {id} toegevoegd aan 'actions' in {path}",
    "add.no_evidence_file": "norm {id} heeft nog geen bewijsbestand; de verbeteractie staat alleen in het verbeterplan",
    "add.cannot_link": "{path}: de verbeteractie kan niet aan 'actions' worden toegevoegd ({reason}); voeg haar zelf toe, er is niets geschreven",
    "edits.not_a_list": "'actions' is geen lijst",
    "cli.bad_date_meant": "'{value}' is geen datum; bedoelde u {suggestion}? Schrijf JJJJ-MM-DD",
    "schema.choice_suggestion": "{field}: '{value}' is geen geldige waarde; gebruik {suggestion}",
}
