"""What the site publishes for sharing: link previews, share images, embeddable claim cards, oEmbed.

:func:`site_sharing` gives each brief, claim and actor page its preview (the
page's ``share`` meta entry), each claim's embed page and oEmbed file, what each
brief's and each claim's share image shows, and what those images cannot draw;
:func:`write_share_images` writes the images into the built site one at a time,
drawn through ``keep``, so a face can keep them between builds
(``generator/caching/share_images.py``) and a claim whose card is unchanged is
not drawn again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from generator.anchoring.assemble import AnchoredClaim, Brief
from generator.atomic_files import write_in_folder
from generator.linking.corpus import Corpus
from generator.linking.remember import Remember, no_cache
from generator.rendering.brief_page import brief_inputs
from generator.rendering.links import Linker, absolute_url, actor_page, brief_page, claim_page
from generator.rendering.prose import prose_text
from generator.rendering.share import (
    EMBED_HEIGHT,
    EMBED_WIDTH,
    IMAGE_HEIGHT,
    IMAGE_WIDTH,
    ClaimEmbed,
    ShareCard,
    actor_share,
    brief_card,
    brief_share,
    brief_share_image,
    claim_card,
    claim_embed,
    claim_oembed,
    claim_share,
    claim_share_image,
    right_to_left,
)
from generator.rendering.share_image import can_shape, draw_card, text_colour_on, uncovered
from generator.rendering.templating import Templates
from generator.settings import Settings

SHARE_IMAGE = "share image"  # the kind of a kept image's key
SHARED_FILES = "shared files"  # the kind of the key of a brief's kept embed pages and oEmbed files


@dataclass(frozen=True)
class SiteSharing:
    """What the site (or one brief of it) publishes for sharing."""

    previews: dict[str, dict[str, Any]]  # each brief, claim and actor page's ``share`` meta entry, by page
    files: dict[str, str]  # each claim's embed page and oEmbed file, by path
    cards: dict[str, ShareCard]  # what each share image shows, by the image's path
    notes: tuple[str, ...]  # what the images cannot show as written, one line each


def site_sharing(corpus: Corpus, settings: Settings, linker: Linker, templates: Templates,
                 language: str = "en", remember: Remember = no_cache) -> SiteSharing:
    """Everything the site publishes for sharing; each brief's part made again through ``remember``
    only when what its page is made from changed.

    The cards are small; an image is drawn (or taken from ``keep``) by :func:`share_image`
    only when it is written, so a build never holds the archive's images at once.
    """
    previews: dict[str, dict[str, Any]] = {}
    files: dict[str, str] = {}
    cards: dict[str, ShareCard] = {}
    notes: list[str] = []
    for brief in corpus.briefs:
        part = remember((SHARED_FILES, brief.stem),
                        (*brief_inputs(brief, corpus, settings, linker, templates), language),
                        partial(_brief_sharing, brief, corpus, settings, linker, templates, language))
        previews.update(part.previews)
        files.update(part.files)
        cards.update(part.cards)
        notes.extend(part.notes)
    previews.update({actor_page(a.id): actor_share(a, corpus, settings, linker).as_meta()
                     for a in corpus.actors.values() if corpus.briefs_of(a.id)})
    return SiteSharing(previews, files, cards, tuple(notes))


def _brief_sharing(brief: Brief, corpus: Corpus, settings: Settings, linker: Linker,
                   templates: Templates, language: str) -> SiteSharing:
    previews = {brief_page(brief.stem): brief_share(brief, settings, linker).as_meta()}
    previews.update({(page := claim_page(brief.stem, c.id)): claim_share(brief, c, corpus, settings, linker,
                                                                         page).as_meta()
                     for c in brief.claims})
    cards = {brief_share_image(brief.stem): brief_card(brief, settings)}
    files: dict[str, str] = {}
    for claim in brief.claims:
        card = cards[claim_share_image(brief.stem, claim.id)] = claim_card(brief, claim, corpus, settings)
        files[claim_embed(brief.stem, claim.id)] = templates.render(
            "briefs/claim_embed.html", embed=_embed(brief, claim, card, settings, linker, language))
        files[claim_oembed(brief.stem, claim.id)] = _json(
            oembed(brief, claim, card, settings, linker, templates))
    return SiteSharing(previews, files, cards, _image_notes(brief.stem, list(cards.values())))


def share_image(card: ShareCard, keep: Remember = no_cache) -> bytes:
    """The card's PNG: kept through ``keep`` under the card's values, else drawn."""
    draw: Callable[[], bytes] = partial(draw_card, card)
    return keep((SHARE_IMAGE, card.plain()), card.plain(), draw)


def write_share_images(cards: dict[str, ShareCard], folder: Path, keep: Remember = no_cache,
                       written: dict[str, ShareCard] | None = None,
                       placed_elsewhere: Callable[[str], bool] | None = None,
                       place: Callable[[Path, bytes], None] = write_in_folder) -> int:
    """Write each card's image under ``folder`` (the built site), one at a time; how many were written.

    ``written``: the cards of the images already in ``folder`` (a preview's earlier round), which
    are not written again while their card and file are unchanged; it is updated.
    ``placed_elsewhere(path)`` is asked before each image: True when another process placed it
    (a build's second process places them from the last one back), and it is skipped.
    ``place(target, bytes)`` puts each image in the site (by default written there; a build links
    it to a kept copy).
    """
    count = 0
    for path, card in cards.items():
        target = folder / path
        if written is not None and written.get(path) == card and target.is_file():
            continue
        if placed_elsewhere is not None and placed_elsewhere(path):
            continue
        place_share_image(folder, cards, keep, place, path)
        count += 1
        if written is not None:
            written[path] = card
    return count


def place_share_image(folder: Path, cards: dict[str, ShareCard], keep: Remember,
                      place: Callable[[Path, bytes], None], path: str) -> None:
    """Put the image of ``cards[path]`` at ``path`` under ``folder`` (the built site) with ``place``."""
    place(folder / path, share_image(cards[path], keep))


def oembed(brief: Brief, claim: AnchoredClaim, card: ShareCard, settings: Settings, linker: Linker,
           templates: Templates) -> dict[str, Any]:
    """The claim's oEmbed response (a ``rich`` type): the frame of its embed page, and its image."""
    src = absolute_url(settings, linker, claim_embed(brief.stem, claim.id))
    title = f"{card.heading}: {claim.claim.claim} ({card.verdict})"
    frame = templates.render("briefs/claim_iframe.html", src=src, title=title, width=EMBED_WIDTH,
                             height=EMBED_HEIGHT).strip()
    return {"version": "1.0", "type": "rich", "title": title, "author_name": card.heading,
            "provider_name": settings.site_name, "provider_url": absolute_url(settings, linker, "index.md"),
            "html": frame, "width": EMBED_WIDTH, "height": EMBED_HEIGHT,
            "thumbnail_url": absolute_url(settings, linker, claim_share_image(brief.stem, claim.id)),
            "thumbnail_width": IMAGE_WIDTH, "thumbnail_height": IMAGE_HEIGHT}


def _image_notes(stem: str, cards: list[ShareCard]) -> tuple[str, ...]:
    """What a brief's share images cannot show as written: characters the shipped font has no glyph
    for (they show as boxes), and right-to-left text where Pillow cannot shape it (no FriBiDi)."""
    notes = []
    text = " ".join(str(leaf) for card in cards for leaf in _flat(card.plain()))
    if found := uncovered(text):
        notes.append(f"{stem}: the share images cannot draw {found!r} (not in the shipped "
                     "font, Vazirmatn: Latin and Arabic script); they show as boxes")
    if not can_shape() and right_to_left(text):
        notes.append(f"{stem}: the share images draw right-to-left text unjoined: Pillow "
                     "finds no FriBiDi here (install libfribidi0)")
    return tuple(notes)


def _flat(values: tuple[Any, ...]) -> list[Any]:
    return [leaf for value in values
            for leaf in (_flat(value) if isinstance(value, tuple) else [value])]


def _embed(brief: Brief, claim: AnchoredClaim, card: ShareCard, settings: Settings, linker: Linker,
           language: str) -> ClaimEmbed:
    return ClaimEmbed(site_name=settings.site_name, speaker=card.heading, quote=card.quote,
                      quote_rtl=right_to_left(card.quote), claim=claim.claim.claim, verdict=card.verdict,
                      colour=card.colour, on_colour=text_colour_on(card.colour),
                      explanation=prose_text(claim.claim.explanation or ""),
                      review_url=absolute_url(settings, linker, claim_page(brief.stem, claim.id)),
                      brief_title=brief.title, lang=language)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"
