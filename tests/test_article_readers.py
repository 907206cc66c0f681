"""Captured pages and files become clean article text, or a located refusal; never mojibake."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.errors import Problem
from generator.reading.article import Article
from generator.reading.readers import read_article
from tests.conftest import make_project, run_mkdocs_build

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
PAGE_JUNK = ["Advertisement", "Sign up", "Related", "Port profits", "Home", "Sport", "Pickets",
             "rights reserved", "trackPageView", "cookies", "Most read", "Share on", "comments",
             "Injected by a script"]


def read(name: str) -> Article:
    article = read_article(FIXTURES / name, name)
    assert isinstance(article, Article), article
    return article


def read_page(folder: Path, html: str) -> Article:
    """A page saved as UTF-8 in ``folder`` and read as the generator reads it."""
    page = folder / "page.html"
    page.write_text(html, encoding="utf-8")
    article = read_article(page, "page.html")
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(("name", "paragraphs"), [("harbour-strike-jsonld.html", 5),
                                                  ("council-vote-meta.html", 4)])
def test_a_news_page_keeps_only_the_headline_and_the_articles_paragraphs(name: str, paragraphs: int) -> None:
    text = read(name).text
    for junk in PAGE_JUNK:
        assert junk not in text, junk
    assert len(text.split("\n\n")) == paragraphs


def test_metadata_comes_from_json_ld_first_then_meta_tags() -> None:
    assert read("harbour-strike-jsonld.html").metadata == {
        "headline": "Dock workers strike over pay", "published": "2024-03-12T08:30:00+00:00",
        "author": "Mara Quint", "outlet": "The Coastal Herald",
        "url": "https://coastal-herald.example/2024/03/dock-strike", "language": "en"}
    assert read("council-vote-meta.html").metadata == {
        "author": "Ilse Dorn", "published": "2024-05-02T17:00:00Z", "outlet": "Valley Times",
        "url": "https://valley-times.example/news/cycle-lanes"}


def test_inline_markup_does_not_break_a_quote() -> None:
    assert "“We have not had a real rise in six years,” said union leader Jo Berg." in \
        read("harbour-strike-jsonld.html").text
    assert "the lanes would “save lives within a year.”" in read("council-vote-meta.html").text


def test_a_declared_legacy_encoding_is_decoded_not_garbled() -> None:
    article = read("cafe-protest-cp1252.html")
    assert article.text == ("Café owners protest\n\n“We cannot pay the new rent,” said Renée Marchal, "
                            "who runs a café on the square.")


def test_markdown_is_read_as_the_words_a_reader_sees_with_front_matter_as_metadata() -> None:
    article = read("budget-front-matter.md")
    assert article.text.splitlines()[::2] == [
        "Budget passes after late-night session",
        "The assembly passed the budget at 2 a.m. on Thursday, by 51 votes to 49.",
        '"This budget protects every pensioner," said finance minister Lena Osk.',
        "Spending rises by 3 per cent.", "Taxes are unchanged."]
    assert article.metadata["outlet"] == "The Capital Ledger"


def test_undeclared_non_utf8_text_is_refused_at_its_first_bad_byte(tmp_path: Path) -> None:
    article = tmp_path / "latin.txt"
    article.write_bytes("Headline\n\nThe café was closed.".encode("latin-1"))
    problem = read_article(article, "briefs/latin.txt")
    assert isinstance(problem, Problem)
    assert problem.format() == ("briefs/latin.txt:3:8: not valid utf-8 (byte e9 at offset 17); "
                                "re-save the file as UTF-8")


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "photo.txt"
    article.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    problem = read_article(article, "briefs/photo.txt")
    assert isinstance(problem, Problem)
    assert problem.format() == ("briefs/photo.txt:3:1: looks like a binary file, not an article (a NUL "
                                "byte here); save the article as UTF-8 text (.txt, .md or .html)")


def test_an_html_article_publishes_as_clean_text_with_working_anchors(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    shutil.copy(FIXTURES / "harbour-strike-jsonld.html", project / "briefs" / "dock-strike.html")
    (project / "briefs" / "dock-strike.yaml").write_text(
        "summary: Dock workers walked out.\n"
        "source: {outlet: The Coastal Herald, published: 2024-03-12}\n"
        "actors:\n  jo-berg: {name: Jo Berg, kind: person}\n"
        "claims:\n  - by: jo-berg\n    quote: We have not had a real rise in six years\n"
        "    claim: Pay has not risen in real terms for six years.\n"
        "    verdict: accurate\n    explanation: The union's pay tables show it.\n", encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((tmp_path / "site" / "briefs" / "dock-strike" / "index.html")
                         .read_text(encoding="utf-8"), "html.parser")
    article = page.select_one(".nb-article")
    assert article.select_one("mark.nb-claim").get_text() == "We have not had a real rise in six years"
    assert not article.select("script, em, img, figure")
    for junk in PAGE_JUNK:
        assert junk not in article.get_text(), junk


DW_FURNITURE = ["Deutsch", "Español", "Top Stories", "Learn German", "Related Subjects", "Keywords",
                "Feedback", "Permalink", "Print this page", "Picture gallery", "Farmers on the road",
                "Newsletter", "sign up", "DW recommends", "Nitrate in groundwater", "Related content",
                "Audios and videos", "About DW", "Legal notice", "Privacy Policy", "© 2020",
                "Tractors lined up", "No farmers, no food", "Date", "Author"]


def test_a_dw_page_with_heavy_furniture_becomes_the_article_alone_with_its_facts() -> None:
    article = read("dw-farmers-furniture.html")
    assert article.headline == "Farmers bring 5,000 tractors to Berlin in protest at fertilizer rules"
    assert article.metadata["author"] == "Ben Knight"  # the page's byline, not the meta tag's outlet
    assert article.metadata["published"] == "2020-01-19"  # shown as 19.01.2020, declared nowhere
    assert article.metadata["outlet"] == "Deutsche Welle"
    for junk in DW_FURNITURE:
        assert junk not in article.text, junk
    paragraphs = article.text.split("\n\n")
    assert paragraphs[:2] == [article.headline, "Thousands of farmers drove their tractors into Berlin "
                              "on Saturday to protest at stricter rules on fertilizer. They say the rules, "
                              "meant to protect groundwater, will drive small farms out of business."]
    assert paragraphs[-1] == "Klöckner has invited farmers' groups to talks at her ministry next week."
    assert len(paragraphs) == 11
    assert paragraphs[4] == "Rules to cut nitrate levels"  # subheadings stay, each before its section
    assert paragraphs[5].startswith("The new rules limit how much fertilizer")
    assert paragraphs[8:10] == ["A second protest within weeks", "It was the second time within three months "
                                "that farmers had come to Berlin. In November, some 8,600 tractors brought "
                                "traffic in the city center to a standstill."]


def test_a_guardian_page_keeps_its_standfirst_and_drops_the_boxes_inside_the_body() -> None:
    article = read("guardian-standfirst.html")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[:3] == [
        "Night buses to run all week in Leeds after trial doubles riders",
        "Council says the six-month trial carried twice the passengers expected, mostly shift workers "
        "travelling to hospitals and warehouses",
        "Night buses in Leeds will run seven days a week from January after a trial carried more than "
        "twice the number of passengers the city council had expected."]
    assert paragraphs[-1] == ("Unions welcomed the decision but said fares should be capped for night "
                              "travel too.")
    assert len(paragraphs) == 7
    for junk in ["Sign up", "First Edition", "Privacy Notice", "supporting the Guardian", "Bus fare cap",
                 "Share on", "Photograph", "Most viewed", "Explore more", "Skip to"]:
        assert junk not in article.text, junk
    assert article.metadata == {
        "headline": "Night buses to run all week in Leeds after trial doubles riders",
        "published": "2023-10-04T05:00:12.000Z", "modified": "2023-10-04T09:41:30.000Z",
        "author": "Nadia Osei", "outlet": "The Guardian",
        "url": "https://www.theguardian.com/uk-news/2023/oct/04/night-buses-leeds-trial", "language": "en"}


@pytest.mark.parametrize(("title", "expected"), [
    ("Farmers protest | DW | 19.01.2020", "Farmers protest"),
    ("Council approves cycle lanes - Valley Times", "Council approves cycle lanes"),
    ("Brexit - what now?", "Brexit - what now?"),
    ("&#8216;The Medium is the Message&#8217; at 60 | Arts", "‘The Medium is the Message’ at 60"),
])
def test_a_headline_loses_the_sites_labels_and_raw_entities(tmp_path: Path, title: str,
                                                            expected: str) -> None:
    article = read_page(tmp_path, (
        f"<html><head><meta charset='utf-8'><title>{title.replace('&', '&amp;')}</title>"
        "<meta property='og:site_name' content='Valley Times'></head><body>"
        "<p>The first paragraph of the article, long enough to be its text.</p></body></html>"))
    assert article.headline == expected


def test_a_page_that_shows_text_in_divs_and_line_breaks_is_read_not_refused(tmp_path: Path) -> None:
    article = read_page(tmp_path, (
        "<html><body><form><div>Storm closes the coast road</div><div>The coast road was "
        "closed on Monday.<br>Crews expect to reopen it on Friday.</div></form></body></html>"))
    assert "The coast road was closed on Monday." in article.text.splitlines()
    assert "Crews expect to reopen it on Friday." in article.text.splitlines()


def test_a_page_nested_deeper_than_lxml_follows_is_still_read(tmp_path: Path) -> None:
    article = read_page(tmp_path, "<div>" * 1000 + "<p>The text a browser shows at any depth.</p>"
                        + "</div>" * 1000)
    assert article.text == "The text a browser shows at any depth."


def test_an_outlet_or_a_profile_link_stated_as_author_gives_way_to_the_person(tmp_path: Path) -> None:
    article = read_page(tmp_path, (
        "<html><head><meta charset='utf-8'><meta property='og:site_name' content='Valley Times'>"
        "<meta property='article:author' content='https://facebook.example/valleytimes'>"
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": "
        "{\"@type\": \"Organization\", \"name\": \"Valley Times\"}}</script>"
        "<meta name='author' content='Ilse Dorn'></head><body><h1>Bridge reopens</h1>"
        "<p>The bridge reopened on Monday after a year of repairs to its deck.</p></body></html>"))
    assert article.metadata["author"] == "Ilse Dorn"


def test_a_headline_with_a_leading_label_is_the_pages_h1_and_by_leaves_the_byline(tmp_path: Path) -> None:
    article = read_page(tmp_path, (
        "<html><head><meta charset='utf-8'><meta property='og:title' content='Opinion | Trains "
        "should run all night'><meta name='byl' content='By Ana Vidal'></head><body><h1>Trains "
        "should run all night</h1><p>Night trains would serve the workers who keep the city "
        "running.</p></body></html>"))
    assert (article.headline, article.metadata["author"]) == ("Trains should run all night", "Ana Vidal")


def test_a_byline_in_the_page_gives_the_persons_name_only(tmp_path: Path) -> None:
    article = read_page(tmp_path, (
        "<html><head><meta charset='utf-8'></head><body><h1>Markets wobble</h1>"
        "<div class='author-box-title'>About the author</div>"
        "<span class='byline__names'>By Jill Disis, CNN Business</span>"
        "<p>Shares fell in Asia on Tuesday as trade talks stalled for a third week.</p></body></html>"))
    assert article.metadata["author"] == "Jill Disis"


def test_a_japanese_page_is_not_its_own_standfirst(tmp_path: Path) -> None:
    """Words counted by spaces made a whole Japanese article a standfirst short enough to repeat."""
    sentences = ["東京都は月曜日、首都直下地震と大規模な洪水に備える新しい防災計画を発表した。",
                 "計画は地震と洪水への備えを強化する内容で、避難所の数を大幅に増やす。",
                 "知事は記者会見で住民の協力を呼びかけた。", "都は来年度から避難所の数を増やす方針だ。",
                 "専門家は計画の実効性を検証する必要があると指摘している。",
                 "計画の全文は都のウェブサイトで公開される。"]
    body = "".join(f"<p>{sentence}</p>\n" for sentence in sentences)
    article = read_page(tmp_path, (
        f'<html lang="ja"><head><title>防災計画を発表</title><meta name="description" '
        f'content="{sentences[0]}{sentences[1]}"></head><body><article><h1>防災計画を発表</h1>'
        f'<div class="intro">{body}</div></article></body></html>'))
    assert article.text.split("\n\n") == ["防災計画を発表", *sentences]
