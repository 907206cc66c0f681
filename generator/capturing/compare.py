"""Two captures of one article compared: the paragraphs the outlet added, removed or changed, and
how the later capture holds each passage the brief annotates (Hypothesis-style: the quote, its
context before and after, and its place).

A passage is *same* when its words are found again in the paragraph that stands where its own
stood; *moved* when they are found elsewhere (the occurrence whose context is most like the old
one, if there are several), with their new context; *changed* when its words are gone but its
context before and after is still there around other words, or a close match is (rapidfuzz's
alignment, at least ``CHANGED_SCORE`` out of 100), with the new words; else *gone*. Nothing here
changes a quote: the new words are reported, for an author to decide.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from generator.anchoring.locate import Ambiguous, Found, NormalisedText, Span, locate, normalise
from generator.sidecar.model import Anchor, Sidecar, TextQuote
from generator.sidecar.yaml_positions import FieldPath

CONTEXT_CHARS = 32  # how much text on each side identifies a passage's place (as Hypothesis keeps)
CHANGED_SCORE = 75  # the least rapidfuzz alignment score at which different words are the passage changed
REPLACED_SHARE = 0.2  # keeping less of the old text than this, the address holds another article
BARRIER_SHARE = 0.5  # a later text under this share of the old one's length may be a paywall or consent page
BARRIER_WORDS = ("subscribe", "subscription", "subscriber", "sign in", "log in", "create an account",
                 "register to continue", "cookie", "consent", "accept all", "privacy settings", "paywall")

State = Literal["same", "moved", "changed", "gone"]


@dataclass(frozen=True)
class Fate:
    """How the later capture holds one annotated passage (the anchor at ``path`` of the sidecar)."""

    path: FieldPath
    was: str
    state: State
    now: str = ""  # the new words, when changed
    prefix: str = ""  # the passage's context in the later capture, when it moved or changed
    suffix: str = ""


@dataclass(frozen=True)
class ParagraphChange:
    """A paragraph the outlet added, removed or changed, with the words that went and came."""

    kind: Literal["added", "removed", "changed"]
    old: str
    new: str
    removed_words: tuple[str, ...] = ()
    added_words: tuple[str, ...] = ()


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs: its non-empty lines, as the readers write one paragraph a line."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def paragraph_changes(old: str, new: str) -> list[ParagraphChange]:
    """Every paragraph added, removed or changed from ``old`` to ``new``, in the order of the text."""
    before, after = paragraphs(old), paragraphs(new)
    changes: list[ParagraphChange] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
        changes += [_changed(before[i1 + k], after[j1 + k]) for k in range(paired)]
        changes += [ParagraphChange("removed", p, "") for p in before[i1 + paired:i2]]
        changes += [ParagraphChange("added", "", p) for p in after[j1 + paired:j2]]
    return changes


def _changed(old: str, new: str) -> ParagraphChange:
    a, b = old.split(), new.split()
    removed, added = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("delete", "replace"):
            removed.append(" ".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            added.append(" ".join(b[j1:j2]))
    return ParagraphChange("changed", old, new, tuple(removed), tuple(added))


def anchors(sidecar: Sidecar) -> Iterator[tuple[FieldPath, Anchor]]:
    """Every anchor of a sidecar with its field path: claims' quotes (each piece) and notes' anchors."""
    for i, claim in enumerate(sidecar.claims):
        if isinstance(claim.quote, tuple):
            yield from ((("claims", i, "quote", j), piece) for j, piece in enumerate(claim.quote))
        else:
            yield ("claims", i, "quote"), claim.quote
    for i, note in enumerate(sidecar.notes):
        if note.anchor is not None:
            yield ("notes", i, "anchor"), note.anchor


def fates(sidecar: Sidecar, old: str, new: str) -> list[Fate]:
    """How ``new`` holds each anchor of ``sidecar`` that anchors in ``old`` (those that do not are
    the brief's own problems, told by `briefs check`)."""
    old_view, new_view = NormalisedText(old), NormalisedText(new)
    line_map = _line_map(old, new)
    found = []
    for path, anchor in anchors(sidecar):
        located = locate(anchor, old_view)
        if isinstance(located, Found):
            found.append(_fate(path, located.span, old, new_view, line_map))
    return found


def _fate(path: FieldPath, span: Span, old: str, new_view: NormalisedText, line_map: dict[int, int]) -> Fate:
    was = old[span.start:span.end]
    before, after = old[max(0, span.start - CONTEXT_CHARS):span.start], old[span.end:span.end + CONTEXT_CHARS]
    located = locate(TextQuote(exact=was), new_view)
    spans = (located.span,) if isinstance(located, Found) else located.spans if isinstance(
        located, Ambiguous) else ()
    new = new_view.text
    if spans:
        best = max(spans, key=lambda s: fuzz.ratio(before + after, _context(new, s)[0] + _context(new, s)[1]))
        if line_map.get(old.count("\n", 0, span.start)) == new.count("\n", 0, best.start):
            return Fate(path, was, "same")
        prefix, suffix = _context(new, best)
        return Fate(path, was, "moved", prefix=prefix, suffix=suffix)
    changed = _between(before, after, was, new_view) or _closest(was, new_view)
    if changed is None or normalise(new[changed.start:changed.end]) == normalise(was):
        return Fate(path, was, "gone")
    prefix, suffix = _context(new, changed)
    return Fate(path, was, "changed", new[changed.start:changed.end], prefix, suffix)


def _line_map(old: str, new: str) -> dict[int, int]:
    """Each line of ``old`` to the line of ``new`` that stands in its place (equal, or changed)."""
    a, b = old.split("\n"), new.split("\n")
    mapped: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("equal", "replace"):
            mapped.update((i1 + k, j1 + k) for k in range(min(i2 - i1, j2 - j1)))
    return mapped


def _context(text: str, span: Span) -> tuple[str, str]:
    """The words just before and after ``span`` (whole words, within a line, ``CONTEXT_CHARS`` or so)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[max(line_start, span.start - CONTEXT_CHARS):span.start]
    after = text[span.end:min(line_end, span.end + CONTEXT_CHARS)]
    if span.start - CONTEXT_CHARS > line_start and " " in before:
        before = before[before.index(" "):]
    if span.end + CONTEXT_CHARS < line_end and " " in after:
        after = after[:after.rindex(" ") + 1]
    return before, after


def _between(before: str, after: str, was: str, view: NormalisedText) -> Span | None:
    """The new words where the passage's context still stands before and after them."""
    pre, suf = normalise(before).strip(), normalise(after).strip()
    if len(pre) < 8 or len(suf) < 8:
        return None
    start = view.normal.find(pre)
    if start == -1:
        return None
    start += len(pre)
    end = view.normal.find(suf, start)
    if end == -1 or end - start > 3 * len(was) + 40:
        return None
    while start < end and view.normal[start] == " ":
        start += 1
    while end > start and view.normal[end - 1] == " ":
        end -= 1
    return view.original_span(start, end) if end > start else None


def _closest(was: str, view: NormalisedText) -> Span | None:
    alignment = fuzz.partial_ratio_alignment(normalise(was), view.normal, score_cutoff=CHANGED_SCORE)
    if alignment is None or alignment.dest_end <= alignment.dest_start:
        return None
    start, end, text = alignment.dest_start, alignment.dest_end, view.normal
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1  # whole words: a passage is easier to recognise than a fragment
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return view.original_span(start, end)


def replaced(old: str, new: str) -> bool:
    """Whether ``new`` is another article than ``old`` (not the same one edited): it keeps fewer than
    ``REPLACED_SHARE`` of the old text's runs of three words."""
    before, after = _shingles(old), _shingles(new)
    return bool(before) and len(before & after) < REPLACED_SHARE * len(before)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = normalise(text).lower().split()
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def barrier(old: str, new: str) -> str | None:
    """The words that show ``new`` is a subscription or consent page in place of the article, if it is one."""
    if len(new) >= BARRIER_SHARE * len(old):
        return None
    lowered = new.lower()
    return next((word for word in BARRIER_WORDS if word in lowered), None)
