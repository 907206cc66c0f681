"""What machines get from the built site: JSON-LD, open data files, the feed, and the cross-brief pages."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import extruct
import pytest

from generator.settings import DEFAULT_VERDICTS
from tests.claimreview import (
    check_article,
    check_claim_review,
    claim_reviews_of,
    missing_feed_fields,
    site_claim_reviews,
)
from tests.conftest import FIXTURE_PUBLISHER, FIXTURE_SITE_URL, SEED_STEM
from tests.test_site_build import RATED, SIDECAR, page

SCALE = {v.id: (v.label, v.rating) for v in DEFAULT_VERDICTS}  # the site's mkdocs.yml keeps the default


@pytest.fixture(scope="module")
def graph(built_site: Path) -> list[dict[str, Any]]:
    html = (built_site / "briefs" / SEED_STEM / "index.html").read_text(encoding="utf-8")
    blocks = extruct.extract(html, syntaxes=["json-ld"], uniform=False)["json-ld"]
    assert len(blocks) == 1
    return list(blocks[0]["@graph"])


@pytest.fixture(scope="module")
def reviews(built_site: Path) -> dict[str, dict[str, Any]]:
    """The ClaimReview of each claim page of the seed brief, by claim id."""
    return claim_reviews_of(built_site, SEED_STEM)


@pytest.fixture(scope="module")
def data(built_site: Path) -> dict[str, Any]:
    return json.loads((built_site / "data" / "briefs" / f"{SEED_STEM}.json").read_text(encoding="utf-8"))


def test_the_page_describes_our_fact_check_and_the_outlets_article_only_where_the_claims_appeared(
        graph: list[dict[str, Any]], reviews: dict[str, dict[str, Any]]) -> None:
    ours = {"@type": "Organization", "name": FIXTURE_PUBLISHER, "url": FIXTURE_SITE_URL}
    [article] = graph  # the reviews are on the claims' own pages
    assert len(reviews) == len(RATED)
    assert article["@type"] == "Article"
    assert article["headline"] == SIDECAR["title"]
    assert (article["author"], article["publisher"]) == (ours, ours)  # no people named: the organisation
    assert (article["datePublished"], article["dateModified"]) == ("2026-11-24", "2026-11-28")
    assert check_article(article, f"{FIXTURE_SITE_URL}briefs/{SEED_STEM}/") == ([], [])
    for review in reviews.values():
        appearance = review["itemReviewed"]["appearance"]
        assert appearance["@type"] == "NewsArticle"
        assert appearance["headline"] == "ISIS may be behind Iran bombings, US says"
        assert appearance["author"] == {"@type": "Person", "name": "Batya Jerenberg"}
        assert appearance["publisher"]["name"] == "World Israel News"
        assert appearance["datePublished"] == "2024-01-03"
        assert missing_feed_fields(review) == []


def test_each_rated_claim_has_one_claim_review_with_its_rating_and_speaker(
        reviews: dict[str, dict[str, Any]]) -> None:
    assert sorted(reviews) == sorted(c["id"] for c in RATED)
    for claim in RATED:
        review = reviews[claim["id"]]
        label, value = SCALE[claim["verdict"]]
        assert review["claimReviewed"] == claim["claim"]
        assert review["reviewRating"]["alternateName"] == label
        assert review["reviewRating"].get("ratingValue") == value
        assert review["author"] == {"@type": "Organization", "name": FIXTURE_PUBLISHER,
                                    "url": FIXTURE_SITE_URL}
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["author"]["name"]
    assert reviews["raisi-blames-israel"]["itemReviewed"]["author"] == {"@type": "Person",
                                                                        "name": "Ebrahim Raisi"}


def test_each_claim_review_is_on_its_claims_page_alone_and_on_no_other_page(built_site: Path) -> None:
    """Google reads one ClaimReview per page: each is on the page of its claim, at that page's address,
    and no page of the site (the brief's, a listing, an actor's) carries one or repeats one."""
    everywhere = site_claim_reviews(built_site)
    assert sorted(everywhere) == sorted(f"briefs/{SEED_STEM}/{c['id']}/index.html" for c in RATED)
    urls = [review["url"] for found in everywhere.values() for review in found]
    assert len(urls) == len(set(urls)) == len(RATED)
    for path, [review] in everywhere.items():
        assert review["url"] == FIXTURE_SITE_URL + path.removesuffix("index.html")
        assert check_claim_review(review, review["url"])[0] == []


def test_the_data_offsets_are_code_points_that_give_back_each_quote(data: dict[str, Any]) -> None:
    text = data["text"]
    assert data["offsets"] == "Unicode code points into `text`"
    for item in [*data["claims"], *(n for n in data["notes"] if n["start"] is not None)]:
        assert text[item["start"]:item["end"]] == item["quote"]
    assert len(data["claims"]) == len(RATED)
    assert len(data["notes"]) == len(SIDECAR["notes"])
    assert {a["id"] for a in data["actors"]} == set(SIDECAR["actors"])


def test_the_web_annotations_select_the_same_text_by_quote_and_by_position(built_site: Path,
                                                                           data: dict[str, Any]) -> None:
    collection = json.loads((built_site / "data" / "briefs" / f"{SEED_STEM}.annotations.jsonld")
                            .read_text(encoding="utf-8"))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    items = collection["first"]["items"]
    anchored_notes = sum("anchor" in n for n in SIDECAR["notes"])
    assert collection["total"] == len(items) == len(RATED) + anchored_notes
    for item in items:
        quote, position = item["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert data["text"][position["start"]:position["end"]] == quote["exact"]
        assert data["text"][:position["start"]].endswith(quote["prefix"])
        assert data["text"][position["end"]:].startswith(quote["suffix"])


def test_the_site_index_and_the_feed_list_the_brief(built_site: Path) -> None:
    index = json.loads((built_site / "data" / "index.json").read_text(encoding="utf-8"))
    assert [b["id"] for b in index["briefs"]] == [SEED_STEM]
    for key in ("data", "annotations"):
        address = index["briefs"][0][key].removeprefix(FIXTURE_SITE_URL)
        assert (built_site / address).is_file()
    feed = ET.fromstring((built_site / "feed.xml").read_bytes())
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [e.findtext(f"{atom}title") for e in feed.iter(f"{atom}entry")]
    assert titles == [SIDECAR["title"]]


def test_the_brief_page_offers_its_data_for_download(built_site: Path) -> None:
    link = page(built_site, f"briefs/{SEED_STEM}/").select_one(".nb-download a")
    assert link["href"] == f"../../data/briefs/{SEED_STEM}.json" and link.has_attr("download")


def test_the_timeline_and_the_tags_page_reach_the_brief(built_site: Path) -> None:
    timeline = page(built_site, "timeline/").select(".nb-timeline__events > li")
    assert [li.get_text(" ", strip=True) for li in timeline] == [
        f"3 January 2024 · Kerman, Iran {SIDECAR['title']}"]
    tags = page(built_site, "tags/").get_text()
    for name in ("Iran", "Islamic State", "Israel", "United States", "Terrorism"):
        assert name in tags
    assert "islamic-state" not in tags


def test_each_verdict_page_shows_only_its_own_claims(built_site: Path) -> None:
    for verdict in {c["verdict"] for c in RATED}:
        shown = {a["href"].rsplit("#claim-", 1)[1]
                 for a in page(built_site, f"claims/{verdict}/").select(".nb-card a[href*='#claim-']")}
        assert shown == {c["id"] for c in RATED if c["verdict"] == verdict}


def test_no_brief_or_actor_page_is_in_the_navigation(built_site: Path) -> None:
    nav = page(built_site, "").select_one("nav.md-nav--primary")
    hrefs = " ".join(a["href"] for a in nav.select("a.md-nav__link"))
    assert "actors/" in hrefs
    for leaf in (SEED_STEM, *(f"actors/{actor_id}/" for actor_id in SIDECAR["actors"])):
        assert leaf not in hrefs
