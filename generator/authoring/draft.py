"""A first sidecar for a captured article: the tedious part done, judgement left to the author.

Every quotation of direct speech becomes a proposed claim, in pieces where the
article interrupts it, with the speaker its attribution names
(``generator.authoring.quotations``); each speaker becomes an actor, an unnamed
one described as the article describes it; other names are listed as
commented-out candidates; lines that look like capture artefacts go to
``omit``. Fields only a person can fill are marked ``TODO``, and nothing the
capture does not say is made up (no date, no title). The draft is valid as
written and marked ``status: draft``, so ``briefs check`` passes before any
verdict is set and nothing is published until an author sets ``status: published``,
which the build refuses while a ``TODO`` is left.
"""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import langcodes
import yaml
from slugify import slugify

from generator.anchoring.locate import NormalisedText, normalise
from generator.authoring import speech_de_fr as de_fr
from generator.authoring.language_guess import guess_language
from generator.authoring.name_words import OPENERS, ORG_WORDS, is_person_title
from generator.authoring.quotations import Piece, Quotation, cut_long_words, find_quotations
from generator.authoring.quotations import Speaker as QuotedSpeaker
from generator.reading.article import Article
from generator.sidecar.model import DEFAULT_LANGUAGE, UNRATED, ActorKind, TextQuote, one_of

TODO = "TODO"
_POSSESSIVE = re.compile(r"[’'](?:s)?$")
_QUOTE = re.compile(r"“([^“”]{12,}?)”|\"([^\"\n]{12,}?)\"")
# (a particle only before a capitalised word: 'Charles de Gaulle', not 'Prime de' of 'Prime deals')
_NAME = r"(?:[A-Z][\w’'-]+(?:[^\S\n]+(?:(?:de|van|von|bin)[^\S\n]+)?(?:[A-Z][\w’'-]+|al-\w+)){1,3})"
_ARTEFACT = re.compile(r"^\s*(read(\s+(more|also))?\b|also read|related:|advertisement|sign up|subscribe|"
                       r"click here|follow us|share this|newsletter)", re.I)
_BYLINE = re.compile(r"^By\s+(?P<author>" + _NAME + r")(?:,\s*(?P<outlet>.+))?$")
_UNKNOWN = "todo-speaker"
# More quotations than an author could judge in one brief: the rest are counted, not proposed,
# which also keeps the draft of a transcript-sized file to seconds.
MAX_PROPOSED_CLAIMS = 300


@dataclass(frozen=True)
class Speaker:
    """A guessed speaker: a display name and the actor id proposed for it."""

    id: str
    name: str
    kind: str


@dataclass(frozen=True)
class ProposedClaim:
    """A quotation proposed as a claim: the anchor of each of its pieces, and its guessed speaker."""

    quote: tuple[str | TextQuote, ...]
    speaker: Speaker


def draft_sidecar(article: Article, today: dt.date, verdict_ids: Sequence[str]) -> str:
    """The text of a first sidecar for ``article``, valid as written, with TODOs for the author.

    ``verdict_ids`` is the project's verdict scale, offered to the author in a comment.
    """
    quotations = find_quotations(article.text)
    claims = _proposed(article.text, quotations[:MAX_PROPOSED_CLAIMS])
    speakers = {c.speaker.id: c.speaker for c in claims}
    candidates: dict[str, str] = {}  # one line per key: never two names that would make one id
    for name in candidate_names(article.text):
        key = slugify(name)
        if not any(name.endswith(s.name) for s in speakers.values()) and key not in speakers:
            candidates.setdefault(key, name)
    omit = [line for line in article.text.splitlines() if _ARTEFACT.match(line) and len(line) < 100]
    text = _sidecar_text(article, today, claims, list(speakers.values()), list(candidates.values()), omit,
                         _verdict_comment(verdict_ids))
    if left_out := len(quotations) - len(claims):
        text += (f"# {left_out} more quotation(s) of the article are not proposed: a draft proposes the "
                 f"first {MAX_PROPOSED_CLAIMS}; add the ones that matter by hand\n")
    return text


def propose_claims(text: str) -> list[ProposedClaim]:
    """Every quotation of direct speech in the text, with its speaker (see ``quotations``)."""
    return _proposed(text, find_quotations(text))


def _proposed(text: str, quotations: list[Quotation]) -> list[ProposedClaim]:
    view = NormalisedText(text)
    return [ProposedClaim(tuple(_unique_anchor(piece, view, text) for piece in quotation.pieces),
                          _actor(quotation.speaker))
            for quotation in quotations]


def _actor(speaker: QuotedSpeaker | None) -> Speaker:
    """The actor proposed for a speaker; an unnamed one is described, and says so."""
    if speaker is None:
        return Speaker(_UNKNOWN, "TODO: who said this?", "person")
    if speaker.named:
        return Speaker(slugify(speaker.name), speaker.name, speaker.kind)
    described = re.sub(r"^(?:the|a|an|another|one)\s+", "", speaker.name, flags=re.I)
    return Speaker(slugify(described), f"{described[0].upper()}{described[1:]} (unnamed)", speaker.kind)


def _unique_anchor(piece: Piece, view: NormalisedText, text: str) -> str | TextQuote:
    """The piece's words, with as much of the text around them as it takes to match only there."""
    exact = text[piece.start:piece.end].removesuffix(",")  # the comma before the attribution
    end = piece.start + len(exact)
    if _occurs_once(view, "", exact, ""):
        return exact
    width = 10
    while width < 640:  # beyond that the author tells the places apart (briefs check says how)
        prefix = text[max(0, piece.start - width):piece.start]
        if _occurs_once(view, prefix, exact, ""):
            return TextQuote(exact=exact, prefix=prefix)
        suffix = text[end:end + width]
        if _occurs_once(view, "", exact, suffix):
            return TextQuote(exact=exact, suffix=suffix)
        width *= 2
    return TextQuote(exact=exact, prefix=text[max(0, piece.start - width):piece.start])


def _occurs_once(view: NormalisedText, prefix: str, exact: str, suffix: str) -> bool:
    """Whether the words with their prefix and suffix, matched as anchors match, occur once."""
    wanted = normalise(prefix) + normalise(exact) + normalise(suffix)
    first = view.normal.find(wanted)
    return first != -1 and view.normal.find(wanted, first + 1) == -1


def candidate_names(text: str) -> list[str]:
    """Capitalised multi-word names and acronyms, in order of first appearance; not the headline's words
    the article never repeats ('Winter Wreaks Havoc')."""
    seen: dict[str, None] = {}
    headline, _, body = text.partition("\n")
    # (a first line ending a sentence is no headline; 'N.Y.C.' ends an abbreviation)
    headline = "" if re.search(r"(?<![A-Z])[.!?][^\S\n]*$", headline) else headline
    for match in re.finditer(rf"{_NAME}|\b[A-Z]{{3,}}\b", cut_long_words(_QUOTE.sub(" ", text))):
        words = match.group(0).split()
        while words and words[0] in OPENERS:  # titles stay: "State Department"
            words.pop(0)
        if len(words) > 2 and is_person_title(words[0]) and not ORG_WORDS & set(words):
            words.pop(0)  # 'Mayor Bill de Blasio'; not 'General Motors Company'
        if match.end() <= len(headline) and body.strip() and " ".join(words) not in body:
            continue
        # 'Avec Jonathan Allen', 'Mit Olaf Scholz'; an article that is part of a name stays ('Le Monde')
        while len(words) > 2 and words[0] in de_fr.OPENERS:
            words.pop(0)
        if words:
            words[-1] = _POSSESSIVE.sub("", words[-1])  # 'Whole Foods’ strategy': the body is Whole Foods
        if len(words) > 1 and " ".join(words).isupper():
            continue  # 'PAS L'HEURE D'UN DÉBAT': a crosshead in capitals, not a name
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
           "# A draft is checked but never published; set `status: published` once no TODO is left.",
           "status: draft",
           "# title: TODO (optional): the brief's title in your own words; the outlet's headline,",
           f"#   {_scalar(article.headline)}, is shown apart and labelled as the outlet's.",
           f"summary: {_scalar('TODO: the brief in your own words.')}",
           "source:",
           f"  outlet: {_scalar(outlet or 'TODO: the publication')}",
           f"  author: {_scalar(author)}" if author else "  # author: TODO",
           f"  url: {_scalar(meta['url'])}" if meta.get("url", "").startswith(("http://", "https://"))
           else "  # url: https://... TODO",
           f"  published: {published}" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", published)
           else "  published:  # TODO: the article's date, YYYY-MM-DD; not found in the capture",
           ]
    out += _language_lines(article)
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


def _language_lines(article: Article) -> list[str]:
    """``language:`` when the article is not in the default language (which a sidecar need not name)."""
    guess = guess_language(article.text, article.metadata.get("language"))
    if guess is None or langcodes.Language.get(guess.tag).language == DEFAULT_LANGUAGE:
        return []
    return [f"language: {guess.tag}  # {guess.reason}; check"]


def _verdict_comment(verdict_ids: Sequence[str]) -> list[str]:
    """``# verdict: TODO (...)`` offering every step of the scale but the default, unrated."""
    steps = ", ".join(v for v in verdict_ids if v != UNRATED)
    text = f"verdict: TODO ({steps}); then add explanation: and sources:"
    return [f"    # {'  ' if i else ''}{line}" for i, line in enumerate(textwrap.wrap(text, 90))]


def _quote_lines(pieces: tuple[str | TextQuote, ...]) -> list[str]:
    """``quote:`` as one text or mapping, or as the list of a quotation's pieces."""
    if len(pieces) == 1:
        piece = pieces[0]
        if isinstance(piece, str):
            return [f"    quote: {_scalar(piece)}"]
        return ["    quote:", *(f"      {key}: {_scalar(value)}" for key, value in _selector(piece))]
    return ["    quote:  # one quotation in pieces: the article interrupts it or goes on in a new paragraph",
            *(f"      - {_scalar(p)}" if isinstance(p, str) else
              "      - {" + ", ".join(f"{key}: {_scalar(value)}" for key, value in _selector(p)) + "}"
              for p in pieces)]


def _selector(piece: TextQuote) -> list[tuple[str, str]]:
    return [(key, value) for key, value in (("exact", piece.exact), ("prefix", piece.prefix),
                                            ("suffix", piece.suffix)) if key == "exact" or value]
