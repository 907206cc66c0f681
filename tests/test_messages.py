"""A constrained type says what is wrong in its own words: the message and hint declared beside it in
``generator/sidecar/model.py`` (``Message``), never one guessed from its pattern."""

from __future__ import annotations

import typing
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, Field, StringConstraints
from pydantic.dataclasses import dataclass

from generator.sidecar import model
from generator.sidecar.model import Message, Slug
from generator.sidecar.validate import validate_located
from generator.sidecar.yaml_positions import parse_located_yaml

# A type made up for this test, as a new optional field of the format would add one.
Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Z]{2})?$"),
                     Message("'{value}' is not a language code",
                             hint="write a BCP 47 code such as en or pt-BR, not '{example}'",
                             example=str.lower)]


@dataclass(config=ConfigDict(extra="forbid", frozen=True))
class ThrowAway:
    language: Language | None = None
    languages: tuple[Language, ...] = ()
    by_language: dict[Language, Slug] = Field(default_factory=dict)


def problems(text: str) -> list[str]:
    validated = validate_located(parse_located_yaml(text, "t.yaml"), ThrowAway, "t.yaml")
    return [p.format() for p in validated.problems]


def test_a_new_constrained_type_is_refused_in_its_own_words_wherever_it_is_used() -> None:
    text = "language: English\nlanguages: [fr, Dutch]\nby_language: {German: de, en: Not An Id}\n"
    assert problems(text) == [
        "t.yaml:1:11: language: 'English' is not a language code; write a BCP 47 code such as en or pt-BR, "
        "not 'english'",
        "t.yaml:2:17: languages[1]: 'Dutch' is not a language code; write a BCP 47 code such as en or pt-BR, "
        "not 'dutch'",
        "t.yaml:3:15: by_language.German: 'German' is not a language code; write a BCP 47 code such as en "
        "or pt-BR, not 'german'",
        "t.yaml:3:31: by_language.en: 'Not An Id' is not a valid id; use lowercase letters, digits and "
        "single hyphens, e.g. 'not-an-id'",
    ]


def test_a_value_that_is_not_text_gets_the_general_message_for_its_kind() -> None:
    assert problems("language: 12\n") == [
        "t.yaml:1:11: language: must be text, not a number (12); put the value in quotes to keep it as text"]


def test_every_constrained_type_of_the_format_declares_its_message() -> None:
    """A pattern or a check of its own makes a type constrained, and its message says what it wants."""
    constrained = {}
    for name, value in vars(model).items():
        if typing.get_origin(value) is Annotated and value.__origin__ is str:
            metadata = value.__metadata__
            if any(isinstance(m, AfterValidator) or getattr(m, "pattern", None) for m in metadata) or any(
                    getattr(m, "pattern", None) for f in metadata for m in getattr(f, "metadata", ())):
                constrained[name] = any(isinstance(m, Message) for m in metadata)
    assert {"Slug", "WebUrl", "Wikidata"} <= set(constrained)  # what the search must find, at least
    assert [name for name, declared in constrained.items() if not declared] == []
