"""Dutch messages of getting ready for the toetsing: ``swlabel interviews`` (the interview
plan), ``swlabel calendar`` (the deadlines as a calendar) and ``swlabel todo`` (who does what
by when)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the command line ----------------------------------------------------------------
    "cli.interviews.help": (
        "Het interviewplan voor de dag van de toetsing: welke groepen u uitnodigt, over welke "
        "normen zij kunnen vertellen en welke documenten u erbij klaarlegt."
    ),
    "cli.opt.interviews_format": "Formaat: text (voor het scherm) of md (Markdown, om te printen of te plakken).",
    "cli.calendar.help": (
        "Zet de termijnen van het dossier in een agendabestand (.ics) voor Outlook of Google "
        "Agenda: herzien- en vervaldatums, verbeteracties en de toetsing, vanaf de peildatum, "
        "met wat al te laat is op de peildatum en een herinnering vooraf."
    ),
    "cli.opt.remind_days": (
        "Herinner zoveel dagen voor elke termijn (0: geen herinnering; standaard "
        "calendar.remind_days in swlabel.yaml, anders 7)."
    ),
    "cli.metavar.days": "DAGEN",
    "cli.opt.calendar_owner": (
        "Alleen de termijnen van deze eigenaar (zoals in 'owner' of 'assessed_by'), en de toetsing "
        "en het einde van het certificaat; hoofdletters tellen niet."
    ),
    "cli.opt.calendar_output": "Het agendabestand, bijvoorbeeld deadlines.ics ('-' voor standaarduitvoer).",
    # --- swlabel interviews --------------------------------------------------------------
    "interviews.title": "Interviewplan {organisation}",
    "interviews.as_of": "Peildatum: {date}",
    "interviews.next_audit": "Toetsing: {date}",
    "interviews.explained": (
        "Per groep de normen waarover zij kunnen vertellen, met de documenten die op de "
        "peildatum geldig zijn, om bij de hand te hebben."
    ),
    "interviews.groups": "Uit te nodigen groepen ({count})",
    "interviews.count.one": "1 norm",
    "interviews.count.many": "{count} normen",
    "interviews.group.one": "{group}: 1 norm",
    "interviews.group.many": "{group}: {count} normen",
    "interviews.no_documents": "(geen geldige documenten)",
    "interviews.no_groups": "Bij geen enkele norm staan groepen om te interviewen (veld 'interviewees').",
    "interviews.unspoken": "LET OP: normen waarover niemand kan vertellen ({count})",
    "interviews.unspoken_explained": (
        "Deze normen zijn van toepassing, maar hun bewijsbestand noemt geen groep bij "
        "'interviewees'. De toetser vraagt ook of het in de praktijk werkt: vul aan wie erover "
        "kan vertellen."
    ),
    "interviews.all_spoken": "Over elke norm die van toepassing is, kan ten minste één groep vertellen.",
    "interviews.column.group": "Groep",
    "interviews.column.count": "Aantal",
    "interviews.column.norms": "Normen",
    "interviews.column.norm": "Norm",
    "interviews.column.documents": "Documenten bij de hand",
    "interviews.bad_format": "'{value}' is geen formaat voor het interviewplan; kies text of md",
    # --- swlabel calendar ----------------------------------------------------------------
    "calendar.name": "{organisation}: termijnen Kwaliteitslabel",
    "calendar.review": "Herzien: {title}",
    "calendar.expires": "Verloopt: {title}",
    "calendar.action": "Verbeteractie {id}: {title}",
    "calendar.audit": "Toetsing Kwaliteitslabel",
    "calendar.audit_description": "Toetsing van {organisation} aan {normset}.",
    "calendar.certificate": "Einde certificaat Kwaliteitslabel",
    "calendar.certificate_description": (
        "Het certificaat van {organisation} ({normset}) verloopt; plan de hercertificering op tijd."
    ),
    "calendar.norms": "Normen: {norms}",
    "calendar.norms_none": "Normen: (nog) geen",
    "calendar.owner": "Eigenaar: {owner}",
    "calendar.status": "Status: {status}",
    "calendar.source": "Bijwerken in: {path}",
    "calendar.written.one": "Agenda geschreven naar {path}: 1 termijn vanaf {as_of}",
    "calendar.written.many": "Agenda geschreven naar {path}: {count} termijnen vanaf {as_of}",
    "calendar.late": "{summary} (te laat, was {date})",
    "calendar.late_description": "Te laat: de termijn was {date}.",
    "calendar.empty": "Er zijn geen termijnen op of na {as_of}; de agenda is leeg.",
    "calendar.would_overwrite": (
        "{path} bestaat al en is geen agenda van swlabel; kies een ander bestand met "
        "--output, of overschrijf het met --force"
    ),
    # --- swlabel todo ---------------------------------------------------------------------
    "cli.todo.help": (
        "Wat ieder moet doen vóór de toetsing, per eigenaar en op datum: documenten herzien, "
        "bewijs dat verloopt, verbeteracties die (over)tijd zijn en normen die nog beoordeeld "
        "moeten worden."
    ),
    "cli.opt.todo_owner": (
        "Alleen de taken van deze eigenaar (zoals in 'owner' of 'assessed_by'), bijvoorbeeld "
        '--owner "Manager HR"; hoofdletters tellen niet.'
    ),
    "todo.title": "Te doen vóór de toetsing · {organisation}",
    "todo.dates.audit": "Peildatum {as_of} · toetsing {audit}",
    "todo.dates.horizon": (
        "Peildatum {as_of} · geen toetsing gepland (next_audit in swlabel.yaml), dus tot {horizon}"
    ),
    "todo.owner.one": "{owner} · 1 taak",
    "todo.owner.many": "{owner} · {count} taken",
    "todo.nobody": "Zonder eigenaar (vul 'owner' (eigenaar) of 'assessed_by' (beoordeeld door) in)",
    "todo.late": "te laat",
    "todo.no_date": "geen datum",
    "todo.action": "verbeteractie {id}: {title}",
    "todo.review": "herzien: {title}",
    "todo.expires": "verloopt: {title}",
    "todo.assess": "norm {id} beoordelen",
    "todo.norms.one": "norm {norms}",
    "todo.norms.many": "normen {norms}",
    "todo.nothing": "Niets te doen vóór {horizon}.",
    "todo.nothing_for": "Niets te doen voor {owner} vóór {horizon}.",
    "todo.empty_owner": "geef na --owner de naam van een eigenaar; eigenaren: {owners}",
    "todo.unknown_owner": "het dossier noemt geen eigenaar '{owner}'; eigenaren: {owners}",
    "todo.unknown_owner.suggest": (
        "het dossier noemt geen eigenaar '{owner}'; bedoelde u '{nearest}'? Eigenaren: {owners}"
    ),
}
