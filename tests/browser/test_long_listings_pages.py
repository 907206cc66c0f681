"""The pages of a long listing (newest items, month links, a page per month) in Chromium:
no accessibility violation in either palette, and nothing wider than a phone's screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import serve
from tests.browser.test_reader_experience import run_axe
from tests.test_long_listings import build, listing_project

PAGES = ["", "archive/2020-02/", "claims/", "claims/months/2020-02/", "claims/false/", "timeline/",
         "timeline/2020-02/", "data/"]


@pytest.fixture(scope="module")
def long_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("long-pages")
    yield from serve(build(listing_project(folder / "project"), folder / "site"))


@pytest.mark.parametrize(("scheme", "width"), [("light", 1280), ("dark", 375)])
def test_long_listings_have_no_accessibility_violation_and_fit_the_screen(
        browser: Browser, long_url: str, scheme: str, width: int, axe_js: Path) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    found, overflow = {}, {}
    for path in PAGES:
        page.goto(long_url + path)
        page.wait_for_load_state("load")
        found[path] = run_axe(page, axe_js)
        overflow[path] = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert {path: v for path, v in found.items() if v} == {}
    assert {path: o for path, o in overflow.items() if o > 0} == {}
