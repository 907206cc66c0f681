"""What the generator keeps between rebuilds, so a rebuild redoes only the work an edit touched.

``mkdocs serve`` rebuilds the whole site after every edit. With this cache
the generator re-parses only the files whose bytes changed, and re-anchors
and re-renders only the briefs whose inputs changed.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# A file changed within this long before it was read may change again with the same size and times
# (the clock the file system stamps with moves in ticks), so its bytes are read again next time.
RACY_NS = 2_000_000_000


class RebuildCache:
    """Results by a key and the inputs they were computed from; kept while their key is in use."""

    def __init__(self, skip_unchanged_files: bool = True) -> None:
        self._entries: dict[Hashable, tuple[tuple[Any, ...], Any]] = {}
        self._seen: set[Hashable] = set()
        self.hits = 0
        # Each file's stat and digest as last read: a preview round at 10,000 briefs would read and
        # hash 20,000 files again to find the one edited.
        self._last_read: dict[Hashable, tuple[tuple[int, ...], bytes]] | None = (
            {} if skip_unchanged_files else None)

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
        """``parse(bytes)`` of the file, or the earlier result when its bytes are unchanged.

        A file whose inode, size, modification and change times are those it had when last read,
        well after it was last written, is taken as unchanged without reading it again.
        """
        key = (kind, str(file))
        last_read = self._last_read
        signature = _settled_signature(file) if last_read is not None else None
        known = last_read.get(key) if last_read is not None else None
        if known is not None and known[0] == signature and key in self._entries:
            return self.remember(key, (known[1],), lambda: parse(file.read_bytes()))
        data = file.read_bytes()
        digest = hashlib.sha256(data).digest()
        if last_read is not None:
            if signature is None:
                last_read.pop(key, None)
            else:
                last_read[key] = (signature, digest)
        return self.remember(key, (digest,), lambda: parse(data))

    def forget_unseen(self) -> None:
        """Drop results not asked for since the last call (deleted or renamed briefs)."""
        self._entries = {k: v for k, v in self._entries.items() if k in self._seen}
        if self._last_read is not None:
            self._last_read = {k: v for k, v in self._last_read.items() if k in self._seen}
        self._seen = set()


def _settled_signature(file: Path) -> tuple[int, ...] | None:
    """The file's device, inode, size, modification and change times, or None if it was written within
    ``RACY_NS``: a second write in the same tick of the clock would leave all of them as they are."""
    stat = os.stat(file)
    if time.time_ns() - max(stat.st_mtime_ns, stat.st_ctime_ns) <= RACY_NS:
        return None
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)
