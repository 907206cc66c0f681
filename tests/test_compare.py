"""Two captures of an article compared: paragraphs, and how each annotated passage fares."""

from __future__ import annotations

from generator.capturing.compare import Fate, ParagraphChange, barrier, fates, paragraph_changes, replaced
from generator.sidecar.model import Sidecar
from generator.sidecar.validate import load_sidecar

OLD = ("Port talks collapse\n\n"
       "The union said the strike would go on.\n\n"
       "The port authority said talks would resume on Monday.\n\n"
       "Ships were diverted to Rotterdam.\n")


def sidecar(quotes: str) -> Sidecar:
    text = f"summary: S.\nsource: {{outlet: O}}\nclaims:\n{quotes}actors: {{u: {{name: U, kind: group}}}}\n"
    validated = load_sidecar(text, "x.yaml")
    assert validated.value is not None, validated.problems
    return validated.value


def test_paragraphs_added_removed_and_changed_are_told_with_their_words() -> None:
    new = OLD.replace("on Monday", "on Thursday").replace("Ships were diverted to Rotterdam.\n",
                                                          "A mediator was named.\n")
    assert paragraph_changes(OLD, new) == [
        ParagraphChange("changed", "The port authority said talks would resume on Monday.",
                        "The port authority said talks would resume on Thursday.", ("Monday.",),
                        ("Thursday.",)),
        ParagraphChange("changed", "Ships were diverted to Rotterdam.", "A mediator was named.",
                        ("Ships were diverted to Rotterdam.",), ("A mediator was named.",))]
    assert paragraph_changes(OLD, OLD + "\nA late paragraph.\n") == [
        ParagraphChange("added", "", "A late paragraph.")]


def test_of_two_places_of_the_words_the_one_in_the_same_paragraph_is_the_passage() -> None:
    brief = sidecar('  - {by: u, quote: "the strike would go on", claim: C.}\n')
    new = "Port talks collapse\n\nThe minister said the strike would go on.\n\n" + OLD.split("\n\n", 1)[1]
    assert fates(brief, OLD, new) == [Fate(("claims", 0, "quote"), "the strike would go on", "same")]


def test_each_piece_of_a_quote_fares_on_its_own() -> None:
    brief = sidecar('  - {by: u, quote: ["the strike would go on", "diverted to Rotterdam"], claim: C.}\n')
    new = OLD.replace("Ships were diverted to Rotterdam.\n", "")
    found = fates(brief, OLD, new)
    assert [(f.path, f.state) for f in found] == [(("claims", 0, "quote", 0), "same"),
                                                  (("claims", 0, "quote", 1), "gone")]


def test_a_consent_page_is_a_barrier_and_a_shortened_article_is_not() -> None:
    assert barrier(OLD, "We use cookies. Accept all to continue.") == "cookie"
    assert barrier(OLD, "Port talks collapse\n\nThe union said the strike would go on.") is None
    assert not replaced(OLD, OLD.replace("Monday", "Thursday"))
    assert replaced(OLD, "Council approves cycle lanes\n\nForty kilometres of lanes will be built.")
