"""``swlabel init``: scaffold an evidence repository, or add what is missing to one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from swlabel.errors import EXIT_OK, UsageError
from swlabel.files import write_new
from swlabel.i18n import Translator, pick_language
from swlabel.models import Config
from swlabel.normsets import DEFAULT_NORMSET, load_normset
from swlabel.repository import (
    CONFIG_FILE,
    EVIDENCE_DIR,
    EVIDENCE_SUFFIXES,
    REGISTER_DIR,
    REGISTER_FILE,
    load_config,
)
from swlabel.scaffold import render_config, repository_files

Ask = Callable[[str], str]


def _existing_evidence(root: Path, relpath: str) -> bool:
    """Whether the norm of RELPATH already has a file, in any of the accepted forms."""
    stem = relpath.rsplit(".", 1)[0]
    return any((root / f"{stem}{suffix}").exists() for suffix in EVIDENCE_SUFFIXES)


def _summarise(paths: list[str], t: Translator) -> list[str]:
    """Evidence stubs as one line (there may be dozens), other files one per line."""
    evidence = [path for path in paths if path.startswith(f"{EVIDENCE_DIR}/")]
    others = [path for path in paths if not path.startswith(f"{EVIDENCE_DIR}/")]
    lines = [f"  {path}" for path in others]
    if len(evidence) == 1:
        lines.append(f"  {evidence[0]}")
    elif evidence:
        shown = t("init.evidence_range", first=evidence[0], last=evidence[-1], count=len(evidence))
        lines.append(f"  {shown}")
    return lines


def init(
    directory: Path,
    *,
    out: TextIO,
    organisation: str | None = None,
    norms: str | None = None,
    language: str | None = None,
    ask: Ask | None = None,
) -> int:
    """Create the repository in DIRECTORY; never overwrite a file, report what was added."""
    t = Translator(pick_language(language))
    root = directory.resolve()
    if root.exists() and not root.is_dir():
        raise UsageError(t("init.not_a_directory", path=directory.as_posix()))
    created: list[str] = []
    kept: list[str] = []
    if (root / CONFIG_FILE).exists():
        config = load_config(root, t)
        t = Translator(pick_language(language, config.language))
        kept.append(CONFIG_FILE)
    else:
        if not organisation or not organisation.strip():
            if ask is None:
                raise UsageError(t("init.organisation_required"))
            organisation = ask(t("init.ask_organisation"))
        if not organisation.strip():
            raise UsageError(t("init.organisation_required"))
        reference = norms or DEFAULT_NORMSET
        normset = load_normset(reference, root, t)
        config = Config(
            format_version=1,
            organisation=organisation.strip(),
            norms=reference,
            language="en" if t.language == "en" else "nl",
        )
        root.mkdir(parents=True, exist_ok=True)
        content = render_config(config.organisation, reference, normset, None, t)
        write_new(root / CONFIG_FILE, content)
        created.append(CONFIG_FILE)
    normset = load_normset(config.norms, root, t)
    for scaffold in repository_files(normset, config, t):
        if scaffold.path == REGISTER_FILE and (root / REGISTER_DIR).is_dir():
            continue
        exists = scaffold.path.startswith(f"{EVIDENCE_DIR}/") and _existing_evidence(
            root, scaffold.path
        )
        if not exists and write_new(root / scaffold.path, scaffold.content):
            created.append(scaffold.path)
        else:
            kept.append(scaffold.path)

    out.write(
        t("init.heading", path=root.as_posix(), normset=normset.title, version=normset.version)
        + "\n"
    )
    if created:
        out.write(t("init.created") + "\n")
        out.write("\n".join(_summarise(created, t)) + "\n")
    else:
        out.write(t("init.nothing_new") + "\n")
    if kept:
        out.write(t("init.kept") + "\n")
        out.write("\n".join(_summarise(kept, t)) + "\n")
    shown = directory.as_posix()
    out.write("\n" + t("init.next_steps", dir=shown) + "\n")
    return EXIT_OK
