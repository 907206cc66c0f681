"""The whole generated site: every page, data file and asset by its path (pure)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, MutableMapping
from functools import partial
from typing import Any, TypeVar

from generator.anchoring.assemble import Brief
from generator.errors import Problem
from generator.linking.corpus import Corpus
from generator.linking.remember import Remember, no_cache
from generator.publishing.feed import atom_feed
from generator.publishing.json_ld import page_jsonld
from generator.publishing.open_data import brief_data, data_index, web_annotations
from generator.rendering.brief_page import brief_inputs, render_brief
from generator.rendering.claim_page import render_claim_pages
from generator.rendering.editorial import EDITORIAL_PAGES, render_editorial_pages
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
    render_month_pages,
    render_timeline,
    render_verdict_css,
    render_verdict_pages,
    render_verdicts,
)
from generator.rendering.page_context import PageContext
from generator.settings import Settings
from generator.sidecar.json_schema import (
    PEOPLE_SCHEMA_PATH,
    REGISTRY_SCHEMA_PATH,
    SIDECAR_SCHEMA_PATH,
    people_schema,
    registry_schema,
    schema_text,
    sidecar_schema,
)

VERDICT_CSS = "assets/stylesheets/verdicts.css"
# The kind of the cache key of a brief's rendered files: the last entry a build makes for a brief.
BRIEF_FILES = "brief files"
_File = TypeVar("_File")  # a file's text, or where it is stored


def render_site(corpus: Corpus, settings: Settings, linker: Linker, remember: Remember = no_cache,
                files: MutableMapping[str, str] | None = None,
                remember_listing: Remember = no_cache) -> MutableMapping[str, str]:
    """Every generated page and file, keyed by its path relative to the docs folder.

    A brief's files are ``remember``-ed by what they show: the brief, its actors,
    the settings and the link style. Listings are put together every time, but
    each of their parts (a card list, a header) is ``remember_listing``-ed by
    what it shows (a preview keeps them in memory between rounds, a one-off build
    on disk). Each file is set in ``files`` as soon as it is rendered (a store on
    disk keeps no copy).
    """
    ctx = PageContext(corpus, settings, linker, remember_listing)
    files = {} if files is None else files
    files.update({HOME: render_home(ctx), ACTORS: render_actors_index(ctx),
             CLAIMS: render_claims_index(ctx), VERDICTS: render_verdicts(ctx),
             TIMELINE: render_timeline(ctx), DATA: render_data_page(ctx),
             VERDICT_CSS: render_verdict_css(ctx),
             DATA_INDEX: _json(data_index(corpus, settings, linker)),
             FEED: atom_feed(corpus, settings, linker, settings.site_name),
             **schema_files(settings)})
    files.update(render_verdict_pages(ctx))
    files.update(render_month_pages(ctx))
    files.update(render_editorial_pages(ctx))
    files.update(render_drafts(ctx))
    render_briefs(ctx, remember, files)
    files.update({actor_page(a.id): render_actor(a, ctx) for a in corpus.actors.values()
                  if corpus.briefs_of(a.id)})
    return files


def without_hand_written(files: Mapping[str, _File], hand_written: Callable[[str], bool]) -> dict[str, _File]:
    """The generated files less the editorial pages the newsroom wrote itself in its docs folder."""
    return {path: text for path, text in files.items()
            if not (path in EDITORIAL_PAGES and hand_written(path))}


def site_jsonld(corpus: Corpus, settings: Settings, linker: Linker,
                remember: Remember = no_cache) -> dict[str, str]:
    """Each brief and claim page's JSON-LD by page path, or none when structured data is switched off."""
    return page_jsonld(corpus, settings, linker, remember) if settings.structured_data else {}


def structured_data_problem(settings: Settings, config_file: str) -> Problem | None:
    """Why the structured data cannot be published as configured, or None."""
    if not settings.structured_data or settings.site_url:
        return None
    return Problem(config_file, 0, 0, "the ClaimReview structured data needs absolute URLs",
                   field="site_url", hint="set `site_url:` in mkdocs.yml to the site's address (e.g. "
                   "https://briefs.example.org/), or set `structured_data: false` under the briefs "
                   "plugin")


def schema_files(settings: Settings) -> dict[str, str]:
    """The sidecar and registry schemas, published so editors can fetch them by URL."""
    return {SIDECAR_SCHEMA_PATH: schema_text(sidecar_schema(settings.verdict_ids)),
            REGISTRY_SCHEMA_PATH: schema_text(registry_schema()),
            PEOPLE_SCHEMA_PATH: schema_text(people_schema())}


def render_drafts(ctx: PageContext) -> dict[str, str]:
    """The pages of the drafts and of their claims, in previews only: no listing, feed or data file
    names a draft."""
    if not ctx.settings.show_drafts:
        return {}
    pages: dict[str, str] = {}
    for draft in ctx.corpus.drafts:
        pages[brief_page(draft.stem)] = render_brief(draft, ctx)
        pages.update(render_claim_pages(draft, ctx))
    return pages


def render_briefs(ctx: PageContext, remember: Remember = no_cache,
                  files: MutableMapping[str, str] | None = None) -> MutableMapping[str, str]:
    """The page, claim pages, data and annotations of every brief in ``ctx.corpus``, by path (set in
    ``files``): kept and made again together, so a claim's page changes with its brief."""
    files = {} if files is None else files
    for brief in ctx.corpus.briefs:
        files.update(remember((BRIEF_FILES, brief.stem),
                              brief_inputs(brief, ctx.corpus, ctx.settings, ctx.linker, ctx.templates),
                              partial(_brief_files, brief, ctx)))
    return files


def _brief_files(brief: Brief, ctx: PageContext) -> dict[str, str]:
    url = absolute_url(ctx.settings, ctx.linker, brief_page(brief.stem))
    return {brief_page(brief.stem): render_brief(brief, ctx),
            **render_claim_pages(brief, ctx),
            data_file(brief.stem): _json(brief_data(brief, ctx.corpus, url, ctx.settings)),
            annotations_file(brief.stem): _json(web_annotations(brief, url, ctx.settings))}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
