"""The brief and listing pages in real Chromium: layout at phone to desktop widths, markers,
keyboard and screen-reader use of the annotations, contrast, and axe (WCAG 2.2 A and AA)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

BRIEF = "briefs/2024-01-03-kerman-bombings/"
PAGE_TYPES = {"brief": BRIEF, "actor": "actors/matthew-miller/", "claims index": "claims/",
              "verdict": "claims/unsupported/", "timeline": "timeline/", "tags": "tags/", "home": "",
              "verdict scale": "verdicts/", "methodology": "methodology/", "about": "about/",
              "claim": f"{BRIEF}raisi-blames-israel/"}
MARKER_NAME = re.compile(r"^(Claim \d+, (Accurate|Mostly accurate|Misleading|Unsupported|False|"
                         r"Insufficient evidence|Not checkable|Unrated)|"
                         r"(Correction|Context|Capture artefact) \d+)$")

# Words that a line break splits inside themselves (hyphens and slashes are fair places to break).
BROKEN_WORDS_JS = """(selector) => {
  const broken = [];
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.nb-url, .nb-sr')) continue;
      for (const m of node.data.matchAll(/[^\\s\\-\\u2010-\\u2014\\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                                                         .map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}"""

LUMINANCE_JS = """
const channels = (css) => {
  const probe = document.createElement('i'); probe.style.color = css; document.body.append(probe);
  const canvas = document.createElement('canvas'); canvas.width = canvas.height = 1;
  const g = canvas.getContext('2d'); g.fillStyle = getComputedStyle(probe).color; probe.remove();
  g.fillRect(0, 0, 1, 1); return [...g.getImageData(0, 0, 1, 1).data];
};
const luminance = (css) => {
  const [r, g, b] = channels(css).slice(0, 3).map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
                          return (x + 0.05) / (y + 0.05); };
"""


@pytest.fixture
def reader(browser: Browser, reader_url: str) -> Iterator[Page]:
    """A desktop-sized page on the reader fixture site."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.base = reader_url  # type: ignore[attr-defined]
    yield page
    context.close()


def visit(page: Page, path: str) -> None:
    page.goto(page.base + path)  # type: ignore[attr-defined]
    page.wait_for_load_state("load")


@pytest.mark.parametrize("path", [BRIEF, "claims/", "actors/matthew-miller/"])
def test_cards_break_no_word_and_fit_from_phone_to_desktop(reader: Page, path: str) -> None:
    visit(reader, path)
    for width in (320, 375, 768, 1280, 1920):
        reader.set_viewport_size({"width": width, "height": 900})
        assert reader.evaluate(BROKEN_WORDS_JS, ".nb-card") == [], width
        assert reader.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, width
        badge = reader.locator(".nb-card .nb-verdict").first.bounding_box()
        card = reader.locator(".nb-card").first.bounding_box()
        assert badge and card and badge["x"] + badge["width"] <= card["x"] + card["width"], width


def test_markers_follow_closing_punctuation_on_its_line_at_every_width(reader: Page) -> None:
    visit(reader, BRIEF)
    for width in (375, 768, 1280):
        reader.set_viewport_size({"width": width, "height": 900})
        stranded = reader.evaluate("""() => [...document.querySelectorAll('.nb-article .nb-tail')]
          .filter(tail => {
            const next = tail.nextSibling && tail.nextSibling.textContent || '';
            const marker = tail.querySelector('.nb-marker').getBoundingClientRect();
            const text = tail.firstChild.nodeType === 3 ? tail.firstChild : null;
            if (/^[.,;:!?”’"')\\]]/.test(next.replace(/^\\[\\d+\\].*/s, ''))) return true;
            if (!text) return false;
            const range = document.createRange(); range.selectNodeContents(text);
            const before = document.createRange();
            before.setStart(text, 0); before.setEnd(text, 1);
            const mark = tail.previousElementSibling.getClientRects();
            const last = mark[mark.length - 1];
            return Math.abs(range.getBoundingClientRect().bottom - marker.bottom) > 8 ||
                   Math.abs(before.getBoundingClientRect().bottom - last.bottom) > 8;
          }).map(t => t.textContent)""")
        assert stranded == [], width
    tails = reader.locator(".nb-article .nb-tail").evaluate_all("ts => ts.map(t => t.textContent)")
    assert any(t.startswith(".”") for t in tails) and any(t.startswith(",”") for t in tails)


def test_markers_are_numbered_like_the_cards_and_a_jump_shows_its_highlight(reader: Page) -> None:
    visit(reader, BRIEF)
    pairs = reader.evaluate("""() => [...document.querySelectorAll('.nb-article mark.nb-claim[id]')]
      .map(m => {
        let tail = m.nextElementSibling;
        while (tail && !tail.matches('.nb-tail')) tail = tail.nextElementSibling;
        return [tail.querySelector('.nb-marker').getAttribute('aria-label').match(/\\d+/)[0],
                document.querySelector('#card-' + m.id + ' .nb-num').textContent.match(/\\d+/)[0]]; })""")
    assert len(pairs) == reader.locator(".nb-card--claim").count() > 5
    assert all(marker == card for marker, card in pairs)
    reader.locator("#card-claim-raisi-blames-israel .nb-card__quote a").click()
    target = reader.locator("mark#claim-raisi-blames-israel")
    expect(target).to_be_in_viewport()
    assert target.evaluate("m => m.matches(':target') && getComputedStyle(m).outlineStyle") == "solid"
    header = reader.locator(".md-header").bounding_box()
    box = target.bounding_box()
    assert header and box and box["y"] >= header["y"] + header["height"]


def test_markers_have_names_that_say_what_they_open(reader: Page) -> None:
    visit(reader, BRIEF)
    names = reader.locator(".nb-article .nb-marker").evaluate_all(
        "ms => ms.map(m => m.getAttribute('aria-label'))")
    assert len(names) == reader.locator(".nb-article mark[id]").count() > 10
    assert [n for n in names if not MARKER_NAME.match(n)] == []
    expect(reader.get_by_role("button", name="Correction 1", exact=True)).to_have_count(1)
    expect(reader.get_by_role("button", name="Claim 3, Unsupported", exact=True)).to_have_count(1)
    assert reader.locator("aside, [role=complementary]").count() == 0


def test_every_annotation_opens_reads_to_its_last_link_and_closes_with_the_keyboard(reader: Page) -> None:
    visit(reader, BRIEF)
    reader.locator(".nb-key summary").focus()
    opened: list[str] = []
    for _ in range(600):
        reader.keyboard.press("Tab")
        focus = reader.evaluate("""() => { const a = document.activeElement;
            return {body: a === document.body, marker: a.matches('.nb-article .nb-marker') ? a.id : '',
                    popup: a.closest('[popover]') ? a.closest('[popover]').id : '',
                    after: !!a.closest('.nb-cards')}; }""")
        assert not focus["body"]
        if focus["after"]:
            break
        if focus["marker"] and focus["marker"] not in opened:
            opened.append(focus["marker"])
            number = focus["marker"].split("-")[1]
            popup = reader.locator(f"#annotation-{number}")
            reader.keyboard.press("Enter")
            expect(popup).to_be_visible()
            links = popup.locator("a, button").count()
            for _ in range(links):
                reader.keyboard.press("Tab")
                inside = reader.evaluate("document.activeElement.closest('[popover]')?.id")
                assert inside == f"annotation-{number}"
            last = reader.evaluate("document.activeElement.textContent")
            shown = reader.locator(f"#{focus['marker']} span").last.text_content()  # its kind's number
            assert last == f"Go to card {shown} below"
            if len(opened) % 2:  # every other one: Escape returns focus to its marker
                reader.keyboard.press("Escape")
                expect(popup).to_be_hidden()
                assert reader.evaluate("document.activeElement.id") == focus["marker"]
    assert len(opened) == reader.locator(".nb-article mark[id]").count() > 10
    expect(reader.locator("[popover]:popover-open")).to_have_count(0)


def test_escape_closes_an_annotation_opened_by_mouse_and_focus_stays_on_its_marker(reader: Page) -> None:
    visit(reader, BRIEF)
    marker = reader.get_by_role("button", name="Claim 1, Accurate", exact=True)  # the 4th marker
    marker.click()
    popup = reader.locator("#annotation-4")
    expect(popup).to_be_visible()
    expect(marker).to_have_attribute("aria-expanded", "true")
    expect(popup).to_contain_text("Senior US official")
    reader.keyboard.press("Escape")
    expect(popup).to_be_hidden()
    assert reader.evaluate("document.activeElement.id") == "marker-4"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_markers_and_underlines_stand_out_at_3_to_1_and_note_kinds_not_by_colour_alone(
        browser: Browser, reader_url: str, scheme: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(reader_url + BRIEF)
    lowest = page.evaluate(LUMINANCE_JS + """(() => {
        const bg = getComputedStyle(document.body).backgroundColor;
        const found = {};
        for (const m of document.querySelectorAll('.nb-article mark.nb-claim')) {
          found['claim ' + m.className] = ratio(getComputedStyle(m).borderBottomColor, bg); }
        for (const m of document.querySelectorAll('.nb-article mark.nb-note')) {
          found['note ' + m.className] = ratio(getComputedStyle(m).textDecorationColor, bg); }
        for (const b of document.querySelectorAll('.nb-article .nb-marker')) {
          const s = getComputedStyle(b);
          found['marker border ' + b.className] = ratio(s.borderTopColor, bg);
          found['marker text ' + b.className] = ratio(s.color, s.backgroundColor); }
        return found; })()""")
    styles = page.evaluate("""() => Object.fromEntries(['correction', 'context', 'artefact'].map(k => {
        const m = document.querySelector('.nb-article mark.nb-note--' + k);
        const b = document.querySelector('.nb-article .nb-marker--' + k);
        return [k, getComputedStyle(m).textDecorationStyle + ' '
                   + b.querySelector('.nb-marker__icon').dataset.icon];
      }))""")
    context.close()
    assert {k: round(v, 2) for k, v in lowest.items() if v < 3} == {}
    assert len(set(styles.values())) == 3


def run_axe(page: Page, axe_js: Path, within: str = "document") -> list[str]:
    """Every violation axe-core's default rules (WCAG 2.x A and AA, best practice) find, of any impact."""
    page.add_script_tag(path=str(axe_js))
    result: list[str] = page.evaluate(
        f"async () => (await axe.run({within})).violations"
        ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))")
    return result


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violation_on_any_page_type(browser: Browser, reader_url: str, scheme: str,
                                                 width: int, axe_js: Path) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    found = {}
    for name, path in PAGE_TYPES.items():
        page.goto(reader_url + path)
        page.wait_for_load_state("load")
        found[name] = run_axe(page, axe_js)
        if name == "brief":  # and with an annotation open
            page.get_by_role("button", name="Correction 1", exact=True).click()
            found["brief, annotation open"] = run_axe(page, axe_js, "document.querySelector('#annotation-1')")
    context.close()
    assert found == {name: [] for name in found}


@pytest.mark.parametrize("width", [375, 1280])
def test_the_key_sits_before_the_article_and_explains_every_highlight(browser: Browser, reader_url: str,
                                                                      width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(reader_url + BRIEF)
    key = page.locator(".nb-key")
    expect(key).to_be_visible()
    for words in ("Claim", "Correction", "Context", "Capture artefact", "verdict scale"):
        expect(key).to_contain_text(words)
    follows = key.evaluate("k => k.nextElementSibling.matches('.nb-article')")
    scale = key.get_by_role("link", name="verdict scale")
    scale.click()
    page.wait_for_url("**/verdicts/")
    context.close()
    assert follows


def test_a_badge_is_one_click_from_its_definition(reader: Page) -> None:
    visit(reader, "claims/")
    reader.locator(".nb-card a.nb-verdict--unsupported").first.click()
    reader.wait_for_url("**/verdicts/#unsupported")
    definition = reader.locator("dt#unsupported")
    expect(definition).to_be_in_viewport()
    assert definition.evaluate("d => d.matches(':target')")


@pytest.mark.parametrize("width", [375, 768, 1280])
def test_charts_and_the_time_axis_fit_and_show_their_numbers(browser: Browser, reader_url: str,
                                                             width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    for path, selector in (("claims/", ".nb-chart svg"), ("timeline/", ".nb-axis svg")):
        page.goto(reader_url + path)
        svg = page.locator(selector).first
        expect(svg).to_be_visible()
        overflow = svg.evaluate("""s => { const box = s.getBoundingClientRect();
            return [...s.querySelectorAll('text')].filter(t => { const r = t.getBoundingClientRect();
              return r.left < box.left - 8 || r.right > box.right + 40 || r.width === 0; })
              .map(t => t.textContent); }""")
        assert overflow == [], (path, width)
    context.close()
