"""Raw article files -> clean article text and metadata.

Each supported extension has a reader; the text a reader returns is what
anchors match against and what the site publishes (minus ``omit`` lines).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import Problem

MAX_ARTICLE_BYTES = 20_000_000


@dataclass(frozen=True)
class Article:
    """An article as captured: its text and whatever metadata the file itself states."""

    path: str
    text: str
    headline: str
    metadata: dict[str, str] = field(default_factory=dict)


Reader = Callable[[str, str], Article | Problem]


def decode_article(data: bytes, path: str) -> str | Problem:
    """Decode UTF-8 (a byte-order mark is dropped); anything else is refused with its place."""
    if b"\x00" in data[:8192]:
        return Problem(path, 0, 0, "looks like a binary file, not an article",
                       hint="save the article as UTF-8 text (.txt, .md or .html)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        col = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        bad = data[error.start:error.end].hex(" ")
        return Problem(path, line, col, f"not valid UTF-8 (byte {bad} at offset {error.start})",
                       hint="re-save the file as UTF-8")


def read_plain_text(text: str, path: str) -> Article | Problem:
    """A .txt article: the headline is its first non-empty line."""
    headline = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not headline:
        return Problem(path, 1, 1, "article is empty", hint="paste the article's text into the file")
    return Article(path=path, text=text, headline=headline)


READERS: dict[str, Reader] = {".txt": read_plain_text}


def read_article(file: Path, display_path: str) -> Article | Problem:
    """Read and decode an article file with the reader for its extension."""
    reader = READERS.get(file.suffix.lower())
    if reader is None:
        return Problem(display_path, 0, 0, f"unsupported article type '{file.suffix}'",
                       hint=f"use one of: {', '.join(sorted(READERS))}")
    size = file.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        return Problem(display_path, 0, 0, f"article is {size:,} bytes, more than the limit of "
                       f"{MAX_ARTICLE_BYTES:,}", hint="trim the capture to the article itself")
    text = decode_article(file.read_bytes(), display_path)
    return text if isinstance(text, Problem) else reader(text, display_path)
