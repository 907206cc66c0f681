"""Saved pages the reader once refused or misread, each as a minimal page shaped like the real one.

Every page here is one a browser shows as an article (but the capture whose ``<title>`` never closes,
which a browser shows blank and readability-lxml returns as text); each test says what went wrong before.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.reading.article import Article
from generator.reading.readers import article_from_bytes
from tests.conftest import make_project

BODY = ("<p>Die Brücke über den Fluss wurde am Dienstag nach drei Jahren Bauzeit eröffnet, sagte der "
        "Bürgermeister vor zweihundert Gästen am Ufer.</p>"
        "<p>Der Bau kostete vierzig Millionen Euro, zehn mehr als geplant, und die Stadt zahlt den Rest "
        "aus ihren Rücklagen.</p>")


def _page(head: str = "", body: str = BODY, h1: str = "Neue Brücke eröffnet") -> str:
    return (f"<!DOCTYPE html><html><head>{head}<title>{h1}</title></head><body><article><h1>{h1}</h1>"
            f"{body}</article></body></html>")


def _read(data: bytes) -> Article:
    article = article_from_bytes(data, ".html", "page.html")
    assert isinstance(article, Article), article
    return article


def _text(tmp_path: Path, data: bytes) -> tuple[int, str, str]:
    """``briefs text`` on the page: exit code, standard output, standard error."""
    page = tmp_path / "page.html"
    page.write_bytes(data)
    result = CliRunner().invoke(main, ["text", str(page)])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("encoding", ["utf-8", "iso-8859-1"])
def test_a_page_that_opens_with_an_xml_declaration_is_read(encoding: str) -> None:
    # Before: lxml refused a text carrying an encoding declaration, and the page "showed no text".
    page = f'<?xml version="1.0" encoding="{encoding}"?>\n' + _page()
    article = _read(page.encode(encoding))
    assert "Die Brücke über den Fluss wurde am Dienstag" in article.text
    assert article.warnings == ()


def test_a_utf8_page_that_declares_another_charset_is_read_as_utf8_with_a_warning(tmp_path: Path) -> None:
    # Before: refused whole, with a hint to re-save as UTF-8 a file that already was UTF-8.
    page = _page('<meta charset="windows-1252">', BODY.replace("Brücke", "Brücke in Ávila"))
    code, out, err = _text(tmp_path, page.encode("utf-8"))
    assert code == 0
    assert "Die Brücke in Ávila über den Fluss" in out
    assert err == (f"warning: {tmp_path / 'page.html'}: declares charset windows-1252, but its bytes are "
                   "UTF-8, which reads differently; read as UTF-8; check the text with `briefs text`\n")


def test_a_page_labelled_latin1_is_read_as_windows_1252_as_browsers_do() -> None:
    # Before: the ellipsis (byte 85) became the control character U+0085 and the page was refused.
    article = _read(_page('<meta charset="iso-8859-1">', BODY.replace("Gästen", "Gästen …")).encode("cp1252"))
    assert "vor zweihundert Gästen … am Ufer" in article.text
    assert article.warnings == ()


def test_a_page_in_an_unknown_encoding_is_read_as_utf8_with_a_warning() -> None:
    article = _read(_page('<meta charset="x-mac-unknown">').encode("utf-8"))
    assert "Die Brücke über den Fluss" in article.text
    assert article.warnings == ("page.html: declares an unknown character encoding 'x-mac-unknown'; read as "
                                "utf-8, which it is; check the text with `briefs text`",)


def test_control_characters_in_a_saved_page_are_left_out_with_their_place() -> None:
    # Before: refused whole; a browser shows nothing of them, and trafilatura and readability read the page.
    page = _page(body=BODY.replace("Der Bau", "Der\x7f Bau").replace("Stadt", "Sta\x07dt"))
    article = _read(page.encode("utf-8"))
    assert "Der Bau kostete vierzig Millionen Euro, zehn mehr als geplant, und die Stadt" in article.text
    column = page.index("\x7f") + 1
    assert article.warnings == (f"page.html:1:{column}: left out 2 control character(s) of the page, the "
                                "first U+007F (delete): a browser shows nothing of them",)


def test_one_stray_byte_in_a_utf8_page_is_shown_as_a_browser_shows_it_with_a_warning() -> None:
    data = _page('<meta charset="utf-8">').encode("utf-8").replace(b"Der Bau", b"Der \xff Bau")
    article = _read(data)
    assert "Der \ufffd Bau kostete" in article.text
    assert "Die Brücke über den Fluss" in article.text  # every other letter read as UTF-8
    assert "not valid utf-8 (byte ff at line 1" in article.warnings[0]
    assert "1 unreadable byte(s)" in article.warnings[0]


def test_a_latin_page_that_declares_utf8_is_read_in_the_encoding_its_bytes_fit() -> None:
    article = _read(_page('<meta charset="utf-8">').encode("cp1252"))
    assert "Die Brücke über den Fluss wurde am Dienstag nach drei Jahren Bauzeit eröffnet" in article.text
    assert "not valid utf-8 (byte fc at line 1" in article.warnings[0]


def test_text_around_react_comment_markers_inside_a_paragraph_is_kept() -> None:
    # Before: on a New York Times page, what followed a <!-- --> in a paragraph was dropped.
    quote = ("<p>“We will not pay for a bridge we did not ask for,”<!-- --> said<!-- --> "
             "<a href='/by/anna'>Anna Berg</a><!-- -->, who leads the residents’ group.</p>")
    filler = "".join(f"<p>The council met {n} times to discuss the bridge and its cost to the town.</p>"
                     for n in ("two", "three", "four", "five", "six"))
    article = _read(_page(body=filler + quote).encode("utf-8"))
    said = ("“We will not pay for a bridge we did not ask for,” said Anna Berg, "
            "who leads the residents’ group.")
    assert said in article.text.split("\n\n")


def test_json_ld_wrapped_in_cdata_is_read() -> None:
    json_ld = ('<script type="application/ld+json">//<![CDATA[\n{"@type": "NewsArticle", "headline": '
               '"Neue Brücke eröffnet", "datePublished": "2024-05-14T09:00:00Z", "author": {"name": '
               '"Jana Vogel"}}\n//]]></script>')
    article = _read(_page(json_ld).encode("utf-8"))
    assert article.metadata["published"] == "2024-05-14T09:00:00Z"
    assert article.metadata["author"] == "Jana Vogel"


def test_a_logo_h1_inside_the_headline_does_not_become_the_headline() -> None:
    # The page's first <h1> is the site's logo or section ("Berlin"), a word of the headline.
    page = ("<html><head><title>Berlin opens its new bridge after three years | Zeitung</title></head><body>"
            "<header><h1 class='logo'><a href='/berlin'>Berlin</a></h1></header><article>"
            f"<h2>Berlin opens its new bridge after three years</h2>{BODY}</article></body></html>")
    article = _read(page.encode("utf-8"))
    assert article.headline == "Berlin opens its new bridge after three years"


def test_newsletter_games_and_related_story_lines_are_left_out() -> None:
    # Deutsche Welle ends its articles with a newsletter line and a heading for its related stories;
    # The Washington Post puts its games box under the headline.
    after = ("<p><strong>Sign up for our weekly newsletter on German politics</strong></p>"
             "<p><b>Related content</b></p>")
    games = ("<div class='wpds-games-box'><p class='dek'>Play today’s crossword, Wordle and more in our "
             "games section</p></div>")
    page = ("<html><head><title>Neue Brücke eröffnet</title></head><body><h1>Neue Brücke eröffnet</h1>"
            f"{games}<article>{BODY}{after}</article></body></html>")
    text = _read(page.encode("utf-8")).text
    assert text.split("\n\n")[0] == "Neue Brücke eröffnet"
    assert text.split("\n\n")[-1].startswith("Der Bau kostete vierzig Millionen Euro")
    for line in ("newsletter", "Related stories", "crossword"):
        assert line not in text


def test_briefs_text_and_new_warn_when_the_text_is_much_shorter_than_the_pages_paragraphs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A live page whose entries are links: both extractors take them for a list of links and keep
    # only the introduction, 21 of the page's 366 words of prose.
    entries = "".join(f"<p><a href='/live/{n}'>Update {n}: the council says the bridge over the river will "
                      "stay closed to traffic for another week while engineers inspect the cracks found in "
                      "its pillars on Monday.</a></p>" for n in range(12))
    page = ("<html><head><title>Bridge closed: live</title></head><body><h1>Bridge closed: live</h1>"
            "<div class='live'><p>The river bridge is closed. Follow the latest here, as the council and "
            f"its engineers tell us more.</p>{entries}</div></body></html>").encode()
    code, out, err = _text(tmp_path, page)
    assert code == 0 and out.startswith("Bridge closed: live\n\nThe river bridge is closed.")
    warning = (f"warning: {tmp_path / 'page.html'}: the text kept has 21 words, the page's paragraphs 366: "
               "part of the article may be missing; check the text with `briefs text`, or paste the article "
               "into a .txt file\n")
    assert err == warning
    project = make_project(tmp_path / "project")
    monkeypatch.chdir(project)
    (project / "briefs" / "live.html").write_bytes(page)
    result = CliRunner().invoke(main, ["new", "briefs/live.html"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(warning.replace(str(tmp_path / "page.html"), "briefs/live.html"))


def test_a_whole_article_with_readers_comments_and_teasers_gets_no_warning(tmp_path: Path) -> None:
    comments = "".join(f"<div class='comment-body'><p>Reader {n} thinks the bridge cost far too much and "
                       "that the council should have asked the town before it signed the contract.</p></div>"
                       for n in range(20))
    teasers = "".join(f"<a href='/s/{n}'><p>Another story {n} about the town's budget, its roads, its "
                      "schools and the people who run them.</p></a>" for n in range(10))
    code, _, err = _text(tmp_path, _page(body=BODY + comments + teasers).encode("utf-8"))
    assert (code, err) == (0, "")


def test_what_a_browser_hides_is_left_out_unless_it_is_the_article() -> None:
    hidden = ("<p hidden>Hidden: a paragraph the page never shows its readers at any time.</p>"
              "<p style='display: none;'>Also hidden: a second paragraph no reader of the page sees.</p>")
    text = _read(_page(body=BODY + hidden).encode("utf-8")).text
    assert "Die Brücke über den Fluss" in text and "hidden" not in text.lower()
    # A site that hides its whole article until a script runs still has its article read.
    revealed = _read(_page(body=f"<div style='display:none'>{BODY}</div>").encode("utf-8")).text
    assert "Der Bau kostete vierzig Millionen Euro" in revealed


def test_soft_hyphens_and_decomposed_letters_read_as_a_reader_copies_them() -> None:
    # A German wine site hyphenates every word with U+00AD; a Bengali site writes য় as one code point,
    # which Unicode composes as two.
    body = ("<p>Schon im Mit\u00adtel\u00adal\u00adter war der St. Mag\u00adda\u00adle\u00adner das "
            "Aus\u00adhän\u00adge\u00adschild der Süd\u00adti\u00adro\u00adler Wein\u00adwirtschaft.</p>"
            "<p>কুষ্টি\u09dfা-১ আসনের সংসদ সদস্য</p>")
    text = _read(_page(body=body).encode("utf-8")).text
    assert "Schon im Mittelalter war der St. Magdalener das Aushängeschild der Südtiroler Weinwirtschaft." \
        in text
    assert "কুষ্টি\u09af\u09bcা-১ আসনের সংসদ সদস্য" in text


def test_an_article_shipped_in_a_text_template_script_is_read() -> None:
    # Blogger puts each post's markup in <script type='text/template'> and shows it with a script.
    page = ("<html><head><title>Enhanced protection</title></head><body><h1>Enhanced protection</h1>"
            "<div class='post-body'><script type='text/template'>\n<p>Over the past few years we have seen "
            "threats on the web becoming increasingly sophisticated, and phishing sites rotate domains very "
            "quickly to avoid being blocked.</p><p>This protocol is designed so that the browser maker "
            "cannot see which site a user visits, and the list updates every thirty minutes.</p>"
            "</script></div></body></html>")
    text = _read(page.encode("utf-8")).text
    assert "This protocol is designed so that the browser maker cannot see which site" in text


def test_text_after_an_inline_box_that_shows_no_text_is_kept() -> None:
    # Wikipedia writes each formula as a box holding hidden MathML and an image; trafilatura's
    # precision setting deleted the emptied box with the words after it: "A square matrix adjoint".
    formula = ("<span class='mwe-math-element'><span style='display: none;'><math><mi>A</mi></math></span>"
               "<img src='a.svg' alt='A'></span>")
    body = "".join(f"<p>A square matrix {formula} is Hermitian if and only if it is equal to its "
                   f"<a href='/wiki/Adjoint'>adjoint</a>, that is, it satisfies property {n} of the list of "
                   "properties that this section goes through one by one.</p>" for n in range(4))
    text = _read(_page(body=body).encode("utf-8")).text
    assert text.count("A square matrix is Hermitian if and only if it is equal to its adjoint, that is") == 4


def test_prose_trafilatura_skips_inside_the_article_comes_back_but_not_a_caption() -> None:
    # A rant written in one table cell quotes its readers' replies as a list; trafilatura leaves out
    # a list inside a table cell, readability-lxml keeps it (Mozilla's `table-style-attributes` page).
    replies = "".join(f"<li>{reply}</li>" for reply in (
        "\"Right on! I had exactly the same experience! Thank you for putting it into words at last.\"",
        "\"You are clearly an idiot, this system is far too sophisticated for you to understand.\"",
        "\"It is your own fault for using that version! You should be using another one instead.\""))
    more = "".join(f"<p>Then came reply number {n}, and it said the same thing again in other words, which "
                   "is how it goes when a rant about free software reaches a large site in the morning.</p>"
                   for n in range(6))
    page = ("<html><head><title>The replies</title></head><body><h1>The replies</h1><table><tr><td>"
            "<p>In December I tried to install a video player, and the experience was, shall we say, less "
            "than pleasant on many levels, so I wrote about it, as I so often do.</p>"
            "<p>That day I got hundreds of emails about it, and the replies fell roughly into the following "
            f"groups, each of them more than once, some of them many times over:</p><ul>{replies}</ul>"
            "<div class='image-caption'>The player as it looked that evening, before it crashed for the "
            f"third time in an hour.</div>{more}</td></tr></table></body></html>")
    paragraphs = _read(page.encode("utf-8")).text.split("\n\n")
    at = paragraphs.index('"Right on! I had exactly the same experience! Thank you for putting it into words '
                          'at last."')
    assert paragraphs[at - 1].startswith("That day I got hundreds of emails about it")
    assert paragraphs[at + 2] == ('"It is your own fault for using that version! You should be using another '
                                  'one instead."')
    assert paragraphs[at + 3].startswith("Then came reply number 0")
    assert not any("crashed for the third time" in p for p in paragraphs)


def test_a_standfirst_the_page_calls_its_perex_opens_the_text() -> None:
    # Czech and Slovak sites call the standfirst a "perex" (Aktuálně.cz: <div class="article__perex">),
    # and put it outside the article's box, where the extractor does not look.
    perex = ("<div class='article__perex'>Die Stadt hat ihre neue Brücke eröffnet, drei Jahre nach dem "
             "ersten Spatenstich und zehn Millionen Euro teurer als geplant.</div>")
    page = ("<html><head><title>Neue Brücke eröffnet</title></head><body><header>"
            f"<h1>Neue Brücke eröffnet</h1>{perex}</header><article>{BODY}</article></body></html>")
    paragraphs = _read(page.encode("utf-8")).text.split("\n\n")
    assert paragraphs[:2] == ["Neue Brücke eröffnet", "Die Stadt hat ihre neue Brücke eröffnet, drei Jahre "
                              "nach dem ersten Spatenstich und zehn Millionen Euro teurer als geplant."]


def test_a_page_whose_title_never_closes_is_read(tmp_path: Path) -> None:
    # A 2008 capture (al.com, oregonlive.com) lost its `</title>` where an ad script was cut out: the title
    # then holds the rest of the page as text, and the page "showed no text", though its article is there
    # (a browser shows it blank, the markup in its title bar; readability-lxml returns the markup as text).
    page = ("<html><head><meta charset='utf-8'><title>Neue Brücke eröffnet - Ne(OAS_version >= 11)\n"
            "  document.write('<SCRIPT SRC=\"ads.js\"><\\/SCRIPT>');\n//-->\n</SCRIPT>\n"
            f"<div id='nav'><a href='/'>Home</a></div><div id='story'><h1>Neue Brücke eröffnet</h1>{BODY}"
            "</div></body></html>")
    code, out, _ = _text(tmp_path, page.encode("utf-8"))
    assert code == 0
    assert "Die Brücke über den Fluss wurde am Dienstag nach drei Jahren Bauzeit eröffnet" in out
    assert "Der Bau kostete vierzig Millionen Euro" in out
    assert "<div" not in out


FOOTED_STORY = "".join(f"<p class='body'>{sentence}</p>" for sentence in (
    "The new bridge over the river opened on Tuesday after three years of building work, the mayor told two "
    "hundred guests on the bank.",
    "It cost forty million euros, ten more than planned, and the city pays the rest from its reserves, the "
    "treasurer said at the ceremony.",
    "Traffic on the old crossing fell by half in the first hours, according to the city's counters, and "
    "buses will use the new bridge from Monday.",
    "Engineers said the steel arch was the longest of its kind in the region and would need little upkeep "
    "for the next fifty years.",
    "The old crossing will close for repairs in the spring, and the city expects the work to last about "
    "eight months in all."))


def test_menu_and_footer_lines_around_the_article_are_left_out() -> None:
    # A table-laid page of 2008 (icScotland): the extractor kept the page's "Top", "Back", "E-mail this
    # article to a friend" and copyright lines after the article, which readability-lxml's pick leaves out.
    page = ("<html><head><title>Bridge opens</title></head><body><table><tr><td><a href='/'>Home</a></td>"
            "<td><p><font class='full'>Bridge opens</font><table><tr><td><p>17:20, Jan 1 2008<br></td></tr>"
            f"<tr><td>{FOOTED_STORY}</td></tr></table><table><tr><td><a href='#top'>Top</a><br><br>"
            "<a href='/back'>Back</a></td></tr></table><table><tr><td><p><a href='/mail'>E-mail this article "
            "to a friend</a></p><p><a href='/print'>Printable version</a></p></td></tr></table><table>"
            "<tr><td><b>Copyright and Trade Mark Notice</b></td></tr><tr><td>&copy; owned by the Newspapers "
            "Limited 2008.<br>The Courier is a trade mark of the Newspapers Limited.<br>Please read our "
            "<a href='/terms'>Terms and Conditions</a> before using this site.</td></tr></table>"
            "</td></tr></table></body></html>")
    paragraphs = _read(page.encode("utf-8")).text.split("\n\n")
    assert paragraphs[-1] == ("The old crossing will close for repairs in the spring, and the city expects "
                              "the work to last about eight months in all.")
    assert "The new bridge over the river opened on Tuesday after three years of building work, the mayor " \
           "told two hundred guests on the bank." in paragraphs
    assert not any(line in paragraphs for line in ("Top", "Back", "Printable version", "Home |"))
    assert "17:20, Jan 1 2008" in paragraphs  # the article's date line stays


def test_a_short_pick_from_the_pages_margin_gives_way_to_the_post() -> None:
    # Blogs of 2012 (Dragnet's data): trafilatura kept only the blog's description in the header widget,
    # or the "about the author" box, and readability-lxml the post itself, the two sharing no words.
    # No small page makes trafilatura choose so; the choice between the two picks is tested on a page.
    from generator.reading.page_body import _second_opinion, parse_page

    margin = ("Investors often overlook filings, and it is the job of the Detective to dig through the "
              "quarterly filings of businesses, looking for the soft spots that may matter.")
    post = ["RIM is counting on the new phone to revive sales growth and stop market share losses.",
            "Now comes word that the launch could be delayed until March."]
    page = ("<html><body><div class='header section'><div class='widget Header'>"
            f"<p class='description'>{margin}</p></div></div><div class='main'><div class='post hentry'>"
            f"<div class='post-body'><p>{post[0]}</p><p>{post[1]}</p></div></div></div></body></html>")
    tree = parse_page(page)
    assert tree is not None
    assert _second_opinion([margin], post, tree) == post
    # A pick in the article's own box stays, and so does the margin against a pick with no sentence.
    assert _second_opinion(post, [margin], tree) == post
    assert _second_opinion([margin], ["Events", "News and Analysis"], tree) == [margin]
