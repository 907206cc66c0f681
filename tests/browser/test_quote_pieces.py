"""A reader opens a claim quoted in several pieces from any of its pieces."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import serve
from tests.test_quote_pieces import STEM, pieces_site

__all__ = ["pieces_site"]  # the built site is a fixture shared with the non-browser tests


@pytest.fixture(scope="module")
def pieces_url(pieces_site: Path) -> Iterator[str]:
    yield from serve(pieces_site)


def test_the_marker_after_a_further_piece_opens_the_claims_annotation(page: Page, pieces_url: str) -> None:
    page.goto(f"{pieces_url}briefs/{STEM}/")
    page.wait_for_load_state("load")
    page.locator('mark[data-claim="claim-difficult-decision"] + .nb-tail .nb-marker').click()
    tooltip = page.locator("#annotation-1")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("The board changed the plan twice after objections.")
