"""The rebuild cache kept on disk between builds, so a build re-reads and re-renders only changed briefs.

``mkdocs serve`` keeps a :class:`~generator.caching.rebuild_cache.RebuildCache`
in memory: each brief's parsed files, its anchored brief and its rendered
files, each under the inputs it was made from. A one-off build (what the
publish workflow runs) starts afresh every time, and read, validated, anchored
and rendered every brief again. This cache keeps those entries on disk, one
file per brief (the entries named by its stem), and reads a brief's file the
first time the build asks for one of its entries; an entry is still used only
when its inputs equal the build's, as in memory. The files carry a digest of
the generator's code and of every installed library's version: another
version's entries are not read. A missing, damaged or foreign file is made again
(``store.py`` verifies each before it is read).

A brief's file is written as soon as the build has made the last entry it
makes for that brief (``last_kind``: the kind of key of its rendered files,
``BRIEF_FILES`` in ``publishing/site.py``), and the brief's
entries are let go: holding every brief's entries to the end would add their
size to the build's peak memory.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from generator.caching.rebuild_cache import RebuildCache
from generator.caching.store import EntryFolder, Trouble

T = TypeVar("T")
_OTHER = "_other"  # the file of entries whose key names no brief


class KeptBriefs(RebuildCache):
    """A :class:`RebuildCache` whose entries are read from ``folder`` and written back by :meth:`save`."""

    def __init__(self, folder: Path, last_kind: str, trouble: Trouble) -> None:
        super().__init__(skip_unchanged_files=False)  # a build reads each file once
        self.files = EntryFolder(folder, trouble)  # the store's header names the code and versions
        self.last_kind = last_kind
        self._saved: set[str] = set()  # briefs whose file is up to date and whose entries were let go
        self._read: set[str] = set()  # briefs whose file was read (or found missing)
        self._changed: set[str] = set()  # briefs with an entry made by this build
        self._keys: dict[str, set[Hashable]] = {}  # each brief's keys in memory, to let them go at once

    def remember(self, key: Hashable, inputs: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """As :meth:`RebuildCache.remember`, the entry first read from the brief's file."""
        group = _group(key)
        if group not in self._read:
            self._read.add(group)
            self._take(group)
        elif group in self._saved:  # asked again after it was let go: read back what was written
            self._saved.discard(group)
            self._take(group)
        self._keys.setdefault(group, set()).add(key)
        kept = self._entries.get(key)
        value = super().remember(key, inputs, compute)
        if self._entries[key] is not kept:
            self._changed.add(group)
        if isinstance(key, tuple) and key[0] == self.last_kind and group != _OTHER:
            self._let_go(group)
        return value

    def _take(self, group: str) -> None:
        loaded = self._load(group)
        self._entries.update(loaded)
        self._keys.setdefault(group, set()).update(loaded)

    def _let_go(self, group: str) -> None:
        """Write the brief's file if it has new entries, and drop its entries from memory.

        Only the entries this build asked for are written, as :meth:`forget_unseen` would keep.
        """
        keys = self._keys.pop(group, set())
        entries = {key: self._entries.pop(key) for key in keys if key in self._entries}
        if group in self._changed:
            self.files.save(group, {key: entry for key, entry in entries.items() if key in self._seen})
        self._saved.add(group)

    def reused(self) -> tuple[int, int]:
        """How many briefs this build took whole from the disk, of how many it asked for."""
        asked = self._read - {_OTHER}
        return len(asked - self._changed), len(asked)

    def save(self) -> None:
        """Write the files of briefs with new entries; delete those of briefs this build did not see.

        Call it after :meth:`forget_unseen`, which drops the entries of briefs gone.
        """
        groups: dict[str, dict[Hashable, Any]] = {}
        for key, entry in self._entries.items():
            groups.setdefault(_group(key), {})[key] = entry
        for group in self._changed & groups.keys():
            self.files.save(group, groups[group])
        self.files.used = groups.keys() | self._saved
        self.files.prune()

    def _load(self, group: str) -> dict[Hashable, Any]:
        entries = self.files.load(group, dict)
        if entries is None or not all(isinstance(e, tuple) and len(e) == 2 and isinstance(e[0], tuple)
                                      for e in entries.values()):
            return {}
        return entries


def _group(key: Hashable) -> str:
    """The brief a key belongs to: ``("brief", stem)``, ``("article", path of stem.txt)``, ..."""
    if isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], str):
        name = os.path.basename(key[1]).split(".", 1)[0]
        if name and not name.startswith("_"):
            return name
    return _OTHER
