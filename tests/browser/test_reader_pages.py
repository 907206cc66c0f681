"""What a reader does on the published site, in real headless Chromium."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations
from tests.conftest import SEED_STEM

BRIEF = f"briefs/{SEED_STEM}/"
READER_PAGES = ["", BRIEF, "actors/matthew-miller/", "claims/", "claims/accurate/", "timeline/"]


def open_page(page: Page, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    page.wait_for_load_state("load")


def test_a_claim_annotation_opens_in_place_on_click(page: Page, site_url: str) -> None:
    open_page(page, site_url, BRIEF)
    claim = page.locator("mark#claim-raisi-blames-israel")
    marker = claim.locator("xpath=following-sibling::span[@class='nb-tail'][1]").locator(".nb-marker")
    marker.click()
    tooltip = page.locator(f"#{marker.get_attribute('popovertarget')}")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Ebrahim Raisi")
    expect(tooltip).to_contain_text("Unsupported")
    expect(tooltip).to_contain_text("Israel is to blame for the Kerman bombings.")
    expect(tooltip.locator("a[href^='https://']").first).to_be_visible()
    box, near = tooltip.bounding_box(), marker.bounding_box()
    assert box and near and 0 <= box["y"] - (near["y"] + near["height"]) < 20


def test_search_finds_the_brief_by_an_actors_name(page: Page, site_url: str) -> None:
    open_page(page, site_url, "")
    page.locator(".md-search__input").click()
    page.keyboard.type("Ghaani", delay=20)
    result = page.locator(f".md-search-result__link[href*='{SEED_STEM}']").first
    expect(result).to_be_visible(timeout=10_000)


def test_the_brief_fits_a_phone_screen(browser: Any, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    phone = context.new_page()
    open_page(phone, site_url, BRIEF)
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    context.close()
    assert overflow <= 0


@pytest.mark.parametrize("path", READER_PAGES)
def test_pages_load_without_console_errors(page: Page, site_url: str, path: str) -> None:
    open_page(page, site_url, path)
    page.wait_for_timeout(200)
    assert page.errors == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("path", READER_PAGES)
def test_axe_finds_no_violation(page: Page, site_url: str, path: str,
                                                     scheme: str, axe_js: Path) -> None:
    open_page(page, site_url, path)
    assert axe_violations(page, axe_js, scheme) == []
