"""A saved news page -> the article's paragraphs, without the page around them.

trafilatura finds the article body (it weighs text density, link density and
the markup news sites use, and falls back to its own readability and jusText
ports when its first pass finds little). Its precision setting is used: it
leaves out more page furniture at a small cost in recall, which measures
better on real news pages (see ``benchmarks/README.md``). readability-lxml
gives a second opinion where it measurably helps: when trafilatura keeps
almost nothing, or when readability's pick holds all of trafilatura's and adds
at least half as much again in paragraphs of prose that appear once (pages
whose article is split into several boxes; repeated captions and short labels
from its pick stay out). Where it adds less, its paragraphs of prose that sit
between two of trafilatura's come back in their place (a list inside a table
cell, which trafilatura leaves out), unless the page marks them as a caption
or an author's note or they are mostly a link. When readability's pick lies
within trafilatura's, the menus, link lists and footer lines trafilatura keeps
around it go (a date line before the article stays); when trafilatura's pick is
a short box in the page's margin (a sidebar, a header's description) that
shares nothing with readability's, readability's is taken. When both find
nothing, every visible block of the page is kept (with BeautifulSoup's parser
for a page nested too deep for lxml's), so a page a browser shows as an article
is never refused for its markup; nor is a capture whose ``<title>`` never
closes (the title is closed at the end of its first line).

Before either looks, inline elements that show no text are taken out
(trafilatura's precision setting deletes one with the words after it), and
small boxes that name themselves page furniture (``<aside>``, a newsletter
prompt, a "support us" appeal, share buttons, related or recommended stories)
are taken out; a box that holds a long text stays whatever its name, since
sites wrap whole articles in boxes named "sidebar" or "advertising".

Subheadings the extractor dropped come back where they sit between two kept
paragraphs. A standfirst (the sentence or two under the headline, which trafilatura
leaves out when it sits outside the body's box) opens the text when the page
marks it as one, or when it is the page's own description.

Each paragraph, heading, list item, quotation and table row becomes one
paragraph of the text; line breaks inside a paragraph (``<br>``) separate
paragraphs too, so every line can be omitted on its own.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Iterator

import lxml.html
from lxml import etree

from generator.reading.words import word_count

# trafilatura's element names (its XML-TEI-like body) and HTML's, for the fallbacks.
_LINE_BREAKS = {"lb", "br"}
_BLOCKS = {"p", "head", "quote", "item", "row", "code", "list", "table", "cell", "h1", "h2", "h3", "h4",
           "h5", "h6", "li", "blockquote", "pre", "tr", "div", "section", "article", "main", "ul", "ol",
           "dl", "dd", "dt", "td", "th", "figure", "header", "body", "html", "form"}
_CELLS = {"cell", "td", "th"}
_WORD = re.compile(r"\w+")
TINY_WORDS = 100  # a pick this short is taken for a miss when the other holds three times as much
COVERED = 0.9  # share of trafilatura's 4-word runs readability's pick must hold to stand in for it
GAIN = 1.5  # readability's pick must hold this many times trafilatura's words to be preferred
PROSE_WORDS = 12  # a paragraph only readability keeps must be this long (and appear once)
MARGIN_PICK_WORDS = 200  # a pick shorter than this, sharing nothing with the other, in the page's margin...
DISJOINT = 0.1  # ...and with less than this share of its 4-word runs in the other pick, is taken for a miss
_MARGIN = re.compile(r"sidebar|widget|header|footer|credit|about|author|menu|(?:^|[^a-z])nav|masthead|"
                     r"description", re.I)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
FURNITURE_MAX_WORDS = 150  # a box this long is kept whatever its name says: it may hold the article
_FURNITURE = re.compile(r"(?:^|[^a-z])(?:newsletters?|sign-?up|epic|slot-body-end|subscribe|subscription|"
                        r"promo|share|sharing|social|related|recommend\w*|most-?(?:viewed|read|popular)|"
                        r"outbrain|taboola|advert\w*|ad-?slot|rich-link|games?|puzzles?|crosswords?|"
                        r"more-?stories|read-?more)(?:$|[^a-z])", re.I)
# What a page says around an article to send the reader elsewhere: at the text's end (or as its
# standfirst), a short line of this kind is the page's, not the article's.
_PROMPT = re.compile(r"^(?:sign up|subscribe|get (?:our|the)\b.*\bnewsletter|(?:our |the )?newsletters?\b|"
                     r"related(?: stories| articles| content| topics| coverage)?$|read more\b|"
                     r"more (?:on|from|about) |"
                     r"(?:also |further )?read(?: also)?:|recommended\b|play (?:today's|our|the)\b|"
                     r"(?:daily |word |crossword )?(?:games?|puzzles?)\b)", re.I)
PROMPT_MAX_WORDS = 25
_DATELINE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")  # a year or a time of day
DATELINE_MAX_WORDS = 12
_COMMENTS = re.compile(r"comment|disqus|discussion|replies|reply", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
HIDDEN_SHARE = 0.5  # hidden text is taken out only while it is less than this share of the page's
# Real news pages have a few thousand elements; both extractors slow down steeply on hundreds of
# thousands, so a page that large is read block by block instead.
MAX_EXTRACTED_ELEMENTS = 50_000
STANDFIRST_MAX_WORDS = 80
SUBHEADING_MAX_WORDS = 20
_STANDFIRST = re.compile(r"standfirst|(?:^|[^a-z])(?:dek|deck|sub-?headline|article-?summary|intro|lede|"
                         r"perex)(?:$|[^a-z])", re.I)
_EMPTY_INLINE = ("span", "b", "i", "em", "strong", "q")  # the inline tags trafilatura prunes when empty
_TEXT_BLOCKS = ("p", "li", "div", "td", "th", "figure", "figcaption", "caption", "blockquote", "dd", "dt",
                "pre", "h1", "h2", "h3", "h4", "h5", "h6", "span", "section", "article")
# Names of boxes whose text sits beside the article's: captions and credits, an author's note.
_BESIDE_TEXT = re.compile(r"caption|credit|figure|image|photo|gallery|media|picture|byline|author|"
                          r"bio(?:$|[^a-z])", re.I)
# ("head" is not here: in trafilatura's body it is a heading; the HTML <head> is never walked.)
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)
_MARKUP = re.compile(r"</?[a-z][a-z0-9]*\b[^>]*>", re.I)
_INVISIBLE = {"script", "style", "noscript", "template", "title", "meta", "link", "svg", "iframe",
              "button", "select", "input", "textarea", "object", "embed", "canvas"}


def article_paragraphs(tree: lxml.html.HtmlElement) -> list[str]:
    """The article's paragraphs, whitespace collapsed, in page order; empty only for an empty page.

    Takes the furniture out of ``tree`` on the way.
    """
    _render_templates(tree)
    _remove_furniture(tree)
    _remove_hidden(tree)
    _remove_empty_inline(tree)
    if sum(1 for _ in tree.iter()) > MAX_EXTRACTED_ELEMENTS:
        return _paragraphs_by(_visible_body, tree)
    first = _paragraphs_by(_trafilatura_body, tree)
    second = _paragraphs_by(_readability_body, tree)
    paragraphs = _with_subheadings(_second_opinion(first, second, tree), tree) \
        or _paragraphs_by(_visible_body, tree)
    paragraphs = _without_closing_prompts(paragraphs)
    standfirst = _standfirst(tree)
    if standfirst and paragraphs and not any(standfirst in p for p in paragraphs):
        paragraphs.insert(0, standfirst)
    return paragraphs


def _is_prompt(paragraph: str) -> bool:
    """A short line that sends the reader elsewhere ("Sign up for our newsletter", "Related stories")."""
    return len(paragraph.split()) <= PROMPT_MAX_WORDS and bool(_PROMPT.match(paragraph))


def _without_closing_prompts(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the prompts and teaser headings the page put after the article."""
    end = len(paragraphs)
    while end > 1 and _is_prompt(paragraphs[end - 1]):
        end -= 1
    return paragraphs[:end]


def _with_subheadings(paragraphs: list[str], tree: lxml.html.HtmlElement) -> list[str]:
    """The paragraphs with the subheadings between them that the extractor left out.

    A heading comes back only where the page's next paragraph after it is one
    already kept, and not before the first: a gallery's or a teaser box's
    heading is followed by text that was left out, so it stays out too.
    """
    at = {p: i for i, p in reversed(list(enumerate(paragraphs)))}
    inserts: dict[int, str] = {}
    heading: str | None = None
    for element in tree.iter("h2", "h3", "h4", "h5", "h6", "p"):
        text = " ".join(element.text_content().split())
        if element.tag != "p":
            heading = text if 0 < word_count(text) <= SUBHEADING_MAX_WORDS else None
            continue
        if heading and heading not in at and at.get(text, 0) > 0:
            inserts.setdefault(at[text], heading)
        heading = None
    if not inserts:
        return paragraphs
    return [line for i, p in enumerate(paragraphs) for line in ([inserts[i], p] if i in inserts else [p])]


def _standfirst(tree: lxml.html.HtmlElement) -> str | None:
    """The text just under the headline that the page marks as its standfirst or gives as its description."""
    described = tree.xpath("string(//meta[@name='description' or @property='og:description']/@content)")
    described = " ".join(str(described).split()).rstrip(".…")
    after_headline = False
    for element in tree.iter("h1", "p", "div"):
        if element.tag == "h1":
            after_headline = True
            continue
        names = " ".join(str(element.get(a) or "") for a in ("class", "id", "data-gu-name", "itemprop"))
        marked = bool(_STANDFIRST.search(names))
        if not after_headline or not (marked or (element.tag == "p" and len(described) > 40)):
            continue
        text = " ".join(element.text_content().split())
        if 5 <= word_count(text) <= STANDFIRST_MAX_WORDS and element.find(".//h2") is None and (
                marked or text.startswith(described)) and not _is_prompt(text) and not _in_furniture(element):
            return text
    return None


def _in_furniture(element: lxml.html.HtmlElement) -> bool:
    """Whether the element sits in a box that names itself page furniture (a games box, a promotion)."""
    return any(_FURNITURE.search(_names(box)) for box in element.iterancestors())


def _names(element: lxml.html.HtmlElement) -> str:
    return " ".join(str(element.get(a) or "") for a in ("class", "id", "data-component", "data-gu-name"))


def _render_templates(tree: lxml.html.HtmlElement) -> None:
    """Put the markup of ``<script type="text/template">`` boxes in the page, as the page's script does
    (Blogger ships its articles so)."""
    for script in tree.xpath("//body//script[@type='text/template']"):
        markup = script.text or ""
        if "<p" not in markup or script.getparent() is None:
            continue
        try:
            parts = lxml.html.fragments_fromstring(markup)
        except (etree.ParserError, ValueError):
            continue
        box = lxml.html.Element("div")
        for part in parts:
            if isinstance(part, str):
                box.text = (box.text or "") + part
            else:
                box.append(part)
        box.tail = script.tail
        script.getparent().replace(script, box)


def _remove_hidden(tree: lxml.html.HtmlElement) -> None:
    """Take out what a browser does not show (``hidden``, ``display: none``), unless it is most of the
    page's text: some sites hide the article until a script reveals it."""
    hidden = [e for e in tree.xpath("//body//*[@hidden or @style]")
              if e.get("hidden") is not None or _HIDDEN_STYLE.search(str(e.get("style") or ""))]
    if not hidden:
        return
    body = tree.find(".//body")
    total = len(_WORD.findall(body.text_content())) if body is not None else 0
    for element in hidden:
        words = len(_WORD.findall(element.text_content()))
        if element.getparent() is not None and words <= HIDDEN_SHARE * total:
            element.drop_tree()


def _remove_empty_inline(tree: lxml.html.HtmlElement) -> None:
    """Take out inline elements that show no text (an icon's ``<span>``, a formula's image box), keeping
    the text after them: trafilatura's precision setting deletes an empty element with the words that
    follow it, which cut Wikipedia's sentences at every formula."""
    textless: set[etree._Element] = set()
    for element in reversed(list(tree.iter())):  # an element's children come before it
        if isinstance(element.tag, str) and element.tag not in _LINE_BREAKS \
                and not (element.text or "").strip() \
                and all(child in textless and not (child.tail or "").strip() for child in element):
            textless.add(element)
    for element in list(tree.iter(*_EMPTY_INLINE)):
        parent = element.getparent()
        if element in textless and parent is not None \
                and not (parent in textless and parent.tag in _EMPTY_INLINE):  # it goes with its parent
            element.drop_tree()


def _remove_furniture(tree: lxml.html.HtmlElement) -> None:
    """Take out short boxes that say they are page furniture (by tag, class, id or component name)."""
    for element in list(tree.iter("aside", "div", "section", "ul", "ol", "p", "span", "figure", "form")):
        if (element.tag == "aside" or _FURNITURE.search(_names(element))) \
                and element.getparent() is not None \
                and len(_WORD.findall(element.text_content())) <= FURNITURE_MAX_WORDS:
            element.drop_tree()


def _second_opinion(first: list[str], second: list[str], tree: lxml.html.HtmlElement) -> list[str]:
    """trafilatura's paragraphs, or readability's where they hold clearly more of the article, or
    trafilatura's with the paragraphs of prose it skipped inside the article put back.

    readability's pick is taken too when trafilatura's is short, shares almost
    nothing with it and sits in the page's margin (a blog's description in its
    header, an "about the author" box), while readability's holds a sentence
    and sits outside the margin.
    """
    if not first or (_words(first) < TINY_WORDS and _words(second) >= 3 * _words(first)):
        return second
    ours, theirs = _runs(first), _runs(second)
    if second and _words(first) < MARGIN_PICK_WORDS and len(ours & theirs) < DISJOINT * len(ours) \
            and any(_SENTENCE_END.search(p) for p in second) \
            and _in_margin(first[0], tree) and not _in_margin(second[0], tree):
        return second
    first = _without_outer_lines(first, second)
    ours = _runs(first)
    if len(ours & theirs) < COVERED * len(ours):
        return first
    counts, kept_by_first = Counter(second), set(first)
    merged = [p for p in second if p in kept_by_first
              or (counts[p] == 1 and len(_WORD.findall(p)) >= PROSE_WORDS)]
    return merged if _words(merged) >= GAIN * _words(first) else _with_skipped(first, second, tree)


def _in_margin(paragraph: str, tree: lxml.html.HtmlElement) -> bool:
    """Whether the paragraph sits in a box the page names as its margin (a sidebar, a widget, a header or
    footer, an author's box, a credit line)."""
    element = _blocks_by_text(tree).get(paragraph)
    return element is not None and any(_MARGIN.search(_names(box))
                                       for box in (element, *element.iterancestors()))


def _without_outer_lines(first: list[str], second: list[str]) -> list[str]:
    """trafilatura's paragraphs without the page's lines it keeps around the article as readability sees it.

    When readability's pick (of at least ``TINY_WORDS`` words) lies within
    trafilatura's, what trafilatura keeps before readability's first paragraph
    and after its last goes, each side on its own, when less than half of its
    words stand in paragraphs of prose: a menu, a list of links, a footer's
    copyright lines. An outer part mostly of prose (an introduction
    readability missed, a later section) stays, and so do the short lines before the
    article that date it ("17:20, Jan 1 2008", "Posted on October 30, 2012").
    """
    theirs = _runs(second)
    if _words(second) < TINY_WORDS or len(_runs(first) & theirs) < COVERED * len(theirs):
        return first
    shared = set(second)
    inside = [i for i, p in enumerate(first) if p in shared or (
        len(_WORD.findall(p)) >= 4 and 2 * len(_runs([p]) & theirs) >= len(_runs([p])))]
    if not inside:
        return first

    def kept(part: list[str]) -> list[str]:
        prose = sum(len(_WORD.findall(p)) for p in part if len(_WORD.findall(p)) >= PROSE_WORDS)
        return part if 2 * prose >= _words(part) else []

    start, end = inside[0], inside[-1] + 1
    before = kept(first[:start]) or [
        p for p in first[:start] if _DATELINE.search(p) and word_count(p) <= DATELINE_MAX_WORDS]
    return [*before, *first[start:end], *kept(first[end:])]


def _with_skipped(first: list[str], second: list[str], tree: lxml.html.HtmlElement) -> list[str]:
    """trafilatura's paragraphs, with each paragraph of prose readability keeps between two of them put
    back in its place (trafilatura leaves out a list inside a table cell, for one).

    Only what lies inside the article as both see it comes back, never what
    readability adds before or after it (a byline, a "first published" line,
    teasers); and never a caption, an author's note, or a line that is mostly a
    link (a related story's title), which sit between paragraphs too.
    """
    where = {p: i for i, p in reversed(list(enumerate(second)))}
    counts, kept = Counter(second), set(first)
    blocks: dict[str, lxml.html.HtmlElement] | None = None
    result: list[str] = []
    for here, after in zip(first, [*first[1:], None], strict=True):
        result.append(here)
        if after is None or here not in where or after not in where or where[here] >= where[after]:
            continue
        for paragraph in second[where[here] + 1:where[after]]:
            if paragraph in kept or counts[paragraph] != 1 or len(_WORD.findall(paragraph)) < PROSE_WORDS:
                continue
            if blocks is None:
                blocks = _blocks_by_text(tree)
            if not _aside_from_text(blocks.get(paragraph), paragraph):
                result.append(paragraph)
    return result


def _blocks_by_text(tree: lxml.html.HtmlElement) -> dict[str, lxml.html.HtmlElement]:
    """The page's block elements by their text, whitespace collapsed (the first of each text)."""
    found: dict[str, lxml.html.HtmlElement] = {}
    for element in tree.iter(*_TEXT_BLOCKS):
        found.setdefault(" ".join(element.text_content().split()), element)
    return found


def _aside_from_text(element: lxml.html.HtmlElement | None, text: str) -> bool:
    """Whether a block sits beside the article's text rather than in it: a caption or credit, an author's
    note, or a line whose words are mostly a link's."""
    if element is None:
        return False
    if any(box.tag in ("figure", "figcaption", "caption") or _BESIDE_TEXT.search(_names(box))
           for box in (element, *element.iterancestors())):
        return True
    linked = sum(len(_WORD.findall(link.text_content())) for link in element.iter("a"))
    return any(box.tag == "a" for box in element.iterancestors()) or 2 * linked >= len(_WORD.findall(text))


def _paragraphs_by(extract: Callable[[lxml.html.HtmlElement], etree._Element | None],
                   tree: lxml.html.HtmlElement) -> list[str]:
    body = extract(tree)
    return paragraphs_of(body) if body is not None else []


def prose_words(tree: lxml.html.HtmlElement) -> int:
    """Words in the page's paragraphs of prose (``<p>`` of at least ``PROSE_WORDS`` words) outside its
    readers' comments, its furniture and its links (a teaser's summary is a paragraph inside a link)."""
    total = 0
    for paragraph in tree.iter("p"):
        words = len(_WORD.findall(paragraph.text_content()))
        if words >= PROSE_WORDS and not any(
                box.tag == "a" or _COMMENTS.search(_names(box)) or _FURNITURE.search(_names(box))
                for box in paragraph.iterancestors()):
            total += words
    return total


def _words(paragraphs: list[str]) -> int:
    return sum(len(_WORD.findall(p)) for p in paragraphs)


def _runs(paragraphs: list[str]) -> set[tuple[str, ...]]:
    """The text's 4-word runs (the unit the extraction benchmark scores)."""
    words = _WORD.findall(" ".join(paragraphs))
    return {tuple(words[i:i + 4]) for i in range(max(1, len(words) - 3))}


def paragraphs_of(root: etree._Element) -> list[str]:
    """Every block of ``root`` as one paragraph; inline markup flattened into its text."""
    return [text for text in (" ".join(piece.split()) for piece in _pieces(root)) if text]


def _pieces(root: etree._Element) -> Iterator[str]:
    """Text runs cut at every block boundary and line break (cells of a row stay on one line)."""
    current: list[str] = []

    def walk(element: etree._Element) -> Iterator[str]:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _INVISIBLE or not tag:  # comments and processing instructions carry no text
            if element.tail:
                current.append(element.tail)
            return
        breaks = tag in _BLOCKS and tag not in _CELLS
        if breaks or tag in _LINE_BREAKS:
            yield "".join(current)
            current.clear()
        if tag in _CELLS and current and "".join(current).strip():
            current.append(" | ")
        if element.text:
            current.append(element.text)
        for child in element:
            yield from walk(child)
        if breaks:
            yield "".join(current)
            current.clear()
        if element.tail:
            current.append(element.tail)

    yield from walk(root)
    yield "".join(current)


def _trafilatura_body(tree: lxml.html.HtmlElement) -> etree._Element | None:
    import trafilatura

    # trafilatura prunes the tree it is given, so it gets a copy.
    document = trafilatura.bare_extraction(copy.deepcopy(tree), favor_precision=True, include_comments=False,
                                           include_tables=True, with_metadata=False)
    return getattr(document, "body", None)


def _readability_body(tree: lxml.html.HtmlElement) -> etree._Element | None:
    from readability import Document
    from readability.readability import Unparseable

    try:
        summary = Document(lxml.html.tostring(tree, encoding="unicode")).summary(html_partial=True)
    except (Unparseable, etree.ParserError, ValueError):  # markup readability cannot make sense of
        return None
    return parse_page(summary)


def _visible_body(tree: lxml.html.HtmlElement) -> etree._Element | None:
    body = tree.find(".//body")
    return body if body is not None else tree


def visible_lines(html: str) -> list[str]:
    """Every line of text the page shows, read by BeautifulSoup's parser, which has no depth limit.

    The last resort for a page nested deeper than lxml's parser follows (it stops
    at 256 levels, where a browser goes on).
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(list(_INVISIBLE)):
        tag.decompose()
    return [line for line in (" ".join(text.split()) for text in soup.get_text("\n").split("\n")) if line]


def parse_page(html: str) -> lxml.html.HtmlElement | None:
    """The page's element tree, or None for a page with no markup or text at all.

    The text is parsed as UTF-8 bytes, so an XML declaration naming another
    encoding (``<?xml version="1.0" encoding="iso-8859-1"?>``) is only a
    declaration: the page was decoded already. Comments are taken out with their
    text around them kept: React marks text it joined with ``<!-- -->``, inside
    paragraphs, and the extractor drops what follows a comment in a paragraph.
    """
    if not html.strip():
        return None
    tree = _parsed(html)
    if tree is not None and (closed := _title_closed(html, tree)) is not None:
        tree = _parsed(closed)
    if tree is not None:
        etree.strip_tags(tree, etree.Comment, etree.ProcessingInstruction)
    return tree


def _parsed(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):  # an empty or markup-free document
        return None


def _title_closed(html: str, tree: lxml.html.HtmlElement) -> str | None:
    """The page with its ``<title>`` closed at the end of its first line, when the title never closes and
    so holds the whole page as text (a capture cut short inside the title), or None.

    A browser shows such a page blank, its markup in the title bar; but the
    article is all there, and its author saved the page to read it.
    """
    title = tree.find(".//title")
    if title is None or not _MARKUP.search(title.text or ""):
        return None
    body = tree.find("body")
    if body is not None and body.text_content().strip():
        return None
    opened = _TITLE_OPEN.search(html)
    if opened is None or _TITLE_CLOSE.search(html, opened.end()):
        return None
    end = html.find("\n", opened.end())
    return None if end < 0 else f"{html[:end]}</title>{html[end:]}"
