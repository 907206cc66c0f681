"""The Pagefind option for large archives: a chunked index, found from a search page in Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import serve
from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build, use_pagefind


@pytest.fixture(scope="module")
def pagefind_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = use_pagefind(make_project(tmp_path_factory.mktemp("pagefind") / "project", SEED_BRIEFS))
    site = project / "site"
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def pagefind_url(pagefind_site: Path) -> Iterator[str]:
    yield from serve(pagefind_site)


def test_the_index_is_in_chunks_and_material_search_is_gone(pagefind_site: Path) -> None:
    assert (pagefind_site / "pagefind" / "pagefind-entry.json").is_file()
    assert list((pagefind_site / "pagefind" / "index").glob("*.pf_index"))
    assert not (pagefind_site / "search" / "search_index.json").exists()


def test_a_reader_finds_the_brief_by_an_actors_name(page: Page, pagefind_url: str) -> None:
    page.goto(pagefind_url)
    page.get_by_role("link", name="Search").first.click()
    page.get_by_role("textbox").fill("Ghaani")
    results = page.locator(".pagefind-ui__result-link")
    results.first.wait_for()
    assert "Esmail Ghaani" in results.all_inner_texts()  # his actor page
    brief = results.filter(has_text="Kerman memorial bombings")
    while not brief.count() and page.locator(".pagefind-ui__button").count():
        page.locator(".pagefind-ui__button").click()  # "Load more results"
    brief.first.click()
    page.wait_for_url(f"**/briefs/{SEED_STEM}/**")
    assert page.errors == []  # type: ignore[attr-defined]


def test_the_option_refuses_to_run_beside_the_themes_search(tmp_path: Path) -> None:
    project = use_pagefind(make_project(tmp_path / "project", SEED_BRIEFS), keep_material_search=True)
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "plugins.briefs.search: 'pagefind' replaces the theme's search; remove '- search'" in result.stderr
    assert "Traceback" not in result.stderr
