"""Problems an author can fix, kept apart from bugs.

The hierarchy is small on purpose::

    Problem            a located, user-facing content mistake (a value, not raised)
    ContentError       raised by the CLI and the plugin to stop on problems;
                       carries every Problem found, never just the first

Anything else that escapes the generator is a bug and keeps its traceback.
Readers, validators and the anchorer *return* problems; only the CLI and the
plugin decide whether to stop.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One content mistake, located at ``path:line:col`` (1-based; 0 = unknown)."""

    path: str
    line: int
    col: int
    message: str
    field: str = dataclasses.field(default="", kw_only=True)
    hint: str = dataclasses.field(default="", kw_only=True)

    def format(self) -> str:
        """Render as ``path:line:col: field: message (hint)`` for terminals and logs."""
        where = f"{self.path}:{self.line}:{self.col}" if self.line else self.path
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text


class ContentError(Exception):
    """Raised to stop a build or a check because the content has problems."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(problems))
        super().__init__("\n".join(p.format() for p in self.problems))


def suggest_closest(word: str, options: Iterable[str]) -> str | None:
    """``did you mean 'x'?`` for the nearest option, or None when nothing is near."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None
