"""Captured web pages and Markdown files -> article text and metadata.

A news page carries its facts in a few well-known places: ``og:`` and
``article:`` meta tags, a JSON-LD ``NewsArticle``, ``<h1>``, ``<time>``. The
body is the article's paragraphs; navigation, scripts, ads, related-links
boxes, figures and footers are left out. Inline markup (``<em>``, ``<a>``)
is flattened into its text so quotes stay whole. Markdown is rendered to HTML
and read the same way, so anchors match the words a reader sees.
"""

from __future__ import annotations

import json
import re
from typing import Any

import markdown
import yaml
from bs4 import BeautifulSoup, Tag

from generator.errors import Problem
from generator.reading.article import Article

_DROP_TAGS = ["script", "style", "noscript", "template", "nav", "footer", "aside", "figure",
              "figcaption", "form", "iframe", "button", "svg", "select", "input", "dialog"]
_DROP_PATTERN = re.compile(r"(^|[-_ ])(ads?|advert\w*|promo\w*|related|newsletter|share|sharing|social|"
                           r"comments?|sidebar|subscribe|subscription|recommended|outbrain|taboola|"
                           r"sponsored|cookie\w*|paywall|byline|breadcrumbs?)([-_ ]|$)", re.I)
_BLOCKS = ["p", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "pre"]
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def read_html(text: str, path: str) -> Article | Problem:
    """A captured web page: metadata from its head, text from the article's paragraphs."""
    soup = BeautifulSoup(text, "html.parser")
    metadata = _page_metadata(soup)
    body = _article_body(soup)
    h1 = body.find("h1") or soup.find("h1")
    headline = (metadata.get("headline") or (h1.get_text(" ", strip=True) if h1 else "")
                or (soup.title.get_text(strip=True) if soup.title else ""))
    paragraphs = _paragraphs(body)
    if not paragraphs:
        return Problem(path, 0, 0, "no article paragraphs found in the page",
                       hint="save the article's own page, or paste its text into a .txt file")
    if headline and paragraphs[0] != headline:
        paragraphs.insert(0, " ".join(headline.split()))
    return Article(path=path, text="\n\n".join(paragraphs), headline=paragraphs[0], metadata=metadata)


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
    article = read_html(markdown.markdown(text), path)
    if isinstance(article, Problem):
        return Problem(path, 0, 0, "article is empty", hint="write the article's text into the file")
    return Article(path=path, text=article.text, headline=article.headline,
                   metadata={**article.metadata, **metadata})


def _article_body(soup: BeautifulSoup) -> Tag:
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(_is_boilerplate):
        tag.decompose()
    for selector in ("[itemprop=articleBody]", "article", "main", "[role=main]", "body"):
        if (found := soup.select_one(selector)) is not None:
            return found
    return soup


def _is_boilerplate(tag: Tag) -> bool:
    if tag.name in ("html", "body", "article", "main") or tag.attrs is None:
        return False
    classes = tag.get("class")
    names = " ".join([*(classes if isinstance(classes, list) else []), str(tag.get("id") or ""),
                      str(tag.get("role") or "")])
    return bool(names.strip()) and bool(_DROP_PATTERN.search(names))


def _paragraphs(body: Tag) -> list[str]:
    texts = []
    for block in body.find_all(["h1", *_BLOCKS]):
        if block.find_parent(_BLOCKS):
            continue
        text = " ".join(block.get_text("", strip=False).split())
        if text:
            texts.append(text)
    return texts


def _page_metadata(soup: BeautifulSoup) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, value in _json_ld(soup).items():
        found.setdefault(key, value)
    metas = {"og:title": "headline", "og:site_name": "outlet", "article:published_time": "published",
             "article:author": "author", "author": "author", "og:url": "url", "date": "published",
             "pubdate": "published"}
    for meta in soup.find_all("meta"):
        name = str(meta.get("property") or meta.get("name") or "").lower()
        if name in metas and meta.get("content"):
            found.setdefault(metas[name], " ".join(str(meta["content"]).split()))
    if "published" not in found and (time := soup.find("time", attrs={"datetime": True})):
        found["published"] = str(time["datetime"])
    if "url" not in found and (canonical := soup.find("link", rel="canonical")) and canonical.get("href"):
        found["url"] = str(canonical["href"])
    return found


def _json_ld(soup: BeautifulSoup) -> dict[str, str]:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in _items(data):
            if "Article" in str(item.get("@type", "")):
                return {k: v for k, v in {
                    "headline": item.get("headline"), "published": item.get("datePublished"),
                    "author": _name(item.get("author")), "outlet": _name(item.get("publisher")),
                    "url": item.get("url") if isinstance(item.get("url"), str) else None,
                }.items() if isinstance(v, str) and v.strip()}
    return {}


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [i for d in data for i in _items(d)]
    if isinstance(data, dict):
        return [data, *_items(data.get("@graph", []))]
    return []


def _name(value: Any) -> str | None:
    if isinstance(value, list) and value:
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return value.get("name") if isinstance(value.get("name"), str) else None
    return value if isinstance(value, str) else None
