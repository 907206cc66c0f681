"""The release gate: what stops a site going live that a preview lets through (``briefs check --release``).

``mkdocs build --strict`` builds the example project as shipped, placeholders and
all, because a preview must build before anything is filled in. Going live is
another question, asked here and only here. The gate refuses, each at the line
that holds it:

- in ``mkdocs.yml``: a ``site_url`` that is missing or not the newsroom's
  (``example.org``, ``.com``, ``.net``, ``localhost``, a private address); the
  tool's own name as the site's name or the reviewing organisation; editorial
  texts that still hold the wording the project ships; no contact for corrections;
- in a hand-written ``docs/about.md`` or ``docs/corrections.md``: the shipped wording;
- in each published sidecar: no ``writer``, no ``reviewers``, a writer who is the
  only reviewer (when ``second_review`` is on), no ``reviewed`` date, and sources
  given as a bare address or without a title.

It reads the sidecars afresh and returns problems only: the ordinary check
reports whatever else is wrong with them.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from generator.errors import Problem
from generator.linking.corpus import Shown, pair_files, parse_sidecar
from generator.settings import OPTIONS_FIELD, PUBLISHER, Editorial, Settings, options_positions
from generator.sidecar.model import SourceLink, SourceRef
from generator.sidecar.yaml_positions import FieldPath, Positions, format_field_path, node_positions

# Words the project ships in its defaults and its example mkdocs.yml, that no newsroom means to publish.
PLACEHOLDER_WORDING = (Editorial().about, "Edit this text", "in mkdocs.yml", "has not yet said",
                       "has not yet published")
RESERVED_DOMAINS = ("example.org", "example.com", "example.net")  # RFC 2606, as the project's examples use
RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost", ".local", ".internal")
_PLACEHOLDER_PATTERNS = tuple((words, re.compile(r"\s+".join(map(re.escape, words.split())), re.IGNORECASE))
                              for words in PLACEHOLDER_WORDING)
_EDITORIAL_HINTS = {
    "about": "write who publishes the site and why",
    "funding": "say who pays for the site (and whether it takes money from anyone it checks)",
}


@dataclass(frozen=True)
class ConfigText:
    """``mkdocs.yml`` as written: its text, how messages name it, and where its nodes are."""

    text: str
    source: str
    top: Positions  # top-level keys (``site_url``)
    options: Positions | None  # the briefs plugin's options, when it has any

    def at(self, options_path: FieldPath, *, key: bool = False) -> tuple[int, int]:
        """Where a plugin option (or its ``key``) is written, else its nearest written parent."""
        if self.options is not None:
            return self.options.of(options_path, key=key)
        return self.top.of(("plugins",))


def read_config_text(config_file: Path, source: str) -> ConfigText:
    """The configuration's text and node positions (empty positions when it cannot be composed)."""
    text = config_file.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)  # composing runs no tag's constructor
    except yaml.YAMLError:
        root = None
    top = node_positions(root) if isinstance(root, yaml.MappingNode) else Positions(tables=({}, {}))
    return ConfigText(text, source, top, options_positions(text))


def release_problems(config: ConfigText, settings: Settings, docs_dir: Path, shown: Shown) -> list[Problem]:
    """Every reason the project may not go live yet (none: it may)."""
    problems = site_problems(config, settings)
    problems += editorial_problems(config, settings, docs_dir, shown)
    for _stem, (_article, sidecar_file) in sorted(pair_files(settings.briefs_dir, shown, []).items()):
        problems += brief_problems(sidecar_file.read_bytes(), shown(sidecar_file), settings)
    return problems


# --- mkdocs.yml ----------------------------------------------------------------------------------


def site_problems(config: ConfigText, settings: Settings) -> list[Problem]:
    """The site's address and the names it publishes under."""
    problems = []
    if why := placeholder_address(settings.site_url):
        at = config.top.of(("site_url",)) if settings.site_url else config.top.of(())
        problems.append(Problem(config.source, *at, why, field="site_url",
                                hint="set it to the address readers will find the site at; every "
                                "canonical link, feed entry and ClaimReview carries it"))
    if settings.site_name.strip().casefold() == PUBLISHER:
        problems.append(Problem(config.source, *config.top.of(("site_name",)),
                                f"'{settings.site_name}' is the name of the software, not of the site",
                                field="site_name", hint="give the newsroom's or the site's own name"))
    if settings.review_author.strip().casefold() == PUBLISHER:
        problems.append(Problem(
            config.source, *config.at(("review_author",)),
            f"the reviews would be published by '{settings.review_author}', the name of the software",
            field=f"{OPTIONS_FIELD}.review_author", hint="set `review_author:` to the organisation that "
            "checks the claims; ClaimReview readers and the feed show it as the fact checker"))
    return problems


def placeholder_address(site_url: str) -> str:
    """Why ``site_url`` cannot be the live site's address, or an empty string when it can be."""
    if not site_url:
        return "no site address is set"
    host = (urlsplit(site_url).hostname or "").rstrip(".").lower()
    if not host:
        return f"'{site_url}' names no host"
    if host == "localhost" or host.endswith(RESERVED_SUFFIXES) or "." not in host and not _ip(host):
        return f"'{host}' is a local name, not a public address"
    if any(host == d or host.endswith("." + d) for d in RESERVED_DOMAINS):
        return f"'{host}' is a domain reserved for examples"
    if (ip := _ip(host)) and not ip.is_global:
        return f"'{host}' is a private or local address"
    return ""


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def editorial_problems(config: ConfigText, settings: Settings, docs_dir: Path, shown: Shown) -> list[Problem]:
    """Shipped wording in the About page's texts (or the hand-written page), and no contact."""
    problems: list[Problem] = []
    editorial = settings.editorial
    about_page, corrections_page = docs_dir / "about.md", docs_dir / "corrections.md"
    for page in (about_page, corrections_page):
        if page.is_file():
            problems += _page_placeholders(page, shown(page))
    if not about_page.is_file():
        for name, hint in _EDITORIAL_HINTS.items():
            problems += _option_placeholders(config, name, getattr(editorial, name), hint, settings)
    if not (editorial.contact or editorial.corrections_contact or corrections_page.is_file()):
        problems.append(Problem(config.source, *config.at(("editorial",), key=True),
                                "readers have no contact to report an error",
                                field=f"{OPTIONS_FIELD}.editorial.corrections_contact",
                                hint="add `contact:` (an e-mail or web address) under `editorial:`, and "
                                "`corrections_contact:` if reports of errors go elsewhere"))
    return problems


def _option_placeholders(config: ConfigText, name: str, text: str, hint: str,
                         settings: Settings) -> list[Problem]:
    """The shipped wording in one editorial option, at its line in mkdocs.yml when it is written there."""
    field = f"{OPTIONS_FIELD}.editorial.{name}"
    shipped = getattr(Editorial(), name)
    # The default fills only what mkdocs.yml leaves out, in the site's language.
    default = bool(shipped) and text in (shipped, settings.words.gettext(shipped))
    if not default and not any(pattern.search(text) for _, pattern in _PLACEHOLDER_PATTERNS):
        return []
    if default:
        return [Problem(config.source, *config.at(("editorial",), key=True),
                        f"the {name} text is the shipped default", field=field,
                        hint=f"add `{name}:` under `editorial:`: {hint}")]
    line, col = config.at(("editorial", name))
    found = _placeholders(config.text, line) or [((line, col), PLACEHOLDER_WORDING[0])]
    return [Problem(config.source, *at, f"still holds the shipped wording '{words}'", field=field, hint=hint)
            for at, words in found[:1]]


def _placeholders(text: str, from_line: int) -> list[tuple[tuple[int, int], str]]:
    """Where the shipped wording is in ``text`` from ``from_line`` on: the first phrase of each line."""
    found = sorted((at, words) for words, pattern in _PLACEHOLDER_PATTERNS
                   if (at := _found_at(text, pattern, from_line)))
    return [(at, words) for i, (at, words) in enumerate(found) if i == 0 or found[i - 1][0][0] != at[0]]


def _found_at(text: str, pattern: re.Pattern[str], from_line: int) -> tuple[int, int] | None:
    """The line and column of the first match of ``pattern`` at or after ``from_line``."""
    lines = text.split("\n")
    offset = sum(len(line) + 1 for line in lines[:from_line - 1])
    match = pattern.search(text, offset)
    if match is None:
        return None
    line = text.count("\n", 0, match.start()) + 1
    return line, match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1


def _page_placeholders(page: Path, source: str) -> list[Problem]:
    text = page.read_text(encoding="utf-8")
    return [Problem(source, *at, f"still holds the shipped wording '{words}'",
                    hint="write the newsroom's own words") for at, words in _placeholders(text, 1)]


# --- the briefs ----------------------------------------------------------------------------------


def brief_problems(data: bytes, source: str, settings: Settings) -> list[Problem]:
    """What a published sidecar lacks before it may go live (nothing for drafts or broken sidecars)."""
    validated = parse_sidecar(source, data)
    sidecar = validated.value
    if sidecar is None or sidecar.status == "draft":
        return []
    positions = validated.positions
    start = positions.of(())
    problems = []
    if not sidecar.writer:
        problems.append(Problem(source, *start, "a published brief names no writer", field="writer",
                                hint="add `writer:` with the id of who wrote it in briefs/people.yaml"))
    if not sidecar.reviewers:
        problems.append(Problem(source, *start, "a published brief names no reviewer", field="reviewers",
                                hint="add `reviewers: [<id>]` with who edited or checked it"))
    elif settings.second_review and set(sidecar.reviewers) <= {sidecar.writer}:
        problems.append(Problem(source, *positions.of(("reviewers",)), f"'{sidecar.writer}' wrote the brief "
                                "and is its only reviewer", field="reviewers",
                                hint="a second person must review it before it goes live (or set "
                                "`second_review: false` under the briefs plugin)"))
    if sidecar.reviewed is None:
        problems.append(Problem(source, *start, "a published brief has no review date", field="reviewed",
                                hint="add `reviewed: YYYY-MM-DD`, the day the review was finished"))
    problems += [Problem(source, *positions.of(path), "a source without a title",
                         field=format_field_path(path), hint="write it as {title: <headline, outlet>, "
                         "url: ...} so readers know what it is before they follow it")
                 for path, ref in _sources(sidecar.claims, "claims") + _sources(sidecar.notes, "notes")
                 if not (isinstance(ref, SourceLink) and ref.title)]
    return problems


def _sources(items: tuple[object, ...], key: str) -> list[tuple[FieldPath, SourceRef]]:
    return [((key, i, "sources", j), ref) for i, item in enumerate(items)
            for j, ref in enumerate(getattr(item, "sources", ()))]
