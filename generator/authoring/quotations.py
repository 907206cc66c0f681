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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.authoring import speech_de_fr as de_fr
from generator.authoring.name_words import NOT_NAMES as _ENGLISH_NOT_NAMES
from generator.authoring.name_words import OPENERS, ORG_WORDS
from generator.reading.words import SENTENCE_MARKS, UNSPACED

NOT_NAMES = _ENGLISH_NOT_NAMES | de_fr.OPENERS
_SPEECH_VERBS = (
    "said|says|say|told|tells|tell|wrote|writes|added|adds|noted|notes|responded|replied|warned|warns|"
    "warning|stated|states|stating|explained|explains|asked|asks|argued|argues|insisted|insists|claimed|claims|"
    "announced|declared|declares|testified|acknowledged|acknowledges|quipped|tweeted|posted|urged|"
    "urges|called|described|describes|recalled|shouted|shouts|ordered|chimed|admitted|conceded|continued|"
    "cautioned|predicted|suggested|emphasised|emphasized|stressed|remarked|joked|agreed|according|"
    # 'remembers' and 'recalls' attribute only as an incise ('…,” recalls Jo Lee', '…,” she recalls.'),
    # not with an object ('also remembers it as a trying time')
    "(?:remembers|recalls)(?=[^\\S\\n]*[,.:;]|[^\\S\\n]+[A-Z])|"
    "remembered|saying|telling|adding|noting|writing|asking|arguing|insisting|recounted|"
    "recounts|commented|"
    "comments|observed|read|concluded|begged|begs|pleaded|pleads|implored|implores|"
    "(?:has|have|had)[^\\S\\n]+written|"
    # the verb first, before a name: 'Added Jo Hart, a spokesman for Acme, "…"'
    "(?<![^\\s“”\"])(?:Added|Wrote)(?=[^\\S\\n]+[A-Z])"
)
# The same in other languages; a French past tense takes its auxiliary ("a déclaré", "a-t-il dit").
_FOREIGN_VERBS = (
    # French
    "dit|dis|disait|déclare|déclaré|affirme|affirmé|ajoute|ajouté|explique|expliqué|précise|précisé|"
    "souligne|souligné|indique|indiqué|estime|estimé|assure|assuré|confie|confié|raconte|raconté|"
    "répond|répondu|poursuit|poursuivi|observe|observé|rappelle|rappelé|insiste|insisté|martèle|"
    "martelé|reconnaît|reconnu|écrit|lance|lancé|prévient|prévenu|avertit|averti|résume|résumé|"
    "commente|commenté|témoigne|témoigné|annonce|annoncé|selon|"
    # German
    "sagte|sagt|sagten|sagen|erklärte|erklärt|betonte|betont|erzählt|erzählte|berichtet|berichtete|"
    "schreibt|schrieb|meint|meinte|ergänzte|ergänzt|warnt|warnte|kritisiert|kritisierte|erwidert|"
    "erwiderte|antwortet|antwortete|fordert|forderte|zitiert|sprach|spricht|behauptet|behauptete|"
    "räumte|räumt|teilte|unterstrich|bekräftigte|laut|"
    # Spanish
    "dijo|dice|afirmó|afirma|aseguró|asegura|explicó|explica|señaló|señala|indicó|indica|añadió|"
    "agregó|declaró|sostuvo|manifestó|advirtió|comentó|expresó|subrayó|destacó|según|"
    # Portuguese
    "disse|diz|afirmou|declarou|explicou|acrescentou|garantiu|contou|ressaltou|destacou|"
    # Persian and Arabic (with the Arabic "and" joined to the verb)
    "گفت|گفته|افزود|نوشت|تاکید کرد|اعلام کرد|به گفته|"
    "و?قال|و?قالت|و?أضاف|و?أضافت|و?أكد|و?أكدت|و?صرح|و?صرحت|و?أعلن|و?أعلنت|و?أوضح|و?أوضحت|وفقا|بحسب|"
    + de_fr.VERBS
)
_AUXILIARY = r"(?:(?:a|ont|avait|avaient|aurait|ha|han|había|tem|teria)(?:-t-(?:il|elle|on))?[^\S\n]+)?"
_VERB = re.compile(rf"(?<![\w-])(?=\w){_AUXILIARY}"
                   rf"(?:{_SPEECH_VERBS}|According|{_FOREIGN_VERBS}|(?<=, )so(?= [A-Z])"
                   r"|(?<=[,“”»«] )so(?= (?:[A-Z]|der |die )))(?![\w])")
# Verbs naming whom the words are attributed to right after them, as "according to X" does.
_ACCORDING = {"according", "selon", "d’après", "d'après", "laut", "según", "به گفته", "وفقا", "بحسب",
              *de_fr.ACCORDING}
_WORD = re.compile(r"[\w’'@\[\]-]+")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())  # Latin, Greek, Cyrillic
_NAME_WORD = (r"(?:(?:Mr|Ms|Mrs|Dr|St|Gov|Sen|Rep|Lt|Col|Gen|Sgt|Capt|Prof|Rev)\.|[A-Z]\.(?:[A-Z]\.)*"
              rf"|[{_UPPER}][\w’'\u00ad\u200b-\u200d\u2060-]*)")
# An office or body named for its field: 'High Commissioner for Human Rights', 'Centre for Science'.
_FOR_A_FIELD = "|".join(rf"(?<={word} )" for word in (
    "Commissioner", "Secretary", "Minister", "Office", "Department", "Centre", "Center", "Institute",
    "Council", "Committee", "Commission", "Agency", "Foundation", "Coalition", "Campaign", "Alliance",
    "Association", "Doctors", "Physicians", "Lawyers", "Americans"))
# Arabic's article joined to a surname inside a full name: 'Karim Nur el-Sayed', 'Hassan al-Rashid'.
_ARTICLE_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul)-(?=[A-Z])"
_NAME = re.compile(
    rf"{_NAME_WORD}(?:[^\S\n]+(?:(?:von der|van der|van den|de la|de los|del|de|da|van|von|bin|al|of|of the"
    rf"|(?:{_FOR_A_FIELD})for)[^\S\n]+)?(?:{_ARTICLE_PARTICLE})?{_NAME_WORD})*"
    r"(?:,?[^\S\n]+(?:Jr|Sr)\.|[^\S\n]+(?:II|III|IV))?")
_PRONOUN = re.compile(r"\b(he|she|they|it|il|elle|ils|elles|lui|er|él|ella|ele|ela)\b", re.I)
_PERSONAL = {"he", "she", "il", "elle", "lui", "er", "él", "ella", "ele", "ela"}
_ROLE_NOUNS = (
    "official|officials|spokesman|spokeswoman|spokesperson|minister|president|leader|officer|source|"
    "analyst|diplomat|commander|witness|resident|doctor|patient|actor|actress|singer|statement|report|"
    "company|agency|authority|police|expert|lawyer|attorney|prosecutor|judge|coach|player|teacher|"
    "student|secretary|ambassador|governor|senator|chairman|chairwoman|chief|director|spokespeople|"
    "mayor|envoy|adviser|advisor|aide|investigator|researcher|scientist|founder|executive|manager|"
    r"candidate|deportee|worker|member|organiser|organizer|representative|rep|host|star|captain|driver|"
    r"author|authors|group|"
    r"\d+-year-old"
)
_FOREIGN_ROLE_NOUNS = (
    "ministre|porte-parole|président|présidente|directeur|directrice|avocat|avocate|chef|responsable|"
    "Minister|Ministerin|Sprecher|Sprecherin|Chef|Chefin|Präsident|Präsidentin|Direktor|Direktorin|"
    r"Anwalt|Anwältin|\d+-Jährige|\d+-Jähriger|ministro|ministra|portavoz|presidente|porta-voz"
)
_ROLE = re.compile(
    r"(?:\b(?P<article>the|a|an|another|one|le|la|l’|l'|un|une|der|die|das|den|dem|ein|eine|einer|dessen|"
    r"deren|el|los|las|o|os|um|uma)|(?<![\w-])(?P<owner>[A-Z][\w-]*[’']s))\s+"
    r"(?P<words>(?:[\w’'\"“”-]+\s+){0,3}?)"
    rf"(?P<noun>{_ROLE_NOUNS}|{_FOREIGN_ROLE_NOUNS}|[\w-]*?(?:{de_fr.GERMAN_ROLE_ENDINGS}))\b"
    r"(?P<tail>(?:\s+(?:for|of|at|on|from|with|in)\s+(?:the\s+)?[A-Za-z][\w’'-]*){0,2})", re.I)
_CLOSING = "”\"’»«“」』›‹‘"
_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|No))"
                           rf"(?<!\b(?:Mrs|Gov|Sen|Rep|Col|Gen|Inc))"
                           r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)"  # months
                           rf"[{SENTENCE_MARKS}](?=[\s{_CLOSING}]|$)")
_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")  # each a word of its own
_MARKS_AND_SPACE = re.compile(r"[\s,…’”\"'«»„“‹›‚‘「」『』:]+")
_SMALL_WORDS = {"a", "an", "the", "of", "with", "on", "in", "for", "and", "to", "at", "by", "or", "from"}
# The longest run of word characters (and the marks names, roles and quotes join words with) read
# as one: no name, role or verb is longer, and the patterns that scan a word from each of its
# letters then cost at most this much per letter, so a page-long token cannot take hours.
MAX_WORD_CHARS = 100
_LONG_RUN = re.compile(rf"[\w’'\"“”@\[\]-]{{{MAX_WORD_CHARS + 1},}}")
_CUT = "\ufffc"  # what stands for the rest of a long run: no pattern reads it as a word, space or mark
_ENDS_A_CLAUSE = re.compile(r"\W*[.!?,]")  # matched on the reversed text: [.!?,]\W*$, in linear time
_ENDS_A_SENTENCE = re.compile(r"\W*[.!?]")


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
class _Paragraph:
    start: int
    end: int


def find_quotations(text: str) -> list[Quotation]:
    """Every quotation of direct speech in ``text``, in order, with its speaker."""
    paragraphs = [_Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    pieces = [(i, piece) for i, p in enumerate(paragraphs) for piece in _marked_pieces(text, p)]
    language = de_fr.language_of(text)
    if language == "fr":  # « …, affirme-t-elle. … »: two pieces around the attribution
        pieces = [(i, part) for i, piece in pieces for part in _split_at_incises(text, piece)]
    kept = _speech(text, _masked(text, [p for _, p in pieces], []), pieces, language)
    prose = cut_long_words(_masked(text, [p for _, p in pieces], [p for _, p in kept]))
    names = _NameBook(prose)
    groups = _group(prose, kept, paragraphs)
    if names.language:
        groups = _without_repeated_headings(text, prose, groups, paragraphs)
    pulled = _english_pull_quotes(text, prose, kept, paragraphs) if names.english else frozenset()
    pull_quotes = tuple(paragraphs[i] for i in sorted(pulled))
    quotations: list[Quotation] = []
    last: Speaker | None = None
    last_paragraph = -1
    for group in groups:
        speaker = _attribute(prose, group, paragraphs, names, last, pull_quotes)
        if speaker is None and last is not None and _follows_a_quotation(prose, group, paragraphs):
            speaker = last
        if speaker is None and names.language:
            speaker = _speaker_de_fr(prose, group, paragraphs, names, last, last_paragraph)
        if speaker is None:
            speaker = _after_reported_speech(prose, group, paragraphs, names)
        if speaker is None and names.english:
            speaker = _english_person_then_quotation(prose, group, paragraphs, names)
        if speaker is None and names.language == "de":
            speaker = _german_person_then_quotation(prose, group, paragraphs, names)
        quotations.append(Quotation(tuple(p for _, p in group), speaker))
        if group[0][0] not in pulled:  # a pull quote repeats words from elsewhere: no one goes on from it
            last = speaker or last
        last_paragraph = group[-1][0]
    return quotations


def _english_pull_quotes(text: str, prose: str, kept: list[tuple[int, Piece]],
                         paragraphs: list[_Paragraph]) -> frozenset[int]:
    """The paragraphs that repeat a quotation the article gives again later: a page's pull quotes.

    A saved page keeps them where they stood, between a paragraph and its continuation, so
    '"…," he continued' after one means the speaker before it, not the pull quote's.
    """
    pulled = set()
    for index, piece in kept:
        paragraph = paragraphs[index]
        words = text[piece.start:piece.end].rstrip(",.!?")
        outside = _WORD.findall(prose[paragraph.start:paragraph.end].replace("…", " "))
        if len(_WORD.findall(words)) >= 5 and len(outside) <= 15 and text.find(words, paragraph.end) != -1:
            pulled.add(index)
    return frozenset(pulled)


def _split_at_incises(text: str, piece: Piece) -> list[Piece]:
    """A quotation's piece cut around each attribution set inside its marks."""
    parts: list[Piece] = []
    start = piece.start
    for cut_start, cut_end in de_fr.incises(text, piece.start, piece.end):
        parts.append(Piece(start, cut_start))
        start = cut_end
    parts.append(Piece(start, piece.end, piece.closed))
    return parts


def _without_repeated_headings(text: str, prose: str, groups: list[list[tuple[int, Piece]]],
                               paragraphs: list[_Paragraph]) -> list[list[tuple[int, Piece]]]:
    """The quotations less a heading made of words quoted again below it (a crosshead, a headline)."""
    def plain(piece: Piece) -> str:
        return re.sub(r"\W+", " ", text[piece.start:piece.end]).strip().lower()
    kept = []
    for index, group in enumerate(groups):
        paragraph, piece = group[0]
        alone = len(group) == 1 and _blank(
            prose[paragraphs[paragraph].start:paragraphs[paragraph].end].replace("…", "").replace(".", ""))
        words = plain(piece)
        # a crosshead repeats a quotation of the next few paragraphs, a headline one of the first ones
        nearby = (p for later in groups[index + 1:index + 40] for _, p in later)
        if alone and words and any(words in plain(p) for p in nearby):
            continue
        kept.append(group)
    return kept


def _speaker_de_fr(prose: str, group: list[tuple[int, Piece]], paragraphs: list[_Paragraph],
                   names: _NameBook, last: Speaker | None, last_paragraph: int) -> Speaker | None:
    """The speaker French and German prose gives without a verb of saying (see ``speech_de_fr``)."""
    reader = _Reader(prose, names, last)
    paragraph, piece = group[0]
    opening = piece.start - 1
    bounds = paragraphs[paragraph]
    if de_fr.introduced_by_colon(prose, opening):  # 'Doch Niederlaender will das Positive sehen: „'
        colon = prose.rfind(":", bounds.start, opening + 1)
        start = _sentence_start(prose, colon, bounds.start)
        # 'Jansen weiß: „….“ Jansen, der …, stellt klar: „': a quotation, then a capital, ends a sentence
        # (its full stop is masked with its words)
        if after_quotation := list(_QUOTATION_THEN_SENTENCE.finditer(prose, start, colon)):
            start = after_quotation[-1].end()
        lead = prose[start:colon]
        subject = de_fr.subject_pronoun(lead)
        first_name = next((m.start() for m in _NAME.finditer(lead)
                           if names.is_person(names.resolve(names.name_of(m.group())))), len(lead))
        if "…" in lead:
            pass  # the clause quotes someone already: what the colon opens may be anyone's
        elif subject is not None and subject[0] < first_name:
            # 'erinnerte er sich daran: „'; German 'sie' may be 'they': then no guess
            return reader.pronoun("er", start + subject[0]) if subject[1] != "sie" else None
        elif found := reader.mention(lead, start, "after"):  # its first person, or else its first mention
            return found
    if names.language == "de" and (found := _reporter_before(prose, piece, bounds, reader)):
        return None if found is _SOMEONE_UNREAD else found
    person = last is not None and last.named and last.kind == "person"
    if not person:
        return None
    start = _sentence_start(prose, opening, bounds.start)
    end = _SENTENCE_END.search(prose, piece.end, bounds.end)
    sentence = prose[start:end.end() if end else bounds.end]
    if _VERB.search(sentence.replace("…", " ")):
        return None  # the sentence attributes it in a way not read: better a TODO than a guess
    since = paragraphs[last_paragraph].start if last_paragraph >= 0 else 0
    between = prose[max(since, opening - 3000):opening]
    others = [n for n in (names.resolve(names.name_of(m.group())) for m in _NAME.finditer(between))
              if names.is_person(n) and last is not None and n != last.name]
    if paragraph == last_paragraph and not others:
        return last  # the same paragraph goes on quoting the person it quoted
    if names.language == "de" and de_fr.reported_speech(sentence) and paragraph - last_paragraph <= 2 \
            and not others:
        return last  # 'Oft habe er Freunde an diese Brücke gebracht, „um zu zeigen …“'
    return None


_QUOTATION_THEN_SENTENCE = re.compile(rf"…[{_CLOSING}]?[^\S\n]+(?=[{_UPPER}])")
# What ``_reporter_before`` gives when the sentence before reports someone it cannot name.
_SOMEONE_UNREAD = Speaker("", "other", named=False)


def _reporter_before(prose: str, piece: Piece, paragraph: _Paragraph, reader: _Reader) -> Speaker | None:
    """German reported speech: who the sentence before, in the same paragraph, says is speaking.

    'Andreas Keith lässt mitteilen, dass er … gekannt habe. Niemand habe ihn mitgeteilt, „dass …“'
    """
    start = _sentence_start(prose, piece.start - 1, paragraph.start)
    end = _SENTENCE_END.search(prose, piece.end, paragraph.end)
    if not de_fr.reported_speech(prose[start:end.end() if end else paragraph.end]):
        return None
    before = prose[max(paragraph.start, start - 2000):start]
    sentences = [m.end() for m in _SENTENCE_END.finditer(before)]
    for begin, stop in list(zip([0, *sentences], [*sentences, len(before)], strict=True))[::-1][:2]:
        found = reader.before(before[begin:stop], start - len(before) + begin)
        if found is not None and found.named:
            return found
        if found is not None or _VERB.search(before[begin:stop]):
            return _SOMEONE_UNREAD  # that sentence reports someone not read: not whoever spoke before
    return None


def cut_long_words(text: str) -> str:
    """``text`` with each run of word characters beyond ``MAX_WORD_CHARS`` cut short (same length).

    The run keeps its first characters and the rest becomes a character no pattern reads, so
    offsets stay those of the text while every pattern runs in time linear in its length.
    """
    return _LONG_RUN.sub(lambda m: m.group()[:MAX_WORD_CHARS] + _CUT * (len(m.group()) - MAX_WORD_CHARS),
                         text)


def _ends_with(ends: re.Pattern[str], words: str) -> bool:
    """Whether ``words`` end with one of the marks, maybe followed by other non-word characters."""
    return ends.match(words[::-1]) is not None


# --- pieces ----------------------------------------------------------------------------------------

_MARK = re.compile(r"’’|''|[“”\"«»„「」『』‹›‚‘]")  # not ’ alone: every apostrophe would be read
# Each opening mark and the marks that close it: English “…”, German „…“ and »…«, French « … »,
# Swiss ‹…›, Japanese 「…」 and 『…』. Single marks open a quotation only where no apostrophe can
# be meant (‚…‘, ‹…›); inside a quotation every other mark is nested quoting.
_CLOSERS = {"“": "”\"", "\"": "\"”", "«": "»", "»": "«", "„": "“”", "「": "」", "『": "』", "‹": "›",
            "›": "‹", "‚": "‘"}
_NESTING = {"«", "「", "『", "„"}  # marks a quotation may open again inside itself (« … « … » … »)


def _marked_pieces(text: str, paragraph: _Paragraph) -> list[Piece]:
    """The spans between quotation marks in one paragraph (other marks nest inside)."""
    pieces: list[Piece] = []
    opener = ""
    opened = depth = 0
    for mark in _MARK.finditer(text, paragraph.start, paragraph.end):
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


def _masked(text: str, quoted: list[Piece], speech: list[Piece]) -> str:
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


def _speech(text: str, masked: str, pieces: list[tuple[int, Piece]],
            language: str | None) -> list[tuple[int, Piece]]:
    """The pieces that are direct speech: not titles, names used as modifiers or scare quotes.

    A piece of four words or more is speech unless it is a title or a name; a shorter one only
    when it is an utterance of its own ("That's perfect," he said; "Step out.") rather than a
    fragment of someone's words.
    """
    kept: list[tuple[int, Piece]] = []
    for index, (paragraph, piece) in enumerate(pieces):
        quoted = text[piece.start:piece.end]
        words = _WORD.findall(quoted)
        if not words or _is_modifier(text, masked, piece):
            continue
        after = _clause_after(masked, piece)
        # The clause's comma inside the marks ("…," she said) or after them (« … », dit-il).
        ends_a_clause = _ends_with(_ENDS_A_CLAUSE, quoted) or re.match(r"[^\S\n]*[»«”“」』]?[^\S\n]*,", after)
        attributed = bool(ends_a_clause) and _attribution_first(after)
        announced = re.search(r":[^\S\n]*[«»„“\"‹›‚]?[^\S\n]*$", text[max(0, piece.start - 4):piece.start]) \
            and _ends_with(_ENDS_A_SENTENCE, quoted) and language is not None
        if _is_title(words) and not attributed and not announced:  # German capitalises every noun
            continue
        unspaced = _UNSPACED_CHAR.search(quoted) is not None
        if (len(_WORD.findall(_UNSPACED_CHAR.sub(r" \g<0> ", quoted))) if unspaced else len(words)) >= 4:
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


def _blank(words: str) -> bool:
    """Nothing but spaces, commas and quotation marks."""
    return not _MARKS_AND_SPACE.sub("", words)


def _is_title(words: list[str]) -> bool:
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(significant) >= 1 and all(w[0].isupper() or w[0].isdigit() for w in significant) \
        and not (len(significant) == 1 and len(words) > 2)


def _is_modifier(text: str, masked: str, piece: Piece) -> bool:
    """A quoted name before a noun: the "Meth. We're on it." campaign, the "one country" formula."""
    close = piece.end + 1 if piece.closed else piece.end
    following = re.match(rf"[^\S\n]*[{_CLOSING}]*[^\S\n]*([a-z][\w-]*)", masked[close:close + 40])
    if following is None or _VERB.fullmatch(following.group(1)) \
            or _attribution_first(_clause_after(masked, piece)) or following.group(1) in (
            "he", "she", "they", "it", "a", "an", "the", "according", "and", "or", "as", "in", "on", "at",
            "to", "for", "from", "with", "by", "over", "after", "before", "that", "which", "who", "when",
            "while", "but", "because", "if", "despite", "since", "about"):
        return False
    if following.group(1).endswith("ly"):
        return False
    before = masked[max(0, piece.start - 12):piece.start - 1]
    sentence_like = _ends_with(_ENDS_A_SENTENCE, text[piece.start:piece.end])
    return sentence_like or re.search(r"\b(the|a|an|its|their|his|her)\s*$", before) is not None


def _clause_after(masked: str, piece: Piece) -> str:
    start = piece.end + 1 if piece.closed else piece.end
    end = masked.find("\n", start)
    return masked[start:end if end != -1 else len(masked)]


def _attribution_first(after: str) -> bool:
    """Whether the words right after a quote attribute it ('," he said', '" said Lopez')."""
    head = re.sub(r"^[\s,’”\"'…«»“„‹›」』]+", "", after)[:80]
    verb = _VERB.search(head)
    before_verb = head[:verb.start()] if verb else ""
    return verb is not None and len(_WORD.findall(before_verb)) <= 6 and "…" not in before_verb \
        and not _introduces_what_follows(head, verb)


_ENGLISH_INTRODUCES_NEXT = re.compile(rf"(?<![\w-])(?:{_SPEECH_VERBS})[^\S\n]*:[^\S\n]*$")


def _introduces_what_follows(clause: str, verb: re.Match[str]) -> bool:
    """'Smith agreed: "' after a quotation: the English verb and its colon attribute the next one, as
    German words of someone's view do ('Für X ist klar, dass „')."""
    return (re.fullmatch(_SPEECH_VERBS, verb.group()) is not None
            and re.match(r"[^\S\n]*:", clause[verb.end():]) is not None) \
        or verb.group().lower() in de_fr.VIEW_OF


# --- grouping ---------------------------------------------------------------------------------------


def _group(prose: str, kept: list[tuple[int, Piece]], paragraphs: list[_Paragraph],
           ) -> list[list[tuple[int, Piece]]]:
    """Pieces of one quotation: interrupted by an attribution, or continued in the next paragraph."""
    groups: list[list[tuple[int, Piece]]] = []
    for paragraph, piece in kept:
        if groups:
            last_paragraph, last = groups[-1][-1]
            between = prose[last.end + 1:piece.start - 1]
            own_sentence = prose[max(last.end, _sentence_start(prose, piece.start - 1, last.end)):piece.start]
            verb = _VERB.search(between)
            interrupted = (last_paragraph == paragraph and len(between) < 160
                           and verb is not None and verb.group().lower() not in de_fr.VIEW_OF
                           # its own speaker, after it or in a sentence of its own before it
                           and not _attribution_first(_clause_after(prose, piece))
                           and not (_SENTENCE_END.search(between) and not _blank(own_sentence))
                           and not _ENGLISH_INTRODUCES_NEXT.search(between))
            continued = (not last.closed and paragraph == last_paragraph + 1
                         and not prose[paragraphs[paragraph].start:piece.start - 1].strip())
            if interrupted or continued:
                groups[-1].append((paragraph, piece))
                continue
        groups.append([(paragraph, piece)])
    return groups


def _follows_a_quotation(prose: str, group: list[tuple[int, Piece]], paragraphs: list[_Paragraph]) -> bool:
    """A paragraph that is only a quotation, right after one: the same speaker goes on."""
    index = group[0][0]
    paragraph = paragraphs[index]
    alone = _blank(prose[paragraph.start:paragraph.end].replace("…", "").replace(".", ""))
    return alone and index > 0 and "…" in prose[paragraphs[index - 1].start:paragraphs[index - 1].end]


_REPORTED = re.compile(  # 'Quist said the offer was the worst…' opening the paragraph
    r"[^\S\n]*(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3})(?:,[^,\n…]{1,200},)?[^\S\n]+"
    r"(?:also[^\S\n]+|later[^\S\n]+)?(?:said|says|told|tells|added|argued|insisted|warned|explained|"
    r"wrote|noted|stressed|maintained|contended)\b")


def _after_reported_speech(prose: str, group: list[tuple[int, Piece]], paragraphs: list[_Paragraph],
                           names: _NameBook) -> Speaker | None:
    """A paragraph that is only a quotation, right after one giving a person's words in reported speech.

    'Quist said the offer was the worst in a decade.' then '"They want us to give in."': Quist goes on.
    """
    index = group[0][0]
    paragraph = paragraphs[index]
    if index == 0 or not _blank(prose[paragraph.start:paragraph.end].replace("…", "").replace(".", "")):
        return None
    previous = prose[paragraphs[index - 1].start:paragraphs[index - 1].end]
    said = _REPORTED.match(previous)
    if "…" in previous or said is None:
        return None
    name = names.resolve(names.name_of(said.group("name")))
    return Speaker(name, "person") if name and names.is_person(name) else None


def _english_person_then_quotation(prose: str, group: list[tuple[int, Piece]], paragraphs: list[_Paragraph],
                                   names: _NameBook) -> Speaker | None:
    """A paragraph of one sentence about a person, then a quotation with no attribution: that person's.

    'Hale returned to the issue later in the hearing. "What launchers exist today?"' is Hale's.
    """
    index, first = group[0]
    paragraph = paragraphs[index]
    after = prose[group[-1][1].end:paragraph.end].replace("…", "")
    if any(i != index for i, _ in group) or not _blank(after):
        return None
    sentence = prose[paragraph.start:first.start - 1]
    opening = re.match(rf"[^\S\n]*({_NAME.pattern})[^\S\n]+[a-z]", sentence)
    ends = list(_SENTENCE_END.finditer(sentence))
    if opening is None or len(ends) != 1 or not _blank(sentence[ends[0].end():]) or "…" in sentence \
            or _VERB.search(sentence):
        return None
    name = names.resolve(names.name_of(opening.group(1)))
    if not name or not names.is_person(name) or _people_in(sentence, names) != [name]:
        return None
    return Speaker(name, "person")


def _german_person_then_quotation(prose: str, group: list[tuple[int, Piece]], paragraphs: list[_Paragraph],
                                  names: _NameBook) -> Speaker | None:
    """A sentence about one person (named, or 'er', 'ihm', 'ihn'), then a quotation with no attribution
    that ends its paragraph or a new sentence follows.

    'Trotz des verpassten Cuts kamen Elder … die Tränen. „Die meisten Mitarbeiter …“' is Elder's.
    """
    index, first = group[0]
    paragraph = paragraphs[index]
    after = prose[group[-1][1].end:paragraph.end].replace("…", "")
    before = prose[paragraph.start:first.start - 1]
    if any(i != index for i, _ in group) \
            or not re.match(rf"(?:[^\S\n]|[{_CLOSING}.!?])*(?:(?<=\s)[{_UPPER}]|$)", after) \
            or not _ends_with(_ENDS_A_SENTENCE, before.rstrip()) or "…" in before:
        return None
    # the sentence before, its ordinals ('zum 18. Grün') no sentence ends
    ends = [m.end() for m in _SENTENCE_END.finditer(before, 0, len(before.rstrip()) - 1)
            if not re.search(r"(?<!\d)\d{1,2}$", before[:m.start()])]
    start = ends[-1] if ends else 0
    sentence = before[start:]
    if _VERB.search(sentence):
        return None
    if (found := _sole_person(sentence, names)) is None and (him := _GERMAN_HIM.search(sentence)):
        found = _Reader(prose, names, None).pronoun("er", paragraph.start + start + him.start())
    return found


_GERMAN_HIM = re.compile(r"\b(?:er|ihm|ihn)\b")


_ENGLISH_ROLE_SUBJECT = re.compile(  # 'The doctor was reassuring.': a sentence about someone unnamed
    rf"\W*((?:The|the)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{0,2}}?(?:{_ROLE_NOUNS}))"
    r"[^\S\n]+(?:was|is|had|has|did|does|would|will|[a-z]+ed|[a-z]+s)\b")
_ENGLISH_SOMEONE = re.compile(r"\b(someone|somebody|(?:one|another)[^\S\n]+(?:user|commenter|reader|poster|"
                             r"visitor|listener|viewer))[^\S\n]*$"
                             # '"…," one top Republican with close ties to the campaign said'
                             rf"|^[^\S\n]*((?:one|another)[^\S\n]+(?:[\w’'-]+[^\S\n]+){{0,2}}?"
                             rf"(?:{_ROLE_NOUNS}|insider|republican|democrat|person|man|woman|voter|fan)\b"
                             r"(?:[^\S\n]+[\w’'-]+){0,8}?)[^\S\n]*$", re.I)
_ACRONYM_WORD = re.compile(r"(?<![\w’'-])[A-Z]{2,6}(?![\w’'-])")


def _spelled_acronyms(prose: str, names: list[str]) -> dict[str, str]:
    """Each acronym the prose uses whose letters are the capitals of exactly one of ``names``."""
    used = {m.group() for m in _ACRONYM_WORD.finditer(prose)}
    spelled: dict[str, set[str]] = {}
    for name in names:
        words = re.split(r"[\s-]+", name)
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if len(words) >= 2 and initials in used:
            spelled.setdefault(initials, set()).add(name)
    return {acronym: names.pop() for acronym, names in spelled.items() if len(names) == 1}


_DEFINED_ACRONYM = re.compile(rf"({_NAME.pattern})[^\S\n]+\(([A-Z][A-Za-z]{{0,5}}[A-Z])\)")


def _sole_person(sentence: str, names: _NameBook) -> Speaker | None:
    """The one person ``sentence`` names, if it names one only."""
    people = {names.resolve(names.name_of(m.group())) for m in _NAME.finditer(sentence)
              if not _placed(sentence, m.start())}
    people = {p for p in people if names.is_person(p)}
    return Speaker(people.pop(), "person") if len(people) == 1 else None


# --- names ------------------------------------------------------------------------------------------


_TITLE_BEFORE = re.compile(
    rf"\b({_ROLE_NOUNS})(?:[^\S\n]+(?:to|of|for|at)[^\S\n]+[A-Z][\w’'-]*)?[^\S\n]+$", re.I)
_ROLE_AFTER = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?({_ROLE_NOUNS})\b", re.I)
_HONORIFIC = re.compile(r"^(?:(?:Mr|Ms|Mrs|Dr|Prof|Sir)\.?\s+)")
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$")
_POSSESSIVE_END = re.compile(r"[’']s$")
_ARTICLE_START = re.compile(_ARTICLE_PARTICLE)
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060]")  # soft hyphens and joiners a page may hide in a name


class _NameBook:
    """The names an article gives: full names, roles they hold, and how later mentions refer back."""

    def __init__(self, prose: str) -> None:
        self.full: list[str] = []
        self.roles: dict[str, str] = {}
        self._exact: dict[str, str] = {}  # a full name without its suffix -> the full name
        self._part: dict[str, str] = {}  # its last words, or its first word -> the first full name so
        # Words a name may start with but a person's name does not: places named on their own
        # ("Ukraine Kurt Volker") and common words capitalised ("Administrator", "To").
        standalone = {m.group() for m in
                      re.finditer(r"(?<![\w’'-])[A-Z][a-z][\w-]*(?![\w’'-]|[^\S\n]+[A-Z])", prose)}
        # (any script's lowercase: 'läuft' makes 'Läuft' a verb opening a sentence, not a first name)
        common = {w.capitalize() for w in re.findall(r"(?<![\w’'-])[^\W\d_]{2,}(?![\w’'-])", prose)
                  if w.islower()}
        self.not_first = standalone | common
        self._lowercase = common
        self.language = de_fr.language_of(prose)
        if self.language == "fr":
            self.not_first |= de_fr.office_fields(prose)
        # German capitalises every noun: there a lone capitalised word names no one unless the
        # article gives it as part of a person's full name.
        head = prose[:20_000]  # enough to tell the language
        german = len(re.findall(r"\b(?:der|die|und|das|nicht|ist|mit|sich)\b", head))
        self.capitalised_nouns = german > 2 * len(re.findall(r"\b(?:the|and|of|is|with|to)\b", head)) + 5
        self.english = _is_english(head)
        self.nouns: frozenset[str] = de_fr.german_nouns(prose) if self.capitalised_nouns else frozenset()
        self.not_first |= self.nouns
        # 'Das Alfred-Wegener-Institut (AWI) …': later 'das AWI' is the institute; 'the EC', in an
        # article naming one body whose capitals spell it, is the Election Commission
        mentions = [(match, self.name_of(match.group())) for match in _NAME.finditer(prose)]
        self.acronyms = _spelled_acronyms(prose, [name for _, name in mentions]) | {
            m.group(2): name for m in _DEFINED_ACRONYM.finditer(prose) if (name := self.name_of(m.group(1)))}
        self.apposed = de_fr.apposed_names(prose, self.nouns) if self.capitalised_nouns else frozenset()
        runs = [name.split() for _, name in mentions] if self.language else []
        surnames = frozenset(words[-1] for words in runs if len(words) >= 2)
        for match, name in mentions:
            earlier = self._part.get(name.split()[-1]) if self.language and name else None
            if self.language and (de_fr.noun_of_something(name, self.nouns, surnames)
                                  or de_fr.same_person(name, earlier)):
                continue  # 'Daten von Rheinmetall'; 'Trendscout Landowski' after 'Karolina Landowski'
            if self.capitalised_nouns and (_word_before(prose, match.start()) in _DETERMINERS
                                           or de_fr.adjective(_word_before(prose, match.start()))) \
                    and not (_TITLE_WORD.search(match.group().split()[0]) and len(name.split()) >= 2) \
                    and not _VERB.fullmatch(_word_before(prose, match.start())):
                continue  # 'seinem Wohnort Barcelona', 'in erster Linie Trassen': German capitalises nouns
            if self.english and _english_workplace(prose, match.start()):
                continue
            if name and len(name.split()) >= 2 and not _is_org(name) and _bare(name) not in self._exact \
                    and not any(c.isdigit() for c in name) \
                    and not de_fr.compound_noun(name.split()[0], self.nouns) \
                    and name not in self._part:
                self._add(name)
            if name and not _is_org(name):
                self._note_role(prose, match.start(), match.end(), name)
        if self.english:
            for single in _english_single_names(prose):
                if single not in self._part and single not in self._exact:
                    self._add(single)
        self.described = [(m.start(), m.group("noun").lower(), re.sub(r"\s+", " ", m.group(0)).strip())
                          for m in _ROLE.finditer(prose)
                          if (m.group("article") or "").lower() in _INDEFINITE]
        self.gender = _english_genders(prose, self) if self.english else {}
        self.introduced = _english_introduced_people(prose, self) if self.english else frozenset()

    def _add(self, name: str) -> None:
        self.full.append(name)
        bare = _bare(name)
        self._exact.setdefault(bare, name)
        words = bare.split()
        for i in range(1, len(words)):
            self._part.setdefault(" ".join(words[i:]), name)
        bare_surname = _ARTICLE_START.sub("", words[-1])
        if self.english and len(words) > 1 and bare_surname != words[-1]:
            self._part.setdefault(bare_surname, name)  # 'Sheik Rashid' is 'Hassan Omar al-Rashid'
        if not self.capitalised_nouns:  # a German capitalised noun would pass for a first name
            self._part.setdefault(words[0], name)

    def name_of(self, run: str) -> str:
        """A capitalised run as a name (see ``_person_part``)."""
        name = de_fr.without_noun(_person_part(run, self.not_first), self.nouns)
        words = name.split()
        # 'Sondergesetzliche Regelung', 'Läuft Trochowski': a word the article also writes in lowercase
        if self.capitalised_nouns and len(words) == 2 and words[0] in self._lowercase:
            return words[1]
        return name

    def _note_role(self, prose: str, start: int, end: int, name: str) -> None:
        """'President Donald Trump', 'shadow minister Chi Onwurah', 'Chi Onwurah, the minister'."""
        run = prose[start:end]
        before = prose[max(0, start - 40):start] + run[:run.rfind(name.split()[0])]
        title = _TITLE_BEFORE.search(before)
        after = _ROLE_AFTER.match(prose[end:end + 60])
        for found in (title, after):
            if found:
                self.roles[found.group(1).lower()] = self.resolve(name)
        # the title nearest the name: 'Bayerns Wirtschaftsminister Hubert Aiwanger' holds 'minister'
        titles = run[:run.rfind(name.split()[0])].split() if self.language == "de" else []
        compound = next((m for word in reversed(titles) if (m := _TITLE_WORD.search(word))), None)
        if compound:  # 'Wirtschaftsminister Hubert Aiwanger', then 'sagte der Minister'
            self.roles.setdefault(compound.group().lower(), self.resolve(name))

    def resolve(self, mention: str) -> str:
        """The full name a mention refers to: 'Lopez' -> 'Maria Lopez', else the mention itself."""
        mention = _bare(_HONORIFIC.sub("", mention))
        found = self._exact.get(mention) or self._part.get(mention) or self.acronyms.get(mention)
        if not found and self.language and mention:  # 'Trendscout Landowski': 'Karolina Landowski'
            earlier = self._part.get(mention.split()[-1])
            found = earlier if de_fr.same_person(mention, earlier) else None
        return found or mention

    def is_person(self, name: str) -> bool:
        """Whether ``name`` is a person's full name the article gives."""
        return name in self._exact.values() or _bare(name) in self._exact

    def introduced_as_person(self, name: str) -> bool:
        """Whether an English article treats ``name`` as a person anywhere, not only capitalises it.

        'Ahr Valley' and 'Roth IRA' look like full names; the article never gives them a title, a
        speech verb, an apposition, an honorific or a later mention by surname alone.
        """
        return not self.english or name in self.introduced

    def may_be(self, name: str, pronoun: str) -> bool:
        """Whether the article lets ``pronoun`` mean ``name``: 'she' never a man it calls 'Mr' or 'he'."""
        known = self.gender.get(name)
        return known is None or _PRONOUN_GENDER.get(pronoun, known) == known


# English pronouns and honorifics by the gender they give the person they refer to.
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
_ENGLISH_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
_UNNAMED_PERSON = re.compile(r"\b(?:one|a|an|another)[^\S\n]+(?:[a-z][\w’'-]*[^\S\n]+){0,3}?[a-z][\w’'-]*,?"
                             r"[^\S\n]+who\b")
_ENGLISH_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[^\S\n]+(?=[A-Z])")
_HONORIFIC_GENDER = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def _is_english(head: str) -> bool:
    """Whether an article's opening reads as English rather than French, German or Spanish."""
    english = len(re.findall(r"\b(?:the|and|of|is|with|to|that)\b", head))
    # ('el-Sayed' is an Arabic name's article, not Spanish 'el')
    other = len(re.findall(r"\b(?:der|die|und|das|nicht|le|la|les|et|est|des|une|el|los|que|por)\b(?!-)",
                           head))
    return english > 2 * other


def _english_genders(prose: str, names: _NameBook) -> dict[str, str]:
    """Whom the article itself calls a man or a woman: 'Mr'/'Ms' before a name, or 'he'/'she' after it.

    Learnt from this article only, never from a list of first names: an honorific before a
    mention, and the pronouns of a sentence (and of the next one, when it names no one else) that
    names exactly one person; the more frequent wins, a tie leaves the person unknown.
    """
    votes: dict[str, list[str]] = {}
    for match in _ENGLISH_HONORIFIC.finditer(prose):
        run = _NAME.match(prose, match.end())
        name = names.resolve(names.name_of(run.group())) if run else ""
        if name and names.is_person(name):
            votes.setdefault(name, []).append(_HONORIFIC_GENDER[match.group(1)])
    ends = sorted({0, len(prose), *(m.end() for m in _SENTENCE_END.finditer(prose)),
                   *(m.end() for m in _NEWLINE.finditer(prose))})
    sentences = [(a, b) for a, b in zip(ends, ends[1:], strict=False) if prose[a:b].strip()]
    people = [_people_in(prose[a:b], names) for a, b in sentences]
    for index, ((start, end), named) in enumerate(zip(sentences, people, strict=True)):
        if len(set(named)) != 1:
            continue
        first = _NAME.search(prose, start, end)
        words = prose[first.end() if first else start:end]
        if index + 1 < len(sentences) and not people[index + 1]:
            following_start, following_end = sentences[index + 1]
            if "\n" not in prose[end - 1:following_start + 1]:  # the same paragraph goes on
                words += " " + prose[following_start:following_end]
        votes.setdefault(named[0], []).extend(
            _PRONOUN_GENDER[m.group().lower()] for m in _ENGLISH_PRONOUN.finditer(words))
    genders = {}
    for name, said in votes.items():
        men, women = said.count("m"), said.count("f")
        if men != women:
            genders[name] = "m" if men > women else "f"
    return genders


_ENGLISH_PERSON_AFTER = re.compile(  # 'X said', 'X, 45,', 'X, who', 'X, a researcher at Y, said'
    rf"(?:,?[^\S\n]+(?:also[^\S\n]+|then[^\S\n]+|later[^\S\n]+)?(?:{_SPEECH_VERBS})\b"
    r"|(?:,|[^\S\n]*[—–])[^\S\n]*(?:\d+,|who\b|whose\b)"
    rf"|,[^.;“”\"\n]{{1,120}}?,[^\S\n]+(?:also[^\S\n]+|then[^\S\n]+|later[^\S\n]+)?(?:{_SPEECH_VERBS}|[a-z]+ed)\b"
    rf"|,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w’'-]+[^\S\n]+){{0,4}}?(?:{_ROLE_NOUNS})\b)", re.I)
_ENGLISH_PERSON_BEFORE = re.compile(  # 'said X', 'according to X', 'Mr X', 'Dr. X'
    rf"(?:\b(?:{_SPEECH_VERBS})(?:[^\S\n]+to)?|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir)\.?)[^\S\n]+$")


def _english_introduced_people(prose: str, names: _NameBook) -> frozenset[str]:
    """The full names an English article treats as people's, not only capitalises.

    A person is introduced in a way a place, a product or a treaty is not: a title or role before
    the name, a speech verb next to it ('X said', 'said X'), an apposition ('X, 45,', 'X, who',
    'X, a researcher at Y,'), an honorific, or a later mention by surname alone.
    """
    introduced = set(names.roles.values())
    for match in _NAME.finditer(prose):
        name = names.resolve(names.name_of(match.group()))
        if not name or not names.is_person(name) or name in introduced:
            continue
        if _ENGLISH_PERSON_AFTER.match(prose, match.end()) \
                or _ENGLISH_PERSON_BEFORE.search(prose, max(0, match.start() - 30), match.start()) \
                or _english_surname_alone(prose, match, name) \
                or _english_cataphoric_subject(prose, match.start()):
            introduced.add(name)
    return frozenset(introduced)


_ENGLISH_SINGLE_NAME = re.compile(  # 'Tommy — who only goes by his first name online — retired …'
    r"(?:^|(?<=[.!?][^\S\n])|(?<=\n))([A-Z][a-z]+)[^\S\n]*[,—–][^\S\n]*who\b", re.M)


def _english_single_names(prose: str) -> list[str]:
    """People an English article names by one name only, opening a sentence with 'X, who' or 'X — who'."""
    return [m.group(1) for m in _ENGLISH_SINGLE_NAME.finditer(prose)
            if m.group(1) not in NOT_NAMES and m.group(1) not in ORG_WORDS]


def _english_cataphoric_subject(prose: str, start: int) -> bool:
    """Whether the name at ``start`` is the subject an opening clause's 'his' or 'her' points ahead to.

    'Following the death of his father in January, Alexander Stodden took over the winery.'
    """
    line = prose.rfind("\n", 0, start) + 1
    opening = prose[_sentence_start(prose, start, line):start]
    return re.search(r"\b(?:his|her)\b", opening) is not None \
        and _english_cataphora(opening, 0, len(opening))


def _english_surname_alone(prose: str, match: re.Match[str], name: str) -> bool:
    """Whether a mention is a person's surname on its own ('Stodden' for 'Alexander Stodden').

    Not a thing's last word after an article ('a traditional IRA', 'the Valley'), nor an acronym.
    """
    word = match.group().strip()
    return " " not in word and word == _bare(name).split()[-1] != name and not _is_acronym(word) \
        and _word_before(prose, match.start()).lower() not in ("the", "a", "an")


def _english_workplace(prose: str, start: int) -> bool:
    """Whether the name at ``start`` follows 'at': a workplace ('vice president at Acme Defense')."""
    return _word_before(prose, start) == "at"


def _people_in(sentence: str, names: _NameBook) -> list[str]:
    """The people a stretch of prose names, as full names, in order (possessives too)."""
    found = [names.resolve(names.name_of(m.group())) for m in _NAME.finditer(sentence)]
    return [name for name in found if name and names.is_person(name)]


def _bare(name: str) -> str:
    """A name without its generational suffix: 'James P. Kennedy Jr.' -> 'James P. Kennedy'."""
    return _SUFFIX.sub("", name)


def _person_part(run: str, not_first: set[str]) -> str:
    """A capitalised run as a name: a person's without titles and places before it, else the whole run.

    'Lt. Col. Alexander Vindman' -> 'Alexander Vindman'; 'Swedish Prosecution Authority' stays.
    """
    words = _POSSESSIVE_END.sub("", _INVISIBLE.sub("", run).strip()).split()
    # 'High Commissioner for Human Rights' is one name; 'Minister for Trade Jo Lee' is Jo Lee.
    if "for" in words:
        field = words[words.index("for") + 1:]
        if (len(field) > 2 or any(w in NOT_NAMES for w in field)) \
                and not _english_body_for_a_field(words[:words.index("for")]):
            return _person_part(" ".join(field), not_first)
        while words[0] in OPENERS:
            words.pop(0)
        return " ".join(words)
    if "of" in words[2:]:  # 'Rosaly Lopes of NASA': a person of a body; 'Bank of America' stays
        left = words[:words.index("of", 2)]
        if not any(w in ORG_WORDS or w in NOT_NAMES or _is_acronym(w) for w in left):
            words = left
    if "von" in words[2:]:  # 'Aneta Afelt von der Universität Warschau'; 'Carl Maria von Weber' stays
        after = words[words.index("von", 2) + 1:]
        place = [w for w in after if w not in ("der", "dem", "den")]
        # 'Stefan Bröckling von der Tiernothilfe': an article after 'von' names a body, not a
        # family ('Ursula von der Leyen' has one word before it)
        if len(place) >= 2 or (place and after[0] in ("der", "dem", "den")):
            words = words[:words.index("von", 2)]
    if "vom" in words[2:]:  # 'Max Weber vom Roten Kreuz'
        words = words[:words.index("vom", 2)]
    if _SURNAME_HE.fullmatch(" ".join(words)):
        return " ".join(words)
    if words and words[-1].endswith(".") and len(words[-1]) > 3 and words[-1] not in ("Jr.", "Sr."):
        words[-1] = words[-1][:-1]  # the sentence's full stop, not an initial
    while words and (words[0] in NOT_NAMES or words[0] in ("of", "the", "and", "von", "de", "van", "da")
                     or words[0].endswith(("’s", "'s")) or _TITLE_WORD.search(words[0])):
        words.pop(0)
    tail: list[str] = []
    for word in reversed(words):
        # (French and German openers only open: 'Van Der Beek' keeps its 'Der')
        if word in _ENGLISH_NOT_NAMES or word in ORG_WORDS or word in ("of", "the", "and") \
                or _is_acronym(word):
            break
        tail.insert(0, word)
    if not tail or (len(tail) == 1 and any(w in ORG_WORDS for w in words)):
        return " ".join(words)
    # a title inside the run: 'Bayerns Wirtschaftsminister Hubert Aiwanger', 'Yuans Kollege Hossein Robatjazi'
    titled = [i for i, word in enumerate(tail[:-2])
              if ((m := _TITLE_WORD.search(word)) and (m.start() > 1 or i > 0))]
    if titled and tail[titled[-1] + 1][:1].isupper():
        tail = tail[titled[-1] + 1:]
    while len(tail) > 2 and tail[1][:1].isupper() and (tail[0] in not_first or _TITLE_WORD.search(tail[0])):
        tail.pop(0)
    return " ".join(tail)


def _english_body_for_a_field(before: list[str]) -> bool:
    """Whether a run's words before 'for' name a body, so the whole run is its name.

    'Centre for Economic Policy Research' is one body; 'Minister for Trade Jo Lee' is Jo Lee.
    """
    return bool(before) and before[-1] in _ENGLISH_BODIES_FOR_A_FIELD


_ENGLISH_BODIES_FOR_A_FIELD = frozenset({
    "Centre", "Center", "Institute", "Council", "Committee", "Commission", "Agency", "Foundation",
    "Coalition", "Campaign", "Alliance", "Association", "Office", "Department", "Fund", "Society", "Network",
    "Union"})
# Compound titles before a name in German ("FDP-Chef Christian Lindner", "Bundesverkehrsminister Scheuer").
_TITLE_WORD = re.compile(rf"(?:{de_fr.GERMAN_ROLE_ENDINGS}|"
                         r"minister|ministerin|präsident|präsidentin|chef|chefin|sprecher|sprecherin|"
                         r"kanzler|kanzlerin|leiter|leiterin|direktor|direktorin|trainer|trainerin|manager|managerin|"
                         r"vorsitzender|vorsitzende)$", re.I)
# A capitalised word right after one of these is a place or a common noun, not who speaks:
# "in Kentucky", "nach Paris", "au Népal", "der Bahn" (German capitalises every noun).
_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "dessen",
    "deren", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer",
    "diese", "dieser", "diesem", "jeder", "jede", "keine", "ganzen", "im", "am", "vom", "zum", "zur", "beim",
})
_NOT_BEFORE_A_SPEAKER = _DETERMINERS | {
    "in", "at", "from", "to", "into", "across", "near", "of", "au", "aux", "en", "à", "de", "du", "des",
    "nach", "aus", "bei",
}


def _placed(text: str, start: int) -> bool:
    """Whether the word before ``start`` makes the name there a place or a common noun ('in Kentucky')."""
    return _word_before(text, start) in _NOT_BEFORE_A_SPEAKER


def _word_before(text: str, start: int) -> str:
    """The word right before ``start``, across spaces on its line, or ''."""
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    return before.group(1) if before else ""


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper() and "." not in word


def _is_org(name: str) -> bool:
    words = name.split()
    return any(w in ORG_WORDS for w in words) or _is_acronym(name) or " of " in f" {name} " \
        or " for " in f" {name} "


# --- speakers ---------------------------------------------------------------------------------------


def _attribute(prose: str, group: list[tuple[int, Piece]], paragraphs: list[_Paragraph], names: _NameBook,
               last: Speaker | None, pulled: tuple[_Paragraph, ...] = ()) -> Speaker | None:
    """The speaker of a quotation, from the attributions around its pieces, nearest first."""
    reader = _Reader(prose, names, last, pulled)
    for paragraph, piece in group:  # '," Lopez said' right after a piece
        after = reader.after(piece, paragraphs[paragraph])
        verb = _VERB.search(after)
        close = verb and len(_WORD.findall(after[:verb.start()])) <= 16 and "…" not in after[:verb.start()]
        if verb and close and not _introduces_what_follows(after, verb) \
                and (found := reader.at_verb(after, verb, piece.end)):
            return found
    for paragraph, piece in group:  # 'Lopez said: "' before it, in the same sentence
        start = _sentence_start(prose, piece.start - 1, paragraphs[paragraph].start)
        if found := reader.before(prose[start:piece.start - 1], start):
            return found
    for paragraph, piece in group:  # anywhere later in its sentence
        after = reader.after(piece, paragraphs[paragraph])
        if (verb := _VERB.search(after)) and not _introduces_what_follows(after, verb) \
                and (found := reader.at_verb(after, verb, piece.end)):
            return found
    paragraph, piece = group[0]
    if found := _english_colon_subject(prose, piece, paragraphs[paragraph], names):
        return found  # 'Buckley, who phoned in from the set, had a similar experience: "'
    # earlier in its paragraph: '…, he added. "You name it."'
    return reader.before(prose[paragraphs[paragraph].start:piece.start - 1], paragraphs[paragraph].start)


def _english_colon_subject(prose: str, piece: Piece, paragraph: _Paragraph,
                           names: _NameBook) -> Speaker | None:
    """The person a sentence opens with when it ends in a colon right before the quotation, with no verb.

    'Buckley, who phoned in from the set, had a similar experience: "…"' is Buckley's, not the
    speaker of the sentence before.
    """
    start = _sentence_start(prose, piece.start - 1, paragraph.start)
    sentence = prose[start:piece.start - 1]
    if not names.english or not re.search(r":[^\S\n]*$", sentence) or _VERB.search(sentence):
        return None
    opening = re.match(rf"[\s“”\"…]*(?:(?:{'|'.join(sorted(OPENERS))})[^\S\n]+)?({_NAME.pattern})", sentence)
    name = names.resolve(names.name_of(opening.group(1))) if opening else ""
    return Speaker(name, "person") if name and names.is_person(name) else None


def _sentence_start(prose: str, end: int, limit: int) -> int:
    starts = [m.end() for m in _SENTENCE_END.finditer(prose, limit, max(limit, end))]
    return starts[-1] if starts else limit


@dataclass(frozen=True)
class _Reader:
    """Reads attributions in the prose around quotations."""

    prose: str
    names: _NameBook
    last: Speaker | None
    pulled: tuple[_Paragraph, ...] = ()  # pull quotes: a pronoun never looks back into them

    def after(self, piece: Piece, paragraph: _Paragraph) -> str:
        """The rest of the sentence after a piece, up to the next piece of speech."""
        start = piece.end + 1 if piece.closed else piece.end
        if self.names.language and _NEW_SENTENCE.match(self.prose, start, start + 8):
            return ""  # „…“ Enfin …: a French or German attribution after the marks starts with a comma
        end = _SENTENCE_END.search(self.prose, start, paragraph.end)
        stop = end.end() if end else paragraph.end
        next_speech = self.prose.find("…", start, stop)
        words = self.prose[start:next_speech if next_speech != -1 else stop]
        if self.names.language and piece.closed and de_fr.so_after_marks(words):
            return "," + words  # '„…,“ so Reuter': the comma went inside the marks
        return words

    def at_verb(self, clause: str, verb: re.Match[str], offset: int) -> Speaker | None:
        """'X said' names X before the verb; 'said X', ', said X' and 'according to X' after it."""
        subject, rest = clause[:verb.start()], clause[verb.end():]
        inverted = subject.rstrip().endswith(",") and _verb_word(verb) not in _TAKES_AN_OBJECT \
            and re.match(r"\s+(?:the|a|an|another|former)\b|\s+[A-Z]", rest) is not None \
            and (rest.split() or [""])[0] not in NOT_NAMES
        if self.names.language and (description := de_fr.indefinite_description(rest)):
            return Speaker(description, "person", named=False)  # 'a ajouté un ténor de la droite'
        if verb.group().lower() in de_fr.ACCORDING:  # 'peut-on lire dans Le Monde': the paper's words
            name = de_fr.publication(rest)
            return Speaker(name, "organization") if name else None
        if _verb_word(verb) in _ACCORDING:
            return self.mention(rest, offset + verb.end(), "first")
        if _blank(subject.replace("…", "")) and (joined := _JOINED_PRONOUN.search(verb.group() + rest[:8])):
            return self.pronoun(joined.group(1).lower(), offset + verb.start())  # 'a-t-elle dit', 'dit-il'
        if self.names.language == "de" and _blank(subject.replace("…", "")) \
                and (she := de_fr.she_after(verb.group(), rest)) is not None:
            return self.pronoun("er", offset + verb.end() + she)  # 'sagt sie lachend': one woman
        if _blank(subject.replace("…", "")) or inverted:
            found = self.mention(rest, offset + verb.end(), "after")
            described = re.match(r"[^\S\n]+(?:le|la|l’|l'|der|die)[^\S\n]*([a-zäöüßéèêàâîôûç][\w-]+)", rest)
            if self.names.language and described and (found is None or not found.named):
                return self.apposed(described.group(1), offset + verb.end()) or found
            return found
        return self._subject(subject, offset)

    def apposed(self, noun: str, at: int) -> Speaker | None:
        """'précise la gastro-entérologue': the person the article gave that description before."""
        window = self.prose[max(0, at - 6000):at]
        for found in reversed(list(re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", window))):
            after = _NAME.match(window, found.end() + 1)  # 'la toxicologue Dominique Parent-Massin'
            before = list(_NAME.finditer(window, max(0, found.start() - 80), found.start()))
            for match in ([after] if after else []) + before[::-1]:
                name = self.names.resolve(self.names.name_of(match.group()))
                if self.names.is_person(name):
                    return Speaker(name, "person")
        return None

    def before(self, clause: str, offset: int) -> Speaker | None:
        """'Lopez said: "', 'Noem called the campaign a "', 'Liu said …, warning: "'."""
        verbs = list(_VERB.finditer(clause))
        if not verbs:
            return None
        verb = verbs[-1]
        subject = clause[:verb.start()]
        if self.names.english and _ENGLISH_RELATIVE_CLAUSE.search(subject):
            return self._english_sentence_subject(clause, verb.start(), offset)
        if _verb_word(verb) in _ACCORDING:
            end = _SENTENCE_END.search(clause, verb.end())
            if end and not _blank(clause[end.end():]):
                return None  # 'according to X' reaches past its sentence only to a quotation right after
            return self.mention(clause[verb.end():], offset + verb.end(), "first")
        rest = clause[verb.end():]
        if self.names.english and not _blank(subject.replace("…", "")) \
                and _ENGLISH_SPOKEN_OF.fullmatch(rest) \
                and (found := self._subject(subject, offset)) and found.named:
            return found  # 'Joan Pryor, said Lind "was a model"': Lind is spoken of, not speaking
        if _blank(subject.replace("…", "")) or (subject.rstrip().endswith(",") and _INVERTED.match(rest)
                                                and _verb_word(verb) not in _TAKES_AN_OBJECT):
            return self.mention(rest, offset + verb.end(), "after")
        if verb.group().endswith("ing") or re.search(r"\band\s*$", subject):
            return self.mention(subject, offset, "first")  # the sentence's subject goes on speaking
        if self.names.language == "de" and de_fr.perfect(subject, verb.group()):
            return self.mention(subject, offset, "after")  # 'Bendels hatte CORRECTIV gegenüber … gesagt'
        cut = _sentence_start(subject, len(subject), 0) if self.names.language else 0
        found = self._subject(subject[cut:], offset + cut)  # French, German: the verb's own sentence
        if found is None and self.names.capitalised_nouns:  # German: the verb second, then its subject
            return self.mention(rest, offset + verb.end(), "after")
        return found

    def mention(self, words: str, offset: int, which: str) -> Speaker | None:
        """The speaker ``words`` name: the mention nearest the verb, the first, or the first after it."""
        tokens: list[tuple[int, str, object]] = []
        for match in _NAME.finditer(words):
            name = self.names.name_of(match.group())
            if self.names.english and _word_before(words, match.start()) in ("called", "named"):
                name = _opened(match.group())  # 'a blog called American Pulse' is named whole
            two = _ENGLISH_BODY_OF_TWO.search(words, max(0, match.start() - 150), match.start()) \
                if self.names.english and words.endswith(" and ", 0, match.start()) else None
            if two and any(w in ORG_WORDS for w in two.group(1).split()):
                name = f"{_opened(two.group(1))} and {match.group()}"  # 'the Port Board of Ayr and Troon'
            placed = (_placed(words, match.start()) and not self._is_person(name)
                      and not (self.names.capitalised_nouns and de_fr.acronym(name)  # 'schrieb der AStA'
                               and _word_before(words, match.start()) in ("der", "die", "das"))) \
                or _word_before(words, match.start()).lower() in _PUBLICATIONS \
                or (self.names.capitalised_nouns and not self._is_person(name)  # 'auf Anfrage'
                    and de_fr.placed_in_german(_word_before(words, match.start()), name))
            noun = self.names.capitalised_nouns and " " not in name and not self._is_person(name) \
                and not _is_org(name) and not de_fr.acronym(name) and name not in self.names.apposed
            if self.names.language == "de" and de_fr.not_the_speaker(words[max(0, match.start() - 120):
                                                                           match.start()]):
                continue
            if name and name not in NOT_NAMES and name not in _COMMON_ACRONYMS and not placed and not noun:
                # where the name itself starts: 'der Chef Matthias Frankenstein' is a role, then a name
                at = match.group().find(name.split()[0]) if name != match.group() else 0
                tokens.append((match.start() + max(at, 0), "name", name))
        tokens += [(m.start(), "pronoun", m.group(1).lower()) for m in _PRONOUN.finditer(words)
                   if not _SURNAME_HE.match(words, m.start())
                   and not (self.names.language and de_fr.acronym(m.group(1)))]  # 'die konzerneigene IT'
        # 'the Swedish Prosecution Authority' is a name; 'a spokesperson for UCEA' a description.
        # An organisation's spokesperson stays a description: 'an Amazon spokesperson' is not Amazon.
        roles = [m for m in _ROLE.finditer(words)
                 if m.group("noun").lower() in _SPOKESPEOPLE or m.group("owner")
                 or not any(t[1] == "name" and m.start() < t[0] < m.start("noun") for t in tokens)]
        tokens = [t for t in tokens if not any(m.start() <= t[0] < m.end() for m in roles)]
        tokens += [(m.start(), "role", m) for m in roles]
        # 'the Obama administration' is a body, not Obama.
        for match in _BODY.finditer(words):
            owner = self.names.name_of(match.group("owner")) or _opened(match.group("owner"))  # 'French'
            if not owner:
                continue  # 'The campaign': no one's
            tokens = [t for t in tokens if not match.start() <= t[0] < match.end()]
            body = " ".join(match.group("body").lower().split())
            tokens.append((match.start(), "body", f"{owner} {body}"))
        if not tokens:
            return None
        tokens.sort(key=lambda t: (t[0], t[1] != "role"))
        if which == "nearest":
            tokens.reverse()
        elif which == "after":
            people = [t for t in tokens if t[1] == "name" and self._is_person(str(t[2]))]
            if people and tokens[0] is not people[0] and (
                    tokens[0][1] == "role" or not self._is_person(str(tokens[0][2]))):
                tokens = people
        position, kind, value = tokens[0]
        if isinstance(value, re.Match):
            return self.role(value, offset + position)
        if kind == "pronoun":
            return self.pronoun(str(value), offset + position)
        if kind == "body":
            return Speaker(str(value), "organization")
        full = self.names.resolve(str(value))
        organization = _is_org(full) or (self.names.capitalised_nouns and de_fr.acronym(full))
        return Speaker(full, "organization" if organization else "person")

    def _is_person(self, mention: str) -> bool:
        return self.names.is_person(self.names.resolve(mention))

    def pronoun(self, pronoun: str, at: int) -> Speaker | None:
        """He or she: the person the latest sentence before is about; it or they: the body named last."""
        # A paragraph's end ends a sentence too: its last full stop may be inside a quotation.
        ends = sorted(m.start() for m in (*_SENTENCE_END.finditer(self.prose, max(0, at - 3000), at),
                                           *_NEWLINE.finditer(self.prose, max(0, at - 3000), at)))
        bounds = list(zip([max(0, at - 3000), *[e + 1 for e in ends]], [*ends, at], strict=True))
        lines = [m.start() for m in _LINE.finditer(self.prose, max(0, at - 3000), at)]
        # French and German: 'il', 'er' refer to someone of the same or the paragraph before, or to no one
        nearby = lines[-2] if self.names.language and len(lines) >= 2 else 0
        for begin, end in reversed(bounds):
            if any(p.start <= begin < p.end for p in self.pulled):
                continue
            sentence = self.prose[begin:end]
            if end <= nearby:
                break
            if pronoun in _PERSONAL:
                if re.match(r"\W*(?:He|She|Il|Elle|Er|Él|Ella|Ele|Ela)\b", sentence) and end != at:
                    continue  # a sentence about the same person: look further back
                if pronoun in _PRONOUN_GENDER:
                    opening = _ROLE.match(sentence, len(sentence) - len(sentence.lstrip()))
                    if end != at and opening and (opening.group("article") or "").lower() == "the" \
                            and re.match(r"[^\S\n]+[a-z]", sentence[opening.end():]) \
                            and (role := self.role(opening, begin + opening.start())).named:
                        return role  # 'The Janata Party leader said Young Indian filed …. "…," he said'
                    found = self._english_antecedent(sentence, pronoun, end == at)
                    if found is None:
                        continue
                    if not found and (unnamed := _ENGLISH_ROLE_SUBJECT.match(sentence)):
                        return Speaker(unnamed.group(1), "person", named=False)
                    return Speaker(found, "person") if found else None
                here = True
                people = [m.group() if here and self._single_name(sentence, m)
                          else self.names.resolve(self.names.name_of(m.group()))
                          for m in _NAME.finditer(sentence)
                          if not re.match(r"[’']s\b", sentence[m.end():m.end() + 2])
                          and not m.group().endswith(("’", "'"))  # German 'Relotius' engste Vertraute'
                          and not (self.names.language and _placed(sentence, m.start())  # 'à Saint-Denis'
                                   and not _TITLE_WORD.search(m.group().split()[0]))  # 'der Minister X'
                          and (self.names.is_person(self.names.resolve(self.names.name_of(m.group())))
                               or (here and self._single_name(sentence, m)))]
                if people:
                    return Speaker(people[0], "person")
            else:
                subjects = [self.names.resolve(self.names.name_of(m.group(1))) for m in re.finditer(
                    rf"({_NAME.pattern}),?\s+(?:have|has|had|is|are|was|were|{_SPEECH_VERBS}|[a-z]+s)\b",
                    sentence)]
                bodies = [s for s in subjects if s and not self.names.is_person(s) and s not in NOT_NAMES]
                if bodies:
                    return Speaker(bodies[-1], "organization")
                if self.names.english and pronoun in ("they", "it") and self._names_a_person(sentence):
                    return None  # 'Kym Lino, a spokesperson, confirmed…': "they" may mean the person
        person = self.last is not None and self.last.named and self.last.kind == "person" \
            and self.names.may_be(self.last.name, pronoun)
        return self.last if person and pronoun in _PERSONAL else None

    def _subject(self, subject: str, offset: int) -> Speaker | None:
        """Who the words before a speech verb name: the mention nearest the verb, appositions aside."""
        if self.names.english and (someone := _ENGLISH_SOMEONE.search(subject)):
            return Speaker(someone.group(1) or someone.group(2), "person", named=False)  # '…, someone says "'
        if self.names.english and (person := self._english_person_before_title(subject, offset)):
            return person
        if self.names.english and (described := _english_described_by_a_name(subject)):
            return described
        stripped = self._stripped(subject)
        head = _ENGLISH_UNCLOSED_APPOSITION.match(stripped) if self.names.english else None
        if head and (person := self.mention(head.group(1), offset, "nearest")) and person.named \
                and self.names.is_person(person.name):
            return person  # '" Kurinji Selvaraj, a research analyst at the … think tank told'
        return self.mention(stripped, offset, "nearest")

    def _english_issuer_after(self, match: re.Match[str]) -> Speaker | None:
        """Who a report or statement is from: 'a report from Hale Capital Research' -> that body."""
        if match.group("noun").lower() not in ("report", "statement", "study"):
            return None
        issuer = _ENGLISH_FROM_ISSUER.match(match.string, match.end("noun"))
        name = self.names.resolve(self.names.name_of(issuer.group(1))) if issuer else ""
        if not name or name in NOT_NAMES or name in _COMMON_ACRONYMS:
            return None
        return Speaker(name, "person" if self.names.is_person(name) and not _is_org(name) else "organization")

    def _english_company_before(self, at: int) -> Speaker | None:
        """'the company said': the body the article last made the subject of a sentence before ``at``.

        'Dick Clark Productions denied the deal. "…," the production company said' is that body.
        """
        bodies = [m.group(1) for m in _ENGLISH_BODY_SUBJECT.finditer(self.prose, max(0, at - 2000), at)]
        for mention in reversed(bodies):
            name = self.names.resolve(self.names.name_of(mention))
            if name and name not in NOT_NAMES and not self.names.is_person(name) and not _placed(
                    self.prose, self.prose.rfind(mention, 0, at)):
                return Speaker(name, "organization")
        return None

    def _english_group_before(self, at: int) -> Speaker | None:
        """The group named last up to ``at``, or right after it: 'The group, Fair Staff Coalition, formed'."""
        named = [m for m in _ENGLISH_GROUP_NAMED.finditer(self.prose, max(0, at - 3000), at + 200)
                 if m.start() < at]
        name = self.names.name_of(named[-1].group(1)) if named else ""
        return Speaker(name, "organization") if name and name not in NOT_NAMES else None

    def _english_sentence_subject(self, clause: str, end: int, offset: int) -> Speaker | None:
        """The person a sentence opens with, when its speech verb belongs to a relative clause on a thing.

        'He then cited Ito's testimony that concluded …. "I cannot disagree."' is his, not Ito's.
        """
        start = _sentence_start(clause, end, 0)
        found = self.mention(clause[start:end], offset + start, "first")
        return found if found and found.named and found.kind == "person" else None

    def _english_person_before_title(self, subject: str, offset: int) -> Speaker | None:
        """The person whose lower-case title runs to the verb, commas and all.

        '" Jo Hart, senior vice president for launch at Acme Defense, Space, and Security, said' is
        Jo Hart: the body's name holds commas, so no single apposition can be stripped.
        """
        match = _ENGLISH_LOWER_CASE_TITLE.match(subject)
        if match is None:
            return None
        person = self.mention(match.group(1), offset + match.start(1), "nearest")
        return person if person and person.named and self.names.is_person(person.name) else None

    def _stripped(self, subject: str) -> str:
        """The subject before a speech verb without its appositions; in English, every one of them.

        'Sean Robertson, a spokesperson for X, the operation against Y,' -> 'Sean Robertson'.
        """
        stripped = _strip_apposition(subject)
        if not self.names.english:
            return stripped
        while (again := _strip_english_possessive_apposition(
                _strip_english_title_apposition(_strip_apposition(stripped)))) != stripped:
            stripped = again
        return stripped

    def _names_a_person(self, sentence: str) -> bool:
        """Whether a sentence names a person other than in a possessive."""
        return any(self._is_person(self.names.name_of(m.group())) for m in _NAME.finditer(sentence)
                   if not _POSSESSIVE_END.search(m.group()))

    def _english_antecedent(self, sentence: str, pronoun: str, own: bool) -> str | None:
        """Whom 'he' or 'she' means in one English sentence before it: a name, '' for no one, None: look back.

        Not a possessive ('Stadia's', 'Steenburgen's son'), not a name after 'a' or 'an' ('a Go-Kart
        Track'), not a person the article calls by the other gender. A sentence where the pronoun's
        gender comes before any such name is about someone named earlier, or about someone it
        leaves unnamed ('one mother, who knew her…'), unless it names the last speaker again: news
        prose goes on with "she said" about whoever spoke last. Else the first person it names.
        """
        gender = _PRONOUN_GENDER[pronoun]
        people: list[tuple[int, str]] = []
        for match in _NAME.finditer(sentence):
            if _POSSESSIVE_END.search(match.group()) or re.match(r"[’']s\b", sentence[match.end():]) \
                    or re.search(r"\b(?:a|an)[^\S\n]+$", sentence[max(0, match.start() - 4):match.start()]):
                continue
            name = self.names.resolve(self.names.name_of(match.group()))
            if name and self.names.is_person(name) and self.names.may_be(name, pronoun) \
                    and self.names.introduced_as_person(name):
                people.append((match.start(), name))
        names = list(dict.fromkeys(name for _, name in people))
        if self.last is not None and self.last.name in names:
            return self.last.name  # the person who spoke last, named again: news prose goes on about them
        if not own:
            earlier = [m for m in _ENGLISH_PRONOUN.finditer(sentence)
                       if _PRONOUN_GENDER[m.group().lower()] == gender]
            unnamed = _UNNAMED_PERSON.search(sentence, 0, earlier[0].start()) if earlier else None
            if unnamed and not any(unnamed.start() < at < earlier[0].start() for at, _ in people):
                return ""
            if earlier and people and _english_cataphora(sentence, earlier[0].start(), people[0][0]):
                return people[0][1]  # 'Following the death of his father, Alexander Stodden took over'
            if earlier and (not people or earlier[0].start() < people[0][0]):
                return None
        if not names and _ENGLISH_ROLE_SUBJECT.match(sentence):
            return ""  # 'The doctor was reassuring. "…," he said': someone the article does not name
        if own and not names and _UNNAMED_PERSON.search(sentence):
            return ""  # 'When I discussed it with a friend who …, he said, "…"'
        return names[0] if names else None

    def _single_name(self, sentence: str, match: re.Match[str]) -> bool:
        """In French, a first name alone inside a sentence: 'en discutant avec Pasiphae'."""
        word = match.group()
        return self.names.language == "fr" and " " not in word and word not in NOT_NAMES \
            and not _is_acronym(word) and not any(c.isdigit() for c in word) \
            and bool(sentence[:match.start()].strip(" \t,")) and not _placed(sentence, match.start()) \
            and _word_before(sentence, match.start()).lower() not in _FRENCH_DETERMINERS \
            and not self.names.is_person(self.names.resolve(word)) and self.names.name_of(word) == word \
            and (re.match(r"\*?,[^\S\n]+\d+[^\S\n]+ans\b", sentence[match.end():match.end() + 12]) is not None
                 or _VERB.fullmatch(_word_before(sentence, match.start())) is not None)

    def _person_before(self, at: int) -> Speaker | None:
        """The person the article names last before ``at``, within its last few sentences."""
        people = [self.names.resolve(self.names.name_of(m.group()))
                  for m in _NAME.finditer(self.prose, max(0, at - 600), at)
                  if not re.search(r"\b(?:by|against)[^\S\n]+$", self.prose[max(0, m.start() - 12):m.start()])
                  and not _placed(self.prose, m.start())]  # 'sacked by Manchester United', 'in Paris'
        people = [p for p in people if self.names.is_person(p)]
        return Speaker(people[-1], "person") if people else None

    def _sole_person_before(self, at: int) -> Speaker | None:
        """The one person the sentence before ``at``'s, in its paragraph, names, if it names one only."""
        line = self.prose.rfind("\n", 0, at) + 1
        this = _sentence_start(self.prose, at, line)
        if this == line:
            return None
        return _sole_person(self.prose[_sentence_start(self.prose, this - 1, line):this], self.names)

    def _issuer_before(self, at: int) -> Speaker | None:
        """Who issued the statement the article names last before ``at``: 'X issued a statement'."""
        issued = [m for m in _ISSUED.finditer(self.prose, max(0, at - 3000), at)]
        if not issued:
            return None
        name = self.names.resolve(self.names.name_of(issued[-1].group("issuer") or issued[-1].group("by")))
        if not name or name in NOT_NAMES:
            return None
        return Speaker(name, "person" if self.names.is_person(name) and not _is_org(name) else "organization")

    def role(self, match: re.Match[str], at: int) -> Speaker:
        """'the minister' -> the minister named in the article; 'a spokesperson for UCEA' -> unnamed."""
        noun = match.group("noun").lower()
        article = (match.group("article") or "’s").lower()
        described = re.sub(r"\s+", " ", match.group(0)).strip()
        if article in ("the", "der", "die") and re.fullmatch(r"\d+-(?:jährige[r]?|year-old)", noun) \
                and (person := self._person_before(at)):  # 'erzählt der 48-Jährige': the person just named
            return person
        if self.names.english and (issuer := self._english_issuer_after(match)):
            return issuer  # 'said a report from Kotak Equities': the body that wrote it
        if self.names.english and noun == "group" and article == "the" \
                and (group := self._english_group_before(at + len(match.group(0)))):
            return group  # 'The group, Doctors for Closure, wrote …', then 'the group added'
        if self.names.english and noun == "company" and article == "the" \
                and (company := self._english_company_before(at)):
            return company
        if noun == "statement" and article == "the" and (issuer := self._issuer_before(at)):
            return issuer  # 'the statement read': whoever issued the statement named before
        if article not in _INDEFINITE:
            earlier = [text for start, kind, text in self.names.described if kind == noun and start < at]
            if earlier and article == "the":
                return Speaker(earlier[-1], "person", named=False)
            if self.names.language == "de" and de_fr.plural_role(article, noun):
                return Speaker(described, "person", named=False)
            if noun in self.names.roles and article not in ("dessen", "deren"):  # 'dessen Chef': another's
                return Speaker(self.names.roles[noun], "person")
            # 'Robert Habeck dringt auf …. Der Grünen-Politiker sagte': whom it just named (no spokesman)
            if self.names.language == "de" and article in ("der", "die", "das") and _TITLE_WORD.search(noun) \
                    and not noun.endswith(("sprecher", "sprecherin")) \
                    and (person := self._sole_person_before(at)):
                return person
            if self.last and self.last.named and self.last.kind == "person" and (
                    noun in _PERSON_ROLES or (article in ("der", "die", "das") and _TITLE_WORD.search(noun))):
                return self.last  # 'sagt der Franzose': the person quoted last
        kind = "organization" if noun in _BODIES else "person"
        return Speaker(described, kind, named=False)


_ENGLISH_NAME_AS_MODIFIER = re.compile(
    rf"\b(?:the|a|an)[^\S\n]+((?:{_NAME_WORD}[^\S\n]+)+(?:[a-z][\w-]*[^\S\n]+){{0,2}}[a-z][\w-]*)[^\S\n]*$")
# 'The group, WeWorkers Coalition,', 'a recently formed group Doctors for Camp Closure', 'a group called X'
_ENGLISH_GROUP_NAMED = re.compile(rf"\b[Gg]roup(?:[^\S\n]+called|,)?[^\S\n]+({_NAME.pattern})")
_ENGLISH_ADVERBS = frozenset({"also", "later", "then", "now", "once", "previously", "recently", "again",
                              "still", "who", "that", "which", "whom", "whose"})  # and relative pronouns


def _english_described_by_a_name(subject: str) -> Speaker | None:
    """Someone described, not named, by a noun a name qualifies: 'the Berlin wine merchant said'.

    Only where the words after the name are nouns, not an adverb before the verb ('the Smiths also'),
    and not a body named for someone ('the Obama administration').
    """
    match = _ENGLISH_NAME_AS_MODIFIER.search(subject)
    if match is None or _BODY.search(match.group(1)):
        return None
    last = match.group(1).split()[-1]
    if last in _ENGLISH_ADVERBS or last.endswith("ly") or last in _SMALL_WORDS:
        return None
    return Speaker(re.sub(r"\s+", " ", match.group(0)).strip(), "person", named=False)


def _english_cataphora(sentence: str, pronoun: int, person: int) -> bool:
    """Whether a pronoun before a name refers ahead to it: an opening clause, then its subject.

    'Following the death of his father in January, Alexander Stodden took over' is about Stodden;
    'His son, Alexander Stodden, …' and 'He met Alexander Stodden' are not.
    """
    opening = sentence[:person]
    return pronoun < person and re.fullmatch(r"[^,;:\n]*,[^\S\n]*", opening) is not None \
        and re.match(r"\W*(?:He|She|His|Her)\b", opening) is None


def _verb_word(verb: re.Match[str]) -> str:
    """The attribution verb without its auxiliary: 'a déclaré' -> 'déclaré'."""
    return re.sub(r"^\S+[^\S\n]+(?=\S)", "", verb.group()).lower() if " " in verb.group() and \
        verb.group().lower() not in _ACCORDING and not verb.group().startswith(("تاکید", "اعلام")) \
        else verb.group().lower()


def _strip_apposition(subject: str) -> str:
    """'Cheuk Hau-yip, the commander of Kowloon West district,' -> 'Cheuk Hau-yip'."""
    subject = _US_PARTY_STATE.sub("", subject.rstrip())  # 'Sen. Jane Holloway, D-Ore.,'
    stripped = re.sub(r"(?<=[\w.]),\s+(?:the|a|an|who|which|[a-z][\w-]*|\d+|[A-Z][\w-]*[’']s)\b"
                      r"[^,]{0,200},\s*$", "", subject)
    if stripped == subject:  # 'Lucas Paganini, a scientist at Goddard in Greenbelt, Maryland, …, said'
        stripped = re.sub(r"(?<=[\w.]),\s+(?:the|a|an)\s[^…\n]{0,300}?,\s*$", "", subject, count=1)
    elif re.match(r",\s+and\b", subject[len(stripped):]):  # '…, a fellow at X in Leiden, Netherlands, and …'
        stripped = re.sub(r"(?<=[\w.]),\s+(?:the|a|an)\s[^…\n]{0,300}$", "", stripped, count=1)
    return re.sub(r"(?<!\s)\s+(?:has|have|had|was|is|then|also|later|previously|again|[a-z]\w*ly)$", "",
                  stripped)  # 'recently said', not 'Lovely said'


def _strip_english_title_apposition(subject: str) -> str:
    """'Strauss Zelnick, CEO of Take-Two,' -> 'Strauss Zelnick': a capitalised title of a body."""
    return _ENGLISH_TITLE_APPOSITION.sub("", subject)


def _strip_english_possessive_apposition(subject: str) -> str:
    """'Ana Ruiz, Carfacts' director of analysis,' -> 'Ana Ruiz': a plural possessive opens the apposition."""
    return _ENGLISH_POSSESSIVE_APPOSITION.sub("", subject)


_ENGLISH_POSSESSIVE_APPOSITION = re.compile(
    r"(?<=[\w.]),[^\S\n]+[A-Z][\w-]*s[’'][^\S\n][^,\n…]{1,200},[^\S\n]*$")
_ENGLISH_TITLE_APPOSITION = re.compile(
    r"(?<=[\w.]),[^\S\n]+(?:[A-Z]{2,5}|[A-Z][a-z]+)(?:[^\S\n]+[A-Za-z]+){0,3}?[^\S\n]+(?:of|at|for)[^\S\n]+"
    r"[^,\n…]{1,100},[^\S\n]*$")
_ENGLISH_BODY_SUBJECT = re.compile(rf"({_NAME.pattern})[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?[a-z]+(?:s|ed)\b")
_ENGLISH_FROM_ISSUER = re.compile(rf"[^\S\n]+(?:from|by)[^\S\n]+(?:the[^\S\n]+)?({_NAME.pattern})")
# 'testimony that concluded', 'a report which said': the verb's subject is a thing named before it.
# What a speech verb's object looks like right before a quotation about that object: a bare name with
# no comma or colon to introduce the words ('said Lind "was …"'), or '… as' ('remembered Lind … as "').
_ENGLISH_SPOKEN_OF = re.compile(rf"[^\S\n]+(?:{_NAME.pattern})[^\S\n]*|[^\S\n]+[^\n]*\bas[^\S\n]*")
# A body named for two places: 'the Harbour Board of Ayr and' (then 'Troon') is one name.
_ENGLISH_BODY_OF_TWO = re.compile(r"((?:[A-Z][\w’'-]*[^\S\n]+)+(?:of|for)[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+)+)"
                                  r"and[^\S\n]+$")
_ENGLISH_RELATIVE_CLAUSE = re.compile(r"\b[a-z][\w’'-]*[^\S\n]+(?:that|which)[^\S\n]*$")
# '" Jo Hart, senior vice president for launch at Acme Defense, Space, and Security,': the name, then a title.
_ENGLISH_LOWER_CASE_TITLE = re.compile(
    rf"[\s,’”\"'…«»“]*({_NAME.pattern}),[^\S\n]+(?!(?:and|or|but)\b)[a-z][\w-]*[^\S\n][^…\n]*,[^\S\n]*$")
# 'Kurinji Selvaraj, a research analyst at the … think tank': an apposition the article never closes.
_ENGLISH_UNCLOSED_APPOSITION = re.compile(r"^([^,…\n]*?[\w.]),[^\S\n]+(?:a|an|the)[^\S\n][^…\n]*$")
# A US lawmaker's party and state after the name: 'Sen. Ted Cruz, R-Texas,'.
_US_PARTY_STATE = re.compile(r",[^\S\n]+[RDI]-[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?,(?=[^\S\n]*$)")


# A name right after these is a publication, not who speaks: 'told the newspaper Le Monde'.
_PUBLICATIONS = frozenset({"journal", "newspaper", "magazine", "daily", "weekly", "tabloid", "broadcaster"})
# Common nouns written in capitals, never a speaker: 'TV commercials in which people say'.
_COMMON_ACRONYMS = frozenset({"TV", "DVD", "VOD", "PC", "CD", "GPS", "HIV", "DNA", "ATM", "SUV", "CEO"})
# 'He Minghua': a surname that is also the pronoun, followed by a given name, which the pronoun never is.
_SURNAME_HE = re.compile(r"He[^\S\n]+(?!(?:" + "|".join(sorted(NOT_NAMES | ORG_WORDS, key=len, reverse=True))
                         + r")\b)[A-Z][a-z]+(?![\w’'-]|[^\S\n]+[A-Z])")


def _opened(words: str) -> str:
    """A run without the words that open a sentence: 'The French' -> 'French'."""
    kept = words.split()
    while kept and kept[0] in OPENERS:
        kept.pop(0)
    return " ".join(kept)


# After the verb, the speaker: 'sagt de Decker', 'a déclaré jeudi le ministre'.
_WHEN = (r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|encore|aussi|auch|noch|dann)"
         r"[^\S\n]+)?")
_INVERTED = re.compile(rf"[^\S\n]+{_WHEN}(?:(?:de|van|von|da|al)[^\S\n]+)?[A-Z]"
                       rf"|[^\S\n]+{_WHEN}(?:der|die|le|la|el)[^\S\n]")
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "rep",
                 "official", "officials", "source", "aide", "porte-parole", "sprecher", "sprecherin",
                 "portavoz", "porta-voz"}
_BODY = re.compile(rf"(?P<owner>{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})*)[^\S\n]+"
                   r"(?P<body>administration|government|campaign|camp|team|office|family"
                   r"|(?:(?:foreign|defen[cs]e|interior|health|finance|justice|economy)[^\S\n]+)?ministry)\b")
_NEWLINE = re.compile(r"\n")
_LINE = re.compile(r"[^\n]+")
# French inversion joins the pronoun to the verb: "dit-il", "a-t-elle dit".
_JOINED_PRONOUN = re.compile(r"^\S*?-(?:t-)?(il|elle|ils|elles)\b")
_LAST_WORD = re.compile(r"(\w+)[^\S\n]+$")
_ISSUED = re.compile(rf"(?P<issuer>{_NAME.pattern})[^\S\n]+"
                     r"(?:issued|released|put out|published|posted|shared|sent)"
                     r"[^\S\n]+(?:a|an|its|their|his|her)[^\S\n]+(?:\w+[^\S\n]+)?statement"
                     rf"|statement[^\S\n]+(?:from|by)[^\S\n]+(?:the[^\S\n]+)?(?P<by>{_NAME.pattern})")
_FRENCH_DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "ce", "cette", "son",
                       "sa", "ses", "leur", "leurs", "notre", "nos"}
_NEW_SENTENCE = re.compile(r"[^\S\n]*[»«“”„\"]?[^\S\n]*\(?[A-ZÀ-Ý]")  # or an aside: „…“ (X berichtete …)
_INDEFINITE = {"a", "an", "one", "another", "ein", "eine", "einer", "un", "une"}
_TAKES_AN_OBJECT = {"told", "tells", "tell", "telling", "asked", "asks", "asking", "urged", "urges", "warned"}
_BODIES = {"company", "agency", "authority", "police", "statement", "report", "group"}
_PERSON_ROLES = {"actor", "actress", "singer", "minister", "president", "leader", "official", "coach",
                 "player", "star", "host", "captain", "envoy", "ambassador", "secretary", "governor",
                 "senator", "mayor", "chairman", "chairwoman", "founder", "executive", "director"}
