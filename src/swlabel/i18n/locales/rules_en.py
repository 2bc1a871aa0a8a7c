"""English documentation of every rule, shown by ``swlabel rules CODE``."""

from __future__ import annotations

DOCS: dict[str, str] = {
    # --- SWL1xx: syntax and format of one file -----------------------------------------------
    "SWL101.doc": (
        "Checks that every file swlabel reads is valid YAML: swlabel.yaml, the register, the\n"
        "improvement plan, the .yaml evidence files and the front matter of the .md files.\n"
        "A file that cannot be read does not count: swlabel can check nothing else in it.\n"
        "The finding names the line and gives a hint. Usually it is a tab instead of spaces, a\n"
        "colon in a text, or a quote that is never closed.\n"
        "Put text that contains a colon between quotes, and indent with spaces.\n"
        "If swlabel.yaml itself is invalid, the check stops with exit code 2."
    ),
    "SWL102.doc": (
        "A Markdown evidence file (.md) starts with front matter: a line '---', the fields, and\n"
        "another line '---'. The narrative comes below it.\n"
        "Without the first or the closing '---', swlabel cannot tell the fields from the\n"
        "narrative and does not read the file.\n"
        "Put the missing line '---' back. A .yaml evidence file has no front matter: there the\n"
        "narrative goes under 'narrative'."
    ),
    "SWL103.doc": (
        "Checks that every field has the right kind of value: a status from the fixed list, a\n"
        "list where a list belongs, text where text belongs, and that required fields such as\n"
        "'norm' and 'id' are present.\n"
        "A value swlabel does not understand cannot be checked or put in the report: only that\n"
        "value is left out (its default is used) until the mistake is fixed; the rest counts.\n"
        "The finding names the field and what is allowed. Note that the field names and the\n"
        "statuses (compliant, partially_compliant, non_compliant, not_applicable, not_assessed)\n"
        "are English, in a Dutch dossier too."
    ),
    "SWL104.doc": (
        "Checks that every file swlabel reads is saved as UTF-8, the usual encoding of git and of\n"
        "the web editor of GitHub or GitLab.\n"
        "In an older encoding (ANSI, Latin-1, for example from Notepad or Excel) letters such as\n"
        "ë and é become unreadable. swlabel does not guess the encoding and skips the file, also\n"
        "when it looks for citizen service numbers.\n"
        "Save the file again as UTF-8 (in Notepad: Save as, Encoding: UTF-8).\n"
        "In the example below the text is the same; only the encoding of the file differs."
    ),
    "SWL105.doc": (
        "Checks that no key appears twice at the same level, for example 'evidence:' twice in one\n"
        "evidence file.\n"
        "YAML would silently keep only the last value: the first list of evidence would disappear\n"
        "without a warning.\n"
        "Merge the two under one key, or remove the one you do not need. Until then the file does\n"
        "not count."
    ),
    "SWL106.doc": (
        "Checks that every field has a name swlabel knows. For a typo the finding suggests the\n"
        "name you probably meant.\n"
        "An unknown field would otherwise be ignored silently: with 'assesed_on' the date of the\n"
        "assessment disappears without anyone noticing.\n"
        "Correct the name or remove the field; the README lists all fields. In a .md file the\n"
        "narrative goes below the front matter, not in a field 'narrative'."
    ),
    "SWL107.doc": (
        "Checks that every date exists and is written as YYYY-MM-DD, for example 2026-09-30.\n"
        "With a date such as 2026-09-31, 2026-13-01 or 30-09-2026 swlabel cannot watch the\n"
        "validity of evidence, reviews and due dates, and the file does not count.\n"
        "Write the date as YYYY-MM-DD with a day that exists."
    ),
    "SWL108.doc": (
        "Checks that 'norm:' in an evidence file names the same norm as the file name:\n"
        'evidence/1.13.md belongs to norm: "1.13".\n'
        "A difference usually comes from copying another file. Then it is unclear which norm the\n"
        "assessment is about; swlabel goes by the file name.\n"
        "Put the right number after 'norm:', between quotes, or rename the file."
    ),
    # --- SWL2xx: references ------------------------------------------------------------------
    "SWL109.doc": (
        "A YAML or Markdown file larger than the limit (16 MiB by default, set with\n"
        "check.max_file_mb in swlabel.yaml) is not read. Such a file is no real evidence file\n"
        "but usually a pasted document or an export.\n"
        "Put the document itself in the repository and refer to it with 'path'."
    ),
    "SWL110.doc": (
        "Anchors (&name), aliases (*name) and tags (!!something) are YAML features a dossier\n"
        "file has no use for. swlabel refuses them while reading, without acting on them: a tag\n"
        "never builds a Python object, and an 'alias bomb' that would expand exponentially\n"
        "costs nothing. Nesting deeper than 64 levels is refused too. Write values out where\n"
        "you need them."
    ),
    "SWL111.doc": (
        "Checks that a text file holds only text: no NUL character or other invisible control\n"
        "character (only tab, line feed and CR belong in text). Such a character usually comes\n"
        "along when copying from another program or a PDF, and an editor does not show it.\n"
        "swlabel shows it as \ufffd everywhere, so it never reaches the report or the\n"
        "findings; the rest of the file still counts.\n"
        "Remove the character at the line and column named (in many editors: put the cursor\n"
        "there and press Delete)."
    ),
    "SWL201.doc": (
        "Checks that every norm id exists in the norm set named in swlabel.yaml: the id in the\n"
        "name of an evidence file, and the norms of an improvement action in\n"
        "improvement-plan.yaml.\n"
        "A file for a norm that does not exist, for example from an older version of the norms,\n"
        "counts nowhere. The finding names the norms that look most like it.\n"
        "Rename the file to an existing norm, merge its content into the right file, or remove\n"
        "it. swlabel report shows all norms of the norm set."
    ),
    "SWL202.doc": (
        "Checks that every norm has exactly one evidence file, so not both evidence/1.13.md and\n"
        "evidence/1.13.yaml. swlabel then reads only the first (.md before .yaml); what is in the\n"
        "second does not count and does not appear in the report.\n"
        "Merge the two into one file and remove the other."
    ),
    "SWL203.doc": (
        "Checks that every norm that applies to your organisation has an evidence file in\n"
        "evidence/, as .md or as .yaml.\n"
        "Without a file the norm is missing from the self-assessment and from the auditor's\n"
        "dossier.\n"
        "Create the file; 'swlabel init' adds missing files and never overwrites one.\n"
        "The finding names evidence/<norm>.md, but a .yaml file is just as good.\n"
        "A norm that does not apply according to the scope in swlabel.yaml needs no file."
    ),
    "SWL204.doc": (
        "Checks that every evidence item with 'document:' refers to an id that is in the document\n"
        "register (register.yaml or the files in register/).\n"
        "A reference to an unknown id is no evidence: the norm looks supported, but nobody can\n"
        "find the document.\n"
        "Correct the id (the finding suggests the closest ones) or add the document to the\n"
        "register."
    ),
    "SWL205.doc": (
        "Checks that every file a 'path:' refers to, in an evidence file or in the register, is\n"
        "really in the repository.\n"
        "A path to a file that is not there is a dead link for the auditor.\n"
        "Check the name, including the extension (.pdf, .docx, .md), and add the file. If the\n"
        "document is online, use 'url:' instead of 'path:'.\n"
        "Capitals count: on Windows and macOS swlabel may find a file whose capitals differ, the\n"
        "CI server will not."
    ),
    "SWL206.doc": (
        "Checks that every path stays inside the repository: relative to its top folder, without\n"
        "'..', without a drive letter such as S:\\ or a leading '/', and not through a link to a\n"
        "folder outside the repository.\n"
        "A document on your own computer or on a network drive does not exist for the auditor or\n"
        "your colleagues. swlabel never opens such a path.\n"
        "Copy the document into the repository, for example into documenten/, and refer to it\n"
        "with a relative path, or use 'url:'."
    ),
    "SWL207.doc": (
        "Checks that every improvement action an evidence file names under 'actions:' is in\n"
        "improvement-plan.yaml.\n"
        "That keeps it traceable what you do about a norm you do not (yet) fully meet, for the\n"
        "auditor at the next audit too.\n"
        "Correct the id (the finding suggests the closest ones) or add the action to the\n"
        "improvement plan."
    ),
    "SWL208.doc": (
        "Checks that the aspects of an evidence item ('aspects:') belong to its norm. The finding\n"
        "lists the aspects to choose from.\n"
        "Aspects are the separate things the norm's text enumerates (for 3.16: arbo, rie, bhv).\n"
        "They are swlabel's reading of the norm, not text of Sociaal Werk Nederland, and they\n"
        "decide coverage: an unknown aspect counts nowhere.\n"
        "Use the aspect's id, not its label: rie, not RI&E. The file 'swlabel init' made lists\n"
        "the norm's aspects at the top."
    ),
    "SWL209.doc": (
        "Checks that every id in the document register and in the improvement plan occurs only\n"
        "once, also when the register is split over several files in register/.\n"
        "With a duplicate id only the first counts: references end up at the wrong document or\n"
        "action, and the second disappears from the dossier.\n"
        "Give every document and every action an id of its own, for example with the year in it,\n"
        "and update the references in the evidence files."
    ),
    "SWL210.doc": (
        "Warns about a document in the register that no evidence file refers to.\n"
        "Such a document adds nothing to the evidence, and the register fills up with papers\n"
        "nobody keeps up to date.\n"
        "Refer to it from the evidence file of the norm it supports, or remove it from the\n"
        "register.\n"
        "A waiver does not work here (it lives in an evidence file); to keep unused documents\n"
        "anyway, switch this rule off in swlabel.yaml under check.levels."
    ),
    # --- SWL3xx: content of the self-assessment ----------------------------------------------
    "SWL301.doc": (
        "Checks that a norm with status compliant has at least one evidence item under\n"
        "'evidence'.\n"
        "Compliant without evidence is something the auditor cannot verify: a claim, not support.\n"
        "Add the documents that show it, or set the status to partially_compliant or not_assessed\n"
        "while the evidence is not there yet."
    ),
    "SWL302.doc": (
        "Checks that a norm with status not_applicable has a reason in 'not_applicable_reason'.\n"
        "A norm can only be not applicable with a reason, for example: we deploy no\n"
        "business-critical interns. Without a reason the auditor will not accept it.\n"
        "Write in a sentence or two why the norm does not apply to your organisation."
    ),
    "SWL303.doc": (
        "Compares a norm's status with the scope questions in swlabel.yaml. Some norms apply only\n"
        "when the answer is yes, such as 2.11 and 3.12 (business-critical interns).\n"
        "Warns when such a norm is not_applicable while the answer is yes, or is assessed as\n"
        "compliant, partially compliant or non-compliant while the answer is no.\n"
        "Dossier and scope should say the same; otherwise coverage is wrong and the auditor will\n"
        "ask why. Change the status, or the answer in swlabel.yaml.\n"
        "An unanswered question counts as yes, but gives no warning here."
    ),
    "SWL304.doc": (
        "Only for status compliant: checks that every aspect of the norm is named under 'aspects'\n"
        "by at least one evidence item.\n"
        "Aspects are the separate things the norm's text enumerates (for 3.18: Governance code\n"
        "and CAO), as swlabel reads the norm. The auditor looks at each of them.\n"
        "Name the aspect at the item that shows it, add evidence, or set the status to\n"
        "partially_compliant while part of the norm is not yet in place.\n"
        "A norm without aspects never gives this warning."
    ),
    "SWL305.doc": (
        "Only for the statuses compliant, partially_compliant and non_compliant: warns when the\n"
        "narrative is empty.\n"
        "The narrative tells how you meet the norm and how it works in practice; the documents\n"
        "alone do not say that, and the auditor reads the narrative first.\n"
        "Write the narrative below the closing '---' of a .md file, or under 'narrative:' in a\n"
        ".yaml file."
    ),
    "SWL306.doc": (
        "Checks that the date of the assessment ('assessed_on') is not after the reference date\n"
        "(--as-of, today by default).\n"
        "An assessment in the future is almost always a typo, such as month and day swapped. Such\n"
        "a date would also wrongly postpone the warning about an out-of-date self-assessment\n"
        "(SWL404).\n"
        "Put the date on which the norm was really assessed, as YYYY-MM-DD."
    ),
    "SWL307.doc": (
        "A waiver under 'waivers:' (rule, match, reason) deliberately sets aside a finding in the\n"
        "same evidence file; it stays visible, but does not count for the exit code.\n"
        "This rule warns about a waiver that no longer matches any finding in its file, for\n"
        "example because the problem was solved. That way waivers do not outlive their problem.\n"
        "Remove the waiver. 'match' searches the text of the finding, which depends on the\n"
        "language: so choose a name or id, not words of the message.\n"
        "A waiver for a rule switched off in swlabel.yaml or with --ignore does not count here."
    ),
    # --- SWL4xx: freshness -------------------------------------------------------------------
    "SWL401.doc": (
        "Checks that evidence is still valid on the reference date (--as-of, today by default):\n"
        "the 'valid_until' of an evidence item, or of a register document that a norm uses.\n"
        "Expired evidence does not count for coverage, and the auditor will not accept it.\n"
        "Add the new version or update 'valid_until'.\n"
        "A register document that no norm uses is not checked: an old paper you only keep for the\n"
        "record gives no finding here."
    ),
    "SWL402.doc": (
        "Checks whether a register document that a norm uses as evidence is past its review date\n"
        "('review_date') on the reference date.\n"
        "A document that is not reviewed in time may no longer describe how you work now; the\n"
        "auditor will ask about it.\n"
        "Review the document, update it where needed and set a new 'review_date'.\n"
        "Documents that no norm uses are not checked."
    ),
    "SWL403.doc": (
        "Checks whether an improvement action with status open or in_progress is past its due\n"
        "date ('due').\n"
        "The improvement plan shows the auditor that you act on points for improvement; an action\n"
        "that silently passes its date stands out at the next audit.\n"
        "Finish the action (status: done with done_on), choose a new due date, or set it to\n"
        "cancelled and explain why in 'description'. Done and cancelled actions are not checked."
    ),
    "SWL404.doc": (
        "Checks that the assessment of a norm ('assessed_on') is not too old: by default no more\n"
        "than 12 months before the reference date.\n"
        "The self-assessment should describe the situation now; an old assessment says little\n"
        "about that.\n"
        "Assess the norm again and put the new date in 'assessed_on'. Set the number of months in\n"
        "swlabel.yaml with check.max_assessment_age_months.\n"
        "A norm without 'assessed_on' does not give this warning."
    ),
    "SWL405.doc": (
        "Warns about evidence that is valid on the reference date but expires before the next\n"
        "audit ('next_audit' in swlabel.yaml).\n"
        "That leaves you time to get a new version before the auditor reads the dossier.\n"
        "Only when next_audit is filled in and lies after the reference date: an audit in the\n"
        "past says nothing about what is coming. After each audit, put the date of the next.\n"
        "Register documents count only when a norm uses them. If the evidence has already\n"
        "expired, SWL401 applies instead of this warning."
    ),
    "SWL406.doc": (
        "Warns about what must happen before the next audit ('next_audit' in swlabel.yaml): the\n"
        "review ('review_date') of a register document that a norm uses, and the due date of an\n"
        "improvement action that is open or in_progress.\n"
        "That way you plan reviews and actions in time, and can show the auditor they were done.\n"
        "The warning goes away once the document is reviewed (new 'review_date') or the action is\n"
        "done.\n"
        "Only when next_audit is filled in and lies after the reference date. What is already\n"
        "late on the reference date is reported by SWL402 or SWL403."
    ),
    # --- SWL5xx: privacy ---------------------------------------------------------------------
    "SWL501.doc": (
        "Searches all text files of the repository (.md, .txt, .csv, .yaml, .yml) for a citizen\n"
        "service number (BSN): 9 digits (or 8 without the leading 0) that pass the 11-proef and\n"
        "that the context makes a BSN, for example the word BSN in front of it.\n"
        "A BSN may only be processed where a law allows it; it never belongs in the dossier. Git\n"
        "keeps every version, so even after you remove it the number stays in the history.\n"
        "Remove the number, have it removed from the history too (for example with git\n"
        "filter-repo) and report it to your data protection officer.\n"
        "PDF and Word files, and files that are not UTF-8, are not searched."
    ),
    "SWL211.doc": (
        "An improvement action names under 'improvement_point' a point that is in no audit\n"
        "under audits/. Usually the id is mistyped.\n"
        "Correct the id (for example VP-2025-03) or add the audit with that point."
    ),
    "SWL308.doc": (
        "An improvement point from an audit has no improvement action answering it yet.\n"
        "The next audit looks precisely at how improvement points were followed up.\n"
        "Add an action to improvement-plan.yaml with improvement_point: <id of the point>,\n"
        "for example with swlabel add action."
    ),
    "SWL407.doc": (
        "The certificate of the latest external audit ends soon (by default within six\n"
        "months, set with audits.warn_months_before_end) or has ended.\n"
        "The certificate is valid for two years after the decision (audits.certificate_years),\n"
        "unless the audit names certificate_valid_until. Plan the re-certification in time.\n"
        "A peer review (intercollegiale adviesmeting) gives no certificate and no such finding."
    ),
    "SWL408.doc": (
        "An improvement action that answers an audit's improvement point is not done while its\n"
        "term has passed: the action's due date, else the point's deadline, else the follow-up\n"
        "term of the certification body (audits.follow_up in swlabel.yaml). This is an error:\n"
        "the auditor will look at it.\n"
        "Finish the action (status: done, done_on) or agree a new term."
    ),
}
