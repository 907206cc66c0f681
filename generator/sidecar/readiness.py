"""Is a sidecar ready to publish? Left-over TODO markers, placeholder actors and a missing date.

A draft (``status: draft``) may hold all of these: it is checked but never
published. A brief marked ``published`` that still holds one is refused,
each problem located at the value (or key) that holds it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from typing import Any

from generator.errors import Problem
from generator.sidecar.model import Sidecar, SourceLink
from generator.sidecar.yaml_positions import FieldPath, Positions, format_field_path

TODO_MARKER = re.compile(r"\bTODO\b")
# `briefs new` names the speakers it could not guess `todo-speaker`; any id with a `todo` part is one.
PLACEHOLDER_ID = re.compile(r"(?:^|-)todo(?:-|$)")
# Fields that copy the article's own words, which may say "TODO" for all the author knows.
ARTICLE_WORDS = frozenset({"quote", "anchor", "omit"})
_FIX = "write the missing words, or set `status: draft` to keep the brief unpublished"


def publication_problems(sidecar: Sidecar, positions: Positions, source: str) -> list[Problem]:
    """Every reason the sidecar cannot be published yet (none for drafts)."""
    if sidecar.status == "draft":
        return []
    marked = any(TODO_MARKER.search(text) for text in _strings(sidecar))  # (most hold none: paths unbuilt)
    problems = [Problem(source, *positions.of(path), "still holds a TODO marker",
                        field=format_field_path(path), hint=_FIX)
                for path, value in (_texts(sidecar, ()) if marked else ())
                if TODO_MARKER.search(value) and not ARTICLE_WORDS.intersection(map(str, path))]
    problems += [Problem(source, *positions.of(("actors", actor_id), key=True),
                         f"'{actor_id}' is a placeholder actor",
                         field="actors", hint="name the real speaker (and use their id in `by:`), "
                         "or set `status: draft`")
                 for actor_id in sidecar.actors if PLACEHOLDER_ID.search(actor_id)]
    if sidecar.source.published is None:
        problems.append(Problem(source, *positions.of(("source",)), "the article's date is missing",
                                field="source", hint="add `published: YYYY-MM-DD` (the date the outlet "
                                "published it), or set `status: draft`"))
    return problems


def _strings(value: Any) -> Iterator[str]:
    """Every text value in the sidecar, without its field path."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for name in _field_names(type(value)):
            yield from _strings(getattr(value, name))


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def forget_memos() -> None:
    """Empty this module's memo of the model's field names."""
    _field_names.cache_clear()


def _texts(value: Any, path: FieldPath) -> list[tuple[FieldPath, str]]:
    """Every text value in the sidecar with its field path (keys are checked apart)."""
    if isinstance(value, str):
        return [(path, value)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [found for name in _field_names(type(value))
                for found in _texts(getattr(value, name), (*path, name))]
    if isinstance(value, tuple):
        return [found for i, item in enumerate(value) for found in _texts(item, (*path, i))]
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _texts(item, (*path, key))]
    return []


def source_warnings(sidecar: Sidecar, positions: Positions, source: str) -> list[Problem]:
    """Each claim whose every source is marked secondary, located at its ``sources``.

    Advice, not a refusal: ``briefs check`` prints it as a warning and still passes; a secondary
    source may be all there is.
    """
    warnings = []
    for i, claim in enumerate(sidecar.claims):
        if claim.sources and all(isinstance(s, SourceLink) and s.kind == "secondary" for s in claim.sources):
            path = ("claims", i, "sources")
            warnings.append(Problem(
                source, *positions.of(path), "every source of this claim is secondary",
                field=format_field_path(path), hint="cite the document itself, a wire report or the "
                "reporting the secondary sources rely on, where one exists"))
    return warnings
