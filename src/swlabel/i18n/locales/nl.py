"""Dutch messages: the default language of swlabel, and the reference for every other."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "sources.not_a_file": "geen gewoon bestand",
    # --- parts of the rules' messages (the rules' texts: src/swlabel/rules/*/rule.yaml) --
    "yaml.hint.tab": "gebruik spaties in plaats van tabs om in te springen",
    "yaml.hint.colon": (
        "er staat een ':' op een plek waar dat niet mag; zet tekst met een dubbele punt "
        "tussen aanhalingstekens"
    ),
    "yaml.hint.missing_colon": "elke regel hoort de vorm 'sleutel: waarde' te hebben",
    "yaml.hint.unclosed_quote": "sluit aanhalingstekens en haakjes die u geopend hebt",
    "yaml.hint.indent": "controleer of deze regel even ver inspringt als de regels erboven",
    "yaml.hint.anchor": "ankers (&) en verwijzingen (*) zijn hier niet nodig; schrijf de waarde uit",
    "yaml.hint.generic": "controleer deze regel en de regel erboven",
    "schema.did_you_mean": " (bedoelde u '{suggestion}'?)",
    # Two sentences of one melding (a melding and what follows from it).
    "text.then": "{first} {second}",
    "schema.narrative_in_front_matter": (
        "'narrative' hoort niet in de front matter van een .md-bestand: de toelichting is de "
        "tekst onder de afsluitende '---'"
    ),
    # --- schema messages (SWL103) ---------------------------------------------------------
    "schema.or": " of ",
    "schema.root": "het bestand",
    "schema.missing": "het verplichte veld '{field}' ontbreekt; voeg het toe",
    "schema.choice": "{field}: '{value}' is geen geldige waarde; kies uit {expected}",
    "schema.text": "{field}: verwacht een tekst, geen lijst of mapping",
    "schema.empty": "{field}: mag niet leeg zijn",
    "schema.identifier": "{field}: '{value}' is geen geldige id; gebruik geen spaties",
    "schema.list": "{field}: verwacht een lijst, bijvoorbeeld [a, b] of regels die met '- ' beginnen",
    "schema.mapping": "{field}: verwacht velden in de vorm 'sleutel: waarde'",
    "schema.bool": "{field}: '{value}' is geen ja/nee-waarde; schrijf yes of no",
    "schema.too_short": "{field}: hoort minstens één item te hebben",
    "schema.reference_and_inline": (
        "{field}: gebruik óf 'document' (een verwijzing naar het register) óf een eigen "
        "beschrijving, niet allebei (ook ingevuld: {fields})"
    ),
    "schema.item_without_title": (
        "{field}: een bewijsstuk heeft 'document' (uit het register) nodig, of een 'title' met "
        "'path' of 'url'"
    ),
    "schema.path_xor_url": "{field}: vul precies één van 'path' en 'url' in",
    "normset.duplicate_norm": "{field}: norm '{value}' staat twee keer in de normenset",
    "normset.norm_id": (
        "{field}: '{value}' kan geen id zijn; een id van een norm of rubriek bestaat uit letters "
        "(a-z, A-Z) en cijfers, in groepen gescheiden door één punt of streepje (zoals 1.10 of "
        "A-3), hoogstens 64 tekens; het wordt een bestandsnaam in evidence/"
    ),
    "normset.duplicate_rubriek": "{field}: rubriek '{value}' staat twee keer in de normenset",
    "normset.unknown_rubriek": "{field}: rubriek '{value}' staat niet onder 'rubrieken'",
    "normset.unknown_scope_question": (
        "{field}: '{value}' staat niet onder 'scope_questions'; voeg de vraag toe of corrigeer "
        "de id"
    ),
    "normset.duplicate_aspect": "{field}: norm {value} heeft twee aspecten met dezelfde id",
    "schema.minimum": "{field}: '{value}' is te klein; het minimum is {limit}",
    "schema.maximum": "{field}: '{value}' is te groot; het maximum is {limit}",
    "schema.number": "{field}: '{value}' is geen getal",
    "schema.other": "{field}: {detail}",
    "schema.format_version": (
        "{field}: versie '{value}' kent deze versie van swlabel niet; zet format_version: 1 of "
        "werk swlabel bij"
    ),
    "schema.integer": "{field}: '{value}' is geen geheel getal",
    # --- loading ---------------------------------------------------------------------------
    "normset.file_missing": "normenset-bestand '{path}' bestaat niet; controleer 'norms' in swlabel.yaml",
    "normset.unknown": (
        "onbekende normenset '{id}'; meegeleverd zijn: {choices}, of geef het pad naar een "
        "eigen normenset-bestand (.yaml)"
    ),
    "normset.outside": (
        "swlabel.yaml: norms: '{path}' ligt buiten de repository; zet het normenset-bestand in "
        "de repository (bijvoorbeeld normen/eigen-normen.yaml) en schrijf het pad ten opzichte "
        "van de map met swlabel.yaml"
    ),
    "normset.link_outside": (
        "swlabel.yaml: norms: '{path}' verwijst (via een snelkoppeling) naar een plek buiten de "
        "repository; kopieer het normenset-bestand in de repository"
    ),
    "normset.case": (
        "swlabel.yaml: norms: '{path}' bestaat niet, wel '{actual}'; schrijf het pad precies zo"
    ),
    "normset.not_a_file": (
        "swlabel.yaml: norms: '{path}' is geen gewoon bestand; verwijs naar een .yaml-bestand"
    ),
    "normset.too_large": (
        "swlabel.yaml: norms: '{path}' is groter dan 16 MiB en wordt niet gelezen; verwijs naar "
        "het normenset-bestand zelf"
    ),
    "normset.unreadable": (
        "swlabel.yaml: norms: '{path}' kan niet gelezen worden ({reason}); controleer of u het "
        "bestand mag lezen"
    ),
    "normset.invalid": "normenset '{path}' is ongeldig",
    "normset.placeholder": "(ongeldig in de normenset; zie de melding)",
    "repo.missing_dir": "de map {path} bestaat niet",
    "cli.chdir_not_a_folder": "{path} is geen map; geef na -C de map van het dossier",
    "repo.no_config": (
        "geen swlabel.yaml gevonden in {path} of een map erboven; maak een repository met "
        "'swlabel init'"
    ),
    "config.invalid": "{path} is ongeldig; herstel de meldingen hierboven",
    "config.no_organisation": "(naam van de organisatie ongeldig in swlabel.yaml)",
    # --- statuses --------------------------------------------------------------------------
    "status.compliant": "voldoet",
    "status.partially_compliant": "voldoet deels",
    "status.non_compliant": "voldoet niet",
    "status.not_applicable": "niet van toepassing",
    "status.not_assessed": "nog niet beoordeeld",
    "status.invalid": "status ongeldig (zie de melding)",
    "status.unreadable": "velden onleesbaar (zie de melding)",
    "action.open": "open",
    "action.in_progress": "loopt",
    "action.done": "afgerond",
    "action.cancelled": "vervallen",
    # --- check -----------------------------------------------------------------------------
    "coverage.heading": "Dekking op {date}: normen onderbouwd met geldig bewijs, en aspecten met bewijs",
    "coverage.norms": "normen",
    "coverage.aspects": "aspecten",
    "coverage.total": "Totaal",
    "coverage.explained": (
        "Dekking zegt hoe compleet het dossier is, niet of de organisatie aan de normen voldoet."
    ),
    "check.clean": "Geen meldingen.",
    "check.counts": "{errors}, {warnings}.",
    "count.errors.one": "1 fout",
    "count.errors.many": "{count} fouten",
    "count.warnings.one": "1 waarschuwing",
    "count.warnings.many": "{count} waarschuwingen",
    # --- init ------------------------------------------------------------------------------
    "init.heading": "Kwaliteitsdossier in {path} ({normset}, versie {version})",
    "init.created": "Aangemaakt:",
    "init.kept": "Al aanwezig, niet gewijzigd:",
    "init.nothing_new": "Niets nieuws: alle bestanden waren er al.",
    "init.evidence_range": "{first} … {last} ({count} bestanden)",
    "init.next_steps": (
        "Volgende stappen:\n"
        "  1. Vul per norm het bestand in evidence/ in (status, bewijs, toelichting).\n"
        "  2. Controleer het dossier:   swlabel check {dir}\n"
        "  3. Maak het rapport:         swlabel report {dir} --format html --output dossier.html"
    ),
    "init.organisation_required": (
        'geef de naam van de organisatie met --organisation "Naam" (nodig voor een nieuwe '
        "repository)"
    ),
    "init.ask_norms": "Normenset (id van een meegeleverde set of pad naar een eigen bestand)",
    "init.try_again": "Probeer het opnieuw.",
    "init.ask_language": "Taal van het dossier (nl of en)",
    "init.bad_language": "'{value}' is geen taal van swlabel; kies uit {choices}.",
    "init.ask_next_audit": "Datum van de volgende toetsing (JJJJ-MM-DD, leeg als die nog niet bekend is)",
    "init.unknown_scope": "onbekende scope-vraag {keys}; de normenset kent: {choices}",
    "init.bad_scope": "'{value}' is geen scope-antwoord; schrijf --scope vraag=yes of --scope vraag=no",
    "init.not_empty": (
        "de map {path} is niet leeg ({files}) en is geen swlabel-repository; kies een lege map "
        "of gebruik --allow-non-empty (er wordt dan nog steeds niets overschreven)"
    ),
    "init.git_inside": "De map valt al onder git; er is geen nieuwe git-repository gemaakt.",
    "init.git_unavailable": "git is niet gevonden; maak zelf een git-repository (git init).",
    "init.git_created": "Er is een git-repository gemaakt (git init).",
    "cli.opt.scope": "Scope-antwoord, bijvoorbeeld --scope business_critical_interns=no; mag vaker.",
    "cli.opt.next_audit": "Datum van de volgende toetsing (JJJJ-MM-DD).",
    "cli.opt.yes": "Vraag niets: neem voor alles wat niet als optie is gegeven de standaard.",
    "cli.opt.ci": "CI-workflow: github (GitHub Actions), gitlab (GitLab CI) of none.",
    "cli.opt.no_git": "Maak geen git-repository.",
    "cli.opt.allow_non_empty": "Sta een map toe die al bestanden bevat (er wordt niets overschreven).",
    "init.ask_organisation": "Naam van de organisatie",
    "init.yes_no.default_yes": "[J/n]",
    "init.yes_no.default_no": "[j/N]",
    "init.yes_no.yes": "j,ja",
    "init.yes_no.no": "n,nee",
    "init.yes_no.wrong": "'{answer}' is geen antwoord op deze vraag; typ j (ja) of n (nee).",
    "init.ask_ci": "Welke CI gebruikt de organisatie: github (GitHub Actions), gitlab (GitLab CI) of none",
    "init.bad_ci": "'{value}' is geen van de keuzes; kies uit {choices}.",
    "init.not_a_directory": "{path} is een bestand, geen map; kies een (nieuwe) map",
    "init.out_of_scope": (
        "Valt buiten onze scope: op de vraag '{question}' is in swlabel.yaml 'no' geantwoord "
        "(scope.{key})."
    ),
    # --- report ----------------------------------------------------------------------------
    "report.progress": "Dossier opbouwen",
    "report.last_audit": "Laatste toetsing",
    "report.last_audit_value": "{date}: {judgement}",
    "report.follow_up": "Opvolging vorige toetsing",
    "report.deadline": "Termijn",
    "followup.state.done": "afgerond",
    "followup.state.open": "loopt",
    "followup.state.late": "te laat",
    "followup.state.none": "nog geen verbeteractie",
    "report.last_changed": "laatst gewijzigd {date}",
    "cli.opt.report_history": "Voeg een grafiek toe van de dekking bij elke commit die het dossier veranderde (leest de git-geschiedenis; duurt langer).",
    "report.history": "Dekking in de tijd",
    "report.history_intro": "Dekking bij elke commit die het dossier veranderde, elke versie beoordeeld op haar eigen commitdatum.",
    "report.interviews": "Interviewplan",
    "report.interviews_intro": "Wie de toetser kan spreken over welke normen; swlabel interviews geeft per norm ook de documenten om klaar te leggen.",
    "report.group": "Groep",
    "report.nobody": "Nog niemand genoemd",
    "report.written": "Dossier geschreven naar {path}",
    "report.with_problems.one": (
        "Het dossier bevat 1 melding; die staat in het rapport en in 'swlabel check'."
    ),
    "report.with_problems.many": (
        "Het dossier bevat {count} meldingen; ze staan in het rapport en in 'swlabel check'."
    ),
    "report.generated_note": "gemaakt met {generator}; wijzig dit bestand niet, maak het opnieuw met swlabel report",
    "report.title": "Kwaliteitsdossier {organisation}",
    "report.organisation": "Organisatie",
    "report.normset": "Normenset",
    "report.version": "versie",
    "report.as_of": "Peildatum",
    "report.next_audit": "Volgende toetsing",
    "report.generator": "Gemaakt met",
    "report.contents": "Inhoud",
    "report.summary": "Samenvatting",
    "report.coverage_explained": (
        "Een norm is onderbouwd als hij op voldoet of voldoet deels staat en elk aspect op de "
        "peildatum geldig bewijs heeft. De dekking zegt hoe compleet het dossier is, niet of de "
        "organisatie aan de normen voldoet: dat oordeel is aan de toetser."
    ),
    "report.rubriek": "Rubriek",
    "report.rubriek_line": "{supported} van {applicable} toepasselijke normen onderbouwd ({percentage}).",
    "report.supported": "Onderbouwd",
    "report.onderbouwd": "Onderbouwd",
    "report.status": "Status",
    "report.norm": "Norm",
    "report.yes": "ja",
    "report.no": "nee",
    "report.assessed": "Beoordeeld door",
    "report.reason": "Reden niet van toepassing",
    "report.interviewees": "Te interviewen",
    "report.source": "Bestand",
    "report.aspects": "Aspecten",
    "report.no_evidence": "geen geldig bewijs",
    "report.narrative": "Hoe wij aan deze norm voldoen",
    "report.evidence": "Bewijs",
    "report.document": "Document",
    "report.kind": "Soort",
    "report.date": "Datum",
    "report.valid_until": "Geldig tot",
    "report.validity": "Op de peildatum",
    "report.validity.valid": "geldig",
    "report.validity.expired": "verlopen",
    "report.validity.not_yet": "nog niet geldig",
    "evidence.invalid_reason": "(reden ongeldig; zie de melding)",
    "register.invalid_place": "(pad of url ongeldig; zie de melding)",
    "report.validity.invalid_document": "registergegevens ongeldig (zie de melding)",
    "report.validity.unknown_document": "niet in het register",
    "report.validity.invalid_item": "ongeldig (zie de melding)",
    "report.item_n": "bewijsstuk {number}",
    "report.unreadable_fields": "De velden bovenaan het bestand zijn onleesbaar (zie de melding): geen ervan telt mee, en de norm telt als nog niet beoordeeld.",
    "report.actions": "Verbeteracties",
    "report.due_header": "Streefdatum",
    "report.due": "streefdatum",
    "report.unknown_action": "niet in het verbeterplan",
    "report.problems": "Meldingen",
    "report.problems_intro": "swlabel check vond {errors} en {warnings}.",
    "report.where": "Waar",
    "report.code": "Code",
    "report.message": "Melding",
    "report.out_of_scope": "Deze norm valt buiten de scope van de organisatie (zie swlabel.yaml).",
    # --- command line ----------------------------------------------------------------------
    "version.text": "swlabel {version} (PyYAML {pyyaml}, {loader})",
    "version.c_loader": "met de snelle C-lader (libyaml)",
    "version.python_loader": "zonder C-lader: libyaml ontbreekt, lezen is trager",
    "cli.help": (
        "Houd het dossier voor het Kwaliteitslabel Sociaal Werk bij als gewone bestanden in git: "
        "init maakt de repository, check controleert haar, report maakt het auditdossier."
    ),
    "cli.epilog": (
        "Exitcodes: 0 geen fouten · 1 meldingen van niveau fout · 2 verkeerd gebruik of "
        "ongeldige configuratie · 3 interne fout (log in de tijdelijke map) · 130 onderbroken · 143 afgebroken. "
        "Taal: --lang nl|en of SWLABEL_LANG. "
        "Map: -C MAP voor of na de opdracht, zoals bij git (swlabel -C mijndossier check)."
    ),
    "cli.opt.version": "Toon de versie (en of de snelle YAML-lader gebruikt wordt) en stop.",
    "cli.opt.directory": "Map van het dossier (standaard: de huidige map).",
    "cli.opt.as_of": "Peildatum JJJJ-MM-DD voor geldigheid en dekking (standaard: vandaag).",
    "cli.opt.lang": "Taal van meldingen, hulp en rapport: nl of en.",
    "cli.opt.organisation": "Naam van de organisatie (nodig voor een nieuwe repository).",
    "cli.opt.norms": (
        "Normenset: de id van een meegeleverde set of het pad naar een eigen bestand."
    ),
    "cli.opt.format": "Formaat van het dossier: html (één zelfstandig bestand) of md (Markdown).",
    "cli.opt.output": "Uitvoerbestand (standaard dossier.<formaat> in de huidige map; '-' voor standaarduitvoer).",
    "cli.opt.force": "Overschrijf een bestaand uitvoerbestand, ook als swlabel het niet maakte.",
    "cli.metavar.date": "DATUM",
    "cli.metavar.name": "NAAM",
    "cli.metavar.folder": "MAP",
    "cli.metavar.file": "BESTAND",
    "cli.init.help": (
        "Maak een nieuwe dossier-repository, of vul een bestaande aan met wat ontbreekt. "
        "Overschrijft nooit een bestand."
    ),
    "cli.check.help": (
        "Controleer het dossier: elke melding als 'pad:regel:kolom: CODE melding', daarna de "
        "dekking. Exitcode 1 bij een melding van niveau fout."
    ),
    "cli.report.help": (
        "Maak het auditdossier als HTML (één bestand dat offline opent en goed afdrukt), "
        "Markdown, JSON, CSV of Word, of met --bundle als zip met de documenten. Schrijft het dossier ook als er meldingen zijn; die staan erin."
    ),
    "cli.bad_date": "'{value}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-01",
    "cli.bad_language": "'{value}' is geen ondersteunde taal; kies nl of en",
    "cli.interrupted": "swlabel: onderbroken.",
    "cli.stdout_closed": "gesloten",
    "cli.terminated": "swlabel: afgebroken (SIGTERM).",
    "cli.stdout_failed": (
        "swlabel: kan niet naar de standaarduitvoer schrijven ({reason}). Schrijf naar een"
        " bestand met --output of maak ruimte vrij."
    ),
    "cli.crash": (
        "swlabel: interne fout. Dit is een fout in swlabel, niet in uw dossier. De details "
        "staan in {log}; stuur dat bestand mee als u de fout meldt."
    ),
    # --- rules added with the CI gate ---------------------------------------------------
    "freshness.item": "bewijsstuk '{title}' van norm {id}",
    "freshness.document": "document '{id}' (gebruikt bij norm {norms})",
    "schema.unknown_rule": "{field}: '{value}' is geen code van swlabel; zie 'swlabel rules'",
    "check.gate_failed": (
        "De dekking ({actual}) is lager dan het minimum van {minimum} (--min-coverage of "
        "check.min_coverage)."
    ),
    "check.waived_count": "{count} uitgezonderd met een waiver.",
    "check.waived_heading": "Uitgezonderd met een waiver (telt niet mee voor de exitcode):",
    "check.waiver_reason": "[reden: {reason}]",
    "check.strict": "Met --strict laten ook waarschuwingen de controle mislukken.",
    "junit.norm": "norm {id}",
    "junit.files": "overige bestanden",
    "junit.out_of_scope": "valt buiten de scope (swlabel.yaml)",
    "output.own_file": "{path} is een bestand van het dossier zelf; kies een ander uitvoerbestand",
    "cli.bad_code": "'{value}' is geen (begin van een) code van swlabel; zie 'swlabel rules'",
    "cli.opt.check_format": (
        "Uitvoer: text (regels), json, github (annotaties), junit (XML) of auto (github in "
        "GitHub Actions, anders text)."
    ),
    "cli.opt.check_output": "Schrijf de uitvoer naar dit bestand in plaats van naar het scherm.",
    "cli.opt.quiet": "Toon alleen de meldingen, zonder dekking en samenvatting.",
    "cli.opt.strict": "Laat ook waarschuwingen de controle mislukken (exitcode 1).",
    "cli.opt.select": "Alleen deze codes (of families, zoals SWL4); mag vaker.",
    "cli.opt.ignore": "Sla deze codes (of families) over; mag vaker.",
    "cli.opt.min_coverage": (
        "Mislukt als de dekking onder dit percentage ligt (ook: check.min_coverage in "
        "swlabel.yaml)."
    ),
    # --- swlabel rules -------------------------------------------------------------------
    "rules.absent": "(geen bestand {path})",
    "rules.padded": "(… en zo verder, tot het bestand {size} MiB groot is)",
    "rules.code": "Code",
    "rules.level": "Niveau",
    "rules.title": "Wat",
    "level.error": "fout",
    "level.warning": "waarschuwing",
    "family.syntax": "Syntaxis en formaat (SWL1xx)",
    "family.references": "Verwijzingen (SWL2xx)",
    "family.content": "Inhoud van de zelfevaluatie (SWL3xx)",
    "family.freshness": "Actualiteit (SWL4xx)",
    "family.privacy": "Privacy (SWL5xx)",
    "rules.more": "Uitleg met voorbeelden: swlabel rules CODE (bijvoorbeeld swlabel rules SWL401).",
    "rules.meta": "Niveau: {level} · familie: {family}",
    "rules.failing": "Geeft een melding:",
    "rules.passing": "In orde:",
    "rules.configure": (
        "Aanpassen: in swlabel.yaml onder check.levels ({code}: error, warning of off), met "
        "--select/--ignore, of met een waiver (rule, match, reason) in het bestand met de melding."
    ),
    "cli.rules.help": "Toon de regels achter de meldingen, of leg één regel uit met voorbeelden.",
    "cli.opt.code": "Een code (SWL401) of familie (SWL4).",
    "cli.opt.markdown": "Schrijf de lijst als Markdown-tabel (zoals in de README).",
    # --- report: cover, summary, picture, appendices -----------------------------------
    "chart.title": "Alle normen per rubriek, gekleurd naar status, met het aandeel onderbouwde normen",
    "chart.mark.compliant": "V",
    "chart.mark.partially_compliant": "D",
    "chart.mark.non_compliant": "N",
    "chart.mark.not_applicable": "–",
    "chart.mark.not_assessed": "?",
    "chart.bar": "{supported} van {applicable} onderbouwd",
    "verdict.errors.one": "1 fout in het dossier",
    "verdict.errors.many": "{count} fouten in het dossier",
    "verdict.non_compliant.one": "1 norm voldoet niet",
    "verdict.non_compliant.many": "{count} normen voldoen niet",
    "verdict.not_assessed.one": "1 norm nog niet beoordeeld",
    "verdict.not_assessed.many": "{count} normen nog niet beoordeeld",
    "verdict.gaps.one": "1 norm nog niet volledig onderbouwd",
    "verdict.gaps.many": "{count} normen nog niet volledig onderbouwd",
    "verdict.late_actions.one": "1 verbeteractie over de streefdatum",
    "verdict.late_actions.many": "{count} verbeteracties over de streefdatum",
    "verdict.expired.one": "1 bewijsstuk verlopen",
    "verdict.expired.many": "{count} bewijsstukken verlopen",
    "verdict.clean": "alle toepasselijke normen onderbouwd, niets over de streefdatum",
    "report.verdict": "Oordeel in één regel",
    "report.unanswered": "niet beantwoord (geldt als ja)",
    "report.no_git": "geen git-repository",
    "report.tree_unknown": "onbekend",
    "report.tree_clean": "geen onvastgelegde wijzigingen",
    "report.tree_dirty": "met wijzigingen die nog niet zijn vastgelegd (commit)",
    "report.commit": "Git-commit",
    "report.working_tree": "Werkmap",
    "report.scope": "Scope",
    "report.selection": "Selectie",
    "report.selection.rubriek": "alleen rubriek {rubriek}",
    "report.selection.gaps": "alleen normen die nog niet onderbouwd zijn",
    "report.no_norms_shown": "Geen normen in deze selectie.",
    "report.chart": "Overzicht in één beeld",
    "report.appendices": "Bijlagen",
    "report.register": "Documentenregister",
    "report.register_intro": "Elk document in het register, de normen die het gebruiken, en of het geldig is op de peildatum en op de dag van de toetsing.",
    "report.norms_column": "Normen",
    "report.owner": "Eigenaar",
    "report.review_date": "Herzien op",
    "report.at_audit": "Bij de toetsing",
    "report.plan": "Verbeterplan",
    "report.plan_intro": "Alle verbeteracties; wat over de streefdatum is staat bovenaan.",
    "report.source_label": "Bron",
    "report.state": "Stand",
    "report.expiring": "Wat verloopt vóór de toetsing",
    "report.expiring_intro": "Wat tussen de peildatum ({as_of}) en de toetsing ({audit}) verloopt of af moet zijn.",
    "report.no_audit_date": "De datum van de volgende toetsing staat niet in swlabel.yaml (next_audit).",
    "report.nothing_expiring": "Niets verloopt of valt vóór de toetsing.",
    "report.what": "Wat",
    "report.empty_register": "Het register is leeg.",
    "report.empty_plan": "Het verbeterplan is leeg.",
    "plan.state.late": "te laat",
    "plan.state.before_audit": "af vóór de toetsing",
    "plan.state.open": "open",
    "plan.state.done": "afgerond",
    "plan.state.cancelled": "vervallen",
    "expiry.document": "{title} verloopt",
    "expiry.review": "{title} moet herzien worden",
    "expiry.action": "verbeteractie {id} ({title}) moet af zijn",
    "csv.norm": "norm",
    "csv.rubriek": "rubriek",
    "csv.status": "status",
    "csv.status_label": "oordeel",
    "csv.supported": "onderbouwd",
    "csv.evidence": "bewijsstukken",
    "csv.expired": "verlopen",
    "csv.open_actions": "open verbeteracties",
    "cli.opt.report_format": (
        "Formaat: html (één zelfstandig bestand), md (Markdown), json (gegevens), csv "
        "(één regel per norm, voor Excel) of docx (Word)."
    ),
    "cli.opt.only_gaps": "Toon alleen normen die nog niet onderbouwd zijn.",
    "cli.opt.rubriek": "Toon alleen deze rubriek (bijvoorbeeld 3).",
    "cli.opt.csv_dialect": "CSV-variant: excel-nl (';' en UTF-8 met BOM, standaard) of comma (',').",
    "cli.opt.template_dir": "Map met eigen templates (logo, huisstijl); niet overschreven templates blijven die van swlabel.",
    "report.unknown_rubriek": "rubriek '{rubriek}' bestaat niet; kies uit {choices}",
    "report.template_dir_missing": "de templatemap {path} bestaat niet",
    "report.template_error": "eigen template {name}: {detail}",
    "report.template_refused": "is een link, geen gewoon bestand of groter dan 4 MiB; swlabel leest alleen gewone bestanden in {folder}",
    "report.template_not_utf8": "is geen UTF-8; sla de template op als UTF-8",
    "report.template_recursion": "de template roept zichzelf steeds opnieuw aan (een macro of include die zichzelf gebruikt)",
    "report.locked": (
        "{path} kan niet worden geschreven ({reason}); is het bestand geopend in een ander "
        "programma, zoals Word of Excel? Sluit het en probeer opnieuw. Er is niets half "
        "geschreven."
    ),
    # --- norms, status, add -------------------------------------------------------------
    "norms.more": "Een norm in zijn geheel, met het bewijs in deze repository: swlabel norms 3.17",
    "norms.applies_if": "Geldt alleen als de scope-vraag '{key}' met ja is beantwoord.",
    "norms.here": "In deze repository ({path}):",
    "norms.uncovered": "aspecten zonder geldig bewijs",
    "status.urgent": "De {shown} meest urgente van {count} punten (alle punten: swlabel status --all):",
    "status.all.one": "1 punt om aan te werken:",
    "status.all.many": "{count} punten om aan te werken, het meest urgent eerst:",
    "status.no_gaps": "Niets urgents: alle toepasselijke normen zijn onderbouwd en niets is te laat.",
    "status.gap.errors.one": "{path}: 1 fout; zie swlabel check",
    "status.gap.errors.many": "{path}: {count} fouten; zie swlabel check",
    "status.gap.late": "verbeteractie {id} ({title}) is over de streefdatum {due}",
    "status.gap.expired.one": "norm {id}: 1 bewijsstuk verlopen",
    "status.gap.expired.many": "norm {id}: {count} bewijsstukken verlopen",
    "status.gap.expired_document.one": "{title} is verlopen op {date} (norm {norms})",
    "status.gap.expired_document.many": "{title} is verlopen op {date} (normen {norms})",
    "status.gap.non_compliant": "norm {id} voldoet niet",
    "status.gap.not_assessed": "norm {id} is nog niet beoordeeld",
    "status.gap.status_invalid": "norm {id}: de status is ongeldig (zie de melding); de norm telt als nog niet beoordeeld",
    "status.gap.unreadable": "norm {id}: de velden bovenaan het bestand zijn onleesbaar (zie de melding)",
    "status.gap.aspects": "norm {id}: geen geldig bewijs voor {aspects}",
    "status.gap.unsupported": "norm {id} is nog niet onderbouwd",
    "add.not_a_register_file": (
        "{path} is geen bestand van het register; kies register.yaml of een bestand"
        " register/<naam>.yaml (alleen die leest swlabel als register)"
    ),
    "add.outside": "{path} ligt buiten de repository; kies een bestand in de repository",
    "add.choose_register": (
        "het register staat in de map register/; kies met --to in welk bestand het document "
        "komt, bijvoorbeeld --to register/beleid.yaml"
    ),
    "add.file_invalid": "{path} zou niet geldig zijn na het toevoegen ({detail}); er is niets gewijzigd",
    "add.exists": "de id '{id}' bestaat al ({where}); kies een andere id",
    "add.path_warning": "Let op: het bestand '{path}' bestaat (nog) niet in de repository.",
    "add.added_document": "Document '{id}' toegevoegd aan {path}.",
    "add.audit_exists": "{path} bestaat al; swlabel overschrijft geen toetsing",
    "add.added_audit": "Toetsing aangemaakt: {path}. Vul na de toetsing het oordeel per norm en de verbeterpunten in.",
    "cli.add.toetsing.help": "Maak een bestand voor een toetsing onder audits/, met alle normen klaar om te beoordelen.",
    "add.added_action": "Verbeteractie '{id}' toegevoegd aan {path}.",
    "cli.add.help": "Voeg een document aan het register of een verbeteractie aan het verbeterplan toe.",
    "cli.add.document.help": "Voeg een document toe aan het register (opmaak en opmerkingen van het bestand blijven staan).",
    "cli.add.action.help": "Voeg een verbeteractie toe aan improvement-plan.yaml (de id volgt vanzelf als u er geen geeft).",
    "cli.norms.help": "Blader door de normenset; binnen een repository met de status van elke norm.",
    "cli.status.help": "Waar staat het dossier: de dekking en de vijf meest urgente punten op één scherm.",
    "cli.opt.status_all": "Toon alle punten, niet alleen de vijf meest urgente.",
    "cli.opt.norm_id": "Een norm, bijvoorbeeld 3.17.",
    "cli.opt.browse_norms": "Blader door een andere normenset (id of pad).",
    "cli.opt.to": "Het registerbestand waaraan het document wordt toegevoegd.",
    "cli.opt.field": "Zie de uitleg van de velden in de README of in het bestand zelf.",
    "cli.opt.norm": "Een norm waarvoor de actie is; mag vaker.",
    "cli.opt.repo": "Werk in deze map, zoals git -C: de map van het dossier, of waar een MAP-argument van uitgaat (standaard: de huidige map).",
    # The command line's own words (Typer's Click writes them in English, without gettext).
    "cli.usage": "Gebruik:",
    "cli.opt.help": "Toon deze hulp en stop.",
    "cli.panel.arguments": "Argumenten",
    "cli.panel.options": "Opties",
    "cli.panel.commands": "Opdrachten",
    "cli.default": "[standaard: {}]",
    "cli.required": "[verplicht]",
    "cli.error": "Fout",
    "cli.metavar.command": "OPDRACHT [ARGUMENTEN]...",
    "cli.metavar.code": "CODE",
    "cli.metavar.percent": "PROCENT",
    "cli.metavar.text": "TEKST",
    "cli.metavar.id": "ID",
    "cli.metavar.url": "URL",
    "cli.metavar.path": "PAD",
    "cli.metavar.revision": "REVISIE",
    "cli.metavar.options": "[OPTIES]",
    "cli.metavar.number": "GETAL",
    "cli.opt.diff_folder": "Map van het dossier (standaard: de huidige map); 'swlabel diff HEAD mijndossier' leest een map als tweede argument ook zo.",
    "cli.try_help": "Probeer '{command} -h' voor hulp.",
    "cli.no_such_command": "'{name}' is geen opdracht van swlabel.",
    "cli.no_such_command.suggest": "'{name}' is geen opdracht van swlabel. Bedoelde u '{nearest}'?",
    "cli.no_such_option": "onbekende optie {option}.",
    "cli.did_you_mean": "Bedoelde u: {options}?",
    "cli.missing": "de optie {param} ontbreekt.",
    "cli.missing_argument": "het argument {param} ontbreekt.",
    "cli.bad_choice": "ongeldige waarde voor {param}: kies uit {choices}.",
    "cli.bad_choice_suggestion": "ongeldige waarde voor {param}; gebruik {suggestion}.",
    "cli.bad_value": "ongeldige waarde voor {param}: {message}",
    "cli.extra_arguments": "te veel argumenten: {args}.",
    "cli.requires_value": "de optie {option} heeft een waarde nodig.",
    "cli.missing_command": "geef een opdracht; zie 'swlabel -h'.",
    # Each field of add document, add action and add toetsing: what it is, its form, an example.
    "cli.opt.document_id": "Korte, unieke naam van het document (letters, cijfers, - en _), bijvoorbeeld privacybeleid. Verplicht; in een terminal vraagt swlabel erom als hij ontbreekt.",
    "cli.opt.document_title": "Titel zoals lezers het document kennen, bijvoorbeeld 'Privacybeleid 2026'. Verplicht; in een terminal vraagt swlabel erom als hij ontbreekt.",
    "cli.opt.document_kind": "Soort document, vrije tekst, bijvoorbeeld beleid, protocol, verslag of jaarplan.",
    "cli.opt.document_path": "Pad van het bestand in de repository, bijvoorbeeld documenten/privacybeleid.pdf (of gebruik --url).",
    "cli.opt.document_url": "Adres van het document als het elders staat, met https://, bijvoorbeeld https://intranet.example.nl/privacy.",
    "cli.opt.document_owner": "Wie het document bijhoudt, bijvoorbeeld 'Manager HR'.",
    "cli.opt.document_date": "Datum van het document (JJJJ-MM-DD), bijvoorbeeld 2026-03-12.",
    "cli.opt.document_review_date": "Wanneer het document opnieuw bekeken moet worden (JJJJ-MM-DD), bijvoorbeeld 2027-03-01.",
    "cli.opt.document_valid_until": "Tot wanneer het document geldt (JJJJ-MM-DD), bijvoorbeeld 2028-12-31; daarna telt het niet meer als bewijs.",
    "cli.opt.action_id": "Nummer van de actie, bijvoorbeeld VA-2026-03 (standaard: het volgende vrije VA-nummer van dit jaar).",
    "cli.opt.action_title": "Wat er moet gebeuren, in één regel, bijvoorbeeld 'Klachtenregeling actualiseren'. Verplicht; in een terminal vraagt swlabel erom als hij ontbreekt.",
    "cli.opt.action_description": "Toelichting: waarom en hoe, bijvoorbeeld wat de toetsing opmerkte.",
    "cli.opt.action_source": "Waar de actie vandaan komt: zelfevaluatie (standaard), toetsing of intern.",
    "cli.opt.action_owner": "Wie de actie uitvoert, bijvoorbeeld 'coördinator vrijwilligers'.",
    "cli.opt.action_due": "Uiterste datum (JJJJ-MM-DD), bijvoorbeeld 2026-09-30.",
    "cli.opt.action_status": "Stand van zaken: open (standaard), in_progress (loopt), done (klaar) of cancelled (vervallen).",
    "cli.opt.audit_date": "Datum van de toetsing (JJJJ-MM-DD), bijvoorbeeld 2026-11-04; ook de naam van het bestand.",
    "cli.opt.audit_route": "Route van de toetsing: external (externe toetsing, standaard) of peer (collegiale toetsing).",
    "cli.opt.audit_body": "Wie toetst, bijvoorbeeld de naam van het toetsingsbureau; komt ook in de bestandsnaam.",
    # --- writing files (files.py) ----------------------------------------------------------
    "files.outside": "{path} ligt buiten de repository; swlabel schrijft alleen in de repository",
    "files.link": (
        "{path} is een link (symbolische koppeling); swlabel schrijft in de repository nooit "
        "via een link. Vervang de link door een gewone map of een gewoon bestand."
    ),
    "files.not_a_folder": "{path} is geen map; swlabel kan daar niets in schrijven",
    "files.not_a_file": (
        "{path} is geen gewoon bestand maar {kind}; swlabel schrijft daar niet in en "
        "vervangt het niet"
    ),
    "files.kind.link": "een link",
    "files.kind.folder": "een map",
    "files.kind.fifo": "een named pipe",
    "files.kind.device": "een apparaat",
    "files.kind.socket": "een socket",
    "files.kind.other": "iets anders",
    "files.write_failed": "{path} kon niet worden geschreven: {reason}. Er is niets half geschreven.",
    "files.reason.ENOSPC": "de schijf is vol",
    "files.reason.EDQUOT": "uw schijfruimte (quotum) is op",
    "files.reason.EROFS": "de schijf of map is alleen-lezen",
    "files.reason.EACCES": "u hebt daar geen schrijfrechten",
    "files.reason.EPERM": "u hebt daar geen schrijfrechten",
    "output.link": (
        "{path} is een link (symbolische koppeling); swlabel schrijft niet via een link. Geef "
        "het bestand zelf op, of --output - voor de standaarduitvoer."
    ),
    "output.is_dir": "{path} is een map; geef de naam van een bestand (in die map)",
    "output.not_a_file": (
        "{path} is geen gewoon bestand maar {kind}; swlabel schrijft daar niet in. Geef een "
        "bestandsnaam op, of --output - voor de standaarduitvoer."
    ),
    "output.would_overwrite": (
        "{path} bestaat al en is niet door swlabel gemaakt; kies een ander bestand met "
        "--output, of overschrijf het met --force"
    ),
    "check.output_marker": "uitvoer van swlabel check; een volgende run met --output vervangt dit bestand",
    "init.undone": "Wat init in deze run had aangemaakt, is weer verwijderd.",
    "add.not_edited.one": "{path} is niet gewijzigd; los eerst de melding hierboven op",
    "add.not_edited.many": "{path} is niet gewijzigd; los eerst de {count} meldingen hierboven op",
}
