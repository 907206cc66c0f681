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
        "url": "https://coastal-herald.example/2024/03/dock-strike"}
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
    assert problem.format() == ("briefs/photo.txt: looks like a binary file, not an article; "
                                "save the article as UTF-8 text (.txt, .md or .html)")


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
