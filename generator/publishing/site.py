"""The whole generated site: every page, data file and asset by its path (pure)."""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from generator.anchoring.assemble import Brief
from generator.linking.corpus import Corpus
from generator.linking.rebuild_cache import Remember, no_cache
from generator.publishing.feed import atom_feed
from generator.publishing.open_data import brief_data, data_index, web_annotations
from generator.rendering.brief_page import PageContext, brief_inputs, render_brief
from generator.rendering.editorial import render_editorial_pages
from generator.rendering.links import (
    ACTORS,
    CLAIMS,
    DATA,
    DATA_INDEX,
    FEED,
    HOME,
    TIMELINE,
    VERDICTS,
    Linker,
    absolute_url,
    actor_page,
    annotations_file,
    brief_page,
    data_file,
)
from generator.rendering.listings import (
    render_actor,
    render_actors_index,
    render_claims_index,
    render_data_page,
    render_home,
    render_timeline,
    render_verdict_css,
    render_verdict_pages,
    render_verdicts,
)
from generator.settings import Settings
from generator.sidecar.json_schema import (
    REGISTRY_SCHEMA_PATH,
    SIDECAR_SCHEMA_PATH,
    registry_schema,
    schema_text,
    sidecar_schema,
)

VERDICT_CSS = "assets/stylesheets/verdicts.css"


def render_site(corpus: Corpus, settings: Settings, linker: Linker,
                remember: Remember = no_cache) -> dict[str, str]:
    """Every generated page and file, keyed by its path relative to the docs folder.

    A brief's files are ``remember``-ed by what they show: the brief, its actors,
    the settings and the link style; listings are rendered every time.
    """
    ctx = PageContext(corpus, settings, linker)
    files = {HOME: render_home(ctx), ACTORS: render_actors_index(ctx),
             CLAIMS: render_claims_index(ctx), VERDICTS: render_verdicts(ctx),
             TIMELINE: render_timeline(ctx), DATA: render_data_page(ctx),
             VERDICT_CSS: render_verdict_css(ctx),
             DATA_INDEX: _json(data_index(corpus, settings, linker)),
             FEED: atom_feed(corpus, settings, linker, settings.site_name),
             **schema_files(settings)}
    files.update(render_verdict_pages(ctx))
    files.update(render_editorial_pages(ctx))
    if settings.show_drafts:
        # Previews only: no listing, feed or data file names a draft.
        files.update({brief_page(d.stem): render_brief(d, ctx) for d in corpus.drafts})
    for brief in corpus.briefs:
        files.update(remember(("brief files", brief.stem), brief_inputs(brief, corpus, settings, linker),
                              partial(_brief_files, brief, ctx)))
    files.update({actor_page(a.id): render_actor(a, ctx) for a in corpus.actors.values()
                  if corpus.briefs_of(a.id)})
    return files


def schema_files(settings: Settings) -> dict[str, str]:
    """The sidecar and registry schemas, published so editors can fetch them by URL."""
    return {SIDECAR_SCHEMA_PATH: schema_text(sidecar_schema(settings)),
            REGISTRY_SCHEMA_PATH: schema_text(registry_schema())}


def _brief_files(brief: Brief, ctx: PageContext) -> dict[str, str]:
    url = absolute_url(ctx.settings, ctx.linker, brief_page(brief.stem))
    return {brief_page(brief.stem): render_brief(brief, ctx),
            data_file(brief.stem): _json(brief_data(brief, ctx.corpus, url)),
            annotations_file(brief.stem): _json(web_annotations(brief, url, ctx.settings))}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
