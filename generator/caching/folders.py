"""Where each cache lives, relative to the project folder: every one under ``.cache/briefs/``."""

from __future__ import annotations

from pathlib import Path

CACHE_DIR = Path(".cache") / "briefs"
CORPUS_DIR = CACHE_DIR / "corpus"  # kept briefs: each brief as read, anchored and rendered
RENDER_DIR = CACHE_DIR / "render"  # each page's converted Markdown
SEARCH_DIR = CACHE_DIR / "search"  # each page's search entries
OUTPUT_DIR = CACHE_DIR / "output"  # each page's final HTML
LISTINGS_DIR = CACHE_DIR / "listings"  # the parts of listing pages, by the cards they show
DIRTY_PAGES = CACHE_DIR / "pages"  # the generated pages of a dirty preview, as files
SETTLE_DIR = CACHE_DIR / "settle"  # a dirty preview's signal that its full round may follow
CHECK_FILE = "check.pickle"  # briefs check's results, directly under CACHE_DIR
SHARE_DIR = CACHE_DIR / "share"  # each share image, by its card
FILES_DIR = CACHE_DIR / "files"  # the site's generated files, by digest, linked into each build's site
OLD_SITE_DIR = CACHE_DIR / "old-site"  # the last build's site, while a second process deletes it
