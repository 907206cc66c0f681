"""Markers and their pop-ups in Chromium: no marker starts a line, a line with a marker is as tall
as any other, and a pop-up opens where its marker is, inside the window, without a jump."""

from __future__ import annotations

from typing import Any

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


# Each pop-up opened from its marker scrolled to the bottom of the window: where it and its marker
# are, in the window's coordinates, as the first frame after the click would draw them.
OPEN_EACH_FROM_THE_BOTTOM_JS = """async () => {
  const seen = [];
  const view = {width: document.documentElement.clientWidth, height: window.innerHeight};
  for (const marker of document.querySelectorAll('.nb-article .nb-marker[id]')) {
    const popup = document.getElementById(marker.getAttribute('popovertarget'));
    marker.scrollIntoView({block: 'end', behavior: 'instant'});
    window.scrollBy(0, 8);  // its whole box, negative margins included, inside the window
    marker.click();
    const box = popup.getBoundingClientRect(), near = marker.getBoundingClientRect();
    seen.push({id: popup.id, open: popup.matches(':popover-open'), view,
               box: {top: box.top, bottom: box.bottom, left: box.left, right: box.right},
               marker: {top: near.top, bottom: near.bottom, left: near.left, right: near.right}});
    popup.hidePopover();
    await new Promise(requestAnimationFrame);
  }
  return seen;
}"""


def _outside_the_window(seen: dict[str, Any]) -> bool:
    box, view = seen["box"], seen["view"]
    return box["top"] < 0 or box["left"] < 0 or box["bottom"] > view["height"] or box["right"] > view["width"]


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (a["left"] < b["right"] and b["left"] < a["right"]
            and a["top"] < b["bottom"] and b["top"] < a["bottom"])


@pytest.mark.parametrize("width", [1280, 375])
def test_every_pop_up_opens_placed_inside_the_window_from_a_marker_at_its_bottom(
        browser: Browser, reader_url: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, reduced_motion="reduce")
    page = context.new_page()
    page.goto(reader_url + BRIEF)
    page.wait_for_load_state("load")
    opened = page.evaluate(OPEN_EACH_FROM_THE_BOTTOM_JS)
    context.close()
    assert len(opened) > 10 and all(seen["open"] for seen in opened)
    assert [seen["id"] for seen in opened if _outside_the_window(seen)] == []
    # The marker stays in view and uncovered; on a wide screen the pop-up flips above it.
    assert [seen["id"] for seen in opened
            if seen["marker"]["top"] < 0 or seen["marker"]["bottom"] > seen["view"]["height"]
            or _overlap(seen["box"], seen["marker"])] == []
    if width == 1280:
        assert [seen["id"] for seen in opened
                if not 0 <= seen["marker"]["top"] - seen["box"]["bottom"] < 20] == []


def test_a_claims_pop_up_repeats_its_quote(browser: Browser, reader_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(reader_url + BRIEF)
    highlight = page.locator("mark#claim-raisi-blames-israel")
    words = highlight.inner_text()
    highlight.locator("xpath=following-sibling::span[@class='nb-tail'][1]").locator(".nb-marker").click()
    shown = page.locator(".nb-popover:popover-open .nb-card__quote").inner_text()
    context.close()
    assert words.strip() and words.strip() in shown
