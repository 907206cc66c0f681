"""Markers and their pop-ups in Chromium: no marker starts a line, a line with a marker is as tall
as any other, and a pop-up opens where its marker is, inside the window, without a jump."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.conftest import SEED_STEM

BRIEF = f"briefs/{SEED_STEM}/"

# Each marker whose line holds nothing before it: the last character of text before the marker
# in its paragraph ends on an earlier line than the marker's top.
MARKERS_STARTING_A_LINE_JS = """() => {
  const alone = [];
  for (const marker of document.querySelectorAll('.nb-article .nb-marker')) {
    const walker = document.createTreeWalker(marker.closest('p'), NodeFilter.SHOW_TEXT);
    let before = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.compareDocumentPosition(marker) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      if (node.data.trim()) before = node;
    }
    const top = marker.getBoundingClientRect().top;
    if (!before) { alone.push(marker.getAttribute('popovertarget')); continue; }
    const range = document.createRange();
    range.setStart(before, before.data.length - 1); range.setEnd(before, before.data.length);
    const rects = [...range.getClientRects()].filter(r => r.width > 0);
    if (rects.length && rects[rects.length - 1].bottom <= top + 2) {
      alone.push(marker.getAttribute('popovertarget'));
    }
  }
  return alone;
}"""

# The distances between the tops of consecutive lines of text, over every paragraph of the article.
LINE_GAPS_JS = """() => {
  const gaps = [];
  for (const p of document.querySelectorAll('.nb-article p')) {
    const tops = new Set();
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.nb-marker')) continue;
      const range = document.createRange(); range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
    }
    const sorted = [...tops].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) gaps.push(sorted[i] - sorted[i - 1]);
  }
  return gaps;
}"""


@pytest.mark.parametrize("width", [320, 375, 768, 1280, 1920])
def test_no_marker_starts_a_line_and_lines_are_evenly_spaced(browser: Browser, reader_url: str,
                                                              width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(reader_url + BRIEF)
    page.wait_for_load_state("load")
    alone = page.evaluate(MARKERS_STARTING_A_LINE_JS)
    gaps = page.evaluate(LINE_GAPS_JS)
    markers = page.locator(".nb-article .nb-marker").count()
    context.close()
    assert markers > 10
    assert alone == []
    assert gaps and max(gaps) - min(gaps) <= 1, sorted(set(gaps))
