"""A checker for ClaimReview JSON-LD: schema.org's vocabulary and the properties search engines ask for.

The property lists follow Google Search Central's "Fact check (ClaimReview)
structured data" page (developers.google.com/search/docs/appearance/structured-data/factcheck):
what it marks required and recommended for ClaimReview, its Rating, its
author and the Claim it reviews. The vocabulary lists are the schema.org
properties of each type this site uses (schema.org/ClaimReview, /Claim,
/Rating, /NewsArticle, /Organization, /Person); a property outside them is a
misspelling or a property of another type.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

CLAIM_REVIEW_REQUIRED = ("claimReviewed", "reviewRating", "url")
CLAIM_REVIEW_RECOMMENDED = ("author", "datePublished", "itemReviewed")
RATING_REQUIRED = ("alternateName",)
RATING_REQUIRED_WHEN_NUMERIC = ("bestRating", "worstRating")
REVIEW_AUTHOR_REQUIRED = ("name",)
REVIEW_AUTHOR_RECOMMENDED = ("url",)
CLAIM_RECOMMENDED = ("appearance", "author", "datePublished", "firstAppearance")
CLAIM_AUTHOR_RECOMMENDED = ("name",)

_COMMON = {"@type", "@id", "name", "url", "sameAs", "alternateName", "description"}
_CREATIVE_WORK = _COMMON | {"author", "datePublished", "dateModified", "headline", "publisher", "text",
                            "archivedAt", "inLanguage"}
VOCABULARY: dict[str, set[str]] = {
    "ClaimReview": _CREATIVE_WORK | {"claimReviewed", "reviewRating", "itemReviewed", "reviewBody",
                                     "creator", "editor"},
    "Claim": _CREATIVE_WORK | {"appearance", "firstAppearance", "claimInterpreter"},
    "Rating": _COMMON | {"ratingValue", "bestRating", "worstRating", "ratingExplanation", "author"},
    "NewsArticle": _CREATIVE_WORK,
    "CreativeWork": _CREATIVE_WORK,
    "Organization": _COMMON,
    "Person": _COMMON | {"jobTitle", "image"},
    "Country": _COMMON,
    "Thing": _COMMON,
}


def check_claim_review(review: dict[str, Any], page_url: str) -> tuple[list[str], list[str]]:
    """(errors, missing recommended properties) of one ClaimReview found on the page at ``page_url``."""
    errors: list[str] = []
    missing: list[str] = []
    _vocabulary(review, "ClaimReview", "", errors)
    errors += [f"missing required '{p}'" for p in CLAIM_REVIEW_REQUIRED if p not in review]
    missing += [p for p in CLAIM_REVIEW_RECOMMENDED if p not in review]
    url = str(review.get("url", ""))
    if urlsplit(url).scheme not in ("http", "https") or urlsplit(url).netloc != urlsplit(page_url).netloc:
        errors.append(f"url '{url}' is not an absolute address on the page's own site")
    for key in ("datePublished", "dateModified"):
        if key in review and not _is_date(review[key]):
            errors.append(f"{key} '{review[key]}' is not an ISO 8601 date")
    if "datePublished" in review and "dateModified" in review and \
            review["dateModified"] < review["datePublished"]:
        errors.append("dateModified is earlier than datePublished")
    errors += _rating(review.get("reviewRating") or {})
    author = review.get("author") or {}
    errors += [f"author: missing required '{p}'" for p in REVIEW_AUTHOR_REQUIRED if p not in author]
    missing += [f"author.{p}" for p in REVIEW_AUTHOR_RECOMMENDED if p not in author]
    claim = review.get("itemReviewed") or {}
    if claim and claim.get("@type") != "Claim":
        errors.append(f"itemReviewed is a {claim.get('@type')}, not a Claim")
    missing += [f"itemReviewed.{p}" for p in CLAIM_RECOMMENDED if p not in claim]
    missing += [f"itemReviewed.author.{p}" for p in CLAIM_AUTHOR_RECOMMENDED
                if "author" in claim and p not in claim["author"]]
    appearance = claim.get("appearance")
    if isinstance(appearance, dict) and "url" not in appearance:
        missing.append("itemReviewed.appearance.url")
    return errors, missing


def _rating(rating: dict[str, Any]) -> list[str]:
    errors = [f"reviewRating: missing required '{p}'" for p in RATING_REQUIRED if p not in rating]
    if "ratingValue" in rating:
        errors += [f"reviewRating: numeric rating without '{p}'" for p in RATING_REQUIRED_WHEN_NUMERIC
                   if p not in rating]
        best, worst, value = rating.get("bestRating"), rating.get("worstRating"), rating["ratingValue"]
        if isinstance(best, int) and isinstance(worst, int):
            if worst < 1:
                errors.append("reviewRating: worstRating must be at least 1")
            if not worst <= value <= best:
                errors.append(f"reviewRating: ratingValue {value} is outside {worst}..{best}")
    return errors


def _vocabulary(node: Any, expected_type: str, where: str, errors: list[str]) -> None:
    """Every property of every node is a schema.org property of the node's type."""
    if not isinstance(node, dict):
        return
    kind = str(node.get("@type", expected_type))
    known = VOCABULARY.get(kind)
    if known is None:
        errors.append(f"{where or 'review'}: unexpected type '{kind}'")
        return
    for key, value in node.items():
        if key not in known:
            errors.append(f"{where + '.' if where else ''}{key}: not a schema.org property of {kind}")
        child = {"reviewRating": "Rating", "itemReviewed": "Claim", "appearance": "CreativeWork",
                 "author": "Organization", "publisher": "Organization", "creator": "Person"}.get(key)
        if child:
            _vocabulary(value, child, f"{where + '.' if where else ''}{key}", errors)


def _is_date(value: Any) -> bool:
    try:
        dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True
