"""Each quotation's speaker, by the rules ``find_quotations`` tries in turn.

The attributions around its pieces first (``attribute``); then, for a quotation the prose does not
attribute with a verb of saying next to it: the same speaker going on, the person whose reported
speech comes before, a sentence about one person, and the French and German ways.
"""

from __future__ import annotations

import re

from generator.authoring import speech_de_fr as de_fr
from generator.authoring.name_words import OPENERS
from generator.authoring.quotations.model import Paragraph, Piece, Speaker
from generator.authoring.quotations.names import POSSESSIVE_END, NameBook, people_in, sole_person
from generator.authoring.quotations.patterns import (
    CLOSING,
    CREDIT_LINE,
    ENDS_A_SENTENCE,
    NAME,
    QUOTATION_THEN_SENTENCE,
    SENTENCE_END,
    UPPER,
    VERB,
    WHO_ASIDE,
    WORD,
    blank,
    ends_with,
    sentence_start,
)
from generator.authoring.quotations.pieces import introduces_what_follows
from generator.authoring.quotations.reader import Reader


def attribute(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph], names: NameBook,
              last: Speaker | None, pulled: tuple[Paragraph, ...] = (), text: str = "") -> Speaker | None:
    """The speaker of a quotation, from the attributions around its pieces, nearest first.

    ``text`` is the article before masking: it tells whether a piece's own words end a sentence.
    """
    reader = Reader(prose, names, last, pulled)
    for paragraph, piece in group:  # '," Lopez said' right after a piece
        after = reader.after(piece, paragraphs[paragraph])
        verb = VERB.search(after)
        close = verb and len(WORD.findall(after[:verb.start()])) <= 16 and "…" not in after[:verb.start()]
        if verb and close and not introduces_what_follows(after, verb) \
                and not (names.english and _next_sentence_reports(text, piece, after, verb)) \
                and (found := reader.at_verb(after, verb, piece.end)):
            return found
    for paragraph, piece in group:  # 'Lopez said: "' before it, in the same sentence
        start = sentence_start(prose, piece.start - 1, paragraphs[paragraph].start)
        if found := reader.before(prose[start:piece.start - 1], start):
            return found
    for paragraph, piece in group:  # anywhere later in its sentence
        after = reader.after(piece, paragraphs[paragraph])
        if (verb := VERB.search(after)) and not introduces_what_follows(after, verb) \
                and not (names.english and _next_sentence_reports(text, piece, after, verb)) \
                and (found := reader.at_verb(after, verb, piece.end)):
            return found
    paragraph, piece = group[0]
    if found := _english_colon_subject(prose, piece, paragraphs[paragraph], names):
        return found  # 'Buckley, who phoned in from the set, had a similar experience: "'
    if names.english and (found := _english_credit_line(reader.after(piece, paragraphs[paragraph]), names)):
        return found  # '"…," Mark McCaughrean, senior science advisor for ESA. "…"'
    opening = sentence_start(prose, piece.start - 1, paragraphs[paragraph].start)
    if names.language and de_fr.introduced_by_colon(prose, piece.start - 1) \
            and _opens_with_a_person(prose[opening:piece.start - 1], names):
        return None  # 'Alisa Newton, …, n'en démord pas : « … »': its subject's words (speaker_de_fr)
    # earlier in its paragraph: '…, he added. "You name it."'
    return reader.before(prose[paragraphs[paragraph].start:piece.start - 1], paragraphs[paragraph].start)


def _opens_with_a_person(sentence: str, names: NameBook) -> bool:
    """Whether a sentence's first words are a person's name, then a comma: its subject and an apposition."""
    opening = re.match(rf"[^\S\n]*({NAME.pattern}),", sentence)
    return opening is not None and names.is_person(names.resolve(names.name_of(opening.group(1))))


def _next_sentence_reports(text: str, piece: Piece, after: str, verb: re.Match[str]) -> bool:
    """'“… my passwords.” Mr. Grossman said he did not trust …': the words end their sentence inside the
    marks and the next sentence reports someone else's view, so it does not attribute them."""
    return text[piece.end - 1:piece.end] in (".", "!", "?") and after[:1].isspace() \
        and after.lstrip()[:1].isupper() and _REPORTED_AFTER.match(after, verb.end()) is not None


# After a verb of saying, a clause of reported speech: 'said he did not', 'said that'.
_REPORTED_AFTER = re.compile(r"[^\S\n]+(?:he|she|they|it|that|we|I)\b")


def _english_colon_subject(prose: str, piece: Piece, paragraph: Paragraph,
                           names: NameBook) -> Speaker | None:
    """The person a sentence opens with when it ends in a colon right before the quotation, with no verb.

    'Buckley, who phoned in from the set, had a similar experience: "…"' is Buckley's, not the
    speaker of the sentence before.
    """
    start = sentence_start(prose, piece.start - 1, paragraph.start)
    sentence = prose[start:piece.start - 1]
    if not names.english or not re.search(r":[^\S\n]*$", sentence) \
            or VERB.search(_ENGLISH_ASIDES.sub(",", sentence)):
        return None
    opening = re.match(rf"[\s“”\"…]*(?:(?:{'|'.join(sorted(OPENERS))})[^\S\n]+)?({NAME.pattern})", sentence)
    # or the subject of its last clause: 'When mosquitoes pestered, Rojas would remind herself:'
    for found in (opening, _ENGLISH_CLAUSE_SUBJECT.search(sentence)):
        name = names.resolve(names.name_of(found.group(1))) if found else ""
        if name and names.is_person(name):
            return Speaker(name, "person")
    return None


def _english_credit_line(after: str, names: NameBook) -> Speaker | None:
    """A person's name, and perhaps a title, as the whole sentence after a quotation, with no verb: a
    credit, as captions and hurried copy print them ('"…," Jo Lee, senior adviser for ESA.')."""
    credit = CREDIT_LINE.fullmatch(after)
    if credit is None or VERB.search(after):
        return None
    name = names.resolve(names.name_of(credit.group(1)))
    return Speaker(name, "person") if names.is_person(name) else None


# What a verb of saying in which is not the sentence's own: a relative clause ('Saul, who said he is older,')
# and a question put to the subject ('When asked about it Friday,')
_ENGLISH_ASIDES = re.compile(
    rf"{WHO_ASIDE}|^[^\S\n]*(?:When|If|After|Before|Once)[^\S\n]+asked\b[^,\n…]{{0,80}},")
# The subject of a sentence's last clause, a name right after its comma, the clause ending in a colon.
_ENGLISH_CLAUSE_SUBJECT = re.compile(rf",[^\S\n]+({NAME.pattern})[^\S\n]+[a-z][^,\n…]*:[^\S\n]*$")


def follows_a_quotation(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph]) -> bool:
    """A paragraph that is only a quotation, right after one: the same speaker goes on."""
    index = group[0][0]
    paragraph = paragraphs[index]
    alone = blank(prose[paragraph.start:paragraph.end].replace("…", "").replace(".", ""))
    return alone and index > 0 and "…" in prose[paragraphs[index - 1].start:paragraphs[index - 1].end]


# A paragraph that is a list item holding only a quotation: '– « … ».', '- "…"', '• "…"'
_LIST_ITEM = re.compile(r"[^\S\n]*[–—•*-][^\S\n]*")
# What opens a list of someone's statements: 'Voici ses principales déclarations.', 'Voici les
# déclarations de François Hollande :', 'Here are his key remarks:'
_LISTED_STATEMENTS = re.compile(
    r"(?:Voici|Voilà)[^\S\n]+(?:(?P<fr_his>ses)|les|quelques-unes[^\S\n]+de[^\S\n]+ses)[^\S\n]+"
    r"(?:principales[^\S\n]+|grandes[^\S\n]+)?(?:déclarations|phrases|citations|annonces)"
    rf"(?:[^\S\n]+(?:de|d’|d')[^\S\n]*(?P<fr_name>{NAME.pattern}))?[^\S\n]*[.:]?[^\S\n]*$"
    r"|(?:Here|Below)[^\S\n]+(?:are|is)[^\S\n]+(?:some[^\S\n]+of[^\S\n]+)?(?P<en_his>his|her)[^\S\n]+"
    r"(?:key[^\S\n]+|main[^\S\n]+)?(?:remarks|comments|quotes|statements)[^\S\n]*[.:]?[^\S\n]*$")


def listed_statements(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph],
                      names: NameBook) -> Speaker | None:
    """A list of quotations, one per item, after a sentence that says whose they are.

    'Le président a affirmé que … Voici ses principales déclarations.' then '– « … ».' items: his.
    """
    index = group[0][0]

    def item(i: int) -> bool:
        text = prose[paragraphs[i].start:paragraphs[i].end]
        lead = _LIST_ITEM.match(text)
        return lead is not None and blank(text[lead.end():].replace(".", ""))

    if not item(index) or any(i != index for i, _ in group):
        return None
    first = index
    while first > 0 and item(first - 1):
        first -= 1
    if first == 0:
        return None
    before = paragraphs[first - 1]
    lead = prose[before.start:before.end]
    opening = _LISTED_STATEMENTS.search(lead)
    if opening is None or "…" in lead:
        return None
    if named := opening.group("fr_name"):
        name = names.resolve(names.name_of(named))
        return Speaker(name, "person") if name and names.is_person(name) else None
    pronoun = "lui" if opening.group("fr_his") else {"his": "he", "her": "she"}[opening.group("en_his")]
    found = Reader(prose, names, None).pronoun(pronoun, before.start + opening.start())
    return found if found is not None and found.named else None


def speaker_de_fr(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph],
                  names: NameBook, last: Speaker | None, last_paragraph: int) -> Speaker | None:
    """The speaker French and German prose gives without a verb of saying (see ``speech_de_fr``)."""
    reader = Reader(prose, names, last)
    paragraph, piece = group[0]
    opening = piece.start - 1
    bounds = paragraphs[paragraph]
    # 'Auch Jo Berg von World Vision kennt solche Konflikte:', then the quotation in a paragraph of its own
    lead_bounds = paragraphs[paragraph - 1] if paragraph > 0 and blank(prose[bounds.start:opening]) \
        and prose[paragraphs[paragraph - 1].start:paragraphs[paragraph - 1].end].rstrip().endswith(":") \
        else bounds
    if de_fr.introduced_by_colon(prose, opening) or lead_bounds is not bounds:  # 'will das Positive sehen: „'
        colon = prose.rfind(":", lead_bounds.start, min(opening + 1, lead_bounds.end))
        start = sentence_start(prose, colon, lead_bounds.start)
        # 'Jansen weiß: „….“ Jansen, der …, stellt klar: „': a quotation, then a capital, ends a sentence
        # (its full stop is masked with its words)
        if after_quotation := list(QUOTATION_THEN_SENTENCE.finditer(prose, start, colon)):
            start = after_quotation[-1].end()
        lead = prose[start:colon]
        subject = de_fr.subject_pronoun(lead)
        first_name = next((m.start() for m in NAME.finditer(lead)
                           if names.is_person(names.resolve(names.name_of(m.group())))), len(lead))
        if "…" in lead:
            pass  # the clause quotes someone already: what the colon opens may be anyone's
        elif subject is not None and subject[0] < first_name:
            # 'erinnerte er sich daran: „'; German 'sie' may be 'they': then no guess, unless a verb of
            # saying in the singular comes right before it ('betont sie: „')
            verb = (lead[:subject[0]].split() or [""])[-1]
            she = subject[1] == "sie" and VERB.fullmatch(verb) is not None and not verb.endswith("en")
            return reader.pronoun("er", start + subject[0]) if subject[1] != "sie" or she else None
        elif found := reader.mention(lead, start, "after"):  # its first person, or else its first mention
            return found
    if names.language == "fr" and (found := _french_pour_x(prose, piece, bounds, reader)):
        return found  # 'Pour Andrea Assor-Doukhan, avocate de …, il est « … »': her view, in her words
    if names.language == "de" and (found := _reporter_before(prose, piece, bounds, reader)):
        return None if found is _SOMEONE_UNREAD else found
    if names.language == "de" and (found := _german_das_sagte(prose, group, bounds, reader)):
        return found
    if names.language == "de" and (found := _source_of_reported_speech(prose, piece, bounds, names)):
        return found
    person = last is not None and last.named and last.kind == "person"
    if not person:
        return None
    start = sentence_start(prose, opening, bounds.start)
    end = SENTENCE_END.search(prose, piece.end, bounds.end)
    sentence = prose[start:end.end() if end else bounds.end]
    if VERB.search(sentence.replace("…", " ")):
        return None  # the sentence attributes it in a way not read: better a TODO than a guess
    since = paragraphs[last_paragraph].start if last_paragraph >= 0 else 0
    between = prose[max(since, opening - 3000):opening]
    others = [n for n in (names.resolve(names.name_of(m.group())) for m in NAME.finditer(between))
              if names.is_person(n) and last is not None and n != last.name]
    if paragraph == last_paragraph and not others:
        return last  # the same paragraph goes on quoting the person it quoted
    if names.language == "de" and de_fr.reported_speech(sentence) and paragraph - last_paragraph <= 2 \
            and not others:
        return last  # 'Oft habe er Freunde an diese Brücke gebracht, „um zu zeigen …“'
    return None


# 'Pour lui,', 'Mais pour Andrea Assor-Doukhan,', 'Pour sa consœur Corinne Serfati,': whose view follows
_FRENCH_POUR = re.compile(r"[^\S\n]*(?:(?:Mais|Et)[^\S\n]+)?(?:[Pp]our[^\S\n]+"
                          r"(?:(?:sa|son)[^\S\n]+[\w’'-]+[^\S\n]+)?"
                          rf"(?:(lui|elle)\b|({NAME.pattern}))"
                          # 'A ses yeux, « … »': in the eyes of whom the paragraph is about
                          r"|[AÀ][^\S\n]+(ses)[^\S\n]+yeux\b)")


def _french_pour_x(prose: str, piece: Piece, paragraph: Paragraph, reader: Reader) -> Speaker | None:
    """The person whose view a French sentence opens with ('Pour X, …'), when no verb of saying
    comes between it and the quotation."""
    start = sentence_start(prose, piece.start - 1, paragraph.start)
    lead = prose[start:piece.start - 1]
    if blank(lead) and start > paragraph.start:  # 'Pour Stéphane Moreau, le PS sort indemne. « … »'
        start = sentence_start(prose, start - 2, paragraph.start)
        lead = prose[start:piece.start - 1]
    opening = _FRENCH_POUR.match(lead)
    if opening is None or VERB.search(lead) or "…" in lead:
        return None
    if opening.group(1) or opening.group(3):
        pronoun = opening.group(1) or "lui"  # 'ses' says no gender
        return reader.pronoun(pronoun, start + opening.start(1 if opening.group(1) else 3))
    name = reader.names.resolve(reader.names.name_of(opening.group(2)))
    return Speaker(name, "person") if name and reader.names.is_person(name) else None


# 'Das sagte …', 'Dies erklärte …': a sentence saying who spoke the words before it
_GERMAN_THAT_SAID = re.compile(rf"[^\S\n]*(?:Das|Dies|So)[^\S\n]+({VERB.pattern})")


def _german_das_sagte(prose: str, group: list[tuple[int, Piece]], paragraph: Paragraph,
                      reader: Reader) -> Speaker | None:
    """Words a later sentence of their paragraph gives to someone: '„…“ Das sagte an einem Sonntag im
    Juni 2010 der damalige Vizekanzler Guido Westerwelle …': his, when nothing reports between."""
    end = group[-1][1].end
    for sentence in SENTENCE_END.finditer(prose, end, paragraph.end):
        if VERB.search(prose, end, sentence.end()):
            return None  # '„…“ sagt uns die Quelle. Das bestätigt …': attributed before
        if said := _GERMAN_THAT_SAID.match(prose, sentence.end(), paragraph.end):
            stop = SENTENCE_END.search(prose, said.end(), paragraph.end)
            people = people_in(prose[said.end():stop.start() if stop else paragraph.end], reader.names)
            return Speaker(people[0], "person") if people else None
    return None


def _source_of_reported_speech(prose: str, piece: Piece, paragraph: Paragraph,
                               names: NameBook) -> Speaker | None:
    """A German quotation that is a sentence of its own after sentences of reported speech: the one person
    the sentence before them names.

    'Göring-Eckardt hatte scharfe Kritik an der FDP geübt. Vor allem Lindner sei verantwortlich. Ihm sei es
    nicht um Themen gegangen. „Christian Lindner ging es um Christian Lindner.“': Göring-Eckardt's words.
    """
    start = sentence_start(prose, piece.start - 1, paragraph.start)
    if not blank(prose[start:piece.start - 1]):
        return None  # the quotation stands inside a sentence of the article's own
    ends = [m.end() for m in SENTENCE_END.finditer(prose, paragraph.start, start)]
    sentences = list(zip([paragraph.start, *ends], [*ends, start], strict=True))[::-1]
    reported = 0
    for begin, stop in sentences:
        sentence = prose[begin:stop]
        if blank(sentence):
            continue
        if de_fr.reported_speech(sentence) and not VERB.search(sentence):
            reported += 1
            continue
        return sole_person(sentence, names) if reported and "…" not in sentence else None
    return None


# What ``_reporter_before`` gives when the sentence before reports someone it cannot name.
_SOMEONE_UNREAD = Speaker("", "other", named=False)


def _reporter_before(prose: str, piece: Piece, paragraph: Paragraph, reader: Reader) -> Speaker | None:
    """German reported speech: who the sentence before, in the same paragraph, says is speaking.

    'Andreas Keith lässt mitteilen, dass er … gekannt habe. Niemand habe ihn mitgeteilt, „dass …“'
    """
    start = sentence_start(prose, piece.start - 1, paragraph.start)
    end = SENTENCE_END.search(prose, piece.end, paragraph.end)
    if not de_fr.reported_speech(prose[start:end.end() if end else paragraph.end]):
        return None
    before = prose[max(paragraph.start, start - 2000):start]
    sentences = [m.end() for m in SENTENCE_END.finditer(before)]
    for begin, stop in list(zip([0, *sentences], [*sentences, len(before)], strict=True))[::-1][:2]:
        found = reader.before(before[begin:stop], start - len(before) + begin)
        if found is not None and found.named:
            return found
        if found is not None or VERB.search(before[begin:stop]):
            return _SOMEONE_UNREAD  # that sentence reports someone not read: not whoever spoke before
    return None


_REPORTING = (r"(?:also[^\S\n]+|later[^\S\n]+|further[^\S\n]+)?(?:said|says|told|tells|added|adds|argued|"
              r"insisted|warned|explained|wrote|noted|stressed|maintained|contended|admitted|admits|conceded|"
              r"acknowledged|claimed|claims|suggested|predicted|revealed|reckoned|reckons|believes|believed)\b")
_REPORTED = re.compile(  # 'Quist said the offer was the worst…' opening the paragraph
    r"[^\S\n]*(?:(?P<pronoun>He|She)(?=[^\S\n]+[a-z])"
    r"|(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3})(?:,[^,\n…]{1,200},)?"
    # 'Another villager, Lipolelo Potobere, said', 'The head of Transnet's centre, Tauqeer Ahmed, says'
    r"|(?:Another|An|A|The|One)\b[^,\n…]{1,100},[^\S\n]+(?P<described>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,3}),"
    r")[^\S\n]+" + _REPORTING)
# 'Le juge Bocock ajoute qu’il est important …' opening the paragraph: the French way
_FRENCH_REPORTED = re.compile(
    r"[^\S\n]*(?:(?:Le|La)[^\S\n]+[a-zéèêàâîôûç][\w’'-]*[^\S\n]+)?"
    r"(?P<name>[A-ZÀ-Ý][\w’'.-]*(?:[^\S\n]+[A-ZÀ-Ý][\w’'.-]*){0,3})(?:,[^,\n…]{1,200},)?[^\S\n]+"
    r"(?:a[^\S\n]+)?(?:ajoute|ajouté|explique|expliqué|affirme|affirmé|estime|estimé|dit|déclare|déclaré|"
    r"souligne|souligné|assure|assuré|rappelle|rappelé|précise|précisé|indique|indiqué)[^\S\n]+qu")


def after_reported_speech(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph],
                          names: NameBook) -> Speaker | None:
    """A paragraph that is only a quotation, right after one giving a person's words in reported speech.

    'Quist said the offer was the worst in a decade.' then '"They want us to give in."': Quist goes on.
    """
    index = group[0][0]
    paragraph = paragraphs[index]
    if index == 0 or not blank(prose[paragraph.start:paragraph.end].replace("…", "").replace(".", "")):
        return None
    previous = prose[paragraphs[index - 1].start:paragraphs[index - 1].end]
    said = (_FRENCH_REPORTED if names.language == "fr" else _REPORTED).match(previous)
    if "…" in previous or said is None:
        return None
    if said.groupdict().get("pronoun"):  # 'He added that some leaders now deny …': whom 'he' means
        return _named_by_pronoun(prose, names, None, said.group("pronoun"),
                                 paragraphs[index - 1].start + said.start("pronoun"))
    name = names.resolve(names.name_of(said.groupdict().get("described") or said.group("name")))
    return Speaker(name, "person") if name and names.is_person(name) else None


# 'Hale returned', 'Mitt Romney, absorbing defeat …, issued', 'Republican strategist Ana Navarro, a CNN
# contributor, echoed': a sentence opening with a person, perhaps after a title, perhaps with an aside.
_ENGLISH_PERSON_OPENING = re.compile(rf"[^\S\n]*(?:[A-Z][a-z]+[^\S\n]+[a-z]+[^\S\n]+)?({NAME.pattern})"
                                     r"(?:,[^,\n…]{1,120},)?[^\S\n]+[a-z]")


def english_person_then_quotation(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph],
                                  names: NameBook) -> Speaker | None:
    """A paragraph of one sentence about a person, then a quotation with no attribution: that person's.

    'Hale returned to the issue later in the hearing. "What launchers exist today?"' is Hale's.
    """
    sentence = _one_sentence_then_quotation(prose, group, paragraphs)
    opening = _ENGLISH_PERSON_OPENING.match(sentence or "")
    if sentence is None or opening is None:
        return None
    name = names.resolve(names.name_of(opening.group(1)))
    if not name or not names.is_person(name) or people_in(sentence, names) != [name]:
        return None
    return Speaker(name, "person")


# 'He also offered no excuses for …', 'Still, she offers no apologies': a sentence whose subject is he or she.
_ENGLISH_PRONOUN_OPENING = re.compile(r"[^\S\n]*(?:[A-Z][a-z]+,?[^\S\n]+)?(He|She)[^\S\n]+[a-z]")


def english_pronoun_then_quotation(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph],
                                   names: NameBook, last: Speaker | None) -> Speaker | None:
    """A paragraph of one sentence whose subject is he or she, then a quotation with no attribution: the
    words of the person the pronoun means.

    'He also offered no excuses for Taylor Hicks. "I always said Taylor was not the best singer."' is
    the words of whom 'he' means, not of Taylor Hicks.
    """
    sentence = _one_sentence_then_quotation(prose, group, paragraphs)
    opening = _ENGLISH_PRONOUN_OPENING.match(sentence or "")
    if sentence is None or opening is None or (opening.group(0).split()[0].rstrip(",") not in OPENERS
                                               and opening.group(1) != opening.group(0).split()[0]):
        return None
    start = paragraphs[group[0][0]].start
    return _named_by_pronoun(prose, names, last, opening.group(1), start + opening.start(1))


def _named_by_pronoun(prose: str, names: NameBook, last: Speaker | None, pronoun: str,
                      at: int) -> Speaker | None:
    """Whom 'he' or 'she' at ``at`` means, if the article names that person; else no one."""
    found = Reader(prose, names, last).pronoun(pronoun.lower(), at)
    return found if found is not None and found.named else None


def _one_sentence_then_quotation(prose: str, group: list[tuple[int, Piece]],
                                 paragraphs: list[Paragraph]) -> str | None:
    """The sentence before a quotation that ends its paragraph, when the paragraph is that one sentence and
    the quotation, and the sentence attributes nothing itself (no verb of saying, no other quotation)."""
    index, first = group[0]
    paragraph = paragraphs[index]
    after = prose[group[-1][1].end:paragraph.end].replace("…", "")
    if any(i != index for i, _ in group) or not blank(after):
        return None
    sentence = prose[paragraph.start:first.start - 1]
    ends = list(SENTENCE_END.finditer(sentence))
    if len(ends) != 1 or not blank(sentence[ends[0].end():]) or "…" in sentence or VERB.search(sentence):
        return None
    return sentence


def english_paragraph_before(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph],
                             names: NameBook) -> Speaker | None:
    """A paragraph that is only a quotation, and the paragraph before it says whose: it ends in a colon
    after a person ('Saul … started the back-and-forth this way:'), or it is one sentence about one
    person and no one else ('When asked about it, Paterno smiled and shrugged it off.').
    """
    if (found := _paragraph_before_a_lone_quotation(prose, group, paragraphs)) is None:
        return None
    before, previous = found
    if previous.rstrip().endswith(":"):
        return _english_colon_subject(prose, Piece(before.end + 1, before.end + 1), before, names)
    ends = list(SENTENCE_END.finditer(previous.rstrip()))
    people = list(dict.fromkeys(
        names.resolve(names.name_of(m.group())) for m in NAME.finditer(previous)
        if not POSSESSIVE_END.search(m.group()) and not re.match(r"[’']s\b", previous[m.end():m.end() + 2])))
    people = [p for p in people if p and names.is_person(p)]
    if len(ends) != 1 or VERB.search(_ENGLISH_ASIDES.sub(",", previous)):
        return None
    if not people and (she := re.match(r"[^\S\n]*(He|She)[^\S\n]+[a-z]", previous)):
        # 'She has already been forced to sell her field.': whom 'she' means
        return _named_by_pronoun(prose, names, None, she.group(1), before.start + she.start(1))
    if len(people) > 1 and (opening := _ENGLISH_PERSON_OPENING.match(previous)):
        # 'Draper meanwhile wrapped up his win, knocking out Radu Albot …': the sentence's subject
        people = [names.resolve(names.name_of(opening.group(1)))]
    return Speaker(people[0], "person") if len(people) == 1 and names.is_person(people[0]) else None


def paragraph_before_de_fr(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph],
                           names: NameBook) -> Speaker | None:
    """A paragraph that is only a quotation, after a paragraph with no quotation that names one person
    only: that person's words ('Zakaria Shehab, 37 ans, habite à Jabalia …. Son témoignage a été
    recueilli …' then '« Le pire, c’est la nuit. …')."""
    found = _paragraph_before_a_lone_quotation(prose, group, paragraphs)
    return sole_person(found[1], names) if found is not None else None


def _paragraph_before_a_lone_quotation(prose: str, group: list[tuple[int, Piece]],
                                       paragraphs: list[Paragraph]) -> tuple[Paragraph, str] | None:
    """The paragraph before a paragraph that is only a quotation, and its prose, when it quotes no one."""
    index = group[0][0]
    paragraph = paragraphs[index]
    if index == 0 or not blank(prose[paragraph.start:paragraph.end].replace("…", "").replace(".", "")):
        return None
    before = paragraphs[index - 1]
    previous = prose[before.start:before.end]
    return None if "…" in previous else (before, previous)


def person_then_quotation_de_fr(prose: str, group: list[tuple[int, Piece]], paragraphs: list[Paragraph],
                                names: NameBook) -> Speaker | None:
    """A sentence about one person (named, or 'er', 'ihm', 'ihn'), then a quotation with no attribution
    that ends its paragraph or a new sentence follows; in French prose too.

    'Trotz des verpassten Cuts kamen Elder … die Tränen. „Die meisten Mitarbeiter …“' is Elder's;
    'Le coach Yves Dethier est très clair. « … »' is Dethier's.
    """
    index, first = group[0]
    paragraph = paragraphs[index]
    after = prose[group[-1][1].end:paragraph.end].replace("…", "")
    # ('… très clair. « Dans …': a French mark spaced from its words)
    before = prose[paragraph.start:first.start - 1].rstrip().rstrip("«").rstrip()
    if any(i != index for i, _ in group) \
            or not re.match(rf"(?:[^\S\n]|[{CLOSING}.!?])*(?:(?<=\s)[{UPPER}]|$)", after) \
            or not ends_with(ENDS_A_SENTENCE, before.rstrip()) or "…" in before:
        return None
    # the sentence before, its ordinals ('zum 18. Grün') no sentence ends
    ends = [m.end() for m in SENTENCE_END.finditer(before, 0, len(before.rstrip()) - 1)
            if not re.search(r"(?<!\d)\d{1,2}$", before[:m.start()])]
    start = ends[-1] if ends else 0
    sentence = before[start:]
    if VERB.search(sentence):
        return None
    if (found := sole_person(sentence, names)) is None and (him := _GERMAN_HIM.search(sentence)):
        found = Reader(prose, names, None).pronoun("er", paragraph.start + start + him.start())
    return found


_GERMAN_HIM = re.compile(r"\b(?:er|ihm|ihn)\b")
