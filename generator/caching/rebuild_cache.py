"""What the generator keeps between rebuilds, so a rebuild redoes only the work an edit touched.

``mkdocs serve`` rebuilds the whole site after every edit. With this cache
the generator re-parses only the files whose bytes changed, and re-anchors
and re-renders only the briefs whose inputs changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class RebuildCache:
    """Results by a key and the inputs they were computed from; kept while their key is in use."""

    def __init__(self) -> None:
        self._entries: dict[Hashable, tuple[tuple[Any, ...], Any]] = {}
        self._seen: set[Hashable] = set()
        self.hits = 0

    def remember(self, key: Hashable, inputs: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()``, or the result kept under ``key`` when it came from equal ``inputs``.

        Inputs are compared with ``==``; an unchanged object from an earlier
        round compares equal at once, since tuples compare identical items first.
        """
        self._seen.add(key)
        cached = self._entries.get(key)
        if cached is not None and cached[0] == inputs:
            self.hits += 1
            return cached[1]  # type: ignore[no-any-return]
        value = compute()
        self._entries[key] = (inputs, value)
        return value

    def kept(self, kind: str) -> dict[str, Any]:
        """Every result :meth:`read` keeps for a ``kind`` of file, by file name, as last read."""
        return {key[1]: value for key, (_, value) in self._entries.items()
                if isinstance(key, tuple) and len(key) == 2 and key[0] == kind}

    def read(self, kind: str, file: Path, parse: Callable[[bytes], T]) -> T:
        """``parse(bytes)`` of the file, or the earlier result when its bytes are unchanged."""
        data = file.read_bytes()
        return self.remember((kind, str(file)), (hashlib.sha256(data).digest(),), lambda: parse(data))

    def forget_unseen(self) -> None:
        """Drop results not asked for since the last call (deleted or renamed briefs)."""
        self._entries = {k: v for k, v in self._entries.items() if k in self._seen}
        self._seen = set()
