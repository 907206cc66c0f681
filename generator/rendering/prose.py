"""Author prose (Markdown in sidecars) and plain text -> safe HTML.

Sidecar prose fields (summary, explanation, note text) allow Markdown. Raw
HTML in them is neutralised and links keep only http, https, mailto and
site-relative targets; nh3 (the Rust ``ammonia`` sanitiser) does the cleaning
after Python-Markdown has rendered the text.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import markdown
import nh3

_TAGS = {"p", "em", "strong", "code", "a", "ul", "ol", "li", "blockquote", "br", "del", "sub", "sup"}
_ATTRIBUTES = {"a": {"href", "title"}}
_SCHEMES = {"http", "https", "mailto"}
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>&])")


_MARKDOWN = markdown.Markdown()
# One line of words and ordinary punctuation: nothing in it is Markdown or HTML syntax, so it
# renders as one escaped paragraph. tests/test_properties.py holds this to the full pipeline.
_PLAIN_PARAGRAPH = re.compile(r"[^\W\d_][^\x00-\x1f\x7f\\`*_{}\[\]<>&!#|~\xa0\u2028\u2029]*")


@lru_cache(maxsize=4096)
def prose_html(text: str) -> str:
    """Render an author's Markdown and keep only harmless tags, attributes and link targets."""
    if _PLAIN_PARAGRAPH.fullmatch(text):
        return f"<p>{text}</p>"  # most explanations and notes: skip the Markdown round trip
    return _rendered_prose(text)


def forget_memos() -> None:
    """Empty this module's memo cache (rendered prose)."""
    prose_html.cache_clear()


def _rendered_prose(text: str) -> str:
    """The full pipeline: Python-Markdown, then nh3 keeps only what is allowed."""
    # One reused converter: building a Markdown instance per call dominated large builds.
    rendered = _MARKDOWN.reset().convert(html.escape(text, quote=False).replace("&gt;", ">"))
    cleaned: str = nh3.clean(rendered, tags=_TAGS, attributes=_ATTRIBUTES, url_schemes=_SCHEMES,
                             link_rel="noopener nofollow")
    return cleaned


def inline_prose_html(text: str) -> str:
    """Like :func:`prose_html` for one short paragraph, without the enclosing ``<p>``."""
    rendered = prose_html(text)
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


def prose_text(text: str) -> str:
    """An author's Markdown as the plain text a reader sees (paragraphs joined by spaces)."""
    return " ".join(html.unescape(nh3.clean(prose_html(text), tags=set())).split())


def text_html(text: str) -> str:
    """Plain text as HTML text: every character shows literally."""
    return html.escape(text, quote=True)


def heading_text(text: str) -> str:
    """Plain text made literal inside a Markdown heading line."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(text.split()))
