"""What of an anchored brief is published: its rated claims, and its text whole or as excerpts (pure).

Anchors are always checked against the whole published text first
(:mod:`generator.anchoring.assemble`); this step then decides what leaves
the building. An excerpt brief keeps only the passages its claims and notes
annotate, each widened to its sentence (or a window of characters), with
``[…]`` where text was left out; every span is moved to the shorter text, so
the page, the data files and the structured data all read from it alike and
none of them can carry the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import syntok.segmenter as syntok

from generator.anchoring.assemble import Brief
from generator.anchoring.locate import Span
from generator.settings import UNRATED, Settings

GAP = "[…]"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


@dataclass(frozen=True)
class Released:
    """A brief as it is published, and the ids of the claims held back for want of a verdict."""

    brief: Brief
    held_back: tuple[str, ...]


def release(brief: Brief, settings: Settings) -> Released:
    """The brief as published under the site's settings and the sidecar's own choices."""
    held_back = () if settings.allow_unrated else tuple(c.id for c in brief.claims if c.verdict == UNRATED)
    if held_back:
        brief = replace(brief, claims=tuple(c for c in brief.claims if c.id not in held_back))
    if (brief.sidecar.publish or settings.publish) == "excerpt":
        brief = excerpt_brief(brief, settings.excerpt_context)
    return Released(brief, held_back)


def excerpt_brief(brief: Brief, context: str | int) -> Brief:
    """The brief with only its annotated passages (and their context) as its text."""
    spans = [span for c in brief.claims for span in c.spans] + [n.span for n in brief.notes if n.span]
    windows = _merged(sorted(_window(brief.text, span, context) for span in spans), brief.text)
    text, moved = _joined(brief.text, windows)

    def move(span: Span) -> Span:
        return Span(moved(span.start), moved(span.start) + (span.end - span.start))

    claims = tuple(replace(c, span=move(c.span), more=tuple(map(move, c.more))) for c in brief.claims)
    notes = tuple(replace(n, span=move(n.span)) if n.span else n for n in brief.notes)
    article = replace(brief.article, text=text)
    return replace(brief, text=text, article=article, claims=claims, notes=notes, omitted=(), excerpt=True)


_AROUND = 2000  # how far from a passage its sentence is looked for, at most, each way


def sentence_around(text: str, spans: tuple[Span, ...]) -> tuple[int, int]:
    """The start and end in ``text`` of the sentences that hold every one of ``spans``.

    Only the passage's paragraph is split into sentences, and no more of it than
    ``_AROUND`` characters each side: a page per claim must not split a whole long
    article (or one paragraph of megabytes) into sentences for each of its claims.
    """
    first, last = min(s.start for s in spans), max(s.end for s in spans)
    before, after = text.rfind("\n\n", 0, first), text.find("\n\n", last)
    start = max(0 if before < 0 else before + 2, first - _AROUND)
    end = min(len(text) if after < 0 else after, last + _AROUND)
    region = text[start:end]
    windows = [_window(region, Span(s.start - start, s.end - start), "sentence") for s in spans]
    return start + min(w[0] for w in windows), start + max(w[1] for w in windows)


def _window(text: str, span: Span, context: str | int) -> tuple[int, int]:
    if context == "sentence":
        sentences = _sentences(text)
        start = max((s for s, _ in sentences if s <= span.start), default=0)
        end = min((e for _, e in sentences if e >= span.end), default=len(text))
        return start, max(end, span.end)
    width = int(context)
    start, end = max(0, span.start - width), min(len(text), span.end + width)
    # Widen to whole words, so no word is cut in half.
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


@lru_cache(maxsize=64)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Each sentence's start and end offsets in ``text``, found by syntok.

    syntok and pysbd split news text alike (they differ on a sentence inside a
    quotation); syntok takes 2.6 ms on the seed article, pysbd 6.5 ms (benchmarks/sentences.py).
    """
    return tuple((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value))
                 for paragraph in syntok.analyze(text) for sentence in paragraph
                 if (tokens := list(sentence)))


def forget_memos() -> None:
    """Empty this module's memo cache (the sentences of the last articles released)."""
    _sentences.cache_clear()


def _merged(windows: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Overlapping windows, and windows only white space apart, joined into one."""
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and (start <= merged[-1][1] or not text[merged[-1][1]:start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _joined(text: str, windows: list[tuple[int, int]]) -> tuple[str, _Mover]:
    """The windows' text with a gap mark wherever text was left out, and the offset mover."""
    pieces: list[str] = []
    starts: list[tuple[int, int]] = []  # (window start in the full text, its start in the excerpt)
    at = 0
    for start, end in windows:
        if start > at:
            pieces.append(_gap(text[at:start], first=not pieces))
        starts.append((start, sum(len(p) for p in pieces)))
        pieces.append(text[start:end])
        at = end
    if at < len(text) and text[at:].strip():
        pieces.append(_gap(text[at:], last=True))
    return "".join(pieces), _Mover(tuple(starts))


def _gap(left_out: str, first: bool = False, last: bool = False) -> str:
    """``[…]`` in its own paragraph when the left-out text crossed a paragraph break."""
    if not _PARAGRAPH_BREAK.search(left_out):
        return f"{GAP} " if first else f" {GAP}" if last else f" {GAP} "
    return f"{GAP}\n\n" if first else f"\n\n{GAP}" if last else f"\n\n{GAP}\n\n"


@dataclass(frozen=True)
class _Mover:
    starts: tuple[tuple[int, int], ...]

    def __call__(self, offset: int) -> int:
        """An offset into the full text -> the same character's offset in the excerpt."""
        full, short = max((s for s in self.starts if s[0] <= offset), default=(0, 0))
        return short + offset - full

