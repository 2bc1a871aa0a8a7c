"""Loading an organisation's evidence repository into a :class:`Dossier`: the meldingen of
reading each file (SWL1xx), and what it set aside as facts for checks/references.py.

Layout (all names relative to the repository root)::

    swlabel.yaml                 the config
    evidence/<norm id>.md|.yaml  one self-assessment per norm
    audits/*.yaml                one file per toetsing and its outcome
    register.yaml, register/*.yaml
                                 the document register (several files avoid merge conflicts)
    improvement-plan.yaml        the verbeterplan
"""

from __future__ import annotations

import difflib
import errno
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Generic, TypeVar

from swlabel.doors import paths
from swlabel.errors import ConfigError
from swlabel.load.normsets import load_normset_kept
from swlabel.load.placeholders import PLAIN, Placeholders
from swlabel.load.sources import ParsedFile, SourceFile, make_problem, read_file, read_files
from swlabel.load.validation import (
    Drop,
    Kept,
    LocTuple,
    Policy,
    Repair,
    Replace,
    drop_the_value,
    validate,
    validate_keeping,
)
from swlabel.models import (
    FORMAT_VERSION,
    Audit,
    Config,
    EvidenceFile,
    ImprovementAction,
    ImprovementPlan,
    ImprovementPoint,
    NormSet,
    RegisterDocument,
    RegisterFile,
    Waiver,
)
from swlabel.problems import Arg, Problem, msg, natural_key

CONFIG_FILE = "swlabel.yaml"
EVIDENCE_DIR = "evidence"
REGISTER_FILE = "register.yaml"
REGISTER_DIR = "register"
PLAN_FILE = "improvement-plan.yaml"
AUDIT_DIR = "audits"
EVIDENCE_SUFFIXES = (".md", ".yaml", ".yml")
YAML_SUFFIXES = (".yaml", ".yml")

T = TypeVar("T")
E = TypeVar("E", RegisterFile, ImprovementPlan)  # files with a list of entries that have ids
M = TypeVar("M", RegisterFile, ImprovementPlan, Audit)


@dataclass(frozen=True)
class Located(Generic[T]):
    """A value read from a file, with where it stands there (for meldingen about it later)."""

    value: T
    source: SourceFile
    loc: tuple[str | int, ...] = ()
    # Fields that were wrong and left out (or replaced): each has its melding, and a document
    # whose dates, path or url were wrong cannot prove anything (see coverage.item_validity).
    invalid: frozenset[str] = frozenset()


@dataclass(frozen=True)
class InvalidItem:
    """An evidence item with a wrong field: left out of coverage, shown with its melding."""

    index: int  # in the file, from 0
    label: str  # its title, document id, path or url as written; "" when it has none
    document: str | None = None  # the register document it names, as written


@dataclass(frozen=True)
class EvidenceRecord:
    """One norm's evidence file, with everything in it that is valid (``file``: an item without
    a valid title, document, path or url is left out as invalid; SOURCE locates the kept items
    in the file's own numbering)."""

    norm_id: str
    path: str
    file: EvidenceFile
    source: SourceFile
    invalid_items: tuple[InvalidItem, ...] = ()
    # The index in the file of each item of ``file.evidence`` (invalid items are left out).
    item_indices: tuple[int, ...] = ()
    # Items of ``file.evidence`` (by their index there) that lost a wrong field (a date, a kind,
    # an aspect): they stay for every check, but prove nothing (see coverage.item_validity).
    wrong_items: frozenset[int] = frozenset()
    # A wrong status is left out, so the norm counts as not assessed; every output says the
    # status is invalid, never a silent "not assessed" (#13).
    status_invalid: bool = False
    # The fields could not be read at all (a YAML syntax error): no field counts, but the norm
    # and its narrative stay in the dossier with the melding.
    unreadable: bool = False


@dataclass(frozen=True)
class DuplicateFile:
    """An evidence file of a norm that already has one (FIRST): left out (SWL202)."""

    path: str
    norm_id: str
    first: str


@dataclass(frozen=True)
class DuplicateId:
    """A register document, verbeteractie or verbeterpunt whose id the one kept (FIRST) already
    has: left out (SWL209)."""

    id: str
    entry: Located[Any]
    first: Located[Any]


@dataclass
class Dossier:
    """Everything an organisation keeps for the label, as loaded from its repository."""

    root: Path
    config: Config
    normset: NormSet
    evidence: dict[str, EvidenceRecord] = field(default_factory=dict)
    documents: dict[str, Located[RegisterDocument]] = field(default_factory=dict)
    actions: dict[str, Located[ImprovementAction]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Norm ids that have a file in evidence/, readable or not (so a broken file is not also
    # reported as missing).
    evidence_files: set[str] = field(default_factory=set)
    # Folders that could not be read (a melding each): what is in them is unknown, so nothing
    # is called missing because of them.
    unreadable_folders: set[str] = field(default_factory=set)
    # The decoded text of every file read, by path, for checks over raw text (privacy).
    texts: dict[str, str] = field(default_factory=dict)
    # Every waiver, in whichever file it stands; it applies to meldingen in that file.
    waivers: list[Located[Waiver]] = field(default_factory=list)
    # The toetsingen, oldest first, and their verbeterpunten by id.
    audits: list[Located[Audit]] = field(default_factory=list)
    improvement_points: dict[str, Located[ImprovementPoint]] = field(default_factory=dict)
    # The words that stood in for wrong values while loading (see load.placeholders).
    placeholders: Placeholders = field(default_factory=Placeholders)
    # What the loader set aside, as facts; checks/references.py makes the meldingen (SWL2xx).
    # Evidence files whose name is no norm of the set, by path: the norm id the name gives.
    foreign_files: dict[str, str] = field(default_factory=dict)
    duplicate_files: list[DuplicateFile] = field(default_factory=list)
    duplicate_ids: list[DuplicateId] = field(default_factory=list)
    # Files and folders of the dossier that lead out of the repository, never read, by path:
    # why ("link_outside", or "outside" for a path that leaves it).
    refused: dict[str, str] = field(default_factory=dict)

    def audit_of(self, point_id: str) -> Audit | None:
        """The toetsing a verbeterpunt comes from."""
        for located in self.audits:
            if any(point.id == point_id for point in located.value.improvement_points):
                return located.value
        return None

    @property
    def max_bytes(self) -> int:
        return self.config.check.max_file_mb * 1024 * 1024

    def norm_applies(self, norm_id: str) -> bool:
        """Whether the scope answers in the config leave the norm in scope (unanswered: yes)."""
        norm = self.normset.norm(norm_id)
        if norm is None or norm.applies_if is None:
            return True
        return self.config.scope.get(norm.applies_if, True)


def document_users(dossier: Dossier) -> dict[str, tuple[str, ...]]:
    """Per register document, the norms whose evidence refers to it, in natural order."""
    users: dict[str, list[str]] = {}
    # The norms in natural order (a stable sort: as sorting each document's norms would), so
    # each document's list is in order as it is made, with no sort per document.
    for norm_id in sorted(dossier.evidence, key=natural_key):
        record = dossier.evidence[norm_id]
        # An item left out as invalid still names its document (one mistake, one melding).
        named = [item.document for item in record.file.evidence]
        named += [item.document for item in record.invalid_items]
        for document in named:
            if document is None:
                continue
            norms = users.setdefault(document, [])
            if not norms or norms[-1] != norm_id:
                norms.append(norm_id)
    return {key: tuple(value) for key, value in users.items()}


def find_root(start: Path) -> Path:
    """The nearest folder at or above START that holds a swlabel.yaml."""
    start = start.resolve()
    if not start.exists():
        raise ConfigError(msg("repo.missing_dir", path=start.as_posix()))
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
    raise ConfigError(msg("repo.no_config", path=start.as_posix()))


def load_config(root: Path, placeholders: Placeholders = PLAIN) -> Config:
    """The configuration in ROOT/swlabel.yaml, with every valid value (see :func:`read_config`;
    its meldingen are the dossier's, made by :func:`load_repository`)."""
    return read_config(root, placeholders).config


def read_config(root: Path, placeholders: Placeholders = PLAIN) -> ConfigRead:
    """Read ROOT/swlabel.yaml keeping every valid value: an unknown or wrong key is a melding and
    gives way to its default (#13). Only a file that cannot be read as a mapping at all raises
    ConfigError: without it swlabel does not know which norm set the dossier follows."""
    parsed = read_file(root, CONFIG_FILE)
    problems = list(parsed.problems)
    # A key written twice still leaves a mapping (its last value, with a melding); a file
    # YAML cannot read, or one that is no mapping, leaves nothing to keep.
    if isinstance(parsed.data, dict):
        kept = validate_keeping(Config, parsed.data, parsed.source, _config_policy(placeholders))
        problems += kept.problems
        if kept.value is not None:
            return ConfigRead(kept.value, problems, frozenset(kept.repaired))
    elif parsed.data is not None or not problems:
        problems += validate(Config, parsed.data, parsed.source)[1]
    raise ConfigError(msg("config.invalid", path=CONFIG_FILE), problems)


@dataclass(frozen=True)
class ConfigRead:
    """swlabel.yaml as read: the configuration used, and a melding per wrong value."""

    config: Config
    problems: list[Problem]
    # The places in the file whose value was wrong and gave way to a default or a placeholder.
    repaired: frozenset[LocTuple] = frozenset()


def _config_policy(placeholders: Placeholders) -> Policy:
    """A wrong value of swlabel.yaml gives way to its default, and a wrong entry of a mapping or
    list (a scope answer, a rule's level, a follow-up term) is left out. The two fields without
    a default get one: the format version swlabel reads, and a placeholder for the organisation
    that every output shows as such."""

    def policy(loc: LocTuple, kind: str, data: Any) -> Repair | None:
        if not loc:
            return None
        if loc[0] == "format_version" and len(loc) == 1:
            return Replace(loc, FORMAT_VERSION)
        if loc[0] == "organisation" and len(loc) == 1:
            return Replace(loc, placeholders.organisation)
        return drop_the_value(loc, kind, data)

    return policy


def load_repository(
    root: Path, config: Config | None = None, placeholders: Placeholders = PLAIN
) -> Dossier:
    """Load ROOT. A config or norm set that cannot be used raises ConfigError; all else is a
    melding. CONFIG, when given, is the one read before (for its language); swlabel.yaml is
    read again here all the same, so that its placeholder is the one of PLACEHOLDERS (the words
    that stand for wrong values, in the output's language)."""
    read = read_config(root, placeholders)
    if config is None or read.repaired:
        config = read.config
    normset, normset_problems = load_normset_kept(config.norms, root, placeholders)
    problems = [*read.problems, *normset_problems]
    dossier = Dossier(
        root=root, config=config, normset=normset, problems=problems, placeholders=placeholders
    )
    evidence = [
        (relpath, relpath.lower().endswith(".md"))
        for relpath in _files(dossier, EVIDENCE_DIR, EVIDENCE_SUFFIXES)
    ]
    register = [REGISTER_FILE] if _present(root, REGISTER_FILE) else []
    register += _files(dossier, REGISTER_DIR, YAML_SUFFIXES)
    plan = [PLAN_FILE] if _present(root, PLAN_FILE) else []
    audits = _files(dossier, AUDIT_DIR, YAML_SUFFIXES)
    requests = [*evidence, *((relpath, False) for relpath in (*register, *plan, *audits))]
    parsed = dict(
        zip(
            (relpath for relpath, _ in requests),
            read_files(root, requests, max_bytes=dossier.max_bytes),
            strict=True,
        )
    )
    # Each file's data is let go of once it is validated (pop): the models hold what is kept.
    _load_evidence(dossier, ((relpath, parsed.pop(relpath)) for relpath, _ in evidence))
    for relpath in register:
        _load_entries(dossier, parsed.pop(relpath), RegisterFile, "documents", dossier.documents)
    for relpath in plan:
        _load_entries(dossier, parsed.pop(relpath), ImprovementPlan, "actions", dossier.actions)
    _load_audits(dossier, (parsed.pop(relpath) for relpath in audits))
    return dossier


def _files(dossier: Dossier, folder: str, suffixes: tuple[str, ...]) -> list[str]:
    """The files in FOLDER that swlabel reads, as paths relative to the root, in natural order.

    A folder that cannot be read (no permission) is a melding and the run goes on without it;
    a folder that is a link to outside the repository is reported, and not listed.
    """
    problems = dossier.problems
    try:
        entries = paths.list_folder(dossier.root, folder)
    except paths.Refused:
        dossier.unreadable_folders.add(folder)
        dossier.refused[folder] = "link_outside"
        return []
    except OSError as error:
        reason = error.strerror or str(error)
        dossier.unreadable_folders.add(folder)
        problems.append(make_problem(folder, 1, 1, "SWL104", msg("SWL104.folder", reason=reason)))
        return []
    found = [
        entry.name
        for entry in entries or ()
        if PurePosixPath(entry.name).suffix.lower() in suffixes
        and not entry.name.startswith(".")
        and (entry.is_file or entry.is_link)  # a broken link is reported, not skipped
    ]
    return [f"{folder}/{name}" for name in sorted(found, key=natural_key)]


def _present(root: Path, relpath: str) -> bool:
    """Whether RELPATH is there to be read: anything but a folder or nothing. What cannot be
    read (a link to outside, no permission, a pipe) is there, and reading it says why."""
    try:
        return not stat.S_ISDIR(paths.look(root, relpath).st_mode)
    except paths.Refused:
        return True
    except FileNotFoundError:
        return False
    except OSError as error:
        return error.errno != errno.ENOTDIR


# Above this many choices, only those of about the same length that share the first letter
# are compared: difflib compares with every choice, and a register of thousands of documents
# would make each unknown reference cost a second.
_SUGGEST_ALL = 300


def suggest(value: str, choices: list[str]) -> tuple[str, ...]:
    """The choices nearest to VALUE (at most three, nearest first), or none."""
    if len(choices) > _SUGGEST_ALL:
        size = len(value)
        choices = [
            choice
            for choice in _by_first_letter(tuple(choices)).get(value[:1].casefold(), ())
            if abs(len(choice) - size) <= 3
        ]
    return tuple(difflib.get_close_matches(value, choices, n=3, cutoff=0.6))


def did_you_mean(value: str, choices: list[str]) -> Arg:
    """The hint of a melding about an unknown VALUE: " (bedoelde u '1.10'?)" for the nearest
    CHOICES, or nothing."""
    matches = suggest(value, choices)
    if not matches:
        return ""
    return msg("schema.did_you_mean", suggestion="', '".join(matches))


# The same list of ids is asked about for every unknown reference in a run.
@lru_cache(maxsize=8)
def _by_first_letter(choices: tuple[str, ...]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for choice in choices:
        index.setdefault(choice[:1].casefold(), []).append(choice)
    return index


def _load_evidence(dossier: Dossier, files: Iterable[tuple[str, ParsedFile]]) -> None:
    for relpath, parsed in files:
        norm_id = PurePosixPath(relpath).stem
        dossier.evidence_files.add(norm_id)
        markdown = relpath.lower().endswith(".md")
        dossier.texts[relpath] = parsed.text
        _take_problems(dossier, parsed)
        known = dossier.normset.norm(norm_id) is not None
        kept = None if parsed.failed else _validate_evidence(parsed, norm_id, markdown, dossier)
        if kept is not None:
            dossier.problems.extend(kept.problems)
        if kept is None or kept.value is None:
            # Unreadable fields: the norm stays in the dossier (not assessed, with its
            # melding and narrative), unless another file of the norm can be read.
            if known and norm_id not in dossier.evidence:
                dossier.evidence[norm_id] = _unreadable(norm_id, relpath, parsed)
            continue
        evidence, source = kept.value, kept.source
        if not known:
            dossier.foreign_files[relpath] = norm_id
            continue
        if evidence.norm != norm_id:
            name = PurePosixPath(relpath).name
            message = msg("SWL108.message", norm=evidence.norm, file=name, id=norm_id)
            dossier.problems.append(source.problem("SWL108", message, ("norm",), subject=norm_id))
        present = dossier.evidence.get(norm_id)
        if present is not None and not present.unreadable:
            dossier.duplicate_files.append(DuplicateFile(relpath, norm_id, present.path))
            continue
        dossier.evidence[norm_id] = _evidence_record(norm_id, relpath, kept, parsed.data)
        _add_waivers(dossier, evidence.waivers, source)


def _validate_evidence(
    parsed: ParsedFile, norm_id: str, markdown: bool, dossier: Dossier
) -> Kept[EvidenceFile]:
    """Validate an evidence file, keeping every valid value (its meldingen are in the result)."""
    data = parsed.data
    early: list[Problem] = []
    if markdown and isinstance(data, dict) and "narrative" in data:
        # The narrative of a Markdown file is its body; one in the front matter is left out.
        message = msg("schema.narrative_in_front_matter")
        loc = ("narrative",)
        early.append(parsed.source.problem("SWL106", message, loc, key=True, subject="narrative"))
        data = {key: value for key, value in data.items() if key != "narrative"}
    policy = _evidence_policy(norm_id, dossier.placeholders.invalid_reason)
    kept = validate_keeping(EvidenceFile, data, parsed.source, policy)
    value = kept.value
    if value is not None and markdown:
        value = value.model_copy(update={"narrative": parsed.body})
    return Kept(value, [*early, *kept.problems], kept.repaired, kept.source)


_EVIDENCE_LISTS = ("evidence", "interviewees", "actions", "waivers")


# The fields of an evidence item that can be left out with the item still standing (it then
# proves nothing); without a valid document, title, path or url the item is left out.
_ITEM_EXTRAS = frozenset({"kind", "date", "valid_until", "aspects"})


def _evidence_policy(norm_id: str, invalid_reason: str) -> Policy:
    """A wrong evidence item, interviewee, action or waiver costs that entry (an item's wrong
    date, kind, aspect or unknown key costs only that value, and the item proves nothing); a
    wrong norm gives way to the file's own id (its name); any other wrong field is left out (a
    status: the norm counts as not assessed). A wrong reason for not_applicable gives way to
    INVALID_REASON, so the rule that asks for a reason does not speak up as well."""

    def policy(loc: LocTuple, kind: str, data: Any) -> Repair | None:
        if not loc:
            return None
        if loc[0] == "norm":
            return Replace(("norm",), norm_id)
        if loc == ("not_applicable_reason",):
            return Replace(loc, invalid_reason)
        if (
            loc[0] == "evidence"
            and len(loc) >= 3
            and isinstance(loc[1], int)
            and (kind == "extra_forbidden" or loc[2] in _ITEM_EXTRAS)
        ):
            return Drop(loc[:4] if loc[2] == "aspects" and len(loc) >= 4 else loc[:3])
        if loc[0] in _EVIDENCE_LISTS and len(loc) >= 2 and isinstance(loc[1], int):
            return Drop(loc[:2])
        return Drop(loc[:1])

    return policy


def _evidence_record(
    norm_id: str, relpath: str, kept: Kept[EvidenceFile], data: Any
) -> EvidenceRecord:
    assert kept.value is not None
    items = data.get("evidence") if isinstance(data, dict) else None
    gone = sorted(
        loc[1]
        for loc in kept.repaired
        if len(loc) == 2 and loc[0] == "evidence" and isinstance(loc[1], int)
    )
    written = items if isinstance(items, list) else []
    invalid = tuple(
        InvalidItem(index, *_item_names(written[index] if index < len(written) else None))
        for index in gone
    )
    indices = tuple(_kept_indices(kept.repaired, "evidence", len(kept.value.evidence)))
    wrong = {loc[1] for loc in kept.repaired if len(loc) >= 3 and loc[0] == "evidence"}
    return EvidenceRecord(
        norm_id,
        relpath,
        kept.value,
        kept.source,
        invalid_items=invalid,
        item_indices=indices,
        wrong_items=frozenset(at for at, index in enumerate(indices) if index in wrong),
        status_invalid=kept.was_repaired("status"),
    )


def _item_names(item: Any) -> tuple[str, str | None]:
    """What to call an invalid evidence item (its title, document, path or url as written),
    and the register document it names."""
    if isinstance(item, str):
        return " ".join(item.split()), None
    if not isinstance(item, dict):
        return "", None
    document = item.get("document")
    named = document.strip() if isinstance(document, str) and document.strip() else None
    for name in ("title", "document", "path", "url"):
        value = item.get(name)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = " ".join(str(value).split())
            if text:
                return text, named
    return "", named


def _unreadable(norm_id: str, relpath: str, parsed: ParsedFile) -> EvidenceRecord:
    # Built without validation: nothing of the fields is known, only the narrative after the
    # front matter (when its end could be found).
    empty = EvidenceFile.model_construct(norm=norm_id, narrative=parsed.body)
    return EvidenceRecord(norm_id, relpath, empty, parsed.source, unreadable=True)


def _load_entries(
    dossier: Dossier,
    parsed: ParsedFile,
    model: type[E],
    key: str,
    table: dict[str, Located[Any]],
) -> None:
    """Take in a file holding a list of entries with ids (register documents or actions). A
    wrong field costs only that field: the entry stays, so nothing that refers to it breaks."""
    policy = _entry_policy(key, dossier.placeholders.invalid_place)
    kept = _take_model(dossier, parsed, model, policy)
    if kept is None or kept.value is None:
        return
    source = kept.source
    wrong = _wrong_fields(kept.repaired, key)
    original = _kept_indices(kept.repaired, key, len(getattr(kept.value, key)))
    for index, entry in enumerate(getattr(kept.value, key)):
        invalid = wrong.get(original[index], frozenset())
        located = Located(entry, source, (key, index), invalid)
        _add_unique(table, entry.id, located, dossier.duplicate_ids)
    _add_waivers(dossier, kept.value.waivers, source)


def _entry_policy(key: str, invalid_place: str) -> Policy:
    """Register documents and actions: a wrong field is left out; an entry without a valid id
    cannot be referred to and is left out; a wrong title gives way to the id, so the entry
    still shows; of a path and a url together, the url is left out; a document whose only path
    or url was wrong keeps INVALID_PLACE as its url (no link, nothing to open), so it still
    exists for the norms that cite it and proves nothing (its path or url is in ``invalid``)."""
    placeless: set[LocTuple] = set()

    def policy(loc: LocTuple, kind: str, data: Any) -> Repair | None:
        if not loc:
            return None
        if loc[0] != key or len(loc) < 2:
            return drop_the_value(loc[:2], kind, data) if loc[0] == "waivers" else Drop(loc[:1])
        item: LocTuple = loc[:2]
        entry = _at(data, item)
        if len(loc) == 2:
            if kind == "swl_path_xor_url" and isinstance(entry, dict) and "url" in entry:
                return Drop((*item, "url"))
            if kind == "swl_path_xor_url" and item in placeless:
                return Replace((*item, "url"), invalid_place)
            return Drop(item)
        field_name = loc[2]
        if field_name == "id":
            return Drop(item)
        if field_name in ("path", "url"):
            placeless.add(item)
        if field_name == "title" and isinstance(entry, dict):
            ident = entry.get("id")
            if isinstance(ident, str) and ident.strip():
                return Replace((*item, "title"), ident.strip())
            return Drop(item)
        return Drop(loc[:3])

    return policy


def _at(data: Any, loc: LocTuple) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _wrong_fields(repaired: tuple[LocTuple, ...], key: str) -> dict[int, frozenset[str]]:
    """The fields left out or replaced per entry (by the entry's index in the file)."""
    wrong: dict[int, set[str]] = {}
    for loc in repaired:
        if len(loc) >= 3 and loc[0] == key and isinstance(loc[1], int):
            wrong.setdefault(loc[1], set()).add(str(loc[2]))
    return {index: frozenset(names) for index, names in wrong.items()}


def _kept_indices(repaired: tuple[LocTuple, ...], key: str, count: int) -> list[int]:
    """The index in the file of each entry that was kept (entries left out are skipped)."""
    gone = {loc[1] for loc in repaired if len(loc) == 2 and loc[0] == key}
    kept: list[int] = []
    index = 0
    while len(kept) < count:
        if index not in gone:
            kept.append(index)
        index += 1
    return kept


def _take_model(
    dossier: Dossier,
    parsed: ParsedFile,
    model: type[M],
    policy: Policy = drop_the_value,
) -> Kept[M] | None:
    """Validate a file read as MODEL, keeping what is valid; its meldingen go to the dossier."""
    dossier.texts[parsed.source.path] = parsed.text
    _take_problems(dossier, parsed)
    if parsed.failed:
        return None
    kept = validate_keeping(model, parsed.data, parsed.source, policy)
    dossier.problems.extend(kept.problems)
    return kept


def _audit_policy(loc: LocTuple, kind: str, data: Any) -> Repair | None:
    """Any wrong value of a toetsing (a judgement, a strength, a verbeterpunt's field) costs
    only that value, and a verbeterpunt without a valid id is left out. A wrong date or route
    keeps the toetsing and its verbeterpunten (the actions that answer them still find them):
    the date gives way to the first day there is, so the toetsing counts as the oldest and
    never as the last, and the route to the one its fields speak of (a body: external)."""
    if not loc:
        return None
    if loc == ("date",):
        return Replace(loc, "0001-01-01")
    if loc == ("route",):
        has_body = isinstance(data, dict) and isinstance(data.get("body"), str)
        return Replace(loc, "external" if has_body else "peer")
    if loc[0] == "improvement_points" and len(loc) >= 3 and loc[2] == "id":
        return Drop(loc[:2])
    return drop_the_value(loc, kind, data)


def _add_waivers(dossier: Dossier, waivers: tuple[Waiver, ...], source: SourceFile) -> None:
    for index, waiver in enumerate(waivers):
        dossier.waivers.append(Located(waiver, source, ("waivers", index)))


def _take_problems(dossier: Dossier, parsed: ParsedFile) -> None:
    """The meldingen of reading a file; a file that leads out of the repository is a fact for
    checks/references.py instead (it was not read)."""
    if parsed.refused:
        dossier.refused[parsed.source.path] = parsed.refused
    else:
        dossier.problems.extend(parsed.problems)


def _add_unique(
    table: dict[str, Located[T]],
    key: str,
    located: Located[T],
    duplicates: list[DuplicateId],
) -> None:
    if key in table:
        duplicates.append(DuplicateId(key, located, table[key]))
        return
    table[key] = located


def _load_audits(dossier: Dossier, files: Iterable[ParsedFile]) -> None:
    for parsed in files:
        kept = _take_model(dossier, parsed, Audit, _audit_policy)
        if kept is None or kept.value is None:
            continue
        audit, source = kept.value, kept.source
        dossier.audits.append(Located(audit, source))
        for index, point in enumerate(audit.improvement_points):
            located = Located(point, source, ("improvement_points", index))
            _add_unique(dossier.improvement_points, point.id, located, dossier.duplicate_ids)
        _add_waivers(dossier, audit.waivers, source)
    dossier.audits.sort(key=lambda located: located.value.date)
