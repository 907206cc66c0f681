"""The whole generated site: every page and asset by its path (pure)."""

from __future__ import annotations

from generator.corpus import Corpus
from generator.links import ACTORS, CLAIMS, HOME, VERDICTS, Linker, actor_page, brief_page
from generator.listings import (
    render_actor,
    render_actors_index,
    render_claims_index,
    render_home,
    render_verdict_css,
    render_verdicts,
)
from generator.render import PageContext, render_brief
from generator.settings import Settings

VERDICT_CSS = "assets/stylesheets/verdicts.css"


def render_site(corpus: Corpus, settings: Settings, linker: Linker) -> dict[str, str]:
    """Every generated page and asset, keyed by its path relative to the docs folder."""
    ctx = PageContext(corpus, settings, linker)
    files = {HOME: render_home(ctx), ACTORS: render_actors_index(ctx),
             CLAIMS: render_claims_index(ctx), VERDICTS: render_verdicts(ctx),
             VERDICT_CSS: render_verdict_css(ctx)}
    files.update({brief_page(b.stem): render_brief(b, ctx) for b in corpus.briefs})
    files.update({actor_page(a.id): render_actor(a, ctx) for a in corpus.actors.values()
                  if corpus.briefs_of(a.id)})
    return files
