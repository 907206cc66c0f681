"""The repository's own site, built with the real ``mkdocs build --strict``, as a reader gets it."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from tests.conftest import SEED_BRIEFS, SEED_STEM

SIDECAR: dict[str, Any] = yaml.safe_load((SEED_BRIEFS / f"{SEED_STEM}.yaml").read_text(encoding="utf-8"))
SEED_URL = f"briefs/{SEED_STEM}/"
# Claims without a verdict are held back: the site does not publish unrated claims.
RATED = [c for c in SIDECAR["claims"] if c.get("verdict")]


def page(site: Path, url: str) -> BeautifulSoup:
    """The HTML page a reader gets at a site-relative URL."""
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def loose(text: str) -> str:
    """Text as a reader compares it: NFC, typographic quotes as plain ones, white space collapsed."""
    text = unicodedata.normalize("NFC", text).translate(str.maketrans("‘’“”", "''\"\""))
    return re.sub(r"\s+", " ", text).strip()


def exact_of(anchor: str | dict[str, str]) -> str:
    return anchor if isinstance(anchor, str) else anchor["exact"]


def article_text(article: Tag) -> str:
    """The article as a reader reads it on screen: markers are buttons, print copies are hidden."""
    for marker in article.select(".nb-marker, .nb-print-note"):
        marker.decompose()
    return "\n".join(p.get_text() for p in article.find_all("p"))


@pytest.fixture(scope="module")
def brief(built_site: Path) -> BeautifulSoup:
    return page(built_site, SEED_URL)


def test_the_home_page_lists_the_brief(built_site: Path) -> None:
    home = page(built_site, "")
    titles = {a.get_text(): a["href"] for a in home.select(".nb-brief-list a")}
    assert titles == {SIDECAR["title"]: SEED_URL}


def test_the_brief_page_has_its_title_source_line_and_summary(brief: BeautifulSoup) -> None:
    assert brief.select_one("article h1").get_text() == SIDECAR["title"]
    assert brief.select_one(".nb-outlet-headline").get_text() == (
        "Headline as published by World Israel News: ISIS may be behind Iran bombings, US says")
    source = brief.select_one(".nb-source").get_text()
    assert "World Israel News" in source and "Batya Jerenberg" in source and "3 January 2024" in source
    assert loose(brief.select_one(".nb-summary").get_text()) == loose(SIDECAR["summary"])


def test_the_published_article_is_the_source_text_minus_the_omitted_line(brief: BeautifulSoup) -> None:
    source = (SEED_BRIEFS / f"{SEED_STEM}.txt").read_text(encoding="utf-8")
    kept = [line for line in source.splitlines() if line.strip() and not line.startswith("Read")]
    shown = article_text(brief.select_one(".nb-article"))
    assert shown.splitlines() == kept


@pytest.mark.parametrize("claim", RATED, ids=lambda c: c["id"])
def test_each_claim_is_highlighted_exactly_on_its_quote(brief: BeautifulSoup, claim: dict[str, Any]) -> None:
    marks = brief.select(f".nb-article mark#claim-{claim['id']}")
    assert len(marks) == 1
    assert loose(marks[0].get_text()) == loose(exact_of(claim["quote"]))


def test_each_anchored_note_is_highlighted_on_its_anchor(brief: BeautifulSoup) -> None:
    anchors = [loose(exact_of(note["anchor"])) for note in SIDECAR["notes"] if "anchor" in note]
    marked = [loose(mark.get_text()) for mark in brief.select(".nb-article mark.nb-note")]
    assert sorted(marked) == sorted(anchors)


def test_every_highlight_opens_an_annotation_of_its_own(brief: BeautifulSoup) -> None:
    highlights = brief.select(".nb-article mark")
    popups = brief.select(".nb-popups > [popover]")
    assert len(highlights) == len(RATED) + sum("anchor" in n for n in SIDECAR["notes"])
    assert [p["id"] for p in popups] == [f"annotation-{n}" for n in range(1, len(highlights) + 1)]


def test_every_actor_link_on_every_page_reaches_a_page_that_exists(built_site: Path) -> None:
    checked = 0
    for html in built_site.rglob("*.html"):
        url = html.relative_to(built_site).as_posix()
        for link in BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select("a.nb-actor"):
            target = urlsplit(urljoin(f"https://example.org/{url}", link["href"])).path.lstrip("/")
            assert (built_site / target / "index.html").is_file(), f"{url}: {link['href']}"
            checked += 1
    assert checked > 50


def test_actor_names_in_the_article_link_to_their_pages(brief: BeautifulSoup) -> None:
    links = {a.get_text(): a["href"] for a in brief.select(".nb-article a.nb-actor")}
    assert links["Ebrahim Raisi"] == "../../actors/ebrahim-raisi/"
    assert links["State Department"] == "../../actors/us-state-department/"
    assert links["Tehran"] == "../../actors/iran/"


def test_an_actor_page_lists_the_brief_and_the_actors_claims(built_site: Path) -> None:
    miller = page(built_site, "actors/matthew-miller/")
    assert miller.select_one("article h1").get_text() == "Matthew Miller"
    claim_links = {a["href"] for a in miller.select(".nb-card a[href*='#claim-']")}
    own = {f"../../{SEED_URL}#claim-{c['id']}" for c in RATED if c["by"] == "matthew-miller"}
    assert own <= claim_links


def test_the_claims_index_groups_every_claim_under_its_verdict(built_site: Path) -> None:
    index = page(built_site, "claims/")
    found: dict[str, str] = {}
    for heading in index.select("article h2"):
        cards = heading.find_next_sibling("section", class_="nb-claim-groups")
        for link in cards.select("ul.nb-cards a[href*='#claim-']"):
            found[link["href"].rsplit("#claim-", 1)[1]] = heading["id"]
    assert found == {c["id"]: c["verdict"] for c in RATED}


def test_every_correction_of_the_fact_sheet_is_on_the_page_with_a_source(brief: BeautifulSoup) -> None:
    cards = brief.select(".nb-note-card--correction, .nb-note-card--context")
    expected = {
        "day of the attack": "Wednesday, 3 January 2024",
        "Soleimani's post": "He was not head of the IRGC",
        "year ISIS took its territory": "in 2014",
        "revised death toll": "revised the toll down to 84",
        "claim of responsibility": "claimed the attack in a statement on its Telegram channels",
        "Miller's words": "The official transcript reads",
    }
    for what, words in expected.items():
        holding = [card for card in cards if words in card.get_text()]
        assert len(holding) == 1, what
        assert holding[0].select("ul.nb-sources a[href^='https://']"), f"{what}: no source"


def test_the_omitted_capture_line_is_listed_not_dropped(brief: BeautifulSoup) -> None:
    omitted = [li.get_text() for li in brief.select(".nb-omitted li")]
    assert omitted == ["Read\u00a0 The Russian dictator’s double terrorism standards"]


def test_search_finds_briefs_by_actor_names_and_claim_and_note_text(built_site: Path) -> None:
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    brief_text = " ".join(d["title"] + " " + d["text"] for d in docs if d["location"].startswith(SEED_URL))
    for name in ("Matthew Miller", "Ebrahim Raisi", "Esmail Ghaani", "Senior US official"):
        assert name in brief_text, name
    assert "The United States had no part in the bombings." in brief_text
    assert "revised the toll down to 84" in brief_text


def test_a_search_hit_on_a_claims_listing_shows_no_wall_of_cards(built_site: Path) -> None:
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    listings = {d["location"]: d["text"] for d in docs
                if d["location"].startswith(("claims/", "actors/")) and d["location"] != "actors/"}
    explanation = "On 4 January 2024 the Islamic State claimed the attack"  # a claim's explanation
    assert any(explanation in d["text"] for d in docs if d["location"].startswith(SEED_URL))
    assert listings and [where for where, text in listings.items() if explanation in text] == []
    assert max(len(text) for text in listings.values()) < 600


def test_the_pop_ups_are_not_in_the_search_index(built_site: Path) -> None:
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert [d["location"] for d in docs if "Go to card" in d["text"] or "Close " in d["text"]] == []
