"""Dutch text of the JSON Schemas (``swlabel schema``): what an editor shows when hovering a key.

``DESCRIPTIONS`` has no placeholders: ``schema.<Model>`` describes an object,
``schema.<Model>.<field>`` one of its keys, ``schema.<Model>.<field>.<value>`` one allowed value.
``MESSAGES`` is what the command itself prints.
"""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    # --- the four files ------------------------------------------------------------------
    "schema.title.Config": "swlabel.yaml: instellingen van het kwaliteitsdossier",
    "schema.title.EvidenceFile": "Bewijsbestand: de zelfevaluatie van één norm",
    "schema.title.RegisterFile": "Documentenregister",
    "schema.title.ImprovementPlan": "Verbeterplan",
    # --- swlabel.yaml --------------------------------------------------------------------
    "schema.Config": (
        "De instellingen van het dossier voor het Kwaliteitslabel Sociaal Werk: de naam van de organisatie, de normenset, "
        "de taal, de datum van de volgende toetsing en de scope. Dit bestand staat in de hoofdmap van het dossier. "
        "De veldnamen zijn Engels; schrijf ze precies zo. Andere velden zijn niet toegestaan."
    ),
    "schema.Config.format_version": "Versie van de opbouw van dit bestand. Vul 1 in en wijzig het niet. Verplicht.",
    "schema.Config.organisation": (
        "Naam van de organisatie, zoals die op het rapport en in het dossier verschijnt. Verplicht."
    ),
    "schema.Config.norms": (
        "De normenset waartegen de organisatie zich toetst: de naam van een normenset die bij swlabel hoort "
        "(standaard kwaliteitslabel-sociaal-werk-2019, de normen van 29 mei 2019), of het pad naar een eigen "
        "normenset (een .yaml-bestand), gezien vanaf de hoofdmap van het dossier."
    ),
    "schema.Config.language": (
        "Taal van de meldingen en het rapport: nl (Nederlands, de standaard) of en (Engels). De optie --lang en de "
        "omgevingsvariabele SWLABEL_LANG gaan hier vóór."
    ),
    "schema.Config.language.nl": "Nederlands (standaard)",
    "schema.Config.language.en": "Engels",
    "schema.Config.next_audit": (
        "Datum van de volgende toetsing, als JJJJ-MM-DD (bijvoorbeeld 2027-03-16). Mag leeg blijven. Ligt de datum na "
        "de peildatum, dan waarschuwt swlabel voor documenten die vóór de toetsing verlopen en voor verbeteracties "
        "die vóór de toetsing klaar moeten zijn."
    ),
    "schema.Config.scope": (
        "De scopevragen van de normenset, elk beantwoord met yes of no. Een norm die alleen over één groep gaat "
        "(bijvoorbeeld bedrijfskritische stagiaires), valt buiten de scope als het antwoord no is; swlabel init maakt "
        "er dan een bewijsbestand met status not_applicable van. Een vraag zonder antwoord telt als yes. "
        "swlabel begrijpt ook true/false, on/off, y/n en 1/0, maar niet ja/nee."
    ),
    "schema.Config.scope.question": "Antwoord yes of no.",
    "schema.Config.scope.question_norms": "Bij no vallen deze normen buiten de scope:",
    "schema.Config.scope.other": (
        "Een scopevraag van een eigen normenset (het id uit scope_questions), beantwoord met yes of no."
    ),
    "schema.Config.audits": (
        "Wat volgt uit een toetsing: hoe lang een certificaat geldt, wanneer swlabel waarschuwt "
        "dat het afloopt, en de termijnen voor opvolging per certificerende instelling."
    ),
    "schema.AuditSettings": "Instellingen voor de toetsingen onder audits/.",
    "schema.AuditSettings.certificate_years": (
        "Hoeveel jaar een certificaat geldt na het besluit (standaard 2)."
    ),
    "schema.AuditSettings.warn_months_before_end": (
        "Hoeveel maanden voor het einde van het certificaat swlabel waarschuwt (standaard 6)."
    ),
    "schema.AuditSettings.follow_up": (
        "Per certificerende instelling: binnen hoeveel dagen na de toetsing verbeterpunten "
        "opgevolgd moeten zijn, als een verbeterpunt zelf geen termijn noemt."
    ),
    "schema.Config.calendar": (
        "Instellingen van swlabel calendar, bijvoorbeeld hoeveel dagen van tevoren de agenda "
        "herinnert. Mag weggelaten worden."
    ),
    "schema.CalendarSettings": "Instellingen van het agendabestand dat swlabel calendar schrijft.",
    "schema.CalendarSettings.remind_days": (
        "Hoeveel dagen voor elke termijn de agenda een herinnering geeft (standaard 7; 0 is geen "
        "herinnering). De optie --remind-days gaat voor."
    ),
    "schema.title.Audit": "Toetsing: het verloop en de uitkomst van één toetsing",
    "schema.Audit": (
        "Eén toetsing onder audits/: een externe toetsing door een certificerende instelling (leidt tot een "
        "certificaat) of een intercollegiale adviesmeting (leidt tot een leerrapport en registratie). De "
        "veldnamen zijn Engels; schrijf ze precies zo. Andere velden zijn niet toegestaan."
    ),
    "schema.Audit.date": "Datum van de toetsing, als JJJJ-MM-DD (bijvoorbeeld 2025-03-12). Verplicht.",
    "schema.Audit.route": "De route naar het label: external of peer. Verplicht.",
    "schema.Audit.route.external": "externe toetsing door een certificerende instelling",
    "schema.Audit.route.peer": "intercollegiale adviesmeting door collega-organisaties",
    "schema.Audit.body": "De certificerende instelling, bij een externe toetsing (bijvoorbeeld Keurmerkinstituut).",
    "schema.Audit.peers": "De collega-organisaties, bij een intercollegiale adviesmeting.",
    "schema.Audit.scope": "Wat getoetst is: de hele organisatie of de genoemde onderdelen.",
    "schema.Audit.decision_date": (
        "Datum van het besluit over het certificaat, als JJJJ-MM-DD; het certificaat geldt vanaf dan "
        "(audits.certificate_years in swlabel.yaml, standaard 2 jaar)."
    ),
    "schema.Audit.certificate_valid_until": (
        "De einddatum op het certificaat, als JJJJ-MM-DD, als die afwijkt van besluit plus de geldigheidsduur."
    ),
    "schema.Audit.judgements": "Het oordeel van de toetser per norm: de norm als sleutel (tussen aanhalingstekens).",
    "schema.Audit.judgements.norm": "Het oordeel over deze norm.",
    "schema.Audit.judgements.compliant": "voldoet",
    "schema.Audit.judgements.partially_compliant": "voldoet deels",
    "schema.Audit.judgements.non_compliant": "voldoet niet",
    "schema.Audit.judgements.not_applicable": "niet van toepassing",
    "schema.Audit.strengths": "De sterke punten die de toetser noemt, één per regel.",
    "schema.Audit.improvement_points": "De verbeterpunten die de toetser noemt.",
    "schema.Audit.waivers": (
        "Uitzonderingen: meldingen over dit bestand die u bewust accepteert, elk met een reden."
    ),
    "schema.ImprovementPoint": "Een verbeterpunt van de toetser.",
    "schema.ImprovementPoint.id": "Een eigen id, bijvoorbeeld VP-2025-01; een verbeteractie noemt het bij improvement_point.",
    "schema.ImprovementPoint.norms": "De normen waarover het verbeterpunt gaat.",
    "schema.ImprovementPoint.description": "Wat de toetser vraagt te verbeteren.",
    "schema.ImprovementPoint.deadline": (
        "Uiterlijke datum van de opvolging, als JJJJ-MM-DD; zonder datum geldt de termijn van de instelling "
        "(audits.follow_up in swlabel.yaml)."
    ),
    "schema.Config.interview_groups": (
        "De groepen die de toetser kan interviewen, elk met een id en een naam. De bewijsbestanden noemen het id "
        "bij interviewees; het rapport en het interviewplan tonen de naam. Zonder deze lijst gelden de gebruikelijke "
        "groepen: medewerkers, vrijwilligers, cliënten, cliëntenraad, or (OR), management, raad-van-toezicht."
    ),
    "schema.InterviewGroup": "Een groep om te interviewen, bijvoorbeeld met id manager-hr en naam Manager HR.",
    "schema.InterviewGroup.id": "Het id dat bewijsbestanden bij interviewees noemen, zonder spaties, bijvoorbeeld manager-hr.",
    "schema.InterviewGroup.name": "De naam die het rapport en het interviewplan tonen, bijvoorbeeld Manager HR.",
    "schema.FollowUpTerm": "De opvolgingstermijn van één certificerende instelling.",
    "schema.FollowUpTerm.body": "De naam van de instelling, zoals bij 'body' in de toetsing.",
    "schema.FollowUpTerm.days": "Het aantal dagen na de toetsing, bijvoorbeeld 180.",
    "schema.ImprovementAction.improvement_point": (
        "Het verbeterpunt van een toetsing waarop deze actie het antwoord is, bijvoorbeeld "
        "VP-2025-01 (zie audits/)."
    ),
    "schema.Config.check": (
        "Instellingen voor swlabel check die voor de hele organisatie gelden: de minimale dekking, hoe oud een "
        "zelfevaluatie mag zijn, en per melding het niveau. Mag weggelaten worden."
    ),
    "schema.CheckSettings": (
        "Hoe streng swlabel check is voor de hele organisatie. De optie --min-coverage op de opdrachtregel gaat vóór "
        "min_coverage."
    ),
    "schema.CheckSettings.min_coverage": (
        "De minimale dekking in procenten, van 0 tot 100, bijvoorbeeld 60. Is de dekking lager, dan faalt swlabel "
        "check (exitcode 1). Verhoog de waarde stap voor stap naarmate het dossier voller wordt. Leeg of weggelaten: "
        "geen minimum."
    ),
    "schema.CheckSettings.max_file_mb": (
        "De grootste omvang (in MiB) van een YAML- of Markdown-bestand dat swlabel nog leest; "
        "standaard 16. Grotere bestanden geven melding SWL109 en worden niet gelezen."
    ),
    "schema.CheckSettings.max_assessment_age_months": (
        "Hoeveel maanden een zelfevaluatie oud mag zijn, gerekend vanaf assessed_on, voordat swlabel waarschuwt "
        "(melding SWL404). Een geheel getal van minstens 1; standaard 12."
    ),
    "schema.CheckSettings.levels": (
        "Het niveau per melding, met de code als sleutel (bijvoorbeeld SWL305: error): error (fout, laat de controle "
        "falen), warning (waarschuwing) of off (uit). Alleen codes van swlabel; swlabel rules toont ze allemaal."
    ),
    "schema.CheckSettings.levels.rule": "Kies error, warning of off.",
    "schema.CheckSettings.levels.default": "Standaard:",
    "schema.CheckSettings.levels.code": "Een code van swlabel, in kleine letters geschreven: error, warning of off.",
    "schema.CheckSettings.levels.error": "fout: de melding laat swlabel check falen",
    "schema.CheckSettings.levels.warning": (
        "waarschuwing: de melding wordt getoond, maar laat de controle alleen falen met --strict"
    ),
    "schema.CheckSettings.levels.off": "uit: swlabel meldt dit niet",
    # --- evidence/<norm id>.md or .yaml ----------------------------------------------------
    "schema.EvidenceFile": (
        "De zelfevaluatie van één norm, in evidence/<norm-id>.md of evidence/<norm-id>.yaml. In een .md-bestand staan "
        "deze velden in de front matter tussen twee regels '---', en de toelichting in Markdown daaronder. In een "
        ".yaml-bestand staat de toelichting onder 'narrative'. Andere velden zijn niet toegestaan."
    ),
    "schema.EvidenceFile.norm": (
        'Het id van de norm waar dit bestand over gaat, precies zoals in de bestandsnaam: "1.10" in evidence/1.10.md. '
        "Zet het tussen aanhalingstekens: zonder leest een editor 1.10 als het getal 1.1 (swlabel zelf leest wel de "
        "tekst 1.10). Verplicht."
    ),
    "schema.EvidenceFile.status": (
        "Uw oordeel over deze norm: compliant (voldoet), partially_compliant (voldoet deels), non_compliant (voldoet "
        "niet), not_applicable (niet van toepassing; vul dan not_applicable_reason in) of not_assessed (nog niet "
        "beoordeeld, de standaard). Schrijf de Engelse waarde."
    ),
    "schema.EvidenceFile.status.compliant": "voldoet: de organisatie voldoet aan de norm; onderbouw dat met bewijs",
    "schema.EvidenceFile.status.partially_compliant": "voldoet deels: noem in de toelichting wat nog ontbreekt",
    "schema.EvidenceFile.status.non_compliant": "voldoet niet: koppel bij voorkeur een verbeteractie",
    "schema.EvidenceFile.status.not_applicable": "niet van toepassing: vul not_applicable_reason in",
    "schema.EvidenceFile.status.not_assessed": "nog niet beoordeeld (standaard)",
    "schema.EvidenceFile.assessed_by": (
        "Wie de norm heeft beoordeeld: een naam met functie, of alleen een functie, bijvoorbeeld "
        '"M. Jansen, kwaliteitsmedewerker". Zet tekst met een dubbele punt erin tussen aanhalingstekens.'
    ),
    "schema.EvidenceFile.assessed_on": (
        "Datum van de beoordeling, als JJJJ-MM-DD (bijvoorbeeld 2026-09-18). Mag niet na de peildatum liggen. Is de "
        "beoordeling ouder dan max_assessment_age_months in swlabel.yaml, dan waarschuwt swlabel."
    ),
    "schema.EvidenceFile.not_applicable_reason": (
        "Alleen bij status not_applicable, en dan verplicht: waarom deze norm niet voor uw organisatie geldt."
    ),
    "schema.EvidenceFile.evidence": (
        "Het bewijs voor deze norm: een lijst van bewijsstukken. Elk stuk verwijst naar een document uit het "
        "register (document: <id>) of beschrijft zelf een document (title met path of url). Leeg of [] betekent: "
        "nog geen bewijs. Bij status compliant is minstens één bewijsstuk nodig."
    ),
    "schema.EvidenceFile.interviewees": (
        "Welke groepen in een interview over deze norm kunnen vertellen, zonder spaties (gebruik een streepje), "
        "bijvoorbeeld [medewerkers, cliëntenraad, or, management]. Noem groepen, nooit namen van cliënten. Eén "
        "groep zonder [] mag ook."
    ),
    "schema.EvidenceFile.actions": (
        "De verbeteracties uit improvement-plan.yaml die bij deze norm horen, met hun id, bijvoorbeeld [VA-2026-01]. "
        "Eén id zonder [] mag ook."
    ),
    "schema.EvidenceFile.waivers": (
        "Uitzonderingen: meldingen van swlabel in dit bestand die u bewust stilzet, elk met een reden. Meestal leeg "
        "of weggelaten."
    ),
    "schema.EvidenceFile.narrative": (
        "Alleen in een .yaml-bewijsbestand: de toelichting, in gewone woorden en Markdown, over hoe uw organisatie "
        "aan de norm voldoet. Begin met | voor tekst over meerdere regels. In een .md-bestand hoort dit veld niet in "
        "de front matter (swlabel meldt het als fout): daar staat de toelichting onder de afsluitende '---'."
    ),
    "schema.EvidenceItem": (
        "Eén bewijsstuk: óf een verwijzing naar het documentenregister (document, eventueel met aspects), óf een "
        "document dat u hier zelf beschrijft (title, en precies één van path en url; kind, date en valid_until mogen "
        "erbij). Nooit allebei."
    ),
    "schema.EvidenceItem.document": (
        "Verwijzing naar een document in het register, met het id ervan, bijvoorbeeld privacyreglement. Vul dan "
        "geen title, kind, path, url, date of valid_until in: die staan in het register."
    ),
    "schema.EvidenceItem.title": (
        "Bij een document dat u hier zelf beschrijft: de titel, bijvoorbeeld Klachtenjaarverslag 2025. Verplicht "
        "als er geen document-verwijzing staat."
    ),
    "schema.EvidenceItem.kind": (
        "Soort document, bijvoorbeeld beleid, reglement, notulen, verslag of jaarverslag. Alleen bij een document "
        "dat u hier zelf beschrijft; mag leeg blijven."
    ),
    "schema.EvidenceItem.path": (
        "Waar het document staat in deze repository, gezien vanaf de hoofdmap, bijvoorbeeld "
        "documenten/klachtenjaarverslag-2025.pdf. Vul path of url in, niet allebei. swlabel controleert of het "
        "bestand bestaat."
    ),
    "schema.EvidenceItem.url": (
        "Webadres van het document, bijvoorbeeld https://www.voorbeeld.nl/jaarverslag-2025.pdf. Vul url of path in, "
        "niet allebei."
    ),
    "schema.EvidenceItem.date": (
        "Datum van het document (vastgesteld of verschenen), als JJJJ-MM-DD. Het telt als bewijs vanaf deze datum."
    ),
    "schema.EvidenceItem.valid_until": (
        "Tot wanneer het document als bewijs telt, als JJJJ-MM-DD. Daarna is het verlopen (melding SWL401). Leeg: "
        "geen einddatum."
    ),
    "schema.EvidenceItem.aspects": (
        "Welke aspecten van de norm dit bewijsstuk onderbouwt, met hun id, bijvoorbeeld [klachten]. Het "
        "bewijsbestand dat swlabel init maakt, noemt de aspecten van de norm bovenaan. Eén id zonder [] mag ook."
    ),
    "schema.Waiver": (
        "Een uitzondering: zet een melding van swlabel in dit bestand stil, met een reden. De melding telt dan niet "
        "meer als fout, maar blijft zichtbaar onder 'Uitgezonderd met een waiver'. Een waiver die niets stilzet, is "
        "zelf een melding (SWL307)."
    ),
    "schema.Waiver.rule": "De code van de melding die u stilzet, bijvoorbeeld SWL304. swlabel rules toont alle codes.",
    "schema.Waiver.match": (
        "Tekst die in de melding moet staan, bijvoorbeeld het id van een aspect, document of verbeteractie. Leeg of "
        "weggelaten: alle meldingen met deze code in dit bestand."
    ),
    "schema.Waiver.reason": (
        "Waarom deze melding hier terecht niet geldt. Verplicht; de reden staat in de uitvoer en in het rapport."
    ),
    # --- register.yaml, register/*.yaml --------------------------------------------------
    "schema.RegisterFile": (
        "Het documentenregister (register.yaml, of een van de bestanden in de map register/): elk document dat als "
        "bewijs dient, één keer beschreven. Bewijsbestanden verwijzen ernaar met document: <id>."
    ),
    "schema.RegisterFile.documents": "De documenten in het register. Leeg of [] mag.",
    "schema.RegisterFile.waivers": "Uitzonderingen voor meldingen in dit registerbestand, elk met een reden.",
    "schema.RegisterDocument": (
        "Eén document in het register: id en title zijn verplicht, en precies één van path (een bestand in deze "
        "repository) en url (een webadres)."
    ),
    "schema.RegisterDocument.id": (
        "Korte unieke naam van het document, zonder spaties, bijvoorbeeld klachtenregeling. Bewijsbestanden "
        "verwijzen ernaar met document: <id>. Elk id komt in het hele register één keer voor."
    ),
    "schema.RegisterDocument.title": "De titel van het document. Verplicht.",
    "schema.RegisterDocument.kind": "Soort document, bijvoorbeeld beleid, reglement, procedure, notulen of verslag.",
    "schema.RegisterDocument.path": (
        "Waar het document staat in deze repository, gezien vanaf de hoofdmap, bijvoorbeeld "
        "documenten/klachtenregeling.pdf. Vul path of url in, niet allebei."
    ),
    "schema.RegisterDocument.url": "Webadres van het document. Vul url of path in, niet allebei.",
    "schema.RegisterDocument.owner": (
        "Wie het document beheert: een functie, bijvoorbeeld Manager HR. Een naam is niet nodig."
    ),
    "schema.RegisterDocument.date": "Datum van vaststelling, als JJJJ-MM-DD.",
    "schema.RegisterDocument.review_date": (
        "Wanneer het document opnieuw bekeken moet worden, als JJJJ-MM-DD. Is die datum voorbij, dan waarschuwt "
        "swlabel (SWL402)."
    ),
    "schema.RegisterDocument.valid_until": (
        "Tot wanneer het document als bewijs telt, als JJJJ-MM-DD. Daarna is het verlopen (SWL401), als een norm het "
        "gebruikt. Leeg: geen einddatum."
    ),
    # --- improvement-plan.yaml -----------------------------------------------------------
    "schema.ImprovementPlan": (
        "Het verbeterplan (improvement-plan.yaml): de verbeteracties van de organisatie. Bewijsbestanden verwijzen "
        "ernaar met actions: [<id>]."
    ),
    "schema.ImprovementPlan.actions": "De verbeteracties. Leeg of [] mag.",
    "schema.ImprovementPlan.waivers": "Uitzonderingen voor meldingen in het verbeterplan, elk met een reden.",
    "schema.ImprovementAction": (
        "Eén verbeteractie: wat de organisatie verbetert, voor welke normen, wie het trekt en wanneer het klaar moet "
        "zijn. id en title zijn verplicht."
    ),
    "schema.ImprovementAction.id": (
        "Unieke code van de actie, zonder spaties, bijvoorbeeld VA-2026-01. Bewijsbestanden verwijzen ernaar met "
        "actions: [<id>]."
    ),
    "schema.ImprovementAction.title": "Wat er verbeterd wordt, in één zin. Verplicht.",
    "schema.ImprovementAction.description": (
        "Toelichting: de aanleiding en de aanpak. Mag leeg blijven. Begin met >- voor een lange tekst over meerdere "
        "regels."
    ),
    "schema.ImprovementAction.norms": (
        'De normen waarvoor de actie is, met hun id tussen aanhalingstekens, bijvoorbeeld ["1.12", "3.10"]. '
        "Zonder aanhalingstekens leest een editor 1.10 als het getal 1.1 (swlabel zelf leest de tekst 1.10). Eén "
        "norm zonder [] mag ook."
    ),
    "schema.ImprovementAction.source": (
        "Waar de actie vandaan komt: zelfevaluatie (de eigen beoordeling, de standaard), toetsing (een verbeterpunt "
        "van de toetser) of intern (een interne audit, klacht of incident)."
    ),
    "schema.ImprovementAction.source.zelfevaluatie": "uit de eigen beoordeling (standaard)",
    "schema.ImprovementAction.source.toetsing": "een verbeterpunt van de toetser",
    "schema.ImprovementAction.source.intern": "uit een interne audit, klacht of incident",
    "schema.ImprovementAction.owner": "Wie de actie trekt: een functie, bijvoorbeeld Manager HR.",
    "schema.ImprovementAction.due": (
        "Streefdatum, als JJJJ-MM-DD. Is die voorbij terwijl de actie nog open is of loopt, dan waarschuwt swlabel "
        "(SWL403)."
    ),
    "schema.ImprovementAction.status": (
        "Stand van de actie: open (nog niet begonnen, de standaard), in_progress (loopt), done (afgerond; vul "
        "done_on in) of cancelled (vervallen)."
    ),
    "schema.ImprovementAction.status.open": "open: nog niet begonnen (standaard)",
    "schema.ImprovementAction.status.in_progress": "loopt",
    "schema.ImprovementAction.status.done": "afgerond: vul done_on in",
    "schema.ImprovementAction.status.cancelled": "vervallen",
    "schema.ImprovementAction.done_on": "Datum van afronding, als JJJJ-MM-DD, bij status done.",
}

MESSAGES: dict[str, str] = {
    "cli.schema.help": (
        "Schrijf JSON Schema's van swlabel.yaml, de bewijsbestanden, het register en het verbeterplan, voor "
        "aanvullen, uitleg en controle in een editor (zoals VS Code met de YAML-extensie)."
    ),
    "cli.opt.schema_output": "Map voor de schema's (standaard: schemas in de huidige map).",
    "schemas.written": "Geschreven: {path}",
    "schemas.not_ours": (
        "{path} bestaat al en is geen schema van swlabel; swlabel overschrijft het niet. Kies een andere map met "
        "--output."
    ),
    "schemas.not_a_directory": "{path} bestaat al en is geen map; kies een map met --output.",
}
