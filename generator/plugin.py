"""Thin MkDocs glue: generated pages in the build, problems in the log, reload on edit.

Everything of substance lives in the core; this module only adapts it to
MkDocs' events. Problems in the briefs are logged as warnings through the
plugin logger: ``mkdocs build --strict`` then fails with every message, while
a plain build or ``mkdocs serve`` still publishes every sound brief. Problems
in the plugin's options stop any build, every one named in one message.
"""

from __future__ import annotations

import gc
import importlib
import time
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.config import base
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files

from generator.errors import Problem
from generator.linking.corpus import load_corpus
from generator.linking.disk_cache import CACHE_DIR
from generator.linking.kept_briefs import KeptBriefs
from generator.linking.rebuild_cache import RebuildCache, no_cache
from generator.publishing.memos import forget_memos
from generator.publishing.page_output_cache import PageOutputCache
from generator.publishing.page_store import EncodedFiles, PageFolder, store_changed
from generator.publishing.pagefind import SEARCH_PAGE, index_site, render_search_page
from generator.publishing.preview import PreviewRounds, problem_pages
from generator.publishing.render_cache import RenderCache, SearchEntryCache
from generator.publishing.second_process import can_fork
from generator.publishing.site import (
    BRIEF_FILES,
    VERDICT_CSS,
    render_briefs,
    render_drafts,
    render_site,
    site_jsonld,
    structured_data_problem,
    without_hand_written,
)
from generator.publishing.templates import ReusedTemplates
from generator.publishing.two_process_build import TwoProcessBuild
from generator.rendering.brief_page import PageContext
from generator.rendering.links import Linker
from generator.rendering.templating import TemplateFault, templates_for
from generator.settings import OPTIONS_FIELD, Settings, options_positions, settings_from_mapping
from generator.sidecar.yaml_positions import Positions

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = get_plugin_logger("briefs")
DIRTY_PAGES = CACHE_DIR / "pages"
SETTLE_DIR = CACHE_DIR / "settle"
RENDER_DIR = CACHE_DIR / "render"
SEARCH_DIR = CACHE_DIR / "search"
OUTPUT_DIR = CACHE_DIR / "output"
CORPUS_DIR = CACHE_DIR / "corpus"


class BriefsConfig(base.Config):
    """Left empty: the core validates the ``briefs`` options (``generator.settings``), all at once."""


class BriefsPlugin(BasePlugin[BriefsConfig]):
    """Publishes every article + sidecar pair of the briefs folder as site pages."""

    def __init__(self) -> None:
        self.options: dict[str, Any] = {}
        self.settings = Settings()
        self.jsonld: dict[str, str] = {}
        self.dirty = False
        self.preview = False
        self.project_dir = Path(".")
        self.cache: RebuildCache | None = None
        self.rounds: PreviewRounds | None = None
        self.quick = False
        self.templates = ReusedTemplates()
        self.renders: RenderCache | None = None
        self.search_entries: SearchEntryCache | None = None
        self.one_off = False
        self.two_processes: TwoProcessBuild | None = None
        self.nav: Navigation | None = None
        self.outputs: PageOutputCache | None = None
        self.generated: set[str] = set()  # the generated files of the last round, by path

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup makes MkDocs keep this instance (and its cache) across serve rebuilds.
        # A one-off build keeps nothing: holding every parsed brief to the end only costs memory.
        self.dirty = command == "serve" and dirty
        self.preview = command == "serve"
        self.cache = RebuildCache() if command == "serve" else None
        self.one_off = command in ("build", "gh-deploy") and not dirty

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
                                         theme_dir=config.theme.custom_dir)
        if isinstance(settings, tuple):
            raise PluginError("\n".join(p.format() for p in settings))
        if problem := structured_data_problem(settings, _shown(config_file)):
            raise PluginError(problem.format())
        self.settings = settings = replace(settings, show_drafts=self.preview)
        self.renders = self.search_entries = self.two_processes = None
        self.outputs = PageOutputCache(self.project_dir / OUTPUT_DIR) if settings.render_cache else None
        if settings.render_cache:
            self.renders = RenderCache(self.project_dir / RENDER_DIR,
                                       (config.markdown_extensions, config.mdx_configs))
            search = config.plugins.get("material/search") or config.plugins.get("search")
            if search is not None and hasattr(search, "search_index"):  # made by its on_config, before ours
                self.search_entries = SearchEntryCache(self.project_dir / SEARCH_DIR, search.config)
                self.search_entries.serve(search.search_index)
            if self.one_off and settings.second_process and self.renders.enabled and can_fork():
                self.two_processes = TwoProcessBuild(self.renders, self.search_entries)
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

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        try:
            return self._files(files, config)
        except TemplateFault as fault:  # a site's own template: one located line, no traceback
            raise PluginError(fault.problem.format()) from None

    def _files(self, files: Files, config: MkDocsConfig) -> Files:
        started = time.monotonic()
        if self.dirty and self.rounds is None:
            self.rounds = PreviewRounds(self.settings.briefs_dir, self.project_dir / SETTLE_DIR)
        focus = self.rounds.plan() if self.rounds else None
        self.quick = focus is not None
        if focus is not None:
            return self._quick_round(files, config, focus, started)
        gc.unfreeze()  # what the last full round kept may be garbage now
        # A build reads from disk what a preview keeps in memory.
        cache = self.cache or (KeptBriefs(self.project_dir / CORPUS_DIR, BRIEF_FILES)
                               if self.settings.render_cache else None)
        corpus, problems = load_corpus(self.settings, cache=cache, progress=_log_progress)
        for problem in problems:
            log.warning(problem.format())
        if corpus.held_back:
            log.info(f"{len(corpus.held_back)} unrated claim(s) held back until they have a verdict: "
                     + ", ".join(f"{stem}#{claim}" for stem, claim in corpus.held_back))
        if corpus.drafts:
            log.info(f"{len(corpus.drafts)} draft(s) not published"
                     + ("; shown in this preview with a Draft banner" if self.preview else ""))
        if problems:
            log.warning(f"{len(problems)} problem(s) in the briefs; "
                        f"{len(corpus.briefs)} sound brief(s) published")
        linker = Linker(directory_urls=config.use_directory_urls)
        remember = cache.remember if cache else no_cache
        self.jsonld = site_jsonld(corpus, self.settings, linker, remember)
        # Each file set as it is rendered: in a dirty preview on disk, so that MkDocs' dirty rebuild
        # skips every page whose text did not change; else in memory as UTF-8 (see page_store.py).
        store = PageFolder(self.project_dir / DIRTY_PAGES) if self.dirty else EncodedFiles()
        render_site(corpus, self.settings, linker, remember, store)
        if self.preview:
            store.update(problem_pages(problems, corpus, templates_for(self.settings.theme_dir)))
        if cache:
            cache.forget_unseen()
            if isinstance(cache, KeptBriefs):
                cache.save()
                log.info("kept briefs: {} of {} brief(s) read and rendered in an earlier build".format(
                    *cache.reused()))
        generated = without_hand_written(store.sources(),
                                         lambda page: files.get_file_from_path(page) is not None)
        for path, source in generated.items():
            files.append(File.generated(config, path, content=source) if isinstance(source, bytes)
                         else File.generated(config, path, abs_src_path=str(source)))
        self.generated = set(generated)
        if isinstance(store, PageFolder):
            store.prune()
            if self.rounds:
                self.rounds.remember_full_round({path: store.paths[path] for path in generated})
            shown = ", ".join(store.changed[:8]) + (", …" if len(store.changed) > 8 else "")
            log.info(f"{len(store.changed)} of {len(generated)} generated file(s) changed"
                     f"{': ' + shown if shown else ''}; the dirty preview rebuilds only those")
        log.info(f"{len(corpus.briefs)} brief(s) read and {len(generated)} page(s) and file(s) "
                 f"generated in {time.monotonic() - started:.1f} s")
        if self.cache is None:
            forget_memos()  # a one-off build renders nothing more
        return self._add_fixed_files(files, config, linker)

    def _add_fixed_files(self, files: Files, config: MkDocsConfig, linker: Linker) -> Files:
        if self.settings.search == "pagefind":
            files.append(File.generated(config, SEARCH_PAGE, content=render_search_page(linker)))
        return files

    def _quick_round(self, files: Files, config: MkDocsConfig, focus: set[str], started: float) -> Files:
        """Only the edited briefs, beside the stored listings; a full round follows (see preview.py)."""
        assert self.rounds is not None and self.cache is not None
        corpus, problems = load_corpus(self.settings, cache=self.cache, only=focus)
        for problem in problems:
            log.warning(problem.format())
        linker = Linker(directory_urls=config.use_directory_urls)
        self.jsonld.update(site_jsonld(corpus, self.settings, linker, self.cache.remember))
        ctx = PageContext(corpus, self.settings, linker)
        generated = {**render_drafts(ctx), **render_briefs(ctx, self.cache.remember)}
        generated.update(problem_pages(problems, corpus, ctx.templates))
        stored = store_changed(generated, self.project_dir / DIRTY_PAGES, prune=False)
        self.rounds.shown_quickly.update(stored.paths)
        for path, file in {**self.rounds.listings, **stored.paths}.items():
            files.append(File.generated(config, path, abs_src_path=str(file)))
        log.info(f"quick round: {', '.join(sorted(focus))} shown in {time.monotonic() - started:.1f} s; "
                 "listings follow in a full round")
        return self._add_fixed_files(files, config, linker)

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    def on_pre_page(self, page: Page, /, *, config: MkDocsConfig, files: Files) -> Page:
        if self.two_processes:
            self.two_processes.page_starts(page, config, files)
        return page

    @event_priority(-100)  # after every other plugin's: the HTML is then final
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.two_processes:
            self.two_processes.page_converted(page, html)
        if page.file.src_uri in self.generated:
            page.markdown = ""  # converted: MkDocs and the theme read only the HTML from here on
            if page.file.abs_src_path is None:
                page.file.content_bytes = b""  # read
        return html

    @event_priority(-100)  # after every other plugin's: the environment is then complete
    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        if self.two_processes:
            # The engine running the build (MkDocs or a fork) names itself in every page's context.
            build = importlib.import_module(f"{type(config).__module__.split('.')[0]}.commands.build")
            self.two_processes.pages_converted(env, config, files, self.nav, build.get_context)
        if self.preview:
            env.bytecode_cache = self.templates  # templates compile once per serve, not per rebuild
        if self.two_processes and self.two_processes.rendering:
            self.outputs = None  # a cold build's templates are rendered by two processes, and kept by none
        if self.outputs:
            self.outputs.serve(env)
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.quick and self.rounds:
            self.rounds.ask_to_settle()
            return  # the full round that follows indexes the site
        if self.preview:
            # A preview keeps the parsed archive between rounds: millions of objects, which every
            # full garbage collection would walk (a second at 10,000 briefs), quick rounds too.
            gc.collect()
            gc.freeze()
        for told in self.two_processes.end() if self.two_processes else ():
            log.info(told)
        if self.renders and not self.dirty:
            self.renders.kept.prune()  # a dirty round renders only some pages: the others stay kept
            searched = self.search_entries.kept.hits if self.search_entries else 0
            log.info(f"render cache: {self.renders.kept.hits} page(s) and the search entries of "
                     f"{searched} page(s) reused")
        if self.search_entries and not self.dirty:
            self.search_entries.kept.prune()
        if self.outputs and not self.dirty:
            self.outputs.kept.prune()
            log.info(f"page output cache: {self.outputs.hits} page(s) reused")
        if self.settings.search == "pagefind" and (error := index_site(Path(config.site_dir))):
            raise PluginError(f"briefs: {error}")

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        if (jsonld := self.jsonld.get(page.file.src_uri)) is not None:
            page.meta["jsonld"] = jsonld  # printed into <head> by theme_overrides/main.html
        if self.renders:
            setattr(page, "render", partial(self.renders.render, page))  # noqa: B010 - one page's method
        return markdown

    def on_build_error(self, *, error: Exception) -> None:
        if self.two_processes:
            self.two_processes.end()

    @event_priority(-100)  # after every other plugin's on_post_page
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if page.file.src_uri in self.generated:
            page.content = ""  # written: other pages show only its title and address
        return output

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig,
                 builder: Any) -> LiveReloadServer:
        server.watch(str(self.settings.briefs_dir))
        if self.dirty:
            (self.project_dir / SETTLE_DIR).mkdir(parents=True, exist_ok=True)
            server.watch(str(self.project_dir / SETTLE_DIR))
        return server


def _shown(config_file: Path) -> str:
    """The configuration file as the author ran MkDocs: relative to the working folder if inside it."""
    return str(config_file.relative_to(Path.cwd())) if config_file.is_relative_to(Path.cwd()) \
        else str(config_file)


def _options_positions(config_file: Path) -> Positions | None:
    try:
        return options_positions(config_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def _log_progress(done: int, total: int) -> None:
    log.info(f"{done:,} of {total:,} briefs read")
