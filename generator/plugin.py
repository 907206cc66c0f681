"""Thin MkDocs glue: generated pages in the build, problems in the log, reload on edit.

Everything of substance lives in the core; this module only adapts it to
MkDocs' events. Problems in the briefs are logged as warnings through the
plugin logger: ``mkdocs build --strict`` then fails with every message, while
a plain build or ``mkdocs serve`` still publishes every sound brief. Problems
in the plugin's options stop any build, every one named in one message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.config import base
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from generator.atomic_files import why_not_written
from generator.caching.build_caches import BuildCaches
from generator.caching.engine_internals import rebuild_request
from generator.caching.folders import DIRTY_PAGES, SETTLE_DIR
from generator.errors import Problem
from generator.linking.corpus import Corpus, load_corpus, no_brief_found
from generator.publishing.memos import forget_memos
from generator.publishing.page_store import EncodedFiles, PageFolder, store_changed
from generator.publishing.pagefind import SEARCH_PAGE, index_site, render_search_page
from generator.publishing.preview import PreviewRounds, problem_pages, wake_server
from generator.publishing.sharing import place_share_image, site_sharing, write_share_images
from generator.publishing.site import (
    VERDICT_CSS,
    render_briefs,
    render_drafts,
    render_site,
    site_jsonld,
    structured_data_problem,
    without_hand_written,
)
from generator.publishing.watch import watch_folder
from generator.rendering.front_matter import read_front_matter, split_front_matter
from generator.rendering.links import Linker
from generator.rendering.page_context import PageContext
from generator.rendering.share import ShareCard
from generator.rendering.templating import TemplateFault, templates_for
from generator.settings import (
    OPTIONS_FIELD,
    Settings,
    duplicate_options,
    options_positions,
    settings_from_mapping,
)
from generator.sidecar.yaml_positions import Positions

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = get_plugin_logger("briefs")


class BriefsConfig(base.Config):
    """Left empty: the core validates the ``briefs`` options (``generator.settings``), all at once."""


class BriefsPlugin(BasePlugin[BriefsConfig]):
    """Publishes every article + sidecar pair of the briefs folder as site pages."""

    # pages kept by a build stay valid across these
    settings_not_in_output = frozenset({"second_process", "preview_polling"})

    def __init__(self) -> None:
        self.options: dict[str, Any] = {}
        self.settings = Settings()
        self.jsonld: dict[str, str] = {}
        self.share: dict[str, dict[str, Any]] = {}  # each page's link preview, by page path
        self.share_images: dict[str, ShareCard] = {}  # what each share image shows, by its path
        self.images_written: dict[str, ShareCard] = {}  # a preview's images in its site folder
        self.project_dir = Path(".")
        self.caches = BuildCaches(self.project_dir, "", dirty=False)  # every cache: generator/caching
        self.rounds: PreviewRounds | None = None
        self.focus: set[str] | None = None  # the briefs this round shows quickly, planned at on_config
        self.stop_watching: Callable[[], None] | None = None  # a preview's watch of the briefs folder
        self.nav: Navigation | None = None
        self.generated: set[str] = set()  # the generated files of the last round, by path
        self.front_matter: dict[str, bytes] = {}  # generated pages' front matter, until each is read
        self.stored: PageFolder | None = None  # what a dirty preview's last full round stored

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup makes MkDocs keep this instance (and its cache) across serve rebuilds.
        # A one-off build keeps nothing: holding every parsed brief to the end only costs memory.
        self.caches = BuildCaches(self.project_dir, command, dirty)

    def load_config(self, options: dict[str, Any], config_file_path: str | None = None,
                    ) -> tuple[list[Any], list[Any]]:
        # Kept as written: on_config validates them with the core, so that mkdocs build and
        # briefs check report the same problems, every one, each naming its option.
        self.options = dict(options)
        return [], []

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        config_file = Path(config.config_file_path or "mkdocs.yml").resolve()
        self.project_dir = config_file.parent
        locate = partial(_options_positions, config_file)
        settings = settings_from_mapping(self.options, self.project_dir, config.site_url or "",
                                         config.site_name, source=_shown(config_file), locate=locate,
                                         theme_dir=config.theme.custom_dir,
                                         duplicates=_duplicate_options(config_file),
                                         language=_theme_language(config))
        if isinstance(settings, tuple):
            raise PluginError("\n".join(p.format() for p in settings))
        if problem := structured_data_problem(settings, _shown(config_file)):
            raise PluginError(problem.format())
        self.settings = settings = replace(settings, show_drafts=self.caches.preview)
        if self.caches.dirty and self.rounds is None:
            self.rounds = PreviewRounds(settings.briefs_dir, self.project_dir / SETTLE_DIR)
        self.focus = self.rounds.plan() if self.rounds else None  # a quick round's briefs, or a full round
        self.caches.configure(self.project_dir, config, settings, quick=self.focus is not None)
        if VERDICT_CSS not in config.extra_css:
            config.extra_css.append(VERDICT_CSS)
        if settings.search == "pagefind":
            if "material/search" in config.plugins or "search" in config.plugins:
                raise PluginError(Problem(
                    _shown(config_file), *(where.of(("search",)) if (where := locate()) else (0, 0)),
                    "'pagefind' replaces the theme's search", field=f"{OPTIONS_FIELD}.search",
                    hint="remove '- search' from the plugins").format())
            config.nav = [*(config.nav or []), {"Search": SEARCH_PAGE}]
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.caches.build_starts(Path(config.site_dir))

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        try:
            return self._files(files, config)
        except TemplateFault as fault:  # a site's own template: one located line, no traceback
            raise PluginError(fault.problem.format()) from None
        except OSError as error:  # a preview's pages folder full, read-only or gone: one line
            raise PluginError(f"briefs: {error.filename or DIRTY_PAGES}: {why_not_written(error)}") from None

    def _files(self, files: Files, config: MkDocsConfig) -> Files:
        started = time.monotonic()
        if self.focus is not None:
            return self._quick_round(files, config, self.focus, started)
        self.caches.round_starts()
        corpus, problems = load_corpus(self.settings, cache=self.caches.for_briefs(self.settings),
                                       progress=_log_progress)
        self.caches.held()
        _log_corpus(corpus, problems, self.caches.preview, self.settings.briefs_dir)
        linker = Linker(directory_urls=config.use_directory_urls)
        self.jsonld = site_jsonld(corpus, self.settings, linker, self.caches.remember)
        store = self._store()
        render_site(corpus, self.settings, linker, self.caches.remember, store, self.caches.keep_listings)
        if self.caches.preview:
            store.update(problem_pages(problems, corpus,
                                       templates_for(self.settings.theme_dir, self.settings.locale)))
        for told in self.caches.briefs_rendered():
            log.info(told)
        self._share(store, config, corpus, linker)
        self._add_generated(files, config, store)
        log.info(f"{len(corpus.briefs)} brief(s) read and {len(self.generated)} page(s) and file(s) "
                 f"generated in {time.monotonic() - started:.1f} s")
        if self.caches.in_memory is None:
            forget_memos()  # a one-off build renders nothing more
        return self._add_fixed_files(files, config, linker)

    def _store(self) -> PageFolder | EncodedFiles:
        """Where each generated file is set as it is rendered: in a dirty preview on disk, so that
        MkDocs' dirty rebuild skips every page whose text did not change; else in memory as UTF-8."""
        if self.caches.dirty:
            return PageFolder(self.project_dir / DIRTY_PAGES, self.stored)
        return EncodedFiles()

    def _add_generated(self, files: Files, config: MkDocsConfig, store: PageFolder | EncodedFiles) -> None:
        """Every generated file not written by hand into the build; in a dirty preview, kept on disk."""
        generated = without_hand_written(store.take() if isinstance(store, EncodedFiles) else store.sources(),
                                         lambda page: files.get_file_from_path(page) is not None)
        paths = list(generated)
        self.generated = set(paths)
        self.front_matter = {}
        for path in paths:  # each file's bytes let go as soon as MkDocs holds them
            files.append(self._generated_file(config, path, generated.pop(path)))
        if isinstance(store, PageFolder):
            store.prune()
            self.stored = store
            if self.rounds:
                self.rounds.remember_full_round({path: store.paths[path] for path in paths})
            shown = ", ".join(store.changed[:8]) + (", …" if len(store.changed) > 8 else "")
            log.info(f"{len(store.changed)} of {len(self.generated)} generated file(s) changed"
                     f"{': ' + shown if shown else ''}; the dirty preview rebuilds only those")

    def _generated_file(self, config: MkDocsConfig, path: str, source: object) -> File:
        """One generated file for MkDocs, from its bytes or where a dirty preview stored it. In a build,
        a file that is not a page is placed in the site now, linked to the copy the caches keep, and
        MkDocs' copy of it onto itself is skipped."""
        if not isinstance(source, bytes):
            return File.generated(config, path, abs_src_path=str(source))
        if path.endswith(".md"):
            if (split := split_front_matter(source)) is None:
                return File.generated(config, path, content=source)
            self.front_matter[path] = split.front_matter  # read by on_page_markdown
            return File.generated(config, path, content=split.page)
        if self.caches.files is None:
            return File.generated(config, path, content=source)
        target = Path(config.site_dir) / path
        self.caches.place(target, source)
        return _PlacedFile.generated(config, path, abs_src_path=str(target))

    def _share(self, store: PageFolder | EncodedFiles, config: MkDocsConfig, corpus: Corpus,
               linker: Linker) -> None:
        """The pages' link previews, and the embed pages and oEmbed files set in ``store`` beside the
        pages (a dirty preview then writes again only those that changed); the share images are
        written into the site after the build (``on_post_build``), one at a time."""
        templates = templates_for(self.settings.theme_dir, self.settings.locale)
        sharing = site_sharing(corpus, self.settings, linker, templates, _language(config),
                               self.caches.remember_sharing)  # kept between a preview's rounds
        self.share, self.share_images = sharing.previews, sharing.cards
        store.update(sharing.files)
        for note in sharing.notes:
            log.info(note)

    def _write_share_images(self, config: MkDocsConfig) -> None:
        # A preview's rounds write only the images whose card changed (its site folder stays).
        written = self.images_written if self.caches.preview else None
        self._place_images_ahead(config)
        try:
            write_share_images(self.share_images, Path(config.site_dir), self.caches.keep_images, written,
                               self.caches.placed_ahead, place=self.caches.place)
        except OSError as error:  # the site folder full or read-only: one line
            where = error.filename or config.site_dir
            raise PluginError(f"briefs: {where}: {why_not_written(error)}") from None

    def _place_images_ahead(self, config: MkDocsConfig) -> None:
        """Have a second process place the share images, if the build may fork and has not yet."""
        self.caches.place_images_ahead(self.share_images, partial(
            place_share_image, Path(config.site_dir), self.share_images, self.caches.keep_images,
            self.caches.place))

    def _add_fixed_files(self, files: Files, config: MkDocsConfig, linker: Linker) -> Files:
        if self.settings.search == "pagefind":
            files.append(File.generated(config, SEARCH_PAGE, content=render_search_page(linker)))
        return files

    def _quick_round(self, files: Files, config: MkDocsConfig, focus: set[str], started: float) -> Files:
        """Only the edited briefs, beside the stored listings; a full round follows (see preview.py)."""
        cache = self.caches.in_memory
        assert self.rounds is not None and cache is not None
        # Asked now, the server's next poll of the settle folder falls within this round, so the
        # full round starts as soon as this one is shown instead of up to a poll later.
        self.rounds.ask_to_settle()
        corpus, problems = load_corpus(self.settings, cache=cache, only=focus)
        for problem in problems:
            log.warning(problem.format())
        linker = Linker(directory_urls=config.use_directory_urls)
        self.jsonld.update(site_jsonld(corpus, self.settings, linker, cache.remember))
        ctx = PageContext(corpus, self.settings, linker)
        generated = {**render_drafts(ctx), **render_briefs(ctx, cache.remember)}
        generated.update(problem_pages(problems, corpus, ctx.templates))
        stored = store_changed(generated, self.project_dir / DIRTY_PAGES, prune=False)
        if self.stored is not None:
            self.stored.forget(stored.paths)  # rewritten: the next full round compares them with the disk
        self.rounds.shown_quickly.update(stored.paths)
        for path, file in {**self.rounds.listings, **stored.paths}.items():
            files.append(File.generated(config, path, abs_src_path=str(file)))
        log.info(f"quick round: {', '.join(sorted(focus))} shown in {time.monotonic() - started:.1f} s; "
                 "listings follow in a full round")
        return self._add_fixed_files(files, config, linker)

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        self.caches.held()
        return nav

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page:
        self.caches.page_starts(page, config, files)
        return page

    @event_priority(-100)  # after every other plugin's: the HTML is then final
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        self.caches.page_converted(page, html)
        if page.file.src_uri in self.generated:
            page.markdown = ""  # converted: MkDocs and the theme read only the HTML from here on
            if page.file.abs_src_path is None:
                page.file.content_bytes = b""  # read
        return html

    @event_priority(-100)  # after every other plugin's: the environment is then complete
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        self.caches.environment(env, config, files, self.nav)
        if self.focus is None and self.caches.while_pages_are_built():
            self._place_images_ahead(config)
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.focus is not None:
            return  # the full round asked for in on_files indexes the site
        self._write_share_images(config)
        for told in self.caches.build_ended():
            log.info(told)
        if self.settings.search == "pagefind" and (error := index_site(Path(config.site_dir))):
            raise PluginError(f"briefs: {error}")

    @event_priority(100)  # before other plugins' on_page_markdown, which may read the page's metadata
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        if (front_matter := self.front_matter.pop(page.file.src_uri, None)) is not None:
            page.meta.update(read_front_matter(front_matter))
        if (jsonld := self.jsonld.get(page.file.src_uri)) is not None:
            page.meta["jsonld"] = jsonld  # printed into <head> by theme_overrides/main.html
        if (share := self.share.get(page.file.src_uri)) is not None:
            page.meta["share"] = share  # the link preview's tags, printed by theme_overrides/main.html
        self.caches.page_read(page, generated=page.file.src_uri in self.generated)
        return markdown

    def on_build_error(self, *, error: Exception) -> None:
        self.caches.build_failed()

    @event_priority(-100)  # after every other plugin's on_post_page
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri in self.generated:
            page.content = ""  # written: other pages show only its title and address
        if self.caches.place_page(page, output):
            return ""  # placed in the site as a link to its kept copy: the build writes nothing
        return output

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig,
                 builder: Any) -> LiveReloadServer:
        # MkDocs finds changes by listing every watched file twice a second: at 10,000 briefs that took
        # half a core and up to a second before an edit was seen. The briefs folder is watched through
        # the system's file events instead, which ask the server for a round at once, or, should its
        # internals change, wake it through a one-file folder it polls. A quick round asks the same way.
        wake = self.project_dir / SETTLE_DIR
        at_once = rebuild_request(server)
        if at_once is not None and self.rounds is not None:
            self.rounds.wake = at_once
        try:
            wake_server(wake)
        except OSError:  # no folder to wake the server through: it polls the briefs folder
            self.stop_watching = None
        else:
            server.watch(str(wake))
            self.stop_watching = None if self.settings.preview_polling \
                else watch_folder(self.settings.briefs_dir, at_once or partial(_wake, wake))
        if self.stop_watching is None:
            server.watch(str(self.settings.briefs_dir))
        return server

    def on_shutdown(self) -> None:
        if self.stop_watching is not None:
            self.stop_watching()


class _PlacedFile(File):
    """A generated file the plugin has placed in the site already: MkDocs' copy of it onto itself, which
    makes its folder twice and looks at both paths (nine calls to the system per file), is skipped."""

    def copy_file(self, dirty: bool = False) -> None:
        """Nothing to copy: the file is in the site."""


def _wake(folder: Path) -> None:
    """Wake the preview server after an edit; if the cache folder can no longer be written, say so."""
    try:
        wake_server(folder)
    except OSError as error:
        log.warning(f"{error.filename or folder}: {why_not_written(error)}; edits in the briefs folder are "
                    "not seen until the preview restarts (or set `preview_polling: true`)")


def _shown(config_file: Path) -> str:
    """The configuration file as the author ran MkDocs: relative to the working folder if inside it."""
    return str(config_file.relative_to(Path.cwd())) if config_file.is_relative_to(Path.cwd()) \
        else str(config_file)


def _options_positions(config_file: Path) -> Positions | None:
    try:
        return options_positions(config_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def _duplicate_options(config_file: Path) -> tuple[Problem, ...]:
    try:
        return duplicate_options(config_file.read_text(encoding="utf-8"), _shown(config_file))
    except (OSError, UnicodeDecodeError):
        return ()


def _language(config: MkDocsConfig) -> str:
    """The site's language, as the theme states it (``en`` when it does not)."""
    return str(config.theme["language"]) if "language" in config.theme else "en"


def _log_progress(done: int, total: int) -> None:
    log.info(f"{done:,} of {total:,} briefs read")


def _log_corpus(corpus: Corpus, problems: list[Problem], preview: bool, briefs_dir: Path) -> None:
    """Each problem as a warning (``--strict`` fails on them), and what was held back or not published."""
    for problem in problems:
        log.warning(problem.format())
    if not problems and not corpus.briefs and not corpus.drafts:
        log.warning(no_brief_found(briefs_dir.name))  # named as the problems of its files are
    if corpus.held_back:
        log.info(f"{len(corpus.held_back)} unrated claim(s) held back until they have a verdict: "
                 + ", ".join(f"{stem}#{claim}" for stem, claim in corpus.held_back))
    if corpus.drafts:
        log.info(f"{len(corpus.drafts)} draft(s) not published"
                 + ("; shown in this preview with a Draft banner" if preview else ""))
    if problems:
        log.warning(f"{len(problems)} problem(s) in the briefs; "
                    f"{len(corpus.briefs)} sound brief(s) published")


def _theme_language(config: MkDocsConfig) -> str:
    """The theme's language (``theme.language``), the site's: Material translates its own words to it."""
    language = config.theme.get("language")
    return language if isinstance(language, str) else "en"
