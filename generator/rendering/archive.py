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

from generator.rendering.page_context import PageContext
from generator.rendering.wording import month_name
from generator.translation import DEFAULT_LOCALE

Item = TypeVar("Item")


@dataclass(frozen=True)
class Month:
    """A calendar month: ``key`` names its pages (``2025-06``), ``name`` is what readers see."""

    key: str
    name: str


def month_of(day: dt.date, locale: str = DEFAULT_LOCALE) -> Month:
    """The month a day falls in, named in ``locale``."""
    return Month(f"{day.year:04d}-{day.month:02d}", month_name(day, locale))


def by_month(items: Sequence[Item], day_of: Callable[[Item], dt.date],
             locale: str = DEFAULT_LOCALE) -> dict[Month, list[Item]]:
    """The items grouped by month, in their own order (newest first in, newest month first out);
    the months named in ``locale``."""
    months: dict[Month, list[Item]] = {}
    for item in items:
        months.setdefault(month_of(day_of(item), locale), []).append(item)
    return months


def month_index(ctx: PageContext, from_page: str, months: dict[Month, list[Item]],
                page_of: Callable[[Month], str], noun: str, label: str, fragment: str = "") -> str:
    """Links to the month pages, newest first, each with how many items it holds."""
    return ctx.templates.render("briefs/month_index.html", label=label, noun=noun, months=[
        (month.name, ctx.linker.href(from_page, page_of(month), fragment), len(held))
        for month, held in months.items()])


def month_pager(ctx: PageContext, months: Sequence[Month], page_of: Callable[[Month], str],
                index_page: str, index_name: str, current: Month) -> str:
    """Links from a month's page to the month before, the month after and the listing."""
    at = months.index(current)  # newest first: the later month comes before
    here = page_of(current)

    def link(month: Month) -> tuple[str, str]:
        return month.name, ctx.linker.href(here, page_of(month))

    return ctx.render_listing(
        here, "briefs/month_pager.html", earlier=link(months[at + 1]) if at + 1 < len(months) else None,
        later=link(months[at - 1]) if at > 0 else None, back=(index_name, ctx.linker.href(here, index_page)))
