"""The page a preview shows in place of a brief that cannot be published: its problems."""

from __future__ import annotations

from generator.errors import Problem
from generator.rendering.brief_page import front_matter
from generator.rendering.prose import text_html


def render_problem_page(stem: str, problems: list[Problem]) -> str:
    """A banner listing every problem of the brief ``stem``, each with its place and fix.

    Only ``mkdocs serve`` publishes it: a build leaves a broken brief out.
    """
    items = "".join(f"<li><code>{text_html(p.format())}</code></li>\n" for p in sorted(problems))
    return (front_matter({"title": f"{stem}: {len(problems)} problem(s)"})
            + f'<div class="admonition danger nb-problems" role="alert">\n'
            f'<p class="admonition-title">This brief is not published: {len(problems)} problem(s) '
            "to fix</p>\n"
            f"<ul>\n{items}</ul>\n"
            "<p>Save the fixed file and this page updates; the same list is in the terminal "
            "and in <code>briefs check</code>.</p>\n</div>\n")
