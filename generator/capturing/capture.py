"""A downloaded page -> the article file and the first draft of its sidecar.

The page is stored as the server sent it, so the capture stays the evidence;
only a page whose encoding the server declared in its headers, and the page
itself does not, is stored as UTF-8 with that declaration added (a saved file
has no headers to carry it). When those headers name another charset but the
body is valid UTF-8 that would read differently, the body wins: it is UTF-8
text (a mislabelled server is more likely than such a coincidence), and
decoding it as the header says would store mojibake. Control characters are
removed from the stored page, since they show readers nothing and the reader
refuses them in an article; :func:`storing_notes` says what was changed and where.
The sidecar is the one ``briefs new`` drafts, with the address the download
ended at, an archive link and the capture time.
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
from generator.reading.control import CONTROL, first_control
from generator.reading.page_encoding import declared_charset

ARCHIVE = "https://web.archive.org/web/{timestamp}/{url}"
STEM_WORDS_MAX_CHARS = 60


def archive_link(url: str, captured: dt.datetime) -> str:
    """The Wayback Machine's address for ``url`` as near to ``captured`` as it has a copy."""
    return ARCHIVE.format(timestamp=captured.strftime("%Y%m%d%H%M%S"), url=url)


# Control characters as bytes in any charset a page can be read in but UTF-16 (C0 and DEL only:
# in a single-byte charset 0x80-0x9f may be letters).
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES_AS_TEXT = re.compile(_CONTROL_BYTES.pattern.decode("latin-1"))


def stored_bytes(page: Page) -> bytes:
    """The page's bytes as they will be saved: as sent, unless only the HTTP headers name the charset
    (and the body is not UTF-8 that contradicts them), without control characters."""
    return _without_controls(_in_declared_charset(page))


def storing_notes(page: Page) -> list[str]:
    """What :func:`stored_bytes` changed that an author should know, one line each."""
    notes = []
    if charset := _contradicted_charset(page):
        notes.append(f"{page.url}: the server declared charset={charset}, but the page is valid "
                     f"UTF-8 that reads differently as {charset}; stored as UTF-8 (check the text with "
                     "`briefs text`)")
    data = _in_declared_charset(page)
    utf8 = _is_utf8(data)
    text = data.decode("utf-8" if utf8 else "latin-1")  # latin-1: a column per byte
    if control := first_control(text, CONTROL if utf8 else _CONTROL_BYTES_AS_TEXT):
        notes.append(f"{page.url}: removed {control.count} control character(s) from the page, the "
                     f"first, {control.shown}, at line {control.line}, column {control.col}: they show "
                     "readers nothing")
    return notes


def _in_declared_charset(page: Page) -> bytes:
    charset = _header_charset(page)
    if not charset or _contradicted_charset(page):
        return page.body
    try:
        codecs.lookup(charset)
        text = page.body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return page.body  # read as it is, and refused with the first bad byte if it is not UTF-8
    return b'<meta charset="utf-8">\n' + text.encode("utf-8")


def _contradicted_charset(page: Page) -> str | None:
    """The charset the headers name, if the body is UTF-8 that it would read differently."""
    charset = _header_charset(page)
    if not charset or not _is_utf8(page.body):
        return None
    try:
        differs = page.body.decode(charset) != page.body.decode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return None  # an unknown charset, or one the body is not in: the body is UTF-8, as read anyway
    return charset if differs else None


def _header_charset(page: Page) -> str | None:
    """The charset only the headers name (not UTF-8, and not declared by the page itself)."""
    charset = (page.charset or "").lower()
    if not charset or charset in ("utf-8", "utf8") or declared_charset(page.body):
        return None
    return charset


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _without_controls(data: bytes) -> bytes:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    if _is_utf8(data):
        return CONTROL.sub("", data.decode("utf-8")).encode("utf-8")
    return _CONTROL_BYTES.sub(b"", data)


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
