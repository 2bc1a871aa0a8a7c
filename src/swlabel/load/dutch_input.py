"""What a quality officer types in Dutch where the files want swlabel's own value (#15).

The YAML keeps its English values (``status: compliant``); a Dutch word for one of them
(``voldoet``, ``loopt``), or a Dutch date (``12-03-2026``), is still refused, but the melding
names the value meant: "gebruik compliant (voldoet)", "bedoelde u 2026-03-12?". Only a value
the field allows is ever suggested.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from swlabel.problems import Arg, Localised, Text, msg

# A Dutch word or phrase (as _normal() leaves it) → the value the files use. The words are
# those of swlabel's own labels (report, status, workbook), and the ones people say instead.
_WORDS = {
    # the status of a norm and a judgement of a toetsing
    "voldoet": "compliant",
    "voldaan": "compliant",
    "voldoet deels": "partially_compliant",
    "deels": "partially_compliant",
    "gedeeltelijk": "partially_compliant",
    "voldoet gedeeltelijk": "partially_compliant",
    "deels voldaan": "partially_compliant",
    "voldoet niet": "non_compliant",
    "niet voldaan": "non_compliant",
    "niet van toepassing": "not_applicable",
    "nvt": "not_applicable",
    "n v t": "not_applicable",
    "nog niet beoordeeld": "not_assessed",
    "niet beoordeeld": "not_assessed",
    # the state of a verbeteractie
    "loopt": "in_progress",
    "lopend": "in_progress",
    "bezig": "in_progress",
    "in behandeling": "in_progress",
    "in uitvoering": "in_progress",
    "gestart": "in_progress",
    "afgerond": "done",
    "klaar": "done",
    "gereed": "done",
    "gedaan": "done",
    "vervallen": "cancelled",
    "geannuleerd": "cancelled",
    "geschrapt": "cancelled",
    "openstaand": "open",
    "nieuw": "open",
    # where a verbeteractie comes from
    "zelf evaluatie": "zelfevaluatie",
    "audit": "toetsing",
    "intern onderzoek": "intern",
    # the route of a toetsing
    "extern": "external",
    "externe toetsing": "external",
    "certificerende instelling": "external",
    "intercollegiaal": "peer",
    "intercollegiale adviesmeting": "peer",
    "collegiaal": "peer",
    # the level of a rule in swlabel.yaml
    "fout": "error",
    "waarschuwing": "warning",
    "uit": "off",
}

# The value → its Dutch label (as the report and the workbook show it), shown beside it in
# Dutch: "gebruik compliant (voldoet)". In English the value alone says it.
_DUTCH_LABELS = {
    "compliant": "voldoet",
    "partially_compliant": "voldoet deels",
    "non_compliant": "voldoet niet",
    "not_applicable": "niet van toepassing",
    "not_assessed": "nog niet beoordeeld",
    "in_progress": "loopt",
    "done": "afgerond",
    "cancelled": "vervallen",
}

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "jan"),
            ("februari", "feb"),
            ("maart", "mrt", "mar"),
            ("april", "apr"),
            ("mei",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augustus", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# 12-03-2026, 12/3/2026, 12.03.2026: day, month, year, as the Netherlands writes a date.
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
# 2026/03/12, 2026.3.12, 2026-3-12: the right order, the wrong separators or no zeros.
_YEAR_MONTH_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
# 12 maart 2026, 12 mrt. 2026
_SPELLED = re.compile(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")
# 20260312
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _normal(value: str) -> str:
    return " ".join(re.sub(r"[\s_.\-]+", " ", value.casefold()).split())


def suggest_choice(value: str, choices: tuple[str, ...]) -> str | None:
    """The one of CHOICES that VALUE (a Dutch word, another spelling, a typo) most likely
    means, or None when it says nothing likely."""
    normal = _normal(value)
    if not normal:
        return None
    by_normal = {_normal(choice): choice for choice in choices}
    if normal in by_normal:  # "Compliant", "in-progress", "not assessed"
        return by_normal[normal]
    meant = _WORDS.get(normal)
    if meant in choices:
        return meant
    close = difflib.get_close_matches(normal, list(by_normal), n=1, cutoff=0.75)
    if close:
        return by_normal[close[0]]
    dutch = difflib.get_close_matches(normal, list(_WORDS), n=1, cutoff=0.85)
    if dutch and _WORDS[dutch[0]] in choices:
        return _WORDS[dutch[0]]
    return None


_QUOTED = re.compile(r"'([^']*)'")


def labelled(choices: str) -> str | Localised:
    """CHOICES as pydantic lists them (``'compliant', 'partially_compliant'``), in Dutch with
    each value's label: ``'compliant' (voldoet), 'partially_compliant' (voldoet deels)``."""
    dutch = _QUOTED.sub(
        lambda found: (
            f"{found.group()} ({_DUTCH_LABELS[found.group(1)]})"
            if found.group(1) in _DUTCH_LABELS
            else found.group()
        ),
        choices,
    )
    return choices if dutch == choices else Localised(choices, (("nl", dutch),))


def choice_hint(value: str, choices: tuple[str, ...]) -> Arg | None:
    """The value to write: ``compliant (voldoet)`` in Dutch, ``compliant`` in English."""
    meant = suggest_choice(value, choices)
    if meant is None:
        return None
    label = _DUTCH_LABELS.get(meant)
    return Localised(meant, (("nl", f"{meant} ({label})"),)) if label else meant


def suggest_date(value: str) -> str | None:
    """The date VALUE most likely means, as YYYY-MM-DD, when it is a real date written another
    way (12-03-2026 is 12 March: the Dutch order); None when it is not, or is already right."""
    text = value.strip().casefold()
    found: tuple[str, str, str] | None = None
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = match.groups()
        found = (year, month, day)
    elif (match := _YEAR_MONTH_DAY.fullmatch(text)) or (match := _COMPACT.fullmatch(text)):
        year, month, day = match.groups()
        found = (year, month, day)
    elif (match := _SPELLED.fullmatch(text)) and match.group(2) in _MONTHS:
        found = (match.group(3), str(_MONTHS[match.group(2)]), match.group(1))
    if found is None:
        return None
    try:
        meant = dt.date(int(found[0]), int(found[1]), int(found[2])).isoformat()
    except ValueError:
        return None  # 31-02-2026: no date is meant that can be named
    return None if meant == value.strip() else meant


def date_message(field: Arg, value: str) -> Text | None:
    """The melding for a date written another way, naming the date meant; None when no date
    can be named."""
    meant = suggest_date(value)
    if meant is None:
        return None
    return msg("SWL107.suggestion", field=field, value=value, suggestion=meant)
