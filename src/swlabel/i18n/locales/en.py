"""English messages, complete: every key of the Dutch catalogue, with the same placeholders."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "sources.not_a_file": "not a regular file",
    # --- parts of the rules' messages (the rules' texts: src/swlabel/rules/*/rule.yaml) --
    "yaml.hint.tab": "indent with spaces instead of tabs",
    "yaml.hint.colon": (
        "a ':' stands where it is not allowed; put text that contains a colon in quotes"
    ),
    "yaml.hint.missing_colon": "every line should have the form 'key: value'",
    "yaml.hint.unclosed_quote": "close the quotes and brackets you opened",
    "yaml.hint.indent": "check that this line is indented as far as the lines above it",
    "yaml.hint.anchor": "anchors (&) and aliases (*) are not needed here; write the value out",
    "yaml.hint.generic": "check this line and the line above it",
    "schema.did_you_mean": " (did you mean '{suggestion}'?)",
    # Two sentences of one melding (a melding and what follows from it).
    "text.then": "{first} {second}",
    "schema.narrative_in_front_matter": (
        "'narrative' does not belong in the front matter of a .md file: the narrative is the "
        "text below the closing '---'"
    ),
    # --- schema messages (SWL103) ---------------------------------------------------------
    "schema.or": " or ",
    "schema.root": "the file",
    "schema.missing": "the required field '{field}' is missing; add it",
    "schema.choice": "{field}: '{value}' is not a valid value; choose from {expected}",
    "schema.text": "{field}: expected text, not a list or mapping",
    "schema.empty": "{field}: must not be empty",
    "schema.identifier": "{field}: '{value}' is not a valid id; do not use spaces",
    "schema.list": "{field}: expected a list, for example [a, b] or lines starting with '- '",
    "schema.mapping": "{field}: expected fields of the form 'key: value'",
    "schema.bool": "{field}: '{value}' is not a yes/no value; write yes or no",
    "schema.too_short": "{field}: needs at least one item",
    "schema.reference_and_inline": (
        "{field}: use either 'document' (a reference to the register) or a description of "
        "your own, not both (also filled in: {fields})"
    ),
    "schema.item_without_title": (
        "{field}: an evidence item needs 'document' (from the register), or a 'title' with "
        "'path' or 'url'"
    ),
    "schema.path_xor_url": "{field}: fill in exactly one of 'path' and 'url'",
    "normset.duplicate_norm": "{field}: norm '{value}' appears twice in the norm set",
    "normset.norm_id": (
        "{field}: '{value}' cannot be an id; the id of a norm or rubriek consists of letters "
        "(a-z, A-Z) and digits, in groups joined by one dot or dash (such as 1.10 or A-3), at "
        "most 64 characters; it becomes a file name in evidence/"
    ),
    "normset.duplicate_rubriek": "{field}: rubriek '{value}' appears twice in the norm set",
    "normset.unknown_rubriek": "{field}: rubriek '{value}' is not listed under 'rubrieken'",
    "normset.unknown_scope_question": (
        "{field}: '{value}' is not listed under 'scope_questions'; add the question or correct "
        "the id"
    ),
    "normset.duplicate_aspect": "{field}: norm {value} has two aspects with the same id",
    "schema.minimum": "{field}: '{value}' is too small; the minimum is {limit}",
    "schema.maximum": "{field}: '{value}' is too large; the maximum is {limit}",
    "schema.number": "{field}: '{value}' is not a number",
    "schema.other": "{field}: {detail}",
    "schema.format_version": (
        "{field}: this version of swlabel does not know version '{value}'; write "
        "format_version: 1 or upgrade swlabel"
    ),
    "schema.integer": "{field}: '{value}' is not a whole number",
    # --- loading ---------------------------------------------------------------------------
    "normset.file_missing": "norm set file '{path}' does not exist; check 'norms' in swlabel.yaml",
    "normset.unknown": (
        "unknown norm set '{id}'; bundled are: {choices}, or give the path to a norm set file "
        "of your own (.yaml)"
    ),
    "normset.outside": (
        "swlabel.yaml: norms: '{path}' lies outside the repository; put the norm set file in "
        "the repository (for example normen/own-norms.yaml) and write its path relative to the "
        "folder of swlabel.yaml"
    ),
    "normset.link_outside": (
        "swlabel.yaml: norms: '{path}' points (through a link) to a place outside the "
        "repository; copy the norm set file into the repository"
    ),
    "normset.case": (
        "swlabel.yaml: norms: '{path}' does not exist, '{actual}' does; write the path exactly "
        "like that"
    ),
    "normset.not_a_file": (
        "swlabel.yaml: norms: '{path}' is not a regular file; name a .yaml file"
    ),
    "normset.too_large": (
        "swlabel.yaml: norms: '{path}' is larger than 16 MiB and is not read; name the norm set "
        "file itself"
    ),
    "normset.unreadable": (
        "swlabel.yaml: norms: '{path}' cannot be read ({reason}); check that you may read the file"
    ),
    "normset.invalid": "norm set '{path}' is invalid",
    "normset.placeholder": "(invalid in the norm set; see the finding)",
    "cli.chdir_not_a_folder": "{path} is not a folder; give the dossier's folder after -C",
    "repo.missing_dir": "the folder {path} does not exist",
    "repo.no_config": (
        "no swlabel.yaml found in {path} or a folder above it; create a repository with "
        "'swlabel init'"
    ),
    "config.invalid": "{path} is invalid; fix the findings above",
    "config.no_organisation": "(name of the organisation invalid in swlabel.yaml)",
    # --- statuses --------------------------------------------------------------------------
    "status.compliant": "compliant",
    "status.partially_compliant": "partially compliant",
    "status.non_compliant": "non-compliant",
    "status.not_applicable": "not applicable",
    "status.not_assessed": "not assessed",
    "status.invalid": "status invalid (see the melding)",
    "status.unreadable": "fields unreadable (see the melding)",
    "action.open": "open",
    "action.in_progress": "in progress",
    "action.done": "done",
    "action.cancelled": "cancelled",
    # --- check -----------------------------------------------------------------------------
    "coverage.heading": "Coverage on {date}: norms supported by valid evidence, and aspects with evidence",
    "coverage.norms": "norms",
    "coverage.aspects": "aspects",
    "coverage.total": "Total",
    "coverage.explained": (
        "Coverage says how complete the dossier is, not whether the organisation complies."
    ),
    "check.clean": "No findings.",
    "check.counts": "{errors}, {warnings}.",
    "count.errors.one": "1 error",
    "count.errors.many": "{count} errors",
    "count.warnings.one": "1 warning",
    "count.warnings.many": "{count} warnings",
    # --- init ------------------------------------------------------------------------------
    "init.heading": "Quality dossier in {path} ({normset}, version {version})",
    "init.created": "Created:",
    "init.kept": "Already there, left unchanged:",
    "init.nothing_new": "Nothing new: every file was already there.",
    "init.evidence_range": "{first} … {last} ({count} files)",
    "init.next_steps": (
        "Next steps:\n"
        "  1. Fill in the file in evidence/ for each norm (status, evidence, narrative).\n"
        "  2. Check the dossier:    swlabel check {dir}\n"
        "  3. Render the report:    swlabel report {dir} --format html --output dossier.html"
    ),
    "init.organisation_required": (
        'give the organisation\'s name with --organisation "Name" (needed for a new repository)'
    ),
    "init.ask_norms": "Norm set (id of a bundled set or path to a file of your own)",
    "init.try_again": "Try again.",
    "init.bad_language": "'{value}' is not a language swlabel speaks; choose from {choices}.",
    "init.ask_language": "Language of the dossier (nl or en)",
    "init.ask_next_audit": "Date of the next audit (YYYY-MM-DD, empty if not known yet)",
    "init.unknown_scope": "unknown scope question {keys}; the norm set knows: {choices}",
    "init.bad_scope": "'{value}' is not a scope answer; write --scope question=yes or --scope question=no",
    "init.not_empty": (
        "the folder {path} is not empty ({files}) and is not a swlabel repository; choose an "
        "empty folder or use --allow-non-empty (nothing will be overwritten then either)"
    ),
    "init.git_inside": "The folder is already inside git; no new git repository was made.",
    "init.git_unavailable": "git was not found; create a git repository yourself (git init).",
    "init.git_created": "A git repository was created (git init).",
    "cli.opt.scope": "Scope answer, for example --scope business_critical_interns=no; may be repeated.",
    "cli.opt.next_audit": "Date of the next audit (YYYY-MM-DD).",
    "cli.opt.yes": "Ask nothing: take the default for everything not given as an option.",
    "cli.opt.ci": "CI workflow: github (GitHub Actions), gitlab (GitLab CI) or none.",
    "cli.opt.no_git": "Do not create a git repository.",
    "cli.opt.allow_non_empty": "Allow a folder that already holds files (nothing is overwritten).",
    "init.ask_organisation": "Name of the organisation",
    "init.yes_no.default_yes": "[Y/n]",
    "init.yes_no.default_no": "[y/N]",
    "init.yes_no.yes": "y,yes",
    "init.yes_no.no": "n,no",
    "init.yes_no.wrong": "'{answer}' is no answer to this question; type y (yes) or n (no).",
    "init.ask_ci": "Which CI does the organisation use: github (GitHub Actions), gitlab (GitLab CI) or none",
    "init.bad_ci": "'{value}' is none of the choices; choose from {choices}.",
    "init.not_a_directory": "{path} is a file, not a folder; choose a (new) folder",
    "init.out_of_scope": (
        "Outside our scope: the question '{question}' is answered 'no' in swlabel.yaml "
        "(scope.{key})."
    ),
    # --- report ----------------------------------------------------------------------------
    "report.progress": "Building the dossier",
    "report.last_audit": "Last audit",
    "report.last_audit_value": "{date}: {judgement}",
    "report.follow_up": "Follow-up of the previous audit",
    "report.deadline": "Term",
    "followup.state.done": "done",
    "followup.state.open": "in progress",
    "followup.state.late": "late",
    "followup.state.none": "no improvement action yet",
    "report.last_changed": "last changed {date}",
    "cli.opt.report_history": "Add a chart of coverage at every commit that changed the dossier (reads the git history; takes longer).",
    "report.history": "Coverage over time",
    "report.history_intro": "Coverage at every commit that changed the dossier, each version judged on its own commit date.",
    "report.interviews": "Interview plan",
    "report.interviews_intro": "Who the auditor can talk to about which norms; swlabel interviews also lists the documents to have at hand per norm.",
    "report.group": "Group",
    "report.nobody": "Nobody named yet",
    "report.written": "Dossier written to {path}",
    "report.with_problems.one": (
        "The dossier has 1 finding; it is in the report and in 'swlabel check'."
    ),
    "report.with_problems.many": (
        "The dossier has {count} findings; they are in the report and in 'swlabel check'."
    ),
    "report.generated_note": "made with {generator}; do not edit this file, render it again with swlabel report",
    "report.title": "Quality dossier {organisation}",
    "report.organisation": "Organisation",
    "report.normset": "Norm set",
    "report.version": "version",
    "report.as_of": "Reference date",
    "report.next_audit": "Next audit",
    "report.generator": "Made with",
    "report.contents": "Contents",
    "report.summary": "Summary",
    "report.coverage_explained": (
        "A norm is supported when it is compliant or partially compliant and every aspect has "
        "evidence that is valid on the reference date. Coverage says how complete the dossier "
        "is, not whether the organisation complies: that judgement belongs to the auditor."
    ),
    "report.rubriek": "Rubriek",
    "report.rubriek_line": "{supported} of {applicable} applicable norms supported ({percentage}).",
    "report.supported": "Supported",
    "report.onderbouwd": "Supported",
    "report.status": "Status",
    "report.norm": "Norm",
    "report.yes": "yes",
    "report.no": "no",
    "report.assessed": "Assessed by",
    "report.reason": "Reason not applicable",
    "report.interviewees": "To interview",
    "report.source": "File",
    "report.aspects": "Aspects",
    "report.no_evidence": "no valid evidence",
    "report.narrative": "How we meet this norm",
    "report.evidence": "Evidence",
    "report.document": "Document",
    "report.kind": "Kind",
    "report.date": "Date",
    "report.valid_until": "Valid until",
    "report.validity": "On the reference date",
    "report.validity.valid": "valid",
    "report.validity.expired": "expired",
    "report.validity.not_yet": "not yet valid",
    "evidence.invalid_reason": "(reason invalid; see the melding)",
    "register.invalid_place": "(path or url invalid; see the melding)",
    "report.validity.invalid_document": "register entry invalid (see the melding)",
    "report.validity.unknown_document": "not in the register",
    "report.validity.invalid_item": "invalid (see the melding)",
    "report.item_n": "evidence item {number}",
    "report.unreadable_fields": "The fields at the top of the file cannot be read (see the melding): none of them counts, and the norm counts as not assessed.",
    "report.actions": "Improvement actions",
    "report.due_header": "Due",
    "report.due": "due",
    "report.unknown_action": "not in the improvement plan",
    "report.problems": "Findings",
    "report.problems_intro": "swlabel check found {errors} and {warnings}.",
    "report.where": "Where",
    "report.code": "Code",
    "report.message": "Finding",
    "report.out_of_scope": "This norm is outside the organisation's scope (see swlabel.yaml).",
    # --- command line ----------------------------------------------------------------------
    "version.text": "swlabel {version} (PyYAML {pyyaml}, {loader})",
    "version.c_loader": "with the fast C loader (libyaml)",
    "version.python_loader": "without the C loader: libyaml is missing, reading is slower",
    "cli.help": (
        "Keep the Kwaliteitslabel Sociaal Werk dossier as plain files in git: init creates the "
        "repository, check validates it, report renders the audit dossier."
    ),
    "cli.epilog": (
        "Exit codes: 0 no errors · 1 findings at error level · 2 wrong usage or invalid "
        "configuration · 3 internal error (log in the temporary folder) · 130 interrupted · "
        "143 terminated. "
        "Language: --lang nl|en or SWLABEL_LANG. "
        "Folder: -C FOLDER before or after the command, as in git (swlabel -C mydossier check)."
    ),
    "cli.opt.version": "Show the version (and whether the fast YAML loader is used) and exit.",
    "cli.opt.directory": "Folder of the dossier (default: the current folder).",
    "cli.opt.as_of": "Reference date YYYY-MM-DD for validity and coverage (default: today).",
    "cli.opt.lang": "Language of findings, help and report: nl or en.",
    "cli.opt.organisation": "Name of the organisation (needed for a new repository).",
    "cli.opt.norms": "Norm set: the id of a bundled set or the path to a file of your own.",
    "cli.opt.format": "Format of the dossier: html (one self-contained file) or md (Markdown).",
    "cli.opt.output": "Output file (default dossier.<format> in the current folder; '-' for standard output).",
    "cli.opt.force": "Overwrite an existing output file, even one swlabel did not make.",
    "cli.metavar.date": "DATE",
    "cli.metavar.name": "NAME",
    "cli.metavar.folder": "FOLDER",
    "cli.metavar.file": "FILE",
    "cli.init.help": (
        "Create a new dossier repository, or add what is missing to an existing one. Never "
        "overwrites a file."
    ),
    "cli.check.help": (
        "Check the dossier: each finding as 'path:line:column: CODE message', then the "
        "coverage. Exit code 1 when a finding is at error level."
    ),
    "cli.report.help": (
        "Render the audit dossier as HTML (one file that opens offline and prints well), "
        "Markdown, JSON, CSV or Word, or with --bundle as a zip with its documents. Writes the "
        "dossier even when there are findings; they appear in it."
    ),
    "cli.bad_date": "'{value}' is not a date; write YYYY-MM-DD, for example 2026-11-01",
    "cli.bad_language": "'{value}' is not a supported language; choose nl or en",
    "cli.interrupted": "swlabel: interrupted.",
    "cli.stdout_closed": "closed",
    "cli.terminated": "swlabel: terminated (SIGTERM).",
    "cli.stdout_failed": (
        "swlabel: cannot write to standard output ({reason}). Write to a file with --output,"
        " or free some space."
    ),
    "cli.crash": (
        "swlabel: internal error. This is a bug in swlabel, not in your dossier. The details "
        "are in {log}; include that file when you report the bug."
    ),
    # --- rules added with the CI gate ---------------------------------------------------
    "freshness.item": "evidence item '{title}' of norm {id}",
    "freshness.document": "document '{id}' (used by norm {norms})",
    "schema.unknown_rule": "{field}: '{value}' is not a swlabel code; see 'swlabel rules'",
    "check.gate_failed": (
        "Coverage ({actual}) is below the minimum of {minimum} (--min-coverage or "
        "check.min_coverage)."
    ),
    "check.waived_count": "{count} waived.",
    "check.waived_heading": "Waived (not counted for the exit code):",
    "check.waiver_reason": "[reason: {reason}]",
    "check.strict": "With --strict, warnings fail the check too.",
    "junit.norm": "norm {id}",
    "junit.files": "other files",
    "junit.out_of_scope": "outside the scope (swlabel.yaml)",
    "output.own_file": "{path} is one of the dossier's own files; choose another output file",
    "cli.bad_code": "'{value}' is not (the start of) a swlabel code; see 'swlabel rules'",
    "cli.opt.check_format": (
        "Output: text (lines), json, github (annotations), junit (XML) or auto (github in "
        "GitHub Actions, text elsewhere)."
    ),
    "cli.opt.check_output": "Write the output to this file instead of the screen.",
    "cli.opt.quiet": "Show only the findings, without coverage and summary.",
    "cli.opt.strict": "Let warnings fail the check too (exit code 1).",
    "cli.opt.select": "Only these codes (or families, like SWL4); may be repeated.",
    "cli.opt.ignore": "Skip these codes (or families); may be repeated.",
    "cli.opt.min_coverage": (
        "Fail when coverage is below this percentage (also: check.min_coverage in swlabel.yaml)."
    ),
    # --- swlabel rules -------------------------------------------------------------------
    "rules.absent": "(no file {path})",
    "rules.padded": "(… and so on, until the file is {size} MiB)",
    "rules.code": "Code",
    "rules.level": "Level",
    "rules.title": "What",
    "level.error": "error",
    "level.warning": "warning",
    "family.syntax": "Syntax and format (SWL1xx)",
    "family.references": "References (SWL2xx)",
    "family.content": "Content of the self-assessment (SWL3xx)",
    "family.freshness": "Freshness (SWL4xx)",
    "family.privacy": "Privacy (SWL5xx)",
    "rules.more": "Explanation with examples: swlabel rules CODE (for example swlabel rules SWL401).",
    "rules.meta": "Level: {level} · family: {family}",
    "rules.failing": "Gives a finding:",
    "rules.passing": "Fine:",
    "rules.configure": (
        "Adjust: in swlabel.yaml under check.levels ({code}: error, warning or off), with "
        "--select/--ignore, or with a waiver (rule, match, reason) in the file with the finding."
    ),
    "cli.rules.help": "Show the rules behind the findings, or explain one rule with examples.",
    "cli.opt.code": "A code (SWL401) or family (SWL4).",
    "cli.opt.markdown": "Write the list as a Markdown table (as in the README).",
    # --- report: cover, summary, picture, appendices -----------------------------------
    "chart.title": "All norms per rubriek, coloured by status, with the share of supported norms",
    "chart.mark.compliant": "C",
    "chart.mark.partially_compliant": "P",
    "chart.mark.non_compliant": "N",
    "chart.mark.not_applicable": "–",
    "chart.mark.not_assessed": "?",
    "chart.bar": "{supported} of {applicable} supported",
    "verdict.errors.one": "1 error in the dossier",
    "verdict.errors.many": "{count} errors in the dossier",
    "verdict.non_compliant.one": "1 norm non-compliant",
    "verdict.non_compliant.many": "{count} norms non-compliant",
    "verdict.not_assessed.one": "1 norm not yet assessed",
    "verdict.not_assessed.many": "{count} norms not yet assessed",
    "verdict.gaps.one": "1 norm not yet fully supported",
    "verdict.gaps.many": "{count} norms not yet fully supported",
    "verdict.late_actions.one": "1 improvement action past its due date",
    "verdict.late_actions.many": "{count} improvement actions past their due date",
    "verdict.expired.one": "1 evidence item expired",
    "verdict.expired.many": "{count} evidence items expired",
    "verdict.clean": "all applicable norms supported, nothing past its due date",
    "report.verdict": "Verdict in one line",
    "report.unanswered": "not answered (counts as yes)",
    "report.no_git": "not a git repository",
    "report.tree_unknown": "unknown",
    "report.tree_clean": "no uncommitted changes",
    "report.tree_dirty": "with changes that are not yet committed",
    "report.commit": "Git commit",
    "report.working_tree": "Working tree",
    "report.scope": "Scope",
    "report.selection": "Selection",
    "report.selection.rubriek": "only rubriek {rubriek}",
    "report.selection.gaps": "only norms that are not yet supported",
    "report.no_norms_shown": "No norms in this selection.",
    "report.chart": "At a glance",
    "report.appendices": "Appendices",
    "report.register": "Document register",
    "report.register_intro": "Every document in the register, the norms that use it, and whether it is valid on the reference date and on the day of the audit.",
    "report.norms_column": "Norms",
    "report.owner": "Owner",
    "report.review_date": "Review on",
    "report.at_audit": "At the audit",
    "report.plan": "Improvement plan",
    "report.plan_intro": "All improvement actions; what is past its due date comes first.",
    "report.source_label": "Source",
    "report.state": "State",
    "report.expiring": "What expires before the audit",
    "report.expiring_intro": "What expires or falls due between the reference date ({as_of}) and the audit ({audit}).",
    "report.no_audit_date": "The date of the next audit is not in swlabel.yaml (next_audit).",
    "report.nothing_expiring": "Nothing expires or falls due before the audit.",
    "report.what": "What",
    "report.empty_register": "The register is empty.",
    "report.empty_plan": "The improvement plan is empty.",
    "plan.state.late": "late",
    "plan.state.before_audit": "due before the audit",
    "plan.state.open": "open",
    "plan.state.done": "done",
    "plan.state.cancelled": "cancelled",
    "expiry.document": "{title} expires",
    "expiry.review": "{title} is due for review",
    "expiry.action": "improvement action {id} ({title}) is due",
    "csv.norm": "norm",
    "csv.rubriek": "rubriek",
    "csv.status": "status",
    "csv.status_label": "judgement",
    "csv.supported": "supported",
    "csv.evidence": "evidence items",
    "csv.expired": "expired",
    "csv.open_actions": "open improvement actions",
    "cli.opt.report_format": (
        "Format: html (one self-contained file), md (Markdown), json (data), csv (one row "
        "per norm, for Excel) or docx (Word)."
    ),
    "cli.opt.only_gaps": "Show only norms that are not yet supported.",
    "cli.opt.rubriek": "Show only this rubriek (for example 3).",
    "cli.opt.csv_dialect": "CSV variant: excel-nl (';' and UTF-8 with BOM, the default) or comma (',').",
    "cli.opt.template_dir": "Folder with your own templates (logo, house style); templates you do not override stay swlabel's.",
    "report.unknown_rubriek": "rubriek '{rubriek}' does not exist; choose from {choices}",
    "report.template_dir_missing": "the template folder {path} does not exist",
    "report.template_error": "own template {name}: {detail}",
    "report.template_refused": "is a link, not a regular file or larger than 4 MiB; swlabel reads only regular files in {folder}",
    "report.template_not_utf8": "is not UTF-8; save the template as UTF-8",
    "report.template_recursion": "the template calls itself over and over (a macro or include that uses itself)",
    "report.locked": (
        "{path} cannot be written ({reason}); is the file open in another program, such as "
        "Word or Excel? Close it and try again. Nothing was half-written."
    ),
    # --- norms, status, add -------------------------------------------------------------
    "norms.more": "A norm in full, with the evidence in this repository: swlabel norms 3.17",
    "norms.applies_if": "Applies only when the scope question '{key}' is answered yes.",
    "norms.here": "In this repository ({path}):",
    "norms.uncovered": "aspects without valid evidence",
    "status.urgent": "The {shown} most urgent of {count} points (every point: swlabel status --all):",
    "status.all.one": "1 point to work on:",
    "status.all.many": "{count} points to work on, most urgent first:",
    "status.no_gaps": "Nothing urgent: every applicable norm is supported and nothing is late.",
    "status.gap.errors.one": "{path}: 1 error; see swlabel check",
    "status.gap.errors.many": "{path}: {count} errors; see swlabel check",
    "status.gap.late": "improvement action {id} ({title}) is past its due date {due}",
    "status.gap.expired.one": "norm {id}: 1 evidence item expired",
    "status.gap.expired.many": "norm {id}: {count} evidence items expired",
    "status.gap.expired_document.one": "{title} expired on {date} (norm {norms})",
    "status.gap.expired_document.many": "{title} expired on {date} (norms {norms})",
    "status.gap.non_compliant": "norm {id} is non-compliant",
    "status.gap.not_assessed": "norm {id} is not yet assessed",
    "status.gap.status_invalid": "norm {id}: the status is invalid (see the melding); the norm counts as not assessed",
    "status.gap.unreadable": "norm {id}: the fields at the top of the file cannot be read (see the melding)",
    "status.gap.aspects": "norm {id}: no valid evidence for {aspects}",
    "status.gap.unsupported": "norm {id} is not yet supported",
    "add.not_a_register_file": (
        "{path} is not a file of the register; choose register.yaml or a file"
        " register/<name>.yaml (only those does swlabel read as the register)"
    ),
    "add.outside": "{path} lies outside the repository; choose a file in the repository",
    "add.choose_register": (
        "the register is in the folder register/; choose with --to which file the document "
        "goes into, for example --to register/policies.yaml"
    ),
    "add.file_invalid": "{path} would not be valid after adding ({detail}); nothing was changed",
    "add.exists": "the id '{id}' already exists ({where}); choose another id",
    "add.path_warning": "Note: the file '{path}' does not exist in the repository (yet).",
    "add.added_document": "Document '{id}' added to {path}.",
    "add.audit_exists": "{path} already exists; swlabel does not overwrite an audit",
    "add.added_audit": "Audit created: {path}. After the audit, fill in the judgement per norm and the improvement points.",
    "cli.add.toetsing.help": "Create a file for an audit under audits/, with every norm ready to be judged.",
    "add.added_action": "Improvement action '{id}' added to {path}.",
    "cli.add.help": "Add a document to the register or an improvement action to the plan.",
    "cli.add.document.help": "Add a document to the register (the file's layout and comments stay).",
    "cli.add.action.help": "Add an improvement action to improvement-plan.yaml (the id follows on if you give none).",
    "cli.norms.help": "Browse the norm set; inside a repository with the status of each norm.",
    "cli.status.help": "Where the dossier stands: coverage and the five most urgent points on one screen.",
    "cli.opt.status_all": "Show every point, not only the five most urgent.",
    "cli.opt.norm_id": "A norm, for example 3.17.",
    "cli.opt.browse_norms": "Browse another norm set (id or path).",
    "cli.opt.to": "The register file the document is added to.",
    "cli.opt.field": "See the explanation of the fields in the README or in the file itself.",
    "cli.opt.norm": "A norm the action serves; may be repeated.",
    "cli.opt.repo": "Work in this folder, as git -C does: the dossier's folder, or where a FOLDER argument starts from (default: the current folder).",
    # The command line's own words (Typer's Click writes them in English, without gettext).
    "cli.usage": "Usage:",
    "cli.opt.help": "Show this help and exit.",
    "cli.panel.arguments": "Arguments",
    "cli.panel.options": "Options",
    "cli.panel.commands": "Commands",
    "cli.default": "[default: {}]",
    "cli.required": "[required]",
    "cli.error": "Error",
    "cli.metavar.command": "COMMAND [ARGS]...",
    "cli.metavar.code": "CODE",
    "cli.metavar.percent": "PERCENT",
    "cli.metavar.text": "TEXT",
    "cli.metavar.id": "ID",
    "cli.metavar.url": "URL",
    "cli.metavar.path": "PATH",
    "cli.metavar.revision": "REVISION",
    "cli.metavar.options": "[OPTIONS]",
    "cli.metavar.number": "NUMBER",
    "cli.opt.diff_folder": "Folder of the dossier (default: the current folder); 'swlabel diff HEAD mydossier' reads a folder as second argument that way too.",
    "cli.try_help": "Try '{command} -h' for help.",
    "cli.no_such_command": "No such command '{name}'.",
    "cli.no_such_command.suggest": "No such command '{name}'. Did you mean '{nearest}'?",
    "cli.no_such_option": "no such option {option}.",
    "cli.did_you_mean": "Did you mean: {options}?",
    "cli.missing": "the option {param} is missing.",
    "cli.missing_argument": "the argument {param} is missing.",
    "cli.bad_choice": "invalid value for {param}: choose from {choices}.",
    "cli.bad_choice_suggestion": "invalid value for {param}; use {suggestion}.",
    "cli.bad_value": "invalid value for {param}: {message}",
    "cli.extra_arguments": "too many arguments: {args}.",
    "cli.requires_value": "the option {option} needs a value.",
    "cli.missing_command": "name a command; see 'swlabel -h'.",
    # Each field of add document, add action and add toetsing: what it is, its form, an example.
    "cli.opt.document_id": "Short unique name of the document (letters, digits, - and _), for example privacy-policy. Required; in a terminal swlabel asks for it when it is missing.",
    "cli.opt.document_title": "Title as readers know the document, for example 'Privacy policy 2026'. Required; in a terminal swlabel asks for it when it is missing.",
    "cli.opt.document_kind": "Kind of document, free text, for example policy, protocol, minutes or annual plan.",
    "cli.opt.document_path": "Path of the file in the repository, for example documents/privacy-policy.pdf (or use --url).",
    "cli.opt.document_url": "Address of the document when it is kept elsewhere, with https://, for example https://intranet.example.org/privacy.",
    "cli.opt.document_owner": "Who keeps the document up to date, for example 'HR manager'.",
    "cli.opt.document_date": "Date of the document (YYYY-MM-DD), for example 2026-03-12.",
    "cli.opt.document_review_date": "When the document must be looked at again (YYYY-MM-DD), for example 2027-03-01.",
    "cli.opt.document_valid_until": "Until when the document holds (YYYY-MM-DD), for example 2028-12-31; after that it no longer counts as evidence.",
    "cli.opt.action_id": "Number of the action, for example VA-2026-03 (default: this year's next free VA number).",
    "cli.opt.action_title": "What has to be done, in one line, for example 'Update the complaints procedure'. Required; in a terminal swlabel asks for it when it is missing.",
    "cli.opt.action_description": "Explanation: why and how, for example what the audit remarked.",
    "cli.opt.action_source": "Where the action comes from: zelfevaluatie (self-evaluation, default), toetsing (audit) or intern (internal).",
    "cli.opt.action_owner": "Who carries the action out, for example 'volunteer coordinator'.",
    "cli.opt.action_due": "Deadline (YYYY-MM-DD), for example 2026-09-30.",
    "cli.opt.action_status": "Where it stands: open (default), in_progress, done or cancelled.",
    "cli.opt.audit_date": "Date of the audit (YYYY-MM-DD), for example 2026-11-04; also the name of the file.",
    "cli.opt.audit_route": "Route of the audit: external (external audit, default) or peer (peer review).",
    "cli.opt.audit_body": "Who audits, for example the name of the certification body; also part of the file name.",
    # --- writing files (files.py) ----------------------------------------------------------
    "files.outside": "{path} lies outside the repository; swlabel writes only inside it",
    "files.link": (
        "{path} is a link (symbolic link); swlabel never writes through a link in the "
        "repository. Replace the link with an ordinary folder or file."
    ),
    "files.not_a_folder": "{path} is not a folder; swlabel cannot write inside it",
    "files.not_a_file": (
        "{path} is not a regular file but {kind}; swlabel does not write into it or replace it"
    ),
    "files.kind.link": "a link",
    "files.kind.folder": "a folder",
    "files.kind.fifo": "a named pipe",
    "files.kind.device": "a device",
    "files.kind.socket": "a socket",
    "files.kind.other": "something else",
    "files.write_failed": "{path} could not be written: {reason}. Nothing was half written.",
    "files.reason.ENOSPC": "the disk is full",
    "files.reason.EDQUOT": "your disk quota is used up",
    "files.reason.EROFS": "the disk or folder is read-only",
    "files.reason.EACCES": "you have no permission to write there",
    "files.reason.EPERM": "you have no permission to write there",
    "output.link": (
        "{path} is a link (symbolic link); swlabel does not write through a link. Name the "
        "file itself, or use --output - for standard output."
    ),
    "output.is_dir": "{path} is a folder; give the name of a file (in that folder)",
    "output.not_a_file": (
        "{path} is not a regular file but {kind}; swlabel does not write into it. Give a file "
        "name, or use --output - for standard output."
    ),
    "output.would_overwrite": (
        "{path} already exists and was not made by swlabel; choose another file with --output, "
        "or overwrite it with --force"
    ),
    "check.output_marker": "output of swlabel check; a later run with --output replaces this file",
    "init.undone": "What init had created in this run has been removed again.",
    "add.not_edited.one": "{path} was not changed; first resolve the finding above",
    "add.not_edited.many": "{path} was not changed; first resolve the {count} findings above",
}
