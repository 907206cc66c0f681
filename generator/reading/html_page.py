"""Captured web pages and Markdown files -> article text and metadata.

The body comes from ``page_body`` (trafilatura's pick of the article), the
facts from ``page_metadata`` (JSON-LD, meta tags, the page's own byline and
date). The text starts with the headline, then one paragraph per block,
separated by blank lines; inline markup (``<em>``, ``<a>``) is flattened into
its text so quotes stay whole. Markdown is rendered to HTML and read block by
block (it has no page furniture to remove), so anchors match the words a
reader sees.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

import lxml.html
import markdown
import yaml

from generator.errors import Problem
from generator.reading.article import Article
from generator.reading.page_body import (
    article_paragraphs,
    paragraphs_of,
    parse_page,
    prose_words,
    visible_lines,
)
from generator.reading.page_metadata import page_headline, page_metadata

_WORD = re.compile(r"\w+")
_INVISIBLE_CHARS = re.compile("[\u00ad\u200b\u2060\ufeff]")  # soft hyphen, zero-width space, word joiners
# The text is "much shorter" than the page's paragraphs of prose when it keeps less than this share
# of their words and misses at least this many (measured on the extraction benchmarks).
SHORT_SHARE = 0.5
SHORT_MISSING_WORDS = 150
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def read_html(text: str, path: str) -> Article | Problem:
    """A captured web page: metadata from what it states, text from the article's blocks."""
    tree = parse_page(text)
    if tree is None:
        return _no_text(path)
    metadata = page_metadata(tree)
    headline = page_headline(tree, metadata)
    paragraphs = [line for p in (article_paragraphs(tree) or visible_lines(text)) if (line := _as_shown(p))]
    if not paragraphs:
        return _no_text(path)
    article = _with_headline(paragraphs, _as_shown(headline), path, metadata)
    kept, shown = len(_WORD.findall(article.text)), prose_words(tree)
    if kept < SHORT_SHARE * shown and shown - kept >= SHORT_MISSING_WORDS:
        warning = (f"{path}: the text kept has {kept:,} words, the page's paragraphs {shown:,}: part of the "
                   "article may be missing; check the text with `briefs text`, or paste the article into a "
                   ".txt file")
        return dataclasses.replace(article, warnings=(warning,))
    return article


def _as_shown(text: str) -> str:
    """The text as a reader sees and copies it: without soft hyphens and zero-width spaces (invisible
    but in the way of a pasted quote), letters in their composed form (NFC)."""
    return " ".join(unicodedata.normalize("NFC", _INVISIBLE_CHARS.sub("", text)).split())


def _no_text(path: str) -> Problem:
    return Problem(path, 0, 0, "the page shows no text",
                   hint="save the article's own page, or paste its text into a .txt file")


def read_markdown(text: str, path: str) -> Article | Problem:
    """A Markdown article, optionally with YAML front matter (title, author, date, outlet, url)."""
    metadata: dict[str, str] = {}
    if match := _FRONT_MATTER.match(text):
        try:
            front = yaml.safe_load(match.group(1))
        except yaml.YAMLError:
            front = None
        if not isinstance(front, dict):
            return Problem(path, 1, 1, "front matter is not a YAML mapping",
                           hint="write `key: value` lines between the two `---` lines, or remove them")
        text = text[match.end():]
        aliases = {"title": "headline", "date": "published", "source": "outlet", "site": "outlet"}
        for key, value in front.items():
            if value is not None and not isinstance(value, (dict, list)):
                metadata[aliases.get(str(key), str(key))] = str(value)
    rendered = markdown.markdown(text)
    root = lxml.html.fragment_fromstring(rendered, create_parent="div") if rendered.strip() else None
    paragraphs = paragraphs_of(root) if root is not None else []
    if root is None or not paragraphs:
        return Problem(path, 0, 0, "article is empty", hint="write the article's text into the file")
    h1 = root.find(".//h1")  # the text opens with the first level-1 heading, wherever it stands
    headline = " ".join(h1.text_content().split()) if h1 is not None else ""
    return _with_headline(paragraphs, headline, path, metadata)


def _with_headline(paragraphs: list[str], headline: str, path: str, metadata: dict[str, str]) -> Article:
    """The article with its headline as the first paragraph (unless the body already opens with it)."""
    headline = " ".join(headline.split())
    if headline and paragraphs[0] != headline:
        paragraphs = [headline, *paragraphs]
    return Article(path=path, text="\n\n".join(paragraphs), headline=paragraphs[0], metadata=metadata)
