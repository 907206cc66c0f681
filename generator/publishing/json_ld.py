"""Schema.org JSON-LD: our fact-check as an ``Article`` on the brief's page, and on each rated claim's
own page that claim's ``ClaimReview``, so that no page carries more than one and no review is on two.

The page's own article is ours: our title, our people as author and editor, our
organisation as publisher, our dates. The outlet's article appears only inside
each review, as where the reviewed claim appeared (``itemReviewed.appearance``),
so no reader of the data takes the outlet for the fact checker.

The JSON goes inside a ``<script>`` element, where HTML escaping does not
apply; :func:`script_json` escapes the characters that could end the element
or open a comment, so no sidecar or article text can break out of it.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from generator.anchoring.assemble import AnchoredClaim, Brief
from generator.linking.corpus import Corpus
from generator.linking.remember import Remember, no_cache
from generator.rendering.brief_page import brief_inputs, brief_sources
from generator.rendering.links import ABOUT, Linker, absolute_url, brief_page, claim_page
from generator.rendering.people import person_anchor
from generator.rendering.prose import prose_text
from generator.rendering.views import Source
from generator.settings import BEST_RATING, UNRATED, WORST_RATING, Settings
from generator.sidecar.model import ACTOR_SCHEMA_TYPES, Person

_SCRIPT_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                  0x2028: "\\u2028", 0x2029: "\\u2029"}


def script_json(value: Any) -> str:
    """JSON that is safe to print verbatim inside an HTML ``<script>`` element."""
    return json.dumps(value, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_UNSAFE)


def page_jsonld(corpus: Corpus, settings: Settings, linker: Linker,
                remember: Remember = no_cache) -> dict[str, str]:
    """Each brief page's and rated claim page's JSON-LD, ready for its ``<script>`` element, by page path.

    It travels beside the pages rather than in their front matter: YAML-quoting
    kilobytes of JSON per page was the slowest step of a large build.
    """
    pages: dict[str, str] = {}
    for brief in corpus.briefs:
        pages.update(remember(("jsonld", brief.stem), brief_inputs(brief, corpus, settings, linker),
                              partial(_brief_scripts, brief, corpus, settings, linker)))
    return pages


def _brief_scripts(brief: Brief, corpus: Corpus, settings: Settings, linker: Linker) -> dict[str, str]:
    scripts = {brief_page(brief.stem): script_json(brief_jsonld(
        brief, corpus, settings, absolute_url(settings, linker, brief_page(brief.stem)), linker))}
    for claim in brief.claims:
        if claim.verdict != UNRATED:
            page = claim_page(brief.stem, claim.id)
            scripts[page] = script_json(claim_jsonld(brief, claim, corpus, settings,
                                                     absolute_url(settings, linker, page), linker))
    return scripts


def brief_jsonld(brief: Brief, corpus: Corpus, settings: Settings, url: str,
                 linker: Linker | None = None) -> dict[str, Any]:
    """The brief page's structured data: our fact-check as an ``Article`` (its reviews are on the
    claims' own pages)."""
    people = our_people(brief, corpus, settings, linker or Linker())
    return {"@context": "https://schema.org", "@graph": [our_article(brief, settings, url, people)]}


def claim_jsonld(brief: Brief, claim: AnchoredClaim, corpus: Corpus, settings: Settings, url: str,
                 linker: Linker | None = None) -> dict[str, Any]:
    """A rated claim's page's structured data: its one ``ClaimReview``, by our people."""
    people = our_people(brief, corpus, settings, linker or Linker())
    return {"@context": "https://schema.org",
            **claim_review(brief, claim, corpus, settings, url, news_article(brief)), **people}


def our_article(brief: Brief, settings: Settings, url: str, people: dict[str, Any]) -> dict[str, Any]:
    """Our fact-check as a schema.org ``Article``: written by our writer (the organisation when the
    brief names nobody), edited by its reviewers, published by our organisation, on our dates."""
    return {"@type": "Article", "@id": url, "url": url, "headline": brief.title,
            "description": prose_text(brief.sidecar.summary),
            "author": people.get("creator", reviewer(settings)),
            **({"editor": people["editor"]} if "editor" in people else {}),
            "publisher": reviewer(settings), **review_dates(brief),
            **({"citation": cited} if (cited := [citation(s) for s in brief_sources(brief)]) else {})}


def citation(source: Source) -> dict[str, Any]:
    """A source the brief cites as a ``CreativeWork``: its address, title, author, outlet, date, archived
    copy and kind (as ``genre``). Its author is given by name only: a byline and an office look alike."""
    work: dict[str, Any] = {"@type": "CreativeWork", "url": source.url}
    if source.title:
        work["name"] = source.title
    if source.author:
        work["author"] = {"name": source.author}
    if source.outlet:
        work["publisher"] = {"@type": "Organization", "name": source.outlet}
    if source.published:
        work["datePublished"] = source.published.isoformat()
    if source.archive:
        work["archivedAt"] = source.archive
    if source.kind:
        work["genre"] = source.kind
    return work


def our_people(brief: Brief, corpus: Corpus, settings: Settings, linker: Linker) -> dict[str, Any]:
    """Who wrote (``creator``) and who edited or reviewed (``editor``) the brief, as properties of
    each of its reviews; none when the sidecar names nobody.

    ``author`` stays the organisation, which is what ClaimReview's readers take as the fact
    checker; schema.org defines ``creator`` as the same as ``author``.
    """
    def person(person_id: str) -> dict[str, Any]:
        found: Person = corpus.people[person_id]
        about = absolute_url(settings, linker, ABOUT, person_anchor(person_id))
        return {"@type": "Person", "name": found.name, "url": about,
                **({"jobTitle": found.role} if found.role else {}),
                **({"image": found.photo} if found.photo else {}),
                **({"sameAs": list(found.same_as)} if found.same_as else {})}

    sidecar, known = brief.sidecar, corpus.people.keys()
    properties: dict[str, Any] = {}
    if sidecar.writer in known:
        properties["creator"] = person(sidecar.writer)
    if editors := [person(r) for r in sidecar.reviewers if r in known]:
        properties["editor"] = editors
    return properties


def news_article(brief: Brief) -> dict[str, Any]:
    """The source article as a schema.org ``NewsArticle``: the outlet's headline, the outlet's date."""
    source = brief.sidecar.source
    article: dict[str, Any] = {"@type": "NewsArticle", "headline": brief.article.headline,
                               "datePublished": brief.published.isoformat(),
                               "publisher": {"@type": "Organization", "name": source.outlet}}
    if source.author:
        article["author"] = {"@type": "Person", "name": source.author}
    if source.url:
        article["url"] = source.url
    if source.archive:
        article["archivedAt"] = source.archive
    if brief.sidecar.language:
        article["inLanguage"] = brief.sidecar.language
    return article


def review_dates(brief: Brief) -> dict[str, str]:
    """``datePublished`` and ``dateModified`` of our fact-check and of each of its reviews.

    Published is the day the brief was reviewed (``reviewed:``). A brief without one (a
    preview: ``briefs check --release`` refuses it) falls back to its first logged change,
    else to the article's own date, the earliest day a review of it can carry. Modified is
    the latest of those and of the log's entries.
    """
    sidecar = brief.sidecar
    first_change = min((change.date for change in sidecar.changes), default=None)
    published = sidecar.reviewed or first_change or sidecar.source.published
    if published is None:  # an undated draft: nothing to say when
        return {}
    modified = max(d for d in (published, brief.updated) if d)
    return {"datePublished": published.isoformat(), "dateModified": modified.isoformat()}


def reviewer(settings: Settings) -> dict[str, Any]:
    """The organisation that publishes the reviews, with its address (the site's, by default)."""
    url = settings.review_author_url or settings.site_url
    return {"@type": "Organization", "name": settings.review_author, **({"url": url} if url else {})}


def rating(settings: Settings, verdict_id: str) -> dict[str, Any]:
    """The verdict as a ``Rating``: its label, and its number on the scale's 1-5 range when it has one."""
    verdict = settings.verdict(verdict_id)
    result: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.label, "name": verdict.label}
    if verdict.rating is not None:
        result.update(ratingValue=verdict.rating, bestRating=BEST_RATING, worstRating=WORST_RATING)
    return result


def claim_review(brief: Brief, claim: AnchoredClaim, corpus: Corpus, settings: Settings, url: str,
                 article: dict[str, Any]) -> dict[str, Any]:
    """A schema.org ``ClaimReview`` of one claim on the configured scale (``url``: the claim's page)."""
    speaker = corpus.actors[claim.claim.by]
    author: dict[str, Any] = {"@type": ACTOR_SCHEMA_TYPES[speaker.kind], "name": speaker.name}
    if speaker.wikidata:
        author["sameAs"] = f"https://www.wikidata.org/wiki/{speaker.wikidata}"
    item: dict[str, Any] = {"@type": "Claim", "author": author, "appearance": article,
                            "datePublished": brief.published.isoformat()}
    if not claim.claim.paraphrase:
        # Reported speech is the outlet's wording, not the speaker's: it is not given as their words.
        item["text"] = claim.words(brief.text)
        if brief.sidecar.language:
            item["inLanguage"] = brief.sidecar.language  # the words as said, in the article's language
        if claim.claim.translation:
            item["workTranslation"] = {"@type": "Claim", "text": claim.claim.translation}
    return {
        "@type": "ClaimReview", "url": url,
        "claimReviewed": claim.claim.claim, "author": reviewer(settings), **review_dates(brief),
        "reviewRating": rating(settings, claim.verdict), "itemReviewed": item,
    }
