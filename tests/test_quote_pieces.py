"""A quote in several pieces is one claim: anchored piece by piece, highlighted and exported together."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from tests.claimreview import claim_reviews_of
from tests.conftest import make_project, run_mkdocs_build

FIXTURE = Path(__file__).parent / "fixtures" / "quote-pieces"
STEM = "2019-11-19-harbour-vote"


@pytest.fixture(scope="session")
def pieces_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose one brief quotes in pieces, built with ``mkdocs build --strict``."""
    project = make_project(tmp_path_factory.mktemp("pieces-project"), briefs=FIXTURE)
    site = tmp_path_factory.mktemp("pieces-site")
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def brief_html(site: Path) -> str:
    return (site / "briefs" / STEM / "index.html").read_text(encoding="utf-8")


def brief_data(site: Path) -> dict[str, Any]:
    return json.loads((site / "data" / "briefs" / f"{STEM}.json").read_text(encoding="utf-8"))


def test_every_piece_is_highlighted_as_the_same_claim_with_one_annotation(pieces_site: Path) -> None:
    article = BeautifulSoup(brief_html(pieces_site), "html.parser").select_one(".nb-article")
    assert article is not None
    first = article.select_one("mark#claim-difficult-decision")
    further = article.select('mark[data-claim="claim-difficult-decision"]')
    assert first is not None and first.get_text() == "It was a difficult decision"
    assert [m.get_text() for m in further] == ["we changed the plan twice"]
    assert further[0]["class"] == first["class"]
    shortened = article.select('mark[data-claim="claim-quay-waited"]')
    assert [m.get_text() for m in shortened] == ["keeps the rain out"]
    opened = [m["popovertarget"] for m in article.select(".nb-marker")]
    assert sorted(set(opened)) == ["annotation-1", "annotation-2", "annotation-3"]  # one per claim
    tail = further[0].find_next_sibling("span", class_="nb-tail")
    assert tail is not None
    piece_marker = tail.select_one(".nb-marker")
    assert piece_marker["popovertarget"] == "annotation-1"
    assert piece_marker["aria-label"].endswith(", continued")


def test_the_data_export_gives_every_piece_with_its_offsets(pieces_site: Path) -> None:
    data = brief_data(pieces_site)
    claims = {c["id"]: c for c in data["claims"]}
    pieces = claims["difficult-decision"]["pieces"]
    assert [p["quote"] for p in pieces] == ["It was a difficult decision", "we changed the plan twice"]
    assert all(data["text"][p["start"]:p["end"]] == p["quote"] for p in pieces)
    assert claims["difficult-decision"]["quote"] == "It was a difficult decision … we changed the plan twice"
    assert [p["quote"] for p in claims["quay-waited"]["pieces"]] == [
        "The quay has waited long enough", "keeps the rain out"]
    assert [p["quote"] for p in claims["opening"]["pieces"]] == ["due to open in 2022"]


def test_a_web_annotation_targets_every_piece_of_its_claim(pieces_site: Path) -> None:
    text = brief_data(pieces_site)["text"]
    collection = json.loads((pieces_site / "data" / "briefs" / f"{STEM}.annotations.jsonld")
                            .read_text(encoding="utf-8"))
    items = {item["id"].rsplit("#", 1)[1]: item for item in collection["first"]["items"]}
    assert len(items) == 3
    targets = items["claim-difficult-decision"]["target"]
    assert [t["selector"][0]["exact"] for t in targets] == ["It was a difficult decision",
                                                           "we changed the plan twice"]
    for target in targets:
        quote, position = target["selector"]
        assert text[position["start"]:position["end"]] == quote["exact"]
    single = items["claim-opening"]["target"]
    assert isinstance(single, dict) and single["selector"][0]["exact"] == "due to open in 2022"


def test_the_claim_review_quotes_the_pieces_joined_by_an_ellipsis(pieces_site: Path) -> None:
    reviews = claim_reviews_of(pieces_site, STEM)
    texts = {claim: review["itemReviewed"]["text"] for claim, review in reviews.items()}
    assert texts["difficult-decision"] == "It was a difficult decision … we changed the plan twice"
