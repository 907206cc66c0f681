"""Small pieces of reader-facing wording shared by the pages."""

from __future__ import annotations

import re
from collections.abc import Callable

# Dates are put in words in one place for every stage; the pages take them from here.
from generator.dates import format_date as format_date
from generator.dates import long_date as long_date
from generator.dates import month_name as month_name
from generator.dates import short_month_name as short_month_name
from generator.translation import ENGLISH, Words

# Each counted noun spelt out whole, so that `pybabel extract` finds both forms of each.
_COUNTED: dict[str, Callable[[Words, int], str]] = {
    "brief": lambda words, n: words.ngettext("%(num)s brief", "%(num)s briefs", n),
    "claim": lambda words, n: words.ngettext("%(num)s claim", "%(num)s claims", n),
    "note": lambda words, n: words.ngettext("%(num)s note", "%(num)s notes", n),
    "correction": lambda words, n: words.ngettext("%(num)s correction", "%(num)s corrections", n),
}


def count(number: int, noun: str, words: Words = ENGLISH) -> str:
    """``1 brief``, ``2 briefs``, ``0 claims``: a number with its noun in the right form, in the
    language of ``words``."""
    if (counted := _COUNTED.get(noun)) is not None:
        return counted(words, number)
    return f"{number} {noun if number == 1 else noun + 's'}"


def tag_name(slug: str, actor_names: dict[str, str]) -> str:
    """The name a tag is shown under: an actor's name when the tag is an actor's id."""
    if slug in actor_names:
        return actor_names[slug]
    words = slug.replace("-", " ")
    return words[:1].upper() + words[1:]


def heading(words: Words, text: str, level: int = 2, attributes: str = "") -> str:
    """A Markdown heading of the English ``text`` in the site's language, ending its line.

    Its id stays the one the English heading gets (``## Who's who`` is ``#whos-who``) in
    every language, so links into a page (the key's, a reader's bookmark) hold.
    ``attributes`` (``data-search-exclude``) go into its attribute list.
    """
    translated = words.gettext(text)
    if translated == text:
        return f"{'#' * level} {text}{f' {{ {attributes} }}' if attributes else ''}\n"
    return f"{'#' * level} {translated} {{ #{english_id(text)}{f' {attributes}' if attributes else ''} }}\n"


def english_id(text: str) -> str:
    """The id MkDocs gives a heading of ``text``: ``Who's who`` is ``whos-who``."""
    return re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", text).strip().lower())


def in_quotation_marks(words: str, language: Words = ENGLISH) -> str:
    """``words`` between “ and ” (or the marks of ``language``: « » in French), less a mark the
    words already carry.

    A passage may end with the closing mark of a quotation that opened before it
    (``he has seen,”``) or begin with the opening mark of one that closes after it:
    that mark then stands for the passage's own, which is not added a second time.
    """
    opening = words.startswith("“") and words.count("“") > words.count("”")
    closing = words.endswith("”") and words.count("”") > words.count("“")
    straight = words.count('"') % 2 == 1  # an unpaired straight mark at one end does the same
    opening = opening or (straight and words.startswith('"') and not words.endswith('"'))
    closing = closing or (straight and words.endswith('"') and not words.startswith('"'))
    before, after = quotation_marks(language)
    return f"{'' if opening else before}{words}{'' if closing else after}"


def quotation_marks(language: Words = ENGLISH) -> tuple[str, str]:
    """The marks that open and close a quotation in ``language``: “ and ”, « and » in French."""
    before, _, after = language.gettext("“%(words)s”", words="\0").partition("\0")
    return before, after
