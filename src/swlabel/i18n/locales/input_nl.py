"""Dutch input (#15): what the meldingen say when a value is written in Dutch or another way."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "cli.bad_date_meant": "'{value}' is geen datum; bedoelde u {suggestion}? Schrijf JJJJ-MM-DD",
    "schema.choice_suggestion": "{field}: '{value}' is geen geldige waarde; gebruik {suggestion}",
}
