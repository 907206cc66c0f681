"""The verdicts first, in real Chromium: the claims at a glance within reach of a phone's first
screen, and a claim's own page that fits, reads and passes axe like the brief's."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import axe_violations

BRIEF = "briefs/2024-01-03-kerman-bombings/"
CLAIM = f"{BRIEF}raisi-blames-israel/"


@pytest.mark.parametrize("height", [667, 812])
def test_the_first_verdict_shows_within_the_first_phone_screen_below_the_title(
        browser: Browser, reader_url: str, height: int) -> None:
    context = browser.new_context(viewport={"width": 375, "height": height}, reduced_motion="reduce")
    page = context.new_page()
    page.goto(reader_url + BRIEF)
    page.wait_for_load_state("load")
    verdict = page.locator(".nb-verdict").first
    box = verdict.bounding_box()
    assert box is not None and box["height"] > 0
    assert verdict.evaluate("v => v.closest('.nb-glance') !== null")  # the summary's, not a card's
    assert box["y"] < 2 * height, box
    article = page.locator("h2#article").bounding_box()
    assert article is not None and box["y"] < article["y"]  # before the article
    context.close()


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_a_claim_page_fits_the_screen_and_leads_with_its_verdict(browser: Browser, reader_url: str,
                                                                  width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, reduced_motion="reduce")
    page = context.new_page()
    page.goto(reader_url + CLAIM)
    page.wait_for_load_state("load")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    badge = page.locator("article .nb-verdict").first.bounding_box()
    assert badge is not None and badge["y"] + badge["height"] <= 800  # the verdict on the first screen
    page.locator("a", has_text="See the claim in the annotated article").click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"{BRIEF}#claim-raisi-blames-israel")
    assert page.locator("mark#claim-raisi-blames-israel").evaluate("m => m.matches(':target')")
    context.close()


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("width", [375, 1280])
def test_axe_finds_no_violation_on_a_claim_page(browser: Browser, reader_url: str, axe_js: Path,
                                                        scheme: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(reader_url + CLAIM)
    page.wait_for_load_state("load")
    assert axe_violations(page, axe_js, scheme) == []
    context.close()
