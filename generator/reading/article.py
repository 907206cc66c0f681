"""Raw article files -> clean article text and metadata.

Each supported extension has a reader; the text a reader returns is what
anchors match against and what the site publishes (minus ``omit`` lines).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.errors import Problem

MAX_ARTICLE_BYTES = 20_000_000


@dataclass(frozen=True)
class Article:
    """An article as captured: its text and whatever metadata the file itself states."""

    path: str
    text: str
    headline: str
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # what the author should check in the text, one line each


Reader = Callable[[str, str], Article | Problem]


def decode_article(data: bytes, path: str, declared: str | None = None) -> str | Problem:
    """Decode the file's declared encoding, else UTF-8 (BOMs honoured); refuse anything else.

    Guessing an undeclared encoding would sometimes be wrong, and a wrong guess
    publishes mojibake; a refusal that names the first bad byte is better.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            declared = codec
    if binary := binary_file(data, path, declared):
        return binary
    encoding = declared or "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        return Problem(path, 0, 0, f"declares an unknown character encoding '{encoding}'",
                       hint="re-save the file as UTF-8 and declare <meta charset=\"utf-8\">")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        bad = data[error.start:error.end].hex(" ")
        return Problem(path, *_byte_place(data, error.start), f"not valid {encoding} (byte {bad} at offset "
                       f"{error.start})", hint="re-save the file as UTF-8")


def binary_file(data: bytes, path: str, declared: str | None) -> Problem | None:
    """A refusal for a file with a NUL byte in its first kilobytes (not UTF-16 text), else None."""
    if (nul := data.find(b"\x00", 0, 8192)) >= 0 and declared != "utf-16":
        return Problem(path, *_byte_place(data, nul), "looks like a binary file, not an article (a NUL byte "
                       "here)", hint="save the article as UTF-8 text (.txt, .md or .html)")
    return None


def _byte_place(data: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in bytes) of ``data[offset]``."""
    return data.count(b"\n", 0, offset) + 1, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


def read_plain_text(text: str, path: str) -> Article | Problem:
    """A .txt article: the headline is its first non-empty line."""
    headline = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not headline:
        return Problem(path, 1, 1, "article is empty", hint="paste the article's text into the file")
    return Article(path=path, text=text, headline=headline)
