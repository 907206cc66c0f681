"""Claims and notes as cards: one block per claim or note that reads well at any width.

The same card shows a claim on its brief's page, on the claims index, on verdict
pages and on actor pages; the brief page's pop-ups reuse its body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.anchoring.assemble import AnchoredClaim, AnchoredNote, Brief
from generator.rendering.links import brief_page
from generator.rendering.prose import prose_html, text_html
from generator.rendering.wording import long_date
from generator.sidecar.model import NOTE_KINDS, Claim, NoteKind, SourceLink, SourceRef

if TYPE_CHECKING:  # brief_page builds its pages from these cards
    from generator.rendering.brief_page import PageContext

NOTE_LABELS = {kind: meaning.label for kind, meaning in NOTE_KINDS.items()}
# The kind of a note is told by an icon and a word as well as by colour.
NOTE_ICONS = {kind: meaning.icon for kind, meaning in NOTE_KINDS.items()}
REPORTED_SPEECH = "Reported speech: the article's account of what was said, not a direct quotation."


def number_html(kind_label: str, number: int | None) -> str:
    """The card's number, the same as its marker's in the article (``Claim 3``)."""
    if number is None:
        return ""
    return (f'<span class="nb-num"><span class="nb-sr">{text_html(kind_label)} </span>'
            f"{number}</span> ")


def claim_body(ctx: PageContext, page: str, claim: AnchoredClaim, number: str = "", quote: str = "",
               ) -> str:
    """Who, the verdict (linked to its definition), the claim, the explanation and the sources."""
    return (f'<p class="nb-card__head">{number}{ctx.actor_link(page, claim.claim.by)} '
            f"{ctx.verdict_badge(claim.verdict, page)}</p>\n"
            f'<p class="nb-card__claim">{text_html(claim.claim.claim)}</p>\n{quote}'
            f"{reported_speech(claim.claim)}"
            + (f'<div class="nb-card__why">{prose_html(claim.claim.explanation)}</div>\n'
               if claim.claim.explanation else "")
            + sources_html(claim.claim.sources))


def passage_html(brief: Brief, claim: AnchoredClaim) -> str:
    """The claim's passage: in quotation marks when quoted, plainly (and labelled) when reported."""
    words = text_html(claim.words(brief.text))
    return f"{words} (reported speech)" if claim.claim.paraphrase else f"“{words}”"


def reported_speech(claim: Claim) -> str:
    """The label of a claim the article reports rather than quotes."""
    return f'<p class="nb-reported-speech">{REPORTED_SPEECH}</p>\n' if claim.paraphrase else ""


def quote_html(brief: Brief, claim: AnchoredClaim, href: str) -> str:
    """The quote as published, linked to its highlight in the article."""
    return (f'<blockquote class="nb-card__quote"><p><a href="{text_html(href)}">'
            f"{passage_html(brief, claim)}</a></p></blockquote>\n")


def claim_card(ctx: PageContext, page: str, brief: Brief, claim: AnchoredClaim,
               number: int | None = None) -> str:
    """One claim as a card; its quote links to the highlight on the brief's page."""
    href = ctx.linker.href(page, brief_page(brief.stem), f"claim-{claim.id}")
    return (f'<li class="nb-card nb-card--claim nb-card--{claim.verdict}" id="card-claim-{claim.id}">\n'
            f"{claim_body(ctx, page, claim, number_html('Claim', number), quote_html(brief, claim, href))}"
            "</li>")


def claim_cards(ctx: PageContext, page: str, rows: list[tuple[Brief, AnchoredClaim]],
                group_by_brief: bool = True) -> str:
    """Claims as cards under the title of their brief, each brief named once."""
    if not rows:
        return "<p>None.</p>\n"
    parts: list[str] = []
    current: Brief | None = None
    for brief, claim in rows:
        if group_by_brief and brief is not current:
            if current is not None:
                parts.append("</ul>")
            parts.append(f'<p class="nb-card-group">From {ctx.brief_link(page, brief)}</p>\n'
                         '<ul class="nb-cards">')
            current = brief
        parts.append(claim_card(ctx, page, brief, claim))
    parts.append("</ul>")
    return "\n".join(parts) + "\n"


def note_label(kind: NoteKind) -> str:
    """The kind of a note as icon and word."""
    return (f'<span class="nb-note-label nb-note-label--{kind}"><span aria-hidden="true">'
            f"{NOTE_ICONS[kind]}</span> {NOTE_LABELS[kind]}</span>")


def note_body(note: AnchoredNote) -> str:
    """A note's text and sources."""
    return prose_html(note.note.text) + sources_html(note.note.sources)


def sources_html(sources: tuple[SourceRef, ...]) -> str:
    """The sources as a list of links, under a small label."""
    if not sources:
        return ""
    links = []
    for source in sources:
        url, title = (source.url, source.title) if isinstance(source, SourceLink) else (source, None)
        kind = "" if title else ' class="nb-url"'  # a bare address may break anywhere
        dated = source.published if isinstance(source, SourceLink) else None
        when = f', <time datetime="{dated.isoformat()}">{long_date(dated)}</time>' if dated else ""
        links.append(f'<li><a href="{text_html(url)}" rel="noopener nofollow"{kind}>'
                     f"{text_html(title or url)}</a>{when}</li>")
    return (f'<div class="nb-card__sources"><p class="nb-card__label">Sources</p>\n'
            f'<ul class="nb-sources">{"".join(links)}</ul></div>\n')
