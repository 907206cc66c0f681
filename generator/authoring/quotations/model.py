"""What ``find_quotations`` gives and its rules pass around: pieces, speakers, quotations, paragraphs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    """The exact words of one piece of a quotation: ``text[start:end]``."""

    start: int
    end: int
    closed: bool = True  # False when the paragraph ends before a closing mark: the next one goes on


@dataclass(frozen=True)
class Speaker:
    """Who a quotation is attributed to: a name as the article first gives it, or a description."""

    name: str
    kind: str  # person, organization or other
    named: bool = True


@dataclass(frozen=True)
class Quotation:
    """Direct speech in one or more pieces, with its speaker when the text says who."""

    pieces: tuple[Piece, ...]
    speaker: Speaker | None


@dataclass(frozen=True)
class Paragraph:
    """One line of the text that is not empty, ``text[start:end]``: the rules take it for a paragraph."""

    start: int
    end: int
