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
from tests.browser.test_reader_pages import (
    test_a_claim_annotation_opens_in_place_on_click as annotation_opens_on_click,
)
from tests.conftest import SEED_STEM

BRIEF = f"briefs/{SEED_STEM}/"


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def engine_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """Each engine's build of the seed site, served over HTTP."""
    site: Path = request.getfixturevalue("built_site" if request.param == "mkdocs" else "zensical_site")
    yield from serve(site)


def test_a_claim_annotation_opens_in_place(page: Page, engine_url: str) -> None:
    annotation_opens_on_click(page, engine_url)  # the reader test, on this engine's build
    assert page.errors == []  # type: ignore[attr-defined]


def test_verdicts_show_in_the_configured_colours(page: Page, engine_url: str) -> None:
    page.goto(engine_url + BRIEF)
    badge = page.locator(".nb-card .nb-verdict--accurate").first
    # The `accurate` step of the scale in mkdocs.yml, from verdicts.css; retried while the theme's
    # script is still rearranging the page after the load event.
    expect(badge).to_have_css("--nb-verdict", "#1a7f37")
