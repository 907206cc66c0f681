"""How French and German news prose attributes quotations, for the rules of ``quotations``.

English attributes almost every quotation with a verb next to it. French and
German news prose leans on other forms as well, and these are its words and
shapes:

- more verbs of saying ("glisse", "soupire", "détaille"; "erläutert",
  "erinnert", "schildert"), and German compound titles and roles before a name
  ("DRK-Generalsekretär Christian Reuter", "ein Macron-Berater");
- the words that open a sentence and never a name ("Die", "Im", "Enfin",
  "Doch"), and honorifics ("Mme", "Pr", "Frau");
- the French *incise*: the attribution set inside the guillemets
  (« …, affirme-t-elle. … »), which splits the quotation into two pieces;
- a quotation introduced by a colon after a sentence about its speaker
  ("Doch Niederlaender will das Positive sehen: „…“"), with no verb of saying;
- German reported speech: a quotation inside a sentence in the subjunctive
  (Konjunktiv I: "sei", "habe", "werde") goes on reporting the speaker quoted
  just before;
- a French office's field, capitalised before its holder's name ("le ministre de l’Intérieur
  Jan Hamáček"), and a German body's short name written half in capitals ("der AStA"), which
  is a name though German capitalises every noun;
- German nouns the article itself puts after an article ("der Rüstungskonzern", "die Daten"),
  which are no first names: "Rüstungskonzern Rheinmetall" is Rheinmetall, "Daten von
  Rheinmetall" no one; a title before a surname the article gave in full ("Trendscout
  Landowski" after "Karolina Landowski") is that person; a capitalised word after a preposition
  ("auf Anfrage") is a thing.

Everything here only reads the text; ``quotations`` decides. Nothing here
names a speaker on its own, so a quotation none of these shapes explains stays
without one (a TODO for the author).
"""

from __future__ import annotations

import re

_GERMAN_VIEWS = ("aus Sicht", "aus der Sicht", "nach Ansicht", "nach Meinung", "nach Auffassung",
                 "nach Einschätzung", "nach Worten", "nach den Worten")
_GERMAN_VIEW_OF = "|".join(f"[{view[0].upper()}{view[0]}]{view[1:]} von" for view in _GERMAN_VIEWS)


def _particle_ends(particle: str) -> str:
    """A lookahead for a German verb's separated particle, a few words on, at the end of the clause."""
    return rf"(?=(?:[^\S\n]+[^\s.,;:!?“”„«»\"]+){{1,6}}[^\S\n]+{particle}(?=[.,;:!?]|$))"


# Verbs of saying beyond those ``quotations`` lists, in the forms news prose uses (present, passé
# composé participle, German preterite). Words that are also English ("note", "nuance", "tranche")
# are left out: one pattern reads every language.
VERBS = (
    # French
    "glisse|glissé|soupire|soupiré|lâche|lâché|détaille|détaillé|développe|développé|assène|asséné|"
    "conseille|conseillé|ironise|ironisé|déplore|déploré|regrette|regretté|dénonce|dénoncé|souffle|"
    "soufflé|renchérit|complète|complété|relève|relevé|admet|admis|concède|concédé|confirme|confirmé|"
    "réagi|réagit|interroge|interrogé|plaide|plaidé|tempête|tonne|tonné|conclut|conclu|"
    "s’exclame|s'exclame|s’insurge|s'insurge|s’alarme|s'alarme|s’indigne|s'indigne|"
    "explique|expliqué|pointe|mentionne|mentionné|jure|juré|fait valoir|rapporte|rapporté|note|noté|"
    "met en garde|mis en garde|anticipe|anticipé|"
    "se remémore|se souvient|"
    # the imperfect of a report ('« … », présentait X lors de la conférence'), a smile as an incise
    "présentait|expliquait|précisait|ajoutait|affirmait|déclarait|confiait|racontait|indiquait|"
    "soulignait|estimait|assurait|commentait|répondait|reconnait|sourit|rigole|convenu|dévoilé|"
    "s’étonne|s'étonne|"
    "s’est défendu|s'est défendu|s’est défendue|s'est défendue|"
    # a judgement passed in words: 'Marine Le Pen a jugé que l'accord ne pouvait que « … »', 'X défend « … »'
    "jugé|jugeant|défend|salue|salué|fustige|fustigé|tacle|taclé|accuse|accusé|critiqué|"
    # '…, comme le remarque X', '« … », a renchéri X'
    "remarque|remarqué|renchéri|"
    # the words given with a participle: 'Elisabeth Borne a livré sa définition, estimant qu'il … « … »'
    "estimant|affirmant|déclarant|expliquant|soulignant|ajoutant|assurant|précisant|rappelant|"
    "reconnaissant|qualifiant|"
    # a report of satisfaction or a finding: 's’est réjoui que … de « … »', '« … », constate X'
    "rétorque|rétorqué|réplique|répliqué|plaisante|plaisanté|"
    "constate|constaté|se félicite|s’est félicité|s'est félicité|s’est félicitée|"
    "s'est félicitée|se réjouit|s’est réjoui|s'est réjoui|s’est réjouie|s'est réjouie|"
    # a question or a source: '« … », se demande X', 'D’après X, « … »'
    "se demande|se demandait|s’interroge|s'interroge|d’après|d'après|D’après|D'après|"
    # German
    "erläutert|erläuterte|ergänzt|ergänzte|erinnert|erinnerte|schildert|schilderte|mahnt|mahnte|"
    "klagt|klagte|kommentiert|kommentierte|bestätigt|bestätigte|versichert|versicherte|beteuert|"
    "beteuerte|unterstreicht|urteilt|urteilte|resümiert|resümierte|bilanziert|bilanzierte|"
    "appelliert|appellierte|pocht|pochte|verspricht|versprach|befürchtet|befürchtete|"
    "analysiert|analysierte|hob|hebt|gesagt|mitteilen|mitgeteilt|mitteilte|geschrieben|erzählt|"
    "berichtet|angekündigt|gewarnt|gefordert|kritisiert|zufolge|fügte|fügt|schlussfolgert|schlussfolgerte|"
    "folgert|folgerte|scherzt|scherzte|äußert|äußerte|ausdrückt|ausdrückte|informiert|informierte|"
    "rät|riet|beschreibt|beschrieb|begründet|begründete|plädiert|plädierte|bemerkt|bemerkte|"
    "beruhigt|beruhigte|protestiert|protestierte|schimpft|schimpfte|empfiehlt|empfahl|"
    "zusammenfasste|zusammenfasst|schmunzelt|schmunzelte|gestand|gesteht|"
    # '„…“, vermutet X', '„…“, weiß der Jurist', '„…“, stützt X die These', '„…“, ereiferte sich X'
    "vermutet|vermutete|weiß|stützt|stützte|ereifert|ereiferte|"
    # '„…“, findet der Angestellte X'
    "findet|fand|"
    "freut sich|freute sich|"
    # a verb whose particle ends the clause: '„…“, führt X weiter aus', '„…“, hielt X fest'
    f"führt{_particle_ends('aus')}|führte{_particle_ends('aus')}|"
    f"hält{_particle_ends('fest')}|hielt{_particle_ends('fest')}|"
    f"teilt{_particle_ends('mit')}|"
    f"ruft{_particle_ends('zu')}|rief{_particle_ends('zu')}|"
    f"stellt{_particle_ends('klar')}|stellte{_particle_ends('klar')}|"
    "lästert|lästerte|bezweifelt|bezweifelte|"
    # '„…“, ließ sich X in einer Mitteilung zitieren': X's words, quoted as X let them be
    f"ließ[^\\S\\n]+sich{_particle_ends('zitieren')}|lässt[^\\S\\n]+sich{_particle_ends('zitieren')}|"
    # 'X sieht nach eigenen Worten eine „…“': X's words
    "nach eigenen Worten|nach eigener Aussage|"
    # the plural of the present ('schreiben Forscher um X')
    "schreiben|erklären|betonen|warnen|berichten|"
    # 'd’après X', as 'selon X'
    "d’après|d'après|"
    # '« … », peut-on lire dans Le Monde': the publication's words
    "peut-on lire dans|peut-on lire sur|lit-on dans|lit-on sur|"
    # 'Aus Sicht von X hat …, „…“', 'Für X ist klar, dass „…“': X's view, as 'laut X'
    f"{_GERMAN_VIEW_OF}|[Ff]ür(?=(?:[^\\S\\n]+[\\w-]+){{1,5}}[^\\S\\n]+(?:ist|steht|bleibt)[^\\S\\n]+"
    "(?:es[^\\S\\n]+)?(?:klar|fest|sicher|eindeutig)\\b)"
)
# Words naming whom the quotation is attributed to right after them, as 'selon' does.
# German words giving someone's view open the sentence whose quotation they attribute ('Für X ist klar,
# dass „…“'), so they never attribute the quotation before them.
VIEW_OF = frozenset({"für", *(f"{view.lower()} von" for view in _GERMAN_VIEWS)})
ACCORDING = frozenset({"peut-on lire dans", "peut-on lire sur", "lit-on dans", "lit-on sur", *VIEW_OF})
# German words for a title or a role, also at the end of a compound ("Bundesinnenminister",
# "DRK-Generalsekretär", "Macron-Berater").
GERMAN_ROLE_ENDINGS = (
    "minister|ministerin|präsident|präsidentin|sprecher|sprecherin|chef|chefin|berater|beraterin|"
    "experte|expertin|polizist|polizistin|beamte|beamter|teilnehmer|teilnehmerin|mitarbeiter|"
    "mitarbeiterin|vertreter|vertreterin|bürgermeister|bürgermeisterin|abgeordnete|abgeordneter|"
    "politiker|politikerin|forscher|forscherin|wissenschaftler|wissenschaftlerin|sekretär|"
    "sekretärin|organisator|organisatorin|leiter|leiterin|vorsitzende|vorsitzender|gründer|"
    "gründerin|virologe|virologin|ökonom|ökonomin|franzose|französin|kanzler|kanzlerin|direktor|"
    "direktorin|trainer|trainerin|manager|managerin|beauftragte|beauftragter|kabarettist|kabarettistin|"
    "journalist|journalistin|aktivist|aktivistin|geschäftsführer|geschäftsführerin|pastor|pastorin|"
    "pfarrer|pfarrerin|bischof|bischöfin|boss|sänger|sängerin|künstler|künstlerin|anwalt|anwältin|"
    "redakteur|redakteurin|redaktor|redaktorin|autor|autorin|kollege|kollegin|oberhaupt|schüler|"
    "schülerin|lehrer|lehrerin|rektor|rektorin|student|studentin|historiker|historikerin|promoter|promoterin|"
    "(?<=[a-zäöüß])vorstand|(?<=-)vize|vizechef|vizechefin|"
    # '„…“, sagt der Drusenführer', '„…“, schmunzelt der neue Landesmeister'
    "führer|führerin|angestellte|angestellter|meister|meisterin|kapitän|kapitänin|"
    # 'sagte Innenverteidiger Robin Ziegele', 'Vorstandsmitglied Axel Hellmann: „…“'
    "verteidiger|verteidigerin|stürmer|stürmerin|spieler|spielerin|torhüter|torhüterin|mitglied"
)
# Words that open a French or German sentence or phrase and never a name, and honorifics.
OPENERS = frozenset({
    # German articles, prepositions, pronouns and adverbs a sentence starts with
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines",
    "Im", "Am", "Zum", "Zur", "Vom", "Beim", "Ins", "Mit", "Nach", "Bei", "Für", "Auf", "Aus", "Seit",
    "Um", "Unter", "Über", "Vor", "Gegen", "Ohne", "Durch", "Auch", "Aber", "Und", "Oder", "Doch",
    "Denn", "Wenn", "Als", "Wie", "Was", "Wer", "Wo", "Es", "Er", "Sie", "Wir", "Ich", "Ihr", "Man",
    "Dies", "Diese", "Dieser", "Dieses", "Dabei", "Damit", "Dann", "Dort", "Hier", "Heute", "Nun",
    "Noch", "Schon", "Nur", "Zudem", "Außerdem", "Zwar", "Trotzdem", "Nicht", "Kein", "Keine",
    "Jeder", "Jede", "Viele", "Manche", "Einige", "Alle", "Ob", "Weil", "Dass", "Obwohl", "Während",
    "Sein", "Seine", "Ihre", "Unser", "Unsere", "Laut", "Zuletzt", "Zunächst", "Bisher", "Inzwischen",
    "Allerdings", "Deshalb", "Daher", "Jetzt", "Immer", "Ganz", "Gerade", "Vielleicht", "Herr", "Frau",
    # kin and a few nouns that stand before a German name: 'Mutter Käthi', 'Ehefrau Brittany'
    "Mutter", "Ehefrau", "Ehemann", "Sohn", "Tochter", "Bruder", "Schwester", "Onkel", "Tante",
    "Witwe", "Witwer", "Dissident", "Dissidentin",
    # French
    "Le", "La", "Les", "L’", "Un", "Une", "Dans", "Pour", "Par", "Enfin", "Selon", "Mais",
    "Et", "Ce", "Cette", "Ces", "Cet", "Il", "Elle", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Quand",
    "Alors", "Après", "Avant", "Depuis", "Avec", "Sans", "Sur", "Sous", "Chez", "Comme", "Si", "Donc",
    "Ainsi", "Aussi", "Puis", "Pourtant", "Cependant", "Toutefois", "Non", "Oui", "Voilà", "Ici",
    "Certes", "Néanmoins", "Or", "Car", "Bref", "Désormais", "Surtout", "Quant", "Encore", "Déjà",
    "D’après", "D'après", "Fort", "Forte", "Forts", "Fortes",
    "Peut-être", "Ensuite", "Finalement", "Évidemment", "Heureusement", "Malheureusement",
    "Lors", "Face", "Concernant", "Pendant", "Entre", "Parmi", "À", "Au", "Aux", "Son", "Sa", "Ses", "Leur",
    "Leurs",
    "Notre", "Nos", "Votre", "Certains", "Plusieurs", "Tous", "Toutes", "Chaque", "Aucun", "Aucune",
    "Mme", "Mlle", "M.", "Pr", "Me", "D’où", "D'où", "D’un", "D'un", "D’une", "D'une", "C’est", "C'est",
    "Qu’il", "Qu'il", "Qu’elle", "Qu'elle", "L’on", "L'on",
})
_FRENCH_VERB_WORDS = (  # in the present, as an incise puts them ('affirme-t-elle')
    "dit|déclare|affirme|ajoute|explique|précise|souligne|indique|estime|assure|confie|raconte|répond|"
    "poursuit|observe|rappelle|insiste|martèle|reconnaît|écrit|lance|prévient|avertit|résume|commente|"
    "témoigne|annonce|glisse|soupire|lâche|détaille|développe|assène|conseille|ironise|déplore|regrette|"
    "dénonce|souffle|renchérit|relève|admet|concède|confirme|réagit|plaide|tempête|tonne|conclut|"
    "s’exclame|s'exclame|s’insurge|s'insurge|s’indigne|s'indigne|jure|mentionne|pointe|rapporte|anticipe|"
    "présentait|expliquait|précisait|ajoutait|affirmait|déclarait|confiait|racontait|rigole|"
    "s’étonne|s'étonne|avoue|avouait|admettait|reconnaissait|disait|lançait|soulignait|poursuivait|"
    "estimait|assurait|insistait|sourit|souriait|note|notait|tranche|rétorque|réplique|plaisante")
# Its past tense, inverted: '…, a-t-il dit, …'
_FRENCH_INVERTED_PAST = (
    r"a-t-(?:il|elle)[^\S\n]+(?:dit|déclaré|affirmé|ajouté|expliqué|précisé|souligné|indiqué|estimé|assuré|"
    r"confié|raconté|répondu|poursuivi|reconnu|lancé|prévenu|averti|résumé|commenté|admis|avoué|insisté)")
# « …, affirme-t-elle. … » and « …, explique Antony Fastier, toxicologue. … »: the attribution
# inside the guillemets, from its comma to the end of its sentence.
_INCISE = re.compile(
    rf",[^\S\n]+(?:(?:{_FRENCH_VERB_WORDS})(?:-t)?-(?:il|elle|ils|elles)\b|{_FRENCH_INVERTED_PAST}"
    rf"|(?:{_FRENCH_VERB_WORDS})[^\S\n]+(?:[A-ZÀ-Ý]|l[ea][^\S\n]|l[’']))"
    r"[^.!?…«»“”\n]{0,160}?[.!?][^\S\n]+(?=[A-ZÀ-Ý«“])"
    # « Nous ne fermerons pas, dit-il, ce site », « C’est vrai, admettait le vainqueur, je fais … »:
    # the sentence going on after the attribution
    rf"|,[^\S\n]+(?:(?:{_FRENCH_VERB_WORDS})(?:-t)?-(?:il|elle)|{_FRENCH_INVERTED_PAST}"
    rf"|(?:{_FRENCH_VERB_WORDS})[^\S\n]+l[ea][^\S\n]+[a-zà-ÿ]+),[^\S\n]+(?=[a-zà-ÿ])"
    # « …, jure Daniel Hagari, mais … »: a name alone between two commas, the sentence going on
    rf"|,[^\S\n]+(?:{_FRENCH_VERB_WORDS})[^\S\n]+[A-ZÀ-Ý][\w’'-]*(?:[^\S\n]+[A-ZÀ-Ý][\w’'-]*){{0,3}},[^\S\n]+"
    r"(?=[a-zà-ÿ])")
_GERMAN = re.compile(r"\b(?:der|die|und|das|nicht|ist|mit|sich|ein|eine|auf|den|dem|wir|es|zu|von|sagt|"
                     r"sagte)\b")
_FRENCH = re.compile(r"(?<![\w’'-])(?:le|la|les|des|est|une|dans|pour|qui|avec|à|et|du|au|pas|nous|que|il|"
                     r"elle)(?![\w’'-])")
_ENGLISH = re.compile(r"\b(?:the|and|of|is|with|to)\b")
# Konjunktiv I, the mood of German reported speech ("Es sei grotesk", "Er habe Freunde …").
_REPORTED = re.compile(
    r"\b(?:sei|seien|seiest|habe|werde|könne|müsse|solle|wolle|dürfe|gebe|liege|stehe|gehe|komme|"
    r"brauche|wisse|finde|halte|lasse|bleibe|zeige|fehle|heiße|bedeute|gelte|reiche|trage|plane|"
    r"arbeite|nehme|spiele|verstehe|handele|befinde)\b")
# Prepositions, conjunctions and pronouns with an adjective's ending, after which a name may come.
_NOT_ADJECTIVES = frozenset({
    "gegen", "neben", "zwischen", "unter", "hinter", "über", "wie", "oder", "aber",
    "sie", "ihre", "ihren", "seine", "seinen", "seinem", "seiner", "unsere", "wir", "ihr", "ihrer",
    "auch", "wenn", "denn", "habe", "haben", "hatte", "hatten", "werde", "werden", "wurde", "wurden",
    "sagte", "meinte", "erklärte", "betonte", "ohne", "weder", "sowie", "bitte", "heute", "gestern",
    "morgen", "gerne", "nahe", "ende", "seite", "eine", "einer", "einem", "einen", "eines", "keine",
    "alle", "allen", "jeder", "jedem", "jeden", "andere", "anderen", "beide", "beiden",
})
_AUXILIARY = re.compile(r"\b(?:hat|hatte|haben|hatten|habe|hätte|soll|sollen|will|wollen)\b")
# After a verb of saying: 'un proche d’Edouard Philippe', 'ein Teilnehmer der Sitzung'.
_INDEFINITE = re.compile(r"[^\S\n]+(?:en[^\S\n]+substance[^\S\n]+)?((?:un|une|ein|eine|einer)[^\S\n]+"
                         r"[a-zäöüéèêàâîôûç][\w’'-]*(?:[^\S\n]+(?:de la|de l’|de l'|du|des|de|d’|d'|der|des)"
                         r"[^\S\n]*[\w’'-]+)?)")
_SUBJECT = re.compile(r"\b(?:er|sie|il|elle)\b")
_COLON_BEFORE = re.compile(r":[^\S\n]*[«»„“\"‹›‚]?[^\S\n]*$")
_SO_AFTER = re.compile(r"[^\S\n]so[^\S\n]+(?:[A-ZÀ-Ý]|der[^\S\n]|die[^\S\n])")
# 'le ministre de l’Intérieur Jan Hamáček', 'le président de la République Emmanuel Macron': the
# field of an office, capitalised, right before the name of whoever holds it.
_OFFICE_FIELD = re.compile(r"(?<![\w’'-])[a-zà-ÿ][\w’'-]*[^\S\n]+"
                           r"(?:de[^\S\n]+l[’']|de[^\S\n]+la[^\S\n]+|du[^\S\n]+|des[^\S\n]+)([A-ZÀ-Ý][\w-]*)")


def language_of(prose: str) -> str | None:
    """``de`` or ``fr`` when the prose reads as German or French, else ``None``."""
    head = prose[:20_000]
    english = len(_ENGLISH.findall(head))
    german, french = len(_GERMAN.findall(head)), len(_FRENCH.findall(head))
    if german >= 2 and german > 2 * english + 1 and german >= french:
        return "de"
    if french >= 2 and french > 2 * english + 1:
        return "fr"
    return None


def incises(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where an attribution set inside a quotation interrupts it: the spans to leave out of its words."""
    return [(m.start(), m.end()) for m in _INCISE.finditer(text, start, end)]


def introduced_by_colon(prose: str, start: int) -> bool:
    """Whether a colon introduces the quotation that starts at ``start``: 'sagt nur: „'."""
    return _COLON_BEFORE.search(prose, max(0, start - 6), start) is not None


# '…, explique Julie, bien connue des auditeurs': a person the article names by one name only
_FRENCH_SINGLE_SPEAKER = re.compile(rf"[»”\"],?[^\S\n]*,?[^\S\n]+(?:{_FRENCH_VERB_WORDS})[^\S\n]+"
                                    r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)(?=[^\S\n]*[,.;])")


def french_single_speakers(prose: str) -> list[str]:
    """The people a French article names by one name only, right after a verb of saying that follows
    a quotation ('« … », explique Julie, …')."""
    found = (m.group(1) for m in _FRENCH_SINGLE_SPEAKER.finditer(prose))
    return [name for name in dict.fromkeys(found) if name not in OPENERS]


def subject_pronoun(clause: str) -> tuple[int, str] | None:
    """Where the first pronoun for a person ('er', 'sie', 'il', 'elle') stands in ``clause``, and which."""
    found = _SUBJECT.search(clause)
    return (found.start(), found.group()) if found else None


# Numerals and words of quantity: what follows them is counted, so a noun ('zwei Monaten', 'Einige
# Hundert Kilometer', 'Milliarden Dollar'), never a person's first name.
_NUMERALS = frozenset({
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "zwanzig",
    "dreißig", "vierzig", "fünfzig", "hundert", "hunderte", "tausend", "tausende", "dutzend", "dutzende",
    "millionen", "milliarde", "milliarden", "billionen", "einige", "mehrere", "viele", "wenige", "etliche",
    "zahlreiche"})


def counted(word: str) -> bool:
    """Whether a German word counts what follows it: a numeral, a word of quantity or a number that is
    not a year ('650 Milliarden', 'zwei Monaten'; '2017 Karl Brenner' names someone)."""
    if word.isdigit():
        return not (len(word) == 4 and word.startswith(("19", "20")))
    return word.lower() in _NUMERALS


# German noun suffixes no name has, each with the shortest word it ends (shorter, a name may end so:
# 'Jung', 'Hartung', 'Dennis'): 'Sprachregelung', 'Veränderungen', 'Gesellschaft', 'Ergebnis'.
_NOUN_SUFFIXES = (("ung", 8), ("ungen", 8), ("heit", 7), ("heiten", 8), ("keit", 7), ("keiten", 8),
                  ("schaft", 8), ("schaften", 10), ("tion", 6), ("tionen", 8), ("ität", 6), ("itäten", 8),
                  ("nis", 7), ("nisse", 8), ("tum", 7), ("ismus", 7), ("matik", 8), ("istik", 8),
                  ("ologie", 7))


def noun_by_suffix(word: str) -> bool:
    """Whether a German word ends in a suffix that makes nouns and no name ('-ung', '-heit', '-schaft')."""
    word = word.lower()
    return any(word.endswith(suffix) and len(word) >= shortest for suffix, shortest in _NOUN_SUFFIXES)


# Suffixes that make German adjectives and no first name ('Juristische', 'Niedrige', 'Verstörende'), each
# then inflected; a short stem before them may be a name ('Klose').
_ADJECTIVE_SUFFIX = re.compile(r"[^\W\d_]{3,}(?:lich|isch|ig|bar|los|sam|haft|end)(?:e|er|es|en|em)")
_INFLECTIONS = ("e", "er", "es", "en", "em")


def capitalised_adjective(word: str, lowercase: set[str] | frozenset[str]) -> bool:
    """Whether a capitalised German word is an adjective, inflected: by a suffix that makes adjectives,
    or as a word the article writes in lowercase ('Verstörende' after 'verstörend'; ``lowercase`` holds
    those words capitalised). A stem of four letters or fewer may be a name ('Reiner' beside 'rein')."""
    if _ADJECTIVE_SUFFIX.fullmatch(word.lower()):
        return True
    ending = next((e for e in sorted(_INFLECTIONS, key=len, reverse=True) if word.endswith(e)), None)
    stem = word[:-len(ending)] if ending else ""
    return len(stem) >= 5 and any(stem + other in lowercase for other in ("", *_INFLECTIONS))


def adjective(word: str) -> bool:
    """Whether a lowercase German word is inflected as an adjective before a noun ('erster', 'neuen')."""
    return word.islower() and word.endswith(("e", "er", "en", "em", "es")) and word not in _NOT_ADJECTIVES


def indefinite_description(rest: str) -> str | None:
    """'un ténor de la droite', 'ein Teilnehmer': someone the article describes without naming."""
    found = _INDEFINITE.match(rest)
    return re.sub(r"\s+", " ", found.group(1)).strip() if found else None


def perfect(clause: str, verb: str) -> bool:
    """Whether a German clause ends in a participle after its auxiliary: 'X hatte … gesagt'."""
    return verb.startswith("ge") and _AUXILIARY.search(clause) is not None


def office_fields(prose: str) -> set[str]:
    """French: the capitalised words naming an office's field ('Intérieur' in 'ministre de l’Intérieur')."""
    return {m.group(1) for m in _OFFICE_FIELD.finditer(prose)}


def acronym(word: str) -> bool:
    """A German word whose capitals are not only its first letter ('AStA', 'ZdK'): a body's short name.

    German capitalises every noun, but only its first letter; a word that is half capitals is a name.
    """
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and 2 * capitals >= len(letters)


_GERMAN_NOUN = re.compile(r"(?<![\w’'-])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ee]in|[Ee]ine|[Ee]inen|"
                          r"[Ee]inem|[Ee]iner|[Ee]ines)"
                          r"[^\S\n]+((?:[A-ZÄÖÜ]+-)?[A-ZÄÖÜ][a-zäöüß][\w-]*)")  # 'der US-Nachrichtensender'


# 'kein eigenes Handy', 'die kleinen Läden': an article, an adjective, then one capitalised word and
# no other after it ('der junge Paul Lenz' may name someone).
_GERMAN_NOUN_AFTER_ADJECTIVE = re.compile(
    r"(?<![\w’'-])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|"
    r"[Ee]ines|[Kk]ein|[Kk]eine|[Kk]einen|[Kk]einem|[Kk]einer|[Kk]eines)[^\S\n]+"
    r"[a-zäöüß][a-zäöüß-]*(?:e|er|en|em|es)[^\S\n]+([A-ZÄÖÜ][a-zäöüß][\w-]*)(?![\w’'-]|[^\S\n]+[A-ZÄÖÜ])")


_CAPITALISED_PAIR = re.compile(r"(?<![\w’'-])([A-ZÄÖÜ][\w’'-]*)[^\S\n]+(?=([A-ZÄÖÜ][\w-]*))")


def german_nouns(prose: str) -> frozenset[str]:
    """The capitalised words a German article puts after an article ('die Daten'), or after an article
    and an adjective ('kein eigenes Handy'): nouns, not first names.

    After an adjective, not a word the article also writes after a name: 'der optimistische Lindqvist'
    is the surname of 'Tobias Lindqvist'.
    """
    surnames = {m.group(2) for m in _CAPITALISED_PAIR.finditer(prose) if m.group(1) not in OPENERS}
    return frozenset(m.group(1) for m in _GERMAN_NOUN.finditer(prose)) | frozenset(
        m.group(1) for m in _GERMAN_NOUN_AFTER_ADJECTIVE.finditer(prose) if m.group(1) not in surnames)


_APPOSED_NAME = re.compile(r"(?<![\w’'-])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)[^\S\n]+"
                           r"[A-ZÄÖÜ][a-zäöüß-]+[^\S\n]+([A-ZÄÖÜ][\w-]*)(?![\w’'-]|[^\S\n]+[A-ZÄÖÜ])")


def apposed_names(prose: str, nouns: frozenset[str]) -> frozenset[str]:
    """The single words a German article gives as a name after a noun and its article ('der
    Rüstungskonzern Rheinmetall', 'die Firma Borgwerk'): names, though capitalised like nouns."""
    return frozenset(m.group(1) for m in _APPOSED_NAME.finditer(prose) if m.group(1) not in nouns)


# Words after which a German capitalised word is a noun: articles, contractions, possessives, demonstratives.
_NOUN_BEFORE = re.compile(
    r"(?:[Dd](?:er|ie|as|en|em|es)|[Ee]in(?:e|en|em|er|es)?|[Kk]ein(?:e|en|em|er|es)?|"
    r"(?:[Mm]|[Dd]|[Ss])ein(?:e|en|em|er|es)?|[Ii]hr(?:e|en|em|er|es)?|[Uu]nser(?:e|en|em|er|es)?|"
    r"[Dd]ies(?:e|en|em|er|es)|[Jj]ed(?:e|en|em|er|es)|[Ii]m|[Aa]m|[Zz]um|[Zz]ur|[Vv]om|[Bb]eim|[Ii]ns)$")
_CAPITALISED_WORD = re.compile(r"(?<![\w’'-])([A-ZÄÖÜ][a-zäöüß][\w’'-]*)(?![\w’'-])")


def named_alone(prose: str, nouns: frozenset[str], lowercase: set[str]) -> frozenset[str]:
    """The single words a German article uses as a name although they stand alone: 'Facebook hat sich …
    geäußert', '„…“, kommentiert Facebook das Gesetz'.

    Such a word opens a sentence before a lowercase word and stands inside one too, and the article never
    writes it after an article, a possessive or in lowercase (as it would a noun): a company or a person
    named once, with no full name to match. ``lowercase``: the article's words written in lowercase,
    capitalised.
    """
    opening: set[str] = set()
    inside: set[str] = set()
    refused = set(nouns) | lowercase
    for match in _CAPITALISED_WORD.finditer(prose):
        word, before = match.group(1), prose[max(0, match.start() - 20):match.start()].rstrip()
        previous = before.split()[-1] if before.split() else ""
        if _NOUN_BEFORE.search(previous) or _ADJECTIVE_SUFFIX.fullmatch(previous) \
                or (prose.startswith(" ", match.end()) and prose[match.end() + 1:match.end() + 2].isupper()):
            refused.add(word)  # 'die Firma', 'kein eigenes Handy', or part of a longer name
        elif not before or before[-1] in ".!?:\n“”„«»\"":
            if re.match(r"[^\S\n]+[a-zäöüß]", prose[match.end():]):
                opening.add(word)
        elif previous[:1].islower() or previous.endswith(","):
            inside.add(word)
    return frozenset(w for w in opening & inside - refused if not noun_by_suffix(w) and len(w) >= 3)


def noun_of_something(name: str, nouns: frozenset[str], surnames: frozenset[str]) -> bool:
    """'Daten von Rheinmetall', 'Weikert von Hörmann': a noun, or a surname, then 'von': no one's name.

    A noun is a word the article uses with an article ('die Daten'); a surname, the last word of
    a person's full name the article gives ('Thomas Weikert'): neither is a first name.
    """
    words = name.split()
    return len(words) >= 3 and (words[0] in nouns or words[0] in surnames) \
        and words[1] in ("von", "vom", "der", "des")


def person_after_von(name: str, nouns: frozenset[str]) -> str:
    """The full name after a noun and 'von' ('Aufmerksamkeit von Jeanmaire Molina'), else ''."""
    words = name.split()
    rest = words[2:]
    plain = len(rest) >= 2 and words[1] == "von" and all(w[:1].isupper() for w in rest) \
        and not any(w in nouns or noun_by_suffix(w) for w in rest)
    return " ".join(rest) if plain else ""


def plural_role(article: str, noun: str) -> bool:
    """'so die DGB-Vertreter', 'sagen die Forscherinnen': 'die' before a role in '-er' or '-en' is
    the plural, a group and not the one person quoted before ('die Sprecherin' is one)."""
    return article == "die" and noun.lower().endswith(("er", "en"))


_SIE = re.compile(r"[^\S\n]+sie\b")


def she_after(verb: str, rest: str) -> int | None:
    """Where 'sie' after a German verb in the singular stands ('„…“, sagt sie'): 'she', not 'they'."""
    found = _SIE.match(rest)
    return found.end() - 3 if found and not verb.endswith("en") else None


_ROLE_OF_A_BODY = re.compile(rf"(?<![\w-])[\w-]*(?:{GERMAN_ROLE_ENDINGS})[^\S\n]+(?:der|des)[^\S\n]+"
                             r"(?:[\w()-]+[^\S\n]+){0,5}\(?$", re.I)
# (or one played against or spoken of: 'nach dem 1:3 gegen Lionel Messi', 'über Olaf Scholz')
_LISTENER = re.compile(r"(?<![\w-])(?:mit|gegenüber|gegen|über)[^\S\n]+$")


def not_the_speaker(before: str) -> bool:
    """Whether the German words before a name make it someone other than who speaks: the body a role
    belongs to ('der Aktivist der Mietergewerkschaft X', 'Geschäftsführer der DGB-Region X') or the
    one spoken to, played against or spoken of ('im Gespräch mit X', 'gegenüber X', 'gegen X', 'über X')."""
    return _ROLE_OF_A_BODY.search(before) is not None or _LISTENER.search(before) is not None


def compound_noun(word: str, nouns: frozenset[str]) -> bool:
    """'DGB-Region': a compound whose last part is a noun the article uses ('der Region'), no first name."""
    return "-" in word and word.rsplit("-", 1)[1] in nouns


def without_noun(name: str, nouns: frozenset[str]) -> str:
    """'Rüstungskonzern Rheinmetall' -> 'Rheinmetall': a noun used with an article, then a name."""
    words = name.split()
    if len(words) == 2 and words[0] in nouns and words[1] not in nouns:
        return words[1]
    # 'Direktor für Bioinformatik Timothy Sackton': a field, then a person's full name
    if len(words) >= 3 and nouns and words[1][:1].isupper() \
            and (words[0] in nouns or noun_by_suffix(words[0])) \
            and not any(word in nouns or noun_by_suffix(word) for word in words[1:]):
        return " ".join(words[1:])
    return name


def same_person(name: str, earlier: str | None) -> bool:
    """Whether a two-word mention is someone the article named in full before, a word before the surname.

    'Trendscout Landowski' after 'Karolina Landowski', 'Chef de Mission Schimmelpfennig' after 'Dirk
    Schimmelpfennig': German and French put a title or a role, capitalised, right before a surname.
    """
    words = name.split()
    return earlier is not None and len(words) == 2 and earlier.split()[-1] == words[-1] \
        and earlier.split()[0] != words[0]


_PREPOSITIONS = frozenset({
    "auf", "an", "in", "mit", "nach", "bei", "vor", "zu", "aus", "für", "über", "unter", "gegen", "ohne",
    "durch", "um", "seit", "zwischen", "wegen", "trotz", "hinter", "neben"})


def placed_in_german(word_before: str, name: str) -> bool:
    """Whether a German capitalised word is a thing, not who speaks: after a preposition ('auf
    Anfrage'), or a body's short name after an adjective ('die konzerneigene IT')."""
    return word_before in _PREPOSITIONS or (
        acronym(name) and adjective(word_before)
        and word_before not in ("der", "die", "des", "dem", "den", "eine"))


_PUBLICATION = re.compile(r"[^\S\n]+((?:(?:Le|La|Les)[^\S\n]+|L[’'])?[A-ZÀ-Ý][\w’'-]*"
                          r"(?:[^\S\n]+[A-ZÀ-Ý][\w’'-]*)*)")


def publication(rest: str) -> str | None:
    """'peut-on lire dans Les Échos': the publication named right after, with its article, or None
    ('dans le quotidien du soir' names none)."""
    found = _PUBLICATION.match(rest)
    return found.group(1) if found else None


def so_after_marks(words: str) -> bool:
    """Whether the words right after a quotation's closing mark are 'so X' ('„…,“ so Reuter')."""
    return _SO_AFTER.match(words) is not None


def reported_speech(sentence: str) -> bool:
    """Whether a German sentence is in the subjunctive of reported speech."""
    return _REPORTED.search(sentence) is not None
