"""The brief page's markers, their pop-ups and the key to the highlight code.

Each marker is a real ``<button>`` that opens a native pop-over (``popovertarget``):
it has a name that says what it opens ("Claim 3, Accurate"), the browser moves
keyboard focus from the marker into the pop-up and on past it, and Escape closes
the pop-up and returns focus to the marker. Without scripts the pop-up still opens.
The markup is in ``briefs/marker.html``, ``briefs/popups.html`` and ``briefs/key.html``.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.anchoring.assemble import AnchoredClaim, AnchoredNote, Brief
from generator.rendering.claim_cards import NOTE_ICONS, NOTE_LABELS, claim_view, note_view, quote
from generator.rendering.links import VERDICTS
from generator.rendering.page_context import PageContext
from generator.rendering.views import Popup
from generator.sidecar.model import NoteKind

# The note kinds the key explains, in its order.
KEY_NOTE_KINDS: tuple[NoteKind, ...] = ("correction", "context", "artefact")


def marker_name(ctx: PageContext, item: AnchoredClaim | AnchoredNote, number: int) -> str:
    """What a marker opens, as a screen reader announces it: ``Claim 3, Accurate``."""
    if isinstance(item, AnchoredClaim):
        return ctx.words.gettext("Claim %(number)s, %(verdict)s", number=ctx.words.number(number),
                                 verdict=ctx.settings.verdict(item.verdict).label)
    return f"{ctx.words.gettext(NOTE_LABELS[item.note.kind])} {ctx.words.number(number)}"


def marker_html(ctx: PageContext, item: AnchoredClaim | AnchoredNote, slot: int, number: int,
                continued: bool = False) -> str:
    """The button after a highlight: an icon for the verdict or note kind, and the number.

    ``slot`` is the marker's place among the article's markers (its id and its pop-up's);
    ``number`` the one it shows, in the claims' sequence or its note kind's. A claim quoted
    in pieces has a marker after each piece; all open the same pop-up.
    """
    if isinstance(item, AnchoredClaim):
        kind, icon = "claim", ctx.settings.verdict(item.verdict).icon
    else:
        kind, icon = item.note.kind, NOTE_ICONS[item.note.kind]
    return ctx.templates.render_kept("briefs/marker.html", kind=kind, icon=icon, slot=slot, number=number,
                                     name=marker_name(ctx, item, number), continued=continued)


def popup(ctx: PageContext, page: str, brief: Brief, item: AnchoredClaim | AnchoredNote,
          slot: int, number: int) -> Popup:
    """The pop-up a marker opens: the whole annotation, down to its last source link.

    A claim's repeats its quote: the highlight may run over lines, or be one piece of several.
    """
    name = marker_name(ctx, item, number)
    if isinstance(item, AnchoredClaim):
        return Popup(number, name, f"card-claim-{item.id}", claim=claim_view(ctx, page, item),
                     quote=quote(ctx, page, brief, item), slot=slot)
    return Popup(number, name, f"card-{item.id}", note=note_view(brief, item), slot=slot)


def popups_html(ctx: PageContext, page: str, brief: Brief, numbered: list[AnchoredClaim | AnchoredNote],
                numbers: Mapping[tuple[str, str], int]) -> str:
    """Every pop-up of the article (``briefs/popups.html``), in the order of its markers."""
    return ctx.templates.render("briefs/popups.html", popups=[
        popup(ctx, page, brief, item, i + 1, numbers[number_key(item)]) for i, item in enumerate(numbered)])


def number_key(item: AnchoredClaim | AnchoredNote) -> tuple[str, str]:
    """What a claim's or note's number is kept under (a claim and a note may share an id)."""
    return ("claim", item.id) if isinstance(item, AnchoredClaim) else ("note", item.id)


def key_html(ctx: PageContext, page: str) -> str:
    """How to read the highlights: what each underline, icon and number means (``briefs/key.html``)."""
    first = ctx.settings.verdicts[0]
    return ctx.templates.render("briefs/key.html", verdicts_href=ctx.linker.href(page, VERDICTS),
                                first=ctx.badge(first.id), notes=[(k, NOTE_ICONS[k]) for k in KEY_NOTE_KINDS])
