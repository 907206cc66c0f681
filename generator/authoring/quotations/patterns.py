"""The patterns and word sets every rule reads news prose with, and the helpers that apply them alone.

Verbs of saying (``VERB``), names (``NAME``), roles (``ROLE``), sentence ends (``SENTENCE_END``);
``blank``, ``ends_with`` and ``sentence_start``; ``cut_long_words``, which keeps every pattern linear.
"""

from __future__ import annotations

import re

from generator.authoring import speech_de_fr as de_fr
from generator.authoring.name_words import NOT_NAMES as _ENGLISH_NOT_NAMES
from generator.reading.words import SENTENCE_MARKS

# Never the first word of a person's name: English openers and titles, French and German openers.
NOT_NAMES = _ENGLISH_NOT_NAMES | de_fr.OPENERS


def _after_a_name(word: str) -> str:
    """``word`` as a verb only right after a capitalised word: 'the Post reports', not 'critical reports'."""
    return word + "(?:" + "|".join(rf"(?<=[A-Z][\w’'.-]{{{n}}}[^\S\n]{word})" for n in range(20)) + ")"


# The English verbs of saying, as alternatives of a pattern.
SPEECH_VERBS = (
    f"{_after_a_name('reports')}|{_after_a_name('reported')}|concludes|concluding|"
    "said|says|say|told|tells|tell|wrote|writes|added|adds|countered|counters|retorted|noted|notes|responded|replied|warned|warns|"
    "warning|stated|states|stating|explained|explains|asked|asks|argued|argues|insisted|insists|claimed|claims|"
    "announced|declared|declares|testified|acknowledged|acknowledges|quipped|tweeted|posted|urged|"
    "urges|called|described|describes|recalled|shouted|shouts|ordered|chimed|admitted|conceded|continued|"
    "cautioned|predicted|suggested|emphasised|emphasized|emphasises|emphasizes|asserts|asserted|stressed|remarked|joked|agreed|according|"
    # 'remembers' and 'recalls' attribute only as an incise ('…,” recalls Jo Lee', '…,” she recalls.'),
    # not with an object ('also remembers it as a trying time')
    "(?:remembers|recalls)(?=[^\\S\\n]*[,.:;]|[^\\S\\n]+[A-Z])|"
    # the same for 'reflects' and 'shares' ('…,” he reflects.', not 'reflects the mood', 'shares the view')
    "(?:reflects|reflected|shares|shared)(?=[^\\S\\n]*[,.:;])|"
    "summarizes|summarises|summarized|summarised|(?:sums|summed)[^\\S\\n]+up|suggests|"
    # 'As Panetta put it, “…”', 'Romney promised, “…”', '“…” she continues.': only before the words
    "(?:put|puts)[^\\S\\n]+it(?=[^\\S\\n]*[,:])|(?:promised|promises)(?=[^\\S\\n]*[,:])|"
    "continues(?=[^\\S\\n]*[,.:;])|"
    # '“…,” she went on. “…”': going on speaking, at the end of its clause (not 'went on to win')
    "(?:went|goes)[^\\S\\n]+on(?=[^\\S\\n]*[,.:;])|"
    # 'Robinson dismissed the march as "…"': what someone calls a thing, in their words
    "(?:dismissed|dismisses|branded|brands|labell?ed|labels|derided|derides)"
    "(?=[^\\S\\n]+[^\\n“”\"]{1,60}?[^\\S\\n]as[^\\S\\n]*(?:[“\"]|$))|"
    # '"…," he remembers thinking': what he thought then, in his words
    "(?:remembers|remembered|recalls|recalled)[^\\S\\n]+thinking|"
    "remembered|saying|telling|adding|noting|writing|asking|arguing|insisting|recounted|"
    "recounts|commented|opined|opines|mused|muses|vowed|vows|boasted|boasts|complained|complains|lamented|"
    "laments|reiterated|reiterates|admits|concedes|(?:pointed|points)[^\\S\\n]+out|alleged|alleges|"
    "comments|observed|read|concluded|begged|begs|pleaded|pleads|implored|implores|"
    "(?:has|have|had)[^\\S\\n]+written|yelled|yells|screamed|screams|exclaimed|exclaims|"
    # 'Warming to the theme, he expanded, "…"', 'X turned to his coach and wondered, "…"': only before the
    # words; '"…," Peterson allowed.': only after them
    "(?:expanded|wondered)(?=[^\\S\\n]*[,:])|allowed(?=[^\\S\\n]*[.,])|"
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
    "commente|commenté|témoigne|témoigné|annonce|annoncé|selon|avoue|avoué|avouait|admettait|prédit|"
    "pense|décrit|décrivant|"
    # opening a sentence: 'Selon Jean Dupont, il faut « … »', 'Laut Rosenkranz gebe es noch „…“'
    "Selon|Laut|Según|"
    "par[^\\S\\n]+la[^\\S\\n]+voix[^\\S\\n]+d(?:e|’|')|"
    "reconnaissait|disait|soulignait|poursuivait|"
    # German
    "sagte|sagt|sagten|sagen|erklärte|erklärt|betonte|betont|erzählt|erzählte|berichtet|berichtete|"
    "schreibt|schrieb|meint|meinte|ergänzte|ergänzt|warnt|warnte|kritisiert|kritisierte|erwidert|"
    "erwiderte|antwortet|antwortete|fordert|forderte|zitiert|sprach|spricht|behauptet|behauptete|"
    "räumte|räumt|teilte|unterstrich|bekräftigte|laut|twitterte|twittert|schwärmte|schwärmt|"
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
_AUXILIARY = (r"(?:(?:a|ont|avait|avaient|aurait|ha|han|había|tem|teria)(?:-t-(?:il|elle|on))?[^\S\n]+"
              # 'a notamment déclaré', 'a également ajouté': an adverb between the auxiliary and the verb
              r"(?:(?:notamment|également|encore|aussi|ensuite|enfin|ainsi|alors|déjà)[^\S\n]+"
              # 'a quant à lui prédit'
              r"|quant[^\S\n]+à[^\S\n]+(?:lui|elle|eux)[^\S\n]+)?)?")
# A verb of saying in any of the languages, with its auxiliary ("a déclaré"), or German "so".
VERB = re.compile(rf"(?<![\w-])(?=\w){_AUXILIARY}"
                  rf"(?:{SPEECH_VERBS}|According|{_FOREIGN_VERBS}|(?<=, )so(?= [A-Z])"
                  r"|(?<=[,“”»«] )so(?= (?:[A-Z]|der |die )))(?![\w])")
# ', who wrote melodies for such shows as …,': an aside about someone, its verb not its sentence's (its
# closing comma may hide inside a masked title's marks: 'shows as "Caroline, or Change," has')
WHO_ASIDE = r",[^\S\n]+who\b[^,\n…]{1,200}?(?:,|x[\"”][^\S\n]+(?=[a-z]))"
WORD = re.compile(r"[\w’'@\[\]-]+")
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x530)) if c.isupper())  # Latin, Greek, Cyrillic
# One word of a name: a capitalised word, an initial or an abbreviated title ("Dr.").
NAME_WORD = (r"(?:(?:Mr|Ms|Mrs|Dr|St|Gov|Sen|Rep|Lt|Col|Gen|Sgt|Capt|Prof|Rev|Const|Det|Supt|Insp)\."
             r"|[A-Z]\.(?:[A-Z]\.)*"
             rf"|[{UPPER}][\w’'\u00ad\u200b-\u200d\u2060-]*)")
# An office or body named for its field: 'High Commissioner for Human Rights', 'Centre for Science'.
_FOR_A_FIELD = "|".join(rf"(?<={word} )" for word in (
    "Commissioner", "Secretary", "Minister", "Office", "Department", "Centre", "Center", "Institute",
    "Council", "Committee", "Commission", "Agency", "Foundation", "Coalition", "Campaign", "Alliance",
    "Association", "Doctors", "Physicians", "Lawyers", "Americans"))
# Arabic's article joined to a surname inside a full name: 'Karim Nur el-Sayed', 'Hassan al-Rashid'.
ARTICLE_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul)-(?=[A-Z])"
# A capitalised run read as a name: its words, with the particles and suffixes names take.
NAME = re.compile(
    rf"{NAME_WORD}(?:[^\S\n]+(?:(?:von der|van der|van den|de la|de los|del|de|da|van|von|bin|ibn|abu|al|el"
    rf"|of|of the|(?:{_FOR_A_FIELD})for)[^\S\n]+)?(?:{ARTICLE_PARTICLE})?{NAME_WORD})*"
    r"(?:,?[^\S\n]+(?:Jr|Sr)\.|[^\S\n]+(?:II|III|IV))?")
# A sentence after a quotation that is only a name and perhaps a title, with no verb: a credit, as captions
# and hurried copy print them ('"…," Mark McCaughrean, senior science advisor for ESA. "…"').
CREDIT_LINE = re.compile(rf",?[^\S\n]+({NAME.pattern})(?:,[^\S\n]+[^,.;:!?\n“”\"…]{{1,120}})?\.[^\S\n]*")
# The English nouns a speaker is described by, as alternatives of a pattern.
ROLE_NOUNS = (
    "official|officials|spokesman|spokeswoman|spokesperson|minister|premier|chancellor|president|leader|officer|source|"
    "analyst|diplomat|commander|witness|resident|doctor|patient|actor|actress|singer|statement|report|letter|"
    "company|firm|contractor|agency|authority|police|expert|lawyer|attorney|prosecutor|judge|coach|player|teacher|"
    "student|secretary|ambassador|governor|senator|chairman|chairwoman|chief|director|spokespeople|"
    "mayor|envoy|adviser|advisor|aide|investigator|researcher|scientist|founder|executive|manager|"
    r"candidate|deportee|worker|member|republican|democrat|insider|organiser|organizer|representative|rep|host|star|captain|driver|"
    r"author|authors|group|principal|professor|activist|economist|sheriff|detective|superintendent|"
    # players by their position: 'The England forward, 25, said:'
    r"forward|striker|midfielder|defender|goalkeeper|winger|quarterback|pitcher|owner|"
    # someone heard, not seen: '"…," the voice said'
    r"voice|caller|"
    # those who write for a paper: 'wrote a correspondent to the Rocky Mountain News'
    r"correspondent|reporter|journalist|columnist|"
    r"woman|man|girl|boy|mother|father|"
    # kin and neighbours: 'said Gastelum-Vera’s neighbor, Brian Kinder', 'one of baby Kristofer’s uncles said'
    r"neighbou?rs?|uncles?|aunts?|cousins?|nephews?|nieces?|grandmother|grandfather|grandparents|"
    r"brothers?|sisters?|sons?|daughters?|wife|husband|"
    r"\d+-year-old"
)
# French role nouns, for 'X, le maire de Y' and then 'déplore le maire'.
FRENCH_ROLE_NOUNS = (
    "ministre|porte-parole|président|présidente|directeur|directrice|avocat|avocate|chef|responsable|"
    "maire|juge|élu|élue|préfet|préfète|procureur|procureure|député|députée|sénateur|sénatrice|"
    "ambassadeur|ambassadrice|commissaire|chercheur|chercheuse|médecin|professeur|professeure|"
    "acteur|actrice|chanteur|chanteuse|coureur|joueur|joueuse|entraîneur|entraîneuse|écrivain|écrivaine|"
    "sélectionneur|sélectionneuse|vétérinaire|capitaine"
)
_FOREIGN_ROLE_NOUNS = (
    FRENCH_ROLE_NOUNS + "|"
    "Minister|Ministerin|Sprecher|Sprecherin|Chef|Chefin|Präsident|Präsidentin|Direktor|Direktorin|"
    r"Anwalt|Anwältin|\d+-Jährige|\d+-Jähriger|ministro|ministra|portavoz|presidente|porta-voz"
)
# A described speaker: an article or an owner, a few words, a role noun, then what it is of or for.
ROLE = re.compile(
    r"(?:\b(?P<article>the|a|an|another|one|le|la|l’|l'|un|une|der|die|das|den|dem|ein|eine|einer|dessen|"
    r"deren|el|los|las|o|os|um|uma)|(?<![\w-])(?P<owner>[A-Z][\w-]*[’']s))(?:\s+|(?<=[’']))"
    r"(?P<words>(?:[\w’'\"“”-]+\s+){0,3}?)"
    rf"(?P<noun>{ROLE_NOUNS}|{_FOREIGN_ROLE_NOUNS}|[\w-]*?(?:{de_fr.GERMAN_ROLE_ENDINGS}))\b"
    r"(?P<tail>(?:\s+(?:for|of|at|on|from|with|in)\s+(?:the\s+)?[A-Za-z][\w’'-]*){0,2}"
    # 'le procureur de la République de Paris', 'la ministre de l'Education': what a French office is of
    r"(?:(?:\s+(?:de\s+la|du|des|de)\s+|\s+d[’']|\s+de\s+l[’'])(?-i:[A-ZÀ-Ý])[\w’'-]*){0,2})", re.I)
# The articles of a ROLE that introduce someone not named before: "a spokesperson", "une avocate".
INDEFINITE = {"a", "an", "one", "another", "ein", "eine", "einer", "un", "une"}
CLOSING = "”\"’»«“」』›‹‘"  # the marks that may close a quotation
# The mark that ends a sentence (not an abbreviation's or an initial's full stop).
# (an initial's full stop ends no sentence, an acronym's does: 'an der Spitze des ICMPD. Die …')
SENTENCE_END = re.compile(r"(?<!(?<![A-Z])[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|No))"
                          rf"(?<!\b(?:Mrs|Gov|Sen|Rep|Col|Gen|Inc|Sgt|Det|Cpl|Rev|Maj|Adm))"
                          r"(?<!\b(?:Capt|Prof|Supt|Insp|Cmdr|Brig))(?<!\bConst)"  # ranks: 'Const. Mig'
                          r"(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)"  # months
                          rf"[{SENTENCE_MARKS}](?=[\s{CLOSING}]|$)")
NEWLINE = re.compile(r"\n")
_MARKS_AND_SPACE = re.compile(r"[\s,…’”\"'«»„“‹›‚‘「」『』:]+")
# The words a title leaves in lower case.
SMALL_WORDS = {"a", "an", "the", "of", "with", "on", "in", "for", "and", "to", "at", "by", "or", "from"}
# The longest run of word characters (and the marks names, roles and quotes join words with) read
# as one: no name, role or verb is longer, and the patterns that scan a word from each of its
# letters then cost at most this much per letter, so a page-long token cannot take hours.
MAX_WORD_CHARS = 100
_LONG_RUN = re.compile(rf"[\w’'\"“”@\[\]-]{{{MAX_WORD_CHARS + 1},}}")
_CUT = "\ufffc"  # what stands for the rest of a long run: no pattern reads it as a word, space or mark
ENDS_A_SENTENCE = re.compile(r"\W*[.!?]")  # for ``ends_with``: [.!?]\W*$ on the text reversed


def cut_long_words(text: str) -> str:
    """``text`` with each run of word characters beyond ``MAX_WORD_CHARS`` cut short (same length).

    The run keeps its first characters and the rest becomes a character no pattern reads, so
    offsets stay those of the text while every pattern runs in time linear in its length.
    """
    return _LONG_RUN.sub(lambda m: m.group()[:MAX_WORD_CHARS] + _CUT * (len(m.group()) - MAX_WORD_CHARS),
                         text)


def ends_with(ends: re.Pattern[str], words: str) -> bool:
    """Whether ``words`` end with one of the marks, maybe followed by other non-word characters."""
    return ends.match(words[::-1]) is not None


def blank(words: str) -> bool:
    """Nothing but spaces, commas and quotation marks."""
    return not _MARKS_AND_SPACE.sub("", words)


def sentence_start(prose: str, end: int, limit: int) -> int:
    """Where the sentence running to ``end`` starts: past the last sentence end from ``limit``, or there."""
    starts = [m.end() for m in SENTENCE_END.finditer(prose, limit, max(limit, end))]
    return starts[-1] if starts else limit
# 'Jansen weiß: „….“ Jansen, der …, stellt klar': in French and German a quotation, then a capital, ends
# a sentence (its full stop is masked with its words).
QUOTATION_THEN_SENTENCE = re.compile(rf"…[{CLOSING}]?[^\S\n]+(?=[{UPPER}])")
