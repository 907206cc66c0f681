"""Cross-brief pages: home, actors, claims by verdict, the verdict scale (pure)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

from generator.anchoring.assemble import AnchoredClaim, Brief
from generator.linking.corpus import ResolvedActor
from generator.rendering.archive import Month, by_month, month_index, month_pager
from generator.rendering.charts import Bar, time_axis, verdict_chart
from generator.rendering.claim_cards import claim_cards
from generator.rendering.front_matter import front_matter
from generator.rendering.links import (
    ACTORS,
    CLAIMS,
    DATA,
    DATA_INDEX,
    FEED,
    HOME,
    TIMELINE,
    actor_page,
    annotations_file,
    briefs_month_page,
    claims_month_page,
    data_file,
    timeline_month_page,
    verdict_page,
)
from generator.rendering.page_context import PageContext
from generator.rendering.prose import heading_text, text_html
from generator.rendering.views import ActorProfile, Badge, BriefItem
from generator.rendering.wording import count, heading
from generator.settings import BEST_RATING, UNRATED, WORST_RATING
from generator.translation import N_

Item = TypeVar("Item")


def render_home(ctx: PageContext) -> str:
    """The home page: the newest briefs, and the briefs of every month when they are too many."""
    briefs = ctx.corpus.briefs
    shown = briefs[:ctx.settings.listing_size]
    words = ctx.words
    parts = [front_matter({"title": words.gettext("News briefs")}), f"# {words.gettext('News briefs')}\n",
             words.gettext("Annotated news articles: who said what, how it holds up, and what the article "
                           "got wrong.") + "\n", _brief_list(ctx, HOME, shown)]
    if len(shown) < len(briefs):
        parts += ["## " + words.gettext("All %(briefs)s by month",
                                        briefs=count(len(briefs), "brief", words)) + "\n",
                  month_index(ctx, HOME, _briefs_by_month(ctx), _briefs_month, "brief",
                              words.gettext("Briefs by month"))]
    return "\n".join(parts)


def _brief_list(ctx: PageContext, page: str, briefs: Sequence[Brief]) -> str:
    return ctx.render_listing(page, "briefs/brief_list.html", briefs=[
        BriefItem(ctx.brief_ref(page, b), b.sidecar.source.outlet, b.published, len(b.claims), len(b.notes),
                  b.sidecar.summary, verdict_mix(ctx, b)) for b in briefs])


def verdict_mix(ctx: PageContext, brief: Brief) -> tuple[tuple[Badge, int], ...]:
    """How many of the brief's claims got each verdict, in the order of the scale (none left out
    but those no claim got)."""
    return tuple((ctx.badge(v.id), n) for v, n in ctx.settings.tally(c.verdict for c in brief.claims))


def _briefs_month(month: Month) -> str:
    return briefs_month_page(month.key)


def _claims_month(month: Month) -> str:
    return claims_month_page(month.key)


def _timeline_month(month: Month) -> str:
    return timeline_month_page(month.key)


def _briefs_by_month(ctx: PageContext) -> dict[Month, list[Brief]]:
    return by_month(ctx.corpus.briefs, lambda b: b.published, ctx.settings.locale)


def _claims_by_month(ctx: PageContext) -> dict[Month, list[tuple[Brief, AnchoredClaim]]]:
    return by_month([(b, c) for b in ctx.corpus.briefs for c in b.claims], lambda row: row[0].published,
                    ctx.settings.locale)


def render_month_pages(ctx: PageContext) -> dict[str, str]:
    """The pages per month of every listing too long for one page, by path."""
    pages: dict[str, str] = {}
    size, words = ctx.settings.listing_size, ctx.words
    if len(ctx.corpus.briefs) > size:
        pages.update(_month_pages(ctx, _briefs_by_month(ctx), _briefs_month,
                                  partial(words.gettext, N_("Briefs of %(month)s")), HOME,
                                  words.gettext("All briefs"), _brief_list))
        pages.update(_month_pages(ctx, by_month(_by_event_date(ctx.corpus.briefs), _event_date,
                                                ctx.settings.locale),
                                  _timeline_month, partial(words.gettext, N_("Timeline: %(month)s")),
                                  TIMELINE,
                                  words.gettext("Timeline"), _timeline_list))
    if sum(len(b.claims) for b in ctx.corpus.briefs) > size:
        pages.update(_month_pages(
            ctx, _claims_by_month(ctx), _claims_month, partial(words.gettext, N_("Claims of %(month)s")),
            CLAIMS,
            words.gettext("All claims"),
            lambda ctx, page, rows: _verdict_sections(ctx, page, _grouped_by_verdict(ctx, rows)),
            intro=partial(words.gettext, N_("The claims of the briefs published in %(month)s, by verdict."))))
    return pages


def _month_pages(ctx: PageContext, months: dict[Month, list[Item]], page_of: Callable[[Month], str],
                 title: Callable[..., str], index_page: str, index_name: str,
                 listing: Callable[[PageContext, str, list[Item]], str],
                 intro: Callable[..., str] | None = None) -> dict[str, str]:
    """A page per month: its title, links to the months around it and the listing, its items.
    ``title`` and ``intro`` put the month's name in words (``month=``)."""
    pages = {}
    for month, held in months.items():
        page = page_of(month)
        pages[page] = "\n".join([
            front_matter({"title": title(month=month.name)}), f"# {title(month=month.name)}\n",
            intro(month=month.name) + "\n" if intro else "",
            month_pager(ctx, list(months), page_of, index_page, index_name, month),
            listing(ctx, page, held)])
    return pages


def _verdict_chart(ctx: PageContext, page: str, chart_id: str, title: str,
                   rows: list[tuple[Brief, AnchoredClaim]]) -> str:
    """How many of these claims got each verdict, in the order of the scale."""
    tally: dict[str, int] = {}
    for _, claim in rows:
        tally[claim.verdict] = tally.get(claim.verdict, 0) + 1
    return verdict_chart(chart_id, title, [Bar(v.id, v.label, tally.get(v.id, 0))
                                           for v in ctx.settings.verdicts], partial(ctx.render_listing, page))


def render_actor(actor: ResolvedActor, ctx: PageContext) -> str:
    """One actor across all briefs: profile, briefs, claims by and about (each section only when it
    has claims)."""
    page = actor_page(actor.id)
    member_of = (ctx.actor_ref(page, actor.member_of)
                 if actor.member_of and actor.member_of in ctx.corpus.actors else None)
    profile = ActorProfile(actor.name, actor.kind, actor.description or "", member_of, tuple(actor.aliases),
                           actor.wikidata or "")
    made, about = ctx.corpus.claims_by(actor.id), ctx.corpus.claims_about(actor.id)
    briefs = [(ctx.brief_ref(page, b), ctx.corpus.roles.get((b.stem, actor.id)) or "")
              for b in ctx.corpus.briefs_of(actor.id)]
    parts = [front_matter({"title": actor.name, "description": actor.description or actor.name}),
             ctx.render_listing(page, "briefs/actor_header.html", actor=profile),
             heading(ctx.words, "Briefs"),
             ctx.render_listing(page, "briefs/actor_briefs.html", briefs=briefs)]
    # A section with no claims is left out: "Claims about: None." tells a reader nothing.
    if made:
        made_title = ctx.words.gettext("Verdicts on claims made by %(actor)s", actor=actor.name)
        parts += [heading(ctx.words, "Claims made"),
                  _verdict_chart(ctx, page, "verdicts-made", made_title, made),
                  claim_cards(ctx, page, made)]
    if about:
        about_title = ctx.words.gettext("Verdicts on claims about %(actor)s", actor=actor.name)
        parts += [heading(ctx.words, "Claims about"),
                  _verdict_chart(ctx, page, "verdicts-about", about_title, about),
                  claim_cards(ctx, page, about)]
    return "\n".join(parts)


def render_actors_index(ctx: PageContext) -> str:
    """Every actor, by name, with the number of briefs involving it."""
    actors = sorted((a for a in ctx.corpus.actors.values() if ctx.corpus.briefs_of(a.id)),
                    key=lambda a: a.name.casefold())
    title = ctx.words.gettext("Actors")
    return (front_matter({"title": title}) + f"# {title}\n\n" + ctx.templates.render(
        "briefs/actor_list.html",
        actors=[(ctx.actor_ref(ACTORS, a.id), a.kind, len(ctx.corpus.briefs_of(a.id))) for a in actors]))


def render_claims_index(ctx: PageContext) -> str:
    """Every claim grouped by verdict with a filter per verdict, or its months when they are too many."""
    groups = _claims_by_verdict(ctx)
    every = [row for group in groups.values() for row in group]
    words = ctx.words
    parts = [front_matter({"title": words.gettext("Claims by verdict")}),
             f"# {words.gettext('Claims by verdict')}\n",
             _verdict_chart(ctx, CLAIMS, "verdicts-all", words.gettext("Verdicts on all claims"), every),
             _verdict_filter(ctx, groups, CLAIMS, None)]
    if len(every) <= ctx.settings.listing_size:
        parts.append(_verdict_sections(ctx, CLAIMS, groups))
    else:
        parts += ["## " + words.gettext("All %(claims)s by month",
                                        claims=count(len(every), "claim", words)) + "\n",
                  month_index(ctx, CLAIMS, _claims_by_month(ctx), _claims_month, "claim",
                              words.gettext("Claims by month"))]
    return "\n".join(parts)


def _verdict_sections(ctx: PageContext, page: str,
                      groups: dict[str, list[tuple[Brief, AnchoredClaim]]]) -> str:
    parts = []
    for verdict_id, group in groups.items():
        parts.append(f"## {heading_text(ctx.settings.verdict(verdict_id).label)} {{ #{verdict_id} }}\n")
        parts.append(claim_cards(ctx, page, group))
    return "\n".join(parts)


def render_verdict_pages(ctx: PageContext) -> dict[str, str]:
    """One page per verdict that has claims: the newest claims with that verdict, then its months."""
    pages = {}
    groups = _claims_by_verdict(ctx)
    size = ctx.settings.listing_size
    for verdict_id, group in groups.items():
        page = verdict_page(verdict_id)
        label, words = ctx.settings.verdict(verdict_id).label, ctx.words
        title = words.gettext("Claims rated %(verdict)s", verdict=label)
        parts = [front_matter({"title": title}),
                 ctx.templates.render("briefs/page_title.html", title=title),
                 _verdict_filter(ctx, groups, page, verdict_id),
                 claim_cards(ctx, page, group[:size])]
        if len(group) > size:
            months = by_month(group, lambda row: row[0].published, ctx.settings.locale)
            parts += ["## " + words.gettext("All %(claims)s rated %(verdict)s, by month",
                                    claims=count(len(group), "claim", words),
                                    verdict=text_html(label)) + "\n",
                      month_index(ctx, page, months, _claims_month, "claim",
                                  words.gettext("Claims rated %(verdict)s by month", verdict=label),
                                  fragment=verdict_id)]
        pages[page] = "\n".join(parts)
    return pages


def _claims_by_verdict(ctx: PageContext) -> dict[str, list[tuple[Brief, AnchoredClaim]]]:
    return _grouped_by_verdict(ctx, [(b, c) for b in ctx.corpus.briefs for c in b.claims])


def _grouped_by_verdict(ctx: PageContext, rows: list[tuple[Brief, AnchoredClaim]],
                        ) -> dict[str, list[tuple[Brief, AnchoredClaim]]]:
    groups: dict[str, list[tuple[Brief, AnchoredClaim]]] = {v: [] for v in ctx.settings.verdict_ids}
    for brief, claim in rows:
        groups[claim.verdict].append((brief, claim))
    return {verdict_id: group for verdict_id, group in groups.items() if group}


def _verdict_filter(ctx: PageContext, groups: dict[str, list[tuple[Brief, AnchoredClaim]]], page: str,
                    current: str | None) -> str:
    """Links that show all claims or only those of one verdict; the current one is marked."""
    total = sum(len(g) for g in groups.values())
    words = ctx.words
    links = [(words.gettext("All (%(count)s)", count=words.number(total)), ctx.linker.href(page, CLAIMS),
              current is None)]
    links += [(words.gettext("%(verdict)s (%(count)s)", verdict=ctx.settings.verdict(v).label,
                             count=words.number(len(g))),
               ctx.linker.href(page, verdict_page(v)), current == v) for v, g in groups.items()]
    return ctx.templates.render("briefs/verdict_filter.html", links=links)


def _event_date(brief: Brief) -> dt.date:
    event = brief.sidecar.event
    return event.date if event and event.date else brief.published


def _by_event_date(briefs: Sequence[Brief]) -> list[Brief]:
    return sorted(briefs, key=lambda b: (_event_date(b), b.stem), reverse=True)


def render_timeline(ctx: PageContext) -> str:
    """Briefs by the date of the event they report (publication date when none is given)."""
    ordered = _by_event_date(ctx.corpus.briefs)
    shown = ordered[:ctx.settings.listing_size]
    words = ctx.words
    parts = [front_matter({"title": words.gettext("Timeline")}), f"# {words.gettext('Timeline')}\n",
             words.gettext("Briefs by the date of the events they report, newest first.") + "\n",
             time_axis([_event_date(b) for b in ordered], ctx.templates),
             _timeline_list(ctx, TIMELINE, shown)]
    if len(shown) < len(ordered):
        parts += [heading(words, "Every month"),
                  month_index(ctx, TIMELINE, by_month(ordered, _event_date, ctx.settings.locale),
                              _timeline_month, "brief", words.gettext("Timeline by month"))]
    return "\n".join(parts)


def _timeline_list(ctx: PageContext, page: str, ordered: Sequence[Brief]) -> str:
    months = [(month.name, [(_event_date(b), (b.sidecar.event.place or "") if b.sidecar.event else "",
                             ctx.brief_ref(page, b)) for b in briefs])
              for month, briefs in by_month(ordered, _event_date, ctx.settings.locale).items()]
    return ctx.render_listing(page, "briefs/timeline.html", months=months)


def render_data_page(ctx: PageContext) -> str:
    """Where the open data lives and how to read its offsets."""
    briefs = ctx.corpus.briefs
    shown = briefs[:ctx.settings.listing_size]
    rows = ctx.templates.render("briefs/data_list.html", briefs=[
        (ctx.brief_ref(DATA, b), ctx.linker.href(DATA, data_file(b.stem)),
         ctx.linker.href(DATA, annotations_file(b.stem))) for b in shown])
    words = ctx.words
    newest = (words.gettext("The newest %(shown)s of %(briefs)s; `%(index)s` lists every one, and each "
                            "brief's page links its own files.", shown=words.number(len(shown)),
                            briefs=count(len(briefs), "brief", words), index=DATA_INDEX) + "\n\n"
              if len(shown) < len(briefs) else "")
    title = words.gettext("Open data")
    return (front_matter({"title": title}) + f"# {title}\n\n"
            + words.gettext("Every brief is published as data as well as a page.") + "\n\n"
            + words.gettext("- [`%(index)s`](%(index)s): every brief with the addresses of its page and "
                            "files.", index=DATA_INDEX) + "\n"
            + words.gettext("- `data/briefs/<id>.json`: the brief's source, actors, claims (with verdicts "
                            "and sources), notes and the published article text.") + "\n"
            + words.gettext("- `data/briefs/<id>.annotations.jsonld`: the claims and notes as a "
                            "[W3C Web Annotation](https://www.w3.org/TR/annotation-model/) collection, "
                            "each with a `TextQuoteSelector` and a `TextPositionSelector`.") + "\n"
            + words.gettext("- [`%(feed)s`](%(feed)s): an Atom feed of the newest briefs.",
                            feed=FEED) + "\n\n"
            + _licence_paragraph(ctx)
            + heading(words, "Offsets") + "\n"
            + words.gettext(
                "`start` and `end` count **Unicode code points** (not bytes, not UTF-16 units) into "
                "the brief's `text`, the article as published: the captured article without its "
                "omitted lines (for a brief published as excerpts, only its annotated passages, "
                "joined by `[…]`; its `publish` says which). In Python `text[start:end]` is the "
                "quote; in JavaScript use `Array.from(text).slice(start, end).join(\"\")`. A claim "
                "quoted in several pieces lists each in `pieces` with its own `start` and `end`; its "
                "`quote` joins them with \" … \" and its `start` and `end` are those of the first piece.")
            + "\n\n" + heading(words, "Briefs") + "\n" + newest + rows)


def _licence_paragraph(ctx: PageContext) -> str:
    """What the data's licence covers, and that the article texts are not ours to license."""
    licence = ctx.settings.data_licence
    name = (f'<a href="{text_html(licence.url)}" rel="license">{text_html(licence.name)}</a>'
            if licence.url else text_html(licence.name))
    publisher = text_html(ctx.settings.review_author)
    return (heading(ctx.words, "Licence") + "\n" + ctx.words.gettext(
        "Our annotations (summaries, claims, verdicts, explanations, notes and sources) are "
        "published under %(licence)s: reuse them, saying they come from %(publisher)s. "
        "The article texts and the quotations from them are not under this licence: each stays "
        "its publisher's, and a brief republishes an article in full only where its rights "
        "statement says it may. The index and each brief's JSON say the same in `license`.",
        licence=name, publisher=publisher) + "\n\n")


def render_verdicts(ctx: PageContext) -> str:
    """The verdict scale explained: each step with its rating and definition ("Unrated" only when
    unrated claims are published)."""
    steps = [(ctx.badge(v.id), v.rating, v.description) for v in ctx.settings.verdicts
             if v.id != UNRATED or ctx.settings.allow_unrated]
    items = ctx.templates.render("briefs/verdict_scale.html", verdicts=steps)
    words = ctx.words
    title = words.gettext("Verdict scale")
    return (front_matter({"title": title}) + f"# {title}\n\n" + words.gettext(
        "Each claim gets one verdict, with an explanation and sources. The rating is the number "
        "our structured data gives the verdict, from %(best)s (best) to %(worst)s (worst); "
        "a verdict without one does not rate the claim's truth.", best=words.number(BEST_RATING),
        worst=words.number(WORST_RATING)) + "\n\n" + items)


def render_verdict_css(ctx: PageContext) -> str:
    """Badge, highlight, card and chart colours of the configured scale."""
    rules = [
        f".nb-verdict--{v.id}{{--nb-verdict:{v.colour}}}\n"
        f".nb-claim--{v.id},.nb-card--{v.id},.nb-chart__bar--{v.id}{{--nb-verdict:{v.colour}}}"
        for v in ctx.settings.verdicts
    ]
    return "\n".join(rules) + "\n"

