"""The brief on paper, as Chromium prints it: the annotations are endnotes, printed once each."""

from __future__ import annotations

from playwright.sync_api import Page

from tests.conftest import SEED_STEM

BRIEF = f"briefs/{SEED_STEM}/"

# The text of each note and each claim's explanation, as the cards show it on screen.
ANNOTATION_TEXTS_JS = """() => [...document.querySelectorAll(
    '.nb-cards .nb-note-card > p:not(.nb-card__head):not(.nb-note-quote), .nb-cards .nb-card__why p')]
  .map(p => p.innerText.trim()).filter(text => text.length > 20)"""


def test_printed_notes_are_endnotes_each_printed_once_and_no_address_in_the_text(
        page: Page, reader_url: str) -> None:
    page.goto(reader_url + BRIEF)
    page.wait_for_load_state("load")
    texts = page.evaluate(ANNOTATION_TEXTS_JS)
    page.emulate_media(media="print")
    paragraphs = page.evaluate("[...document.querySelectorAll('.nb-article p')].map(p => p.innerText)")
    printed = page.evaluate("document.body.innerText")
    numbers = page.evaluate("[...document.querySelectorAll('.nb-article .nb-marker[id]')]"
                            ".filter(m => m.checkVisibility()).map(m => m.innerText.trim())")
    cards = page.evaluate("[...document.querySelectorAll('.nb-card')]"
                          ".map(c => getComputedStyle(c).breakInside)")
    source_host = page.evaluate("getComputedStyle(document.querySelector('.nb-source a[href^=\"http\"]'),"
                                " '::after').content")
    assert len(texts) > 10
    assert [p for p in paragraphs if "http" in p] == []
    assert {text: printed.count(text) for text in texts} == {text: 1 for text in texts}
    assert len(numbers) > 10 and all(number.isdigit() for number in numbers)
    assert set(cards) == {"avoid"}
    assert "worldisraelnews.com" in source_host and "/" not in source_host.replace("//", "")


def test_the_sources_list_prints_each_address_in_full(page: Page, reader_url: str) -> None:
    page.goto(reader_url + BRIEF)
    page.emulate_media(media="print")
    shown = page.evaluate("[...document.querySelectorAll('.nb-brief-sources a[href^=\"http\"]')]"
                          ".map(a => a.href + ' ' + getComputedStyle(a, '::after').content)")
    assert len(shown) > 10 and all(link.split(" ", 1)[0] in link.split(" ", 1)[1] for link in shown)
