"""A downloaded page -> the article file and the first draft of its sidecar.

The page is stored as the server sent it, so the capture stays the evidence;
only a page whose encoding the server declared in its headers, and the page
itself does not, is stored as UTF-8 with that declaration added (a saved file
has no headers to carry it). The sidecar is the one ``briefs new`` drafts,
with the address the download ended at, an archive link and the capture time.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Sequence

from slugify import slugify

from generator.capturing.download import Page
from generator.reading.article import Article
from generator.reading.readers import declared_charset

ARCHIVE = "https://web.archive.org/web/{timestamp}/{url}"
STEM_WORDS_MAX_CHARS = 60


def archive_link(url: str, captured: dt.datetime) -> str:
    """The Wayback Machine's address for ``url`` as near to ``captured`` as it has a copy."""
    return ARCHIVE.format(timestamp=captured.strftime("%Y%m%d%H%M%S"), url=url)


def stored_bytes(page: Page) -> bytes:
    """The page's bytes as they will be saved: as sent, unless only the HTTP headers name the charset."""
    charset = (page.charset or "").lower()
    if not charset or charset in ("utf-8", "utf8") or declared_charset(page.body):
        return page.body
    try:
        codecs.lookup(charset)
        text = page.body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return page.body  # read as it is, and refused with the first bad byte if it is not UTF-8
    return b'<meta charset="utf-8">\n' + text.encode("utf-8")


def default_stem(article: Article, captured: dt.date) -> str:
    """``<date>-<headline words>``: the article's own date when the page states one, else today's."""
    published = article.metadata.get("published", "")[:10]
    date = published if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published) else captured.isoformat()
    words = slugify(article.headline)
    if len(words) > STEM_WORDS_MAX_CHARS:  # whole words from the start (slugify's own cut may skip words)
        words = words[:STEM_WORDS_MAX_CHARS + 1].rsplit("-", 1)[0]
    return f"{date}-{words}" if words else date


def capture_sidecar(article: Article, final_url: str, captured: dt.datetime,
                    verdict_ids: Sequence[str]) -> str:
    """``briefs new``'s draft, with the address the download ended at, an archive link, the time."""
    from generator.authoring.draft import draft_sidecar

    metadata = {**article.metadata, "url": final_url}
    draft = draft_sidecar(Article(article.path, article.text, article.headline, metadata), captured.date(),
                          verdict_ids)
    lines = draft.split("\n")
    archive = f"  archive: {json.dumps(archive_link(final_url, captured))}"
    after = next((i for i, line in enumerate(lines) if line.startswith("  url: ")),
                 next(i for i, line in enumerate(lines) if line == "source:"))
    lines.insert(after + 1, archive)
    when = captured.strftime("%Y-%m-%d %H:%M UTC")
    lines.insert(2, f"# Captured by `briefs capture` on {when} from {final_url}")
    return "\n".join(lines)
