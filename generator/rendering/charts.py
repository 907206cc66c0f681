"""Pictures as static SVG: the verdict distribution and the time axis of the briefs.

Each chart is an ``<svg role="img">`` with a title and a description that say in
words what it shows, and its numbers and dates are SVG text, so the picture can
be read, searched and zoomed. Bars and labels are placed in percent of the width
with text at a fixed size: the chart fills any column without shrinking its text.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from generator.rendering.templating import Templates, package_templates
from generator.rendering.wording import short_month_name
from generator.translation import Words

_ROW = 30  # px per bar
_LABEL_WIDTH = 38  # percent of the width for the verdict labels
_BAR_WIDTH = 50  # percent of the width for the longest bar


@dataclass(frozen=True)
class Bar:
    """One verdict's bar: its id (for the colour), label and number of claims."""

    verdict_id: str
    label: str
    claims: int


@dataclass(frozen=True)
class ChartBar:
    """A bar as drawn: its verdict, label and number, where it sits (px) and how wide it is (percent)."""

    verdict_id: str
    label: str
    claims: int
    text_y: int
    bar_y: int
    bar_height: int
    width: str
    value_x: str


def verdict_chart(chart_id: str, title: str, bars: list[Bar],
                  render: Callable[..., str] | None = None) -> str:
    """Horizontal bars, one per verdict, each with its number of claims written beside it.

    ``render(name, **values)`` renders the template (by default the package's templates do).
    """
    bars = [b for b in bars if b.claims]
    if not bars:
        return ""
    most = max(b.claims for b in bars)
    drawn = []
    for i, bar in enumerate(bars):
        y = i * _ROW
        width = max(bar.claims / most * _BAR_WIDTH, 0.5)
        drawn.append(ChartBar(bar.verdict_id, bar.label, bar.claims, y + 20, y + 6, _ROW - 10, f"{width:.2f}",
                              f"{_LABEL_WIDTH + width:.2f}"))
    return (render or package_templates().render)(
        "briefs/verdict_chart.html", chart_id=chart_id, title=title, height=len(bars) * _ROW,
        label_x=_LABEL_WIDTH - 2, bar_x=_LABEL_WIDTH, bars=drawn)


_DAYS_A_COLUMN = 366


def time_axis(dates: list[dt.date], templates: Templates | None = None) -> str:
    """The briefs as dots on a time axis, from the first to the last: a column per day, or per
    month when they span more than a year."""
    if not dates:
        return ""
    first, last = min(dates), max(dates)
    span = max((last - first).days, 1)

    def x(day: dt.date) -> str:
        if first == last:  # one day: its dot in the middle, above its date
            return "50.00"
        return f"{4 + (day - first).days / span * 92:.2f}"  # percent, leaving room for the end labels

    # Over more than a year a column per day would be narrower than a dot: a column per month,
    # too many for a number above each (the listing below gives each month's).
    by_day = span <= _DAYS_A_COLUMN
    per_column = sorted(Counter(dates if by_day else (dt.date(d.year, d.month, 1) for d in dates)).items())
    templates = templates or package_templates()
    return templates.render(
        "briefs/time_axis.html", first=first, last=last, briefs=len(dates),
        ticks=[(x(t), label, show) for t, label, show in _ticks(first, last, templates.words)],
        dots=[(x(day), 46 - 10 * k) for day, n in per_column for k in range(min(n, 4))],
        counts=[(x(day), 46 - 10 * min(n, 4) - 2, templates.words.number(n))
                for day, n in per_column if n > 1 and by_day])


def _ticks(first: dt.date, last: dt.date, words: Words) -> list[tuple[dt.date, str, bool]]:
    """Month starts (labelled by month, or by year when the span is long), else none."""
    months = []
    day = dt.date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    if len(months) > 24:
        return [(d, words.number(d.year), True) for d in months if d.month == 1]
    every = max(1, len(months) // 6)
    return [(d, short_month_name(d, words.locale), i % every == 0) for i, d in enumerate(months)]
