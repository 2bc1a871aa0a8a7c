"""Dutch input (#15): what the meldingen say when a value is written in Dutch or another way."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "cli.metavar.source": "SOURCE",
    "cli.opt.swlabel_source": "What the CI workflow and the pre-commit hook install: a version (0.1.0, once swlabel is on PyPI), a git address (git+https://…/swlabel.git@v0.1.0) or the address of a wheel (https://…/swlabel-0.1.0-py3-none-any.whl). By default this swlabel's version.",
    "init.bad_swlabel_source": "--swlabel-source '{source}' is no version, git address or address of a wheel; for example 0.1.0, git+https://example.org/swlabel.git@v0.1.0 or https://example.org/swlabel-0.1.0-py3-none-any.whl",
    "add.ask.document.intro": "Fill in the document field by field (Enter skips a field that is not required).",
    "add.ask.action.intro": "Fill in the improvement action field by field (Enter skips a field that is not required).",
    "add.ask.required": "This field is required.",
    "add.ask.document.id": "Id of the document (short, no spaces, for example complaints-procedure)",
    "add.ask.document.title": "Title",
    "add.ask.document.place": "Path in the repository (documenten/...) or web address (https://...)",
    "add.ask.document.kind": "Kind (policy, minutes, report...)",
    "add.ask.document.owner": "Owner",
    "add.ask.document.date": "Date of the document (YYYY-MM-DD)",
    "add.ask.document.review_date": "Review on (YYYY-MM-DD)",
    "add.ask.document.valid_until": "Valid until (YYYY-MM-DD)",
    "add.ask.action.title": "Title of the improvement action",
    "add.ask.action.norms": "Norms (ids, separated by commas, for example 1.12, 3.10)",
    "add.ask.action.owner": "Owner",
    "add.ask.action.due": "Due date (YYYY-MM-DD)",
    "add.linked_action": "improvement action {id} added to 'actions' in {path}",
    "add.no_evidence_file": "norm {id} has no evidence file yet; the improvement action is only in the improvement plan",
    "add.cannot_link": "{path}: the improvement action cannot be added to 'actions' ({reason}); add it yourself, nothing was written",
    "edits.not_a_list": "'actions' is not a list",
    "cli.bad_date_meant": "'{value}' is not a date; did you mean {suggestion}? Write YYYY-MM-DD",
    "schema.choice_suggestion": "{field}: '{value}' is not a valid value; use {suggestion}",
}
