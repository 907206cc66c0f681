"""Dates in words: one function (``generator/dates.py``), the newsroom's English by default, any CLDR
language on request, and no other module naming a month."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

from generator.dates import format_date, long_date, month_name, short_month_name
from tests.conftest import ROOT

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@given(st.dates())
def test_english_dates_read_day_month_year_with_the_months_full_or_in_three_letters(day: dt.date) -> None:
    month = MONTHS[day.month - 1]
    assert long_date(day) == format_date(day) == f"{day.day} {month} {day.year}"
    assert month_name(day) == f"{month} {day.year}"
    assert short_month_name(day) == f"{month[:3]} {day.year}"


def test_another_language_takes_its_own_words_and_order() -> None:
    day = dt.date(2024, 1, 3)
    assert long_date(day, "de") == "3. Januar 2024"
    assert month_name(day, "fr") == "janvier 2024"
    assert format_date(day, "short month", "fr") == "janv. 2024"


def test_no_other_module_puts_a_date_in_words() -> None:
    """``strftime``'s month and weekday names follow the build machine's locale, ``%-d`` is glibc's alone."""
    in_words = re.compile(r"strftime\(.*%(-|[aAbBh])")
    spelled = [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "generator").rglob("*.py"))
               if path.name != "dates.py"
               for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if in_words.search(line)]
    assert spelled == []


@given(st.dates())
def test_the_english_words_are_those_of_babels_english_data(day: dt.date) -> None:
    # English is written without loading Babel's locale data: it must still be Babel's English.
    from babel.dates import format_date as babel_date

    assert long_date(day) == babel_date(day, "d MMMM y", locale="en")
    assert month_name(day) == babel_date(day, "MMMM y", locale="en")
    assert short_month_name(day) == babel_date(day, "MMM y", locale="en")
