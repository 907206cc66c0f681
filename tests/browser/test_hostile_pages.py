"""Hostile input built for real and loaded in Chromium: nothing executes, the text shows literally.

The corpus in ``tests/hostile/briefs`` carries script tags, event handlers,
``javascript:`` and ``data:`` links in Markdown and YAML, Jinja and annotation
marker lookalikes, a ``</script>`` inside a claim, right-to-left and zero-width
characters. It is valid, so it builds with ``--strict``; every page is loaded
with traps on ``alert`` and friends, and the article must show as written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import serve
from tests.claimreview import claim_reviews_of
from tests.conftest import make_project, run_mkdocs_build

HOSTILE = Path(__file__).parents[1] / "hostile" / "briefs"
STEM = "hostile-markup"
TRAP = """
  window.__calls = [];
  for (const name of ["alert", "confirm", "prompt", "open"]) {
    window[name] = (...args) => { window.__calls.push(name); };
  }
  Object.defineProperty(window, "__pwned", {
    set(value) { window.__calls.push("__pwned=" + value); }, get() { return undefined; }
  });
"""


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("hostile") / "project", HOSTILE)


@pytest.fixture(scope="module")
def hostile_site(hostile_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    before = tree_digest(hostile_project / "briefs")
    site = tmp_path_factory.mktemp("hostile-site")
    result = run_mkdocs_build(hostile_project, site)
    assert result.returncode == 0, result.stderr
    assert tree_digest(hostile_project / "briefs") == before, "the build wrote into briefs/"
    return site


@pytest.fixture(scope="module")
def hostile_url(hostile_site: Path) -> Iterator[str]:
    yield from serve(hostile_site)


def test_no_payload_runs_on_any_page_of_the_hostile_site(browser: Browser, hostile_site: Path,
                                                         hostile_url: str) -> None:
    pages = sorted(p.relative_to(hostile_site).parent.as_posix() for p in hostile_site.rglob("index.html"))
    context = browser.new_context()
    context.add_init_script(TRAP)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    ran = {}
    for path in pages:
        page.goto(hostile_url + ("" if path == "." else path + "/"))
        page.locator(".nb-marker").first.click() if page.locator(".nb-article .nb-marker").count() else None
        page.mouse.move(10, 10)
        page.wait_for_timeout(50)
        if calls := page.evaluate("window.__calls"):
            ran[path] = calls
        links = page.evaluate("[...document.querySelectorAll('[href],[src]')]"
                              ".map(e => e.getAttribute('href') || e.getAttribute('src'))"
                              ".filter(u => /^\\s*(javascript|data|vbscript):/i.test(u))")
        assert links == [], path
    context.close()
    assert ran == {} and dialogs == []
    assert len(pages) >= 8


def test_the_article_text_shows_exactly_as_written(browser: Browser, hostile_url: str) -> None:
    source = (HOSTILE / f"{STEM}.txt").read_text(encoding="utf-8")
    page = browser.new_page()
    page.goto(f"{hostile_url}briefs/{STEM}/")
    shown = page.evaluate("""() => {
        const article = document.querySelector('.nb-article').cloneNode(true);
        article.querySelectorAll('.nb-marker, .nb-print-note').forEach(e => e.remove());
        return [...article.querySelectorAll('p')].map(p => p.textContent).join('\\n\\n');
    }""")
    assert shown.split("\n\n") == [p for p in source.split("\n\n")]
    quote = page.locator("mark#claim-respond").text_content()
    assert quote == "we will <script>window.__pwned='quote script'</script> respond"
    assert page.title().startswith("<script>window.__pwned='title'</script> Hostile </title>")
    page.close()


def test_a_closing_script_tag_in_a_claim_stays_inside_the_json_ld(hostile_site: Path) -> None:
    reviews = claim_reviews_of(hostile_site, STEM)  # each on its claim's own page, parsed as HTML
    assert ("</script><script>window.__pwned='claim'</script> The ministry will respond."
            in [review["claimReviewed"] for review in reviews.values()])


def test_two_builds_of_the_same_input_are_byte_identical(hostile_project: Path, hostile_site: Path,
                                                         tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert run_mkdocs_build(hostile_project, again).returncode == 0
    stamped = {"sitemap.xml.gz"}
    first, second = tree_digest(hostile_site), tree_digest(again)
    assert first.keys() == second.keys()
    assert [path for path in first if first[path] != second[path] and path not in stamped] == []


def test_a_ten_megabyte_article_builds_and_keeps_its_last_quote(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    paragraph = "The council met on Monday and the mayor said the budget was sound. " * 15
    body = "\n\n".join([paragraph] * (10_000_000 // len(paragraph)))
    (project / "briefs" / "big.txt").write_text(f"Big\n\n{body}\n\nShe said “we are done here” plainly.",
                                                encoding="utf-8")
    (project / "briefs" / "big.yaml").write_text(
        "summary: A long article.\nsource: {outlet: Daily, published: 2024-01-01}\n"
        "actors:\n  mayor: {name: The mayor, kind: person}\n"
        "claims:\n  - {by: mayor, quote: we are done here, claim: Done., verdict: not-checkable,\n"
        "     explanation: A statement of intent.}\n", encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "briefs" / "big" / "index.html").read_text(encoding="utf-8")
    assert '<mark class="nb-claim nb-claim--unrated" id="claim-respond"' not in html
    assert 'id="claim-mayor-1">we are done here</mark>' in html
