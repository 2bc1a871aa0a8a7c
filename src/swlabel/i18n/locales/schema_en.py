"""English text of the JSON Schemas (``swlabel schema``); the same keys as ``schema_nl``."""

from __future__ import annotations

DESCRIPTIONS: dict[str, str] = {
    # --- the four files ------------------------------------------------------------------
    "schema.title.Config": "swlabel.yaml: settings of the quality dossier",
    "schema.title.EvidenceFile": "Evidence file: the self-assessment of one norm",
    "schema.title.RegisterFile": "Document register",
    "schema.title.ImprovementPlan": "Improvement plan",
    # --- swlabel.yaml --------------------------------------------------------------------
    "schema.Config": (
        "The settings of the dossier for the Kwaliteitslabel Sociaal Werk: the organisation's name, the norm set, the "
        "language, the date of the next audit (toetsing) and the scope. This file sits in the top folder of the "
        "dossier. Write the keys exactly as shown; no other keys are allowed."
    ),
    "schema.Config.format_version": "Version of the layout of this file. Write 1 and leave it. Required.",
    "schema.Config.organisation": "Name of the organisation, as it appears on the report and in the dossier. Required.",
    "schema.Config.norms": (
        "The norm set the organisation is assessed against: the name of a norm set that comes with swlabel "
        "(by default kwaliteitslabel-sociaal-werk-2019, the norms of 29 May 2019), or the path to a norm set of your "
        "own (a .yaml file), relative to the top folder of the dossier."
    ),
    "schema.Config.language": (
        "Language of the meldingen and the report: nl (Dutch, the default) or en (English). The --lang option and "
        "the SWLABEL_LANG environment variable take precedence."
    ),
    "schema.Config.language.nl": "Dutch (default)",
    "schema.Config.language.en": "English",
    "schema.Config.next_audit": (
        "Date of the next audit (toetsing), as YYYY-MM-DD (for example 2027-03-16). May be left empty. When it lies "
        "after the reference date, swlabel warns about documents that expire and improvement actions that fall due "
        "before the audit."
    ),
    "schema.Config.scope": (
        "The scope questions of the norm set, each answered yes or no. A norm that concerns only one group (for "
        "example business-critical interns) is out of scope when the answer is no; swlabel init then stubs it as "
        "not_applicable. An unanswered question counts as yes. swlabel also understands true/false, on/off, y/n and "
        "1/0, but not ja/nee."
    ),
    "schema.Config.scope.question": "Answer yes or no.",
    "schema.Config.scope.question_norms": "When no, these norms are out of scope:",
    "schema.Config.scope.other": "A scope question of a norm set of your own (its id in scope_questions), answered yes or no.",
    "schema.Config.audits": (
        "What follows from an audit: how long a certificate is valid, when swlabel warns that "
        "it ends, and the follow-up terms per certification body."
    ),
    "schema.AuditSettings": "Settings for the audits under audits/.",
    "schema.AuditSettings.certificate_years": (
        "How many years a certificate is valid after the decision (2 by default)."
    ),
    "schema.AuditSettings.warn_months_before_end": (
        "How many months before the certificate ends swlabel warns (6 by default)."
    ),
    "schema.AuditSettings.follow_up": (
        "Per certification body: within how many days after the audit improvement points must "
        "be followed up, when a point names no term itself."
    ),
    "schema.Config.calendar": (
        "Settings of swlabel calendar, for example how many days ahead the calendar reminds. "
        "May be left out."
    ),
    "schema.CalendarSettings": "Settings of the calendar file swlabel calendar writes.",
    "schema.CalendarSettings.remind_days": (
        "How many days before each deadline the calendar gives a reminder (7 by default; 0 is "
        "no reminder). The --remind-days option takes precedence."
    ),
    "schema.title.Audit": "Audit: the course and outcome of one audit",
    "schema.Audit": (
        "One audit under audits/: an external audit by a certification body (leads to a certificate) or an "
        "intercollegiale adviesmeting by peer organisations (leads to a learning report and registration). "
        "The keys are English; write them exactly so. Other keys are not allowed."
    ),
    "schema.Audit.date": "Date of the audit, as YYYY-MM-DD (for example 2025-03-12). Required.",
    "schema.Audit.route": "The route to the label: external or peer. Required.",
    "schema.Audit.route.external": "external audit by a certification body",
    "schema.Audit.route.peer": "intercollegiale adviesmeting by peer organisations",
    "schema.Audit.body": "The certification body, for an external audit (for example Keurmerkinstituut).",
    "schema.Audit.peers": "The peer organisations, for an intercollegiale adviesmeting.",
    "schema.Audit.scope": "What was audited: the whole organisation or the parts named.",
    "schema.Audit.decision_date": (
        "Date of the decision on the certificate, as YYYY-MM-DD; the certificate counts from then "
        "(audits.certificate_years in swlabel.yaml, 2 years by default)."
    ),
    "schema.Audit.certificate_valid_until": (
        "The end date on the certificate, as YYYY-MM-DD, when it differs from the decision plus the term."
    ),
    "schema.Audit.judgements": "The auditor's judgement per norm: the norm as the key (in quotes).",
    "schema.Audit.judgements.norm": "The judgement of this norm.",
    "schema.Audit.judgements.compliant": "compliant (voldoet)",
    "schema.Audit.judgements.partially_compliant": "partially compliant (voldoet deels)",
    "schema.Audit.judgements.non_compliant": "non-compliant (voldoet niet)",
    "schema.Audit.judgements.not_applicable": "not applicable (niet van toepassing)",
    "schema.Audit.strengths": "The strengths the auditor names, one per line.",
    "schema.Audit.improvement_points": "The points for improvement (verbeterpunten) the auditor names.",
    "schema.Audit.waivers": (
        "Waivers: meldingen about this file that you accept on purpose, each with a reason."
    ),
    "schema.ImprovementPoint": "A point for improvement (verbeterpunt) of the auditor.",
    "schema.ImprovementPoint.id": "An id of your own, for example VP-2025-01; an improvement action names it under improvement_point.",
    "schema.ImprovementPoint.norms": "The norms the point is about.",
    "schema.ImprovementPoint.description": "What the auditor asks to improve.",
    "schema.ImprovementPoint.deadline": (
        "Latest date of the follow-up, as YYYY-MM-DD; without one, the body's term applies "
        "(audits.follow_up in swlabel.yaml)."
    ),
    "schema.Config.interview_groups": (
        "The groups the auditor can interview, each with an id and a name. Evidence files name the id under "
        "interviewees; the report and the interview plan show the name. Without this list the usual groups count: "
        "medewerkers, vrijwilligers, cliënten, cliëntenraad, or (OR), management, raad-van-toezicht."
    ),
    "schema.InterviewGroup": "A group to interview, for example with id manager-hr and name Manager HR.",
    "schema.InterviewGroup.id": "The id evidence files name under interviewees, without spaces, for example manager-hr.",
    "schema.InterviewGroup.name": "The name the report and the interview plan show, for example Manager HR.",
    "schema.FollowUpTerm": "The follow-up term of one certification body.",
    "schema.FollowUpTerm.body": "The name of the body, as under 'body' in the audit.",
    "schema.FollowUpTerm.days": "The number of days after the audit, for example 180.",
    "schema.ImprovementAction.improvement_point": (
        "The improvement point of an audit this action answers, for example VP-2025-01 (see "
        "audits/)."
    ),
    "schema.Config.check": (
        "Settings of swlabel check for the whole organisation: the minimum coverage, how old a self-assessment may "
        "be, and the level of each melding. May be left out."
    ),
    "schema.CheckSettings": (
        "How strict swlabel check is for the whole organisation. The --min-coverage option on the command line takes "
        "precedence over min_coverage."
    ),
    "schema.CheckSettings.min_coverage": (
        "The minimum coverage in percent, from 0 to 100, for example 60. Below it, swlabel check fails (exit code "
        "1). Raise it step by step as the dossier fills. Empty or left out: no minimum."
    ),
    "schema.CheckSettings.max_file_mb": (
        "The largest size (in MiB) of a YAML or Markdown file that swlabel still reads; "
        "16 by default. Larger files give finding SWL109 and are not read."
    ),
    "schema.CheckSettings.max_assessment_age_months": (
        "How many months old a self-assessment may be, counted from assessed_on, before swlabel warns (melding "
        "SWL404). A whole number of at least 1; 12 by default."
    ),
    "schema.CheckSettings.levels": (
        "The level of each melding, keyed by its code (for example SWL305: error): error (fails the check), "
        "warning or off. Only swlabel's codes; swlabel rules lists them."
    ),
    "schema.CheckSettings.levels.rule": "Choose error, warning or off.",
    "schema.CheckSettings.levels.default": "Default:",
    "schema.CheckSettings.levels.code": "A code of swlabel, written in lower case: error, warning or off.",
    "schema.CheckSettings.levels.error": "error: the melding makes swlabel check fail",
    "schema.CheckSettings.levels.warning": "warning: the melding is shown, but fails the check only with --strict",
    "schema.CheckSettings.levels.off": "off: swlabel does not report it",
    # --- evidence/<norm id>.md or .yaml ----------------------------------------------------
    "schema.EvidenceFile": (
        "The self-assessment of one norm, in evidence/<norm id>.md or evidence/<norm id>.yaml. In a .md file these "
        "keys are the front matter between two '---' lines, with the narrative in Markdown below it. In a .yaml file "
        "the narrative is the 'narrative' key. No other keys are allowed."
    ),
    "schema.EvidenceFile.norm": (
        'The id of the norm this file is about, exactly as in the file name: "1.10" in evidence/1.10.md. Put it in '
        "quotes: without them an editor reads 1.10 as the number 1.1 (swlabel itself reads the text 1.10). Required."
    ),
    "schema.EvidenceFile.status": (
        "Your assessment of this norm: compliant (voldoet), partially_compliant (voldoet deels), non_compliant "
        "(voldoet niet), not_applicable (niet van toepassing; then fill in not_applicable_reason) or not_assessed "
        "(nog niet beoordeeld, the default)."
    ),
    "schema.EvidenceFile.status.compliant": "voldoet: the organisation meets the norm; support it with evidence",
    "schema.EvidenceFile.status.partially_compliant": "voldoet deels: say in the narrative what is still missing",
    "schema.EvidenceFile.status.non_compliant": "voldoet niet: preferably link an improvement action",
    "schema.EvidenceFile.status.not_applicable": "niet van toepassing: fill in not_applicable_reason",
    "schema.EvidenceFile.status.not_assessed": "nog niet beoordeeld (default)",
    "schema.EvidenceFile.assessed_by": (
        'Who assessed the norm: a name with a role, or just a role, for example "M. Jansen, kwaliteitsmedewerker". '
        "Put text with a colon in it in quotes."
    ),
    "schema.EvidenceFile.assessed_on": (
        "Date of the assessment, as YYYY-MM-DD (for example 2026-09-18). It may not lie after the reference date. "
        "When it is older than max_assessment_age_months in swlabel.yaml, swlabel warns."
    ),
    "schema.EvidenceFile.not_applicable_reason": (
        "Only with status not_applicable, and then required: why this norm does not apply to your organisation."
    ),
    "schema.EvidenceFile.evidence": (
        "The evidence for this norm: a list of items. Each refers to a document in the register (document: <id>) or "
        "describes a document itself (title with path or url). Empty or [] means: no evidence yet. Status compliant "
        "needs at least one item."
    ),
    "schema.EvidenceFile.interviewees": (
        "Which groups can speak about this norm in an interview, without spaces (use a hyphen), for example "
        "[medewerkers, cliëntenraad, or, management]. Name groups, never names of clients. A single group without "
        "[] works too."
    ),
    "schema.EvidenceFile.actions": (
        "The improvement actions in improvement-plan.yaml that belong to this norm, by id, for example [VA-2026-01]. "
        "A single id without [] works too."
    ),
    "schema.EvidenceFile.waivers": (
        "Waivers: meldingen of swlabel in this file that you silence on purpose, each with a reason. Usually empty or "
        "left out."
    ),
    "schema.EvidenceFile.narrative": (
        "Only in a .yaml evidence file: the narrative, in plain words and Markdown, of how your organisation meets "
        "the norm. Start with | for text over several lines. In a .md file this key does not belong in the front "
        "matter (swlabel reports it as an error): there the narrative goes below the closing '---'."
    ),
    "schema.EvidenceItem": (
        "One item of evidence: either a reference to the document register (document, optionally with aspects), or "
        "a document described here (title, and exactly one of path and url; kind, date and valid_until may be "
        "added). Never both."
    ),
    "schema.EvidenceItem.document": (
        "A reference to a document in the register, by its id, for example privacyreglement. Then leave out title, "
        "kind, path, url, date and valid_until: the register has them."
    ),
    "schema.EvidenceItem.title": (
        "For a document described here: its title, for example Klachtenjaarverslag 2025. Required when there is no "
        "document reference."
    ),
    "schema.EvidenceItem.kind": (
        "Kind of document, for example beleid, reglement, notulen, verslag or jaarverslag. Only for a document "
        "described here; may be left empty."
    ),
    "schema.EvidenceItem.path": (
        "Where the document is in this repository, relative to the top folder, for example "
        "documenten/klachtenjaarverslag-2025.pdf. Fill in path or url, not both. swlabel checks that the file "
        "exists."
    ),
    "schema.EvidenceItem.url": (
        "Web address of the document, for example https://www.example.org/jaarverslag-2025.pdf. Fill in url or path, "
        "not both."
    ),
    "schema.EvidenceItem.date": (
        "Date of the document (adopted or published), as YYYY-MM-DD. It counts as evidence from this date."
    ),
    "schema.EvidenceItem.valid_until": (
        "Until when the document counts as evidence, as YYYY-MM-DD. After it, it has expired (melding SWL401). "
        "Empty: no end date."
    ),
    "schema.EvidenceItem.aspects": (
        "Which aspects of the norm this item supports, by id, for example [klachten]. The evidence file that "
        "swlabel init creates lists the norm's aspects at the top. A single id without [] works too."
    ),
    "schema.Waiver": (
        "A waiver: silences a melding of swlabel in this file, for a stated reason. The melding no longer counts as "
        "an error but stays visible under 'Waived'. A waiver that silences nothing is itself a melding (SWL307)."
    ),
    "schema.Waiver.rule": "The code of the melding to silence, for example SWL304. swlabel rules lists every code.",
    "schema.Waiver.match": (
        "Text the melding must contain, for example the id of an aspect, document or improvement action. Empty or "
        "left out: every melding with this code in this file."
    ),
    "schema.Waiver.reason": (
        "Why this melding rightly does not apply here. Required; the reason appears in the output and the report."
    ),
    # --- register.yaml, register/*.yaml --------------------------------------------------
    "schema.RegisterFile": (
        "The document register (register.yaml, or one of the files in the register/ folder): every document that "
        "serves as evidence, described once. Evidence files refer to it with document: <id>."
    ),
    "schema.RegisterFile.documents": "The documents in the register. Empty or [] is fine.",
    "schema.RegisterFile.waivers": "Waivers for meldingen in this register file, each with a reason.",
    "schema.RegisterDocument": (
        "One document in the register: id and title are required, and exactly one of path (a file in this "
        "repository) and url (a web address)."
    ),
    "schema.RegisterDocument.id": (
        "Short unique name of the document, without spaces, for example klachtenregeling. Evidence files refer to "
        "it with document: <id>. Each id occurs once in the whole register."
    ),
    "schema.RegisterDocument.title": "The title of the document. Required.",
    "schema.RegisterDocument.kind": "Kind of document, for example beleid, reglement, procedure, notulen or verslag.",
    "schema.RegisterDocument.path": (
        "Where the document is in this repository, relative to the top folder, for example "
        "documenten/klachtenregeling.pdf. Fill in path or url, not both."
    ),
    "schema.RegisterDocument.url": "Web address of the document. Fill in url or path, not both.",
    "schema.RegisterDocument.owner": "Who looks after the document: a role, for example Manager HR. No name needed.",
    "schema.RegisterDocument.date": "Date it was adopted, as YYYY-MM-DD.",
    "schema.RegisterDocument.review_date": (
        "When the document must be looked at again, as YYYY-MM-DD. Once that date has passed, swlabel warns (SWL402)."
    ),
    "schema.RegisterDocument.valid_until": (
        "Until when the document counts as evidence, as YYYY-MM-DD. After it, it has expired (SWL401) if a norm uses "
        "it. Empty: no end date."
    ),
    # --- improvement-plan.yaml -----------------------------------------------------------
    "schema.ImprovementPlan": (
        "The improvement plan (improvement-plan.yaml, the verbeterplan): the organisation's improvement actions. "
        "Evidence files refer to them with actions: [<id>]."
    ),
    "schema.ImprovementPlan.actions": "The improvement actions. Empty or [] is fine.",
    "schema.ImprovementPlan.waivers": "Waivers for meldingen in the improvement plan, each with a reason.",
    "schema.ImprovementAction": (
        "One improvement action (verbeteractie): what the organisation improves, for which norms, who leads it and "
        "by when. id and title are required."
    ),
    "schema.ImprovementAction.id": (
        "Unique code of the action, without spaces, for example VA-2026-01. Evidence files refer to it with "
        "actions: [<id>]."
    ),
    "schema.ImprovementAction.title": "What is being improved, in one sentence. Required.",
    "schema.ImprovementAction.description": (
        "Explanation: the reason and the approach. May be left empty. Start with >- for a long text over several "
        "lines."
    ),
    "schema.ImprovementAction.norms": (
        'The norms the action is for, by id in quotes, for example ["1.12", "3.10"]. Without quotes an editor '
        "reads 1.10 as the number 1.1 (swlabel itself reads the text 1.10). A single norm without [] works too."
    ),
    "schema.ImprovementAction.source": (
        "Where the action comes from: zelfevaluatie (the self-assessment, the default), toetsing (a point for "
        "improvement from the auditor) or intern (an internal audit, complaint or incident)."
    ),
    "schema.ImprovementAction.source.zelfevaluatie": "from the self-assessment (default)",
    "schema.ImprovementAction.source.toetsing": "a point for improvement from the auditor",
    "schema.ImprovementAction.source.intern": "from an internal audit, complaint or incident",
    "schema.ImprovementAction.owner": "Who leads the action: a role, for example Manager HR.",
    "schema.ImprovementAction.due": (
        "Target date, as YYYY-MM-DD. Once it has passed while the action is still open or in progress, swlabel warns "
        "(SWL403)."
    ),
    "schema.ImprovementAction.status": (
        "State of the action: open (not started, the default), in_progress (loopt), done (afgerond; fill in "
        "done_on) or cancelled (vervallen)."
    ),
    "schema.ImprovementAction.status.open": "open: not started yet (default)",
    "schema.ImprovementAction.status.in_progress": "loopt: in progress",
    "schema.ImprovementAction.status.done": "afgerond: fill in done_on",
    "schema.ImprovementAction.status.cancelled": "vervallen: cancelled",
    "schema.ImprovementAction.done_on": "Date the action was completed, as YYYY-MM-DD, with status done.",
}

MESSAGES: dict[str, str] = {
    "cli.schema.help": (
        "Write JSON Schemas of swlabel.yaml, the evidence files, the register and the improvement plan, for "
        "completion, hover text and validation in an editor (such as VS Code with the YAML extension)."
    ),
    "cli.opt.schema_output": "Folder for the schemas (default: schemas in the current folder).",
    "schemas.written": "Written: {path}",
    "schemas.not_ours": (
        "{path} already exists and is not a schema of swlabel; swlabel does not overwrite it. Choose another folder "
        "with --output."
    ),
    "schemas.not_a_directory": "{path} exists and is not a folder; choose a folder with --output.",
}
