"""Generated pages kept as files on disk, rewritten only when their text changes.

A dirty preview (``mkdocs serve --dirty``) rebuilds only the pages whose
source file is newer than their output. Generated pages have no source file
of their own, so they are stored here: a page whose text is unchanged keeps
its old file and modification time, and is not built again.

A build keeps them in memory as UTF-8 (:class:`EncodedFiles`): half the size
of Python's text for pages with typographic quotes, each file set as soon as
it is rendered, so the site is never held whole as text, and let go once
MkDocs has read it. (Writing them to disk instead cost a second or two of
system time per 1,000 briefs, thousands of small files.)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from generator.atomic_files import make_parent, write_file

_Source = TypeVar("_Source")  # what MkDocs is given for a file: its bytes, or where it is stored


@dataclass(frozen=True)
class StoredFiles:
    """Where each generated file is stored, and which of them this round rewrote."""

    paths: dict[str, Path]
    changed: tuple[str, ...]


def store_changed(files: Mapping[str, str | bytes], folder: Path, *, prune: bool = True) -> StoredFiles:
    """Write each file under ``folder`` unless it already holds that content; drop the others.

    With ``prune`` False the other stored files are kept (``files`` is a part of the site).
    """
    store = PageFolder(folder)
    for relative, content in files.items():
        store.put(relative, content)
    if prune:
        store.prune()
    return StoredFiles(store.paths, tuple(store.changed))


class _Store(MutableMapping[str, str], Generic[_Source]):
    """Generated files set one by one as they are rendered, each kept as a ``_Source``."""

    def __init__(self) -> None:
        self._sources: dict[str, _Source] = {}  # by the file's path relative to the docs folder

    def sources(self) -> dict[str, _Source]:
        """What MkDocs is given for each file, by its path relative to the docs folder."""
        return self._sources

    def __delitem__(self, relative: str) -> None:
        del self._sources[relative]

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


class PageFolder(_Store[Path]):
    """Generated files written under ``folder`` as they are set, each only if its content changed.

    Only where each file is stored stays in memory; reading a file back reads it from disk.
    ``last`` is the store of the round before, over the same folder.
    """

    def __init__(self, folder: Path, last: PageFolder | None = None) -> None:
        super().__init__()
        self.folder = folder
        self.paths = self._sources  # where each file is stored
        self.changed: list[str] = []  # the files this store wrote, in the order they were set
        self.created: list[Path] = []  # those of them that did not exist before
        self.contents: dict[str, str | bytes] = {}  # what each file was set to, for the next round's store
        self._last = last.contents if last else {}  # what the last round's store set each file to
        self._last_paths = last.paths if last else {}
        self._unread: list[str] = []  # files taken as they were last round: the prune's walk finds them
        self._made: set[str] = set()  # folders known to exist (thousands of files share a few)
        self._targets: set[str] = set()

    def put(self, relative: str, content: str | bytes) -> None:
        """Store one file (text or bytes)."""
        path = self._last_paths.get(relative) or Path(os.path.join(self.folder, relative))
        target = str(path)
        self.paths[relative] = path
        self.contents[relative] = content
        self._targets.add(target)
        # A preview's round hands the same object again for a file it took from its memo: that
        # file holds it already, unless it was deleted since (``prune`` looks).
        if self._last.get(relative) is content:
            self._unread.append(relative)
            return
        self._write(relative, target, content, _held(target))

    def forget(self, relatives: Iterable[str]) -> None:
        """These files were written by someone else since this round: the next round reads them back."""
        for relative in relatives:
            self.contents.pop(relative, None)

    def prune(self) -> None:
        """Delete every file in the folder that was not set here; write again those set unread that
        are gone (a folder the store owns, but an author may empty)."""
        found = set()
        for root, _, names in os.walk(self.folder):
            for name in names:
                if (path := os.path.join(root, name)) not in self._targets:
                    os.unlink(path)  # a brief or actor that is gone must not be served from an old copy
                else:
                    found.add(path)
        for relative in self._unread:
            if (target := str(self.paths[relative])) not in found:
                self._write(relative, target, self.contents[relative], None)

    def _write(self, relative: str, target: str, content: str | bytes, held: bytes | None) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        if held == data:
            return
        make_parent(target, self._made)
        write_file(Path(target), data)  # whole or not at all: a reader never sees half a page
        self.changed.append(relative)
        if held is None:
            self.created.append(Path(target))

    def __setitem__(self, relative: str, content: str) -> None:
        self.put(relative, content)

    def __getitem__(self, relative: str) -> str:
        return self.paths[relative].read_text(encoding="utf-8")


def _held(path: str) -> bytes | None:
    """What the file at ``path`` holds, or None if there is none (or it cannot be read)."""
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except OSError:
        return None


class EncodedFiles(_Store[bytes]):
    """Generated files kept in memory as UTF-8 bytes, set one by one as they are rendered."""

    def __setitem__(self, relative: str, content: str) -> None:
        self._sources[relative] = content.encode("utf-8")

    def take(self) -> dict[str, bytes]:
        """Every file, handed over: the store holds none of them after, so each is let go once used."""
        taken, self._sources = self._sources, {}
        return taken

    def __getitem__(self, relative: str) -> str:
        return self._sources[relative].decode("utf-8")
