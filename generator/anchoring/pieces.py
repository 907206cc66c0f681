"""A claim's quote -> the pieces to anchor one by one.

A quote is one anchor or a list of them (words the article interrupts with its
attribution). A plain string the author shortened with an ellipsis ("…",
"...", "[…]" or "[...]") is read as that list when the string as written is
not in the article: each part between the ellipses is a piece of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.anchoring.locate import Found, NormalisedText, locate
from generator.sidecar.model import Anchor, Quote
from generator.sidecar.yaml_positions import FieldPath

_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*")


@dataclass(frozen=True)
class Piece:
    """One piece of a quote, where it was written, and how to name it in a problem."""

    anchor: Anchor
    path: FieldPath
    label: str = ""


def quote_pieces(quote: Quote, path: FieldPath, view: NormalisedText) -> list[Piece]:
    """The pieces of ``quote`` (written at ``path``) in the order the author gave them."""
    if isinstance(quote, tuple):
        return [Piece(anchor, (*path, k)) for k, anchor in enumerate(quote)]
    if isinstance(quote, str) and _ELLIPSIS.search(quote) and not isinstance(locate(quote, view), Found):
        parts = [part for part in _ELLIPSIS.split(quote) if part.strip()]
        if len(parts) > 1:
            return [Piece(part, path, f"part {k + 1} of the shortened quote (“{part}”)")
                    for k, part in enumerate(parts)]
    return [Piece(quote, path)]
