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

import json
import logging
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, TypeVar

from generator.caching.engine_internals import (
    replace_search_entry_maker,
    restore_title_from_render,
    search_entry_maker,
    title_from_render,
)
from generator.caching.html_blocks import anchor_ids, set_aside
from generator.caching.store import EntryFolder, Trouble, digest_of

_PACKAGES = ("mkdocs", "markdown", "mkdocs-material", "pymdown-extensions", "pygments", "jieba")
# Extensions that read other files while converting: their output is not a function of the page.
_READS_FILES = re.compile(r"snippets|include|macros", re.IGNORECASE)
_ADDRESS = re.compile(r" at 0x[0-9a-f]+")  # a repr that changes on every run
T = TypeVar("T")


@dataclass(frozen=True)
class Rendered:
    """What ``Page.render`` sets on a page, and what it looked up in the file collection."""

    # The page's HTML in UTF-8: pickling the page's own string would attach a UTF-8 copy to it (CPython
    # keeps the encodings it makes) while the build holds the page: a sixth more peak memory, cold.
    content: bytes
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


def noting_messages(run: Callable[[], T]) -> tuple[T, list[logging.LogRecord]]:
    """``run()`` and every message it logged down to INFO, even under ``--quiet``.

    The messages reach MkDocs' own handlers afterwards, as they would have.
    """
    logger = logging.getLogger("mkdocs")
    level, handlers, captured = logger.level, logger.handlers[:], _Captured()
    logger.handlers = [captured]
    logger.setLevel(min(logger.getEffectiveLevel(), logging.INFO))
    try:
        result = run()
    finally:
        logger.handlers = handlers
        logger.setLevel(level)
    for record in captured.records:
        if logger.isEnabledFor(record.levelno):
            logger.handle(record)
    return result, captured.records


def _identity(file: Any) -> str | None:
    return None if file is None else f"{file.src_uri}\0{file.dest_uri}\0{file.url}"


def _versions() -> str:
    found = []
    for package in _PACKAGES:
        try:
            found.append(f"{package}={version(package)}")
        except PackageNotFoundError:
            found.append(f"{package}=none")
    return f"{sys.version} {' '.join(found)}"


def _digest(context: bytes, *parts: str) -> str:
    return digest_of(context, *(part.encode("utf-8", "surrogatepass") for part in parts)).hex()


class RenderCache:
    """Converted pages on disk under ``folder``, one file per page, pruned after each build."""

    def __init__(self, folder: Path, markdown_config: tuple[Any, Any], trouble: Trouble) -> None:
        self.kept = EntryFolder(folder, trouble)
        settings = repr(markdown_config)
        self.enabled = not _READS_FILES.search(settings) and not _ADDRESS.search(settings)
        self._context = f"{_versions()}\0{settings}".encode()

    def render(self, page: Any, config: Any, files: Any, *, generated: bool = False) -> None:
        """``Page.render`` for ``page``, or its result from an earlier build when still valid.

        A ``generated`` page's whole HTML blocks are set aside while it converts (``html_blocks``).
        """
        if not self.enabled:
            convert(page, config, files, generated=generated)
            return
        file = page.file
        # The page's class names the engine (MkDocs or a fork), whose objects the entry holds.
        key = _digest(self._context, type(page).__module__, file.src_uri, file.dest_uri, file.url,
                      page.markdown)
        kept = self.kept.load(key, Rendered)
        if kept is not None and all(_identity(files.get_file_from_path(path)) == found
                                    for path, found in kept.lookups):
            _restore(page, kept, files)
            for name, level, text in kept.messages:
                logging.getLogger(name).log(level, text)
            return
        recording = _RecordingFiles(files)
        conversion = partial(convert, page, config, recording, generated=generated)
        messages = tuple((r.name, r.levelno, r.getMessage()) for r in noting_messages(conversion)[1])
        links = page.links_to_anchors
        html = page.content.encode("utf-8", "surrogatepass")
        self.kept.save(key, Rendered(
            html, page.toc, title_from_render(page), page.present_anchor_ids,
            None if links is None else {f.src_uri: dict(a) for f, a in links.items()},
            tuple(recording.lookups), messages))


def convert(page: Any, config: Any, files: Any, *, generated: bool) -> None:
    """The engine's own ``Page.render``; a generated page's whole HTML blocks skip Markdown's parser."""
    aside = set_aside(page.markdown) if generated else None
    if aside is None or not aside.blocks:
        type(page).render(page, config, files)
        return
    markdown, page.markdown = page.markdown, aside.markdown
    try:
        type(page).render(page, config, files)
    finally:
        page.markdown = markdown
    content = aside.put_back(page.content)
    if content is None:  # Markdown did not pass a placeholder through: convert the page as it is
        type(page).render(page, config, files)
        return
    page.content = content
    if page.present_anchor_ids is not None:
        page.present_anchor_ids = page.present_anchor_ids | anchor_ids(aside.blocks)


class SearchEntryCache:
    """The search entries Material's search plugin makes of each page, kept across builds.

    Material parses every page's HTML for its index on every build. Its entries
    for a page follow from the page's HTML, table of contents, address, title
    and front matter, and the plugin's settings; they are kept under a digest of
    those and appended to the index in the page's turn, as the plugin would.
    """

    def __init__(self, folder: Path, search_settings: object, trouble: Trouble) -> None:
        self.kept = EntryFolder(folder, trouble)
        settings = repr(search_settings)
        self.enabled = not _ADDRESS.search(settings)
        self._context = f"{_versions()}\0{settings}".encode()
        self._served: tuple[Any, Callable[[Any], None]] | None = None  # the index and its own method
        self._made_early: dict[str, list[Any]] = {}

    def serve(self, index: Any) -> None:
        """Make ``index`` (Material's ``SearchIndex``) take each page's entries from here when kept."""
        make = search_entry_maker(index)
        if not self.enabled or make is None:
            return
        self._served = index, make

        def add_entry_from_context(page: Any) -> None:
            key = self._key(page)
            kept = self._made_early.pop(key, None)
            if kept is None:
                kept = self.kept.load(key, list)
            if kept is not None:
                index.entries.extend(kept)
                return
            before = len(index.entries)
            make(page)
            self.kept.save(key, index.entries[before:])
        replace_search_entry_maker(index, add_entry_from_context)

    def make_early(self, page: Any) -> None:
        """Make and keep ``page``'s entries before its turn, which then takes them from here.

        For a page whose HTML is final (after every ``on_page_content``): indexing it while
        it is converted lets a build in two processes share the indexing too.
        """
        if self._served is None:
            return
        index, make = self._served
        key = self._key(page)
        before = len(index.entries)
        make(page)
        self._made_early[key] = made = index.entries[before:]
        del index.entries[before:]
        self.kept.save(key, made)

    def _key(self, page: Any) -> str:
        return _digest(self._context, type(page).__module__, page.url, str(page.title), page.content or "",
                       _toc_key(page.toc), json.dumps(page.meta, sort_keys=True, default=str))


def _toc_key(toc: Any) -> str:
    return json.dumps([[item.title, item.id, item.level, _toc_key(item.children)] for item in toc or ()])


def _restore(page: Any, kept: Rendered, files: Any) -> None:
    page.content = kept.content.decode("utf-8", "surrogatepass")
    page.toc = kept.toc
    restore_title_from_render(page, kept.title)
    page.present_anchor_ids = kept.present_anchor_ids
    if kept.links_to_anchors is not None:
        page.links_to_anchors = {files.get_file_from_path(uri): dict(anchors)
                                 for uri, anchors in kept.links_to_anchors.items()}
