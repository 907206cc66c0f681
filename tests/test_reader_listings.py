"""Cross-brief pages as a reader meets them: cards, charts, the time axis, tag names, counts."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from generator.settings import DEFAULT_VERDICTS
from tests.conftest import FIXTURES, SEED_BRIEFS

SIDECARS = {f.stem: yaml.safe_load(f.read_text(encoding="utf-8"))
            for folder in (SEED_BRIEFS, FIXTURES / "reader") for f in folder.glob("2*.yaml")}
LABELS = {v.id: v.label for v in DEFAULT_VERDICTS}


def verdict_tally(by: str | None = None) -> dict[str, int]:
    """How many fixture claims (by one speaker, or all) have each verdict, by label."""
    tally: dict[str, int] = {}
    for sidecar in SIDECARS.values():
        for claim in sidecar["claims"]:
            rated = claim.get("verdict", "unrated") != "unrated"  # unrated claims are held back
            if rated and (by is None or claim["by"] == by):
                label = LABELS[claim["verdict"]]
                tally[label] = tally.get(label, 0) + 1
    return tally

CARD_PAGES = ["briefs/2024-01-03-kerman-bombings/", "claims/", "claims/accurate/", "actors/matthew-miller/"]


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.mark.parametrize("url", CARD_PAGES)
def test_every_claim_card_has_speaker_claim_quote_linked_verdict_explanation_and_sources(
        reader_site: Path, url: str) -> None:
    cards = page(reader_site, url).select(".nb-card--claim")
    assert cards
    scale = page(reader_site, "verdicts/")
    for card in cards:
        speaker = card.select_one(".nb-card__head .nb-actor")
        assert speaker.get_text().strip()
        # Linked to the speaker's page, but on that page itself, which would only link to itself.
        assert speaker.name == ("span" if url == "actors/matthew-miller/" else "a")
        assert card.select_one(".nb-card__claim").get_text().strip()
        assert card.select_one(".nb-card__quote a[href*='#claim-']").get_text().startswith("“")
        badge = card.select_one("a.nb-verdict")
        target = urlsplit(urljoin(f"https://example.org/{url}", badge["href"]))
        assert target.path == "/verdicts/"
        assert scale.select_one(f"dt#{target.fragment}").get_text(" ", strip=True).startswith(
            badge.get_text(" ", strip=True))
    assert any(card.select(".nb-card__why p") for card in cards)
    assert any(card.select(".nb-sources a[href^='https://']") for card in cards)


def test_the_claims_index_names_each_brief_once_per_verdict(reader_site: Path) -> None:
    index = page(reader_site, "claims/")
    section = index.select_one("h2#accurate").find_next_sibling("section", class_="nb-claim-groups")
    accurate = section.select_one("ul.nb-cards")
    groups = section.select_one("p.nb-card-group")
    title = SIDECARS["2024-01-03-kerman-bombings"]["title"]
    assert groups.get_text(" ", strip=True) == f"From {title}"
    assert title not in accurate.get_text()


def chart_numbers(chart: BeautifulSoup) -> dict[str, int]:
    labels = [t.get_text() for t in chart.select("text.nb-chart__label")]
    values = [int(t.get_text()) for t in chart.select("text.nb-chart__value")]
    return dict(zip(labels, values, strict=True))


def test_the_claims_index_charts_the_verdicts_of_every_claim_as_text(reader_site: Path) -> None:
    index = page(reader_site, "claims/")
    svg = index.select_one("figure.nb-chart svg[role=img]")
    tally = verdict_tally()
    assert chart_numbers(svg) == tally and tally["Mostly accurate"] == 1
    assert svg.select_one("title").get_text() == "Verdicts on all claims"
    summary = f"Accurate: {tally['Accurate']} claims; Mostly accurate: 1 claim;"
    assert summary in svg.select_one("desc").get_text()
    filters = [a.get_text() for a in index.select(".nb-filter a")]
    assert filters[0] == f"All ({sum(tally.values())})"


def test_an_actor_page_charts_the_verdicts_of_its_claims(reader_site: Path) -> None:
    miller = page(reader_site, "actors/matthew-miller/")
    made = miller.select_one("svg[aria-labelledby^='verdicts-made']")
    assert chart_numbers(made) == verdict_tally(by="matthew-miller")
    assert made.select_one("title").get_text() == "Verdicts on claims made by Matthew Miller"


def test_the_timeline_puts_each_brief_on_a_time_axis_with_readable_dates(reader_site: Path) -> None:
    timeline = page(reader_site, "timeline/")
    axis = timeline.select_one("figure.nb-axis svg[role=img]")
    assert len(axis.select("circle.nb-axis__dot")) == 2
    assert [t.get_text() for t in axis.select("text.nb-axis__label")][-2:] == ["3 January 2024",
                                                                              "4 January 2024"]
    assert axis.select_one("desc").get_text() == "2 briefs from 3 January 2024 to 4 January 2024."
    assert timeline.select_one(".nb-timeline__heading").get_text() == "January 2024"
    assert [t.get_text() for t in timeline.select(".nb-timeline__when time")] == ["4 January 2024",
                                                                                 "3 January 2024"]


def test_a_timeline_of_one_day_writes_its_date_under_its_dot(built_site: Path) -> None:
    axis = page(built_site, "timeline/").select_one("figure.nb-axis svg[role=img]")
    dots = {dot["cx"] for dot in axis.select("circle.nb-axis__dot")}
    labels = [(label["x"], label.get_text()) for label in axis.select("text.nb-axis__label")]
    assert labels == [("50%", "3 January 2024")]
    assert dots == {"50.00%"}


def test_tags_are_listed_under_their_names_not_their_slugs(reader_site: Path) -> None:
    tags = page(reader_site, "tags/").select_one("article").get_text(" ")
    assert "Islamic State" in tags and "United States" in tags and "Terrorism" in tags
    assert not re.search(r"\b(islamic-state|united-states|terrorism)\b", tags)


def test_counts_agree_with_their_numbers(reader_site: Path) -> None:
    home = " ".join(p.get_text(" ") for p in page(reader_site, "").select(".nb-brief-list .nb-source"))
    seed = SIDECARS["2024-01-03-kerman-bombings"]
    assert "1 claim, 1 note" in home
    rated = [c for c in seed["claims"] if c.get("verdict", "unrated") != "unrated"]
    assert f"{len(rated)} claims, {len(seed['notes'])} notes" in home
    actors = {li.select_one("a").get_text(): li.select_one(".nb-kind").get_text()
              for li in page(reader_site, "actors/").select(".nb-actor-list li")}
    assert actors["Matthew Miller"] == "(person, 1 brief)"
    assert actors["Islamic State"] == "(organization, 2 briefs)"
    for url in ("", "actors/", "timeline/", "claims/"):
        assert not re.search(r"\b1 (briefs|claims|notes)\b", page(reader_site, url).get_text(" ")), url
