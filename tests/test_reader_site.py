"""The reader's site holds reader pages only, on a real build of the fixture project.

The authoring guide and the workflow stay in the repository (``docs/``, linked from the README and
CONTRIBUTING) and never reach the built site, its navigation or its search index.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from tests.conftest import ROOT, SEED_STEM

# The first part of every address a reader's page has in the example site.
READER_SECTIONS = {"", "briefs", "claims", "actors", "timeline", "tags", "data", "verdicts", "methodology",
                   "corrections", "about", "archive"}


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


# --- the author's documentation stays out of the reader's site --------------------------------------

def test_no_page_and_no_search_entry_holds_the_authoring_guide(built_site: Path) -> None:
    for for_authors in ("guide", "workflow"):
        assert not (built_site / for_authors).exists()
    guide_words = "The sidecar, field by field"  # a heading of docs/guide.md
    assert guide_words in (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    pages = sorted(built_site.rglob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert guide_words not in text, page
        assert "127.0.0.1" not in text, page
        assert not re.search(r'href="[^"]*(guide|workflow)/"', text), page
    index = read_json(built_site / "search" / "search_index.json")["docs"]
    assert not [d["location"] for d in index if d["location"].split("/")[0] in ("guide", "workflow")]
    assert not [d["location"] for d in index if guide_words in d["text"] or guide_words in d["title"]]


def test_the_navigation_holds_only_reader_pages(built_site: Path) -> None:
    home = BeautifulSoup((built_site / "index.html").read_text(encoding="utf-8"), "html.parser")
    nav = home.select(".md-nav--primary a.md-nav__link[href]")
    targets = {str(a["href"]).strip("./").split("/")[0] for a in nav}
    assert targets and targets <= READER_SECTIONS, targets - READER_SECTIONS


def test_searching_for_an_actor_finds_reader_pages_only(built_site: Path) -> None:
    index = read_json(built_site / "search" / "search_index.json")["docs"]
    found = {d["location"] for d in index if "Raisi" in d["text"] or "Raisi" in d["title"]}
    assert any(location.startswith(f"briefs/{SEED_STEM}/") for location in found)
    assert {location.split("/")[0] for location in found} <= READER_SECTIONS, found
