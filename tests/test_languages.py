"""Briefs in Persian, French and German, built by MkDocs, ProperDocs and Zensical.

The fixture (``fixtures/languages``) holds three real articles with real quotations,
published as excerpts. Each engine must build it strictly; on each page the article,
the outlet's headline and every quote carry the article's language, and the Persian
ones are laid out right to left and kept whole inside the English text around them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from tests.claimreview import claim_reviews_of
from tests.conftest import FIXTURES, make_project, run_mkdocs_build
from tests.engine_sites import run_tool, zensical_build

LANGUAGE_BRIEFS = FIXTURES / "languages"
PERSIAN = "2025-08-09-pezeshkian-reporters-day"
# Each brief's stem, its language and the direction of its script.
BRIEFS = {PERSIAN: ("fa", "rtl"),
          "2015-04-30-nepal-earthquake-french-victims": ("fr", "ltr"),
          "2018-03-21-merkel-government-statement": ("de", "ltr")}
ENGINES = ["mkdocs", "properdocs", "zensical"]


@pytest.fixture(scope="module")
def languages_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of the three briefs, as the repository's mkdocs.yml configures it."""
    return make_project(tmp_path_factory.mktemp("languages") / "project", LANGUAGE_BRIEFS)


@pytest.fixture(scope="module")
def language_sites(languages_project: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The project built strictly by each engine."""
    sites = {}
    mkdocs_site = tmp_path_factory.mktemp("languages-mkdocs")
    result = run_mkdocs_build(languages_project, mkdocs_site)
    assert result.returncode == 0, result.stderr
    sites["mkdocs"] = mkdocs_site
    properdocs_site = tmp_path_factory.mktemp("languages-properdocs") / "site"
    run_tool("properdocs", "build", "--strict", "-f", languages_project / "mkdocs.yml", "-d",
             properdocs_site, cwd=languages_project)
    sites["properdocs"] = properdocs_site
    sites["zensical"] = zensical_build(languages_project, tmp_path_factory.mktemp("languages-zensical") / "z")
    return sites


def brief_page(site: Path, stem: str) -> BeautifulSoup:
    return BeautifulSoup((site / "briefs" / stem / "index.html").read_text(encoding="utf-8"), "html.parser")


def marked(element: Tag) -> tuple[str | None, str | None]:
    """The element's language and direction attributes."""
    lang, direction = element.get("lang"), element.get("dir")
    assert lang is None or isinstance(lang, str)
    assert direction is None or isinstance(direction, str)
    return lang, direction


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("stem", BRIEFS)
def test_the_article_carries_its_language_and_direction(language_sites: dict[str, Path], engine: str,
                                                        stem: str) -> None:
    lang, direction = BRIEFS[stem]
    article = brief_page(language_sites[engine], stem).select_one(".nb-article")
    assert article is not None
    assert marked(article) == (lang, "rtl" if direction == "rtl" else None)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("stem", BRIEFS)
def test_the_headline_and_every_quote_carry_the_articles_language(language_sites: dict[str, Path],
                                                                  engine: str, stem: str) -> None:
    page = brief_page(language_sites[engine], stem)
    headline = page.select_one(".nb-outlet-headline [lang]")  # right to left: the quotation itself
    quotes = page.select(".nb-card__quote span")
    assert headline is not None and headline.get_text()
    assert len(quotes) == 4  # each claim's card and its pop-up, which repeats the quote
    for element in (headline, *quotes):
        assert marked(element) == BRIEFS[stem]


@pytest.mark.parametrize("stem", BRIEFS)
def test_every_quote_is_highlighted_in_the_article_with_the_articles_own_characters(
        language_sites: dict[str, Path], stem: str) -> None:
    page = brief_page(language_sites["mkdocs"], stem)
    highlights = {m["id"]: m.get_text() for m in page.select(".nb-article mark.nb-claim")}
    # A card shows the words in the quotation marks of their direction: “…” or, right to left, «…».
    quotes = {q.get_text().strip("“”«»") for q in page.select(".nb-card__quote span")}
    assert len(highlights) == 2
    assert set(highlights.values()) == quotes


def test_quotes_typed_with_joiners_and_arabic_letters_show_the_articles_persian_letters(
        language_sites: dict[str, Path]) -> None:
    page = brief_page(language_sites["mkdocs"], PERSIAN)
    highlights = [m.get_text() for m in page.select(".nb-article mark")]
    # The sidecar types "می‌کنند" with a joiner, "آگاهي" with the Arabic yeh and "18" in Latin digits.
    assert "در دنیا یکسری از خود فروختهها اخبار را بر اساس نیتهای شوم استعمارگران و متجاوزان مدیریت میکنند" \
        in highlights
    assert "از خبر و آگاهی مردم واهمه دارد" in highlights
    assert "شنبه ۱۸ مرداد ۱۴۰۴" in highlights


def test_the_english_pages_around_the_persian_brief_stay_english(language_sites: dict[str, Path]) -> None:
    page = brief_page(language_sites["mkdocs"], PERSIAN)
    html = page.find("html")
    assert isinstance(html, Tag) and html.get("lang") == "en" and html.get("dir") in (None, "ltr")
    summary = page.select_one(".nb-summary")
    assert summary is not None and marked(summary) == (None, None)


def test_structured_data_gives_the_articles_language(language_sites: dict[str, Path]) -> None:
    for stem, (lang, _) in BRIEFS.items():
        reviews = claim_reviews_of(language_sites["mkdocs"], stem)  # each on its claim's own page
        assert reviews
        for review in reviews.values():
            assert review["itemReviewed"]["appearance"]["inLanguage"] == lang
        data = json.loads((language_sites["mkdocs"] / "data" / "briefs" / f"{stem}.json").read_text("utf-8"))
        assert data["source"]["language"] == lang


def _search_terms(text: str, separator: str) -> set[str]:
    """The words Material's search makes of a text: split at its separator, lower-cased."""
    return {word.lower() for word in re.split(separator, text) if word}


def test_the_search_index_finds_the_persian_actor_by_the_name_typed_in_persian(
        language_sites: dict[str, Path]) -> None:
    index = json.loads((language_sites["mkdocs"] / "search" / "search_index.json").read_text("utf-8"))
    separator = index["config"]["separator"]
    found = {doc["location"] for doc in index["docs"]
             if "پزشکیان" in _search_terms(BeautifulSoup(doc["text"], "html.parser").get_text(), separator)}
    assert "actors/masoud-pezeshkian/" in found


@pytest.mark.parametrize("engine", ENGINES)
def test_a_translated_quote_shows_the_original_words_then_the_translation_in_the_sites_language(
        language_sites: dict[str, Path], engine: str) -> None:
    page = brief_page(language_sites[engine], "2018-03-21-merkel-government-statement")
    card = page.select_one("#card-claim-angela-merkel-1")
    assert card is not None
    original = card.select_one(".nb-card__quote span")
    translation = card.select_one(".nb-card__translation")
    assert original is not None and translation is not None
    assert (original.get_text(), marked(original)) == ("“Deutschland, das sind wir alle.”", ("de", "ltr"))
    assert translation.get_text() == "Translation: “Germany, that is all of us.”"
    assert translation.find(attrs={"lang": True}) is None  # in the page's own language


def test_structured_data_keeps_the_original_words_with_their_language_and_gives_the_translation(
        language_sites: dict[str, Path]) -> None:
    review = claim_reviews_of(language_sites["mkdocs"], "2018-03-21-merkel-government-statement")[
        "angela-merkel-1"]
    assert review["claimReviewed"] == "Germany is all of its people."
    assert review["itemReviewed"]["text"] == "Deutschland, das sind wir alle."
    assert review["itemReviewed"]["inLanguage"] == "de"
    assert review["itemReviewed"]["workTranslation"] == {"@type": "Claim",
                                                         "text": "Germany, that is all of us."}
