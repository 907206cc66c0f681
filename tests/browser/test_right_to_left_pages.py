"""A Persian brief in Chromium: laid out right to left inside an English site, readable, searchable.

Where punctuation and digits land is measured, not guessed: each test takes the
rectangles Chromium drew for pieces of the text and compares their places.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.conftest import axe_violations, serve
from tests.conftest import make_project, run_mkdocs_build
from tests.test_languages import LANGUAGE_BRIEFS, PERSIAN

BRIEF = f"briefs/{PERSIAN}/"
# The left and right edges and the top of the boxes Chromium drew for the first occurrence of
# ``text`` inside the elements ``selector`` (print-only copies of the notes left out), one per line.
BOXES_OF = """([selector, text]) => {
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      if (node.parentElement.closest('.nb-print-note')) continue;
      const at = node.textContent.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return [...range.getClientRects()].map(r => [r.left, r.right, r.top]);
    }
  }
  return [];
}"""
# Elements of the page's content whose text runs past their own box (scrolling blocks excepted).
OVERFLOWING = """() => [...document.querySelectorAll('.md-content *')]
  .filter(e => !e.closest('pre, table, .md-typeset__scrollwrap, .nb-popup, [popover]'))
  .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible'
               && e.clientWidth > 0)
  .map(e => e.tagName.toLowerCase() + '.' + e.className)"""


@pytest.fixture(scope="module")
def persian_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The fixture of Persian, French and German briefs, built and served."""
    project = make_project(tmp_path_factory.mktemp("rtl") / "project", LANGUAGE_BRIEFS)
    site = tmp_path_factory.mktemp("rtl-site")
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    yield from serve(site)


def open_at(browser: Browser, url: str, width: int) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900}, reduced_motion="reduce")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto(url + BRIEF)
    return page


def boxes(page: Page, selector: str, text: str) -> list[list[float]]:
    found: list[list[float]] = page.evaluate(BOXES_OF, [selector, text])
    assert found, f"{text!r} is not drawn inside {selector}"
    return found


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("width", [375, 1280])
def test_axe_finds_no_violation_and_no_text_overflows(
        browser: Browser, persian_url: str, axe_js: Path, width: int, scheme: str) -> None:
    page = open_at(browser, persian_url, width)
    try:
        assert axe_violations(page, axe_js, scheme) == []
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
        assert page.evaluate(OVERFLOWING) == []
    finally:
        page.context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_the_article_reads_from_the_right_with_its_punctuation_and_digits_in_place(
        browser: Browser, persian_url: str, width: int) -> None:
    page = open_at(browser, persian_url, width)
    try:
        # A paragraph starts at the right edge of the article.
        article_right = page.evaluate("document.querySelector('.nb-article').getBoundingClientRect().right")
        first_word = boxes(page, ".nb-article", "به گزارش")[0]
        assert abs(first_word[1] - article_right) < 2
        # "رئیس جمهور با بیان اینکه «در دنیا": the opening guillemet is left of the word before it,
        # and the quote goes on to its left, on the same line.
        before, opening = boxes(page, ".nb-article", "اینکه")[0], boxes(page, ".nb-article", "«")[0]
        quote_start = boxes(page, ".nb-article mark", "در دنیا")[0]
        assert quote_start[1] <= opening[0] + 1 <= before[0] + 1
        # The closing guillemet and the claim's marker follow the quote's last word, to its left.
        last_word = boxes(page, ".nb-article mark", "میکنند")[-1]
        closing = boxes(page, ".nb-article", "»")[0]
        marker = page.locator(".nb-article .nb-marker--claim").nth(1).bounding_box()
        assert marker is not None
        assert closing[2] == last_word[2] and closing[1] <= last_word[0] + 1
        assert marker["x"] + marker["width"] <= closing[0] + 1
        # "شنبه ۱۸ مرداد ۱۴۰۴": the day's number is left of Saturday and right of the month, and
        # the year's digits run left to right (١ then ۴ then ۰ then ۴), as a Persian reader writes them.
        saturday, day = boxes(page, ".nb-article mark", "شنبه")[0], boxes(page, ".nb-article mark", "۱۸")[0]
        month = boxes(page, ".nb-article mark", "مرداد")[0]
        assert month[1] <= day[0] + 1 and day[1] <= saturday[0] + 1
        one, four = boxes(page, ".nb-article mark", "۱۴")[0], boxes(page, ".nb-article mark", "۴۰۴")[0]
        assert one[0] < four[0]
    finally:
        page.context.close()


def test_the_persian_headline_sits_whole_inside_the_english_sentence(browser: Browser,
                                                                     persian_url: str) -> None:
    page = open_at(browser, persian_url, 1280)
    try:
        # The quotation is the right-to-left run, its marks (Persian «») inside it with the words.
        headline = page.locator(".nb-outlet-headline q")
        assert headline.evaluate("e => [getComputedStyle(e).direction, getComputedStyle(e).unicodeBidi]") \
            == ["rtl", "isolate"]
        assert headline.evaluate("e => getComputedStyle(e).quotes") == '"«" "»"'
        # The English label stays left of the whole Persian headline, which starts at its right.
        label = boxes(page, ".nb-outlet-headline", "Mehr News Agency:")[0]
        first_word = boxes(page, ".nb-outlet-headline q", "پزشکیان")[0]
        colon = boxes(page, ".nb-outlet-headline q", ":")[0]
        assert label[1] < colon[0] < first_word[0]
    finally:
        page.context.close()


def test_searching_for_the_persian_name_typed_in_persian_finds_the_actor(browser: Browser,
                                                                         persian_url: str) -> None:
    page = open_at(browser, persian_url, 1280)
    try:
        page.goto(persian_url)
        page.locator("input[data-md-component=search-query]").focus()
        page.keyboard.type("پزشکیان")  # an input method inserts the text ...
        page.keyboard.press("End")  # ... and the search reads the box at the next key
        results = page.locator(".md-search-result__link")
        results.first.wait_for()
        hrefs = [results.nth(i).get_attribute("href") or "" for i in range(results.count())]
        assert any(urlsplit(href).path == "/actors/masoud-pezeshkian/" for href in hrefs), hrefs
    finally:
        page.context.close()
