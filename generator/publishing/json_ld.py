"""Schema.org JSON-LD for a brief page: the source ``NewsArticle`` and a ``ClaimReview`` per rated claim.

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
from generator.linking.rebuild_cache import Remember, no_cache
from generator.rendering.brief_page import brief_inputs
from generator.rendering.links import Linker, absolute_url, brief_page
from generator.settings import BEST_RATING, UNRATED, WORST_RATING, Settings
from generator.sidecar.model import ACTOR_SCHEMA_TYPES

_SCRIPT_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026",
                  0x2028: "\\u2028", 0x2029: "\\u2029"}


def script_json(value: Any) -> str:
    """JSON that is safe to print verbatim inside an HTML ``<script>`` element."""
    return json.dumps(value, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_UNSAFE)


def page_jsonld(corpus: Corpus, settings: Settings, linker: Linker,
                remember: Remember = no_cache) -> dict[str, str]:
    """Each brief page's JSON-LD, ready for its ``<script>`` element, keyed by page path.

    It travels beside the pages rather than in their front matter: YAML-quoting
    kilobytes of JSON per page was the slowest step of a large build.
    """
    pages = {}
    for brief in corpus.briefs:
        page = brief_page(brief.stem)
        url = absolute_url(settings, linker, page)
        pages[page] = remember(("jsonld", brief.stem), brief_inputs(brief, corpus, settings, linker),
                               partial(_brief_script, brief, corpus, settings, url))
    return pages


def _brief_script(brief: Brief, corpus: Corpus, settings: Settings, url: str) -> str:
    return script_json(brief_jsonld(brief, corpus, settings, url))


def brief_jsonld(brief: Brief, corpus: Corpus, settings: Settings, url: str) -> dict[str, Any]:
    """The brief page's structured data as one JSON-LD graph."""
    article = news_article(brief)
    reviews = [claim_review(brief, claim, corpus, settings, url, article)
               for claim in brief.claims if claim.verdict != UNRATED]
    return {"@context": "https://schema.org", "@graph": [article, *reviews]}


def news_article(brief: Brief) -> dict[str, Any]:
    """The source article as a schema.org ``NewsArticle``."""
    source = brief.sidecar.source
    article: dict[str, Any] = {"@type": "NewsArticle", "headline": brief.article.headline,
                               "datePublished": source.published.isoformat(),
                               "publisher": {"@type": "Organization", "name": source.outlet}}
    if source.author:
        article["author"] = {"@type": "Person", "name": source.author}
    if source.url:
        article["url"] = source.url
    return article


def claim_review(brief: Brief, claim: AnchoredClaim, corpus: Corpus, settings: Settings, url: str,
                 article: dict[str, Any]) -> dict[str, Any]:
    """A schema.org ``ClaimReview`` of one claim, rated on the configured scale."""
    verdict = settings.verdict(claim.verdict)
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.label}
    if verdict.rating is not None:
        rating.update(ratingValue=verdict.rating, bestRating=BEST_RATING, worstRating=WORST_RATING)
    speaker = corpus.actors[claim.claim.by]
    reviewer: dict[str, Any] = {"@type": "Organization", "name": settings.review_author}
    if settings.review_author_url:
        reviewer["url"] = settings.review_author_url
    return {
        "@type": "ClaimReview", "url": f"{url}#claim-{claim.id}",
        "claimReviewed": claim.claim.claim, "author": reviewer, "reviewRating": rating,
        "itemReviewed": {"@type": "Claim",
                         "author": {"@type": ACTOR_SCHEMA_TYPES[speaker.kind], "name": speaker.name},
                         "appearance": article,
                         "text": claim.words(brief.text)},
    }
