"""Broken internal links of a built site: every ``href`` and ``src`` of every HTML page, resolved.

A built site is checked as a web server would serve it from a folder, at the
site root or under a sub-path (``/archive/``): a relative link resolves
against the page's URL, a root-absolute one (``/x/``) against the server root,
so it only works at the sub-path if it names it. A URL naming a folder
resolves to its ``index.html``. A fragment must name an ``id`` (or an
anchor's ``name``) in the target page. Links with a scheme (``https:``,
``mailto:``) or a host (``//cdn``) are external and not followed.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes that name a resource the browser fetches or navigates to.
_LINK_ATTRIBUTES = frozenset({"href", "src", "poster", "data"})
# A <link> that is a hint about another origin, never fetched from this site as a page.
_HINT_RELS = frozenset({"preconnect", "dns-prefetch"})


@dataclass(frozen=True, order=True)
class BrokenLink:
    """A link on ``page`` (site-relative file path) that resolves to nothing."""

    page: str
    link: str
    reason: str

    def format(self) -> str:
        """``page: link: reason`` for terminals and logs."""
        return f"{self.page}: {self.link}: {self.reason}"


@dataclass(frozen=True)
class PageLinks:
    """What one HTML page links to and which fragment targets it offers."""

    links: tuple[str, ...]
    anchors: frozenset[str]


class _LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.anchors.add(values["id"])
        if tag == "a" and "name" in values:
            self.anchors.add(values["name"])
        if tag == "link" and _HINT_RELS & set(values.get("rel", "").lower().split()):
            return
        if tag == "base":
            return
        self.links.extend(value for name, value in values.items() if name in _LINK_ATTRIBUTES)
        if "srcset" in values:
            self.links.extend(c.split()[0] for c in values["srcset"].split(",") if c.strip())

    handle_startendtag = handle_starttag


def page_links(html: str) -> PageLinks:
    """The links and fragment targets of one HTML page, read with an HTML parser."""
    collector = _LinkCollector()
    collector.feed(html)
    collector.close()
    return PageLinks(tuple(collector.links), frozenset(collector.anchors))


def check_site(site_dir: Path, base_path: str = "/") -> list[BrokenLink]:
    """Every internal link of the built site in ``site_dir`` that does not resolve.

    ``base_path`` is the URL path the site is served under (``/`` or ``/archive/``).
    """
    base = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    site = _SiteFiles(site_dir)
    broken = []
    for page in sorted(site.pages):
        page_url = base + page
        for link in site.read(page).links:
            reason = _resolve(site, base, page_url, link)
            if reason:
                broken.append(BrokenLink(page, link, reason))
    return sorted(broken)


class _SiteFiles:
    """The built site's files and folders, listed once; each page parsed at most once."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        paths = list(site_dir.rglob("*"))
        self.files = {p.relative_to(site_dir).as_posix() for p in paths if p.is_file()}
        self.folders = {p.relative_to(site_dir).as_posix() for p in paths if p.is_dir()} | {""}
        self.pages = {f for f in self.files if f.endswith(".html")}
        self._parsed: dict[str, PageLinks] = {}

    def read(self, page: str) -> PageLinks:
        """The links and anchors of one page."""
        if page not in self._parsed:
            text = (self.site_dir / page).read_text(encoding="utf-8", errors="replace")
            self._parsed[page] = page_links(text)
        return self._parsed[page]


def _resolve(site: _SiteFiles, base: str, page_url: str, link: str) -> str:
    """Why ``link`` on the page at ``page_url`` is broken, or "" when it resolves."""
    parts = urlsplit(link.strip())
    if parts.scheme or parts.netloc:
        return ""
    if not parts.path:
        target_page = page_url[len(base):]
    else:
        url = parts.path if parts.path.startswith("/") else posixpath.join(
            posixpath.dirname(page_url), parts.path)
        url = posixpath.normpath(unquote(url)) + ("/" if parts.path.endswith("/") else "")
        if not (url + "/").startswith(base):
            return f"outside the site (served under {base})"
        target = url[len(base):].strip("/")
        if target in site.folders:
            target_page = posixpath.join(target, "index.html") if target else "index.html"
            if target_page not in site.pages:
                return "folder without index.html"
        elif target in site.files and not url.endswith("/"):
            target_page = target
        else:
            return "no such file"
    if parts.fragment and target_page in site.pages and (
            unquote(parts.fragment) not in site.read(target_page).anchors):
        return f"no element with id {unquote(parts.fragment)!r}"
    return ""
