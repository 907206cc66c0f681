"""Dates as readers read them: the one place a date becomes words, through Babel (shared by every stage).

Every page, title, chart and listing shows a date through ``format_date``, so
a site reads the same everywhere and in any language: the month names come
from the Unicode CLDR data Babel ships, never from the C library's locale (the
``%-d`` of ``strftime`` is glibc's alone, and ``%B`` follows whatever
``LC_TIME`` the build machine has). In English a site writes the newsroom's
own day-month-year (``3 January 2024``); in another language, the order and
words that language's CLDR data gives for the same fields (``3. Januar 2024``).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Literal

DEFAULT_LOCALE = "en"
DateForm = Literal["day", "month", "short month"]
# The fields of each form as a CLDR skeleton (any language), and the house pattern in English.
_SKELETONS: dict[DateForm, str] = {"day": "yMMMMd", "month": "yMMMM", "short month": "yMMM"}
_ENGLISH: dict[DateForm, str] = {"day": "d MMMM y", "month": "MMMM y", "short month": "MMM y"}
# The month names of Babel's English CLDR data, so that a site in the default language never loads
# a locale's data (about 4 MiB, and its reading time, in every build); tests hold them to Babel's.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_SHORT_MONTHS = tuple(month[:3] for month in _MONTHS)


@lru_cache(maxsize=8192)  # an archive shows the same few thousand days on many pages
def format_date(day: dt.date, form: DateForm = "day", locale: str = DEFAULT_LOCALE) -> str:
    """``day`` in words: ``3 January 2024`` (``day``), ``January 2024`` (``month``), ``Jan 2024``
    (``short month``), in ``locale`` (a CLDR locale name: ``en``, ``fr``, ``pt_BR``)."""
    if locale == DEFAULT_LOCALE:
        return _english(day, form)
    from babel.dates import format_skeleton  # loaded only for a site in another language

    return format_skeleton(_SKELETONS[form], day, locale=locale)


def _english(day: dt.date, form: DateForm) -> str:
    """``day`` in the house's English patterns (``_ENGLISH``), as Babel writes them."""
    if form == "day":
        return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    if form == "month":
        return f"{_MONTHS[day.month - 1]} {day.year}"
    return f"{_SHORT_MONTHS[day.month - 1]} {day.year}"


def forget_memos() -> None:
    """Empty this module's memo cache (dates in words)."""
    format_date.cache_clear()


def long_date(day: dt.date, locale: str = DEFAULT_LOCALE) -> str:
    """A date as readers write it: ``3 January 2024``."""
    return format_date(day, "day", locale)


def month_name(day: dt.date, locale: str = DEFAULT_LOCALE) -> str:
    """The month a day falls in, as a heading names it: ``January 2024``."""
    return format_date(day, "month", locale)


def short_month_name(day: dt.date, locale: str = DEFAULT_LOCALE) -> str:
    """The month a day falls in, as an axis labels it: ``Jan 2024``."""
    return format_date(day, "short month", locale)
