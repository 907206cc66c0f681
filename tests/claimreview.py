"""A checker for the pages' JSON-LD: schema.org's vocabulary and the properties its readers ask for.

A brief's page carries our ``Article``; each rated claim's own page its one ``ClaimReview``
(:func:`claim_reviews_of`, :func:`site_claim_reviews` find them in a built site).

No test reaches the internet: the lists below are copied from these pages, read in 2026.

- Google Search Central, "Fact check (ClaimReview) structured data"
  (developers.google.com/search/docs/appearance/structured-data/factcheck): what it marks
  required and recommended for ClaimReview, its Rating, its author and the Claim it reviews.
  Google phased ClaimReview out of Search results in 2025; the page says the markup stays
  supported by Fact Check Explorer.
- The ClaimReview data feed, as Google's Fact Check Tools API documents its
  ``ClaimReviewMarkupPage`` and ``ClaimReviewMarkup`` (factchecktools v1alpha1): each field it
  reads names the ClaimReview property it comes from (``FEED_FIELDS``).
- Google Search Central, "Article structured data": the recommended properties of an
  ``Article`` (``ARTICLE_RECOMMENDED``; ``image`` left aside, a brief has no picture of its own).
- schema.org's type pages (schema.org/ClaimReview, /Claim, /Rating, /Article, /NewsArticle,
  /CreativeWork, /Organization, /Person): ``VOCABULARY``, the properties of each type this site
  uses; a property outside them is a misspelling or a property of another type.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

CLAIM_REVIEW_REQUIRED = ("claimReviewed", "reviewRating", "url")
CLAIM_REVIEW_RECOMMENDED = ("author", "datePublished", "itemReviewed")
RATING_REQUIRED = ("alternateName",)
RATING_REQUIRED_WHEN_NUMERIC = ("bestRating", "worstRating")
REVIEW_AUTHOR_REQUIRED = ("name",)
REVIEW_AUTHOR_RECOMMENDED = ("url",)
CLAIM_RECOMMENDED = ("appearance", "author", "datePublished", "firstAppearance")
CLAIM_AUTHOR_RECOMMENDED = ("name",)
ARTICLE_RECOMMENDED = ("headline", "author", "datePublished", "dateModified")
ARTICLE_AUTHOR_RECOMMENDED = ("name", "url")
# Fact Check Tools API field -> the ClaimReview property it is read from (a dotted path).
FEED_FIELDS = {
    "url": "url", "claimReviewed": "claimReviewed", "publishDate": "datePublished",
    "claimReviewAuthor.name": "author.name", "claimAuthor.name": "itemReviewed.author.name",
    "claimDate": "itemReviewed.datePublished", "claimAppearances": "itemReviewed.appearance.url",
    "rating.textualRating": "reviewRating.alternateName",
}

# "@context" is JSON-LD's own keyword: a claim page's ClaimReview is the top node and carries it.
_COMMON = {"@context", "@type", "@id", "name", "url", "sameAs", "alternateName", "description"}
_CREATIVE_WORK = _COMMON | {"author", "datePublished", "dateModified", "headline", "publisher", "text",
                            "archivedAt", "inLanguage", "genre"}
VOCABULARY: dict[str, set[str]] = {
    "ClaimReview": _CREATIVE_WORK | {"claimReviewed", "reviewRating", "itemReviewed", "reviewBody",
                                     "creator", "editor"},
    "Claim": _CREATIVE_WORK | {"appearance", "firstAppearance", "claimInterpreter"},
    "Rating": _COMMON | {"ratingValue", "bestRating", "worstRating", "ratingExplanation", "author"},
    "NewsArticle": _CREATIVE_WORK,
    "Article": _CREATIVE_WORK | {"creator", "editor", "citation"},
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
                 "author": "Organization", "publisher": "Organization", "creator": "Person",
                 "editor": "Person", "citation": "CreativeWork"}.get(key)
        for item in (value if isinstance(value, list) else [value]) if child else ():
            _vocabulary(item, child, f"{where + '.' if where else ''}{key}", errors)


def check_article(article: dict[str, Any], page_url: str) -> tuple[list[str], list[str]]:
    """(errors, missing recommended properties) of the page's own ``Article``."""
    errors: list[str] = []
    _vocabulary(article, "Article", "article", errors)
    if article.get("@type") != "Article":
        errors.append(f"the page's article is a {article.get('@type')}, not an Article")
    if article.get("url") != page_url:
        errors.append(f"url '{article.get('url')}' is not the page's own address")
    for key in ("datePublished", "dateModified"):
        if key in article and not _is_date(article[key]):
            errors.append(f"{key} '{article[key]}' is not an ISO 8601 date")
    missing = [p for p in ARTICLE_RECOMMENDED if p not in article]
    authors = article.get("author")
    for author in authors if isinstance(authors, list) else [authors] if authors else []:
        missing += [f"author.{p}" for p in ARTICLE_AUTHOR_RECOMMENDED if p not in author]
    return errors, missing


def missing_feed_fields(review: dict[str, Any]) -> list[str]:
    """The data-feed fields (``FEED_FIELDS``) a ClaimReview gives no value for."""
    def value(node: Any, path: str) -> Any:
        for key in path.split("."):
            node = node.get(key) if isinstance(node, dict) else None
        return node
    return [field for field, path in FEED_FIELDS.items() if value(review, path) in (None, "", [])]


def _is_date(value: Any) -> bool:
    try:
        dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True


def jsonld_nodes(html: str) -> list[dict[str, Any]]:
    """Every top-level node of a page's JSON-LD: each ``<script type="application/ld+json">``'s
    object, or the nodes of its ``@graph``."""
    nodes: list[dict[str, Any]] = []
    for script in BeautifulSoup(html, "html.parser").find_all("script", type="application/ld+json"):
        data = json.loads(script.string or "")
        nodes += data.get("@graph", [data]) if isinstance(data, dict) else data
    return nodes


def site_claim_reviews(site: Path) -> dict[str, list[dict[str, Any]]]:
    """Every ClaimReview of a built site, by the page that carries it (its path in the site)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for file in sorted(site.rglob("*.html")):
        nodes = jsonld_nodes(file.read_text(encoding="utf-8"))
        reviews = [node for node in nodes if node.get("@type") == "ClaimReview"]
        if reviews:
            found[file.relative_to(site).as_posix()] = reviews
    return found


def claim_reviews_of(site: Path, stem: str) -> dict[str, dict[str, Any]]:
    """The one ClaimReview of each claim page of the brief ``stem`` (``briefs/<stem>/<claim-id>/``),
    by claim id; a page with more than one fails."""
    reviews: dict[str, dict[str, Any]] = {}
    for page, found in site_claim_reviews(site / "briefs" / stem).items():
        assert page.endswith("/index.html") and page.count("/") == 1, f"a ClaimReview on briefs/{stem}/{page}"
        assert len(found) == 1, f"briefs/{stem}/{page} carries {len(found)} ClaimReviews"
        reviews[page.split("/")[0]] = found[0]
    return reviews
