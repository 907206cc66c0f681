"""``briefs new`` in other languages: their quotation marks, speech verbs and word counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.quotations import (
    INTL,
    INTL_HELD_OUT,
    INTL_TUNING_2,
    INTL_UNSEEN_2,
    INTL_UNSEEN_3,
    INTL_UNSEEN_4,
    INTL_UNSEEN_5,
    INTL_UNSEEN_6,
    INTL_UNSEEN_7,
    INTL_UNSEEN_8,
    INTL_UNSEEN_9,
    INTL_UNSEEN_10,
    INTL_UNSEEN_11,
    load_annotated,
    quotation_rules,
    score,
)
from generator.authoring.quotations import find_quotations
from generator.reading.words import word_count
from tests.test_quotations import assert_pieces_anchor_in_place


def quoted(text: str) -> list[tuple[list[str], str | None]]:
    return [([text[p.start:p.end] for p in q.pieces], q.speaker.name if q.speaker else None)
            for q in find_quotations(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre Jean Dupont a visité l’usine. « Nous ne fermerons pas ce site », a déclaré Jean Dupont. "
     "« C’est un engagement », a-t-il ajouté.",
     [(["Nous ne fermerons pas ce site"], "Jean Dupont"), (["C’est un engagement"], "Jean Dupont")]),
    ("« Il faut agir vite », selon Marie Curie.", [(["Il faut agir vite"], "Marie Curie")]),
    ("Marie Curie a quitté Paris lundi. « Nous reviendrons bientôt », a-t-elle dit.",
     [(["Nous reviendrons bientôt"], "Marie Curie")]),
    ("„Wir brauchen mehr Züge in Europa“, sagte Christian Lindner am Montag.",
     [(["Wir brauchen mehr Züge in Europa"], "Christian Lindner")]),
    ("Relotius schreibt: »Drückt uns die Daumen.«", [(["Drückt uns die Daumen."], "Relotius")]),
    ("‹Wir bleiben hier›, sagte Ueli Maurer.", [(["Wir bleiben hier"], "Ueli Maurer")]),
    # the French incise: the attribution inside the guillemets cuts the quotation in two pieces
    ("Claire Martin enseigne à Lyon. « Cette réforme est injuste, soupire-t-elle. Nous la combattrons. »",
     [(["Cette réforme est injuste", "Nous la combattrons."], "Claire Martin")]),
    ("« Le projet est mort, explique Paul Durand, maire de la ville. Nous le regrettons. »",
     [(["Le projet est mort", "Nous le regrettons."], "Paul Durand")]),
    # a colon after a sentence about the speaker, with no verb of saying
    ("Die Lage an der Grenze ist ernst. Doch Anna Berger will das Positive sehen: „Wir haben viel erreicht.“",
     [(["Wir haben viel erreicht."], "Anna Berger")]),
    ("Die Grenze ist zu. Innenminister Klaus Weber begründet das so: „Grenzschutz ist Menschenschutz.“",
     [(["Grenzschutz ist Menschenschutz."], "Klaus Weber")]),
    # a German compound title before the name, and the name after a role
    ("„Wir helfen, wo wir können“, sagt DRK-Generalsekretär Max Reuter.",
     [(["Wir helfen, wo wir können"], "Max Reuter")]),
    ("„Wir haben Aufträge verschoben“, erzählt der Chef Tom Krause am Telefon.",
     [(["Wir haben Aufträge verschoben"], "Tom Krause")]),
    # German reported speech goes on quoting the person quoted before
    ("„Das ist schlimm“, sagt Jan Vogt. Oft habe er Freunde zur Brücke gebracht, "
     "„um zu zeigen, was Europa ist“.",
     [(["Das ist schlimm"], "Jan Vogt"), (["um zu zeigen, was Europa ist"], "Jan Vogt")]),
    # 'X zufolge' and 'd’après X' name the speaker as 'laut X' and 'selon X' do
    ("Die Lage ist ernst. Anna Berger zufolge ist „die Grenze zu lange geschlossen worden“.",
     [(["die Grenze zu lange geschlossen worden"], "Anna Berger")]),
    ("La crise dure. « Il faut rouvrir la frontière », d’après Paul Durand.",
     [(["Il faut rouvrir la frontière"], "Paul Durand")]),
    # French honorifics and a description given earlier
    ("« Les fibres sont utiles », précise la Pr Marie Joly. « Mangez de tout », indique Mme Joly.",
     [(["Les fibres sont utiles"], "Marie Joly"), (["Mangez de tout"], "Marie Joly")]),
    ("Selon la gastro-entérologue Marie Joly, le ventre souffre. « Le stress nuit à l'intestin », "
     "précise la gastro-entérologue.",
     [(["Le stress nuit à l'intestin"], "Marie Joly")]),
    ("«No vamos a subir los impuestos este año», dijo el presidente Pedro Sánchez.",
     [(["No vamos a subir los impuestos este año"], "Pedro Sánchez")]),
    ("\"Vamos continuar a negociar com todos\", disse Marcelo Rebelo de Sousa.",
     [(["Vamos continuar a negociar com todos"], "Marcelo Rebelo de Sousa")]),
])
def test_quotation_marks_and_speech_verbs_of_other_languages_give_quote_and_speaker(
        text: str, expected: list[tuple[list[str], str | None]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("وقال المتحدث: «لن نتراجع عن هذا القرار أبدا».", "لن نتراجع عن هذا القرار أبدا"),
    ("رئیس‌جمهور گفت: «ما به مذاکره ادامه می‌دهیم.»", "ما به مذاکره ادامه می‌دهیم."),
    ("首相は記者会見で「経済を立て直すことが最優先だ」と述べた。", "経済を立て直すことが最優先だ"),
    ("彼は『この計画は必ず成功させる』と語った。", "この計画は必ず成功させる"),
])
def test_a_quotation_whose_speaker_the_rules_cannot_read_is_proposed_with_no_speaker(text: str,
                                                                                    words: str) -> None:
    """Arabic, Persian and Japanese names are not read yet: the quote comes, its speaker stays a TODO."""
    assert quoted(text) == [([words], None)]


@pytest.mark.parametrize("text", [
    # a sentence after the marks is not the attribution: '« … » Enfin, la professionnelle rappelle …'
    "« Ce qui est sûr, c'est que nous vieillissons. » Enfin, la professionnelle rappelle les règles.",
    # German 'sie' may be 'they': no guess
    "Dann schickt sie Paul Roth eine Nachricht: „Ich komme jetzt gleich, und du kommst raus.“",
    # the sentence attributes the words in a way not read: a TODO rather than the last speaker
    "„Das ist gut“, sagt Jan Vogt.\n\nEs gehe um „Transparenz, Fairness und kulturelle Vielfalt“, "
    "wird betont.",
    # someone the article describes without naming stays unnamed, whoever is named after
    "Le débat dure. « Cela relativise tout », a ajouté un ténor de la droite sur le rôle de Paul Durand.",
    # a pronoun looks no further back than the paragraph before
    "Paul Durand a parlé lundi.\n\nLe débat dure.\n\n"
    "La salle est pleine et le public attend. « Nous partons », dit-il.",
    # a role of someone's ('dessen Chef') is not the person quoted before
    "„Wir prüfen alles“, sagt Jan Vogt. Die Abteilung hat 60 Leute, dessen Chef sagt: "
    "„Wir glauben gar nichts.“",
])
def test_french_and_german_quotations_the_rules_cannot_attribute_get_no_invented_speaker(text: str) -> None:
    assert quoted(text)[-1][1] in (None, "dessen Chef", "un ténor de la droite")  # a TODO or a description


@pytest.mark.parametrize(("text", "expected"), [
    # the field of a French office, capitalised, is not the start of its holder's name
    ("Le plan est prêt et il sera présenté dans la semaine. « Les règles valent pour tous », a déclaré le "
     "ministre de l’Agriculture Paul Durand.",
     [(["Les règles valent pour tous"], "Paul Durand")]),
    # a German body's short name in capitals is a name, though German capitalises every noun
    ("Der Rat tagte am Montag, und die Mitglieder sind mit dem Plan nicht einverstanden, der ist zu teuer "
     "und das ist nicht neu. „Wir lehnen den Plan ab“, schrieb der BdV auf seiner Seite.",
     [(["Wir lehnen den Plan ab"], "BdV")]),
    # '„…,“ so X': the comma inside the marks
    ("Der Streit ist nicht neu, und die Fronten sind mit jedem Tag härter. „Der Klimawandel schafft Not“, "
     "sagt Max Berger.\n\n„Wir helfen immer häufiger vor Ort,“ so Berger. Es geht um die Hilfe.",
     [(["Der Klimawandel schafft Not"], "Max Berger"),
      (["Wir helfen immer häufiger vor Ort,"], "Max Berger")]),
    # a compound title inside a longer run, then the title alone: 'sagte der Minister'
    ("Bayerns Wirtschaftsminister Hans Adler hat eine Initiative gestartet, und die ist nicht neu. Die Lage "
     "sei ernst. „Wir fordern mehr Geld für die Anlagen“, sagte der Minister.",
     [(["Wir fordern mehr Geld für die Anlagen"], "Hans Adler")]),
    # a role that refers back to the one person the sentence before names
    ("Der Streit ist nicht neu, und die Fronten sind mit jedem Tag härter. Bundesminister Hans Adler drängt "
     "auf eine Entscheidung. Der Grünen-Politiker sagte am Montag: „Ich bin nicht zufrieden damit.“",
     [(["Ich bin nicht zufrieden damit."], "Hans Adler")]),
    # a plural verb, and a person 'von der' an institution of several words
    ("Der Wald ist nicht mehr, was er war, und die Tiere sind mit dem Menschen nah. „Das Risiko steigt mit "
     "jedem Jahr“, schreiben Forscher um Anna Roth von der Universität Warschau in einer Studie.",
     [(["Das Risiko steigt mit jedem Jahr"], "Anna Roth")]),
    # 'er' after a quotation by someone titled ('der Grünen-Politiker X') is that person, not whom they quote
    ("Jan Vogt hat den Plan vorgestellt, und die Fronten sind mit jedem Tag härter. "
     "„Wenn Jan Vogt jetzt klagt, ist das Theater“, sagte der Grünen-Politiker Max Berger am Montag. "
     "Er finde es seltsam, dass Vogt schweige, sagte Berger. Er fordert: „Jan Vogt sollte zurücktreten.“",
     [(["Wenn Jan Vogt jetzt klagt, ist das Theater"], "Max Berger"),
      (["Jan Vogt sollte zurücktreten."], "Max Berger")]),
])
def test_french_and_german_offices_bodies_and_titled_speakers_are_read(
        text: str, expected: list[tuple[list[str], str | None]]) -> None:
    assert quoted(text) == expected


def test_german_reported_speech_after_a_body_the_rules_cannot_name_is_not_the_person_quoted_before() -> None:
    """'Der Verband betonte …. Man habe …, „…“': the body's words, never the person named before it."""
    text = ("Der Streit an der Universität ist nicht neu, und die Fronten sind mit jedem Tag härter. "
            "„Das ist falsch“, sagte Jan Vogt. Vogt habe die Lage verschärft. Der Verband betonte, "
            "nichts geplant zu haben. Man habe nur eine Kundgebung angemeldet, „damit alle gehört werden“.")
    assert quoted(text)[-1] == (["damit alle gehört werden"], None)


def test_a_crosshead_repeating_a_quotation_below_it_is_not_proposed_twice() -> None:
    text = ("„Es darf sich nicht die Herde infizieren“\n\nIn der Backstube ist das A-Team dran. "
            "„Es darf sich nicht die Herde infizieren“, sagt Karl Berning.")
    assert quoted(text) == [(["Es darf sich nicht die Herde infizieren"], "Karl Berning")]


def test_guillemets_nested_inside_guillemets_stay_one_quotation() -> None:
    text = "Le conseiller lâche « qu’il est, ouvrez les guillemets, « disposé à améliorer » le projet »."
    assert quoted(text)[0][0] == ["qu’il est, ouvrez les guillemets, « disposé à améliorer » le projet"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Messe war voll. „Wir prüfen den Fall sehr genau“, sagte Kabarettist Jonas Wehrle am Abend.",
     "Jonas Wehrle"),
    ("Die Frist läuft. „Die Meldung muss binnen drei Tagen erfolgen“, erklärt die Kölner "
     "Datenschutzbeauftragte Petra Kühn.", "Petra Kühn"),
    # declined after 'des': 'des Schweizer Historikers und Geheimdienstexperten Adrian Hänni'
    ("Genf ist ein Zentrum der Spionage. Nach Einschätzung des Historikers und Sicherheitsexperten Jonas "
     "Wehrle ist das kein Zufall. „Von Genf aus kann man überall hin fliegen“, sagt Wehrle.", "Jonas Wehrle"),
])
def test_a_german_role_before_a_name_is_not_part_of_it(text: str, speaker: str) -> None:
    """'Kabarettist Torsten Sträter', 'Hamburger Datenschutzbeauftragte Johannes Caspar': the person."""
    assert quoted(text)[0][1] == speaker


def test_a_german_title_before_a_surname_given_in_full_before_is_that_person() -> None:
    """'sagt Trendscout Landowski' after 'Karolina Landowski': the same person, not 'Trendscout Landowski'."""
    text = ("Die Modeexpertin Karla Lindt aus Köln kennt den Markt. Und in Deutschland? „Es entsteht mit der "
            "Zeit ein Gewöhnungseffekt an den Schuh“, sagt Trendscout Lindt.")
    assert quoted(text)[0][1] == "Karla Lindt"


def test_a_german_first_name_after_a_relative_die_is_a_first_name_when_the_headline_gives_the_pair() -> None:
    """'die Jonas Wehrle (Tudor) als schnellster absolvierte': 'die' is a relative pronoun, and the
    headline's 'Jonas Wehrle und Tudor …' makes 'Jonas' a first name, so '„…“, sagt Wehrle' is him."""
    text = ("Jonas Wehrle und Tudor sind die Besten im Rennen\n\n"
            "Es war am Sonntag nicht die Vuelta, und das ist nicht wenig: Die Hitze war groß, und die Fahrt "
            "mit der Gruppe und dem Team war lang, eine Fahrt, die Jonas Wehrle (Tudor) als schnellster "
            "absolvierte. Das war der Tag, der sich lohnte, und die Fans waren mit dem Ergebnis "
            "zufrieden.\n\n"
            "„Wir haben als Team versucht, das beste Rennen zu fahren“, sagt Wehrle nach der Zielankunft.")
    assert quoted(text)[0][1] == "Jonas Wehrle"


def test_a_german_headline_of_a_noun_or_a_surname_then_von_names_no_one() -> None:
    """'Daten von Rheinmetall gehackt', 'Weikert von Hörmann attackiert' are not people's names."""
    text = ("Mertens von Albrecht angegriffen\n\nDer frühere Präsident Georg Albrecht griff seinen "
            "Nachfolger "
            "Paul Mertens an. Er gehe „aus guten Gründen davon aus“, sagte Albrecht der Zeitung.")
    assert quoted(text)[0][1] == "Georg Albrecht"
    text = ("Akten von Borgwerk gestohlen\n\nDie Akten des Konzerns sind seit Montag im Netz, und das ist "
            "nicht gut für die Firma mit dem Sitz in der Stadt. Der Konzern Borgwerk prüft den Fall. "
            "„Wir haben alle Maßnahmen ergriffen“, teilte Borgwerk mit.")
    assert quoted(text)[0][1] != "Akten von Borgwerk"


def test_a_german_noun_the_article_uses_with_an_article_is_not_a_first_name() -> None:
    """'der Rüstungskonzern Rheinmetall' then 'sagte Rüstungskonzern Rheinmetall': not a person's name."""
    text = ("Der Rüstungskonzern Borgwerk ist betroffen, und das ist nicht gut für die Firma mit dem Sitz in "
            "der Stadt. „Wir haben alle Maßnahmen ergriffen“, sagte Rüstungskonzern Borgwerk.")
    assert quoted(text)[0][1] != "Rüstungskonzern Borgwerk"


def test_a_german_noun_after_a_preposition_or_a_body_after_an_adjective_is_not_who_speaks() -> None:
    """'erklärt auf Anfrage, dass die konzerneigene IT …': neither 'Anfrage' nor 'IT' (nor 'it') speaks."""
    text = ("Woher die Akten genau stammen, ist unklar, und das ist nicht gut für die Firma mit dem Sitz in "
            "der Stadt. Borgwerk erklärt auf Anfrage, dass die konzerneigene IT nicht gehackt worden sei. "
            "Vielmehr "
            "sei ein Dienstleister von dem „unzulässigen Zugriff durch Dritte“ betroffen gewesen.")
    assert quoted(text)[0][1] not in ("Anfrage", "IT")


def test_a_person_von_der_a_body_of_one_word_is_the_person() -> None:
    """'Stefan Bröckling von der Tiernothilfe': the body is not part of the name ('Ursula von der
    Leyen' is one name)."""
    text = ("Die Halle ist seit Wochen gesperrt, und das ist nicht gut für die Stadt. Mit dabei war auch "
            "Jonas Wernecke von der Vogelhilfe: „Wir haben in den Netzen mehrere große Löcher gefunden.“")
    assert quoted(text)[0][1] == "Jonas Wernecke"
    text = ("Die Kommission ist nicht zufrieden, und das ist nicht gut für die Union. „Wir brauchen mehr "
            "Zeit“, sagte Ursula von der Leyen am Montag.")
    assert quoted(text)[0][1] == "Ursula von der Leyen"


def test_a_german_title_or_a_word_the_article_writes_in_lowercase_opens_no_name() -> None:
    """'erklärt Pastor Albrecht Martins', 'Läuft Piotr Trochowski künftig …?': no first name."""
    text = ("Die Kirche braucht Geld, und das ist nicht gut für die Gemeinde. „Es ist ein ehrgeiziges Ziel“, "
            "erklärt Pfarrer Anton Behrmann vor der Auktion.")
    assert quoted(text)[0][1] == "Anton Behrmann"
    text = ("Läuft Jonas Karlsson künftig wieder für den Verein? Wenn alles gut läuft, ist er dabei. "
            "„Ich werde sehr stark auf ihn einreden“, sagte Karlsson dem Blatt.")
    assert quoted(text)[0][1] == "Jonas Karlsson"


def test_a_german_compound_of_a_noun_is_a_body_not_a_person() -> None:
    """'Stefan Marx, Geschäftsführer der DGB-Region Ruhr-Mark, … ergänzt': the region ('der Region') is
    not who speaks, its manager is."""
    text = ("Die Brücke ist gesperrt, und das ist nicht gut für die Region und ihre Betriebe.\n\n"
            "VDB-Region Nordheide\n\n"
            "Karl Behrens, Geschäftsführer der VDB-Region Nordheide, in dessen Gebiet die Brücke liegt, "
            "ergänzt: „Wir machen uns ernste Sorgen um die Zukunft der Betriebe.“")
    assert quoted(text)[0][1] == "Karl Behrens"


def test_german_die_before_a_role_in_the_plural_is_a_group_not_the_person_quoted_before() -> None:
    """'„…“, so die DGB-Vertreter' after a quotation of one of them: the group, unnamed."""
    text = ("Die Brücke ist gesperrt, und das ist nicht gut für die Region und ihre Betriebe. „Die Lage ist "
            "ernst“, sagte Karl Behrens am Montag.\n\n"
            "Auch die Gewerkschafter fordern ein Gesetz. „Aus unserer Sicht wäre das schnell zu erreichen“, "
            "so die Verbandsvertreter.")
    assert quoted(text)[1][1] != "Karl Behrens"


def test_german_words_of_someones_view_attribute_the_quotation_after_them() -> None:
    """'Aus Sicht von X hat …, „…“' is X's; 'Für X ist klar, dass „…“' too, not the person quoted before."""
    text = ("Karin Hellmann leitet das Werk seit Jahren, und das ist nicht gut für die Konkurrenz.\n\n"
            "Aus Sicht von Hellmann hat die Zentrale gute Chancen, „wieder zum Vorbild für die Branche“ zu "
            "werden.")
    assert quoted(text)[0][1] == "Karin Hellmann"
    text = ("„Wohnen ist teuer geworden“, sagt unsere Sprecherin Ruth Albers. „Wir haben einen Antrag "
            "eingebracht.“ Für unseren Geschäftsführer Peter Kramer ist klar, dass „die Regierung sofort "
            "handeln muss“, und das ist nicht gut für die Familien.")
    assert [speaker for _, speaker in quoted(text)] == ["Ruth Albers", "Peter Kramer"]


def test_a_quotation_ending_a_sentence_leaves_the_next_sentence_its_own_subject() -> None:
    """'Jansen weiß: „….“ Jansen, der …, stellt aber auch klar: „…“': the second is Jansen's too."""
    text = ("Marcell Jansen spielt seit dem Sommer wieder, und das ist nicht gut für die Gegner.\n\n"
            "Jansen weiß: „Das ist keine leichte Liga. Sie hat sehr viel Tradition.“ Jansen, der mit "
            "Piotr Nowak spielte, stellt aber auch klar: „Man braucht ein bisschen Zeit, um in den "
            "Rhythmus zu kommen.“")
    assert [speaker for _, speaker in quoted(text)] == ["Marcell Jansen", "Marcell Jansen"]
    text = ("Die Redaktion schweigt, und das ist nicht gut für die Stimmung. „Ach, bitte nicht schon "
            "wieder“, seufzt Katrin Moser. Sportredakteur Jonas Keller findet Worte: „So heisst es doch, "
            "oder?“")
    assert quoted(text)[1][1] == "Jonas Keller"


def test_german_sie_after_a_verb_in_the_singular_is_the_woman_just_named() -> None:
    """'„…“, sagt sie lachend' after 'Gunthild Schön blättert …': hers, not the pastor's quoted before."""
    text = ("Die Gemeinde braucht Geld, und das ist nicht gut für die Kirche. „Es ist ein ehrgeiziges "
            "Ziel“, erklärt Pastor Albrecht Martens. Gerda Schmitt blättert in einem Buch und würde es gerne "
            "ersteigern. „Es ist das Einzige, was nicht im Weg stehen würde“, sagt sie lachend.")
    assert [speaker for _, speaker in quoted(text)] == ["Albrecht Martens", "Gerda Schmitt"]


def test_a_german_name_given_after_a_noun_speaks_for_its_body() -> None:
    """'der Rüstungskonzern Rheinmetall', then 'Rheinmetall erklärt auf Anfrage, dass … sei. Vielmehr sei
    … „…“': the company's words, though a lone capitalised word is usually a German noun."""
    text = ("Betroffen ist der Rüstungskonzern Borgwerk, und das ist nicht gut für die Firma mit dem Sitz in "
            "der Stadt.\n\n"
            "Borgwerk erklärt auf Anfrage, dass die eigene Technik nicht gehackt worden sei. Vielmehr sei "
            "ein Dienstleister von dem „unzulässigen Zugriff durch Dritte“ betroffen gewesen.")
    assert quoted(text)[0][1] == "Borgwerk"


def test_the_body_a_german_role_belongs_to_and_the_one_spoken_to_do_not_speak() -> None:
    """'der Aktivist der Mietergewerkschaft ATU … sagt', 'sagte X im Gespräch mit Marianne Koch: …'."""
    text = ("Noch wartet Paul Navarro ab, und das ist nicht gut für die Vermieter. Doch der Aktivist der "
            "Mietergewerkschaft Tenant Union (TU) aus Chicago sagt auch: „Vermieter müssen verstehen, dass "
            "die Leute kein Geld mehr haben.“")
    assert quoted(text)[0][1] == "Paul Navarro"
    text = ("Der Humorist Pollux wäre heute hundert, und das ist nicht gut für die Satire. In der Talkshow "
            "sagte Pollux 1979 im Gespräch mit Marianne Kurz einst selbst: Satire richte sich „grundsätzlich "
            "gegen die Macht im Staat“.")
    assert quoted(text)[0][1] != "Marianne Kurz"


def test_a_german_sentence_about_one_person_then_an_unattributed_quotation_is_theirs() -> None:
    """'… kamen Elder … zum 18. Grün die Tränen. „…“': Elder's ('18.' is an ordinal, no sentence end)."""
    text = ("Lars Hansen spielte sein letztes Turnier, und das ist nicht gut für den Verein.\n\n"
            "Trotz des Regens kamen Hansen auf dem Weg zum 18. Grün die Tränen. „Die meisten Helfer standen "
            "am Rand und klatschten für mich.“")
    assert quoted(text)[0][1] == "Lars Hansen"
    text = ("Lars Hansen und Jonas Berg spielten ihr letztes Turnier, das ist nicht gut für den Verein.\n\n"
            "Trotz des Regens kamen Hansen und Berg die Tränen. „Die meisten Helfer standen am Rand und "
            "klatschten.“")
    assert quoted(text)[0][1] is None  # two people: no guess
    text = ("Deniz Aksoy saß ein Jahr in Haft, und das ist nicht gut für die Pressefreiheit.\n\n"
            "Diese Solidarität habe er gespürt. Die Mahnwachen in seiner Stadt – das habe ihn getragen. "
            "„Ich war dort im Auftrag der Öffentlichkeit.“ Aksoy kam nach einem Jahr frei.")
    assert quoted(text)[0][1] == "Deniz Aksoy"  # 'ihn', and a sentence after the quotation
    text = ("Das Treffen ist vorbei, und das ist nicht gut für die Skeptiker.\n\n"
            "Paul Brenner, der den Verband vertrat, zeigte sich optimistisch. „Wenn der Wille da ist, lassen "
            "sich diese Fragen lösen. “")
    assert quoted(text)[0][1] == "Paul Brenner"  # a space before the closing mark


def test_a_title_or_a_kind_of_body_before_a_german_name_is_not_part_of_it() -> None:
    """'Yuans Kollege Hossein Robatjazi', 'Seniorautorin Naomi Halas', 'der US-Nachrichtensender CNN'."""
    text = ("Das Team um Li Wang hat einen Katalysator gebaut, und das ist nicht gut für die Konkurrenz. "
            "„Unter Licht zeigte der Katalysator eine hohe Leistung“, berichtet Wangs Kollege Omid Rahimi.")
    assert quoted(text)[0][1] == "Omid Rahimi"
    text = ("Die Studie ist erschienen, und das ist nicht gut für die Konkurrenz. „Dies ist der erste "
            "Bericht in der Fachliteratur“, sagt Seniorautorin Nora Hale.")
    assert quoted(text)[0][1] == "Nora Hale"
    text = ("Der Diktator ist krank, und das ist nicht gut für das Land. Der US-Nachrichtensender TVN "
            "berichtete unter Berufung auf einen Beamten, dass er „nach einer Operation in ernsthafter "
            "Gefahr“ sei.")
    assert quoted(text)[0][1] == "TVN"


def test_what_a_german_number_counts_is_no_person() -> None:
    """'Einige Hundert Kilometer', '650 Millionen Euro': no full name, so 'dreißig Kilometer', 'zehn Euro'
    later refer to no one and 'sagt sie' is the woman named."""
    text = ("Das Dorf liegt einsam, und das ist nicht gut für die Familien. Einige Hundert Kilometer weiter "
            "beginnt die Wüste.\n\n"
            "In der Klinik sitzt Lena Ostrowski mit ihrem Sohn. Sie wohnt dreißig Kilometer entfernt. "
            "„Ohne die Klinik wären wir verloren“, sagt sie.")
    assert quoted(text)[0][1] == "Lena Ostrowski"
    text = ("Jedes Jahr fließen 650 Millionen Euro in die Region, und das ist nicht gut für die Händler.\n\n"
            "Auf dem Markt steht Lena Ostrowski an ihrem Stand. Sie verdient zehn Euro am Tag. "
            "„Davon kann niemand leben“, sagt sie.")
    assert quoted(text)[0][1] == "Lena Ostrowski"
    text = ("Die Firma wurde 2017 gegründet, und das ist nicht schlecht für die Stadt und die Region. Seit "
            "2019 Karl Brenner die Firma leitet, wächst sie. „Wir stellen weiter ein“, sagt Brenner.")
    assert quoted(text)[0][1] == "Karl Brenner"  # a year, not a number of things


def test_a_german_noun_by_its_suffix_is_no_person() -> None:
    """'Resultat von Veränderungen', the crosshead 'Verwirrende Sprachregelung': '-ung' makes nouns, not
    names; 'Hartung' and 'Jung', shorter, stay surnames."""
    text = ("Tobias Brandt kämpft seit Jahren gegen die Autobahn, und das ist nicht gut für die Planer.\n\n"
            "Früher stand Brandt allein da. Seine Zuversicht ist auch Resultat von Veränderungen in der "
            "Politik. Also bleibt er bei seinem Ziel. „Ich werde positiv bleiben.“")
    assert quoted(text)[0][1] == "Tobias Brandt"
    text = ("Die Autorin Eva Brandt schreibt über Sprache, und das ist nicht gut für die Behörden.\n\n"
            "Verwirrende Sprachregelung\n\n"
            "Die Frage sei, ob man der Bevölkerung eine Sprachregelung überstülpen dürfe. „Ich finde das "
            "falsch“, sagt sie.")
    assert quoted(text)[0][1] != "Verwirrende Sprachregelung"
    text = ("Sarah Hartung und Paul Jung leiten die Schule, und das ist nicht gut für die Gegner der Reform. "
            "„Wir bleiben dabei“, sagt Hartung. „Ich auch“, sagt Jung.")
    assert [speaker for _, speaker in quoted(text)] == ["Sarah Hartung", "Paul Jung"]


def test_a_german_word_after_an_article_and_an_adjective_is_a_noun_unless_a_surname() -> None:
    """'kein eigenes Handy' makes 'via Handy Geld' no name; 'der optimistische Lindqvist' after 'der
    Trainer Lindqvist' stays the coach."""
    text = ("Viele Familien haben kein eigenes Handy, und das ist nicht gut für die Händler. Das System "
            "schickt via Handy Geld an die Familien.\n\n"
            "Omar Salah kennt das Problem. Die Verwaltung bietet ihnen dann Geld an: „Das ist besser als "
            "nichts“, meint der 28-Jährige.")
    assert quoted(text)[0][1] == "Omar Salah"
    text = ("Der Trainer Lindqvist hat das Team geformt, und das ist gut für die Mannschaft und den Verband. "
            "„Wir sind bereit“, sagte der optimistische Lindqvist.")
    assert quoted(text)[0][1] == "Lindqvist"


def test_a_german_noun_between_a_verb_of_saying_and_the_speaker_is_not_part_of_the_name() -> None:
    """'erklärt auf Nachfrage Jonas Weber', 'sagte in Köln …': the preposition's noun, then the speaker."""
    text = ("Die Stadt schweigt seit Monaten, und das ist nicht gut für die Anwohner. „Das Verfahren läuft "
            "noch“, erklärt auf Nachfrage Jonas Weber aus der Pressestelle der Stadt.")
    assert quoted(text)[0][1] == "Jonas Weber"
    text = ("Die Stadt schweigt seit Monaten, und das ist nicht gut für die Anwohner. „Das Verfahren läuft "
            "noch“, sagte in Köln Jonas Weber aus der Pressestelle der Stadt.")
    assert quoted(text)[0][1] == "Jonas Weber"


def test_a_capitalised_german_adjective_opens_no_name() -> None:
    """Crossheads 'Schwierige Zeiten' (a suffix making adjectives) and 'Ernste Zeiten' (after 'ernst'):
    an adjective and a noun; 'Reiner Kahl' beside 'rein' is a name (a stem that short may be one)."""
    for crosshead in ("Schwierige Zeiten", "Ernste Zeiten"):
        text = ("Die Autorin Eva Brandt schreibt über Sprache, und das ist nicht gut für die Behörden. Die "
                f"Lage ist ernst.\n\n{crosshead}\n\n"
                "Die Frage sei, ob man der Bevölkerung neue Wörter überstülpen dürfe. „Ich finde das "
                "falsch“, sagt sie.")
        assert quoted(text)[0][1] != crosshead
    text = ("Reiner Kahl leitet die Schule, und das ist rein rechnerisch nicht gut für die Gegner der "
            "Reform. „Wir bleiben dabei“, sagt Kahl.")
    assert quoted(text)[0][1] == "Reiner Kahl"


def test_a_german_compound_role_is_whoever_holds_its_last_part() -> None:
    """'so die vielseitige Buchautorin' after 'Die Bestseller-Autorin Eva Brandt': the author named."""
    text = ("Die Bestseller-Autorin Eva Brandt schreibt über Sprache, und das ist nicht gut für die "
            "Behörden. Die Frage sei, ob man neue Wörter überstülpen dürfe. „Ich finde das falsch“, so die "
            "vielseitige Buchautorin.")
    assert quoted(text)[0][1] == "Eva Brandt"


def test_an_acronym_the_article_defines_is_the_body_it_stands_for() -> None:
    """'Das Alfred-Wegener-Institut (AWI) …', later 'teilte das AWI mit': the institute."""
    text = ("Das Nordsee-Institut (NSI) betreibt zwei Schiffe, und das ist nicht gut für die Kasse. „Sollte "
            "der Preis weiter steigen, wird es schwierig“, teilte das NSI mit.")
    assert quoted(text)[0][1] == "Nordsee-Institut"


def test_german_nach_eigenen_worten_and_das_staatsoberhaupt_give_the_person() -> None:
    """'X sieht nach eigenen Worten eine „…“'; then '„…“, sagte das Staatsoberhaupt' after that person."""
    text = ("Bundespräsident Jonas Reinhardt sieht nach eigenen Worten eine „zunehmende Radikalisierung "
            "unter Querdenkern“. Das ist nicht gut für die Demokratie.\n\n"
            "In den vergangenen Jahren seien die Gerichte angegriffen worden. „Die Anschläge waren brutale "
            "Terrorakte“, sagte das Staatsoberhaupt.")
    assert [speaker for _, speaker in quoted(text)] == ["Jonas Reinhardt", "Jonas Reinhardt"]


def test_an_aside_in_brackets_after_a_german_quotation_does_not_attribute_it() -> None:
    """'…: «…» (MANNSCHAFT berichtete bereits …)': the petition's author's words, not the magazine's."""
    text = ("Benjamin Nagel fordert den Verband zu einem Zeichen auf, und das ist nicht gut für die "
            "Veranstalter.\n\n"
            "Die ganze Welt wird nach Katar schauen, auch er, Benjamin Nagel: «Ich bin Fussballfan und würde "
            "gerne zur WM reisen.» (KICKER berichtete bereits über seinen Kampf gegen Homophobie.)")
    assert quoted(text)[0][1] == "Benjamin Nagel"


def test_french_peut_on_lire_dans_gives_the_publication_named_after_it_with_its_article() -> None:
    """« … », peut-on lire dans Les Échos: the paper's words; 'dans le quotidien du soir' names no one."""
    text = ("Le 6 décembre, c’est le maire qui est mis en examen à son tour. « Au total, une douzaine de "
            "responsables ont été mis en examen dans cette affaire », peut-on lire dans Les Échos. "
            "Le député est soupçonné de « détournement de fonds publics liés à un usage illicite de ses "
            "indemnités », peut-on lire dans le quotidien du soir.")
    assert [speaker for _, speaker in quoted(text)] == ["Les Échos", None]


@pytest.mark.parametrize(("text", "count"), [
    ("The quick brown fox.", 4), ("経済を立て直す", 7), ("東京 は 晴れ", 5),
    ("ما به مذاکره ادامه می‌دهیم", 5), ("", 0)])
def test_a_character_of_a_script_without_spaces_counts_as_a_word(text: str, count: int) -> None:
    assert word_count(text) == count


FRENCH_AND_GERMAN = [INTL, INTL_HELD_OUT, INTL_UNSEEN_2, INTL_TUNING_2, INTL_UNSEEN_3, INTL_UNSEEN_4,
                     INTL_UNSEEN_5]


@pytest.mark.parametrize("folder", [*FRENCH_AND_GERMAN, INTL_UNSEEN_6, INTL_UNSEEN_7, INTL_UNSEEN_8,
                                    INTL_UNSEEN_9, INTL_UNSEEN_10, INTL_UNSEEN_11], ids=[
    "tuning", "held-out", "unseen-2", "tuning-2", "unseen-3", "unseen-4", "unseen-5", "unseen-6", "unseen-7",
    "unseen-8", "unseen-9", "unseen-10", "unseen-11"])
def test_french_and_german_articles_annotated_by_hand_have_their_quotations_found(folder: Path) -> None:
    """Real French and German articles (see benchmarks/quotations.py): issue 25's recall goal, met on each."""
    measured = score(quotation_rules, load_annotated(folder))
    assert measured.recall >= 0.90
    # the essay of held-out and unseen 9's pages of slogans and examples give more extras (80 to 85 %)
    assert measured.precision >= (0.80 if folder in (INTL_HELD_OUT, INTL_UNSEEN_9) else 0.85)


def test_french_and_german_speakers_given_are_mostly_right_though_many_stay_todo() -> None:
    """Issue 25's speaker goal (85 % right) is not met: these hold what is (benchmarks/README.md).

    Over the 27 articles the rules were first tuned on, 78 % of the pieces by a named speaker get that
    speaker and 94 % of the speakers given are right.
    """
    every = [article for folder in FRENCH_AND_GERMAN for article in load_annotated(folder)]
    measured = score(quotation_rules, every)
    assert measured.speaker_accuracy >= 0.78
    assert measured.speaker_precision >= 0.93
    unseen = score(quotation_rules, load_annotated(INTL_UNSEEN_5))
    assert unseen.speaker_accuracy >= 0.70


def test_unseen_6_keeps_what_tuning_on_it_gained() -> None:
    """Unseen 6: blind, 45 of 72 speakers right with 15 wrong names; tuned on since, 63 right, 3 wrong."""
    articles = load_annotated(INTL_UNSEEN_6)
    measured = score(quotation_rules, articles)
    assert len(articles) == 7
    assert measured.found >= 75
    assert measured.named_right >= 63
    assert measured.attributed - measured.named_right <= 3


def test_unseen_7_keeps_what_tuning_on_it_gained() -> None:
    """Unseen 7: blind, 35 of 50 speakers right with 15 wrong; tuned on since, 45 right, 6 wrong."""
    articles = load_annotated(INTL_UNSEEN_7)
    measured = score(quotation_rules, articles)
    assert len(articles) == 9
    assert measured.found >= 56
    assert measured.named_right >= 45
    assert measured.attributed - measured.named_right <= 6


def test_unseen_8_keeps_what_tuning_on_it_gained() -> None:
    """Unseen 8: blind, 50 of 76 speakers right with 12 wrong; tuned on since, 66 right, 4 wrong."""
    articles = load_annotated(INTL_UNSEEN_8)
    measured = score(quotation_rules, articles)
    assert len(articles) == 10
    assert measured.found >= 78
    assert measured.named_right >= 66
    assert measured.attributed - measured.named_right <= 4


def test_unseen_9_keeps_what_tuning_on_it_gained() -> None:
    """Unseen 9: blind, 37 of 62 speakers right with 9 wrong; tuned on since, 49 right, 2 wrong.

    One of the two: a page that gives the same words to two people."""
    articles = load_annotated(INTL_UNSEEN_9)
    measured = score(quotation_rules, articles)
    assert len(articles) == 10
    assert measured.found >= 61
    assert measured.named_right >= 49
    assert measured.attributed - measured.named_right <= 2


def test_unseen_10_keeps_what_tuning_on_it_gained() -> None:
    """Unseen 10: blind, 42 of 66 speakers right with 12 wrong; tuned on since, 59 right, 3 wrong.

    One of the three: "nennen Bund und Länder „…“" given to the Bund, where the annotation leaves the words
    unnamed."""
    articles = load_annotated(INTL_UNSEEN_10)
    measured = score(quotation_rules, articles)
    assert len(articles) == 10
    assert measured.found >= 69
    assert measured.named_right >= 59
    assert measured.attributed - measured.named_right <= 3


def test_the_held_out_german_set_keeps_its_one_blind_run() -> None:
    """Unseen 11, run once with the final rules: 65 of 67 found, 41 of 67 speakers right, 6 wrong."""
    articles = load_annotated(INTL_UNSEEN_11)
    measured = score(quotation_rules, articles)
    assert len(articles) == 12
    assert measured.found >= 65
    assert measured.named_right >= 41
    assert measured.attributed - measured.named_right <= 6


def test_unseen_11_keeps_what_tuning_on_it_gained() -> None:
    """Unseen 11, tuned on after its blind run: 49 of 67 speakers right, 3 wrong."""
    measured = score(quotation_rules, load_annotated(INTL_UNSEEN_11))
    assert measured.named_right >= 49
    assert measured.attributed - measured.named_right <= 3


PROSE = st.lists(st.sampled_from([
    "«", "»", "„", "“", "”", "‚", "‘", "’", "「", "」", "『", "』", "‹", "›", "\"",
    " ", "\n", "\n\n", ",", ".",
    "。", "sagte", "a déclaré", "a-t-il ajouté", "selon", "laut", "قال", "گفت", "Jean Dupont", "Ley\u00aden",
    "der Minister", "le ministre", "Nous", "Wir", "経済", "x"]), max_size=40).map(" ".join)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=PROSE)
def test_any_text_in_any_marks_gives_pieces_that_anchor_at_their_own_place(text: str) -> None:
    assert_pieces_anchor_in_place(text)


def test_a_company_joined_to_a_title_by_a_hyphen_is_no_part_of_the_name() -> None:
    """'Lesefix-CEO Anna Berg': the company and the title before the name, as 'Minister Anna Berg' is."""
    text = ("Die Zahlen der Plattformen bleiben geheim, und das ärgert die Verlage seit Jahren. „Wir teilen "
            "unsere Daten mit jedem Verlag“, sagt Lesefix-CEO Anna Berg.")
    assert quoted(text)[0][1] == "Anna Berg"


def test_a_role_named_by_surname_in_a_headline_is_the_full_name_given_later() -> None:
    """'Bundesministerin Berg:' heads the release; 'Bundesministerin Anna Berg' comes after."""
    text = ("Bundesministerin Berg: Mehr Geld für die Kinderbetreuung\n\n"
            "„Wir helfen den Familien“, betonte Bundesministerin Anna Berg in Wien. Der Bund zahlt mehr.\n\n"
            "„Jedes Kind soll die gleichen Chancen haben“, sagte die Ministerin.")
    assert quoted(text)[1][1] == "Anna Berg"


def test_a_name_after_a_body_in_the_genitive_is_a_person_when_its_surname_speaks_alone() -> None:
    """'die Leiterin des Verbands Holzwärme Jana Roth' reads as nouns; '„…“, so Roth' makes Jana Roth."""
    text = ("Die Holzwärme ist teuer geworden, und die Branche ist enttäuscht von dem Entwurf. „Der "
            "Beschluss übersieht die Lage der Betriebe“, "
            "kommentiert die Leiterin des Verbands Holzwärme Jana Roth die Pläne.\n\n"
            "„Die Grenze ist zu begrüßen, trifft aber gerade die kleinen Anlagen“, so Roth.")
    assert quoted(text)[1][1] == "Jana Roth"


def test_schlussfolgerte_attributes_the_words_before_it() -> None:
    text = ("Die Umfrage unter den Beschäftigten ist erschienen, und sie ist deutlich. „Die Ergebnisse sind "
            "ein Warnsignal“, schlussfolgerte die Vorsitzende Lena Kraus.")
    assert quoted(text)[0][1] == "Lena Kraus"


def test_a_sentence_of_its_own_ending_in_a_colon_opens_a_new_quotation() -> None:
    """'„…“ Ähnlich äußerte sich X: „…“' is X's; '„…“, sagt sie: „…“' goes on with her."""
    text = ("Die Regierung und die Länder haben das nicht mit der Opposition besprochen, und das ist der "
            "Streit. Die Opposition ist unzufrieden mit dem Aufschub. Parteichefin Anna Berg sagte den "
            "Zeitungen: „Genau jetzt braucht es mehr Austausch.“ Ähnlich äußerte sich Fraktionschef Jan "
            "Roth: „Wann, wenn nicht jetzt, muss über die Lage gesprochen werden?“")
    assert [speaker for _, speaker in quoted(text)] == ["Anna Berg", "Jan Roth"]


def test_scherzt_and_aeusserte_sich_attribute_the_words() -> None:
    text = ("Das Transferfenster läuft noch, und der Sportchef ist Tag und Nacht unterwegs. „Das Handy "
            "zusammenhauen und den Computer löschen“, scherzt Sportchef Zoran Kovac.")
    assert quoted(text)[0][1] == "Zoran Kovac"


def test_what_is_counted_before_the_words_speaks_for_no_one() -> None:
    """'bis zu 50 Millionen Euro Strafe zahlen': a sum, not the speaker of the words after it."""
    text = ("Die Regierung und die Länder haben das nicht mit der Branche besprochen, und das ist der "
            "Streit, der sich hinzieht. Das Unternehmen von Jan Berg kritisiert zudem die Höhe der "
            "Bußgelder. Unternehmen wie Lesefix sollen bis zu 50 Millionen Euro Strafe zahlen, sollten "
            "sie strafbare Inhalte nicht löschen. „Die Höhe der Bußgelder steht außer Verhältnis zu dem "
            "Verhalten“, führt Lesefix dazu aus.")
    assert quoted(text)[0][1] != "Millionen Euro Strafe"


def test_a_german_verb_whose_particle_ends_the_clause_attributes_the_words() -> None:
    """'„…“, führt X weiter aus' and '„…“, hielt X fest': the verb's particle stands at the clause's end."""
    text = ("Der Verein hat im Herbst die neuen Kurse vorgestellt, und die Nachfrage ist groß. „Die Gruppen "
            "sind voll und die Warteliste ist lang“, führt Trainerin Mia Vogel weiter aus. Der Vorstand "
            "bleibt vorsichtig. „Wir planen erst das nächste Jahr“, hielt Vereinschef Tom Brandt fest.")
    assert [speaker for _, speaker in quoted(text)] == ["Mia Vogel", "Tom Brandt"]


def test_freut_sich_informiert_and_raet_attribute_the_words() -> None:
    text = ("Die Beraterin Anna Saupe kennt die Fragen der Kundschaft, und sie hat Antworten. „Die Hilfe "
            "kommt im Frühjahr und gilt bis zum Sommer“, informiert Saupe. „Wer wechseln will, sollte "
            "jetzt vergleichen“, rät Saupe. Ihr Kollege Jan Roth ist zufrieden mit der Bilanz. „Da "
            "fällt einem schon ein Stein vom Herzen“, freut sich Roth.")
    assert [speaker for _, speaker in quoted(text)] == ["Anna Saupe", "Anna Saupe", "Jan Roth"]


def test_a_single_german_word_never_written_after_an_article_is_a_name_that_can_speak() -> None:
    """'kommentiert Lesefix das Gesetz': a company of one word; the article never writes 'der Lesefix'."""
    text = ("Lesefix wehrt sich gegen das Gesetz der Regierung. Es sieht den Kampf gegen Hass als "
            "öffentliche Aufgabe. Lesefix hat sich erstmals zu den Plänen der Ministerin geäußert, und "
            "das Unternehmen ist nicht einverstanden. „Der Staat darf die Verantwortung nicht auf "
            "private Unternehmen abwälzen“, kommentiert Lesefix das Gesetz zur Verbesserung der "
            "Rechtsdurchsetzung. Das Unternehmen kritisiert zudem die Höhe der Bußgelder.")
    assert quoted(text)[0][1] == "Lesefix"


def test_a_german_title_after_the_words_is_the_one_person_its_paragraph_names() -> None:
    """'Berg will …. Vor den Zuhörern bekräftigte er …. „…“, betonte der Werks-Boss': Berg."""
    text = ("Die Firma baut um, und die Belegschaft ist unruhig. Werkschef Jonas Berg hatte sich schon "
            "besorgt gezeigt.\n\nBerg will den Stammsitz zum Motor des Umbaus machen. Vor den Zuhörern "
            "bekräftigte er die Ziele für das neue Modell. „Gerade dieser Standort ist wichtig, er muss "
            "die Speerspitze sein“, betonte der Werks-Boss.")
    assert quoted(text)[0][1] == "Jonas Berg"


def test_a_german_noun_after_the_verb_is_whom_the_article_described_so_long_before() -> None:
    """'erklärt Arbeitsrechtlerin Vogt', and pages later '„…“, sagt die Arbeitsrechtlerin.': Vogt."""
    filler = ("Die Regeln für den Urlaub sind nicht einfach, und die Betriebe wissen das. Es gibt dazu "
              "unterschiedliche Sichtweisen, und die Gerichte haben noch nicht entschieden.\n\n") * 45
    text = ("Die Anwältin Mia Vogt berät Firmen in Köln, und sie kennt die Fragen der Betriebe. „Die Regeln "
            "sind nicht eindeutig“, erklärt Arbeitsrechtlerin Vogt.\n\n" + filler
            + "„Wer Eltern im Team hat, muss damit rechnen, dass sie fehlen“, sagt die Arbeitsrechtlerin. "
            "Da sei es sinnvoll, Personal in Reserve zu haben.")
    assert len(filler) > 6000
    assert [speaker for _, speaker in quoted(text)] == ["Mia Vogt", "Mia Vogt"]


def test_a_german_paragraph_ending_in_a_colon_introduces_the_quotation_of_the_next() -> None:
    """'Auch Jana Moser von Hilfswerk kennt solche Konflikte:' then '„…“' alone: Moser's words."""
    text = ("Im Lager leben viele Familien, und die Lage ist schwierig. Es gibt Streit um Wasser und "
            "Holz.\n\nAuch Jana Moser von der Hilfsorganisation kennt solche Konflikte:\n\n„Für die Leute "
            "ist es schwer zu verstehen, warum die Hilfe nicht für alle reicht.“\n\nDas Lager wächst "
            "weiter.")
    assert quoted(text)[0][1] == "Jana Moser"


def test_a_german_genitive_of_a_named_person_is_no_speaker() -> None:
    """'so Bergs Prognose': a thing of Jonas Berg's, not someone called 'Bergs Prognose'."""
    text = ("Die Arbeit verändert sich, sagt Jonas Berg, Philosoph in Köln, und fügt hinzu: „Arbeiten werden "
            "die "
            "Menschen auch in Zukunft.“\n\nDie nächsten Jahre werden schwierig, so Bergs Prognose, der "
            "glaubt, dass die Technik die Gesellschaft erst einmal verändern wird. Doch könnte ein Traum "
            "wahr werden: „Die Befreiung des Menschen von der Arbeit ist möglich.“")
    assert "Bergs Prognose" not in [speaker for _, speaker in quoted(text)]


def test_more_french_verbs_of_saying_attribute() -> None:
    """'a mentionné X', 'a fait valoir X', 's’est défendu X': verbs of saying, after the guillemets."""
    text = ("Le Conseil a déposé une plainte contre trois juges. Le directeur général du Conseil, Norman "
            "Sabourin, a répondu aux questions.\n\n« Il y aura un examen du Conseil dans les trois cas », a "
            "mentionné Norman Sabourin.\n\n« Les sanctions empêcheront l’Italie de finir comme la Grèce », a "
            "fait valoir Sebastian Kurz au quotidien italien.\n\n« Nous leur avons dit de partir vers le "
            "sud », s’est défendu Daniel Hagari, porte-parole de l’armée.")
    assert [speaker for _, speaker in quoted(text)] == ["Norman Sabourin", "Sebastian Kurz", "Daniel Hagari"]


def test_a_french_attribution_inside_the_guillemets_before_a_comma_cuts_the_quotation() -> None:
    """« …, jure Daniel Hagari, mais … »: two pieces, his words, the sentence going on after his name."""
    text = ("L’armée a bombardé le camp mercredi. « Nous faisons de notre mieux pour minimiser les dommages, "
            "jure Daniel Hagari, mais la manière dont le Hamas a construit ses tunnels nous pose un défi. »")
    assert quoted(text) == [(["Nous faisons de notre mieux pour minimiser les dommages",
                              "mais la manière dont le Hamas a construit ses tunnels nous pose un défi."],
                             "Daniel Hagari")]


def test_a_french_role_given_after_a_name_is_whom_the_role_means_later() -> None:
    """'le juge en chef de la Cour, Eugene Rossiter,', later 'le juge en chef avait déclaré que « … »'."""
    text = ("C’est le juge en chef de la Cour de l’impôt, Eugene Rossiter, qui nommera un remplaçant. La "
            "magistrature débat de ces réceptions depuis des mois.\n\nAvant le reportage, le juge en chef "
            "avait déclaré que « le juge Bocock ne s’est pas placé en situation de conflit d’intérêts ».")
    assert quoted(text)[0][1] == "Eugene Rossiter"


def test_a_french_attribution_after_a_parenthesis_is_read() -> None:
    """« … » (a translation), lance le procureur Vincent Edel: the aside does not hide the verb."""
    text = ("Le tribunal a jugé l’imam ce matin.\n\n« Errare humanum est, perseverare diabolicum » (l’erreur "
            "est humaine, mais persévérer est le fait du diable), lance le procureur Vincent Edel, qui "
            "requiert six mois.")
    assert quoted(text)[0][1] == "Vincent Edel"


def test_a_french_adverb_opening_a_clause_is_no_name() -> None:
    """'Certes, concède-t-elle, …, mais c’est « … »': Certes is no one."""
    text = ("L’avocate Saphia Foughar a plaidé longuement.\n\nCertes, concède-t-elle, les faits sont "
            "caractérisés, mais c’est « une erreur de sa part qui ne reflète pas ce qu’il est ».")
    assert quoted(text)[0][1] != "Certes"


def test_a_french_role_of_someone_then_a_name_is_the_named_one() -> None:
    """'plaide l’avocate de Yassin E., Saphia Foughar': the lawyer, not her client."""
    text = ("Yassin E. était jugé ce matin à Nîmes pour une publication sur Facebook. Il est imam dans une "
            "mosquée de la ville depuis deux ans.\n\n« Vous devez le juger sans céder à la pression », "
            "plaide l’avocate de Yassin E., Saphia Foughar.")
    assert quoted(text)[0][1] == "Saphia Foughar"


def test_a_french_sentence_opening_with_pour_x_gives_x_the_quotation() -> None:
    """'Mais pour Andrea Assor-Doukhan, avocate de …, il est un homme « … »': her view, her words."""
    text = ("Le procès s’est tenu à Nîmes.\n\nMais pour Andrea Assor-Doukhan, avocate de l’organisation, "
            "l’imam est un homme « qui a fait des études et a un certain niveau d’instruction ».\n\n"
            "Pour lui, au contraire, c’était « le récit de ce qui allait se passer à la fin des temps ».")
    assert quoted(text)[0][1] == "Andrea Assor-Doukhan"


def test_a_french_demonstrative_after_the_verb_is_the_person_of_the_paragraph() -> None:
    """'affirme ce père de quatre enfants': the one person the paragraph is about."""
    text = ("Le procès a commencé à neuf heures.\n\nYassin E., depuis le box des prévenus, s’en défend avec "
            "vigueur. « La première fois que j’ai lu ce hadith, je ne le connaissais pas », affirme ce père "
            "de quatre enfants.")
    assert quoted(text)[0][1] == "Yassin E."


def test_a_german_field_of_study_before_a_name_is_not_part_of_it() -> None:
    """'des Direktors für Bioinformatik Timothy Sackton': Timothy Sackton, not 'Bioinformatik Timothy …'."""
    text = ("Die Genome der Pflanzen sind riesig, und das ist nicht neu. Die Sequenzen wiederholen sich "
            "und sind mit der alten Technik nicht zu lesen. Einem Team um den Direktor für Bioinformatik "
            "Timothy Sackton gelang die Auswertung.\n\n»Es ist, als würde man ein Puzzle aus lauter blauem "
            "Himmel legen«, sagte Sackton.")
    assert quoted(text)[0][1] == "Timothy Sackton"


def test_a_german_full_name_after_a_noun_and_von_is_a_person() -> None:
    """'die Aufmerksamkeit von Jeanmaire Molina, einer Botanikerin': later '…, berichtet Molina' is hers."""
    text = ("Die Pflanzen sind selten, und das ist nicht neu. Die Blüten stinken und sind mit dem Auge "
            "leicht zu finden. Vor zehn Jahren erregten die Pflanzen die Aufmerksamkeit von Jeanmaire "
            "Molina, einer Evolutionsbotanikerin in New York. Die Forscherin hat die Gene untersucht."
            "\n\n»Als wir die Zellen untersuchten, fanden wir leere Plastiden«, berichtet Molina.")
    assert quoted(text)[0][1] == "Jeanmaire Molina"


def test_a_german_person_compared_with_wie_is_not_whom_er_means() -> None:
    """'Ähnlich wie Molina ist auch Davis fasziniert, »…«, sagt er': Davis, not Molina."""
    text = ("Die Pflanzen erregten die Aufmerksamkeit von Jeanmaire Molina, einer Botanikerin. Ein Team um "
            "Charles Davis, Professor in Harvard, bestätigte ihre Ergebnisse.\n\nÄhnlich wie Molina ist "
            "auch Davis von den Pflanzen fasziniert, »weil sie die rätselhaftesten unter den Blütenpflanzen "
            "sind«, sagt er.")
    assert quoted(text)[0][1] == "Charles Davis"


def test_a_french_paragraph_of_reported_speech_gives_the_next_quotation_its_speaker() -> None:
    """'Le juge Bocock ajoute qu’il …', then a paragraph that is only a quotation: the judge's words."""
    text = ("Le juge Randall Bocock, de la Cour de l’impôt, s’est récusé dans le dossier KPMG. Il a assisté "
            "à une réception.\n\nLe juge Bocock ajoute qu’il est important que justice se fasse et qu’il y "
            "ait apparence de justice.\n\n« Bien que je n’aie pas eu à rendre de décisions, je pourrais être "
            "appelé à le faire. »")
    assert quoted(text)[0][1] == "Randall Bocock"


def test_a_french_public_body_named_by_its_place_speaks() -> None:
    """'« … », estime la préfecture des Pyrénées-Atlantiques, dans un communiqué': the prefecture."""
    text = ("La tempête arrive sur la côte basque vendredi et les plages sont fermées.\n\nJusqu’à vendredi, "
            "« les conditions seront réunies pour déclencher la vague Belharra », estime la préfecture des "
            "Pyrénées-Atlantiques, dans un communiqué.")
    assert quoted(text)[0][1] == "préfecture des Pyrénées-Atlantiques"


def test_beschreibt_is_a_german_verb_of_saying() -> None:
    """'»…«, beschreibt Cai den Ansatz': Liming Cai's words."""
    text = ("Die Pflanzen haben Gene von ihren Wirten übernommen, und das ist nicht selten. Liming Cai, die "
            "mit dem Team an der Universität arbeitet, hat die Daten mit den Genomen der Wirte verglichen."
            "\n\n»Die übertragenen Gene dienen uns als Fossilien«, beschreibt Cai den Ansatz.")
    assert quoted(text)[0][1] == "Liming Cai"


def test_more_german_verbs_of_saying_attribute() -> None:
    """'beruhigt X', 'protestiert X', 'teilt X dazu mit:': verbs of saying."""
    text = ("Die Arbeitgeber und die Gewerkschaften streiten über die Lohnfortzahlung, und die Regeln sind "
            "nicht einfach. Die Juristin Tabea Benz kennt die Fälle.\n\n„Es geht im Gesetz nicht um die "
            "normalen Dinge“, beruhigt Tabea Benz.\n\n„Wir machen mittelstandsfreundliche Politik“, "
            "protestiert Björn Höcke im Studio.\n\nDie Sprecherin Anna Roth teilt dazu mit: „Die Prüfungen "
            "wurden durchgeführt.“")
    assert [speaker for _, speaker in quoted(text)] == ["Tabea Benz", "Björn Höcke", "Anna Roth"]


def test_a_german_party_title_before_a_full_name_is_not_part_of_it() -> None:
    """'AfD-Spitzenmann Björn Höcke': Björn Höcke, not a person called 'AfD-Spitzenmann Björn Höcke'."""
    text = ("Die Debatte im Fernsehen war hart, und die Zuschauer waren nicht zufrieden. Voigt griff "
            "AfD-Spitzenmann Björn Höcke an.\n\n„Das ist doch absurd“, sagte Höcke.")
    assert quoted(text)[0][1] == "Björn Höcke"


def test_a_german_description_never_given_before_is_the_speaker_going_on() -> None:
    """'beruhigt Tabea Benz, Rechtsanwältin …', later '„…“, sagt die Arbeitsrechtlerin': Tabea Benz."""
    text = ("Die Arbeitgeber und die Gewerkschaften streiten über die Lohnfortzahlung, und die Regeln sind "
            "nicht einfach.\n\n„Es geht im Gesetz nicht um die normalen Dinge“, beruhigt Tabea Benz, "
            "Rechtsanwältin bei der Bundesvereinigung.\n\nGemeint sind vielmehr Fälle, in denen jemand sich "
            "absichtlich verletzt hat. „Es handelt sich um Ausnahmefälle“, sagt die Arbeitsrechtlerin.")
    assert [speaker for _, speaker in quoted(text)] == ["Tabea Benz", "Tabea Benz"]


def test_a_run_ending_in_a_title_is_no_persons_name() -> None:
    """'Rechtsanwältin und Senior Adviser der Abteilung': 'Senior Adviser' is a title, not a person."""
    text = ("Die Arbeitgeber und die Gewerkschaften streiten über die Lohnfortzahlung, und die Regeln sind "
            "nicht einfach.\n\n„Es geht im Gesetz nicht um die normalen Dinge“, beruhigt Tabea Benz, "
            "Rechtsanwältin und Senior Adviser der Abteilung Arbeitsrecht.\n\nGemeint sind Fälle, in denen "
            "jemand sich absichtlich verletzt hat. „Es handelt sich um Ausnahmefälle“, sagt die "
            "Arbeitsrechtlerin.")
    assert [speaker for _, speaker in quoted(text)] == ["Tabea Benz", "Tabea Benz"]


def test_elle_is_not_a_man_the_article_calls_monsieur() -> None:
    """'Mme Binet …. M. Macron a balayé l’idée. « …, souligne-t-elle. … »': hers, not M. Macron's."""
    text = ("La secrétaire générale de la CGT, Sophie Binet, a été reçue à l’Elysée par Emmanuel Macron. "
            "Mme Binet a fait valoir qu’il ne peut pas avoir raison seul. Mais, d’après elle, M. Macron a "
            "balayé l’idée d’une consultation. « Là-dessus, notre désaccord est total, souligne-t-elle. La "
            "CGT a des solutions pour financer la branche. »")
    assert [speaker for _, speaker in quoted(text)][-1] == "Sophie Binet"


def test_more_french_verbs_rapporter_and_se_remémorer() -> None:
    """'a rapporté … le porte-parole du président, Berik Uali', 'se remémore Rory Jones'."""
    text = ("Le président du Kazakhstan a pris des mesures vendredi pour protéger le pays.\n\n«Le président "
            "a chargé le premier ministre de prendre des mesures urgentes», a rapporté sur Facebook le "
            "porte-parole du président, Berik Uali.\n\n“Pendant la guerre de 2014, je suis entré dans un "
            "tunnel”, se remémore Rory Jones, journaliste du Wall Street Journal.")
    assert [speaker for _, speaker in quoted(text)] == ["Berik Uali", "Rory Jones"]


def test_a_ses_yeux_gives_the_quotation_to_whom_the_paragraph_is_about() -> None:
    """'A ses yeux, « … »' after a paragraph about Sophie Binet: her words."""
    text = ("La secrétaire générale de la CGT, Sophie Binet, a rencontré le président mardi. « La situation "
            "est très inquiétante », confie-t-elle.\n\nA ses yeux, « on peut parler de rupture, avec de "
            "possibles conséquences électorales ».")
    assert [speaker for _, speaker in quoted(text)] == ["Sophie Binet", "Sophie Binet"]


def test_a_french_body_named_by_its_description_or_its_own_name_speaks() -> None:
    """'rapporte le ministère russe de la Défense', 'note aussi la Drees.': the bodies, not 'Défense'."""
    text = ("La Russie dit avoir abattu 33 drones ukrainiens en Crimée. Les hôpitaux publics restent en "
            "déficit.\n\n« Les systèmes de défense aérienne ont détruit 33 drones », rapporte le ministère "
            "russe de la Défense.\n\nLa part des établissements surendettés « repart légèrement à la "
            "hausse », note aussi la Drees.")
    assert [speaker for _, speaker in quoted(text)] == ["ministère russe de la Défense", "Drees"]


def test_french_verbs_mettre_en_garde_and_anticiper_and_a_place_before_a_name() -> None:
    """'met en garde l’économiste Eswar Prasad', 'anticipe à Pékin Andy Rothman': theirs, and Pékin is a
    place, not part of Andy Rothman's name."""
    text = ("Trump pourrait taxer les importations chinoises afin de protéger l’industrie des Etats-Unis.\n\n"
            "«Cela entraînerait une série de représailles», met en garde l’économiste Eswar Prasad, de la "
            "Brookings Institution.\n\n«Cela créerait trop de problèmes», anticipe à Pékin Andy Rothman, un "
            "ancien diplomate américain.")
    assert [speaker for _, speaker in quoted(text)] == ["Eswar Prasad", "Andy Rothman"]


def test_a_german_pupil_named_by_a_role_and_a_first_name_is_not_given_the_role() -> None:
    """'sagt Schülerin Diba': the role is not part of her name."""
    text = ("Die Schule in Neuss setzt auf künstliche Intelligenz, und das ist nicht selbstverständlich. Die "
            "Lehrer und die Schüler arbeiten mit dem Programm.\n\n„Der Bot erklärt alles“, sagt Schülerin "
            "Diba.")
    assert "Schülerin Diba" not in [speaker for _, speaker in quoted(text)]


def test_a_french_place_after_d_apostrophe_and_an_adjective_opening_a_sentence_are_no_speakers() -> None:
    """'le nouveau mayeur d’Ans' names a commune; 'Fort du deuxième score, …' opens with an adjective."""
    text = ("Stéphane Moreau, le nouveau bourgmestre, a prêté serment lundi devant le conseil communal.\n\n"
            "« Ce qui va changer, c’est la méthode », a souligné le nouveau mayeur d’Ans.\n\nFort du "
            "deuxième score électoral de la commune, le socialiste assume. « Je ne suis pas Brutus », "
            "a-t-il ajouté.")
    speakers = [speaker for _, speaker in quoted(text)]
    assert "Ans" not in speakers and "Fort" not in speakers


def test_what_a_french_office_is_of_belongs_to_the_role_not_to_a_name() -> None:
    """'a indiqué le procureur de la République de Paris, François Molins': Molins, not 'République de
    Paris'."""
    text = ("Le siège a duré 32 heures à Toulouse, et le suspect est mort dans l’assaut.\n\n« Il a été "
            "atteint d’une balle à la tête », a indiqué le procureur de la République de Paris, François "
            "Molins, lors d’une conférence de presse.")
    assert quoted(text)[0][1] == "François Molins"


def test_a_list_of_quotations_after_voici_ses_declarations_is_whose_the_sentence_says() -> None:
    """'… le président Jean Morel a affirmé que … Voici ses principales déclarations.' then '– « … ».'"""
    text = ("Le président Jean Morel a confirmé vendredi l’engagement des forces armées.\n\nDans sa deuxième "
            "allocution, le président a affirmé que le pays ne défendait aucun intérêt. Voici ses "
            "principales déclarations.\n\n– « Notre pays ne défend aucun intérêt particulier ».\n\n"
            "– « Dans les jours qui viennent, notre pays poursuivra son intervention ».")
    assert [speaker for _, speaker in quoted(text)] == ["Jean Morel", "Jean Morel"]


def test_a_french_imperfect_and_a_smile_attribute_as_verbs_of_saying() -> None:
    """'« … », présentait Roland Duchatelet lors de la conférence', '« … », sourit-il.'"""
    text = ("Le club a présenté son nouvel entraîneur, Ron Jans.\n\n« Les résultats obtenus comme coach "
            "parlent pour lui », présentait Roland Duchatelet lors de la conférence de presse.\n\nRon Jans a "
            "répondu en néerlandais.\n\n« J’espère parler français dans trois mois », sourit-il.")
    assert [speaker for _, speaker in quoted(text)] == ["Roland Duchatelet", "Ron Jans"]


def test_a_german_das_sagte_after_the_words_gives_them_to_whom_it_names() -> None:
    """'„…“ Jetzt sei Zeit zu sparen. Das sagte im Juni der damalige Vizekanzler Jonas Wehrle.': his."""
    text = ("Die Worte klingen vertraut. „Ein Land kann nicht über seine Verhältnisse leben.“ Jetzt sei Zeit "
            "zu sparen. Das sagte im Juni 2010 der damalige Vizekanzler Jonas Wehrle zu Beginn einer "
            "Klausur.\n\nDie Koalition hielt das Ziel nicht.")
    assert quoted(text)[0][1] == "Jonas Wehrle"


def test_a_german_das_bestaetigt_after_an_attribution_does_not_replace_it() -> None:
    """'„Das macht Sebastian K.“ sagt uns die Quelle. Das bestätigt später auch Sebastian K.': the source."""
    text = ("Der Verband sitzt in derselben Bürogemeinschaft. „Das macht alles die Geschäftsführung.“ sagt "
            "uns die Quelle. Das bestätigt uns später auch Jonas Wehrle selbst am Telefon.")
    assert quoted(text)[0][1] != "Jonas Wehrle"


def test_the_german_spokesperson_introduced_as_ein_stays_unnamed_later() -> None:
    """'sagte ein Feuerwehrsprecher', later '„…“, so der Feuerwehr-Sprecher': the same unnamed one, not
    the body named between them."""
    text = ("In der Fabrik brannte es. „Dabei hat sich Blausäure gebildet“, sagte ein Feuerwehrsprecher.\n\n"
            "Das Institut für Arbeitsschutz der Deutschen Gesetzlichen Unfallversicherung warnt.\n\n"
            "„Wir haben das Feuer noch nicht unter Kontrolle“, so der Feuerwehr-Sprecher weiter.")
    assert [speaker for _, speaker in quoted(text)] == ["ein Feuerwehrsprecher", "ein Feuerwehrsprecher"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le cortège a traversé Bruxelles.\n\n« Nous attendions 20.000 personnes », a notamment déclaré Anne "
     "Demelenne, la secrétaire générale du syndicat.", "Anne Demelenne"),
    ("Ron Jans prend les commandes du club.\n\n« J'ai donc vu le but de Bolat », rigole-t-il.", "Ron Jans"),
    ("Elisabeth Blanik zählte die Schüler.\n\n„Die Älteren haben sich entschieden, auszuschlafen“, "
     "schmunzelte Blanik am Montag.", "Elisabeth Blanik"),
    ("Nicolas Féraud ist Gemeindepräsident.\n\n„Der Betrieb wurde nicht kontrolliert“, gestand Féraud.",
     "Nicolas Féraud"),
])
def test_more_french_and_german_verbs_of_saying_attribute(text: str, speaker: str) -> None:
    """'a notamment déclaré', 'rigole-t-il', 'schmunzelte', 'gestand'."""
    assert quoted(text)[0][1] == speaker


def test_german_sie_after_a_singular_verb_of_saying_before_a_colon_is_she() -> None:
    """'Die Technik sei kein Selbstzweck, betont sie: „…“' after 'sagt Rektorin Eileen Lyons': hers."""
    text = ("Die Schule in Neuss will technologisch vorangehen und unterhält eine IT-Abteilung, die sich um "
            "die Geräte und das Netz kümmert. Das ist keine Ausnahme, und die Schule investiere "
            "kontinuierlich in die Technik, sagt Rektorin Eileen Lyons. Die Technik sei nie ein Selbstzweck, "
            "betont sie: „Technologie muss immer einen Mehrwert bieten.“")
    assert quoted(text)[0][1] == "Eileen Lyons"


def test_a_french_speaker_named_by_one_name_after_the_verb_is_that_person() -> None:
    """'« … », explique Julie, bien connue des auditeurs (elle y anime Mash Up …)': Julie's, not 'Mash Up'."""
    text = ("Un nouveau concept de soirée arrive à Bruxelles. « Quand les gens vont en soirée, ils "
            "dansent », explique Julie, bien connue des auditeurs de la radio (elle y anime le samedi soir "
            "Mash Up, avec Marco en semaine).")
    assert quoted(text)[0][1] == "Julie"


def test_a_german_headline_noun_before_a_name_the_article_repeats_is_not_part_of_it() -> None:
    """'Deutsch-Schweizer Doppelzimmer Julia Taubitz und Natalie Maag …' as the headline, 'Julia Taubitz'
    in the text: her name is Julia Taubitz."""
    text = ("Rodeln: Deutsch-Schweizer Doppelzimmer Jana Berger und Natalie Maag will angreifen\n\n"
            "Als das Licht an der Bahn ausging, fielen Jana Berger und Natalie Maag in ihre Betten. Die "
            "Saison beginnt am Samstag in Lillehammer und die beiden sind wieder dabei.\n\n"
            "Jana Berger: Tüftelei am Schlitten\n\n„Das hat sich gut angefühlt“, sagt Jana Berger über den "
            "neuen Schlitten und die Arbeit mit dem Team in der Halle.")
    assert quoted(text)[0][1] == "Jana Berger"


def test_a_german_full_name_given_twice_keeps_its_first_name_when_its_surname_speaks_once() -> None:
    """'Houssein Al Malla befürchtet …' twice, '…", so Al Malla' once: Houssein Al Malla, not 'Al Malla'."""
    text = ("Krise im Libanon\n\nDie Wirtschaft des Landes ist in einer tiefen Krise, und die Mittelschicht "
            "ist besonders betroffen, sagt die Expertin.\n\n"
            "Rami Al Haddad befürchtet, dass die Krise die Armut verschärfen wird. \"Ich fürchte, das lässt "
            "sich nicht vermeiden\", sagt der Experte vom Institut in Hamburg.\n\n"
            "Rami Al Haddad hofft, dass der Libanon seine Wirtschaft diversifiziert. Aber: \"Um "
            "Investitionen anzuziehen, muss der Libanon ein attraktives Umfeld schaffen\", so Al Haddad.")
    assert [speaker for _, speaker in quoted(text)] == ["Rami Al Haddad", "Rami Al Haddad"]


def test_an_acronym_ending_a_sentence_ends_it_so_the_sentence_after_names_one_person() -> None:
    """'Raab ist die erste Frau an der Spitze des ICMPD. Die Vorsitzende …, Sofia Östmark, würdigte …
    "…", betonte die stellvertretende Generaldirektorin': Östmark, the one person of the sentence before."""
    text = ("Wahl in Wien\n\nSusanne Raab ist die erste Frau an der Spitze des ICMPD. Die Vorsitzende des "
            "Gremiums der Organisation, Sofia Berg, würdigte die neue Generaldirektorin in einer Aussendung "
            "als \"hoch qualifiziert\". \"Die Expertise und die Fähigkeiten von Susanne Raab werden dazu "
            "beitragen\", betonte die stellvertretende Generaldirektorin im Justizministerium.")
    assert quoted(text)[-1][1] == "Sofia Berg"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Wahl in der Stadt ist vorbei. „Jetzt wird ausgerechnet einer als Befreier gefeiert“, sagt der "
     "Dissident Omar Saleh ad-Din, der in der Stadt lebt.", "Omar Saleh ad-Din"),
    ("Das Rennen war hart. „Das war und ist auch das Ziel“, sagt Mutter Käthi Berger über die Saison.",
     "Käthi Berger"),
])
def test_a_german_kin_word_or_dissident_before_a_name_is_not_part_of_it(text: str, speaker: str) -> None:
    """'sagt der Dissident Ayman Sheib ad-Din', 'Mutter Käthi X': the person, without the noun."""
    assert quoted(text)[0][1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Bank tagt am Donnerstag. „Die Zentralbank dürfte die Zinsen nicht ändern“, vermutet Konrad "
     "Kleinfeld vom Vermögensverwalter.", "Konrad Kleinfeld"),
    ("Die Gewerkschaften sind zufrieden. „Der heutige Tag ist ein Warnschuss“, stützt Patrick Dury die These "
     "seiner Kollegin.", "Patrick Dury"),
])
def test_german_verbs_of_a_guess_or_of_support_attribute(text: str, speaker: str) -> None:
    """'„…“, vermutet X', '„…“, stützt X die These': X's words."""
    assert quoted(text)[0][1] == speaker


def test_a_german_name_after_gegen_is_the_opponent_not_who_speaks() -> None:
    """'„…“, ereiferte sich der Coach nach dem 1:3 gegen Lionel Messi und Co.': not Messi."""
    text = ("Die Schweiz verlor im Viertelfinale, und die Fans waren mit dem Spiel nicht zufrieden.\n\n"
            "Murat Yakin entschied sich schnell. „Das ist eine Regel, die für mich mit Fußball nichts zu tun "
            "hat“, ereiferte sich der Coach der Schweizer nach dem 1:3 gegen Lionel Messi und Co.")
    assert quoted(text)[0][1] != "Lionel Messi"


def test_a_german_first_name_alone_is_the_one_person_the_article_gave_it_to() -> None:
    """'Nora Back führt die Gewerkschaft …', then '„…“, ruft Nora den Demonstranten zu': Nora Back."""
    text = ("Demo in der Hauptstadt\n\nNora Back führt die Gewerkschaft, und sie hat den Protest mit der "
            "Gruppe seit dem Winter vorbereitet. Die Regierung sieht das nicht gern, und das ist nicht neu: "
            "Die Minister sind mit der Lage und mit dem Streik nicht zufrieden.\n\n„25.000 Menschen sind "
            "heute auf der Straße“, ruft Nora den Demonstranten am Platz zu.")
    assert quoted(text)[0][1] == "Nora Back"


def test_a_french_quotation_after_a_sentence_opening_pour_x_is_xs() -> None:
    """'Pour Stéphane Moreau, le PS sort indemne de cette procédure. « … ».': his words."""
    text = ("Le conseil communal a voté la motion.\n\nPour Jean Morel, le parti sort indemne de cette "
            "procédure. « La fédération est unanime et solidaire ».")
    assert quoted(text)[0][1] == "Jean Morel"


def test_a_french_role_named_at_a_sentence_end_speaks_and_il_after_it_is_that_person() -> None:
    """'…, a annoncé le procureur de la République de Paris, François Molins.', later '« … », a précisé le
    procureur de Paris. ¶ « … », a-t-il ajouté.': both his."""
    text = ("Le suspect a été tué jeudi, a annoncé le procureur de la République de Paris, Jean Morel.\n\n"
            "Le suspect a « indiqué avoir posté les vidéos », a précisé le procureur de Paris.\n\n"
            "« On le voit au cours de son rendez-vous avec le vendeur », a-t-il ajouté.")
    assert [speaker for _, speaker in quoted(text)] == ["Jean Morel", "Jean Morel"]


def test_a_french_newspaper_keeps_its_article() -> None:
    """'« … », résume Le Soir': the newspaper 'Le Soir', not 'Soir'."""
    text = ("Le décès de l'homme politique fait la Une des journaux.\n\n« Victime de l'image qu'il a "
            "lui-même créée », résume Le Soir qui insiste sur l'ambivalence du personnage.")
    assert quoted(text)[0][1] == "Le Soir"


def test_a_french_sentence_about_one_person_then_a_quotation_ending_the_paragraph_is_theirs() -> None:
    """'Le coach Yves Dethier est très clair. « … »': the coach's words, as German prose has them."""
    text = ("Le club a transféré sept joueurs cet été pour préparer la saison qui commence dimanche.\n\n"
            "Le coach Paul Marchal est très clair. « Dans cette série, celui qui se sauve est content. »")
    assert quoted(text)[0][1] == "Paul Marchal"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le gouvernement a bouclé le budget.\n\nLe vice-premier ministre Jean Morel s'est réjoui mardi que "
     "l'issue des négociations ait permis de \"respecter les engagements européens\".", "Jean Morel"),
    ("Le syndicat attend les textes.\n\nAnne Dulac dirige le syndicat. \"De façon générale, nous avons eu "
     "raison de nous mobiliser\", constate Anne Dulac.", "Anne Dulac"),
    # the subject after the verb with no comma, the sentence ended before the quotation
    ("Décès de Paul Mercier\n\nLa presse revient ce matin sur la mort de l'ancien ministre, et les "
     "journaux du pays lui consacrent tous leur une.\n\nPeu d'hommes politiques ont été aussi "
     "critiqués en Flandre que Paul Mercier constate De Morgen. « Mais quand même, Mercier n'était pas ce "
     "dadais qu'avait créé sa réputation. »", "De Morgen"),
    ("Le débat a porté sur la défense.\n\n\"Je crois que le gouverneur n'a pas passé assez de temps à "
     "étudier la question\", a rétorqué d'un ton moqueur Paul Morel.", "Paul Morel"),
])
def test_french_reports_of_satisfaction_and_findings_attribute(text: str, speaker: str) -> None:
    """'s'est réjoui que … de "…"', '"…", constate X', '… constate De Morgen. « … »', 'a rétorqué X'."""
    assert quoted(text)[-1][1] == speaker


def test_a_french_headline_noun_before_de_and_a_full_name_is_not_part_of_the_name() -> None:
    """'Décès de Michel Daerden' as a headline: the person is Michel Daerden."""
    text = ("Décès de Paul Mercier\n\nL'ancien ministre est mort samedi, et les journaux du pays lui "
            "consacrent tous leur une ce matin.\n\n« Il voulait sa deuxième chance », a dit Paul Mercier "
            "l'an dernier, dans un entretien avec son biographe.")
    assert quoted(text)[0][1] == "Paul Mercier"


def test_a_french_quotation_paragraph_after_a_paragraph_about_one_person_is_theirs() -> None:
    """'Karim Saleh, 37 ans, habite à Jabalia … et enseigne à l’université Al-Azhar de Gaza. Son témoignage a
    été recueilli …' then a paragraph that is only '« Le pire, c’est la nuit. … »': Karim Saleh's, the
    university being a place, not a second person."""
    text = ("TÉMOIGNAGE. Les nuits de la famille Saleh\n\n"
            "Karim Saleh, 37 ans, habite à Jabalia, une localité qui jouxte la ville. Il est professeur de "
            "français à l’université Al-Azhar de Gaza. Son témoignage a été recueilli en plusieurs fois, à "
            "cause des coupures de téléphone.\n\n"
            "« Le pire, c’est la nuit. On est dans le noir, on sursaute avec les explosions. »")
    assert quoted(text)[0][1] == "Karim Saleh"


def test_a_french_article_before_an_acronym_is_not_part_of_the_bodys_name() -> None:
    """'La FGTB regrette … "…"': the union FGTB, an organisation, not 'La FGTB'."""
    text = ("Le gouvernement a trouvé un accord mardi sur le budget de l'année prochaine.\n\n"
            "La FGTB regrette aussi \"les politiques défensives\" du gouvernement, qui vont aggraver la "
            "situation et \"se trompent de cible\".")
    speaker = next(q.speaker for q in find_quotations(text)
                   if "trompent" in text[q.pieces[0].start:q.pieces[0].end])
    assert speaker is not None and (speaker.name, speaker.kind) == ("FGTB", "organization")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Gewerkschaften wollen beraten. „Die Regierung muss sich jetzt endlich bewegen“, stellt Nora Back "
     "nach ihrer Rede klar.", "Nora Back"),
    ("Die Gewerkschaften sind sich einig. „Wir sind bereit“, ruft Nora Back den Demonstranten am Platz zu.",
     "Nora Back"),
    ("Die Nerven liegen blank. „Sein Vater ist nervös“, lästerte Usyks Promoter Alexander Krassyuk.",
     "Alexander Krassyuk"),
])
def test_german_verbs_with_a_particle_at_the_end_and_a_promoter(text: str, speaker: str) -> None:
    """'stellt X … klar', 'ruft X … zu', 'lästerte Usyks Promoter X'."""
    assert quoted(text)[0][1] == speaker


def test_a_capitalised_french_preposition_opening_a_sentence_names_no_one() -> None:
    """'À cette question, la partie civile a répondu par « je ne sais pas ».': not a speaker 'À'."""
    text = ("Le procès a repris ce mercredi devant le tribunal militaire. À cette question, la partie civile "
            "a répondu par « je ne sais vraiment pas quoi dire ».")
    assert quoted(text)[0][1] != "À"


def test_a_french_quotation_left_open_goes_on_to_the_next_paragraphs_closing_mark() -> None:
    """'… constate De Morgen. « Mais quand même, … ¶ Je le dis sans crainte : … des chiffres ». Son seul
    problème …': two pieces of one quotation, and no quotation opened by the closing mark."""
    text = ("Peu d'hommes politiques ont été aussi diabolisés, constate De Morgen. « Mais quand même, il "
            "n'était pas ce dadais que sa réputation avait créé.\n\nJe le dis sans crainte : il était un "
            "intellectuel. Même un fétichiste des chiffres ». Son seul problème était d'être aimé.")
    found = quoted(text)
    assert [pieces for pieces, _ in found] == [[
        "Mais quand même, il n'était pas ce dadais que sa réputation avait créé.",
        "Je le dis sans crainte : il était un intellectuel. Même un fétichiste des chiffres"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le ministre Jean Dupont était à Lyon. « Nous ne fermerons pas, a-t-il dit, ce site industriel. » "
     "Puis il est parti.", [(["Nous ne fermerons pas", "ce site industriel."], "Jean Dupont")]),
    ("Le coureur Paul Martin a gagné. « C’est vrai, admettait le vainqueur, je fais souvent des trucs "
     "anormaux. » Puis il est parti.",
     [(["C’est vrai", "je fais souvent des trucs anormaux."], "Paul Martin")]),
    ("Le coureur Paul Martin a gagné. \"J’avais discuté avec Vinokourov, avoue-t-il. On avait dit qu’on "
     "essaierait d’attaquer.\" Il est parti.",
     [(["J’avais discuté avec Vinokourov", "On avait dit qu’on essaierait d’attaquer."], "Paul Martin")]),
])
def test_a_french_attribution_inside_the_marks_cuts_the_words_and_names_the_speaker(
        text: str, expected: list[tuple[list[str], str | None]]) -> None:
    """'« …, a-t-il dit, … »', '« …, admettait le vainqueur, … »', '"…, avoue-t-il. …"': the attribution
    set inside the marks is left out of the words, the short part before it kept, and it names who speaks."""
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Im Machtkampf in Venezuela hat sich das Militär hinter den Präsidenten gestellt. „Die Soldaten des "
     "Vaterlandes akzeptieren keinen Präsidenten, der von dunklen Mächten eingesetzt wurde“, twitterte "
     "Verteidigungsminister Vladimir Padrino. Die Lage bleibt angespannt und unübersichtlich.",
     [(["Die Soldaten des Vaterlandes akzeptieren keinen Präsidenten, der von dunklen Mächten eingesetzt "
        "wurde"], "Vladimir Padrino")]),
    ("Der Konzern baut die Zelle nicht selbst. Produktionsvorstand Oliver Zipse sprach von einer neuen "
     "Kompetenz, die das Werk stärke. „Dieser Erkenntnisgewinn ist für uns entscheidend“, sagte Zipse. "
     "Eine eigene Fabrik sei nicht nötig.",
     [(["Dieser Erkenntnisgewinn ist für uns entscheidend"], "Oliver Zipse")]),
    ("Die Grünen werfen der FDP vor, die Gespräche verlassen zu haben. FDP-Vize Wolfgang Kubicki "
     "widerspricht ihnen und der Kritik. „Ich vermute, die Grünen werden in den nächsten Jahren nicht "
     "gewinnen“, sagte der FDP-Vize. Die Partei liegt in Umfragen vorn.",
     [(["Ich vermute, die Grünen werden in den nächsten Jahren nicht gewinnen"], "Wolfgang Kubicki")]),
])
def test_german_twitterte_and_a_board_member_or_deputy_title(
        text: str, expected: list[tuple[list[str], str | None]]) -> None:
    """'twitterte X', 'Produktionsvorstand Oliver Zipse', 'der FDP-Vize': a verb of saying, and titles that
    are no part of a name and name whoever holds them."""
    assert quoted(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Personne n'a été blessé. D'après Maxime Dayet, échevin de la commune, \"Il s'agit du car des élèves "
     "de l'école communale\". C'est ce qu'il a écrit sur Twitter.",
     [(["Il s'agit du car des élèves de l'école communale"], "Maxime Dayet")]),
    ("Le vice-Premier ministre propose un contrôle des formations, selon le journal Le Matin. « Mais qui "
     "exerce des fonctions d’encadrement pour la religion musulmane ? », se demande Didier Reynaert. "
     "La question reste ouverte.",
     [(["Mais qui exerce des fonctions d’encadrement pour la religion musulmane ?"], "Didier Reynaert")]),
])
def test_french_d_apres_and_se_demande_attribute_words(
        text: str, expected: list[tuple[list[str], str | None]]) -> None:
    """'D'après X, "…"' and '« … », se demande X': whose words, not the newspaper named before."""
    assert quoted(text) == expected


def test_a_french_place_after_a_la_is_no_speaker() -> None:
    """'« … », a commenté l'ancien homme d'affaires devant des journalistes à la Maison blanche': not
    'Maison'."""
    text = ("Le président Donald Trump s'était opposé au contrôle des armes. « Nous discuterons d'une loi "
            "sur les armes en temps voulu », a commenté l'ancien homme d'affaires devant des journalistes "
            "à la Maison blanche.")
    assert [speaker for _, speaker in quoted(text)] != ["Maison"]


@pytest.mark.parametrize(("text", "expected"), [
    ("« C'était un homme malade », a déclaré Donald Trump devant la presse. « Beaucoup de problèmes, "
     "j'imagine », a ajouté le président américain. La police enquête.",
     [(["C'était un homme malade"], "Donald Trump"), (["Beaucoup de problèmes, j'imagine"], "Donald Trump")]),
    ("Philippe Gilbert a gagné la course. « Je me sentais bien », a dit Philippe Gilbert. « Dès la deuxième "
     "montée du Mur, j’étais déjà devant », raconte le coureur d’Omega Pharma-Lotto.",
     [(["Je me sentais bien"], "Philippe Gilbert"),
      (["Dès la deuxième montée du Mur, j’étais déjà devant"], "Philippe Gilbert")]),
])
def test_a_french_description_never_given_before_is_the_speaker_going_on(
        text: str, expected: list[tuple[list[str], str | None]]) -> None:
    """'a ajouté le président américain', 'raconte le coureur d’Omega Pharma-Lotto' right after the same
    person spoke: that person goes on, and the team the rider rides for does not speak."""
    assert quoted(text) == expected


def test_a_french_sentence_opening_with_a_description_and_two_verbs_is_about_its_subject() -> None:
    """'L’actrice qui … dans la catégorie Meilleure actrice et a déclaré … « … »', then 'Elle … sur France 5
    et a répondu : « … »': the actress the article named as such, neither 'Meilleure' nor 'France'."""
    text = ("Invitée de l’émission, l’actrice Jeanne Morel a répondu à ses détracteurs.\n\n"
            "Une voix dissonante s’est fait entendre en la personne de Jeanne Morel. L’actrice qui sera "
            "mercredi à l’affiche est nommée dans la catégorie Meilleure actrice et a déclaré sur Europe 1 "
            "que le boycott était « injuste pour tout le monde et pour les acteurs eux-mêmes ».\n\n"
            "Elle était invitée sur France 5 et a répondu à ses accusateurs : « Il n’y a que cinq "
            "nominations dans chaque catégorie, ce n’est pas beaucoup ! »")
    assert [speaker for _, speaker in quoted(text)] == ["Jeanne Morel", "Jeanne Morel"]


def test_a_german_quotation_after_reported_speech_is_the_words_of_whom_it_reports() -> None:
    """'X hatte scharfe Kritik an der FDP geübt. Vor allem Y sei verantwortlich. Ihm sei es nicht um Themen
    gegangen. „…“': X's words, though the paragraph names Y since; and the headline that teases the same
    words is hers too."""
    text = ("„Peter Lindau ging es um Peter Lindau“: Die Grünen arbeiten sich an der FDP ab.\n\n"
            "Der FDP-Vize Wolfgang Kuhn hat die Angriffe der Grünen zurückgewiesen. „Das ist eine "
            "Entgleisung ohne jede Entschuldigung“, sagte Kuhn der Zeitung.\n\n"
            "Unter anderem Fraktionschefin Katrin Grabowski hatte scharfe Kritik an der FDP geübt. Vor "
            "allem der Parteichef Peter Lindau sei für das Scheitern der Gespräche verantwortlich. Ihm sei "
            "es nicht um Themen wie Digitalisierung gegangen. „Peter Lindau ging es um Peter Lindau.“")
    expected = ["Katrin Grabowski", "Wolfgang Kuhn", "Katrin Grabowski"]
    assert [speaker for _, speaker in quoted(text)] == expected


def test_premier_before_a_surname_is_a_title() -> None:
    """'Premier Starmer' (German news on the British prime minister): Keir Starmer, not 'Premier Starmer'."""
    text = ("Premier Keir Starmer empfing die Gäste in London. Bereits vor dem Treffen hatte Premier Starmer "
            "einen Plan angekündigt. „Wir haben uns nun darauf geeinigt, einen Plan vorzulegen“, sagte "
            "Premier Starmer in einem Interview.")
    assert [speaker for _, speaker in quoted(text)] == ["Keir Starmer"]


def test_a_french_demonstrative_of_someone_is_not_that_someone() -> None:
    """'« … », a déclaré ce proche de Marine Le Pen': the deputy the paragraph is about, not Marine Le Pen."""
    text = ("Le Rassemblement national pourrait ne pas voter la réforme. C'est ce qu'a annoncé, dimanche, le "
            "député RN Jean-Philippe Tanguy. \"C'est possible qu'on le vote, mais c'est possible qu'on ne le "
            "vote pas\", a déclaré ce proche de Marine Le Pen sur LCI.")
    assert [speaker for _, speaker in quoted(text)] == ["Jean-Philippe Tanguy"]


def test_quant_a_lui_between_the_auxiliary_and_the_verb() -> None:
    """'« … », a quant à lui prédit le ministre des finances, George Osborne': his words."""
    text = ("Le vote divise Londres. « Je pense qu'il va y avoir une introspection nationale », a quant "
            "à lui prédit le ministre des finances, George Osborne, devant les députés.")
    assert [speaker for _, speaker in quoted(text)] == ["George Osborne"]


def test_par_la_voix_de_names_who_speaks_for_a_party() -> None:
    """'ont salué un « … », par la voix de leur président, Bruno Retailleau': his words."""
    text = ("De leur côté, Les Républicains ont salué un « accord déterminant pour l'avenir », par la voix "
            "de leur président, Bruno Retailleau. « Notre famille politique travaillera sur cet accord », "
            "a-t-il promis.")
    assert [speaker for _, speaker in quoted(text)] == ["Bruno Retailleau"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Plus alarmiste, Alan Mendoza, de l'institut britannique, pense que « ce vote signifie que le pays va "
     "rejoindre les nations de troisième zone ».", ["Alan Mendoza"]),
    ("La phrase, c'est celle du secrétaire d'Etat américain, John Kerry, décrivant vendredi la France "
     "comme « notre plus ancienne alliée ».", ["John Kerry"]),
])
def test_french_pense_que_and_decrivant_attribute_words(text: str, expected: list[str]) -> None:
    """'X pense que « … »', 'X, décrivant la France comme « … »': X's words."""
    assert [speaker for _, speaker in quoted(text)] == expected


def test_a_person_then_an_apposition_is_the_subject_of_the_verb_after_it() -> None:
    """'Michael Fabricant, vice-président du Parti conservateur, résume le sentiment … avec les Etats-Unis :
    « … »': his words, not the country named after the verb."""
    text = ("Le vote surprend.\n\nMichael Fabricant, vice-président du Parti conservateur, résume le "
            "sentiment des Britanniques attachés à leur relation avec les Etats-Unis : « Comme les temps "
            "changent ! »")
    assert [speaker for _, speaker in quoted(text)] == ["Michael Fabricant"]
