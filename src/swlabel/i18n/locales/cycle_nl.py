"""Dutch messages of ``swlabel interviews`` and ``swlabel calendar``."""

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
        "Agenda: herzien- en vervaldatums, verbeteracties en de toetsing, vanaf de peildatum."
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
    "interviews.count": "{count} norm(en)",
    "interviews.group": "{group}: {count} norm(en)",
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
    "calendar.written": "Agenda geschreven naar {path}: {count} termijn(en) vanaf {as_of}",
    "calendar.empty": "Er zijn geen termijnen op of na {as_of}; de agenda is leeg.",
    "calendar.would_overwrite": (
        "{path} bestaat al en is geen agenda van swlabel; kies een ander bestand met "
        "--output, of overschrijf het met --force"
    ),
}
