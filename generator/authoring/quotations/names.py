"""The people and bodies an article names, read once for the whole article (``NameBook``).

Full names and the roles they hold, how a later mention refers back (a surname, an acronym, "the
minister"), whom English prose calls he or she, and the helpers that tell a person's name from a
place, a title or a body.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from generator.authoring import speech_de_fr as de_fr
from generator.authoring.name_words import KOREAN_SURNAMES, OPENERS, ORG_WORDS, TITLES, is_person_title
from generator.authoring.name_words import NOT_NAMES as _ENGLISH_NOT_NAMES
from generator.authoring.quotations.model import Speaker
from generator.authoring.quotations.patterns import (
    ARTICLE_PARTICLE,
    FRENCH_ROLE_NOUNS,
    INDEFINITE,
    NAME,
    NEWLINE,
    NOT_NAMES,
    ROLE,
    ROLE_NOUNS,
    SENTENCE_END,
    SPEECH_VERBS,
    VERB,
    sentence_start,
)

_TITLE_BEFORE = re.compile(
    rf"\b({ROLE_NOUNS})(?:[^\S\n]+(?:to|of|for|at)[^\S\n]+[A-Z][\w’'-]*)?[^\S\n]+$", re.I)
# 'The judge, Colleen Kollar-Kotelly, said': the role, then the name set off by commas
_ROLE_APPOSED = re.compile(rf"\bthe[^\S\n]+(?:[\w’'-]+[^\S\n]+){{0,2}}?({ROLE_NOUNS}),[^\S\n]+$", re.I)
_ROLE_AFTER = re.compile(rf",\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?({ROLE_NOUNS})\b"
                         # ('… about Spears, the television doctor said': the subject of what follows)
                         rf"(?![^\S\n]+(?:{SPEECH_VERBS})\b)", re.I)
# 'Philippe de Gonneville, le maire de Lège-Cap-Ferret'; 'le juge en chef de la Cour, Eugene Rossiter,'
_FRENCH_ROLE_AFTER = re.compile(rf",\s+(?:le|la|l’|l')\s*(?:[\w’'-]+\s+){{0,2}}?({FRENCH_ROLE_NOUNS})\b")
_FRENCH_ROLE_APPOSED = re.compile(
    rf"\b(?:le|la|l’|l')\s*(?:[\w’'-]+\s+){{0,2}}?({FRENCH_ROLE_NOUNS})(?:\s+[^,\n]{{1,60}})?,[^\S\n]+$")
_HONORIFIC = re.compile(r"^(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Sir)\.?\s+)")
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$")
POSSESSIVE_END = re.compile(r"[’']s$")
_ARTICLE_START = re.compile(ARTICLE_PARTICLE)
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060]")  # soft hyphens and joiners a page may hide in a name
_ACRONYM_WORD = re.compile(r"(?<![\w’'-])[A-Z]{2,6}(?![\w’'-])")
_JOINED_BODY = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w-]*"
                          r"(?:[^\S\n]+(?:(?:and|of|for|on)[^\S\n]+)?[A-Z][a-z][\w-]*)+")
_DEFINED_ACRONYM = re.compile(rf"({NAME.pattern})[^\S\n]+\(([A-Z][A-Za-z]{{0,5}}[A-Z])\)")


class NameBook:
    """The names an article gives: full names, roles they hold, and how later mentions refer back."""

    def __init__(self, prose: str) -> None:
        self.full: list[str] = []
        self.roles: dict[str, str] = {}
        self.named_roles: list[tuple[int, str, str]] = []  # where a role was given a name: (at, role, name)
        self._exact: dict[str, str] = {}  # a full name without its suffix -> the full name
        self.fuller: dict[str, str] = {}  # a name given first in short, by its full form
        self._part: dict[str, str] = {}  # its last words -> the first full name so
        self._spelt: dict[str, str] = {}  # a surname as spelt without accents or umlauts -> the full name
        self.sharing: dict[str, list[str]] = {}  # a surname -> every full name ending so ('Simons')
        self.gender: dict[str, str] = {}  # a full name -> 'm' or 'f', once the article is read
        # English capitalised words a verb of saying follows ('Still said'): a surname, whatever else they are
        self._said_alone: frozenset[str] = frozenset()
        self._titled: dict[str, set[str]] = {}  # a full name -> the genders of the titles it is given
        # its first word -> the first full name so; a surname wins: 'Bolt' is 'Usain Bolt', not 'Bolt Wins'
        self._first: dict[str, str] = {}
        # German: a first name -> every full name it opens ('Nora' -> 'Nora Back'), read for one word
        # alone only where no noun of the article is that word
        self._german_first: dict[str, list[str]] = {}
        # Single words the article puts after 'in', 'to', 'from': places, never a first name alone
        # ('Israel' in an article that names Israel Katz is still the state)
        self._places = frozenset(m.group(1) for m in _PLACE_AFTER.finditer(prose))
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
        if self.english:
            self._said_alone = frozenset(_SAID_ALONE.findall(prose))
            # A word the article writes alone opens no name, but a word that only ends a run is none
            # ('Khalid Sheikh Mohammed' in the article keeps 'Mohammed Mansour Jabarah' whole), and a
            # first name the article goes on to use alone opens its full name ('Hafiz Usama Tanveer', then
            # 'Hafiz, from Pakistan, has created').
            self.not_first = (_alone_in_english(prose) - _first_names_alone(prose, self._said_alone)) | common
        self._possessive_names = _english_possessive_names(prose) if self.english else frozenset()
        speaking = words_speaking_alone(prose) if self.capitalised_nouns else frozenset()
        self.nouns: frozenset[str] = de_fr.german_nouns(prose) - _german_first_names(prose, speaking) \
            if self.capitalised_nouns else frozenset()
        self.not_first |= self.nouns
        if self.capitalised_nouns:
            self.not_first |= _adverbial_nouns(prose)
        # 'Das Alfred-Wegener-Institut (AWI) …': later 'das AWI' is the institute; 'the EC', in an
        # article naming one body whose capitals spell it, is the Election Commission
        mentions = [(match, self.name_at(prose, match)) for match in NAME.finditer(prose)]
        # (spelled by the run as written too: 'One Laptop Per Child (OLPC)' keeps the 'One' a name drops)
        self.acronyms = _spelled_acronyms(prose, [name for _, name in mentions]
                                          + [m.group() for m, name in mentions if m.group() != name]) | {
            m.group(2): name for m in _DEFINED_ACRONYM.finditer(prose)
            if (name := _spelling(m.group(1).strip(), m.group(2)) or self.name_of(m.group(1)))}
        self.apposed = (de_fr.apposed_names(prose, self.nouns)
                        | de_fr.named_alone(prose, self.nouns, self._lowercase)) \
            if self.capitalised_nouns else frozenset()
        lowered = frozenset((m.group(1), m.group(2)) for m in _LOWER_THEN_CAPITAL.finditer(prose)) \
            if self.english else frozenset()
        joined = Counter(m.group() for m in _JOINED_RUN.finditer(prose)) if self.english else Counter()
        capitals = _capitalised_words(prose) if self.english else {}
        runs = [name.split() for _, name in mentions] if self.language else []
        surnames = frozenset(words[-1] for words in runs if len(words) >= 2)
        for match, name in mentions:
            if self.english and len(name.split()) >= 4:
                name = self.name_of(match.group())  # read again, knowing the names before it
            if self._genitive_of_a_person(name):
                continue  # its person came before: 'Richard David Precht', then 'Prechts Prognose'
            earlier = self._part.get(name.split()[-1]) if self.language and name else None
            if self.language and (de_fr.noun_of_something(name, self.nouns, surnames)
                                  or de_fr.same_person(name, earlier)):
                # 'Daten von Rheinmetall'; 'Trendscout Landowski' after 'Karolina Landowski'; but 'die
                # Aufmerksamkeit von Jeanmaire Molina, einer Botanikerin': a person's full name after 'von'
                if (owner := de_fr.person_after_von(name, self.nouns)) and owner not in self._part:
                    self._add(owner)
                elif earlier and _fuller_first_name(name, earlier) and name.split()[0] not in self.nouns:
                    self.fuller[earlier] = name  # 'Danni Büchner' in the headline, 'Daniela Büchner' below
                    self._exact.setdefault(_bare(name), name)
                continue
            if self.capitalised_nouns and (word_before(prose, match.start()) in _DETERMINERS
                                           or de_fr.adjective(word_before(prose, match.start()))) \
                    and not (TITLE_WORD.search(match.group().split()[0]) and len(name.split()) >= 2) \
                    and not VERB.fullmatch(word_before(prose, match.start())):
                if _german_surname_speaks(speaking, name):  # 'des Büros … Sandra Rostek', '… so Rostek'
                    self._add(" ".join(name.split()[-2:]))
                elif len(name.split()) >= 2 and (noun := match.group().split()[0]) in self.nouns \
                        and not match.group().startswith(name) and not is_org(name) \
                        and _bare(name) not in self._exact \
                        and re.search(rf"(?<![\w-]){re.escape(noun)}[^\S\n]+[a-zäöüß]", prose):
                    self._add(name)  # 'Der Vorsitzende des Aufsichtsrat Wolfgang Steubing': a noun, then him
                continue  # 'seinem Wohnort Barcelona', 'in erster Linie Trassen': German capitalises nouns
            if self.capitalised_nouns and name and counted_name(prose, match, name):
                continue  # '650 Milliarden Dollar', 'Einige Hundert Kilometer': things counted, no one
            # 'Doppelzimmer Julia Taubitz' in a headline, 'Julia Taubitz' below; 'Houssein Al Malla'
            # twice and 'so Al Malla' once is one name (its last words counted apart from it)
            if self.capitalised_nouns and len(name.split()) >= 3 and name.split()[-2][:1].isupper() \
                    and prose.count(last_two := " ".join(name.split()[-2:])) - prose.count(name) \
                    >= prose.count(name):
                name = last_two
            if self.english and (_english_workplace(prose, match.start()) or _english_region(name)
                                 or _english_joined_body(prose, match, joined)
                                 or _lowered_elsewhere(lowered, name)):
                continue
            if self.english and _verb_after_a_single_name(prose, name, self._lowercase):
                continue  # 'Dasha Wants to Get Country Music Audiences Dancing': a headline's verb
            if name and len(name.split()) >= 2 and not is_org(name) and _bare(name) not in self._exact \
                    and not any(c.isdigit() for c in name) and not _initials_only(name) \
                    and not _COUNTRY_INITIALS.fullmatch(name.split()[-1]) \
                    and not de_fr.compound_noun(name.split()[0], self.nouns) \
                    and not (self.capitalised_nouns and any(map(de_fr.noun_by_suffix, name.split()))) \
                    and not (self.capitalised_nouns and _GERMAN_ADJECTIVE.fullmatch(name.split()[0])) \
                    and name not in self._part and _particle_lowered(name) not in self._part \
                    and not (self.english and any(POSSESSIVE_END.search(w) for w in name.split()[:-1])) \
                    and name.split()[-1] not in _TITLES_ENDING_NO_NAME \
                    and not (self.english and _mostly_placed(prose, name, capitals)):  # a town
                titled = self._part.get(name.split()[-1])
                self._add(name)  # ('Victim's Mother Assails Huckabee': a headline, not a person's name)
                if self.english:
                    self._note_middle_initial(name)
                if titled and len(titled.split()) == 2 and titled.split()[0] in TITLES:
                    # 'President Trump' in the first lines, 'US President Donald Trump' later: Donald Trump
                    self.fuller[titled] = name
                    self._part[name.split()[-1]] = name
            elif self.english and name and name != (shorter := self._exact.get(_bare(name), name)) \
                    and _bare(shorter) == shorter and name.startswith(shorter):
                self.fuller[shorter] = name  # 'Judge T.S. Ellis' first, 'T.S. Ellis III' later: the fuller
            if name and not is_org(name):
                self._note_role(prose, match.start(), match.end(), name)
        # a role noted before its holder's full name ('Bundesministerin Raab:' in a headline) holds it
        self.roles = {role: self.resolve(name) for role, name in self.roles.items()}
        singles = _english_single_names(prose) if self.english \
            else de_fr.french_single_speakers(prose) if self.language == "fr" else []
        for single in singles:
            if single not in self._part and single not in self._first and single not in self._exact:
                self._add(single)
        self.described = [(m.start(), m.group("noun").lower(), re.sub(r"\s+", " ", m.group(0)).strip())
                          for m in ROLE.finditer(prose)
                          if (m.group("article") or "").lower() in INDEFINITE]
        self._titled = _titled_genders(prose, self) if self.english else {}
        self.gender = _english_genders(prose, self) if self.english else \
            _french_genders(prose, self) if self.language == "fr" else {}
        self.introduced = _english_introduced_people(prose, self) if self.english else frozenset()

    def _note_middle_initial(self, name: str) -> None:
        """'Nikki Haley' in the headline and 'Nikki R. Haley' below, in either order: the fuller form."""
        words = name.split()
        if len(words) == 3 and _MIDDLE_INITIAL.fullmatch(words[1]):
            shorter = f"{words[0]} {words[2]}"
            if shorter in self._exact.values():
                self.fuller[shorter] = name
        elif len(words) == 2:
            fuller = [full for full in self.sharing.get(words[1], ())
                      if len(full.split()) == 3 and full.split()[0] == words[0]
                      and _MIDDLE_INITIAL.fullmatch(full.split()[1])]
            if len(fuller) == 1:
                self.fuller[name] = fuller[0]

    def _add(self, name: str) -> None:
        self.full.append(name)
        bare = _bare(name)
        self._exact.setdefault(bare, name)
        words = bare.split()
        for i in range(1, len(words)):
            self._part.setdefault(" ".join(words[i:]), name)
        if len(words) > 1:
            self.sharing.setdefault(words[-1], []).append(name)
            self._spelt.setdefault(_as_spelt(words[-1]), name)
        if self.english and len(words) > 2 and words[0] in KOREAN_SURNAMES:
            self._part.setdefault(words[0], name)  # 'Yoon Suk Yeol', then 'Yoon said'
        bare_surname = _ARTICLE_START.sub("", words[-1])
        if self.english and len(words) > 1 and bare_surname != words[-1]:
            self._part.setdefault(bare_surname, name)  # 'Sheik Rashid' is 'Hassan Omar al-Rashid'
        if not self.capitalised_nouns:  # a German capitalised noun would pass for a first name
            self._first.setdefault(words[0], name)
        elif len(words) == 2:
            self._german_first.setdefault(words[0], []).append(name)

    def name_of(self, run: str) -> str:
        """A capitalised run as a name (see ``_person_part``)."""
        if (run in de_fr.OPENERS or (self.english and run in _SURNAME_TITLES)) and not self.never_a_name(run):
            return run  # 'Forte said' after 'Tom Forte', 'said King' after 'Wayne King'
        if self.english and (of := _SURNAME_OF.fullmatch(run.strip())) and of.group(1) in self._part:
            return of.group(1)  # 'said Warbiany of Western Digital' after 'Brad Warbiany': the person
        if self.english and (owned := _BODYS_SURNAME.fullmatch(run.strip())) and owned.group(1) in self._part:
            return owned.group(1)  # 'says Redfly Marketing’s Davis', 'GT Nexus’ Johnsen': the person
        name = de_fr.without_noun(_person_part(run, self.not_first), self.nouns)
        if self._said_alone and name and (rest := run.strip()[len(name):].split()) and len(rest) == 1 \
                and run.strip().startswith(name + " ") and rest[0] in self._said_alone:
            name = f"{name} {rest[0]}"  # 'Steven Still' when the article goes on 'Still said …'
        words = name.split()
        # 'Sondergesetzliche Regelung', 'Läuft Trochowski': a word the article also writes in lowercase
        if self.capitalised_nouns and len(words) == 2 and (
                words[0] in self._lowercase or de_fr.capitalised_adjective(words[0], self._lowercase)):
            return words[1]  # 'Niedrige Zinsen', 'Verstörende Sprachregelung': an adjective, then a noun
        peer = POSSESSIVE_END.sub("", run.strip()).split()
        peer = peer[:2] if peer[2:3] == ["of"] else peer  # 'Sgt. Tyus of the APD said'
        if self.english and len(peer) == 2 and peer[0] in _NAMING_TITLES and peer[1] == name \
                and name not in self._part:
            return " ".join(peer)  # 'Lord McAlpine', 'President Bush': named by the title, no first name
        if self.english and self._titled and (titled := _GENDERED_TITLE.match(run.strip())) \
                and len(name.split()) == 1 and (full := self.resolve(name)) != name \
                and self._titled.get(full, set()) == {"m", "f"} - {_TITLE_GENDER[titled.group(1)]}:
            return " ".join(run.split()[:2])  # 'Lady Starmer' in an article about Sir Keir Starmer: his wife
        if self.english and (honorific := _ENGLISH_HONORIFIC.match(run.strip())) \
                and len(self.sharing.get(name, ())) > 1:
            # 'Mr Simons' in an article about Ninette and her husband Philip Simons: the man
            said = _TITLE_GENDER[honorific.group(1)]
            fits = [full for full in self.sharing[name] if self.gender.get(full) == said] \
                or [full for full in self.sharing[name] if self.gender.get(full) is None]
            return fits[0] if len(fits) == 1 else name
        if self.english and POSSESSIVE_END.search(run.strip()) and name in self._possessive_names:
            return run.strip()  # 'Moody’s added': a body whose name ends in 's
        words = name.split()
        if self.english and len(words) >= 4:  # 'Captain of the Steve Irwin Paul Watson': a ship, then a man
            for cut in range(2, len(words) - 1):
                if " ".join(words[:cut]) in self._exact:
                    return " ".join(words[cut:])
        return "" if self._genitive_of_a_person(name) else name

    def name_at(self, prose: str, match: re.Match[str]) -> str:
        """A run as a name; in French, a place after 'à' or 'en' is cut from the name that follows it
        ('anticipe à Pékin Andy Rothman')."""
        run = match.group()
        if self.language == "fr" and word_before(prose, match.start()) in ("à", "en") \
                and len(run.split()) >= 3:
            return self.name_of(run.split(None, 1)[1])
        if self.language == "fr" and (noun_of := _FRENCH_NOUN_OF_A_NAME.fullmatch(run)):
            return self.name_of(noun_of.group(1))  # 'Décès de Michel Daerden' in a headline: Michel Daerden
        return self.name_of(run)

    def _genitive_of_a_person(self, name: str) -> bool:
        """'Prechts Prognose', 'van der Vaarts Abschiedsgala': in German, a named person's thing."""
        words = name.split()
        return self.language == "de" and len(words) >= 2 and words[-2].endswith("s") \
            and (words[-2][:-1] in self._part or words[-2][:-1] in self._exact)

    def _note_role(self, prose: str, start: int, end: int, name: str) -> None:
        """'President Donald Trump', 'shadow minister Chi Onwurah', 'Chi Onwurah, the minister'."""
        run = prose[start:end]
        before = prose[max(0, start - 80):start] + run[:run.rfind(name.split()[0])]
        title = _TITLE_BEFORE.search(before)
        after = (_FRENCH_ROLE_AFTER if self.language == "fr" else _ROLE_AFTER).match(prose[end:end + 60])
        apposed = (_FRENCH_ROLE_APPOSED if self.language == "fr" else _ROLE_APPOSED).search(before) \
            if prose[end:end + 1] in (",", ".", ";") else None
        for found in (title, after, apposed):
            if found:
                self.roles[found.group(1).lower()] = self.resolve(name)
                self.named_roles.append((start, found.group(1).lower(), self.resolve(name)))
        # the title nearest the name: 'Bayerns Wirtschaftsminister Hubert Aiwanger' holds 'minister'
        titles = run[:run.rfind(name.split()[0])].split() if self.language == "de" else []
        compound = next((m for word in reversed(titles) if (m := TITLE_WORD.search(word))), None)
        if compound:  # 'Wirtschaftsminister Hubert Aiwanger', then 'sagte der Minister'
            self.roles.setdefault(compound.group().lower(), self.resolve(name))

    def resolve(self, mention: str) -> str:
        """The full name a mention refers to: 'Lopez' -> 'Maria Lopez', else the mention itself."""
        mention = _bare(_HONORIFIC.sub("", mention))
        first = self._first.get(mention) if mention not in self._places else None
        found = self._exact.get(mention) or self._part.get(mention) or first \
            or self.acronyms.get(mention)
        if not found:
            found = self._part.get(_particle_lowered(mention))  # 'Al Musa' opening a sentence: 'Maha al Musa'
        if not found and self.language and mention:  # 'Trendscout Landowski': 'Karolina Landowski'
            earlier = self._part.get(mention.split()[-1])
            found = earlier if de_fr.same_person(mention, earlier) else None
        if not found and len(self._german_first.get(mention, ())) == 1 and mention not in self.nouns:
            found = self._german_first[mention][0]  # '„…“, ruft Nora den Demonstranten zu': Nora Back
        if not found and " " not in mention and mention[:1].isupper():
            found = self._spelt.get(_as_spelt(mention))  # 'Mueller said' after 'Gerhard Müller'
        found = found or mention
        return self.fuller.get(found, found)

    def never_a_name(self, word: str) -> bool:
        """Whether ``word`` opens a sentence or titles someone and names no one; in English, a French or
        German opener that is the surname of a full name given ('Forte said' after 'Tom Forte') is a name."""
        # (and a title that is a surname too: 'said King' after 'Wayne King')
        surname = word not in _ENGLISH_NOT_NAMES or word in _SURNAME_TITLES
        if self.english and word in self._part and surname:
            return False
        return word in NOT_NAMES

    def common_word(self, name: str) -> bool:
        """Whether ``name`` is one word the article also writes in lowercase ('New signs appeared')."""
        return " " not in name and name in self._lowercase

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
        said = PRONOUN_GENDER.get(pronoun) or _FRENCH_PRONOUN_GENDER.get(pronoun)
        return known is None or said is None or said == known


# 'erklärt auf Nachfrage Jonas Weber', 'sagte im Interview Anna Berger': German puts the verb's
# adverbials before its subject; prepositions that do not take the one spoken to or of ('mit', 'über').
_ADVERBIAL_AFTER_A_VERB = re.compile(r"(?<![\w-])(\w+)[^\S\n]+(?:auf|im|am|zum|zur|beim|bei|vor|nach|in|zu)"
                                     r"[^\S\n]+([A-ZÄÖÜ][\w-]*)(?=[^\S\n]+[A-ZÄÖÜ])")


def _adverbial_nouns(prose: str) -> frozenset[str]:
    """The German nouns a preposition puts between a verb of saying and its speaker: no first names."""
    return frozenset(m.group(2) for m in _ADVERBIAL_AFTER_A_VERB.finditer(prose)
                     if VERB.fullmatch(m.group(1)))


def counted_name(prose: str, match: re.Match[str], name: str) -> bool:
    """Whether a German name's first word is a numeral or follows one: what is counted is no person."""
    first = name.split()[0]
    start = match.start() + max(match.group().find(first), 0)
    return de_fr.counted(first) or de_fr.counted(word_before(prose, start))


def _spelling(run: str, acronym: str) -> str:
    """The run, when its capitals spell the acronym defined after it ('One Laptop Per Child (OLPC)')."""
    return run if "".join(w[0] for w in re.split(r"[\s-]+", run) if w[:1].isupper()) == acronym else ""


# A French body named by a noun and its lowercase adjectives: 'Parti socialiste', 'Front national'
_FRENCH_BODY_WITH_ADJECTIVES = re.compile(
    r"(?<![\w’'-])(?:Parti|Front|Rassemblement|Mouvement|Union|Confédération|Fédération|Conseil|Assemblée|"
    r"Banque|Agence|Organisation|Cour|Haute[^\S\n]+autorité)"
    r"(?:[^\S\n]+(?!(?:et|de|des|du|la|le|les|en|au|aux|pour|par|sur|qui|que|dans)\b)[a-zà-ÿ][\w’'-]+){1,2}"
    r"(?![\w’'-])")


def _spelled_acronyms(prose: str, names: list[str]) -> dict[str, str]:
    """Each acronym the prose uses whose letters are the capitals of exactly one of ``names``, or of
    one body whose name joins capitalised words with 'and', 'of', 'for' ('Competition and Markets
    Authority' for 'the CMA')."""
    used = {m.group() for m in _ACRONYM_WORD.finditer(prose)}
    spelled: dict[str, set[str]] = {}
    joined = [m.group() for m in _JOINED_BODY.finditer(prose) if ORG_WORDS & set(m.group().split())]
    capitals = [(name, "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()))
                for name in [*names, *joined]]
    # 'Parti socialiste' spells 'PS' with its adjective ('Parti socialiste condamne': the shorter run too)
    french = [(" ".join(words[:end]), "".join(w[0] for w in words[:end]).upper())
              for m in _FRENCH_BODY_WITH_ADJECTIVES.finditer(prose) if (words := m.group().split())
              for end in range(2, len(words) + 1)]
    for name, initials in [*capitals, *french]:
        if len(re.split(r"[\s-]+", name)) >= 2 and initials in used:
            spelled.setdefault(initials, set()).add(name)
    return {acronym: names.pop() for acronym, names in spelled.items() if len(names) == 1}


# English pronouns and honorifics by the gender they give the person they refer to.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
ENGLISH_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
_ENGLISH_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[^\S\n]+(?=[A-Z])")
# (and the titles of the peerage and knighthood)
_TITLE_GENDER = {"Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Lady": "f",
                 "Dame": "f"}


def _is_english(head: str) -> bool:
    """Whether an article's opening reads as English rather than French, German or Spanish."""
    english = len(re.findall(r"\b(?:the|and|of|is|with|to|that)\b", head))
    # ('el-Sayed' is an Arabic name's article, not Spanish 'el')
    other = len(re.findall(r"\b(?:der|die|und|das|nicht|le|la|les|et|est|des|une|el|los|que|por)\b(?!-)",
                           head))
    return english > 2 * other


_FRENCH_HONORIFIC = re.compile(r"(?<![\w’'-])(M\.|Mme|Monsieur|Madame)[^\S\n]+(?=[A-ZÀ-Ý])")
_FRENCH_PRONOUN_GENDER = {"il": "m", "elle": "f"}


def _french_genders(prose: str, names: NameBook) -> dict[str, str]:
    """Whom a French article calls a man or a woman by 'M.' or 'Mme' before the name; both: unknown."""
    votes: dict[str, set[str]] = {}
    for match in _FRENCH_HONORIFIC.finditer(prose):
        run = NAME.match(prose, match.end())
        name = names.resolve(names.name_of(run.group())) if run else ""
        if name and names.is_person(name):
            votes.setdefault(name, set()).add("m" if match.group(1) in ("M.", "Monsieur") else "f")
    return {name: gender.pop() for name, gender in votes.items() if len(gender) == 1}


_GENDERED_TITLE = re.compile(rf"({'|'.join(_TITLE_GENDER)})\.?[^\S\n]+(?=[A-Z])")


def _titled_genders(prose: str, names: NameBook) -> dict[str, set[str]]:
    """The genders of the titles each full name is given with its first name ('Sir Keir', 'Sir Keir
    Starmer'): whom a title of the other gender before the surname alone cannot mean."""
    titled: dict[str, set[str]] = {}
    for match in _GENDERED_TITLE.finditer(prose):
        if (run := NAME.match(prose, match.end())) is None:
            continue
        words = run.group().split()
        full = names.resolve(names.name_of(run.group()))
        if len(words) > 1 or (full != words[0] and full.split()[0] == words[0]):  # not the surname alone
            titled.setdefault(full, set()).add(_TITLE_GENDER[match.group(1)])
    return titled


def _english_genders(prose: str, names: NameBook) -> dict[str, str]:
    """Whom the article itself calls a man or a woman: 'Mr'/'Ms' before a name, or 'he'/'she' after it.

    Learnt from this article only, never from a list of first names: an honorific before a
    mention, and the pronouns of a sentence (and of the next one, when it names no one else) that
    names exactly one person; the more frequent wins, a tie leaves the person unknown.
    """
    votes: dict[str, list[str]] = {}
    for match in _ENGLISH_HONORIFIC.finditer(prose):
        run = NAME.match(prose, match.end())
        if run and len(names.sharing.get(names.name_of(run.group()), ())) > 1:
            continue  # 'Mr Simons' and 'Mrs Simons': which Simons each is, is what the genders tell
        name = names.resolve(names.name_of(run.group())) if run else ""
        if name and names.is_person(name):
            votes.setdefault(name, []).append(_TITLE_GENDER[match.group(1)])
    for match in _KIN_APPOSED.finditer(prose):  # 'her husband, Philip Simons,'
        name = names.resolve(names.name_of(match.group(2)))
        if names.is_person(name):
            votes.setdefault(name, []).append("m" if _GENDERED_NOUNS["m"].fullmatch(match.group(1)) else "f")
    ends = sorted({0, len(prose), *(m.end() for m in SENTENCE_END.finditer(prose)),
                   *(m.end() for m in NEWLINE.finditer(prose))})
    sentences = [(a, b) for a, b in zip(ends, ends[1:], strict=False) if prose[a:b].strip()]
    people = [people_in(prose[a:b], names) for a, b in sentences]
    for index, ((start, end), named) in enumerate(zip(sentences, people, strict=True)):
        if len(set(named)) != 1:
            continue
        first = NAME.search(prose, start, end)
        words = prose[first.end() if first else start:end]
        # the next sentence too, unless this one reports speech: 'Randazzo said there was a third
        # possibility. He might simply be faking it.' goes on about whom she spoke of
        if index + 1 < len(sentences) and not people[index + 1] and not VERB.search(prose, start, end):
            following_start, following_end = sentences[index + 1]
            if "\n" not in prose[end - 1:following_start + 1]:  # the same paragraph goes on
                words += " " + prose[following_start:following_end]
        # after a verb of saying, 'his' and 'her' belong to whom the speaker speaks of: 'Hoffman said her
        # death was a loss'; 'he' and 'she' still name the speaker: 'Daniel said he had known'
        verb = VERB.search(words)
        votes.setdefault(named[0], []).extend(
            PRONOUN_GENDER[m.group().lower()] for m in ENGLISH_PRONOUN.finditer(words)
            if (verb is None or m.start() < verb.start() or m.group().lower() in ("he", "she"))
            and not _nearer_antecedent(words[:m.start()], PRONOUN_GENDER[m.group().lower()]))
    genders = {}
    for name, said in votes.items():
        men, women = said.count("m"), said.count("f")
        if men != women:
            genders[name] = "m" if men > women else "f"
    return genders


# Nouns naming a man or a woman: a pronoun after one may mean that person ('whose brother left his car').
_MEN = "brother|father|son|husband|man|boy|uncle|grandfather|grandson|nephew|boyfriend"
_WOMEN = "sister|mother|daughter|granddaughter|wife|woman|women|girl|aunt|grandmother|niece|girlfriend"
_GENDERED_NOUNS = {"m": re.compile(rf"\b(?:{_MEN})s?\b", re.I), "f": re.compile(rf"\b(?:{_WOMEN})s?\b", re.I)}
# Both, as alternatives of a pattern (each may take a plural 's').
GENDERED_NOUNS = rf"(?:{_MEN}|{_WOMEN})s?"
# 'her husband, Philip Simons', 'his wife Ninette Simons': a kin noun given to a full name
_KIN_APPOSED = re.compile(rf"\b(?:his|her|their)[^\S\n]+({_MEN}|{_WOMEN}),?[^\S\n]+({NAME.pattern})")


def _nearer_antecedent(before: str, gender: str) -> bool:
    """Whether ``before`` names someone of ``gender`` by a common noun, whom a pronoun after may mean."""
    return _GENDERED_NOUNS[gender].search(before) is not None


_ENGLISH_PERSON_AFTER = re.compile(  # 'X said', 'X, 45,', 'X, who', 'X, a researcher at Y, said'
    rf"(?:,?[^\S\n]+(?:also[^\S\n]+|then[^\S\n]+|later[^\S\n]+)?(?:{SPEECH_VERBS})\b"
    r"|(?:,|[^\S\n]*[—–])[^\S\n]*(?:\d+,|who\b|whose\b)"
    rf"|,[^.;“”\"\n]{{1,120}}?,[^\S\n]+(?:also[^\S\n]+|then[^\S\n]+|later[^\S\n]+)?(?:{SPEECH_VERBS}|[a-z]+ed)\b"
    rf"|,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w’'-]+[^\S\n]+){{0,4}}?(?:{ROLE_NOUNS})\b"
    r"|(?:,|[^\S\n]+and)[^\S\n]+(?:his|her)[^\S\n]+(?:wife|husband|partner|son|daughter|mother|father|"
    r"brother|sister|children|family)\b)", re.I)  # 'X and his wife'; a body has no family
_ENGLISH_PERSON_BEFORE = re.compile(  # 'said X', 'according to X', 'Mr X', 'Dr. X'
    rf"(?:\b(?:{SPEECH_VERBS})(?:[^\S\n]+to)?|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir)\.?)[^\S\n]+$"
    # 'The mayor of Surabaya, Tri Rismaharini,': a role, then its holder in an apposition
    rf"|\b[Tt]he[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{0,2}}?(?:{ROLE_NOUNS})"
    r"(?:[^\S\n]+(?:of|for|at)[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,3})?,[^\S\n]+$")


# 'Hassan al-Senied who praised the bill': a person who did something, without the comma
_ENGLISH_WHO_DID = re.compile(r"[^\S\n]+who[^\S\n]+[a-z]+ed\b")
# 'lead hurricane forecaster Dan Kottlowski': a lowercase noun for someone who does something, right before
_ENGLISH_AGENT = re.compile(r"\b([a-z]{3,}(?:er|or|ist|ian))[^\S\n]+$")
# Words with those endings that are no agents: 'after Hurricane Irma', 'over Palm Springs'
_NOT_AGENTS = frozenset({"after", "under", "over", "ever", "never", "however", "whether", "either", "neither",
                         "other", "another", "rather", "together", "later", "earlier", "further", "sooner",
                         "longer", "per", "upper", "lower", "inner", "outer", "super", "for", "or", "nor",
                         "prior", "major", "minor", "senior", "junior", "superior", "interior", "exterior"})


def _english_agent_before(prose: str, start: int) -> bool:
    """Whether a lowercase agent noun stands right before a name ('forecaster Dan Kottlowski')."""
    agent = _ENGLISH_AGENT.search(prose, max(0, start - 30), start)
    return agent is not None and agent.group(1) not in _NOT_AGENTS


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
# A body's possessive, then a surname: 'Redfly Marketing’s Davis', 'GT Nexus’ Johnsen'
_BODYS_SURNAME = re.compile(r".+?(?:[’']s|s[’'])[^\S\n]+([A-Z][\w’'-]+)")
# A surname, then the body its bearer is of: 'Warbiany of Western Digital'
_SURNAME_OF = re.compile(r"([A-Z][\w’'-]+)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z].*")
# 'Nach Angaben von', 'Laut Aussage von': whose words a sentence reports, named after 'von'
_GERMAN_SOURCE_OF = re.compile(r"(?:Nach|Laut|Gemäß)[^\S\n]+(?:Angaben|Aussagen?|Auskunft|Worten|"
                               r"Einschätzung|Ansicht|Schätzungen?|Informationen|Darstellung|Berechnungen)")
_SAID_ALONE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)[^\S\n]+(?:said|says|told|added)\b")
# A lone name at a sentence's head, then where its bearer is from: 'Sagufta from Fiji turns waste …'
_FROM_A_PLACE_ALONE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+),?[^\S\n]+from[^\S\n]+[A-Z]",
                                 re.MULTILINE)


def _first_names_alone(prose: str, said_alone: frozenset[str]) -> set[str]:
    """The first names of three-word names an English article goes on to use alone for their bearers.

    'Hafiz Usama Tanveer' first, then 'Hafiz, from Pakistan, has created' or 'Brian said': a first name,
    though written alone; not 'Taoiseach says' in a headline before 'Taoiseach Leo Varadkar'.
    """
    words = said_alone | set(_FROM_A_PLACE_ALONE.findall(prose))
    full: dict[str, int] = {}  # where each word first opens a run of three capitalised words
    for match in _THREE_WORD_RUN.finditer(prose):
        if match.group(1) in words:
            full.setdefault(match.group(1), match.start())
    alone: dict[str, int] = {}  # where each is first written with no capitalised word after it
    for match in _NOT_BEFORE_A_CAPITAL.finditer(prose):
        if match.group(1) in words:
            alone.setdefault(match.group(1), match.start())
    return {word for word in words if word in full and word in alone and full[word] < alone[word]}


# (both read every position once: a lookahead, so that runs may overlap)
_THREE_WORD_RUN = re.compile(
    r"(?<![\w’'-])(?=([A-Z][\w’'-]*)(?:[^\S\n]+[A-Z][\w’'-]*){2}(?![\w’'-]|[^\S\n]+[A-Z]))")
_NOT_BEFORE_A_CAPITAL = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)(?![\w’'-]|[^\S\n]+[A-Z])")


def _alone_in_english(prose: str) -> set[str]:
    """The capitalised words an English article writes alone, not next to another: 'in Ukraine'."""
    return {m.group() for m in re.finditer(r"(?<![\w’'-])[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*", prose)
            if re.fullmatch(r"[A-Z][a-z][\w-]*", m.group())}


def _english_introduced_people(prose: str, names: NameBook) -> frozenset[str]:
    """The full names an English article treats as people's, not only capitalises.

    A person is introduced in a way a place, a product or a treaty is not: a title or role before
    the name, a speech verb next to it ('X said', 'said X'), an apposition ('X, 45,', 'X, who',
    'X, a researcher at Y,'), an honorific, or a later mention by surname alone.
    """
    introduced = set(names.roles.values())
    for match in NAME.finditer(prose):
        name = names.resolve(names.name_of(match.group()))
        if not name or not names.is_person(name) or name in introduced:
            continue
        if _ENGLISH_PERSON_AFTER.match(prose, match.end()) \
                or (_HONORIFIC.match(match.group())  # 'Mr Gachechiladze', unless two share the surname
                    and len(names.sharing.get(names.name_of(match.group()), ())) <= 1) \
                or _titled_in_the_run(match.group(), names.name_of(match.group())) \
                or _ENGLISH_WHO_DID.match(prose, match.end()) \
                or _english_agent_before(prose, match.start()) \
                or _ENGLISH_PERSON_BEFORE.search(prose, max(0, match.start() - 70), match.start()) \
                or _english_surname_alone(prose, match, name) \
                or _english_first_name_subject(prose, match, name) \
                or _english_cataphoric_subject(prose, match.start()):
            introduced.add(name)
    return frozenset(introduced)


def _titled_in_the_run(run: str, name: str) -> bool:
    """Whether a title ends the words of the run before the name: 'CML's Director General Michael Coogan'."""
    before = run[:run.rfind(name)].split() if name and run.endswith(name) else []
    return bool(before) and before[-1] in TITLES and not _HONORIFIC.match(before[-1] + " ")  # 'Mr': above


_ENGLISH_SINGLE_NAME = re.compile(  # 'Tommy — who only goes by his first name online — retired …'
    r"(?:^|(?<=[.!?][^\S\n])|(?<=\n))([A-Z][a-z]+)[^\S\n]*[,—–][^\S\n]*who\b", re.M)


# 'Daniel, a New York University senior who didn’t want to give his last name': someone described, 'who'
_ENGLISH_SINGLE_DESCRIBED = re.compile(r"(?<![\w’'-])([A-Z][a-z]+),[^\S\n]+(?:a|an)[^\S\n]+"
                                       r"(?:[\w’'-]+[^\S\n]+){0,6}?[a-z]+[^\S\n]+who\b")
# 'Another Duke student, Brittany, said': a person's noun, then the one name given
_ENGLISH_SINGLE_APPOSED = re.compile(
    r"\b(?:student|senior|junior|undergraduate|graduate|resident|worker|teacher|nurse|patient|voter|supporter"
    r"|mother|father|woman|man|girl|boy|friend|neighbou?r|veteran|employee|fan),[^\S\n]+([A-Z][a-z]+),[^\S\n]+"
    r"(?:[a-z]+[^\S\n]+)?(?:said|says|told|added|wrote|explained)\b")
# 'Shelim, 21, lives in east London': one name, then an age, opening a sentence
_ENGLISH_SINGLE_AGED = re.compile(r"(?:^|(?<=[.!?][^\S\n])|(?<=\n))([A-Z][a-z]+),[^\S\n]+\d{1,3},", re.M)
# 'Daniel said he had known', 'Umar, a pupil, bragged that he', opening a sentence or clause
_ENGLISH_SINGLE_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?,;:][^\S\n])|(?<=\n))([A-Z][a-z]+)(?:,[^,\n]{1,80},)?[^\S\n]+"
    r"(?:(?:said|says|told)(?:[^\S\n]+(?:that|how))?|[a-z]+ed[^\S\n]+that)[^\S\n]+(?:he|she)\b")


def _german_surname_speaks(speaking: frozenset[str], name: str) -> bool:
    """Whether the last word of a run German prose puts after a determiner speaks alone elsewhere ('so X').

    'die Leiterin des Hauptstadtbüro Bioenergie Sandra Rostek' reads as nouns, but '„…“, so Rostek' later
    makes its last two words a person's name. ``speaking`` is the prose's ``words_speaking_alone``.
    """
    words = name.split()
    return len(words) >= 2 and words[-2][:1].isupper() and words[-1][:1].isupper() and words[-1] in speaking


def words_speaking_alone(prose: str) -> frozenset[str]:
    """The capitalised words German prose puts alone after a verb of saying or 'so' ('„…“, so Rostek')."""
    return frozenset(m.group(1) for m in _SPEAKS_ALONE.finditer(prose))


_SPEAKS_ALONE = re.compile(rf"\b(?:so|{VERB.pattern})[^\S\n]+([A-ZÄÖÜ][\w’'-]*)(?![\w’'-]|[^\S\n]+[A-ZÄÖÜ])")


def _german_first_names(prose: str, speaking: frozenset[str]) -> frozenset[str]:
    """Capitalised words German prose puts before a surname that speaks alone elsewhere: first names.

    'die Arthur Kluckers (Tudor) als schnellster absolvierte' reads 'Arthur' as a noun after an article
    ('die', a relative pronoun here); '„…“, sagt Kluckers' makes it the first name of a person, when the
    pair stands somewhere without an article too (a headline: 'Arthur Kluckers und Tudor sind …'), as
    'des Humoristen Loriot' never does.
    """
    return frozenset(m.group(1) for m in _CAPITALISED_PAIR_DE.finditer(prose)
                     if word_before(prose, m.start()) not in _DETERMINERS
                     and not TITLE_WORD.search(m.group(1)) and not de_fr.noun_by_suffix(m.group(1))
                     and _german_surname_speaks(speaking, m.group()))


_CAPITALISED_PAIR_DE = re.compile(r"(?<![\w’'-])([A-ZÄÖÜ][a-zäöüß]+)[^\S\n]+[A-ZÄÖÜ][a-zäöüß][\w-]*"
                                  r"(?![\w’'-]|[^\S\n]+[A-ZÄÖÜ])")


def _english_single_names(prose: str) -> list[str]:
    """People an English article names by one name only: opening a sentence with 'X, who' or 'X — who',
    or saying something of themselves ('Daniel said he had known'), as a company ('Lumina said it') does not.
    """
    patterns = (_ENGLISH_SINGLE_NAME, _ENGLISH_SINGLE_SPEAKER, _ENGLISH_SINGLE_DESCRIBED,
                _ENGLISH_SINGLE_APPOSED, _ENGLISH_SINGLE_AGED)
    found = [m.group(1) for pattern in patterns for m in pattern.finditer(prose)]
    return [name for name in dict.fromkeys(found) if name not in NOT_NAMES and name not in ORG_WORDS]


def _english_cataphoric_subject(prose: str, start: int) -> bool:
    """Whether the name at ``start`` is the subject an opening clause's 'his' or 'her' points ahead to.

    'Following the death of his father in January, Alexander Stodden took over the winery.'
    """
    line = prose.rfind("\n", 0, start) + 1
    opening = prose[sentence_start(prose, start, line):start]
    return re.search(r"\b(?:his|her)\b", opening) is not None \
        and english_cataphora(opening, 0, len(opening))


# A German compound whose first part is an acronym: 'AfD-Spitzenmann', 'CDU-Generalsekretär'.
_ACRONYM_COMPOUND = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}[A-ZÄÖÜ][a-zäöü]?-[A-ZÄÖÜ][a-zäöüß]{3,}")
_OPENING_CLAUSE = re.compile(r"[^,;:\n]*,[^\S\n]*(?:[a-z][\w-]*[^\S\n]+){0,3}")


def english_cataphora(sentence: str, pronoun: int, person: int) -> bool:
    """Whether a pronoun before a name refers ahead to it: an opening clause, then its subject.

    'Following the death of his father in January, Alexander Stodden took over' is about Stodden;
    'His son, Alexander Stodden, …' and 'He met Alexander Stodden' are not.
    """
    opening = sentence[:person]
    # (the subject may be named after a lowercase role: ', director Julian Schnabel could')
    return pronoun < person and _OPENING_CLAUSE.fullmatch(opening) is not None \
        and re.match(r"\W*(?:He|She|His|Her)\b", opening) is None


def _lowered_elsewhere(lowered: frozenset[tuple[str, str]], name: str) -> bool:
    """Whether the article writes a two-word run's first word in lowercase before its second too: 'Gay
    Muslims made homeless' in a headline, 'young gay Muslims' below, is no one's name. ``lowered``: the
    article's pairs of a lowercase word and a capitalised one after it."""
    words = name.split()
    return len(words) == 2 and (words[0].lower(), words[1]) in lowered


_LOWER_THEN_CAPITAL = re.compile(r"(?<![\w’'-])([a-z][\w’'-]*)[^\S\n]+(?=([A-Z][\w’'-]*))")


def _english_joined_body(prose: str, match: re.Match[str], joined: Counter[str]) -> bool:
    """Whether a run is the end of a body's name joined by 'and' that the article gives twice or more
    ('Heaven and Earth Aikido': no one called Earth Aikido). ``joined``: how often the article writes each
    capitalised word, 'and' and a run."""
    before = _JOINED_BEFORE.search(prose, max(0, match.start() - 40), match.start())
    # (not 'Earl Hypolite and Naomi Zitt-James': a name before 'and' is a person's, two words and more)
    return before is not None and joined[f"{before.group()}{match.group()}"] >= 2 \
        and not re.search(r"[A-Z][\w’'-]*[^\S\n]+$", prose[max(0, before.start() - 40):before.start()])


_JOINED_RUN = re.compile(rf"(?<![\w’'-])[A-Z][\w’'-]*[^\S\n]+and[^\S\n]+{NAME.pattern}")
_JOINED_BEFORE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*[^\S\n]+and[^\S\n]+$")


def _english_first_name_subject(prose: str, match: re.Match[str], name: str) -> bool:
    """Whether a mention is a person's first name alone, as a sentence's subject: 'Hafiz, from Pakistan,
    has created', 'Sagufta from Fiji turns', 'Canada’s Sowmyan wants' after their full names."""
    run = match.group().strip()
    word = re.sub(r"^.*[’']s[^\S\n]+", "", run)  # ('Canada’s': whose, not who)
    # (a verb in the present only after whose the person is: 'Border agents say' names no one)
    after = _ENGLISH_FROM_AFTER if word == run else _ENGLISH_SUBJECT_AFTER
    return " " not in word and len(name.split()) >= 2 and word == name.split()[0] \
        and word_before(prose, match.start()).lower() not in ("the", "a", "an") \
        and after.match(prose, match.end()) is not None


# What follows a sentence's subject: where it is from, or a verb in the present ('turns', 'wants')
_ENGLISH_FROM_AFTER = re.compile(r",?[^\S\n]+from[^\S\n]+[A-Z]")
_ENGLISH_SUBJECT_AFTER = re.compile(rf"{_ENGLISH_FROM_AFTER.pattern}|[^\S\n]+[a-z]{{2,}}s\b(?![’'])")


def _english_surname_alone(prose: str, match: re.Match[str], name: str) -> bool:
    """Whether a mention is a person's surname on its own ('Stodden' for 'Alexander Stodden').

    Not a thing's last word after an article ('a traditional IRA', 'the Valley'), nor an acronym.
    """
    word = match.group().strip()
    return " " not in word and word == _bare(name).split()[-1] != name and not is_acronym(word) \
        and word_before(prose, match.start()).lower() not in ("the", "a", "an")


# Who signs without a name: 'wrote Anonymous of Brisbane' is someone unnamed, not the place.
ANONYMOUS = frozenset({"Anonymous", "Anon"})
# Titles by which an article may name someone whose first name it never gives: 'Lord McAlpine',
# 'President Bush', 'Sgt. Tyus'.
_NAMING_TITLES = frozenset({"Lord", "Lady", "Baroness", "Baron", "President", "Sgt.", "Sergeant", "Gov.",
                      "Governor", "Sen.", "Senator", "Rep.", "Pope", "King", "Queen", "Prince", "Princess"})
# Words that open a surname in lowercase inside a full name, capitalised when the surname opens a sentence.
_SURNAME_PARTICLES = frozenset({"al", "el", "van", "von", "de", "da", "di", "du", "del", "della", "der",
                                "ter", "le", "la", "bin", "ibn", "abu"})


def _verb_after_a_single_name(prose: str, name: str, lowercase: set[str]) -> bool:
    """Whether a two-word run is a name the article gives alone, then a word it writes in lowercase
    elsewhere: 'Dasha Wants' in a title-case headline, where the body says 'Dasha said' and 'wants'."""
    words = name.split()
    if len(words) != 2 or words[1].capitalize() not in lowercase or prose.count(name) != 1:
        return False
    alone = re.findall(rf"(?<![\w’'-]){re.escape(words[0])}(?![\w’'-]|[^\S\n]+[A-Z])", prose)
    return len(alone) >= 2


def _particle_lowered(name: str) -> str:
    """``name`` with a capitalised particle first as it stands inside a full name: 'Al Musa' -> 'al Musa'."""
    particle, _, rest = name.partition(" ")
    return f"{particle.lower()} {rest}" if rest and particle.lower() in _SURNAME_PARTICLES else name


def _english_possessive_names(prose: str) -> frozenset[str]:
    """Single names the article writes with 's only, once at least before a verb: 'Moody’s downgraded',
    'Moody’s added'. A name ending in 's (a rating agency, a shop), not a possessive."""
    acting = {m.group(1) for m in re.finditer(
        rf"(?<![\w’'-])([A-Z][a-z]+)[’']s[^\S\n]+(?:[a-z]+ed|{SPEECH_VERBS})\b", prose)}
    return frozenset(word for word in acting
                     if not re.search(rf"(?<![\w’'-]){word}(?![’']s\b|[\w’'-])", prose))


def _english_workplace(prose: str, start: int) -> bool:
    """Whether the name at ``start`` follows 'at': a workplace ('vice president at Acme Defense')."""
    return word_before(prose, start) == "at"


# The first word of a region's name or its adjective: 'East African governments', 'South Korean'.
_COMPASS = frozenset({"East", "West", "North", "South", "Eastern", "Western", "Northern", "Southern",
                      "Central", "Middle", "Northeast", "Northwest", "Southeast", "Southwest"})


def _english_region(name: str) -> bool:
    """Whether ``name`` opens with a point of the compass: a region ('East Africa') or its people, no one."""
    return name.split(" ", 1)[0] in _COMPASS


def people_in(sentence: str, names: NameBook) -> list[str]:
    """The people a stretch of prose names, as full names, in order (possessives too)."""
    found = [names.resolve(names.name_of(m.group())) for m in NAME.finditer(sentence)]
    return [name for name in found if name and names.is_person(name)]


def sole_person(sentence: str, names: NameBook) -> Speaker | None:
    """The one person ``sentence`` names, if it names one only."""
    people = {names.resolve(names.name_of(m.group())) for m in NAME.finditer(sentence)
              if not is_placed(sentence, m.start())
              and not _OWNED.match(m.group())}  # 'His City team-mate Raheem Sterling': his club is no one
    people = {p for p in people if names.is_person(p)}
    return Speaker(people.pop(), "person") if len(people) == 1 else None


_OWNED = re.compile(r"(?:His|Her|Their|Its|Our|My|Your)[^\S\n]")


def _as_spelt(word: str) -> str:
    """A surname as English prose may spell it too: accents dropped, umlauts as one letter or two
    ('Müller', 'Mueller' and 'Muller' are one name)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return plain.replace("ß", "ss").replace("ue", "u").replace("oe", "o").replace("ae", "a")


def _bare(name: str) -> str:
    """A name without its generational suffix: 'James P. Kennedy Jr.' -> 'James P. Kennedy'."""
    return _SUFFIX.sub("", name)


# A capitalised word whose part after the hyphen is lowercase: 'Under-siege', 'Long-serving'
_HYPHENED_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[a-z]{2,}")


def _person_part(run: str, not_first: set[str]) -> str:
    """A capitalised run as a name: a person's without titles and places before it, else the whole run.

    'Lt. Col. Alexander Vindman' -> 'Alexander Vindman'; 'Swedish Prosecution Authority' stays.
    """
    # ('Karabo Mohau King’s Counsel': a barrister's rank after the name)
    words = POSSESSIVE_END.sub("", _COUNSEL_AFTER.sub("", _INVISIBLE.sub("", run).strip())).split()
    if words and words[-1].endswith(("s’", "s'")):
        words[-1] = words[-1][:-1]  # 'Robert Gates' comments': the possessive of a name ending in s
    if words and words[0] in ANONYMOUS:
        return ""  # 'wrote Anonymous of Brisbane': a commenter who gives no name, not the place
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
        honorific = bool(_HONORIFIC.match(left[0] + " ")) or left[0] in _NAMING_TITLES  # 'Dr. X of Y'
        named = left[1:] if honorific else left
        # 'Senate Democratic Leader Greg Taylor of Indianapolis': a body's title, then the person
        titled = [i for i, w in enumerate(named[:-2]) if w in TITLES]
        named = named[titled[-1] + 1:] if titled else named
        if not any(w in ORG_WORDS or w in NOT_NAMES or is_acronym(w) for w in named):
            words = left
    if "von" in words[2:]:  # 'Aneta Afelt von der Universität Warschau'; 'Carl Maria von Weber' stays
        after = words[words.index("von", 2) + 1:]
        place = [w for w in after if w not in ("der", "dem", "den")]
        # 'Stefan Bröckling von der Tiernothilfe': an article after 'von' names a body, not a
        # family ('Ursula von der Leyen' has one word before it)
        if _GERMAN_SOURCE_OF.fullmatch(" ".join(words[:words.index("von", 2)])) and after \
                and after[0] not in ("der", "dem", "den"):
            words = after  # 'Nach Angaben von DLR-Meteoritenexperte Dieter Heinlein': no one before 'von'
        elif len(place) >= 2 or (place and after[0] in ("der", "dem", "den")):
            words = words[:words.index("von", 2)]
    if "vom" in words[2:]:  # 'Max Weber vom Roten Kreuz'
        words = words[:words.index("vom", 2)]
    if SURNAME_HE.fullmatch(" ".join(words)):
        return " ".join(words)
    if words and words[-1].endswith(".") and len(words[-1]) > 3 and words[-1] not in ("Jr.", "Sr."):
        words[-1] = words[-1][:-1]  # the sentence's full stop, not an initial
    # 'Children's Hospital Boston' is one body; 'Obama's aide Jo Lee' is Jo Lee
    body = any(w in ORG_WORDS for w in words[1:]) and words[0][:1].isupper() and words[0] not in NOT_NAMES
    while words and (words[0] in NOT_NAMES or words[0] in ("of", "the", "and", "von", "de", "van", "da")
                     or (words[0].endswith(("’s", "'s")) and not body) or TITLE_WORD.search(words[0])
                     or ("-" in words[0] and words[0].rpartition("-")[2] in TITLES)  # 'Readly-CEO X'
                     # 'AfD-Spitzenmann Björn Höcke', 'SPD-Chefin …': a party's title, then a full name
                     or (len(words) >= 3 and _ACRONYM_COMPOUND.fullmatch(words[0]) is not None)
                     # 'Under-siege Kemble', 'Cash-strapped Ford': a compound adjective, no name's part
                     or (len(words) >= 2 and _HYPHENED_ADJECTIVE.fullmatch(words[0]) is not None)
                     # 'Adv Tšosane', 'Singer Margo Price': a title or role before a capitalised name
                     or (len(words) >= 2 and words[1][:1].isupper() and is_person_title(words[0])
                         and words[0] not in _SURNAME_TITLES and not body)
                     # 'Father James Martin', 'Sister Mary Smith': a priest's or a nun's, before a full name
                     or (len(words) >= 3 and words[0] in _RELIGIOUS_KIN and not body)):
        words.pop(0)
    while len(words) > 1 and words[-1] in _ENGLISH_NOT_NAMES \
            and not (len(words) == 2 and words[-1] in _SURNAME_TITLES and words[0] not in NOT_NAMES):
        words.pop()  # 'on CNN Wednesday morning': a word after the name that no name holds
    tail: list[str] = []
    for word in reversed(words):
        # (French and German openers only open: 'Van Der Beek' keeps its 'Der')
        if word in _ENGLISH_NOT_NAMES or word in ORG_WORDS or word in ("of", "the", "and") \
                or (is_acronym(word) and not _initials_before_a_surname(words)):
            break
        tail.insert(0, word)
    if not tail or (len(tail) == 1 and any(w in ORG_WORDS for w in words)):
        return " ".join(words)
    # a title inside the run: 'Bayerns Wirtschaftsminister Hubert Aiwanger', 'Yuans Kollege Hossein Robatjazi'
    # and an English one: 'Fed Chair Janet Yellen', 'Liberal Democrat Leader Ed Davey'
    # ('Wiens Stadtchef Ludwig': a German compound title before a surname alone too)
    titled = [i for i, word in enumerate(tail[:-1])
              if ((m := TITLE_WORD.search(word)) and m.start() > 1)
              or (i < len(tail) - 2 and ((m is not None and i > 0)
                                         or ((word in TITLES or is_person_title(word))
                                             and word not in _SURNAME_TITLES)))]
    if titled and tail[titled[-1] + 1][:1].isupper():
        tail = tail[titled[-1] + 1:]
    while len(tail) > 2 and tail[1][:1].isupper() and ((tail[0] in not_first
                                                        and tail[0] not in KOREAN_SURNAMES)
                                                       or TITLE_WORD.search(tail[0])
                                                       or tail[0] in TITLES  # 'Reuters Editor-in-Chief X'
                                                       or tail[0].rpartition("-")[2] in TITLES):
        tail.pop(0)
    return " ".join(tail)


def _initials_before_a_surname(words: list[str]) -> bool:
    """'DJ Trahan', 'AJ Styles': two capitals that are a first name's initials, not a body's letters."""
    return len(words) == 2 and re.fullmatch(r"[A-Z]{2}", words[0]) is not None \
        and words[0] not in _TWO_LETTER_BODIES and words[1] not in ORG_WORDS and words[1] not in TITLES \
        and not is_acronym(words[1])


# Two capitals that name a place or a body, never a person's initials
_TWO_LETTER_BODIES = frozenset({"US", "UK", "UN", "EU", "AP", "TV", "FC", "NY", "LA", "DC", "BA", "AI", "IT",
                                "PR", "HR", "ID", "OK", "AU", "NZ", "SA"})

# Titles no person's name ends with: a run ending so is a title ('Senior Adviser', 'Managing Director').
_TITLES_ENDING_NO_NAME = frozenset({"Adviser", "Advisor", "Director", "Executive", "Officer", "Secretary",
                                    "Manager", "Editor", "Administrator", "Commissioner", "Treasurer"})
# Kin words that title a priest, a nun or a monk ('Father James Martin'); before one name they are kin
_RELIGIOUS_KIN = frozenset({"Father", "Mother", "Sister", "Brother"})
# Titles that are surnames too, after a first name: 'Charles King', 'Stephen Bishop'.
_SURNAME_TITLES = frozenset({"King", "Bishop", "Judge", "Major", "Dean", "Prince", "Pope", "Marshal"})
# 'He Minghua': a surname that is also the pronoun, followed by a given name, which the pronoun never is.
SURNAME_HE = re.compile(r"He[^\S\n]+(?!(?:" + "|".join(sorted(NOT_NAMES | ORG_WORDS, key=len, reverse=True))
                        + r")\b)[A-Z][a-z]+(?![\w’'-]|[^\S\n]+[A-Z])")


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
TITLE_WORD = re.compile(rf"(?:{de_fr.GERMAN_ROLE_ENDINGS}|"
                        r"minister|ministerin|präsident|präsidentin|chef|chefin|sprecher|sprecherin|"
                        r"kanzler|kanzlerin|leiter|leiterin|direktor|direktorin|trainer|trainerin|manager|managerin|"
                        r"vorsitzender|vorsitzende)"
                        # declined: 'des Historikers und Geheimdienstexperten Adrian Hänni'
                        r"(?:n|en|s|es)?$", re.I)
# German prepositions run into their article ('im Kanton Zürich'): no person's name follows them
GERMAN_CONTRACTIONS = frozenset({"im", "am", "vom", "zum", "zur", "beim"})
# A capitalised word right after one of these is a place or a common noun, not who speaks:
# "in Kentucky", "nach Paris", "au Népal", "der Bahn" (German capitalises every noun).
_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "dessen",
    "deren", "sein", "seine", "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer",
    "diese", "dieser", "diesem", "jeder", "jede", "keine", "ganzen", *GERMAN_CONTRACTIONS,
})
_NOT_BEFORE_A_SPEAKER = _DETERMINERS | {
    "in", "at", "from", "to", "into", "across", "near", "of", "au", "aux", "en", "à", "de", "du", "des",
    "nach", "aus", "bei",
    # French places named after what they are: 'l’université Al-Azhar de Gaza', 'l’hôpital Saint-Luc'
    "université", "hôpital", "école", "lycée", "collège", "musée", "stade", "quartier", "camp",
}


def is_placed(text: str, start: int) -> bool:
    """Whether the words before ``start`` make the name there a place or a common noun ('in Kentucky',
    'filed at the High Court')."""
    if text[max(0, start - 2):start] in ("d’", "d'"):
        return True  # 'le nouveau mayeur d’Ans': a place or a body, 'of' run into it
    if _ENGLISH_HONORIFIC.match(text, start):
        return False  # 'turning to Mrs Simons': a person, whatever the word before
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    if before is None:
        return False
    if before.group(1) == "in" and word_before(text, before.start(1)) in _VERBS_WITH_IN:
        return False  # 'chimed in Ovechkin': the particle of a verb of saying, not a place
    return before.group(1) in _NOT_BEFORE_A_SPEAKER \
        or (before.group(1) == "the" and word_before(text, before.start(1)) in _PLACE_BEFORE_THE) \
        or (before.group(1) == "la" and word_before(text, before.start(1)) in _PLACE_BEFORE_LA)


_PLACE_BEFORE_THE = frozenset({"in", "at", "from", "into", "across", "near", "inside", "outside"})
_PLACE_BEFORE_LA = frozenset({"à", "sur", "dans"})  # 'à la Maison blanche'
# A noun, 'de', then a full name: 'Décès de Michel Daerden' (not 'Charles de Gaulle', one word after 'de')
_FRENCH_NOUN_OF_A_NAME = re.compile(
    r"[A-ZÀ-Ý][\w’'-]+[^\S\n]+de[^\S\n]+([A-ZÀ-Ý][\w’'-]+[^\S\n]+[A-ZÀ-Ý][\w’'-]+)")


def _capitalised_words(prose: str) -> dict[str, list[int]]:
    """Where each capitalised word of the prose starts, read once: what names' mentions are found from."""
    found: dict[str, list[int]] = {}
    for match in _CAPITALISED_WORD.finditer(prose):
        found.setdefault(match.group(), []).append(match.start())
    return found


_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
_WORD_ENDS = re.compile(r"(?![\w’'-])")


def _mostly_placed(prose: str, name: str, capitals: dict[str, list[int]]) -> bool:
    """Whether English prose puts a name mostly where places go ('the port of Ras Lanouf', 'from Ras
    Lanouf'): all its mentions and one after 'in', 'at', 'near' or the like, or two thirds of them and
    two so; not a possessive ('at Jo Lee’s home'). ``capitals``: where each capitalised word starts."""
    first = _CAPITALISED_WORD.match(name)
    mentions = [at for at in capitals.get(first.group(), ())
                if prose.startswith(name, at) and _WORD_ENDS.match(prose, at + len(name))] if first \
        else [m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", prose)]
    if any(_KIND_OF_PLACE_OF.search(prose, max(0, at - 20), at) for at in mentions):
        return True  # 'the primary state of New Hampshire': no person is a state or a city
    # (across 'the': 'inside the Gaza Strip')
    before = [word_before(prose, at - (4 if prose.endswith("the ", 0, at) else 0)) for at in mentions]
    placed = [word for word in before if word in _BEFORE_A_PLACE]
    at_a_place = sum(word in _PLACE_PREPOSITIONS for word in placed)
    return bool(before) and len(placed) * 3 >= len(before) * 2 \
        and at_a_place >= (1 if len(placed) == len(before) else 2)


_KIND_OF_PLACE_OF = re.compile(r"\b(?:state|city|town|village|county|province|region|island|republic)"
                               r"[^\S\n]+of[^\S\n]+$")
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "into", "toward", "towards"})
_BEFORE_A_PLACE = _PLACE_PREPOSITIONS | {"of", "from", "to"}
_PLACE_AFTER = re.compile(r"(?<![\w-])(?:in|to|from|into|across|against)[^\S\n]+([A-Z][a-z]+)"
                          r"(?![\w’'-]|[^\S\n]+[A-Z])")
_VERBS_WITH_IN = frozenset({"chimed", "chimes", "weighed", "weighs", "cut", "cuts", "butted", "joined",
                            "piped"})


def word_before(text: str, start: int) -> str:
    """The word right before ``start``, across spaces on its line, or ''."""
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    return before.group(1) if before else ""


_LAST_WORD = re.compile(r"(\w+)[^\S\n]+$")


# A name never ends in a place's initials: 'Blaming U.S. companies …' opens a sentence, it names no one.
_COUNTRY_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")


_COUNSEL_AFTER = re.compile(r"[^\S\n]+(?:King|Queen)[’']s[^\S\n]+Counsel$")
# A German adjective capitalised in a fixed term opens no one's name: 'mit Künstlicher Intelligenz'
_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:lich|isch|ig)(?:e|er|en|em|es)")


def _fuller_first_name(name: str, earlier: str) -> bool:
    """Whether ``name`` is ``earlier`` with its first name in full: 'Daniela Büchner' after 'Danni Büchner';
    not a letter more, as a genitive or a slip of the keys makes it ('Holgers', 'Birgitt')."""
    first, short = name.split()[0], earlier.split()[0]
    return len(first) > len(short) >= 3 and first[:3] == short[:3] and first[0].isupper() \
        and not (first.startswith(short) and len(first) - len(short) <= 2)


def _initials_only(name: str) -> bool:
    """Whether every word of ``name`` is in capitals: 'U.S. HIV' ('the top U.S. HIV researcher') is no one."""
    return all(word.replace(".", "").isupper() for word in name.split())


def is_acronym(word: str) -> bool:
    """A word in capitals of two letters or more, without full stops: 'UCEA', not 'U.S.'."""
    return len(word) > 1 and word.isupper() and "." not in word


def is_org(name: str) -> bool:
    """Whether a name is a body's: a word bodies are named with, an acronym, or 'X of Y', 'X for Y'."""
    words = name.split()
    return any(w in ORG_WORDS for w in words) or is_acronym(name) or " of " in f" {name} " \
        or " for " in f" {name} "
