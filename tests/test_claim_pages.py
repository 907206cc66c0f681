"""Claims first: the verdicts at the top of a brief, a page per claim, numbers that count up, on a real build.

Each test reads the built site as a reader (or a crawler) gets it: the HTML of the
seed brief, its claims' own pages, the home page, the sitemap and the search index.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag

from generator.anchoring.locate import Span
from generator.anchoring.release import sentence_around
from tests.conftest import SEED_STEM
from tests.test_site_build import RATED, SEED_URL, SIDECAR, exact_of, loose, page

CLAIM_IDS = [c["id"] for c in RATED]


def resolve(site: Path, from_url: str, href: str) -> tuple[Path, str]:
    """The file a relative link of the page at ``from_url`` opens, and the fragment it names."""
    target = urlsplit(urljoin(f"https://example.org/{from_url}", href))
    path = site / target.path.lstrip("/")
    return (path / "index.html" if target.path.endswith("/") else path), target.fragment


def ids_of(file: Path) -> set[str]:
    soup = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")
    return {str(tag["id"]) for tag in soup.find_all(id=True)}


@pytest.fixture(scope="module")
def brief(built_site: Path) -> BeautifulSoup:
    return page(built_site, SEED_URL)


@pytest.fixture(scope="module")
def glance(brief: BeautifulSoup) -> list[Tag]:
    return brief.select("ol.nb-glance > li")


# --- 1. the verdicts before the article ---------------------------------------------------------------


def test_every_published_claim_is_summed_up_before_the_article(brief: BeautifulSoup,
                                                               glance: list[Tag]) -> None:
    heading = brief.find("h2", id="claims-at-a-glance")
    assert heading is not None
    assert heading.find_next("h2").get("id") == "article"  # before the article, not after it
    assert len(glance) == len(RATED)
    for item, number in zip(glance, range(1, len(RATED) + 1), strict=True):
        claim_id = item.select_one("a[href^='#claim-']")["href"].removeprefix("#claim-")
        claim = next(c for c in RATED if c["id"] == claim_id)
        assert item.select_one(".nb-num").get_text(" ", strip=True) == f"Claim {number}"
        assert item.select_one(".nb-actor").get_text(strip=True)
        assert item.select_one(".nb-actor")["href"] == f"../../actors/{claim['by']}/"
        words = item.select_one(f"a[href='{claim_id}/']").get_text()
        assert loose(claim["claim"]).startswith(loose(words).rstrip("…"))
        badge = item.select_one(".nb-verdict")
        assert f"nb-verdict--{claim['verdict']}" in badge["class"]
        assert badge.get_text(" ", strip=True).split(" ", 1)[1]  # the verdict in words, beside its icon
        assert item.select_one(f"a[href='#card-claim-{claim_id}']") is not None


def test_each_summary_line_links_to_its_highlight_its_card_and_its_page(built_site: Path,
                                                                        glance: list[Tag]) -> None:
    for item in glance:
        links = [str(a["href"]) for a in item.select("a:not(.nb-actor):not(.nb-verdict)")]
        assert len(links) == 3
        for href in links:
            file, fragment = resolve(built_site, SEED_URL, href)
            assert file.is_file(), href
            assert not fragment or fragment in ids_of(file), href


def test_the_summary_is_not_searched_twice(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not [d for d in index if d["location"].endswith("#claims-at-a-glance")]
    assert [d for d in index if d["location"].startswith(SEED_URL) and "Raisi" in d["text"]]


def test_the_home_page_shows_each_briefs_verdict_mix(reader_site: Path) -> None:
    home = page(reader_site, "")
    items = home.select("li.nb-brief-item")
    assert len(items) == 2
    seed = next(item for item in items if item.select_one(f"a[href='briefs/{SEED_STEM}/']"))
    tally: dict[str, int] = {}
    for claim in RATED:
        tally[claim["verdict"]] = tally.get(claim["verdict"], 0) + 1
    mix = seed.select_one(".nb-verdict-mix").get_text(" ", strip=True)
    assert mix.startswith("Verdicts: ")
    shown = dict(reversed(part.split(" ", 1)) for part in mix.removeprefix("Verdicts: ").split(" · "))
    assert {label.replace(" ", "-"): int(n) for label, n in shown.items()} == tally
    assert "5 accurate · 1 unsupported · 1 not checkable" in mix  # the scale's order


# --- 2. a page per claim --------------------------------------------------------------------------------


@pytest.mark.parametrize("claim_id", CLAIM_IDS)
def test_each_claim_has_a_page_of_its_own_at_a_stable_address(built_site: Path, claim_id: str) -> None:
    url = f"briefs/{SEED_STEM}/{claim_id}/"
    claim = next(c for c in RATED if c["id"] == claim_id)
    soup = page(built_site, url)
    body = soup.select_one("article.md-content__inner")
    assert body is not None
    assert loose(body.find("h1").get_text()) == loose(claim["claim"])
    quote = body.select_one("blockquote.nb-claim-page__quote")
    marked = " … ".join(mark.get_text() for mark in quote.find_all("mark"))
    assert loose(marked) == loose(" … ".join(exact_of(p) for p in (
        claim["quote"] if isinstance(claim["quote"], list) else [claim["quote"]])))
    assert len(loose(quote.get_text())) > len(loose(marked))  # in its sentence, not alone
    speaker = body.select_one(".nb-card__head a.nb-actor")
    assert resolve(built_site, url, speaker["href"])[0] == built_site / "actors" / claim["by"] / "index.html"
    assert f"nb-verdict--{claim['verdict']}" in body.select_one(".nb-verdict")["class"]
    assert body.select_one(".nb-card__why p").get_text(strip=True)
    assert len(body.select(".nb-sources a[href^='http']")) == len(claim.get("sources", []))
    targets = {resolve(built_site, url, str(a["href"])) for a in body.select(".nb-claim-page__links a")}
    assert targets == {(built_site / "briefs" / SEED_STEM / "index.html", f"claim-{claim_id}"),
                       (built_site / "briefs" / SEED_STEM / "index.html", ""),
                       (built_site / "actors" / claim["by"] / "index.html", "")}
    assert f"claim-{claim_id}" in ids_of(built_site / "briefs" / SEED_STEM / "index.html")


def test_claim_pages_are_in_the_sitemap_and_out_of_the_search_index(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    listed = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    for claim_id in CLAIM_IDS:
        assert f"https://briefs.example.org/briefs/{SEED_STEM}/{claim_id}/" in listed
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    searched = {d["location"].split("#")[0] for d in index}
    assert f"briefs/{SEED_STEM}/" in searched
    assert not [location for location in searched if location.startswith(f"briefs/{SEED_STEM}/")
                and location != f"briefs/{SEED_STEM}/"]


def test_a_claim_held_back_has_no_page(built_site: Path) -> None:
    held = [c["id"] for c in SIDECAR["claims"] if not c.get("verdict")]
    assert held
    pages = {p.name for p in (built_site / "briefs" / SEED_STEM).iterdir() if p.is_dir()}
    assert pages == set(CLAIM_IDS)


# --- 7. numbers that count up ---------------------------------------------------------------------------


def _number(tag: Tag) -> int:
    return int(tag.select_one(".nb-num").get_text(" ", strip=True).split()[-1])


def test_claims_and_each_note_kind_count_up_from_one_in_the_text_and_the_cards(brief: BeautifulSoup) -> None:
    claims = brief.select("li.nb-card--claim")
    assert [_number(card) for card in claims] == list(range(1, len(RATED) + 1))
    notes = brief.select("li.nb-note-card")
    assert len(notes) == len(SIDECAR["notes"])  # every note has a card, and every card a number
    by_kind: dict[str, list[int]] = {}
    for card in notes:
        kind = next(c for c in card["class"] if c.startswith("nb-note-card--")).removeprefix("nb-note-card--")
        by_kind.setdefault(kind, []).append(_number(card))
    assert by_kind and all(numbers == list(range(1, len(numbers) + 1)) for numbers in by_kind.values())
    markers = brief.select(".nb-article button.nb-marker[id]")
    shown: dict[str, list[int]] = {}
    for marker in markers:
        kind = next(c for c in marker["class"] if c.startswith("nb-marker--")).removeprefix("nb-marker--")
        shown.setdefault(kind, []).append(int(marker.select("span")[-1].get_text()))
    for numbers in shown.values():
        assert numbers == list(range(1, len(numbers) + 1))  # in the order of the article


def test_a_marker_its_pop_up_and_its_card_show_one_name_and_number(brief: BeautifulSoup) -> None:
    for marker in brief.select(".nb-article button.nb-marker[id]"):
        popup = brief.find(id=marker["popovertarget"])
        assert popup["aria-label"] == marker["aria-label"]
        card = brief.find(id=popup.select_one(".nb-popover__more a")["href"].lstrip("#"))
        number = marker.select("span")[-1].get_text()
        assert marker["aria-label"].split(",")[0].endswith(f" {number}")
        assert card.select_one(".nb-num").get_text(" ", strip=True) == marker["aria-label"].split(",")[0]


def test_the_keys_samples_are_each_a_first_one(brief: BeautifulSoup) -> None:
    samples = brief.select(".nb-key .nb-marker--sample")
    assert len(samples) == 4
    assert [sample.get_text()[-1] for sample in samples] == ["1"] * 4
    assert "each kind of note has numbers of its own" in brief.select_one(".nb-key").get_text()


# --- small things -----------------------------------------------------------------------------------------


def test_a_passage_ending_with_its_own_closing_mark_gets_no_second_one(brief: BeautifulSoup) -> None:
    quoted = [p.get_text() for p in brief.select(".nb-note-quote a, .nb-card__quote a")]
    assert "“he has seen,”" in quoted
    assert not [q for q in quoted if q.endswith("””") or q.startswith("““")]


def test_an_actor_page_does_not_link_itself_nor_show_empty_sections(built_site: Path) -> None:
    for actor in (built_site / "actors").iterdir():
        if not actor.is_dir():
            continue
        soup = page(built_site, f"actors/{actor.name}/")
        body = soup.select_one("article.md-content__inner")
        url = f"actors/{actor.name}/"
        hrefs = {resolve(built_site, url, str(a["href"]))[0] for a in body.select("a[href]:not(.headerlink)")}
        assert actor / "index.html" not in hrefs, actor.name
        for heading in body.find_all("h2"):
            following = heading.find_next_sibling()
            assert following is not None and following.get_text(strip=True) != "None.", (actor.name, heading)
    miller = page(built_site, "actors/matthew-miller/")
    assert miller.find("h2", id="claims-made") is not None  # a section with claims stays
    assert miller.find("h2", id="claims-about") is None  # nobody made a claim about him


def test_a_quote_is_shown_in_its_own_sentence_and_no_more() -> None:
    text = ("A first paragraph.\n\nThe mayor spoke. She said “we are done here” plainly. "
            "Then she left.\n\nThe end.")
    at = text.index("we are done here")
    start, end = sentence_around(text, (Span(at, at + len("we are done here")),))
    assert text[start:end] == "She said “we are done here” plainly."
    start, end = sentence_around("we are done here", (Span(0, 16),))  # a text of one passage
    assert (start, end) == (0, 16)
