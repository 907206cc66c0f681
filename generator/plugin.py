"""Thin MkDocs glue: generated pages in the build, problems in the log, reload on edit.

Everything of substance lives in the core; this module only adapts it to
MkDocs' events. Problems are logged as warnings through the plugin logger:
``mkdocs build --strict`` then fails with every message, while a plain build
or ``mkdocs serve`` still publishes every sound brief.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from generator.linking.corpus import load_corpus
from generator.linking.rebuild_cache import RebuildCache, no_cache
from generator.publishing.json_ld import page_jsonld
from generator.publishing.page_store import store_changed
from generator.publishing.pagefind import SEARCH_PAGE, index_site, render_search_page
from generator.publishing.site import VERDICT_CSS, render_site
from generator.rendering.links import Linker
from generator.settings import Settings, SettingsError, settings_from_mapping
from generator.sidecar.json_schema import (
    REGISTRY_SCHEMA_PATH,
    SIDECAR_SCHEMA_PATH,
    registry_schema,
    schema_text,
    sidecar_schema,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.pages import Page

log = get_plugin_logger("briefs")
DIRTY_PAGES = Path(".cache") / "briefs" / "pages"


class BriefsConfig(base.Config):
    """The ``briefs`` section of ``mkdocs.yml``."""

    briefs_dir = c.Type(str, default="briefs")
    verdicts = c.Optional(c.Type(dict))
    review_author = c.Type(str, default="newsbriefs")
    review_author_url = c.Type(str, default="")
    # "pagefind" for large archives: a chunked index instead of Material's one-file index.
    search = c.Choice(("material", "pagefind"), default="material")


class BriefsPlugin(BasePlugin[BriefsConfig]):
    """Publishes every article + sidecar pair of the briefs folder as site pages."""

    def __init__(self) -> None:
        self.settings = Settings()
        self.jsonld: dict[str, str] = {}
        self.dirty = False
        self.project_dir = Path(".")
        self.cache: RebuildCache | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup makes MkDocs keep this instance (and its cache) across serve rebuilds.
        # A one-off build keeps nothing: holding every parsed brief to the end only costs memory.
        self.dirty = command == "serve" and dirty
        self.cache = RebuildCache() if command == "serve" else None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.project_dir = project_dir = Path(config.config_file_path or ".").resolve().parent
        options: dict[str, Any] = dict(self.config)
        try:
            self.settings = settings_from_mapping(options, project_dir, config.site_url or "",
                                                  config.site_name)
        except SettingsError as error:
            raise PluginError(str(error)) from None
        if VERDICT_CSS not in config.extra_css:
            config.extra_css.append(VERDICT_CSS)
        if self.config.search == "pagefind":
            if "material/search" in config.plugins or "search" in config.plugins:
                raise PluginError("briefs: 'search: pagefind' replaces the theme's search; remove "
                                  "'- search' from the plugins in mkdocs.yml")
            config.nav = [*(config.nav or []), {"Search": SEARCH_PAGE}]
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        started = time.monotonic()
        corpus, problems = load_corpus(self.settings, cache=self.cache, progress=_log_progress)
        for problem in problems:
            log.warning(problem.format())
        if problems:
            log.warning(f"{len(problems)} problem(s) in the briefs; "
                        f"{len(corpus.briefs)} sound brief(s) published")
        linker = Linker(directory_urls=config.use_directory_urls)
        remember = self.cache.remember if self.cache else no_cache
        self.jsonld = page_jsonld(corpus, self.settings, linker, remember)
        generated = render_site(corpus, self.settings, linker, remember)
        if self.cache:
            self.cache.forget_unseen()
        if self.dirty:
            # On disk, so that MkDocs' dirty rebuild skips every page whose text did not change.
            stored = store_changed(generated, self.project_dir / DIRTY_PAGES)
            for path in generated:
                files.append(File.generated(config, path, abs_src_path=str(stored.paths[path])))
            shown = ", ".join(stored.changed[:8]) + (", …" if len(stored.changed) > 8 else "")
            log.info(f"{len(stored.changed)} of {len(generated)} generated file(s) changed"
                     f"{': ' + shown if shown else ''}; the dirty preview rebuilds only those")
        else:
            for path, content in generated.items():
                files.append(File.generated(config, path, content=content))
        log.info(f"{len(corpus.briefs)} brief(s) read and {len(generated)} page(s) and file(s) "
                 f"generated in {time.monotonic() - started:.1f} s")
        for path, content in self._schemas().items():
            files.append(File.generated(config, path, content=content))
        if self.config.search == "pagefind":
            files.append(File.generated(config, SEARCH_PAGE, content=render_search_page(linker)))
        return files

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.config.search == "pagefind" and (error := index_site(Path(config.site_dir))):
            raise PluginError(f"briefs: {error}")

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig,
                         files: Files) -> str:
        if (jsonld := self.jsonld.get(page.file.src_uri)) is not None:
            page.meta["jsonld"] = jsonld  # printed into <head> by theme_overrides/main.html
        return markdown

    def _schemas(self) -> dict[str, str]:
        """The sidecar and registry schemas, published so editors can fetch them by URL."""
        return {SIDECAR_SCHEMA_PATH: schema_text(sidecar_schema(self.settings)),
                REGISTRY_SCHEMA_PATH: schema_text(registry_schema())}

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig,
                 builder: Any) -> LiveReloadServer:
        server.watch(str(self.settings.briefs_dir))
        return server


def _log_progress(done: int, total: int) -> None:
    log.info(f"{done:,} of {total:,} briefs read")
