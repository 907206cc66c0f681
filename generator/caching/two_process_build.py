"""What a cold one-off build does in two processes, step by step as the plugin's events call it.

The build's two loops over its pages are each shared with a forked process
(``second_process``): the first (converting Markdown, then indexing the page
for search) through the render and search caches, the second (rendering the
page's template) through a folder of handed-over pages. Every step the build
runs for a page stays in the build, in order, so plugins see every page as
without the second process; only the costly parts of the other's pages are
taken from it. The engine's objects are used through the attributes and
events a build uses, so nothing here imports MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from generator.caching.engine_internals import set_current_page, wrap_template_lookup
from generator.caching.render_cache import RenderCache, SearchEntryCache
from generator.caching.second_process import HandedOver, SecondProcess


class TwoProcessBuild:
    """One cold build's pages shared with a second process; see the module's docstring."""

    def __init__(self, renders: RenderCache, search_entries: SearchEntryCache | None) -> None:
        self.renders = renders
        self.search_entries = search_entries
        self.started = False  # stays True in the second process, where `converting` stays None
        self.converting: SecondProcess | None = None
        self.rendering: SecondProcess | None = None
        self.handed: HandedOver | None = None
        self.index_early = False  # index the page at hand for search as soon as its HTML is final

    def page_starts(self, page: Any, config: Any, files: Any) -> None:
        """Before a page is converted (``on_pre_page``); the first one forks, if the cache is cold."""
        if not self.started:
            self.started = True
            pages = [file.page for file in files.documentation_pages() if file.page is not None]
            if len(self.renders.kept.earlier) < len(pages) // 2:
                self.converting = SecondProcess([p.file.src_uri for p in pages],
                                                lambda number: self._convert(pages[number], config, files))
        if self.converting:
            self.index_early = self.converting.claim(page.file.src_uri)

    def _convert(self, page: Any, config: Any, files: Any) -> None:
        """In the second process: what the build runs to convert a page."""
        self.index_early = True
        set_current_page(config, page)
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
        page.render(config, files)
        config.plugins.on_page_content(page.content, page=page, config=config, files=files)

    def page_converted(self, page: Any, html: str) -> None:
        """After every plugin's ``on_page_content``: index the page now if this process converted it."""
        if self.index_early and self.search_entries:
            page.content = html  # as the build sets it on return
            self.search_entries.make_early(page)

    def pages_converted(self, env: Any, config: Any, files: Any, nav: Any,
                        get_context: Callable[..., Any]) -> None:
        """Once every page is converted (``on_env``): fork again to render templates from the back.

        ``get_context`` is the running engine's (MkDocs or a fork: it names itself in every page).
        """
        if not self.converting:
            return
        self.converting.finish()
        self.index_early = False
        doc_files = files.documentation_pages()
        pages: Sequence[Any] = [file.page for file in doc_files if file.page is not None]
        try:
            self.handed = handed = HandedOver()
        except OSError:  # no temporary folder to hand pages over in: this process renders them all
            return

        def render(number: int) -> None:  # in the second process: the build's steps up to the template
            page = pages[number]
            page.active = True
            context = get_context(nav, doc_files, config, page)
            template = env.get_template(page.meta.get("template", "main.html"))
            context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
            handed.put(number, template.render(context))
            page.active = False
        self.rendering = rendering = SecondProcess([page.file.src_uri for page in pages], render)
        get_template = env.get_template
        wrap_template_lookup(env, lambda *args, **kwargs: _TemplateHandedOver(get_template(*args, **kwargs),
                                                                              rendering, handed))

    def end(self) -> list[str]:
        """Once the pages are written, or the build failed: wait for the second process; what to log."""
        if self.converting:
            self.converting.finish()
        if self.rendering:
            self.rendering.finish()
        if self.handed:
            self.handed.remove()
        told = []
        for second, done, did in ((self.converting, "page(s) converted", "converted"),
                                  (self.rendering, "page template(s) rendered", "rendered")):
            if second and (report := second.report):
                told.append(f"second process: {report.pages} {done} in {report.cpu_seconds:.1f} s of CPU "
                            f"time, peak memory {report.peak_kib // 1024} MB"
                            + (f"; it failed, and this process {did} the rest" if report.failed else ""))
        return told


class _TemplateHandedOver:
    """A template, whose output for a page the second process may have rendered already."""

    def __init__(self, template: Any, rendering: SecondProcess, handed: HandedOver) -> None:
        self.template, self.rendering, self.handed = template, rendering, handed

    def render(self, *args: Any, **kwargs: Any) -> str:
        """The page's output from the second process if it made it, else rendered here."""
        page = args[0].get("page") if args and isinstance(args[0], dict) else None
        if page is not None and not self.rendering.claim(page.file.src_uri):
            number = self.rendering.number_of(page.file.src_uri)
            if number is not None and (text := self.handed.take(number)) is not None:
                return text
        return str(self.template.render(*args, **kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.template, name)
