"""Small pieces of reader-facing wording shared by the pages."""

from __future__ import annotations

# Dates are put in words in one place for every stage; the pages take them from here.
from generator.dates import format_date as format_date
from generator.dates import long_date as long_date
from generator.dates import month_name as month_name
from generator.dates import short_month_name as short_month_name

_PLURALS = {"brief": "briefs", "claim": "claims", "note": "notes", "correction": "corrections"}


def count(number: int, noun: str) -> str:
    """``1 brief``, ``2 briefs``, ``0 claims``: a number with its noun in the right form."""
    return f"{number} {noun if number == 1 else _PLURALS.get(noun, noun + 's')}"


def tag_name(slug: str, actor_names: dict[str, str]) -> str:
    """The name a tag is shown under: an actor's name when the tag is an actor's id."""
    if slug in actor_names:
        return actor_names[slug]
    words = slug.replace("-", " ")
    return words[:1].upper() + words[1:]


def in_quotation_marks(words: str) -> str:
    """``words`` between “ and ”, less a mark the words already carry.

    A passage may end with the closing mark of a quotation that opened before it
    (``he has seen,”``) or begin with the opening mark of one that closes after it:
    that mark then stands for the passage's own, which is not added a second time.
    """
    opening = words.startswith("“") and words.count("“") > words.count("”")
    closing = words.endswith("”") and words.count("”") > words.count("“")
    straight = words.count('"') % 2 == 1  # an unpaired straight mark at one end does the same
    opening = opening or (straight and words.startswith('"') and not words.endswith('"'))
    closing = closing or (straight and words.endswith('"') and not words.startswith('"'))
    return f"{'' if opening else '“'}{words}{'' if closing else '”'}"
