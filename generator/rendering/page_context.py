"""What every page renderer needs besides its subject: the archive, the settings, links and templates.

Its own module so that the brief page, the cards, the pop-ups and the listings
all take it from below, and none of them imports another for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from generator.anchoring.assemble import Brief
from generator.linking.corpus import Corpus
from generator.linking.remember import Remember, no_cache
from generator.rendering.links import VERDICTS, Linker, actor_page, brief_page
from generator.rendering.templating import Templates, templates_for
from generator.rendering.views import ActorRef, Badge, BriefRef
from generator.rendering.wording import tag_name
from generator.settings import Settings
from generator.translation import Words


class _PageRefs:
    """The actor links and badges made for one page; another page starts afresh."""

    def __init__(self) -> None:
        self.page: str | None = None
        self.actors: dict[str, ActorRef] = {}
        self.badges: dict[str, Badge] = {}
        self.renders: dict[str, int] = {}  # how many times the page rendered each template so far

    def of(self, page: str | None) -> _PageRefs:
        """These refs, emptied first if they were made for another page."""
        if page != self.page:
            self.page, self.actors, self.badges, self.renders = page, {}, {}, {}
        return self


@dataclass(frozen=True)
class PageContext:
    """What every page renderer needs besides its subject."""

    corpus: Corpus
    settings: Settings
    linker: Linker
    # The templates as they are when the pages are rendered: read once, at the start of a build.
    templates: Templates = field(init=False, compare=False)
    # Where a listing's parts are kept from one render to the next (a preview's rounds, or one-off
    # builds on disk): a part is rendered again only when what it shows changed.
    remember_listing: Remember = field(default=no_cache, compare=False, repr=False)
    # The actor links and badges of the page being rendered: a listing names the same actors and
    # verdicts over and over, and each is made once per page (only one page's are kept).
    _on_page: _PageRefs = field(init=False, compare=False, repr=False, default_factory=_PageRefs)

    def __post_init__(self) -> None:
        object.__setattr__(self, "templates", templates_for(self.settings.theme_dir, self.settings.locale))

    @property
    def words(self) -> Words:
        """The site's words in its language (messages, plurals, numbers and dates)."""
        return self.templates.words

    def render_listing(self, page: str, name: str, /, **values: Any) -> str:
        """``templates.render(name, **values)`` for a part of the listing ``page``, kept with
        ``remember_listing`` under the part's place on the page and remade only when the values
        it shows (or a template) changed."""
        renders = self._on_page.of(page).renders
        renders[name] = place = renders.get(name, 0) + 1
        return self.remember_listing(("listing", page, name, place),
                                     (values, self.templates.digest, self.templates.locale),
                                     lambda: self.templates.render(name, **values))

    def actor_ref(self, from_page: str, actor_id: str) -> ActorRef:
        """An actor as linked from ``from_page``, named as the site names the actor; not linked
        (``href`` empty) on the actor's own page."""
        actors = self._on_page.of(from_page).actors
        if (kept := actors.get(actor_id)) is None:
            own = actor_page(actor_id)
            href = "" if from_page == own else self.linker.href(from_page, own)
            kept = actors[actor_id] = ActorRef(self.corpus.actors[actor_id].name, href)
        return kept

    def brief_ref(self, from_page: str, brief: Brief, fragment: str = "") -> BriefRef:
        """A brief as linked from ``from_page``, by its title."""
        return BriefRef(brief.title, self.linker.href(from_page, brief_page(brief.stem), fragment))

    def badge(self, verdict_id: str, from_page: str | None = None) -> Badge:
        """A verdict as a badge; given the page it sits on, linked to its definition on the scale."""
        badges = self._on_page.of(from_page).badges
        if (kept := badges.get(verdict_id)) is None:
            verdict = self.settings.verdict(verdict_id)
            linked = from_page is not None and from_page != VERDICTS
            kept = badges[verdict_id] = Badge(
                verdict_id, verdict.icon, verdict.label,
                self.linker.href(from_page, VERDICTS, verdict_id) if linked and from_page else "")
        return kept

    def tag_names(self, tags: tuple[str, ...]) -> list[str]:
        """Tags under the names readers see: an actor's name for an actor's id."""
        return [tag_name(tag, self._actor_names) for tag in tags]

    @cached_property
    def _actor_names(self) -> dict[str, str]:
        return {actor_id: actor.name for actor_id, actor in self.corpus.actors.items()}
