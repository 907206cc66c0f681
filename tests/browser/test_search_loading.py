"""Material's search index and its worker load on the reader's first search, not on every page view."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import SEED_STEM


def _search_requests(urls: list[str]) -> list[str]:
    return [url.rsplit("/", 2)[-1] for url in urls if "search_index" in url or "/workers/search" in url]


@pytest.mark.parametrize("path", ["", f"briefs/{SEED_STEM}/"])
def test_the_search_index_and_worker_load_on_the_first_search_only(page: Page, reader_url: str,
                                                                    path: str) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(reader_url + path)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    on_load = _search_requests(requested)
    page.locator(".md-search__input").click()
    page.keyboard.type("Ghaani", delay=20)
    result = page.locator(f".md-search-result__link[href*='{SEED_STEM}']").first
    expect(result).to_be_visible(timeout=10_000)
    assert on_load == []
    assert sorted(name.split(".")[0] for name in _search_requests(requested)) == ["search", "search_index"]
    assert page.errors == []  # type: ignore[attr-defined]
