"""Direct speech in news prose: the quoted pieces and who said them.

News prose marks direct speech with double quotation marks and attributes it
in a few set ways: "X said", "said X", "X told Y", "according to X",
"X, a spokesperson for Y, said", and later mentions by surname ("said
Della"), by role ("the minister said") or by pronoun ("she added"). These
rules read those patterns; no language model is needed, so ``briefs new``
stays fast and runs anywhere.

What is not speech is left out: titles ("Dancing with the Stars"), names used
as modifiers (the "one country, two systems" formula) and scare-quoted words
or short phrases. A quotation that the article interrupts with its
attribution ("It was hard," she said. "We tried.") or continues in the next
paragraph is one quotation in several pieces.

``find_quotations`` runs the rules in order, one module each: ``pieces`` finds
the quoted pieces that are speech, ``grouping`` joins them into quotations,
``names`` reads the article's names once, and ``speakers`` gives each quotation
its speaker, reading attributions with ``reader``. ``patterns`` holds the
patterns they share and ``model`` the values they pass around.
"""

from __future__ import annotations

import re

from generator.authoring import speech_de_fr as de_fr
from generator.authoring.quotations.grouping import (
    english_pull_quotes,
    group_pieces,
    without_repeated_headings,
)
from generator.authoring.quotations.model import Paragraph, Piece, Quotation, Speaker
from generator.authoring.quotations.names import NameBook
from generator.authoring.quotations.patterns import MAX_WORD_CHARS, NOT_NAMES, WORD, cut_long_words
from generator.authoring.quotations.pieces import (
    all_marked_pieces,
    direct_speech,
    masked_text,
    split_at_incises,
)
from generator.authoring.quotations.speakers import (
    after_reported_speech,
    attribute,
    english_paragraph_before,
    english_person_then_quotation,
    english_pronoun_then_quotation,
    follows_a_quotation,
    listed_statements,
    paragraph_before_de_fr,
    person_then_quotation_de_fr,
    speaker_de_fr,
)

# What the rest of the code imports from here.
__all__ = ["MAX_WORD_CHARS", "NOT_NAMES", "Piece", "Quotation", "Speaker", "cut_long_words",
           "find_quotations"]


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation of direct speech in ``text``, in order, with its speaker."""
    paragraphs = [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    pieces = all_marked_pieces(text, paragraphs)
    language = de_fr.language_of(text)
    split: list[list[tuple[int, Piece]]] = [[(i, part) for part in split_at_incises(text, piece)]
                                            if language == "fr" else [(i, piece)] for i, piece in pieces]
    pieces = [part for parts in split for part in parts]  # « …, affirme-t-elle. … »: two around it
    kept = direct_speech(text, masked_text(text, [p for _, p in pieces], []), pieces, language)
    # the parts of one quotation cut by its attribution stand or fall together ('« C’est vrai, admet-il, … »')
    whole = set(kept)
    kept = [part for parts in split for part in parts if any(p in whole for p in parts)]
    prose = cut_long_words(masked_text(text, [p for _, p in pieces], [p for _, p in kept]))
    names = NameBook(prose)
    groups = group_pieces(prose, kept, paragraphs)
    if names.language:
        groups = without_repeated_headings(text, prose, groups, paragraphs)
    pulled = english_pull_quotes(text, prose, kept, paragraphs) if names.english else frozenset()
    pull_quotes = tuple(paragraphs[i] for i in sorted(pulled))
    quotations: list[Quotation] = []
    borrowed: set[int] = set()  # the quotations whose speaker is only the one before's
    last: Speaker | None = None
    last_paragraph = -1
    for group in groups:
        speaker = attribute(prose, group, paragraphs, names, last, pull_quotes, text)
        if speaker is None and last is not None and follows_a_quotation(prose, group, paragraphs):
            speaker = last
            borrowed.add(len(quotations))
        if speaker is None and names.language:
            speaker = speaker_de_fr(prose, group, paragraphs, names, last, last_paragraph)
        if speaker is None:
            speaker = listed_statements(prose, group, paragraphs, names)
        if speaker is None:
            speaker = after_reported_speech(prose, group, paragraphs, names)
        if speaker is None and names.english:
            speaker = english_person_then_quotation(prose, group, paragraphs, names)
        if speaker is None and names.english:
            speaker = english_pronoun_then_quotation(prose, group, paragraphs, names, last)
        if speaker is None and names.english:
            speaker = english_paragraph_before(prose, group, paragraphs, names)
        if speaker is None and names.language in ("de", "fr"):
            speaker = person_then_quotation_de_fr(prose, group, paragraphs, names) \
                or paragraph_before_de_fr(prose, group, paragraphs, names)
        quotations.append(Quotation(tuple(p for _, p in group), speaker))
        if group[0][0] not in pulled:  # a pull quote repeats words from elsewhere: no one goes on from it
            last = speaker or last
        last_paragraph = group[-1][0]
    return _teasers_given_their_speaker(text, quotations, borrowed)


def _teasers_given_their_speaker(text: str, quotations: list[Quotation],
                                 borrowed: set[int]) -> list[Quotation]:
    """A quotation with no speaker whose words the article quotes again with one: the headline or standfirst
    teasing the words given in full further down ('"Christian Lindner ging es um Christian Lindner": …'),
    or a pull quote whose words start with a piece of them ('“It is not enough for one day. They just …”',
    then '“It is not enough for one day,” he said.'). So is one that took the speaker of the quotation
    before it for want of its own: a pull quote set after another speaker's words."""
    said: dict[tuple[str, ...], list[tuple[tuple[str, ...], Speaker]]] = {}
    for index, quotation in enumerate(quotations):
        if quotation.speaker is not None and quotation.speaker.named and index not in borrowed:
            for piece in quotation.pieces:
                words = _words(text[piece.start:piece.end])
                said.setdefault(words[:_SAME_START], []).append((words, quotation.speaker))
    return [Quotation(q.pieces, _said_before(said, _words(text[q.pieces[0].start:q.pieces[0].end]))
                      or q.speaker)
            if (q.speaker is None or index in borrowed) and len(q.pieces) == 1 else q
            for index, q in enumerate(quotations)]


_SAME_START = 6  # words: fewer are often a saying anyone may quote ('It is what it is')


def _said_before(said: dict[tuple[str, ...], list[tuple[tuple[str, ...], Speaker]]],
                 words: tuple[str, ...]) -> Speaker | None:
    """Who said these words elsewhere in the article: the same words, or one of the two the other's start."""
    for spoken, speaker in said.get(words[:_SAME_START], []):
        shorter = min(len(spoken), len(words))
        if spoken[:shorter] == words[:shorter] and (shorter >= _SAME_START or spoken == words):
            return speaker
    return None


def _words(piece: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in WORD.findall(piece))
