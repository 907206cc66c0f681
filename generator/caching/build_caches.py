"""The one interface between the plugin and every cache: :class:`BuildCaches`, called from MkDocs' events.

The plugin creates one per MkDocs run (a build, or a whole ``mkdocs serve``)
and calls it from its events in the order MkDocs runs them; it returns what
the plugin logs. What each cache keeps is described in ``generator/caching/__init__.py``.
Nothing here imports MkDocs: its objects are passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from generator.atomic_files import write_in_folder
from generator.caching import cycle_collection
from generator.caching.compiled_templates import ReusedTemplates
from generator.caching.engine_internals import engine_get_context, placed_page_note
from generator.caching.folders import (
    CORPUS_DIR,
    FILES_DIR,
    LISTINGS_DIR,
    OLD_SITE_DIR,
    OUTPUT_DIR,
    RENDER_DIR,
    SEARCH_DIR,
    SHARE_DIR,
)
from generator.caching.kept_briefs import KeptBriefs
from generator.caching.kept_listings import KeptListings
from generator.caching.old_site import OldSiteRemoval
from generator.caching.page_output_cache import PageOutputCache
from generator.caching.rebuild_cache import RebuildCache
from generator.caching.render_cache import RenderCache, SearchEntryCache
from generator.caching.second_process import SecondProcess, can_fork, sweep_handed_over
from generator.caching.share_images import KeptImages
from generator.caching.site_files import KeptFiles
from generator.caching.store import Trouble
from generator.caching.two_process_build import TwoProcessBuild
from generator.linking.remember import Remember, no_cache
from generator.publishing.site import BRIEF_FILES
from generator.rendering.share import ShareCard
from generator.settings import Settings


class BuildCaches:
    """Every cache of one MkDocs run, and the second process of a cold build.

    ``command`` and ``dirty`` are MkDocs': ``serve`` keeps the briefs in memory
    between rebuilds; a one-off ``build`` reads them from disk and may convert
    its pages in two processes; a dirty round prunes nothing.
    """

    def __init__(self, project_dir: Path, command: str, dirty: bool) -> None:
        self.project_dir = project_dir
        self.preview = command == "serve"
        self.dirty = self.preview and dirty  # a dirty preview round: only the edited pages are built
        self.one_off = command in ("build", "gh-deploy") and not dirty
        self.in_memory = RebuildCache() if self.preview else None  # kept across a preview's rebuilds
        self.templates = ReusedTemplates()
        self.template_mentions: dict[str, set[str]] = {}  # what each template source reads, for the outputs
        self.briefs: RebuildCache | None = self.in_memory
        self.renders: RenderCache | None = None
        self.search_entries: SearchEntryCache | None = None
        self.outputs: PageOutputCache | None = None
        self.listings: KeptListings | None = None
        self.two_processes: TwoProcessBuild | None = None
        self.images: KeptImages | None = None
        self.images_ahead: SecondProcess | None = None  # the share images placed by a second process
        self.images_ahead_cards: dict[str, ShareCard] = {}
        self.files: KeptFiles | None = None
        self.page_placed: Callable[[str], None] | None = None  # hides the build's note of a page placed
        self.old_site: OldSiteRemoval | None = None  # the last build's site, deleted by a second process
        self.may_fork = False
        self.trouble = Trouble()

    def configure(self, project_dir: Path, config: Any, settings: Settings, *, quick: bool = False) -> None:
        """At ``on_config``: this build's disk caches (none with ``render_cache: false``).

        ``quick``: a preview's quick round, which builds the pages of a few briefs; it opens no disk cache,
        whose folders take longer to list than those pages take to build (0.5 s at 10,000 briefs).
        """
        self.project_dir = project_dir
        if self.preview:
            cycle_collection.preview_round_begins()
        self.trouble = trouble = Trouble()
        self.renders = self.search_entries = self.outputs = self.two_processes = self.listings = None
        self.images = self.images_ahead = self.files = self.old_site = self.page_placed = None
        if not settings.render_cache or quick:
            return
        self.files = KeptFiles(project_dir / FILES_DIR, trouble)
        self.page_placed = placed_page_note(config) if self.one_off else None
        self.images = KeptImages(project_dir / SHARE_DIR, trouble)
        self.outputs = PageOutputCache(project_dir / OUTPUT_DIR, trouble, self.template_mentions)
        if not self.preview:  # a preview keeps its listings in memory
            self.listings = KeptListings(project_dir / LISTINGS_DIR, trouble)
        self.renders = RenderCache(project_dir / RENDER_DIR, (config.markdown_extensions, config.mdx_configs),
                                   trouble)
        search = config.plugins.get("material/search") or config.plugins.get("search")
        if search is not None and hasattr(search, "search_index"):  # made by its on_config, before ours
            self.search_entries = SearchEntryCache(project_dir / SEARCH_DIR, search.config, trouble)
            self.search_entries.serve(search.search_index)
        self.may_fork = self.one_off and settings.second_process and can_fork()
        if self.may_fork and self.renders.enabled:
            sweep_handed_over()  # what a killed build left in the system's temporary folder
            self.two_processes = TwoProcessBuild(self.renders, self.search_entries)

    def build_starts(self, site_dir: Path) -> None:
        """At ``on_pre_build``, before MkDocs empties the site folder: in a one-off build that may fork,
        the last build's site is moved aside and deleted by a second process (``old_site.py``)."""
        if self.may_fork and not self.trouble.failed:
            self.old_site = OldSiteRemoval.start(site_dir, self.project_dir / OLD_SITE_DIR)

    def round_starts(self) -> None:
        """At ``on_files``, before a build or a preview's full round reads the briefs."""
        cycle_collection.round_starts(preview=self.preview)

    def held(self) -> None:
        """Once the briefs are read, and at ``on_nav`` once every page is listed: what the build holds
        then stays (``cycle_collection.py`` says why)."""
        cycle_collection.held(preview=self.preview)

    def for_briefs(self, settings: Settings) -> RebuildCache | None:
        """At ``on_files``: what reading and rendering the briefs remember (a build reads it from disk)."""
        self.briefs = self.in_memory or (KeptBriefs(self.project_dir / CORPUS_DIR, BRIEF_FILES, self.trouble)
                                         if settings.render_cache else None)
        return self.briefs

    @property
    def remember(self) -> Remember:
        """The ``remember`` function the stages are handed."""
        return self.briefs.remember if self.briefs else no_cache

    @property
    def keep_images(self) -> Remember:
        """What the share images are drawn through: kept on disk between builds, unless caching is off."""
        return self.images.remember if self.images else no_cache

    @property
    def remember_sharing(self) -> Remember:
        """What each brief's sharing part is kept with: in memory in a preview, nowhere in a build."""
        return self.in_memory.remember if self.in_memory else no_cache

    @property
    def keep_listings(self) -> Remember:
        """What the parts of listing pages are kept with: in memory in a preview, on disk in a build
        (unless caching is off)."""
        if self.in_memory:
            return self.in_memory.remember
        return self.listings.remember if self.listings else no_cache

    def place(self, target: Path, data: bytes) -> None:
        """Put ``data`` at ``target``, a file of the built site: linked to a copy kept between builds."""
        if self.files:
            self.files.place(target, data)
        else:
            write_in_folder(target, data)

    def place_page(self, page: Any, output: str) -> bool:
        """At ``on_post_page``, after every other plugin's: put the page's final HTML in the site as a
        link to a kept copy, in place of the build's own write; whether it did, so that the build is
        handed an empty output and writes nothing. A preview's pages, and those of a dirty build, which
        compares each page's time with its source's, are left to the build."""
        if not (self.files and self.page_placed) or not output.strip():  # page_placed: one-off builds only
            return False
        self.files.place(Path(page.file.abs_dest_path), output.encode("utf-8", errors="xmlcharrefreplace"))
        self.page_placed(page.file.src_uri)
        return True

    def briefs_rendered(self) -> list[str]:
        """Once every brief is rendered: drop the entries of briefs gone, write the rest; what to log."""
        if self.briefs is None:
            return []
        self.briefs.forget_unseen()
        if not isinstance(self.briefs, KeptBriefs):
            return []
        self.briefs.save()
        return ["kept briefs: {} of {} brief(s) read and rendered in an earlier build".format(
            *self.briefs.reused())]

    def page_starts(self, page: Any, config: Any, files: Any) -> None:
        """At ``on_pre_page``: the first page of a cold build forks the second process."""
        if self.two_processes:
            self.two_processes.page_starts(page, config, files)

    def page_read(self, page: Any, *, generated: bool) -> None:
        """At ``on_page_markdown``: the page converts its Markdown through the render cache.

        ``generated``: the plugin made the page, whose whole HTML blocks skip Markdown's parser.
        """
        if self.renders:
            setattr(page, "render",  # noqa: B010 - one page's method
                    partial(self.renders.render, page, generated=generated))

    def page_converted(self, page: Any, html: str) -> None:
        """At ``on_page_content``, after every other plugin's: the page's HTML is final."""
        if self.two_processes:
            self.two_processes.page_converted(page, html)

    def environment(self, env: Any, config: Any, files: Any, nav: Any) -> None:
        """At ``on_env``, after every other plugin's: templates through the caches and the second process."""
        if self.two_processes:
            self.two_processes.pages_converted(env, config, files, nav, engine_get_context(config))
        if self.preview:
            env.bytecode_cache = self.templates  # templates compile once per serve, not per rebuild
        if self.two_processes and self.two_processes.rendering:
            self.outputs = None  # a cold build's templates are rendered by two processes, and kept by none
        if self.outputs:
            self.outputs.serve(env)

    def build_ended(self) -> list[str]:
        """At ``on_post_build``: wait for the second process, prune what was not used; what to log."""
        told = self.two_processes.end() if self.two_processes else []
        if self.old_site:
            self.old_site.wait()  # the old site's links to kept files gone before those are pruned
        if not self.dirty:  # a dirty round renders only some pages: the others stay kept
            told += self._prune()
        if self.trouble.outdated:
            told.append(f"build cache: {self.trouble.outdated} entries written by another version of "
                        "newsbriefs, Python or a library dropped and made again")
        if self.trouble.refused:
            told.append(f"build cache: {self.trouble.refused} damaged, foreign or unauthenticated entries "
                        "dropped and made again")
        if message := self.trouble.message():
            told.append(message)
        cycle_collection.round_ended(preview=self.preview)
        return told

    def _prune(self) -> list[str]:
        told = []
        if self.renders:
            self.renders.kept.prune()
            searched = self.search_entries.kept.hits if self.search_entries else 0
            told.append(f"render cache: {self.renders.kept.hits} page(s) and the search entries of "
                        f"{searched} page(s) reused")
        if self.search_entries:
            self.search_entries.kept.prune()
        if self.images:
            self.images.kept.prune()
            ahead = self.images_ahead.finish() if self.images_ahead else None
            drawn = self.images.drawn + (ahead.told if ahead else 0)
            reused = self.images.kept.hits + (ahead.pages - ahead.told if ahead else 0)
            told.append(f"share images: {drawn} drawn, {reused} reused")
        if self.listings:
            self.listings.kept.prune()
            told.append(f"listings: {self.listings.kept.hits} of {self.listings.asked} part(s) reused")
        if self.outputs:
            self.outputs.kept.prune()
            told.append(f"page output cache: {self.outputs.hits} page(s) reused")
        if self.files:
            self.files.prune()
            told.append(f"site files: {self.files.linked} linked to a kept copy, "
                        f"{self.files.written} written")
        return told

    def place_images_ahead(self, cards: dict[str, ShareCard], place: Callable[[str], None]) -> None:
        """In a one-off build that may fork: a second process places the share images (``place(path)``),
        the last first, while this one goes on; this one then places those the other did not reach
        (:meth:`placed_ahead`). Asked once the pages are read (``on_env``), it starts at once unless
        the pages' templates are being rendered in two processes (a cold build: its second core is
        busy); asked again after the pages are built, it starts then."""
        if self.images_ahead or not (self.may_fork and self.images and len(cards) > 1):
            return
        paths = list(cards)
        images = self.images

        def place_one(number: int) -> bool:  # in the second process: whether the image was drawn
            drawn = images.drawn
            place(paths[number])
            return images.drawn > drawn

        self.images_ahead = SecondProcess(paths, place_one)
        self.images_ahead_cards = cards

    def while_pages_are_built(self) -> bool:
        """Whether a second process is free while this one builds the pages (it renders no templates)."""
        return not (self.two_processes and self.two_processes.rendering)

    def placed_ahead(self, path: str) -> bool:
        """Before this process places the share image ``path``: whether the second process placed it.

        Reaching the images the other took, this one waits for it to end; an image it took but did
        not finish (it failed) is placed here."""
        ahead = self.images_ahead
        if ahead is None or ahead.claim(path) or not ahead.finished_by_other(path):
            return False
        if self.images:
            self.images.used_elsewhere(self.images_ahead_cards[path].plain())
        return True

    def build_failed(self) -> None:
        """At ``on_build_error``: the second process is stopped and waited for."""
        cycle_collection.round_failed()
        if self.two_processes:
            self.two_processes.end()
        if self.images_ahead:
            self.images_ahead.finish()
        if self.old_site:
            self.old_site.wait()

