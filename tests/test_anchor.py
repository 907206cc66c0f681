"""Anchoring quotes in article text: normalised matching, exact offsets, clear failures."""

from __future__ import annotations

from generator.anchoring.locate import Ambiguous, Found, Missing, NormalisedText, locate
from generator.sidecar.model import TextQuote

ARTICLE = ("“It does look like a terrorist attack, the type of thing we’ve seen ISIS do in "
           "the past,” the official said.\n\nRead\u00a0 The Russian dictator’s double standards\n\n"
           "ISIS has carried out attacks in Iran before. ISIS denied it.")


def text_of(result: object) -> str:
    assert isinstance(result, Found), result
    return ARTICLE[result.span.start:result.span.end]


def test_a_quote_typed_with_ascii_quotes_finds_the_typographic_original() -> None:
    result = locate("the type of thing we've seen ISIS do", NormalisedText(ARTICLE))
    assert text_of(result) == "the type of thing we’ve seen ISIS do"


def test_white_space_runs_and_non_breaking_spaces_match_one_space() -> None:
    result = locate("Read The  Russian\ndictator's", NormalisedText(ARTICLE))
    assert text_of(result) == "Read\u00a0 The Russian dictator’s"


def test_a_quote_that_matches_twice_lists_both_places_and_suggests_a_prefix() -> None:
    result = locate("ISIS", NormalisedText(ARTICLE))
    assert isinstance(result, Ambiguous)
    assert len(result.spans) == 3
    assert result.suggestion == ('for the first place write {exact: "ISIS", prefix: "seen "}, '
                                 "or lengthen the quote")


def test_prefix_and_suffix_single_out_one_of_several_matches() -> None:
    result = locate(TextQuote(exact="ISIS", prefix="before. "), NormalisedText(ARTICLE))
    assert isinstance(result, Found)
    assert ARTICLE[result.span.start - 8:result.span.end] == "before. ISIS"


def test_a_misspelt_quote_is_missing_and_the_closest_passage_is_only_a_suggestion() -> None:
    view = NormalisedText(ARTICLE)
    result = locate("the kind of thing we have seen ISIS do", view)
    assert isinstance(result, Missing)
    assert result.closest is not None
    assert "seen ISIS do" in ARTICLE[result.closest.start:result.closest.end]


def test_combining_accents_match_their_precomposed_form() -> None:
    text = "Le cafe\u0301 de Tehran"
    result = locate("café", NormalisedText(text))
    assert isinstance(result, Found)
    assert text[result.span.start:result.span.end] == "cafe\u0301"


PERSIAN = ("رئیس\u200cجمهور گفت: «ما از این خبرنگاران به خاطر تلاش\u200cهای بی\u200cوقفه قدردانی"
           " می\u200cکنیم.» او صبح شنبه ۱۸ مرداد ۱۴۰۴ به شبکه خبر رفت.")


def persian_text_of(result: object) -> str:
    assert isinstance(result, Found), result
    return PERSIAN[result.span.start:result.span.end]


def test_arabic_yeh_and_kaf_typed_on_an_arabic_keyboard_find_the_persian_letters() -> None:
    result = locate("ما از اين خبرنگاران به خاطر تلاشهاي بي\u200cوقفه قدرداني ميكنيم",
                    NormalisedText(PERSIAN))
    assert persian_text_of(result) == ("ما از این خبرنگاران به خاطر تلاش\u200cهای بی\u200cوقفه قدردانی"
                                       " می\u200cکنیم")


def test_latin_digits_find_persian_digits_and_the_original_digits_are_kept() -> None:
    result = locate("شنبه 18 مرداد 1404", NormalisedText(PERSIAN))
    assert persian_text_of(result) == "شنبه ۱۸ مرداد ۱۴۰۴"


def test_tatweel_harakat_and_teh_marbuta_do_not_stop_a_match() -> None:
    article = "قالت الوزيرة: إنّ المكتـــبة مغلقة اليوم."
    result = locate("إن المكتبه مغلقه", NormalisedText(article))
    assert isinstance(result, Found)
    assert article[result.span.start:result.span.end] == "إنّ المكتـــبة مغلقة"


def test_presentation_forms_match_the_plain_letters_they_draw() -> None:
    article = "\ufe8e\ufedf\ufeb4\ufefc\ufee1 عليكم"  # "alsalam" in presentation forms
    result = locate("السلام", NormalisedText(article))
    assert isinstance(result, Found)
    assert article[result.span.start:result.span.end] == "\ufe8e\ufedf\ufeb4\ufefc\ufee1"
