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
