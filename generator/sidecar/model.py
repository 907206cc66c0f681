"""The sidecar format, version 1, as typed and immutable values.

These classes are the single description of the format: validation of
sidecars and ``briefs/actors.yaml`` runs through them, and the published JSON
Schema is generated from them (``generator.sidecar.json_schema``). They hold what an author
wrote, nothing derived; cross references (actor ids, verdicts, anchors) are
checked later, where the whole corpus and the article are known.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import typing
from collections.abc import Callable
from typing import Annotated, Literal, NamedTuple
from urllib.parse import urlsplit

from pydantic import AfterValidator, ConfigDict, Field, StringConstraints
from pydantic.dataclasses import dataclass
from pydantic_core import PydanticCustomError

from generator.translation import N_

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SIDECAR_SUFFIX = ".yaml"  # a brief's sidecar is briefs/<stem>.yaml, beside its article
# A later capture of a brief's article (`briefs recapture`), kept beside it: <stem>.<YYYY-MM-DD>.<type>.
LATER_CAPTURE_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*\.\d{4}-\d{2}-\d{2}(?:-\d+)?(?:\.[a-z]+)+$"
UNRATED = "unrated"  # the verdict of a claim that has none; every verdict scale includes it

# The closed vocabularies of the format. Each Literal is the one list of its values; the table
# beside it says what each value means wherever it is shown (a test keeps the two in step).
ActorKind = Literal["person", "organization", "state", "group", "other"]
ACTOR_SCHEMA_TYPES: dict[ActorKind, str] = {  # the schema.org type of a claim's author in JSON-LD
    "person": "Person", "organization": "Organization", "state": "Country",
    "group": "Organization", "other": "Thing"}

NoteKind = Literal["correction", "artefact", "context"]  # in the order a brief page lists them


class NoteKindMeaning(NamedTuple):
    """How a note kind is shown to readers and published as a W3C Web Annotation."""

    label: str
    motivation: str
    icon: str  # shown with the label and on the marker, so colour is never the only sign


NOTE_KINDS: dict[NoteKind, NoteKindMeaning] = {
    "correction": NoteKindMeaning(N_("Correction"), "editing", "✎"),
    "artefact": NoteKindMeaning(N_("Capture artefact"), "describing", "⚙"),
    "context": NoteKindMeaning(N_("Context"), "commenting", "ℹ"),
}


def slug_like(value: str, fallback: str = "my-id") -> str:
    """``value`` as an id would spell it (``Café Ré``: ``cafe-re``) for a hint, else ``fallback``."""
    # Imported here, for a hint: its transliteration table (about 4 MiB) would otherwise be
    # loaded, and held to the end, by every build, which needs it only to word a mistake.
    from slugify import slugify

    return slugify(value) or fallback


def one_of(vocabulary: object) -> str:
    """``a, b or c`` for the values of a Literal, as descriptions and hints spell them."""
    values = typing.get_args(vocabulary)
    return f"{', '.join(values[:-1])} or {values[-1]}"

Status = Literal["draft", "published"]  # a draft is checked but never published
PublishMode = Literal["full", "excerpt"]
SourceKind = Literal["primary", "wire", "report", "secondary"]
SOURCE_KINDS: dict[SourceKind, str] = {  # how each kind of source is labelled on a card and in the list
    "primary": N_("Primary document"), "wire": N_("Wire report"), "report": N_("Report"),
    "secondary": N_("Secondary")}

ChangeKind = Literal["verdict", "correction", "withdrawal", "update"]
CHANGE_KINDS: dict[ChangeKind, str] = {  # how each kind of entry of a corrections log is labelled
    "verdict": N_("Verdict changed"), "correction": N_("Correction"), "withdrawal": N_("Claim withdrawn"),
    "update": N_("Update")}
# How each actor kind is named to readers (the id itself, in the site's language).
ACTOR_KIND_NAMES: dict[ActorKind, str] = {
    "person": N_("person"), "organization": N_("organization"), "state": N_("state"), "group": N_("group"),
    "other": N_("other")}

VersionState = Literal["changed", "removed", "replaced"]
PassageState = Literal["moved", "changed", "gone"]

_STRICT = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def _require_web_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise PydanticCustomError("web_url", "must be an http:// or https:// address")
    return value


@dataclasses.dataclass(frozen=True)
class Message:
    """What an author is told when text breaks the constraints of its type, declared beside them.

    Put in the type's ``Annotated[str, <constraints>, Message(...)]``: validation
    (``sidecar/validate.py``) finds it wherever the type is used (a field, a list
    item, a mapping's key, an arm of a union) and tells text that fails any of
    the constraints ``text`` and ``hint``, with ``{value}`` standing for the text
    written and ``{example}`` for ``example(value)``. A value that is not text at
    all gets the general message for its kind.
    """

    text: str
    hint: str = ""
    example: Callable[[str], str] | None = None

    def about(self, value: str) -> tuple[str, str]:
        """The message and the hint for ``value``."""
        example = self.example(value) if self.example else ""
        # The value goes in last, so nothing an author wrote is read as a placeholder.
        text, hint = (t.replace("{example}", example).replace("{value}", value)
                      for t in (self.text, self.hint))
        return text, hint


Text = Annotated[str, StringConstraints(min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN),
                 Message("'{value}' is not a valid id",
                         hint="use lowercase letters, digits and single hyphens, e.g. '{example}'",
                         example=slug_like)]
WebUrl = Annotated[str, AfterValidator(_require_web_url), Field(pattern=r"^https?://\S+$"),
                   Message("'{value}' is not an http:// or https:// address",
                           hint="links must start with http:// or https://")]
def _require_language_tag(value: str) -> str:
    # langcodes is imported where a tag is first checked: its tables take a tenth of a `briefs check`
    # that validates no sidecar with a language.
    import langcodes

    if not langcodes.tag_is_valid(value):
        raise PydanticCustomError("language_tag", "must be a BCP 47 language tag")
    return value


def language_like(value: str) -> str:
    """A tag near ``value``, quoted: its standard form, or the code of a language named in English."""
    import langcodes

    try:
        tag = str(langcodes.standardize_tag(value.replace("_", "-")))
    except (ValueError, LookupError):
        tag = ""
    if tag and langcodes.tag_is_valid(tag):
        return f"'{tag}'"
    return _language_named(value.strip().casefold())


@functools.cache
def _language_named(name: str) -> str:
    from babel import Locale  # loaded only to help an author who wrote a language's name

    names = {n.casefold(): code for code, n in Locale("en").languages.items()}
    code = names.get(name) or names.get(f"{name} language")
    return f"'{code.replace('_', '-')}'" if code else "such as 'fa', 'ar', 'fr' or 'de-AT'"


# BCP 47 (RFC 5646): a language subtag, then script, region and variant subtags joined by hyphens.
LANGUAGE_TAG_PATTERN = r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$"
LanguageTag = Annotated[str, StringConstraints(pattern=LANGUAGE_TAG_PATTERN),
                        AfterValidator(_require_language_tag),
                        Message("'{value}' is not a BCP 47 language tag",
                                hint="write the language's BCP 47 code, {example}",
                                example=language_like)]
DEFAULT_LANGUAGE = "en"  # the language of a brief whose sidecar names none
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$"),
                   Message("'{value}' is not a SHA-256 fingerprint",
                           hint="write the 64 lowercase hexadecimal digits `sha256sum` prints; "
                                "`briefs capture` and `briefs recapture` write it")]
FileName = Annotated[str, StringConstraints(pattern=r"^[^/\\\s.][^/\\]*$"),
                     Message("'{value}' is not the name of a file beside the article",
                             hint="give the file's name alone, without a folder, e.g. "
                                  "2024-03-12-dock-strike.warc.gz")]
Wikidata = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$"),
                     Message("'{value}' is not a Wikidata item id",
                             hint="write it as Q followed by digits, e.g. Q2429253")]


@dataclass(config=_STRICT)
class TextQuote:
    """A W3C TextQuoteSelector: the exact text, optionally with its surroundings."""

    exact: Text = Field(description="The quoted words, exactly as the article has them.")
    prefix: str = Field(default="", description="Text just before the quote, to tell repeated quotes apart.")
    suffix: str = Field(default="", description="Text just after the quote, to tell repeated quotes apart.")


Anchor = Text | TextQuote
QuotePieces = Annotated[tuple[Anchor, ...], Field(min_length=1)]
Quote = Anchor | QuotePieces


@dataclass(config=_STRICT)
class SourceLink:
    """A cited source with a readable title, and as much as is known of who published it and when."""

    url: WebUrl = Field(description="An http:// or https:// address.")
    title: Text | None = Field(default=None, description="A readable title shown instead of the address: "
                               "the source's headline or the document's name.")
    published: dt.date | None = Field(default=None, description="The source's date, YYYY-MM-DD.")
    author: Text | None = Field(default=None, description="Who wrote or issued it: a byline, an office.")
    outlet: Text | None = Field(default=None, description="The publication, agency or body that "
                                "published it.")
    accessed: dt.date | None = Field(default=None, description="When it was read, YYYY-MM-DD (for a page "
                                     "that may change).")
    archive: WebUrl | None = Field(default=None, description="An archived copy, e.g. a web.archive.org "
                                   "address.")
    kind: SourceKind | None = Field(default=None, description=f"{one_of(SourceKind)}: primary is the "
                                    "document itself (a statement, a transcript, official figures), wire a "
                                    "news agency's report, report an outlet's own reporting, secondary "
                                    "a report of others' reporting.")


SourceRef = WebUrl | SourceLink


@dataclass(config=_STRICT)
class PageLink:
    """A page by or about a person, with a readable title."""

    url: WebUrl = Field(description="An http:// or https:// address.")
    title: Text | None = Field(default=None, description="A readable title shown instead of the address.")
    published: dt.date | None = Field(default=None, description="The page's date, YYYY-MM-DD.")


@dataclass(config=_STRICT)
class Source:
    """Where the article comes from."""

    outlet: Text = Field(description="The publication, e.g. World Israel News.")
    published: dt.date | None = Field(default=None, description="Publication date, YYYY-MM-DD; "
                                      "a draft may leave it out, a published brief needs it.")
    author: Text | None = Field(default=None, description="The byline.")
    url: WebUrl | None = Field(default=None, description="The article's address (http or https).")
    archive: WebUrl | None = Field(default=None, description="An archived copy of the article, e.g. "
                                   "a web.archive.org address.")
    perspective: Text | None = Field(default=None, description="The outlet's stance, in neutral words.")


@dataclass(config=_STRICT)
class OmitLines:
    """Lines to leave out without copying each one: a block (``first`` to ``last``) or a ``pattern``."""

    first: Text | None = Field(default=None, description="The block's first line, exactly as the article has "
                               "it (with `last`).")
    last: Text | None = Field(default=None, description="The block's last line; it and all between go too.")
    pattern: Text | None = Field(default=None, description="A regular expression (Python syntax); every line "
                                 "it matches is left out.")


Omit = Text | OmitLines


@dataclass(config=_STRICT)
class Event:
    """When and where the reported event happened."""

    date: dt.date | None = Field(default=None, description="When the event happened, YYYY-MM-DD.")
    place: Text | None = Field(default=None, description="Where it happened.")


@dataclass(config=_STRICT)
class Actor:
    """A person, organisation, state or group; a bare entry refers to the registry."""

    name: Text | None = Field(default=None, description="Display name; leave out to use the registry's.")
    kind: ActorKind | None = Field(default=None, description=f"{one_of(ActorKind)}.")
    aliases: tuple[Text, ...] = Field(default=(), description="Other names to find and link in the text.")
    description: Text | None = Field(default=None, description="Who or what this is, in one sentence.")
    member_of: Slug | None = Field(default=None, description="Id of the actor this one belongs to.")
    wikidata: Wikidata | None = Field(default=None, description="Wikidata item id, e.g. Q2429253.")
    role: Text | None = Field(default=None, description="The actor's role in this brief.")


@dataclass(config=_STRICT)
class Claim:
    """Who said what, where it sits in the article, and how it holds up."""

    by: Slug = Field(description="Id of the actor who makes the claim.")
    quote: Quote = Field(description="The claim's exact words in the article (or exact/prefix/suffix); "
                         "a list of such pieces for words the article interrupts or the author shortens.")
    claim: Text = Field(description="What is claimed, in plain words.")
    id: Slug | None = Field(default=None, description="Unique id in this brief; default: <by>-<number>.")
    about: tuple[Slug, ...] = Field(default=(), description="Ids of the actors the claim is about.")
    verdict: Slug | None = Field(default=None,
                                 description=f"A step of the verdict scale; default: {UNRATED}.")
    explanation: Text | None = Field(default=None,
                                     description="Why the verdict (Markdown); required with one.")
    sources: tuple[SourceRef, ...] = Field(default=(), description="Addresses, or {url, title, author, "
                                           "outlet, published, accessed, archive, kind}, that back it.")
    paraphrase: bool = Field(default=False, description="true when the article reports the words "
                             "rather than quoting them; shown without quotation marks.")
    translation: Text | None = Field(default=None, description="The quote's words in the site's language, "
                                     "for readers of the site; the quote stays in the article's words.")


def default_claim_id(by: str, index: int) -> str:
    """The id of the claim at ``index`` (from 0) of a brief's ``claims`` that gives none: ``<by>-<n>``.

    Pages, anchors, open data and the verdict history of past revisions all name a claim by it,
    so a claim keeps its id as long as its author and place in the list do.
    """
    return f"{by}-{index + 1}"


@dataclass(config=_STRICT)
class Note:
    """Background, a correction of the article, or a capture artefact."""

    kind: NoteKind = Field(description=f"{one_of(NoteKind)}.")
    text: Text = Field(description="The note (Markdown).")
    anchor: Anchor | None = Field(default=None, description="Where it applies in the article.")
    sources: tuple[SourceRef, ...] = Field(default=(), description="Addresses, or {url, title, author, "
                                           "outlet, published, accessed, archive, kind}, that back it.")


@dataclass(config=_STRICT)
class Change:
    """One dated entry of a brief's corrections log."""

    date: dt.date = Field(description="When the change was published, YYYY-MM-DD.")
    text: Text = Field(description="What changed and why, in a sentence or two (Markdown).")
    kind: ChangeKind = Field(default="update", description=f"{one_of(ChangeKind)}.")


@dataclass(config=_STRICT)
class Passage:
    """How a later capture holds one passage the brief annotates (a claim's quote, a note's anchor)."""

    was: Text = Field(description="The passage's words in the reviewed capture.")
    state: PassageState = Field(description=f"{one_of(PassageState)}: found again elsewhere (its new "
                                "context below), its words differ, or not found at all.")
    now: Text | None = Field(default=None, description="The passage's words in the later capture, when "
                             "they changed.")
    prefix: str = Field(default="", description="Text just before the passage in the later capture.")
    suffix: str = Field(default="", description="Text just after the passage in the later capture.")


@dataclass(config=_STRICT)
class Version:
    """A later capture of the article that differs from the reviewed one (`briefs recapture`)."""

    fetched: dt.date = Field(description="When the article was fetched again, YYYY-MM-DD.")
    state: VersionState = Field(description=f"{one_of(VersionState)}: the outlet edited the article, "
                                "removed it (HTTP 404 or 410), or put another article at its address.")
    file: FileName | None = Field(default=None, description="The later capture's file, beside the article.")
    sha256: Sha256 | None = Field(default=None, description="The SHA-256 fingerprint of that file.")
    warc: FileName | None = Field(default=None, description="The WARC file holding that HTTP exchange.")
    warc_sha256: Sha256 | None = Field(default=None, description="The SHA-256 fingerprint of that WARC file.")
    passages: tuple[Passage, ...] = Field(default=(), description="The annotated passages the change "
                                          "touched: moved, changed or gone.")


@dataclass(config=_STRICT)
class Capture:
    """The evidence of the capture the brief was reviewed on, and of each later check of the article."""

    sha256: Sha256 | None = Field(default=None, description="The SHA-256 fingerprint of the article file "
                                  "as captured; `briefs check` tells when the file no longer matches it.")
    warc: FileName | None = Field(default=None, description="The WARC file beside the article holding "
                                  "the HTTP exchange of the capture.")
    warc_sha256: Sha256 | None = Field(default=None, description="The SHA-256 fingerprint of the WARC file.")
    checked: dt.date | None = Field(default=None, description="When `briefs recapture` last found the "
                                    "article unchanged, YYYY-MM-DD.")
    versions: tuple[Version, ...] = Field(default=(), description="Later captures that differ from the "
                                          "reviewed one, oldest first.")


@dataclass(config=_STRICT)
class Sidecar:
    """One brief's annotations, as written in ``briefs/<stem>.yaml``."""

    summary: Text = Field(description="The brief in your own words (Markdown).")
    source: Source = Field(description="Where the article comes from.")
    language: LanguageTag | None = Field(default=None, description="The article's language as a BCP 47 "
                                         f"tag, e.g. fa, ar, fr, de-AT; default: {DEFAULT_LANGUAGE}.")
    title: Text | None = Field(default=None, description="The brief's title in our own words; default: "
                               "a neutral title naming the outlet and date (the outlet's headline "
                               "is shown apart, as the outlet's).")
    status: Status = Field(default="published", description=f"{one_of(Status)}; a draft is checked, "
                           "never published.")
    publish: PublishMode | None = Field(default=None, description=f"{one_of(PublishMode)}: the whole "
                                        "article, or only the annotated passages; default: the site's.")
    rights: Text | None = Field(default=None, description="Under what permission the whole article is "
                                "republished (Markdown), shown under it; `publish: full` needs this or "
                                "the site's `rights`.")
    reviewed: dt.date | None = Field(default=None, description="The date the brief was checked, "
                                     "YYYY-MM-DD.")
    writer: Slug | None = Field(default=None, description="Id of the person who wrote the brief, "
                                "from briefs/people.yaml.")
    reviewers: tuple[Slug, ...] = Field(default=(), description="Ids of the people who edited or "
                                        "reviewed the brief before publication, from briefs/people.yaml.")
    changes: tuple[Change, ...] = Field(default=(), description="The corrections log: dated changes "
                                        "made after publication.")
    event: Event | None = Field(default=None, description="When and where the reported event happened.")
    tags: tuple[Slug, ...] = Field(default=(), description="Topic tags, lowercase with hyphens.")
    omit: tuple[Omit, ...] = Field(default=(), description="Lines of the capture that are not article: a "
                                   "whole line, {first, last} for a block, or {pattern} for a regex.")
    actors: dict[Slug, Actor | None] = Field(default_factory=dict,
                                             description="Actor id -> actor (empty for registry actors).")
    claims: tuple[Claim, ...] = Field(default=(), description="Who said what, and how it holds up.")
    notes: tuple[Note, ...] = Field(default=(), description="Background, corrections and capture artefacts.")
    capture: Capture | None = Field(default=None, description="Evidence of the capture (fingerprints, the "
                                    "WARC file) and what later captures found; written by `briefs capture` "
                                    "and `briefs recapture`.")


@dataclass(config=_STRICT)
class Person:
    """One of the newsroom's people: who writes, edits and reviews its briefs."""

    name: Text = Field(description="The name shown in bylines and on the About page.")
    role: Text | None = Field(default=None, description="Their job in the newsroom, e.g. Senior editor.")
    bio: Text | None = Field(default=None, description="A short biography (Markdown).")
    photo: WebUrl | None = Field(default=None, description="An http:// or https:// address of a "
                                 "portrait.")
    links: tuple[PageLink, ...] = Field(default=(), description="Pages by or about them, each "
                                          "{url, title}: a profile, a contact page.")
    same_as: tuple[WebUrl, ...] = Field(default=(), description="Addresses that identify them "
                                        "elsewhere (Wikidata, ORCID, a staff page): schema.org sameAs.")


@dataclass(config=_STRICT)
class PeopleRegistry:
    """``briefs/people.yaml``: the newsroom's people, named by id in each brief's byline."""

    people: dict[Slug, Person] = Field(default_factory=dict,
                                       description="Person id -> person.")


@dataclass(config=_STRICT)
class Registry:
    """``briefs/actors.yaml``: actors shared by many briefs."""

    actors: dict[Slug, Actor] = Field(default_factory=dict,
                                      description="Actor id -> actor, shared by every brief.")
