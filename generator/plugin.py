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

from generator.cache import ReadCache
from generator.corpus import load_corpus
from generator.links import Linker
from generator.schema import (
    REGISTRY_SCHEMA_PATH,
    SIDECAR_SCHEMA_PATH,
    registry_schema,
    schema_text,
    sidecar_schema,
)
from generator.settings import Settings, SettingsError, settings_from_mapping
from generator.site import VERDICT_CSS, render_site
from generator.structured import page_jsonld

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.pages import Page

log = get_plugin_logger("briefs")
# Module level, because ``mkdocs serve`` makes a new plugin instance for every rebuild.
READ_CACHE = ReadCache()


class BriefsConfig(base.Config):
    """The ``briefs`` section of ``mkdocs.yml``."""

    briefs_dir = c.Type(str, default="briefs")
    verdicts = c.Optional(c.Type(dict))
    review_author = c.Type(str, default="newsbriefs")
    review_author_url = c.Type(str, default="")


class BriefsPlugin(BasePlugin[BriefsConfig]):
    """Publishes every article + sidecar pair of the briefs folder as site pages."""

    def __init__(self) -> None:
        self.settings = Settings()
        self.jsonld: dict[str, str] = {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        project_dir = Path(config.config_file_path or ".").resolve().parent
        options: dict[str, Any] = dict(self.config)
        try:
            self.settings = settings_from_mapping(options, project_dir, config.site_url or "",
                                                  config.site_name)
        except SettingsError as error:
            raise PluginError(str(error)) from None
        if VERDICT_CSS not in config.extra_css:
            config.extra_css.append(VERDICT_CSS)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        started = time.monotonic()
        corpus, problems = load_corpus(self.settings, cache=READ_CACHE, progress=_log_progress)
        for problem in problems:
            log.warning(problem.format())
        if problems:
            log.warning(f"{len(problems)} problem(s) in the briefs; "
                        f"{len(corpus.briefs)} sound brief(s) published")
        linker = Linker(directory_urls=config.use_directory_urls)
        self.jsonld = page_jsonld(corpus, self.settings, linker)
        generated = render_site(corpus, self.settings, linker)
        for path, content in generated.items():
            files.append(File.generated(config, path, content=content))
        log.info(f"{len(corpus.briefs)} brief(s) read and {len(generated)} page(s) and file(s) "
                 f"generated in {time.monotonic() - started:.1f} s")
        for path, content in self._schemas().items():
            files.append(File.generated(config, path, content=content))
        return files

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
