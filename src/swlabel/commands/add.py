"""``swlabel add document``, ``add action`` and ``add toetsing``: append a validated entry to
the register or the improvement plan, keeping the file's comments, layout, line endings and
byte-order mark; or scaffold a new toetsing.

A file is read for an edit by the same rules as ``check`` reads it, and written through
:class:`swlabel.doors.files.RepositoryWriter`: never through a link, never outside the repository.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import sys
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from swlabel.commands.common import open_dossier
from swlabel.commands.init import TerminalPrompter
from swlabel.commands.options import Chdir, CliValueError, Lang, command_line_text, parse_date
from swlabel.doors import paths
from swlabel.doors.files import RepositoryWriter
from swlabel.doors.paths import PathResolver
from swlabel.errors import EXIT_OK, UsageError
from swlabel.i18n import Translator, render
from swlabel.load import edits
from swlabel.load.dossier import (
    AUDIT_DIR,
    PLAN_FILE,
    REGISTER_DIR,
    REGISTER_FILE,
    Dossier,
    Located,
    did_you_mean,
)
from swlabel.load.sources import parse_text, read_file
from swlabel.load.validation import explain, validate
from swlabel.models import (
    AuditRoute,
    EvidenceFile,
    ImprovementAction,
    ImprovementPlan,
    RegisterDocument,
    RegisterFile,
)
from swlabel.output.entries import Value, append_entry
from swlabel.output.scaffold import modeline
from swlabel.output.templating import environment
from swlabel.problems import msg


def _is_register_file(relpath: str) -> bool:
    """Whether RELPATH is a file the loader reads as part of the register."""
    folder, _, name = relpath.partition("/")
    if not name:
        return relpath == REGISTER_FILE
    return folder == REGISTER_DIR and "/" not in name and name.lower().endswith((".yaml", ".yml"))


def _target(dossier: Dossier, directory: Path, to: Path | None, default: str, t: Translator) -> str:
    if to is not None:
        # Relative to the folder named with -C, as if swlabel had been started there (the
        # hint for --to names a file of the repository that way).
        path = Path.cwd() / directory / to
        # As written first, so that a link on the way is seen (and refused) by the writer;
        # resolved only when the spelling leads elsewhere (a link above the repository).
        for candidate in (path, path.parent.resolve() / path.name):
            try:
                relpath = candidate.relative_to(dossier.root).as_posix()
            except ValueError:
                continue
            if not _is_register_file(relpath):
                # Anywhere else swlabel would never read the document again.
                raise UsageError(t("add.not_a_register_file", path=to.as_posix()))
            return relpath
        raise UsageError(t("add.outside", path=to.as_posix()))
    if default == REGISTER_FILE and not os.path.lexists(dossier.root / REGISTER_FILE):
        folder = dossier.root / REGISTER_DIR
        if folder.is_dir() and any(folder.iterdir()):
            raise UsageError(t("add.choose_register"))
    return default


def _read_for_edit(
    writer: RepositoryWriter,
    relpath: str,
    max_bytes: int,
    t: Translator,
    *,
    front_matter: bool = False,
) -> bytes:
    """The bytes of RELPATH, read as check reads it; a file check has a melding about (it is
    not UTF-8, too large, not valid YAML) is refused with that melding."""
    parsed = read_file(writer.root, relpath, max_bytes=max_bytes, front_matter=front_matter)
    if parsed.problems:
        count = len(parsed.problems)
        raise UsageError(t.plural("add.not_edited", count, path=relpath), list(parsed.problems))
    return paths.read_bytes(writer.root, relpath, max_bytes=max_bytes)


def _write_entry(
    dossier: Dossier,
    relpath: str,
    key: str,
    fields: dict[str, Value | None],
    container: type[RegisterFile] | type[ImprovementPlan],
    t: Translator,
) -> None:
    writer = RepositoryWriter(dossier.root)
    schema = "register.schema.json" if key == "documents" else "improvement-plan.schema.json"
    bom = b""
    if writer.look(relpath) is None:
        before = modeline(relpath, schema)
    else:
        raw = _read_for_edit(writer, relpath, dossier.max_bytes, t)
        if raw.startswith(codecs.BOM_UTF8):
            bom, raw = codecs.BOM_UTF8, raw[len(codecs.BOM_UTF8) :]
        before = raw.decode("utf-8")
    after = append_entry(before, key, fields)
    parsed = parse_text(after, relpath)
    problems = list(parsed.problems)
    if not problems:
        problems = validate(container, parsed.data, parsed.source)[1]
    if problems:
        # The entry does not fit the file: write nothing.
        detail = "; ".join(f"{p.path}:{p.line}: {render(p.message, t)}" for p in problems[:3])
        raise UsageError(t("add.file_invalid", path=relpath, detail=detail))
    writer.replace(relpath, bom + after.encode("utf-8"))


def _refuse_existing(table: Mapping[str, Located[Any]], key: str, t: Translator) -> None:
    if key in table:
        located = table[key]
        line, _ = located.source.locate((*located.loc, "id"))
        raise UsageError(t("add.exists", id=key, where=f"{located.source.path}:{line}"))


def _check(
    model: type[RegisterDocument] | type[ImprovementAction], data: dict[str, Any], t: Translator
) -> None:
    entry, messages = explain(model, data)
    if entry is None:
        raise UsageError("; ".join(render(message, t) for message in messages))


def _text(name: str, help_key: str, metavar: str = "cli.metavar.text") -> Any:
    """An option that takes a field's value as it is typed; the model checks it (with its
    meldingen) once the entry is complete."""
    return typer.Option(
        f"--{name}",
        metavar=metavar,
        help=help_key,
        show_default=False,
        parser=command_line_text,
    )


def add_document(
    *,
    out: TextIO,
    # Required, but asked for in a terminal when missing (see _ask_missing).
    id: Annotated[str | None, _text("id", "cli.opt.document_id", "cli.metavar.id")] = None,
    title: Annotated[str | None, _text("title", "cli.opt.document_title")] = None,
    kind: Annotated[str | None, _text("kind", "cli.opt.document_kind")] = None,
    path: Annotated[str | None, _text("path", "cli.opt.document_path", "cli.metavar.path")] = None,
    url: Annotated[str | None, _text("url", "cli.opt.document_url", "cli.metavar.url")] = None,
    owner: Annotated[str | None, _text("owner", "cli.opt.document_owner")] = None,
    date: Annotated[str | None, _text("date", "cli.opt.document_date", "cli.metavar.date")] = None,
    review_date: Annotated[
        str | None, _text("review-date", "cli.opt.document_review_date", "cli.metavar.date")
    ] = None,
    valid_until: Annotated[
        str | None, _text("valid-until", "cli.opt.document_valid_until", "cli.metavar.date")
    ] = None,
    to: Annotated[
        Path | None, typer.Option("--to", metavar="cli.metavar.file", help="cli.opt.to")
    ] = None,
    directory: Chdir = None,
    language: Lang = None,
) -> int:
    """Append a document to the register (register.yaml, or the file given with --to)."""
    fields = {
        "id": id,
        "title": title,
        "kind": kind,
        "path": path,
        "url": url,
        "owner": owner,
        "date": date,
        "review_date": review_date,
        "valid_until": valid_until,
    }
    directory = directory or Path()
    dossier, t = open_dossier(directory, language)
    fields = _ask_missing("document", fields, t)
    data = {key: value for key, value in fields.items() if value is not None}
    _check(RegisterDocument, data, t)
    _refuse_existing(dossier.documents, str(data["id"]), t)
    if fields.get("path"):
        found = PathResolver(dossier.root).check(str(fields["path"]))
        if found.verdict in ("outside", "link_outside"):
            raise UsageError(t("SWL206.message", path=fields["path"]))
        if found.verdict != "ok":
            out.write(t("add.path_warning", path=fields["path"]) + "\n")
    relpath = _target(dossier, directory, to, REGISTER_FILE, t)
    _write_entry(dossier, relpath, "documents", dict(fields), RegisterFile, t)
    out.write(t("add.added_document", id=data["id"], path=relpath) + "\n")
    return EXIT_OK


def next_action_id(existing: list[str], today: dt.date) -> str:
    """VA-<year>-<nn>: the first free number this year."""
    prefix = f"VA-{today.year}-"
    numbers = [
        int(match.group(1))
        for key in existing
        if (match := re.fullmatch(re.escape(prefix) + r"(\d+)", key))
    ]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"


def add_action(
    *,
    out: TextIO,
    # Required, but asked for in a terminal when missing (see _ask_missing).
    title: Annotated[str | None, _text("title", "cli.opt.action_title")] = None,
    norm: Annotated[
        list[str] | None,
        typer.Option("--norm", metavar="cli.metavar.id", help="cli.opt.norm", show_default=False),
    ] = None,
    id: Annotated[str | None, _text("id", "cli.opt.action_id", "cli.metavar.id")] = None,
    description: Annotated[str | None, _text("description", "cli.opt.action_description")] = None,
    source: Annotated[str | None, _text("source", "cli.opt.action_source")] = None,
    owner: Annotated[str | None, _text("owner", "cli.opt.action_owner")] = None,
    due: Annotated[str | None, _text("due", "cli.opt.action_due", "cli.metavar.date")] = None,
    status: Annotated[str | None, _text("status", "cli.opt.action_status")] = None,
    directory: Chdir = None,
    language: Lang = None,
) -> int:
    """Append a verbeteractie to improvement-plan.yaml; the id defaults to the next VA number."""
    fields: dict[str, str | None] = {
        "id": id,
        "title": title,
        "description": description,
        "source": source,
        "owner": owner,
        "due": due,
        "status": status,
    }
    dossier, t = open_dossier(directory or Path(), language)
    if norm:
        fields["norms"] = ", ".join(norm)
    fields = _ask_missing("action", fields, t)
    norms = [part.strip() for part in (fields.pop("norms", None) or "").split(",") if part.strip()]
    norm_ids = [norm.id for norm in dossier.normset.norms]
    for norm_id in norms:
        if norm_id not in norm_ids:
            hint = did_you_mean(norm_id, norm_ids)
            message = msg("SWL201.message", id=norm_id, normset=dossier.normset.id, hint=hint)
            raise UsageError(render(message, t))
    values: dict[str, Value | None] = dict(fields)
    if not values.get("id"):
        values["id"] = next_action_id(list(dossier.actions), dt.date.today())
    values["norms"] = norms
    keys = ("id", "title", "description", "norms", "source", "owner", "due", "status", "done_on")
    ordered = {key: values.get(key) for key in keys}
    data = {key: value for key, value in ordered.items() if value not in (None, "", [])}
    _check(ImprovementAction, data, t)
    _refuse_existing(dossier.actions, str(values["id"]), t)
    # Each norm's evidence file names the action too; made (and checked) before anything is
    # written, so a file that cannot take it leaves the plan untouched as well.
    linked = [_link_action(dossier, norm_id, str(values["id"]), t) for norm_id in norms]
    _write_entry(dossier, PLAN_FILE, "actions", ordered, ImprovementPlan, t)
    out.write(t("add.added_action", id=values["id"], path=PLAN_FILE) + "\n")
    writer = RepositoryWriter(dossier.root)
    for norm_id, edit in zip(norms, linked, strict=True):
        if edit is None:
            out.write(t("add.no_evidence_file", id=norm_id) + "\n")
            continue
        relpath, new_bytes = edit
        writer.replace(relpath, new_bytes)
        out.write(t("add.linked_action", id=values["id"], path=relpath) + "\n")
    return EXIT_OK


def _link_action(
    dossier: Dossier, norm_id: str, action_id: str, t: Translator
) -> tuple[str, bytes] | None:
    """The evidence file of NORM_ID with ACTION_ID added to its ``actions``, keeping its
    comments, order, line endings and byte-order mark; None when the norm has no evidence
    file. A file check has a melding about, or whose actions cannot be added to as a minimal
    edit, is refused."""
    record = dossier.evidence.get(norm_id)
    if record is None:
        return None
    relpath = record.path
    writer = RepositoryWriter(dossier.root)
    raw = _read_for_edit(
        writer, relpath, dossier.max_bytes, t, front_matter=relpath.endswith(".md")
    )
    bom = codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    before = raw[len(bom) :].decode("utf-8")
    try:
        if relpath.endswith(".md"):
            after = edits.add_to_list_markdown(before, ("actions",), action_id)
        else:
            after = edits.add_to_list(before, ("actions",), action_id)
    except edits.EditError as error:
        raise UsageError(t("add.cannot_link", path=relpath, reason=t(error.reason))) from None
    parsed = parse_text(after, relpath, front_matter=relpath.endswith(".md"))
    problems = list(parsed.problems) or validate(EvidenceFile, parsed.data, parsed.source)[1]
    if problems:
        detail = "; ".join(f"{p.path}:{p.line}: {render(p.message, t)}" for p in problems[:3])
        raise UsageError(t("add.file_invalid", path=relpath, detail=detail))
    return relpath, bom + after.encode("utf-8")


# What add asks in a terminal when a required option is missing, in this order: the required
# fields first (asked until answered), then the usual others (Enter skips one). "place" is the
# document's path or web address, in one question.
_QUESTIONS = {
    "document": (("id", "title"), ("place", "kind", "owner", "date", "review_date", "valid_until")),
    "action": (("title",), ("norms", "owner", "due")),
}
_DATES = frozenset({"date", "review_date", "valid_until", "due"})
_WEB = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://|www\.")


def _ask_missing(kind: str, fields: dict[str, str | None], t: Translator) -> dict[str, str | None]:
    """FIELDS, completed field by field in a terminal when a required one is missing (as init
    asks); off a terminal a missing required option is the usage error it always was."""
    required, optional = _QUESTIONS[kind]
    missing = [name for name in required if not fields.get(name)]
    if not missing:
        return fields
    if not sys.stdin.isatty():
        raise UsageError(t("cli.missing", param=f"'--{missing[0]}'"))
    ask = TerminalPrompter()
    ask.say(t(f"add.ask.{kind}.intro"))
    completed = dict(fields)
    for name in (*required, *optional):
        if name == "place" and (fields.get("path") or fields.get("url")):
            continue
        if fields.get(name):
            continue
        answer = _ask_one(ask, kind, name, required, t)
        if name == "place":
            completed["url" if _WEB.match(answer) else "path"] = answer or None
        else:
            completed[name] = answer or None
    return completed


def _ask_one(
    ask: TerminalPrompter, kind: str, name: str, required: tuple[str, ...], t: Translator
) -> str:
    while True:
        answer = ask.text(t(f"add.ask.{kind}.{name}"), "").strip()
        if not answer:
            if name in required:
                ask.say(t("add.ask.required"))
                continue
            return ""
        if name in _DATES:
            try:
                parse_date(answer)
            except CliValueError as error:
                ask.say(t(error.key, **error.values))
                continue
        return answer


def _slug(text: str) -> str:
    """TEXT as a file name's part: letters with their accents taken off ('José' → 'jose',
    'Cliëntenraad' → 'clientenraad', 'Straße' → 'strasse'), everything else a dash."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def add_audit(
    *,
    out: TextIO,
    date: Annotated[
        dt.date,
        typer.Option(
            "--date", metavar="cli.metavar.date", help="cli.opt.audit_date", parser=parse_date
        ),
    ],
    route: Annotated[
        AuditRoute,
        typer.Option("--route", help="cli.opt.audit_route", case_sensitive=False),
    ] = "external",
    body: Annotated[str | None, _text("body", "cli.opt.audit_body")] = None,
    directory: Chdir = None,
    language: Lang = None,
) -> int:
    """Scaffold audits/<date>[-<body>].yaml for a toetsing, with every norm ready to judge."""
    dossier, t = open_dossier(directory or Path(), language)
    # A certification body's name is one line: line breaks and spaces around it are no part
    # of it, and a body of only those is no body (as if --body was not given).
    body = " ".join((body or "").split())
    slug = _slug(body)
    # A body without a letter or digit ('\n', '!') names no file: the date alone.
    name = f"{date.isoformat()}-{slug}" if slug else date.isoformat()
    relpath = f"{AUDIT_DIR}/{name}.yaml"
    text = (
        environment(t)
        .get_template(f"scaffold/{t.language}/audit.yaml.j2")
        .render(
            date=date.isoformat(),
            route=route,
            body=body,
            norms=dossier.normset.norms,
            year=date.year,
        )
    )
    # The schema line, as init writes it atop every file: the editor completes the toetsing too.
    text = modeline(relpath, "audit.schema.json") + text
    writer = RepositoryWriter(dossier.root)
    if writer.occupied(relpath) or not writer.create(relpath, text):
        raise UsageError(t("add.audit_exists", path=relpath))
    out.write(t("add.added_audit", path=relpath) + "\n")
    return EXIT_OK


# swlabel add <name>, as the command line registers them.
SUBCOMMANDS = {"document": add_document, "action": add_action, "toetsing": add_audit}
