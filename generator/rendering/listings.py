"""Cross-brief pages: home, actors, claims by verdict, the verdict scale (pure)."""

from __future__ import annotations

import datetime as dt

from generator.anchoring.assemble import AnchoredClaim, Brief
from generator.linking.corpus import ResolvedActor
from generator.rendering.brief_page import PageContext, front_matter
from generator.rendering.charts import Bar, time_axis, verdict_chart
from generator.rendering.claim_cards import claim_cards
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
    data_file,
    verdict_page,
)
from generator.rendering.prose import heading_text, prose_html, text_html
from generator.rendering.wording import count, long_date


def render_home(ctx: PageContext) -> str:
    """The home page: every brief, newest first."""
    items = []
    for brief in ctx.corpus.briefs:
        source = brief.sidecar.source
        items.append(
            f'<li class="nb-brief-item"><p class="nb-brief-title">{ctx.brief_link(HOME, brief)}</p>'
            f'<p class="nb-source">{text_html(source.outlet)} · <time datetime="'
            f'{brief.published.isoformat()}">{long_date(brief.published)}</time> · '
            f"{count(len(brief.claims), 'claim')}, {count(len(brief.notes), 'note')}</p>"
            f"{prose_html(brief.sidecar.summary)}</li>")
    listing = "\n".join(items) or "<li>No briefs yet.</li>"
    return (front_matter({"title": "News briefs"}) + "# News briefs\n\n"
            "Annotated news articles: who said what, how it holds up, and what the article "
            "got wrong.\n\n"
            f'<ul class="nb-brief-list">\n{listing}\n</ul>\n')


def _verdict_chart(ctx: PageContext, chart_id: str, title: str,
                   rows: list[tuple[Brief, AnchoredClaim]]) -> str:
    """How many of these claims got each verdict, in the order of the scale."""
    tally: dict[str, int] = {}
    for _, claim in rows:
        tally[claim.verdict] = tally.get(claim.verdict, 0) + 1
    return verdict_chart(chart_id, title, [Bar(v.id, v.label, tally.get(v.id, 0))
                                           for v in ctx.settings.verdicts])


def render_actor(actor: ResolvedActor, ctx: PageContext) -> str:
    """One actor across all briefs: profile, briefs, claims by and about."""
    page = actor_page(actor.id)
    profile = [f"<p class=\"nb-kind\">{text_html(actor.kind.capitalize())}</p>"]
    if actor.description:
        profile.append(prose_html(actor.description))
    if actor.member_of and actor.member_of in ctx.corpus.actors:
        profile.append(f"<p>Part of {ctx.actor_link(page, actor.member_of)}</p>")
    if actor.aliases:
        profile.append("<p>Also named: " + ", ".join(text_html(a) for a in actor.aliases) + "</p>")
    if actor.wikidata:
        profile.append(f'<p><a href="https://www.wikidata.org/wiki/{text_html(actor.wikidata)}" '
                       f'rel="noopener">Wikidata {text_html(actor.wikidata)}</a></p>')
    made, about = ctx.corpus.claims_by(actor.id), ctx.corpus.claims_about(actor.id)
    briefs = "\n".join(f"<li>{ctx.brief_link(page, b)}"
                       f"{' — ' + text_html(r) if (r := ctx.corpus.roles.get((b.stem, actor.id))) else ''}"
                       "</li>" for b in ctx.corpus.briefs_of(actor.id))
    return "\n".join([
        front_matter({"title": actor.name, "description": actor.description or actor.name}),
        f"<h1>{text_html(actor.name)}</h1>\n", "\n".join(profile) + "\n",
        "## Briefs\n", f"<ul>\n{briefs or '<li>None.</li>'}\n</ul>\n",
        "## Claims made\n",
        _verdict_chart(ctx, "verdicts-made", f"Verdicts on claims made by {actor.name}", made),
        claim_cards(ctx, page, made),
        "## Claims about\n",
        _verdict_chart(ctx, "verdicts-about", f"Verdicts on claims about {actor.name}", about),
        claim_cards(ctx, page, about),
    ])


def render_actors_index(ctx: PageContext) -> str:
    """Every actor, by name, with the number of briefs involving it."""
    actors = sorted((a for a in ctx.corpus.actors.values() if ctx.corpus.briefs_of(a.id)),
                    key=lambda a: a.name.casefold())
    items = "\n".join(f"<li>{ctx.actor_link(ACTORS, a.id)} <span class=\"nb-kind\">"
                      f"({text_html(a.kind)}, {count(len(ctx.corpus.briefs_of(a.id)), 'brief')})</span></li>"
                      for a in actors)
    return (front_matter({"title": "Actors"}) + "# Actors\n\n"
            f'<ul class="nb-actor-list">\n{items}\n</ul>\n')


def render_claims_index(ctx: PageContext) -> str:
    """Every claim, grouped by verdict in the order of the scale, with a filter per verdict."""
    groups = _claims_by_verdict(ctx)
    every = [row for group in groups.values() for row in group]
    parts = [front_matter({"title": "Claims by verdict"}), "# Claims by verdict\n",
             _verdict_chart(ctx, "verdicts-all", "Verdicts on all claims", every),
             _verdict_filter(ctx, groups, CLAIMS, None)]
    for verdict_id, group in groups.items():
        parts.append(f"## {heading_text(ctx.settings.verdict(verdict_id).label)} {{ #{verdict_id} }}\n")
        parts.append(claim_cards(ctx, CLAIMS, group))
    return "\n".join(parts)


def render_verdict_pages(ctx: PageContext) -> dict[str, str]:
    """One page per verdict that has claims: the claims index filtered to that verdict."""
    pages = {}
    groups = _claims_by_verdict(ctx)
    for verdict_id, group in groups.items():
        page = verdict_page(verdict_id)
        label = ctx.settings.verdict(verdict_id).label
        pages[page] = "\n".join([
            front_matter({"title": f"Claims rated {label}"}),
            f"<h1>Claims rated {text_html(label)}</h1>\n", _verdict_filter(ctx, groups, page, verdict_id),
            claim_cards(ctx, page, group)])
    return pages


def _claims_by_verdict(ctx: PageContext) -> dict[str, list[tuple[Brief, AnchoredClaim]]]:
    groups: dict[str, list[tuple[Brief, AnchoredClaim]]] = {v: [] for v in ctx.settings.verdict_ids}
    for brief in ctx.corpus.briefs:
        for claim in brief.claims:
            groups[claim.verdict].append((brief, claim))
    return {verdict_id: group for verdict_id, group in groups.items() if group}


def _verdict_filter(ctx: PageContext, groups: dict[str, list[tuple[Brief, AnchoredClaim]]], page: str,
                    current: str | None) -> str:
    """Links that show all claims or only those of one verdict; the current one is marked."""
    total = sum(len(g) for g in groups.values())
    links = [_filter_link(ctx, page, CLAIMS, f"All ({total})", current is None)]
    links += [_filter_link(ctx, page, verdict_page(v), f"{ctx.settings.verdict(v).label} ({len(g)})",
                           current == v) for v, g in groups.items()]
    return (f'<nav class="nb-filter" aria-label="Filter claims by verdict"><ul>'
            f'{"".join(links)}</ul></nav>\n')


def _filter_link(ctx: PageContext, page: str, target: str, label: str, current: bool) -> str:
    aria = ' aria-current="page"' if current else ""
    return f'<li><a href="{text_html(ctx.linker.href(page, target))}"{aria}>{text_html(label)}</a></li>'


def render_timeline(ctx: PageContext) -> str:
    """Every brief by the date of the event it reports (publication date when none is given)."""
    def event_date(brief: Brief) -> dt.date:
        event = brief.sidecar.event
        return event.date if event and event.date else brief.published

    ordered = sorted(ctx.corpus.briefs, key=lambda b: (event_date(b), b.stem), reverse=True)
    months: list[str] = []
    current = ""
    for brief in ordered:
        day = event_date(brief)
        month = day.strftime("%B %Y")
        if month != current:
            if current:
                months.append("</ol></li>")
            months.append(f'<li class="nb-timeline__month"><h2 class="nb-timeline__heading">{month}</h2>'
                          '<ol class="nb-timeline__events">')
            current = month
        event = brief.sidecar.event
        place = f" · {text_html(event.place)}" if event and event.place else ""
        months.append(f'<li><p class="nb-timeline__when"><time datetime="{day.isoformat()}">'
                      f"{long_date(day)}</time>{place}</p>"
                      f'<p class="nb-timeline__what">{ctx.brief_link(TIMELINE, brief)}</p></li>')
    if current:
        months.append("</ol></li>")
    listing = "\n".join(months) or "<li>No briefs yet.</li>"
    return (front_matter({"title": "Timeline"}) + "# Timeline\n\n"
            "Briefs by the date of the events they report, newest first.\n\n"
            + time_axis([event_date(b) for b in ordered])
            + f'\n<ol class="nb-timeline">\n{listing}\n</ol>\n')


def render_data_page(ctx: PageContext) -> str:
    """Where the open data lives and how to read its offsets."""
    rows = "\n".join(
        f"<li>{ctx.brief_link(DATA, b)}: "
        f'<a href="{text_html(ctx.linker.href(DATA, data_file(b.stem)))}" download>JSON</a> · '
        f'<a href="{text_html(ctx.linker.href(DATA, annotations_file(b.stem)))}" download>'
        "Web Annotations</a></li>" for b in ctx.corpus.briefs)
    return (front_matter({"title": "Open data"}) + "# Open data\n\n"
            "Every brief is published as data as well as a page, under the same terms.\n\n"
            f"- [`{DATA_INDEX}`]({DATA_INDEX}): every brief with the "
            "addresses of its page and files.\n"
            "- `data/briefs/<id>.json`: the brief's source, actors, claims (with verdicts and "
            "sources), notes and the published article text.\n"
            "- `data/briefs/<id>.annotations.jsonld`: the claims and notes as a "
            "[W3C Web Annotation](https://www.w3.org/TR/annotation-model/) collection, each with "
            "a `TextQuoteSelector` and a `TextPositionSelector`.\n"
            f"- [`{FEED}`]({FEED}): an Atom feed of the newest briefs.\n\n"
            "## Offsets\n\n"
            "`start` and `end` count **Unicode code points** (not bytes, not UTF-16 units) into "
            "the brief's `text`, the article as published: the captured article without its "
            "omitted lines (for a brief published as excerpts, only its annotated passages, "
            "joined by `[…]`; its `publish` says which). In Python `text[start:end]` is the "
            "quote; in JavaScript use `Array.from(text).slice(start, end).join(\"\")`. A claim "
            "quoted in several pieces lists each in `pieces` with its own `start` and `end`; its "
            "`quote` joins them with \" … \" and its `start` and `end` are those of the first piece.\n\n"
            "## Briefs\n\n"
            f'<ul class="nb-data-list">\n{rows or "<li>No briefs yet.</li>"}\n</ul>\n')


def render_verdicts(ctx: PageContext) -> str:
    """The verdict scale explained."""
    items = "\n".join(f'<dt id="{v.id}">{ctx.verdict_badge(v.id)}</dt><dd>{text_html(v.description)}</dd>'
                      for v in ctx.settings.verdicts)
    return (front_matter({"title": "Verdict scale"}) + "# Verdict scale\n\n"
            "Each claim gets one verdict, with an explanation and sources.\n\n"
            f'<dl class="nb-verdicts">\n{items}\n</dl>\n')


def render_verdict_css(ctx: PageContext) -> str:
    """Badge, highlight, card and chart colours of the configured scale."""
    rules = [
        f".nb-verdict--{v.id}{{--nb-verdict:{v.colour}}}\n"
        f".nb-claim--{v.id},.nb-card--{v.id},.nb-chart__bar--{v.id}{{--nb-verdict:{v.colour}}}"
        for v in ctx.settings.verdicts
    ]
    return "\n".join(rules) + "\n"

