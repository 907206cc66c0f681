"""Pagefind search for large archives: a search page and the indexing step (no MkDocs here).

Material's search downloads its whole index on a reader's first search,
which grows with every brief. Pagefind splits its index into chunks and a
reader's browser fetches only those a query needs. It is opt-in
(``search: pagefind`` in the ``briefs`` plugin options); Material's search
stays the default.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.rendering.links import Linker

SEARCH_PAGE = "search.md"
BUNDLE = "pagefind"
# The page's own content: the theme's header, navigation and footer are the same everywhere.
CONTENT = "article.md-content__inner"


def render_search_page(linker: Linker) -> str:
    """The Markdown page that hosts Pagefind's search box."""
    script = linker.href(SEARCH_PAGE, f"{BUNDLE}/pagefind-ui.js")
    style = linker.href(SEARCH_PAGE, f"{BUNDLE}/pagefind-ui.css")
    return ("---\ntitle: Search\n---\n\n# Search the briefs\n\n"
            f'<link rel="stylesheet" href="{style}">\n'
            '<div id="nb-search" data-pagefind-ignore="all"></div>\n'
            f'<script src="{script}"></script>\n'
            "<script>\n"
            'window.addEventListener("DOMContentLoaded", () => {\n'
            '  new PagefindUI({element: "#nb-search", showSubResults: true, autofocus: true});\n'
            "});\n"
            "</script>\n")


def index_site(site_dir: Path) -> str | None:
    """Index a built site with Pagefind; an error text if it failed, else None."""
    try:
        result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir),
                                 "--output-subdir", BUNDLE, "--root-selector", CONTENT,
                                 "--exclude-selectors", ".headerlink", "--silent"],
                                capture_output=True, text=True, check=False)
    except OSError as error:
        return f"cannot run Pagefind: {error}"
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        return "Pagefind failed: " + (detail[-1] if detail else f"exit status {result.returncode}") + \
            "; is it installed? pip install 'newsbriefs[pagefind]'"
    return None
