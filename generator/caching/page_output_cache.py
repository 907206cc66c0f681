"""Each page's final HTML kept across builds, so an unchanged page's theme templates are not rendered again.

Rendering Material's templates for every page is a fixed cost of each build
(about 15 % of a build that takes its Markdown from the render cache). A
page's HTML follows from the template context (the page in full, the
navigation, the whole configuration with every plugin's settings, what
plugins added to the context), from the Jinja environment and from the
template files; it is kept under a digest of the first two
(:mod:`generator.caching.template_inputs`), with the name and a digest of
the source of every template the rendering loaded, and used again only when
each of those templates still has the same source.

What a build changes every time is not in the key: the list of every page
(``pages``), the build date (``build_date_utc``) and a page's ``update_date``;
nor is the name of the configuration file (``config_file_path``), which rarely
shows on a page. When a template that rendered the page mentions one of them, its value is
kept with the HTML and compared on reuse, so the mkdocs theme's dated footer
is rendered afresh each day while Material's pages are reused.

The environment is wrapped where MkDocs meets it: MkDocs asks
``env.get_template`` for a page's template, lets plugins add to the context
(``on_page_context``), then calls ``template.render(context)``; the wrapped
template looks the page up at that moment, with the context as the plugins
left it. Nothing here imports MkDocs.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateNotFound, meta

from generator.caching.engine_internals import wrap_template_lookup
from generator.caching.render_cache import noting_messages
from generator.caching.store import EntryFolder, Trouble, installed_versions
from generator.caching.template_inputs import (
    Unstable,
    digest_environment,
    digest_navigation,
    digest_page_context,
    digest_value,
)

# Context entries digested apart: once per build (config, nav), in full (page), or only when used.
_APART = frozenset({"config", "nav", "page"})
_VOLATILE = ("pages", "build_date_utc")  # context entries a build changes every time
_UPDATE_DATE = re.compile(r"\bupdate_date\b")  # every page's is the build date
# Which file the configuration was read from: the same settings under another name make the same pages.
_CONFIG_FILE = "config_file_path"


@dataclass(frozen=True)
class KeptOutput:
    """A page's HTML, the templates it was rendered with, and the build-varying values they read."""

    html: str
    templates: tuple[tuple[str, bytes], ...]  # (name asked for, digest of the file found and its source)
    volatile: tuple[tuple[str, bytes], ...]  # ("pages", "build_date_utc", "update_date"; digest of it)
    messages: tuple[tuple[str, int, str], ...]  # (logger, level, text) the rendering logged


class PageOutputCache:
    """Rendered pages on disk under ``folder``, one file per page, pruned after each build."""

    def __init__(self, folder: Path, trouble: Trouble, mentions: dict[str, set[str]] | None = None) -> None:
        self.kept = EntryFolder(folder, trouble)
        self.hits = 0  # pages whose output this build took from the folder
        self._env: Any = None
        self._build: bytes | Unstable | None = None  # digest of what every page of this build shares
        self._templates: dict[str, bytes] = {}  # template name -> digest of its source, this build
        self._sources: dict[str, str] = {}  # template name -> its source, this build
        # A template's source -> the volatile names it reads: ``mentions`` is kept across a preview's
        # rounds, whose every full round would otherwise parse the theme's templates again.
        self._mentions = {} if mentions is None else mentions
        self._loaded: list[Any] | None = None  # templates asked for by the rendering under way

    def serve(self, env: Any) -> None:
        """Make ``env`` hand MkDocs templates whose ``render`` reuses a page's kept output."""
        self._env, self._build, self._templates, self._sources = env, None, {}, {}
        get_template, select_template = env.get_template, env.select_template

        def get_template_here(name: Any, *args: Any, **kwargs: Any) -> Any:
            if self._loaded is None:  # MkDocs asking for a page's template
                return _PageTemplate(get_template(name, *args, **kwargs), self)
            # An extends, include or import inside a page's rendering, named as the loader sees it.
            parent = args[0] if args else kwargs.get("parent")
            self._loaded.append(env.join_path(name, parent) if parent and isinstance(name, str) else name)
            return get_template(name, *args, **kwargs)

        def select_template_here(names: Any, *args: Any, **kwargs: Any) -> Any:
            if self._loaded is not None:  # every name tried: one missing now may be written later
                self._loaded.extend(names if isinstance(names, list | tuple) else [names])
            return select_template(names, *args, **kwargs)

        wrap_template_lookup(env, get_template_here, select_template_here)

    def render(self, template: Any, context: Mapping[str, Any]) -> str:
        """``template.render(context)``, or the page's output from an earlier build when still valid."""
        page = context.get("page")
        if page is None or "nav" not in context or "config" not in context or self._loaded is not None:
            return str(template.render(context))
        try:
            key = self._key(template, context, page)
        except Unstable:
            return str(template.render(context))
        kept = self.kept.load(key, KeptOutput)
        if kept is not None and self._still_valid(kept, context, page):
            self.hits += 1
            for name, level, text in kept.messages:
                logging.getLogger(name).log(level, text)
            html: str = kept.html
            return html
        self._loaded = [template.name]
        try:
            html, records = noting_messages(lambda: str(template.render(context)))
            loaded = list(dict.fromkeys(getattr(t, "name", t) for t in self._loaded))  # names or templates
        finally:
            self._loaded = None
        with suppress(Unstable):  # a template read a value that cannot be digested: rendered every time
            self.kept.save(key, KeptOutput(
                html, tuple((name, self._template_digest(name)) for name in loaded),
                self._volatile(loaded, context, page),
                tuple((r.name, r.levelno, r.getMessage()) for r in records)))
        return html

    def _key(self, template: Any, context: Mapping[str, Any], page: Any) -> str:
        if self._build is None:
            try:
                self._build = self._build_digest(context)
            except Unstable as error:
                self._build = error  # nothing of this build is kept: asked once, not once per page
        if isinstance(self._build, Unstable):
            raise self._build
        own = digest_page_context(context, page, _APART | frozenset(_VOLATILE), frozenset({"update_date"}))
        return hashlib.blake2b(self._build + own + str(template.name).encode(), digest_size=20).hexdigest()

    def _build_digest(self, context: Mapping[str, Any]) -> bytes:
        """What every page of this build shares: libraries, Python, environment, configuration, navigation."""
        config = context["config"]
        settings = {name: value for name, value in config.items() if name != _CONFIG_FILE}
        return digest_value((installed_versions(), digest_environment(self._env), _locales(self._env),
                             digest_value(settings), digest_navigation(context["nav"])))

    def _template_digest(self, name: str) -> bytes:
        digest = self._templates.get(name)
        if digest is None:
            loader = self._env.loader
            if loader is None:
                raise Unstable("no template loader")
            try:
                source, filename, _ = loader.get_source(self._env, name)
            except TemplateNotFound:
                source, filename = "", None  # asked for and missing: kept so, until it is written
            except Exception as error:  # noqa: BLE001 - a template that cannot be read is never kept
                raise Unstable(f"template {name} cannot be read") from error
            self._sources[name] = source
            # MkDocs gives relative paths when its configuration was named by a relative path.
            where = os.path.abspath(filename) if filename else None
            digest = self._templates[name] = digest_value((name, where, source))
        return digest

    def _volatile(self, loaded: Iterable[str], context: Mapping[str, Any], page: Any,
                  ) -> tuple[tuple[str, bytes], ...]:
        """The build-varying values the ``loaded`` templates read, with the digest of each."""
        read: set[str] = set()
        for name in loaded:
            read |= self._read_names(name)
        return tuple((name, self._volatile_digest(name, context, page)) for name in sorted(read))

    def _read_names(self, name: str) -> set[str]:
        """Which volatile values a template reads: the context entries by name, ``update_date`` anywhere."""
        source = self._sources[name]
        if source not in self._mentions:
            free = meta.find_undeclared_variables(self._env.parse(source))
            self._mentions[source] = ({entry for entry in _VOLATILE if entry in free}
                                      | ({"update_date"} if _UPDATE_DATE.search(source) else set())
                                      | ({_CONFIG_FILE} if _CONFIG_FILE in source else set()))
        return self._mentions[source]

    @staticmethod
    def _volatile_digest(name: str, context: Mapping[str, Any], page: Any) -> bytes:
        if name == "pages":  # the files, and their pages by title and address
            return digest_value([(file, getattr(file, "page", None)) for file in context.get("pages") or ()])
        if name == "update_date":
            pages = getattr(context.get("nav"), "pages", ())
            return digest_value([getattr(p, "update_date", None) for p in (page, *pages)])
        if name == _CONFIG_FILE:
            return digest_value(context["config"].get(_CONFIG_FILE))
        return digest_value(context.get(name))

    def _still_valid(self, kept: KeptOutput, context: Mapping[str, Any], page: Any) -> bool:
        try:
            if any(self._template_digest(name) != digest for name, digest in kept.templates):
                return False
            if any(self._volatile_digest(name, context, page) != digest for name, digest in kept.volatile):
                return False
        except Unstable:
            return False
        return True


class _PageTemplate:
    """A Jinja template whose ``render`` goes through the page output cache; the rest is the template's."""

    def __init__(self, template: Any, cache: PageOutputCache) -> None:
        self._template = template
        self._cache = cache

    def render(self, *args: Any, **kwargs: Any) -> str:
        return self._cache.render(self._template, dict(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._template, name)


def _locales(env: Any) -> list[tuple[str, int, int]]:
    """The translation files of the theme's folders (gettext catalogs are read from there)."""
    found = []
    for folder in getattr(env.loader, "searchpath", ()):
        for root, _, names in os.walk(os.path.join(folder, "locales")):
            for name in names:
                stat = os.stat(os.path.join(root, name))
                found.append((os.path.join(root, name), stat.st_size, stat.st_mtime_ns))
    return sorted(found)
