"""Rendered Markdown kept across builds, so an unchanged page is not converted again.

Converting Markdown to HTML is the largest part of a build (about half of its
time at 1,000 briefs, most of it parsing the pages' raw HTML). A page's HTML
depends on its Markdown, its address, the Markdown extensions and their
settings, the versions of the libraries, and which of the files it links to
exist; the result is kept under a digest of the first four, together with the
link look-ups the conversion made, and used again only when every look-up
finds the same file. What the conversion logged is kept too and logged again,
so every warning (and ``--strict``) stays as it is without the cache. Nothing here
imports MkDocs: the page and file collection are used through the few
attributes MkDocs' own ``Page.render`` reads and sets.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

_PACKAGES = ("mkdocs", "markdown", "mkdocs-material", "pymdown-extensions", "pygments")
# Extensions that read other files while converting: their output is not a function of the page.
_READS_FILES = re.compile(r"snippets|include|macros", re.IGNORECASE)
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")  # a repr that changes on every run


@dataclass(frozen=True)
class Rendered:
    """What ``Page.render`` sets on a page, and what it looked up in the file collection."""

    content: str
    toc: Any
    title: str | None
    present_anchor_ids: set[str] | None
    links_to_anchors: dict[str, dict[str, str]] | None  # by the linked file's source path
    lookups: tuple[tuple[str, str | None], ...]  # (path asked for, the URL of the file found)
    messages: tuple[tuple[str, int, str], ...]  # (logger, level, text) the conversion logged


class _RecordingFiles:
    """The build's file collection, noting every path a conversion looks up."""

    def __init__(self, files: Any) -> None:
        self._files = files
        self.lookups: list[tuple[str, str | None]] = []

    def get_file_from_path(self, path: str) -> Any:
        found = self._files.get_file_from_path(path)
        self.lookups.append((path, _identity(found)))
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self._files, name)


class _Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _render_noting_messages(page: Any, config: Any, files: Any) -> list[logging.LogRecord]:
    """``Page.render``, and every message it logged down to INFO, even under ``--quiet``.

    The messages reach MkDocs' own handlers afterwards, as they would have.
    """
    logger = logging.getLogger("mkdocs")
    level, handlers, captured = logger.level, logger.handlers[:], _Captured()
    logger.handlers = [captured]
    logger.setLevel(min(logger.getEffectiveLevel(), logging.INFO))
    try:
        type(page).render(page, config, files)
    finally:
        logger.handlers = handlers
        logger.setLevel(level)
    for record in captured.records:
        if logger.isEnabledFor(record.levelno):
            logger.handle(record)
    return captured.records


def _identity(file: Any) -> str | None:
    return None if file is None else f"{file.src_uri}\0{file.dest_uri}\0{file.url}"


class RenderCache:
    """Converted pages on disk under ``folder``, one file per page, pruned after each build."""

    def __init__(self, folder: Path, markdown_config: tuple[Any, Any]) -> None:
        self.folder = folder
        settings = repr(markdown_config)
        self.enabled = not _READS_FILES.search(settings) and not _ADDRESS.search(settings)
        versions = []
        for package in _PACKAGES:
            try:
                versions.append(f"{package}={version(package)}")
            except PackageNotFoundError:
                versions.append(f"{package}=none")
        self._context = f"{sys.version}\0{settings}\0{' '.join(versions)}".encode()
        self.used: set[str] = set()
        self.hits = 0

    def render(self, page: Any, config: Any, files: Any) -> None:
        """``Page.render`` for ``page``, or its result from an earlier build when still valid."""
        if not self.enabled:
            type(page).render(page, config, files)
            return
        key = self._key(page)
        kept = self._load(key)
        if kept is not None and all(_identity(files.get_file_from_path(path)) == found
                                    for path, found in kept.lookups):
            self.hits += 1
            self.used.add(key)
            _restore(page, kept, files)
            for name, level, text in kept.messages:
                logging.getLogger(name).log(level, text)
            return
        recording = _RecordingFiles(files)
        messages = tuple((r.name, r.levelno, r.getMessage())
                         for r in _render_noting_messages(page, config, recording))
        self._store(key, page, tuple(recording.lookups), messages)

    def prune(self) -> None:
        """Delete the kept pages this build did not use (pages gone or changed)."""
        if not self.folder.is_dir():
            return
        with os.scandir(self.folder) as entries:
            for entry in entries:
                if entry.name.endswith(".pickle") and entry.name[:-7] not in self.used:
                    os.unlink(entry.path)

    def _key(self, page: Any) -> str:
        digest = hashlib.blake2b(self._context, digest_size=20)
        file = page.file
        for part in (file.src_uri, file.dest_uri, file.url, page.markdown):
            data = part.encode()
            digest.update(len(data).to_bytes(8, "little") + data)
        return digest.hexdigest()

    def _load(self, key: str) -> Rendered | None:
        try:
            with (self.folder / f"{key}.pickle").open("rb") as stream:
                kept = pickle.load(stream)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a damaged entry is converted again
            return None
        return kept if isinstance(kept, Rendered) else None

    def _store(self, key: str, page: Any, lookups: tuple[tuple[str, str | None], ...],
               messages: tuple[tuple[str, int, str], ...]) -> None:
        links = page.links_to_anchors
        kept = Rendered(page.content, page.toc, page._title_from_render, page.present_anchor_ids,
                        None if links is None else {f.src_uri: dict(a) for f, a in links.items()},
                        lookups, messages)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.folder / f"{key}.{os.getpid()}.tmp"
            with temporary.open("wb") as stream:
                pickle.dump(kept, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, self.folder / f"{key}.pickle")
            self.used.add(key)
        except (OSError, pickle.PicklingError):
            pass  # not kept: the next build converts this page again


def _restore(page: Any, kept: Rendered, files: Any) -> None:
    page.content = kept.content
    page.toc = kept.toc
    page._title_from_render = kept.title
    page.present_anchor_ids = kept.present_anchor_ids
    if kept.links_to_anchors is not None:
        page.links_to_anchors = {files.get_file_from_path(uri): dict(anchors)
                                 for uri, anchors in kept.links_to_anchors.items()}
