"""Dutch messages of the Word dossier, the bundle for the toetser and ``--for toetser``
(``swlabel report --format docx``, ``--bundle``, ``--for``)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the command line ----------------------------------------------------------------
    "cli.opt.reference_docx": (
        "Een eigen Word-bestand (.docx) met de huisstijl van de organisatie: stijlen, kop- en "
        "voettekst en logo worden overgenomen, de inhoud niet. Alleen bij --format docx."
    ),
    "cli.opt.bundle": (
        "Maak één zip-bestand voor de toetser: het HTML-dossier met elk document uit de "
        "repository waarnaar het verwijst; de links in het dossier wijzen naar de documenten "
        "in de zip."
    ),
    "cli.opt.for": (
        "Voor wie het dossier is: organisatie (alles, standaard) of toetser (zonder "
        "bestandspaden, regelcodes en de technische meldingen SWL1xx, SWL2xx en SWL5xx)."
    ),
    # --- the Word dossier ----------------------------------------------------------------
    "docx.not_stdout": "een Word-dossier is een bestand; geef --output dossier.docx (niet '-')",
    "docx.page": "Pagina",
    "docx.toc_placeholder": (
        "De inhoudsopgave verschijnt als Word de velden bijwerkt (Word vraagt dat bij het "
        "openen; anders: rechtsklik hier en kies 'Veld bijwerken')."
    ),
    "report.level": "Niveau",
    "docx.reference_only_docx": "--reference-docx hoort bij --format docx",
    "docx.reference_unreadable": "kan het Word-bestand {path} niet lezen: {reason}",
    "docx.reference_refused": (
        "{path} is geen Word-document dat swlabel kan lezen ({detail}); geef een .docx-bestand "
        "dat in Word is opgeslagen"
    ),
    "docx.refused.not_office": "het is geen Word- of ander Office-bestand",
    "docx.refused.damaged": "het bestand is beschadigd of onvolledig",
    "docx.refused.excel": "het is een Excel-werkmap",
    "docx.refused.powerpoint": "het is een PowerPoint-presentatie",
    "docx.refused.word_other": "het is een Word-sjabloon of een Word-bestand met macro's",
    # --- the bundle ----------------------------------------------------------------------
    "bundle.not_with_format": "--bundle maakt altijd een HTML-dossier in een zip; laat --format weg",
    "bundle.not_with_output": "--bundle en --output gaan niet samen; --bundle noemt het zip-bestand al",
    "bundle.not_stdout": "--bundle schrijft een zip-bestand, niet naar de standaarduitvoer ('-')",
    "bundle.written.one": "Dossier en {count} document geschreven naar {path}",
    "bundle.written.many": "Dossier en {count} documenten geschreven naar {path}",
    "bundle.index_name": "inhoud.txt",
    "bundle.index_title": "Kwaliteitsdossier {organisation}: inhoud van dit zip-bestand",
    "bundle.index_dossier": "Het dossier: {name} (open het in een browser)",
    "bundle.index_documents": "Documenten in dit zip-bestand:",
    "bundle.index_web": "Documenten op het web (niet in dit zip-bestand):",
    "bundle.index_missing": "Documenten die niet in dit zip-bestand staan:",
    "bundle.missing.missing": "niet gevonden in de repository",
    "bundle.missing.outside": "buiten de repository",
    "bundle.missing.link_outside": "een link naar buiten de repository",
    "bundle.missing.not_a_file": "geen gewoon bestand",
    "bundle.missing.too_large": "groter dan {limit} MiB",
    "bundle.missing.unreadable": "niet leesbaar ({reason})",
    "bundle.missing.bsn": "het pad bevat een BSN of een stuurteken",
    "bundle.missing.bsn_inside": "het document bevat een BSN (zie swlabel check); haal het nummer eruit en maak de bundel opnieuw",
    "bundle.missing.reserved": "de naam is in het zip-bestand al van het dossier of de inhoudslijst",
    "bundle.none": "(geen)",
}
