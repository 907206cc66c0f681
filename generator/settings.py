"""Project settings: where briefs live, the verdict scale, who publishes reviews.

The settings live in ``mkdocs.yml`` under the ``briefs`` plugin. The plugin
hands MkDocs' parsed values to :func:`settings_from_mapping`; the CLI reads
the same section with :func:`read_project_settings`, without importing MkDocs,
so any publisher that reads ``mkdocs.yml`` sees one configuration.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problem


@dataclass(frozen=True)
class Verdict:
    """One step of the verdict scale."""

    id: str
    label: str
    colour: str
    rating: int | None
    description: str


DEFAULT_VERDICTS: tuple[Verdict, ...] = (
    Verdict("accurate", "Accurate", "#1a7f37", 5,
            "The claim matches the record."),
    Verdict("mostly-accurate", "Mostly accurate", "#4d7c0f", 4,
            "The claim is right in substance but wrong or loose in a detail."),
    Verdict("misleading", "Misleading", "#b45309", 2,
            "The claim contains some truth but leaves a false impression."),
    Verdict("unsupported", "Unsupported", "#9a3412", 3,
            "No public evidence supports the claim, or the evidence points elsewhere."),
    Verdict("false", "False", "#b91c1c", 1,
            "The record contradicts the claim."),
    Verdict("not-checkable", "Not checkable", "#52525b", None,
            "An opinion, a threat or a prediction: nothing a fact check can settle."),
    Verdict("unrated", "Unrated", "#52525b", None,
            "Not yet reviewed."),
)
UNRATED = "unrated"


@dataclass(frozen=True)
class Settings:
    """Everything the generator needs to know about the project."""

    briefs_dir: Path = Path("briefs")
    verdicts: tuple[Verdict, ...] = DEFAULT_VERDICTS
    review_author: str = "newsbriefs"
    review_author_url: str = ""
    site_url: str = ""
    site_name: str = "newsbriefs"
    extra: dict[str, Any] = field(default_factory=dict)

    def verdict(self, verdict_id: str) -> Verdict:
        """The verdict with this id (callers validate ids first)."""
        return self._verdicts_by_id[verdict_id]

    @cached_property
    def _verdicts_by_id(self) -> dict[str, Verdict]:
        return {v.id: v for v in self.verdicts}

    @property
    def verdict_ids(self) -> list[str]:
        """The configured verdict ids, in scale order."""
        return [v.id for v in self.verdicts]


class SettingsError(ValueError):
    """The briefs settings in mkdocs.yml are not usable; the message says why."""


def settings_from_mapping(options: dict[str, Any], project_dir: Path,
                          site_url: str = "", site_name: str = "newsbriefs") -> Settings:
    """Build settings from the plugin's options in ``mkdocs.yml``; raise SettingsError if unusable."""
    verdicts = options.get("verdicts") or None
    for key in verdicts or {}:
        if not isinstance(key, str):
            raise SettingsError(f"briefs.verdicts: the verdict id {key!r} must be text; write it in "
                                f'quotes, e.g. "{str(key).lower()}":')
    if UNRATED not in (verdicts or {UNRATED: None}):
        raise SettingsError(f"briefs.verdicts: the scale must include '{UNRATED}', the verdict of "
                            "claims that have none")
    return Settings(
        briefs_dir=project_dir / str(options.get("briefs_dir") or "briefs"),
        verdicts=tuple(_verdict(k, v or {}) for k, v in verdicts.items()) if verdicts
        else DEFAULT_VERDICTS,
        review_author=str(options.get("review_author") or "newsbriefs"),
        review_author_url=str(options.get("review_author_url") or ""),
        site_url=site_url,
        site_name=site_name,
    )


def _verdict(verdict_id: str, options: dict[str, Any]) -> Verdict:
    default = next((v for v in DEFAULT_VERDICTS if v.id == verdict_id), None)
    return Verdict(
        id=verdict_id,
        label=str(options.get("label") or (default.label if default else verdict_id)),
        colour=str(options.get("colour") or (default.colour if default else "#52525b")),
        rating=options.get("rating", default.rating if default else None),
        description=str(options.get("description") or (default.description if default else "")),
    )


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml safely: tags such as ``!!python/name`` become plain None."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda lo, s, n: None)


def read_project_settings(config_file: Path) -> Settings | Problem:
    """Read the ``briefs`` plugin section of ``mkdocs.yml`` (defaults if there is none)."""
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as error:
        return Problem(str(config_file), 0, 0, f"cannot read the project configuration: {error}")
    options: dict[str, Any] = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "briefs" in plugin:
            options = plugin["briefs"] or {}
    try:
        return settings_from_mapping(options, config_file.parent, str(config.get("site_url") or ""),
                                     str(config.get("site_name") or "newsbriefs"))
    except SettingsError as error:
        return Problem(str(config_file), 0, 0, str(error))
