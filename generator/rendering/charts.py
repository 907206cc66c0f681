"""Pictures as static SVG: the verdict distribution and the time axis of the briefs.

Each chart is an ``<svg role="img">`` with a title and a description that say in
words what it shows, and its numbers and dates are SVG text, so the picture can
be read, searched and zoomed. Bars and labels are placed in percent of the width
with text at a fixed size: the chart fills any column without shrinking its text.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from generator.rendering.prose import text_html
from generator.rendering.wording import count, long_date, short_month_name

_ROW = 30  # px per bar
_LABEL_WIDTH = 38  # percent of the width for the verdict labels
_BAR_WIDTH = 50  # percent of the width for the longest bar


@dataclass(frozen=True)
class Bar:
    """One verdict's bar: its id (for the colour), label and number of claims."""

    verdict_id: str
    label: str
    claims: int


def verdict_chart(chart_id: str, title: str, bars: list[Bar]) -> str:
    """Horizontal bars, one per verdict, each with its number of claims written beside it."""
    bars = [b for b in bars if b.claims]
    if not bars:
        return ""
    most = max(b.claims for b in bars)
    summary = "; ".join(f"{b.label}: {count(b.claims, 'claim')}" for b in bars)
    rows = []
    for i, bar in enumerate(bars):
        y = i * _ROW
        width = max(bar.claims / most * _BAR_WIDTH, 0.5)
        rows.append(
            f'<text class="nb-chart__label" x="{_LABEL_WIDTH - 2}%" y="{y + 20}" text-anchor="end">'
            f"{text_html(bar.label)}</text>"
            f'<rect class="nb-chart__bar nb-chart__bar--{bar.verdict_id}" x="{_LABEL_WIDTH}%" '
            f'y="{y + 6}" width="{width:.2f}%" height="{_ROW - 10}" rx="3"/>'
            f'<text class="nb-chart__value" x="{_LABEL_WIDTH + width:.2f}%" dx="6" y="{y + 20}">'
            f"{bar.claims}</text>")
    return (f'<figure class="nb-chart">\n<svg role="img" aria-labelledby="{chart_id}-title '
            f'{chart_id}-desc" width="100%" height="{len(bars) * _ROW}" '
            'xmlns="http://www.w3.org/2000/svg">'
            f'<title id="{chart_id}-title">{text_html(title)}</title>'
            f'<desc id="{chart_id}-desc">{text_html(summary)}.</desc>\n'
            + "\n".join(rows) + f"\n</svg>\n<figcaption>{text_html(title)}</figcaption>\n</figure>\n")


_DAYS_A_COLUMN = 366


def time_axis(dates: list[dt.date]) -> str:
    """The briefs as dots on a time axis, from the first to the last: a column per day, or per
    month when they span more than a year."""
    if not dates:
        return ""
    first, last = min(dates), max(dates)
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return 4 + (day - first).days / span * 92  # percent, leaving room for the end labels

    # Over more than a year a column per day would be narrower than a dot: a column per month,
    # too many for a number above each (the listing below gives each month's).
    by_day = span <= _DAYS_A_COLUMN
    per_column = Counter(dates if by_day else (dt.date(d.year, d.month, 1) for d in dates))
    dots = "".join(
        f'<circle class="nb-axis__dot" cx="{x(day):.2f}%" cy="{46 - 10 * k}" r="5"/>'
        for day, n in sorted(per_column.items()) for k in range(min(n, 4)))
    counts = "".join(
        f'<text class="nb-axis__count" x="{x(day):.2f}%" y="{46 - 10 * min(n, 4) - 2}" '
        f'text-anchor="middle">{n}</text>' for day, n in sorted(per_column.items()) if n > 1 and by_day)
    ticks = "".join(
        f'<line class="nb-axis__tick" x1="{x(t):.2f}%" x2="{x(t):.2f}%" y1="52" y2="60"/>'
        + (f'<text class="nb-axis__label" x="{x(t):.2f}%" y="76" text-anchor="middle">'
           f"{text_html(label)}</text>" if show else "")
        for t, label, show in _ticks(first, last))
    ends = (f'<text class="nb-axis__label" x="0" y="96">{long_date(first)}</text>'
            f'<text class="nb-axis__label" x="100%" y="96" text-anchor="end">{long_date(last)}</text>'
            if first != last else
            f'<text class="nb-axis__label" x="50%" y="96" text-anchor="middle">{long_date(first)}</text>')
    summary = (f"{count(len(dates), 'brief')} from {long_date(first)} to {long_date(last)}"
               if first != last else f"{count(len(dates), 'brief')} on {long_date(first)}")
    return ('<figure class="nb-chart nb-axis">\n<svg role="img" aria-labelledby="axis-title axis-desc" '
            'width="100%" height="104" xmlns="http://www.w3.org/2000/svg">'
            '<title id="axis-title">Briefs on a time axis</title>'
            f'<desc id="axis-desc">{text_html(summary)}.</desc>'
            '<line class="nb-axis__line" x1="0" x2="100%" y1="56" y2="56"/>'
            f"{ticks}{dots}{counts}{ends}</svg>\n"
            f"<figcaption>{text_html(summary)}</figcaption>\n</figure>\n")


def _ticks(first: dt.date, last: dt.date) -> list[tuple[dt.date, str, bool]]:
    """Month starts (labelled by month, or by year when the span is long), else none."""
    months = []
    day = dt.date(first.year, first.month, 1)
    while day <= last:
        if day >= first:
            months.append(day)
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    if len(months) > 24:
        return [(d, str(d.year), True) for d in months if d.month == 1]
    every = max(1, len(months) // 6)
    return [(d, short_month_name(d), i % every == 0) for i, d in enumerate(months)]
