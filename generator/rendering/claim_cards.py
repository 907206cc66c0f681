"""Claims and notes as cards: one block per claim or note that reads well at any width.

The same card shows a claim on its brief's page, on the claims index, on verdict
pages and on actor pages; the brief page's pop-ups reuse its body.
"""

from __future__ import annotations

from generator.anchoring.assemble import AnchoredClaim, AnchoredNote, Brief
from generator.rendering.links import brief_page
from generator.rendering.page_context import PageContext
from generator.rendering.views import ClaimGroup, ClaimView, NoteView, Quote, Source
from generator.sidecar.languages import direction
from generator.sidecar.model import NOTE_KINDS, SOURCE_KINDS, SourceLink, SourceRef

NOTE_LABELS = {kind: meaning.label for kind, meaning in NOTE_KINDS.items()}
# The kind of a note is told by an icon and a word as well as by colour.
NOTE_ICONS = {kind: meaning.icon for kind, meaning in NOTE_KINDS.items()}


def source_views(sources: tuple[SourceRef, ...]) -> tuple[Source, ...]:
    """The sources as the templates receive them."""
    return tuple(source_view(s) for s in sources)


def source_view(source: SourceRef) -> Source:
    """One source as the templates receive it (a bare address has only its ``url``)."""
    if not isinstance(source, SourceLink):
        return Source(source)
    return Source(source.url, source.title or "", source.published, source.author or "",
                  source.outlet or "", source.accessed, source.archive or "",
                  SOURCE_KINDS[source.kind] if source.kind else "", source.kind or "")


def claim_view(ctx: PageContext, page: str, claim: AnchoredClaim) -> ClaimView:
    """Who, the verdict (linked to its definition from ``page``), the claim and its explanation."""
    return ClaimView(claim.id, ctx.actor_ref(page, claim.claim.by), ctx.badge(claim.verdict, page),
                     claim.claim.claim, claim.claim.paraphrase, claim.claim.explanation or "",
                     source_views(claim.claim.sources))


def quote(ctx: PageContext, page: str, brief: Brief, claim: AnchoredClaim) -> Quote:
    """The quote as published, linked to its highlight on the brief's page."""
    lang = brief.sidecar.language
    return Quote(claim.words(brief.text), ctx.linker.href(page, brief_page(brief.stem), f"claim-{claim.id}"),
                 lang, direction(lang) if lang else "ltr", claim.claim.translation or "")


def claim_card(ctx: PageContext, page: str, brief: Brief, claim: AnchoredClaim,
               number: int | None = None) -> str:
    """One claim as a card (``briefs/claim_card.html``), ending with a line break."""
    return ctx.templates.render("briefs/claim_card.html", claim=claim_view(ctx, page, claim),
                                number=number, quote=quote(ctx, page, brief, claim))


def claim_cards(ctx: PageContext, page: str, rows: list[tuple[Brief, AnchoredClaim]]) -> str:
    """Claims as cards under the title of their brief, each brief named once (``briefs/claim_list.html``)."""
    groups: list[tuple[Brief, list[tuple[ClaimView, Quote]]]] = []
    for brief, claim in rows:
        if not groups or groups[-1][0] is not brief:
            groups.append((brief, []))
        groups[-1][1].append((claim_view(ctx, page, claim), quote(ctx, page, brief, claim)))
    return ctx.render_listing(page, "briefs/claim_list.html", groups=[
        ClaimGroup(ctx.brief_ref(page, brief), tuple(cards)) for brief, cards in groups])


def note_view(brief: Brief, note: AnchoredNote) -> NoteView:
    """A note as the templates receive it."""
    kind = note.note.kind
    quoted = brief.text[note.span.start:note.span.end] if note.span else ""
    return NoteView(note.id, kind, NOTE_LABELS[kind], NOTE_ICONS[kind], note.note.text,
                    source_views(note.note.sources), quoted)


def note_card(ctx: PageContext, brief: Brief, note: AnchoredNote, number: int | None) -> str:
    """One note as a card (``briefs/note_card.html``), ending with a line break."""
    return ctx.templates.render("briefs/note_card.html", note=note_view(brief, note), number=number)
