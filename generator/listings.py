"""Cross-brief pages: home, actors, claims by verdict, the verdict scale (pure)."""

from __future__ import annotations

from generator.brief import AnchoredClaim, Brief
from generator.corpus import ResolvedActor
from generator.links import ACTORS, CLAIMS, HOME, actor_page
from generator.prose import heading_text, prose_html, text_html
from generator.render import PageContext, front_matter


def render_home(ctx: PageContext) -> str:
    """The home page: every brief, newest first."""
    items = []
    for brief in ctx.corpus.briefs:
        source = brief.sidecar.source
        items.append(
            f'<li class="nb-brief-item"><p class="nb-brief-title">{ctx.brief_link(HOME, brief)}</p>'
            f'<p class="nb-source">{text_html(source.outlet)} · <time datetime="'
            f'{source.published.isoformat()}">{source.published.strftime("%-d %B %Y")}</time> · '
            f"{len(brief.claims)} claims, {len(brief.notes)} notes</p>"
            f"{prose_html(brief.sidecar.summary)}</li>")
    listing = "\n".join(items) or "<li>No briefs yet.</li>"
    return (front_matter({"title": "News briefs"}) + "# News briefs\n\n"
            "Annotated news articles: who said what, how it holds up, and what the article "
            "got wrong.\n\n"
            f'<ul class="nb-brief-list">\n{listing}\n</ul>\n')


def _claims_of(ctx: PageContext, actor_id: str, role: str) -> list[tuple[Brief, AnchoredClaim]]:
    return [(brief, claim) for brief in ctx.corpus.briefs for claim in brief.claims
            if (claim.claim.by == actor_id if role == "by" else actor_id in claim.claim.about)]


def _claim_rows(ctx: PageContext, page: str, rows: list[tuple[Brief, AnchoredClaim]],
                speaker: bool = True) -> str:
    if not rows:
        return "<p>None.</p>\n"
    body = "\n".join(
        f"<tr>{'<td>' + ctx.actor_link(page, c.claim.by) + '</td>' if speaker else ''}"
        f"<td>{text_html(c.claim.claim)}</td><td>{ctx.verdict_badge(c.verdict)}</td>"
        f"<td>{ctx.brief_link(page, b, f'claim-{c.id}')}</td></tr>" for b, c in rows)
    head = '<th scope="col">Who</th>' if speaker else ""
    return (f'<table class="nb-claims">\n<thead><tr>{head}<th scope="col">Claim</th>'
            '<th scope="col">Verdict</th><th scope="col">Brief</th></tr></thead>\n'
            f"<tbody>\n{body}\n</tbody>\n</table>\n")


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
    briefs = "\n".join(f"<li>{ctx.brief_link(page, b)}"
                       f"{' — ' + text_html(r) if (r := ctx.corpus.roles.get((b.stem, actor.id))) else ''}"
                       "</li>" for b in ctx.corpus.briefs_of(actor.id))
    return "\n".join([
        front_matter({"title": actor.name, "description": actor.description or actor.name}),
        f"<h1>{text_html(actor.name)}</h1>\n", "\n".join(profile) + "\n",
        "## Briefs\n", f"<ul>\n{briefs or '<li>None.</li>'}\n</ul>\n",
        "## Claims made\n", _claim_rows(ctx, page, _claims_of(ctx, actor.id, "by"), speaker=False),
        "## Claims about\n", _claim_rows(ctx, page, _claims_of(ctx, actor.id, "about")),
    ])


def render_actors_index(ctx: PageContext) -> str:
    """Every actor, by name, with the number of briefs involving it."""
    actors = sorted((a for a in ctx.corpus.actors.values() if ctx.corpus.briefs_of(a.id)),
                    key=lambda a: a.name.casefold())
    items = "\n".join(f"<li>{ctx.actor_link(ACTORS, a.id)} <span class=\"nb-kind\">"
                      f"({text_html(a.kind)}, {len(ctx.corpus.briefs_of(a.id))} briefs)</span></li>"
                      for a in actors)
    return (front_matter({"title": "Actors"}) + "# Actors\n\n"
            f'<ul class="nb-actor-list">\n{items}\n</ul>\n')


def render_claims_index(ctx: PageContext) -> str:
    """Every claim, grouped by verdict in the order of the scale."""
    parts = [front_matter({"title": "Claims by verdict"}), "# Claims by verdict\n"]
    rows = [(b, c) for b in ctx.corpus.briefs for c in b.claims]
    for verdict in ctx.settings.verdicts:
        group = [(b, c) for b, c in rows if c.verdict == verdict.id]
        if group:
            parts.append(f"## {heading_text(verdict.label)} {{ #{verdict.id} }}\n")
            parts.append(_claim_rows(ctx, CLAIMS, group))
    return "\n".join(parts)


def render_verdicts(ctx: PageContext) -> str:
    """The verdict scale explained."""
    items = "\n".join(f"<dt>{ctx.verdict_badge(v.id)}</dt><dd>{text_html(v.description)}</dd>"
                      for v in ctx.settings.verdicts)
    return (front_matter({"title": "Verdict scale"}) + "# Verdict scale\n\n"
            "Each claim gets one verdict, with an explanation and sources.\n\n"
            f'<dl class="nb-verdicts">\n{items}\n</dl>\n')


def render_verdict_css(ctx: PageContext) -> str:
    """Badge and highlight colours of the configured scale."""
    rules = [
        f".nb-verdict--{v.id}{{--nb-verdict:{v.colour}}}\n"
        f".nb-claim--{v.id}{{--nb-verdict:{v.colour}}}" for v in ctx.settings.verdicts
    ]
    return "\n".join(rules) + "\n"

