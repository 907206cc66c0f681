"""The published article text -> HTML with highlights, annotation markers and actor links.

The text is split at every span boundary and paragraph break; each piece is
escaped and wrapped in the highlights that cover it. Spans may nest or cross
(a note inside a claim's quote): a crossing span is closed and reopened around
the other, so the HTML stays well formed and every character keeps all its
highlights. A highlight's marker (the button that opens its annotation) goes
after the span and after any closing punctuation or quotation mark right behind
it, and is kept on one line with that punctuation, so no ``,”`` or ``.”`` is
left stranded before a marker or alone at the start of a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.rendering.prose import text_html

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
# Material turns any "(n)" text inside an annotated block into a marker; article text
# must not, so such text is split into two text nodes by an empty element.
_MARKER_LOOKALIKE = re.compile(r"\((?=\d+\))")
# What closes a sentence, clause or quotation: a marker goes after these, never before.
CLOSING_PUNCTUATION = frozenset(".,;:!?)]}”’»›\"'")


# Numbers are left out of both search indexes (Material's and Pagefind's).
NOT_SEARCHED = "data-search-exclude data-pagefind-ignore"


@dataclass(frozen=True)
class Highlight:
    """A span of the text to wrap in ``<tag attrs>``, with an optional marker after it.

    ``marker`` is the HTML of the marker.
    """

    start: int
    end: int
    tag: str
    attributes: str
    marker: str = ""


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
    tails = _marker_tails(text, end, inside)
    cuts = sorted({start, end, *(max(h.start, start) for h in inside),
                   *(min(h.end, end) for h in inside), *(t for t, _ in tails.values())})
    out: list[str] = []
    open_stack: list[Highlight] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        _close_ending(open_stack, left, out)
        if left in tails:
            tail_end, markers = tails[left]
            out.append(_tail(text[left:tail_end], markers))
            if tail_end == right:  # the piece was closing punctuation, now inside the tail
                continue
        for h in inside:
            if max(h.start, start) == left:
                out.append(f"<{h.tag} {h.attributes}>" if left == h.start else
                           f"<{h.tag} {_continuation(h.attributes)}>")
                open_stack.append(h)
        out.append(literal_html(text[left:right]))
    _close_ending(open_stack, end, out, paragraph_end=True)
    if end in tails:
        out.append(_tail("", tails[end][1]))
    return "".join(out)


def _marker_tails(text: str, end: int, inside: list[Highlight]) -> dict[int, tuple[int, list[Highlight]]]:
    """Where each marker goes: span end -> (end of the closing punctuation after it, highlights).

    The punctuation is taken up to the next place another highlight starts or ends,
    so the tail never crosses a highlight boundary.
    """
    boundaries = {h.start for h in inside} | {h.end for h in inside}
    tails: dict[int, tuple[int, list[Highlight]]] = {}
    for h in sorted((h for h in inside if h.marker and h.end <= end), key=lambda h: h.start, reverse=True):
        if h.end not in tails:
            at = h.end
            while at < end and text[at] in CLOSING_PUNCTUATION and (at == h.end or at not in boundaries) \
                    and not any(o.start == at for o in inside):
                at += 1
            tails[h.end] = (at, [])
        tails[h.end][1].append(h)
    return tails


def _tail(punctuation: str, markers: list[Highlight]) -> str:
    """Closing punctuation and the markers after it, kept together on one line."""
    buttons = "".join(h.marker for h in markers)
    return f'<span class="nb-tail">{literal_html(punctuation)}{buttons}</span>'


def _close_ending(stack: list[Highlight], at: int, out: list[str], paragraph_end: bool = False,
                  ) -> None:
    """Close every highlight ending at ``at``; reopen those above it that go on."""
    while any(h.end <= at or paragraph_end for h in stack):
        reopen: list[Highlight] = []
        while stack:
            top = stack.pop()
            out.append(f"</{top.tag}>")
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
