"""Reader-facing markup as Jinja2 templates: the package's own, each replaceable by the site's.

A template is named by its path under the package's ``templates`` folder
(``briefs/claim_card.html``). A site replaces one the way a MkDocs theme is
overridden: a file of the same relative name in the theme's ``custom_dir``
(``theme_overrides/briefs/claim_card.html``) wins. The names sit under
``briefs/``, so they never meet the theme's own ``main.html`` or partials, and
MkDocs never copies an ``.html`` file of ``custom_dir`` into the site.

Python prepares plain values; the templates decide the markup, and the engine
escapes every value printed (``autoescape``). Markup already made safe (author
prose after its sanitiser, another template's output) is passed as ``Markup``.
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateSyntaxError,
)
from markupsafe import Markup

from generator.errors import Problem
from generator.rendering.article_html import literal_html
from generator.rendering.prose import inline_prose_html, prose_html
from generator.rendering.wording import count, in_quotation_marks
from generator.translation import DEFAULT_LOCALE, Words, catalogue, catalogue_digest

PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True)
class Templates:
    """The templates a site renders with: the package's, under any of the site's own.

    ``digest`` covers the source of every file either folder holds, so a result
    kept under it is made again when a template changes.
    """

    override_dir: Path | None
    digest: bytes
    # The site's language (a Babel locale name): the catalogue `_` and `ngettext` read, and the
    # locale of dates and numbers.
    locale: str = DEFAULT_LOCALE

    @property
    def words(self) -> Words:
        """The site's words in its language, for strings Python writes beside the templates."""
        return Words(self.locale)

    def render(self, name: str, /, **values: Any) -> str:
        """The named template rendered with ``values``.

        A site's own template that cannot be compiled or rendered raises :class:`TemplateFault`;
        a fault in the package's templates is a bug and keeps its traceback.
        """
        try:
            return _as_published(self.template(name).render(values))
        except TemplateError as error:
            if (problem := self._site_problem(error)) is None:
                raise
            raise TemplateFault(problem) from None

    def render_kept(self, name: str, /, **values: Hashable) -> str:
        """:meth:`render`, with each result kept while these templates live: for a small part
        printed on every page with values that repeat from page to page (a marker: its kind,
        icon and number)."""
        kept = _kept_results(self.override_dir, self.digest, self.locale)
        key = (name, *values.items())
        if (result := kept.get(key)) is None:
            result = kept[key] = self.render(name, **values)
        return result

    def template(self, name: str) -> Template:
        """The named template, loaded and compiled once per set of sources."""
        return _environment(self.override_dir, self.digest, self.locale).get_template(name)

    def _site_problem(self, error: TemplateError) -> Problem | None:
        """The error located in the site's template where it happened, or None if it is not the site's."""
        if self.override_dir is None:
            return None
        if isinstance(error, TemplateSyntaxError) and error.filename:
            where = [(error.filename, error.lineno)]
        else:  # Jinja gives a template's frames their file and line
            where = [(f.filename, f.lineno or 0) for f in traceback.extract_tb(error.__traceback__)]
        site = self.override_dir.resolve()
        for filename, line in reversed(where):
            file = Path(filename).resolve()
            if file.is_relative_to(site):
                shown = file.relative_to(site.parent) if site.parent != site else file
                return Problem(str(shown), line, 0, (error.message or type(error).__name__).rstrip("."),
                               hint="correct the template, or delete it to use the one newsbriefs ships")
        return None


class TemplateFault(Exception):
    """A site's own template cannot be compiled or rendered; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.format())
        self.problem = problem


def templates_for(override_dir: Path | None, locale: str = DEFAULT_LOCALE) -> Templates:
    """The templates as their folders hold them now (``override_dir``: the theme's ``custom_dir``),
    writing in ``locale``."""
    return Templates(override_dir, _digest_of_sources(override_dir) + catalogue_digest(locale), locale)


def package_templates() -> Templates:
    """The package's templates alone, for a page rendered without a site's settings."""
    return templates_for(None)


def _digest_of_sources(override_dir: Path | None) -> bytes:
    """A digest of every template the environment could load, by folder and relative name.

    Only templates count: the theme folder's stylesheets and scripts change no page
    this environment renders. Names are relative, so a project moved or cloned
    elsewhere keeps its cache.
    """
    digest = hashlib.blake2b(digest_size=20)
    folders = [PACKAGE_TEMPLATES, *([override_dir] if override_dir and override_dir.is_dir() else [])]
    for number, folder in enumerate(folders):
        for file in sorted(folder.rglob("*.html")):
            name = f"{number}/{file.relative_to(folder).as_posix()}".encode()
            for part in (name, file.read_bytes()):
                digest.update(len(part).to_bytes(8, "little") + part)  # length-prefixed: no collisions
    return digest.digest()


def _as_published(rendered: str) -> str:
    """The engine's escapes spelt as the pages always spelt them: ``&quot;`` and ``&#x27;``.

    Autoescape writes ``"`` and ``'`` as ``&#34;`` and ``&#39;``; ``html.escape``, which
    the pages used before they were templates, writes the same characters as ``&quot;``
    and ``&#x27;``. The values cannot carry those references themselves (an ``&`` in a
    value is escaped to ``&amp;``, and the prose sanitiser writes ``&quot;``), so only
    the engine's escapes, or a template that spells one out, are respelled: each
    stands for the same character, so no reader sees a change, and the published
    bytes stay what they were.
    """
    if "&#3" not in rendered:
        return rendered
    return rendered.replace("&#34;", "&quot;").replace("&#39;", "&#x27;")


def safe_prose(text: str) -> Markup:
    """An author's Markdown as sanitised HTML (see :func:`prose_html`), marked safe to print."""
    return Markup(prose_html(text))


def safe_inline_prose(text: str) -> Markup:
    """One short paragraph of an author's Markdown, without its ``<p>``, marked safe to print."""
    return Markup(inline_prose_html(text))


def safe_literal(text: str) -> Markup:
    """Text shown exactly as written inside an annotated block (see :func:`literal_html`), marked safe."""
    return Markup(literal_html(text))


@lru_cache(maxsize=4)
def _environment(override_dir: Path | None, digest: bytes, locale: str = DEFAULT_LOCALE) -> Environment:
    """One environment per set of template sources (the digest): a change makes a new one.

    Templates are never reloaded by date while an environment lives, so rendering
    never touches the disk once a template is compiled.
    """
    loaders = [FileSystemLoader(override_dir)] if override_dir else []
    environment = Environment(
        loader=ChoiceLoader([*loaders, FileSystemLoader(PACKAGE_TEMPLATES)]),
        # cache_size=-1: a plain dict of compiled templates, no LRU queue to reorder at every
        # include (a listing includes a card's templates thousands of times).
        autoescape=True, undefined=StrictUndefined, auto_reload=False, cache_size=-1,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"])
    # newstyle: `_("About %(publisher)s", publisher=name)` escapes the values it fills in.
    environment.install_gettext_translations(catalogue(locale), newstyle=True)  # type: ignore[attr-defined]
    words = Words(locale)
    environment.filters.update(long_date=words.date, prose=safe_prose, inline_prose=safe_inline_prose,
                               literal=safe_literal, counted=partial(count, words=words), number=words.number,
                               quoted=partial(in_quotation_marks, language=words))
    # The link macros most printed, as filters that keep each value's markup: a site has few
    # verdict badges, actor links and dates, printed thousands of times over.
    environment.filters.update({name: _kept_macro(environment, name)
                                for name in ("actor_link", "verdict_badge", "time_tag")})
    return environment


def forget_memos() -> None:
    """Let go of the compiled environments and the link markup they keep."""
    _environment.cache_clear()
    _kept_results.cache_clear()


@lru_cache(maxsize=4)
def _kept_results(override_dir: Path | None, digest: bytes, locale: str) -> dict[tuple[Hashable, ...], str]:
    """What :meth:`Templates.render_kept` keeps for one set of template sources."""
    return {}


def _kept_macro(environment: Environment, name: str) -> Callable[[Hashable], Markup]:
    """The macro ``name`` of ``briefs/links.html`` as a filter that renders each value once."""
    kept: dict[Hashable, Markup] = {}

    def rendered(value: Hashable) -> Markup:
        return Markup(getattr(environment.get_template("briefs/links.html").module, name)(value))

    def filter_(value: Hashable) -> Markup:
        try:
            return kept[value]
        except KeyError:
            markup = kept[value] = rendered(value)
            return markup
        except TypeError:  # a value that cannot be kept (a site's template may pass anything)
            return rendered(value)

    return filter_
