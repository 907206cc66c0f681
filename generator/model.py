"""The sidecar format, version 1, as typed and immutable values.

These classes are the single description of the format: validation of
sidecars and ``briefs/actors.yaml`` runs through them, and the published JSON
Schema is generated from them (``generator.schema``). They hold what an author
wrote, nothing derived; cross references (actor ids, verdicts, anchors) are
checked later, where the whole corpus and the article are known.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, ConfigDict, Field, StringConstraints
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
ActorKind = Literal["person", "organization", "state", "group", "other"]
NoteKind = Literal["context", "correction", "artefact"]

_STRICT = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def _require_web_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise PydanticCustomError("web_url", "must be an http:// or https:// address")
    return value


Text = Annotated[str, StringConstraints(min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
WebUrl = Annotated[str, AfterValidator(_require_web_url), Field(pattern=r"^https?://\S+$")]
Wikidata = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]


@dataclass(config=_STRICT)
class TextQuote:
    """A W3C TextQuoteSelector: the exact text, optionally with its surroundings."""

    exact: Text
    prefix: str = ""
    suffix: str = ""


Anchor = Text | TextQuote


@dataclass(config=_STRICT)
class SourceLink:
    """A cited source with a readable title."""

    url: WebUrl
    title: Text | None = None


SourceRef = WebUrl | SourceLink


@dataclass(config=_STRICT)
class Source:
    """Where the article comes from."""

    outlet: Text
    published: dt.date
    author: Text | None = None
    url: WebUrl | None = None
    perspective: Text | None = None


@dataclass(config=_STRICT)
class Event:
    """When and where the reported event happened."""

    date: dt.date | None = None
    place: Text | None = None


@dataclass(config=_STRICT)
class Actor:
    """A person, organisation, state or group; a bare entry refers to the registry."""

    name: Text | None = None
    kind: ActorKind | None = None
    aliases: tuple[Text, ...] = ()
    description: Text | None = None
    member_of: Slug | None = None
    wikidata: Wikidata | None = None
    role: Text | None = None


@dataclass(config=_STRICT)
class Claim:
    """Who said what, where it sits in the article, and how it holds up."""

    by: Slug
    quote: Anchor
    claim: Text
    id: Slug | None = None
    about: tuple[Slug, ...] = ()
    verdict: Slug | None = None
    explanation: Text | None = None
    sources: tuple[SourceRef, ...] = ()


@dataclass(config=_STRICT)
class Note:
    """Background, a correction of the article, or a capture artefact."""

    kind: NoteKind
    text: Text
    anchor: Anchor | None = None
    sources: tuple[SourceRef, ...] = ()


@dataclass(config=_STRICT)
class Sidecar:
    """One brief's annotations, as written in ``briefs/<stem>.yaml``."""

    summary: Text
    source: Source
    title: Text | None = None
    event: Event | None = None
    tags: tuple[Slug, ...] = ()
    omit: tuple[Text, ...] = ()
    actors: dict[Slug, Actor | None] = Field(default_factory=dict)
    claims: tuple[Claim, ...] = ()
    notes: tuple[Note, ...] = ()


@dataclass(config=_STRICT)
class Registry:
    """``briefs/actors.yaml``: actors shared by many briefs."""

    actors: dict[Slug, Actor] = Field(default_factory=dict)
