"""Listings too long for one page: the newest items up front, every item on a page of its month.

A listing of every brief or claim grows with the archive: at 10,000 briefs the
claims index alone would be tens of megabytes, too much for a phone, and every
new brief would change it. Beyond ``listing_size`` items a listing shows the
newest ones and links a page per month that holds the rest. A month's page
changes only when a brief of that month does, so a new brief changes the front
pages and its own month's pages, never the archive before it (pure).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from generator.rendering.links import Linker
from generator.rendering.prose import text_html
from generator.rendering.wording import count, month_name

Item = TypeVar("Item")


@dataclass(frozen=True)
class Month:
    """A calendar month: ``key`` names its pages (``2025-06``), ``name`` is what readers see."""

    key: str
    name: str


def month_of(day: dt.date) -> Month:
    """The month a day falls in."""
    return Month(f"{day.year:04d}-{day.month:02d}", month_name(day))


def by_month(items: Sequence[Item], day_of: Callable[[Item], dt.date]) -> dict[Month, list[Item]]:
    """The items grouped by month, in their own order (newest first in, newest month first out)."""
    months: dict[Month, list[Item]] = {}
    for item in items:
        months.setdefault(month_of(day_of(item)), []).append(item)
    return months


def month_index(linker: Linker, from_page: str, months: dict[Month, list[Item]],
                page_of: Callable[[Month], str], noun: str, label: str, fragment: str = "") -> str:
    """Links to the month pages, newest first, each with how many items it holds."""
    items = "".join(f'<li><a href="{text_html(linker.href(from_page, page_of(month), fragment))}">'
                    f'{month.name}</a> <span class="nb-months__count">({count(len(held), noun)})</span></li>'
                    for month, held in months.items())
    return f'<nav class="nb-months" aria-label="{text_html(label)}"><ul>{items}</ul></nav>\n'


def month_pager(linker: Linker, months: Sequence[Month], page_of: Callable[[Month], str],
                index_page: str, index_name: str, current: Month) -> str:
    """Links from a month's page to the month before, the month after and the listing."""
    at = months.index(current)  # newest first: the later month comes before
    links = []
    if at + 1 < len(months):
        earlier = months[at + 1]
        links.append(f'<a href="{text_html(linker.href(page_of(current), page_of(earlier)))}" rel="prev">'
                     f"Earlier: {earlier.name}</a>")
    back = linker.href(page_of(current), index_page)
    links.append(f'<a href="{text_html(back)}">{text_html(index_name)}</a>')
    if at > 0:
        later = months[at - 1]
        links.append(f'<a href="{text_html(linker.href(page_of(current), page_of(later)))}" rel="next">'
                     f"Later: {later.name}</a>")
    items = "".join(f"<li>{link}</li>" for link in links)
    return f'<nav class="nb-pager" aria-label="Other months"><ul>{items}</ul></nav>\n'
