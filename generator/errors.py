"""Problems an author can fix, kept apart from bugs.

The policy, as the code follows it:

- A mistake in content or configuration is a :class:`Problem`: a value that
  names the file, line and column (0 when unknown), the field or option, what
  is wrong and how to fix it. The core never raises for one: readers, the
  settings, validators, the anchorer and the corpus *return* problems, every
  one they find (never just the first), beside whatever was still sound.
- Only the two faces decide what a problem stops. ``briefs`` (``cli``) prints
  every problem and exits 1. The MkDocs plugin logs a brief's problems as
  warnings, so ``mkdocs build --strict`` fails on them while a plain build or
  ``mkdocs serve`` publishes every sound brief; a problem in the settings
  stops any build (``PluginError``), since no page can be made without them.
- Anything else that escapes the generator is a bug and keeps its traceback.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in content or settings, located at ``path:line:col`` (1-based; 0 = unknown)."""

    path: str
    line: int
    col: int
    message: str
    field: str = dataclasses.field(default="", kw_only=True)
    hint: str = dataclasses.field(default="", kw_only=True)

    def format(self) -> str:
        """Render as ``path:line:col: field: message; hint`` for terminals and logs."""
        where = f"{self.path}:{self.line}:{self.col}" if self.line else self.path
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text


def suggest_closest(word: str, options: Iterable[str]) -> str | None:
    """``did you mean 'x'?`` for the nearest option, or None when nothing is near."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None
