"""Reading one attribution: the speaker a clause of prose around a quotation names (``Reader``).

By name, role, pronoun, body or description: '," Lopez said', 'said the minister', 'she added',
'according to X', 'a spokesperson for Y', and their French, German and Spanish forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.authoring import speech_de_fr as de_fr
from generator.authoring.name_words import OPENERS, ORG_WORDS
from generator.authoring.quotations.model import Paragraph, Piece, Speaker
from generator.authoring.quotations.names import (
    ANONYMOUS,
    ENGLISH_PRONOUN,
    GENDERED_NOUNS,
    GERMAN_CONTRACTIONS,
    POSSESSIVE_END,
    PRONOUN_GENDER,
    SURNAME_HE,
    TITLE_WORD,
    NameBook,
    counted_name,
    english_cataphora,
    is_acronym,
    is_org,
    is_placed,
    sole_person,
    word_before,
)
from generator.authoring.quotations.patterns import (
    FRENCH_ROLE_NOUNS,
    INDEFINITE,
    NAME,
    NAME_WORD,
    NEWLINE,
    NOT_NAMES,
    QUOTATION_THEN_SENTENCE,
    ROLE,
    ROLE_NOUNS,
    SENTENCE_END,
    SMALL_WORDS,
    SPEECH_VERBS,
    VERB,
    WHO_ASIDE,
    blank,
    sentence_start,
)

_GERMAN_SPOKESPERSON = re.compile(r"sprecher(?:in)?$")


@dataclass(frozen=True)
class Reader:
    """Reads attributions in the prose around quotations."""

    prose: str
    names: NameBook
    last: Speaker | None
    pulled: tuple[Paragraph, ...] = ()  # pull quotes: a pronoun never looks back into them

    def after(self, piece: Piece, paragraph: Paragraph) -> str:
        """The rest of the sentence after a piece, up to the next piece of speech."""
        start = piece.end + 1 if piece.closed else piece.end
        if self.names.language and _NEW_SENTENCE.match(self.prose, start, start + 8):
            return ""  # „…“ Enfin …: a French or German attribution after the marks starts with a comma
        end = SENTENCE_END.search(self.prose, start, paragraph.end)
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
            and _INVERTED_SUBJECT.match(rest) is not None \
            and (rest.split() or [""])[0].rstrip(".,;:") not in NOT_NAMES  # "said Tuesday."
        if self.names.language and (description := de_fr.indefinite_description(rest)):
            return Speaker(description, "person", named=False)  # 'a ajouté un ténor de la droite'
        if verb.group().lower() in de_fr.ACCORDING:  # 'peut-on lire dans Le Monde': the paper's words
            name = de_fr.publication(rest)
            return Speaker(name, "organization") if name else None
        if _verb_word(verb) in _ACCORDING:
            return self.mention(rest, offset + verb.end(), "first")
        if blank(subject.replace("…", "")) and (joined := _JOINED_PRONOUN.search(verb.group() + rest[:8])):
            return self.pronoun(joined.group(1).lower(), offset + verb.start())  # 'a-t-elle dit', 'dit-il'
        if self.names.language == "de" and blank(subject.replace("…", "")) \
                and (she := de_fr.she_after(verb.group(), rest)) is not None:
            return self.pronoun("er", offset + verb.end() + she)  # 'sagt sie lachend': one woman
        if self.names.english and blank(subject.replace("…", "")) and verb.group().endswith("ing") \
                and re.match(r"[^\S\n]+that\b", rest):
            return None  # '"…," adding that Apple's patents': the sentence's subject goes on, named before
        if blank(subject.replace("…", "")) or inverted \
                or (self.names.language == "fr" and _FRENCH_AS_SAYS.search(subject)):  # 'comme le remarque X'
            if self.names.language == "fr" and (holder := _FRENCH_ROLE_OF_THEN_NAME.match(rest)) \
                    and self._is_person(self.names.name_of(holder.group(1))):
                return Speaker(self.names.resolve(self.names.name_of(holder.group(1))), "person")
            found = self.mention(rest, offset + verb.end(), "after")
            described = re.match(r"[^\S\n]+(?:le|la|l’|l'|der|die)[^\S\n]*([a-zäöüßéèêàâîôûç][\w-]+)", rest) \
                or (_GERMAN_DESCRIBED.match(rest) if self.names.capitalised_nouns else None)
            if self.names.language == "fr" and (body := _FRENCH_BODY_OF_A_PLACE.match(rest)) \
                    and (found is None or not found.named or found.name in body.group(1)):
                # 'estime la préfecture des Landes'; 'écrit le PS' after 'Le Parti socialiste'
                return Speaker(self.names.resolve(body.group(1)), "organization")
            # 'raconte le coureur d’Omega Pharma-Lotto': what the role is of does not speak, the role does
            of_a_name = found is not None and described is not None and self.names.language == "fr" \
                and _of_the_name(rest[described.end():], found.name)
            if self.names.language and described and (found is None or not found.named or of_a_name):
                return self.apposed(described.group(1), offset + verb.end()) \
                    or self._speaker_going_on(described.group(0).split()[0], described.group(1),
                                              offset + verb.start()) \
                    or (Speaker(described.group(0).strip(), "person", named=False) if of_a_name else found)
            if self.names.language == "fr" and (demonstrative := _FRENCH_DEMONSTRATIVE.match(rest)) \
                    and (found is None or not found.named
                         or _of_the_name(rest[demonstrative.end():], found.name)):
                # 'affirme ce père de quatre enfants': the one person its paragraph is about; 'a déclaré ce
                # proche de Marine Le Pen': not Marine Le Pen
                person = self._sole_person_in_paragraph(offset + verb.start())
                return person if person or found is None or not found.named \
                    else Speaker(re.split(r"[,.;:]", rest.strip())[0], "person", named=False)
            return found
        return self._subject(subject, offset)

    def _speaker_going_on(self, article: str, noun: str, at: int) -> Speaker | None:
        """'sagt die Arbeitsrechtlerin', 'a ajouté le président américain', a description the article never
        gave before: the person who spoke last, when no one else was named since ('beruhigt Tabea Benz,
        Rechtsanwältin …'); not a plural ('so die Verbandsvertreter': a group)."""
        if self.names.language == "fr":  # 'raconte le coureur'
            person_noun = bool(re.fullmatch(FRENCH_ROLE_NOUNS, noun) or _FRENCH_PERSON_ENDING.search(noun))
        else:
            person_noun = bool(TITLE_WORD.search(noun) or noun.endswith("in"))
        last = self.last
        if self.names.language not in ("de", "fr") or not person_noun or last is None or not last.named \
                or last.kind != "person" or de_fr.plural_role(article.lower(), noun) \
                or noun.endswith("innen"):
            return None
        before = self._person_before(at)
        return last if before is not None and before.name == last.name else None

    def apposed(self, noun: str, at: int) -> Speaker | None:
        """'précise la gastro-entérologue': the person the article gave that description before."""
        window = self.prose[max(0, at - 12_000):at]
        for found in reversed(list(re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", window))):
            after = NAME.match(window, found.end() + 1)  # 'la toxicologue Dominique Parent-Massin'
            before = list(NAME.finditer(window, max(0, found.start() - 80), found.start()))
            for match in ([after] if after else []) + before[::-1]:
                name = self.names.resolve(self.names.name_of(match.group()))
                if self.names.is_person(name):
                    return Speaker(name, "person")
        return None

    def before(self, clause: str, offset: int) -> Speaker | None:
        """'Lopez said: "', 'Noem called the campaign a "', 'Liu said …, warning: "'."""
        verbs = list(VERB.finditer(clause))
        if self.names.english:  # 'He said the music by Tesori, who wrote melodies for shows, has "…"'
            asides = [m.span() for m in _ENGLISH_WHO_ASIDE.finditer(clause)]
            verbs = [v for v in verbs if not any(start < v.start() < end for start, end in asides)] or verbs
        if not verbs:
            return None
        verb = verbs[-1]
        subject = clause[:verb.start()]
        if self.names.english and _ENGLISH_RELATIVE_CLAUSE.search(subject):
            return self._english_sentence_subject(clause, verb.start(), offset)
        if _verb_word(verb) in _ACCORDING:
            end = SENTENCE_END.search(clause, verb.end())
            if end and not blank(clause[end.end():]):
                return None  # 'according to X' reaches past its sentence only to a quotation right after
            return self.mention(clause[verb.end():], offset + verb.end(), "first")
        rest = clause[verb.end():]
        if self.names.english and not blank(subject.replace("…", "")) \
                and _ENGLISH_SPOKEN_OF.fullmatch(rest) \
                and (found := self._subject(subject, offset)) and found.named:
            return found  # 'Joan Pryor, said Lind "was a model"': Lind is spoken of, not speaking
        if blank(subject.replace("…", "")) or (subject.rstrip().endswith(",") and _INVERTED.match(rest)
                                               and _verb_word(verb) not in _TAKES_AN_OBJECT
                                               and not self._person_then_apposition(subject)):
            return self.mention(rest, offset + verb.end(), "after")
        if self.names.language == "fr" and _FRENCH_NAME_ENDING_THE_SENTENCE.fullmatch(rest):
            # '… que Michel Daerden constate De Morgen. « … »': the verb's subject comes after it
            return self.mention(rest, offset + verb.end(), "after")
        own = sentence_start(subject, len(subject), 0)
        if verb.group().endswith("ing") or re.search(r"\b(?:and|but|et)(?:[^\S\n]+[a-z]+ly)?\s*$", subject):
            # (of its own sentence: 'Some inclined to support Mrs. Clinton note …. "…" said Jeff Choney, …,
            # who gave … and said he may …')
            cut = own + (self._english_introduction(subject[own:]) if self.names.english else 0)
            return self.mention(subject[cut:], offset + cut, "first")  # the sentence's subject goes on
        if self.names.language == "fr" and _verb_word(verb).endswith("ant") \
                and (main := self.mention(subject[own:], offset + own, "after")) is not None and main.named:
            return main  # 'Obama s'est moqué de Romney, qui …, en rappelant que « … »': the sentence's own
        if self.names.language == "de" and de_fr.perfect(subject, verb.group()):
            return self.mention(subject, offset, "after")  # 'Bendels hatte CORRECTIV gegenüber … gesagt'
        if self.names.english and _verb_word(verb) == "added" and _ENGLISH_DESCRIBED.fullmatch(subject) \
                and self.last is not None and self.last.named and self.last.kind == "person":
            return self.last  # 'The former astronaut, who …, added: "…"': whoever spoke last goes on
        cut = own
        if self.names.language and (after := list(QUOTATION_THEN_SENTENCE.finditer(subject, cut))):
            cut = after[-1].end()  # '…: „…“ Ähnlich äußerte sich X:': the sentence after the quotation
        found = self._subject(subject[cut:], offset + cut)  # the verb's own sentence
        # German: the verb second, then its subject; a lone word no one is named by before the verb is an
        # adverb ('Ähnlich äußerte sich X:')
        lone = found is not None and found.named and " " not in found.name and not self._is_person(found.name)
        if (found is None or lone) and self.names.capitalised_nouns:
            return self.mention(rest, offset + verb.end(), "after") or found
        return found

    def _person_then_apposition(self, subject: str) -> bool:
        """'Michael Fabricant, vice-président du Parti conservateur, résume …': the verb's subject is the
        person before the apposition, not whoever the words after the verb name."""
        apposed = _PERSON_THEN_APPOSITION.search(subject)
        return apposed is not None \
            and self._is_person(self.names.resolve(self.names.name_of(apposed.group(1))))

    def mention(self, words: str, offset: int, which: str) -> Speaker | None:
        """The speaker ``words`` name: the mention nearest the verb, the first, or the first after it."""
        tokens: list[tuple[int, str, object]] = []
        opened: dict[int, int] = {}  # where each name's capitalised run starts, by where its name starts
        for match in NAME.finditer(words):
            if match.group().split()[0] in ANONYMOUS:  # 'wrote Anonymous of Brisbane'
                tokens.append((match.start(), "anonymous", match.group()))
                continue
            name = self.names.name_at(words, match)
            if self.names.english and (described := self._english_described(words, match, name)):
                tokens.append((described[0], "anonymous", described[1]))
                continue  # 'said a young Turkish coachwoman': someone unnamed, not 'Turkish'
            if self.names.english and (plural := _english_people_of(words, match)) \
                    and not self._is_person(name):
                tokens.append((plural[0], "anonymous", plural[1]))
                continue  # 'her NASA colleagues told her', 'say the Diana Project authors': people unnamed
            if self.names.language == "fr" and _FRENCH_TITLE_WITH_ARTICLE.fullmatch(match.group()) \
                    and not self._is_person(name):
                name = match.group()  # 'résume Le Soir', 'La Libre préfère': a newspaper, article and all
            if self.names.english and word_before(words, match.start()) in ("called", "named"):
                name = _opened(match.group())  # 'a blog called American Pulse' is named whole
            two = _ENGLISH_BODY_OF_TWO.search(words, max(0, match.start() - 150), match.start()) \
                if self.names.english and words.endswith(" and ", 0, match.start()) else None
            if two and any(w in ORG_WORDS for w in two.group(1).split()):
                name = f"{_opened(two.group(1))} and {match.group()}"  # 'the Port Board of Ayr and Troon'
            preceding = word_before(words, match.start())
            # (a person's name may follow 'in' or 'à', not 'im Kanton Zürich')
            placed = (is_placed(words, match.start())
                      and (not self._is_person(name) or preceding in GERMAN_CONTRACTIONS)
                      and not (self.names.capitalised_nouns and de_fr.acronym(name)  # 'schrieb der AStA'
                               and preceding in ("der", "die", "das"))) \
                or preceding.lower() in _PUBLICATIONS \
                or (self.names.capitalised_nouns and not self._is_person(name)  # 'auf Anfrage'
                    and de_fr.placed_in_german(preceding, name))
            noun = self.names.capitalised_nouns and " " not in name and not self._is_person(name) \
                and not is_org(name) and not de_fr.acronym(name) and name not in self.names.apposed
            if self.names.capitalised_nouns and " " in name and counted_name(words, match, name):
                continue  # '50 Millionen Euro Strafe': what is counted speaks for no one
            # (but 'des Aufsichtsrat Wolfgang Steubing': the body's noun, then the role's holder)
            if self.names.language == "de" and de_fr.not_the_speaker(words[max(0, match.start() - 120):
                                                                           match.start()]) \
                    and (match.group().startswith(name) or not self._is_person(name)):
                continue
            if self.names.english and self._english_modifier_of_a_person(words, match):
                continue  # 'said Obama supporter Sylvia Zaal': Obama only qualifies who speaks
            if name and not self.names.never_a_name(name) and name not in _COMMON_ACRONYMS and not placed \
                    and not noun:
                # where the name itself starts: 'der Chef Matthias Frankenstein' is a role, then a name
                at = match.group().find(name.split()[0]) if name != match.group() else 0
                tokens.append((match.start() + max(at, 0), "name", name))
                opened[match.start() + max(at, 0)] = match.start()
        tokens += [(m.start(), "pronoun", m.group(1).lower()) for m in _PRONOUN.finditer(words)
                   if not SURNAME_HE.match(words, m.start())
                   and not (self.names.language and de_fr.acronym(m.group(1)))]  # 'die konzerneigene IT'
        # 'the Swedish Prosecution Authority' is a name; 'a spokesperson for UCEA' a description.
        # An organisation's spokesperson stays a description: 'an Amazon spokesperson' is not Amazon.
        roles = [m for m in ROLE.finditer(words)
                 if (m.group("noun").lower() in _SPOKESPEOPLE or m.group("owner")
                     or not any(t[1] == "name" and m.start() < t[0] < m.start("noun")
                                # (but 'The England forward': one word of a place or a side, then a role)
                                and not self._side_before_a_player(m, str(t[2]))
                                for t in tokens))
                 and not (self.names.english and re.match(r"[’']s\b", words[m.end("noun"):]))]
        # ('the Governor’s Office': the governor owns what is named, and does not speak)
        # ('a spokesperson for the British Foreign Office': the name that the role's words run into is its)
        run_start = opened.get if self.names.english else lambda at, _: at
        # (but 'the CML's Director General Michael Coogan': a person named after the whole role is its holder)
        # (and not 'a spokesperson for Sen. Kamala Harris': the one spoken for)
        tokens = [t for t in tokens if not any(m.start() <= run_start(t[0], t[0]) < m.end()
                                               and not (t[0] >= m.end() and self._is_person(str(t[2]))
                                                        and not _speaks_for(m))
                                               for m in roles)]
        # ('Der Vorsitzende des Aufsichtsrat Wolfgang Steubing': German names a role's holder right after it)
        held = {m.start() for m in roles for t in tokens if self.names.capitalised_nouns and t[1] == "name"
                and blank(words[m.end():t[0]]) and self._is_person(str(t[2]))}
        tokens += [(m.start(), "role", m) for m in roles if m.start() not in held]
        # 'the Obama administration' is a body, not Obama.
        for match in _BODY.finditer(words):
            owner = self.names.name_of(match.group("owner")) or _opened(match.group("owner"))  # 'French'
            if not owner:
                continue  # 'The campaign': no one's
            tokens = [t for t in tokens if not match.start() <= t[0] < match.end()]
            body = " ".join(match.group("body").lower().split())
            tokens.append((match.start(), "body", f"{owner} {body}"))
        for match in _ENGLISH_BODY_OF.finditer(words) if self.names.english else ():
            # 'the Alliance of Motion Picture and Television Producers said': one body, not its last words;
            # not the body of a person ('Eric Poklar of the Governor’s Office of Health Transformation')
            if re.search(r"\b(?:of|at|from|with)(?:[^\S\n]+the)?[^\S\n]+$", words[:match.start()]):
                continue
            tokens = [t for t in tokens if not match.start() <= t[0] < match.end()]
            tokens.append((match.start(), "body", match.group()))
        if not tokens:
            return None
        tokens.sort(key=lambda t: (t[0], t[1] != "role"))
        if which == "nearest":
            tokens.reverse()
            if self.names.english and self._person_of_the_body(words, tokens):
                tokens = tokens[1:]  # 'James Hall with the New York Police Department said': Hall
        elif which == "first" and _role_then_its_holder(words, tokens) and self._is_person(str(tokens[1][2])):
            tokens = tokens[1:]  # 'The leader of Ennahda, Rachid Ghannouchi, condemned …, saying': the holder
        elif which == "after":
            people = [t for t in tokens if t[1] == "name" and (self._is_person(str(t[2]))
                                                                or self._english_role_before(words, t[0]))]
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
        if kind == "anonymous":
            return Speaker(str(value), "person", named=False)  # someone unnamed, who goes on speaking
        full = self.names.resolve(str(value))
        organization = is_org(full) or (self.names.capitalised_nouns and de_fr.acronym(full))
        return Speaker(full, "organization" if organization else "person")

    def _person_of_the_body(self, words: str, nearest_first: list[tuple[int, str, object]]) -> bool:
        """Whether the nearest mention is a body right after a person's name, joined by 'of', 'at', 'from' or
        'with (the)': the person the body qualifies speaks."""
        if len(nearest_first) < 2:
            return False
        (body_at, body_kind, body), (name_at, name_kind, name) = nearest_first[:2]
        return name_kind == "name" and body_kind != "pronoun" and self._is_person(str(name)) \
            and not self._is_person(str(body)) \
            and _ENGLISH_PERSON_OF.fullmatch(words, name_at + len(str(name)), body_at) is not None

    def _english_introduction(self, subject: str) -> int:
        """Where a sentence's subject starts after the phrases that set the scene, each ending in a comma.

        'In May, at a Bloomberg lunch, Portman also seemed to …' and 'Moments before, the senator used …':
        a phrase opening with a preposition or a word of time, or of two words the second in lowercase;
        a name in it is its object, not the subject. Not a phrase with a pronoun or a verb of saying.
        """
        end = 0
        for comma in re.finditer(r",", subject):
            segment = subject[end:comma.start()]
            words = segment.split()
            opening = bool(words) and (words[0].lower() in _SCENE_OPENERS
                                       or (len(words) == 2 and words[1].islower()))
            if not opening or VERB.search(segment) or _PRONOUN.search(segment):
                break
            end = comma.end()
        return end if NAME.search(subject, end) or ROLE.search(subject, end) else 0

    def _english_role_before(self, words: str, at: int) -> bool:
        """'complained carriage driver Henry, from …': a lowercase role noun right before a lone name."""
        if not self.names.english:
            return False
        role = _ENGLISH_LOWERCASE_ROLE_BEFORE.search(words, max(0, at - 40), at)
        return role is not None and role.group(1) not in _NOT_PEOPLE  # 'the law firm Walsh': a body's name

    def _english_described(self, words: str, match: re.Match[str], name: str) -> tuple[int, str] | None:
        """'a young Turkish coachwoman': a capitalised adjective inside a description of someone unnamed;
        where the description starts, and its words."""
        if " " in match.group() or self._is_person(name):
            return None
        before = _ENGLISH_INDEFINITE_BEFORE.search(words, max(0, match.start() - 40), match.start())
        after = _ENGLISH_NOUN_AFTER.match(words, match.end())
        if before is None or after is None:
            return None
        return before.start(), words[before.start():after.end()]

    def _english_modifier_of_a_person(self, words: str, match: re.Match[str]) -> bool:
        """Whether the name ``match`` is followed by one lowercase noun and a person's name."""
        after = _ENGLISH_NOUN_THEN_NAME.match(words, match.end())
        return after is not None and self._is_person(self.names.name_of(after.group(1)))

    def _is_person(self, mention: str) -> bool:
        return self.names.is_person(self.names.resolve(mention))

    def pronoun(self, pronoun: str, at: int) -> Speaker | None:
        """He or she: the person the latest sentence before is about; it or they: the body named last."""
        # A paragraph's end ends a sentence too: its last full stop may be inside a quotation.
        ends = sorted(m.start() for m in (*SENTENCE_END.finditer(self.prose, max(0, at - 3000), at),
                                           *NEWLINE.finditer(self.prose, max(0, at - 3000), at)))
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
            if self.names.english and end != at and self.prose[begin - 1:begin] == "\n" \
                    and self.prose[end:end + 1] == "\n" and _ENGLISH_LABEL.fullmatch(sentence):
                continue  # 'End Quote Charles Bolden Nasa administrator': a credit line or crosshead
            if pronoun in _PERSONAL:
                if re.match(r"\W*(?:He|She|Il|Elle|Er|Él|Ella|Ele|Ela)\b", sentence) and end != at:
                    continue  # a sentence about the same person: look further back
                if self.names.english and self.last is not None and end != at \
                        and (not self.last.named or " " not in self.last.name) \
                        and re.search(rf"(?<!\w){re.escape(self.last.name)}(?!\w)", sentence) \
                        and not re.search(r"\basked\b", sentence):  # (not 'a reporter asked X, "…?"')
                    # '"…," said a young coachwoman …. "…," she added': she goes on; so does 'carriage driver
                    # Henry', whom the article names by one name only
                    return self.last
                if pronoun in PRONOUN_GENDER:
                    opening = ROLE.match(sentence, len(sentence) - len(sentence.lstrip()))
                    if end != at and opening and (opening.group("article") or "").lower() == "the" \
                            and re.match(r"[^\S\n]+[a-z]", sentence[opening.end():]) \
                            and (role := self.role(opening, begin + opening.start())).named \
                            and role.kind == "person":  # not 'The report by the X Union claims': no 'he'
                        return role  # 'The Janata Party leader said Young Indian filed …. "…," he said'
                    if self.names.english and end != at and (said := _english_role_said(sentence)) \
                            and (role := self.role(said, begin + said.start())).named \
                            and role.kind == "person":
                        return role  # '…, the principal said. "…," he said': the principal goes on
                    found = self._english_antecedent(sentence, pronoun, end == at)
                    if found is None:
                        continue
                    if not found and (unnamed := _ENGLISH_ROLE_SUBJECT.match(sentence)):
                        return Speaker(unnamed.group(1) or unnamed.group(2), "person", named=False)
                    return Speaker(found, "person") if found else None
                if self.names.language == "fr" and end != at and (said := _french_role_said(sentence)) \
                        and (role := self.role(said, begin + said.start())).named:
                    return role  # '…, a précisé le procureur de Paris. ¶ « … », a-t-il ajouté.'
                here = True
                people = [m.group() if here and self._single_name(sentence, m)
                          else self.names.resolve(self.names.name_of(m.group()))
                          for m in NAME.finditer(sentence)
                          if not re.match(r"[’']s\b", sentence[m.end():m.end() + 2])
                          and not m.group().endswith(("’", "'"))  # German 'Relotius' engste Vertraute'
                          and not (self.names.language and is_placed(sentence, m.start())  # 'à Saint-Denis'
                                   and not TITLE_WORD.search(m.group().split()[0]))  # 'der Minister X'
                          # 'Ähnlich wie Molina ist auch Davis …, sagt er': Davis, whom Molina is compared to
                          and not (self.names.language == "de" and word_before(sentence, m.start()) == "wie")
                          and (self.names.is_person(self.names.resolve(self.names.name_of(m.group())))
                               or (here and self._single_name(sentence, m)))
                          # 'souligne-t-elle' is not M. Macron
                          and self.names.may_be(self.names.resolve(self.names.name_of(m.group())), pronoun)]
                if people:
                    return Speaker(people[0], "person")
            else:
                if self.names.english and pronoun == "it" and end != at \
                        and (said := _english_role_said(sentence)) \
                        and (issuer := self.role(said, begin + said.start())).named:
                    return issuer  # '…, the report said. "…," it said': whoever wrote the report
                subjects = [self.names.resolve(self.names.name_of(m.group(1))) for m in re.finditer(
                    # 'the Commission, which regulates …, issued'
                    rf"({NAME.pattern})(?:,[^\S\n]+which[^,\n…]{{1,100}},)?"
                    rf"(?:,?\s+(?:have|has|had|is|are|was|were|{SPEECH_VERBS}|[a-z]+s)|[^\S\n]+[a-z]+ed)\b",
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
        # ('Another opposition leader David Usupashvili also said': a description, then whom it describes)
        if self.names.english and (someone := _ENGLISH_SOMEONE.search(subject)) \
                and not ((named := _ENGLISH_NAME_ENDING.search(someone.group()))
                         and self._is_person(self.names.name_of(named.group(1)))):
            return Speaker(someone.group(1) or someone.group(2), "person", named=False)  # '…, someone says "'
        if self.names.english and (person := self._english_person_before_title(subject, offset)):
            return person
        if self.names.english and (owner := _ENGLISH_DOCUMENT_OWNER.fullmatch(subject)) \
                and (name := self.names.resolve(self.names.name_of(owner.group(1)))) \
                and name not in NOT_NAMES:
            return self._issuer(name)  # 'the OLPC statement said': whoever's statement it is
        if self.names.english and (described := _english_described_by_a_name(subject)):
            return described
        if self.names.english and (clause := _ENGLISH_SUBORDINATE_CLAUSE.match(subject)) \
                and (NAME.search(subject, clause.end()) or ROLE.search(subject, clause.end())):
            # 'Though he had planned a special about Spears, the television doctor said': the clause
            # before the comma is not who speaks
            offset, subject = offset + clause.end(), subject[clause.end():]
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
        return Speaker(name, "person" if self.names.is_person(name) and not is_org(name) else "organization")

    def _english_company_before(self, at: int) -> Speaker | None:
        """'the company said': the body the article last made the subject of a sentence before ``at``.

        'Dick Clark Productions denied the deal. "…," the production company said' is that body.
        """
        bodies = [m.group(1) for m in _ENGLISH_BODY_SUBJECT.finditer(self.prose, max(0, at - 2000), at)]
        for mention in reversed(bodies):
            name = self.names.resolve(self.names.name_of(mention))
            if name and name not in NOT_NAMES and not self.names.is_person(name) \
                    and not self.names.common_word(name) \
                    and not is_placed(self.prose, self.prose.rfind(mention, 0, at)):
                return Speaker(name, "organization")  # (not 'New signs appeared': no body called New)
        return None

    def _english_company_described(self, noun: str, at: int) -> Speaker | None:
        """'the security contractor said': the body the article called so ('private security contractor
        G4S')."""
        described = list(re.finditer(rf"\b{noun}[^\S\n]+({NAME.pattern})", self.prose[max(0, at - 3000):at]))
        for match in reversed(described):
            name = self.names.resolve(self.names.name_of(match.group(1)))
            if name and name not in NOT_NAMES and not self.names.is_person(name):
                return Speaker(name, "organization")
        return None

    def _last_body(self) -> Speaker | None:
        """'"…," the firm said' after a quotation of a body: that body."""
        if self.last is not None and self.last.named and self.last.kind == "organization":
            return self.last
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
        start = sentence_start(clause, end, 0)
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
        # ('Steve Herrod (@herrod), managing director, General Catalyst Partners,': the handle aside)
        stripped = _strip_apposition(_HANDLE.sub("", subject))
        if self.names.capitalised_nouns and (role := _GERMAN_ROLE_APPOSED.search(stripped)) \
                and TITLE_WORD.search(role.group(1)):
            stripped = stripped[:role.start()]  # 'Annemarie Schlack, Geschäftsführerin von Amnesty …,'
        if not self.names.english:
            return stripped
        while (again := _strip_english_possessive_apposition(
                _strip_english_title_apposition(_strip_apposition(stripped)))) != stripped:
            stripped = again
        return stripped

    def _names_a_person(self, sentence: str) -> bool:
        """Whether a sentence names a person other than in a possessive."""
        return any(self._is_person(self.names.name_of(m.group())) for m in NAME.finditer(sentence)
                   if not POSSESSIVE_END.search(m.group()))

    def _english_antecedent(self, sentence: str, pronoun: str, own: bool) -> str | None:
        """Whom 'he' or 'she' means in one English sentence before it: a name, '' for no one, None: look back.

        Not a possessive ('Stadia's', 'Steenburgen's son'), not a name after 'a' or 'an' ('a Go-Kart
        Track'), not a person the article calls by the other gender. A sentence where the pronoun's
        gender comes before any such name is about someone named earlier, or about someone it
        leaves unnamed ('one mother, who knew her…'), unless it names the last speaker again: news
        prose goes on with "she said" about whoever spoke last. Else the first person it names.
        """
        gender = PRONOUN_GENDER[pronoun]
        if own and _ENGLISH_PARTICIPLE_OPENING.fullmatch(sentence):
            return None  # 'Speaking to Absolute Radio about Hazard, he said': he is not whom he spoke of
        people: list[tuple[int, str]] = []
        for match in NAME.finditer(sentence):
            if POSSESSIVE_END.search(match.group()) or re.match(r"[’']s\b", sentence[match.end():]) \
                    or re.search(r"\b(?:a|an)[^\S\n]+$", sentence[max(0, match.start() - 4):match.start()]) \
                    or (is_placed(sentence, match.start())  # 'came to Florida' is a place, not 'she'
                        and not re.search(r"\baccording[^\S\n]+to[^\S\n]+$", sentence[:match.start()], re.I)):
                continue
            name = self.names.resolve(self.names.name_of(match.group()))
            if name and self.names.is_person(name) and self.names.may_be(name, pronoun) \
                    and self.names.introduced_as_person(name):
                people.append((match.start(), name))
        names = list(dict.fromkeys(name for _, name in people))
        if self.last is not None and self.last.name in names:
            return self.last.name  # the person who spoke last, named again: news prose goes on about them
        clause = _ENGLISH_OPENING_CLAUSE.match(sentence)
        main_clause = sentence[clause.end():].lstrip() if clause else sentence
        main_clause = main_clause[:1].upper() + main_clause[1:]
        if not names and _ENGLISH_ROLE_SUBJECT.match(main_clause):
            return ""  # 'The doctor was reassuring.', 'As reporters swarmed in, a resident screamed': unnamed
        if not own:
            earlier = [m for m in ENGLISH_PRONOUN.finditer(sentence)
                       if PRONOUN_GENDER[m.group().lower()] == gender]
            unnamed = _UNNAMED_PERSON.search(sentence, 0, earlier[0].start()) if earlier else None
            if unnamed and not any(unnamed.start() < at < earlier[0].start() for at, _ in people):
                return ""
            if earlier and people and english_cataphora(sentence, earlier[0].start(), people[0][0]):
                return people[0][1]  # 'Following the death of his father, Alexander Stodden took over'
            if earlier and not people and (owner := self._english_possessive_subject(sentence, pronoun)):
                return owner  # 'Simon's enthusiasm derives from what he saw': he is Simon
            if earlier and (not people or earlier[0].start() < people[0][0]):
                return None
        if own and not names and _UNNAMED_PERSON.search(sentence):
            return ""  # 'When I discussed it with a friend who …, he said, "…"'
        if clause and (main := [name for at, name in people if at >= clause.end()]):
            return main[0]  # 'After Lily Miyazaki won …, it was Katie Boulter who …': the main clause's
        return names[0] if names else None

    def _english_possessive_subject(self, sentence: str, pronoun: str) -> str | None:
        """The person whose thing opens the sentence ('Simon's enthusiasm', 'Sometimes Simon's
        criticisms'), when that thing is no person ('Steenburgen's son' is someone else)."""
        opening = _ENGLISH_POSSESSIVE_OPENING.match(sentence)
        if opening is None or opening.group(1) not in OPENERS and opening.group(1) is not None \
                or _PERSON_NOUN.fullmatch(opening.group("noun")):
            return None
        name = self.names.resolve(self.names.name_of(opening.group("owner")))
        person = name and self.names.is_person(name) and self.names.may_be(name, pronoun) \
            and self.names.introduced_as_person(name)
        return name if person else None

    def _single_name(self, sentence: str, match: re.Match[str]) -> bool:
        """In French, a first name alone inside a sentence: 'en discutant avec Pasiphae'."""
        word = match.group()
        return self.names.language == "fr" and " " not in word and word not in NOT_NAMES \
            and not is_acronym(word) and not any(c.isdigit() for c in word) \
            and bool(sentence[:match.start()].strip(" \t,")) and not is_placed(sentence, match.start()) \
            and word_before(sentence, match.start()).lower() not in _FRENCH_DETERMINERS \
            and not self.names.is_person(self.names.resolve(word)) and self.names.name_of(word) == word \
            and (re.match(r"\*?,[^\S\n]+\d+[^\S\n]+ans\b", sentence[match.end():match.end() + 12]) is not None
                 or VERB.fullmatch(word_before(sentence, match.start())) is not None)

    def _person_before(self, at: int, pronoun: str | None = None) -> Speaker | None:
        """The person the article names last before ``at``, within its last few sentences; one ``pronoun``
        may mean, if given."""
        people = [self.names.resolve(self.names.name_of(m.group()))
                  for m in NAME.finditer(self.prose, max(0, at - 600), at)
                  if not re.search(r"\b(?:by|against)[^\S\n]+$", self.prose[max(0, m.start() - 12):m.start()])
                  and not is_placed(self.prose, m.start())]  # 'sacked by Manchester United', 'in Paris'
        people = [p for p in people if self.names.is_person(p)
                  and (pronoun is None or self.names.may_be(p, pronoun))]
        return Speaker(people[-1], "person") if people else None

    def _side_before_a_player(self, role: re.Match[str], name: str) -> bool:
        """Whether ``name`` is one word, no one's, qualifying a player's position: 'The England forward'."""
        return self.names.english and " " not in name and not self._is_person(name) \
            and role.group("noun").lower() in _PLAYERS

    def _english_person_just_named(self, match: re.Match[str], at: int) -> Speaker | None:
        """The one person the sentence before names, when a role opens the next sentence as its subject
        ('Raheem Sterling shared his concern. ¶ The England forward, 25, said:')."""
        line = self.prose.rfind("\n", 0, at) + 1
        this = sentence_start(self.prose, at, line)
        if not blank(self.prose[this:at]) \
                or not re.match(r",|[^\S\n]+[a-z]|\s*$", match.string[match.end():]):
            return None
        end = len(self.prose[:this].rstrip())
        for _ in range(2):  # (past a sentence that names no one: 'Then, one day, it clicked for him.')
            if end == 0:
                return None
            start = sentence_start(self.prose, end - 1, self.prose.rfind("\n", 0, end) + 1)
            if (person := sole_person(self.prose[start:end], self.names)) is not None \
                    or self._names_a_person(self.prose[start:end]):
                return person
            end = len(self.prose[:start].rstrip())
        return None

    def _sole_person_before(self, at: int) -> Speaker | None:
        """The one person the sentence before ``at``'s, in its paragraph, names, if it names one only."""
        line = self.prose.rfind("\n", 0, at) + 1
        this = sentence_start(self.prose, at, line)
        if this == line:
            return None
        return sole_person(self.prose[sentence_start(self.prose, this - 1, line):this], self.names)

    def _sole_person_in_paragraph(self, at: int) -> Speaker | None:
        """The one person the paragraph names before ``at``, if it names one only: 'Diess will …. Vor den
        Zuhörern bekräftigte er …: „…“, betonte der VW-Boss'."""
        return sole_person(self.prose[self.prose.rfind("\n", 0, at) + 1:at], self.names)

    def _issuer_before(self, at: int, document: str = "statement") -> Speaker | None:
        """Who issued the statement (or report) named last before ``at``: 'X issued a statement'."""
        issued = [m for m in _ISSUED[document].finditer(self.prose, max(0, at - 3000), at)]
        if not issued:
            return None
        name = self.names.resolve(self.names.name_of(issued[-1].group("issuer") or issued[-1].group("by")))
        if not name or name in NOT_NAMES:
            return None
        return self._issuer(name)

    def _issuer(self, name: str) -> Speaker:
        """Whoever issued a document, by name: a person the article names, else a body."""
        return Speaker(name, "person" if self.names.is_person(name) and not is_org(name) else "organization")

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
        if self.names.english and noun == "doctor" and article == "the" \
                and (doctors := list(_ENGLISH_DOCTOR.finditer(self.prose, max(0, at - 3000), at))) \
                and self._is_person(doctor := self.names.resolve(self.names.name_of(doctors[-1].group(1)))):
            return Speaker(doctor, "person")  # 'the television doctor' after 'Dr. Phil McGraw'
        if self.names.english and noun == "group" and article == "the" \
                and (group := self._english_group_before(at + len(match.group(0)))):
            return group  # 'The group, Doctors for Closure, wrote …', then 'the group added'
        if self.names.english and noun in _COMPANIES and article == "the" \
                and (company := self._english_company_described(noun, at) or self._english_company_before(at)
                     or self._last_body()):
            return company
        if noun in _ISSUED and article == "the" and (issuer := self._issuer_before(at, noun)):
            return issuer  # 'the statement read': whoever issued the statement named before
        if article not in INDEFINITE:
            # ('ein Feuerwehrsprecher', then 'der Feuerwehr-Sprecher': hyphens aside)
            earlier = [(start, text) for start, kind, text in self.names.described
                       if kind.replace("-", "") == noun.replace("-", "") and start < at]
            # 'A federal judge …. ¶ The judge, Jo Lee, said …. The judge said': named in its paragraph
            paragraph = self.prose.rfind("\n", 0, at) + 1
            named = [(start, name) for start, kind, name in self.names.named_roles
                     if kind == noun and paragraph <= start < at]
            if earlier and article == "the" and named and named[-1][0] > earlier[-1][0]:
                return Speaker(named[-1][1], "person")
            if earlier and (article == "the"
                            or (article in ("der", "die") and _GERMAN_SPOKESPERSON.search(noun))):
                # 'a spokesman …, the spokesman said'; 'ein Feuerwehrsprecher …, so der Feuerwehrsprecher'
                return Speaker(earlier[-1][1], "person", named=False)
            if self.names.language == "de" and de_fr.plural_role(article, noun):
                return Speaker(described, "person", named=False)
            if noun in self.names.roles and article not in ("dessen", "deren"):  # 'dessen Chef': another's
                return Speaker(self.names.roles[noun], "person")
            if self.names.capitalised_nouns and article in ("der", "die") \
                    and (holder := _compound_role_holder(noun, self.names.roles)):
                return Speaker(holder, "person")  # 'die Buchautorin' after 'Bestseller-Autorin Eva Brandt'
            # 'Robert Habeck dringt auf …. Der Grünen-Politiker sagte': whom it just named (no spokesman)
            if self.names.language == "de" and article in ("der", "die", "das") and TITLE_WORD.search(noun) \
                    and not noun.endswith(("sprecher", "sprecherin")) \
                    and (person := self._sole_person_before(at) or self._sole_person_in_paragraph(at)):
                return person
            if self.names.english and article == "the" and noun in _OFFICES \
                    and (person := self._english_person_just_named(match, at)):
                return person  # 'Raheem Sterling shared his concern. ¶ The England forward, 25, said:'
            if self.last and self.last.named and self.last.kind == "person" and (
                    noun in _PERSON_ROLES or (article in ("der", "die", "das") and TITLE_WORD.search(noun))):
                pronoun = _ROLE_PRONOUN.get(noun) if self.names.english else None
                # ('Stone had just met the director. "…," the actress says': the role tells a gender, and
                # the person named last that it may mean speaks, not whoever spoke last)
                if pronoun is not None and (person := self._person_before(at, pronoun)) is not None:
                    return person
                if pronoun is None or self.names.may_be(self.last.name, pronoun):
                    return self.last  # 'sagt der Franzose': the person quoted last
        # 'L’actrice … a déclaré' after 'l’actrice Charlotte Rampling' (not 'le ministre de la Santé' after
        # any minister: what a role is of tells which one)
        if self.names.language == "fr" and article in ("le", "la", "l’", "l'") and not match.group("tail") \
                and (person := self.apposed(noun, at)):
            return person
        kind = "organization" if noun in _BODIES else "person"
        if _speaks_for(match) and (rest := re.match(r"[^,;:\n…]*", match.string[match.end():])):
            described = f"{described}{rest.group()}".rstrip()  # 'A spokesperson for Sen. Kamala Harris'
        return Speaker(described, kind, named=False)


# After the verb of an inverted attribution: someone described or named ('said the minister', 'dit le juge'),
# perhaps after an adverb ('note aussi la Drees')
_INVERTED_SUBJECT = re.compile(r"\s+(?:(?:aussi|également|encore|enfin|ainsi|auch|noch)\s+)?"
                               r"(?:(?:the|a|an|another|former|le|la|les|l’|l'|der|die|das)(?![\w-])|[A-Z])")
# 'the OLPC statement', 'the Smith letter': whose document it is, named before its noun
_ENGLISH_DOCUMENT_OWNER = re.compile(
    rf"[\s,’”\"'…]*[Tt]he[^\S\n]+({NAME.pattern})[^\S\n]+(?:statement|report|letter)"
    # 'The Conservatives’ letter to Daniel Greenberg, the standards commissioner, said': the writer's, not
    # the addressee's
    r"(?:[^\S\n]+to[^\S\n]+[^…\n]{1,150}?)?[^\S\n,]*,?[^\S\n]*")
_ENGLISH_WHO_ASIDE = re.compile(WHO_ASIDE)
# 'estime la préfecture des Pyrénées-Atlantiques': a public body, named by the place it serves
_FRENCH_BODY_OF_A_PLACE = re.compile(
    r"[^\S\n]+(?:la|le|l’|l')[^\S\n]*((?:préfecture|mairie|ministère|gendarmerie|parquet|région|"
    r"commune|ville|direction)(?:[^\S\n]+[a-zéèêàâîôûç]+)?"  # 'le ministère russe de la Défense'
    r"[^\S\n]+(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+l[’']|du[^\S\n]+|des[^\S\n]+|de[^\S\n]+|d[’'])"
    r"[A-ZÀ-Ý][\w’'-]*(?:[^\S\n]+[A-ZÀ-Ý][\w’'-]*)*"
    # or a body by its own name, alone after its article: 'note la Drees.', 'selon le Kremlin,'
    r"|(?!(?:Premier|Première|Président|Présidente|Ministre)\b)[A-ZÀ-Ý][\w’'-]+(?=[^\S\n]*[.,;:)]|$))")
# '… constate De Morgen. «': a name, alone after the verb, ends the sentence before the quotation
_FRENCH_NAME_ENDING_THE_SENTENCE = re.compile(
    rf"[^\S\n]+(?:{NAME.pattern})[^\S\n]*[.:][^\S\n]*[«\"“]?[^\S\n]*")
# 'affirme ce père de quatre enfants': someone the paragraph is about, described
_FRENCH_DEMONSTRATIVE = re.compile(r"[^\S\n]+(?:ce|cette|cet)[^\S\n]+[a-zéèêàâîôûç][\w’'-]*")
# 'plaide l’avocate de Yassin E., Saphia Foughar': whose role it is, then who holds it
_FRENCH_ROLE_OF_THEN_NAME = re.compile(
    rf"[^\S\n]+(?:le|la|l’|l')[^\S\n]*(?:{FRENCH_ROLE_NOUNS})[^\S\n]+(?:de|du|des|d’|d')[^\S\n]*"
    rf"(?:{NAME.pattern}),[^\S\n]+({NAME.pattern})")
# A sentence opening with a participle up to the pronoun that is its subject: 'Speaking to X about Y, '.
_ENGLISH_PARTICIPLE_OPENING = re.compile(
    r"\W*(?:[A-Z][a-z]+ing|Asked|Pressed|Questioned|Interviewed)\b[^.;:!?\n“”\"]*,[^\S\n]*")
# 'sagt die Arbeitsrechtlerin.': a German noun describing the speaker, alone up to the clause's end.
_GERMAN_DESCRIBED = re.compile(r"[^\S\n]+(?:der|die)[^\S\n]+([A-ZÄÖÜ][a-zäöüß][\w-]+)(?=[^\S\n]*[.,;:!?]|$)")
# 'The former astronaut, who was married to Ride from 1982 until 1987,': someone described, not named.
_ENGLISH_DESCRIBED = re.compile(r"[^\S\n]*The(?:[^\S\n]+[a-z][\w-]*){1,4}(?:,[^,\n…]{1,150},)?[^\S\n]*")
# ' supporter Sylvia Zaal', not ' from Nasa Ames': a noun, not a preposition or a conjunction
_ENGLISH_NOUN_THEN_NAME = re.compile(
    rf"[^\S\n]+(?!(?:from|of|in|at|with|for|on|to|and|or|by|near|via)\b)[a-z]+[^\S\n]+({NAME.pattern})")
_ENGLISH_NAME_AS_MODIFIER = re.compile(
    rf"\b(?:the|a|an)[^\S\n]+((?:{NAME_WORD}[^\S\n]+)+(?:[a-z][\w-]*[^\S\n]+){{0,2}}[a-z][\w-]*)[^\S\n]*$")
# 'The group, WeWorkers Coalition,', 'a recently formed group Doctors for Camp Closure', 'a group called X'
_ENGLISH_GROUP_NAMED = re.compile(rf"\b[Gg]roup(?:[^\S\n]+called|,)?[^\S\n]+({NAME.pattern})")
_ENGLISH_ADVERBS = frozenset({"also", "later", "then", "now", "once", "previously", "recently", "again",
                              "still", "who", "that", "which", "whom", "whose"})  # and relative pronouns


# A line of a few words and no punctuation: a pull quote's credit, a crosshead, a caption; no sentence.
_ENGLISH_LABEL = re.compile(r"\s*[^\s.!?:;,\"“”…]+(?:[^\S\n]+[^\s.!?:;,\"“”…]+){0,11}\s*")


def _french_role_said(sentence: str) -> re.Match[str] | None:
    """'…, a précisé le procureur de Paris.': a person the French sentence describes by a role, speaking."""
    for verb in VERB.finditer(sentence):
        rest = sentence[verb.end():]
        match = ROLE.match(sentence, verb.end() + len(rest) - len(rest.lstrip()))  # the role right after it
        if match and (match.group("article") or "").lower() in ("le", "la", "l’", "l'") \
                and re.match(r"[^\S\n]*(?:[,.;]|$)", sentence[match.end():]):
            return match
    return None


def _english_role_said(sentence: str) -> re.Match[str] | None:
    """'the principal said', 'said the principal': a person the sentence describes by a role, speaking.

    Not 'said the president's temperament': the role after 'said' ends its clause.
    """
    for match in ROLE.finditer(sentence):
        if (match.group("article") or "").lower() == "the" and (
                re.match(r"[^\S\n]+(?:said|says|added|told)\b", sentence[match.end():])
                or (re.search(r"\bsaid[^\S\n]+$", sentence[:match.start()])
                    and re.match(r"[^\S\n]*(?:[,.;]|$)", sentence[match.end():]))):
            return match
    return None


def _english_described_by_a_name(subject: str) -> Speaker | None:
    """Someone described, not named, by a noun a name qualifies: 'the Berlin wine merchant said'.

    Only where the words after the name are nouns, not an adverb before the verb ('the Smiths also'),
    and not a body named for someone ('the Obama administration').
    """
    match = _ENGLISH_NAME_AS_MODIFIER.search(subject)
    if match is None or _BODY.search(match.group(1)):
        return None
    last = match.group(1).split()[-1]
    if last in _ENGLISH_ADVERBS or last.endswith("ly") or last in SMALL_WORDS:
        return None
    return Speaker(re.sub(r"\s+", " ", match.group(0)).strip(), "person", named=False)


def _compound_role_holder(noun: str, roles: dict[str, str]) -> str | None:
    """Who holds the role a German compound ends in: 'buchautorin' is the 'autorin' the article named."""
    ends = [role for role in roles if len(role) >= 5 and noun.endswith(role) and noun != role]
    return roles[max(ends, key=len)] if ends else None


def _speaks_for(role: re.Match[str]) -> bool:
    """Whether a role is a spokesperson's for someone: 'a spokesperson for Sen. Kamala Harris'."""
    return role.group("noun").lower() in _SPOKESPEOPLE \
        and re.match(r"\s+for\b", role.group("tail")) is not None


def _role_then_its_holder(words: str, tokens: list[tuple[int, str, object]]) -> bool:
    """Whether the first two mentions are a role and the name right after it, apart by a comma or a space."""
    if len(tokens) < 2 or tokens[0][1] != "role" or tokens[1][1] != "name" \
            or not isinstance(role := tokens[0][2], re.Match):
        return False
    return re.fullmatch(r",?[^\S\n]*", words[role.end():tokens[1][0]]) is not None


def _english_people_of(words: str, match: re.Match[str]) -> tuple[int, str] | None:
    """Where a plural of people a name qualifies starts, and its words: 'her NASA colleagues'."""
    after = _ENGLISH_PEOPLE_AFTER.match(words, match.end())
    if after is None:
        return None
    owner = _ENGLISH_PEOPLE_OWNER.search(words, max(0, match.start() - 12), match.start())
    start = owner.start() if owner else match.start()
    return start, words[start:after.end()]


# People a name qualifies, after it: 'NASA colleagues', 'the Diana Project authors'.
_ENGLISH_PEOPLE_AFTER = re.compile(
    r"[^\S\n]+(?:colleagues|officials|scientists|researchers|authors|experts|analysts|engineers|workers|"
    r"members|leaders|lawmakers|aides|executives|investigators|doctors|supporters|critics|residents|"
    r"students|teachers|employees|activists|lawyers|sources|spokespeople)\b")
_ENGLISH_PEOPLE_OWNER = re.compile(r"\b(?:the|her|his|their|its|our|some|many|several)[^\S\n]+$", re.I)


def _verb_word(verb: re.Match[str]) -> str:
    """The attribution verb without its auxiliary: 'a déclaré' -> 'déclaré'."""
    return re.sub(r"^\S+[^\S\n]+(?=\S)", "", verb.group()).lower() if " " in verb.group() and \
        verb.group().lower() not in _ACCORDING and not verb.group().startswith(("تاکید", "اعلام")) \
        else verb.group().lower()


def _strip_apposition(subject: str) -> str:
    """'Cheuk Hau-yip, the commander of Kowloon West district,' -> 'Cheuk Hau-yip'."""
    subject = _US_PARTY_STATE.sub("", subject.rstrip())  # 'Sen. Jane Holloway, D-Ore.,'
    subject = _US_PARTY_STATE_IN_BRACKETS.sub("", subject)  # 'Rep. Kevin McCarthy (R., Calif.),'
    # 'Charles Schultze, chairman of …, once summed up': the adverb after the apposition first
    subject = re.sub(r"(?<=,)\s+(?:once|often|also|then|later|again|[a-z]\w*ly)$", "", subject)
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
_ENGLISH_BODY_SUBJECT = re.compile(rf"({NAME.pattern})[^\S\n]+(?:has[^\S\n]+|had[^\S\n]+)?[a-z]+(?:s|ed)\b")
_ENGLISH_FROM_ISSUER = re.compile(rf"[^\S\n]+(?:from|by)[^\S\n]+(?:the[^\S\n]+)?({NAME.pattern})")
# 'testimony that concluded', 'a report which said': the verb's subject is a thing named before it.
# What a speech verb's object looks like right before a quotation about that object: a bare name with
# no comma or colon to introduce the words ('said Lind "was …"'), or '… as' ('remembered Lind … as "').
_ENGLISH_SPOKEN_OF = re.compile(rf"[^\S\n]+(?:{NAME.pattern})[^\S\n]*|[^\S\n]+[^\n]*\bas[^\S\n]*")
# A body named for two places: 'the Harbour Board of Ayr and' (then 'Troon') is one name.
_ENGLISH_BODY_OF_TWO = re.compile(r"((?:[A-Z][\w’'-]*[^\S\n]+)+(?:of|for)[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+)+)"
                                  r"and[^\S\n]+$")
_ENGLISH_RELATIVE_CLAUSE = re.compile(r"\b[a-z][\w’'-]*[^\S\n]+(?:that|which)[^\S\n]*$")
# '" Jo Hart, senior vice president for launch at Acme Defense, Space, and Security,': the name, then a title.
_ENGLISH_LOWER_CASE_TITLE = re.compile(
    rf"[\s,’”\"'…«»“]*({NAME.pattern}),[^\S\n]+(?!(?:and|or|but)\b)[a-z][\w-]*[^\S\n][^…\n]*,[^\S\n]*$")
# 'Kurinji Selvaraj, a research analyst at the … think tank': an apposition the article never closes.
# ('Alex Beasley, Patagonia’s country manager for the UK, Ireland and Nordics, said': a body's, too, and
# 'Amanda Prince, Chambers' sister who lives in Fort Bliss, Texas, said': a name's ending in s)
_ENGLISH_UNCLOSED_APPOSITION = re.compile(
    r"^([^,…\n]*?[\w.]),[^\S\n]+(?:a|an|the|[A-Z][\w-]*(?:[’']s|s[’']))[^\S\n][^…\n]*$")
# A US lawmaker's party and state after the name: 'Sen. Ted Cruz, R-Texas,'.
# 'Sen. Jane Holloway, D-Ore.,', 'Tom Emmer, Minnesota Republican,': a party and a state after the name
_US_PARTY_STATE = re.compile(r",[^\S\n]+(?:[RDI]-[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?"
                             r"|[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?[^\S\n]+(?:Republican|Democrat|Independent)),"
                             r"(?=[^\S\n]*$)")
# A German apposition opening with a role noun: ', Geschäftsführerin von Amnesty International in Österreich,'
_GERMAN_ROLE_APPOSED = re.compile(r"(?<=[\w.]),[^\S\n]+([A-ZÄÖÜ][\w-]*)[^,\n…]{0,200},[^\S\n]*$")
_US_PARTY_STATE_IN_BRACKETS = re.compile(
    r"[^\S\n]*\([RDI](?:\.,|-)[^\S\n]*[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?\)")
_ENGLISH_ROLE_SUBJECT = re.compile(  # 'The doctor was reassuring.', 'A young woman says': someone unnamed
    rf"\W*((?:The|the|A|An)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{0,2}}?(?:{ROLE_NOUNS}))"
    r"[^\S\n]+(?:was|is|had|has|did|does|would|will|[a-z]+ed|[a-z]+s)\b"
    # 'A Dover coastguard said': anyone an indefinite article brings in, saying something
    r"|\W*((?:A|An)[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+)?(?:[a-z][\w-]*[^\S\n]+){0,2}?[a-z][\w-]*)"
    r"[^\S\n]+(?:said|says|told)\b")
_ENGLISH_SOMEONE = re.compile(r"\b(someone|somebody|(?:one|another)[^\S\n]+(?:user|commenter|reader|poster|"
                             r"visitor|listener|viewer))[^\S\n]*$"
                             # '"…," one top Republican with close ties to the campaign said'
                             rf"|^[^\S\n]*((?:one|another|an?)[^\S\n]+(?:[\w’'-]+[^\S\n]+){{0,3}}?"
                             rf"(?:{ROLE_NOUNS}|insider|republican|democrat|person|man|woman|voter|fan)\b"
                             r"(?:[^\S\n]+[\w’'-]+){0,8}?)[^\S\n]*$", re.I)
_ENGLISH_POSSESSIVE_OPENING = re.compile(  # 'Simon's enthusiasm', 'Sometimes Simon's acerbic criticisms'
    rf"\W*(?:([A-Z][a-z]+),?[^\S\n]+)?(?P<owner>{NAME.pattern})[’']s[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{0,2}}?"
    r"(?P<noun>[a-z][\w-]*),?[^\S\n]+(?:[a-z]+)\b")  # (and 'In Hajjaj’s case, she decided')
# Nouns for people: after a possessive, the sentence is about them ('Steenburgen's son … he').
_PERSON_NOUN = re.compile(rf"(?:{ROLE_NOUNS}|{GENDERED_NOUNS}|friend|friends|partner|fiancee?|cousin|child|"
                          r"children|kid|kids|boss|colleague|teammate|manager|agent|team|family|parents?|widow|"
                          r"widower|successor|predecessor|rival|opponent|deputy|assistant|staff|campaign)")
# 'a young ' right before a capitalised word, and a lowercase noun right after it: a description
_ENGLISH_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}$")
_ENGLISH_NOUN_AFTER = re.compile(r"[^\S\n]+[a-z][\w-]*\b")
_ENGLISH_LOWERCASE_ROLE_BEFORE = re.compile(rf"\b({ROLE_NOUNS})[^\S\n]+$")
# A name ending the words before a verb of saying, perhaps with an adverb ('… David Usupashvili also')
_ENGLISH_NAME_ENDING = re.compile(rf"({NAME.pattern}),?(?:[^\S\n]+(?:also|then|later))?[^\S\n]*$")
def _of_the_name(words: str, name: str) -> bool:
    """Whether ``words`` open with 'de', 'du' or 'd’' and ``name``: what a French noun before them is of."""
    return re.match(rf"[^\S\n]*(?:d[’']|de[^\S\n]+|du[^\S\n]+){re.escape(name)}", words) is not None


# French nouns for people by their ending: 'coureur', 'chanteuse', 'actrice', 'musicien', 'cycliste'
_FRENCH_PERSON_ENDING = re.compile(r"(?:eur|euse|rice|ien|ienne|iste)$")
def _clause_opened_by(openers: tuple[str, ...]) -> re.Pattern[str]:
    """A sentence's opening clause up to its comma, when one of ``openers`` opens it."""
    return re.compile(rf"[\s“”\"…]*(?:{'|'.join(w.capitalize() for w in openers)})\b[^,;:\n…]{{1,200}},")


# What opens an English clause of its own, before its comma: 'When the Broncos …,', 'Though he had …,'
_ENGLISH_SUBORDINATORS = ("when", "while", "once", "although", "though", "because", "whenever")
_ENGLISH_SUBORDINATE_CLAUSE = _clause_opened_by(_ENGLISH_SUBORDINATORS)
# A clause before the main one that may name someone else ('After Lily Miyazaki won, …'); also what opens
# a phrase ('After the match, …'), which names no one
_ENGLISH_OPENING_CLAUSE = _clause_opened_by((*_ENGLISH_SUBORDINATORS, "after", "before", "since", "as", "if",
                                             "until"))
_ENGLISH_DOCTOR = re.compile(rf"\bDr\.?[^\S\n]+({NAME.pattern})")
_PERSON_THEN_APPOSITION = re.compile(rf"(?:^|[.!?:;]\s+|\n)[^\S\n]*({NAME.pattern}),[^,\n…«»“”\"]{{1,150}},"
                                     r"[^\S\n]*$")
_UNNAMED_PERSON = re.compile(r"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)[^\S\n]+(?:[a-z][\w’'-]*[^\S\n]+){0,3}?"
                             r"[a-z][\w’'-]*,?[^\S\n]+who\b")


# A name right after these is a publication, not who speaks: 'told the newspaper Le Monde'.
_PUBLICATIONS = frozenset({"journal", "newspaper", "magazine", "daily", "weekly", "tabloid", "broadcaster"})
# Common nouns written in capitals, never a speaker: 'TV commercials in which people say'.
_COMMON_ACRONYMS = frozenset({"TV", "DVD", "VOD", "PC", "CD", "GPS", "HIV", "DNA", "ATM", "SUV", "CEO"})


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
                 "portavoz", "porta-voz",
                 # 'an Iowa Republican said': a party member the article leaves unnamed, not the state
                 "republican", "democrat", "insider"}
# 'Le Soir', 'La Libre', 'L'Avenir': a French title that keeps its article
# (not an acronym: 'La FGTB regrette' is the union FGTB)
_FRENCH_TITLE_WITH_ARTICLE = re.compile(r"(?:Le|La|L’|L')[^\S\n]*(?![A-ZÀ-Ý]+\b)[A-ZÀ-Ý][\w’'-]+")
# A body whose name goes on with 'of', 'for' or 'and' after a word of ORG_WORDS: 'Alliance of Motion
# Picture and Television Producers', 'Medical Aid for Palestinians'
# 'comme le remarque X', 'comme l’a dit X': the subject comes after the verb
_FRENCH_AS_SAYS = re.compile(r"(?<![\w-])comme(?:[^\S\n]+le|[^\S\n]+l[’'])?[^\S\n]*$")
# What a person's name runs into before the body it is of: ' with the ', ' of ', ' at the '
# ('Jade Chapman from the charity Surfers Against Sewage told': what the body is may come between, and
# the words of its name its last word was read without)
_ENGLISH_PERSON_OF = re.compile(r"[^\S\n]+(?:of|at|from|with)(?:[^\S\n]+the(?:[^\S\n]+[a-z][a-z-]*){0,2})?"
                                r"[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]+)*")
_ENGLISH_BODY_OF = re.compile(
    r"(?<![\w’'-])(?:[A-Z][\w’'-]*[^\S\n]+){0,3}(?:" + "|".join(sorted(ORG_WORDS, key=len, reverse=True))
    + r")(?:[^\S\n]+(?:of|for|and)(?:[^\S\n]+the)?(?:[^\S\n]+[A-Z][\w’'-]*)+)+")
_BODY = re.compile(rf"(?P<owner>{NAME_WORD}(?:[^\S\n]+{NAME_WORD})*)[^\S\n]+"
                   r"(?P<body>administration|government|campaign|camp|team|office|family"
                   r"|(?:(?:foreign|defen[cs]e|interior|health|finance|justice|economy)[^\S\n]+)?ministry)\b")
_LINE = re.compile(r"[^\n]+")
# French inversion joins the pronoun to the verb: "dit-il", "a-t-elle dit".
_JOINED_PRONOUN = re.compile(r"^\S*?-(?:t-)?(il|elle|ils|elles)\b")
# 'X issued a statement', 'a statement from X'; 'X published a report', 'the report, by the Y Group,'
_ISSUED = {document: re.compile(rf"(?P<issuer>{NAME.pattern})[^\S\n]+"
                                r"(?:(?:issued|released|put out|published|posted|shared|sent|wrote)"
                                # 'X responded to the study with an open letter'
                                r"|(?:responded|replied|reacted)[^.\n…]{0,80}?[^\S\n]with)"
                                rf"[^\S\n]+(?:a|an|its|their|his|her)[^\S\n]+(?:\w+[^\S\n]+)?{document}"
                                rf"|{document},?[^\S\n]+(?:from|by)[^\S\n]+(?:the[^\S\n]+)?(?P<by>{NAME.pattern})")
           for document in ("statement", "report", "letter")}
_FRENCH_DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "ce", "cette", "son",
                       "sa", "ses", "leur", "leurs", "notre", "nos"}
_NEW_SENTENCE = re.compile(r"[^\S\n]*[»«“”„\"]?[^\S\n]*\(?[A-ZÀ-Ý]")  # or an aside: „…“ (X berichtete …)
_TAKES_AN_OBJECT = {"told", "tells", "tell", "telling", "asked", "asks", "asking", "urged", "urges", "warned",
                    "décrit", "décrivant"}  # (French: "décrivant la France comme « … »")
_COMPANIES = {"company", "firm", "contractor"}  # 'the firm said': the body named before
_BODIES = {*_COMPANIES, *_ISSUED, "agency", "authority", "police", "group"}
# The role nouns that describe a thing or a body, never a person: 'the law firm Walsh, Wilkins, Creighton'
_NOT_PEOPLE = frozenset({*_BODIES, "source"})
# A social media handle in brackets after a name: 'Steve Herrod (@herrod)'.
_HANDLE = re.compile(r"[^\S\n]*\(@[\w.]+\)")
# Players by their position: a side's name before one ('The England forward') qualifies the player.
_PLAYERS = frozenset({"forward", "striker", "midfielder", "defender", "goalkeeper", "winger", "quarterback",
                      "pitcher", "player", "captain"})
# The English roles that tell a person's gender, by the pronoun that would mean them.
_ROLE_PRONOUN = {"actress": "she", "chairwoman": "she", "spokeswoman": "she", "woman": "she", "mother": "she",
                 "chairman": "he", "spokesman": "he", "man": "he", "father": "he"}
_PERSON_ROLES = {"actor", "actress", "singer", "minister", "president", "leader", "official", "coach",
                 "player", "star", "host", "captain", "envoy", "ambassador", "secretary", "governor",
                 "senator", "mayor", "chairman", "chairwoman", "founder", "executive", "director"}
# Roles a person holds, not what they are to someone else ('the patient', 'the victim's mother'): opening a
# sentence after one that names one person, they are that person ('The French premier took to X').
_OFFICES = frozenset({*(_PERSON_ROLES - {"official"}), *_PLAYERS, "premier", "chancellor", "owner"})
# Verbs naming whom the words are attributed to right after them, as "according to X" does.
_ACCORDING = {"according", "selon", "d’après", "d'après", "par la voix de", "par la voix d’",
              "par la voix d'", "laut", "según", "به گفته", "وفقا", "بحسب",
              *de_fr.ACCORDING}
_PRONOUN = re.compile(r"\b(he|she|they|it|il|elle|ils|elles|lui|er|él|ella|ele|ela)\b", re.I)
# What opens a phrase setting a sentence's scene before its subject: 'In May,', 'Earlier,', 'After the vote,'.
_SCENE_OPENERS = frozenset({
    "in", "on", "at", "by", "after", "before", "during", "since", "until", "despite", "for", "from", "with",
    "without", "under", "over", "amid", "among", "between", "through", "across", "inside", "outside",
    "earlier", "later", "meanwhile", "yesterday", "today", "tonight", "now", "then", "still", "however",
    # a clause of its own: 'When the Broncos put in a run reel, safety John Lynch … wondered'
    *_ENGLISH_SUBORDINATORS,
})
_PERSONAL = {"he", "she", "il", "elle", "lui", "er", "él", "ella", "ele", "ela"}
