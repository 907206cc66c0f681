"""Small pieces of reader-facing wording shared by the pages."""

from __future__ import annotations

import datetime as dt

_PLURALS = {"brief": "briefs", "claim": "claims", "note": "notes", "correction": "corrections"}


def count(number: int, noun: str) -> str:
    """``1 brief``, ``2 briefs``, ``0 claims``: a number with its noun in the right form."""
    return f"{number} {noun if number == 1 else _PLURALS.get(noun, noun + 's')}"


def long_date(day: dt.date) -> str:
    """A date as readers write it: ``3 January 2024``."""
    return f"{day.day} {day.strftime('%B %Y')}"


def tag_name(slug: str, actor_names: dict[str, str]) -> str:
    """The name a tag is shown under: an actor's name when the tag is an actor's id."""
    if slug in actor_names:
        return actor_names[slug]
    words = slug.replace("-", " ")
    return words[:1].upper() + words[1:]
