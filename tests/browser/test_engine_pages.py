"""The brief page Zensical builds from `briefs render`'s sources, as a reader uses it in Chromium.

The same checks as on the MkDocs build: annotations open in place, the verdict
colours of the configured scale apply, and the page runs without errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import serve
from tests.conftest import SEED_STEM

BRIEF = f"briefs/{SEED_STEM}/"


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def engine_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each engine's build of the seed site, served over HTTP."""
    site: Path = request.getfixturevalue("built_site" if request.param == "mkdocs" else "zensical_site")
    yield from serve(site)


def test_a_claim_annotation_opens_in_place(page: Page, engine_url: str) -> None:
    page.goto(engine_url + BRIEF)
    claim = page.locator("mark#claim-raisi-blames-israel")
    annotation = claim.locator("xpath=following-sibling::*[1]").locator(".md-annotation")
    annotation.locator(".md-annotation__index").click()
    tooltip = annotation.locator(".md-tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Ebrahim Raisi")
    expect(tooltip).to_contain_text("Unsupported")
    assert page.errors == []  # type: ignore[attr-defined]


def test_verdicts_show_in_the_configured_colours(page: Page, engine_url: str) -> None:
    page.goto(engine_url + BRIEF)
    colour = page.locator(".nb-verdict--accurate").first.evaluate(
        "e => getComputedStyle(e).getPropertyValue('--nb-verdict').trim()")
    assert colour == "#1a7f37"  # the `accurate` step of the scale in mkdocs.yml
