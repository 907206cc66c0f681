"""Where each generated page lives and how one page links to another.

Pages are named by their Markdown source path (``briefs/<stem>.md``). Links
inside raw HTML are not rewritten by MkDocs, so the renderer computes the
final relative URL itself, for directory URLs (``/briefs/<stem>/``) or not.
Zensical does rewrite them, reading every relative link in a page as relative
to its Markdown file; for it the links name the source file instead
(``../actors/<id>.md``), which Zensical turns into the published URL.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from functools import lru_cache

from generator.settings import Settings

HOME = "index.md"
ACTORS = "actors/index.md"
CLAIMS = "claims/index.md"
VERDICTS = "verdicts.md"
TIMELINE = "timeline.md"
DATA = "data.md"
DATA_INDEX = "data/index.json"
FEED = "feed.xml"
ABOUT = "about.md"
METHODOLOGY = "methodology.md"
CORRECTIONS_POLICY = "corrections.md"


def brief_page(stem: str) -> str:
    """The Markdown source path of a brief's page."""
    return f"briefs/{stem}.md"


def claim_page(stem: str, claim_id: str) -> str:
    """The Markdown source path of one claim's own page (published at ``briefs/<stem>/<claim-id>/``)."""
    return f"briefs/{stem}/{claim_id}.md"


def actor_page(actor_id: str) -> str:
    """The Markdown source path of an actor's page."""
    return f"actors/{actor_id}.md"


def data_file(stem: str) -> str:
    """The path of a brief's JSON data download."""
    return f"data/briefs/{stem}.json"


def annotations_file(stem: str) -> str:
    """The path of a brief's W3C Web Annotation collection."""
    return f"data/briefs/{stem}.annotations.jsonld"


def verdict_page(verdict_id: str) -> str:
    """The Markdown source path of the claims with one verdict."""
    return f"claims/{verdict_id}.md"


def briefs_month_page(month: str) -> str:
    """The Markdown source path of the briefs published in a month (``2025-06``)."""
    return f"archive/{month}.md"


def claims_month_page(month: str) -> str:
    """The Markdown source path of the claims of the briefs published in a month."""
    return f"claims/months/{month}.md"


def timeline_month_page(month: str) -> str:
    """The Markdown source path of the briefs whose events fall in a month."""
    return f"timeline/{month}.md"


@dataclass(frozen=True)
class Linker:
    """Computes relative URLs between generated pages."""

    directory_urls: bool = True
    # Link the Markdown source files, relative to the linking file, for an engine that resolves them.
    source_relative: bool = False

    def url(self, page: str) -> str:
        """The site-relative URL of a page or file (``briefs/x/`` or ``briefs/x.html``)."""
        if not page.endswith(".md"):
            return page
        stem = page[:-3]
        if not self.directory_urls:
            return stem + ".html"
        if stem == "index":
            return ""
        return (stem[: -len("index")] if stem.endswith("/index") else stem + "/")

    def href(self, from_page: str, to_page: str, fragment: str = "") -> str:
        """A relative link from one page to another page or file."""
        if from_page == to_page and fragment:
            return f"#{fragment}"
        if self.source_relative:
            return _relative(to_page, posixpath.dirname(from_page)) + (f"#{fragment}" if fragment else "")
        source = self.url(from_page)
        here = source.rstrip("/") if source.endswith("/") else posixpath.dirname(source)
        return _relative(self.url(to_page), here) + (f"#{fragment}" if fragment else "")


@lru_cache(maxsize=65536)
def _relative(target: str, here: str) -> str:
    """The relative URL of a site-relative target seen from a folder (links repeat a lot).

    Both are clean site-relative paths, so the common folders are simply dropped;
    ``posixpath.relpath`` gives the same answer at several times the cost.
    """
    here_parts = here.split("/") if here else []
    target_parts = target.rstrip("/").split("/") if target.rstrip("/") else []
    common = 0
    for a, b in zip(here_parts, target_parts, strict=False):
        if a != b:
            break
        common += 1
    relative = "/".join([".."] * (len(here_parts) - common) + target_parts[common:]) or "."
    if target.endswith("/") or target == "":
        relative = relative + "/" if relative != "." else "./"
    return relative


def forget_memos() -> None:
    """Empty this module's memo cache (relative links)."""
    _relative.cache_clear()


def absolute_url(settings: Settings, linker: Linker, page: str, fragment: str = "") -> str:
    """The page's URL under ``site_url``, or site-relative when no ``site_url`` is set."""
    base = settings.site_url.rstrip("/") + "/" if settings.site_url else "/"
    return base + linker.url(page) + (f"#{fragment}" if fragment else "")
