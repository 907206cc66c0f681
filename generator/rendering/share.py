"""What a shared link shows: each page's preview (Open Graph, Twitter) and the card drawn for it.

A page's preview is one :class:`ShareMeta`, handed to the theme as the page's
``share`` meta entry (``theme_overrides/main.html`` prints the tags). A share
image is drawn from a :class:`ShareCard`: plain text and colours only, so the
card is also the key under which a drawn image is kept.

Everything a claim shares sits under its folder, ``briefs/<stem>/<claim-id>/``
(the claim's own page lives there too): ``share.png``, ``embed.html`` (the card
for an ``<iframe>``) and ``oembed.json``. A brief's image is ``briefs/<stem>/share.png``.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from typing import Any

from generator.anchoring.assemble import AnchoredClaim, Brief
from generator.linking.corpus import Corpus, ResolvedActor
from generator.rendering.links import Linker, absolute_url, actor_page, brief_page
from generator.rendering.prose import prose_text
from generator.rendering.wording import count, quotation_marks
from generator.settings import Settings

IMAGE_WIDTH, IMAGE_HEIGHT = 1200, 630  # the size Open Graph and Twitter's large card expect
EMBED_WIDTH, EMBED_HEIGHT = 560, 400  # the embedded card's frame, as the oEmbed file states it
_DESCRIPTION_LENGTH = 200  # previews cut longer descriptions anyway


def claim_folder(stem: str, claim_id: str) -> str:
    """The folder of everything one claim publishes: its page, share image, embed and oEmbed file."""
    return f"briefs/{stem}/{claim_id}"


def brief_share_image(stem: str) -> str:
    """The path of a brief's share image."""
    return f"briefs/{stem}/share.png"


def claim_share_image(stem: str, claim_id: str) -> str:
    """The path of a claim's share image."""
    return f"{claim_folder(stem, claim_id)}/share.png"


def claim_embed(stem: str, claim_id: str) -> str:
    """The path of a claim's embeddable card, a whole HTML page for an ``<iframe>``."""
    return f"{claim_folder(stem, claim_id)}/embed.html"


def claim_oembed(stem: str, claim_id: str) -> str:
    """The path of a claim's oEmbed file, which points to its embeddable card."""
    return f"{claim_folder(stem, claim_id)}/oembed.json"


@dataclass(frozen=True)
class ShareMeta:
    """A page's link preview: what Open Graph and Twitter show when its address is shared.

    ``image`` is empty for a page with no card of its own (an actor); ``oembed``
    is the address of the page's oEmbed file, or empty.
    """

    title: str
    description: str
    url: str
    type: str  # og:type: article for a brief or claim, profile for a person, website otherwise
    site_name: str
    image: str = ""
    image_alt: str = ""
    oembed: str = ""

    def as_meta(self) -> dict[str, Any]:
        """The page meta entry the theme reads (``page.meta.share``), image size included."""
        meta: dict[str, Any] = {key: value for key, value in dataclasses.asdict(self).items() if value}
        if self.image:
            meta.update(image_width=IMAGE_WIDTH, image_height=IMAGE_HEIGHT, image_type="image/png")
        return meta


@dataclass(frozen=True)
class VerdictCount:
    """One verdict of a brief's mix on its card: how many of its claims have it."""

    label: str
    colour: str
    count: int


@dataclass(frozen=True)
class ShareCard:
    """Everything a share image shows, as plain values (the key its drawing is kept under).

    A claim's card: the speaker (``heading``), the quote and the verdict. A brief's:
    its title (``heading``), the outlet and date (``byline``) and the verdict mix.
    """

    site_name: str
    heading: str
    quote: str = ""
    verdict: str = ""
    colour: str = ""
    byline: str = ""
    mix: tuple[VerdictCount, ...] = ()

    def plain(self) -> tuple[Any, ...]:
        """The card as nested tuples of text and numbers."""
        return dataclasses.astuple(self)


@dataclass(frozen=True)
class ClaimEmbed:
    """What ``briefs/claim_embed.html`` shows of a claim."""

    site_name: str
    speaker: str
    quote: str
    quote_rtl: bool
    claim: str
    verdict: str
    colour: str
    on_colour: str
    explanation: str
    review_url: str
    brief_title: str
    lang: str


def right_to_left(text: str) -> bool:
    """Whether the text's first strongly directed character is written right to left."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def claim_card(brief: Brief, claim: AnchoredClaim, corpus: Corpus, settings: Settings) -> ShareCard:
    """The share image of one claim: who said it, the words, the verdict."""
    verdict = settings.verdict(claim.verdict)
    return ShareCard(site_name=settings.site_name, heading=corpus.actors[claim.claim.by].name,
                     quote=_quoted(claim, brief, settings), verdict=verdict.label, colour=verdict.colour)


def brief_card(brief: Brief, settings: Settings) -> ShareCard:
    """The share image of a brief: its title, the outlet and date, the mix of its verdicts."""
    return ShareCard(site_name=settings.site_name, heading=brief.title, byline=_byline(brief, settings),
                     mix=verdict_mix(brief, settings))


def verdict_mix(brief: Brief, settings: Settings) -> tuple[VerdictCount, ...]:
    """How many of the brief's claims have each verdict, in scale order."""
    mix = settings.tally(claim.verdict for claim in brief.claims)
    return tuple(VerdictCount(verdict.label, verdict.colour, n) for verdict, n in mix)


def brief_share(brief: Brief, settings: Settings, linker: Linker) -> ShareMeta:
    """The preview of a brief's page."""
    words = settings.words
    mix = words.gettext(", ").join(f"{words.number(m.count)} {m.label.lower()}"
                                   for m in verdict_mix(brief, settings))
    byline = _byline(brief, settings)
    return ShareMeta(title=brief.title, description=_shortened(prose_text(brief.sidecar.summary)),
                     url=absolute_url(settings, linker, brief_page(brief.stem)), type="article",
                     site_name=settings.site_name,
                     image=absolute_url(settings, linker, brief_share_image(brief.stem)),
                     image_alt=words.gettext("%(title)s. %(byline)s. Verdicts: %(mix)s.", title=brief.title,
                                             byline=byline, mix=mix) if mix
                     else words.gettext("%(title)s. %(byline)s.", title=brief.title, byline=byline))


def claim_share(brief: Brief, claim: AnchoredClaim, corpus: Corpus, settings: Settings, linker: Linker,
                page: str) -> ShareMeta:
    """The preview of a claim's own page (``page``: its Markdown source path)."""
    speaker = corpus.actors[claim.claim.by].name
    verdict = settings.verdict(claim.verdict).label
    explanation = prose_text(claim.claim.explanation or "")
    return ShareMeta(title=f"{speaker}: {claim.claim.claim}",
                     description=_shortened(f"{verdict}. {explanation}".strip()),
                     url=absolute_url(settings, linker, page), type="article", site_name=settings.site_name,
                     image=absolute_url(settings, linker, claim_share_image(brief.stem, claim.id)),
                     image_alt=settings.words.gettext("%(speaker)s: %(quote)s Verdict: %(verdict)s.",
                                                      speaker=speaker, quote=_quoted(claim, brief, settings),
                                                      verdict=verdict),
                     oembed=absolute_url(settings, linker, claim_oembed(brief.stem, claim.id)))


def actor_share(actor: ResolvedActor, corpus: Corpus, settings: Settings, linker: Linker) -> ShareMeta:
    """The preview of an actor's page: who they are, and how many claims by them the site reviews."""
    said, briefs = len(corpus.claims_by(actor.id)), len(corpus.briefs_of(actor.id))
    words = settings.words
    in_briefs = count(briefs, "brief", words)
    counted = (words.ngettext("%(num)s claim by %(actor)s in %(briefs)s, with their verdicts and sources.",
                              "%(num)s claims by %(actor)s in %(briefs)s, with their verdicts and sources.",
                              said, actor=actor.name, briefs=in_briefs)
               if said else words.gettext("Named in %(briefs)s.", briefs=in_briefs))
    return ShareMeta(title=actor.name, description=_shortened(" ".join(filter(None, (
                         actor.description, counted)))),
                     url=absolute_url(settings, linker, actor_page(actor.id)),
                     type="profile" if actor.kind == "person" else "website", site_name=settings.site_name)


def _quoted(claim: AnchoredClaim, brief: Brief, settings: Settings) -> str:
    """The claim's words as a card shows them: in quotation marks (the site language's, or « » for
    right-to-left words), unless reported speech."""
    words = " ".join(claim.words(brief.text).split())
    if claim.claim.paraphrase:
        return words
    if right_to_left(words):
        return f"«{words}»"
    before, after = quotation_marks(settings.words)
    return f"{before}{words}{after}"


def _byline(brief: Brief, settings: Settings) -> str:
    published = brief.sidecar.source.published
    if not published:
        return brief.sidecar.source.outlet
    return settings.words.gettext("%(outlet)s, %(date)s", outlet=brief.sidecar.source.outlet,
                                  date=settings.words.date(published))


def _shortened(text: str) -> str:
    if len(text) <= _DESCRIPTION_LENGTH:
        return text
    return text[:_DESCRIPTION_LENGTH].rsplit(" ", 1)[0].rstrip(",;:") + "…"
