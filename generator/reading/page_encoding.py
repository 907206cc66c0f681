"""A saved web page's bytes -> its text, decoded as a browser would, saying when a guess was needed.

A page states its encoding in a byte-order mark, a ``<meta charset>`` (or the
``http-equiv`` form), or an XML declaration; ``briefs capture`` writes the HTTP
header's charset into the page it saves. Pages lie: a ``<meta charset>`` copied
from a template, one stray byte in a UTF-8 page. A browser still shows those
pages, so a saved page is never refused for them. The encodings are tried in a
browser's order: the BOM, the declared charset, UTF-8; then UTF-8 with the
few bytes it cannot read shown as U+FFFD (a UTF-8 page with a stray byte), then
charset-normalizer's detection, and last the declared charset or UTF-8 with
every unreadable byte replaced. Each step past the declared one comes with a
warning naming the first bad byte, so the author checks the text
(``briefs text``); the page itself is never rewritten.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w:.]+)"""
                       rb"""|<\?xml[^>]+encoding\s*=\s*["']([-\w:.]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A page is UTF-8 with stray bytes when it has this few unreadable bytes, and this many times as
# many letters outside ASCII that read as UTF-8 (a page in another encoding has none of those).
STRAY_BYTES_MAX = 8
STRAY_SHARE = 10
_READ_AS_WINDOWS_1252 = {"iso8859-1", "ascii", "cp1252"}


@dataclass(frozen=True)
class DecodedPage:
    """The page's text, the encoding it was read in, and a warning when that was not the declared one."""

    text: str
    encoding: str
    warning: str | None = None


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first kilobytes (``<meta charset>``, an XML declaration)."""
    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii").lower()


def bom_charset(data: bytes) -> str | None:
    """The codec a byte-order mark at the start of ``data`` names."""
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def decode_page(data: bytes, declared: str | None) -> DecodedPage:
    """``data`` decoded as a browser would show it; never refused (see the module's docstring)."""
    stated = bom_charset(data) or _known(declared)
    if stated == "cp1252" and not data.isascii() and (utf8 := _utf8(data)) is not None:
        # Letters of several UTF-8 bytes that read as words in windows-1252 are not a coincidence: the
        # label is a template's or a server's, as ``briefs capture`` finds a mislabelled server's too.
        return DecodedPage(utf8, "utf-8", f"declares charset {declared}, but its bytes are UTF-8, which "
                           f"reads differently; read as UTF-8")
    first_failure = "" if stated or not declared else f"declares an unknown character encoding '{declared}'"
    for encoding in dict.fromkeys(e for e in (stated, "utf-8") if e):
        try:
            text = data.decode(encoding, "newsbriefs-windows-1252" if encoding == "cp1252" else "strict")
        except UnicodeDecodeError as error:
            first_failure = first_failure or _failure(data, encoding, error)
            continue
        if encoding == (stated or "utf-8") and not first_failure:
            return DecodedPage(text, encoding)
        return DecodedPage(text, encoding, f"{first_failure}; read as {encoding}, which it is")
    replaced = data.decode("utf-8", "replace")
    stray = replaced.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    readable = sum(1 for c in replaced if c > "\x7f") - replaced.count("\ufffd")
    if stray <= STRAY_BYTES_MAX and readable >= STRAY_SHARE * stray:
        return DecodedPage(replaced, "utf-8", f"{first_failure}; read as UTF-8 with {stray} unreadable "
                           "byte(s) shown as \ufffd, as a browser shows them")
    detected = _detected(data)
    if detected is not None:
        return DecodedPage(data.decode(detected), detected, f"{first_failure}; read as {detected}, the "
                           "encoding its bytes fit best")
    fallback = stated or "utf-8"
    return DecodedPage(data.decode(fallback, "replace"), fallback,
                       f"{first_failure}; read as {fallback} with every unreadable byte shown as \ufffd")


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _known(encoding: str | None) -> str | None:
    """The codec for a declared encoding, as browsers map the label (ISO-8859-1 and ASCII are read as
    windows-1252, whose letters a page so labelled uses in 0x80-0x9f), or None for an unknown one."""
    if not encoding:
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None
    return "cp1252" if name in _READ_AS_WINDOWS_1252 else name


def _c1_as_is(error: UnicodeError) -> tuple[str, int]:
    """The five bytes windows-1252 leaves undefined, read as browsers read them (U+0081, U+008D…)."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("newsbriefs-windows-1252", _c1_as_is)


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    try:
        data.decode(best.encoding)
    except (LookupError, UnicodeDecodeError):
        return None
    return str(best.encoding)


def _failure(data: bytes, encoding: str, error: UnicodeDecodeError) -> str:
    bad = data[error.start:error.end].hex(" ")
    line = data.count(b"\n", 0, error.start) + 1
    col = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
    return f"not valid {encoding} (byte {bad} at line {line}, column {col})"
