"""``swlabel rules [CODE]``: the rules behind the meldingen, with their documentation."""

from __future__ import annotations

from typing import Annotated, TextIO

import typer

from swlabel.commands.options import Lang
from swlabel.errors import EXIT_OK, UsageError
from swlabel.i18n import Translator, pick_language
from swlabel.rules import RULES, matches
from swlabel.rules.examples import Example, examples


def _example(example: Example, t: Translator) -> list[str]:
    lines = []
    for path, content in example.files.items():
        if content is None:
            lines.append("  " + t("rules.absent", path=path))
            continue
        lines.append(f"  {path}:")
        lines.extend(f"    {line}" for line in content.rstrip("\n").splitlines())
        if path in example.padded:
            size = example.padded[path] // (1024 * 1024)
            lines.append("    " + t("rules.padded", size=size))
    return lines


def markdown_table(t: Translator) -> str:
    """The rule table of the README, generated so that it never drifts from the code."""
    rows = [f"| {t('rules.code')} | {t('rules.level')} | {t('rules.title')} |", "|---|---|---|"]
    for rule in RULES.values():
        rows.append(
            f"| {rule.code} | {t(f'level.{rule.level.value}')} | {t(f'{rule.code}.title')} |"
        )
    return "\n".join(rows) + "\n"


def rules(
    code: Annotated[
        str | None, typer.Argument(metavar="CODE", help="cli.opt.code", show_default=False)
    ] = None,
    *,
    out: TextIO,
    language: Lang = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="cli.opt.markdown")] = False,
) -> int:
    """List the rules, or explain the one(s) CODE names (a code or a family prefix)."""
    t = Translator(pick_language(language))
    if markdown:
        out.write(markdown_table(t))
        return EXIT_OK
    chosen = [rule for rule in RULES.values() if code is None or matches(rule.code, (code,))]
    if not chosen:
        raise UsageError(t("cli.bad_code", value=code or ""))
    if code is None or len(chosen) > 1:
        family = ""
        for rule in chosen:
            if rule.family != family:
                family = rule.family
                out.write(("\n" if rule is not chosen[0] else "") + t(f"family.{family}") + "\n")
            level = t(f"level.{rule.level.value}")
            out.write(f"  {rule.code}  {level:<12} {rule.name:<30} {t(f'{rule.code}.title')}\n")
        out.write("\n" + t("rules.more") + "\n")
        return EXIT_OK
    [rule] = chosen
    out.write(f"{rule.code} {rule.name}: {t(f'{rule.code}.title')}\n")
    out.write(
        t("rules.meta", level=t(f"level.{rule.level.value}"), family=t(f"family.{rule.family}"))
        + "\n\n"
    )
    out.write(t(f"{rule.code}.doc") + "\n")
    shown = examples(rule.code)
    if shown.failing.files:
        out.write("\n" + t("rules.failing") + "\n")
        out.write("\n".join(_example(shown.failing, t)) + "\n")
    if shown.passing.files:
        out.write("\n" + t("rules.passing") + "\n")
        out.write("\n".join(_example(shown.passing, t)) + "\n")
    out.write("\n" + t("rules.configure", code=rule.code) + "\n")
    return EXIT_OK
