"""The pydantic models of every file swlabel reads: norm sets, config, evidence, register, plan.

Keys are English; values are what the organisation wrote. The models reject unknown keys
(``extra="forbid"``), so a typo never silently drops data.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import PydanticCustomError

from swlabel.rules import RULES

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _parse_date(value: object) -> object:
    """Accept only YYYY-MM-DD (or a date), and say so in the error: no timestamps, no guessing."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise PydanticCustomError("swl_date", "invalid date {value}", {"value": str(value)})


def _check_format_version(value: int) -> int:
    if value != FORMAT_VERSION:
        raise PydanticCustomError(
            "swl_format_version", "unsupported format version", {"value": str(value)}
        )
    return value


def _parse_id_list(value: object) -> object:
    """A single id where a list belongs is almost always meant as a list of one."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


def _none_to_empty_list(value: object) -> object:
    """``evidence:`` with nothing after it means "none yet", not an error."""
    return [] if value is None else value


def _none_to_empty_mapping(value: object) -> object:
    return {} if value is None else value


def _none_to_empty_text(value: object) -> object:
    return "" if value is None else value


def _blank_to_none(value: object) -> object:
    # An empty reason is a missing reason: one melding (the rule that asks for it), not two.
    return None if isinstance(value, str) and not value.strip() else value


# Norm and rubriek ids end up in file names (init writes evidence/<norm id>.md), in anchors of
# the report and in CSV cells, so they are ids and never paths: ASCII letters and digits, in
# groups joined by one dot or dash ("1.10", "A-3", "VM.2a"). No "..", "/", "\\", spaces,
# control characters or leading sign ("=1", "-1" are formulas in Excel), at most 64 characters.
NORM_ID_PATTERN = r"[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*"
NORM_ID_MAX_LENGTH = 64
_NORM_ID = re.compile(NORM_ID_PATTERN)


def _check_norm_id(value: str) -> str:
    if len(value) > NORM_ID_MAX_LENGTH or not _NORM_ID.fullmatch(value):
        raise PydanticCustomError(
            "swl_normset", "norm set: {kind} {value}", {"kind": "norm_id", "value": value}
        )
    return value


FORMAT_VERSION = 1
FormatVersion = Annotated[int, AfterValidator(_check_format_version)]
Date = Annotated[dt.date, BeforeValidator(_parse_date)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Identifier = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[^\s]+$")]
NormId = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_check_norm_id)]
IdList = Annotated[tuple[Identifier, ...], BeforeValidator(_parse_id_list)]
OptionalText = Annotated[str, BeforeValidator(_none_to_empty_text)]

Status = Literal[
    "compliant", "partially_compliant", "non_compliant", "not_applicable", "not_assessed"
]
STATUSES: tuple[Status, ...] = (
    "compliant",
    "partially_compliant",
    "non_compliant",
    "not_applicable",
    "not_assessed",
)
ActionStatus = Literal["open", "in_progress", "done", "cancelled"]
OPEN_ACTIONS: frozenset[ActionStatus] = frozenset({"open", "in_progress"})
CLOSED_ACTIONS: frozenset[ActionStatus] = frozenset({"done", "cancelled"})
ActionSource = Literal["zelfevaluatie", "toetsing", "intern"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- the norm set --------------------------------------------------------------------------


class Localized(_Model):
    nl: Text
    en: Text | None = None

    def get(self, language: str) -> str:
        return self.en if language == "en" and self.en else self.nl


class ScopeQuestion(_Model):
    id: Identifier
    question: Localized


class Rubriek(_Model):
    """One of the groups of norms (Vakmanschap, Dienstverlening, Organisatie en bestuur)."""

    id: NormId
    title: Text
    description: OptionalText = ""


class Term(_Model):
    term: Text
    definition: Text
    in_scope: bool | None = None


class Aspect(_Model):
    """A separate thing a norm's text asks for; swlabel's reading of the norm."""

    id: Identifier
    label: Text


class Norm(_Model):
    id: NormId
    rubriek: NormId
    text: Text
    applies_if: Identifier | None = None
    aspects: tuple[Aspect, ...] = ()


class NormSet(_Model):
    format_version: FormatVersion
    id: Identifier
    version: Text
    title: Text
    publisher: Text
    effective_date: Date | None = None
    source: OptionalText = ""
    source_url: str | None = None
    copyright: OptionalText = ""
    aspects_note: Localized | None = None
    scope_questions: tuple[ScopeQuestion, ...] = ()
    rubrieken: tuple[Rubriek, ...] = Field(min_length=1)
    terms: tuple[Term, ...] = ()
    norms: tuple[Norm, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> NormSet:
        rubrieken: set[str] = set()
        for index, rubriek in enumerate(self.rubrieken):
            if rubriek.id in rubrieken:
                raise _structure_error("duplicate_rubriek", ("rubrieken", index, "id"), rubriek.id)
            rubrieken.add(rubriek.id)
        questions = {question.id for question in self.scope_questions}
        seen: set[str] = set()
        for index, norm in enumerate(self.norms):
            if norm.id in seen:
                raise _structure_error("duplicate_norm", ("norms", index, "id"), norm.id)
            seen.add(norm.id)
            if norm.rubriek not in rubrieken:
                raise _structure_error("unknown_rubriek", ("norms", index, "rubriek"), norm.rubriek)
            if norm.applies_if is not None and norm.applies_if not in questions:
                raise _structure_error(
                    "unknown_scope_question", ("norms", index, "applies_if"), norm.applies_if
                )
            aspect_ids = [aspect.id for aspect in norm.aspects]
            for position, aspect_id in enumerate(aspect_ids):
                if aspect_id in aspect_ids[:position]:
                    # at the second one, so that it alone can be left out (#13)
                    loc = ("norms", index, "aspects", position, "id")
                    raise _structure_error("duplicate_aspect", loc, norm.id)
        return self

    def norm(self, norm_id: str) -> Norm | None:
        return self.norms_by_id.get(norm_id)

    @cached_property
    def norms_by_id(self) -> dict[str, Norm]:
        return {norm.id: norm for norm in self.norms}


def _structure_error(kind: str, loc: tuple[str | int, ...], value: str) -> PydanticCustomError:
    return PydanticCustomError(
        "swl_normset", "norm set: {kind} {value}", {"kind": kind, "value": value, "loc": loc}
    )


# --- the organisation's repository ---------------------------------------------------------


RuleLevel = Literal["error", "warning", "off"]


class CheckSettings(_Model):
    """The ``check:`` section of swlabel.yaml."""

    min_coverage: Annotated[float, Field(ge=0, le=100)] | None = None
    max_assessment_age_months: Annotated[int, Field(ge=1)] = 12
    max_file_mb: Annotated[int, Field(ge=1, le=1024)] = 16
    levels: Annotated[dict[Identifier, RuleLevel], BeforeValidator(_none_to_empty_mapping)] = Field(
        default_factory=dict
    )

    @model_validator(mode="after")
    def _known_rules(self) -> CheckSettings:
        for code in self.levels:
            if code.upper() not in RULES:
                raise PydanticCustomError(
                    "swl_unknown_rule",
                    "unknown rule",
                    {"value": code, "loc": ("check", "levels", code)},
                )
        return self


class FollowUpTerm(_Model):
    """How long a certification body gives to follow verbeterpunten up."""

    body: Text
    days: Annotated[int, Field(ge=1, le=3650)]


class AuditSettings(_Model):
    """The ``audits:`` section of swlabel.yaml: what follows from a toetsing."""

    certificate_years: Annotated[int, Field(ge=1, le=10)] = 2
    warn_months_before_end: Annotated[int, Field(ge=0, le=36)] = 6
    # Days after the toetsing within which verbeterpunten must be followed up, per
    # certification body (the bodies differ); used when a verbeterpunt names no deadline.
    follow_up: Annotated[tuple[FollowUpTerm, ...], BeforeValidator(_none_to_empty_list)] = ()


class InterviewGroup(_Model):
    """A group the toetser can interview: the id evidence files name under ``interviewees``,
    and the name every output shows ("or" is shown as "OR")."""

    id: Identifier
    name: Text


class CalendarSettings(_Model):
    """The ``calendar:`` section of swlabel.yaml: what ``swlabel calendar`` writes."""

    # A reminder this many days before each deadline (VALARM); 0: none.
    remind_days: Annotated[int, Field(ge=0, le=365)] = 7


class Config(_Model):
    """``swlabel.yaml``: who the organisation is, which norm set it uses, and its scope."""

    format_version: FormatVersion
    organisation: Text
    norms: Text = "kwaliteitslabel-sociaal-werk-2019"
    language: Literal["nl", "en"] = "nl"
    next_audit: Date | None = None
    scope: Annotated[dict[Identifier, bool], BeforeValidator(_none_to_empty_mapping)] = Field(
        default_factory=dict
    )
    check: Annotated[CheckSettings, BeforeValidator(_none_to_empty_mapping)] = Field(
        default_factory=CheckSettings
    )
    audits: Annotated[AuditSettings, BeforeValidator(_none_to_empty_mapping)] = Field(
        default_factory=AuditSettings
    )
    calendar: Annotated[CalendarSettings, BeforeValidator(_none_to_empty_mapping)] = Field(
        default_factory=CalendarSettings
    )
    # Empty: the usual groups (swlabel.domain.interviews.BUILTIN_GROUPS).
    interview_groups: Annotated[
        tuple[InterviewGroup, ...], BeforeValidator(_none_to_empty_list)
    ] = ()


class Waiver(_Model):
    """Silences one melding in the evidence file it stands in, for a stated reason."""

    rule: Identifier
    match: OptionalText = ""  # text the melding must contain; empty matches all of the rule
    reason: Text


class EvidenceItem(_Model):
    """One piece of evidence: a reference to the register, or a document described inline."""

    document: Identifier | None = None
    title: Text | None = None
    kind: Text | None = None
    path: Text | None = None
    url: Text | None = None
    date: Date | None = None
    valid_until: Date | None = None
    aspects: IdList = ()

    @model_validator(mode="after")
    def _reference_or_inline(self) -> EvidenceItem:
        inline = [
            name
            for name in ("title", "kind", "path", "url", "date", "valid_until")
            if getattr(self, name) is not None
        ]
        if self.document is not None:
            if inline:
                raise PydanticCustomError(
                    "swl_reference_and_inline",
                    "document and inline fields",
                    {"fields": ", ".join(inline)},
                )
            return self
        if self.title is None:
            raise PydanticCustomError("swl_item_without_title", "an item needs a title")
        if (self.path is None) == (self.url is None):
            raise PydanticCustomError("swl_path_xor_url", "exactly one of path and url")
        return self


class EvidenceFile(_Model):
    """``evidence/<norm id>.md`` or ``.yaml``: the self-assessment of one norm."""

    norm: Identifier
    status: Status = "not_assessed"
    assessed_by: Text | None = None
    assessed_on: Date | None = None
    not_applicable_reason: Annotated[Text | None, BeforeValidator(_blank_to_none)] = None
    evidence: Annotated[tuple[EvidenceItem, ...], BeforeValidator(_none_to_empty_list)] = ()
    interviewees: IdList = ()
    actions: IdList = ()
    waivers: Waivers = ()
    narrative: OptionalText = ""


class RegisterDocument(_Model):
    """A document in the register, referred to from evidence files by its id."""

    id: Identifier
    title: Text
    kind: Text | None = None
    path: Text | None = None
    url: Text | None = None
    owner: Text | None = None
    date: Date | None = None
    review_date: Date | None = None
    valid_until: Date | None = None

    @model_validator(mode="after")
    def _path_xor_url(self) -> RegisterDocument:
        if (self.path is None) == (self.url is None):
            raise PydanticCustomError("swl_path_xor_url", "exactly one of path and url")
        return self


Waivers = Annotated[tuple[Waiver, ...], BeforeValidator(_none_to_empty_list)]


class RegisterFile(_Model):
    documents: Annotated[tuple[RegisterDocument, ...], BeforeValidator(_none_to_empty_list)] = ()
    waivers: Waivers = ()


class ImprovementAction(_Model):
    """A verbeteractie: what the organisation does to improve, for which norms, by when."""

    id: Identifier
    title: Text
    description: OptionalText = ""
    norms: IdList = ()
    improvement_point: Identifier | None = None  # the verbeterpunt of a toetsing it answers
    source: ActionSource = "zelfevaluatie"
    owner: Text | None = None
    due: Date | None = None
    status: ActionStatus = "open"
    done_on: Date | None = None


class ImprovementPlan(_Model):
    actions: Annotated[tuple[ImprovementAction, ...], BeforeValidator(_none_to_empty_list)] = ()
    waivers: Waivers = ()


# --- toetsingen ----------------------------------------------------------------------------

AuditRoute = Literal["external", "peer"]
Judgement = Literal["compliant", "partially_compliant", "non_compliant", "not_applicable"]


class ImprovementPoint(_Model):
    """A verbeterpunt: what the toetser asks the organisation to improve."""

    id: Identifier
    norms: IdList = ()
    description: OptionalText = ""
    deadline: Date | None = None


class Audit(_Model):
    """``audits/<name>.yaml``: one toetsing and its outcome.

    An external audit by a certification body leads to a certificate; an intercollegiale
    adviesmeting (route ``peer``) leads to a leerrapport and registration, not a certificate.
    """

    date: Date
    route: AuditRoute
    body: Text | None = None  # the certification body, for an external audit
    peers: IdList = ()  # the peer organisations, for an intercollegiale adviesmeting
    scope: OptionalText = ""
    decision_date: Date | None = None
    certificate_valid_until: Date | None = None
    judgements: Annotated[dict[Identifier, Judgement], BeforeValidator(_none_to_empty_mapping)] = (
        Field(default_factory=dict)
    )
    strengths: Annotated[tuple[Text, ...], BeforeValidator(_none_to_empty_list)] = ()
    improvement_points: Annotated[
        tuple[ImprovementPoint, ...], BeforeValidator(_none_to_empty_list)
    ] = ()
    waivers: Waivers = ()
