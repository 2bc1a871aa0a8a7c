"""Dutch input (#15): what the meldingen say when a value is written in Dutch or another way."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "cli.bad_date_meant": "'{value}' is not a date; did you mean {suggestion}? Write YYYY-MM-DD",
    "schema.choice_suggestion": "{field}: '{value}' is not a valid value; use {suggestion}",
}
