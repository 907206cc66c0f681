"""A sidecar's ``omit`` entries -> the published text: the article minus those lines, nothing else.

An entry is a whole line (as the article has it, typographic quotes and
spacing folded as anchors fold them), a block ``{first: line, last: line}``
(both lines and everything between, at each place ``first`` occurs), or
``{pattern: regex}`` (every line the regular expression matches, searched
anywhere in the line). An entry that leaves nothing out is a mistake and is
reported where it is written, so an omission never silently stops working
when the capture changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.anchoring.locate import normalise
from generator.sidecar.model import Omit, OmitLines
from generator.sidecar.yaml_positions import FieldPath

Report = Callable[[FieldPath, str, str], None]


@dataclass(frozen=True)
class Published:
    """The text readers see, the lines left out, and where each kept line sits in the article."""

    text: str
    omitted: tuple[str, ...]
    source_lines: tuple[int, ...]  # published line index -> 1-based line in the article file


def remove_omitted(text: str, omit: tuple[Omit, ...], report: Report, see: str) -> Published:
    """The article minus every line an ``omit`` entry names; each entry that names none is reported."""
    lines = text.split("\n")
    if not omit:  # (most briefs omit nothing: no line need be normalised)
        return Published(text, (), tuple(range(1, len(lines) + 1)))
    normal = [normalise(line).strip() for line in lines]
    dropped: set[int] = set()
    for i, entry in enumerate(omit):
        if isinstance(entry, str):
            dropped |= _whole_lines(entry, normal, ("omit", i), report, see)
        elif entry.pattern is not None and entry.first is None and entry.last is None:
            dropped |= _pattern_lines(entry.pattern, lines, ("omit", i, "pattern"), report)
        else:
            dropped |= _block_lines(entry, normal, ("omit", i), report, see)
    kept: list[str] = []
    source_lines: list[int] = []
    for i, line in enumerate(lines):
        if i in dropped or (i - 1 in dropped and not line.strip() and kept and not kept[-1].strip()):
            continue
        kept.append(line)
        source_lines.append(i + 1)
    return Published("\n".join(kept), tuple(lines[i] for i in sorted(dropped)), tuple(source_lines))


def _whole_lines(entry: str, normal: list[str], path: FieldPath, report: Report, see: str) -> set[int]:
    wanted = normalise(entry).strip()
    found = {i for i, line in enumerate(normal) if line == wanted}
    if not found:
        report(path, "line not found in the article",
               f"copy the whole line exactly as the article has it; {see}")
    return found


def _pattern_lines(pattern: str, lines: list[str], path: FieldPath, report: Report) -> set[int]:
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        report(path, f"not a valid regular expression: {error.msg} at position {error.pos}",
               "write a Python regular expression; a backslash before ( ) [ ] . * + ? | matches it as is")
        return set()
    found = {i for i, line in enumerate(lines) if line.strip() and compiled.search(line)}
    if not found:
        report(path, "matches no line of the article",
               "check the expression against `briefs text` of the article, or remove the entry")
    return found


def _block_lines(entry: OmitLines, normal: list[str], path: FieldPath, report: Report, see: str) -> set[int]:
    if entry.pattern is not None or entry.first is None or entry.last is None:
        report(path, "write either `first` and `last` (a block of lines) or `pattern` (a regular expression)",
               'e.g. {first: "Related stories", last: "More from this author"} or {pattern: "^Read more"}')
        return set()
    first, last = normalise(entry.first).strip(), normalise(entry.last).strip()
    starts = [i for i, line in enumerate(normal) if line == first]
    if not starts:
        report((*path, "first"), "line not found in the article",
               f"copy the block's first line exactly as the article has it; {see}")
        return set()
    found: set[int] = set()
    for start in starts:
        if start in found:
            continue
        end = next((j for j in range(start, len(normal)) if normal[j] == last), None)
        if end is None:
            report((*path, "last"), f"no line after the block's first line (line {start + 1}) matches",
                   f"copy the block's last line exactly as the article has it; {see}")
            return found
        found |= set(range(start, end + 1))
    return found
