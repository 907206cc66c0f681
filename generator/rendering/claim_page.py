"""One claim's own page, at ``briefs/<stem>/<claim-id>/`` (pure: returns text, writes nothing).

The page a claim is linked, shared and embedded by: the quote in its sentence, who
said it, the verdict with its explanation and sources, and the links back to its
place in the annotated article, its brief and its speaker. Every word of it is on
the brief's page too, so it is kept out of the search index (``search: exclude`` for
the theme's search, ``data-pagefind-ignore`` for Pagefind), as a listing's cards
would otherwise answer a search twice over.
"""

from __future__ import annotations

from generator.anchoring.assemble import AnchoredClaim, Brief
from generator.anchoring.release import sentence_around
from generator.rendering.annotation_popups import number_key
from generator.rendering.brief_page import annotation_numbers, claim_links, shortened
from generator.rendering.claim_cards import claim_view
from generator.rendering.front_matter import front_matter
from generator.rendering.links import claim_page
from generator.rendering.page_context import PageContext
from generator.rendering.views import InContext


def render_claim_pages(brief: Brief, ctx: PageContext) -> dict[str, str]:
    """The page of every published claim of ``brief``, by path."""
    numbers = annotation_numbers(brief)
    return {claim_page(brief.stem, claim.id): render_claim_page(brief, claim, numbers[number_key(claim)], ctx)
            for claim in brief.claims}


def render_claim_page(brief: Brief, claim: AnchoredClaim, number: int, ctx: PageContext) -> str:
    """The Markdown page of one claim, ``number`` its number among its brief's claims."""
    page = claim_page(brief.stem, claim.id)
    view = claim_view(ctx, page, claim)
    return front_matter({"title": f"{view.by.name}: {shortened(view.claim)}",
                         "description": f"{view.verdict.label}: {view.claim}",
                         "search": {"exclude": True}}) + ctx.templates.render(
        "briefs/claim_page.html", claim=view, context=in_context(brief.text, claim),
        links=claim_links(ctx, page, brief, claim, number), brief=ctx.brief_ref(page, brief))


def in_context(text: str, claim: AnchoredClaim) -> InContext:
    """The sentence (or sentences) of the claim's quote, each piece of the quote marked."""
    spans = tuple(sorted(claim.spans, key=lambda span: span.start))
    start, end = sentence_around(text, spans)
    parts: list[tuple[str, bool]] = []
    at = start
    for span in spans:
        if span.start > at:
            parts.append((text[at:span.start], False))
        parts.append((text[max(at, span.start):span.end], True))
        at = max(at, span.end)
    if end > at:
        parts.append((text[at:end], False))
    return InContext(tuple(parts))
