"""Quotes -> exact character spans in the article text.

Matching runs on a normalised view of the text (Unicode NFKC, so compatibility
forms such as Arabic presentation forms and full-width letters read as their
plain kin; any run of white space, non-breaking spaces included, as one space;
typographic quotes, apostrophes, dashes and the ellipsis as their ASCII kin;
in Arabic script, the Arabic and Persian forms of yeh and kaf as one, teh
marbuta as heh, Arabic-Indic and Persian digits as ASCII digits, and no
tatweel, harakat or zero-width joiners) so that an author can type a quote
with a plain keyboard, Persian or Arabic, whichever the article used. Every normalised character remembers the
original characters it came from, so a match maps back to exact offsets.
Exactly one match is accepted; a fuzzy match is only ever a suggestion.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from generator.sidecar.model import Anchor, TextQuote

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2026": "...",
    # Arabic script: one letter for the Arabic and Persian yeh (and alef maksura, which Persian
    # writes as its final yeh) and kaf; teh marbuta as heh, as Persian spells the same words.
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647",
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06f0 + d): str(d) for d in range(10)},  # Persian (extended Arabic-Indic) digits
})
# Characters that change no word: zero-width spaces and joiners, soft hyphen, tatweel (a
# stretch of the baseline), and the Arabic vowel and Quranic marks, which most texts leave out.
# The hamza and madda above or below (U+0653-U+0655) stay: they compose with alef and waw.
_HARAKAT = [*range(0x0610, 0x061b), *range(0x064b, 0x0653), *range(0x0656, 0x0660), 0x0670,
            *range(0x06d6, 0x06dd), *range(0x06df, 0x06e5), 0x06e7, 0x06e8, *range(0x06ea, 0x06ee)]
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u0640",
              *map(chr, _HARAKAT)}


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of code points in the published text."""

    start: int
    end: int


@dataclass(frozen=True)
class Found:
    """The one place an anchor matches."""

    span: Span


@dataclass(frozen=True)
class Ambiguous:
    """An anchor that matches more than once, with every place and a way to tell them apart."""

    spans: tuple[Span, ...]
    suggestion: str


@dataclass(frozen=True)
class Missing:
    """An anchor with no match; the closest passage of the text, if any resembles it."""

    closest: Span | None


Located = Found | Ambiguous | Missing


class NormalisedText:
    """A text's normalised view with a map from each normalised character to its origin.

    The map is kept as segments, not per character: long stretches of plain
    text map one to one, and only the characters that normalisation changes
    (white space runs, typographic marks, combining sequences) get a segment of
    their own, so a 10 MB article costs a few list entries per paragraph.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        pieces: list[str] = []
        self._norm_starts: list[int] = []
        self._segments: list[tuple[int, int, bool]] = []
        length = 0
        for start, end, piece in _segments(text):
            if not piece:
                continue
            self._norm_starts.append(length)
            self._segments.append((start, end, piece is _IDENTITY or piece == text[start:end]))
            pieces.append(text[start:end] if piece is _IDENTITY else piece)
            length += len(pieces[-1])
        self.normal = "".join(pieces)

    def original_span(self, start: int, end: int) -> Span:
        """Map a normalised range back to the original text."""
        return Span(self._origin(start, first=True), self._origin(end - 1, first=False))

    def _origin(self, offset: int, *, first: bool) -> int:
        index = bisect.bisect_right(self._norm_starts, offset) - 1
        seg_start, seg_end, identity = self._segments[index]
        if identity:
            return seg_start + offset - self._norm_starts[index] + (0 if first else 1)
        return seg_start if first else seg_end

    @cached_property
    def line_starts(self) -> list[int]:
        """Offsets in the original text where each line begins."""
        return [0] + [m.end() for m in re.finditer("\n", self.text)]


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """The normalised form of a string (an anchor, an omit line)."""
    if _CHANGED.search(text) is None and unicodedata.is_normalized("NFKC", text):
        return text
    return NormalisedText(text).normal


_IDENTITY = "<identity>"
_COMBINING = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0653-\u0655]"
_SPACE_OR_MARK = f"[^\\S ]\\s*| \\s+|[{re.escape(''.join(map(chr, _FOLD)) + ''.join(_INVISIBLE))}]"
_CHANGED = re.compile(f".{_COMBINING}+|{_SPACE_OR_MARK}", re.DOTALL)
# Most texts hold no combining mark; without that alternative the scan is several times faster.
_CHANGED_NO_COMBINING = re.compile(_SPACE_OR_MARK)
_HAS_COMBINING = re.compile(_COMBINING)


def _segments(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised piece) units: plain stretches as ``_IDENTITY``, changes as pieces."""
    out: list[tuple[int, int, str]] = []
    at = 0
    all_nfkc = unicodedata.is_normalized("NFKC", text)
    changed = _CHANGED if _HAS_COMBINING.search(text) else _CHANGED_NO_COMBINING
    for match in changed.finditer(text):
        start, end = match.span()
        if start > at:
            out += _plain(text, at, start, all_nfkc)
        out.append((start, end, _changed_piece(match.group())))
        at = end
    if at < len(text):
        out += _plain(text, at, len(text), all_nfkc)
    return out


def _plain(text: str, start: int, end: int, all_nfkc: bool) -> list[tuple[int, int, str]]:
    if all_nfkc or unicodedata.is_normalized("NFKC", text[start:end]):
        return [(start, end, _IDENTITY)]
    # Only the characters NFKC changes get a segment of their own (a "™" in a long paragraph).
    out: list[tuple[int, int, str]] = []
    run = start
    for i in range(start, end):
        if (piece := _compatible(text[i])) != text[i]:
            if i > run:
                out.append((run, i, _IDENTITY))
            out.append((i, i + 1, piece))
            run = i + 1
    if run < end:
        out.append((run, end, _IDENTITY))
    return out


@lru_cache(maxsize=1024)
def _compatible(char: str) -> str:
    """A character's NFKC form, folded as the rest (a presentation form of yeh is a yeh)."""
    return "".join(c for c in unicodedata.normalize("NFKC", char).translate(_FOLD)
                   if c not in _INVISIBLE)


@lru_cache(maxsize=1024)
def _changed_piece(chunk: str) -> str:
    if chunk[0].isspace():
        return " "
    visible = "".join(c for c in chunk if c not in _INVISIBLE)  # a mark may follow an invisible one
    if not visible:
        return ""
    folded = unicodedata.normalize("NFKC", visible).translate(_FOLD)
    return "".join(c for c in folded if c not in _INVISIBLE)


def forget_memos() -> None:
    """Empty this module's memo caches (normalised anchors and pieces of text)."""
    normalise.cache_clear()
    _changed_piece.cache_clear()
    _compatible.cache_clear()


def locate(anchor: Anchor, view: NormalisedText) -> Located:
    """Find where ``anchor`` sits in the text behind ``view``."""
    quote = anchor if isinstance(anchor, TextQuote) else TextQuote(exact=anchor)
    exact, prefix, suffix = normalise(quote.exact), normalise(quote.prefix), normalise(quote.suffix)
    if not exact.strip():
        return Missing(None)
    hits = [
        i for i in _occurrences(view.normal, exact)
        if view.normal.endswith(prefix, 0, i) and view.normal.startswith(suffix, i + len(exact))
    ]
    if len(hits) == 1:
        return Found(view.original_span(hits[0], hits[0] + len(exact)))
    if hits:
        spans = tuple(view.original_span(i, i + len(exact)) for i in hits)
        return Ambiguous(spans, _distinguishing_context(view.normal, hits, len(exact), quote.exact))
    return Missing(_closest(view, exact))


def _occurrences(haystack: str, needle: str) -> list[int]:
    found, i = [], haystack.find(needle)
    while i != -1:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


def _distinguishing_context(normal: str, hits: list[int], length: int, exact: str) -> str:
    """Suggest the shortest preceding (or following) words that single out the first match."""
    first, others = hits[0], hits[1:]
    for words in range(1, 8):
        prefix = " ".join(normal[:first].split(" ")[-words - 1:])
        if prefix.strip() and all(not normal.endswith(prefix, 0, o) for o in others):
            return (f"for the first place write {{exact: {json.dumps(exact, ensure_ascii=False)}, "
                    f"prefix: {json.dumps(prefix, ensure_ascii=False)}}}, or lengthen the quote")
        suffix = " ".join(normal[first + length:].split(" ")[:words + 1])
        if suffix.strip() and all(not normal.startswith(suffix, o + length) for o in others):
            return (f"for the first place write {{exact: {json.dumps(exact, ensure_ascii=False)}, "
                    f"suffix: {json.dumps(suffix, ensure_ascii=False)}}}, or lengthen the quote")
    return "lengthen the quote or add a prefix or suffix to say which place you mean"


def _closest(view: NormalisedText, exact: str) -> Span | None:
    alignment = fuzz.partial_ratio_alignment(exact, view.normal, score_cutoff=60)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    start, end = alignment.dest_start, alignment.dest_end
    while start > 0 and view.normal[start - 1].isalnum() and view.normal[start].isalnum():
        start -= 1  # widen to whole words: a passage is easier to recognise than a fragment
    while end < len(view.normal) and view.normal[end].isalnum() and view.normal[end - 1].isalnum():
        end += 1
    while start < end and view.normal[start].isspace():
        start += 1
    while end > start and view.normal[end - 1].isspace():
        end -= 1
    return view.original_span(start, end) if end > start else None


def line_of(view: NormalisedText, offset: int) -> int:
    """The 1-based line of an offset in the original text."""
    return bisect.bisect_right(view.line_starts, offset)
