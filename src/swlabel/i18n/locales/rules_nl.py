"""Dutch documentation of every rule, shown by ``swlabel rules CODE``."""

from __future__ import annotations

DOCS: dict[str, str] = {
    # --- SWL1xx: syntaxis en formaat van één bestand -----------------------------------------
    "SWL101.doc": (
        "Controleert of elk bestand dat swlabel leest geldige YAML is: swlabel.yaml, register,\n"
        "verbeterplan, .yaml-bewijsbestanden en de front matter van .md-bestanden. Een bestand\n"
        "dat niet te lezen is, telt niet mee: swlabel kan er verder niets in controleren.\n"
        "De melding noemt de regel en een hint. Vaak gaat het om een tab in plaats van spaties,\n"
        "een dubbele punt in een tekst, of een aanhalingsteken dat niet gesloten is.\n"
        "Zet tekst met een dubbele punt erin tussen aanhalingstekens, en spring in met spaties.\n"
        "Is swlabel.yaml zelf ongeldig, dan stopt de controle met exitcode 2."
    ),
    "SWL102.doc": (
        "Een bewijsbestand in Markdown (.md) begint met front matter: een regel '---', de velden,\n"
        "en weer een regel '---'. Daaronder staat de toelichting.\n"
        "Ontbreekt de eerste of de afsluitende '---', dan kan swlabel de velden niet van de\n"
        "toelichting scheiden en leest het het bestand niet.\n"
        "Zet de ontbrekende regel '---' terug. Een .yaml-bewijsbestand heeft geen front matter:\n"
        "daar staat de toelichting onder 'narrative'."
    ),
    "SWL103.doc": (
        "Controleert of elk veld een waarde van de goede soort heeft: een status uit de vaste\n"
        "lijst, een lijst waar een lijst hoort, tekst waar tekst hoort, en of verplichte velden\n"
        "zoals 'norm' en 'id' er zijn.\n"
        "Een waarde die swlabel niet begrijpt, kan het niet controleren of in het rapport zetten:\n"
        "alleen die waarde telt niet mee (de standaardwaarde geldt) tot de fout hersteld is;\n"
        "de rest van het bestand telt wel.\n"
        "De melding noemt het veld en wat er wel mag. Let op: de veldnamen en de statussen\n"
        "(compliant, partially_compliant, non_compliant, not_applicable, not_assessed) zijn\n"
        "Engels, ook in een Nederlands dossier."
    ),
    "SWL104.doc": (
        "Controleert of elk bestand dat swlabel leest als UTF-8 is opgeslagen, de gewone codering\n"
        "van git en van de webeditor van GitHub of GitLab.\n"
        "In een oudere codering (ANSI, Latin-1, bijvoorbeeld uit Kladblok of Excel) worden\n"
        "letters als ë en é onleesbaar. swlabel raadt de codering niet en slaat het bestand over,\n"
        "ook bij het zoeken naar burgerservicenummers.\n"
        "Sla het bestand opnieuw op als UTF-8 (in Kladblok: Opslaan als, Codering: UTF-8).\n"
        "In het voorbeeld hieronder is de tekst gelijk; alleen de codering van het bestand\n"
        "verschilt."
    ),
    "SWL105.doc": (
        "Controleert of een sleutel twee keer op hetzelfde niveau staat, bijvoorbeeld twee keer\n"
        "'evidence:' in één bewijsbestand.\n"
        "YAML houdt dan stilletjes alleen de laatste waarde: de eerste lijst bewijsstukken zou\n"
        "zonder waarschuwing verdwijnen.\n"
        "Voeg de twee samen onder één sleutel, of verwijder de overbodige. Tot dan telt het\n"
        "bestand niet mee."
    ),
    "SWL106.doc": (
        "Controleert of elk veld een naam heeft die swlabel kent. Bij een tikfout stelt de\n"
        "melding de bedoelde naam voor.\n"
        "Een onbekend veld zou anders stil genegeerd worden: met 'assesed_on' verdwijnt de datum\n"
        "van de beoordeling zonder dat iemand het merkt.\n"
        "Corrigeer de naam of verwijder het veld; de README noemt alle velden. In een .md-bestand\n"
        "staat de toelichting onder de front matter, niet in een veld 'narrative'."
    ),
    "SWL107.doc": (
        "Controleert of elke datum bestaat en geschreven is als JJJJ-MM-DD, bijvoorbeeld\n"
        "2026-09-30.\n"
        "Met een datum als 2026-09-31, 2026-13-01 of 30-09-2026 kan swlabel de geldigheid van\n"
        "bewijs, herzieningen en streefdatums niet bewaken, en het bestand telt niet mee.\n"
        "Schrijf de datum als JJJJ-MM-DD met een dag die bestaat."
    ),
    "SWL108.doc": (
        "Controleert of 'norm:' in een bewijsbestand dezelfde norm noemt als de bestandsnaam:\n"
        'evidence/1.13.md hoort bij norm: "1.13".\n'
        "Een verschil ontstaat meestal door een kopie van een ander bestand. Dan is niet\n"
        "duidelijk over welke norm de beoordeling gaat; swlabel gaat uit van de bestandsnaam.\n"
        "Zet het goede nummer bij 'norm:', tussen aanhalingstekens, of hernoem het bestand."
    ),
    # --- SWL2xx: verwijzingen --------------------------------------------------------------
    "SWL109.doc": (
        "Een YAML- of Markdown-bestand groter dan de grens (standaard 16 MiB, instelbaar met\n"
        "check.max_file_mb in swlabel.yaml) wordt niet gelezen. Zo'n bestand is geen echt\n"
        "bewijsbestand maar meestal een per ongeluk geplakt document of een export.\n"
        "Zet het document zelf in de repository en verwijs ernaar met 'path'."
    ),
    "SWL110.doc": (
        "Ankers (&naam), verwijzingen (*naam) en tags (!!iets) zijn YAML-onderdelen die een\n"
        "dossierbestand niet nodig heeft. swlabel weigert ze bij het lezen, zonder ze uit te\n"
        "voeren: een tag maakt nooit een Python-object, en een 'alias-bom' die zich\n"
        "exponentieel zou uitvouwen kost niets. Ook nesting dieper dan 64 niveaus wordt\n"
        "geweigerd. Schrijf waarden uit waar u ze nodig hebt."
    ),
    "SWL111.doc": (
        "Controleert of een tekstbestand alleen tekst bevat: geen NUL-teken of ander\n"
        "onzichtbaar stuurteken (alleen tab, regeleinde en CR horen in tekst). Zo'n teken komt\n"
        "meestal mee bij kopiëren uit een ander programma of een PDF, en is in de editor niet\n"
        "te zien. swlabel toont het overal als \ufffd, zodat het nooit in het rapport of de\n"
        "meldingen belandt; de rest van het bestand telt gewoon mee.\n"
        "Verwijder het teken op de genoemde regel en kolom (in veel editors: zet de cursor er\n"
        "en druk op Delete)."
    ),
    "SWL201.doc": (
        "Controleert of elk normnummer bestaat in de normenset uit swlabel.yaml: het nummer in de\n"
        "naam van een bewijsbestand, en de normen bij een verbeteractie in improvement-plan.yaml.\n"
        "Een bestand voor een norm die niet bestaat, bijvoorbeeld uit een oudere versie van de\n"
        "normen, telt nergens mee. De melding noemt de normen die er het meest op lijken.\n"
        "Hernoem het bestand naar een bestaande norm, voeg de inhoud samen met het goede bestand,\n"
        "of verwijder het. swlabel report toont alle normen van de normenset."
    ),
    "SWL202.doc": (
        "Controleert of elke norm precies één bewijsbestand heeft, dus niet evidence/1.13.md én\n"
        "evidence/1.13.yaml. swlabel leest dan alleen het eerste (.md gaat voor .yaml); wat in\n"
        "het tweede staat, telt niet mee en komt niet in het rapport.\n"
        "Voeg de twee samen tot één bestand en verwijder het andere."
    ),
    "SWL203.doc": (
        "Controleert of elke norm die voor uw organisatie geldt een bewijsbestand in evidence/\n"
        "heeft, als .md of als .yaml.\n"
        "Zonder bestand ontbreekt de norm in de zelfevaluatie en in het dossier voor de toetser.\n"
        "Maak het bestand aan; 'swlabel init' vult ontbrekende bestanden aan en overschrijft\n"
        "niets.\n"
        "De melding noemt evidence/<norm>.md, maar een .yaml-bestand is even goed.\n"
        "Een norm die volgens de scope in swlabel.yaml niet geldt, heeft geen bestand nodig."
    ),
    "SWL204.doc": (
        "Controleert of elk bewijsstuk met 'document:' verwijst naar een id die in het\n"
        "documentenregister staat (register.yaml of de bestanden in register/).\n"
        "Een verwijzing naar een onbekende id levert geen bewijs op: de norm lijkt onderbouwd,\n"
        "maar niemand kan het document vinden.\n"
        "Corrigeer de id (de melding stelt de meest gelijkende voor) of zet het document in het\n"
        "register."
    ),
    "SWL205.doc": (
        "Controleert of elk bestand waarnaar een 'path:' verwijst, in een bewijsbestand of in het\n"
        "register, echt in de repository staat.\n"
        "Een pad naar een bestand dat er niet is, is voor de toetser een dode link.\n"
        "Controleer de naam, ook de extensie (.pdf, .docx, .md), en voeg het bestand toe. Staat\n"
        "het document online, gebruik dan 'url:' in plaats van 'path:'.\n"
        "Hoofdletters tellen mee: op Windows en macOS vindt swlabel een bestand met andere\n"
        "hoofdletters soms toch, op de CI-server niet."
    ),
    "SWL206.doc": (
        "Controleert of elk pad binnen de repository blijft: relatief ten opzichte van de\n"
        "hoofdmap, zonder '..', zonder stationsletter zoals S:\\ of een '/' vooraan, en niet via\n"
        "een snelkoppeling naar een map buiten de repository.\n"
        "Een document op uw eigen computer of op een netwerkschijf bestaat niet voor de toetser\n"
        "en voor collega's. swlabel opent zo'n pad nooit.\n"
        "Kopieer het document in de repository, bijvoorbeeld in documenten/, en verwijs ernaar\n"
        "met een relatief pad, of gebruik 'url:'."
    ),
    "SWL207.doc": (
        "Controleert of elke verbeteractie die een bewijsbestand bij 'actions:' noemt, in\n"
        "improvement-plan.yaml staat.\n"
        "Zo blijft na te gaan wat u doet aan een norm die (nog) niet of deels voldoet, ook voor\n"
        "de toetser bij de volgende toetsing.\n"
        "Corrigeer de id (de melding stelt de meest gelijkende voor) of voeg de actie toe aan het\n"
        "verbeterplan."
    ),
    "SWL208.doc": (
        "Controleert of de aspecten bij een bewijsstuk ('aspects:') bij die norm horen. De\n"
        "melding noemt de aspecten waaruit u kunt kiezen.\n"
        "Aspecten zijn de losse onderdelen die de normtekst opsomt (bij 3.16: arbo, rie, bhv). Ze\n"
        "zijn de lezing van swlabel, geen tekst van Sociaal Werk Nederland, en bepalen de\n"
        "dekking: een onbekend aspect telt nergens mee.\n"
        "Gebruik de id van het aspect, niet de omschrijving: rie, niet RI&E. Het bestand dat\n"
        "'swlabel init' maakte, noemt de aspecten van de norm bovenaan."
    ),
    "SWL209.doc": (
        "Controleert of elke id in het documentenregister en in het verbeterplan maar één keer\n"
        "voorkomt, ook als het register over meerdere bestanden in register/ verdeeld is.\n"
        "Bij een dubbele id telt alleen de eerste: verwijzingen komen bij het verkeerde document\n"
        "of de verkeerde actie uit, en de tweede verdwijnt uit het dossier.\n"
        "Geef elk document en elke actie een eigen id, bijvoorbeeld met het jaartal erin, en pas\n"
        "de verwijzingen in de bewijsbestanden aan."
    ),
    "SWL210.doc": (
        "Waarschuwt voor een document in het register waarnaar geen enkel bewijsbestand verwijst.\n"
        "Zo'n document draagt niet bij aan de onderbouwing, en het register raakt vol met stukken\n"
        "die niemand meer bijhoudt.\n"
        "Verwijs ernaar vanuit het bewijsbestand van de norm die het ondersteunt, of haal het uit\n"
        "het register.\n"
        "Een waiver werkt hier niet (die staat in een bewijsbestand); wilt u ongebruikte\n"
        "documenten toch bewaren, zet deze regel dan uit in swlabel.yaml onder check.levels."
    ),
    # --- SWL3xx: inhoud van de zelfevaluatie -----------------------------------------------
    "SWL301.doc": (
        "Controleert of een norm met status compliant (voldoet) minstens één bewijsstuk heeft\n"
        "onder 'evidence'.\n"
        "Voldoet zonder bewijs kan de toetser niet nagaan: het is een bewering, geen\n"
        "onderbouwing.\n"
        "Voeg de documenten toe waarmee u het aantoont, of zet de status op partially_compliant\n"
        "of not_assessed zolang het bewijs er nog niet is."
    ),
    "SWL302.doc": (
        "Controleert of een norm met status not_applicable (niet van toepassing) een reden heeft\n"
        "in 'not_applicable_reason'.\n"
        "Een norm is alleen niet van toepassing met een reden, bijvoorbeeld: wij zetten geen\n"
        "bedrijfskritische stagiaires in. Zonder reden neemt de toetser het niet aan.\n"
        "Schrijf in één of twee zinnen waarom de norm niet voor uw organisatie geldt."
    ),
    "SWL303.doc": (
        "Vergelijkt de status van een norm met de scopevragen in swlabel.yaml. Sommige normen\n"
        "gelden alleen bij het antwoord yes, zoals 2.11 en 3.12 (bedrijfskritische stagiaires).\n"
        "Waarschuwt als zo'n norm op not_applicable staat terwijl het antwoord yes is, of als hij\n"
        "als voldoet, voldoet deels of voldoet niet beoordeeld is terwijl het antwoord no is.\n"
        "Dossier en scope horen hetzelfde te zeggen; anders klopt de dekking niet en vraagt de\n"
        "toetser waarom. Pas de status aan, of het antwoord in swlabel.yaml.\n"
        "Een vraag zonder antwoord telt als yes, maar geeft deze waarschuwing niet."
    ),
    "SWL304.doc": (
        "Alleen bij status compliant (voldoet): controleert of elk aspect van de norm bij\n"
        "minstens één bewijsstuk onder 'aspects' genoemd wordt.\n"
        "Aspecten zijn de losse onderdelen die de normtekst opsomt (bij 3.18: Governance code en\n"
        "CAO), in de lezing van swlabel. De toetser kijkt naar elk onderdeel.\n"
        "Zet het aspect bij het bewijsstuk dat het aantoont, voeg bewijs toe, of zet de status op\n"
        "partially_compliant zolang een onderdeel nog niet geregeld is.\n"
        "Een norm zonder aspecten geeft deze waarschuwing nooit."
    ),
    "SWL305.doc": (
        "Alleen bij de statussen compliant, partially_compliant en non_compliant: waarschuwt als\n"
        "de toelichting leeg is.\n"
        "De toelichting vertelt hoe u aan de norm voldoet en hoe het in de praktijk werkt; de\n"
        "documenten alleen zeggen dat niet, en de toetser leest de toelichting als eerste.\n"
        "Schrijf de toelichting onder de afsluitende '---' van een .md-bestand, of onder\n"
        "'narrative:' in een .yaml-bestand."
    ),
    "SWL306.doc": (
        "Controleert of de datum van de beoordeling ('assessed_on') niet na de peildatum ligt\n"
        "(--as-of, standaard vandaag).\n"
        "Een beoordeling in de toekomst is bijna altijd een tikfout, zoals maand en dag\n"
        "omgedraaid. Zo'n datum zou ook de waarschuwing voor een verouderde zelfevaluatie\n"
        "(SWL404) ten onrechte uitstellen.\n"
        "Zet de datum waarop de norm echt beoordeeld is, als JJJJ-MM-DD."
    ),
    "SWL307.doc": (
        "Met een waiver onder 'waivers:' (rule, match, reason) zet u een melding in hetzelfde\n"
        "bewijsbestand bewust opzij; ze blijft zichtbaar, maar telt niet mee voor de exitcode.\n"
        "Deze regel waarschuwt voor een waiver die op geen enkele melding in het bestand meer\n"
        "past, bijvoorbeeld omdat het probleem is opgelost. Zo blijven uitzonderingen niet\n"
        "hangen.\n"
        "Verwijder de waiver. 'match' zoekt in de tekst van de melding, en die hangt af van de\n"
        "taal: kies daarom een naam of id, geen woorden uit de melding.\n"
        "Een waiver voor een regel die in swlabel.yaml of met --ignore uit staat, telt hier niet."
    ),
    # --- SWL4xx: actualiteit -----------------------------------------------------------------
    "SWL401.doc": (
        "Controleert of bewijs op de peildatum (--as-of, standaard vandaag) nog geldig is: de\n"
        "'valid_until' van een bewijsstuk, of van een registerdocument dat een norm gebruikt.\n"
        "Verlopen bewijs telt niet mee voor de dekking, en de toetser accepteert het niet.\n"
        "Voeg de nieuwe versie toe of werk 'valid_until' bij.\n"
        "Een registerdocument dat geen norm gebruikt, wordt niet gecontroleerd: een oud stuk dat\n"
        "u alleen bewaart, is hier geen melding."
    ),
    "SWL402.doc": (
        "Controleert of een registerdocument dat een norm als bewijs gebruikt op de peildatum\n"
        "over zijn herzieningsdatum ('review_date') heen is.\n"
        "Een document dat niet op tijd herzien wordt, beschrijft misschien niet meer hoe u nu\n"
        "werkt; de toetser vraagt daarnaar.\n"
        "Bekijk het document, pas het zo nodig aan en zet een nieuwe 'review_date'.\n"
        "Documenten die geen norm gebruikt, worden niet gecontroleerd."
    ),
    "SWL403.doc": (
        "Controleert of een verbeteractie met status open of in_progress over haar streefdatum\n"
        "('due') heen is.\n"
        "Het verbeterplan laat de toetser zien dat u verbeterpunten oppakt; een actie die\n"
        "ongemerkt over haar datum gaat, valt bij de volgende toetsing op.\n"
        "Rond de actie af (status: done met done_on), kies een nieuwe streefdatum, of zet haar op\n"
        "cancelled en leg in 'description' uit waarom. Afgeronde en vervallen acties worden niet\n"
        "gecontroleerd."
    ),
    "SWL404.doc": (
        "Controleert of de beoordeling van een norm ('assessed_on') niet te oud is: standaard\n"
        "niet meer dan 12 maanden vóór de peildatum.\n"
        "De zelfevaluatie hoort de situatie van nu te beschrijven; een oude beoordeling zegt daar\n"
        "weinig over.\n"
        "Beoordeel de norm opnieuw en zet de nieuwe datum bij 'assessed_on'. Het aantal maanden\n"
        "stelt u in swlabel.yaml in met check.max_assessment_age_months.\n"
        "Een norm zonder 'assessed_on' geeft deze waarschuwing niet."
    ),
    "SWL405.doc": (
        "Waarschuwt voor bewijs dat op de peildatum nog geldig is, maar verloopt vóór de volgende\n"
        "toetsing ('next_audit' in swlabel.yaml).\n"
        "Zo heeft u tijd om een nieuwe versie te regelen voordat de toetser het dossier leest.\n"
        "Alleen als next_audit is ingevuld en na de peildatum ligt: een toetsing in het verleden\n"
        "zegt niets over wat komt. Zet na elke toetsing de datum van de volgende.\n"
        "Registerdocumenten tellen alleen mee als een norm ze gebruikt. Is het bewijs al\n"
        "verlopen, dan volgt SWL401 in plaats van deze waarschuwing."
    ),
    "SWL406.doc": (
        "Waarschuwt voor wat vóór de volgende toetsing ('next_audit' in swlabel.yaml) moet\n"
        "gebeuren: de herziening ('review_date') van een registerdocument dat een norm gebruikt,\n"
        "en de streefdatum van een verbeteractie die open of in_progress is.\n"
        "Zo plant u herzieningen en acties op tijd, en kunt u de toetser laten zien dat ze gedaan\n"
        "zijn. De waarschuwing verdwijnt als het document herzien is (nieuwe 'review_date') of de\n"
        "actie afgerond.\n"
        "Alleen als next_audit is ingevuld en na de peildatum ligt. Wat op de peildatum al te\n"
        "laat is, meldt SWL402 of SWL403."
    ),
    # --- SWL5xx: privacy ---------------------------------------------------------------------
    "SWL501.doc": (
        "Zoekt in alle tekstbestanden van de repository (.md, .txt, .csv, .yaml, .yml) naar een\n"
        "burgerservicenummer (BSN): 9 cijfers (of 8 zonder de 0 vooraan) die de elfproef\n"
        "doorstaan en die volgens de context een BSN zijn, bijvoorbeeld met het woord BSN ervoor.\n"
        "Een BSN mag u alleen verwerken als de wet dat toestaat; het hoort nooit in het dossier.\n"
        "Git bewaart elke versie, dus ook na het verwijderen staat het nummer in de geschiedenis.\n"
        "Verwijder het nummer, laat het ook uit de geschiedenis verwijderen (bijvoorbeeld met git\n"
        "filter-repo) en meld het bij uw functionaris gegevensbescherming.\n"
        "PDF- en Word-bestanden en bestanden die geen UTF-8 zijn, worden niet doorzocht."
    ),
    "SWL211.doc": (
        "Een verbeteractie noemt bij 'improvement_point' een verbeterpunt dat in geen enkele\n"
        "toetsing onder audits/ staat. Meestal is de id verkeerd getypt.\n"
        "Corrigeer de id (bijvoorbeeld VP-2025-03) of voeg de toetsing met dat verbeterpunt toe."
    ),
    "SWL308.doc": (
        "Een verbeterpunt uit een toetsing heeft nog geen verbeteractie die erop antwoordt.\n"
        "De volgende toetsing kijkt juist naar de opvolging van verbeterpunten.\n"
        "Voeg een actie toe aan improvement-plan.yaml met improvement_point: <id van het punt>,\n"
        "bijvoorbeeld met swlabel add action."
    ),
    "SWL407.doc": (
        "Het certificaat van de laatste externe toetsing loopt binnenkort af (standaard: binnen\n"
        "zes maanden, instelbaar met audits.warn_months_before_end) of is al afgelopen.\n"
        "Het certificaat geldt twee jaar na het besluit (audits.certificate_years), tenzij de\n"
        "toetsing certificate_valid_until noemt. Plan de hercertificering op tijd.\n"
        "Een intercollegiale adviesmeting levert geen certificaat en geeft deze melding niet."
    ),
    "SWL408.doc": (
        "Een verbeteractie die antwoordt op een verbeterpunt van een toetsing is niet af, terwijl\n"
        "de termijn verstreken is: de streefdatum van de actie, anders de termijn van het\n"
        "verbeterpunt, anders de opvolgingstermijn van de certificerende instelling\n"
        "(audits.follow_up in swlabel.yaml). Dit is een fout: de toetser kijkt ernaar.\n"
        "Rond de actie af (status: done, done_on) of spreek een nieuwe termijn af."
    ),
}
