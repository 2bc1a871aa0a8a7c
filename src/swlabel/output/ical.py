"""The dossier's deadlines as an iCalendar file (RFC 5545) for Outlook and Google Calendar.

Every date becomes an all-day event: a register document's ``review_date`` and ``valid_until``,
an inline evidence item's ``valid_until``, the ``due`` date of an open or running verbeteractie,
the next toetsing, and the end of the certificate of the last external toetsing. What is
already overdue (a review or an action past its date, evidence a norm uses that has expired)
stands on the reference date, marked late, so that it is not forgotten; a past toetsing or
document no norm uses is left out. Each event reminds a number of days before (``VALARM``:
``calendar.remind_days`` in swlabel.yaml or ``--remind-days``), and ``--owner`` keeps one
person's deadlines (and the toetsing and certificate, which are everyone's).

The output is deterministic: ``DTSTAMP`` is the reference date at midnight UTC, events are
sorted, and each item keeps the same ``UID`` from run to run, so importing a newer file
updates events instead of duplicating them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from swlabel import __version__
from swlabel.domain.cycle import certificate_end as end_of
from swlabel.domain.dates import compact, day_after
from swlabel.domain.todo import owner_key
from swlabel.doors import mask
from swlabel.i18n import Translator
from swlabel.load.dossier import Dossier, document_users
from swlabel.models import OPEN_ACTIONS
from swlabel.problems import natural_key

PRODID_PREFIX = "-//swlabel//swlabel "
MAX_OCTETS = 75
CRLF = "\r\n"

# The order of events on one day; also the set of kinds.
KINDS = ("audit", "certificate", "action", "review", "expires", "evidence")

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# RFC 5545 TEXT allows HTAB but no other control characters.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Event:
    """One all-day event: KIND is one of :data:`KINDS`, KEY identifies the item within it."""

    kind: str
    key: str
    day: dt.date
    summary: str
    description: str
    # Whose deadline it is (the document's or action's owner, the norm's assessed_by).
    owners: tuple[str, ...] = ()
    # The date it was due when it stands on the reference date as overdue.
    late_since: dt.date | None = None


def _safe(text: str) -> str:
    """TEXT as UID characters: accents dropped, anything else but letters, digits, '.', '_' and
    '-' turned into '-'; a short hash is added when that lost information, so two ids that
    differ only there still get different UIDs."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(char for char in decomposed if not unicodedata.combining(char))
    safe = _UNSAFE.sub("-", ascii_text).strip("-") or "x"
    if safe != text:
        safe += "-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return safe


def _domain(organisation: str) -> str:
    # The organisation in the UID keeps the events of two organisations apart in one calendar
    # (a consultant who imports both).
    decomposed = unicodedata.normalize("NFKD", organisation)
    ascii_text = "".join(char for char in decomposed if not unicodedata.combining(char))
    slug = _UNSAFE.sub("-", ascii_text.lower()).strip("-.")
    return f"{slug}.swlabel" if slug else "swlabel"


def event_uid(event: Event, organisation: str) -> str:
    """``<kind>-<id>@<organisation>.swlabel``, in characters every calendar accepts."""
    # An inline item's key is its title, which must not carry a BSN into the file either.
    shown = mask.current()
    return f"{event.kind}-{_safe(shown.line(event.key))}@{_domain(shown.line(organisation))}"


def _norms_line(norms: list[str] | tuple[str, ...], t: Translator) -> str:
    ordered = sorted(dict.fromkeys(norms), key=natural_key)
    return t("calendar.norms", norms=", ".join(ordered)) if ordered else t("calendar.norms_none")


def _description(*lines: str) -> str:
    return "\n".join(line for line in lines if line)


def certificate_end(dossier: Dossier) -> dt.date | None:
    """The end of the certificate of the latest decided external audit under audits/."""
    ends = [
        end_of(located.value, dossier.config.audits.certificate_years) for located in dossier.audits
    ]
    decided = [end for end in ends if end is not None]
    return decided[-1] if decided else None


def _document_events(dossier: Dossier, t: Translator) -> list[Event]:
    users = document_users(dossier)
    events = []
    for document_id, located in dossier.documents.items():
        document = located.value
        title = document.title
        owner = t("calendar.owner", owner=document.owner) if document.owner else ""
        lines = (
            _norms_line(users.get(document_id, ()), t),
            owner,
            t("calendar.source", path=located.source.path),
        )
        if document.review_date is not None:
            summary = t("calendar.review", title=title)
            day = document.review_date
            owners = (document.owner,) if document.owner else ()
            events.append(Event("review", document_id, day, summary, _description(*lines), owners))
        if document.valid_until is not None:
            summary = t("calendar.expires", title=title)
            day = document.valid_until
            owners = (document.owner,) if document.owner else ()
            events.append(Event("expires", document_id, day, summary, _description(*lines), owners))
    return events


def _evidence_events(dossier: Dossier, t: Translator) -> list[Event]:
    """Inline evidence items with a valid_until; one item cited by several norms (same title
    and date) is one event."""
    found: dict[tuple[str, dt.date], tuple[list[str], list[str], list[str]]] = {}
    for norm_id in sorted(dossier.evidence, key=natural_key):
        record = dossier.evidence[norm_id]
        for item in record.file.evidence:
            if item.document is not None or item.valid_until is None or item.title is None:
                continue
            norms, paths, owners = found.setdefault((item.title, item.valid_until), ([], [], []))
            norms.append(norm_id)
            paths.append(record.path)
            if record.file.assessed_by:
                owners.append(record.file.assessed_by)
    dates = Counter(title for title, _ in found)
    events = []
    for (title, day), (norms, paths, owners) in found.items():
        source = t("calendar.source", path=", ".join(dict.fromkeys(paths)))
        summary = t("calendar.expires", title=title)
        description = _description(_norms_line(norms, t), source)
        # The title identifies the item; only a title with several dates needs the date too.
        key = title if dates[title] == 1 else f"{title} {day.isoformat()}"
        assessors = tuple(dict.fromkeys(owners))
        events.append(Event("evidence", key, day, summary, description, assessors))
    return events


def _action_events(dossier: Dossier, t: Translator) -> list[Event]:
    citing: dict[str, list[str]] = {}
    for norm_id, record in dossier.evidence.items():
        for action_id in record.file.actions:
            citing.setdefault(action_id, []).append(norm_id)
    events = []
    for action_id, located in dossier.actions.items():
        action = located.value
        if action.status not in OPEN_ACTIONS or action.due is None:
            continue
        summary = t("calendar.action", id=action_id, title=action.title)
        description = _description(
            _norms_line([*action.norms, *citing.get(action_id, ())], t),
            t("calendar.owner", owner=action.owner) if action.owner else "",
            t("calendar.status", status=t(f"action.{action.status}")),
            t("calendar.source", path=located.source.path),
        )
        owners = (action.owner,) if action.owner else ()
        events.append(Event("action", action_id, action.due, summary, description, owners))
    return events


def _milestone_events(dossier: Dossier, t: Translator) -> list[Event]:
    config = dossier.config
    normset = f"{dossier.normset.title} ({dossier.normset.version})"
    values = {"organisation": config.organisation, "normset": normset}
    events = []
    if config.next_audit is not None:
        description = _description(t("calendar.audit_description", **values))
        events.append(Event("audit", "next", config.next_audit, t("calendar.audit"), description))
    ends = certificate_end(dossier)
    if ends is not None:
        description = _description(t("calendar.certificate_description", **values))
        events.append(Event("certificate", "current", ends, t("calendar.certificate"), description))
    return events


# Everyone's deadlines: kept when --owner names one person.
SHARED_KINDS = frozenset({"audit", "certificate"})


def _overdue(event: Event, as_of: dt.date, t: Translator) -> Event:
    """EVENT, past its date, on AS_OF and marked late (its UID stays, so a newer import moves
    it)."""
    was = event.day.isoformat()
    return replace(
        event,
        day=as_of,
        late_since=event.day,
        summary=t("calendar.late", summary=event.summary, date=was),
        description=_description(t("calendar.late_description", date=was), event.description),
    )


def _still_to_do(event: Event, used: dict[str, tuple[str, ...]]) -> bool:
    """Whether EVENT, past its date, is work still to do: a review or an action, or evidence
    a norm uses that has expired (a past toetsing is not, nor a document kept for the record)."""
    if event.kind == "expires":
        return event.key in used
    return event.kind in ("action", "review", "evidence")


def calendar_events(
    dossier: Dossier, as_of: dt.date, t: Translator, owner: str | None = None
) -> list[Event]:
    """Every deadline of DOSSIER on or after AS_OF, and what is overdue on AS_OF marked late, by
    date, summaries in T's language; only OWNER's deadlines (and everyone's) when given."""
    events = [
        *_milestone_events(dossier, t),
        *_action_events(dossier, t),
        *_document_events(dossier, t),
        *_evidence_events(dossier, t),
    ]
    used = document_users(dossier)
    shown = [
        event if event.day >= as_of else _overdue(event, as_of, t)
        for event in events
        if event.day >= as_of or _still_to_do(event, used)
    ]
    if owner is not None:
        wanted = owner_key(owner)
        shown = [
            event
            for event in shown
            if event.kind in SHARED_KINDS or wanted in {owner_key(name) for name in event.owners}
        ]
    return sorted(
        shown,
        key=lambda e: (
            e.day,
            e.late_since is None,
            e.late_since or e.day,
            KINDS.index(e.kind),
            e.summary,
            natural_key(e.key),
        ),
    )


def escape_text(value: str) -> str:
    """VALUE as an RFC 5545 TEXT value: through the run's mask (before folding, which could cut
    a number in two), then backslash, ';', ',' and line breaks escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = mask.current().block(_CONTROL.sub("", value))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """LINE folded at 75 octets of UTF-8, never inside a character (RFC 5545, 3.1)."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > MAX_OCTETS:
            parts.append("".join(current))
            # A continuation line starts with a space, which counts towards its 75 octets.
            current, size = [" "], 1
        current.append(char)
        size += octets
    parts.append("".join(current))
    return CRLF.join(parts)


def _alarm(event: Event, days: int) -> list[str]:
    """A reminder DAYS days before EVENT (RFC 5545, 3.6.6: DISPLAY needs a DESCRIPTION)."""
    return [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(event.summary)}",
        f"TRIGGER:-P{days}D",
        "END:VALARM",
    ]


def render_ics(
    events: list[Event],
    *,
    organisation: str,
    calendar_name: str,
    stamp: dt.date,
    version: str = __version__,
    remind_days: int = 0,
) -> str:
    """EVENTS as an iCalendar file: CRLF line endings, lines folded at 75 octets.

    STAMP (the reference date) gives every DTSTAMP, at midnight UTC, so the same input always
    gives the same bytes. With REMIND_DAYS, each coming event has a reminder that many days
    before it (an overdue one needs none: it stands on the reference date).
    """
    dtstamp = f"{compact(stamp)}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID_PREFIX}{version}//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event_uid(event, organisation)}",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{compact(event.day)}",
            # Without DTEND an all-day event lasts that one day (RFC 5545, 3.6.1): the way to
            # write one on 9999-12-31, which has no day after it.
            *([f"DTEND;VALUE=DATE:{compact(end)}"] if (end := day_after(event.day)) else []),
            f"SUMMARY:{escape_text(event.summary)}",
            *([f"DESCRIPTION:{escape_text(event.description)}"] if event.description else []),
            # A deadline is a reminder, not an appointment: it must not mark the day as busy.
            "TRANSP:TRANSPARENT",
            *(_alarm(event, remind_days) if remind_days and event.late_since is None else []),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
