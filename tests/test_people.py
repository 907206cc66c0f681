"""The newsroom's people on a real build: the byline at the top of a brief, the team on the About
page, and the brief's structured data naming who wrote and who reviewed it."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.caching.check_cache import check_briefs
from generator.publishing.preview import PreviewRounds
from generator.rendering.templating import templates_for
from generator.rendering.views import TeamMember
from generator.settings import Settings, read_project_settings
from generator.sidecar.validate import load_people
from tests.claimreview import check_article, check_claim_review, claim_reviews_of
from tests.conftest import FIXTURE_SITE_URL, FIXTURES, SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build

PEOPLE = FIXTURES / "people" / "people.yaml"


def with_people(project: Path, writer: str, reviewers: list[str]) -> Path:
    """The project's seed brief naming ``writer`` and ``reviewers``, with the people fixture beside it."""
    shutil.copy(PEOPLE, project / "briefs" / "people.yaml")
    sidecar = project / "briefs" / f"{SEED_STEM}.yaml"
    text = sidecar.read_text(encoding="utf-8")
    names = f"writer: {writer}\nreviewers: [{', '.join(reviewers)}]\n"
    sidecar.write_text(re.sub(r"^reviewed:", names + "reviewed:", text, count=1, flags=re.MULTILINE),
                       encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("people")
    project = with_people(make_project(folder / "project", SEED_BRIEFS), "dana-fictional",
                          ["omar-invented", "lee-unlisted"])
    result = run_mkdocs_build(project, folder / "site")
    assert result.returncode == 0, result.stderr
    return folder / "site"


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_the_byline_under_the_title_names_the_writer_and_each_reviewer_with_their_role(site: Path) -> None:
    brief = page(site, f"briefs/{SEED_STEM}")
    byline = brief.select_one("h1 ~ .nb-byline")
    assert byline is not None
    assert " ".join(byline.get_text().split()) == (
        "Fact check by Dana Fictional (Fact-checker) · "
        "reviewed by Omar Invented (Senior editor) and Lee Unlisted")
    # It comes before the outlet's own byline, so the two cannot be taken for each other.
    assert str(brief).index("nb-byline") < str(brief).index("nb-source")


def test_each_name_in_the_byline_leads_to_that_person_on_the_about_page(site: Path) -> None:
    links = page(site, f"briefs/{SEED_STEM}").select(".nb-byline a")
    about = page(site, "about")
    assert [a["href"] for a in links] == [f"../../about/#person-{who}" for who in
                                          ("dana-fictional", "omar-invented", "lee-unlisted")]
    for link in links:
        entry = about.find(id=link["href"].split("#")[1])
        assert entry is not None and link.get_text() in entry.get_text()


def test_the_about_page_lists_the_team_in_the_registry_order_with_bio_photo_and_links(site: Path) -> None:
    about = page(site, "about")
    heading = about.find("h2", id="our-team")
    assert heading is not None
    members = about.select("ul.nb-team > li")
    assert [m["id"] for m in members] == [f"person-{who}" for who in
                                          ("dana-fictional", "omar-invented", "lee-unlisted")]
    dana = members[0]
    assert dana.find("em").get_text() == "Iran"  # the bio is Markdown
    assert dana.find("img")["src"] == "https://example.org/people/dana.jpg"
    assert dana.find("a", string="Dana's profile")["href"] == "https://example.org/people/dana"
    assert " ".join(members[1].get_text().split()) == "Omar Invented, Senior editor"


def test_the_reviews_name_the_writer_as_creator_and_the_reviewers_as_editors(site: Path) -> None:
    brief = page(site, f"briefs/{SEED_STEM}")
    graph = json.loads(brief.find("script", type="application/ld+json").string)["@graph"]
    reviews = list(claim_reviews_of(site, SEED_STEM).values())
    assert reviews
    about = f"{FIXTURE_SITE_URL}about/#person-"
    for review in reviews:
        assert review["author"]["@type"] == "Organization"  # the fact checker stays the organisation
        assert review["creator"] == {
            "@type": "Person", "name": "Dana Fictional", "url": about + "dana-fictional",
            "jobTitle": "Fact-checker", "image": "https://example.org/people/dana.jpg",
            "sameAs": ["https://www.wikidata.org/wiki/Q4242420"]}
        assert [e["name"] for e in review["editor"]] == ["Omar Invented", "Lee Unlisted"]
        errors, _ = check_claim_review(review, review["url"])
        assert errors == []
    article = graph[0]
    assert article["@type"] == "Article"
    assert article["author"] == reviews[0]["creator"]  # our fact-check is by our writer
    assert [e["name"] for e in article["editor"]] == ["Omar Invented", "Lee Unlisted"]
    assert check_article(article, f"{FIXTURE_SITE_URL}briefs/{SEED_STEM}/") == ([], [])


def test_a_site_without_people_shows_no_byline_and_no_team(built_site: Path) -> None:
    assert page(built_site, f"briefs/{SEED_STEM}").select(".nb-byline") == []
    assert page(built_site, "about").find(id="our-team") is None


def test_a_person_removed_from_the_registry_is_missed_even_by_a_check_that_kept_the_brief(
        tmp_path: Path) -> None:
    project = with_people(make_project(tmp_path / "project", SEED_BRIEFS), "dana-fictional",
                          ["omar-invented"])
    settings = read_project_settings(project / "mkdocs.yml")
    assert isinstance(settings, Settings)
    cache = tmp_path / "cache"
    assert check_briefs(settings, project, cache).problems == []
    registry = project / "briefs" / "people.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace("omar-invented:", "omar-invent:"),
                        encoding="utf-8")
    second = check_briefs(settings, project, cache)
    assert second.rechecked == 0  # the brief's own files did not change
    assert [p.format() for p in second.problems] == [
        f"briefs/{SEED_STEM}.yaml:4:13: reviewers[0]: unknown person 'omar-invented'; did you mean "
        "'omar-invent'? add them under `people:` in briefs/people.yaml"]


def test_an_edit_of_the_people_registry_brings_a_full_preview_round(tmp_path: Path) -> None:
    """Every byline and the About page may change: no quick round of a few briefs would show it."""
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    shutil.copy(PEOPLE, briefs / "people.yaml")
    (briefs / "one.yaml").write_text("summary: x\n", encoding="utf-8")
    rounds = PreviewRounds(briefs, tmp_path / "settle")
    assert rounds.plan() is None
    rounds.remember_full_round({"index.md": tmp_path / "index.html"})
    (briefs / "one.yaml").write_text("summary: y\n", encoding="utf-8")
    assert rounds.plan() == {"one"}
    (briefs / "people.yaml").write_text("people: {}\n", encoding="utf-8")
    assert rounds.plan() is None


def test_a_persons_words_are_text_on_the_page_and_only_web_addresses_are_links(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script>"
    people = load_people(f"people:\n  x:\n    name: '{hostile}'\n    role: '{hostile}'\n"
                         "    photo: 'javascript:alert(1)'\n", "briefs/people.yaml")
    assert [p.field for p in people.problems] == ["people.x.photo"]
    team_page = templates_for(None).render(
        "briefs/about.html", publisher="P", site_url="", about="A", funding="F", contact="",
        methodology_href="m", corrections_href="c",
        team=(TeamMember("person-x", hostile, hostile, hostile, "", ()),))
    about = BeautifulSoup(team_page, "html.parser")
    assert about.find("script") is None
    assert about.find(id="person-x").get_text().count(hostile) == 3  # name, role and bio, each as text
