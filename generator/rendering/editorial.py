"""The newsroom's editorial pages: about, methodology and corrections policy (pure).

Their words come from the ``editorial`` settings of the briefs plugin in
``mkdocs.yml``, with defaults; a newsroom that writes its own ``about.md``,
``methodology.md`` or ``corrections.md`` in ``docs/`` replaces the generated page.
"""

from __future__ import annotations

from generator.rendering.brief_page import PageContext, front_matter
from generator.rendering.links import ABOUT, CORRECTIONS_POLICY, METHODOLOGY, VERDICTS
from generator.rendering.prose import prose_html, text_html
from generator.settings import UNRATED
from generator.sidecar.model import CHANGE_KINDS

EDITORIAL_PAGES = (ABOUT, METHODOLOGY, CORRECTIONS_POLICY)


def render_editorial_pages(ctx: PageContext) -> dict[str, str]:
    """The three pages, keyed by their paths."""
    return {ABOUT: render_about(ctx), METHODOLOGY: render_methodology(ctx),
            CORRECTIONS_POLICY: render_corrections_policy(ctx)}


def _contact(ctx: PageContext, address: str) -> str:
    if not address:
        return "<p>This site has not yet published a contact address.</p>\n"
    href = address if "://" in address else f"mailto:{address}"
    return f'<p><a href="{text_html(href)}">{text_html(address)}</a></p>\n'


def render_about(ctx: PageContext) -> str:
    """Who publishes the site, who pays for it and how to reach them."""
    editorial, name = ctx.settings.editorial, ctx.settings.review_author
    url = ctx.settings.review_author_url
    site = f'<p><a href="{text_html(url)}">{text_html(url)}</a></p>\n' if url else ""
    return "\n".join([
        front_matter({"title": f"About {name}", "description": f"Who publishes {name}, and how."}),
        f"<h1>About {text_html(name)}</h1>\n", prose_html(editorial.about), site,
        "## Funding\n", prose_html(editorial.funding),
        "## Contact\n", _contact(ctx, editorial.contact),
        "## How we work\n",
        f'<p>Read <a href="{ctx.linker.href(ABOUT, METHODOLOGY)}">how we choose and check claims</a> '
        f'and <a href="{ctx.linker.href(ABOUT, CORRECTIONS_POLICY)}">how we correct mistakes</a>.</p>\n'])


def render_methodology(ctx: PageContext) -> str:
    """How claims are chosen and checked, and the verdict scale with each step's definition."""
    steps = "\n".join(
        f"<dt>{ctx.verdict_badge(v.id)}{_rating(v.rating)}</dt><dd>{text_html(v.description)}</dd>"
        for v in ctx.settings.verdicts if v.id != UNRATED or ctx.settings.allow_unrated)
    held = ("" if ctx.settings.allow_unrated else
            "<p>A claim we have not yet rated is not published until it has a verdict.</p>\n")
    return "\n".join([
        front_matter({"title": "Methodology", "description": "How we choose and check claims."}),
        "# How we choose and check claims\n",
        "## Choosing claims\n",
        "<p>We annotate news articles on events of public interest. In each article we mark the "
        "statements of fact that carry its story: what named or unnamed sources are quoted as "
        "saying, and what the outlet states in its own narration. We mark the article's factual "
        "errors as corrections, and add context a reader needs.</p>\n",
        "## Checking claims\n",
        "<p>Each claim is checked against the public record: official transcripts and documents "
        "first, then reporting by other outlets, preferring sources close to the event. Every "
        "verdict has an explanation and links to its sources. Words the article reports rather "
        "than quotes are labelled as reported speech and shown without quotation marks.</p>\n",
        "## The verdict scale\n",
        "<p>From best to worst; the rating is the number given to search engines in our "
        "structured data.</p>\n",
        f'<dl class="nb-verdict-scale">\n{steps}\n</dl>\n', held,
        f'<p>The <a href="{ctx.linker.href(METHODOLOGY, VERDICTS)}">verdict scale page</a> lists the '
        "claims under each verdict.</p>\n",
        "## Corrections\n",
        f'<p>See the <a href="{ctx.linker.href(METHODOLOGY, CORRECTIONS_POLICY)}">corrections '
        "policy</a>.</p>\n"])


def _rating(rating: int | None) -> str:
    return f' <span class="nb-rating">(rating {rating})</span>' if rating is not None else ""


def render_corrections_policy(ctx: PageContext) -> str:
    """How readers report an error and how a correction is shown."""
    editorial = ctx.settings.editorial
    kinds = "".join(f"<li><strong>{label}</strong></li>" for label in CHANGE_KINDS.values())
    return "\n".join([
        front_matter({"title": "Corrections policy", "description": "How to report an error, and "
                      "how we correct it."}),
        "# Corrections policy\n",
        "## Report an error\n",
        "<p>If you think a brief gets something wrong, tell us which brief and what, with a source "
        "if you have one:</p>\n", _contact(ctx, editorial.corrections_contact or editorial.contact),
        "## How we correct\n",
        "<p>We check every report. When a brief changes after publication, the change is listed, "
        "dated, in the brief's own <em>Changes to this brief</em> log, and the brief shows "
        "<em>Updated</em> with the date at its top. Changes are of these kinds:</p>\n",
        f"<ul>{kinds}</ul>\n",
        "<p>We do not delete a published verdict silently: a changed verdict names the old and the "
        "new one, and a withdrawn claim stays in the log.</p>\n"])
