"""A saved news page's own statements about itself: headline, author, dates, address, outlet, language.

A page states its facts in a few well-known places, trusted in this order: a
JSON-LD ``NewsArticle``, ``og:``/``article:`` and other meta tags, then the
page itself (the ``<h1>``, the byline, a date shown in the text; htmldate,
made for finding publication dates, reads those). Values are decoded once
more, because some sites escape their entities twice
(``&amp;#8216;`` shows as ``&#8216;``), and cleaned of what a site adds to
them: ``| DW | 19.01.2020`` after a headline, an outlet as author
("Deutsche Welle (www.dw.com)" is not a byline).
"""

from __future__ import annotations

import copy
import html
import itertools
import json
import re
import warnings
from typing import Any

import lxml.html

_META_KEYS = {
    "og:title": "headline", "twitter:title": "headline",
    "og:site_name": "outlet", "application-name": "outlet",
    "article:published_time": "published", "og:published_time": "published", "date": "published",
    "pubdate": "published", "publishdate": "published", "dc.date.issued": "published",
    "dcterms.created": "published", "sailthru.date": "published", "parsely-pub-date": "published",
    "article:modified_time": "modified", "og:updated_time": "modified", "dcterms.modified": "modified",
    "article:author": "author", "author": "author", "dc.creator": "author", "byl": "author",
    "sailthru.author": "author", "parsely-author": "author",
    "og:url": "url",
    "og:locale": "language", "dc.language": "language", "language": "language",
    "content-language": "language",
}
# Separators sites put between a headline and their own name, section or date.
_TITLE_SEPARATOR = re.compile(r"\s+(?:–|—|-|::|·|»)\s+")
_DATE_LIKE = re.compile(r"^[\d.\-/ :]+$|^\d{1,2}\.? \w+ \d{4}$|^\w+ \d{1,2}, \d{4}$")
_DOMAIN_IN_NAME = re.compile(r"\s*[(\[]?(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?[)\]]?\s*$",
                             re.I)
# A web address at the end of a name is read only in the name's last characters: no address is
# longer, and the pattern, tried from every position, would take hours on a megabyte-long name.
DOMAIN_MAX_CHARS = 300
_BYLINE = re.compile(r"^(?:by|author|authors|written by|posted by|von|par|por|door)\s*:?\s+"
                     r"(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3})$", re.I)
_NAME_PARTICLES = {"de", "da", "del", "der", "van", "von", "bin", "al", "le", "la", "du", "dos", "y"}
_CALENDAR_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                   "February", "March", "April", "June", "July", "August", "September", "October",
                   "November", "December", "Updated", "Published"}
_BY = re.compile(r"^(?:(?:posted|written)\s+)?by\s+", re.I)
# JSON-LD wrapped for old XHTML parsers: ``//<![CDATA[ … //]]>`` (the parser keeps a script's text as it is).
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
_LOGO = re.compile(r"logo|brand|masthead|site-?(?:name|title)", re.I)
_BYLINE_HOLDERS = ["li", "p", "span", "div", "address", "a", "dd", "strong"]


def page_metadata(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """Headline, author, published/modified dates, address and outlet as the page states them.

    Reads the page before anything is taken out of it (a byline may sit in a box
    the body extraction drops).
    """
    found = _json_ld(tree)
    authors = [_BY.sub("", found.pop("author"))] if "author" in found else []
    for meta in tree.iter("meta"):
        name = str(meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _META_KEYS and (meta.get("content") or "").strip():
            value = _clean(str(meta.get("content")))
            if _META_KEYS[name] == "author":
                authors.append(_BY.sub("", value))
            else:
                found.setdefault(_META_KEYS[name], value)
    canonical = tree.xpath("//link[@href and contains(concat(' ', normalize-space(@rel), ' '), "
                           "' canonical ')]")
    if "url" not in found and canonical:
        found["url"] = str(canonical[0].get("href")).strip()
    if "outlet" in found:
        found["outlet"] = _without_domain(found["outlet"]).strip() or found["outlet"]
    # A stated author can be the outlet itself or a profile link; the page's byline names the person.
    person = next((a for a in authors if not _is_not_a_byline(a, found)), None) or _byline_in_page(tree)
    if person:
        found["author"] = person
    if "published" not in found and (date := _date_in_page(tree)):
        found["published"] = date
    if "headline" in found:
        found["headline"] = strip_site_name(found["headline"], found)
    # The page's own language attribute is its most common statement; og:locale is often a default.
    if (stated := str(tree.getroottree().getroot().get("lang") or "").strip()):
        found["language"] = stated
    return {key: found[key] for key in ("headline", "published", "modified", "author", "outlet", "url",
                                        "language") if found.get(key)}


def page_headline(tree: lxml.html.HtmlElement, metadata: dict[str, str]) -> str:
    """The article's headline: the stated one, else the ``<h1>``, else the page title, cleaned.

    An ``<h1>`` that holds the site's logo or name (a box named ``logo`` or
    ``brand``, the outlet's name) is passed over: its text is often a word of the
    headline ("Berlin" in "Berlin opens its new bridge"), which once made it the
    headline.
    """
    title_tag = tree.find(".//title")
    title = _text_of(title_tag) if title_tag is not None else ""
    stated = metadata.get("headline") or strip_site_name(title, metadata)
    names = {_squash(n) for n in (metadata.get("outlet", ""), _host(metadata.get("url", ""))) if n}
    headings = [text for h1 in tree.iter("h1") if (text := _text_of(h1)) and not _is_logo(h1, text, names)]
    heading = headings[0] if headings else ""
    if heading and (not stated or heading in stated or heading.startswith(stated)):
        return heading  # "Opinion | Headline" states the same headline with a label
    return stated or heading


def _is_logo(h1: lxml.html.HtmlElement, text: str, names: set[str]) -> bool:
    """Whether an ``<h1>`` is the site's logo or name rather than the article's headline."""
    near = [box for box in itertools.islice(h1.iterancestors(), 2) if box.tag not in ("body", "html")]
    boxes = [h1, *h1.iterdescendants(), *near]
    return _squash(text) in names or any(
        _LOGO.search(" ".join(str(box.get(a) or "") for a in ("class", "id"))) for box in boxes)


def strip_site_name(headline: str, metadata: dict[str, str]) -> str:
    """``Headline | DW | 19.01.2020`` -> ``Headline``: trailing outlet names, sections and dates go.

    After a ``|`` everything goes (sites put only their own labels there); after
    a dash only the outlet's name, its address or a date, since a headline may
    hold a dash of its own.
    """
    first = headline.split("|")[0].strip()
    if first != headline and len(first.split()) >= 2:
        headline = first
    names = {_squash(n) for n in (metadata.get("outlet", ""), _host(metadata.get("url", ""))) if n}
    separators = list(_TITLE_SEPARATOR.finditer(headline))
    end = len(headline)  # cut once at the end: a title of many labels is not copied once per label
    while separators and _is_site_label(headline[separators[-1].end():end], names):
        end = separators.pop().start()
    return headline[:end]


def _is_site_label(part: str, names: set[str]) -> bool:
    squashed = _squash(part)
    return bool(_DATE_LIKE.match(part.strip())) or (bool(squashed) and (squashed in names or (
        len(part.split()) <= 4 and any(name in squashed or squashed in name for name in names))))


def _is_not_a_byline(author: str, found: dict[str, str]) -> bool:
    """An outlet, a web address or a profile link stated where a person's name belongs."""
    outlet = _squash(found.get("outlet", ""))
    squashed = _squash(_without_domain(author))
    return (author.startswith(("http://", "https://"))
            or bool(_DOMAIN_IN_NAME.search(author[-DOMAIN_MAX_CHARS:]))
            or (bool(outlet) and (squashed == outlet or squashed in outlet or outlet in squashed)))


def _without_domain(name: str) -> str:
    """``name`` without the web address it ends with (``Reuters (reuters.com)`` -> ``Reuters``)."""
    cut = max(0, len(name) - DOMAIN_MAX_CHARS)
    return name[:cut] + _DOMAIN_IN_NAME.sub("", name[cut:])


def _byline_in_page(tree: lxml.html.HtmlElement) -> str | None:
    """A person's name from a byline element or a short "By …" / "Author …" line of the page."""
    for tag in tree.xpath("//body//*[@rel='author' or @itemprop='author' or contains(@class, 'byline') "
                          "or contains(@class, 'author')]"):
        text = _text_of(tag)
        if match := _BYLINE.match(text):
            return match.group("name")
        name = _BY.sub("", text).split(",")[0].strip()  # "By Jill Disis, CNN Business"
        if _looks_like_a_name(name):
            return name
    for tag in tree.iter(*_BYLINE_HOLDERS):
        text = _text_of(tag)
        if len(text) < 60 and (match := _BYLINE.match(text)):
            return match.group("name")
    return None


def _looks_like_a_name(text: str) -> bool:
    """Two to five capitalised words ("Ben Knight", "Ursula von der Leyen"), not "About the author"."""
    words = text.split()
    return 2 <= len(words) <= 5 and all(
        (w[:1].isupper() and not any(c.isdigit() for c in w) and w not in _CALENDAR_WORDS)
        or w in _NAME_PARTICLES for w in words)


def _date_in_page(tree: lxml.html.HtmlElement) -> str | None:
    """The publication date htmldate finds in the markup, the address or the text shown."""
    from htmldate import find_date

    try:  # htmldate cleans the tree it is given, so it gets a copy
        with warnings.catch_warnings():
            # Only the day is kept, so a time zone dateutil does not know ("EDT") changes nothing;
            # its warning, a library's source line, would only puzzle the author reading the text.
            warnings.filterwarnings("ignore", module=r"dateutil\.")
            return find_date(copy.deepcopy(tree), original_date=True, extensive_search=True,
                             outputformat="%Y-%m-%d")
    except (ValueError, TypeError):  # htmldate gives up on markup it cannot parse
        return None


def _json_ld(tree: lxml.html.HtmlElement) -> dict[str, str]:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(_CDATA.sub("", script.text or ""), strict=False)
        except ValueError:
            continue
        for item in _items(data):
            if "Article" in str(item.get("@type", "")) or "Posting" in str(item.get("@type", "")):
                return {k: _clean(v) for k, v in {
                    "headline": item.get("headline"), "published": item.get("datePublished"),
                    "modified": item.get("dateModified"),
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


def _text_of(element: lxml.html.HtmlElement) -> str:
    """An element's text as one cleaned line, words of neighbouring tags kept apart."""
    return _clean(" ".join(element.itertext()))


def _clean(value: str) -> str:
    """Entities decoded (twice-escaped ones too) and white space collapsed."""
    return " ".join(html.unescape(value).split())


def _squash(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower().removeprefix("www.").removesuffix(".com"))


def _host(url: str) -> str:
    match = re.match(r"https?://(?:www\.)?([^/:]+)", url)
    return match.group(1).rsplit(".", 1)[0] if match else ""

