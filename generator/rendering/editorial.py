"""The newsroom's editorial pages: about, methodology and corrections policy (pure).

Their words come from the ``editorial`` settings of the briefs plugin in
``mkdocs.yml``, with defaults; a newsroom that writes its own ``about.md``,
``methodology.md`` or ``corrections.md`` in ``docs/`` replaces the generated page.
"""

from __future__ import annotations

from generator.rendering.front_matter import front_matter
from generator.rendering.links import ABOUT, CORRECTIONS_POLICY, METHODOLOGY, VERDICTS
from generator.rendering.page_context import PageContext
from generator.rendering.people import team
from generator.settings import UNRATED
from generator.sidecar.model import CHANGE_KINDS

EDITORIAL_PAGES = (ABOUT, METHODOLOGY, CORRECTIONS_POLICY)


def render_editorial_pages(ctx: PageContext) -> dict[str, str]:
    """The three pages, keyed by their paths."""
    return {ABOUT: render_about(ctx), METHODOLOGY: render_methodology(ctx),
            CORRECTIONS_POLICY: render_corrections_policy(ctx)}


def render_about(ctx: PageContext) -> str:
    """Who publishes the site, who works on it, who pays for it and how to reach them
    (``briefs/about.html``)."""
    editorial, name = ctx.settings.editorial, ctx.settings.review_author
    return front_matter({"title": ctx.words.gettext("About %(publisher)s", publisher=name),
                         "description": ctx.words.gettext("Who publishes %(publisher)s, and how.",
                                                          publisher=name)}) + \
        "\n" + ctx.templates.render(
            "briefs/about.html", publisher=name, site_url=ctx.settings.review_author_url,
            about=editorial.about, funding=editorial.funding, contact=editorial.contact,
            team=team(ctx.corpus),
            methodology_href=ctx.linker.href(ABOUT, METHODOLOGY),
            corrections_href=ctx.linker.href(ABOUT, CORRECTIONS_POLICY))


def render_methodology(ctx: PageContext) -> str:
    """How claims are chosen and checked, and the verdict scale with each step's definition."""
    steps = [(ctx.badge(v.id), v.rating, v.description) for v in ctx.settings.verdicts
             if v.id != UNRATED or ctx.settings.allow_unrated]
    return front_matter({"title": ctx.words.gettext("Methodology"),
                         "description": ctx.words.gettext("How we choose and check claims.")}) + \
        "\n" + ctx.templates.render(
            "briefs/methodology.html", steps=steps, allow_unrated=ctx.settings.allow_unrated,
            verdicts_href=ctx.linker.href(METHODOLOGY, VERDICTS),
            corrections_href=ctx.linker.href(METHODOLOGY, CORRECTIONS_POLICY))


def render_corrections_policy(ctx: PageContext) -> str:
    """How readers report an error and how a correction is shown."""
    editorial = ctx.settings.editorial
    return front_matter({"title": ctx.words.gettext("Corrections policy"), "description": ctx.words.gettext(
        "How to report an error, and how we correct it.")}) + "\n" + ctx.templates.render(
        "briefs/corrections_policy.html", contact=editorial.corrections_contact or editorial.contact,
        change_kinds=[ctx.words.gettext(label) for label in CHANGE_KINDS.values()])
