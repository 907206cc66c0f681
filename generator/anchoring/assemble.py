"""One article and its validated sidecar -> a Brief with every quote anchored.

The published text is the article minus its ``omit`` lines, nothing else
changed; claim and note spans are offsets (Unicode code points) into it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.anchoring.locate import (
    Ambiguous,
    Found,
    Missing,
    NormalisedText,
    Span,
    line_of,
    locate,
    normalise,
)
from generator.anchoring.omit import Published, remove_omitted
from generator.anchoring.pieces import quote_pieces
from generator.dates import long_date
from generator.errors import Problem, suggest_closest
from generator.reading.article import Article
from generator.settings import UNRATED, Settings
from generator.sidecar.model import Anchor, Claim, Note, Quote, Sidecar, TextQuote, default_claim_id
from generator.sidecar.yaml_positions import FieldPath, Positions, format_field_path


@dataclass(frozen=True)
class AnchoredClaim:
    """A claim with its id, verdict and place in the published text."""

    id: str
    claim: Claim
    verdict: str
    span: Span
    more: tuple[Span, ...] = ()  # the further pieces of a quote given in several pieces

    @property
    def spans(self) -> tuple[Span, ...]:
        """Where every piece of the quote sits, in the order the author gave them."""
        return (self.span, *self.more)

    def words(self, text: str) -> str:
        """The quoted words in ``text``; pieces joined with " … " as a shortened quote is written."""
        return " … ".join(text[s.start:s.end] for s in self.spans)


@dataclass(frozen=True)
class AnchoredNote:
    """A note with its id and place in the published text (None when it has no anchor)."""

    id: str
    note: Note
    span: Span | None


@dataclass(frozen=True)
class Brief:
    """A brief ready to link and render."""

    stem: str
    sidecar_path: str
    article: Article
    sidecar: Sidecar
    text: str
    omitted: tuple[str, ...]
    claims: tuple[AnchoredClaim, ...]
    notes: tuple[AnchoredNote, ...]
    excerpt: bool = False  # True when ``text`` holds only the annotated passages

    @property
    def title(self) -> str:
        """The brief's own title, or a neutral one naming the outlet and date.

        Never the outlet's headline: that is the outlet's words, shown apart and labelled.
        """
        if self.sidecar.title:
            return self.sidecar.title
        published = self.sidecar.source.published
        when = long_date(published) if published else "undated"
        return f"{self.sidecar.source.outlet}, {when}: annotated article"

    @property
    def updated(self) -> dt.date | None:
        """The date of the latest entry of the brief's corrections log, if it has one."""
        return max((change.date for change in self.sidecar.changes), default=None)

    @property
    def published(self) -> dt.date:
        """The article's date; a published brief always has one, an undated draft sorts first."""
        return self.sidecar.source.published or dt.date.min


@dataclass(frozen=True)
class ProblemLog:
    """Collects problems located by field path in one YAML file."""

    source: str
    positions: Positions
    problems: list[Problem]

    def add(self, path: FieldPath, message: str, hint: str = "", *, key: bool = False) -> None:
        """Record a problem at the node (or key) at ``path``."""
        self.problems.append(Problem(self.source, *self.positions.of(path, key=key), message,
                                     field=format_field_path(path), hint=hint))


def assemble_brief(stem: str, article: Article, sidecar: Sidecar, positions: Positions,
                   sidecar_path: str, settings: Settings) -> tuple[Brief | None, list[Problem]]:
    """Anchor every claim and note of ``sidecar`` in ``article``; collect every problem."""
    log = ProblemLog(sidecar_path, positions, [])
    published = remove_omitted(article.text, sidecar.omit, log.add, see_text_hint(article.path))
    anchorer = _Anchorer(NormalisedText(published.text), published, log, see_text_hint(article.path))
    claims = _claims(sidecar, anchorer, log, settings)
    notes = tuple(
        AnchoredNote(f"note-{i + 1}", note, anchorer.span(("notes", i, "anchor"), note.anchor)
                     if note.anchor is not None else None)
        for i, note in enumerate(sidecar.notes)
    )
    _check_rights(sidecar, settings, log)
    if log.problems:
        return None, log.problems
    return Brief(stem, sidecar_path, article, sidecar, published.text, published.omitted,
                 claims, notes), []


PAGE_OF_THE_BRIEF = "index"  # the one claim id refused: its page would be the brief's


def _claims(sidecar: Sidecar, anchorer: _Anchorer, log: ProblemLog, settings: Settings,
            ) -> tuple[AnchoredClaim, ...]:
    claims: list[AnchoredClaim] = []
    seen: dict[str, int] = {}
    for i, claim in enumerate(sidecar.claims):
        claim_id = claim.id or default_claim_id(claim.by, i)
        if claim_id in seen:
            log.add(("claims", i, "id"), f"claim id '{claim_id}' is already used by "
                   f"claims[{seen[claim_id]}]", "give each claim its own id")
        elif claim_id == PAGE_OF_THE_BRIEF:
            # A claim's page is briefs/<stem>/<claim-id>/: this one would be the brief's own address.
            log.add(("claims", i, "id"), f"claim id '{claim_id}' would give the claim's page the "
                   "address of the brief's own page", "give the claim another id")
        seen[claim_id] = i
        verdict = claim.verdict or UNRATED
        if verdict not in settings.verdict_ids:
            log.add(("claims", i, "verdict"), f"'{verdict}' is not on the verdict scale",
                   _closest_hint(verdict, settings.verdict_ids))
        elif verdict != UNRATED and not claim.explanation:
            log.add(("claims", i), f"verdict '{verdict}' needs an explanation",
                   "add `explanation:` saying why, with sources")
        spans = anchorer.spans(("claims", i, "quote"), claim.quote)
        if spans:
            claims.append(AnchoredClaim(claim_id, claim, verdict, spans[0], spans[1:]))
    return tuple(claims)


def _check_rights(sidecar: Sidecar, settings: Settings, log: ProblemLog) -> None:
    """Refuse to republish a whole article when no one has said under what permission."""
    if (sidecar.publish or settings.publish) != "full" or sidecar.rights or settings.rights:
        return
    fix = ("add `rights:` saying under what permission the article is republished (here, or for "
           "every brief under the briefs plugin in mkdocs.yml), or publish excerpts")
    if sidecar.publish:
        log.add(("publish",), "`publish: full` republishes the whole article, and no rights "
                "statement says it may", fix + " (`publish: excerpt`)")
    else:
        log.add((), "the site publishes whole articles (`publish: full` in mkdocs.yml), and no "
                "rights statement says this one may be", fix + " (`publish: excerpt` here)")


def _closest_hint(word: str, options: list[str]) -> str:
    close = suggest_closest(word, options)
    return f"{close + ' ' if close else ''}the scale is: {', '.join(options)}"


def see_text_hint(article_path: str) -> str:
    """Where an author sees the text anchors and ``line:col`` refer to."""
    return f"`briefs text {article_path} -n` shows the article's text with line numbers"




@dataclass(frozen=True)
class _Anchorer:
    view: NormalisedText
    published: Published
    log: ProblemLog
    see: str  # how to see the text, added to every hint

    def spans(self, path: FieldPath, quote: Quote) -> tuple[Span, ...]:
        """The span of every piece of ``quote``; empty after logging why a piece is not found."""
        pieces = quote_pieces(quote, path, self.view)
        spans = [self.span(piece.path, piece.anchor, piece.label) for piece in pieces]
        return tuple(s for s in spans if s is not None) if None not in spans else ()

    def span(self, path: FieldPath, value: Anchor, label: str = "") -> Span | None:
        """The span of ``value`` in the published text, or None after logging why not.

        ``label`` names the piece in the message when the path alone does not.
        """
        result = locate(value, self.view)
        said = f"{label}: " if label else ""
        if isinstance(result, Found):
            return result.span
        if isinstance(result, Ambiguous):
            places = "; ".join(self._place(s) for s in result.spans)
            self.log.add(path, f"{said}matches {len(result.spans)} places in the article ({places})",
                         f"{result.suggestion}; {self.see}")
        elif isinstance(result, Missing):
            self._report_missing(path, value, result, said)
        return None

    def _report_missing(self, path: FieldPath, value: Anchor, result: Missing, said: str = "") -> None:
        if result.closest is None:
            self.log.add(path, f"{said}not found in the article",
                         f"copy the exact words from the article; {self.see}")
            return
        exact = value.exact if isinstance(value, TextQuote) else value
        passage = self.view.text[result.closest.start:result.closest.end]
        same_words = normalise(exact) == normalise(passage)
        self.log.add(path, f"{said}not found in the article; closest passage "
                     f"({self._place(result.closest)}): \"{passage}\"",
                     ("the prefix or suffix does not match the text around it" if same_words
                      else "copy the exact words from the article") + f"; {self.see}")

    def _place(self, span: Span) -> str:
        """``line L, column C`` of a span's start in the article file."""
        line = line_of(self.view, span.start)
        column = span.start - self.view.line_starts[line - 1] + 1
        return f"line {self.published.source_lines[line - 1]}, column {column}"
