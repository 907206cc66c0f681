"""Pieces into quotations: one interrupted by its attribution or going on in the next paragraph is one.

Also the quotations a page repeats: a heading quoting words given again below it (left out) and
English pull quotes (no speaker goes on from one).
"""

from __future__ import annotations

import re

from generator.authoring import speech_de_fr as de_fr
from generator.authoring.quotations.model import Paragraph, Piece
from generator.authoring.quotations.patterns import (
    CREDIT_LINE,
    SENTENCE_END,
    SPEECH_VERBS,
    VERB,
    WORD,
    blank,
    sentence_start,
)
from generator.authoring.quotations.pieces import attribution_first, clause_after

_OWN_SENTENCE_OPENING_THE_NEXT = re.compile(r"(?![^\S\n]*,).*:[^\S\n]*", re.S)
_REPORTED_THAT = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS})[^\S\n]+that[^\S\n]*$")
_ENGLISH_INTRODUCES_NEXT = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS})[^\S\n]*:[^\S\n]*$")


def group_pieces(prose: str, kept: list[tuple[int, Piece]], paragraphs: list[Paragraph],
                 ) -> list[list[tuple[int, Piece]]]:
    """Pieces of one quotation: interrupted by an attribution, or continued in the next paragraph."""
    groups: list[list[tuple[int, Piece]]] = []
    for paragraph, piece in kept:
        if groups:
            last_paragraph, last = groups[-1][-1]
            between = prose[last.end + 1:piece.start - 1]
            own_sentence = prose[max(last.end, sentence_start(prose, piece.start - 1, last.end)):piece.start]
            verb = VERB.search(between)
            interrupted = (last_paragraph == paragraph and len(between) < 160
                           and verb is not None and verb.group().lower() not in de_fr.VIEW_OF
                           # its own speaker, after it or in a sentence of its own before it
                           and not attribution_first(clause_after(prose, piece))
                           and not (SENTENCE_END.search(between) and not blank(own_sentence))
                           and not _ENGLISH_INTRODUCES_NEXT.search(between)
                           # '“…?” Mr. Cueto responded that “…”': the verb brings in the next words
                           and not _REPORTED_THAT.search(between)
                           # '„…“ Ähnlich äußerte sich X: „…“': a sentence of its own, not an incise
                           # ('„…“, sagt sie: „…“'), whose colon opens the next one's words
                           and not _OWN_SENTENCE_OPENING_THE_NEXT.fullmatch(between))
            # '"…," Jo Lee, senior adviser for ESA. "…"': a credit between two pieces, as an attribution
            credited = last_paragraph == paragraph and verb is None \
                and (credit := CREDIT_LINE.fullmatch(between)) is not None and " " in credit.group(1)
            continued = (not last.closed and paragraph == last_paragraph + 1
                         and not prose[paragraphs[paragraph].start:piece.start - 1].strip())
            if interrupted or credited or continued:
                groups[-1].append((paragraph, piece))
                continue
        groups.append([(paragraph, piece)])
    return groups


def without_repeated_headings(text: str, prose: str, groups: list[list[tuple[int, Piece]]],
                              paragraphs: list[Paragraph]) -> list[list[tuple[int, Piece]]]:
    """The quotations less a heading made of words quoted again below it (a crosshead, a headline)."""
    def plain(piece: Piece) -> str:
        return re.sub(r"\W+", " ", text[piece.start:piece.end]).strip().lower()
    kept = []
    for index, group in enumerate(groups):
        paragraph, piece = group[0]
        alone = len(group) == 1 and blank(
            prose[paragraphs[paragraph].start:paragraphs[paragraph].end].replace("…", "").replace(".", ""))
        words = plain(piece)
        # a crosshead repeats a quotation of the next few paragraphs, a headline one of the first ones
        nearby = (p for later in groups[index + 1:index + 40] for _, p in later)
        if alone and words and any(words in plain(p) for p in nearby):
            continue
        kept.append(group)
    return kept


def english_pull_quotes(text: str, prose: str, kept: list[tuple[int, Piece]],
                        paragraphs: list[Paragraph]) -> frozenset[int]:
    """The paragraphs that repeat a quotation the article gives again later: a page's pull quotes.

    A saved page keeps them where they stood, between a paragraph and its continuation, so
    '"…," he continued' after one means the speaker before it, not the pull quote's.
    """
    pulled = set()
    for index, piece in kept:
        paragraph = paragraphs[index]
        words = text[piece.start:piece.end].rstrip(",.!?")
        outside = WORD.findall(prose[paragraph.start:paragraph.end].replace("…", " "))
        if len(WORD.findall(words)) >= 5 and len(outside) <= 15 and text.find(words, paragraph.end) != -1:
            pulled.add(index)
    return frozenset(pulled)
