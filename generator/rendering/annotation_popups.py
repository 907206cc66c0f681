"""The brief page's markers, their pop-ups and the key to the highlight code.

Each marker is a real ``<button>`` that opens a native pop-over (``popovertarget``):
it has a name that says what it opens ("Claim 3, Accurate"), the browser moves
keyboard focus from the marker into the pop-up and on past it, and Escape closes
the pop-up and returns focus to the marker. Without scripts the pop-up still opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.anchoring.assemble import AnchoredClaim, AnchoredNote
from generator.rendering.article_html import NOT_SEARCHED
from generator.rendering.claim_cards import NOTE_ICONS, NOTE_LABELS, claim_body, note_body, note_label
from generator.rendering.links import VERDICTS
from generator.rendering.prose import text_html

if TYPE_CHECKING:
    from generator.rendering.brief_page import PageContext

def marker_name(ctx: PageContext, item: AnchoredClaim | AnchoredNote, number: int) -> str:
    """What a marker opens, as a screen reader announces it: ``Claim 3, Accurate``."""
    if isinstance(item, AnchoredClaim):
        return f"Claim {number}, {ctx.settings.verdict(item.verdict).label}"
    return f"{NOTE_LABELS[item.note.kind]} {number}"


def marker_html(ctx: PageContext, item: AnchoredClaim | AnchoredNote, number: int,
                continued: bool = False) -> str:
    """The button after a highlight: an icon for the verdict or note kind, and the number.

    A claim quoted in pieces has a marker after each piece; all open the same pop-up.
    """
    if isinstance(item, AnchoredClaim):
        kind, icon = "claim", ctx.settings.verdict(item.verdict).icon
    else:
        kind, icon = item.note.kind, NOTE_ICONS[item.note.kind]
    name = marker_name(ctx, item, number) + (", continued" if continued else "")
    ident = "" if continued else f'id="marker-{number}" '
    return (f'<button type="button" class="nb-marker nb-marker--{kind}" {ident}'
            f'popovertarget="annotation-{number}" aria-label="{text_html(name)}"'
            f' {NOT_SEARCHED}><span class="nb-marker__icon" aria-hidden="true">{text_html(icon)}</span>'
            f'<span aria-hidden="true">{number}</span></button>')


def popup_html(ctx: PageContext, page: str, item: AnchoredClaim | AnchoredNote, number: int) -> str:
    """The pop-up a marker opens: the whole annotation, down to its last source link."""
    name = text_html(marker_name(ctx, item, number))
    if isinstance(item, AnchoredClaim):
        title, body, card = f"Claim {number}", claim_body(ctx, page, item), f"card-claim-{item.id}"
    else:
        title, body, card = note_label(item.note.kind) + f" {number}", note_body(item), f"card-{item.id}"
    return (f'<div popover id="annotation-{number}" class="nb-popover" role="dialog" '
            f'aria-label="{name}">\n'
            f'<div class="nb-popover__bar"><p class="nb-popover__title">{title}</p>'
            f'<button type="button" class="nb-popover__close" popovertarget="annotation-{number}" '
            f'popovertargetaction="hide" aria-label="Close {name}">×</button></div>\n'
            f'{body}<p class="nb-popover__more"><a href="#{card}">Go to card {number} below</a></p>\n'
            "</div>")


def popups_html(ctx: PageContext, page: str, numbered: list[AnchoredClaim | AnchoredNote]) -> str:
    """Every pop-up of the article, kept out of the search index (the cards are indexed)."""
    items = "\n".join(popup_html(ctx, page, item, i + 1) for i, item in enumerate(numbered))
    return f'<div class="nb-popups" {NOT_SEARCHED}>\n{items}\n</div>\n' if items else ""


def key_html(ctx: PageContext, page: str) -> str:
    """How to read the highlights: what each underline, icon and number means."""
    verdicts = text_html(ctx.linker.href(page, VERDICTS))
    first = ctx.settings.verdicts[0]
    notes = "".join(
        f'<li><span class="nb-key__sample"><mark class="nb-note nb-note--{kind}">underlined</mark> '
        f'<span class="nb-marker nb-marker--{kind} nb-marker--sample" aria-hidden="true">'
        f'<span class="nb-marker__icon">{NOTE_ICONS[kind]}</span>2</span></span> '
        f"{_NOTE_MEANINGS[kind]}</li>" for kind in ("correction", "context", "artefact"))
    return (f'<details class="nb-key" open {NOT_SEARCHED}>\n<summary>Key to the highlights</summary>\n'
            '<ul class="nb-key__list">\n'
            f'<li><span class="nb-key__sample"><mark class="nb-claim nb-claim--{first.id}">shaded</mark> '
            '<span class="nb-marker nb-marker--claim nb-marker--sample" aria-hidden="true">'
            f'<span class="nb-marker__icon">{text_html(first.icon)}</span>1</span></span> '
            "<strong>Claim</strong>: a checked statement; the icon and badge give its verdict "
            f'(<a href="{verdicts}">verdict scale</a>).</li>\n{notes}\n'
            '<li><span class="nb-key__sample"><a class="nb-key__actor" href="#whos-who">Name</a></span> '
            "a person or organisation, linked to its page.</li>\n"
            "<li>Each numbered button opens its claim or note; the card with the same number "
            "is listed below the article.</li>\n</ul>\n</details>\n")


_NOTE_MEANINGS = {
    "correction": "<strong>Correction</strong>: the article gets this wrong.",
    "context": "<strong>Context</strong>: background the article leaves out.",
    "artefact": "<strong>Capture artefact</strong>: text garbled or added by the page, not the author.",
}
