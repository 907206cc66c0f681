"""Parsed articles and validated sidecars kept by file content, so a rebuild re-reads only edits.

``mkdocs serve`` rebuilds the whole site after every edit; with this cache
the generator re-parses and re-validates just the files whose bytes changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class ReadCache:
    """Results of reading files, by path and the SHA-256 of their bytes."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[str, Any]] = {}
        self._seen: set[tuple[str, str]] = set()
        self.hits = 0

    def read(self, kind: str, file: Path, parse: Callable[[bytes], T]) -> T:
        """``parse(bytes)`` of the file, or the earlier result when its bytes are unchanged."""
        data = file.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        key = (kind, str(file))
        self._seen.add(key)
        cached = self._entries.get(key)
        if cached is not None and cached[0] == digest:
            self.hits += 1
            return cached[1]  # type: ignore[no-any-return]
        value = parse(data)
        self._entries[key] = (digest, value)
        return value

    def forget_unseen(self) -> None:
        """Drop entries of files not read since the last call (deleted or renamed files)."""
        self._entries = {k: v for k, v in self._entries.items() if k in self._seen}
        self._seen = set()
