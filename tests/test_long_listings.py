"""Listings longer than ``listing_size``: the newest items up front, every item on its month's page.

A reader of a large archive gets pages of a readable size and still reaches every
brief and claim; a new brief leaves the months before it untouched, so publishing
it changes a handful of pages, not the whole archive's listings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag

from benchmarks.synth import write_briefs
from generator.publishing.link_check import check_site
from generator.rendering.charts import time_axis
from tests.conftest import make_project, run_mkdocs_build

SIZE = 5
COUNT = 70  # synthetic briefs are one a day from 1 January 2020: January, February and March


def listing_project(folder: Path) -> Path:
    project = make_project(folder)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r"^(\s*)briefs_dir: briefs$", rf"\g<0>\n\g<1>listing_size: {SIZE}", text,
                             count=1, flags=re.MULTILINE), encoding="utf-8")
    write_briefs(COUNT, project / "briefs")
    return project


def build(project: Path, site: Path) -> Path:
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def long_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("long")
    return build(listing_project(folder / "project"), folder / "site")


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def followed(url: str, href: str) -> str:
    """The site-relative page a link on ``url`` leads to, and its fragment."""
    target = urlsplit(urljoin(f"https://example.org/{url}", href))
    return target.path.lstrip("/") + (f"#{target.fragment}" if target.fragment else "")


def month_links(site: Path, url: str) -> list[str]:
    return [followed(url, a["href"]) for a in page(site, url).select(".nb-months a")]


def section_cards(heading: Tag) -> list[Tag]:
    """The claim cards between a verdict's heading and the next heading."""
    cards: list[Tag] = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        cards += sibling.select(".nb-card--claim")
    return cards


def brief_links(soup: BeautifulSoup, selector: str) -> list[str]:
    return [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup.select(selector)]


def test_the_home_page_shows_the_newest_briefs_and_every_month_holds_the_rest(long_site: Path) -> None:
    home = page(long_site, "")
    newest = [f"brief-{i:05d}" for i in range(COUNT - 1, COUNT - 1 - SIZE, -1)]
    assert brief_links(home, ".nb-brief-title a") == newest
    months = month_links(long_site, "")
    assert months == ["archive/2020-03/", "archive/2020-02/", "archive/2020-01/"]
    assert [a.get_text(" ", strip=True) for a in home.select(".nb-months li")] == [
        "March 2020 (10 briefs)", "February 2020 (29 briefs)", "January 2020 (31 briefs)"]
    listed = [stem for month in months for stem in brief_links(page(long_site, month), ".nb-brief-title a")]
    assert sorted(listed) == [f"brief-{i:05d}" for i in range(COUNT)]  # every brief once


def test_every_claim_is_on_its_months_page_under_its_verdict(long_site: Path) -> None:
    index = page(long_site, "claims/")
    assert not index.select(".nb-card--claim")  # the index no longer repeats every claim
    assert index.select_one(".nb-chart desc").get_text().count("claims") == 4  # one tally per verdict
    seen: Counter[str] = Counter()
    for month in month_links(long_site, "claims/"):
        for section in page(long_site, month).select("h2[id]"):
            cards = section_cards(section)
            assert cards and all(f"nb-card--{section['id']}" in card["class"] for card in cards)
            seen.update(card["id"] + "@" + card.select_one(".nb-card__quote a")["href"] for card in cards)
    assert len(seen) == COUNT * 3 and set(seen.values()) == {1}


@pytest.mark.parametrize("verdict", ["accurate", "false"])
def test_a_verdict_page_shows_its_newest_claims_and_links_its_months_sections(long_site: Path,
                                                                               verdict: str) -> None:
    url = f"claims/{verdict}/"
    soup = page(long_site, url)
    cards = soup.select(".nb-card--claim")
    assert len(cards) == SIZE and all(f"nb-card--{verdict}" in card["class"] for card in cards)
    total = 0
    for link in soup.select(".nb-months a"):
        target, fragment = followed(url, link["href"]).split("#")
        assert fragment == verdict
        month = page(long_site, target)
        held = section_cards(month.select_one(f"h2#{verdict}"))
        assert all(f"nb-card--{verdict}" in card["class"] for card in held)
        claimed = int(re.search(r"\((\d+) claims?\)", link.find_parent("li").get_text()).group(1))
        assert claimed == len(held) == len(month.select(f".nb-card--{verdict}"))
        total += claimed
    label = soup.select_one(".nb-filter a[aria-current]").get_text()
    assert f"({total})" in label  # the months hold every claim the filter counts


def test_the_timeline_and_its_months_pages_lead_through_every_month(long_site: Path) -> None:
    assert len(page(long_site, "timeline/").select(".nb-timeline__what a")) == SIZE
    months = month_links(long_site, "timeline/")
    assert months == ["timeline/2020-03/", "timeline/2020-02/", "timeline/2020-01/"]
    middle = page(long_site, "timeline/2020-02/")
    pager = {a.get_text(): followed("timeline/2020-02/", a["href"]) for a in middle.select(".nb-pager a")}
    assert pager == {"Earlier: January 2020": "timeline/2020-01/", "Timeline": "timeline/",
                     "Later: March 2020": "timeline/2020-03/"}
    assert len(middle.select(".nb-timeline__what a")) == 29


def test_the_data_page_lists_the_newest_briefs_and_names_the_full_index(long_site: Path) -> None:
    data = page(long_site, "data/")
    assert len(data.select(".nb-data-list li")) == SIZE
    assert f"The newest {SIZE} of {COUNT} briefs" in data.get_text()


def test_no_link_of_the_paged_site_is_broken(long_site: Path) -> None:
    assert check_site(long_site) == []


def test_a_new_brief_leaves_the_earlier_months_pages_as_they_were(tmp_path: Path) -> None:
    project = listing_project(tmp_path / "project")
    before = build(project, tmp_path / "before")
    newest = COUNT - 1
    for suffix in (".txt", ".yaml"):
        text = (project / "briefs" / f"brief-{newest:05d}{suffix}").read_text(encoding="utf-8")
        (project / "briefs" / f"late-brief{suffix}").write_text(
            text.replace(f"Synthetic brief {newest} ", "A late brief "), encoding="utf-8")
    after = build(project, tmp_path / "after")
    assert "late-brief" in (after / "archive" / "2020-03" / "index.html").read_text(encoding="utf-8")
    for month in ("archive/2020-01", "archive/2020-02", "claims/months/2020-01", "claims/months/2020-02",
                  "timeline/2020-01", "timeline/2020-02"):
        assert (after / month / "index.html").read_bytes() == (before / month / "index.html").read_bytes()


def test_the_time_axis_of_years_of_briefs_has_a_column_per_month() -> None:
    first = dt.date(2020, 1, 1)
    dates = [first + dt.timedelta(days=n // 5) for n in range(5 * 1000)]  # 5 a day for 1,000 days
    axis = BeautifulSoup(time_axis(dates), "html.parser")
    columns = {dot["cx"] for dot in axis.select("circle.nb-axis__dot")}
    assert len(columns) == 33  # January 2020 to September 2022
    assert axis.select_one("desc").get_text() == "5000 briefs from 1 January 2020 to 26 September 2022."
