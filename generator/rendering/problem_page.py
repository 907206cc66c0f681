"""The page a preview shows in place of a brief that cannot be published: its problems."""

from __future__ import annotations

from generator.errors import Problem
from generator.rendering.front_matter import front_matter
from generator.rendering.templating import Templates, package_templates


def render_problem_page(stem: str, problems: list[Problem], templates: Templates | None = None) -> str:
    """A banner listing every problem of the brief ``stem``, each with its place and fix
    (``briefs/problem_page.html``).

    Only ``mkdocs serve`` publishes it: a build leaves a broken brief out.
    """
    templates = templates or package_templates()
    # One English form for any number, as the page has always said; each language gives its own.
    title = templates.words.ngettext("%(stem)s: %(num)s problem(s)", "%(stem)s: %(num)s problem(s)",
                                     len(problems), stem=stem)
    return (front_matter({"title": title})
            + templates.render("briefs/problem_page.html", problems=[p.format() for p in sorted(problems)]))
