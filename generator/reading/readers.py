"""Which reader turns which article file into an Article, with size, encoding and character checks.

Control characters (:mod:`generator.reading.control`) are refused in a .txt
or .md article, wherever they are, with their line and column in the file:
never removed. Such an article is the evidence every quote anchors against
and every line:col of a problem counts in, so the published text must be the
file's text; a character removed on the way would make the two differ
without the author knowing, and the file is the author's own to edit. A saved
.html page is read as a browser shows it (:mod:`generator.reading.page_encoding`):
its text is what the extractor finds, not the file, and a browser shows nothing
of a control character, so the page's are left out, with a warning that says
where the first one is (``briefs capture`` removes them from the pages it saves).
A character reference (``&#27;``) is a control character someone wrote into
the page on purpose: it is refused, at the reference.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from generator.errors import Problem
from generator.reading.article import (
    MAX_ARTICLE_BYTES,
    Article,
    Reader,
    binary_file,
    decode_article,
    read_plain_text,
)
from generator.reading.control import CONTROL, first_control, line_col
from generator.reading.page_encoding import bom_charset, declared_charset, decode_page


def _read_html(text: str, path: str) -> Article | Problem:
    from generator.reading.html_page import read_html  # the extractors load only when a page needs them

    return read_html(text, path)


def _read_markdown(text: str, path: str) -> Article | Problem:
    from generator.reading.html_page import read_markdown

    return read_markdown(text, path)


READERS: dict[str, Reader] = {".txt": read_plain_text, ".md": _read_markdown, ".html": _read_html,
                              ".htm": _read_html}


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
    page = reader is _read_html
    warnings: list[str] = []
    if page:  # a browser shows a page whatever its declaration says: so does the reader, with a warning
        declared = declared_charset(data)
        if binary := binary_file(data, display_path, bom_charset(data) or declared):
            return binary
        decoded = decode_page(data, declared)
        text: str | Problem = decoded.text
        if decoded.warning:
            warnings.append(f"{display_path}: {decoded.warning}; check the text with `briefs text`")
        if control := first_control(decoded.text):  # they show a page's readers nothing
            text = CONTROL.sub("", decoded.text)
            warnings.append(f"{display_path}:{control.line}:{control.col}: left out {control.count} control "
                            f"character(s) of the page, the first {control.shown}: a browser shows nothing "
                            "of them")
    else:
        text = decode_article(data, display_path)
    if isinstance(text, Problem):
        return text
    if control := first_control(text):
        return Problem(display_path, control.line, control.col, control.message,
                       hint="delete it: an article holds text, tabs and newlines only")
    article = reader(text, display_path)
    if isinstance(article, Article) and (control := first_control(article.text)):
        line, col = _reference(text, control.char)
        return Problem(display_path, line, col, f"a character reference gives control character "
                       f"{control.shown}, which is not text",
                       hint=f"delete the reference (&#{ord(control.char)}; or &#x{ord(control.char):x};)")
    if isinstance(article, Article) and warnings:
        return dataclasses.replace(article, warnings=(*warnings, *article.warnings))
    return article


def _reference(text: str, char: str) -> tuple[int, int]:
    """Where the page refers to ``char`` by number (``&#27;``, ``&#x1B;``), or 0, 0 if it does not."""
    code = ord(char)
    found = re.search(rf"&#(0*{code}|[xX]0*{code:x});?", text, re.I)
    return line_col(text, found.start()) if found else (0, 0)


def _too_large(size: int, display_path: str) -> Problem:
    return Problem(display_path, 0, 0, f"article is {size:,} bytes, more than the limit of "
                   f"{MAX_ARTICLE_BYTES:,}", hint="trim the capture to the article itself")
