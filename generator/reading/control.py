"""Characters that are not text: found anywhere in a file, named, and placed at their line and column.

A control character (NUL, escape, vertical tab, backspace, the C1 controls)
shows nothing to a reader, yet passes through escaping into the published
HTML, where an escape sequence can repaint a terminal that prints the page and
a NUL cuts a string in some tools. Tab, newline and carriage return are text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# C0 controls but tab, newline and carriage return; DEL; the C1 controls.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NAMES = {0x00: "NUL", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
          0x1B: "escape", 0x7F: "delete", 0x85: "next line"}


@dataclass(frozen=True)
class Control:
    """The first control character of a text, where it is (1-based), and how many the text holds."""

    char: str
    line: int
    col: int
    count: int

    @property
    def shown(self) -> str:
        """``U+001B (escape)``: the code point, named where it has a common name."""
        code = ord(self.char)
        name = _NAMES.get(code) or ("a control character" if code < 0x80 else
                                    "a C1 control" if code <= 0x9F else "not a character")
        return f"U+{code:04X} ({name})"

    @property
    def message(self) -> str:
        """What an author is told: which character, and how many there are."""
        more = f" ({self.count} in the file)" if self.count > 1 else ""
        return f"control character {self.shown} is not text{more}"


def line_col(text: str, index: int) -> tuple[int, int]:
    """The 1-based line and column of ``text[index]``, counting lines by newline only."""
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def first_control(text: str, pattern: re.Pattern[str] = CONTROL) -> Control | None:
    """The first character of ``text`` that ``pattern`` finds (control characters), or None."""
    found = pattern.search(text)
    if found is None:
        return None
    return Control(found.group(), *line_col(text, found.start()), count=len(pattern.findall(text)))
