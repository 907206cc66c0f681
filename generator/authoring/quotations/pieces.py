"""The quoted pieces of a text, and which of them are direct speech.

The spans between quotation marks (nested marks inside), cut around a French incise; the ones
that are speech rather than titles, names used as modifiers or scare quotes; the text masked to
the prose around them, which every later rule reads.
"""

from __future__ import annotations

import re

from generator.authoring import speech_de_fr as de_fr
from generator.authoring.quotations.model import Paragraph, Piece
from generator.authoring.quotations.patterns import (
    CLOSING,
    ENDS_A_SENTENCE,
    SMALL_WORDS,
    SPEECH_VERBS,
    VERB,
    WORD,
    ends_with,
)
from generator.reading.words import UNSPACED

_MARK = re.compile(r"’’|''|[“”\"«»„「」『』‹›‚‘]")  # not ’ alone: every apostrophe would be read
# Each opening mark and the marks that close it: English “…”, German „…“ and »…«, French « … »,
# Swiss ‹…›, Japanese 「…」 and 『…』. Single marks open a quotation only where no apostrophe can
# be meant (‚…‘, ‹…›); inside a quotation every other mark is nested quoting.
_CLOSERS = {"“": "”\"", "\"": "\"”", "«": "»", "»": "«", "„": "“”", "「": "」", "『": "』", "‹": "›",
            "›": "‹", "‚": "‘"}
_CONTINUED = {"«", "“", "„"}  # marks whose quotation may run on into the next paragraph without a new mark
_NESTING = {"«", "「", "『", "„"}  # marks a quotation may open again inside itself (« … « … » … »)
_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")  # each a word of its own
_ENDS_A_CLAUSE = re.compile(r"\W*[.!?,]")  # matched on the reversed text: [.!?,]\W*$, in linear time


def all_marked_pieces(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, Piece]]:
    """The spans between quotation marks of every paragraph, by paragraph index; a quotation left open
    at a paragraph's end may go on in the next one up to its closing mark ('« … ¶ … ».')."""
    found: list[tuple[int, Piece]] = []
    carried = ""
    for index, paragraph in enumerate(paragraphs):
        pieces = marked_pieces(text, paragraph, carried)
        found += [(index, piece) for piece in pieces]
        last = pieces[-1] if pieces and not pieces[-1].closed else None
        # (not a label left open: '“Start Quote ¶ By improving …”' sets a pull quote apart)
        opening = list(_MARK.finditer(text, paragraph.start, last.start)) \
            if last and len(WORD.findall(text, last.start, last.end)) >= 4 else []
        carried = opening[-1].group() if opening else ""
    return found


def marked_pieces(text: str, paragraph: Paragraph, carried: str = "") -> list[Piece]:
    """The spans between quotation marks in one paragraph (other marks nest inside); with ``carried``,
    the mark of a quotation the paragraph before left open, whose words run to this one's first mark
    when that mark closes it and no other comes first."""
    pieces: list[Piece] = []
    opener = ""
    opened = depth = 0
    marks = list(_MARK.finditer(text, paragraph.start, paragraph.end))
    if carried in _CONTINUED and marks and marks[0].group() in _CLOSERS[carried]:
        pieces += _trimmed(text, paragraph.start, marks[0].start(), closed=True)
        marks = marks[1:]
    for mark in marks:
        char = mark.group()
        if not opener:
            if char in _CLOSERS:
                opener, opened, depth = char, mark.end(), 1
        elif char == opener and opener in _NESTING:
            depth += 1
        elif char in _CLOSERS[opener] or (len(char) == 2 and opener in "“\""):
            depth -= 1
            if not depth:
                pieces += _trimmed(text, opened, mark.start(), closed=True)
                opener = ""
    if opener:
        pieces += _trimmed(text, opened, paragraph.end, closed=False)
    return pieces


def _trimmed(text: str, start: int, end: int, *, closed: bool) -> list[Piece]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Piece(start, end, closed)] if end > start else []


def split_at_incises(text: str, piece: Piece) -> list[Piece]:
    """A quotation's piece cut around each attribution set inside its marks."""
    parts: list[Piece] = []
    start = piece.start
    for cut_start, cut_end in de_fr.incises(text, piece.start, piece.end):
        parts.append(Piece(start, cut_start))
        start = cut_end
    parts.append(Piece(start, piece.end, piece.closed))
    return parts


def masked_text(text: str, quoted: list[Piece], speech: list[Piece]) -> str:
    """The text as prose around quotations (same length): direct speech as "…", other quoted words as "x".

    Attributions then read plainly, and neither the words of a quotation nor a quoted title
    ("Star Wars") is taken for a name.
    """
    out = list(text)
    for piece in quoted:
        out[piece.start:piece.end] = "x" * (piece.end - piece.start)
    for piece in speech:
        out[piece.start:piece.end] = "…" * (piece.end - piece.start)
    return "".join(out)


def direct_speech(text: str, masked: str, pieces: list[tuple[int, Piece]],
                  language: str | None) -> list[tuple[int, Piece]]:
    """The pieces that are direct speech: not titles, names used as modifiers or scare quotes.

    A piece of four words or more is speech unless it is a title or a name; a shorter one only
    when it is an utterance of its own ("That's perfect," he said; "Step out.") rather than a
    fragment of someone's words.
    """
    kept: list[tuple[int, Piece]] = []
    for index, (paragraph, piece) in enumerate(pieces):
        quoted = text[piece.start:piece.end]
        words = WORD.findall(quoted)
        if not words or _is_modifier(text, masked, piece):
            continue
        after = clause_after(masked, piece)
        # The clause's comma inside the marks ("…," she said) or after them (« … », dit-il).
        ends_a_clause = ends_with(_ENDS_A_CLAUSE, quoted) or re.match(r"[^\S\n]*[»«”“」』]?[^\S\n]*,", after)
        attributed = bool(ends_a_clause) and attribution_first(after)
        announced = re.search(r":[^\S\n]*[«»„“\"‹›‚]?[^\S\n]*$", text[max(0, piece.start - 4):piece.start]) \
            and ends_with(ENDS_A_SENTENCE, quoted) and language is not None
        if _is_title(words) and not attributed and not announced:  # German capitalises every noun
            continue
        unspaced = _UNSPACED_CHAR.search(quoted) is not None
        if (len(WORD.findall(_UNSPACED_CHAR.sub(r" \g<0> ", quoted))) if unspaced else len(words)) >= 4:
            kept.append((paragraph, piece))
            continue
        previous = pieces[index - 1] if index else None
        continues = (previous is not None and kept and kept[-1] == previous and previous[0] == paragraph
                     and bool(ends_a_clause))
        if _capital(quoted[0]) and (attributed or continues or announced):  # '… so: „Grenzschutz ist …“'
            kept.append((paragraph, piece))
    return kept


def _capital(char: str) -> bool:
    """A capital letter, or a letter of a script without case (Arabic, Han, …)."""
    return char.isupper() or (char.isalpha() and char.lower() == char.upper())


def _is_title(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(significant) >= 1 and all(w[0].isupper() or w[0].isdigit() for w in significant) \
        and not (len(significant) == 1 and len(words) > 2)


def _is_modifier(text: str, masked: str, piece: Piece) -> bool:
    """A quoted name before a noun: the "Meth. We're on it." campaign, the "one country" formula."""
    close = piece.end + 1 if piece.closed else piece.end
    following = re.match(rf"[^\S\n]*[{CLOSING}]*[^\S\n]*([a-z][\w-]*)", masked[close:close + 40])
    if following is None or VERB.fullmatch(following.group(1)) \
            or attribution_first(clause_after(masked, piece)) or following.group(1) in (
            "he", "she", "they", "it", "a", "an", "the", "according", "and", "or", "as", "in", "on", "at",
            "to", "for", "from", "with", "by", "over", "after", "before", "that", "which", "who", "when",
            "while", "but", "because", "if", "despite", "since", "about"):
        return False
    if following.group(1).endswith("ly"):
        return False
    before = masked[max(0, piece.start - 12):piece.start - 1]
    sentence_like = ends_with(ENDS_A_SENTENCE, text[piece.start:piece.end])
    return sentence_like or re.search(r"\b(the|a|an|its|their|his|her)\s*$", before) is not None


def clause_after(masked: str, piece: Piece) -> str:
    """The rest of a piece's line after its closing mark."""
    start = piece.end + 1 if piece.closed else piece.end
    end = masked.find("\n", start)
    return masked[start:end if end != -1 else len(masked)]


def attribution_first(after: str) -> bool:
    """Whether the words right after a quote attribute it ('," he said', '" said Lopez')."""
    head = re.sub(r"^[\s,’”\"'…«»“„‹›」』]+", "", after)[:80]
    verb = VERB.search(head)
    before_verb = head[:verb.start()] if verb else ""
    return verb is not None and len(WORD.findall(before_verb)) <= 6 and "…" not in before_verb \
        and not introduces_what_follows(head, verb)


def introduces_what_follows(clause: str, verb: re.Match[str]) -> bool:
    """'Smith agreed: "' after a quotation: the English verb and its colon attribute the next one, as
    German words of someone's view do ('Für X ist klar, dass „')."""
    return (re.fullmatch(SPEECH_VERBS, verb.group()) is not None
            and re.match(r"[^\S\n]*:", clause[verb.end():]) is not None) \
        or verb.group().lower() in de_fr.VIEW_OF
