"""Which reader turns which article file into an Article, with size and encoding checks."""

from __future__ import annotations

import re
from pathlib import Path

from generator.errors import Problem
from generator.reading.article import MAX_ARTICLE_BYTES, Article, Reader, decode_article, read_plain_text


def _read_html(text: str, path: str) -> Article | Problem:
    from generator.reading.html_page import read_html  # the extractors load only when a page needs them

    return read_html(text, path)


def _read_markdown(text: str, path: str) -> Article | Problem:
    from generator.reading.html_page import read_markdown

    return read_markdown(text, path)


READERS: dict[str, Reader] = {".txt": read_plain_text, ".md": _read_markdown, ".html": _read_html,
                              ".htm": _read_html}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)""", re.I)


def read_article(file: Path, display_path: str) -> Article | Problem:
    """Read and decode an article file with the reader for its extension."""
    size = file.stat().st_size
    if size > MAX_ARTICLE_BYTES:  # refused before a byte of it is read
        return _too_large(size, display_path)
    return article_from_bytes(file.read_bytes(), file.suffix, display_path)


def article_from_bytes(data: bytes, suffix: str, display_path: str) -> Article | Problem:
    """Decode an article's bytes with the reader for its file extension (``.txt``, ``.html``...)."""
    reader = READERS.get(suffix.lower())
    if reader is None:
        return Problem(display_path, 0, 0, f"unsupported article type '{suffix}'",
                       hint=f"use one of: {', '.join(sorted(READERS))}")
    if len(data) > MAX_ARTICLE_BYTES:
        return _too_large(len(data), display_path)
    text = decode_article(data, display_path, declared_charset(data) if reader is _read_html else None)
    return text if isinstance(text, Problem) else reader(text, display_path)


def _too_large(size: int, display_path: str) -> Problem:
    return Problem(display_path, 0, 0, f"article is {size:,} bytes, more than the limit of "
                   f"{MAX_ARTICLE_BYTES:,}", hint="trim the capture to the article itself")


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in its first kilobytes (``<meta charset>``)."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None
