"""What is reported: per-rule levels from swlabel.yaml, --select/--ignore, and waivers.

A waiver silences matching meldingen in the file it stands in (an evidence file, a register
file or the improvement plan), for a stated reason. It matches on the rule and, optionally, on
what the melding is about (its subject: a norm, document, action, aspect or key, or an inline
item's title), as whole words and case aside, so that doc-1 does not take doc-10; never on its
text, so a waiver works the same in every language.
Waived meldingen are kept (marked with the reason) so that every report can still count and
list them: a waiver stays visible. A waiver that silences nothing is itself a melding (SWL307),
so waivers do not outlive the problem they were written for.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from swlabel.load.dossier import Dossier
from swlabel.problems import Level, Problem, msg
from swlabel.rules import RULES, matches


def is_reported(
    code: str,
    levels: Mapping[str, str],
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
) -> bool:
    """Whether meldingen of CODE are reported at all: selected, not ignored, not 'off'."""
    if select and not matches(code, select):
        return False
    if ignore and matches(code, ignore):
        return False
    return levels.get(code) != "off"


def apply_levels(
    problems: list[Problem],
    levels: Mapping[str, str],
    select: tuple[str, ...] = (),
    ignore: tuple[str, ...] = (),
) -> list[Problem]:
    """Drop what is ignored or 'off', and give each melding its level: the configured one, or
    the rule's default (a melding is made without one, as yamllint's are).

    LEVELS maps upper-case codes to error, warning or off.
    """
    kept = []
    for problem in problems:
        if not is_reported(problem.code, levels, select, ignore):
            continue
        configured = levels.get(problem.code)
        level = Level(configured) if configured is not None else RULES[problem.code].level
        if level is not problem.level:
            kept.append(dataclasses.replace(problem, level=level))
        else:
            kept.append(problem)
    return kept


def _names(needle: str, subject: str) -> bool:
    """Whether a waiver's NEEDLE (casefolded) names SUBJECT: empty names every subject, else it
    must stand in it as whole words (an id, or words of an inline item's title), so that
    'doc-1' does not name doc-10 and 'bh' does not name bhv."""
    if not needle:
        return True
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", subject.casefold()) is not None


def apply_waivers(
    problems: list[Problem],
    dossier: Dossier,
    reported: set[str],
) -> list[Problem]:
    """Mark the meldingen that a waiver matches; add SWL307 for waivers that match nothing.

    REPORTED is the set of codes that are reported at all (after levels and --select/--ignore);
    a waiver for a rule that is switched off is not unused, only idle.
    """
    result = list(problems)
    unused = []
    for located in dossier.waivers:
        waiver, source = located.value, located.source
        rule = waiver.rule.upper()
        needle = waiver.match.strip().casefold()
        hits = [
            position
            for position, problem in enumerate(result)
            if problem.path == source.path
            and problem.code == rule
            and not problem.waiver
            and _names(needle, problem.subject)
        ]
        for position in hits:
            result[position] = dataclasses.replace(result[position], waiver=waiver.reason)
        if not hits and rule in reported:
            message = msg("SWL307.message", rule=rule, match=waiver.match or "*")
            unused.append(source.problem("SWL307", message, located.loc, subject=rule))
    return result + unused
