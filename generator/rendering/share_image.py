"""A share card drawn as a 1200 × 630 PNG, with Pillow, in the font shipped in ``generator/fonts``.

Why Pillow with its Raqm layout: measured on a Persian sentence (``ما هرگز از
مذاکره نمی‌ترسیم``) in Vazirmatn, Pillow's Raqm layout (HarfBuzz and FriBiDi)
joins the letters and orders them right to left, while both Pillow's basic
layout and cairosvg 2.9 (Cairo's text drawing, which does not shape) draw the
letters isolated and in reverse order. Pillow's wheels carry Raqm and HarfBuzz
and load FriBiDi (``libfribidi0``) from the system; without it Pillow falls back
to the basic layout, and :func:`can_shape` says so.

The font is Vazirmatn (SIL Open Font License, ``generator/fonts/OFL.txt``): Latin
and the Arabic script (Arabic, Persian, Urdu), in regular and bold.
:func:`uncovered` names the characters of a text it has no glyph for.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, features

from generator.rendering.share import IMAGE_HEIGHT, IMAGE_WIDTH, ShareCard, right_to_left

FONTS = Path(__file__).resolve().parent.parent / "fonts"
REGULAR, BOLD = FONTS / "Vazirmatn-Regular.ttf", FONTS / "Vazirmatn-Bold.ttf"

_MARGIN = 72
_INK, _MUTED, _PAPER, _RULE = "#1f2328", "#57606a", "#ffffff", "#d0d7de"
_ELLIPSIS = "…"


def can_shape() -> bool:
    """Whether Pillow can shape complex scripts here (Raqm with FriBiDi), as Arabic and Persian need."""
    return bool(features.check("raqm"))


def uncovered(text: str) -> str:
    """The characters of ``text`` the shipped font has no glyph for (each once, in order)."""
    covered = _covered()
    seen: dict[str, None] = {}
    for character in text:
        if ord(character) not in covered and not character.isspace() and character not in seen:
            seen[character] = None
    return "".join(seen)


@cache
def _covered() -> frozenset[int]:
    from fontTools.ttLib import TTFont  # only when asked: the build draws without it

    with TTFont(REGULAR, lazy=True) as regular, TTFont(BOLD, lazy=True) as bold:
        return frozenset(regular.getBestCmap()) & frozenset(bold.getBestCmap())


def draw_card(card: ShareCard) -> bytes:
    """The card as PNG bytes, 1200 × 630."""
    image = Image.new("RGB", (IMAGE_WIDTH, IMAGE_HEIGHT), _PAPER)
    draw = ImageDraw.Draw(image)
    draw.text((_MARGIN, 48), card.site_name, font=_font(BOLD, 28), fill=_MUTED, anchor="la")
    draw.line((_MARGIN, 96, IMAGE_WIDTH - _MARGIN, 96), fill=_RULE, width=2)
    if card.mix or not card.verdict:
        _draw_brief(draw, card)
    else:
        _draw_claim(draw, card)
    buffer = io.BytesIO()
    # Measured on a claim card: zlib level 3 takes 11 ms and 53 KB, the default (6) 17 ms and 45 KB,
    # optimize=True 58 ms and 42 KB; a cold build draws every card of the archive.
    image.save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()


def _draw_claim(draw: ImageDraw.ImageDraw, card: ShareCard) -> None:
    y = _paragraph(draw, card.heading, BOLD, (44,), top=124, bottom=180)
    _paragraph(draw, card.quote, REGULAR, (52, 46, 40, 34, 30), top=y + 16, bottom=480)
    font = _font(BOLD, 38)
    width = draw.textlength(card.verdict, font=font, direction=_direction(card.verdict))
    left, top = _MARGIN, 506
    draw.rounded_rectangle((left, top, left + width + 56, top + 72), radius=14, fill=card.colour)
    draw.text((left + 28, top + 36), card.verdict, font=font, fill=text_colour_on(card.colour), anchor="lm",
              direction=_direction(card.verdict))
    draw.rectangle((0, IMAGE_HEIGHT - 14, IMAGE_WIDTH, IMAGE_HEIGHT), fill=card.colour)


def _draw_brief(draw: ImageDraw.ImageDraw, card: ShareCard) -> None:
    y = _paragraph(draw, card.heading, BOLD, (56, 50, 44, 38, 34), top=124, bottom=380)
    _paragraph(draw, card.byline, REGULAR, (32,), top=y + 12, bottom=y + 60, colour=_MUTED)
    total = sum(m.count for m in card.mix)
    if not total:
        return
    left, top, span = _MARGIN, 470, IMAGE_WIDTH - 2 * _MARGIN
    for m in card.mix:
        width = round(span * m.count / total)
        draw.rectangle((left, top, min(left + width, IMAGE_WIDTH - _MARGIN), top + 30), fill=m.colour)
        left += width
    font, x = _font(REGULAR, 30), float(_MARGIN)
    for m in card.mix:
        words = f"{m.count} {m.label}"
        needed = 34 + draw.textlength(words, font=font) + 36
        if x + needed > IMAGE_WIDTH - _MARGIN:
            break  # the bar above still shows every verdict
        draw.rectangle((x, 534, x + 24, 558), fill=m.colour)
        draw.text((x + 34, 546), words, font=font, fill=_INK, anchor="lm")
        x += needed


def _paragraph(draw: ImageDraw.ImageDraw, text: str, face: Path, sizes: tuple[int, ...], *, top: int,
               bottom: int, colour: str = _INK) -> int:
    """Draw ``text`` wrapped in the largest size that fits between ``top`` and ``bottom``; the end."""
    direction = _direction(text)
    for size in sizes:
        font = _font(face, size)
        step = round(size * 1.35)
        lines = _wrapped(draw, text, font, direction)
        if top + step * len(lines) <= bottom or size == sizes[-1]:
            break
    fitting = max(1, (bottom - top) // step)
    if len(lines) > fitting:
        lines = [*lines[:fitting - 1], _cut(draw, " ".join(lines[fitting - 1:]), font, direction)]
    x, anchor = (IMAGE_WIDTH - _MARGIN, "ra") if right_to_left(text) else (_MARGIN, "la")
    for number, line in enumerate(lines):
        draw.text((x, top + number * step), line, font=font, fill=colour, anchor=anchor,
                  direction=direction)
    return top + step * len(lines)


def _wrapped(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont,
             direction: str | None) -> list[str]:
    """The text broken at spaces into lines no wider than the card's text column."""
    width, lines, line = IMAGE_WIDTH - 2 * _MARGIN, [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if line and draw.textlength(candidate, font=font, direction=direction) > width:
            lines.append(line)
            candidate = word
        line = candidate
    return [*lines, line] if line else lines


def _cut(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, direction: str | None) -> str:
    """The longest start of ``text`` that fits one line with an ellipsis after it."""
    width = IMAGE_WIDTH - 2 * _MARGIN
    words = text.split()
    while words and draw.textlength(" ".join(words) + _ELLIPSIS, font=font, direction=direction) > width:
        words.pop()
    return " ".join(words) + _ELLIPSIS


def _direction(text: str) -> str | None:
    """The text's direction for Raqm; None without it (the basic layout takes no direction)."""
    if not can_shape():
        return None
    return "rtl" if right_to_left(text) else "ltr"


def text_colour_on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour`` (``#rrggbb``)."""
    red, green, blue = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if luminance > 0.179 else "#ffffff"


@cache
def _font(face: Path, size: int) -> ImageFont.FreeTypeFont:
    layout = ImageFont.Layout.RAQM if can_shape() else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(face), size, layout_engine=layout)
