"""A first sidecar for a captured article: the tedious part done, judgement left to the author.

Every quotation becomes a proposed claim with a guessed speaker (the nearest
name or described person before an attribution verb, or the person a pronoun
refers back to); each speaker becomes an actor; other names are listed as
commented-out candidates; lines that look like capture artefacts go to
``omit``. Fields only a person can fill are marked ``TODO``. The draft is
valid as written, so ``briefs check`` passes before any verdict is set.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import yaml
from slugify import slugify

from generator.anchoring.locate import Found, NormalisedText, locate
from generator.reading.article import Article
from generator.sidecar.model import UNRATED, ActorKind, TextQuote, one_of

TODO = "TODO"
_QUOTE = re.compile(r"“([^“”]{12,}?)”|\"([^\"\n]{12,}?)\"")
_VERBS = r"(?:said|says|told|tells|wrote|writes|added|adds|noted|notes|responded|replied|warned|" \
         r"stated|explained|asked|argued|insisted|claimed|announced|declared)"
_NAME = r"(?:[A-Z][\w’'-]+(?:[^\S\n]+(?:[A-Z][\w’'-]+|de|van|von|bin|al-\w+)){1,3})"
_ROLE = r"\b(?:an?|the)\s+((?:[A-Za-z]+\s+){0,3}?(?:official|spokesman|spokeswoman|spokesperson|minister|" \
        r"president|leader|officer|source|analyst|diplomat|commander|witness|resident))\b"
_PRONOUN = re.compile(r"\b(he|she|they)\s+" + _VERBS + r"\b|\b" + _VERBS + r"\s+(he|she|they)\b", re.I)
_ARTEFACT = re.compile(r"^\s*(read(\s+(more|also))?\b|also read|related:|advertisement|sign up|subscribe|"
                       r"click here|follow us|share this|newsletter)", re.I)
_BYLINE = re.compile(r"^By\s+(?P<author>" + _NAME + r")(?:,\s*(?P<outlet>.+))?$")
_NOT_NAMES = {"The", "A", "An", "But", "And", "However", "When", "While", "Read", "Two", "Neither",
              "As", "If", "In", "On", "At", "It", "He", "She", "They", "We", "I", "This", "That",
              "By", "Saying", "According"}


@dataclass(frozen=True)
class Speaker:
    """A guessed speaker: a display name and the actor id proposed for it."""

    id: str
    name: str
    kind: str


@dataclass(frozen=True)
class ProposedClaim:
    """A quotation proposed as a claim, with its anchor and guessed speaker."""

    quote: str | TextQuote
    speaker: Speaker


def draft_sidecar(article: Article, today: dt.date, verdict_ids: Sequence[str]) -> str:
    """The text of a first sidecar for ``article``, valid as written, with TODOs for the author.

    ``verdict_ids`` is the project's verdict scale, offered to the author in a comment.
    """
    paragraphs = [p for p in re.split(r"\n\s*\n", article.text) if p.strip()]
    claims = propose_claims(article.text, paragraphs)
    speakers = {c.speaker.id: c.speaker for c in claims}
    candidates = [n for n in candidate_names(article.text)
                  if not any(n.endswith(s.name) for s in speakers.values())]
    omit = [line for line in article.text.splitlines() if _ARTEFACT.match(line) and len(line) < 100]
    return _sidecar_text(article, today, claims, list(speakers.values()), candidates, omit,
                         _verdict_comment(verdict_ids))


def propose_claims(text: str, paragraphs: list[str]) -> list[ProposedClaim]:
    """Every quotation in the text, with the speaker the surrounding words point to."""
    view = NormalisedText(text)
    claims: list[ProposedClaim] = []
    last_person: Speaker | None = None
    roles: list[str] = []
    for paragraph in paragraphs:
        outside = _QUOTE.sub(" ", paragraph)
        named = _attributed_speaker(outside, roles)
        roles += re.findall(_ROLE, outside)
        if named is None and _PRONOUN.search(outside) and last_person:
            named = last_person
        for match in _QUOTE.finditer(paragraph):
            quote = (match.group(1) or match.group(2)).strip().rstrip(",")
            speaker = named or Speaker(TODO.lower() + "-speaker", "TODO: who said this?", "person")
            claims.append(ProposedClaim(_unique_anchor(quote, view, text), speaker))
        last_person = _last_person(outside) or (named if named and named.kind == "person" else None) \
            or last_person
    return claims


def _attributed_speaker(outside: str, earlier_roles: list[str]) -> Speaker | None:
    """The name or described person nearest an attribution verb, outside the quotes.

    "the official said" after "a senior American official said" is the same person,
    so a bare role takes the fuller description given earlier.
    """
    for pattern in (rf"({_NAME})(?:,[^,]{{0,60}},)?\s+(?:\w+\s+)?{_VERBS}\b",
                    rf"{_VERBS}\s+(?:[a-z]+\s+){{0,3}}({_NAME})", rf"({_NAME})\s+said"):
        if match := re.search(pattern, outside):
            name = _trim_title(match.group(1))
            if name.split()[0] not in _NOT_NAMES:
                return Speaker(slugify(name), name, "person")
    if match := re.search(_ROLE + r"[^.]{0,40}?\b" + _VERBS, outside):
        described = match.group(1)
        fuller = [r for r in earlier_roles if r.endswith(described) and len(r) > len(described)]
        described = fuller[-1] if fuller else described
        return Speaker(slugify(described), described[0].upper() + described[1:], "person")
    return None


def _trim_title(name: str) -> str:
    """'State Department spokesman Matthew Miller' -> 'Matthew Miller' when a role word precedes."""
    words = name.split()
    return " ".join(words[-2:]) if len(words) > 2 else name


def _last_person(outside: str) -> Speaker | None:
    names = [_trim_title(n) for n in re.findall(_NAME, outside) if n.split()[0] not in _NOT_NAMES]
    return Speaker(slugify(names[-1]), names[-1], "person") if names else None


def _unique_anchor(quote: str, view: NormalisedText, text: str) -> str | TextQuote:
    """The quote itself, or with enough prefix to point at its first occurrence only."""
    found = locate(quote, view)
    if isinstance(found, Found):
        return quote
    start = text.find(quote)
    for width in (10, 20, 40, 80):
        anchor = TextQuote(exact=quote, prefix=text[max(0, start - width):start])
        if isinstance(locate(anchor, view), Found):
            return anchor
    return quote


def candidate_names(text: str) -> list[str]:
    """Capitalised multi-word names and acronyms, in order of first appearance."""
    seen: dict[str, None] = {}
    for match in re.finditer(rf"{_NAME}|\b[A-Z]{{3,}}\b", _QUOTE.sub(" ", text)):
        words = match.group(0).split()
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if len(words) > 1 or (words and words[0].isupper()):
            seen.setdefault(" ".join(words), None)
    return list(seen)


def _scalar(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_style='"', width=1_000_000).strip()


def _sidecar_text(article: Article, today: dt.date, claims: list[ProposedClaim],
                  speakers: list[Speaker], candidates: list[str], omit: list[str],
                  verdict_comment: list[str]) -> str:
    meta = dict(article.metadata)
    byline = next((m for line in article.text.splitlines()[:8] if (m := _BYLINE.match(line.strip()))), None)
    author = meta.get("author") or (byline.group("author") if byline else None)
    outlet = meta.get("outlet") or (byline.group("outlet") if byline and byline.group("outlet") else None)
    published = (meta.get("published") or "")[:10]
    out = ["# yaml-language-server: $schema=../schema/sidecar.schema.json",
           f"# Draft written by `briefs new` on {today.isoformat()}. Lines marked TODO need a person.",
           f"title: {_scalar(article.headline)}",
           f"summary: {_scalar('TODO: the brief in your own words.')}",
           "source:",
           f"  outlet: {_scalar(outlet or 'TODO: the publication')}",
           f"  author: {_scalar(author)}" if author else "  # author: TODO",
           f"  url: {_scalar(meta['url'])}" if meta.get("url", "").startswith(("http://", "https://"))
           else "  # url: https://... TODO",
           f"  published: {published}" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published)
           else f"  published: {today.isoformat()}  # TODO: the article's date; not found in the capture",
           ]
    if omit:
        out += ["omit:  # lines that look like capture artefacts, not article text; check them",
                *(f"  - {_scalar(line)}" for line in omit)]
    out += ["actors:" if speakers else "actors: {}"] + [line for s in speakers for line in (
        f"  {s.id}:", f"    name: {_scalar(s.name)}", f"    kind: {s.kind}  # TODO: check",
        "    # description: TODO")]
    if candidates:
        out += [f"  # {line}" for line in textwrap.wrap(
            f"Other names in the article; uncomment the ones that matter (kind: {one_of(ActorKind)}):", 94)]
        out += [f"  # {slugify(n)}: {{name: {_scalar(n)}, kind: TODO}}" for n in candidates]
    out += ["claims:" if claims else "claims: []"]
    for claim in claims:
        out += [f"  - by: {claim.speaker.id}", *_quote_lines(claim.quote),
                f"    claim: {_scalar('TODO: what is claimed, in plain words.')}",
                *verdict_comment]
    out += ["notes: []  # TODO: corrections of the article, context, capture artefacts"]
    return "\n".join(out) + "\n"


def _verdict_comment(verdict_ids: Sequence[str]) -> list[str]:
    """``# verdict: TODO (...)`` offering every step of the scale but the default, unrated."""
    steps = ", ".join(v for v in verdict_ids if v != UNRATED)
    text = f"verdict: TODO ({steps}); then add explanation: and sources:"
    return [f"    # {'  ' if i else ''}{line}" for i, line in enumerate(textwrap.wrap(text, 90))]


def _quote_lines(quote: str | TextQuote) -> list[str]:
    if isinstance(quote, str):
        return [f"    quote: {_scalar(quote)}"]
    return ["    quote:", f"      exact: {_scalar(quote.exact)}", f"      prefix: {_scalar(quote.prefix)}"]
