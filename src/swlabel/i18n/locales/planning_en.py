"""English messages of getting ready for the toetsing: ``swlabel interviews`` (the interview
plan), ``swlabel calendar`` (the deadlines as a calendar) and ``swlabel todo`` (who does what
by when)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the command line ----------------------------------------------------------------
    "cli.interviews.help": (
        "The interview plan for the day of the audit: which groups to invite, which norms they "
        "can speak to and which documents to have at hand."
    ),
    "cli.opt.interviews_format": "Format: text (for the screen) or md (Markdown, to print or paste).",
    "cli.calendar.help": (
        "Put the dossier's deadlines in a calendar file (.ics) for Outlook or Google Calendar: "
        "review and expiry dates, improvement actions and the audit, from the reference date on, "
        "with what is already late on the reference date and a reminder ahead."
    ),
    "cli.opt.remind_days": (
        "Remind this many days before each deadline (0: no reminder; by default "
        "calendar.remind_days in swlabel.yaml, otherwise 7)."
    ),
    "cli.metavar.days": "DAYS",
    "cli.opt.calendar_owner": (
        "Only this owner's deadlines (as in 'owner' or 'assessed_by'), and the audit and the end "
        "of the certificate; capitals do not matter."
    ),
    "cli.opt.calendar_output": "The calendar file, for example deadlines.ics ('-' for standard output).",
    # --- swlabel interviews --------------------------------------------------------------
    "interviews.title": "Interview plan {organisation}",
    "interviews.as_of": "Reference date: {date}",
    "interviews.next_audit": "Audit: {date}",
    "interviews.explained": (
        "Per group the norms it can speak to, with the documents that are valid on the "
        "reference date, to have at hand."
    ),
    "interviews.groups": "Groups to invite ({count})",
    "interviews.count.one": "1 norm",
    "interviews.count.many": "{count} norms",
    "interviews.group.one": "{group}: 1 norm",
    "interviews.group.many": "{group}: {count} norms",
    "interviews.no_documents": "(no valid documents)",
    "interviews.no_groups": "No norm names groups to interview (field 'interviewees').",
    "interviews.unspoken": "NOTE: norms nobody can speak to ({count})",
    "interviews.unspoken_explained": (
        "These norms apply, but their evidence file names no group under 'interviewees'. The "
        "auditor also asks whether it works in practice: add who can speak to it."
    ),
    "interviews.all_spoken": "At least one group can speak to every norm that applies.",
    "interviews.column.group": "Group",
    "interviews.column.count": "Number",
    "interviews.column.norms": "Norms",
    "interviews.column.norm": "Norm",
    "interviews.column.documents": "Documents at hand",
    "interviews.bad_format": "'{value}' is not a format for the interview plan; choose text or md",
    # --- swlabel calendar ----------------------------------------------------------------
    "calendar.name": "{organisation}: Kwaliteitslabel deadlines",
    "calendar.review": "Review: {title}",
    "calendar.expires": "Expires: {title}",
    "calendar.action": "Improvement action {id}: {title}",
    "calendar.audit": "Kwaliteitslabel audit",
    "calendar.audit_description": "Audit of {organisation} against {normset}.",
    "calendar.certificate": "Kwaliteitslabel certificate ends",
    "calendar.certificate_description": (
        "The certificate of {organisation} ({normset}) ends; plan the re-certification in time."
    ),
    "calendar.norms": "Norms: {norms}",
    "calendar.norms_none": "Norms: none (yet)",
    "calendar.owner": "Owner: {owner}",
    "calendar.status": "Status: {status}",
    "calendar.source": "Update in: {path}",
    "calendar.written.one": "Calendar written to {path}: 1 deadline from {as_of}",
    "calendar.written.many": "Calendar written to {path}: {count} deadlines from {as_of}",
    "calendar.late": "{summary} (late, was {date})",
    "calendar.late_description": "Late: the deadline was {date}.",
    "calendar.empty": "There are no deadlines on or after {as_of}; the calendar is empty.",
    "calendar.would_overwrite": (
        "{path} already exists and is not a swlabel calendar; choose another file with "
        "--output, or overwrite it with --force"
    ),
    # --- swlabel todo ---------------------------------------------------------------------
    "cli.todo.help": (
        "What each person must do before the audit, per owner and by date: documents to "
        "review, evidence that expires, improvement actions due or late and norms still to "
        "assess."
    ),
    "cli.opt.todo_owner": (
        "Only this owner's tasks (as in 'owner' or 'assessed_by'), for example "
        '--owner "Manager HR"; capitals do not matter.'
    ),
    "todo.title": "To do before the audit · {organisation}",
    "todo.dates.audit": "Reference date {as_of} · audit {audit}",
    "todo.dates.horizon": (
        "Reference date {as_of} · no audit planned (next_audit in swlabel.yaml), so until {horizon}"
    ),
    "todo.owner.one": "{owner} · 1 task",
    "todo.owner.many": "{owner} · {count} tasks",
    "todo.nobody": "No owner (fill in 'owner' or 'assessed_by')",
    "todo.late": "late",
    "todo.no_date": "no date",
    "todo.action": "improvement action {id}: {title}",
    "todo.review": "review: {title}",
    "todo.expires": "expires: {title}",
    "todo.assess": "assess norm {id}",
    "todo.norms.one": "norm {norms}",
    "todo.norms.many": "norms {norms}",
    "todo.nothing": "Nothing to do before {horizon}.",
    "todo.nothing_for": "Nothing to do for {owner} before {horizon}.",
    "todo.empty_owner": "give the name of an owner after --owner; owners: {owners}",
    "todo.unknown_owner": "the dossier names no owner '{owner}'; owners: {owners}",
    "todo.unknown_owner.suggest": (
        "the dossier names no owner '{owner}'; did you mean '{nearest}'? Owners: {owners}"
    ),
}
