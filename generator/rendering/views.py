"""The plain values the templates receive: what a page shows, prepared, never markup.

Each is a small frozen dataclass; the templates (``generator/templates/briefs/``)
decide how it looks. Text is plain and the engine escapes it; fields holding an
author's Markdown say so and are printed through the ``prose`` filters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ActorRef:
    """A person or organisation as linked from a page: its name and the link to its page (empty on
    that page itself)."""

    name: str
    href: str


@dataclass(frozen=True)
class PersonRef:
    """One of our people as a byline names them: name, role (empty when none) and the link to
    them in the About page's team list."""

    name: str
    role: str
    href: str


@dataclass(frozen=True)
class TeamMember:
    """One of our people as the About page lists them.

    ``anchor`` is the id their byline links to; ``bio`` is Markdown (print it with the
    ``prose`` filter); ``photo`` is an address, empty when none; ``links`` their pages.
    """

    anchor: str
    name: str
    role: str
    bio: str
    photo: str
    links: tuple[Source, ...]


@dataclass(frozen=True)
class Badge:
    """A verdict as a badge: its id (for the colour), icon and label; ``href`` to its definition,
    empty where the badge is not linked (on the verdict scale itself)."""

    id: str
    icon: str
    label: str
    href: str = ""


@dataclass(frozen=True)
class Source:
    """A source of a claim or note: its address, its title (empty for a bare address), its date,
    and what else is known (empty or None when not): who wrote it, where it was published, when it
    was read, an archived copy, its kind (the label, and the id for a class name)."""

    url: str
    title: str = ""
    published: dt.date | None = None
    author: str = ""
    outlet: str = ""
    accessed: dt.date | None = None
    archive: str = ""
    kind: str = ""
    kind_id: str = ""


@dataclass(frozen=True)
class Quote:
    """A claim's passage as published: the words, and the link to its highlight in the article.

    ``lang`` is the article's language when its sidecar names one (the words are then marked
    with it and with ``dir``, the direction of its script), ``None`` when the page's is assumed.
    """

    words: str
    href: str
    lang: str | None = None
    dir: str = "ltr"
    translation: str = ""  # the words in the site's language, "" when the sidecar gives none


@dataclass(frozen=True)
class ClaimView:
    """A claim as its card shows it.

    ``explanation`` is the author's Markdown (print it with the ``prose`` filter);
    ``paraphrase`` is true when the article reports the words rather than quotes them.
    """

    id: str
    by: ActorRef
    verdict: Badge
    claim: str
    paraphrase: bool
    explanation: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class ClaimLinks:
    """A claim's number in its brief (claims have their own sequence) and where to read more of it:
    its highlight in the annotated article, its card on the brief's page, and its own page."""

    number: int
    text_href: str
    card_href: str
    page_href: str


@dataclass(frozen=True)
class InContext:
    """A claim's passage in the sentence around it, as published: the sentence in parts of plain
    text, each with whether it is a piece of the quote (``True``) or the words around it."""

    parts: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class BriefRef:
    """A brief as linked from another page: its title and the link to its page."""

    title: str
    href: str


@dataclass(frozen=True)
class ClaimGroup:
    """Claims of one brief in a listing, each with the quote its card shows."""

    brief: BriefRef
    cards: tuple[tuple[ClaimView, Quote], ...]


@dataclass(frozen=True)
class NoteView:
    """A note as its card and pop-up show it.

    ``kind`` is the note kind's id, ``label`` and ``icon`` how it is shown; ``text`` is the
    author's Markdown (print it with the ``prose`` filter); ``quoted`` is the passage the note
    is on, empty for a note on the whole article.
    """

    id: str
    kind: str
    label: str
    icon: str
    text: str
    sources: tuple[Source, ...]
    quoted: str = ""


@dataclass(frozen=True)
class Popup:
    """The pop-up a marker opens: a claim's (with its quote) or a note's, its number (in the claims'
    sequence or in its note kind's) and the id of its card."""

    number: int
    name: str
    card: str
    claim: ClaimView | None = None
    note: NoteView | None = None
    quote: Quote | None = None
    slot: int = 0  # its marker's place among the article's markers: the pop-up's and marker's ids


@dataclass(frozen=True)
class BriefHeader:
    """What the top of a brief's page shows: our title, the article it annotates, its dates.

    Empty strings and ``None`` mean the sidecar does not say. ``headline`` is the outlet's
    own; ``summary`` is the author's Markdown; ``corrections`` counts the correction notes.
    """

    title: str
    draft: bool
    outlet: str
    headline: str
    author: str
    published: dt.date | None
    url: str
    archive: str
    perspective: str
    event_date: dt.date | None
    event_place: str
    updated: dt.date | None
    reviewed: dt.date | None
    data_href: str
    summary: str
    corrections: int
    writer: PersonRef | None = None  # who wrote the brief, None when the sidecar names nobody
    reviewers: tuple[PersonRef, ...] = ()  # who edited or reviewed it
    lang: str | None = None  # the article's language (its headline's), None when the sidecar names none
    dir: str = "ltr"  # the direction of that language's script


@dataclass(frozen=True)
class Change:
    """An entry of a brief's corrections log: its date, kind id, kind label and text (Markdown)."""

    date: dt.date
    kind: str
    label: str
    text: str


@dataclass(frozen=True)
class VerdictChange:
    """A change of a claim's verdict found in the sidecar's revisions, with the labels to show.

    ``claim`` is the claim's words, shortened; ``href`` its card's link, empty when the claim is
    no longer on the page (withdrawn or held back: then the words are those last published).
    """

    date: dt.date
    claim: str
    href: str
    before: str
    after: str


@dataclass(frozen=True)
class BriefItem:
    """A brief in a listing: its link, outlet, date, how many claims and notes, its summary (Markdown),
    and its verdict mix (each verdict its claims got, unlinked, with how many)."""

    brief: BriefRef
    outlet: str
    published: dt.date
    claims: int
    notes: int
    summary: str
    verdicts: tuple[tuple[Badge, int], ...] = ()  # how many of its claims got each verdict, in scale order


@dataclass(frozen=True)
class ActorProfile:
    """The top of an actor's page: name, kind, description (Markdown, empty when none), the actor
    it is part of, other names and its Wikidata id (empty when none)."""

    name: str
    kind: str
    description: str
    member_of: ActorRef | None
    aliases: tuple[str, ...]
    wikidata: str


@dataclass(frozen=True)
class PassageChange:
    """An annotated passage as a later capture holds it: its words then, how it fared
    (``state``: moved, changed or gone) and its words now (empty unless changed)."""

    was: str
    state: str
    now: str


@dataclass(frozen=True)
class LaterCapture:
    """A later capture of the article that differs from the reviewed one.

    ``state`` is changed, removed or replaced; ``passages`` are the annotated passages it touched.
    """

    fetched: dt.date
    state: str
    passages: tuple[PassageChange, ...]
