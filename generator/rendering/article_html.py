"""The published article text -> HTML with highlights, annotation markers and actor links.

The text is split at every span boundary and paragraph break; each piece is
escaped and wrapped in the highlights that cover it. Spans may nest or cross
(a note inside a claim's quote): a crossing span is closed and reopened around
the other, so the HTML stays well formed and every character keeps all its
highlights. Annotation markers ``(n)`` follow the end of their span and are
picked up by Material's annotations script, which pairs marker ``n`` with the
``n``-th item of the list that follows the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.rendering.prose import text_html

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
# Material turns any "(n)" text inside an annotated block into a marker; article text
# must not, so such text is split into two text nodes by an empty element.
_MARKER_LOOKALIKE = re.compile(r"\((?=\d+\))")


# Numbers and print-only copies are left out of both search indexes (Material's and Pagefind's).
NOT_SEARCHED = "data-search-exclude data-pagefind-ignore"


@dataclass(frozen=True)
class Highlight:
    """A span of the text to wrap in ``<tag attrs>``, with an optional annotation number."""

    start: int
    end: int
    tag: str
    attributes: str
    marker: int | None = None
    after_marker: str = ""  # HTML after the end (after the marker, if any)


def article_html(text: str, highlights: list[Highlight]) -> str:
    """Render the text as ``<p>`` paragraphs carrying every highlight."""
    paragraphs = []
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        if text[start:end].strip():
            paragraphs.append(f"<p>{_paragraph(text, start, end, highlights)}</p>")
        start = brk.end() if brk else len(text)
    return "\n".join(paragraphs)


def _paragraph(text: str, start: int, end: int, highlights: list[Highlight]) -> str:
    inside = [h for h in highlights if h.start < end and h.end > start]
    inside.sort(key=lambda h: (h.start, -h.end))
    cuts = sorted({start, end, *(max(h.start, start) for h in inside),
                   *(min(h.end, end) for h in inside)})
    out: list[str] = []
    open_stack: list[Highlight] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        _close_ending(open_stack, left, out)
        for h in inside:
            if max(h.start, start) == left:
                out.append(f"<{h.tag} {h.attributes}>" if left == h.start else
                           f"<{h.tag} {_continuation(h.attributes)}>")
                open_stack.append(h)
        out.append(literal_html(text[left:right]))
    _close_ending(open_stack, end, out, paragraph_end=True)
    return "".join(out)


def _close_ending(stack: list[Highlight], at: int, out: list[str], paragraph_end: bool = False,
                  ) -> None:
    """Close every highlight ending at ``at``; reopen those above it that go on."""
    while any(h.end <= at or paragraph_end for h in stack):
        reopen: list[Highlight] = []
        while stack:
            top = stack.pop()
            out.append(f"</{top.tag}>")
            if top.end <= at and top.marker is not None:
                out.append(f'<span class="nb-marker" {NOT_SEARCHED}>({top.marker})</span>')
            if top.end <= at:
                out.append(top.after_marker)
            if top.end <= at or paragraph_end:
                break
            reopen.append(top)
        for h in reversed(reopen):
            out.append(f"<{h.tag} {_continuation(h.attributes)}>")
            stack.append(h)


def _continuation(attributes: str) -> str:
    """Attributes for a reopened piece: same classes, no id."""
    without_id = re.sub(r'\s*id="[^"]*"', "", attributes).strip()
    return f'{without_id} data-continued=""'


def literal_html(text: str) -> str:
    """Text shown exactly as written inside an annotated block: escaped, no marker lookalikes."""
    escaped = text_html(text).replace("\n", "<br>\n")
    return _MARKER_LOOKALIKE.sub("(<span></span>", escaped)
