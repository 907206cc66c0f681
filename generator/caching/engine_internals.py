"""Every private internal of MkDocs, ProperDocs and Material that newsbriefs relies on, in one place.

The caches and the preview use the engine's public events and objects wherever
they exist (``on_page_markdown``, ``on_page_content``, ``on_env``,
``Page.render``, ``Files.documentation_pages``, ``LiveReloadServer.watch``,
Jinja's ``bytecode_cache``). What no public API offers is listed in
:data:`INTERNALS` and reached only through the functions below;
``tests/test_engine_internals.py`` checks each against the installed MkDocs,
ProperDocs and Material, and fails naming the one that is gone. Tested on the
versions in :data:`TESTED_ON`.

Nothing here imports an engine: the objects are passed in, so the same code
serves MkDocs and ProperDocs (a fork with the same attributes).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

# How the build (in ``_build_page``) notes a page whose output is empty, in its source and as logged.
_SKIPPED_SOURCE = "log.info(f\"Page skipped: '{page.file.src_uri}'. Generated empty output.\")"
_SKIPPED = "Page skipped: '{}'. Generated empty output."

TESTED_ON = {"mkdocs": "1.6.1", "properdocs": "1.6.7", "mkdocs-material": "9.8.2"}


@dataclass(frozen=True)
class Internal:
    """One private attribute or behaviour of an engine's object that a cache relies on."""

    owner: str  # the object, as the test names it: "Page", "MkDocsConfig", "SearchIndex", "build"
    name: str
    why: str
    appears_as: str = ""  # for a behaviour: the text that must still appear in the owner's source


INTERNALS = (
    Internal("Page", "_title_from_render",
             "the render cache restores a page's title found in its Markdown (a first heading) "
             "without converting it; Page.title reads it"),
    Internal("MkDocsConfig", "_current_page",
             "the second process converts a page as the build does, which sets the page at hand here"),
    Internal("SearchIndex", "add_entry_from_context",
             "Material's search plugin indexes a page through this method of its index; the search "
             "entry cache wraps it, and appends kept entries to the index's `entries` list"),
    Internal("SearchIndex", "entries", "the list the search plugin writes search_index.json from"),
    Internal("build", "get_context",
             "the second process renders a page's template with the context the build would give it"),
    Internal("LiveReloadServer", "_rebuild_cond",
             "a preview asks the server for a round at once, as the server's own watch callback does "
             "(after an edit the system's file events report, and for the full round after a quick one), "
             "instead of through a folder it polls twice a second"),
    Internal("LiveReloadServer", "_want_rebuild",
             "what the server's build loop waits for, set under that condition"),
    Internal("build", "env.get_template",
             "the build asks the Jinja environment for each page's template by this call (in "
             "_build_page); the page output cache and the second process wrap it on the environment",
             appears_as="env.get_template("),
    Internal("build", "Page skipped",
             "a page the plugin placed in the site itself (a link to its kept copy) is handed back empty, "
             "so the build does not write it; the note the build logs for an empty page is hidden for that "
             "page alone, by its exact text",
             appears_as=_SKIPPED_SOURCE),
)


def title_from_render(page: Any) -> str | None:
    """The title the page's Markdown gave it when converted (its first heading), if any."""
    title: str | None = page._title_from_render
    return title


def restore_title_from_render(page: Any, title: str | None) -> None:
    """Give the page the title a kept conversion found, as ``Page.render`` would have set it."""
    page._title_from_render = title


def set_current_page(config: Any, page: Any) -> None:
    """Tell the configuration which page is being built, as the build does before each page."""
    config._current_page = page


def search_entry_maker(index: Any) -> Callable[[Any], None] | None:
    """Material's method that adds a page's search entries to ``index``; None if this is not it."""
    make = getattr(index, "add_entry_from_context", None)
    return make if callable(make) and isinstance(getattr(index, "entries", None), list) else None


def replace_search_entry_maker(index: Any, make: Callable[[Any], None]) -> None:
    """Make ``index`` add each page's entries through ``make``."""
    index.add_entry_from_context = make


def wrap_template_lookup(env: Any, get_template: Callable[..., Any],
                         select_template: Callable[..., Any] | None = None) -> None:
    """Make the build's Jinja environment look templates up through the given functions."""
    env.get_template = get_template
    if select_template is not None:
        env.select_template = select_template


def engine_get_context(config: Any) -> Callable[..., Any]:
    """The running engine's ``get_context`` (MkDocs or a fork: the configuration's class names it)."""
    build = importlib.import_module(f"{_engine(config)}.commands.build")
    get_context: Callable[..., Any] = build.get_context
    return get_context


def placed_page_note(config: Any) -> Callable[[str], None]:
    """A function to call with a page's ``src_uri`` when the plugin wrote the page itself and hands the
    build an empty output: the build's note that it skipped that page is then not shown.

    Only the one message, for the page just named, is held back: any other, and the same note for a
    page the plugin did not place, is logged as the build logs it.
    """
    logger = logging.getLogger(f"{_engine(config)}.commands.build")
    logger.addFilter(_PLACED)  # once: a filter already there is not added again
    _PLACED.expect(None)  # nothing held back from a build that failed before its note
    return _PLACED.expect


class _PlacedPageNote(logging.Filter):
    """Holds back the build's "Page skipped" note for the one page the plugin has just placed."""

    def __init__(self) -> None:
        super().__init__()
        self._expected: str | None = None

    def expect(self, src_uri: str | None) -> None:
        self._expected = None if src_uri is None else _SKIPPED.format(src_uri)

    def filter(self, record: logging.LogRecord) -> bool:
        if self._expected is not None and record.msg == self._expected:
            self._expected = None
            return False
        return True


_PLACED = _PlacedPageNote()


def _engine(config: Any) -> str:
    """The running engine's package (``mkdocs`` or a fork): the configuration's class names it."""
    return type(config).__module__.split(".")[0]


def rebuild_request(server: Any) -> Callable[[], None] | None:
    """A function that asks the preview ``server`` for a round at once; None if it has no such internals."""
    condition = getattr(server, "_rebuild_cond", None)
    if condition is None or not isinstance(getattr(server, "_want_rebuild", None), bool):
        return None

    def request() -> None:
        with condition:
            server._want_rebuild = True
            condition.notify_all()
    return request


def gone(engine: str, objects: Mapping[str, Any], sources: Mapping[str, str]) -> list[str]:
    """A message for each internal ``objects`` (by owner) no longer has, naming this module to update.

    ``sources`` holds, by owner, source text in which a behaviour (a call, a logged note) must still appear.
    """
    missing = []
    for internal in INTERNALS:
        if internal.owner in sources and internal.appears_as:
            present = internal.appears_as in sources[internal.owner]
        elif internal.owner in objects:
            present = hasattr(objects[internal.owner], internal.name)
        else:
            continue
        if not present:
            missing.append(f"{engine} no longer has {internal.owner}.{internal.name}: update "
                           f"generator/caching/engine_internals.py ({internal.why})")
    return missing
