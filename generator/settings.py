"""Project settings: where briefs live, the verdict scale, who publishes reviews.

The settings live in ``mkdocs.yml`` under the ``briefs`` plugin. The plugin
hands MkDocs' parsed values to :func:`settings_from_mapping`; the CLI reads
the same section with :func:`read_project_settings`, without importing MkDocs,
so any publisher that reads ``mkdocs.yml`` sees one configuration.

The options are validated like sidecars, through a model (:class:`PluginOptions`):
every mistake becomes a :class:`~generator.errors.Problem` that names the
option (``plugins.briefs.verdicts.misleading.colour``) and says how to fix it,
all of them at once.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, StrictBool
from pydantic.dataclasses import dataclass as model_dataclass
from pydantic_core import PydanticCustomError

from generator.errors import Problem
from generator.fast_yaml import SAFE_LOADER
from generator.sidecar.model import UNRATED, PublishMode, Slug, Text, WebUrl, one_of
from generator.sidecar.validate import validate_located
from generator.sidecar.yaml_positions import (
    FieldPath,
    LocatedDocument,
    Positions,
    duplicate_keys,
    format_field_path,
    node_positions,
)
from generator.translation import DEFAULT_LOCALE, N_, Words, babel_locale

__all__ = ["UNRATED", "Settings", "Verdict", "read_project_settings", "settings_from_mapping"]

BEST_RATING, WORST_RATING = 5, 1
BRIEFS_DIR, PUBLISHER = "briefs", "newsbriefs"  # the default folder, and the default reviewer and site name
PLUGIN_NAME = "briefs"  # as pyproject.toml registers it with MkDocs
OPTIONS_FIELD = f"plugins.{PLUGIN_NAME}"


@dataclass(frozen=True)
class Verdict:
    """One step of the verdict scale."""

    id: str
    label: str
    colour: str
    rating: int | None
    description: str
    icon: str = "•"


# The one spelling of the default scale: mkdocs.yml only lists a scale that differs from it.
DEFAULT_VERDICTS: tuple[Verdict, ...] = (
    Verdict("accurate", N_("Accurate"), "#1a7f37", 5,
            N_("The claim matches the record."), "✓"),
    Verdict("mostly-accurate", N_("Mostly accurate"), "#4d7c0f", 4,
            N_("The claim is right in substance but wrong or loose in a detail."), "✓"),
    Verdict("misleading", N_("Misleading"), "#b45309", 2,
            N_("The claim contains some truth but leaves a false impression."), "!"),
    Verdict("unsupported", N_("Unsupported"), "#9a3412", 2,
            N_("No public evidence supports the claim, or the evidence points elsewhere."), "?"),
    Verdict("false", N_("False"), "#b91c1c", 1,
            N_("The record contradicts the claim."), "✗"),
    Verdict("insufficient-evidence", N_("Insufficient evidence"), "#6d28d9", None,
            N_("A statement of fact the public record cannot yet settle either way: what would decide "
               "it is not public, or not yet."), "…"),
    Verdict("not-checkable", N_("Not checkable"), "#52525b", None,
            N_("An opinion, a threat or a prediction: nothing a fact check can settle."), "–"),
    Verdict(UNRATED, N_("Unrated"), "#52525b", None,
            N_("Not yet reviewed."), "·"),
)
_DEFAULTS_BY_ID = {v.id: v for v in DEFAULT_VERDICTS}
_GENERIC = Verdict("", "", "#52525b", None, "")


@dataclass(frozen=True)
class Editorial:
    """What the about, methodology and corrections pages say about the newsroom."""

    about: str = N_("This site annotates news articles: who said what, how each claim holds up "
                    "against the public record, and what the article got wrong.")
    funding: str = N_("This site has not yet said how it is funded.")
    contact: str = ""
    corrections_contact: str = ""


# Our annotations are the newsroom's to license; the article texts are not (they stay their publishers').
DEFAULT_LICENCE_NAME = "CC BY 4.0"
DEFAULT_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"


@dataclass(frozen=True)
class DataLicence:
    """The licence of the open data's annotations (never of the article texts it quotes)."""

    name: str = DEFAULT_LICENCE_NAME
    url: str = DEFAULT_LICENCE_URL


@dataclass(frozen=True)
class Settings:
    """Everything the generator needs to know about the project."""

    briefs_dir: Path = Path(BRIEFS_DIR)
    verdicts: tuple[Verdict, ...] = DEFAULT_VERDICTS
    review_author: str = PUBLISHER
    review_author_url: str = ""
    site_url: str = ""
    site_name: str = PUBLISHER
    search: str = "material"
    # excerpt: only the annotated passages; full: the whole article, which needs a rights
    # statement (here or in the sidecar) saying under what permission it is republished.
    publish: PublishMode = "excerpt"
    rights: str = ""
    data_licence: DataLicence = DataLicence()
    # How much text an excerpt keeps around an annotated passage: its sentence, or N characters.
    excerpt_context: Literal["sentence"] | int = "sentence"
    allow_unrated: bool = False
    # Derive each claim's verdict history from the git revisions of its sidecar.
    verdict_history: bool = False
    # Our Article and a ClaimReview per claim as JSON-LD in brief pages; needs site_url for absolute URLs.
    structured_data: bool = True
    show_drafts: bool = False  # set by `mkdocs serve`: drafts are previewed, never built to publish
    editorial: Editorial = Editorial()
    render_cache: bool = True
    # How many briefs or claims a listing shows; beyond it the rest go to a page per month.
    listing_size: int = 100
    # How a build is run, not what it makes: left out of equality, so switching it keeps every page kept.
    second_process: bool = dataclasses.field(default=True, compare=False)
    # How a preview finds edits in the briefs folder: by polling it, not from the system's file events.
    preview_polling: bool = dataclasses.field(default=False, compare=False)
    # The theme's custom_dir: a template of the same name under it replaces the package's.
    theme_dir: Path | None = None
    # A published brief goes live only once someone other than its writer has reviewed it
    # (enforced by `briefs check --release`, not by the build, so previews still build).
    second_review: bool = True
    # The site's language as a Babel locale (mkdocs.yml's theme.language, `pt-BR` as `pt_BR`):
    # the catalogue every reader-facing string is read from, and the locale of dates and numbers.
    locale: str = DEFAULT_LOCALE

    @property
    def words(self) -> Words:
        """The site's words in its language."""
        return Words(self.locale)

    def verdict(self, verdict_id: str) -> Verdict:
        """The verdict with this id (callers validate ids first)."""
        return self._verdicts_by_id[verdict_id]

    def tally(self, verdict_ids: Iterable[str]) -> tuple[tuple[Verdict, int], ...]:
        """How many of ``verdict_ids`` each verdict of the scale has, in the scale's order (a brief's
        verdict mix); verdicts none has are left out."""
        counts = Counter(verdict_ids)
        return tuple((v, counts[v.id]) for v in self.verdicts if counts[v.id])

    @cached_property
    def _verdicts_by_id(self) -> dict[str, Verdict]:
        return {v.id: v for v in self.verdicts}

    @property
    def verdict_ids(self) -> list[str]:
        """The configured verdict ids, in scale order."""
        return [v.id for v in self.verdicts]


# --- the options as written in mkdocs.yml ------------------------------------------------------

_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


def _colour(value: Any) -> Any:
    if isinstance(value, str) and _HEX_COLOUR.fullmatch(value):  # it goes into CSS as written
        return value
    raise PydanticCustomError("colour", "expected #rrggbb, got {value}", {
        "value": _written(value), "hint": 'write six hex digits in quotes, e.g. "#b45309"'})


def _rating(value: Any) -> Any:
    if value is None or (type(value) is int and WORST_RATING <= value <= BEST_RATING):
        return value
    raise PydanticCustomError(
        "rating", "expected a whole number from {worst} to {best}, or null, got {value}",
        {"value": _written(value), "worst": WORST_RATING, "best": BEST_RATING,
         "hint": f"{BEST_RATING} is the best rating, {WORST_RATING} the worst; null publishes no number"})


def _empty_is_none(value: Any) -> Any:
    return None if value == "" else value


def _count(value: Any) -> Any:
    if type(value) is int and value > 0:  # not true: YAML's true is no number (Python's bool is an int)
        return value
    raise PydanticCustomError("count", "expected a whole number above 0, got {value}", {
        "value": _written(value), "hint": "write a number without quotes, e.g. 100"})


def _excerpt_context(value: Any) -> Any:
    if value == "sentence" or (type(value) is int and value > 0):
        return value
    raise PydanticCustomError(
        "excerpt_context", "expected sentence, or a whole number of characters above 0, got {value}",
        {"value": _written(value), "hint": "sentence keeps each passage's sentence; a number keeps that "
         "many characters each side of it, e.g. 200"})


# An e-mail address, or a link a reader can follow: no javascript:, data: or any other scheme.
_CONTACT = re.compile(r"(?:https?://|mailto:)[^\s<>\"]+|[^\s@:/<>\"]+@[^\s@/<>\"]+\.[^\s@/<>\"]+",
                      re.IGNORECASE)


def _contact(value: str) -> str:
    if _CONTACT.fullmatch(value):
        return value
    raise PydanticCustomError(
        "contact", "expected an e-mail address or an http://, https:// or mailto: address, got {value}",
        {"value": _written(value), "hint": "write it as desk@example.org or https://example.org/contact"})


def _written(value: Any) -> str:
    """A value as the author wrote it in YAML (true, not True)."""
    return str(value).lower() if isinstance(value, bool) else repr(value) if isinstance(value, str) \
        else "an empty value" if value is None else str(value)


Colour = Annotated[str, BeforeValidator(_colour)]
Rating = Annotated[int | None, BeforeValidator(_rating)]
Count = Annotated[int, BeforeValidator(_count)]
Contact = Annotated[Text, AfterValidator(_contact)]
_STRICT = ConfigDict(extra="forbid", frozen=True)


@model_dataclass(config=_STRICT)
class VerdictOptions:
    """One step of the scale in mkdocs.yml; a default step's id fills what is left out."""

    label: Text | None = Field(default=None, description="The name readers see.")
    colour: Colour | None = Field(default=None, description="Badge and highlight colour, #rrggbb.")
    rating: Rating = Field(default=None, description="ClaimReview rating, 1 (worst) to 5, or null.")
    description: Text | None = Field(default=None, description="What the verdict means.")
    icon: Text | None = Field(default=None, description="A character shown before the label.")


@model_dataclass(config=_STRICT)
class EditorialOptions:
    """The newsroom's own words for its editorial pages; defaults fill what is left out."""

    about: Text | None = Field(default=None, description="Who publishes the site, and why.")
    funding: Text | None = Field(default=None, description="Who pays for it.")
    contact: Contact | None = Field(
        default=None, description="An e-mail or web address (http, https or mailto) to reach the newsroom.")
    corrections_contact: Contact | None = Field(
        default=None, description="Where readers report an error; default: the contact.")


@model_dataclass(config=_STRICT)
class DataLicenceOptions:
    """The licence the open data states for our annotations."""

    name: Text = Field(default=DEFAULT_LICENCE_NAME, description="The licence's name, as readers know it.")
    url: Annotated[WebUrl | None, BeforeValidator(_empty_is_none)] = Field(
        default=DEFAULT_LICENCE_URL, description="The licence's text; null when it has no address.")


@model_dataclass(config=_STRICT)
class PluginOptions:
    """The ``briefs`` plugin's options in ``mkdocs.yml``; the defaults apply to what is left out."""

    briefs_dir: Text = Field(default=BRIEFS_DIR, description="The briefs folder, relative to mkdocs.yml.")
    verdicts: dict[Slug, VerdictOptions | None] | None = Field(
        default=None, description="The verdict scale, best first; default: the default scale.")
    review_author: Text = Field(default=PUBLISHER, description="Who publishes the claim reviews.")
    review_author_url: Annotated[WebUrl | None, BeforeValidator(_empty_is_none)] = Field(
        default=None, description="The reviewer's web address.")
    # "pagefind" for large archives: a chunked index instead of Material's one-file index.
    search: Literal["material", "pagefind"] = Field(default="material", description="The site search.")
    render_cache: StrictBool = Field(
        default=True, description="Keep each page's converted Markdown in .cache/briefs/render/ "
        "for the next build (the site is the same without it).")
    second_process: StrictBool = Field(
        default=True, description="With the render cache empty, `mkdocs build` converts and renders "
        "pages in a second process beside its own, where the system can fork and has two cores "
        "(the site is the same).")
    preview_polling: StrictBool = Field(
        default=False, description="`mkdocs serve` finds edits in the briefs folder by listing it twice "
        "a second, as MkDocs does for docs/, instead of from the system's file events (for a folder "
        "shared from another machine or a container, where those events may not arrive).")
    # Checked here, used by _scale_problems on the options as written (so it reports with the rest).
    check_rating_order: StrictBool = Field(
        default=True, description="Refuse ratings that contradict the order of the scale.")
    publish: PublishMode = Field(default="excerpt", description=f"{one_of(PublishMode)}: only the "
                                 "annotated passages, or the whole article (which needs `rights`); a "
                                 "sidecar's `publish` wins.")
    rights: Text | None = Field(
        default=None, description="Under what permission whole articles are republished (Markdown), "
        "shown under each article published in full; a sidecar's `rights` wins.")
    data_licence: DataLicenceOptions = Field(
        default_factory=lambda: DataLicenceOptions(),
        description="The licence of the open data's annotations; the article texts are never under it.")
    excerpt_context: Annotated[Literal["sentence"] | int, BeforeValidator(_excerpt_context)] = Field(
        default="sentence", description="What an excerpt keeps around a passage: its sentence, or "
        "this many characters each side.")
    allow_unrated: StrictBool = Field(default=False, description="Publish claims without a verdict.")
    verdict_history: StrictBool = Field(
        default=False, description="Show the verdict changes the git history of each sidecar records.")
    structured_data: StrictBool = Field(
        default=True, description="ClaimReview JSON-LD in brief pages; needs site_url.")
    listing_size: Count = Field(
        default=100, description="How many briefs or claims a listing shows, newest first; a longer "
        "listing links a page per month for the rest.")
    second_review: StrictBool = Field(
        default=True, description="`briefs check --release` refuses a published brief unless one of "
        "its reviewers is someone other than its writer.")
    editorial: EditorialOptions = Field(
        default_factory=lambda: EditorialOptions(),
        description="The words of the about, methodology and corrections pages.")


def settings_from_mapping(options: dict[str, Any], project_dir: Path, site_url: str = "",
                          site_name: str = PUBLISHER, *, source: str = "mkdocs.yml",
                          locate: Callable[[], Positions | None] | None = None,
                          theme_dir: str | Path | None = None,
                          duplicates: tuple[Problem, ...] = (),
                          language: str = DEFAULT_LOCALE) -> Settings | tuple[Problem, ...]:
    """Settings from the plugin's options in ``mkdocs.yml``, or every problem they have.

    ``locate`` finds where the options sit in ``source`` (paths from the options
    mapping); it is called only when there is a problem to locate. Without it a
    problem names the option but no line. ``theme_dir`` is the theme's
    ``custom_dir`` (relative to ``project_dir`` unless absolute), where the site's
    own templates replace the package's. ``duplicates`` are the keys the options
    repeat (:func:`duplicate_options`): the mapping holds only the last of each,
    so they are problems whatever it says. ``language`` is the theme's (``theme.language``):
    the site's words, dates and numbers are in it, and so are the defaults the options leave.
    """
    settings = _validated_settings(options, project_dir, site_url, site_name, _Locator(source, None))
    if isinstance(settings, tuple) and locate and (positions := locate()):
        settings = _validated_settings(options, project_dir, site_url, site_name, _Locator(source, positions))
    if duplicates:
        return tuple(sorted({*duplicates, *(settings if isinstance(settings, tuple) else ())}))
    if isinstance(settings, tuple):
        return settings
    if (locale := babel_locale(language)) is None:
        return (Problem(source, 0, 0, f"'{language}' is not a language Babel knows",
                        field="theme.language", hint="write a language code such as en, fr, fa or pt-BR"),)
    settings = _in_language(settings, locale)
    if theme_dir:
        return dataclasses.replace(settings, theme_dir=(project_dir / theme_dir).resolve())
    return settings


def _in_language(settings: Settings, locale: str) -> Settings:
    """``settings`` for a site in ``locale``: the shipped defaults they keep (a verdict's label and
    description, the about and funding texts) in that language; what the site wrote stays as written."""
    if locale == DEFAULT_LOCALE:
        return settings
    words = Words(locale)

    def default(text: str, shipped: str) -> str:
        return words.gettext(text) if text == shipped else text

    verdicts = tuple(dataclasses.replace(v, label=default(v.label, shipped.label),
                                         description=default(v.description, shipped.description))
                     if (shipped := _DEFAULTS_BY_ID.get(v.id)) else v for v in settings.verdicts)
    shipped_editorial = Editorial()
    editorial = dataclasses.replace(settings.editorial,
                                    about=default(settings.editorial.about, shipped_editorial.about),
                                    funding=default(settings.editorial.funding, shipped_editorial.funding))
    return dataclasses.replace(settings, verdicts=verdicts, editorial=editorial, locale=locale)


def _validated_settings(options: dict[str, Any], project_dir: Path, site_url: str, site_name: str,
                        at: _Locator) -> Settings | tuple[Problem, ...]:
    options, problems = _text_ids(dict(options), at)
    problems += _scale_problems(options, at)
    validated = validate_located(LocatedDocument(options, at.positions or Positions(tables=({}, {}))),
                                 PluginOptions, at.source)
    problems += [at.name(p) for p in validated.problems]
    if validated.value is None or problems:
        return tuple(sorted(problems))
    parsed = validated.value
    scale = _scale(parsed.verdicts or {}, options.get("verdicts") or {})
    editorial = Editorial(**{k: v for k, v in dataclasses.asdict(parsed.editorial).items() if v})
    return Settings(briefs_dir=project_dir / parsed.briefs_dir, verdicts=scale,
                    review_author=parsed.review_author, review_author_url=parsed.review_author_url or "",
                    site_url=site_url, site_name=site_name, search=parsed.search, publish=parsed.publish,
                    rights=parsed.rights or "",
                    data_licence=DataLicence(parsed.data_licence.name, parsed.data_licence.url or ""),
                    excerpt_context=parsed.excerpt_context, allow_unrated=parsed.allow_unrated,
                    verdict_history=parsed.verdict_history, structured_data=parsed.structured_data,
                    editorial=editorial, render_cache=parsed.render_cache,
                    listing_size=parsed.listing_size, second_process=parsed.second_process,
                    preview_polling=parsed.preview_polling,
                    second_review=parsed.second_review)


@dataclass(frozen=True)
class _Locator:
    """Names each problem as mkdocs.yml spells the option, at its line when it is known."""

    source: str
    positions: Positions | None

    def problem(self, path: FieldPath, message: str, hint: str) -> Problem:
        line, col = self.positions.of(path) if self.positions else (0, 0)
        return self.name(Problem(self.source, line, col, message, field=format_field_path(path), hint=hint))

    def name(self, problem: Problem) -> Problem:
        field_name = f"{OPTIONS_FIELD}.{problem.field}" if problem.field else OPTIONS_FIELD
        line, col = (problem.line, problem.col) if self.positions else (0, 0)
        return dataclasses.replace(problem, path=self.source, line=line, col=col, field=field_name)


def _text_ids(options: dict[str, Any], at: _Locator) -> tuple[dict[str, Any], list[Problem]]:
    """Refuse verdict ids YAML read as something else (bare ``false`` is a boolean)."""
    verdicts = options.get("verdicts")
    if not isinstance(verdicts, dict):
        return options, []
    problems = []
    for key in [k for k in verdicts if not isinstance(k, str)]:
        shown = str(key).lower() if isinstance(key, bool) else str(key)
        problems.append(at.problem(("verdicts",), f"the verdict id {shown} is not text",
                                   f'write it in quotes, "{shown}":, or YAML reads it as a '
                                   f"{'true/false value' if isinstance(key, bool) else 'number'}"))
    return {**options, "verdicts": {k: v for k, v in verdicts.items() if isinstance(k, str)}}, problems


def _scale(written: dict[str, VerdictOptions | None], raw: dict[str, Any]) -> tuple[Verdict, ...]:
    """The configured scale, each step completed from the default step of the same id."""
    if not written:
        return DEFAULT_VERDICTS
    scale = []
    for verdict_id, options in written.items():
        default = _DEFAULTS_BY_ID.get(verdict_id, dataclasses.replace(_GENERIC, label=verdict_id))
        given = options or VerdictOptions()
        rating_given = isinstance(raw.get(verdict_id), dict) and "rating" in raw[verdict_id]
        scale.append(Verdict(
            id=verdict_id, label=given.label or default.label, colour=given.colour or default.colour,
            rating=given.rating if rating_given else default.rating,
            description=given.description or default.description, icon=given.icon or default.icon))
    return tuple(scale)


def _scale_problems(options: dict[str, Any], at: _Locator) -> list[Problem]:
    """What is wrong with the scale as a whole; read from the options as written, so that these
    problems are reported together with those of single values."""
    verdicts = options.get("verdicts")
    if not isinstance(verdicts, dict) or not verdicts:
        return []
    problems = []
    if UNRATED not in verdicts:
        problems.append(at.problem(("verdicts",), f"the scale must include '{UNRATED}', the verdict "
                                   "of claims that have none", f"add `{UNRATED}: {{}}` as the last step"))
    if options.get("check_rating_order", True) is not False:
        problems += _order_problems([(i, r) for i, given in verdicts.items()
                                     if (r := _written_rating(i, given)) is not None], at)
    return problems


def _written_rating(verdict_id: str, given: Any) -> int | None:
    """The step's rating: as written if it is a valid one, else the default step's (None if neither)."""
    if isinstance(given, dict) and "rating" in given:
        rating = given["rating"]
        return rating if type(rating) is int and WORST_RATING <= rating <= BEST_RATING else None
    default = _DEFAULTS_BY_ID.get(verdict_id)
    return default.rating if default else None


def _order_problems(rated: list[tuple[str, int]], at: _Locator) -> list[Problem]:
    """Ratings run one way along the scale: best first (the default) or worst first."""
    if len(rated) < 2:
        return []
    falling = rated[0][1] >= rated[-1][1]
    problems = []
    for (before, high), (after, rating) in zip(rated, rated[1:], strict=False):
        if (rating > high) if falling else (rating < high):
            first, last = ("best", "worst") if falling else ("worst", "best")
            problems.append(at.problem(
                ("verdicts", after, "rating"), f"{rating} rates '{after}' {'above' if falling else 'below'} "
                f"'{before}' ({high}), which comes before it on the scale",
                f"list the steps from the {first} rating to the {last}, change the rating, "
                "or set check_rating_order: false"))
    return problems


# --- reading mkdocs.yml without MkDocs ---------------------------------------------------------


class _TolerantLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]
    """Reads mkdocs.yml safely (with libyaml when PyYAML has it): tags such as
    ``!!python/name`` become plain None."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda lo, s, n: None)


def read_project_settings(config_file: Path, source: str | None = None) -> Settings | tuple[Problem, ...]:
    """Read the ``briefs`` plugin section of ``mkdocs.yml`` (defaults if there is none)."""
    source = source or str(config_file)
    try:
        text = config_file.read_text(encoding="utf-8")
        config = yaml.load(text, Loader=_TolerantLoader) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as error:
        return (Problem(source, 0, 0, f"cannot read the project configuration: {error}"),)
    options: dict[str, Any] = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and PLUGIN_NAME in plugin:
            options = plugin[PLUGIN_NAME] or {}
    if not isinstance(options, dict):
        return (Problem(source, 0, 0, "must be a mapping of options", field=OPTIONS_FIELD),)
    theme = config.get("theme")
    custom_dir = theme.get("custom_dir") if isinstance(theme, dict) else None
    language = theme.get("language") if isinstance(theme, dict) else None
    return settings_from_mapping(options, config_file.parent, str(config.get("site_url") or ""),
                                 str(config.get("site_name") or PUBLISHER), source=source,
                                 locate=partial(options_positions, text),
                                 theme_dir=custom_dir if isinstance(custom_dir, str) else None,
                                 duplicates=duplicate_options(text, source),
                                 language=language if isinstance(language, str) else DEFAULT_LOCALE)


def options_positions(config_text: str) -> Positions | None:
    """Where the ``briefs`` plugin's options sit in the text of ``mkdocs.yml``, if they are there."""
    options = _options_node(config_text)
    return node_positions(options) if isinstance(options, yaml.MappingNode) else None


def duplicate_options(config_text: str, source: str) -> tuple[Problem, ...]:
    """Each key the ``briefs`` plugin's options repeat, at its line (YAML loaders keep the last one)."""
    options = _options_node(config_text)
    if options is None:
        return ()
    at = _Locator(source, Positions(tables=({}, {})))
    return tuple(at.name(problem) for problem in duplicate_keys(options, source))


def _options_node(config_text: str) -> yaml.Node | None:
    try:
        root = yaml.compose(config_text, Loader=SAFE_LOADER)  # composing runs no tag's constructor
    except yaml.YAMLError:
        return None
    plugins = _mapping_value(root, "plugins")
    for item in plugins.value if isinstance(plugins, yaml.SequenceNode) else []:
        if (options := _mapping_value(item, PLUGIN_NAME)) is not None:
            return options
    return None


def _mapping_value(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
